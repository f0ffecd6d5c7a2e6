### review: draft
# O nome do idioma na própria língua, como aparece no seletor de idioma.
language-name = Português (Brasil)
