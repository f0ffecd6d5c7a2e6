# Cliëntdossiers: de lijst, het formulier, het overzicht, de gesprekken en de veilige presentatiemodus.
# Cliëntdossiers zijn gepseudonimiseerd: een code of bijnaam, nooit een echte naam.

## Veilige presentatiemodus

clients-presentation-toggle = Veilige presentatiemodus (F9)
clients-presentation-banner = De veilige presentatiemodus staat aan. Notities, privégegevens en andere cliënten zijn verborgen. Druk op F9 of op de knop om ze weer te tonen.
clients-presentation-empty = In de veilige presentatiemodus wordt niets privé getoond. Zet de modus uit om een cliënt te kiezen.

## Lijst van cliënten

clients-list-heading = Cliënten
clients-new = Nieuwe cliënt
clients-loading = Bezig met laden…
clients-filter-label = Tonen
clients-filter-all = Alle cliënten
clients-filter-due-this-week = Opvolging deze week
clients-filter-not-seen-3-months = Drie maanden niet gezien
clients-filter-due-for-review = Dossier te herzien
clients-sort-label = Sorteren op
clients-sort-code = Code
clients-sort-next-follow-up = Volgende opvolging
clients-sort-last-session = Laatste gesprek
clients-row-last-session = Laatste gesprek: { $date }
clients-row-no-session = Nog geen gesprek
clients-row-next-follow-up = Volgende opvolging: { $date }
clients-row-no-follow-up = Geen opvolging gepland
clients-list-empty = Er zijn nog geen cliëntdossiers. Maak het eerste aan met “Nieuwe cliënt”.
clients-list-empty-filter = Geen enkele cliënt past bij deze keuze.

## Zoeken

clients-search-label = Zoeken in alle cliëntdossiers
clients-search-hint = Typ minstens twee tekens. Avenir zoekt in codes, notities en samenvattingen van gesprekken.
clients-search-results = Zoekresultaten
clients-search-count =
    { $count ->
        [0] Niets gevonden.
        [one] Eén resultaat.
       *[other] { $count } resultaten.
    }
clients-search-field-code = Code
clients-search-field-summary = Samenvatting van het gesprek
clients-search-field-notes = Privénotities bij het gesprek
clients-search-field-client-notes = Notities van het dossier
clients-search-session = Gesprek van { $date }

## Formulier van de cliënt

clients-form-new-heading = Nieuwe cliënt
clients-form-edit-heading = Het cliëntdossier bewerken
clients-privacy-hint = Schrijf nooit een echte naam, identiteitsnummer, adres of telefoonnummer in een cliëntdossier. Een code of bijnaam volstaat.
clients-code-label = Code
clients-code-hint = Een code of bijnaam die u met de persoon afspreekt.
clients-code-suggest = Stel een andere code voor
clients-languages-label = Gesproken talen
clients-languages-hint = Scheid de talen met komma’s, bijvoorbeeld: Arabisch, Frans.
clients-preferred-language-label = Taal van het materiaal voor de persoon
clients-preferred-language-none = Niet gekozen
clients-optional-heading = Optionele gegevens
clients-optional-hint = Vul alleen in wat de persoon graag deelt en wat de begeleiding helpt. Alles in dit deel mag leeg blijven.
clients-country-label = Land van herkomst
clients-arrival-label = Jaar van aankomst in België
clients-household-legend = Gezin
clients-adults-label = Volwassenen
clients-children-label = Kinderen
clients-school-label = Schoolgaande kinderen
clients-residence-label = Verblijfssituatie
clients-residence-hint = Vink elke situatie aan die van toepassing is.
clients-not-recorded = Niet ingevuld
clients-residence-asylum-ongoing = Asielaanvraag loopt
clients-residence-asylum-refused = Asielaanvraag geweigerd
clients-residence-regularisation-pending = Regularisatieaanvraag loopt
clients-residence-order-to-leave = Bevel om het grondgebied te verlaten
clients-residence-never-applied = Nooit een verblijfsvergunning aangevraagd
clients-residence-overstayed-visa = Langer gebleven dan het visum toeliet
clients-residence-medical-pending = Aanvraag medische regularisatie loopt (9ter)
clients-residence-appeal-pending = Beroep loopt
clients-residence-dublin = Dublinprocedure
clients-residence-temporary-protection = Tijdelijke bescherming
clients-residence-other = Een andere situatie
clients-health-label = Gezondheidsproblemen
clients-health-yes = Ja
clients-health-no = Nee
clients-notes-label = Notities
clients-consent-heading = Toestemming
clients-consent-given = De persoon gaat ermee akkoord dat er notities worden bijgehouden
clients-consent-date = Datum van de toestemming
clients-consent-explained = Wat werd uitgelegd
clients-consent-language = Taal waarin het werd uitgelegd
clients-review-label = Herzieningsdatum
clients-review-hint = Ga op deze datum samen met de persoon na of het dossier nog nodig is.
clients-save = Bewaren
clients-saving = Bezig met bewaren…
clients-cancel = Annuleren

## Waarschuwing voor identificerende gegevens

clients-identifier-warning = Een deel van de tekst lijkt op gegevens waarmee iemand herkend kan worden:
clients-identifier-phone = een telefoonnummer
clients-identifier-email = een e-mailadres
clients-identifier-national-number = een rijksregisternummer
clients-identifier-advice = Cliëntdossiers blijven gepseudonimiseerd: kijk de tekst na en verwijder zulke gegevens. U kunt toch bewaren.
clients-identifier-dismiss = Begrepen

## Overzicht van de cliënt

clients-overview-heading = Overzicht
clients-overview-code = Code
clients-back-to-list = Terug naar de lijst
clients-edit = Bewerken
clients-session-new = Nieuw gesprek
clients-delete = Het cliëntdossier verwijderen
clients-facts-heading = Belangrijkste gegevens
clients-fact-languages = Talen
clients-fact-preferred-language = Taal van het materiaal
clients-fact-consent = Toestemming
clients-fact-consent-given = Gegeven op { $date }
clients-follow-up-heading = Volgende opvolging
clients-follow-up-due = Opvolging gepland op { $date }
clients-follow-up-none = Geen opvolging gepland.
clients-steps-heading = Openstaande volgende stappen
clients-steps-empty = Er zijn geen openstaande volgende stappen.
clients-sessions-heading = Gesprekken
clients-sessions-empty = Er zijn nog geen gesprekken.
clients-session-open = Dit gesprek openen
clients-session-minutes = { $minutes } min.
clients-session-pathways = Besproken wegen:
clients-session-no-pathways = Geen weg besproken
clients-decision-mark = Eigen beslissing: { $decision }

## Een cliënt verwijderen

clients-delete-title = Dit cliëntdossier verwijderen?
clients-delete-warning = Alles over deze persoon wordt gewist: het dossier, alle gesprekken, notities en volgende stappen. Dit kan niet worden teruggehaald.
clients-delete-yes = Alles wissen
clients-delete-no = Het dossier houden

## De vier wegen

clients-pathways-heading = Mogelijke wegen
clients-pathways-intro = Er zijn verschillende mogelijke wegen. We kunnen ze samen bekijken, op je eigen tempo.
clients-pathway-legalise = Het verblijf legaliseren
clients-pathway-legalise-about = Zoeken naar een manier om een verblijfsrecht in België te krijgen.
clients-pathway-onward = Verder migreren
clients-pathway-onward-about = De reis voortzetten naar een ander land.
clients-pathway-return = Terugkeer
clients-pathway-return-about = Teruggaan naar het land van herkomst.
clients-pathway-undocumented = Blijven zonder papieren
clients-pathway-undocumented-about = Voorlopig in België blijven zonder verblijfsvergunning.

## Gesprekken

clients-session-new-heading = Nieuw gesprek
clients-session-edit-heading = Gesprek
clients-session-creating = Het gesprek wordt aangemaakt…
clients-session-started = Datum en uur
clients-session-duration = Duur in minuten
clients-session-kind = Soort gesprek
clients-kind-individual = Individueel gesprek
clients-kind-interpreter = Met een tolk
clients-kind-phone = Telefonisch
clients-kind-group = Groepsgesprek
clients-session-pathways-legend = Besproken wegen
clients-decision-label = De eigen beslissing van de persoon (alleen als die ze zelf uitsprak)
clients-decision-hint = Noteer ze alleen als de persoon ze zelf uitspreekt. De laatste beslissing die tot en met een gesprek genoteerd is, geldt in dat gesprek: het re-integratieplan wordt aangeboden zodra dat terugkeer is.
clients-decision-none = Niet gezegd in dit gesprek
clients-decision-open = Weegt opnieuw af
clients-session-summary = Samenvatting
clients-session-summary-hint = Wat werd besproken, in een paar woorden.
clients-session-notes = Privénotities
clients-session-notes-hint = Alleen voor u. Ze zijn verborgen in de veilige presentatiemodus.
clients-next-steps-heading = Volgende stappen
clients-next-step-label = Nieuwe volgende stap
clients-next-step-add = Toevoegen
clients-next-step-done = Gedaan
clients-session-follow-up = Datum van de opvolging
clients-autosave-saved = Bewaard
clients-autosave-saving = Bezig met bewaren…
clients-autosave-failed = Nog niet bewaard:
clients-undo = De laatste wijziging ongedaan maken
clients-session-close = Terug naar het overzicht
