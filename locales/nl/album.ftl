# Het fotoalbum van een cliënt en het boekje dat ervan afgedrukt wordt.
# De meeste berichten zijn knoppen voor de hulpverlener (met “u”). Voor de persoon zelf, in zijn of
# haar taal: album-category-*, album-message-*, album-photo-alt en booklet-scale-value.

## Op het overzicht van de cliënt

album-overview-heading = Fotoalbum
album-overview-hint = Mensen die de persoon hier leerde kennen, plaatsen, gedaan werk, gevolgde opleidingen, aangeleerde vaardigheden, berichten van vrienden: wat de persoon hier heeft opgebouwd, om te bewaren, waar de toekomst ook ligt.
album-open = Het fotoalbum openen

## Het album

album-heading = Fotoalbum
album-intro = Pagina’s met foto’s en woorden, in de volgorde die de persoon kiest.
album-back = Terug naar de cliënt
album-loading = Bezig met laden…
album-retry = Opnieuw proberen
album-empty = Het album is nog leeg. Voeg foto’s toe, of een pagina met alleen woorden: een aangeleerde vaardigheid, een attest, een bericht.
album-empty-presenting = Het album is nog leeg.
album-add-photos = Foto’s toevoegen…
album-add-text-page = Een pagina zonder foto’s toevoegen
album-drop-hint = U kunt foto’s ook vanuit een map naar het album slepen. Elke foto wordt een pagina.
album-drop-here = Laat de foto’s hier los
album-privacy = Foto’s worden versleuteld in de kluis bewaard, zonder bestandsnaam, plaats of gegevens van het toestel. Gezichten kunnen mensen in gevaar brengen: voeg een foto alleen toe met de toestemming van wie erop staat.
album-booklet-open = Een boekje maken…
album-page-number = Pagina { $n } van { $count }

## Soorten pagina’s (voor de persoon)

album-category-label = Soort pagina
album-category-people = Mensen
album-category-places = Plaatsen
album-category-work = Werk
album-category-learning = Opleiding
album-category-skills = Vaardigheden
album-category-moments = Momenten

## Een pagina (voor de persoon)

# $n: de plaats van de foto op de pagina, $count: hoeveel foto’s de pagina heeft.
album-photo-alt = Foto { $n } van { $count }
album-photo-hidden = Foto verborgen (veilige presentatiemodus)
album-message-from = Een bericht van { $from }:
album-message-anonymous = Een bericht:

## De knoppen van een pagina

album-page-edit = Bewerken
album-page-up = Pagina naar boven verplaatsen
album-page-down = Pagina naar beneden verplaatsen
album-page-delete = Pagina verwijderen

## Een pagina bewerken

album-editor-new = Nieuwe pagina
album-editor-heading = Pagina { $n } bewerken
album-caption-label = Onderschrift, in de woorden van de persoon
album-message-legend = Een bericht van iemand (niet verplicht)
album-message-hint = Woorden geschreven of gedicteerd door een vriend, een collega, een leerkracht…
album-message-from-label = Van
album-message-text-label = Bericht
album-editor-photos = Foto’s op deze pagina ({ $count } van { $max })
album-editor-no-photos = Geen foto: een pagina met alleen woorden.
album-editor-add-photos = Foto’s aan deze pagina toevoegen…
album-editor-drop-hint = of sleep ze naar deze pagina.
album-editor-full = Een pagina bevat hoogstens { $max } foto’s.
album-photo-earlier = Foto { $n } naar voren verplaatsen
album-photo-later = Foto { $n } naar achteren verplaatsen
album-photo-remove = Van deze pagina halen
album-photo-erase = De foto wissen
album-page-save = De pagina bewaren
album-page-cancel = Annuleren
album-saving = Bezig met bewaren…

## Foto’s op geen enkele pagina

album-loose-heading = Foto’s op geen enkele pagina
album-loose-hint = Deze foto’s staan in de kluis, maar op geen enkele pagina van het album. Maak er een pagina van, of wis ze.
album-loose-alt = Foto { $n } van { $count } op geen enkele pagina
album-loose-new-page = Er een pagina van maken
album-loose-add-to-page = Toevoegen aan de pagina die u bewerkt

## Foto’s toevoegen (nooit met de bestandsnaam: met een nummer)

album-import-progress = Foto { $n } van { $total } wordt toegevoegd…
album-import-cancel = Stoppen na deze foto
album-import-stopping = Stopt na deze foto…
album-import-done =
    { $count ->
        [0] Er werd geen foto toegevoegd.
        [one] Er werd één foto toegevoegd.
       *[other] Er werden { $count } foto’s toegevoegd.
    }
album-import-stopped =
    { $count ->
        [0] Gestopt: geen van de { $total } foto’s werd toegevoegd.
        [one] Gestopt: één van de { $total } foto’s werd toegevoegd.
       *[other] Gestopt: { $count } van de { $total } foto’s werden toegevoegd.
    }
album-import-errors = Sommige foto’s konden niet toegevoegd worden. De andere wel.
album-import-error = Foto { $n } van { $total }: { $error }
album-import-not-photo = Dit bestand is geen foto die Avenir kan lezen (JPEG, PNG of WebP).
album-import-left-out =
    { $count ->
        [one] Een pagina bevat hoogstens { $max } foto’s: één foto werd weggelaten.
       *[other] Een pagina bevat hoogstens { $max } foto’s: { $count } foto’s werden weggelaten.
    }

## Wissen

album-erase-page-title = Deze pagina verwijderen?
album-erase-page-warning = De pagina wordt uit de kluis gewist, net als de foto’s ervan die op geen andere pagina staan. Dit kan niet ongedaan gemaakt worden.
album-erase-photo-title = Deze foto wissen?
album-erase-photo-warning = De foto wordt uit de kluis gewist en van elke pagina waarop ze staat. Dit kan niet ongedaan gemaakt worden.
album-erase-confirm = Wissen
album-erase-cancel = Bewaren

## Het boekje: wat erin komt

booklet-heading = Boekje om te bewaren, waar de toekomst ook ligt
booklet-intro = Kies samen met de persoon wat er in het boekje komt. Alleen wat hier gekozen wordt, wordt afgedrukt: nooit notities, samenvattingen, data van gesprekken of de code van de cliënt.
booklet-back = Terug naar het album
booklet-title-label = Titel op de kaft
booklet-title-hint = De persoon kiest hem zelf, in eigen woorden. Laat namen weg en alles waaraan iemand herkend kan worden.
booklet-language-label = Taal van het boekje
booklet-paper-legend = Papier
booklet-paper-a4 = A4
booklet-paper-a5 = A5 (de helft van A4)
booklet-pages-legend = Pagina’s van het album
booklet-pages-none = Het album heeft nog geen pagina’s.
booklet-pages-all = Alles kiezen
booklet-pages-clear = Niets kiezen
booklet-page-choice = Pagina { $n }: { $category }
booklet-exercises-legend = Antwoorden uit oefeningen (niet verplicht)
booklet-exercises-hint = De laatste antwoorden van de gekozen oefeningen worden afgedrukt, met hun vragen.
booklet-sensitive-warning = Antwoorden over waarom de persoon zijn of haar land verliet, of over angsten, kunnen de persoon in gevaar brengen: het boekje kan over een grens meegenomen worden of thuis door anderen gelezen worden. Kies samen met de persoon welke antwoorden erin komen, en laat weg wat hem of haar kan schaden.
booklet-exercises-none = Er is geen oefening beschikbaar.
booklet-exercise-empty = Nog geen antwoorden: er wordt niets van afgedrukt.
booklet-preview-heading = Voorbeeld: dit wordt afgedrukt

## Het boekje: afdrukken en het pdf-bestand

booklet-print = Afdrukken…
booklet-save-pdf = Bewaren als pdf…
booklet-pdf-warning-title = Het pdf-bestand is niet versleuteld
booklet-pdf-warning = Iedereen die deze computer kan gebruiken, kan het pdf-bestand openen en de foto’s erin zien. Geef het bestand aan de persoon (op de gsm of een USB-stick) en verwijder het daarna van deze computer.
booklet-pdf-confirm = De pdf bewaren
booklet-pdf-cancel = Annuleren
booklet-pdf-saving = De pdf wordt bewaard…
booklet-pdf-saved = De pdf werd hier bewaard:
booklet-pdf-saved-reminder = Verwijder hem van deze computer zodra de persoon hem heeft.

## Het boekje: afgedrukt voor de persoon

# Een antwoord op een schaal van 0 tot 10.
booklet-scale-value = { $value } op 10

# De pdf van het boekje: in de waarschuwing, voordat de kiezer opent.
booklet-pdf-where = Kies daarna waar u hem bewaart. Een usb-stick is het best. Vermijd Documenten, het Bureaublad en mappen die synchroniseren (Dropbox, Nextcloud, OneDrive): zoekprogramma’s en de cloud houden er hun eigen kopieën van bij.
