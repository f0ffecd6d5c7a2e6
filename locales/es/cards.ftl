### review: draft
# Fichas informativas sobre los caminos (assets/content/cards/*.toml), sus títulos de sección y fuentes,
# y las necesidades básicas comunes a varios ejercicios.
# Dos niveles: las secciones de «resumen» son abiertas y no comprometen a nada, para quien no ha decidido;
# las secciones de «detalles» son prácticas, para quien ya ha decidido. Informar, nunca convencer.
# Datos tal como los describe el estudio de referencia (comprobados el 2016-03-31); la organización los edita.
# Los datos jurídicos generales que no vienen del estudio citan la fuente "general-law" y siguen siendo generales.
# Cada resumen termina su primera sección con la misma frase: ningún camino es el único.
# Un solo nombre por camino en todos los archivos: Obtener un derecho de residencia, Migrar a otro país,
# Retorno, Permanecer sin papeles.

## Necesidades básicas (etiquetas comunes)

need-safety = Seguridad
need-living = Ganarme la vida
need-people = Las personas que me rodean
need-health = Atención médica
need-self = Tomar mis propias decisiones
need-school = Escuela para los niños

## Títulos de sección (comunes a todas las fichas)

card-section-what = Qué significa
card-section-rights = Sus derechos
card-section-risks = Riesgos
card-section-advice = Dónde pedir consejo
card-section-ways = Vías para obtener un permiso de residencia
card-section-procedure = El procedimiento
card-section-waiting = Mientras espera
card-section-rules = Las normas en Europa
card-section-conditions = Condiciones
card-section-support = El apoyo que se ofrece
card-section-after = Después del retorno
card-section-health = Atención médica
card-section-school = Escuela
card-section-work = Trabajo
card-section-detention = Controles y detención

## Fuentes

source-kuleuven-2016 = Nele Bossens y Eva Platteau, estudio sobre el conocimiento y la imagen del programa de retorno voluntario entre los migrantes sin papeles y las organizaciones que los rodean (en neerlandés, «bekendheid en imago van vrijwillige terugkeer», con un resumen en francés), encargado por Fedasil. KU Leuven, Facultad de Ciencias Sociales, 2016.
source-fedasil-2015 = Fedasil, el programa de retorno voluntario y sus criterios de acceso tal como eran en 2015, según los describe el estudio de la KU Leuven.
source-general-law = Información general sobre el derecho belga y europeo, que no procede del estudio de la KU Leuven: redactada en términos generales por los editores de Avenir. Un asesor jurídico le dice lo que se aplica a su caso.

## Obtener un derecho de residencia

card-legalise-title = Obtener un derecho de residencia
card-legalise-summary = Buscar un derecho legal a quedarse en Bélgica.
card-legalise-overview-what = Obtener un derecho de residencia significa pedir a las autoridades belgas el derecho a quedarse. Hay varios procedimientos, cada uno con sus propias condiciones. Que alguno se ajuste a usted depende de su situación personal. Tener papeles puede ser una manera de construir su futuro. Este camino no es el único; mirar otros caminos mientras tanto no es rendirse.
card-legalise-overview-rights = Algunos procedimientos le dan un documento temporal o un alojamiento mientras espera; otros no. Tiene derecho a un abogado, gratis o a bajo costo si sus ingresos son bajos. Sea cual sea su situación, sus hijos pueden ir a la escuela. En la mayoría de las situaciones, si no puede pagar la atención médica por su cuenta, puede recibir asistencia médica urgente.
card-legalise-overview-risks = Los procedimientos pueden durar mucho tiempo, y el resultado es incierto. Una denegación puede ir acompañada de una orden de abandonar el territorio. Algunos procedimientos cuestan dinero o piden documentos difíciles de conseguir. Tenga cuidado con cualquier persona que le prometa papeles a cambio de dinero.
card-legalise-overview-advice = Pregunte a un asesor jurídico independiente o a un abogado por sus posibilidades, antes de empezar y mientras espera. Una ONG que apoya a personas sin papeles puede explicarle los procedimientos y ayudarle a encontrar un abogado. Un buen asesor le habla con honestidad de sus posibilidades y también de los otros caminos.
card-legalise-details-ways = Las principales vías son el asilo (protección internacional), la regularización por motivos humanitarios (9bis), la regularización por motivos médicos en caso de enfermedad grave (9ter) y la reagrupación familiar. Las víctimas de trata de personas o de explotación grave tienen un procedimiento especial propio, con la ayuda de un centro especializado (Payoke en Amberes, PAG-ASA en Bruselas, Sürya en Lieja). Un permiso de trabajo o de estudios normalmente hay que pedirlo desde el extranjero. Cada vía tiene condiciones estrictas. Su asesor puede decirle cuál se ajusta a su situación, si es que alguna se ajusta.
card-legalise-details-procedure = La mayoría de las solicitudes las decide la Oficina de Extranjería; las solicitudes de asilo las examina el Comisario General para los Refugiados y los Apátridas. Normalmente necesita documentos de identidad y, para una regularización, una dirección donde viva realmente. Para algunas solicitudes hay que pagar una tasa. Contra una denegación, a menudo puede presentar un recurso ante el Consejo del Contencioso de Extranjería, en un plazo corto. Un recurso no siempre detiene una orden de abandonar el territorio: pregunte a su abogado si el suyo la detiene. Guarde copias de todas las cartas y anote todas las fechas.
card-legalise-details-waiting = La espera puede durar meses o incluso años. Durante algunos procedimientos tiene un documento temporal o un alojamiento; durante otros sigue sin papeles, con derechos básicos como la asistencia médica urgente y la escuela para los hijos. Aproveche también el tiempo para usted: un idioma, una formación, las personas que le rodean. Mirar otros caminos mientras espera no es rendirse.
card-legalise-details-advice = Un abogado se encarga de su expediente; pregunte en la oficina de asistencia jurídica del colegio de abogados (en el palacio de justicia) si puede tener uno gratis. Una ONG o un servicio de orientación jurídica puede darle una segunda opinión y explicarle las cartas que recibe. Pregunte a su asesor qué pasa si la respuesta es no, y qué opciones tendría entonces.

## Migrar a otro país

card-onward-title = Migrar a otro país
card-onward-summary = Seguir el viaje hacia otro país.
card-onward-overview-what = Migrar a otro país significa intentar construir su futuro en un país distinto de Bélgica y de su país de origen. Algunas personas tienen familia allí, hablan el idioma o esperan tener más posibilidades. En ese caso, se le aplicarán las normas de ese país. Este camino no es el único; mirar otros caminos mientras tanto no es rendirse.
card-onward-overview-rights = Sus derechos dependen del país y de su situación allí. Sin permiso de residencia, sus derechos allí suelen ser tan limitados como en Bélgica sin papeles. Un derecho de residencia en un país europeo no le da derecho a vivir en otro.
card-onward-overview-risks = Viajar sin los documentos necesarios tiene riesgos: pueden pararle en una frontera, detenerle o devolverle. Los traficantes de personas son caros y pueden ser peligrosos. Según las normas europeas de asilo, otro país puede devolverle al país responsable de su solicitud. Puede que tenga que empezar de nuevo desde cero.
card-onward-overview-advice = Antes de irse, pregunte a un asesor jurídico independiente qué normas se aplican en el país en el que piensa, y cómo afectan allí a sus posibilidades los procedimientos que ya ha tenido. Una ONG que trabaja con migrantes puede ayudarle a encontrar información fiable y organizaciones en ese país.
card-onward-details-rules = Dentro del espacio Schengen hay pocos controles en las fronteras, pero para vivir y trabajar en un país necesita un derecho de residencia en ese país. Las normas de Dublín deciden qué país europeo se encarga de una solicitud de asilo; a menudo es el primer país al que entró o donde pidió asilo por primera vez. Las huellas dactilares tomadas en un procedimiento de asilo se comparten entre los países europeos. Esto describe las normas de Dublín tal como eran en 2016. El Pacto de la UE sobre Migración y Asilo, adoptado en 2024 y aplicado desde junio de 2026, cambia estas normas: pregunte a un asesor jurídico qué se aplica a su caso hoy.
card-onward-details-conditions = En algunos casos hay una vía legal: la reagrupación familiar con un familiar que vive legalmente en otro país, un permiso de trabajo o un visa de estudios. Normalmente hay que pedirlos desde fuera de ese país, y exigen documentos, ingresos o una oferta de trabajo. Su asesor puede comprobar si alguna de estas vías está abierta para usted.
card-onward-details-risks = Si le paran sin derecho de residencia, pueden detenerle y devolverle a Bélgica o a su país de origen. Las rutas peligrosas y los traficantes de personas ponen en riesgo su seguridad y su dinero. Además, dejaría atrás la ayuda que tiene en Bélgica, como un médico, una escuela o un orientador.
card-onward-details-advice = Un asesor jurídico independiente o un abogado puede explicarle las normas europeas de asilo que se aplican hoy y lo que significan para usted. Una ONG o una organización de migrantes puede ponerle en contacto con organizaciones fiables en el otro país. Tenga cuidado con los consejos de personas que ganan dinero con su viaje.

## Retorno

card-return-title = Retorno
card-return-summary = Volver a su país de origen, con o sin el apoyo del programa de retorno voluntario.
card-return-overview-what = El retorno significa volver a su país de origen, si usted lo decide. Puede viajar por su cuenta o con el programa belga de retorno voluntario, que organiza y paga el viaje y puede dar cierto apoyo después. Pedir información no le compromete a nada. Este camino no es el único; mirar otros caminos mientras tanto no es rendirse.
card-return-overview-rights = El programa es voluntario: la decisión es suya, y puede tomarse tiempo para pensarlo. Lo que puede recibir depende de su situación: ayuda con el viaje, una prima de retorno y, a veces, apoyo para empezar de nuevo. Una organización de retorno le explica lo que se aplica a su caso antes de que usted decida.
card-return-overview-risks = Volver puede ser difícil: la situación en su país puede haber cambiado, y la familia puede tener expectativas. El apoyo es limitado y se da sobre todo en especie, no en dinero. Pregunte si en su situación se aplica una prohibición de entrada y qué significa si más adelante quiere volver a Europa. Si teme un peligro en su país, hable primero con un asesor jurídico.
card-return-overview-advice = Una oficina de retorno o una organización de retorno, como Caritas International o la OIM, le explica el programa y lo que se aplica a su caso. Puede pedir información sin dar su nombre, o hablar primero con una ONG o con un orientador de confianza, que puede preguntar por usted. El programa de retorno voluntario lo gestiona Fedasil; no es la Oficina de Extranjería, que se ocupa del retorno forzoso. Si se inscribe, da su nombre y sus documentos de identidad, porque el viaje los necesita: pregunte en la oficina de retorno quién recibe sus datos y para qué se usan. Hablar del retorno no significa que usted haya decidido.
card-return-details-support = En 2015 el programa ofrecía: el viaje organizado y pagado (avión o autobús), ayuda para obtener los documentos de viaje, ayuda en la salida, en el tránsito y a la llegada, el reembolso del costo del trayecto hasta el aeropuerto, y una prima de retorno de 250 euros por adulto (125 euros por niño cuando corresponde; no para las personas de países cuyos ciudadanos no necesitan visa para entrar en Bélgica). Según su situación, se añadía un apoyo a la reintegración de 700 euros por adulto y 350 euros por niño, que un fondo europeo podía aumentar en 1500 euros por expediente, y ayuda adicional para las personas vulnerables. El apoyo a la reintegración se daba en especie, a través de un socio local después del retorno, para usarlo en un plazo de 12 meses, por ejemplo para abrir un pequeño negocio, hacer una formación o alquilar una vivienda. Estos son los importes de 2015: una organización de retorno confirma lo que se aplica hoy.
card-return-details-conditions = En 2015, lo que se podía recibir dependía del país de origen, de la situación de residencia, de la situación en Bélgica y de la vulnerabilidad (por ejemplo, un embarazo, problemas de salud, ser víctima de trata o una familia con hijos). La ayuda con el viaje ya estaba abierta a todas las personas sin derecho de residencia, y la prima a la mayoría de las nacionalidades. En junio de 2015 se simplificaron las normas del apoyo a la reintegración: los solicitantes de asilo rechazados y otras personas cuyo procedimiento había terminado y que alguna vez habían recibido una orden de abandonar el territorio podían recibir apoyo a la reintegración, sin el antiguo límite de 12 meses; y las familias con hijos menores de 18 años se consideran vulnerables, así que en principio tienen derecho al apoyo a la reintegración sea cual sea su situación. Las personas que nunca iniciaron un procedimiento en Bélgica recibían en principio solo el viaje y la prima, con excepciones para las personas vulnerables. Una organización de retorno le dice lo que se aplica a su caso hoy.
card-return-details-after = Después de su llegada, un socio local de la OIM o de Caritas le ayuda a llevar a cabo su plan. El apoyo no se paga en dinero: el socio paga lo que el plan necesita, como material para un pequeño negocio, una formación, el alquiler o gastos médicos, y en principio hay que usarlo en un plazo de 12 meses. El socio sigue su proyecto durante un año aproximadamente. Hablar con personas que han vuelto puede ayudarle a prepararse.
card-return-details-advice = Para inscribirse, o para comprobar lo que se aplica a su caso, póngase en contacto con una oficina de retorno o con una organización de retorno como Caritas International, la OIM o una ONG o un servicio social asociado. Si todavía tiene un procedimiento en curso, o si teme un peligro en su país, hable primero con un asesor jurídico independiente o con un abogado. Tómese el tiempo que necesite; pregunte por la formación antes de la salida y por el seguimiento después del retorno.

## Permanecer sin papeles

card-undocumented-title = Permanecer sin papeles
card-undocumented-summary = Quedarse en Bélgica sin permiso de residencia, por ahora.
card-undocumented-overview-what = Permanecer sin papeles significa vivir en Bélgica sin derecho de residencia, durante un tiempo o durante más tiempo. Muchas personas viven así mientras esperan, confían en que algo cambie o buscan otra vía. Es una situación con algunos derechos básicos y con límites reales. Este camino no es el único; mirar otros caminos mientras tanto no es rendirse.
card-undocumented-overview-rights = Incluso sin papeles, usted tiene derechos. Si no puede pagar la atención médica por su cuenta, normalmente puede recibir asistencia médica urgente a través del servicio social de su municipio (el CPAS u OCMW). Los niños tienen derecho a ir a la escuela. Tiene derecho a un abogado, y a que le paguen el trabajo que ha hecho.
card-undocumented-overview-risks = La vida sin papeles es a menudo insegura: no puede trabajar legalmente, los ingresos y la vivienda son inestables, y algunos empleadores o propietarios se aprovechan de las personas sin papeles. Si la policía controla su identidad, pueden darle una orden de abandonar el territorio o llevarle a un centro cerrado. Años de espera pueden desgastarle; hablar con alguien de confianza puede ayudar.
card-undocumented-overview-advice = Una ONG que apoya a personas sin papeles puede explicarle sus derechos y ayudarle con asuntos prácticos. El servicio social de su municipio (CPAS u OCMW) decide sobre la asistencia médica urgente. Un asesor jurídico independiente o un abogado puede comprobar si hay algún procedimiento posible para usted.
card-undocumented-details-health = La asistencia médica urgente cubre más que las urgencias: puede incluir un médico, medicamentos y atención en el hospital, para prevenir enfermedades y también para tratarlas. Se pide en el CPAS u OCMW del municipio donde vive; allí comprueban su situación, a veces con una visita a domicilio, y un médico confirma que la atención es necesaria. Una ONG médica puede ayudarle si se la niegan o si no sabe adónde ir.
card-undocumented-details-school = Todos los niños que viven en Bélgica, con o sin papeles, tienen derecho a ir a la escuela, y la enseñanza es obligatoria de los 5 a los 18 años. Una escuela no necesita papeles de residencia para inscribir a un niño. Una ONG o la propia escuela puede ayudar con la inscripción y con las preguntas sobre los costos.
card-undocumented-details-work = Sin permiso de residencia no se le permite trabajar. Las personas que trabajan de todos modos a menudo cobran poco o reciben un trato injusto, y un control en el trabajo puede llevar a una orden de abandonar el territorio. Aun así, tiene derecho a que le paguen el trabajo que ha hecho. Un sindicato o una ONG puede informarle de forma confidencial y ayudarle a reclamar su salario.
card-undocumented-details-detention = La policía puede controlar su identidad. Si no tiene derecho de residencia, pueden darle una orden de abandonar el territorio, y pueden retenerle en un centro cerrado mientras se prepara un retorno forzoso. Tiene derecho a un abogado, también en un centro cerrado, y a impugnar la decisión. Lleve siempre consigo el nombre y los datos de contacto de su abogado o asesor.
card-undocumented-details-advice = Mantenga el contacto con un abogado o un asesor jurídico de confianza. Una ONG puede ayudarle con la asistencia médica urgente, la inscripción en la escuela y el alojamiento, y explicarle las cartas de las autoridades. Si el CPAS u OCMW le niega la asistencia médica urgente, una ONG o un abogado puede ayudarle a impugnar la decisión.
