### review: draft
# Фотоальбом клиента и буклет, который из него печатается.
# Здесь только то, что показывается или печатается для человека, на его языке:
# album-category-*, album-message-*, album-photo-alt и booklet-scale-value.

## Виды страниц (показываются человеку)

album-category-label = Вид страницы
album-category-people = Люди
album-category-places = Места
album-category-work = Работа
album-category-learning = Учёба
album-category-skills = Умения
album-category-moments = Моменты

## Страница (показывается человеку)

# $n: место фотографии на странице, $count: сколько фотографий на странице.
album-photo-alt = Фото { $n } из { $count }
album-message-from = { $from } пишет:
album-message-anonymous = Послание:

## Редактирование страницы

album-message-legend = Послание от кого-то (по желанию)
album-message-hint = Слова, которые написал или продиктовал друг, коллега, учитель…
album-message-from-label = От кого
album-message-text-label = Послание

## Буклет: напечатано для человека

# Ответ на шкале от 0 до 10.
booklet-scale-value = { $value } из 10
