### review: draft
# الدورات الجماعية، وشاشة التقديم، ونافذة جهاز العرض (الحائط).
# لا تسجّل الدورة إلا معلومات مجهولة الهوية: لا اسم أبدًا. رسائل "projector-wall-" تُعرض
# على الحائط، بلغات الحائط؛ وكل ما عداها للمنشّط.

## الدورات

courses-open = الدورات الجماعية
courses-close = العودة إلى ملفات الأشخاص
courses-heading = الدورات الجماعية
courses-loading = جارٍ تحميل الدورات…
courses-retry = إعادة المحاولة
courses-new-heading = دورة جديدة انطلاقًا من خطة
courses-new-hint = الخطة نقطة انطلاق: يصنع Avenir نسخة منها يمكنك تعديلها بحرية.
courses-no-plans = لا توجد أي خطة دورة متاحة.
courses-plan-days =
    { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
courses-new-from-plan = استعمال هذه الخطة
courses-list-heading = دوراتك
courses-present-free = العرض دون دورة
courses-empty = لا توجد لديك أي دورة بعد. يمكنك البدء من إحدى الخطط أعلاه.
courses-no-date = لا تاريخ بعد
courses-participants-count =
    { $count ->
        [one] مشارك واحد
        [two] مشاركان
        [few] { $count } مشاركين
        [many] { $count } مشاركًا
       *[other] { $count } مشارك
    }

## محرّر الدورة

courses-editor-heading = الدورة
courses-back = العودة إلى الدورات
courses-unsaved = في هذه الدورة تغييرات لم تُحفظ بعد.
courses-leave-anyway = المغادرة دون حفظ
courses-anonymous = لا تسجّل الدورة إلا معلومات مجهولة الهوية: تاريخًا، ومكانًا، وعدد المشاركين، واللغات المستعملة. لا تُكتب هنا أسماء أبدًا.
courses-title-label = العنوان
courses-date-label = التاريخ
courses-place-label = المكان
courses-place-hint = اسم مكان مثل «أنتويرب، القاعة 2» (60 حرفًا على الأكثر). لا أسماء أشخاص.
courses-participants-label = عدد المشاركين
courses-participants-hint = رقم فقط؛ يمكن تركه فارغًا إذا لم يكن معروفًا بعد.
courses-languages-label = اللغات المستعملة في المجموعة
courses-languages-other-label = لغات أخرى
courses-languages-other-hint = رموز لغات يُفصَل بينها بفواصل، مثلًا: ti, ps, ru.
courses-order-heading = ترتيب الفقرات
courses-order-hint = كل يوم سلسلة من الفقرات. ملاحظاتك على أي فقرة لك وحدك: لا تظهر أبدًا على الحائط.
courses-day = اليوم { $day }
courses-day-total =
    { $minutes ->
        [one] المجموع: دقيقة واحدة
        [two] المجموع: دقيقتان
        [few] المجموع: { $minutes } دقائق
        [many] المجموع: { $minutes } دقيقة
       *[other] المجموع: { $minutes } دقيقة
    }
courses-day-add = إضافة يوم
courses-day-remove = حذف هذا اليوم
courses-kind-information = معلومات
courses-kind-exercise = تمرين
courses-kind-discussion = نقاش
courses-kind-break = استراحة
courses-kind-lunch = الغداء
courses-kind-interpreting = وقت للترجمة
courses-kind-guest = ضيف
courses-kind-individual = عمل فردي، على الورق
courses-individual-hint = اختياري: من يرغب في ذلك يعمل وحده وبصمت على الورق. لا يشارك أحد ما كتبه، ولا يُجمع أي شيء ولا يُحفظ.
courses-minutes =
    { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
courses-block-kind = النوع
courses-block-content = المحتوى
courses-block-cards = بطاقات المعلومات
courses-block-topics = المواضيع
courses-block-minutes = الدقائق
courses-block-note = ملاحظتك
courses-block-note-hint = لك وحدك؛ لا تُعرض أبدًا على الحائط.
courses-block-up = نقل إلى الأعلى
courses-block-down = نقل إلى الأسفل
courses-block-remove = إزالة
courses-block-add = إضافة فقرة
courses-invalid-title = يُرجى إعطاء الدورة عنوانًا (100 حرف على الأكثر).
courses-invalid-participants = يجب أن يكون عدد المشاركين عددًا صحيحًا من 1 إلى 200، أو أن يبقى فارغًا.
courses-invalid-languages = يُرجى استعمال رموز لغات مثل «fr» أو «ti»، يُفصَل بينها بفواصل (12 لغة على الأكثر).
courses-save = حفظ
courses-present = عرض
courses-state-unsaved = تغييرات لم تُحفظ بعد
courses-state-saved = تم الحفظ
courses-delete = حذف الدورة
courses-delete-title = حذف هذه الدورة؟
courses-delete-warning = ستُمحى «{ $title }» وترتيب فقراتها من الخزنة. لا يمكن التراجع عن ذلك.
courses-delete-confirm = حذف
courses-delete-cancel = الاحتفاظ بالدورة

## شاشة التقديم

presenter-eyebrow = جارٍ العرض
presenter-title-single = عرض تمرين أو بطاقة أو موضوع
presenter-close = إنهاء العرض
presenter-blackout = إظلام الحائط (B)
presenter-blackout-on = الحائط مُظلِم: إظهاره من جديد (B)
presenter-dark = الحائط مُظلِم. ما يظهر هنا لا يُعرض على الحائط إلى أن يُرفَع الإظلام.
presenter-languages = اللغات على الحائط
presenter-language-1 = اللغة الأولى
presenter-language-2 = لغة ثانية، جنبًا إلى جنب
presenter-language-none = بلا
presenter-order = ترتيب الفقرات
presenter-track-label = أيّ جزء من البطاقة
presenter-block-missing = هذا المحتوى غير متاح: يبقى الحائط فارغًا في هذه الفقرة.
presenter-single-label = ما يُعرض
presenter-single-none = اختيار…
presenter-single-exercises = التمارين
presenter-single-cards = بطاقات المعلومات
presenter-single-topics = المواضيع
presenter-single-explorer = مستكشف الدعم
presenter-single-explorer-general = ما هو موجود في كل مسار (معلومات عامة، دون مبالغ)
presenter-single-show = عرض
presenter-current = على الحائط الآن
presenter-position = الشريحة { $n } من { $total }
presenter-nothing = لم يُختَر أي شيء بعد.
presenter-loading = جارٍ التحميل…
presenter-prev = السابق
presenter-next = التالي
presenter-keys = المفاتيح: Page Down أو السهم الأيمن للشريحة التالية، وPage Up أو السهم الأيسر للشريحة السابقة، وB للإظلام.
presenter-timer-left = الوقت المتبقي
presenter-timer-over = تجاوز الوقت
presenter-timer-spent = الوقت المنقضي
presenter-timer-pause = إيقاف مؤقت
presenter-timer-resume = استئناف
presenter-timer-reset = البدء من جديد
presenter-note = ملاحظتك
presenter-next-heading = التالي
presenter-end = نهاية ترتيب الفقرات.
presenter-show-pathways = عرض المسارات الأربعة
presenter-answers-heading = ما تقوله المجموعة
presenter-answers-hint = يمكنك كتابة ما تقوله المجموعة، دون أسماء. تبقى هذه السطور ما دامت هذه الشاشة مفتوحة فقط: لا تُحفظ أبدًا.
presenter-answers-input = سطر من المجموعة
presenter-answers-add = إضافة
presenter-answers-remove = إزالة
presenter-answers-show = عرض على الحائط
presenter-answers-clear = مسح الكل
presenter-second-screen = الشاشة الثانية
presenter-show-on-second-screen = العرض على الشاشة الثانية
presenter-stop-second-screen = إيقاف العرض

## نافذة جهاز العرض

projector-monitor-label = الشاشة المخصّصة للحائط
projector-monitor-automatic = تلقائي (شاشة ثانية)
projector-monitor-option = { $name } ({ $width } × { $height })
projector-monitor-primary = { $name } ({ $width } × { $height }، هذه الشاشة)
projector-open = الفتح على الحائط
projector-close = إغلاق الحائط
projector-status-open = الحائط مفتوح على { $monitor }.
projector-status-closed = الحائط مغلق.

## ما يُعرض على الحائط

projector-wall-break = استراحة
projector-wall-group = ما تقوله المجموعة
projector-wall-lunch = استراحة الغداء
projector-wall-interpreting = وقت للترجمة. يمكنك أن تطلب شرح أي شيء مرة أخرى.
projector-wall-individual = وقت خاص بك. اكتب أو ارسم على ورقتك. لا أحد مُلزَم بأن يُظهر ما كتبه أو أن يقوله.
projector-wall-guest = معنا ضيف. يمكنك طرح الأسئلة، أو الاستماع فقط. لا يلزمك أن تذكر اسمك.
