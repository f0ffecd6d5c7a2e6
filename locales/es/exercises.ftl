### review: draft
# Ejercicios: los textos de las hojas de trabajo de assets/content/exercises/*.toml.
# Los mensajes ex-<exercise>-intro y las preguntas se dirigen a la persona («usted»). La guía
# (ex-<exercise>-guide-…) es solo para el orientador y aparece en inglés hasta que se traduzca.
# Informar está bien; convencer, no.
# session-preparation es la lista de control del propio orientador: nunca se muestra a la persona
# (por eso no tiene texto en español).

## Mi proyecto migratorio

ex-migration-project-title = Mi proyecto migratorio
ex-migration-project-summary = Por qué se fue, qué esperaba, cómo le ha ido y qué queda hoy de ese proyecto.
ex-migration-project-intro = Todo viaje empieza con una esperanza. Aquí miramos atrás: por qué se fue, qué esperaba encontrar y cómo le ha ido hasta ahora. No hay respuestas correctas ni incorrectas. Usted elige lo que comparte, y puede saltarse una pregunta o parar en cualquier momento.
ex-migration-project-why-left = ¿Por qué se fue de su país?
ex-migration-project-why-left-help = Bastan unas pocas palabras. Comparta solo lo que quiera compartir.
ex-migration-project-hoped-for = ¿Qué esperaba encontrar o conseguir?
ex-migration-project-needs-behind = ¿Qué necesidades le llevaron a decidir irse?
ex-migration-project-how-it-went = ¿Cómo le ha ido desde que se fue? ¿Qué salió bien y qué fue difícil?
ex-migration-project-still-alive = ¿Qué queda hoy de su proyecto?
ex-migration-project-still-alive-help = Piense en los deseos y las metas que todavía lleva consigo, aunque la manera de alcanzarlos haya cambiado.

## Necesidades básicas

ex-basic-needs-title = Necesidades básicas
ex-basic-needs-summary = Lo que tiene hoy y lo que le falta, y cómo podría ser en cada camino.
ex-basic-needs-intro = Todas las personas necesitan seguridad, ganarse la vida, personas a su alrededor, atención médica y la libertad de tomar sus propias decisiones; los padres también quieren escuela para sus hijos. Aquí mira cómo se cubren estas necesidades en su vida hoy, y cómo podrían cubrirse en cada camino posible. No hay una respuesta correcta: lo que cuenta es su opinión. Puede saltarse cualquier pregunta o parar cuando quiera.
ex-basic-needs-today = ¿Qué tiene hoy, y qué le falta?
ex-basic-needs-today-help = Piense en la seguridad, en ganarse la vida, en las personas que le rodean, en la atención médica, en tomar sus propias decisiones y en la escuela para los niños.
ex-basic-needs-by-pathway = ¿Cómo está cada una de estas cosas hoy, y cómo estaría en cada camino?
ex-basic-needs-by-pathway-help = Dé a cada necesidad una puntuación de 0 a 10 en cada columna. Si no lo sabe, deje la casilla vacía: eso también nos dice algo.
ex-basic-needs-by-pathway-low = Falta por completo
ex-basic-needs-by-pathway-high = Está completamente bien
ex-basic-needs-by-pathway-today = Hoy
ex-basic-needs-by-pathway-legalise = Obtener un derecho de residencia
ex-basic-needs-by-pathway-onward = Migrar a otro país
ex-basic-needs-by-pathway-return = Retorno
ex-basic-needs-by-pathway-undocumented = Permanecer sin papeles
ex-basic-needs-most-important = ¿Cuál de estas cosas es la más importante para usted ahora?
ex-basic-needs-what-would-help = ¿Qué podría ayudarle a conseguirla?

## Línea de la vida

ex-lifeline-title = Línea de la vida
ex-lifeline-summary = Los momentos importantes de su vida, desde su nacimiento hasta hoy y hacia el futuro.
ex-lifeline-intro = Su vida es mucho más que su situación de hoy. En esta línea puede poner los momentos importantes de su vida, desde su nacimiento hasta hoy, y lo que espera para más adelante. Puede marcar dónde encontró fuerza y qué fue difícil. Usted elige lo que va en la línea, y puede saltarse cualquier parte o parar cuando quiera.
ex-lifeline-events = ¿Qué momentos de su vida quiere poner en la línea?
ex-lifeline-events-help = Para cada momento, escriba cuándo fue y qué pasó. Puede marcarlo como una fuerza, como algo difícil o como una esperanza para el futuro.
ex-lifeline-events-strength = Fuerza
ex-lifeline-events-hard = Difícil
ex-lifeline-events-hope = Esperanza
ex-lifeline-strength = ¿Dónde encontró fuerza en los momentos difíciles?
ex-lifeline-ten-years = ¿Cómo se ve dentro de diez años?

## Cuatro caminos uno al lado del otro

ex-four-pathways-title = Cuatro caminos uno al lado del otro
ex-four-pathways-summary = Lo que sabe y lo que todavía no sabe de cada camino: ventajas, desventajas, condiciones y riesgos.
ex-four-pathways-intro = Hay cuatro caminos posibles: obtener un derecho de residencia, migrar a otro país, volver a su país o permanecer en Bélgica sin papeles. Aquí puede ponerlos uno al lado del otro y anotar lo que sabe de cada uno. Hoy no tiene que elegir nada. Puede dejar una casilla vacía, saltarse una parte o parar cuando quiera.
ex-four-pathways-side-by-side = ¿Qué sabe de cada camino?
ex-four-pathways-side-by-side-help = Escriba unas pocas palabras en cada casilla. Puede dejar una casilla vacía o escribir en ella una pregunta.
ex-four-pathways-side-by-side-know = Lo que sé
ex-four-pathways-side-by-side-dont-know = Lo que todavía no sé
ex-four-pathways-side-by-side-advantages = Ventajas
ex-four-pathways-side-by-side-disadvantages = Desventajas
ex-four-pathways-side-by-side-conditions = Condiciones
ex-four-pathways-side-by-side-risks = Riesgos
ex-four-pathways-side-by-side-find-out = Lo que necesito averiguar, y con quién
ex-four-pathways-feeling = ¿Cómo se siente cuando piensa en cada camino?
ex-four-pathways-feeling-low = Con mucho malestar
ex-four-pathways-feeling-high = Con total tranquilidad
ex-four-pathways-feeling-feeling = Lo que siento
ex-four-pathways-thoughts = ¿Qué le viene a la mente cuando mira los cuatro caminos juntos?

## Lo que pesa para mí

ex-what-weighs-title = Lo que pesa para mí
ex-what-weighs-summary = Las cosas que pesan en su decisión, y cómo pesa cada una en cada camino.
ex-what-weighs-intro = Muchas cosas pueden pesar en una decisión sobre su futuro: las deudas, la escuela de los niños, su salud, lo que espera su familia, su seguridad… Aquí mira cuáles de ellas son importantes para usted, y cómo pesa cada una en cada uno de los cuatro caminos, a favor o en contra. Una misma cosa puede pesar en varios caminos. No hay puntuación ni respuesta correcta. Puede dejar una casilla vacía, saltarse una pregunta o parar en cualquier momento.
ex-what-weighs-factors = ¿Cómo pesa cada una de estas cosas en cada camino?
ex-what-weighs-factors-help = Para cada cosa, escriba unas pocas palabras debajo de cada camino: ¿pesa a favor de ese camino, en contra o nada? Una misma cosa puede pesar en varios caminos. Deje una casilla vacía si no es importante para usted, o escriba una pregunta si no lo sabe.
ex-what-weighs-factors-shame = La vergüenza, o el miedo a que la gente piense que he fracasado
ex-what-weighs-factors-debts = Las deudas
ex-what-weighs-factors-burned-bridges = Lo que vendí, perdí o dejé atrás
ex-what-weighs-factors-entry-ban = Una prohibición de entrada
ex-what-weighs-factors-distrust = La desconfianza (hacia las autoridades, las organizaciones o las promesas)
ex-what-weighs-factors-children-school = La escuela de los niños
ex-what-weighs-factors-medication = Los medicamentos y el tratamiento
ex-what-weighs-factors-family-expectations = Lo que espera mi familia
ex-what-weighs-factors-safety = La seguridad
ex-what-weighs-factors-work = El trabajo y los ingresos
ex-what-weighs-other = ¿Qué más pesa para usted?
ex-what-weighs-weighs-most = ¿Qué es lo que más pesa para usted en este momento, y por qué?

## Mi procedimiento

ex-my-procedure-title = Mi procedimiento
ex-my-procedure-summary = En qué punto está su procedimiento, el próximo paso y su fecha, y las preguntas que todavía tiene para su asesor.
ex-my-procedure-intro = Aquí anota lo que sabe de su propio procedimiento: en qué punto está, qué viene después, las fechas que le dieron y sus posibilidades tal como se las explicó su asesor. Avenir no da asesoramiento jurídico: esta página le ayuda a preparar su visita al asesor y a no perder de vista sus preguntas. Si no tiene ningún procedimiento, o no lo sabe, esa también es una buena respuesta. Puede saltarse una pregunta o parar en cualquier momento.
ex-my-procedure-procedure = ¿Qué procedimiento es?
ex-my-procedure-procedure-help = Por ejemplo, asilo, una solicitud de permiso de residencia, un recurso o la reagrupación familiar. Si no sabe cómo se llama, descríbalo con sus propias palabras. Si no tiene ningún procedimiento, también puede escribirlo.
ex-my-procedure-where-it-stands = ¿En qué punto está hoy su procedimiento?
ex-my-procedure-next-step = ¿Cuál es el próximo paso?
ex-my-procedure-deadline = ¿Hay una fecha o un plazo?
ex-my-procedure-deadline-help = Escriba la fecha tal como se la dijeron, y quién se la dijo. Si tiene dudas, pregunte a su asesor. Guarde todas las cartas que reciba.
ex-my-procedure-chances = ¿Cómo le explicó su asesor sus posibilidades?
ex-my-procedure-chances-help = Con sus propias palabras, tal como se las explicó su asesor. Si nadie se lo ha dicho todavía, es una buena pregunta para hacer.
ex-my-procedure-adviser = ¿Quién le asesora sobre su procedimiento? No hace falta ningún nombre.
ex-my-procedure-open-questions = ¿Qué más quiere preguntar a su asesor?
ex-my-procedure-open-questions-help = Por ejemplo: ¿Qué pasa si la respuesta es no? ¿Cuánto tiempo puede tardar? ¿Qué puedo hacer mientras espero? Lleve estas preguntas a su próxima visita.

## Dónde estoy

ex-where-i-stand-title = Dónde estoy
ex-where-i-stand-summary = Dejar atrás un plan puede sentirse como una pérdida. ¿En qué punto de ese proceso está hoy?
ex-where-i-stand-intro = Cuando un plan no sale como esperábamos, puede sentirse como perder algo importante. Muchas personas pasan entonces por distintos sentimientos: conmoción, incredulidad, rabia, tristeza y, poco a poco, algo de paz. No hay un lugar correcto en el que estar. Solo usted puede decir dónde está hoy, y puede cambiar su respuesta o dejarla abierta.
ex-where-i-stand-stage = ¿Dónde está hoy?
ex-where-i-stand-stage-help = Solo usted puede decir dónde está. Las personas van y vienen entre estos sentimientos, y eso es normal.
ex-where-i-stand-stage-shock = Conmoción
ex-where-i-stand-stage-denial = No puede ser verdad
ex-where-i-stand-stage-anger = Rabia
ex-where-i-stand-stage-bargaining = Buscar una salida
ex-where-i-stand-stage-sadness = Tristeza
ex-where-i-stand-stage-acceptance = Aceptación
ex-where-i-stand-feel-now = ¿Cómo se siente hoy con su situación?
ex-where-i-stand-what-helps = ¿Qué le ayuda, o qué podría ayudarle, en este momento?

## Mi tierra

ex-home-title = Mi tierra
ex-home-summary = El lugar de donde viene, con sus propias imágenes y palabras: lo que extraña, lo que no, y quién está allí ahora.
ex-home-intro = Aquí puede hablar del lugar de donde viene, con sus propias fotos o dibujos si quiere. ¿Cómo es? ¿Qué extraña, y qué no? ¿Quién y qué hay allí ahora? No se trata de si va a volver o no: se trata de un lugar que forma parte de su vida. Comparta solo lo que quiera, y puede saltarse una pregunta o parar en cualquier momento.
ex-home-pictures = ¿Qué fotos o dibujos de su tierra le gustaría mirar?
ex-home-pictures-help = Elija fotos de su álbum, o un dibujo que haya hecho. Usted decide cuáles, y puede quitarlas en cualquier momento.
ex-home-home-town = ¿Cómo es su pueblo o su ciudad? ¿Qué recuerda?
ex-home-miss = ¿Qué extraña?
ex-home-glad-to-miss = ¿Qué no extraña?
ex-home-there-now = ¿Quién y qué hay allí ahora?

## ¿A qué volvería?

ex-return-to-title = ¿A qué volvería?
ex-return-to-summary = Una mirada tranquila a lo que hay hoy para usted en su país, y a lo que le preocupa.
ex-return-to-intro = Este ejercicio mira su país tal como es hoy: lo que habría allí para usted, y lo que le preocupa. Hacerlo no significa que el retorno sea la respuesta, y no tiene que decidir nada. Es solo una manera de saber más sobre uno de los caminos posibles. Puede saltarse cualquier pregunta o parar cuando quiera.
ex-return-to-situation = ¿Qué habría allí para usted, y qué le preocupa?
ex-return-to-situation-help = Para cada tema, escriba lo que sabe. Si no lo sabe, escríbalo como una pregunta que podría hacer a alguien en su país.
ex-return-to-situation-home = Una vivienda
ex-return-to-situation-work = Trabajo e ingresos
ex-return-to-situation-debts = Deudas
ex-return-to-situation-family = Familia y comunidad
ex-return-to-situation-health-care = Atención médica
ex-return-to-situation-school = Escuela para los niños
ex-return-to-situation-safety = Seguridad
ex-return-to-situation-there = Lo que hay allí para mí
ex-return-to-situation-worries = Lo que me preocupa
ex-return-to-ask-family = ¿Qué le gustaría preguntar a su familia o a sus amigos en su país?
ex-return-to-fears = ¿Qué le da miedo cuando piensa en volver?
ex-return-to-hopes = ¿Qué esperanzas le vienen cuando piensa en su país?

## La mirada de los niños

ex-children-view-title = La mirada de los niños
ex-children-view-summary = Lo que quieren sus hijos y lo que temen, con sus propias palabras cuando sea posible.
ex-children-view-intro = Los niños tienen su propia mirada sobre el futuro, y sienten mucho, aunque digan poco. Aquí puede anotar lo que quieren sus hijos y lo que temen, sobre la escuela y sobre el futuro, si es posible con sus propias palabras. No hay una respuesta correcta, y nada de lo que hay aquí decide por ellos ni por usted. Puede saltarse una pregunta o parar en cualquier momento.
ex-children-view-which-children = ¿De qué niños se trata?
ex-children-view-which-children-help = Basta con su edad. No hace falta ningún nombre.
ex-children-view-want = ¿Qué quieren sus hijos para el futuro?
ex-children-view-fear = ¿A qué tienen miedo sus hijos?
ex-children-view-school = ¿Qué significa la escuela para sus hijos?
ex-children-view-heard = ¿Podrían decir esto los niños por sí mismos?
ex-children-view-heard-yes = Sí, con sus propias palabras
ex-children-view-heard-partly = En parte
ex-children-view-heard-not-yet = Todavía no
ex-children-view-talk = ¿Cómo podría hablar del futuro con sus hijos?

## Preparar un próximo paso

ex-next-step-title = Preparar un próximo paso
ex-next-step-summary = Sus preguntas, sus necesidades, lo que ya tiene, quién puede ayudarle y sus tres próximos pasos.
ex-next-step-intro = Sea cual sea el camino que está mirando, e incluso si todavía no ha decidido, puede preparar un próximo paso. Aquí anota sus preguntas, lo que más necesita, lo que ya tiene y quién puede ayudarle. Usted decide lo que va aquí, y puede cambiarlo o parar en cualquier momento.
ex-next-step-pathway = ¿Para qué camino es este paso?
ex-next-step-pathway-legalise = Obtener un derecho de residencia
ex-next-step-pathway-onward = Migrar a otro país
ex-next-step-pathway-return = Retorno
ex-next-step-pathway-undocumented = Permanecer sin papeles
ex-next-step-pathway-open = Todavía no he decidido
ex-next-step-questions = ¿Qué preguntas quiere que le respondan?
ex-next-step-needs = ¿Qué necesita? Ponga primero lo más importante.
ex-next-step-needs-help = Suba o baje los elementos hasta que el orden le parezca bien.
ex-next-step-resources = ¿Qué tiene ya que pueda ayudarle? Por ejemplo, habilidades, experiencia, contactos o ahorros.
ex-next-step-who-can-help = ¿Quién puede ayudarle? Piense en personas y en organizaciones.
ex-next-step-steps = ¿Cuáles son sus tres próximos pasos?

## Mi plan de reintegración

ex-reintegration-plan-title = Mi plan de reintegración
ex-reintegration-plan-summary = Para cuando ha decidido volver: lo que necesita, lo que ya tiene, quién puede ayudarle y sus primeros meses, paso a paso.
ex-reintegration-plan-intro = Usted ha decidido volver, y este plan es suyo: le ayuda a preparar un nuevo comienzo en su país. Anota lo que va a necesitar, lo que ya tiene y quién puede ayudarle, allí o aquí, y sus primeros meses después de la llegada, paso a paso. Una organización de retorno le dice qué apoyo se aplica a su caso; nada de lo que hay aquí es una promesa. Todavía puede cambiar de opinión. Puede saltarse una pregunta o parar en cualquier momento.
ex-reintegration-plan-domains = Para cada ámbito: ¿qué va a necesitar, qué tiene ya y quién puede ayudarle?
ex-reintegration-plan-domains-help = Escriba unas pocas palabras en cada casilla. Quienes pueden ayudarle pueden ser personas u organizaciones, allí o aquí. Deje una casilla vacía si no se aplica a su caso, o escriba una pregunta.
ex-reintegration-plan-domains-housing = Un lugar donde vivir
ex-reintegration-plan-domains-work = Trabajo e ingresos
ex-reintegration-plan-domains-health = Salud y medicamentos
ex-reintegration-plan-domains-family = Familia y comunidad
ex-reintegration-plan-domains-documents = Documentos
ex-reintegration-plan-domains-children-school = Escuela para los niños
ex-reintegration-plan-domains-wellbeing = Cómo me siento, y quién me apoya
ex-reintegration-plan-domains-need = Lo que necesito
ex-reintegration-plan-domains-have = Lo que ya tengo
ex-reintegration-plan-domains-who-helps = Quién puede ayudar, allí o aquí
ex-reintegration-plan-first-months = ¿Qué va a hacer en sus tres primeros meses después de la llegada, paso a paso?
ex-reintegration-plan-first-months-help = Escriba los pasos en el orden en que quiere darlos: por ejemplo, dónde va a dormir las primeras noches, a quién va a visitar, dónde va a preguntar por trabajo o por la escuela. Súbalos o bájelos hasta que el orden le parezca bien.
ex-reintegration-plan-partner-questions = ¿Qué quiere preguntar a la organización de retorno?
ex-reintegration-plan-worries = ¿Qué le sigue preocupando del retorno, y qué podría ayudar?
