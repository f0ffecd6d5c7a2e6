# De kluis: aanmaken, vergrendelen en ontgrendelen, en de instellingen.

## Welkomstscherm

vault-welcome-intro = Maak eerst een kluis aan: een versleutelde plek op deze computer voor uw werk. Alleen u kunt ze openen, met uw wachtzin.
vault-create-start = Een kluis aanmaken

## Een kluis aanmaken

vault-create-title = Een kluis aanmaken
vault-create-step = Stap { $step } van { $total }
vault-next = Volgende
vault-back = Terug
vault-cancel = Annuleren
vault-create-step1-heading = Voor u begint
vault-create-warning = Uw kluis wordt vergrendeld met een wachtzin, en een herstelsleutel is de enige reservesleutel. Raakt u beide kwijt, dan kan niemand de kluis nog openen — Avenir niet, uw organisatie niet, de IT-dienst niet. Alles wat erin staat, is dan voorgoed verloren.
vault-label-label = Naam van dit profiel
vault-label-hint = Deze naam is voor u, de hulpverlener, bijvoorbeeld “Hulpverlener A”. Gebruik nooit de naam van een cliënt: de naam is zichtbaar voordat de kluis ontgrendeld is.
vault-create-step2-heading = Kies een wachtzin
vault-passphrase-intro = Een wachtzin bestaat uit een paar gewone woorden na elkaar: makkelijk voor u om te onthouden, moeilijk voor een ander om te raden. Avenir kan er een voorstellen.
vault-passphrase-label = Wachtzin
vault-passphrase-repeat-label = Typ de wachtzin nog eens
vault-passphrase-generate = Stel een wachtzin voor
vault-passphrase-generated = Avenir heeft een wachtzin voorgesteld en toont die hieronder voluit. Schrijf ze op of leer ze uit het hoofd voor u verdergaat.
vault-show-passphrase = Wachtzin tonen
vault-hide-passphrase = Wachtzin verbergen
vault-show-recovery = Herstelsleutel tonen
vault-hide-recovery = Herstelsleutel verbergen
vault-strength-label = Sterkte:
vault-strength-none = nog niet gecontroleerd
vault-problem-empty = Typ een wachtzin, of laat Avenir er een voorstellen.
vault-problem-checking = Avenir controleert hoe sterk de wachtzin is…
vault-problem-weak = Deze wachtzin is nog te makkelijk te raden. U kunt verder zodra een goed uitgeruste aanvaller minstens een miljoen miljoen pogingen nodig heeft (en hij minstens 12 tekens telt).
vault-problem-mismatch = De twee wachtzinnen zijn nog niet hetzelfde.
vault-problem-current = Typ uw huidige wachtzin.
vault-create-step3-heading = Uw herstelsleutel
vault-recovery-intro = Als u uw wachtzin vergeet, opent deze herstelsleutel uw kluis. Hij wordt alleen nu getoond, nooit meer.
vault-recovery-key-label = Herstelsleutel
vault-recovery-instructions = Druk hem af of schrijf hem op papier. Bewaar hem op een veilige plek, weg van deze computer — niet in een bestand, op een foto of in een bericht.
vault-recovery-renewed = Dit is een nieuwe herstelsleutel. Gooi een sleutel die u eerder opschreef weg: die werkt niet.
vault-recovery-loading = Uw herstelsleutel wordt voorbereid…
vault-recovery-print = Herstelsleutel afdrukken
vault-recovery-check-heading = Controleer of u hem hebt
vault-recovery-check-intro = Typ deze twee groepen van de herstelsleutel over, zoals ze op uw papier staan.
vault-recovery-check-label = Groep { $number }
vault-create-finish = De kluis aanmaken
vault-create-busy = Uw kluis wordt aangemaakt. Dit kan enkele seconden duren…

## Afgedrukt herstelblad

vault-sheet-title = Avenir — herstelsleutel
vault-sheet-profile = Profiel:
vault-sheet-date = Datum:
vault-sheet-warning = Bewaar dit blad op een veilige plek, weg van de computer. Wie het heeft, kan de kluis openen. Raakt u zowel deze sleutel als de wachtzin kwijt, dan kan niemand de gegevens nog terughalen.

## Sterkte van de wachtzin

strength-level-0 = Zeer zwak
strength-level-1 = Zwak
strength-level-2 = Redelijk
strength-level-3 = Sterk
strength-level-4 = Zeer sterk
strength-feedback-too-short = De wachtzin is te kort. Voeg meer woorden toe.
strength-feedback-common = Ze bevat gangbare woorden of zinnen die makkelijk te raden zijn.
strength-feedback-repeated = Ze herhaalt letters of woorden. Gebruik verschillende woorden.
strength-feedback-add-words = Voeg nog een of twee losse woorden toe: Avenir wil een wachtzin die minstens een miljoen miljoen pogingen vraagt.

## Vergrendelscherm

vault-lock-title = Avenir is vergrendeld
vault-lock-intro = Ontgrendel uw kluis om verder te gaan.
vault-unlock-profile-legend = Profiel van de hulpverlener:
vault-unlock-passphrase-label = Wachtzin
vault-unlock-recovery-label = Herstelsleutel
vault-unlock-use-recovery = In plaats daarvan de herstelsleutel gebruiken
vault-unlock-submit = Ontgrendelen
vault-unlock-busy = Bezig met ontgrendelen…
vault-unlock-wait =
    { $seconds ->
        [one] U kunt het over één seconde opnieuw proberen.
       *[other] U kunt het over { $seconds } seconden opnieuw proberen.
    }
vault-add-profile = Nog een hulpverlenersprofiel toevoegen

## Geopende kluis

vault-home-title = Uw kluis is open
vault-home-profile = Profiel:
vault-lock-button = Nu vergrendelen
vault-lock-shortcuts = Om meteen te vergrendelen, drukt u op Ctrl+Shift+L, of twee keer snel op de Esc-toets. Het scherm wordt meteen zwart.
vault-home-idle-note =
    { $minutes ->
        [one] Avenir vergrendelt ook vanzelf na één minuut zonder activiteit.
       *[other] Avenir vergrendelt ook vanzelf na { $minutes } minuten zonder activiteit.
    }
vault-home-workspace-heading = Cliëntendossiers
vault-settings-heading = Instellingen
vault-idle-heading = Automatisch vergrendelen
vault-idle-label = Vergrendelen na zoveel minuten zonder activiteit
vault-idle-hint = Tussen { $min } en { $max } minuten.
vault-idle-save = Bewaren
vault-idle-saved =
    { $minutes ->
        [one] Bewaard. Avenir vergrendelt nu na één minuut zonder activiteit.
       *[other] Bewaard. Avenir vergrendelt nu na { $minutes } minuten zonder activiteit.
    }
vault-change-heading = De wachtzin wijzigen
vault-change-intro = Uw herstelsleutel blijft dezelfde.
vault-change-current-label = Huidige wachtzin
vault-change-next-label = Nieuwe wachtzin
vault-change-repeat-label = Typ de nieuwe wachtzin nog eens
vault-change-submit = De wachtzin wijzigen
vault-change-busy = De wachtzin wordt gewijzigd. Dit kan enkele seconden duren…
vault-change-done = Uw wachtzin is gewijzigd. Gebruik vanaf nu de nieuwe.

## De levensloop van de kluis (herstel, een nieuwe herstelsleutel, een nieuwe sleutel)

vault-passphrase-rule = Avenir aanvaardt een wachtzin alleen als een goed uitgeruste aanvaller, zoals een staatsdienst, minstens een miljoen miljoen pogingen nodig heeft om hem te vinden — dagen werk op veel computers tegelijk — en als hij minstens 12 tekens telt. De voorgestelde wachtzin van zes willekeurige woorden gaat daar ver boven.
vault-reset-due = U hebt de kluis geopend met de herstelsleutel. Kies nu een nieuwe wachtzin, zodat u de sleutel niet opnieuw nodig hebt.
vault-reset-postpone = Later (één keer)
vault-reset-last = U hebt dit al één keer uitgesteld. Kies nu een nieuwe wachtzin.
vault-rekey-old-backups = De kluis heeft nu een nieuwe sleutel, en de oude herstelsleutel opent ze niet meer. Back-ups van vroeger openen nog met de wachtzin en de herstelsleutel van toen: maak nu een nieuwe back-up, en verwijder de oude zodra die klaar is.
