## Cursusplannen voor groepssessies (assets/content/plans). De vragen bij een thema verschijnen op de muur.

plan-three-days-title = Driedaagse cursus
plan-three-days-summary = ’s Ochtends informatie, ’s namiddags gesprek, met een middagpauze, tijd voor de tolken en gasten naar keuze; de derde dag, die vooraf aangekondigd wordt, gaat over terugkeer en een volgende stap.
plan-three-days-day-1 = Dag 1: je migratieproject en de vier wegen
plan-three-days-day-2 = Dag 2: het verblijf legaliseren, verder migreren, blijven zonder papieren
plan-three-days-day-3 = Dag 3: terugkeer, en een volgende stap
plan-one-session-title = Eén groepssessie
plan-one-session-summary = Ongeveer drie uur: de vier wegen naast elkaar, en een volgende stap.
plan-one-session-day-1 = De sessie

plan-topic-welcome = Welkom
plan-topic-welcome-prompt = We willen dat deze groep een veilige plek is. Je hoeft je naam niet te zeggen. Wij, de organisatoren, geven nooit door wat je zegt aan de Dienst Vreemdelingenzaken of de politie. Houd wat anderen hier vertellen voor jezelf. Jij beslist wat je deelt.
plan-topic-four-pathways = Vier mogelijke wegen
plan-topic-four-pathways-prompt = Het verblijf legaliseren, verder migreren naar een ander land, terugkeren naar je land van herkomst, blijven zonder papieren. We bekijken ze alle vier, zonder druk. Jij beslist.
plan-topic-what-weighs = Wat weegt door in je keuze?
plan-topic-what-weighs-prompt = Wat is het belangrijkst voor jou en je familie? Waardoor voelt een weg mogelijk, of onmogelijk?
plan-topic-questions = Jouw vragen
plan-topic-questions-prompt = Wat wil je nog weten? Welke vragen stellen we best aan een juridisch adviseur of een andere dienst?
plan-topic-closing = Vooruitkijken
plan-topic-closing-prompt = Wat neem je mee uit deze cursus? Wat kan je volgende kleine stap zijn?

## Gasten (blokken naar keuze in een vorming). De vraag op de muur zegt waarover de gast spreekt.

plan-guest-legal-adviser = Een juridisch adviseur
plan-guest-legal-adviser-prompt = Een juridisch adviseur legt de procedures uit en beantwoordt vragen over rechten en kansen. Je mag een vraag stellen zonder te zeggen dat ze over jou gaat.
plan-guest-return-partner = Een terugkeerpartner
plan-guest-return-partner-prompt = Iemand van een terugkeerorganisatie legt het programma voor vrijwillige terugkeer uit, en de steun die er is. Vragen stellen verplicht je tot niets, en je hoeft je naam niet te geven.
plan-guest-returnee = Iemand die teruggekeerd is
plan-guest-returnee-prompt = Iemand die naar zijn of haar land teruggekeerd is, vertelt het eigen verhaal: wat moeilijk was en wat hielp. Het is de ervaring van één persoon, geen raad. Je mag vragen stellen of gewoon luisteren.
