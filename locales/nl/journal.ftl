# Het beslissingsdagboek (waar de persoon zich bij elk gesprek plaatst op elke weg, en de grafieken
# daarvan) en de informatiekaarten over de wegen.
# Het zijn de eigen plaatsingen van de persoon: nooit een score, nooit een oordeel.

## Het beslissingsdagboek in een gesprek

journal-heading = Beslissingsdagboek
journal-editor-heading = Waar sta je vandaag?
journal-editor-intro = Vraag de persoon waar die vandaag staat tegenover elke weg. Het zijn de eigen plaatsingen van de persoon, in eigen woorden — geen score en geen test, en ze beslissen niets. Elke vraag mag open blijven.
journal-possible-question = In hoeverre lijkt deze weg je mogelijk?
journal-possible-low = helemaal niet mogelijk
journal-possible-high = heel goed mogelijk
journal-wanted-question = Hoe graag zou je deze weg kiezen?
journal-wanted-low = helemaal niet
journal-wanted-high = heel graag
# Een uiteinde van een schaal: het getal en wat het betekent, bv. "0: helemaal niet".
journal-scale-end = { $value }: { $label }
journal-clear = Open laten
journal-why-label = Een woordje uitleg, in de eigen woorden van de persoon (niet verplicht)
journal-last-time = Vorige keer ({ $date }):
journal-last-possible = mogelijk: { $value }
journal-last-wanted = gewenst: { $value }
journal-last-none = In een vorig gesprek werd niets over deze weg gezegd.
journal-not-said = niet gezegd
journal-loading = Het dagboek wordt geladen…
journal-status-idle = Elk antwoord wordt bewaard zodra het gegeven is.
journal-status-saving = Bezig met bewaren…
journal-status-saved = Bewaard
journal-status-failed = Nog niet bewaard:
journal-retry = Opnieuw proberen

## Het beslissingsdagboek doorheen de tijd (overzicht van de persoon)

journal-view-intro = Waar de persoon zich bij elk gesprek plaatste op elke weg. Het zijn de eigen plaatsingen van de persoon — geen score — en niets hier beslist in de plaats van de persoon.
journal-empty = Nog niets geplaatst. De grafiek verschijnt zodra de persoon zich in een gesprek op een weg heeft geplaatst.
journal-chart-title = Hoe mogelijk elke weg lijkt en hoe graag de persoon hem wil, gesprek na gesprek
journal-chart-desc = Vier kleine grafieken, één per weg, over { $sessions ->
        [one] één gesprek
       *[other] { $sessions } gesprekken
    }, het oudste eerst. Elke grafiek gaat van 0 tot 10. Volle lijn met rondjes: hoe mogelijk de weg lijkt. Stippellijn met vierkantjes: hoe graag de persoon hem wil. Een onderbreking in een lijn betekent dat er in dat gesprek niets over gezegd werd.
journal-legend-possible = Hoe mogelijk het lijkt (volle lijn, rondjes)
journal-legend-wanted = Hoe graag de persoon hem zou kiezen (stippellijn, vierkantjes)
journal-legend-scale = Van 0 (onderaan) tot { $max } (bovenaan)
journal-table-caption = { $pathway }: plaatsingen per gesprek
journal-table-session = Gesprek
journal-table-possible = Hoe mogelijk
journal-table-wanted = Hoe graag
journal-heatmap-title = { $exercise }: { $question }
journal-heatmap-when = Zoals beantwoord in het gesprek van { $date }.
journal-heatmap-desc = Een rooster van { $rows } rijen en { $columns } kolommen. Elk vak bevat het getal dat de persoon koos, van 0 (licht) tot 10 (donker). Een gearceerd vak met een streepje werd niet beantwoord.
journal-heatmap-end = { $value }: { $label }
journal-heatmap-empty-cell = niet beantwoord
journal-why-heading = Woorden van uitleg
journal-why-pathway = { $pathway }:

## Informatiekaarten over de wegen

pathcard-heading = Informatie over de wegen
pathcard-intro = Eenvoudige informatie over elke weg, om samen te lezen op het tempo van de persoon. Open een kaart om ze te lezen.
pathcard-loading = De kaarten worden geladen…
pathcard-none = Er zijn geen informatiekaarten beschikbaar.
pathcard-tracks = Hoeveel wil je lezen?
pathcard-track-overview = Overzicht — als je nog aan het nadenken bent
pathcard-track-details = Details — als je beslist hebt
pathcard-checked = Gegevens nagekeken op { $date }
pathcard-sources = Bronnen:
# Een bron en haar jaar, bv. "Studie KU Leuven (2016)".
pathcard-source = { $source } ({ $year })
pathcard-outdated-label = Mogelijk verouderd.
pathcard-outdated = Deze gegevens werden meer dan een jaar geleden voor het laatst nagekeken. Regels en bedragen veranderen: kijk ze na voor je erop rekent.
pathcard-confirm = Dit is algemene informatie, geen advies over je eigen situatie. Laat ze altijd bevestigen door een juridisch adviseur of, voor terugkeer, door een terugkeerpartner.
pathcard-close = De kaart sluiten
