### review: draft
# أوراق العمل: تمارين الجلسة، كما يراها المرشد ويديرها.
# نصوص التمارين نفسها موجودة في exercises.ftl؛ وهنا أدوات التحكم من حولها.

## اختيار تمرين في الجلسة

worksheet-section-heading = التمارين
worksheet-section-hint = يمكنك اختيار تمرين للعمل عليه مع الشخص، بأي ترتيب. تُحفظ الإجابات في هذه الجلسة.
worksheet-loading = جارٍ التحميل…
worksheet-retry = إعادة المحاولة
worksheet-picker-empty = لا يوجد أي تمرين متاح.
worksheet-start = بدء
worksheet-continue = متابعة
worksheet-activity =
    { $sessions ->
        [one] تم العمل عليه في جلسة واحدة، آخر مرة بتاريخ { $date }
        [two] تم العمل عليه في جلستين، آخر مرة بتاريخ { $date }
        [few] تم العمل عليه في { $sessions } جلسات، آخر مرة بتاريخ { $date }
        [many] تم العمل عليه في { $sessions } جلسة، آخر مرة بتاريخ { $date }
       *[other] تم العمل عليه في { $sessions } جلسة، آخر مرة بتاريخ { $date }
    }
worksheet-activity-none = لم يُنجَز بعد
worksheet-private-heading = لك وحدك
worksheet-private-hint = أوراقك الخاصة: لا تُعرض أبدًا على الشخص، ولا تظهر أبدًا في وضع العرض الآمن، ولا على الشاشة الثانية، ولا في كتيّب، ولا في دورة.
worksheet-problems-heading = تعذّر استعمال بعض التمارين أو بطاقات المعلومات
worksheet-problems-hint = تركها Avenir جانبًا، وكل الباقي يعمل. يُرجى الطلب من المسؤول عن محتوى منظمتك تصحيح هذه الملفات.

## تمرين مفتوح

worksheet-language-label = لغة التمرين
worksheet-close = العودة إلى الجلسة
worksheet-close-unsaved = تعذّر حفظ بعض الإجابات حتى الآن. لا تزال ظاهرة على الشاشة: يمكنك إعادة المحاولة، أو الإغلاق دون حفظها.
worksheet-close-anyway = الإغلاق دون حفظ
worksheet-status-saving = جارٍ الحفظ…
worksheet-status-saved = تم حفظ الإجابات
worksheet-status-failed = لم يتم الحفظ بعد:
worksheet-guide = دليل المرشد
worksheet-guide-aim = الهدف
worksheet-guide-introduce = كيف يُقدَّم التمرين
worksheet-guide-avoid = متى لا يُستعمل
worksheet-guide-group = الاستعمال في مجموعة
worksheet-visibility-when-raised = فقط عندما يطرح الشخص الموضوع بنفسه. لا تعطيه الدورة أبدًا للمجموعة كلها: على الأكثر عملًا فرديًا على الورق، يمكن لأي شخص تركه.
worksheet-private-note = لك وحدك: هذه الورقة لا تُعرض أبدًا على الشخص. لا تظهر أبدًا على الشاشة الثانية، ولا في كتيّب، ولا في دورة، ويخفيها وضع العرض الآمن.
worksheet-private-hidden = لا يُعرض أي شيء من هذه الورقة في وضع العرض الآمن: إنها للمرشد وحده.
worksheet-visibility-after-return-chosen = لا يُعرض إلا بعد أن يقول الشخص بنفسه إنه اختار العودة (آخر قرار مسجَّل حتى هذه الجلسة). لا تعطيه الدورة أبدًا للمجموعة كلها: على الأكثر عملًا فرديًا على الورق.
worksheet-history-toggle = الإجابات السابقة ({ $count })
worksheet-history-session = جلسة { $date }
worksheet-history-empty = لا توجد إجابة

## الإجابة

worksheet-text-left =
    { $count ->
        [0] لم يبقَ أي حرف
        [one] بقي حرف واحد
        [two] بقي حرفان
        [few] بقيت { $count } أحرف
        [many] بقي { $count } حرفًا
       *[other] بقي { $count } حرف
    }
worksheet-remove = إزالة
worksheet-scale-clear = مسح الإجابة
worksheet-cell-empty = –
worksheet-list-new = عنصر جديد
worksheet-list-add = إضافة
worksheet-list-item = العنصر { $n }
worksheet-list-up = نقل العنصر { $n } إلى الأعلى
worksheet-list-down = نقل العنصر { $n } إلى الأسفل
worksheet-list-remove = إزالة العنصر { $n }
worksheet-list-full =
    { $max ->
        [one] القائمة ممتلئة: عنصر واحد على الأكثر. يمكنك إزالته لإضافة عنصر آخر.
        [two] القائمة ممتلئة: عنصران على الأكثر. يمكنك إزالة أحدهما لإضافة عنصر آخر.
        [few] القائمة ممتلئة: { $max } عناصر على الأكثر. يمكنك إزالة عنصر لإضافة عنصر آخر.
        [many] القائمة ممتلئة: { $max } عنصرًا على الأكثر. يمكنك إزالة عنصر لإضافة عنصر آخر.
       *[other] القائمة ممتلئة: { $max } عنصر على الأكثر. يمكنك إزالة عنصر لإضافة عنصر آخر.
    }
worksheet-timeline-add = إضافة حدث
worksheet-timeline-empty = لا يوجد أي حدث بعد. يمكنك إضافة الحدث الأول.
worksheet-timeline-event = الحدث { $n }
worksheet-timeline-when = متى
worksheet-timeline-what = ماذا حدث
worksheet-timeline-tag = النوع
worksheet-timeline-no-tag = بلا تصنيف
worksheet-timeline-up = نقل الحدث { $n } إلى الأعلى
worksheet-timeline-down = نقل الحدث { $n } إلى الأسفل
worksheet-timeline-remove = إزالة الحدث { $n }
worksheet-timeline-full = الخط الزمني ممتلئ: الحد الأقصى لعدد الأحداث هو { $max }.
worksheet-photos-empty = لا توجد صور بعد في ألبوم صور الشخص.
worksheet-photos-choose = يمكنك اختيار صور من ألبوم الصور، على ألّا يتجاوز عددها { $max }.
worksheet-photos-photo = الصورة { $n }
worksheet-photos-photo-caption = الصورة { $n }: { $caption }
worksheet-photos-count =
    { $count ->
        [zero] لم يتم اختيار أي صورة
        [one] تم اختيار صورة واحدة
        [two] تم اختيار صورتين
        [few] تم اختيار { $count } صور
        [many] تم اختيار { $count } صورة
       *[other] تم اختيار { $count } صورة
    }
