# Le nom de la langue dans cette langue, affiché dans le sélecteur de langue.
language-name = Français
