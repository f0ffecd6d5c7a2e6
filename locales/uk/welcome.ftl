### review: draft
# Вітальний екран.
app-name = Avenir
welcome-document-title = Avenir
welcome-title = Ласкаво просимо до Avenir
welcome-tagline = Разом думаємо про майбутнє, розмова за розмовою.
welcome-safety = Усе, що ви записуєте, залишається на цьому комп’ютері в зашифрованому вигляді. Нічого нікуди не надсилається.
welcome-language-label = Мова
welcome-vault-heading = Ваше сховище
welcome-vault-empty = На цьому комп’ютері ще немає сховища.
welcome-loading = Відкриваємо Avenir…
