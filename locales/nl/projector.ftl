# Groepsvormingen, het presentatiescherm en het projectievenster (de muur).
# Een vorming bewaart alleen anonieme gegevens: nooit een naam. De berichten "projector-wall-"
# verschijnen OP DE MUUR, in de talen van de muur; al de rest is voor de begeleider.

## De vormingen

courses-open = Groepsvormingen
courses-close = Terug naar de cliëntendossiers
courses-heading = Groepsvormingen
courses-loading = Bezig met het laden van de vormingen…
courses-retry = Opnieuw proberen
courses-new-heading = Nieuwe vorming op basis van een plan
courses-new-hint = Een plan is een vertrekpunt: Avenir maakt er een kopie van die u vrij kunt aanpassen.
courses-no-plans = Er is geen plan voor een vorming beschikbaar.
courses-plan-days =
    { $days ->
        [one] Eén dag
       *[other] { $days } dagen
    }
courses-new-from-plan = Dit plan gebruiken
courses-list-heading = Uw vormingen
courses-present-free = Presenteren zonder vorming
courses-empty = U hebt nog geen vorming. Begin hierboven met een plan.
courses-no-date = Nog geen datum
courses-participants-count =
    { $count ->
        [one] één deelnemer
       *[other] { $count } deelnemers
    }

## Een vorming bewerken

courses-editor-heading = Vorming
courses-back = Terug naar de vormingen
courses-unsaved = Deze vorming heeft wijzigingen die nog niet bewaard zijn.
courses-leave-anyway = Verlaten zonder te bewaren
courses-anonymous = Een vorming bewaart alleen anonieme gegevens: een datum, een plaats, hoeveel mensen deelnamen en de gebruikte talen. Schrijf hier nooit namen.
courses-title-label = Titel
courses-date-label = Datum
courses-place-label = Plaats
courses-place-hint = Een plaatsaanduiding zoals “Antwerpen, zaal 2” (hoogstens 60 tekens). Geen namen van mensen.
courses-participants-label = Aantal deelnemers
courses-participants-hint = Alleen een getal; laat het leeg als u het nog niet weet.
courses-languages-label = Talen in de groep
courses-languages-other-label = Andere talen
courses-languages-other-hint = Taalcodes, gescheiden door komma's, bijvoorbeeld: ti, ps, ru.
courses-order-heading = Verloop
courses-order-hint = Elke dag is een reeks blokken. Uw notities bij een blok zijn alleen voor u: ze verschijnen nooit op de muur.
courses-day = Dag { $day }
courses-day-total = { $minutes } minuten in totaal
courses-day-add = Een dag toevoegen
courses-day-remove = Deze dag verwijderen
courses-kind-information = Informatie
courses-kind-exercise = Oefening
courses-kind-discussion = Gesprek
courses-kind-break = Pauze
courses-kind-lunch = Lunch
courses-kind-interpreting = Tijd voor de tolken
courses-kind-guest = Gast
courses-kind-individual = Alleen, op papier
courses-individual-hint = Niet verplicht: wie wil, werkt alleen en in stilte op papier. Niemand deelt wat hij of zij schreef, en er wordt niets opgehaald of bewaard.
courses-minutes = { $minutes } min
courses-block-kind = Soort
courses-block-content = Inhoud
courses-block-cards = Infokaarten over de wegen
courses-block-topics = Thema's
courses-block-minutes = Minuten
courses-block-note = Uw notitie
courses-block-note-hint = Alleen voor u; nooit op de muur.
courses-block-up = Naar boven
courses-block-down = Naar beneden
courses-block-remove = Verwijderen
courses-block-add = Een blok toevoegen
courses-invalid-title = Geef de vorming een titel (hoogstens 100 tekens).
courses-invalid-participants = Het aantal deelnemers moet een geheel getal van 1 tot 200 zijn, of leeg.
courses-invalid-languages = Gebruik taalcodes zoals “nl” of “ti”, gescheiden door komma's (hoogstens 12 talen).
courses-save = Bewaren
courses-present = Presenteren
courses-state-unsaved = Wijzigingen nog niet bewaard
courses-state-saved = Bewaard
courses-delete = De vorming verwijderen
courses-delete-title = Deze vorming verwijderen?
courses-delete-warning = “{ $title }” en het verloop ervan worden uit de kluis gewist. Dit kan niet ongedaan worden gemaakt.
courses-delete-confirm = Verwijderen
courses-delete-cancel = De vorming houden

## Presenteren

presenter-eyebrow = Presenteren
presenter-title-single = Een oefening, een infokaart of een thema tonen
presenter-close = Stoppen met presenteren
presenter-blackout = De muur op zwart zetten (B)
presenter-blackout-on = De muur is zwart: opnieuw tonen (B)
presenter-dark = De muur is zwart. Wat u hier ziet, wordt pas getoond als u het zwarte beeld opheft.
presenter-languages = Talen op de muur
presenter-language-1 = Eerste taal
presenter-language-2 = Tweede taal, ernaast
presenter-language-none = Geen
presenter-order = Verloop
presenter-track-label = Welk deel van de kaart
presenter-block-missing = Deze inhoud is niet beschikbaar: de muur blijft leeg voor dit blok.
presenter-single-label = Wat u wilt tonen
presenter-single-none = Kies…
presenter-single-exercises = Oefeningen
presenter-single-cards = Infokaarten over de wegen
presenter-single-topics = Thema's
presenter-single-explorer = Steunverkenner
presenter-single-explorer-general = Wat er op elke weg bestaat (algemeen, zonder bedragen)
presenter-single-show = Tonen
presenter-current = Nu op de muur
presenter-position = Dia { $n } van { $total }
presenter-nothing = Nog niets gekozen.
presenter-loading = Bezig met laden…
presenter-prev = Vorige
presenter-next = Volgende
presenter-keys = Toetsen: Page Down of de pijl naar rechts voor de volgende dia, Page Up of de pijl naar links voor de vorige, B om op zwart te zetten.
presenter-timer-left = Resterende tijd
presenter-timer-over = Tijd overschreden
presenter-timer-spent = Verstreken tijd
presenter-timer-pause = Pauzeren
presenter-timer-resume = Hervatten
presenter-timer-reset = Opnieuw starten
presenter-note = Uw notitie
presenter-next-heading = Hierna
presenter-end = Einde van het verloop.
presenter-show-pathways = De vier wegen tonen
presenter-answers-heading = Wat de groep zegt
presenter-answers-hint = Typ wat de groep zegt, zonder namen. Deze regels blijven alleen bestaan zolang dit scherm open is: ze worden nooit bewaard.
presenter-answers-input = Een regel van de groep
presenter-answers-add = Toevoegen
presenter-answers-remove = Verwijderen
presenter-answers-show = Op de muur tonen
presenter-answers-clear = Alles wissen
presenter-second-screen = Tweede scherm
presenter-show-on-second-screen = Op het tweede scherm tonen
presenter-stop-second-screen = Niet meer tonen

## Het projectievenster

projector-monitor-label = Scherm voor de muur
projector-monitor-automatic = Automatisch (een tweede scherm)
projector-monitor-option = { $name } ({ $width } × { $height })
projector-monitor-primary = { $name } ({ $width } × { $height }, dit scherm)
projector-open = Op de muur openen
projector-close = De muur sluiten
projector-status-open = De muur is open op { $monitor }.
projector-status-closed = De muur is gesloten.

## Op de muur

projector-wall-break = Pauze
projector-wall-group = Wat de groep zegt
projector-wall-lunch = Lunchpauze
projector-wall-interpreting = Tijd voor de tolken. Vraag gerust om iets nog eens uit te leggen.
projector-wall-individual = Tijd om alleen te werken. Schrijf of teken op het blad. Niemand hoeft te tonen of te zeggen wat er staat.
projector-wall-guest = Er is een gast bij ons. Vragen stellen mag, alleen luisteren ook. Een naam geven hoeft niet.
