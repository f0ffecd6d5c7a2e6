### review: draft
app-name = Avenir
welcome-document-title = Avenir
welcome-title = Բարի գալուստ Avenir
welcome-tagline = Միասին մտածել ապագայի մասին, զրույց առ զրույց։
welcome-safety = Այն ամենը, ինչ Դուք գրանցում եք, մնում է այս համակարգչում՝ գաղտնագրված։ Ոչինչ ոչ մի տեղ չի ուղարկվում։
welcome-language-label = Լեզու
welcome-vault-heading = Ձեր պահոցը
welcome-vault-empty = Այս համակարգչում դեռ պահոց չկա։
welcome-loading = Avenir-ը բացվում է…
