### review: draft
# El álbum de fotos de una persona y el cuadernillo que se imprime a partir de él.
# Aquí solo están los mensajes que se muestran o se imprimen para la persona, en su idioma:
# album-category-*, album-message-*, album-photo-alt y booklet-scale-value.

## Tipos de página (se muestran a la persona)

album-category-label = Tipo de página
album-category-people = Personas
album-category-places = Lugares
album-category-work = Trabajo
album-category-learning = Formación
album-category-skills = Habilidades
album-category-moments = Momentos

## Una página (se muestra a la persona)

# $n: el lugar de la foto en la página, $count: cuántas fotos tiene la página.
album-photo-alt = Foto { $n } de { $count }
album-message-from = Un mensaje de { $from }:
album-message-anonymous = Un mensaje:

## Editar una página

album-message-legend = Un mensaje de alguien (opcional)
album-message-hint = Palabras escritas o dictadas por un amigo, un compañero de trabajo, un profesor…
album-message-from-label = De
album-message-text-label = Mensaje

## El cuadernillo: impreso para la persona

# Una respuesta en una escala de 0 a 10.
booklet-scale-value = { $value } de 10
