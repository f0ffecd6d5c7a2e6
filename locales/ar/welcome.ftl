### review: draft
app-name = Avenir
welcome-document-title = Avenir
welcome-title = مرحبًا بكم في Avenir
welcome-tagline = نفكّر معًا في المستقبل، محادثةً بعد محادثة.
welcome-safety = كل ما يُسجَّل هنا يبقى مشفّرًا على هذا الحاسوب. لا يُرسَل أي شيء إلى أي مكان.
welcome-language-label = اللغة
welcome-vault-heading = خزنتك
welcome-vault-empty = لا توجد خزنة على هذا الحاسوب بعد.
welcome-loading = جارٍ فتح Avenir…
