# Werkbladen: de oefeningen van een gesprek, zoals de hulpverlener ze ziet en begeleidt.
# De teksten van de oefeningen zelf staan in exercises.ftl; hier staan de knoppen eromheen.

## Een oefening kiezen in een gesprek

worksheet-section-heading = Oefeningen
worksheet-section-hint = Kies een oefening om samen met de persoon te doorlopen, in de volgorde die u wilt. De antwoorden worden bij dit gesprek bewaard.
worksheet-loading = Bezig met laden…
worksheet-retry = Opnieuw proberen
worksheet-picker-empty = Er is geen oefening beschikbaar.
worksheet-start = Beginnen
worksheet-continue = Verdergaan
worksheet-activity =
    { $sessions ->
        [one] Aan gewerkt in één gesprek, het laatst op { $date }
       *[other] Aan gewerkt in { $sessions } gesprekken, het laatst op { $date }
    }
worksheet-activity-none = Nog niet gedaan
worksheet-private-heading = Alleen voor u
worksheet-private-hint = Uw eigen werkbladen: nooit getoond aan de persoon, en nooit in de veilige presentatiemodus, op het tweede scherm, in een boekje of in een vorming.
worksheet-problems-heading = Sommige oefeningen of infokaarten konden niet gebruikt worden
worksheet-problems-hint = Avenir heeft ze weggelaten; al de rest werkt. Vraag wie de inhoud van uw organisatie beheert om deze bestanden te verbeteren.

## Een geopende oefening

worksheet-language-label = Taal van de oefening
worksheet-close = Terug naar het gesprek
worksheet-close-unsaved = Sommige antwoorden konden nog niet bewaard worden. Ze staan nog op het scherm: probeer opnieuw, of sluit zonder ze te bewaren.
worksheet-close-anyway = Sluiten zonder te bewaren
worksheet-status-saving = Bezig met bewaren…
worksheet-status-saved = Antwoorden bewaard
worksheet-status-failed = Nog niet bewaard:
worksheet-guide = Handleiding voor de hulpverlener
worksheet-guide-aim = Doel
worksheet-guide-introduce = Hoe u de oefening inleidt
worksheet-guide-avoid = Wanneer u ze beter niet gebruikt
worksheet-guide-group = Gebruik in een groep
worksheet-visibility-when-raised = Alleen als de persoon zelf over het onderwerp begint. Een vorming geeft de oefening nooit aan de hele groep: hoogstens als individueel werk op papier, dat iedereen mag overslaan.
worksheet-private-note = Alleen voor u: dit werkblad wordt nooit aan de persoon getoond. Het komt nooit op het tweede scherm, in een boekje of in een vorming, en de veilige presentatiemodus verbergt het.
worksheet-private-hidden = Niets van dit werkblad wordt getoond in de veilige presentatiemodus: het is alleen voor de hulpverlener.
worksheet-visibility-after-return-chosen = Alleen aangeboden als de persoon zelf heeft gezegd dat ze voor terugkeer kiest (de laatste beslissing die tot en met dit gesprek genoteerd is). Een vorming geeft de oefening nooit aan de hele groep: hoogstens als individueel werk op papier.
worksheet-history-toggle = Eerdere antwoorden ({ $count })
worksheet-history-session = Gesprek van { $date }
worksheet-history-empty = Geen antwoord

## Antwoorden

worksheet-text-left =
    { $count ->
        [0] Geen tekens meer over
        [one] Nog één teken over
       *[other] Nog { $count } tekens over
    }
worksheet-remove = Verwijderen
worksheet-scale-clear = Antwoord wissen
worksheet-cell-empty = –
worksheet-list-new = Nieuw punt voor de lijst
worksheet-list-add = Toevoegen
worksheet-list-item = Punt { $n }
worksheet-list-up = Punt { $n } naar boven verplaatsen
worksheet-list-down = Punt { $n } naar beneden verplaatsen
worksheet-list-remove = Punt { $n } verwijderen
worksheet-list-full =
    { $max ->
        [one] De lijst is vol: hoogstens één punt. Verwijder het om een ander toe te voegen.
       *[other] De lijst is vol: hoogstens { $max } punten. Verwijder er een om een ander toe te voegen.
    }
worksheet-timeline-add = Een gebeurtenis toevoegen
worksheet-timeline-empty = Nog geen gebeurtenis. Voeg de eerste toe.
worksheet-timeline-event = Gebeurtenis { $n }
worksheet-timeline-when = Wanneer
worksheet-timeline-what = Wat er gebeurde
worksheet-timeline-tag = Soort
worksheet-timeline-no-tag = Niet aangeduid
worksheet-timeline-up = Gebeurtenis { $n } naar boven verplaatsen
worksheet-timeline-down = Gebeurtenis { $n } naar beneden verplaatsen
worksheet-timeline-remove = Gebeurtenis { $n } verwijderen
worksheet-timeline-full = De tijdlijn is vol: hoogstens { $max } gebeurtenissen.
worksheet-photos-empty = Het fotoalbum van de cliënt bevat nog geen foto’s.
worksheet-photos-choose = Kies hoogstens { $max } foto’s uit het album.
worksheet-photos-photo = Foto { $n }
worksheet-photos-photo-caption = Foto { $n }: { $caption }
worksheet-photos-count =
    { $count ->
        [one] Eén foto gekozen
       *[other] { $count } foto’s gekozen
    }
