### review: draft
# El diario de decisiones (donde la persona se sitúa en cada camino, sesión tras sesión,
# y sus gráficos) y las fichas informativas sobre los caminos.
# Son las propias posiciones de la persona: nunca una puntuación, nunca un veredicto.

## El diario de decisiones en una sesión

journal-heading = Diario de decisiones
journal-editor-heading = ¿Dónde se sitúa hoy?
journal-editor-intro = Pregunte a la persona dónde se sitúa hoy en cada camino. Son sus propias posiciones, con sus propias palabras: no son una puntuación ni un examen, y no deciden nada. Cualquier pregunta puede quedar abierta.
journal-possible-question = ¿Hasta qué punto le parece posible este camino?
journal-possible-low = nada posible
journal-possible-high = muy posible
journal-wanted-question = ¿Hasta qué punto lo desea?
journal-wanted-low = nada
journal-wanted-high = mucho
# Un extremo de una escala: su número y lo que significa, p. ej. «0: nada».
journal-scale-end = { $value }: { $label }
journal-clear = Dejar abierto
journal-why-label = Una breve explicación del porqué, con las propias palabras de la persona (opcional)
journal-last-time = La última vez ({ $date }):
journal-last-possible = posible: { $value }
journal-last-wanted = deseado: { $value }
journal-last-none = No se dijo nada sobre este camino en una sesión anterior.
journal-not-said = no se dijo
journal-loading = Cargando el diario…
journal-status-idle = Cada respuesta se guarda en cuanto se da.
journal-status-saving = Guardando…
journal-status-saved = Guardado
journal-status-failed = Todavía no se ha guardado:
journal-retry = Intentar de nuevo

## El diario de decisiones a lo largo del tiempo (resumen de la persona)

journal-view-intro = Dónde se situó la persona en cada camino, sesión tras sesión. Son sus propias posiciones, no una puntuación, y nada de lo que hay aquí decide por ella.
journal-empty = Todavía no hay ninguna posición. El gráfico aparece cuando la persona se ha situado en un camino durante una sesión.
journal-chart-title = Hasta qué punto parece posible cada camino y hasta qué punto se desea, sesión tras sesión
journal-chart-desc = Cuatro gráficos pequeños, uno por camino, a lo largo de { $sessions ->
        [one] una sesión
       *[other] { $sessions } sesiones
    }, de la más antigua a la más reciente. Cada uno va de 0 a 10. Línea continua con círculos: hasta qué punto parece posible el camino. Línea discontinua con cuadrados: hasta qué punto lo desea la persona. Un hueco en una línea significa que no se dijo nada en esa sesión.
journal-legend-possible = Hasta qué punto parece posible (línea continua, círculos)
journal-legend-wanted = Hasta qué punto se desea (línea discontinua, cuadrados)
journal-legend-scale = De 0 (abajo) a { $max } (arriba)
journal-table-caption = { $pathway }: posiciones por sesión
journal-table-session = Sesión
journal-table-possible = Hasta qué punto es posible
journal-table-wanted = Hasta qué punto se desea
journal-heatmap-title = { $exercise }: { $question }
journal-heatmap-when = Según las respuestas de la sesión del { $date }.
journal-heatmap-desc = Una cuadrícula de { $rows } filas y { $columns } columnas. Cada casilla contiene el número que eligió la persona, de 0 (claro) a 10 (oscuro). Una casilla rayada con un guion no tiene respuesta.
journal-heatmap-end = { $value }: { $label }
journal-heatmap-empty-cell = sin respuesta
journal-why-heading = El porqué, en sus propias palabras
journal-why-pathway = { $pathway }:

## Fichas informativas sobre los caminos

pathcard-heading = Información sobre los caminos
pathcard-intro = Información sencilla sobre cada camino, para leerla juntos al ritmo de la persona. Abra una ficha para leerla.
pathcard-loading = Cargando las fichas…
pathcard-none = No hay fichas informativas disponibles.
pathcard-tracks = Cuánto leer
pathcard-track-overview = Resumen: para cuando todavía lo está pensando
pathcard-track-details = Detalles: para cuando ya ha decidido
pathcard-checked = Datos comprobados el { $date }
pathcard-sources = Fuentes:
# Una fuente y su año, p. ej. «estudio de la KU Leuven (2016)».
pathcard-source = { $source } ({ $year })
pathcard-outdated-label = Puede estar desactualizado.
pathcard-outdated = Estos datos se comprobaron por última vez hace más de un año. Las normas y los importes cambian: compruébelos antes de fiarse de ellos.
pathcard-confirm = Esta es información general, no un consejo sobre su situación personal. Confírmela siempre con un asesor jurídico o, para el retorno, con una organización de retorno.
pathcard-close = Cerrar la ficha
