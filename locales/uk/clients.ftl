### review: draft
# Справи клієнтів. Справи клієнтів псевдонімні: код або прізвисько, ніколи не справжнє ім’я.
# Тут лише чотири шляхи: їхні назви й короткий опис, як їх бачить людина і як вони показуються на стіні.

## Чотири шляхи

clients-pathways-heading = Можливі шляхи
clients-pathways-intro = Є кілька можливих шляхів. Ми можемо разом розглянути кожен із них — у вашому темпі.
clients-pathway-legalise = Отримання права на перебування
clients-pathway-legalise-about = Пошук способу отримати право на перебування в Бельгії.
clients-pathway-onward = Переїзд до іншої країни
clients-pathway-onward-about = Продовження подорожі до іншої країни.
clients-pathway-return = Повернення
clients-pathway-return-about = Повернення до країни походження.
clients-pathway-undocumented = Перебування без документів
clients-pathway-undocumented-about = Поки що залишатися в Бельгії без посвідки на проживання.
