## Traces sur l’ordinateur : où va un fichier non chiffré, et ce qu’une impression peut laisser.

# Le titre et le bouton d’enregistrement du sélecteur.
booklet-pdf-choose-title = Enregistrer le livret (non chiffré)
booklet-pdf-choose-accept = Enregistrer

# Avant d’imprimer la feuille de récupération.
recovery-print-warning-title = Avant d’imprimer
recovery-print-warning = Une imprimante peut garder une copie de ce qu’elle imprime : la file d’impression de cet ordinateur ou d’une imprimante réseau peut conserver la feuille, et quelqu’un d’autre peut la prendre dans le bac. Utilisez si possible une imprimante branchée directement sur cet ordinateur, et restez à côté jusqu’à ce que la feuille soit sortie.
recovery-print-confirm = Imprimer
recovery-print-cancel = Annuler
