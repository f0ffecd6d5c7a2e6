### review: draft
# Hojas de trabajo: los ejercicios de una sesión, tal como el orientador los ve y los dirige.
# Los textos de los propios ejercicios están en exercises.ftl; aquí están los controles que los rodean.

## Elegir un ejercicio en una sesión

worksheet-section-heading = Ejercicios
worksheet-section-hint = Elija un ejercicio para hacerlo junto con la persona, en el orden que quiera. Las respuestas se guardan en esta sesión.
worksheet-loading = Cargando…
worksheet-retry = Intentar de nuevo
worksheet-picker-empty = No hay ningún ejercicio disponible.
worksheet-start = Empezar
worksheet-continue = Continuar
worksheet-activity =
    { $sessions ->
        [one] Trabajado en una sesión, la última vez el { $date }
       *[other] Trabajado en { $sessions } sesiones, la última vez el { $date }
    }
worksheet-activity-none = Todavía no se ha hecho
worksheet-problems-heading = Algunos ejercicios o fichas informativas no se han podido usar
worksheet-problems-hint = Avenir los ha dejado fuera; todo lo demás funciona. Pida a la persona que mantiene los contenidos de su organización que corrija estos archivos.

## Un ejercicio abierto

worksheet-language-label = Idioma del ejercicio
worksheet-close = Volver a la sesión
worksheet-close-unsaved = Algunas respuestas todavía no se han podido guardar. Siguen en la pantalla: intente de nuevo o cierre sin guardarlas.
worksheet-close-anyway = Cerrar sin guardar
worksheet-status-saving = Guardando…
worksheet-status-saved = Respuestas guardadas
worksheet-status-failed = Todavía no se ha guardado:
worksheet-guide = Guía para el orientador
worksheet-guide-aim = Objetivo
worksheet-guide-introduce = Cómo presentarlo
worksheet-guide-avoid = Cuándo no usarlo
worksheet-guide-group = Cómo usarlo con un grupo
worksheet-history-toggle = Respuestas anteriores ({ $count })
worksheet-history-session = Sesión del { $date }
worksheet-history-empty = Sin respuesta

## Responder

worksheet-text-left =
    { $count ->
        [0] No quedan caracteres
        [one] Queda un carácter
       *[other] Quedan { $count } caracteres
    }
worksheet-remove = Quitar
worksheet-scale-clear = Borrar la respuesta
worksheet-cell-empty = –
worksheet-list-new = Nuevo elemento
worksheet-list-add = Añadir
worksheet-list-item = Elemento { $n }
worksheet-list-up = Subir el elemento { $n }
worksheet-list-down = Bajar el elemento { $n }
worksheet-list-remove = Quitar el elemento { $n }
worksheet-list-full =
    { $max ->
        [one] La lista está llena: un elemento como máximo. Quítelo para añadir otro.
       *[other] La lista está llena: { $max } elementos como máximo. Quite uno para añadir otro.
    }
worksheet-timeline-add = Añadir un acontecimiento
worksheet-timeline-empty = Todavía no hay ningún acontecimiento. Añada el primero.
worksheet-timeline-event = Acontecimiento { $n }
worksheet-timeline-when = Cuándo
worksheet-timeline-what = Qué pasó
worksheet-timeline-tag = Tipo
worksheet-timeline-no-tag = Sin marcar
worksheet-timeline-up = Subir el acontecimiento { $n }
worksheet-timeline-down = Bajar el acontecimiento { $n }
worksheet-timeline-remove = Quitar el acontecimiento { $n }
worksheet-timeline-full = La línea de tiempo está llena: { $max } acontecimientos como máximo.
worksheet-photos-empty = El álbum de fotos de la persona todavía no tiene fotos.
worksheet-photos-choose = Elija hasta { $max } fotos del álbum.
worksheet-photos-photo = Foto { $n }
worksheet-photos-photo-caption = Foto { $n }: { $caption }
worksheet-photos-count =
    { $count ->
        [one] Una foto elegida
       *[other] { $count } fotos elegidas
    }
