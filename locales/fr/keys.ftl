# Les clés du coffre : la nouvelle phrase de passe due après un déverrouillage avec la clé de
# récupération, une nouvelle clé de récupération, et une nouvelle clé pour tout le coffre.

## Choisir une nouvelle phrase de passe après la clé de récupération

vault-reset-title = Choisissez une nouvelle phrase de passe
vault-reset-current-intro = Pour continuer, saisissez la phrase de passe ou la clé de récupération avec laquelle vous avez déverrouillé le coffre.
vault-reset-submit = Enregistrer la nouvelle phrase de passe
vault-reset-busy = Enregistrement de la nouvelle phrase de passe. Cela peut prendre quelques secondes…
vault-problem-current-recovery = Saisissez la clé de récupération.

## Les clés dans les réglages

vault-keys-heading = Les clés du coffre
vault-keys-current-intro = Saisissez d’abord votre phrase de passe actuelle, ou la clé de récupération que vous avez maintenant.
vault-keys-recovery-heading = Une nouvelle clé de récupération
vault-keys-recovery-intro = Vous avez perdu la feuille avec la clé de récupération, ou quelqu’un d’autre a pu la voir ? Créez une nouvelle clé de récupération. L’ancienne n’ouvrira alors plus le coffre ; votre phrase de passe reste la même.
vault-keys-recovery-start = Créer une nouvelle clé de récupération
vault-keys-recovery-submit = Créer la nouvelle clé de récupération
vault-keys-recovery-busy = Création de la nouvelle clé de récupération…
vault-keys-recovery-done = Voici votre nouvelle clé de récupération. Elle n’est affichée que maintenant. L’ancienne clé de récupération n’ouvre plus le coffre : détruisez l’ancienne feuille.
vault-keys-written-down = Je l’ai notée
vault-keys-rekey-heading = Une nouvelle clé pour le coffre
vault-keys-rekey-intro = Faites-le si quelqu’un a pu voir votre phrase de passe ou votre clé de récupération, ou copier des fichiers du coffre. Avenir chiffre à nouveau tout votre travail avec une nouvelle clé et vous donne une nouvelle clé de récupération ; l’ancienne clé de récupération n’ouvre alors plus le coffre. Avec beaucoup de photos, cela peut prendre quelques minutes.
vault-keys-rekey-start = Donner une nouvelle clé au coffre
vault-keys-rekey-keeps-passphrase = Votre phrase de passe reste la même.
vault-keys-rekey-needs-passphrase = Vous utilisez la clé de récupération : choisissez donc aussi une nouvelle phrase de passe.
vault-keys-rekey-submit = Donner maintenant une nouvelle clé au coffre
vault-keys-rekey-busy = Le coffre reçoit une nouvelle clé. Laissez Avenir ouvert jusqu’à la fin… Si Avenir se verrouille entre-temps, rien n’est changé : recommencez plus tard.
vault-keys-rekey-progress = { $percent } % effectués
vault-keys-rekey-done = C’est fait : le coffre a une nouvelle clé. Voici votre nouvelle clé de récupération ; elle n’est affichée que maintenant.
vault-keys-backup-no-folder = Aucun dossier de sauvegarde n’est encore choisi. Choisissez-en un sous « Sauvegardes » dans les réglages, et faites-y une sauvegarde.
vault-keys-backup-done = La nouvelle sauvegarde est faite et vérifiée.
