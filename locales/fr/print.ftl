# Imprimer un exercice ou une fiche sur un parcours pour la personne ou une formation en groupe, sur papier ou en PDF.
# Chaque message est une commande de l’intervenant·e : la feuille elle-même ne contient que les
# textes de l’exercice ou de la fiche, dans les langues choisies.

## Ouvrir et fermer

print-open = Imprimer…
print-worksheet-heading = Imprimer cet exercice
print-card-heading = Imprimer cette fiche
print-intro = Sur papier ou en PDF, pour la personne ou un groupe. La feuille ne contient jamais le code du client, les notes ni votre guide.
print-close = Fermer
print-refused = Cette fiche est pour vous seul·e : elle n’est jamais imprimée.

## Les choix

print-language = Langue de la feuille
print-language-second = Deuxième langue, côte à côte
print-language-none = Aucune
print-paper = Papier
print-paper-a4 = A4
print-paper-a5 = A5
print-content = Quoi imprimer
print-blank = Vierge, à remplir à la main
print-answered = Avec les réponses de la personne
print-sensitive-warning = Les réponses sur les raisons du départ ou sur les peurs de la personne peuvent la mettre en danger : la feuille peut passer une frontière ou être lue par d’autres à la maison. Décidez avec la personne de l’imprimer avec les réponses ou vierge.

## L’aperçu

print-preview = Aperçu : ce qui sera imprimé
print-loading = Chargement…
print-retry = Réessayer

## L’impression et le fichier PDF

print-print = Imprimer…
print-save-pdf = Enregistrer en PDF…
print-pdf-warning-title = Le fichier PDF n’est pas chiffré
print-pdf-warning = Toute personne qui peut utiliser cet ordinateur peut ouvrir le fichier PDF et le lire. Remettez le fichier à la personne (sur son GSM ou une clé USB), puis supprimez-le de cet ordinateur.
print-pdf-where = Choisissez ensuite où l’enregistrer. Une clé USB est le meilleur choix. Évitez Documents, le Bureau et les dossiers synchronisés (Dropbox, Nextcloud, OneDrive) : les outils de recherche et le cloud en gardent leurs propres copies.
print-pdf-confirm = Enregistrer le PDF
print-pdf-cancel = Annuler
print-pdf-saving = Enregistrement du PDF…
print-pdf-saved = Le PDF a été enregistré ici :
print-pdf-saved-reminder = Supprimez-le de cet ordinateur dès que la personne l’a reçu.
