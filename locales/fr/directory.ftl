# Le répertoire d’orientation : les lieux vers lesquels une conseillère oriente les personnes
# (dans l’écran du coffre), la recherche, le formulaire, le partage avec les collègues (importer
# et exporter), le répertoire de départ de l’organisation, orienter depuis un entretien, les
# lieux sous une fiche de parcours, le billet d’orientation (directory-slip- : les commandes de
# la conseillère ; slip- : le billet lui-même, pour la personne, dans sa langue — ils existent
# aussi en arabe), et les textes des fenêtres de choix.

directory-open = Répertoire d’orientation
directory-close = Retour aux dossiers
directory-heading = Répertoire d’orientation
directory-intro = Les lieux vers lesquels vous orientez les personnes : aide juridique, un médecin, un partenaire de retour, un hébergement… Uniquement des lieux, jamais le nom d’une personne. Il reste dans votre coffre.
directory-retry = Réessayer
directory-loading = Chargement…

## Types de lieux.
directory-kind-legal-aid = Aide juridique
directory-kind-medical = Soins médicaux
directory-kind-return-partner = Partenaire de retour
directory-kind-social-services = Services sociaux
directory-kind-shelter = Hébergement
directory-kind-psychosocial = Soutien psychosocial
directory-kind-trafficking-support = Aide aux victimes de la traite
directory-kind-language-classes = Cours de langue
directory-kind-school = École

## Champs (dans le formulaire, et quand une valeur ou une ligne d’un fichier est refusée).
directory-field-name = Nom
directory-field-kind = Type de lieu
directory-field-pathways = Parcours pour lesquels il aide
directory-field-languages = Langues parlées
directory-field-town = Commune
directory-field-address = Adresse
directory-field-hours = Heures d’ouverture
directory-field-phone = Téléphone
directory-field-anonymous = On peut venir sans donner son nom
directory-field-bring = Quoi apporter
directory-field-note = Note
directory-field-checked-on = Dernière vérification

## La recherche.
directory-search-heading = Trouver un lieu
directory-search-label = Rechercher
directory-search-hint = Nom, commune, adresse, téléphone, quoi apporter ou note. Majuscules et accents n’ont pas d’importance.
directory-filter-pathway = Parcours
directory-filter-kind = Type de lieu
directory-filter-any = Tous
directory-filter-language = Langue parlée
directory-filter-language-hint = Un code de langue, par exemple ar, fr ou ti.
directory-filter-town = Commune
directory-filter-anonymous = Seulement les lieux où l’on peut venir sans donner son nom
directory-more = Plus de lieux correspondent qu’il n’est possible d’en afficher. Précisez la recherche pour les voir tous.
directory-empty-none = Votre répertoire est vide. Ajoutez les lieux vers lesquels vous orientez les personnes, ou importez le fichier du répertoire d’une collègue.
directory-empty-search = Aucun lieu ne correspond à cette recherche.

## Un lieu de la liste.
directory-anonymous-badge = Sans donner son nom
directory-outdated = À vérifier : dernière vérification le { $date }, il y a plus d’un an.
directory-outdated-never = À vérifier : personne n’a noté avoir vérifié ce lieu.
directory-edit = Modifier
directory-delete = Supprimer
directory-slip = Billet d’orientation
directory-delete-title = Supprimer ce lieu de votre répertoire ?
directory-delete-warning = Il disparaît de votre répertoire. Les orientations déjà notées dans les entretiens restent telles quelles.
directory-delete-yes = Supprimer
directory-delete-no = Garder

## Ajouter ou modifier un lieu.
directory-add = Ajouter un lieu
directory-form-new-heading = Ajouter un lieu
directory-form-edit-heading = Modifier un lieu
directory-form-hint = Le répertoire contient des lieux, jamais des noms de personnes accompagnées. N’écrivez rien ici sur une personne.
directory-languages-hint = Codes de langue séparés par des espaces ou des virgules, par exemple : nl fr ar
directory-note-hint = Pour vous et les collègues avec qui vous partagez le répertoire. Jamais imprimée sur un billet d’orientation.
directory-checked-hint = Quand quelqu’un a vérifié pour la dernière fois que ces informations sont justes. Après un an, le lieu est signalé.
directory-checked-today = Aujourd’hui
directory-save = Enregistrer
directory-form-cancel = Annuler

## Partager avec les collègues : importer et exporter.
directory-share-heading = Partager avec les collègues
directory-share-intro = Importez le fichier de répertoire d’une collègue, ou exportez le vôtre en tableur (CSV) ou en fichier TOML. Une importation ne remplace jamais un lieu vérifié plus récemment ici.
directory-import = Importer un fichier de répertoire…
directory-import-checking = Lecture du fichier…
directory-import-preview-heading = Ce que fera l’importation de { $file }
directory-import-preview-explain = Rien n’est enregistré avant votre confirmation. Les lignes qui posent problème sont laissées de côté ; les autres sont importées.
directory-import-preview-add = Seront ajoutés ({ $count }) :
directory-import-preview-change = Seront mis à jour ({ $count }) :
directory-import-done-add = Ajoutés ({ $count }) :
directory-import-done-change = Mis à jour ({ $count }) :
directory-import-same = Déjà identiques ici, laissés tels quels : { $count }
directory-import-kept = Gardés tels quels, car vérifiés plus récemment ici ({ $count }) :
directory-import-kept-line = Ligne { $line } : { $name }
directory-import-bad = Lignes laissées de côté ({ $count }) :
directory-import-bad-field = Ligne { $line } : « { $field } » manque ou n’est pas valide.
directory-import-bad-duplicate = Ligne { $line } : le même lieu qu’à la ligne { $first }.
directory-import-ignored = Colonnes laissées de côté (Avenir ne les connaît pas) : { $columns }
directory-import-nothing = Ce fichier ne change rien à votre répertoire.
directory-import-confirm = Importer
directory-import-cancel = Annuler
directory-import-done-heading = Le fichier de répertoire a été importé
directory-import-close = Fermer
directory-export-csv = Exporter en CSV (tableur)…
directory-export-toml = Exporter en TOML…
directory-exported = Le répertoire a été enregistré sous { $file } :
directory-export-no-clients = Le fichier ne contient que les lieux de votre répertoire, aucune donnée sur les personnes.

## Le répertoire de départ de l’organisation.
directory-offer-heading = Le répertoire de départ de votre organisation
directory-offer-text = Votre organisation a préparé un répertoire de départ ({ $file }). L’importer dans votre répertoire ?
directory-offer-explain = Il n’est proposé qu’une fois. Si vous refusez, vous pourrez encore importer le fichier plus tard.
directory-offer-import = L’importer
directory-offer-decline = Non, merci

## Orienter depuis un entretien.
directory-refer = Orienter vers un service…
directory-refer-heading = Orienter vers un service
directory-refer-search = Rechercher dans le répertoire
directory-refer-none = Aucun lieu ne correspond. Les lieux s’ajoutent dans le répertoire d’orientation de l’écran du coffre.
directory-refer-cancel = Annuler
directory-referred-step = Orientation vers { $name } le { $date }
directory-refer-done = L’orientation a été ajoutée aux prochaines étapes.
directory-refer-open-slip = Billet d’orientation…

## Sous une fiche de parcours.
directory-pathcard-heading = Lieux de votre répertoire pour ce parcours

## Le billet d’orientation : les commandes de la conseillère.
directory-slip-heading = Billet d’orientation
directory-slip-intro = À emporter par la personne, dans sa langue. Il ne montre que le lieu : pas de code, pas de note.
directory-slip-language = Langue du billet
directory-slip-close = Fermer le billet
directory-slip-print = Imprimer…
directory-slip-save-pdf = Enregistrer en PDF…
directory-slip-pdf-warning-title = Le fichier PDF n’est pas chiffré
directory-slip-pdf-warning = Toute personne qui peut utiliser cet ordinateur peut ouvrir le fichier PDF et voir vers où une personne a été orientée. Remettez le fichier à la personne (sur son GSM ou une clé USB), puis supprimez-le de cet ordinateur.
directory-slip-pdf-where = Choisissez ensuite où l’enregistrer. Une clé USB est le meilleur choix. Évitez Documents, le Bureau et les dossiers synchronisés (Dropbox, Nextcloud, OneDrive) : les outils de recherche et le cloud en gardent leurs propres copies.
directory-slip-pdf-confirm = Enregistrer le PDF
directory-slip-pdf-cancel = Annuler
directory-slip-pdf-saving = Enregistrement du PDF…
directory-slip-pdf-saved = Le PDF a été enregistré ici :
directory-slip-pdf-saved-reminder = Supprimez-le de cet ordinateur dès que la personne l’a reçu.

## Le billet d’orientation lui-même, pour la personne.
slip-title = Un lieu où vous pouvez trouver de l’aide
slip-intro = Montrez ce papier quand vous y allez.
slip-address = Adresse
slip-hours = Heures d’ouverture
slip-phone = Téléphone
slip-bring = Quoi apporter
slip-anonymous = Vous pouvez venir sans donner votre nom.

## Les fenêtres de choix (demandées par le programme).
directory-choose-file-title = Choisissez un fichier de répertoire à importer (CSV ou TOML)
directory-choose-save-title = Enregistrer le répertoire
directory-choose-save-accept = Enregistrer
