### review: draft
## Planes de curso para las sesiones de grupo (assets/content/plans). Las preguntas de los temas se muestran en la pared.

plan-three-days-title = Curso de tres días
plan-three-days-summary = Información por la mañana y conversación por la tarde, con almuerzo, tiempo para la interpretación e invitados opcionales; el tercer día, anunciado con antelación, trata del retorno y de un próximo paso.
plan-three-days-day-1 = Día 1: su proyecto migratorio y los cuatro caminos
plan-three-days-day-2 = Día 2: obtener un derecho de residencia, migrar a otro país, permanecer sin papeles
plan-three-days-day-3 = Día 3: el retorno, y un próximo paso
plan-one-session-title = Una sesión de grupo
plan-one-session-summary = Unas tres horas: los cuatro caminos uno al lado del otro, y un próximo paso.
plan-one-session-day-1 = La sesión

plan-topic-welcome = Bienvenida
plan-topic-welcome-prompt = Queremos que este grupo sea un lugar seguro. No tiene que decir su nombre. Nosotros, los organizadores, nunca comunicamos lo que usted dice a la Oficina de Extranjería ni a la policía. Por favor, no repita fuera de aquí lo que dicen los demás. Usted decide lo que comparte.
plan-topic-four-pathways = Cuatro caminos posibles
plan-topic-four-pathways-prompt = Obtener un derecho de residencia, migrar a otro país, volver al país de origen, permanecer sin papeles. Miramos los cuatro, sin presión. Usted decide.
plan-topic-what-weighs = ¿Qué pesa en su decisión?
plan-topic-what-weighs-prompt = ¿Qué es lo más importante para usted y su familia? ¿Qué hace que un camino parezca posible, o imposible?
plan-topic-questions = Sus preguntas
plan-topic-questions-prompt = ¿Qué más quiere saber? ¿Qué preguntas deberíamos hacer a un asesor jurídico o a otro servicio?
plan-topic-closing = Mirar hacia adelante
plan-topic-closing-prompt = ¿Qué se lleva de este curso? ¿Cuál podría ser su próximo pequeño paso?

## Invitados (bloques opcionales de un curso). La pregunta en la pared dice de qué habla el invitado.

plan-guest-legal-adviser = Un asesor jurídico
plan-guest-legal-adviser-prompt = Un asesor jurídico explica los procedimientos y responde a preguntas sobre derechos y posibilidades. Puede hacer una pregunta sin decir que se trata de usted.
plan-guest-return-partner = Una organización de retorno
plan-guest-return-partner-prompt = Una persona de una organización de retorno explica el programa de retorno voluntario y el apoyo que se ofrece. Hacer preguntas no le compromete a nada, y no tiene que decir su nombre.
plan-guest-returnee = Alguien que volvió
plan-guest-returnee-prompt = Una persona que volvió a su país cuenta su propia historia: lo que fue difícil y lo que le ayudó. Es la experiencia de una sola persona, no un consejo. Puede hacer preguntas o simplemente escuchar.
