### review: draft
# El explorador de apoyos (src-tauri/core/src/explorer, assets/content/rules/*.toml): los nombres de los
# períodos de normas con fecha y, para cada camino, las líneas que *pueden* aplicarse a un hogar: el apoyo
# del programa de retorno voluntario (la aplicación muestra junto a cada línea el importe calculado para el
# hogar, así que aquí no se escribe ningún importe), los procedimientos legales sobre los que conviene
# preguntar a un asesor jurídico (siempre «quizás»), y los derechos y riesgos de migrar a otro país y de
# permanecer sin papeles.
# Cada texto explore- se muestra a la persona y se imprime en su idioma: palabras sencillas, «usted»,
# ninguna promesa, el mismo cuidado para cada camino. Informar, nunca convencer.
# Los datos jurídicos generales citan la fuente "general-law" y son tan generales como en las fichas (cards.ftl).
# Aquí solo están los mensajes rules- y explore-; los demás aparecen en inglés hasta que se traduzcan.

## Períodos

rules-study-before-2015-06 = Las normas del estudio antes de junio de 2015
rules-study-from-2015-06 = Las normas del estudio desde junio de 2015 (Fedasil simplificó sus criterios)

## Retorno

explore-return-journey = El viaje y los documentos de viaje
explore-return-journey-detail = El programa organiza y paga su viaje en avión o en autobús, y le ayuda a obtener los documentos de viaje. Alguien le ayuda en la salida, en el tránsito y a la llegada, y se le reembolsa el costo del trayecto hasta el aeropuerto o la estación.
explore-return-premium = Prima de retorno
explore-return-premium-detail = Una suma de dinero que se le da cuando vuelve: por adulto, y por niño cuando corresponde. Las personas de un país cuyos ciudadanos no necesitan visa para entrar en Bélgica no la reciben.
explore-return-reintegration = Apoyo a la reintegración
explore-return-reintegration-detail = Apoyo para empezar de nuevo en su país, por ejemplo un pequeño negocio, una formación o el alquiler de una vivienda. No se paga en dinero: después de su retorno, un socio local paga lo que su plan necesita, en principio en un plazo de 12 meses, y sigue su proyecto durante un año aproximadamente.
explore-return-eu-topup = Complemento europeo
explore-return-eu-topup-detail = Un fondo europeo puede añadir un importe por expediente (para todo el hogar) al apoyo a la reintegración. Se da de la misma manera: en especie, a través del socio local.
explore-return-vulnerable = Ayuda adicional para personas vulnerables
explore-return-vulnerable-detail = Ayuda adicional excepcional para personas en situación vulnerable, por ejemplo mujeres embarazadas, personas con problemas de salud, víctimas de trata de personas o familias con hijos. Lo que cubre depende de sus necesidades; una organización de retorno le dice lo que se aplica a su caso.

## Obtener un derecho de residencia

explore-asylum = Asilo (protección internacional)
explore-asylum-detail = Si teme persecución o daños graves en su país, puede pedir protección a Bélgica; el Comisario General para los Refugiados y los Apátridas examina la solicitud. Si ya ha presentado una solicitud antes, una nueva solicitud necesita hechos o pruebas nuevos. Un asesor jurídico le dice si esta vía está abierta para usted; un abogado puede ser gratuito si sus ingresos son bajos (pregunte en la oficina de asistencia jurídica del colegio de abogados).
explore-asylum-bring = Su pasaporte o sus documentos de identidad, si los tiene; todo lo que muestre lo que le pasó o el peligro que teme (documentos, fotos, informes médicos, artículos); y todas las cartas o decisiones sobre una solicitud anterior, en Bélgica o en otro país.
explore-humanitarian-regularisation = Regularización por motivos humanitarios (9bis)
explore-humanitarian-regularisation-detail = En circunstancias excepcionales puede pedir a la Oficina de Extranjería un derecho de residencia sin salir de Bélgica, por ejemplo después de una larga estancia y con vínculos fuertes aquí. La Oficina decide caso por caso, sin criterios fijos, y normalmente hay que pagar una tasa; un asesor jurídico le dice si una solicitud tiene sentido en su situación.
explore-humanitarian-regularisation-bring = Su pasaporte o su documento de identidad, un comprobante de su dirección y pruebas de su vida en Bélgica: cuánto tiempo lleva aquí, trabajo, formación o cursos de idiomas, la escuela de los niños, y cartas de personas que le conocen.
explore-humanitarian-regularisation-time = A menudo muchos meses, a veces años; pregunte a su asesor. Mientras espera, normalmente no tiene ningún documento de residencia.
explore-medical-regularisation = Regularización por motivos médicos (9ter)
explore-medical-regularisation-detail = Si tiene una enfermedad grave que no se puede tratar bien en su país de origen, puede pedir un derecho de residencia por motivos médicos. Un médico debe completar un certificado médico especial; un asesor jurídico le dice si su situación se ajusta.
explore-medical-regularisation-bring = Su pasaporte o su documento de identidad; un certificado médico reciente en el formulario oficial, completado por su médico; sus otros informes médicos y la lista de sus tratamientos y medicamentos; y, si la tiene, información sobre si el tratamiento existe en su país y cuánto cuesta allí.
explore-medical-regularisation-time = A menudo muchos meses, a veces más; pregunte a su asesor. Mantenga al día sus informes médicos mientras espera.
explore-family-reunification = Reagrupación familiar
explore-family-reunification-detail = Si un familiar cercano es belga, ciudadano de otro país de la UE o tiene derecho de residencia en Bélgica, quizás pueda pedir un derecho de residencia para vivir con él o con ella. Las condiciones dependen del vínculo familiar (cónyuge o pareja, hijo, padre o madre) y a menudo incluyen ingresos y vivienda; a veces hay que presentar la solicitud desde el extranjero. Un asesor jurídico le dice lo que se aplica a su caso.
explore-family-reunification-bring = Su pasaporte o su documento de identidad; sus actas de nacimiento o de matrimonio (a menudo legalizadas y traducidas); y la tarjeta de residencia o el documento de identidad de su familiar y, si los tiene, comprobantes de sus ingresos y de su vivienda.
explore-trafficking-victim = Víctimas de trata de personas
explore-trafficking-victim-detail = Si le explotaron, en el trabajo, sexualmente o de otra manera, o si alguien le trajo aquí por la fuerza o con engaños, un procedimiento especial puede darle protección y un derecho de residencia. Pasa por un centro especializado (Payoke en Amberes, PAG-ASA en Bruselas, Sürya en Lieja). Puede hablar primero con el centro para entender las condiciones, como cortar todo contacto con las personas que le explotaron y hacer una declaración ante la policía o la justicia.
explore-statelessness = Apatridia
explore-statelessness-detail = Si ningún país le reconoce su nacionalidad, puede pedir a un tribunal belga que le reconozca como apátrida. Que esto le dé también un derecho de residencia depende de su situación; un asesor jurídico le dice lo que significa para usted.
explore-statelessness-bring = Todos los documentos sobre su identidad y su origen (un acta de nacimiento, un pasaporte o un documento de identidad antiguos), y cualquier carta de una embajada o de una autoridad que diga que usted no tiene la nacionalidad de ese país.

## Migrar a otro país

explore-dublin = Las normas de Dublín
explore-dublin-detail = Según las normas europeas de Dublín, un solo país es responsable de una solicitud de asilo, a menudo el primer país al que entró o en el que pidió asilo, y las huellas dactilares se comparten entre los países europeos. Si se va a otro país, ese país puede devolverle al país responsable. El Pacto de la UE sobre Migración y Asilo cambia estas normas a partir de junio de 2026: pregunte a un asesor jurídico qué se aplica a su caso hoy.
explore-onward-no-papers = Migrar a otro país sin derecho de residencia
explore-onward-no-papers-detail = Un derecho de residencia en un país europeo no le da derecho a vivir en otro. Sin derecho de residencia allí, sus derechos suelen ser tan limitados como en Bélgica sin papeles, y pueden pararle, detenerle o devolverle; un asesor jurídico puede comprobar si hay una vía legal abierta para usted, como la reagrupación familiar, el trabajo o los estudios.

## Permanecer sin papeles

explore-urgent-medical-aid = Asistencia médica urgente
explore-urgent-medical-aid-detail = En la mayoría de las situaciones, si no puede pagar la atención médica por su cuenta, puede recibir asistencia médica urgente a través del CPAS u OCMW del municipio donde vive. Cubre más que las urgencias: puede incluir un médico, medicamentos y atención en el hospital.
explore-schooling = Escuela para los niños
explore-schooling-detail = Todos los niños que viven en Bélgica, con o sin papeles, tienen derecho a ir a la escuela, y la enseñanza es obligatoria de los 5 a los 18 años. Una escuela no necesita papeles de residencia para inscribir a un niño.
explore-wages-owed = El pago del trabajo que ha hecho
explore-wages-owed-detail = Sin permiso de residencia no puede trabajar legalmente, pero aun así tiene derecho a que le paguen el trabajo que ha hecho. Un sindicato o una ONG puede informarle de forma confidencial y ayudarle a reclamar su salario.
explore-detention = Controles y detención
explore-detention-detail = Si la policía controla su identidad y usted no tiene derecho de residencia, pueden darle una orden de abandonar el territorio o retenerle en un centro cerrado mientras se prepara un retorno forzoso. Tiene derecho a un abogado, también en un centro cerrado, y a impugnar la decisión; un recurso no siempre detiene una orden de abandonar el territorio, así que pregunte pronto a su abogado. Lleve siempre consigo el nombre y los datos de contacto de su abogado o asesor.

## El resultado y la hoja de preguntas, para la persona: se muestran y se imprimen en su idioma.
## Los nombres de los caminos son clients-pathway-*; las fuentes son source-* (cards.ftl).
## $amount ya tiene formato (p. ej. 875 €); $date es una fecha escrita en el idioma de la persona.

explore-result-heading = Lo que puede aplicarse a su caso
explore-result-intro = Lo que puede aplicarse en cada uno de los cuatro caminos, según las respuestas dadas y las normas vigentes en la fecha elegida. Aquí no se recomienda ningún camino: usted decide.
explore-household = Hogar: adultos { $adults }, niños { $children }
explore-period = Normas aplicadas: { $period }, vigentes desde el { $date }.
explore-no-promise = Esto es información, no una promesa: lo que realmente se aplica a su caso lo confirma una organización de retorno o un asesor jurídico. Nada de lo que hay aquí decide por usted.
explore-eligible-yes = Previsto por las normas para una situación como la suya
explore-eligible-maybe = Puede aplicarse: hay que comprobarlo
explore-not-applying = También existe, pero no se aplica a su situación según estas normas
explore-amount = Para su hogar: { $amount }
explore-fee = Tasa que hay que pagar: { $amount }
explore-bring-heading = Qué llevar
explore-time-heading = Cuánto tiempo tarda
explore-source = Fuente: { $source } Normas vigentes desde el { $date }.
explore-confirm-legalise = Un asesor jurídico le dice si hay un procedimiento abierto para usted. Nada de lo que hay aquí es una promesa.
explore-confirm-onward = Un asesor jurídico puede decirle lo que se aplica a su caso en otro país. Nada de lo que hay aquí es una promesa.
explore-confirm-return = Una organización de retorno confirma lo que se aplica a su caso. Nada de lo que hay aquí es una promesa.
explore-confirm-undocumented = Un asesor jurídico o un trabajador social puede decirle más sobre sus derechos. Nada de lo que hay aquí es una promesa.
explore-open-from-card = ¿Qué puede aplicarse a su caso? Abrir el explorador de apoyos

## Preguntas para el asesor jurídico: habla la persona («yo», «mi»), y el asesor es «usted».
## explore-ask-<id>: las preguntas sugeridas sobre el procedimiento de obtención de un derecho de residencia <id>.

explore-questions-heading = Preguntas para mi asesor jurídico
explore-questions-intro = Me gustaría hacerle estas preguntas.
explore-questions-general = Preguntas generales
explore-questions-own = Mis propias preguntas
explore-ask-general = ¿Qué opciones tengo hoy, y cuáles son los riesgos de cada una? ¿Hay algún plazo que no deba dejar pasar? ¿Puedo tener un abogado gratuito, y cómo?
explore-ask-asylum = ¿Puedo pedir asilo, o pedirlo otra vez, y qué hechos o pruebas nuevos contarían? ¿Qué pasa conmigo mientras se examina la solicitud?
explore-ask-humanitarian-regularisation = ¿Tiene sentido en mi situación una solicitud por motivos humanitarios (9bis), y qué la haría más sólida? ¿Cuánto es la tasa, y puedo pedir una exención?
explore-ask-medical-regularisation = ¿Mi enfermedad se ajusta a una solicitud por motivos médicos (9ter), y qué debe escribir mi médico en el certificado? ¿Qué puedo hacer mientras espero la decisión?
explore-ask-family-reunification = ¿Puedo pedir quedarme con mi familiar aquí, y qué condiciones debemos cumplir? ¿Debo presentar la solicitud desde Bélgica o desde el extranjero?
explore-ask-trafficking-victim = ¿Puede protegerme el procedimiento especial para víctimas de trata de personas, y con qué centro debería ponerme en contacto? ¿Qué tendría que hacer, y qué pasa si decido no hacerlo?
explore-ask-statelessness = ¿Puedo pedir que se me reconozca como apátrida, y qué documentos necesitaría? ¿Me daría un derecho de residencia?

## La pared (proyector): lo que existe en cada camino, para un grupo; sin hogar, sin importes.

explore-wall-title = Lo que existe en cada camino
explore-wall-intro = Información general para todos, no para una sola persona: lo que se aplica depende de cada situación, y lo confirma una organización de retorno o un asesor jurídico. Nada de lo que hay aquí es una promesa.
explore-wall-pathway = Lo que existe en este camino
explore-wall-rules = Normas: { $period }, vigentes desde el { $date }
