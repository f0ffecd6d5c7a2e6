# Oefeningen: de teksten van de werkbladen in assets/content/exercises/*.toml.
# De inleiding (ex-<oefening>-intro) en de vragen richten zich tot de persoon (“je”); de handleiding
# (ex-<oefening>-guide-…) is alleen voor de begeleider. Informeren mag, overtuigen niet.
# session-preparation is de eigen checklist van de begeleider: al zijn teksten, ook de inleiding,
# richten zich tot de begeleider, en hij wordt nooit aan de persoon getoond (dus geen Arabisch).

## Een gesprek voorbereiden

ex-session-preparation-title = Een gesprek voorbereiden
ex-session-preparation-summary = Je eigen checklist voor een gesprek: alleen voor jou, nooit getoond aan de persoon.
ex-session-preparation-intro = Deze checklist is alleen voor jou, de begeleider: hij verschijnt nooit op een gedeeld scherm, op de muur, in een boekje of op papier. Loop hem door voor een gesprek, om na te gaan of de voorwaarden voor een veilig gesprek er zijn. Hij toetst je voorbereiding, niet de persoon. Je kunt een punt overslaan of op elk moment stoppen.
ex-session-preparation-guide-aim = Voor elk gesprek nagaan of de voorwaarden voor toekomstoriëntering er zijn: de persoon is gestabiliseerd, weet wat vertrouwelijk blijft, heeft toegang tot onafhankelijk juridisch advies en, waar nodig, tot een professionele tolk; gevaar thuis en kwetsbaarheid zijn nagegaan; en er is tijd, zonder druk. Achteraf kan de lijst dienen voor je eigen reflectie: bracht het gesprek de persoon erkenning, inzicht, ruimte om na te denken, of meer greep op het eigen leven?
ex-session-preparation-guide-introduce = Open hem voor de persoon binnenkomt, op je eigen scherm. Vink aan wat in orde is; een punt dat niet in orde is, is iets om te regelen of een reden om het gesprek aan te passen (eerst stabiliseren, de tolk boeken, het juridisch advies aanbieden), nooit een reden om de persoon op te jagen. Schrijf op wat je hoopt dat het gesprek de persoon brengt, niet wat je zou willen dat hij of zij beslist.
ex-session-preparation-guide-avoid = Toon hem nooit aan de persoon en vul hem niet in waar de persoon bij is, en gebruik hem nooit als formulier over de persoon. Schrijf hier geen details over gevaar, ziekte of uitbuiting die de persoon niet zelf wilde delen; een woord als geheugensteun volstaat. Een vakje dat niet aangevinkt is, mag nooit druk op de persoon worden, bijvoorbeeld om documenten mee te brengen of sneller te beslissen.
ex-session-preparation-checks = Voor het gesprek: wat is in orde?
ex-session-preparation-checks-help = Vink aan wat in orde is; wat niet in orde is, regel je; het is geen reden om te haasten. Zie je tekenen van kwetsbaarheid, verwijs dan door: bij mensenhandel of ernstige uitbuiting naar een gespecialiseerd centrum (Payoke in Antwerpen, PAG-ASA in Brussel, Sürya in Luik), dat ook de bijzondere verblijfsprocedure voor slachtoffers uitlegt; bij een ernstige ziekte naar een juridische adviseur over medische regularisatie (9ter), en naar het OCMW voor dringende medische hulp; bij een minderjarige die zonder ouder of voogd in België is, naar de Dienst Voogdij van de FOD Justitie, die een voogd aanstelt.
ex-session-preparation-checks-stabilised = Eerst gestabiliseerd: onderdak, eten, dringende zorg
ex-session-preparation-checks-confidentiality = Vertrouwelijkheid uitgelegd: wat hier blijft, en wat ik nooit doorgeef
ex-session-preparation-checks-legal-advice = Onafhankelijk juridisch advies geregeld of aangeboden
ex-session-preparation-checks-interpreter = Waar nodig een professionele tolk geboekt (geen familielid, geen kind)
ex-session-preparation-checks-danger-at-home = Gevaar thuis nagegaan, voor we over terugkeer of thuis praten
ex-session-preparation-checks-vulnerability = Kwetsbaarheid nagegaan (mensenhandel, ernstige ziekte, niet-begeleide minderjarige), met de doorverwijzing
ex-session-preparation-checks-no-pressure = Genoeg tijd, geen druk, geen termijn die wij opleggen
ex-session-preparation-aim = Wat wil ik dat dit gesprek de persoon brengt?
ex-session-preparation-remember = Wat moet ik onthouden voor dit gesprek?

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

## Vier wegen naast elkaar

ex-four-pathways-title = Vier wegen naast elkaar
ex-four-pathways-summary = Wat je al weet en nog niet weet over elke weg: voordelen, nadelen, voorwaarden en risico’s.
ex-four-pathways-intro = Er zijn vier mogelijke wegen: het verblijf legaliseren, verder migreren naar een ander land, terugkeren naar je land, of in België blijven zonder papieren. Hier kun je ze naast elkaar zetten en opschrijven wat je over elke weg weet. Je hoeft vandaag niets te kiezen. Je mag een vakje leeg laten, een deel overslaan of stoppen wanneer je wilt.
ex-four-pathways-guide-aim = De vier verblijfswegen naast elkaar afwegen, met objectieve informatie over het verblijfsrecht en over de eigen procedure van de persoon, zodat die de voordelen, nadelen en gevolgen van elke weg ziet en zelf tot een bewuste keuze komt. Het rooster toont ook wat nog onbekend is en wie dat kan uitzoeken.
ex-four-pathways-guide-introduce = Vertrek van het oorspronkelijke migratiemotief en van de eigen woorden van de persoon. Je kunt zeggen: “Elke weg heeft goede en moeilijke kanten. Laten we opschrijven wat je al weet over elk van die wegen, en wat je nog wilt uitzoeken.” Vul het rooster samen in, gespreid over meerdere gesprekken; het hoeft nooit volledig te zijn.
ex-four-pathways-guide-avoid = Niet om de persoon naar één bepaalde weg te leiden, en niet onder tijdsdruk, bijvoorbeeld in de laatste dagen van een bevel om het grondgebied te verlaten zonder vervolggesprek. Kun je zelf geen betrouwbare juridische informatie geven, regel dan eerst een bezoek aan een onafhankelijke juridische adviseur. Geef elke weg evenveel aandacht en tijd. Zie je tekenen van mensenhandel, een ernstige ziekte of een niet-begeleide minderjarige, verwijs dan eerst door: naar een gespecialiseerd centrum (Payoke, PAG-ASA, Sürya) en de bijzondere procedure voor slachtoffers, naar een juridische adviseur over medische regularisatie (9ter) en dringende medische hulp, of naar de Dienst Voogdij (FOD Justitie).
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

## Wat weegt voor mij?

ex-what-weighs-title = Wat weegt voor mij?
ex-what-weighs-summary = De dingen die meewegen in je beslissing, en hoe elk ervan meeweegt op elke weg.
ex-what-weighs-intro = Veel dingen kunnen meewegen in een beslissing over je toekomst: schulden, de school van de kinderen, je gezondheid, wat je familie verwacht, je veiligheid… Hier bekijk je welke ervan voor jou tellen, en hoe elk ervan meeweegt op elk van de vier wegen, voor of tegen. Hetzelfde ding kan op meerdere wegen meewegen. Er is geen score en geen juist antwoord. Je mag een vakje leeg laten, een vraag overslaan of op elk moment stoppen.
ex-what-weighs-guide-aim = In de eigen woorden van de persoon benoemen wat meeweegt in de beslissing, vertrekkend van de factoren die de studie telkens weer hoorde (schaamte, schulden, verbrande schepen, een inreisverbod, wantrouwen, de school van de kinderen, medicatie, de verwachtingen van de familie, veiligheid, werk), en zien hoe elke factor meeweegt op elk van de vier wegen, voor of tegen. Er wordt niets geteld of opgeteld: het rooster toont wat voor de persoon telt, niet welke weg wint.
ex-what-weighs-guide-introduce = Neem de rijen een voor een en vraag eerst of dit voor de persoon überhaupt meespeelt; sla over wat niet meespeelt. Vraag daarna, weg per weg, hoe het daar meeweegt. Je kunt zeggen: “Voor sommige mensen wegen schulden op elke weg, telkens op een andere manier. Hoe is dat voor jou?” Geef elke kolom dezelfde aandacht, en vraag naar beide kanten: wat een factor moeilijker maakt, en wat hij makkelijker maakt.
ex-what-weighs-guide-avoid = Tel, scoor of som de vakjes nooit op, en gebruik het rooster nooit om te tonen dat één weg “wint”. Vul geen factor in de plaats van de persoon in, en blijf niet hangen bij schaamte of schulden als de persoon dat niet wil: een lege rij is ook een antwoord. Niet voordat de persoon informatie kreeg over de wegen (bied eerst de infokaarten aan), en niet in een acute crisis. Hangt een factor af van feiten (een inreisverbod, medicatie in het land van herkomst, een procedure), schrijf hem dan op als een vraag voor een juridische adviseur of een terugkeerpartner, in plaats van te gissen.
ex-what-weighs-factors = Hoe weegt elk van deze dingen mee op elke weg?
ex-what-weighs-factors-help = Schrijf bij elk ding een paar woorden onder elke weg: weegt het voor die weg, ertegen, of helemaal niet? Hetzelfde ding kan op meerdere wegen meewegen. Laat een vakje leeg als het voor jou niet telt, of schrijf een vraag als je het niet weet.
ex-what-weighs-factors-shame = Schaamte, of de angst dat men denkt dat ik gefaald heb
ex-what-weighs-factors-debts = Schulden
ex-what-weighs-factors-burned-bridges = Wat ik verkocht, verloor of achterliet
ex-what-weighs-factors-entry-ban = Een inreisverbod
ex-what-weighs-factors-distrust = Wantrouwen (in de overheid, in organisaties of in beloftes)
ex-what-weighs-factors-children-school = De school van de kinderen
ex-what-weighs-factors-medication = Geneesmiddelen en behandeling
ex-what-weighs-factors-family-expectations = Wat mijn familie verwacht
ex-what-weighs-factors-safety = Veiligheid
ex-what-weighs-factors-work = Werk en inkomen
ex-what-weighs-other = Wat weegt er nog mee voor jou?
ex-what-weighs-weighs-most = Wat weegt op dit moment het zwaarst voor jou, en waarom?

## Mijn procedure

ex-my-procedure-title = Mijn procedure
ex-my-procedure-summary = Waar je procedure staat, de volgende stap en de datum ervan, en de vragen die je nog hebt voor je adviseur.
ex-my-procedure-intro = Hier schrijf je op wat je weet over je eigen procedure: waar ze staat, wat de volgende stap is, welke data je kreeg, en je kansen zoals je adviseur ze uitlegde. Avenir geeft geen juridisch advies: deze bladzijde helpt je om je bezoek aan je adviseur voor te bereiden en je vragen bij te houden. Heb je geen procedure, of weet je het niet, dan is dat ook een goed antwoord. Je mag een vraag overslaan of op elk moment stoppen.
ex-my-procedure-guide-aim = De persoon een duidelijk beeld geven van de eigen procedure, zoals hij of zij die van de juridische adviseur begreep (waar ze staat, de volgende stap, de termijn, de kansen), en de vragen verzamelen die nog open zijn. Objectieve informatie over de eigen procedure hoort bij het afwegen van de vier wegen. Het werkblad bereidt het bezoek aan een onafhankelijke juridische adviseur voor; het vervangt dat bezoek nooit.
ex-my-procedure-guide-introduce = Laat de persoon het in eigen woorden vertellen, en schrijf op wat hij of zij begreep, niet wat jij denkt. Je kunt zeggen: “Laten we opschrijven wat je over je dossier weet, en wat je je advocaat nog wilt vragen.” Bekijk samen de brieven en de data, en stel voor om van elke brief een kopie te bewaren. Noteer je een termijn, zeg dan rustig dat een beroep een bevel om het grondgebied te verlaten niet altijd tegenhoudt, en dat de adviseur kan zeggen of dat bij de persoon zo is: het doel is weten, niet bang maken. Is iets onduidelijk, schrijf het dan op als een vraag voor de adviseur.
ex-my-procedure-guide-avoid = Geef nooit zelf juridisch advies en schat de kansen niet zelf in, en verbeter niet wat de adviseur zei; lijkt het beeld niet te kloppen, of heeft de persoon geen adviseur, regel dan een bezoek aan een onafhankelijke juridische adviseur (het Bureau voor Juridische Bijstand van de balie kan een advocaat aanstellen, gratis voor wie weinig inkomen heeft). Gebruik de kansen niet om de persoon naar een weg toe of ervan weg te sturen. Zie je tekenen van kwetsbaarheid, verwijs dan door: bij mensenhandel of ernstige uitbuiting naar een gespecialiseerd centrum (Payoke in Antwerpen, PAG-ASA in Brussel, Sürya in Luik) en de bijzondere verblijfsprocedure voor slachtoffers; bij een ernstige ziekte naar een juridische adviseur over medische regularisatie (9ter), en naar het OCMW voor dringende medische hulp; bij een niet-begeleide minderjarige naar de Dienst Voogdij (FOD Justitie).
ex-my-procedure-procedure = Om welke procedure gaat het?
ex-my-procedure-procedure-help = Bijvoorbeeld asiel, een aanvraag voor een verblijfsvergunning, een beroep of gezinshereniging. Weet je de naam niet, beschrijf ze dan in je eigen woorden. Heb je geen procedure, dan mag je dat ook opschrijven.
ex-my-procedure-where-it-stands = Waar staat je procedure vandaag?
ex-my-procedure-next-step = Wat is de volgende stap?
ex-my-procedure-deadline = Is er een datum of een termijn?
ex-my-procedure-deadline-help = Schrijf de datum op zoals je hem kreeg, en van wie. Ben je niet zeker, vraag het dan aan je adviseur. Bewaar elke brief die je krijgt.
ex-my-procedure-chances = Hoe legde je adviseur je kansen uit?
ex-my-procedure-chances-help = In je eigen woorden, zoals je adviseur ze uitlegde. Heeft nog niemand het je gezegd, dan is dat een goede vraag om te stellen.
ex-my-procedure-adviser = Wie geeft je advies over je procedure? Een naam is niet nodig.
ex-my-procedure-open-questions = Wat wil je je adviseur nog vragen?
ex-my-procedure-open-questions-help = Bijvoorbeeld: Wat gebeurt er als het antwoord nee is? Hoe lang kan het duren? Wat kan ik doen terwijl ik wacht? Neem deze vragen mee naar je volgende bezoek.

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

## Thuis

ex-home-title = Thuis
ex-home-summary = De plek waar je vandaan komt, in je eigen beelden en woorden: wat je mist, wat niet, en wie er nu is.
ex-home-intro = Hier kun je praten over de plek waar je vandaan komt, als je wilt met je eigen foto’s of tekeningen. Hoe is het daar? Wat mis je, en wat niet? Wie en wat is er nu? Het gaat er niet om of je teruggaat: het gaat om een plek die deel is van je leven. Je deelt alleen wat je wilt, en je mag een vraag overslaan of op elk moment stoppen.
ex-home-guide-aim = Een respectvol gesprek openen over thuis (de plek, de mensen, wat gemist wordt en wat niet) met de eigen foto’s of tekeningen van de persoon. Het erkent een belangrijk deel van het leven en de identiteit van de persoon, wat de toekomst ook wordt, en kan tonen wat er nu is, mocht de persoon ooit terugkeer afwegen.
ex-home-guide-introduce = Vraag eerst of de persoon het wel over thuis wil hebben. Je kunt zeggen: “Wil je me tonen waar je vandaan komt? Je kunt een foto uit je album kiezen of een tekening maken.” Laat de persoon de beelden kiezen en het gesprek leiden; vraag naar gewone dingen (de straten, het eten, de mensen, de seizoenen) voor je naar gevoelens vraagt. Af en toe, voorzichtig: “Hoe was het in je land? Mis je hen?”
ex-home-guide-avoid = Niet voor iedereen: sommige mensen lopen thuis echt gevaar, en voor hen kunnen deze vragen pijn doen en het vertrouwen breken. Ga dat eerst na en dring nooit aan. Het is geen verhoor over de redenen van vertrek: vraag niet waarom de persoon vertrok of wat er gebeurde. Gebruik de oefening niet om naar terugkeer te leiden, en zie een warm gesprek over thuis niet als een teken dat de persoon terug wil. Stop wanneer de persoon overstuur raakt.
ex-home-pictures = Welke foto’s of tekeningen van thuis wil je bekijken?
ex-home-pictures-help = Kies foto’s uit je album, of een tekening die je maakte. Jij beslist welke, en je kunt ze op elk moment weer weghalen.
ex-home-home-town = Hoe is je thuisstad of je dorp? Wat herinner je je?
ex-home-miss = Wat mis je?
ex-home-glad-to-miss = Wat mis je niet?
ex-home-there-now = Wie en wat is er nu?

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

## Wat vinden de kinderen?

ex-children-view-title = Wat vinden de kinderen?
ex-children-view-summary = Wat je kinderen willen en waar ze bang voor zijn, als het kan in hun eigen woorden.
ex-children-view-intro = Kinderen hebben hun eigen kijk op de toekomst, en ze voelen veel, ook als ze weinig zeggen. Hier kun je opschrijven wat je kinderen willen en waar ze bang voor zijn, over school en over de toekomst, het liefst in hun eigen woorden. Er is geen juist antwoord, en niets hier beslist voor hen of voor jou. Je mag een vraag overslaan of op elk moment stoppen.
ex-children-view-guide-aim = De eigen kijk van de kinderen een plaats geven in het denken van het gezin: wat ze willen en vrezen, wat school voor hen betekent, en hoe de ouders met hen over de toekomst kunnen praten. Het belang van het kind telt op zich, op elke weg, en de school van de kinderen weegt in veel gezinnen zwaar door in de beslissing.
ex-children-view-guide-introduce = Werk eerst met de ouders, en vraag of en hoe de kinderen kunnen meedoen, op een manier die bij hun leeftijd past. Je kunt zeggen: “Wat zeggen je kinderen over de toekomst? Wat zouden ze graag willen, en wat maakt hen ongerust?” Doen kinderen zelf mee, laat hen dan vrij tekenen of praten, met een ouder erbij, en vraag hen nooit naar de procedure van het gezin of naar de redenen van vertrek.
ex-children-view-guide-avoid = Gebruik kinderen nooit als boodschapper of tolk, vraag hen nooit om hun ouders te overtuigen of de beslissing van het gezin te dragen, en praat niet met een kind over een mogelijke terugkeer voor de ouders hebben afgesproken hoe. Niet in een crisis, en niet met een kind dat overstuur is. Voor een niet-begeleide minderjarige is deze oefening niet de weg: verwijs naar de Dienst Voogdij (FOD Justitie), die een voogd aanstelt.
ex-children-view-which-children = Over welke kinderen gaat het?
ex-children-view-which-children-help = Hun leeftijd is genoeg. Namen zijn niet nodig.
ex-children-view-want = Wat willen je kinderen voor de toekomst?
ex-children-view-fear = Waar zijn je kinderen bang voor?
ex-children-view-school = Wat betekent school voor je kinderen?
ex-children-view-heard = Konden de kinderen dit zelf zeggen?
ex-children-view-heard-yes = Ja, in hun eigen woorden
ex-children-view-heard-partly = Gedeeltelijk
ex-children-view-heard-not-yet = Nog niet
ex-children-view-talk = Hoe zou je met je kinderen over de toekomst kunnen praten?

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

## Mijn re-integratieplan

ex-reintegration-plan-title = Mijn re-integratieplan
ex-reintegration-plan-summary = Voor als je beslist hebt om terug te keren: wat je nodig hebt, wat je al hebt, wie kan helpen, en je eerste maanden stap voor stap.
ex-reintegration-plan-intro = Je hebt beslist om terug te keren, en dit plan is van jou: het helpt je een nieuwe start in je land voor te bereiden. Je schrijft op wat je nodig zult hebben, wat je al hebt en wie kan helpen, daar of hier, en je eerste maanden na aankomst, stap voor stap. Een terugkeerpartner zegt je welke steun voor jou geldt; niets hier is een belofte. Je mag nog van gedachten veranderen. Je mag een vraag overslaan of op elk moment stoppen.
ex-reintegration-plan-guide-aim = Wie beslist heeft om terug te keren, een gedetailleerde, praktische voorbereiding bieden, zoals de studie aanraadt voor wie beslist heeft: noden en hulpbronnen op elk levensdomein (wonen, werk, gezondheid, familie, documenten, de school van de kinderen, welzijn), wie daar of hier kan helpen, de eerste drie maanden na aankomst, en de vragen voor de terugkeerpartner. Het plan is van de persoon, niet van het programma; het bereidt het gesprek met de terugkeerpartner voor, die bevestigt welke steun geldt.
ex-reintegration-plan-guide-introduce = Bied het alleen aan als de persoon zelf voor terugkeer gekozen heeft, en zeg dat die keuze nog kan veranderen: een plan maken sluit de andere wegen niet af. Je kunt zeggen: “Je hebt beslist om terug te gaan. Zullen we bekijken wat je nodig zult hebben, wat je al hebt en wie kan helpen?” Vertrek van de eigen hulpbronnen en vaardigheden van de persoon, voor je het over de steun hebt. Verwijs voor wat geldt naar een terugkeerpartner (een terugkeerloket van Fedasil, IOM of Caritas International); Fedasil beheert het programma voor vrijwillige terugkeer en is niet de Dienst Vreemdelingenzaken (DVZ).
ex-reintegration-plan-guide-avoid = Niet voor wie de wegen nog afweegt, en nooit om een vertrek te versnellen of een beslissing definitief te maken. Beloof geen bedrag en geen steun: alleen een terugkeerpartner kan bevestigen wat geldt. Niet zolang gevaar thuis niet met een juridische adviseur is nagegaan. Twijfelt de persoon, of verandert hij of zij van gedachten, leg het plan dan opzij en ga terug naar de wegen, zonder oordeel.
ex-reintegration-plan-domains = Voor elk domein: wat zul je nodig hebben, wat heb je al, en wie kan helpen?
ex-reintegration-plan-domains-help = Schrijf een paar woorden in elk vakje. Wie kan helpen: mensen of organisaties, daar of hier. Laat een vakje leeg als het niet voor jou geldt, of schrijf een vraag.
ex-reintegration-plan-domains-housing = Een plek om te wonen
ex-reintegration-plan-domains-work = Werk en inkomen
ex-reintegration-plan-domains-health = Gezondheid en geneesmiddelen
ex-reintegration-plan-domains-family = Familie en gemeenschap
ex-reintegration-plan-domains-documents = Documenten
ex-reintegration-plan-domains-children-school = School voor de kinderen
ex-reintegration-plan-domains-wellbeing = Hoe ik me voel, en wie me steunt
ex-reintegration-plan-domains-need = Wat ik nodig heb
ex-reintegration-plan-domains-have = Wat ik al heb
ex-reintegration-plan-domains-who-helps = Wie kan helpen, daar of hier
ex-reintegration-plan-first-months = Wat doe je in je eerste drie maanden na aankomst, stap voor stap?
ex-reintegration-plan-first-months-help = Schrijf de stappen in de volgorde waarin je ze wilt zetten: bijvoorbeeld waar je de eerste nachten slaapt, bij wie je op bezoek gaat, waar je naar werk of school vraagt. Schuif ze omhoog of omlaag tot de volgorde voor jou klopt.
ex-reintegration-plan-partner-questions = Wat wil je de terugkeerpartner vragen?
ex-reintegration-plan-worries = Wat baart je nog zorgen over de terugkeer, en wat zou kunnen helpen?
