### review: draft
# O álbum de fotos da pessoa atendida e o livreto impresso a partir dele.
# A maioria das mensagens são controles do orientador. O que é mostrado ou impresso para a pessoa, no idioma dela:
# album-category-*, album-message-*, album-photo-alt e booklet-scale-value.

## Tipos de página (mostrados à pessoa)

album-category-label = Tipo de página
album-category-people = Pessoas
album-category-places = Lugares
album-category-work = Trabalho
album-category-learning = Cursos
album-category-skills = Habilidades
album-category-moments = Momentos

## Uma página (mostrada à pessoa)

# $n: a posição da foto na página, $count: quantas fotos a página tem.
album-photo-alt = Foto { $n } de { $count }
album-message-from = Uma mensagem de { $from }:
album-message-anonymous = Uma mensagem:

## Editar uma página

album-message-legend = Uma mensagem de alguém (opcional)
album-message-hint = Palavras escritas ou ditadas por um amigo, um colega, um professor…
album-message-from-label = De
album-message-text-label = Mensagem

## O livreto: impresso para a pessoa

# Uma resposta em uma escala de 0 a 10.
booklet-scale-value = { $value } de 10
