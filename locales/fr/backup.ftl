# Sauvegardes et restauration : les réglages de sauvegarde du coffre, l’attente d’une sauvegarde
# avant le verrouillage, la restauration depuis l’écran d’accueil et l’écran verrouillé, et les
# textes de la fenêtre de choix.

backup-heading = Sauvegardes
backup-intro = Une sauvegarde est un seul fichier chiffré dans un dossier que vous choisissez — une clé USB ou le dossier partagé de votre organisation. Elle ne s’ouvre qu’avec la phrase de passe ou la clé de récupération de ce coffre. Avenir sauvegarde après des modifications (au plus une fois par heure) et quand vous quittez, et teste chaque sauvegarde en la restaurant à l’essai avant qu’elle compte.
backup-keeps-the-past = Une sauvegarde garde ce que contenait le coffre au moment où elle a été faite : un dossier que vous effacez reste dans les sauvegardes plus anciennes jusqu’à leur remplacement (Avenir garde les 7 derniers jours et les 4 dernières semaines).
backup-folder-label = Dossier de sauvegarde
backup-folder-none = Aucun dossier choisi pour l’instant.
backup-choose-folder = Choisir un dossier…
backup-change-folder = Changer de dossier…
backup-now = Sauvegarder maintenant
backup-running = Sauvegarde et test en cours…
backup-last-verified = Dernière sauvegarde testée : { $when }, dans { $folder }
backup-never = Aucune sauvegarde testée pour l’instant.
backup-warning-stale = Votre dernière sauvegarde testée date de plus d’une semaine. Connectez le dossier de sauvegarde pour qu’Avenir puisse sauvegarder.
backup-warning-missing = Le dossier de sauvegarde est introuvable. Branchez la clé USB ou connectez le dossier partagé.
backup-failed = La dernière sauvegarde n’a pas réussi.
backup-choose-folder-title = Choisir le dossier de sauvegarde
backup-choose-file-title = Choisir une sauvegarde à restaurer
chooser-accept = Choisir
chooser-cancel = Annuler
backup-lock-waiting-title = Fin de la sauvegarde
backup-lock-waiting-body = Une sauvegarde est en cours d’écriture et de test. Avenir se verrouille dès qu’elle est terminée.
backup-lock-now = Verrouiller maintenant et arrêter la sauvegarde
restore-open = Restaurer une sauvegarde
restore-title = Restaurer une sauvegarde
restore-intro = Choisissez un fichier de sauvegarde. Il devient un nouveau profil sur cet ordinateur ; aucun profil existant n’est remplacé. Tout le fichier est vérifié avant que quoi que ce soit ne soit créé.
restore-choose-file = Choisir un fichier de sauvegarde…
restore-file-label = Fichier de sauvegarde
restore-method-passphrase = Avec la phrase de passe
restore-method-recovery = Avec la clé de récupération
restore-secret-passphrase = La phrase de passe du coffre au moment de la sauvegarde
restore-secret-recovery = La clé de récupération du coffre
restore-label-label = Nom du nouveau profil
restore-label-hint = Par exemple « Conseillère A (restauré) ». Jamais le nom d’une personne accompagnée.
restore-submit = Restaurer
restore-working = Vérification et restauration…
restore-done = La sauvegarde a été restaurée comme profil « { $label } ». Déverrouillez-le pour continuer.
restore-cancel = Annuler
