### review: draft
app-name = Avenir
welcome-document-title = Avenir
welcome-title = Boas-vindas ao Avenir
welcome-tagline = Pensar juntos no futuro, uma conversa de cada vez.
welcome-safety = Tudo o que você registra fica neste computador, criptografado. Nada é enviado para lugar nenhum.
welcome-language-label = Idioma
welcome-vault-heading = Seu cofre
welcome-vault-empty = Ainda não existe nenhum cofre neste computador.
welcome-loading = Abrindo o Avenir…
