# Formations de groupe, l’écran de présentation et la fenêtre de projection (le mur).
# Une formation n’enregistre que des données anonymes : jamais un nom. Les messages « projector-wall- »
# s’affichent SUR LE MUR, dans les langues du mur ; tout le reste est pour l’animateur ou l’animatrice.

## Les formations

courses-open = Formations de groupe
courses-close = Retour aux dossiers des personnes
courses-heading = Formations de groupe
courses-loading = Chargement des formations…
courses-retry = Réessayer
courses-new-heading = Nouvelle formation à partir d’un plan
courses-new-hint = Un plan est un point de départ : Avenir en fait une copie que vous pouvez adapter librement.
courses-no-plans = Aucun plan de formation n’est disponible.
courses-plan-days =
    { $days ->
        [one] Un jour
       *[other] { $days } jours
    }
courses-new-from-plan = Utiliser ce plan
courses-list-heading = Vos formations
courses-present-free = Présenter sans formation
courses-empty = Vous n’avez pas encore de formation. Commencez par un plan ci-dessus.
courses-no-date = Pas encore de date
courses-participants-count =
    { $count ->
        [one] un participant
       *[other] { $count } participants
    }

## Modifier une formation

courses-editor-heading = Formation
courses-back = Retour aux formations
courses-unsaved = Cette formation a des modifications qui ne sont pas encore enregistrées.
courses-leave-anyway = Quitter sans enregistrer
courses-anonymous = Une formation n’enregistre que des données anonymes : une date, un lieu, le nombre de participants et les langues utilisées. N’écrivez jamais de noms ici.
courses-title-label = Titre
courses-date-label = Date
courses-place-label = Lieu
courses-place-hint = Une indication de lieu comme « Bruxelles, salle 2 » (60 caractères au plus). Pas de noms de personnes.
courses-participants-label = Nombre de participants
courses-participants-hint = Un nombre seulement ; laissez vide si vous ne le savez pas encore.
courses-languages-label = Langues parlées dans le groupe
courses-languages-other-label = Autres langues
courses-languages-other-hint = Des codes de langue, séparés par des virgules, par exemple : ti, ps, ru.
courses-order-heading = Déroulement
courses-order-hint = Chaque jour est une suite de blocs. Vos notes sur un bloc ne sont que pour vous : elles n’apparaissent jamais sur le mur.
courses-day = Jour { $day }
courses-day-total = { $minutes } minutes en tout
courses-day-add = Ajouter un jour
courses-day-remove = Supprimer ce jour
courses-kind-information = Information
courses-kind-exercise = Exercice
courses-kind-discussion = Discussion
courses-kind-break = Pause
courses-kind-lunch = Repas de midi
courses-kind-interpreting = Temps d’interprétation
courses-kind-guest = Invité
courses-kind-individual = Travail individuel, sur papier
courses-individual-hint = Facultatif : chaque personne qui le souhaite travaille seule et en silence sur papier. Personne ne partage ce qu’elle a écrit, et rien n’est ramassé ni enregistré.
courses-minutes = { $minutes } min
courses-block-kind = Type
courses-block-content = Contenu
courses-block-cards = Fiches sur les pistes
courses-block-topics = Thèmes
courses-block-minutes = Minutes
courses-block-note = Votre note
courses-block-note-hint = Pour vous seulement ; jamais affichée sur le mur.
courses-block-up = Monter
courses-block-down = Descendre
courses-block-remove = Supprimer
courses-block-add = Ajouter un bloc
courses-invalid-title = Donnez un titre à la formation (100 caractères au plus).
courses-invalid-participants = Le nombre de participants doit être un nombre entier de 1 à 200, ou rester vide.
courses-invalid-languages = Utilisez des codes de langue comme « fr » ou « ti », séparés par des virgules (12 langues au plus).
courses-save = Enregistrer
courses-present = Présenter
courses-state-unsaved = Modifications pas encore enregistrées
courses-state-saved = Enregistré
courses-delete = Supprimer la formation
courses-delete-title = Supprimer cette formation ?
courses-delete-warning = « { $title } » et son déroulement seront effacés du coffre. Cette action est définitive.
courses-delete-confirm = Supprimer
courses-delete-cancel = Garder la formation

## Présenter

presenter-eyebrow = Présentation
presenter-title-single = Montrer un exercice, une fiche ou un thème
presenter-close = Arrêter la présentation
presenter-blackout = Mettre le mur au noir (B)
presenter-blackout-on = Le mur est noir : le rallumer (B)
presenter-dark = Le mur est noir. Ce que vous voyez ici n’est montré qu’une fois l’écran noir levé.
presenter-languages = Langues sur le mur
presenter-language-1 = Première langue
presenter-language-2 = Deuxième langue, côte à côte
presenter-language-none = Aucune
presenter-order = Déroulement
presenter-track-label = Quelle partie de la fiche
presenter-block-missing = Ce contenu n’est pas disponible : le mur reste vide pour ce bloc.
presenter-single-label = Que montrer ?
presenter-single-none = Choisissez…
presenter-single-exercises = Exercices
presenter-single-cards = Fiches sur les pistes
presenter-single-topics = Thèmes
presenter-single-explorer = Explorateur des aides
presenter-single-explorer-general = Ce qui existe sur chaque piste (général, sans montants)
presenter-single-show = Montrer
presenter-current = Sur le mur maintenant
presenter-position = Diapositive { $n } sur { $total }
presenter-nothing = Rien n’est encore choisi.
presenter-loading = Chargement…
presenter-prev = Précédente
presenter-next = Suivante
presenter-keys = Touches : Page Down ou la flèche droite pour la diapositive suivante, Page Up ou la flèche gauche pour la précédente, B pour mettre au noir.
presenter-timer-left = Temps restant
presenter-timer-over = Temps dépassé
presenter-timer-spent = Temps écoulé
presenter-timer-pause = Pause
presenter-timer-resume = Reprendre
presenter-timer-reset = Recommencer
presenter-note = Votre note
presenter-next-heading = Ensuite
presenter-end = Fin du déroulement.
presenter-show-pathways = Montrer les quatre pistes
presenter-answers-heading = Ce que dit le groupe
presenter-answers-hint = Tapez ce que dit le groupe, sans noms. Ces lignes ne sont gardées que tant que cet écran est ouvert : elles ne sont jamais enregistrées.
presenter-answers-input = Une ligne du groupe
presenter-answers-add = Ajouter
presenter-answers-remove = Retirer
presenter-answers-show = Montrer sur le mur
presenter-answers-clear = Tout effacer
presenter-second-screen = Deuxième écran
presenter-show-on-second-screen = Montrer sur le deuxième écran
presenter-stop-second-screen = Arrêter d’afficher

## La fenêtre de projection

projector-monitor-label = Écran pour le mur
projector-monitor-automatic = Automatique (un deuxième écran)
projector-monitor-option = { $name } ({ $width } × { $height })
projector-monitor-primary = { $name } ({ $width } × { $height }, cet écran)
projector-open = Ouvrir sur le mur
projector-close = Fermer le mur
projector-status-open = Le mur est ouvert sur { $monitor }.
projector-status-closed = Le mur est fermé.

## Sur le mur

projector-wall-break = Pause
projector-wall-group = Ce que dit le groupe
projector-wall-lunch = Pause de midi
projector-wall-interpreting = Temps pour l’interprétation. N’hésitez pas à demander qu’on réexplique quelque chose.
projector-wall-individual = Un temps pour vous. Écrivez ou dessinez sur votre feuille. Personne n’a à montrer ni à dire ce qu’il a écrit.
projector-wall-guest = Un invité est avec nous. Vous pouvez poser des questions, ou simplement écouter. Vous n’avez pas à donner votre nom.
