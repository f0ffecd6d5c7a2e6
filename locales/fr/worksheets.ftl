# Fiches d’exercice : les exercices d’un entretien, tels que l’intervenant·e les voit et les anime.
# Les textes des exercices eux-mêmes sont dans exercises.ftl ; ici, les commandes autour.

## Choisir un exercice pendant un entretien

worksheet-section-heading = Exercices
worksheet-section-hint = Choisissez un exercice à faire avec la personne, dans l’ordre que vous voulez. Les réponses sont enregistrées dans cet entretien.
worksheet-loading = Chargement…
worksheet-retry = Réessayer
worksheet-picker-empty = Aucun exercice n’est disponible.
worksheet-start = Commencer
worksheet-continue = Continuer
worksheet-activity =
    { $sessions ->
        [one] Abordé lors d’un entretien, le { $date }
       *[other] Abordé lors de { $sessions } entretiens, la dernière fois le { $date }
    }
worksheet-activity-none = Pas encore fait
worksheet-private-heading = Pour vous seul·e
worksheet-private-hint = Vos propres fiches : jamais montrées à la personne, ni en mode présentation, ni sur le deuxième écran, ni dans un livret, ni dans une formation.
worksheet-problems-heading = Certains exercices ou certaines fiches d’information n’ont pas pu être utilisés
worksheet-problems-hint = Avenir les a laissés de côté ; tout le reste fonctionne. Demandez à la personne qui gère le contenu de votre organisation de corriger ces fichiers.

## Un exercice ouvert

worksheet-language-label = Langue de l’exercice
worksheet-close = Retour à l’entretien
worksheet-close-unsaved = Certaines réponses n’ont pas encore pu être enregistrées. Elles sont toujours à l’écran : réessayez, ou fermez sans les enregistrer.
worksheet-close-anyway = Fermer sans enregistrer
worksheet-status-saving = Enregistrement…
worksheet-status-saved = Réponses enregistrées
worksheet-status-failed = Pas encore enregistré :
worksheet-guide = Guide pour l’intervenant·e
worksheet-guide-aim = Objectif
worksheet-guide-introduce = Comment l’introduire
worksheet-guide-avoid = Quand ne pas l’utiliser
worksheet-guide-group = En groupe
worksheet-visibility-when-raised = Seulement si la personne a elle-même abordé le sujet. Une formation ne le donne jamais à tout le groupe : tout au plus comme travail individuel sur papier, que chacun peut laisser de côté.
worksheet-private-note = Pour vous seul·e : cette fiche n’est jamais montrée à la personne. Elle ne va jamais sur le deuxième écran, dans un livret ou dans une formation, et le mode présentation la masque.
worksheet-private-hidden = Rien de cette fiche n’est affiché en mode présentation : elle est réservée à l’intervenant·e.
worksheet-visibility-after-return-chosen = Proposé seulement une fois que la personne a dit elle-même choisir le retour (la dernière décision notée jusqu’à cet entretien). Une formation ne le donne jamais à tout le groupe : tout au plus comme travail individuel sur papier.
worksheet-history-toggle = Réponses précédentes ({ $count })
worksheet-history-session = Entretien du { $date }
worksheet-history-empty = Pas de réponse

## Répondre

worksheet-text-left =
    { $count ->
        [0] Plus aucun caractère disponible
        [one] Encore un caractère disponible
       *[other] Encore { $count } caractères disponibles
    }
worksheet-remove = Supprimer
worksheet-scale-clear = Effacer la réponse
worksheet-cell-empty = –
worksheet-list-new = Nouvel élément de la liste
worksheet-list-add = Ajouter
worksheet-list-item = Élément { $n }
worksheet-list-up = Monter l’élément { $n }
worksheet-list-down = Descendre l’élément { $n }
worksheet-list-remove = Supprimer l’élément { $n }
worksheet-list-full =
    { $max ->
        [one] La liste est complète : un seul élément au maximum. Supprimez-le pour en ajouter un autre.
       *[other] La liste est complète : { $max } éléments au maximum. Supprimez-en un pour en ajouter un autre.
    }
worksheet-timeline-add = Ajouter un événement
worksheet-timeline-empty = Pas encore d’événement. Ajoutez le premier.
worksheet-timeline-event = Événement { $n }
worksheet-timeline-when = Quand
worksheet-timeline-what = Ce qui s’est passé
worksheet-timeline-tag = Type
worksheet-timeline-no-tag = Non précisé
worksheet-timeline-up = Monter l’événement { $n }
worksheet-timeline-down = Descendre l’événement { $n }
worksheet-timeline-remove = Supprimer l’événement { $n }
worksheet-timeline-full = La ligne du temps est complète : { $max } événements au maximum.
worksheet-photos-empty = L’album photo de la personne ne contient pas encore de photos.
worksheet-photos-choose = Choisissez jusqu’à { $max } photos dans l’album.
worksheet-photos-photo = Photo { $n }
worksheet-photos-photo-caption = Photo { $n } : { $caption }
worksheet-photos-count =
    { $count ->
        [one] Une photo choisie
       *[other] { $count } photos choisies
    }
