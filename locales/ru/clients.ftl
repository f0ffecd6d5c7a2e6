### review: draft
# Карточки клиентов: здесь только четыре пути — их названия и по одной строке о каждом, как их видит человек.
# Карточки клиентов псевдонимны: код или прозвище, никогда не настоящее имя.

## Четыре пути

clients-pathways-heading = Возможные пути
clients-pathways-intro = Есть несколько возможных путей. Мы можем вместе рассмотреть каждый из них — в вашем темпе.
clients-pathway-legalise = Получение права на пребывание
clients-pathway-legalise-about = Искать способ получить право на пребывание в Бельгии.
clients-pathway-onward = Переезд в другую страну
clients-pathway-onward-about = Поехать дальше, в другую страну.
clients-pathway-return = Возвращение
clients-pathway-return-about = Вернуться в страну происхождения.
clients-pathway-undocumented = Жизнь без документов
clients-pathway-undocumented-about = Пока остаться в Бельгии без вида на жительство.
