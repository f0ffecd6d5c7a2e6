### review: draft
# La hoja de derivación que la persona se lleva: solo sus textos (slip-), en el idioma de la persona.
# Los mensajes del directorio para el orientador aparecen en inglés hasta que se traduzcan.

## La hoja de derivación en sí, para la persona.
slip-title = Un lugar donde puede recibir ayuda
slip-intro = Muestre este papel cuando vaya allí.
slip-address = Dirección
slip-hours = Horario de atención
slip-phone = Teléfono
slip-bring = Qué llevar
slip-anonymous = Puede ir sin dar su nombre.
