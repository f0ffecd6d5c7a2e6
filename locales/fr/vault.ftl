# Le coffre : le créer, le verrouiller et le déverrouiller, et ses réglages.

## Écran d’accueil

vault-welcome-intro = Pour commencer, créez un coffre : un espace chiffré sur cet ordinateur pour votre travail. Vous seul·e pouvez l’ouvrir, avec votre phrase de passe.
vault-create-start = Créer un coffre

## Créer un coffre

vault-create-title = Créer un coffre
vault-create-step = Étape { $step } sur { $total }
vault-next = Suivant
vault-back = Retour
vault-cancel = Annuler
vault-create-step1-heading = Avant de commencer
vault-create-warning = Votre coffre est verrouillé par une phrase de passe, et une clé de récupération en est le seul double. Si vous perdez les deux, personne ne pourra plus ouvrir le coffre — ni Avenir, ni votre organisation, ni le service informatique. Tout ce qu’il contient serait perdu pour de bon.
vault-label-label = Nom de ce profil
vault-label-hint = Ce nom vous désigne, vous l’intervenant·e, par exemple « Intervenant·e A ». N’utilisez jamais le nom d’une personne accompagnée : ce nom est visible avant que le coffre soit déverrouillé.
vault-create-step2-heading = Choisissez une phrase de passe
vault-passphrase-intro = Une phrase de passe, ce sont quelques mots ordinaires à la suite : faciles à retenir pour vous, difficiles à deviner pour les autres. Avenir peut vous en proposer une.
vault-passphrase-label = Phrase de passe
vault-passphrase-repeat-label = Saisissez à nouveau la phrase de passe
vault-passphrase-generate = Proposer une phrase de passe
vault-passphrase-generated = Avenir a proposé une phrase de passe et l’affiche en entier ci-dessous. Notez-la ou apprenez-la par cœur avant de continuer.
vault-show-passphrase = Afficher la phrase de passe
vault-hide-passphrase = Masquer la phrase de passe
vault-show-recovery = Afficher la clé de récupération
vault-hide-recovery = Masquer la clé de récupération
vault-strength-label = Solidité :
vault-strength-none = pas encore vérifiée
vault-problem-empty = Saisissez une phrase de passe, ou laissez Avenir en proposer une.
vault-problem-checking = Vérification de la solidité de la phrase de passe…
vault-problem-weak = Cette phrase de passe est encore trop facile à deviner. Vous pourrez continuer dès qu’un attaquant bien équipé devrait faire au moins mille milliards d’essais (et qu’elle compte au moins 12 caractères).
vault-problem-mismatch = Les deux phrases de passe ne sont pas encore identiques.
vault-problem-current = Saisissez votre phrase de passe actuelle.
vault-create-step3-heading = Votre clé de récupération
vault-recovery-intro = Si vous oubliez votre phrase de passe, cette clé de récupération ouvre votre coffre. Elle n’est affichée que maintenant, plus jamais ensuite.
vault-recovery-key-label = Clé de récupération
vault-recovery-instructions = Imprimez-la ou recopiez-la sur papier. Gardez-la en lieu sûr, loin de cet ordinateur — pas dans un fichier, une photo ou un message.
vault-recovery-renewed = Ceci est une nouvelle clé de récupération. Jetez toute clé notée auparavant : elle ne fonctionnera pas.
vault-recovery-loading = Préparation de votre clé de récupération…
vault-recovery-print = Imprimer la clé de récupération
vault-recovery-check-heading = Vérifiez que vous l’avez bien notée
vault-recovery-check-intro = Recopiez ces deux groupes de la clé de récupération, tels qu’ils figurent sur votre papier.
vault-recovery-check-label = Groupe { $number }
vault-create-finish = Créer le coffre
vault-create-busy = Création de votre coffre. Cela peut prendre quelques secondes…

## Feuille de récupération imprimée

vault-sheet-title = Avenir — clé de récupération
vault-sheet-profile = Profil :
vault-sheet-date = Date :
vault-sheet-warning = Gardez cette feuille en lieu sûr, loin de l’ordinateur. Quiconque l’a en main peut ouvrir le coffre. Si cette clé et la phrase de passe sont perdues toutes les deux, personne ne peut récupérer les données.

## Solidité de la phrase de passe

strength-level-0 = Très faible
strength-level-1 = Faible
strength-level-2 = Moyenne
strength-level-3 = Solide
strength-level-4 = Très solide
strength-feedback-too-short = La phrase de passe est trop courte. Ajoutez des mots.
strength-feedback-common = Elle contient des mots ou des expressions courants, faciles à deviner.
strength-feedback-repeated = Elle répète des lettres ou des mots. Utilisez des mots différents.
strength-feedback-add-words = Ajoutez encore un ou deux mots sans lien entre eux : Avenir veut une phrase de passe qui demande au moins mille milliards d’essais.

## Écran verrouillé

vault-lock-title = Avenir est verrouillé
vault-lock-intro = Déverrouillez votre coffre pour continuer.
vault-unlock-profile-legend = Profil de l’intervenant·e :
vault-unlock-passphrase-label = Phrase de passe
vault-unlock-recovery-label = Clé de récupération
vault-unlock-use-recovery = Utiliser plutôt la clé de récupération
vault-unlock-submit = Déverrouiller
vault-unlock-busy = Déverrouillage…
vault-unlock-wait =
    { $seconds ->
        [one] Vous pourrez réessayer dans une seconde.
       *[other] Vous pourrez réessayer dans { $seconds } secondes.
    }
vault-add-profile = Ajouter un autre profil d’intervenant·e

## Coffre ouvert

vault-home-title = Votre coffre est ouvert
vault-home-profile = Profil :
vault-lock-button = Verrouiller maintenant
vault-lock-shortcuts = Pour verrouiller sur-le-champ, appuyez sur Ctrl+Maj+L, ou deux fois rapidement sur la touche Échap. L’écran devient noir aussitôt.
vault-home-idle-note =
    { $minutes ->
        [one] Avenir se verrouille aussi de lui-même après une minute sans activité.
       *[other] Avenir se verrouille aussi de lui-même après { $minutes } minutes sans activité.
    }
vault-home-workspace-heading = Dossiers des personnes accompagnées
vault-settings-heading = Réglages
vault-idle-heading = Verrouillage automatique
vault-idle-label = Verrouiller après ce nombre de minutes sans activité
vault-idle-hint = Entre { $min } et { $max } minutes.
vault-idle-save = Enregistrer
vault-idle-saved =
    { $minutes ->
        [one] Enregistré. Avenir se verrouille désormais après une minute sans activité.
       *[other] Enregistré. Avenir se verrouille désormais après { $minutes } minutes sans activité.
    }
vault-change-heading = Changer la phrase de passe
vault-change-intro = Votre clé de récupération reste la même.
vault-change-current-label = Phrase de passe actuelle
vault-change-next-label = Nouvelle phrase de passe
vault-change-repeat-label = Saisissez à nouveau la nouvelle phrase de passe
vault-change-submit = Changer la phrase de passe
vault-change-busy = Changement de la phrase de passe. Cela peut prendre quelques secondes…
vault-change-done = Votre phrase de passe a été changée. Utilisez désormais la nouvelle.

## Le cycle de vie du coffre (récupération, nouvelle clé de récupération, nouvelle clé)

vault-passphrase-rule = Avenir n’accepte une phrase de passe que si un attaquant bien équipé, comme un service d’État, devait faire au moins mille milliards d’essais pour la trouver — des jours de travail sur de nombreux ordinateurs à la fois — et si elle compte au moins 12 caractères. La phrase proposée de six mots au hasard va bien au-delà.
vault-reset-due = Vous avez ouvert le coffre avec la clé de récupération. Choisissez maintenant une nouvelle phrase de passe, pour ne plus avoir besoin de la clé.
vault-reset-postpone = Plus tard (une fois)
vault-reset-last = Vous avez déjà reporté ce choix une fois. Choisissez maintenant une nouvelle phrase de passe.
vault-rekey-old-backups = Le coffre a maintenant une nouvelle clé, et l’ancienne clé de récupération ne l’ouvre plus. Les sauvegardes faites avant s’ouvrent encore avec la phrase de passe et la clé de récupération de ce moment-là : faites une nouvelle sauvegarde maintenant, et supprimez les anciennes une fois qu’elle est faite.
