# Messages d’erreur pour l’intervenant·e.
error-internal = Un problème est survenu dans Avenir. Rien de ce que vous avez enregistré n’a été modifié.
error-unknown-locale = La langue « { $locale } » n’est pas disponible dans Avenir.
error-preferences-unreadable = Avenir n’a pas pu lire son fichier de réglages ; il utilise les réglages par défaut.
error-preferences-unwritable = Avenir n’a pas pu enregistrer ses réglages. Vérifiez que le disque n’est ni plein ni en lecture seule.
error-weak-passphrase = Cette phrase de passe est trop facile à deviner. Utilisez au moins cinq mots sans lien entre eux, ou laissez Avenir en proposer une.
error-recovery-check-failed = Les groupes saisis ne correspondent pas à la clé de récupération. Comparez-les avec la clé et réessayez.
error-no-creation-pending = La création du coffre a été interrompue. Recommencez ; rien n’a été enregistré.
error-label-invalid = Donnez au profil un nom court de 1 à 60 caractères, par exemple « Intervenant·e A » — jamais le nom d’une personne accompagnée.
error-label-taken = Un profil porte déjà ce nom sur cet ordinateur. Choisissez un autre nom.
error-wrong-secret = Cette phrase de passe ou cette clé de récupération n’ouvre pas le coffre.
error-vault-damaged = Le coffre est endommagé et ne peut pas être ouvert. Rien n’a été modifié. Restaurez-le à partir d’une sauvegarde.
error-vault-newer = Ce coffre a été écrit par une version plus récente d’Avenir. Mettez Avenir à jour pour l’ouvrir ; le coffre n’a pas été modifié.
error-vault-in-use = Ce coffre est déjà ouvert dans une autre fenêtre d’Avenir sur cet ordinateur.
error-vault-missing = Le coffre de ce profil est introuvable sur cet ordinateur.
error-locked = Avenir est verrouillé. Déverrouillez-le pour continuer.
error-idle-minutes = Choisissez un verrouillage automatique entre { $min } et { $max } minutes.
error-vault-io = Avenir n’a pas pu lire ou écrire le coffre. Vérifiez que le disque n’est ni plein ni en lecture seule. Rien n’a été perdu.
