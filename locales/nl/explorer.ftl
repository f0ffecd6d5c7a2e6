# De steunverkenner (src-tauri/core/src/explorer, assets/content/rules/*.toml): de namen van de
# gedateerde periodes met regels, en per weg de lijnen die *misschien* gelden voor een gezin: de steun
# van het programma voor vrijwillige terugkeer (de app toont naast elke lijn het bedrag dat voor het
# gezin berekend werd, dus hier staat geen bedrag), de juridische procedures om aan een juridisch
# adviseur voor te leggen (altijd “misschien”), en de rechten en risico’s van verder migreren en van
# blijven zonder papieren.
# Elke explore-tekst wordt aan de persoon getoond en afgedrukt in zijn of haar taal: eenvoudige
# woorden, “je”, geen beloftes, dezelfde zorg voor elke weg. Informeren, nooit overtuigen.
# Algemene juridische feiten verwijzen naar de bron "general-law" en blijven even algemeen als op de
# kaarten (cards.ftl).
# De error-household-berichten zijn voor de begeleider; $max is het hoogste aantal volwassenen, en
# het hoogste aantal kinderen, dat een gezin mag hebben.
# Eén naam per weg in alle bestanden: Het verblijf legaliseren, Verder migreren, Terugkeer, Blijven zonder papieren.

## Periodes

rules-study-before-2015-06 = De regels uit de studie vóór juni 2015
rules-study-from-2015-06 = De regels uit de studie vanaf juni 2015 (Fedasil maakte de criteria eenvoudiger)

## Terugkeer

explore-return-journey = De reis en de reisdocumenten
explore-return-journey-detail = Het programma regelt en betaalt je reis met het vliegtuig of de bus, en helpt je om reisdocumenten te krijgen. Je wordt begeleid bij vertrek, transit en aankomst, en de vervoerskosten naar de luchthaven of het station worden terugbetaald.
explore-return-premium = Terugkeerpremie
explore-return-premium-detail = Een geldbedrag dat je krijgt wanneer je terugkeert: per volwassene, en per kind waar dat geldt. Mensen uit een land waarvan de inwoners geen visum nodig hebben om naar België te reizen, krijgen het niet.
explore-return-reintegration = Re-integratiesteun
explore-return-reintegration-detail = Steun om opnieuw te beginnen in je land, bijvoorbeeld voor een kleine zaak, een opleiding of de huur van een woning. De steun wordt niet cash uitbetaald: na je terugkeer betaalt een lokale partner wat je plan nodig heeft, in principe binnen 12 maanden, en volgt die partner je project ongeveer een jaar op.
explore-return-eu-topup = Europese aanvulling
explore-return-eu-topup-detail = Een Europees fonds kan de re-integratiesteun verhogen met een bedrag per dossier (voor het hele gezin). Dat bedrag wordt op dezelfde manier gegeven: in natura, via de lokale partner.
explore-return-vulnerable = Extra hulp voor kwetsbare personen
explore-return-vulnerable-detail = Uitzonderlijke extra hulp voor mensen in een kwetsbare situatie, bijvoorbeeld zwangere vrouwen, mensen met gezondheidsproblemen, slachtoffers van mensenhandel of gezinnen met kinderen. Wat die hulp omvat, hangt af van wat je nodig hebt; een terugkeerpartner zegt je wat voor jou geldt.

## Het verblijf legaliseren

explore-asylum = Asiel (internationale bescherming)
explore-asylum-detail = Ben je bang voor vervolging of ernstig gevaar in je land, dan kun je België om bescherming vragen; het Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS) onderzoekt de aanvraag. Heb je al eerder een aanvraag gedaan, dan zijn voor een nieuwe aanvraag nieuwe feiten of bewijzen nodig. Een juridisch adviseur zegt of deze weg voor jou openstaat; een advocaat kan gratis zijn als je weinig inkomen hebt (vraag het bij het Bureau voor Juridische Bijstand van de balie).
explore-asylum-bring = Je paspoort of identiteitsdocumenten, als je ze hebt; alles wat toont wat je overkomen is of voor welk gevaar je bang bent (documenten, foto’s, medische verslagen, artikels); en elke brief of beslissing over een vroegere aanvraag, in België of in een ander land.
explore-humanitarian-regularisation = Regularisatie om humanitaire redenen (9bis)
explore-humanitarian-regularisation-detail = In uitzonderlijke omstandigheden kun je de Dienst Vreemdelingenzaken (DVZ) om een verblijfsrecht vragen zonder België te verlaten, bijvoorbeeld na een lang verblijf en met sterke banden hier. De DVZ beslist geval per geval, zonder vaste criteria, en meestal moet je ervoor betalen; een juridisch adviseur zegt of een aanvraag in jouw situatie zin heeft.
explore-humanitarian-regularisation-bring = Je paspoort of identiteitskaart, een bewijs van je adres, en bewijzen van je leven in België: hoe lang je hier al bent, werk, opleiding of taallessen, school van de kinderen, en brieven van mensen die je kennen.
explore-humanitarian-regularisation-time = Vaak vele maanden, soms jaren; vraag het aan je adviseur. Terwijl je wacht, heb je meestal geen verblijfsdocument.
explore-medical-regularisation = Regularisatie om medische redenen (9ter)
explore-medical-regularisation-detail = Heb je een ernstige ziekte die in je land van herkomst niet goed behandeld kan worden, dan kun je om medische redenen een verblijfsrecht vragen. Een dokter moet een speciaal medisch getuigschrift invullen; een juridisch adviseur zegt of jouw situatie erbij past.
explore-medical-regularisation-bring = Je paspoort of identiteitskaart; een recent medisch getuigschrift op het officiële formulier, ingevuld door je dokter; je andere medische verslagen en de lijst van je behandelingen en geneesmiddelen; en, als je die hebt, informatie over of de behandeling in je land bestaat en wat ze daar kost.
explore-medical-regularisation-time = Vaak vele maanden, soms langer; vraag het aan je adviseur. Houd je medische verslagen bij terwijl je wacht.
explore-family-reunification = Gezinshereniging
explore-family-reunification-detail = Is een naast familielid Belg of burger van een ander EU-land, of heeft die persoon een verblijfsrecht in België, dan kun je misschien een verblijfsrecht vragen om bij hem of haar te wonen. De voorwaarden hangen af van de band (echtgenoot of partner, kind, ouder) en gaan vaak over inkomen en huisvesting; soms moet je de aanvraag vanuit het buitenland doen. Een juridisch adviseur zegt wat voor jou geldt.
explore-family-reunification-bring = Je paspoort of identiteitskaart; je geboorte- of huwelijksakte (vaak gelegaliseerd en vertaald); en de verblijfskaart of identiteitskaart van je familielid en, als je die hebt, bewijzen van zijn of haar inkomen en woning.
explore-trafficking-victim = Slachtoffers van mensenhandel
explore-trafficking-victim-detail = Werd je uitgebuit, op het werk, seksueel of op een andere manier, of heeft iemand je hierheen gebracht met geweld of bedrog, dan kan een bijzondere procedure je bescherming en een verblijfsrecht geven. Die loopt via een gespecialiseerd centrum (Payoke in Antwerpen, PAG-ASA in Brussel, Sürya in Luik). Je kunt eerst met het centrum praten om de voorwaarden te begrijpen, zoals alle contact verbreken met wie je uitbuitte en een verklaring afleggen bij de politie of het gerecht.
explore-statelessness = Staatloosheid
explore-statelessness-detail = Als geen enkel land je als zijn onderdaan erkent, kun je een Belgische rechtbank vragen om je als staatloze te erkennen. Of je daardoor ook een verblijfsrecht krijgt, hangt af van je situatie; een juridisch adviseur zegt wat het voor jou betekent.
explore-statelessness-bring = Elk document over je identiteit en afkomst (een geboorteakte, een oud paspoort of een oude identiteitskaart), en elke brief van een ambassade of overheid die zegt dat je geen onderdaan van dat land bent.

## Verder migreren

explore-dublin = De Dublinregels
explore-dublin-detail = Volgens de Europese Dublinregels is één land verantwoordelijk voor een asielaanvraag, vaak het eerste land waar je binnenkwam of asiel vroeg, en vingerafdrukken worden tussen Europese landen gedeeld. Reis je verder naar een ander land, dan kan dat land je terugsturen naar het verantwoordelijke land. Het Europese Migratie- en Asielpact verandert deze regels vanaf juni 2026: vraag een juridisch adviseur wat vandaag voor jou geldt.
explore-onward-no-papers = Verder migreren zonder verblijfsrecht
explore-onward-no-papers-detail = Een verblijfsrecht in één Europees land geeft je geen recht om in een ander land te wonen. Zonder verblijfsrecht daar heb je meestal even weinig rechten als in België zonder papieren, en kun je tegengehouden, opgesloten of teruggestuurd worden; een juridisch adviseur kan nagaan of er voor jou een wettige weg openstaat, zoals gezinshereniging, werk of studie.

## Blijven zonder papieren

explore-urgent-medical-aid = Dringende medische hulp
explore-urgent-medical-aid-detail = In de meeste situaties kun je dringende medische hulp krijgen via het OCMW van de gemeente waar je woont, als je de zorg niet zelf kunt betalen. Ze is meer dan spoedhulp: ze kan een dokter, geneesmiddelen en zorg in het ziekenhuis omvatten.
explore-schooling = School voor de kinderen
explore-schooling-detail = Elk kind dat in België woont, met of zonder papieren, heeft het recht om naar school te gaan, en van 5 tot 18 jaar moet het onderwijs volgen. Een school heeft geen verblijfspapieren nodig om een kind in te schrijven.
explore-wages-owed = Loon voor werk dat je gedaan hebt
explore-wages-owed-detail = Zonder verblijfsvergunning mag je niet wettig werken, maar je hebt wel recht op loon voor werk dat je gedaan hebt. Een vakbond of een ngo kan je vertrouwelijk informeren en helpen je loon op te eisen.
explore-detention = Controles en opsluiting
explore-detention-detail = Controleert de politie je identiteit en heb je geen verblijfsrecht, dan kun je een bevel krijgen om het grondgebied te verlaten, of in een gesloten centrum vastgehouden worden terwijl een gedwongen terugkeer voorbereid wordt. Je hebt recht op een advocaat, ook in een gesloten centrum, en je kunt de beslissing aanvechten; een beroep houdt een bevel om het grondgebied te verlaten niet altijd tegen, dus vraag het snel aan je advocaat. Houd de naam en de gegevens van je advocaat of adviseur bij je.

## Foutmeldingen

error-household-nobody = Een gezin heeft minstens één volwassene of kind nodig (hoogstens { $max } van elk).
error-household-size = Een gezin kan hoogstens { $max } volwassenen en { $max } kinderen hebben.
error-household-ages = Vul voor elk kind een leeftijd van 0 tot 17 in, of laat alle leeftijden leeg (hoogstens { $max } kinderen).
error-explorer-no-rules = Op { $date } gelden nog geen regels: de oudste periode van regels begint later. Kies een latere datum.

## Het resultaat en het vragenblad, voor de persoon: getoond en afgedrukt in zijn of haar taal
## (ook Arabisch). De namen van de wegen zijn clients-pathway-*; de bronnen source-* (cards.ftl).
## $amount is al opgemaakt (bv. € 875); $date is een datum, uitgeschreven in de taal van de persoon.

explore-result-heading = Wat voor jou kan gelden
explore-result-intro = Wat er op elk van de vier wegen kan gelden, volgens de gegeven antwoorden en de regels die gelden op de gekozen datum. Hier wordt geen enkele weg aangeraden: jij beslist.
explore-household = Gezin: volwassenen { $adults }, kinderen { $children }
explore-period = Toegepaste regels: { $period }, geldig vanaf { $date }.
explore-no-promise = Dit is informatie, geen belofte: wat echt voor jou geldt, bevestigt een terugkeerpartner of een juridisch adviseur. Niets hier beslist in jouw plaats.
explore-eligible-yes = Voorzien in de regels voor een situatie zoals de jouwe
explore-eligible-maybe = Kan gelden: na te vragen
explore-not-applying = Bestaat ook, maar geldt volgens deze regels niet voor jouw situatie
explore-amount = Voor je gezin: { $amount }
explore-fee = Te betalen bijdrage: { $amount }
explore-bring-heading = Wat je meebrengt
explore-time-heading = Hoe lang het duurt
explore-source = Bron: { $source } Regels geldig vanaf { $date }.
explore-confirm-legalise = Een juridisch adviseur zegt of een procedure voor jou openstaat. Niets hier is een belofte.
explore-confirm-onward = Een juridisch adviseur kan zeggen wat in een ander land voor jou geldt. Niets hier is een belofte.
explore-confirm-return = Een terugkeerpartner bevestigt wat voor jou geldt. Niets hier is een belofte.
explore-confirm-undocumented = Een juridisch adviseur of een maatschappelijk werker kan je meer vertellen over je rechten. Niets hier is een belofte.
explore-open-from-card = Wat kan voor jou gelden? Open de steunverkenner

## Vragen voor de juridisch adviseur: de persoon spreekt (“ik”, “mijn”), de adviseur is “u”.
## explore-ask-<id>: de voorgestelde vragen over de legalisatieprocedure <id>.

explore-questions-heading = Vragen voor mijn juridisch adviseur
explore-questions-intro = Ik wil u graag deze vragen stellen.
explore-questions-general = Algemene vragen
explore-questions-own = Mijn eigen vragen
explore-ask-general = Welke mogelijkheden heb ik vandaag, en wat zijn de risico’s van elke mogelijkheid? Is er een termijn die ik niet mag missen? Kan ik een gratis advocaat krijgen, en hoe?
explore-ask-asylum = Kan ik asiel aanvragen, of opnieuw aanvragen, en welke nieuwe feiten of bewijzen tellen? Wat gebeurt er met mij terwijl de aanvraag onderzocht wordt?
explore-ask-humanitarian-regularisation = Heeft een aanvraag om humanitaire redenen (9bis) zin in mijn situatie, en wat maakt ze sterker? Hoeveel moet ik ervoor betalen, en kan ik vrijgesteld worden?
explore-ask-medical-regularisation = Past mijn ziekte bij een aanvraag om medische redenen (9ter), en wat moet mijn dokter op het getuigschrift schrijven? Wat kan ik doen terwijl ik op de beslissing wacht?
explore-ask-family-reunification = Kan ik vragen om bij mijn familielid hier te verblijven, en aan welke voorwaarden moeten we voldoen? Moet ik de aanvraag vanuit België of vanuit het buitenland doen?
explore-ask-trafficking-victim = Kan de bijzondere procedure voor slachtoffers van mensenhandel mij beschermen, en met welk centrum neem ik contact op? Wat zou ik moeten doen, en wat gebeurt er als ik beslis het niet te doen?
explore-ask-statelessness = Kan ik vragen om als staatloze erkend te worden, en welke documenten heb ik daarvoor nodig? Geeft dat mij een verblijfsrecht?

## De muur (projector): wat er op elke weg bestaat, voor een groep — geen gezin, geen bedragen.

explore-wall-title = Wat er bestaat op elke weg
explore-wall-intro = Algemene informatie voor iedereen, niet voor één persoon: wat geldt, hangt af van ieders situatie, en een terugkeerpartner of een juridisch adviseur bevestigt het. Niets hier is een belofte.
explore-wall-pathway = Wat er bestaat op deze weg
explore-wall-rules = Regels: { $period }, geldig vanaf { $date }

## explorer-ui: de knoppen en velden van de verkenner, voor de begeleider (nl, fr, en).

explorer-open = Steunverkenner
explorer-heading = Steunverkenner
explorer-intro = Beantwoord samen met de cliënt een paar eenvoudige vragen en bekijk wat er op elke weg kan gelden. De antwoorden worden niet bewaard.
explorer-no-client = Zonder cliëntdossier: niets is ingevuld, niets wordt bewaard.
explorer-prefilled = Ingevuld uit het cliëntdossier: overloop elk antwoord met de cliënt.
explorer-close = De verkenner sluiten
explorer-loading = Laden…
explorer-retry = Opnieuw proberen
explorer-household = Gezin
explorer-adults = Volwassenen
explorer-children = Kinderen
explorer-child-ages = Leeftijden van de kinderen
explorer-child-ages-hint = Eén leeftijd per kind, gescheiden door komma’s (bijvoorbeeld 4, 9, 12), of laat het leeg.
explorer-nationality-legend = Nationaliteit
explorer-country = Land van nationaliteit
explorer-country-hint = Een land kiezen vult de groep in volgens de lijst van de organisatie. Het land wordt niet bewaard.
explorer-country-none = Geen land gekozen
explorer-nationality = Groep
explorer-nationality-visa-required = Heeft een visum nodig om naar België te reizen
explorer-nationality-visa-exempt = Heeft geen visum nodig om naar België te reizen
explorer-situations = Verblijfssituatie
explorer-situations-hint = Vink elke situatie aan die geldt (een bevel om het grondgebied te verlaten is er een van).
explorer-vulnerable = Kwetsbaarheid
explorer-vulnerable-hint = Alleen wat de cliënt zelf zegt.
explorer-vulnerable-serious-illness = Ernstige ziekte
explorer-vulnerable-pregnancy = Zwangerschap
explorer-vulnerable-single-parent = Alleenstaande ouder
explorer-vulnerable-older-person = Oudere persoon
explorer-vulnerable-trafficking-victim = Slachtoffer van mensenhandel
explorer-vulnerable-unaccompanied-minor = Niet-begeleide minderjarige
explorer-date = Regels die gelden op
explorer-date-hint = Vandaag, tenzij je een andere datum kiest.
explorer-run = Tonen wat kan gelden
explorer-running = De regels worden opgezocht…
explorer-stale = De antwoorden zijn intussen veranderd: toon opnieuw wat kan gelden voor je afdrukt.
explorer-language = Taal van het resultaat (die van de cliënt)
explorer-print = Afdrukken…
explorer-save-pdf = Bewaren als pdf…
explorer-pdf-warning-title = Het pdf-bestand is niet versleuteld
explorer-pdf-warning = Iedereen die deze computer kan gebruiken, kan het pdf-bestand openen en lezen wat er voor het gezin van een cliënt kan gelden. Geef het bestand aan de cliënt (op de gsm of een usb-stick) en verwijder het daarna van deze computer.
explorer-pdf-where = Kies daarna waar je het bewaart. Een usb-stick is het best. Vermijd Documenten, het Bureaublad en mappen die synchroniseren (Dropbox, Nextcloud, OneDrive): zoekprogramma’s en de cloud houden er hun eigen kopieën van bij.
explorer-pdf-confirm = De pdf bewaren
explorer-pdf-cancel = Annuleren
explorer-pdf-saving = De pdf wordt bewaard…
explorer-pdf-saved = De pdf werd hier bewaard:
explorer-pdf-saved-reminder = Verwijder hem van deze computer zodra de cliënt hem heeft.
explorer-questions = Vragen voor de juridisch adviseur
explorer-questions-intro = Voorgestelde vragen over de getoonde legalisatieprocedures, en de eigen vragen van de cliënt. Ze blijven op dit scherm en op de afdruk: niets wordt bewaard.
explorer-asks = Voorgestelde vragen om op te nemen
explorer-own = De eigen vragen van de cliënt (één per regel)
explorer-adviser-language = Taal van de juridisch adviseur
explorer-print-questions = Ook de vragen voor de juridisch adviseur afdrukken
