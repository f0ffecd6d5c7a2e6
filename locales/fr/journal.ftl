# Le journal de décision (où la personne se situe sur chaque piste, entretien après entretien, et
# ses graphiques) et les fiches d’information sur les pistes.
# Ce sont les positionnements de la personne elle-même : jamais un score, jamais un verdict.

## Le journal de décision dans un entretien

journal-heading = Journal de décision
journal-editor-heading = Où en êtes-vous aujourd’hui ?
journal-editor-intro = Demandez à la personne où elle en est aujourd’hui sur chaque piste. Ce sont ses propres positionnements, avec ses propres mots — ni un score ni un test, et ils ne décident de rien. Chaque question peut rester ouverte.
journal-possible-question = À quel point cette piste vous semble-t-elle possible ?
journal-possible-low = pas du tout possible
journal-possible-high = tout à fait possible
journal-wanted-question = À quel point la souhaitez-vous ?
journal-wanted-low = pas du tout
journal-wanted-high = vraiment beaucoup
# Une extrémité d’une échelle : son chiffre et ce qu’il veut dire, p. ex. « 0 : pas du tout ».
journal-scale-end = { $value } : { $label }
journal-clear = Laisser ouvert
journal-why-label = Un mot d’explication, avec les mots de la personne (facultatif)
journal-last-time = La dernière fois ({ $date }) :
journal-last-possible = possible : { $value }
journal-last-wanted = souhaitée : { $value }
journal-last-none = Rien n’a été dit sur cette piste lors d’un entretien précédent.
journal-not-said = pas dit
journal-loading = Chargement du journal…
journal-status-idle = Chaque réponse est enregistrée dès qu’elle est donnée.
journal-status-saving = Enregistrement…
journal-status-saved = Enregistré
journal-status-failed = Pas encore enregistré :
journal-retry = Réessayer

## Le journal de décision dans le temps (vue d’ensemble de la personne)

journal-view-intro = Où la personne s’est située sur chaque piste, entretien après entretien. Ce sont ses propres positionnements — pas un score — et rien ici ne décide à sa place.
journal-empty = Aucun positionnement pour l’instant. Le graphique apparaît dès que la personne s’est située sur une piste lors d’un entretien.
journal-chart-title = À quel point chaque piste semble possible et souhaitée, entretien après entretien
journal-chart-desc = Quatre petits graphiques, un par piste, sur { $sessions ->
        [one] un entretien
       *[other] { $sessions } entretiens
    }, du plus ancien au plus récent. Chacun va de 0 à 10. Trait plein avec des ronds : à quel point la piste semble possible. Trait pointillé avec des carrés : à quel point la personne la souhaite. Une interruption dans un trait signifie que rien n’a été dit lors de cet entretien.
journal-legend-possible = À quel point elle semble possible (trait plein, ronds)
journal-legend-wanted = À quel point elle est souhaitée (trait pointillé, carrés)
journal-legend-scale = De 0 (en bas) à { $max } (en haut)
journal-table-caption = { $pathway } : positionnements par entretien
journal-table-session = Entretien
journal-table-possible = Possible
journal-table-wanted = Souhaitée
journal-heatmap-title = { $exercise } : { $question }
journal-heatmap-when = Telles que données lors de l’entretien du { $date }.
journal-heatmap-desc = Une grille de { $rows } lignes et { $columns } colonnes. Chaque case contient le chiffre choisi par la personne, de 0 (clair) à 10 (foncé). Une case hachurée avec un tiret n’a pas reçu de réponse.
journal-heatmap-end = { $value } : { $label }
journal-heatmap-empty-cell = sans réponse
journal-why-heading = Mots d’explication
journal-why-pathway = { $pathway } :

## Fiches d’information sur les pistes

pathcard-heading = Informations sur les pistes
pathcard-intro = Des informations simples sur chaque piste, à lire ensemble au rythme de la personne. Ouvrez une fiche pour la lire.
pathcard-loading = Chargement des fiches…
pathcard-none = Aucune fiche d’information n’est disponible.
pathcard-tracks = Combien voulez-vous lire ?
pathcard-track-overview = Vue d’ensemble — si vous réfléchissez encore
pathcard-track-details = En détail — si vous avez décidé
pathcard-checked = Informations vérifiées le { $date }
pathcard-sources = Sources :
# Une source et son année, p. ex. « Étude KU Leuven (2016) ».
pathcard-source = { $source } ({ $year })
pathcard-outdated-label = Peut-être dépassé.
pathcard-outdated = Ces informations ont été vérifiées pour la dernière fois il y a plus d’un an. Les règles et les montants changent : vérifiez-les avant de vous y fier.
pathcard-confirm = Ceci est une information générale, pas un conseil sur votre situation personnelle. Faites-la toujours confirmer par un conseiller juridique ou, pour le retour, par un partenaire de retour.
pathcard-close = Fermer la fiche
