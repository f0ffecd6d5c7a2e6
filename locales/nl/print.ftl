# Een oefening of een infokaart over een traject afdrukken voor de persoon of een groepsvorming, op papier of als pdf.
# Elk bericht is een knop van de hulpverlener: het blad zelf bevat alleen de teksten van de
# oefening of de kaart, in de gekozen talen.

## Openen en sluiten

print-open = Afdrukken…
print-worksheet-heading = Deze oefening afdrukken
print-card-heading = Deze kaart afdrukken
print-intro = Op papier of als pdf, voor de persoon of een groep. Het blad bevat nooit de code van de cliënt, notities of uw handleiding.
print-close = Sluiten
print-refused = Dit werkblad is alleen voor u: het wordt nooit afgedrukt.

## De keuzes

print-language = Taal van het blad
print-language-second = Tweede taal, naast elkaar
print-language-none = Geen
print-paper = Papier
print-paper-a4 = A4
print-paper-a5 = A5
print-content = Wat afdrukken
print-blank = Leeg, om met de hand in te vullen
print-answered = Met de antwoorden van de persoon
print-sensitive-warning = Antwoorden over waarom de persoon zijn of haar land verliet, of over angsten, kunnen de persoon in gevaar brengen: het blad kan over een grens meegenomen worden of thuis door anderen gelezen worden. Beslis samen met de persoon of u het met de antwoorden of leeg afdrukt.

## Het voorbeeld

print-preview = Voorbeeld: dit wordt afgedrukt
print-loading = Laden…
print-retry = Opnieuw proberen

## Afdrukken en het pdf-bestand

print-print = Afdrukken…
print-save-pdf = Bewaren als pdf…
print-pdf-warning-title = Het pdf-bestand is niet versleuteld
print-pdf-warning = Iedereen die deze computer kan gebruiken, kan het pdf-bestand openen en lezen. Geef het bestand aan de persoon (op de gsm of een usb-stick) en verwijder het daarna van deze computer.
print-pdf-where = Kies daarna waar u hem bewaart. Een usb-stick is het best. Vermijd Documenten, het Bureaublad en mappen die synchroniseren (Dropbox, Nextcloud, OneDrive): zoekprogramma’s en de cloud houden er hun eigen kopieën van bij.
print-pdf-confirm = De pdf bewaren
print-pdf-cancel = Annuleren
print-pdf-saving = De pdf wordt bewaard…
print-pdf-saved = De pdf werd hier bewaard:
print-pdf-saved-reminder = Verwijder hem van deze computer zodra de persoon hem heeft.
