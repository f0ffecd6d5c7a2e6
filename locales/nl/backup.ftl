# Back-ups en terugzetten: de back-upinstellingen van de kluis, wachten op een back-up voor het
# vergrendelen, terugzetten vanaf het welkomst- en het vergrendelscherm, en de teksten van het
# keuzevenster.

backup-heading = Back-ups
backup-intro = Een back-up is één versleuteld bestand in een map die u kiest — een USB-stick of de gedeelde map van uw organisatie. Hij opent alleen met de wachtzin of de herstelsleutel van deze kluis. Avenir maakt een back-up na wijzigingen (hoogstens één keer per uur) en wanneer u afsluit, en test elke back-up door hem op proef terug te zetten voor hij meetelt.
backup-keeps-the-past = Een back-up bewaart wat er in de kluis stond toen hij gemaakt werd: een cliëntdossier dat u wist, blijft in oudere back-ups tot die verdwijnen (Avenir bewaart de laatste 7 dagen en de laatste 4 weken).
backup-folder-label = Back-upmap
backup-folder-none = Nog geen map gekozen.
backup-choose-folder = Kies een map…
backup-change-folder = Andere map kiezen…
backup-now = Nu een back-up maken
backup-running = Back-up maken en testen…
backup-last-verified = Laatste geteste back-up: { $when }, in { $folder }
backup-never = Nog geen geteste back-up.
backup-warning-stale = Uw laatste geteste back-up is meer dan een week oud. Sluit de back-upmap aan zodat Avenir een back-up kan maken.
backup-warning-missing = De back-upmap is er niet. Steek de USB-stick in of maak verbinding met de gedeelde map.
backup-failed = De laatste back-up is niet gelukt.
backup-choose-folder-title = Kies de back-upmap
backup-choose-file-title = Kies een back-up om terug te zetten
chooser-accept = Kiezen
chooser-cancel = Annuleren
backup-lock-waiting-title = De back-up wordt afgerond
backup-lock-waiting-body = Er wordt een back-up geschreven en getest. Avenir vergrendelt zodra dat klaar is.
backup-lock-now = Nu vergrendelen en de back-up stoppen
restore-open = Terugzetten uit een back-up
restore-title = Terugzetten uit een back-up
restore-intro = Kies een back-upbestand. Het wordt een nieuw profiel op deze computer; geen bestaand profiel wordt vervangen. Het hele bestand wordt gecontroleerd voor er iets wordt aangemaakt.
restore-choose-file = Kies een back-upbestand…
restore-file-label = Back-upbestand
restore-method-passphrase = Met de wachtzin
restore-method-recovery = Met de herstelsleutel
restore-secret-passphrase = De wachtzin van de kluis toen de back-up gemaakt werd
restore-secret-recovery = De herstelsleutel van de kluis
restore-label-label = Naam van het nieuwe profiel
restore-label-hint = Bijvoorbeeld “Begeleider A (teruggezet)”. Nooit de naam van een cliënt.
restore-submit = Terugzetten
restore-working = Controleren en terugzetten…
restore-done = De back-up is teruggezet als het profiel “{ $label }”. Ontgrendel het om verder te gaan.
restore-cancel = Annuleren
