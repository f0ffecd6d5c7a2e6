# Infokaarten over de verblijfswegen (assets/content/cards/*.toml), hun tussentitels en bronnen,
# en de basisnoden die door meerdere oefeningen gedeeld worden.
# Twee sporen: de “overview”-delen zijn open en vrijblijvend, voor wie nog niet beslist heeft;
# de “details”-delen zijn praktisch, voor wie wel beslist heeft. Informeren, nooit overtuigen.
# Feiten zoals beschreven in de bronstudie (nagekeken op 2016-03-31); de organisatie past ze aan.
# Algemene juridische feiten die niet uit de studie komen, verwijzen naar de bron "general-law" en blijven algemeen.
# Elk overzicht sluit zijn eerste deel af met dezelfde zin: geen enkele weg is de enige.
# Eén naam per weg in alle bestanden: Het verblijf legaliseren, Verder migreren, Terugkeer, Blijven zonder papieren.

## Basisnoden (gedeelde labels)

need-safety = Veiligheid
need-living = Rondkomen
need-people = De mensen om me heen
need-health = Gezondheidszorg
need-self = Zelf beslissen
need-school = School voor de kinderen

## Tussentitels (gedeeld door alle kaarten)

card-section-what = Wat het betekent
card-section-rights = Je rechten
card-section-risks = Risico’s
card-section-advice = Waar je advies krijgt
card-section-ways = Wegen naar een verblijfsvergunning
card-section-procedure = De procedure
card-section-waiting = Terwijl je wacht
card-section-rules = De regels in Europa
card-section-conditions = Voorwaarden
card-section-support = De steun die er is
card-section-after = Na de terugkeer
card-section-health = Gezondheidszorg
card-section-school = School
card-section-work = Werk
card-section-detention = Controles en opsluiting

## Bronnen

source-kuleuven-2016 = Nele Bossens en Eva Platteau, onderzoek naar de bekendheid en het imago van vrijwillige terugkeer bij irreguliere migranten en hun vertegenwoordigers (in het Nederlands, met een Franse samenvatting), in opdracht van Fedasil. KU Leuven, Faculteit Sociale Wetenschappen, 2016.
source-fedasil-2015 = Fedasil, het programma voor vrijwillige terugkeer en de toegangscriteria zoals ze in 2015 golden, zoals beschreven in de studie van de KU Leuven.
source-general-law = Algemene informatie over het Belgische en Europese recht, niet uit de studie van de KU Leuven: in algemene termen geschreven door de redactie van Avenir. Een juridisch adviseur zegt wat voor jou geldt.

## Het verblijf legaliseren

card-legalise-title = Het verblijf legaliseren
card-legalise-summary = Zoeken naar een wettig recht om in België te blijven.
card-legalise-overview-what = Je verblijf legaliseren betekent dat je de Belgische overheid vraagt om een recht op verblijf. Er zijn verschillende procedures, elk met eigen voorwaarden. Of er een bij jouw situatie past, hangt af van je persoonlijke omstandigheden. Papieren kunnen een middel zijn om je toekomst op te bouwen. Deze weg is niet de enige; intussen naar andere wegen kijken is niet opgeven.
card-legalise-overview-rights = Sommige procedures geven je een tijdelijk document of opvang terwijl je wacht, andere niet. Je hebt recht op een advocaat, gratis of goedkoop als je weinig inkomen hebt. Wat je situatie ook is: je kinderen mogen naar school. En in de meeste situaties kun je dringende medische hulp krijgen als je de zorg niet zelf kunt betalen.
card-legalise-overview-risks = Procedures kunnen lang duren, en de uitkomst is onzeker. Een weigering kan samengaan met een bevel om het grondgebied te verlaten. Sommige procedures kosten geld of vragen documenten die moeilijk te krijgen zijn. Wees voorzichtig met wie je papieren belooft in ruil voor geld.
card-legalise-overview-advice = Vraag een onafhankelijke juridische adviseur of een advocaat naar je kansen, voor je begint en terwijl je wacht. Een ngo die mensen zonder papieren helpt, kan de procedures uitleggen en je helpen een advocaat te vinden. Een goede adviseur is eerlijk over je kansen en over de andere wegen.
card-legalise-details-ways = De belangrijkste wegen zijn asiel (internationale bescherming), regularisatie om humanitaire redenen (9bis), regularisatie om medische redenen bij een ernstige ziekte (9ter), en gezinshereniging. Slachtoffers van mensenhandel of ernstige uitbuiting hebben een eigen, bijzondere procedure, met hulp van een gespecialiseerd centrum (Payoke in Antwerpen, PAG-ASA in Brussel, Sürya in Luik). Een vergunning voor werk of studie moet meestal vanuit het buitenland worden aangevraagd. Elke weg heeft strikte voorwaarden. Je adviseur kan zeggen welke weg, als er een is, bij jouw situatie past.
card-legalise-details-procedure = Over de meeste aanvragen beslist de Dienst Vreemdelingenzaken (DVZ); asielaanvragen worden onderzocht door het Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS). Meestal heb je identiteitsdocumenten nodig, en voor een regularisatie een adres waar je echt woont. Voor sommige aanvragen moet je betalen. Tegen een weigering kun je vaak in beroep gaan bij de Raad voor Vreemdelingenbetwistingen (RvV), binnen een korte termijn. Een beroep houdt een bevel om het grondgebied te verlaten niet altijd tegen: vraag je advocaat of dat bij jou zo is. Bewaar een kopie van elke brief en noteer elke datum.
card-legalise-details-waiting = Wachten kan maanden of zelfs jaren duren. Tijdens sommige procedures heb je een tijdelijk document of opvang; tijdens andere blijf je zonder papieren, met basisrechten zoals dringende medische hulp en school voor de kinderen. Gebruik de tijd ook voor jezelf: een taal, een opleiding, de mensen om je heen. Intussen naar andere wegen kijken is niet opgeven.
card-legalise-details-advice = Een advocaat behandelt je dossier; vraag bij het Bureau voor Juridische Bijstand (BJB) van de balie (in het gerechtsgebouw) of je er gratis een kunt krijgen. Een ngo of een juridische permanentie kan een tweede mening geven en de brieven uitleggen die je krijgt. Vraag je adviseur wat er gebeurt als het antwoord nee is, en welke mogelijkheden je dan hebt.

## Verder migreren

card-onward-title = Verder migreren
card-onward-summary = De reis voortzetten naar een ander land.
card-onward-overview-what = Verder migreren betekent dat je probeert je toekomst op te bouwen in een ander land dan België of je land van herkomst. Sommige mensen hebben daar familie, spreken de taal of hopen er betere kansen te vinden. Dan gelden de regels van dat land voor jou. Deze weg is niet de enige; intussen naar andere wegen kijken is niet opgeven.
card-onward-overview-rights = Je rechten hangen af van het land en van je verblijfssituatie daar. Zonder verblijfsvergunning heb je er meestal even weinig rechten als in België zonder papieren. Een verblijfsrecht in één Europees land geeft je geen recht om in een ander land te wonen.
card-onward-overview-risks = Reizen zonder de juiste documenten brengt risico’s mee: je kunt aan een grens tegengehouden, opgesloten of teruggestuurd worden. Smokkelaars zijn duur en kunnen gevaarlijk zijn. Volgens de Europese asielregels kan een ander land je terugsturen naar het land dat voor je aanvraag verantwoordelijk is. Misschien moet je opnieuw van nul beginnen.
card-onward-overview-advice = Vraag voor je vertrekt aan een onafhankelijke juridische adviseur welke regels gelden in het land dat je voor ogen hebt, en hoe je vroegere procedures je kansen daar beïnvloeden. Een ngo die met migranten werkt, kan je helpen betrouwbare informatie en organisaties in dat land te vinden.
card-onward-details-rules = Binnen het Schengengebied zijn er weinig grenscontroles, maar om in een land te wonen en te werken heb je daar een verblijfsrecht nodig. De Dublinregels bepalen welk Europees land een asielaanvraag behandelt; vaak is dat het eerste land waar je binnenkwam of waar je voor het eerst asiel vroeg. Vingerafdrukken die in een asielprocedure genomen worden, worden tussen Europese landen gedeeld. Dit beschrijft de Dublinregels zoals ze in 2016 golden. Het Europese Migratie- en Asielpact, aangenomen in 2024 en van toepassing sinds juni 2026, verandert deze regels: vraag een juridisch adviseur wat vandaag voor jou geldt.
card-onward-details-conditions = In sommige gevallen bestaat er een wettige weg: gezinshereniging met een familielid dat wettig in een ander land woont, een arbeidskaart of een studentenvisum. Die moeten meestal van buiten dat land worden aangevraagd, en vragen documenten, inkomen of een jobaanbod. Je adviseur kan nagaan of een van die wegen voor jou openstaat.
card-onward-details-risks = Word je tegengehouden zonder verblijfsrecht, dan kun je opgesloten en teruggestuurd worden naar België of naar je land van herkomst. Gevaarlijke routes en smokkelaars brengen je veiligheid en je geld in gevaar. Je laat ook de hulp achter die je in België hebt, zoals een dokter, een school of een begeleider.
card-onward-details-advice = Een onafhankelijke juridische adviseur of een advocaat kan uitleggen welke Europese asielregels vandaag gelden en wat ze voor jou betekenen. Een ngo of een migrantenorganisatie kan je in contact brengen met betrouwbare organisaties in het andere land. Wees voorzichtig met raad van mensen die geld verdienen aan je reis.

## Terugkeer

card-return-title = Terugkeer
card-return-summary = Teruggaan naar je land van herkomst, met of zonder steun van het programma voor vrijwillige terugkeer.
card-return-overview-what = Terugkeer betekent teruggaan naar je land van herkomst, als je daarvoor kiest. Je kunt op eigen houtje reizen, of met het Belgische programma voor vrijwillige terugkeer, dat de reis regelt en betaalt en daarna wat steun kan geven. Informatie vragen verplicht je tot niets. Deze weg is niet de enige; intussen naar andere wegen kijken is niet opgeven.
card-return-overview-rights = Het programma is vrijwillig: jij beslist, en je mag de tijd nemen om na te denken. Wat je kunt krijgen, hangt af van je situatie: hulp bij de reis, een terugkeerpremie, en soms steun om opnieuw te beginnen. Een terugkeerpartner legt uit wat voor jou geldt, voor je beslist.
card-return-overview-risks = Teruggaan kan zwaar zijn: de situatie thuis kan veranderd zijn, en je familie kan verwachtingen hebben. De steun is beperkt en wordt meestal in natura gegeven, niet in cash. Vraag of er in jouw situatie een inreisverbod geldt, en wat dat betekent als je later naar Europa wilt terugkomen. Ben je bang voor gevaar in je land, praat dan eerst met een juridische adviseur.
card-return-overview-advice = Een terugkeerloket of een terugkeerpartner, zoals Caritas International of IOM, legt het programma uit en zegt wat voor jou geldt. Je kunt er informatie vragen zonder je naam te geven, of eerst praten met een ngo of een begeleider die je vertrouwt en die het voor jou kan vragen. Het programma voor vrijwillige terugkeer is van Fedasil; het is niet de Dienst Vreemdelingenzaken (DVZ), die over gedwongen terugkeer gaat. Schrijf je je in, dan geef je je naam en je identiteitsdocumenten, omdat de reis ze nodig heeft: vraag aan het terugkeerloket wie je gegevens krijgt en waarvoor ze gebruikt worden. Over terugkeer praten betekent niet dat je beslist hebt.
card-return-details-support = In 2015 bood het programma: een reis die geregeld en betaald wordt (vliegtuig of bus), hulp om reisdocumenten te krijgen, begeleiding bij vertrek, transit en aankomst, terugbetaling van de vervoerskosten naar de luchthaven, en een terugkeerpremie van € 250 per volwassene (€ 125 per kind waar dat geldt; niet voor mensen uit landen waarvan de inwoners geen visum nodig hebben om naar België te reizen). Afhankelijk van je situatie kwam daar re-integratiesteun bij van € 700 per volwassene en € 350 per kind, die een Europees fonds met € 1.500 per dossier kon verhogen, en extra hulp voor kwetsbare personen. De re-integratiesteun werd na de terugkeer in natura gegeven via een lokale partner, te gebruiken binnen 12 maanden, bijvoorbeeld om een kleine zaak te starten, een opleiding te volgen of een woning te huren. Dit zijn de bedragen van 2015: een terugkeerpartner bevestigt wat vandaag geldt.
card-return-details-conditions = In 2015 hing wat je kon krijgen af van je land van herkomst, je verblijfssituatie, je situatie in België en je kwetsbaarheid (bijvoorbeeld zwangerschap, gezondheidsproblemen, slachtoffer van mensenhandel, of een gezin met kinderen). De hulp bij de reis stond toen al open voor iedereen zonder verblijfsrecht, en de premie voor de meeste nationaliteiten. In juni 2015 werden de regels voor re-integratiesteun eenvoudiger: afgewezen asielzoekers en andere mensen van wie de procedure afgelopen was en die ooit een bevel om het grondgebied te verlaten kregen, konden re-integratiesteun krijgen, zonder de vroegere grens van 12 maanden; en gezinnen met minderjarige kinderen gelden als kwetsbaar, zodat ze in principe recht hebben op re-integratiesteun, wat hun verblijfsstatuut ook is. Wie in België nooit een procedure startte, kreeg in principe alleen de reis en de premie, met uitzonderingen voor kwetsbare personen. Een terugkeerpartner zegt je wat vandaag voor jou geldt.
card-return-details-after = Na je aankomst helpt een lokale partner van IOM of Caritas je om je plan uit te voeren. De steun wordt niet cash uitbetaald: de partner betaalt wat je plan nodig heeft, zoals materiaal voor een kleine zaak, een opleiding, huur of medische kosten, en in principe moet hij binnen 12 maanden gebruikt worden. De partner volgt je project ongeveer een jaar op. Praten met mensen die al teruggekeerd zijn, kan helpen bij de voorbereiding.
card-return-details-advice = Om je in te schrijven, of om na te gaan wat voor jou geldt, neem je contact op met een terugkeerloket of een terugkeerpartner, zoals Caritas International, IOM of een partner-ngo of sociale dienst. Loopt er nog een procedure, of ben je bang voor gevaar thuis, praat dan eerst met een onafhankelijke juridische adviseur of een advocaat. Neem de tijd die je nodig hebt; vraag naar een opleiding voor je vertrek en naar opvolging na de terugkeer.

## Blijven zonder papieren

card-undocumented-title = Blijven zonder papieren
card-undocumented-summary = Voorlopig in België blijven zonder verblijfsvergunning.
card-undocumented-overview-what = Blijven zonder papieren betekent in België wonen zonder verblijfsrecht, voor een tijd of voor langer. Veel mensen leven zo terwijl ze wachten, hopen op een verandering of een andere weg zoeken. Het is een situatie met enkele basisrechten en met echte grenzen. Deze weg is niet de enige; intussen naar andere wegen kijken is niet opgeven.
card-undocumented-overview-rights = Ook zonder papieren heb je rechten. Als je de zorg niet zelf kunt betalen, kun je meestal dringende medische hulp krijgen via het OCMW van je gemeente. Kinderen hebben het recht om naar school te gaan. Je hebt recht op een advocaat, en om betaald te worden voor werk dat je gedaan hebt.
card-undocumented-overview-risks = Leven zonder papieren is vaak onzeker: je mag niet wettig werken, inkomen en wonen zijn onzeker, en sommige werkgevers of verhuurders misbruiken mensen zonder papieren. Als de politie je identiteit controleert, kun je een bevel krijgen om het grondgebied te verlaten of naar een gesloten centrum gebracht worden. Jarenlang wachten kan je uitputten; praten met iemand die je vertrouwt, kan helpen.
card-undocumented-overview-advice = Een ngo die mensen zonder papieren helpt, kan je rechten uitleggen en helpen met praktische zaken. Het OCMW van je gemeente beslist over dringende medische hulp. Een onafhankelijke juridische adviseur of een advocaat kan nagaan of er voor jou een procedure mogelijk is.
card-undocumented-details-health = Dringende medische hulp is meer dan spoedhulp: ze kan een dokter, geneesmiddelen en zorg in het ziekenhuis omvatten, om ziekte te voorkomen en om ze te behandelen. Je vraagt ze aan bij het OCMW van de gemeente waar je woont; dat onderzoekt je situatie, soms met een huisbezoek, en een dokter bevestigt dat de zorg nodig is. Een medische ngo kan helpen als je geweigerd wordt of niet weet waar je terechtkunt.
card-undocumented-details-school = Alle kinderen die in België wonen, met of zonder papieren, hebben het recht om naar school te gaan, en van 5 tot 18 jaar moeten ze onderwijs volgen. Een school heeft geen verblijfspapieren nodig om een kind in te schrijven. Een ngo of de school zelf kan helpen bij de inschrijving en bij vragen over de kosten.
card-undocumented-details-work = Zonder verblijfsvergunning mag je niet werken. Wie toch werkt, wordt vaak slecht betaald of oneerlijk behandeld, en een controle op het werk kan tot een bevel om het grondgebied te verlaten leiden. Je hebt wel recht op loon voor werk dat je gedaan hebt. Een vakbond of een ngo kan je vertrouwelijk informeren en helpen je loon op te eisen.
card-undocumented-details-detention = De politie kan je identiteit controleren. Heb je geen verblijfsrecht, dan kun je een bevel krijgen om het grondgebied te verlaten, en kun je in een gesloten centrum vastgehouden worden terwijl een gedwongen terugkeer voorbereid wordt. Je hebt recht op een advocaat, ook in een gesloten centrum, en je kunt de beslissing aanvechten. Houd de naam en de gegevens van je advocaat of adviseur bij je.
card-undocumented-details-advice = Blijf in contact met een advocaat of juridische adviseur die je vertrouwt. Een ngo kan helpen met dringende medische hulp, de inschrijving op school en onderdak, en brieven van de overheid uitleggen. Weigert het OCMW dringende medische hulp, dan kan een ngo of een advocaat je helpen de beslissing aan te vechten.
