# Messages d’erreur pour l’intervenant·e.
error-internal = Un problème est survenu dans Avenir. Rien de ce que vous avez enregistré n’a été modifié.
error-unknown-locale = La langue « { $locale } » n’est pas disponible dans Avenir.
error-preferences-unreadable = Avenir n’a pas pu lire son fichier de réglages ; il utilise les réglages par défaut.
error-preferences-unwritable = Avenir n’a pas pu enregistrer ses réglages. Vérifiez que le disque n’est ni plein ni en lecture seule.
