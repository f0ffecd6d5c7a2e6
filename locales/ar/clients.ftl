### review: draft
# ملفات الأشخاص: القائمة، والاستمارة، والنظرة العامة، والجلسات، ووضع العرض الآمن.
# ملفات الأشخاص بأسماء مستعارة: رمز أو لقب، لا اسم حقيقي أبدًا.

## وضع العرض الآمن

clients-presentation-toggle = وضع العرض الآمن (F9)
clients-presentation-banner = وضع العرض الآمن مفعَّل. الملاحظات والمعلومات الخاصة والأشخاص الآخرون مخفيّون. لإظهارها من جديد، يمكنك الضغط على F9 أو على الزر.
clients-presentation-empty = لا يُعرض أي شيء خاص في وضع العرض الآمن. لاختيار شخص، يمكنك إيقاف هذا الوضع.

## قائمة الأشخاص

clients-list-heading = الأشخاص المرافَقون
clients-new = شخص جديد
clients-loading = جارٍ التحميل…
clients-filter-label = عرض
clients-filter-all = كل الأشخاص
clients-filter-due-this-week = متابعة مقرّرة هذا الأسبوع
clients-filter-not-seen-3-months = دون جلسة منذ 3 أشهر
clients-filter-due-for-review = ملف حان موعد مراجعته
clients-sort-label = الترتيب حسب
clients-sort-code = الرمز
clients-sort-next-follow-up = المتابعة القادمة
clients-sort-last-session = آخر جلسة
clients-row-last-session = آخر جلسة: { $date }
clients-row-no-session = لا توجد جلسة بعد
clients-row-next-follow-up = المتابعة القادمة: { $date }
clients-row-no-follow-up = لا توجد متابعة مقرّرة
clients-list-empty = لا توجد ملفات أشخاص بعد. يمكنك إنشاء الملف الأول بالزر «شخص جديد».
clients-list-empty-filter = لا يوجد أي شخص يطابق هذا الاختيار.

## البحث

clients-search-label = البحث في كل ملفات الأشخاص
clients-search-hint = يُرجى كتابة حرفين على الأقل. يبحث Avenir في الرموز والملاحظات وملخّصات الجلسات.
clients-search-results = نتائج البحث
clients-search-count =
    { $count ->
        [0] لم يُعثَر على أي شيء.
        [one] نتيجة واحدة.
        [two] نتيجتان.
        [few] { $count } نتائج.
        [many] { $count } نتيجة.
       *[other] { $count } نتيجة.
    }
clients-search-field-code = الرمز
clients-search-field-summary = ملخّص الجلسة
clients-search-field-notes = ملاحظات الجلسة الخاصة
clients-search-field-client-notes = ملاحظات الملف
clients-search-session = جلسة { $date }

## استمارة ملف الشخص

clients-form-new-heading = شخص جديد
clients-form-edit-heading = تعديل ملف الشخص
clients-privacy-hint = لا يُكتب أبدًا في ملف الشخص اسم حقيقي، ولا رقم وثيقة هوية، ولا عنوان، ولا رقم هاتف. يكفي رمز أو لقب.
clients-code-label = الرمز
clients-code-hint = رمز أو لقب يُتّفَق عليه مع الشخص.
clients-code-suggest = اقتراح رمز آخر
clients-languages-label = اللغات التي يتكلمها الشخص
clients-languages-hint = يُفصَل بين اللغات بفواصل، مثلًا: العربية، الفرنسية.
clients-preferred-language-label = لغة المواد التي تُعطى للشخص
clients-preferred-language-none = لم تُختَر
clients-optional-heading = معلومات اختيارية
clients-optional-hint = لا يُملأ إلا ما يرتاح الشخص لمشاركته وما يفيد المرافقة. يمكن أن يبقى كل ما في هذا القسم فارغًا.
clients-country-label = البلد الأصلي
clients-arrival-label = سنة الوصول إلى بلجيكا
clients-household-legend = الأسرة
clients-adults-label = البالغون
clients-children-label = الأطفال
clients-school-label = الأطفال في المدرسة
clients-residence-label = وضع الإقامة
clients-residence-hint = يُرجى تحديد كل الأوضاع التي تنطبق.
clients-not-recorded = غير مسجَّل
clients-residence-asylum-ongoing = طلب لجوء قيد الدراسة
clients-residence-asylum-refused = طلب لجوء مرفوض
clients-residence-regularisation-pending = طلب تسوية وضع قيد الانتظار
clients-residence-order-to-leave = أمر بمغادرة البلاد
clients-residence-never-applied = لم يُقدَّم أبدًا أي طلب للحصول على تصريح إقامة
clients-residence-overstayed-visa = البقاء بعد انتهاء المدة التي تسمح بها التأشيرة
clients-residence-medical-pending = طلب تسوية وضع لأسباب طبية قيد الانتظار (9ter)
clients-residence-appeal-pending = طعن قيد النظر
clients-residence-dublin = إجراء دبلن
clients-residence-temporary-protection = حماية مؤقتة
clients-residence-other = وضع آخر
clients-health-label = مشاكل صحية
clients-health-yes = نعم
clients-health-no = لا
clients-notes-label = ملاحظات
clients-consent-heading = الموافقة
clients-consent-given = وافق الشخص على الاحتفاظ بالملاحظات
clients-consent-date = تاريخ الموافقة
clients-consent-explained = ما تم شرحه
clients-consent-language = اللغة التي تم الشرح بها
clients-review-label = تاريخ المراجعة
clients-review-hint = في هذا التاريخ، يُتحقَّق مع الشخص هل ما زالت هناك حاجة إلى الملف.
clients-save = حفظ
clients-saving = جارٍ الحفظ…
clients-cancel = إلغاء

## تحذير من المعلومات التي تكشف الهوية

clients-identifier-warning = يبدو أن جزءًا من النص يتضمن معلومات قد تكشف هوية شخص ما:
clients-identifier-phone = رقم هاتف
clients-identifier-email = عنوان بريد إلكتروني
clients-identifier-national-number = رقم في السجل الوطني
clients-identifier-advice = تبقى ملفات الأشخاص بأسماء مستعارة: يُرجى مراجعة النص وحذف هذه المعلومات. ومع ذلك يبقى الحفظ ممكنًا.
clients-identifier-dismiss = فهمت

## النظرة العامة على ملف الشخص

clients-overview-heading = نظرة عامة
clients-overview-code = الرمز
clients-back-to-list = العودة إلى القائمة
clients-edit = تعديل
clients-session-new = جلسة جديدة
clients-delete = حذف ملف الشخص
clients-facts-heading = معلومات أساسية
clients-fact-languages = اللغات
clients-fact-preferred-language = لغة المواد
clients-fact-consent = الموافقة
clients-fact-consent-given = أُعطيت بتاريخ { $date }
clients-follow-up-heading = المتابعة القادمة
clients-follow-up-due = متابعة مقرّرة بتاريخ { $date }
clients-follow-up-none = لا توجد متابعة مقرّرة.
clients-steps-heading = خطوات قادمة لم تُنجَز بعد
clients-steps-empty = لا توجد خطوات قادمة لم تُنجَز بعد.
clients-sessions-heading = الجلسات
clients-sessions-empty = لا توجد جلسات بعد.
clients-session-open = فتح هذه الجلسة
clients-session-minutes =
    { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
clients-session-pathways = المسارات التي نوقشت:
clients-session-no-pathways = لم يُناقَش أي مسار
clients-decision-mark = قرار الشخص نفسه: { $decision }

## حذف ملف شخص

clients-delete-title = حذف ملف الشخص هذا؟
clients-delete-warning = سيُمحى كل ما يخص هذا الشخص: الملف، وكل الجلسات، والملاحظات، والخطوات القادمة. لا يمكن استرجاع أي شيء من ذلك.
clients-delete-yes = محو كل شيء
clients-delete-no = الاحتفاظ بالملف

## المسارات الأربعة (تظهر للشخص وعلى الحائط)

clients-pathways-heading = المسارات الممكنة
clients-pathways-intro = هناك عدة مسارات ممكنة. يمكننا أن ننظر في كل واحد منها معًا، حسب إيقاعك.
clients-pathway-legalise = الحصول على حق الإقامة
clients-pathway-legalise-about = البحث عن طريقة للحصول على حق الإقامة في بلجيكا.
clients-pathway-onward = الهجرة إلى بلد آخر
clients-pathway-onward-about = مواصلة الرحلة إلى بلد آخر.
clients-pathway-return = العودة
clients-pathway-return-about = الرجوع إلى بلدك الأصلي.
clients-pathway-undocumented = البقاء دون أوراق
clients-pathway-undocumented-about = البقاء في بلجيكا دون تصريح إقامة، في الوقت الحالي.

## محرّر الجلسة

clients-session-new-heading = جلسة جديدة
clients-session-edit-heading = الجلسة
clients-session-creating = جارٍ إنشاء الجلسة…
clients-session-started = التاريخ والوقت
clients-session-duration = المدة بالدقائق
clients-session-kind = نوع الجلسة
clients-kind-individual = محادثة فردية
clients-kind-interpreter = بحضور مترجم
clients-kind-phone = عبر الهاتف
clients-kind-group = جلسة جماعية
clients-session-pathways-legend = المسارات التي نوقشت
clients-decision-label = قرار الشخص نفسه (فقط إذا قاله بنفسه)
clients-decision-hint = لا يُسجَّل القرار إلا عندما يقوله الشخص بنفسه. في كل جلسة يسري آخر قرار مسجَّل حتى تلك الجلسة: وحين يكون هذا القرار هو العودة، تُعرض خطة إعادة الإدماج.
clients-decision-none = لم يُقَل في هذه الجلسة
clients-decision-open = الموازنة من جديد
clients-session-summary = الملخّص
clients-session-summary-hint = ما تمت مناقشته، في بضع كلمات.
clients-session-notes = ملاحظات خاصة
clients-session-notes-hint = لك وحدك. تُخفى في وضع العرض الآمن.
clients-next-steps-heading = الخطوات القادمة
clients-next-step-label = خطوة قادمة جديدة
clients-next-step-add = إضافة
clients-next-step-done = أُنجِزت
clients-session-follow-up = تاريخ المتابعة
clients-autosave-saved = تم الحفظ
clients-autosave-saving = جارٍ الحفظ…
clients-autosave-failed = لم يتم الحفظ بعد:
clients-undo = التراجع عن آخر تغيير
clients-session-close = العودة إلى النظرة العامة
