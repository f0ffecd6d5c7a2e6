# L’album photo d’une personne suivie et le livret imprimé à partir de cet album.
# La plupart des messages sont des commandes pour l’intervenant·e (avec « vous »). Montrés ou imprimés
# pour la personne, dans sa langue : album-category-*, album-message-*, album-photo-alt et booklet-scale-value.

## Sur la vue d’ensemble de la personne

album-overview-heading = Album photo
album-overview-hint = Les personnes rencontrées, les lieux, le travail accompli, les formations suivies, les compétences acquises, les messages d’amis : ce que la personne a construit ici, à garder, où que mène l’avenir.
album-open = Ouvrir l’album photo

## L’album

album-heading = Album photo
album-intro = Des pages de photos et de mots, dans l’ordre choisi par la personne.
album-back = Retour à la personne
album-loading = Chargement…
album-retry = Réessayer
album-empty = L’album est encore vide. Ajoutez des photos, ou une page avec seulement des mots : une compétence acquise, une attestation, un message.
album-empty-presenting = L’album est encore vide.
album-add-photos = Ajouter des photos…
album-add-text-page = Ajouter une page sans photo
album-drop-hint = Vous pouvez aussi glisser des photos depuis un dossier jusque sur l’album. Chaque photo devient une page.
album-drop-here = Déposez les photos ici
album-privacy = Les photos sont conservées chiffrées dans le coffre, sans nom de fichier, lieu ni données de l’appareil. Les visages peuvent mettre des personnes en danger : n’ajoutez une photo qu’avec l’accord des personnes qui y figurent.
album-booklet-open = Faire un livret…
album-page-number = Page { $n } sur { $count }

## Types de page (montrés à la personne)

album-category-label = Type de page
album-category-people = Personnes
album-category-places = Lieux
album-category-work = Travail
album-category-learning = Formation
album-category-skills = Compétences
album-category-moments = Moments

## Une page (montrée à la personne)

# $n : la place de la photo sur la page, $count : le nombre de photos de la page.
album-photo-alt = Photo { $n } sur { $count }
album-photo-hidden = Photo masquée (mode présentation)
album-message-from = Un message de { $from } :
album-message-anonymous = Un message :

## Les commandes d’une page

album-page-edit = Modifier
album-page-up = Monter la page
album-page-down = Descendre la page
album-page-delete = Supprimer la page

## Modifier une page

album-editor-new = Nouvelle page
album-editor-heading = Modifier la page { $n }
album-caption-label = Légende, avec les mots de la personne
album-message-legend = Un message de quelqu’un (facultatif)
album-message-hint = Des mots écrits ou dictés par un ami, une collègue, un enseignant…
album-message-from-label = De la part de
album-message-text-label = Message
album-editor-photos = Photos de cette page ({ $count } sur { $max })
album-editor-no-photos = Pas de photo : une page avec seulement des mots.
album-editor-add-photos = Ajouter des photos à cette page…
album-editor-drop-hint = ou glissez-les sur cette page.
album-editor-full = Une page contient au maximum { $max } photos.
album-photo-earlier = Avancer la photo { $n }
album-photo-later = Reculer la photo { $n }
album-photo-remove = Retirer de cette page
album-photo-erase = Effacer la photo
album-page-save = Enregistrer la page
album-page-cancel = Annuler
album-saving = Enregistrement…

## Photos sur aucune page

album-loose-heading = Photos sur aucune page
album-loose-hint = Ces photos sont dans le coffre, mais sur aucune page de l’album. Faites-en une page, ou effacez-les.
album-loose-alt = Photo { $n } sur { $count }, sur aucune page
album-loose-new-page = En faire une page
album-loose-add-to-page = Ajouter à la page en cours de modification

## Ajouter des photos (jamais par nom de fichier : par numéro)

album-import-progress = Ajout de la photo { $n } sur { $total }…
album-import-cancel = Arrêter après cette photo
album-import-stopping = Arrêt après cette photo…
album-import-done =
    { $count ->
        [0] Aucune photo n’a été ajoutée.
        [one] Une photo a été ajoutée.
       *[other] { $count } photos ont été ajoutées.
    }
album-import-stopped =
    { $count ->
        [0] Arrêté : aucune des { $total } photos n’a été ajoutée.
        [one] Arrêté : une photo sur { $total } a été ajoutée.
       *[other] Arrêté : { $count } photos sur { $total } ont été ajoutées.
    }
album-import-errors = Certaines photos n’ont pas pu être ajoutées. Les autres l’ont été.
album-import-error = Photo { $n } sur { $total } : { $error }
album-import-not-photo = Ce fichier n’est pas une photo qu’Avenir sait lire (JPEG, PNG ou WebP).
album-import-left-out =
    { $count ->
        [one] Une page contient au maximum { $max } photos : une photo a été laissée de côté.
       *[other] Une page contient au maximum { $max } photos : { $count } photos ont été laissées de côté.
    }

## Effacer

album-erase-page-title = Supprimer cette page ?
album-erase-page-warning = La page est effacée du coffre, ainsi que ses photos qui ne figurent sur aucune autre page. C’est définitif.
album-erase-photo-title = Effacer cette photo ?
album-erase-photo-warning = La photo est effacée du coffre et de toutes les pages où elle figure. C’est définitif.
album-erase-confirm = Effacer
album-erase-cancel = La garder

## Le livret : ce qu’il contient

booklet-heading = Livret à garder, où que mène l’avenir
booklet-intro = Choisissez avec la personne ce qui va dans le livret. Seul ce qui est choisi ici est imprimé : jamais de notes, de résumés, de dates d’entretien ni le code de la personne.
booklet-back = Retour à l’album
booklet-title-label = Titre sur la couverture
booklet-title-hint = La personne le choisit, avec ses propres mots. Évitez les noms et tout ce qui permettrait de l’identifier.
booklet-language-label = Langue du livret
booklet-paper-legend = Papier
booklet-paper-a4 = A4
booklet-paper-a5 = A5 (la moitié d’un A4)
booklet-pages-legend = Pages de l’album
booklet-pages-none = L’album n’a pas encore de pages.
booklet-pages-all = Tout choisir
booklet-pages-clear = Ne rien choisir
booklet-page-choice = Page { $n } : { $category }
booklet-exercises-legend = Réponses à des exercices (facultatif)
booklet-exercises-hint = Les dernières réponses des exercices choisis sont imprimées, avec leurs questions.
booklet-sensitive-warning = Les réponses sur les raisons du départ ou sur les peurs de la personne peuvent la mettre en danger : le livret peut passer une frontière ou être lu par d’autres à la maison. Choisissez avec la personne les réponses qui y figurent, et laissez de côté tout ce qui pourrait lui nuire.
booklet-exercises-none = Aucun exercice n’est disponible.
booklet-exercise-empty = Pas encore de réponses : rien n’en sera imprimé.
booklet-preview-heading = Aperçu : voici ce qui sera imprimé

## Le livret : impression et fichier PDF

booklet-print = Imprimer…
booklet-save-pdf = Enregistrer en PDF…
booklet-pdf-warning-title = Le fichier PDF n’est pas chiffré
booklet-pdf-warning = Toute personne qui peut utiliser cet ordinateur peut ouvrir le fichier PDF et voir les photos qu’il contient. Remettez le fichier à la personne (sur son GSM ou une clé USB), puis supprimez-le de cet ordinateur.
booklet-pdf-confirm = Enregistrer le PDF
booklet-pdf-cancel = Annuler
booklet-pdf-saving = Enregistrement du PDF…
booklet-pdf-saved = Le PDF a été enregistré ici :
booklet-pdf-saved-reminder = Supprimez-le de cet ordinateur dès que la personne l’a reçu.

## Le livret : imprimé pour la personne

# Une réponse sur une échelle de 0 à 10.
booklet-scale-value = { $value } sur 10

# Le PDF du livret : dans l’avertissement, avant que le sélecteur s’ouvre.
booklet-pdf-where = Choisissez ensuite où l’enregistrer. Une clé USB est le meilleur choix. Évitez Documents, le Bureau et les dossiers synchronisés (Dropbox, Nextcloud, OneDrive) : les outils de recherche et le cloud en gardent leurs propres copies.
