# Een cliëntdossier overdragen aan een collega: de overdrachtskaart van het kluisscherm (je
# overdrachts-id, je contacten, een overdrachtsbestand ontvangen, de escrow-ontvanger van de
# organisatie), het overdrachtsvenster en de markering in het overzicht van een cliënt, en de
# teksten van de keuzevensters.

handover-heading = Cliëntdossiers overdragen
handover-intro = Je kunt het dossier van een cliënt doorgeven aan een collega die ook Avenir gebruikt, als één versleuteld en ondertekend overdrachtsbestand dat je persoonlijk overhandigt (bijvoorbeeld op een USB-stick). Alleen de collega voor wie het bestemd is, kan het openen.
handover-fingerprint = Vingerafdruk

## Je overdrachts-id.
handover-my-id-heading = Je overdrachts-id
handover-show-id = Toon mijn overdrachts-id
handover-my-id-label = Je overdrachts-id (één regel)
handover-my-fingerprint-label = Je vingerafdruk:
handover-my-id-explain = Geef de hele regel aan je collega. Vergelijk daarna samen de vingerafdruk, ter plaatse of aan de telefoon.

## Je contacten.
handover-contacts-heading = Je contacten
handover-contacts-none = Je hebt nog geen contacten toegevoegd.
handover-contact-remove = Verwijderen
handover-contact-remove-label = { $name } verwijderen
handover-remove-title = Dit contact verwijderen?
handover-remove-warning = Je kunt haar dan geen cliëntdossiers meer overdragen en haar overdrachtsbestanden niet meer ontvangen, tot je haar opnieuw toevoegt.
handover-remove-yes = Verwijderen
handover-remove-no = Behouden
handover-add-heading = Een contact toevoegen
handover-add-explain = Voeg een collega pas toe nadat je de vingerafdruk met haar hebt vergeleken, ter plaatse of aan de telefoon: zo weet je dat de overdrachts-id echt van haar is.
handover-contact-name-label = Naam
handover-contact-name-hint = Zo zie je haar in Avenir, bijvoorbeeld “Bea, kantoor Gent”.
handover-contact-id-label = Haar overdrachts-id
handover-contact-fingerprint-label = De vingerafdruk die ze je voorleest
handover-contact-add = Contact toevoegen
handover-contact-added = { $name } is toegevoegd aan je contacten.

## Een cliëntdossier ontvangen.
handover-receive-heading = Een cliëntdossier ontvangen
handover-receive-explain = Kies het overdrachtsbestand dat je van een collega kreeg. Je ziet wat erin zit voordat er iets wordt toegevoegd.
handover-receive = Een cliëntdossier ontvangen…
handover-checking = Het overdrachtsbestand wordt gecontroleerd…
handover-preview-heading = Wat dit overdrachtsbestand bevat
handover-preview-sender = Van
handover-preview-created = Gemaakt op
handover-preview-code = Code van de cliënt
handover-preview-code-here = De code { $code } wordt al gebruikt in je kluis: deze cliënt wordt toegevoegd als { $here }.
handover-preview-sessions = Gesprekken
handover-preview-photos = Foto’s
handover-preview-journal = Plaatsingen in het beslissingsdagboek
handover-preview-album = Albumpagina’s
handover-preview-copy = Een kopie: je collega behoudt het dossier van de cliënt ook.
handover-preview-transfer = Een overdracht: het dossier van je collega wordt gewist zodra ze de ontvangstcode intypt die jij haar voorleest.
handover-import-confirm = Deze cliënt toevoegen
handover-import-cancel = Annuleren
handover-received-heading = De cliënt is aan je kluis toegevoegd als { $code }.
handover-receipt-label = Ontvangstcode:
handover-receipt-explain = Lees deze code voor aan je collega: bij een overdracht wordt haar dossier pas gewist wanneer ze de code intypt.
handover-open-client = Het cliëntdossier openen
handover-received-done = Klaar

## De escrow-ontvanger van de organisatie.
handover-escrow-heading = Escrow-ontvanger van de organisatie
handover-escrow-explain = Als je organisatie je een escrow-id gaf, wordt elk overdrachtsbestand ook voor die escrow-ontvanger versleuteld, zodat de organisatie het kan openen als het nodig is. Stel hem alleen in zoals je organisatie het vraagt.
handover-escrow-current-label = Escrow-ontvanger:
handover-escrow-none = geen
handover-escrow-id-label = Escrow-id
handover-escrow-fingerprint-label = Zijn vingerafdruk
handover-escrow-set = De escrow-ontvanger instellen
handover-escrow-clear = De escrow-ontvanger verwijderen

## Een cliënt overdragen, vanuit het overzicht van de cliënt.
handover-open = Overdragen…
handover-dialog-title = Dit cliëntdossier overdragen
handover-dialog-intro = Avenir maakt één versleuteld overdrachtsbestand dat alleen de collega die je kiest kan openen. Daarna kies je waar je het bewaart, bijvoorbeeld op een USB-stick, en geef je het haar persoonlijk.
handover-loading = Je contacten worden geladen…
handover-no-contacts = Je hebt nog geen contacten toegevoegd. Voeg er eerst een toe bij “Cliëntdossiers overdragen”, onder Instellingen verderop op dit scherm.
handover-mode-legend = Kopie of overdracht?
handover-mode-copy = Kopie
handover-mode-copy-explain = Je houdt het dossier, gemarkeerd als gedeeld met je collega.
handover-mode-transfer = Overdracht
handover-mode-transfer-explain = Het dossier blijft hier, gemarkeerd als “overgedragen”, tot je de ontvangstcode van je collega intypt; dan wordt het hier gewist.
handover-to-label = Contact
handover-send = Het overdrachtsbestand bewaren…
handover-dialog-cancel = Annuleren
handover-sent = Het overdrachtsbestand is bewaard als { $file }. Geef het persoonlijk aan { $contact }.

## De markering van de laatste overdracht, in het overzicht van de cliënt.
handover-mark-copy = Gedeeld met { $contact } op { $date }.
handover-mark-transfer = Overgedragen aan { $contact } op { $date } — wacht op de ontvangstcode.
handover-mark-transfer-explain = Wanneer je collega de cliënt heeft toegevoegd, toont haar Avenir een ontvangstcode. Typ de code die ze je voorleest: pas dan wordt het dossier hier gewist.
handover-receipt-input-label = Ontvangstcode van je collega
handover-receipt-confirm = Bevestigen en hier wissen
handover-cancel-transfer = Het dossier behouden (de overdracht annuleren)
handover-erase-title = Dit cliëntdossier uit je kluis wissen?
handover-erase-warning = De ontvangstcode toont dat je collega het dossier heeft. Het wordt nu uit deze kluis gewist, met zijn gesprekken, beslissingsdagboek en fotoalbum. Dit kan niet ongedaan worden gemaakt.
handover-erase-yes = Uit deze kluis wissen
handover-erase-no = Nu niet

## De keuzevensters (gevraagd door de achterkant).
handover-choose-save-title = Het overdrachtsbestand bewaren
handover-choose-save-accept = Bewaren
handover-choose-file-title = Kies een overdrachtsbestand om te ontvangen
handover-received-mark-copy = Ontvangen van { $sender } op { $date } (een kopie). Ontvangstcode voor { $sender }: { $receipt }
handover-received-mark-transfer = Ontvangen van { $sender } op { $date } (een overdracht). Lees deze ontvangstcode voor aan { $sender }, zodat ze haar exemplaar kan wissen: { $receipt }
