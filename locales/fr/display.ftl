# Réglages d’affichage de cet ordinateur : la taille du texte et la palette à contraste élevé.
# Rien de secret : gardés sur cet appareil, utilisés avant l’ouverture du coffre, et sur le
# deuxième écran aussi.

display-menu = Affichage
display-heading = Taille du texte et contraste
display-hint = Ces réglages restent sur cet ordinateur. Ils s’appliquent aussi avant l’ouverture du coffre, et sur le deuxième écran.
display-text-size = Taille du texte
display-text-size-value = { $percent } %
display-high-contrast = Contraste élevé
