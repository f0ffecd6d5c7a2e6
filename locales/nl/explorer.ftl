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
