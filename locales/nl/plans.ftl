## Cursusplannen voor groepssessies (assets/content/plans). De vragen bij een thema verschijnen op de muur.

plan-three-days-title = Driedaagse cursus
plan-three-days-summary = ’s Ochtends informatie, ’s namiddags gesprek; de derde dag gaat over terugkeer en een volgende stap.
plan-three-days-day-1 = Dag 1: je migratieproject en de vier wegen
plan-three-days-day-2 = Dag 2: verblijf regulariseren, verder migreren, zonder papieren blijven
plan-three-days-day-3 = Dag 3: terugkeer, en een volgende stap
plan-one-session-title = Eén groepssessie
plan-one-session-summary = Ongeveer drie uur: de vier wegen naast elkaar, en een volgende stap.
plan-one-session-day-1 = De sessie

plan-topic-welcome = Welkom
plan-topic-welcome-prompt = Deze groep is een veilige plek. Je hoeft je naam niet te zeggen. Niets wat je hier zegt, gaat naar de overheid. Jij beslist wat je deelt.
plan-topic-four-pathways = Vier mogelijke wegen
plan-topic-four-pathways-prompt = Je verblijf regulariseren, verder migreren naar een ander land, terugkeren naar je land van herkomst, zonder papieren blijven. We bekijken ze alle vier, zonder druk. Jij beslist.
plan-topic-what-weighs = Wat weegt door in je keuze?
plan-topic-what-weighs-prompt = Wat is het belangrijkst voor jou en je familie? Waardoor voelt een weg mogelijk, of onmogelijk?
plan-topic-questions = Jouw vragen
plan-topic-questions-prompt = Wat wil je nog weten? Welke vragen stellen we best aan een juridisch adviseur of een andere dienst?
plan-topic-closing = Vooruitkijken
plan-topic-closing-prompt = Wat neem je mee uit deze cursus? Wat kan je volgende kleine stap zijn?
