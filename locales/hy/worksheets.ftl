### review: draft
# Աշխատաթերթեր՝ հանդիպման վարժությունները, ինչպես խորհրդատուն է դրանք տեսնում և անցկացնում։
# Վարժությունների տեքստերը exercises.ftl ֆայլում են, այստեղ՝ դրանց շուրջ կառավարման տարրերը։

## Վարժության ընտրություն հանդիպման ժամանակ

worksheet-section-heading = Վարժություններ
worksheet-section-hint = Ընտրեք վարժություն՝ մարդու հետ միասին անցնելու համար, ցանկացած հերթականությամբ։ Պատասխանները պահպանվում են այս հանդիպման մեջ։
worksheet-loading = Բեռնվում է…
worksheet-retry = Կրկին փորձել
worksheet-picker-empty = Վարժություններ չկան։
worksheet-start = Սկսել
worksheet-continue = Շարունակել
worksheet-activity =
    { $sessions ->
        [one] Կատարվել է մեկ հանդիպման ընթացքում, վերջին անգամ՝ { $date }
       *[other] Կատարվել է { $sessions } հանդիպման ընթացքում, վերջին անգամ՝ { $date }
    }
worksheet-activity-none = Դեռ չի կատարվել
worksheet-problems-heading = Որոշ վարժություններ կամ տեղեկատվական քարտեր հնարավոր չեղավ օգտագործել
worksheet-problems-hint = Avenir-ը դրանք բաց է թողել, մնացած ամեն ինչ աշխատում է։ Խնդրեք Ձեր կազմակերպության բովանդակությունը վարողին ուղղել այս ֆայլերը։

## Բացված վարժություն

worksheet-language-label = Վարժության լեզուն
worksheet-close = Վերադառնալ հանդիպմանը
worksheet-close-unsaved = Որոշ պատասխաններ դեռ հնարավոր չեղավ պահպանել։ Դրանք դեռ էկրանին են՝ կրկին փորձեք կամ փակեք առանց դրանք պահպանելու։
worksheet-close-anyway = Փակել առանց պահպանելու
worksheet-status-saving = Պահպանվում է…
worksheet-status-saved = Պատասխանները պահպանված են
worksheet-status-failed = Դեռ պահպանված չէ:
worksheet-guide = Ուղեցույց խորհրդատուի համար
worksheet-guide-aim = Նպատակը
worksheet-guide-introduce = Ինչպես ներկայացնել
worksheet-guide-avoid = Երբ չօգտագործել
worksheet-guide-group = Օգտագործումը խմբի հետ
worksheet-history-toggle = Նախկին պատասխաններ ({ $count })
worksheet-history-session = Հանդիպում՝ { $date }
worksheet-history-empty = Պատասխան չկա

## Պատասխանելը

worksheet-text-left =
    { $count ->
        [0] Նիշեր չեն մնացել
        [one] Մնացել է մեկ նիշ
       *[other] Մնացել է { $count } նիշ
    }
worksheet-remove = Հեռացնել
worksheet-scale-clear = Ջնջել պատասխանը
worksheet-cell-empty = –
worksheet-list-new = Նոր կետ
worksheet-list-add = Ավելացնել
worksheet-list-item = Կետ { $n }
worksheet-list-up = Կետ { $n }-ը տեղափոխել վերև
worksheet-list-down = Կետ { $n }-ը տեղափոխել ներքև
worksheet-list-remove = Հեռացնել կետ { $n }-ը
worksheet-list-full =
    { $max ->
        [one] Ցանկը լրացված է՝ առավելագույնը մեկ կետ։ Հեռացրեք այն՝ մեկ ուրիշն ավելացնելու համար։
       *[other] Ցանկը լրացված է՝ առավելագույնը { $max } կետ։ Հեռացրեք մեկը՝ ուրիշն ավելացնելու համար։
    }
worksheet-timeline-add = Ավելացնել իրադարձություն
worksheet-timeline-empty = Դեռ իրադարձություն չկա։ Ավելացրեք առաջինը։
worksheet-timeline-event = Իրադարձություն { $n }
worksheet-timeline-when = Երբ
worksheet-timeline-what = Ինչ պատահեց
worksheet-timeline-tag = Տեսակը
worksheet-timeline-no-tag = Նշված չէ
worksheet-timeline-up = Իրադարձություն { $n }-ը տեղափոխել վերև
worksheet-timeline-down = Իրադարձություն { $n }-ը տեղափոխել ներքև
worksheet-timeline-remove = Հեռացնել իրադարձություն { $n }-ը
worksheet-timeline-full = Ժամանակագրությունը լրացված է՝ առավելագույնը { $max } իրադարձություն։
worksheet-photos-empty = Մարդու լուսանկարների ալբոմում դեռ լուսանկարներ չկան։
worksheet-photos-choose = Ընտրեք մինչև { $max } լուսանկար ալբոմից։
worksheet-photos-photo = Լուսանկար { $n }
worksheet-photos-photo-caption = Լուսանկար { $n }: { $caption }
worksheet-photos-count =
    { $count ->
        [one] Ընտրված է մեկ լուսանկար
       *[other] Ընտրված է { $count } լուսանկար
    }
