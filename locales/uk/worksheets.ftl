### review: draft
# Аркуші вправ: вправи зустрічі, як їх бачить і проводить консультант.
# Тексти самих вправ — у exercises.ftl; тут — елементи керування навколо них.

## Вибір вправи на зустрічі

worksheet-section-heading = Вправи
worksheet-section-hint = Оберіть вправу, щоб пройти її разом із людиною, у будь-якому порядку. Відповіді зберігаються для цієї зустрічі.
worksheet-loading = Завантаження…
worksheet-retry = Спробувати ще раз
worksheet-picker-empty = Немає жодної доступної вправи.
worksheet-start = Почати
worksheet-continue = Продовжити
worksheet-activity =
    { $sessions ->
        [one] Опрацьовано на { $sessions } зустрічі, востаннє — { $date }
        [few] Опрацьовано на { $sessions } зустрічах, востаннє — { $date }
        [many] Опрацьовано на { $sessions } зустрічах, востаннє — { $date }
       *[other] Опрацьовано на { $sessions } зустрічах, востаннє — { $date }
    }
worksheet-activity-none = Ще не виконано
worksheet-problems-heading = Деякі вправи або інформаційні картки не вдалося використати
worksheet-problems-hint = Avenir їх пропустив; усе інше працює. Попросіть того, хто підтримує вміст вашої організації, виправити ці файли.

## Відкрита вправа

worksheet-language-label = Мова вправи
worksheet-close = Назад до зустрічі
worksheet-close-unsaved = Деякі відповіді ще не вдалося зберегти. Вони досі на екрані: спробуйте ще раз або закрийте без збереження.
worksheet-close-anyway = Закрити без збереження
worksheet-status-saving = Збереження…
worksheet-status-saved = Відповіді збережено
worksheet-status-failed = Ще не збережено:
worksheet-guide = Посібник для консультанта
worksheet-guide-aim = Мета
worksheet-guide-introduce = Як запропонувати вправу
worksheet-guide-avoid = Коли її не використовувати
worksheet-guide-group = Використання з групою
worksheet-history-toggle = Попередні відповіді ({ $count })
worksheet-history-session = Зустріч { $date }
worksheet-history-empty = Немає відповіді

## Відповіді

worksheet-text-left =
    { $count ->
        [0] Не залишилося жодного символу
        [one] Залишився { $count } символ
        [few] Залишилося { $count } символи
        [many] Залишилося { $count } символів
       *[other] Залишилося { $count } символу
    }
worksheet-remove = Вилучити
worksheet-scale-clear = Стерти відповідь
worksheet-cell-empty = –
worksheet-list-new = Новий пункт
worksheet-list-add = Додати
worksheet-list-item = Пункт { $n }
worksheet-list-up = Перемістити пункт { $n } вгору
worksheet-list-down = Перемістити пункт { $n } вниз
worksheet-list-remove = Вилучити пункт { $n }
worksheet-list-full =
    { $max ->
        [one] Список заповнено: щонайбільше { $max } пункт. Вилучіть один, щоб додати інший.
        [few] Список заповнено: щонайбільше { $max } пункти. Вилучіть один, щоб додати інший.
        [many] Список заповнено: щонайбільше { $max } пунктів. Вилучіть один, щоб додати інший.
       *[other] Список заповнено: щонайбільше { $max } пункту. Вилучіть один, щоб додати інший.
    }
worksheet-timeline-add = Додати подію
worksheet-timeline-empty = Ще немає жодної події. Додайте першу.
worksheet-timeline-event = Подія { $n }
worksheet-timeline-when = Коли
worksheet-timeline-what = Що сталося
worksheet-timeline-tag = Вид
worksheet-timeline-no-tag = Не позначено
worksheet-timeline-up = Перемістити подію { $n } вгору
worksheet-timeline-down = Перемістити подію { $n } вниз
worksheet-timeline-remove = Вилучити подію { $n }
worksheet-timeline-full = Лінію заповнено: найбільша кількість подій — { $max }.
worksheet-photos-empty = У фотоальбомі клієнта ще немає фото.
worksheet-photos-choose = Оберіть з альбому до { $max } фото.
worksheet-photos-photo = Фото { $n }
worksheet-photos-photo-caption = Фото { $n }: { $caption }
worksheet-photos-count =
    { $count ->
        [one] Обрано { $count } фото
        [few] Обрано { $count } фото
        [many] Обрано { $count } фото
       *[other] Обрано { $count } фото
    }
