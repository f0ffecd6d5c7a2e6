# Messages d’erreur pour l’intervenant·e.
error-internal = Un problème est survenu dans Avenir. Rien de ce que vous avez enregistré n’a été modifié.
error-unknown-locale = La langue « { $locale } » n’est pas disponible dans Avenir.
error-preferences-unreadable = Avenir n’a pas pu lire son fichier de réglages ; il utilise les réglages par défaut.
error-preferences-unwritable = Avenir n’a pas pu enregistrer ses réglages. Vérifiez que le disque n’est ni plein ni en lecture seule.
error-weak-passphrase = Cette phrase de passe est trop facile à deviner. Avenir n’accepte une phrase de passe que si un attaquant bien équipé devait faire au moins mille milliards (10¹²) d’essais pour la trouver, et si elle compte au moins 12 caractères. Cinq ou six mots sans lien entre eux suffisent ; ou laissez Avenir en proposer une.
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
error-code-taken = Une autre personne a déjà ce code. Choisissez-en un autre, ou laissez Avenir en proposer un.
error-code-invalid = Donnez à la personne un code ou un surnom de 1 à 32 caractères — jamais son vrai nom.
error-field-invalid = Cette valeur ne peut pas être enregistrée ({ $field }). Vérifiez-la et réessayez ; rien d’autre n’a été modifié.
error-client-missing = Ce dossier n’existe plus. Il a peut-être été supprimé.

## Fichiers de contenu (exercices et fiches sur les pistes) inutilisables, et réponses impossibles à enregistrer.
## $file est le nom du fichier de définition, $field l’endroit dans le fichier (p. ex. fields[2].options).
error-content-schema = { $file } est écrit pour la version { $version } du schéma de contenu, qu’Avenir ne connaît pas. Le fichier a été laissé de côté.
error-content-syntax = { $file } ne peut pas être lu ({ $field }) : { $detail }. Le fichier a été laissé de côté.
error-content-bad-id = { $file }, { $field } : « { $value } » n’est pas un identifiant valable (minuscules, chiffres et traits d’union, 40 au plus). Le fichier a été laissé de côté.
error-content-id-file = { $file }, { $field } : l’identifiant « { $value } » doit être identique au nom du fichier. Le fichier a été laissé de côté.
error-content-duplicate = { $file }, { $field } : « { $value } » apparaît deux fois. Le fichier a été laissé de côté.
error-content-not-for-kind = { $file }, { $field } : { $property } ne peut pas être utilisé avec le type { $kind }. Le fichier a été laissé de côté.
error-content-missing = { $file }, { $field } : { $property } manque. Le fichier a été laissé de côté.
error-content-range = { $file }, { $field } : doit être compris entre { $min } et { $max }. Le fichier a été laissé de côté.
error-content-unknown = { $file }, { $field } : « { $value } » n’est pas permis ici. Le fichier a été laissé de côté.
error-content-date = { $file }, { $field } : « { $value } » n’est pas une date (écrivez AAAA-MM-JJ). Le fichier a été laissé de côté.
error-content-no-text = { $file } : le texte { $field } manque dans la langue « { $locale } ». Avenir affiche à la place le texte anglais ou l’identifiant.
error-answer-invalid = Cette réponse ne correspond pas à la question. Elle n’a pas été enregistrée ; ce que vous avez tapé est toujours là.
error-answer-too-long = Cette réponse dépasse { $max } caractères et n’a pas été enregistrée. Raccourcissez-la ; ce que vous avez tapé est toujours là.
error-answer-too-many = Cette réponse a plus de { $max } éléments et n’a pas été enregistrée. Retirez-en quelques-uns ; rien d’autre n’a été modifié.
error-exercise-missing = Cet exercice n’est pas disponible (sa définition a peut-être été retirée ou est endommagée).
error-exercise-not-chosen = Cette fiche est destinée aux personnes qui ont choisi le retour. Notez d’abord la décision de la personne elle-même dans cet entretien (ou un entretien précédent).

## Les photos et le livret.
error-photo-empty = Ce fichier est vide. Rien n’a été importé.
error-photo-too-large = Ce fichier dépasse { $max_mb } Mo et n’a pas été importé. Utilisez une copie plus petite de la photo.
error-photo-too-many-pixels = Cette image est trop grande (plus de { $max_megapixels } mégapixels) et n’a pas été importée.
error-photo-heic = Avenir ne sait pas encore lire les photos HEIC (iPhone). Enregistrez d’abord la photo en JPEG sur le téléphone ou l’ordinateur, puis importez-la.
error-photo-unsupported = Ce fichier n’est pas une photo qu’Avenir sait lire. Utilisez JPEG, PNG ou WebP.
error-photo-corrupt = Cette photo est endommagée ou incomplète et n’a pas été importée. Essayez une autre copie.
error-booklet-file-name = Ce nom de fichier ne peut pas être utilisé. Utilisez des lettres, des chiffres et des traits d’union, avec .pdf à la fin.
error-booklet-folder = Avenir n’a pas trouvé le dossier Documents ou n’a pas pu y écrire pour enregistrer le livret. Rien n’a été enregistré.
error-booklet-print-failed = Le livret n’a pas pu être enregistré en PDF. Rien n’a été enregistré ; essayez de l’imprimer.

## Cours de groupe et projecteur.
error-course-invalid = Ce cours ne peut pas être enregistré : { $field } n’est pas valable. Vérifiez-le ; rien n’a été modifié.
error-projector-no-display = Aucun écran n’a été trouvé pour la fenêtre du projecteur.
error-projector-failed = La fenêtre du projecteur n’a pas pu s’ouvrir. Vérifiez l’écran et réessayez.
error-client-unknown = Aucune personne n’a le code « { $code } » dans ce coffre.
error-file-unreadable = Le fichier « { $file } » ne peut pas être lu. Rien n’a été modifié.
error-backup-not-a-backup = Ce fichier n’est pas une sauvegarde d’Avenir. Rien n’a été modifié.
error-backup-damaged = Cette sauvegarde est endommagée ou incomplète et ne peut pas être utilisée. Rien n’a été modifié ; utilisez une autre sauvegarde.
error-backup-newer = Cette sauvegarde a été faite par une version plus récente d’Avenir. Mettez Avenir à jour pour la restaurer ; le fichier n’a pas été modifié.
error-backup-check-failed = La sauvegarde n’a pas réussi sa restauration d’essai : elle ne compte donc pas. Les sauvegardes précédentes sont conservées.
error-backup-folder-missing = Le dossier de sauvegarde « { $folder } » est introuvable. Branchez la clé USB ou connectez le partage, ou choisissez un autre dossier. Les sauvegardes précédentes n’ont pas été touchées.
error-backup-folder-read-only = Avenir ne peut pas écrire dans le dossier de sauvegarde « { $folder } ». Choisissez un autre dossier. Les sauvegardes précédentes n’ont pas été touchées.
error-backup-disk-full = Il n’y a plus de place pour la sauvegarde dans « { $folder } ». Libérez de la place ou choisissez un autre dossier. Les sauvegardes précédentes n’ont pas été touchées.
error-backup-write-failed = La sauvegarde n’a pas pu être écrite dans « { $file } ». Les sauvegardes précédentes n’ont pas été touchées.
error-backup-unreadable = Le fichier « { $file } » ne peut pas être lu. Rien n’a été modifié.
error-backup-cancelled = La sauvegarde s’est arrêtée parce qu’Avenir s’est verrouillé. Les sauvegardes précédentes n’ont pas été touchées.
error-chooser-failed = La fenêtre de choix d’un dossier ou d’un fichier n’a pas pu s’ouvrir. Rien n’a été modifié.

## Le cycle de vie du coffre : limites de la dérivation de clé, récupération, nouvelle clé.
error-kdf-memory = Ce coffre demande { $asked } Mio de mémoire pour être déverrouillé ; Avenir n’en permet jamais plus de { $max } Mio. Son en-tête est endommagé ou n’a pas été écrit par Avenir. Rien n’a été modifié ; restaurez le coffre à partir d’une sauvegarde.
error-passphrase-needed = Cette étape demande la phrase de passe avec laquelle le coffre s’ouvrira. Avec la clé de récupération, choisissez aussi une nouvelle phrase de passe.
error-rekey-pending = Le changement de la clé du coffre a été interrompu. Ouvrez le coffre une fois (déverrouillez-le dans Avenir, ou lancez une autre commande avenir-cli) pour le terminer, puis vérifiez-le à nouveau.
error-reset-not-postponable = Vous avez déjà reporté une fois le choix d’une nouvelle phrase de passe. Choisissez-la maintenant.

## Transmettre le dossier d’une personne à une collègue (fichiers de transmission).
error-handover-id-invalid = Ce n’est pas un identifiant de transmission Avenir complet. Demandez à votre collègue la ligne entière, qui commence par « avenir-handover-1: ».
error-handover-fingerprint-mismatch = L’empreinte ne correspond pas à cet identifiant de transmission. Comparez-la de nouveau avec votre collègue, en personne ou par téléphone. Rien n’a été enregistré.
error-handover-own-id = C’est votre propre identifiant de transmission. Ajoutez plutôt celui de votre collègue.
error-handover-contact-taken = Un contact a déjà ce nom ou cet identifiant de transmission.
error-handover-contact-name-invalid = Donnez au contact un nom de 1 à 80 caractères.
error-handover-contact-unknown = Vous n’avez aucun contact nommé « { $name } ».
error-case-not-a-case = Ce fichier n’est pas un fichier de transmission d’Avenir. Rien n’a été modifié.
error-case-damaged = Ce fichier de transmission est endommagé ou incomplet (par exemple mal copié). Rien n’a été modifié ; demandez de nouveau le fichier à votre collègue.
error-case-newer = Ce fichier de transmission a été fait par une version plus récente d’Avenir. Mettez Avenir à jour pour le recevoir ; rien n’a été modifié.
error-case-not-for-you = Ce fichier de transmission a été transmis à quelqu’un d’autre : ce profil ne peut pas l’ouvrir. Rien n’a été modifié.
error-case-bad-signature = Ce fichier de transmission a été modifié après sa signature. Ne l’utilisez pas ; rien n’a été modifié. Demandez de nouveau le fichier à votre collègue.
error-case-unknown-sender = L’expéditrice de ce fichier de transmission ne fait pas partie de vos contacts. Vérifiez son empreinte, { $fingerprint }, avec votre collègue, ajoutez-la comme contact, puis recevez de nouveau le fichier. Rien n’a été modifié.
error-case-already-here = Le dossier de cette personne est déjà dans votre coffre, sous « { $code } ». Rien n’a été ajouté.
error-case-not-awaiting = Aucune transmission de ce dossier n’attend de code de réception.
error-case-wrong-receipt = Ce n’est pas le code de réception de cette transmission. Vérifiez-le avec votre collègue ; le dossier n’a pas été effacé.
error-case-too-large = Ce fichier de transmission est plus grand que ce qu’Avenir accepte. Rien n’a été modifié.
error-case-write-failed = Le fichier de transmission n’a pas pu être écrit dans « { $file } ». Choisissez un autre endroit ; rien n’a été marqué comme transmis.
error-case-unreadable = Le fichier « { $file } » ne peut pas être lu. Rien n’a été modifié.

## Le répertoire d’adresses.
error-directory-taken = Le répertoire contient déjà un lieu de ce nom dans cette commune.
error-directory-missing = Ce lieu n’est plus dans le répertoire.
error-directory-file-empty = Ce fichier est vide : il n’y a rien à importer.
error-directory-file-not-text = Ce fichier n’est pas un fichier texte CSV ou TOML (peut-être un tableur enregistré dans un autre format). Enregistrez-le en CSV (UTF-8) et réessayez ; rien n’a été modifié.
error-directory-file-too-large = Ce fichier est plus grand que ce qu’Avenir lit pour un répertoire. Rien n’a été modifié.
error-directory-file-too-many-rows = Ce fichier a plus de { $max } lignes. Divisez-le et importez les parties ; rien n’a été modifié.
error-directory-file-missing-column = Ce fichier n’a pas de colonne « { $column } ». La première ligne doit nommer les colonnes (voir le modèle) ; rien n’a été modifié.
error-directory-file-syntax = Ce fichier ne peut pas être lu vers la ligne { $line }. Rien n’a été modifié.
error-directory-file-unknown-format = Avenir importe un répertoire depuis un fichier .csv ou .toml.
