### review: draft
# Фотоальбом клієнта і буклет, що друкується з нього.
# Тут лише те, що показується або друкується для людини її мовою:
# album-category-*, album-message-*, album-photo-alt і booklet-scale-value.

## Види сторінок (показуються людині)

album-category-label = Вид сторінки
album-category-people = Люди
album-category-places = Місця
album-category-work = Робота
album-category-learning = Навчання
album-category-skills = Уміння
album-category-moments = Моменти

## Сторінка (показується людині)

# $n: місце фото на сторінці, $count: скільки фото на сторінці.
album-photo-alt = Фото { $n } з { $count }
album-message-from = { $from } пише:
album-message-anonymous = Повідомлення:

## Редагування сторінки

album-message-legend = Повідомлення від когось (необов’язково)
album-message-hint = Слова, які написав або продиктував друг, колега, учитель…
album-message-from-label = Від кого
album-message-text-label = Повідомлення

## Буклет, надрукований для людини

# Відповідь за шкалою від 0 до 10.
booklet-scale-value = { $value } з 10
