# De verwijsgids: de plaatsen waar een consulent cliënten naar doorverwijst (in het kluisscherm),
# zoeken, het formulier, delen met collega’s (importeren en exporteren), de startgids van de
# organisatie, doorverwijzen vanuit een gesprek, de plaatsen onder een trajectkaart, het
# verwijsbriefje (directory-slip-: de knoppen van de consulent; slip-: het briefje zelf, voor de
# cliënt, in de taal van de cliënt — die bestaan ook in het Arabisch), en de teksten van de
# keuzevensters.

directory-open = Verwijsgids
directory-close = Terug naar de cliëntdossiers
directory-heading = Verwijsgids
directory-intro = De plaatsen waar je cliënten naar doorverwijst: juridische hulp, een arts, een terugkeerpartner, een opvang… Alleen plaatsen, nooit de naam van een cliënt. De gids blijft in je kluis.
directory-retry = Opnieuw proberen
directory-loading = Bezig met laden…

## Soorten plaatsen.
directory-kind-legal-aid = Juridische hulp
directory-kind-medical = Medische zorg
directory-kind-return-partner = Terugkeerpartner
directory-kind-social-services = Sociale dienst
directory-kind-shelter = Opvang
directory-kind-psychosocial = Psychosociale hulp
directory-kind-trafficking-support = Hulp voor slachtoffers van mensenhandel
directory-kind-language-classes = Taallessen
directory-kind-school = School

## Velden (in het formulier, en wanneer een waarde of een rij van een bestand geweigerd wordt).
directory-field-name = Naam
directory-field-kind = Soort plaats
directory-field-pathways = Trajecten waarbij de plaats helpt
directory-field-languages = Gesproken talen
directory-field-town = Gemeente
directory-field-address = Adres
directory-field-hours = Openingsuren
directory-field-phone = Telefoon
directory-field-anonymous = Mensen kunnen komen zonder hun naam te geven
directory-field-bring = Wat meebrengen
directory-field-note = Notitie
directory-field-checked-on = Laatst nagekeken

## Zoeken.
directory-search-heading = Een plaats zoeken
directory-search-label = Zoeken
directory-search-hint = Naam, gemeente, adres, telefoon, wat meebrengen of notitie. Hoofdletters en accenten maken niet uit.
directory-filter-pathway = Traject
directory-filter-kind = Soort plaats
directory-filter-any = Alle
directory-filter-language = Gesproken taal
directory-filter-language-hint = Een taalcode, bijvoorbeeld ar, fr of ti.
directory-filter-town = Gemeente
directory-filter-anonymous = Alleen plaatsen waar mensen kunnen komen zonder hun naam te geven
directory-more = Er passen meer plaatsen dan er getoond kunnen worden. Verfijn je zoekopdracht om ze allemaal te zien.
directory-empty-none = Je verwijsgids is leeg. Voeg de plaatsen toe waar je cliënten naar doorverwijst, of importeer het bestand van de gids van een collega.
directory-empty-search = Geen enkele plaats past bij deze zoekopdracht.

## Een plaats in de lijst.
directory-anonymous-badge = Geen naam nodig
directory-outdated = Verouderd — kijk het na: laatst nagekeken op { $date }, meer dan een jaar geleden.
directory-outdated-never = Verouderd — kijk het na: niemand heeft genoteerd dat deze plaats nagekeken werd.
directory-edit = Bewerken
directory-delete = Verwijderen
directory-slip = Verwijsbriefje
directory-delete-title = Deze plaats uit je verwijsgids verwijderen?
directory-delete-warning = Ze verdwijnt uit je verwijsgids. Doorverwijzingen die al in gesprekken genoteerd zijn, blijven zoals ze zijn.
directory-delete-yes = Verwijderen
directory-delete-no = Houden

## Een plaats toevoegen of bewerken.
directory-add = Een plaats toevoegen
directory-form-new-heading = Een plaats toevoegen
directory-form-edit-heading = Een plaats bewerken
directory-form-hint = De verwijsgids bevat plaatsen, nooit namen van cliënten. Schrijf hier niets over een cliënt.
directory-languages-hint = Taalcodes gescheiden door spaties of komma’s, bijvoorbeeld: nl fr ar
directory-note-hint = Voor jou en de collega’s met wie je de gids deelt. Komt nooit op een verwijsbriefje.
directory-checked-hint = Wanneer iemand het laatst nagekeken heeft dat deze gegevens kloppen. Na een jaar wordt de plaats gemarkeerd.
directory-checked-today = Vandaag
directory-save = Bewaren
directory-form-cancel = Annuleren

## Delen met collega’s: importeren en exporteren.
directory-share-heading = Delen met collega’s
directory-share-intro = Importeer het gidsbestand van een collega, of exporteer het jouwe als rekenblad (CSV) of als TOML-bestand. Een import overschrijft nooit een plaats die hier recenter nagekeken werd.
directory-import = Een gidsbestand importeren…
directory-import-checking = Het bestand wordt gelezen…
directory-import-preview-heading = Wat het importeren van { $file } zal doen
directory-import-preview-explain = Er wordt niets bewaard tot je bevestigt. Rijen met een probleem worden overgeslagen; de andere worden geïmporteerd.
directory-import-preview-add = Wordt toegevoegd ({ $count }):
directory-import-preview-change = Wordt bijgewerkt ({ $count }):
directory-import-done-add = Toegevoegd ({ $count }):
directory-import-done-change = Bijgewerkt ({ $count }):
directory-import-same = Hier al hetzelfde, ongemoeid gelaten: { $count }
directory-import-kept = Gelaten zoals ze zijn, omdat ze hier recenter nagekeken werden ({ $count }):
directory-import-kept-line = Regel { $line }: { $name }
directory-import-bad = Overgeslagen rijen ({ $count }):
directory-import-bad-field = Regel { $line }: “{ $field }” ontbreekt of is niet geldig.
directory-import-bad-duplicate = Regel { $line }: dezelfde plaats als regel { $first }.
directory-import-ignored = Overgeslagen kolommen (Avenir kent ze niet): { $columns }
directory-import-nothing = Dit bestand verandert niets aan je verwijsgids.
directory-import-confirm = Importeren
directory-import-cancel = Annuleren
directory-import-done-heading = Het gidsbestand werd geïmporteerd
directory-import-close = Sluiten
directory-export-csv = Exporteren als CSV (rekenblad)…
directory-export-toml = Exporteren als TOML…
directory-exported = De verwijsgids werd bewaard als { $file }:
directory-export-no-clients = Het bestand bevat alleen de plaatsen van je verwijsgids, geen cliëntgegevens.

## De startgids van de organisatie.
directory-offer-heading = De startgids van je organisatie
directory-offer-text = Je organisatie heeft een startgids klaargezet ({ $file }). Wil je die in je verwijsgids importeren?
directory-offer-explain = Dit wordt maar één keer voorgesteld. Zeg je nee, dan kun je het bestand later nog altijd importeren.
directory-offer-import = Importeren
directory-offer-decline = Nee, bedankt

## Doorverwijzen vanuit een gesprek.
directory-refer = Doorverwijzen naar een dienst…
directory-refer-heading = Doorverwijzen naar een dienst
directory-refer-search = Zoeken in de verwijsgids
directory-refer-none = Geen enkele plaats past. Plaatsen voeg je toe in de verwijsgids van het kluisscherm.
directory-refer-cancel = Annuleren
directory-referred-step = Doorverwezen naar { $name } op { $date }
directory-refer-done = De doorverwijzing werd bij de volgende stappen gezet.
directory-refer-open-slip = Verwijsbriefje…

## Onder een trajectkaart.
directory-pathcard-heading = Plaatsen in je verwijsgids voor dit traject

## Het verwijsbriefje: de knoppen van de consulent.
directory-slip-heading = Verwijsbriefje
directory-slip-intro = Voor de cliënt om mee te nemen, in de eigen taal. Het toont alleen de plaats: geen cliëntcode, geen notitie.
directory-slip-language = Taal van het briefje
directory-slip-close = Het briefje sluiten
directory-slip-print = Afdrukken…
directory-slip-save-pdf = Bewaren als pdf…
directory-slip-pdf-warning-title = Het pdf-bestand is niet versleuteld
directory-slip-pdf-warning = Iedereen die deze computer kan gebruiken, kan het pdf-bestand openen en zien waar een cliënt naar doorverwezen werd. Geef het bestand aan de cliënt (op de gsm of een USB-stick) en verwijder het daarna van deze computer.
directory-slip-pdf-where = Kies daarna waar je het bewaart. Een usb-stick is het best. Vermijd Documenten, het Bureaublad en mappen die synchroniseren (Dropbox, Nextcloud, OneDrive): zoekprogramma’s en de cloud houden er hun eigen kopieën van bij.
directory-slip-pdf-confirm = De pdf bewaren
directory-slip-pdf-cancel = Annuleren
directory-slip-pdf-saving = De pdf wordt bewaard…
directory-slip-pdf-saved = De pdf werd hier bewaard:
directory-slip-pdf-saved-reminder = Verwijder hem van deze computer zodra de cliënt hem heeft.

## Het verwijsbriefje zelf, voor de cliënt.
slip-title = Een plaats waar je hulp kunt krijgen
slip-intro = Toon dit papier als je erheen gaat.
slip-address = Adres
slip-hours = Openingsuren
slip-phone = Telefoon
slip-bring = Wat meebrengen
slip-anonymous = Je kunt komen zonder je naam te geven.

## De keuzevensters (gevraagd door de achterkant).
directory-choose-file-title = Kies een gidsbestand om te importeren (CSV of TOML)
directory-choose-save-title = De verwijsgids bewaren
directory-choose-save-accept = Bewaren
