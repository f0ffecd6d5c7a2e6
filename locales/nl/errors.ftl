# Foutmeldingen voor de hulpverlener.
error-internal = Er ging iets mis in Avenir. Niets van wat u vastlegde, is gewijzigd.
error-unknown-locale = De taal “{ $locale }” is niet beschikbaar in Avenir.
error-preferences-unreadable = Avenir kon zijn instellingenbestand niet lezen en gebruikt de standaardinstellingen.
error-preferences-unwritable = Avenir kon zijn instellingen niet bewaren. Controleer of de schijf niet vol of alleen-lezen is.
error-weak-passphrase = Deze wachtzin is te makkelijk te raden. Avenir aanvaardt een wachtzin alleen als een goed uitgeruste aanvaller minstens een miljoen miljoen (10¹²) pogingen nodig heeft om hem te vinden, en als hij minstens 12 tekens telt. Vijf of zes losse woorden volstaan; of laat Avenir er een voorstellen.
error-recovery-check-failed = De groepen die u typte, komen niet overeen met de herstelsleutel. Vergelijk ze met de sleutel en probeer opnieuw.
error-no-creation-pending = Het aanmaken van de kluis werd onderbroken. Begin opnieuw; er werd niets bewaard.
error-label-invalid = Geef het profiel een korte naam van 1 tot 60 tekens, zoals “Hulpverlener A” — nooit de naam van een cliënt.
error-label-taken = Er bestaat al een profiel met deze naam op deze computer. Kies een andere naam.
error-wrong-secret = Deze wachtzin of herstelsleutel opent de kluis niet.
error-vault-damaged = De kluis is beschadigd en kan niet geopend worden. Er werd niets gewijzigd. Zet ze terug vanuit een back-up.
error-vault-newer = Deze kluis werd geschreven door een nieuwere versie van Avenir. Werk Avenir bij om ze te openen; de kluis werd niet gewijzigd.
error-vault-in-use = Deze kluis is al open in een ander Avenir-venster op deze computer.
error-vault-missing = De kluis van dit profiel is niet te vinden op deze computer.
error-locked = Avenir is vergrendeld. Ontgrendel om verder te gaan.
error-idle-minutes = Kies een automatische vergrendeling tussen { $min } en { $max } minuten.
error-vault-io = Avenir kon de kluis niet lezen of schrijven. Controleer of de schijf niet vol of alleen-lezen is. Er ging niets verloren.
error-code-taken = Een andere cliënt heeft deze code al. Kies een andere, of laat Avenir er een voorstellen.
error-code-invalid = Geef de cliënt een code of bijnaam van 1 tot 32 tekens — nooit de echte naam.
error-field-invalid = Deze waarde kan niet bewaard worden ({ $field }). Controleer ze en probeer opnieuw; verder werd niets gewijzigd.
error-client-missing = Dit cliëntdossier bestaat niet meer. Het werd misschien verwijderd.

## Inhoudsbestanden (oefeningen en infokaarten over de pistes) die niet bruikbaar zijn, en antwoorden die niet bewaard kunnen worden.
## $file is de bestandsnaam van de definitie, $field de plaats in het bestand (bv. fields[2].options).
error-content-schema = { $file } is geschreven voor versie { $version } van het inhoudsschema, die deze Avenir niet kent. Het bestand werd weggelaten.
error-content-syntax = { $file } kan niet gelezen worden ({ $field }): { $detail }. Het bestand werd weggelaten.
error-content-bad-id = { $file }, { $field }: “{ $value }” is geen geldige id (kleine letters, cijfers en koppeltekens, hoogstens 40). Het bestand werd weggelaten.
error-content-id-file = { $file }, { $field }: de id “{ $value }” moet gelijk zijn aan de bestandsnaam. Het bestand werd weggelaten.
error-content-duplicate = { $file }, { $field }: “{ $value }” komt twee keer voor. Het bestand werd weggelaten.
error-content-not-for-kind = { $file }, { $field }: { $property } kan niet gebruikt worden bij de soort { $kind }. Het bestand werd weggelaten.
error-content-missing = { $file }, { $field }: { $property } ontbreekt. Het bestand werd weggelaten.
error-content-range = { $file }, { $field }: moet tussen { $min } en { $max } liggen. Het bestand werd weggelaten.
error-content-unknown = { $file }, { $field }: “{ $value }” is hier niet toegelaten. Het bestand werd weggelaten.
error-content-date = { $file }, { $field }: “{ $value }” is geen datum (schrijf JJJJ-MM-DD). Het bestand werd weggelaten.
error-content-no-text = { $file }: de tekst { $field } ontbreekt in de taal “{ $locale }”. Avenir toont in de plaats de Engelse tekst of de id.
error-answer-invalid = Dit antwoord past niet bij de vraag. Het werd niet bewaard; wat je typte, staat er nog.
error-answer-too-long = Dit antwoord is langer dan { $max } tekens en werd niet bewaard. Maak het korter; wat je typte, staat er nog.
error-answer-too-many = Dit antwoord heeft meer dan { $max } items en werd niet bewaard. Verwijder er enkele; verder werd niets gewijzigd.
error-exercise-missing = Deze oefening is niet beschikbaar (de definitie werd misschien verwijderd of is beschadigd).
error-exercise-not-chosen = Dit werkblad is voor mensen die voor terugkeer gekozen hebben. Noteer eerst de eigen beslissing van de persoon in dit gesprek (of een eerder gesprek).

## Foto’s en het boekje.
error-photo-empty = Dit bestand is leeg. Er werd niets geïmporteerd.
error-photo-too-large = Dit bestand is groter dan { $max_mb } MB en werd niet geïmporteerd. Gebruik een kleinere kopie van de foto.
error-photo-too-many-pixels = Deze afbeelding is te groot (meer dan { $max_megapixels } megapixels) en werd niet geïmporteerd.
error-photo-heic = HEIC-foto’s (van iPhones) kan Avenir nog niet lezen. Bewaar de foto eerst als JPEG op de telefoon of computer en importeer hem dan.
error-photo-unsupported = Dit bestand is geen foto die Avenir kan lezen. Gebruik JPEG, PNG of WebP.
error-photo-corrupt = Deze foto is beschadigd of onvolledig en werd niet geïmporteerd. Probeer een andere kopie.
error-booklet-file-name = Deze bestandsnaam kan niet gebruikt worden. Gebruik letters, cijfers en koppeltekens, eindigend op .pdf.
error-booklet-folder = Avenir vond de documentenmap niet of kon er niet in schrijven om het boekje te bewaren. Er werd niets bewaard.
error-booklet-print-failed = Het boekje kon niet als pdf bewaard worden. Er werd niets bewaard; probeer het af te drukken.

## Groepscursussen en de projector.
error-course-invalid = Deze cursus kan niet bewaard worden: { $field } is niet geldig. Controleer het; er werd niets gewijzigd.
error-projector-no-display = Er werd geen scherm gevonden voor het projectorvenster.
error-projector-failed = Het projectorvenster kon niet geopend worden. Controleer het scherm en probeer opnieuw.
error-client-unknown = Geen enkele cliënt heeft de code “{ $code }” in deze kluis.
error-file-unreadable = Het bestand “{ $file }” kan niet worden gelezen. Er is niets gewijzigd.
error-backup-not-a-backup = Dit bestand is geen back-up van Avenir. Er is niets gewijzigd.
error-backup-damaged = Deze back-up is beschadigd of onvolledig en kan niet worden gebruikt. Er is niets gewijzigd; gebruik een andere back-up.
error-backup-newer = Deze back-up is gemaakt met een nieuwere versie van Avenir. Werk Avenir bij om hem terug te zetten; het bestand is niet gewijzigd.
error-backup-check-failed = De back-up doorstond de proef-terugzetting niet en telt dus niet mee. Eerdere back-ups zijn bewaard.
error-backup-folder-missing = De back-upmap “{ $folder }” is er niet. Steek de USB-stick in of maak verbinding met de gedeelde map, of kies een andere map. Eerdere back-ups zijn niet aangeraakt.
error-backup-folder-read-only = Avenir mag niet schrijven in de back-upmap “{ $folder }”. Kies een andere map. Eerdere back-ups zijn niet aangeraakt.
error-backup-disk-full = Er is geen ruimte meer voor de back-up in “{ $folder }”. Maak ruimte vrij of kies een andere map. Eerdere back-ups zijn niet aangeraakt.
error-backup-write-failed = De back-up kon niet worden geschreven naar “{ $file }”. Eerdere back-ups zijn niet aangeraakt.
error-backup-unreadable = Het bestand “{ $file }” kan niet worden gelezen. Er is niets gewijzigd.
error-backup-cancelled = De back-up is gestopt omdat Avenir vergrendeld werd. Eerdere back-ups zijn niet aangeraakt.
error-chooser-failed = Het venster om een map of bestand te kiezen kon niet openen. Er is niets gewijzigd.

## De levensloop van de kluis: grenzen van de sleutelafleiding, herstel, nieuwe sleutel.
error-kdf-memory = Deze kluis vraagt { $asked } MiB geheugen om te ontgrendelen; Avenir staat nooit meer dan { $max } MiB toe. Haar header is beschadigd of niet door Avenir geschreven. Er werd niets gewijzigd; zet de kluis terug vanuit een back-up.
error-passphrase-needed = Voor deze stap is de wachtzin nodig waarmee de kluis voortaan opent. Kies met de herstelsleutel ook een nieuwe wachtzin.
error-rekey-pending = Het vervangen van de sleutel van de kluis werd onderbroken. Open de kluis één keer (ontgrendel ze in Avenir, of voer een ander avenir-cli-commando uit) om het af te werken, en controleer ze dan opnieuw.
error-reset-not-postponable = U hebt het kiezen van een nieuwe wachtzin al één keer uitgesteld. Kies ze nu.

## Een cliënt overdragen aan een collega (overdrachtsbestanden).
error-handover-id-invalid = Dit is geen volledige overdrachts-id van Avenir. Vraag je collega de hele regel, die begint met “avenir-handover-1:”.
error-handover-fingerprint-mismatch = De vingerafdruk past niet bij deze overdrachts-id. Vergelijk hem opnieuw met je collega, ter plaatse of aan de telefoon. Er is niets bewaard.
error-handover-own-id = Dit is je eigen overdrachts-id. Voeg de id van je collega toe.
error-handover-contact-taken = Een contact heeft deze naam of deze overdrachts-id al.
error-handover-contact-name-invalid = Geef het contact een naam van 1 tot 80 tekens.
error-handover-contact-unknown = Je hebt geen contact met de naam “{ $name }”.
error-case-not-a-case = Dit bestand is geen overdrachtsbestand van Avenir. Er is niets gewijzigd.
error-case-damaged = Dit overdrachtsbestand is beschadigd of onvolledig (bijvoorbeeld niet helemaal gekopieerd). Er is niets gewijzigd; vraag je collega het bestand opnieuw.
error-case-newer = Dit overdrachtsbestand is gemaakt met een nieuwere versie van Avenir. Werk Avenir bij om het te ontvangen; er is niets gewijzigd.
error-case-not-for-you = Dit overdrachtsbestand is aan iemand anders overgedragen: dit profiel kan het niet openen. Er is niets gewijzigd.
error-case-bad-signature = Dit overdrachtsbestand is gewijzigd nadat het ondertekend werd. Gebruik het niet; er is niets gewijzigd. Vraag je collega het bestand opnieuw.
error-case-unknown-sender = De afzender van dit overdrachtsbestand is geen van je contacten. Controleer de vingerafdruk van de afzender, { $fingerprint }, met je collega, voeg haar toe als contact en ontvang het bestand opnieuw. Er is niets gewijzigd.
error-case-already-here = Het dossier van deze persoon staat al in je kluis, als “{ $code }”. Er is niets toegevoegd.
error-case-not-awaiting = Geen overdracht van dit dossier wacht op een ontvangstcode.
error-case-wrong-receipt = Dit is niet de ontvangstcode van deze overdracht. Controleer hem met je collega; het dossier is niet gewist.
error-case-too-large = Dit overdrachtsbestand is groter dan Avenir aanvaardt. Er is niets gewijzigd.
error-case-write-failed = Het overdrachtsbestand kon niet worden geschreven naar “{ $file }”. Kies een andere plaats; niets is als overgedragen gemarkeerd.
error-case-unreadable = Het bestand “{ $file }” kan niet worden gelezen. Er is niets gewijzigd.

## De verwijsgids.
error-directory-taken = De verwijsgids heeft al een plaats met deze naam in deze gemeente.
error-directory-missing = Deze plaats staat niet meer in de verwijsgids.
error-directory-file-empty = Dit bestand is leeg: er is niets in te lezen.
error-directory-file-not-text = Dit bestand is geen CSV- of TOML-tekstbestand (misschien een rekenblad in een ander formaat). Bewaar het als CSV (UTF-8) en probeer opnieuw; er is niets gewijzigd.
error-directory-file-too-large = Dit bestand is groter dan wat Avenir voor een verwijsgids inleest. Er is niets gewijzigd.
error-directory-file-too-many-rows = Dit bestand heeft meer dan { $max } rijen. Splits het en lees de delen afzonderlijk in; er is niets gewijzigd.
error-directory-file-missing-column = Dit bestand heeft geen kolom “{ $column }”. De eerste rij moet de kolommen benoemen (zie het sjabloon); er is niets gewijzigd.
error-directory-file-syntax = Dit bestand kan niet gelezen worden rond regel { $line }. Er is niets gewijzigd.
error-directory-file-unknown-format = Avenir leest een verwijsgids in uit een .csv- of een .toml-bestand.
