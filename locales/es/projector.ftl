### review: draft
# Cursos de grupo: aquí solo los mensajes «projector-wall-», que se muestran EN LA PARED, en los
# idiomas de la pared. Los mensajes para la persona que dirige el curso aparecen en inglés hasta que se traduzcan.

## Lo que se muestra en la pared

projector-wall-break = Pausa
projector-wall-group = Lo que dice el grupo
projector-wall-lunch = Pausa para el almuerzo
projector-wall-interpreting = Tiempo para la interpretación. No dude en pedir que se explique algo otra vez.
projector-wall-individual = Tiempo para usted. Escriba o dibuje en su hoja. Nadie tiene que mostrar ni decir lo que ha escrito.
projector-wall-guest = Hoy nos acompaña un invitado. Puede hacer preguntas o simplemente escuchar. No tiene que dar su nombre.
