# Foutmeldingen voor de hulpverlener.
error-internal = Er ging iets mis in Avenir. Niets van wat u vastlegde, is gewijzigd.
error-unknown-locale = De taal “{ $locale }” is niet beschikbaar in Avenir.
error-preferences-unreadable = Avenir kon zijn instellingenbestand niet lezen en gebruikt de standaardinstellingen.
error-preferences-unwritable = Avenir kon zijn instellingen niet bewaren. Controleer of de schijf niet vol of alleen-lezen is.
