### review: draft
# Экран приветствия.

app-name = Avenir
welcome-document-title = Avenir
welcome-title = Добро пожаловать в Avenir
welcome-tagline = Думать о будущем вместе — разговор за разговором.
welcome-safety = Всё, что вы записываете, хранится на этом компьютере в зашифрованном виде. Ничего никуда не отправляется.
welcome-language-label = Язык
welcome-vault-heading = Ваше хранилище
welcome-vault-empty = На этом компьютере ещё нет хранилища.
welcome-loading = Avenir открывается…
