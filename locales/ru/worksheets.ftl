### review: draft
# Рабочие листы: упражнения встречи, как их видит и проводит консультант.
# Тексты самих упражнений — в exercises.ftl; здесь — элементы управления вокруг них.

## Выбор упражнения на встрече

worksheet-section-heading = Упражнения
worksheet-section-hint = Выберите упражнение, чтобы пройти его вместе с человеком, в любом порядке. Ответы сохраняются в этой встрече.
worksheet-loading = Загрузка…
worksheet-retry = Попробовать ещё раз
worksheet-picker-empty = Нет ни одного упражнения.
worksheet-start = Начать
worksheet-continue = Продолжить
worksheet-activity =
    { $sessions ->
        [one] Работали на { $sessions } встрече, последний раз { $date }
        [few] Работали на { $sessions } встречах, последний раз { $date }
        [many] Работали на { $sessions } встречах, последний раз { $date }
       *[other] Работали на { $sessions } встречах, последний раз { $date }
    }
worksheet-activity-none = Ещё не делали
worksheet-problems-heading = Некоторые упражнения или информационные карточки нельзя использовать
worksheet-problems-hint = Avenir их пропустил; всё остальное работает. Попросите того, кто ведёт материалы вашей организации, исправить эти файлы.

## Открытое упражнение

worksheet-language-label = Язык упражнения
worksheet-close = Назад к встрече
worksheet-close-unsaved = Некоторые ответы ещё не удалось сохранить. Они по-прежнему на экране: попробуйте ещё раз или закройте без сохранения.
worksheet-close-anyway = Закрыть без сохранения
worksheet-status-saving = Сохранение…
worksheet-status-saved = Ответы сохранены
worksheet-status-failed = Ещё не сохранено:
worksheet-guide = Руководство для консультанта
worksheet-guide-aim = Цель
worksheet-guide-introduce = Как начать
worksheet-guide-avoid = Когда не использовать
worksheet-guide-group = Работа с группой
worksheet-history-toggle = Прошлые ответы ({ $count })
worksheet-history-session = Встреча { $date }
worksheet-history-empty = Нет ответа

## Ответы

worksheet-text-left =
    { $count ->
        [0] Символов не осталось
        [one] Остался { $count } символ
        [few] Осталось { $count } символа
        [many] Осталось { $count } символов
       *[other] Осталось { $count } символа
    }
worksheet-remove = Удалить
worksheet-scale-clear = Стереть ответ
worksheet-cell-empty = –
worksheet-list-new = Новый пункт
worksheet-list-add = Добавить
worksheet-list-item = Пункт { $n }
worksheet-list-up = Переместить пункт { $n } вверх
worksheet-list-down = Переместить пункт { $n } вниз
worksheet-list-remove = Удалить пункт { $n }
worksheet-list-full =
    { $max ->
        [one] Список заполнен: не больше { $max } пункта. Удалите один, чтобы добавить другой.
        [few] Список заполнен: не больше { $max } пунктов. Удалите один, чтобы добавить другой.
        [many] Список заполнен: не больше { $max } пунктов. Удалите один, чтобы добавить другой.
       *[other] Список заполнен: не больше { $max } пункта. Удалите один, чтобы добавить другой.
    }
worksheet-timeline-add = Добавить событие
worksheet-timeline-empty = Событий пока нет. Добавьте первое.
worksheet-timeline-event = Событие { $n }
worksheet-timeline-when = Когда
worksheet-timeline-what = Что произошло
worksheet-timeline-tag = Вид
worksheet-timeline-no-tag = Без отметки
worksheet-timeline-up = Переместить событие { $n } вверх
worksheet-timeline-down = Переместить событие { $n } вниз
worksheet-timeline-remove = Удалить событие { $n }
worksheet-timeline-full = Линия жизни заполнена: событий может быть не больше, чем { $max }.
worksheet-photos-empty = В фотоальбоме клиента ещё нет фотографий.
worksheet-photos-choose = Выберите фотографии из альбома (не больше { $max }).
worksheet-photos-photo = Фото { $n }
worksheet-photos-photo-caption = Фото { $n }: { $caption }
worksheet-photos-count =
    { $count ->
        [one] Выбрана { $count } фотография
        [few] Выбрано { $count } фотографии
        [many] Выбрано { $count } фотографий
       *[other] Выбрано { $count } фотографии
    }
