# Oefeningen: de teksten van de werkbladen in assets/content/exercises/*.toml.
# De inleiding (ex-<oefening>-intro) en de vragen richten zich tot de persoon (“je”); de handleiding
# (ex-<oefening>-guide-…) is alleen voor de begeleider. Informeren mag, overtuigen niet.

## Mijn migratieproject

ex-migration-project-title = Mijn migratieproject
ex-migration-project-summary = Waarom je vertrokken bent, wat je hoopte, hoe het gelopen is en wat er nog van leeft.
ex-migration-project-intro = Elke reis begint met hoop. Hier kijken we terug: waarom je vertrokken bent, wat je hoopte te vinden en hoe het tot nu toe gelopen is. Er is geen goed of fout antwoord. Jij kiest wat je vertelt, en je mag een vraag overslaan of op elk moment stoppen.
ex-migration-project-guide-aim = De persoon opnieuw laten aansluiten bij het oorspronkelijke doel van de migratie en de basisnoden daarachter, voorbij de zoektocht naar papieren. Papieren zijn een mogelijk middel, geen doel op zich. Wie ziet wat er nog leeft van het oude project, kan werken aan een nieuw project: in België, in het land van herkomst of elders.
ex-migration-project-guide-introduce = Vertrek vanuit nieuwsgierigheid, niet vanuit het verblijfsdossier. Je kunt zeggen: “Voor we het over papieren of procedures hebben, wil ik graag begrijpen waarvoor je hierheen gekomen bent. Hoe hoopte je dat je leven eruit zou zien?” Herhaal dat het gesprek vertrouwelijk is en dat de persoon zelf kiest wat hij of zij vertelt.
ex-migration-project-guide-avoid = Niet in een eerste gesprek, zolang het vertrouwen nog broos is, en niet in een acute crisis (geen onderdak, een dringend gezondheidsprobleem): eerst stabiliseren. Gaat het vertrek over geweld of vervolging, vraag dan niet naar details; dit is geen verhoor over iemands verhaal. Stop wanneer de persoon overstuur raakt.
ex-migration-project-why-left = Waarom ben je uit je land vertrokken?
ex-migration-project-why-left-help = Een paar woorden zijn genoeg. Vertel alleen wat je wilt vertellen.
ex-migration-project-hoped-for = Wat hoopte je te vinden of te bereiken?
ex-migration-project-needs-behind = Welke noden zaten achter je beslissing om te vertrekken?
ex-migration-project-how-it-went = Hoe is het gelopen sinds je vertrokken bent? Wat ging goed, en wat was moeilijk?
ex-migration-project-still-alive = Wat leeft er vandaag nog van je project?
ex-migration-project-still-alive-help = Denk aan de wensen en doelen die je nog altijd meedraagt, ook als de weg ernaartoe veranderd is.

## Basisnoden

ex-basic-needs-title = Basisnoden
ex-basic-needs-summary = Wat je vandaag hebt en wat je mist, en hoe dat op elke weg zou kunnen zijn.
ex-basic-needs-intro = Iedereen heeft nood aan veiligheid, aan een manier om rond te komen, aan mensen om zich heen, aan gezondheidszorg en aan de vrijheid om zelf te beslissen; ouders willen ook dat hun kinderen naar school kunnen. Hier bekijk je hoe het daarmee staat in je leven vandaag, en hoe het zou kunnen zijn op elke mogelijke weg. Er is geen juist antwoord: het gaat om hoe jij het ziet. Je mag elke vraag overslaan of stoppen wanneer je wilt.
ex-basic-needs-guide-aim = De basisnoden achter het migratieproject zichtbaar maken, en hoe elke verblijfsweg daaraan zou kunnen voldoen, zodat de persoon de wegen afweegt naar wat voor hem of haar telt en niet alleen naar papieren. Het rooster wordt in het beslissingsdagboek als warmtekaart getekend; wie het na een tijd opnieuw invult, ziet wat verandert.
ex-basic-needs-guide-introduce = Begin bij vandaag, voor je vooruitkijkt. Je kunt zeggen: “Laten we eerst naar je leven kijken zoals het nu is. Welke van deze dingen heb je, en welke ontbreken?” Neem daarna de wegen een voor een en laat de persoon zelf de scores geven. Een leeg vakje of een vraag is ook een goed antwoord.
ex-basic-needs-guide-avoid = Niet voordat de persoon informatie kreeg over wat de wegen inhouden: scores zonder informatie zijn gissingen die tot valse zekerheden kunnen verharden, dus bied eerst de infokaarten aan. Stuur de scores niet en noem ze nooit juist of fout.
ex-basic-needs-guide-group = Gebruik de oefening pas nadat de groep informatie kreeg over de wegen. Ieder vult in stilte een eigen rooster op papier in; niemand hoeft zijn of haar scores te delen, en iedereen mag afhaken zonder uitleg. Praat over de noden in het algemeen, nooit over de scores van één persoon.
ex-basic-needs-today = Wat heb je vandaag, en wat mis je?
ex-basic-needs-today-help = Denk aan veiligheid, rondkomen, de mensen om je heen, gezondheidszorg, zelf beslissen en school voor de kinderen.
ex-basic-needs-by-pathway = Hoe staat het vandaag met elk van deze dingen, en hoe zou het zijn op elke weg?
ex-basic-needs-by-pathway-help = Geef elke nood in elke kolom een score van 0 tot 10. Weet je het niet, laat het vakje dan leeg: ook dat zegt iets.
ex-basic-needs-by-pathway-low = Ontbreekt helemaal
ex-basic-needs-by-pathway-high = Helemaal in orde
ex-basic-needs-by-pathway-today = Vandaag
ex-basic-needs-by-pathway-legalise = Het verblijf legaliseren
ex-basic-needs-by-pathway-onward = Verder migreren
ex-basic-needs-by-pathway-return = Terugkeer
ex-basic-needs-by-pathway-undocumented = Blijven zonder papieren
ex-basic-needs-most-important = Welk van deze dingen is nu het belangrijkst voor jou?
ex-basic-needs-what-would-help = Wat zou je kunnen helpen om dat te krijgen?

## Vier wegen naast elkaar

ex-four-pathways-title = Vier wegen naast elkaar
ex-four-pathways-summary = Wat je al weet en nog niet weet over elke weg: voordelen, nadelen, voorwaarden en risico’s.
ex-four-pathways-intro = Er zijn vier mogelijke wegen: het verblijf legaliseren, verder migreren naar een ander land, terugkeren naar je land, of in België blijven zonder papieren. Hier kun je ze naast elkaar zetten en opschrijven wat je over elke weg weet. Je hoeft vandaag niets te kiezen. Je mag een vakje leeg laten, een deel overslaan of stoppen wanneer je wilt.
ex-four-pathways-guide-aim = De vier verblijfswegen naast elkaar afwegen, met objectieve informatie over het verblijfsrecht en over de eigen procedure van de persoon, zodat die de voordelen, nadelen en gevolgen van elke weg ziet en zelf tot een bewuste keuze komt. Het rooster toont ook wat nog onbekend is en wie dat kan uitzoeken.
ex-four-pathways-guide-introduce = Vertrek van het oorspronkelijke migratiemotief en van de eigen woorden van de persoon. Je kunt zeggen: “Elke weg heeft goede en moeilijke kanten. Laten we opschrijven wat je al weet over elk van die wegen, en wat je nog wilt uitzoeken.” Vul het rooster samen in, gespreid over meerdere gesprekken; het hoeft nooit volledig te zijn.
ex-four-pathways-guide-avoid = Niet om de persoon naar één bepaalde weg te leiden, en niet onder tijdsdruk, bijvoorbeeld in de laatste dagen van een bevel om het grondgebied te verlaten zonder vervolggesprek. Kun je zelf geen betrouwbare juridische informatie geven, regel dan eerst een bezoek aan een onafhankelijke juridische adviseur. Geef elke weg evenveel aandacht en tijd.
ex-four-pathways-side-by-side = Wat weet je over elke weg?
ex-four-pathways-side-by-side-help = Schrijf een paar woorden in elk vakje. Je mag een vakje leeg laten of er een vraag in schrijven.
ex-four-pathways-side-by-side-know = Wat ik weet
ex-four-pathways-side-by-side-dont-know = Wat ik nog niet weet
ex-four-pathways-side-by-side-advantages = Voordelen
ex-four-pathways-side-by-side-disadvantages = Nadelen
ex-four-pathways-side-by-side-conditions = Voorwaarden
ex-four-pathways-side-by-side-risks = Risico’s
ex-four-pathways-side-by-side-find-out = Wat ik moet uitzoeken, en bij wie
ex-four-pathways-feeling = Hoe voel je je als je aan elke weg denkt?
ex-four-pathways-feeling-low = Heel onrustig
ex-four-pathways-feeling-high = Helemaal gerust
ex-four-pathways-feeling-feeling = Mijn gevoel
ex-four-pathways-thoughts = Wat komt er bij je op als je de vier wegen samen bekijkt?

## Levenslijn

ex-lifeline-title = Levenslijn
ex-lifeline-summary = De belangrijke momenten van je leven, van je geboorte tot nu en verder in de toekomst.
ex-lifeline-intro = Je leven is veel meer dan je situatie van vandaag. Op deze lijn kun je de belangrijke momenten van je leven zetten, van je geboorte tot nu, en wat je voor later hoopt. Je kunt aanduiden waar je kracht vond en wat moeilijk was. Jij kiest wat er op de lijn komt, en je mag elk deel overslaan of stoppen wanneer je wilt.
ex-lifeline-guide-aim = De persoon helpen het leven als geheel te zien: de krachten en hulpbronnen die hij of zij al heeft getoond, de moeilijke momenten die doorstaan zijn, en een toekomst die nog open ligt. Zo komt de huidige vastgelopen situatie in een langer verhaal te staan, en wordt het denken over een volgende stap voorbereid.
ex-lifeline-guide-introduce = Toon een lege lijn en leg uit dat de persoon zelf bepaalt wat erop komt. Je kunt zeggen: “Laten we je leven tekenen als een lijn, van je geboorte tot vandaag, en dan nog een stukje verder. Welke momenten waren belangrijk voor jou?” Vraag eerst waar iemand kracht vond, en pas daarna wat moeilijk was.
ex-lifeline-guide-avoid = Niet bij iemand in een acuut trauma of een crisis, of kort na een traumatische gebeurtenis: de lijn kan pijnlijke herinneringen oproepen. Begin er niet aan zonder genoeg tijd om het gesprek rustig af te sluiten. Vraag nooit naar details van traumatische gebeurtenissen; komen er sterke emoties, pauzeer dan en verwijs waar nodig naar een dienst voor geestelijke gezondheidszorg.
ex-lifeline-events = Welke momenten uit je leven wil je op de lijn zetten?
ex-lifeline-events-help = Schrijf bij elk moment wanneer het was en wat er gebeurde. Je kunt het aanduiden als kracht, als moeilijk, of als hoop voor de toekomst.
ex-lifeline-events-strength = Kracht
ex-lifeline-events-hard = Moeilijk
ex-lifeline-events-hope = Hoop
ex-lifeline-strength = Waar vond je kracht in moeilijke tijden?
ex-lifeline-ten-years = Hoe zie je jezelf over tien jaar?

## Waar sta ik?

ex-where-i-stand-title = Waar sta ik?
ex-where-i-stand-summary = Een plan loslaten kan voelen als een verlies. Waar sta jij vandaag op die weg?
ex-where-i-stand-intro = Als een plan niet loopt zoals we hoopten, kan dat voelen alsof we iets belangrijks verliezen. Veel mensen gaan dan door verschillende gevoelens: schok, ongeloof, boosheid, verdriet, en langzaam wat rust. Er is geen juiste plek. Alleen jij kunt zeggen waar je vandaag staat, en je mag je antwoord veranderen of open laten.
ex-where-i-stand-guide-aim = Woorden geven aan het verlies dat het loslaten van (een deel van) een migratieproject kan zijn, en erkennen dat dit verlies tijd en rouw vraagt. Het helpt de persoon, en jou, begrijpen waarom beslissen op sommige momenten onmogelijk lijkt, en dat tempo te respecteren.
ex-where-i-stand-guide-introduce = Stel de curve voor als iets wat veel mensen herkennen, niet als een test. Je kunt zeggen: “Als een droom niet uitkomt, gaan mensen vaak door verschillende gevoelens. Hier zijn er enkele. Ligt er een dicht bij hoe jij je nu voelt?” Laat de persoon zelf de plek aanwijzen.
ex-where-i-stand-guide-avoid = De persoon plaatst zichzelf, nooit de begeleider: zeg niet waar iemand staat of zou moeten staan, en gebruik de curve nooit om te tonen dat iemand “klaar” is voor een beslissing. De fasen volgen geen vaste volgorde; mensen gaan heen en weer. Niet in een acute crisis, en dring het idee van verlies niet op aan wie het zo niet voelt.
ex-where-i-stand-guide-group = Toon de curve op de muur als iets wat veel mensen herkennen, maar vraag nooit iemand om zich voor de anderen te plaatsen. Ieder duidt in stilte een plek aan op een eigen blad, of helemaal niet; die plaatsingen worden niet getoond, opgehaald of in de groep besproken, en iedereen mag afhaken zonder uitleg. Bied wie dat wil achteraf een individueel gesprek aan.
ex-where-i-stand-stage = Waar sta je vandaag?
ex-where-i-stand-stage-help = Alleen jij kunt zeggen waar je staat. Mensen gaan heen en weer tussen deze gevoelens, en dat is normaal.
ex-where-i-stand-stage-shock = Schok
ex-where-i-stand-stage-denial = Het kan niet waar zijn
ex-where-i-stand-stage-anger = Boosheid
ex-where-i-stand-stage-bargaining = Een uitweg zoeken
ex-where-i-stand-stage-sadness = Verdriet
ex-where-i-stand-stage-acceptance = Aanvaarding
ex-where-i-stand-feel-now = Hoe voel je je vandaag over je situatie?
ex-where-i-stand-what-helps = Wat helpt je op dit moment, of wat zou je kunnen helpen?

## Waarnaar zou ik terugkeren?

ex-return-to-title = Waarnaar zou ik terugkeren?
ex-return-to-summary = Rustig bekijken wat er vandaag in je land voor je is, en wat je zorgen baart.
ex-return-to-intro = In deze oefening bekijk je je land zoals het vandaag is: wat er voor jou zou zijn, en wat je zorgen baart. Dat betekent niet dat terugkeer het antwoord is, en je hoeft niets te beslissen. Het is alleen een manier om meer te weten over een van de mogelijke wegen. Je mag elke vraag overslaan of stoppen wanneer je wilt.
ex-return-to-guide-aim = Een realistisch beeld opbouwen van wat de persoon in het land van herkomst zou aantreffen (een woning, werk, schulden, familie en gemeenschap, gezondheidszorg, school, veiligheid) en van wat nog uit te zoeken is, zodat terugkeer kan worden afgewogen als één weg van de vier. Deze verkenning betekent niet dat terugkeer het antwoord is, en dat zeg je ook zo.
ex-return-to-guide-introduce = Gebruik de oefening alleen als de persoon zelf over terugkeer begint of erom vraagt, en zeg duidelijk dat het om verkennen gaat, niet om beslissen. Je kunt zeggen: “Je vertelde dat je soms aan thuis denkt. Zullen we bekijken wat er nu voor je is en wat je zorgen baart? Dat betekent niet dat je terug moet.”
ex-return-to-guide-avoid = Gebruik de oefening nooit om terugkeer te duwen, en breng ze niet zelf ter sprake als de persoon het niet over terugkeer heeft gehad. Niet als er thuis echt gevaar dreigt (geweld, vervolging, angst voor de overheid bij aankomst): de vragen kunnen pijn doen en het vertrouwen breken. Niet onder tijdsdruk, bijvoorbeeld net na een bevel om het grondgebied te verlaten.
ex-return-to-guide-group = Geef deze oefening nooit aan iedereen tegelijk. Kondig de dag over terugkeer vooraf aan, zodat mensen kunnen kiezen of ze komen; iedereen mag afhaken zonder uit te leggen waarom. Bied de oefening alleen aan als stil, individueel werk op papier: ieder schrijft of tekent voor zichzelf, en niemand deelt wat hij of zij schreef, tenzij hij of zij dat wil. Er wordt niets van opgehaald, op de muur getoond of in de groep besproken; bied wie dat wil achteraf een individueel gesprek aan.
ex-return-to-situation = Wat zou er voor je zijn, en wat baart je zorgen?
ex-return-to-situation-help = Schrijf bij elk onderwerp wat je weet. Weet je het niet, schrijf het dan op als een vraag die je aan iemand thuis kunt stellen.
ex-return-to-situation-home = Een thuis
ex-return-to-situation-work = Werk en inkomen
ex-return-to-situation-debts = Schulden
ex-return-to-situation-family = Familie en gemeenschap
ex-return-to-situation-health-care = Gezondheidszorg
ex-return-to-situation-school = School voor de kinderen
ex-return-to-situation-safety = Veiligheid
ex-return-to-situation-there = Wat er voor mij is
ex-return-to-situation-worries = Wat me zorgen baart
ex-return-to-ask-family = Wat zou je aan je familie of vrienden thuis willen vragen?
ex-return-to-fears = Waar ben je bang voor als je aan teruggaan denkt?
ex-return-to-hopes = Welke hoop komt op als je aan je land denkt?

## Een volgende stap voorbereiden

ex-next-step-title = Een volgende stap voorbereiden
ex-next-step-summary = Je vragen, je noden, wat je al hebt, wie kan helpen, en je volgende drie stappen.
ex-next-step-intro = Welke weg je ook bekijkt, en ook als je nog niet beslist hebt, je kunt een volgende stap voorbereiden. Hier schrijf je je vragen op, wat je het meest nodig hebt, wat je al hebt en wie je kan helpen. Jij bepaalt wat hier komt, en je mag het veranderen of stoppen wanneer je wilt.
ex-next-step-guide-aim = Nadenken omzetten in kleine, concrete stappen die de persoon zelf kiest, voor eender welke weg of terwijl hij of zij nog twijfelt: eigen vragen, noden in volgorde van belang, hulpbronnen en vaardigheden, de mensen en organisaties die kunnen helpen, en de volgende drie stappen.
ex-next-step-guide-introduce = Je kunt zeggen: “We hebben over veel gepraat. Wat zou, wat je uiteindelijk ook beslist, een kleine volgende stap voor jou kunnen zijn?” Vertrek van de eigen vragen van de persoon, houd de stappen klein en haalbaar, en spreek af wie wat doet voor het volgende gesprek.
ex-next-step-guide-avoid = Niet om een beslissing te versnellen: “Ik heb nog niet beslist” is een volwaardig antwoord, en de stappen kunnen ook het verkennen zelf dienen. Vul de stappen niet in de plaats van de persoon in. Voor de praktische kant van een terugkeer verwijs je naar een terugkeerpartner, voor juridische stappen naar een onafhankelijke juridische adviseur.
ex-next-step-pathway = Voor welke weg is deze stap?
ex-next-step-pathway-legalise = Het verblijf legaliseren
ex-next-step-pathway-onward = Verder migreren
ex-next-step-pathway-return = Terugkeer
ex-next-step-pathway-undocumented = Blijven zonder papieren
ex-next-step-pathway-open = Ik heb nog niet beslist
ex-next-step-questions = Op welke vragen wil je een antwoord?
ex-next-step-needs = Wat heb je nodig? Zet het belangrijkste bovenaan.
ex-next-step-needs-help = Schuif de punten omhoog of omlaag tot de volgorde voor jou klopt.
ex-next-step-resources = Wat heb je al dat je kan helpen? Bijvoorbeeld vaardigheden, ervaring, contacten of spaargeld.
ex-next-step-who-can-help = Wie kan je helpen? Denk aan mensen en aan organisaties.
ex-next-step-steps = Wat zijn je volgende drie stappen?
