### review: draft
# El nombre de la lengua en la propia lengua, tal como aparece en el selector de idioma.
language-name = Español
