# Foutmeldingen voor de hulpverlener.
error-internal = Er ging iets mis in Avenir. Niets van wat u vastlegde, is gewijzigd.
error-unknown-locale = De taal “{ $locale }” is niet beschikbaar in Avenir.
error-preferences-unreadable = Avenir kon zijn instellingenbestand niet lezen en gebruikt de standaardinstellingen.
error-preferences-unwritable = Avenir kon zijn instellingen niet bewaren. Controleer of de schijf niet vol of alleen-lezen is.
error-weak-passphrase = Deze wachtzin is te makkelijk te raden. Gebruik minstens vijf losse woorden, of laat Avenir er een voorstellen.
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
