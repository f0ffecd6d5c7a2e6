### review: draft
# Pantalla de bienvenida.
app-name = Avenir
welcome-document-title = Avenir
welcome-title = Le damos la bienvenida a Avenir
welcome-tagline = Pensar juntos en el futuro, conversación tras conversación.
welcome-safety = Todo lo que usted registra se queda en esta computadora, cifrado. No se envía nada a ninguna parte.
welcome-language-label = Idioma
welcome-vault-heading = Su caja fuerte
welcome-vault-empty = Todavía no hay ninguna caja fuerte en esta computadora.
welcome-loading = Abriendo Avenir…
