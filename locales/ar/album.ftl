### review: draft
# ألبوم صور الشخص، والكتيّب الذي يُطبع منه.
# معظم الرسائل أدوات تحكّم للمرشد. ما يظهر للشخص أو يُطبع له، بلغته:
# album-category-* و album-message-* و album-photo-alt و booklet-scale-value.

## في النظرة العامة على ملف الشخص

album-overview-heading = ألبوم الصور
album-overview-hint = أشخاص تعرّف إليهم، وأماكن، وعمل أنجزه، وتدريبات تابعها، ومهارات اكتسبها، ورسائل من أصدقاء: ما بناه الشخص هنا، ليحتفظ به، أينما كان المستقبل.
album-open = فتح ألبوم الصور

## الألبوم

album-heading = ألبوم الصور
album-intro = صفحات من الصور والكلمات، بالترتيب الذي يختاره الشخص.
album-back = العودة إلى ملف الشخص
album-loading = جارٍ التحميل…
album-retry = إعادة المحاولة
album-empty = الألبوم ما زال فارغًا. يمكنك إضافة صور، أو صفحة فيها كلمات فقط: مهارة مكتسبة، أو شهادة، أو رسالة.
album-empty-presenting = الألبوم ما زال فارغًا.
album-add-photos = إضافة صور…
album-add-text-page = إضافة صفحة بلا صور
album-drop-hint = يمكنك أيضًا سحب صور من مجلد وإفلاتها على الألبوم. تصبح كل صورة صفحة.
album-drop-here = يمكنك إفلات الصور هنا
album-privacy = تُحفظ الصور مشفّرة في الخزنة، دون اسم الملف أو مكان التصوير أو معلومات الكاميرا. قد تعرّض الوجوه الظاهرة في الصور أشخاصًا للخطر: لا تُضاف أي صورة إلا بموافقة الأشخاص الظاهرين فيها.
album-booklet-open = إعداد كتيّب…
album-page-number = الصفحة { $n } من { $count }

## أنواع الصفحات (تظهر للشخص)

album-category-label = نوع الصفحة
album-category-people = أشخاص
album-category-places = أماكن
album-category-work = عمل
album-category-learning = تعلّم
album-category-skills = مهارات
album-category-moments = لحظات

## صفحة من الألبوم (تظهر للشخص)

# $n: مكان الصورة في الصفحة، $count: عدد الصور في الصفحة.
album-photo-alt = الصورة { $n } من { $count }
album-photo-hidden = الصورة مخفية (وضع العرض الآمن)
album-message-from = رسالة من { $from }:
album-message-anonymous = رسالة:

## أدوات المرشد للتحكم في الصفحة

album-page-edit = تعديل
album-page-up = نقل الصفحة إلى الأعلى
album-page-down = نقل الصفحة إلى الأسفل
album-page-delete = حذف الصفحة

## تعديل صفحة

album-editor-new = صفحة جديدة
album-editor-heading = تعديل الصفحة { $n }
album-caption-label = التعليق، بكلمات الشخص نفسه
album-message-legend = رسالة من شخص آخر (اختياري)
album-message-hint = كلمات يكتبها أو يمليها صديق، أو زميل، أو معلّم…
album-message-from-label = من
album-message-text-label = الرسالة
album-editor-photos = الصور في هذه الصفحة ({ $count } من { $max })
album-editor-no-photos = لا توجد صور: صفحة فيها كلمات فقط.
album-editor-add-photos = إضافة صور إلى هذه الصفحة…
album-editor-drop-hint = أو يمكنك سحبها وإفلاتها على هذه الصفحة.
album-editor-full = الحد الأقصى لعدد الصور في الصفحة الواحدة هو { $max }.
album-photo-earlier = تقديم الصورة { $n } في الترتيب
album-photo-later = تأخير الصورة { $n } في الترتيب
album-photo-remove = إزالة من هذه الصفحة
album-photo-erase = محو الصورة
album-page-save = حفظ الصفحة
album-page-cancel = إلغاء
album-saving = جارٍ الحفظ…

## صور ليست في أي صفحة

album-loose-heading = صور ليست في أي صفحة
album-loose-hint = هذه الصور موجودة في الخزنة، لكنها ليست في أي صفحة من صفحات الألبوم. يمكنك إنشاء صفحة منها، أو محوها.
album-loose-alt = الصورة { $n } من { $count }، ليست في أي صفحة
album-loose-new-page = إنشاء صفحة منها
album-loose-add-to-page = إضافة إلى الصفحة قيد التعديل

## إضافة الصور (بأرقامها دائمًا، لا بأسماء ملفاتها أبدًا)

album-import-progress = جارٍ إضافة الصورة { $n } من { $total }…
album-import-cancel = التوقف بعد هذه الصورة
album-import-stopping = جارٍ التوقف بعد هذه الصورة…
album-import-done =
    { $count ->
        [0] لم تُضَف أي صورة.
        [one] أُضيفت صورة واحدة.
        [two] أُضيفت صورتان.
        [few] أُضيفت { $count } صور.
        [many] أُضيفت { $count } صورة.
       *[other] أُضيفت { $count } صورة.
    }
album-import-stopped =
    { $count ->
        [0] توقّفت الإضافة: لم تُضَف أي صورة من أصل { $total }.
        [one] توقّفت الإضافة: أُضيفت صورة واحدة من أصل { $total }.
        [two] توقّفت الإضافة: أُضيفت صورتان من أصل { $total }.
        [few] توقّفت الإضافة: أُضيفت { $count } صور من أصل { $total }.
        [many] توقّفت الإضافة: أُضيفت { $count } صورة من أصل { $total }.
       *[other] توقّفت الإضافة: أُضيفت { $count } صورة من أصل { $total }.
    }
album-import-errors = تعذّرت إضافة بعض الصور. أما الصور الأخرى فقد أُضيفت.
album-import-error = الصورة { $n } من { $total }: { $error }
album-import-not-photo = هذا الملف ليس صورة يستطيع Avenir قراءتها (JPEG أو PNG أو WebP).
album-import-left-out =
    { $count ->
        [one] الحد الأقصى لعدد الصور في الصفحة الواحدة هو { $max }: تُركت صورة واحدة جانبًا.
        [two] الحد الأقصى لعدد الصور في الصفحة الواحدة هو { $max }: تُركت صورتان جانبًا.
        [few] الحد الأقصى لعدد الصور في الصفحة الواحدة هو { $max }: تُركت { $count } صور جانبًا.
        [many] الحد الأقصى لعدد الصور في الصفحة الواحدة هو { $max }: تُركت { $count } صورة جانبًا.
       *[other] الحد الأقصى لعدد الصور في الصفحة الواحدة هو { $max }: تُركت { $count } صورة جانبًا.
    }

## المحو

album-erase-page-title = حذف هذه الصفحة؟
album-erase-page-warning = تُمحى الصفحة من الخزنة، وتُمحى معها صورها التي ليست في أي صفحة أخرى. لا يمكن التراجع عن ذلك.
album-erase-photo-title = محو هذه الصورة؟
album-erase-photo-warning = تُمحى الصورة من الخزنة ومن كل صفحة تظهر فيها. لا يمكن التراجع عن ذلك.
album-erase-confirm = محو
album-erase-cancel = الاحتفاظ بها

## الكتيّب: ما يدخل فيه

booklet-heading = كتيّب للاحتفاظ به، أينما كان المستقبل
booklet-intro = يمكنك أن تختار مع الشخص ما يدخل في الكتيّب. لا يُطبع إلا ما يُختار هنا: لا تُطبع أبدًا الملاحظات، ولا الملخّصات، ولا تواريخ الجلسات، ولا رمز ملف الشخص.
booklet-back = العودة إلى الألبوم
booklet-title-label = العنوان على الغلاف
booklet-title-hint = الشخص هو من يختاره، بكلماته هو. من الأفضل ترك الأسماء خارجه، وكل ما قد يكشف هوية الشخص.
booklet-language-label = لغة الكتيّب
booklet-paper-legend = الورق
booklet-paper-a4 = A4
booklet-paper-a5 = A5 (نصف حجم A4)
booklet-pages-legend = صفحات الألبوم
booklet-pages-none = لا توجد صفحات في الألبوم بعد.
booklet-pages-all = اختيار الكل
booklet-pages-clear = إلغاء اختيار الكل
booklet-page-choice = الصفحة { $n }: { $category }
booklet-exercises-legend = إجابات من التمارين (اختياري)
booklet-exercises-hint = تُطبع آخر إجابات التمارين المختارة، مع أسئلتها.
booklet-sensitive-warning = الإجابات عن أسباب مغادرة الشخص بلده، أو عن مخاوفه، قد تعرّضه للخطر: فقد يُحمَل الكتيّب عبر حدود، أو يقرؤه آخرون في البيت. يُختار مع الشخص ما يدخل في الكتيّب من إجابات، ويُترك خارجه كل ما قد يضرّه.
booklet-exercises-none = لا يوجد أي تمرين متاح.
booklet-exercise-empty = لا توجد إجابات بعد: لن يُطبع منه شيء.
booklet-preview-heading = معاينة: هذا ما سيُطبع

## الكتيّب: الطباعة وملف PDF

booklet-print = طباعة…
booklet-save-pdf = حفظ بصيغة PDF…
booklet-pdf-warning-title = ملف PDF غير مشفّر
booklet-pdf-warning = أي شخص يستطيع استعمال هذا الحاسوب يمكنه فتح ملف PDF ورؤية الصور التي فيه. لذلك يجب تسليم الملف إلى الشخص (على هاتفه أو على ذاكرة USB)، ثم حذفه من هذا الحاسوب.
booklet-pdf-confirm = حفظ ملف PDF
booklet-pdf-cancel = إلغاء
booklet-pdf-saving = جارٍ حفظ ملف PDF…
booklet-pdf-saved = تم حفظ ملف PDF هنا:
booklet-pdf-saved-reminder = يجب حذفه من هذا الحاسوب بمجرد أن يتسلّمه الشخص.

## الكتيّب: ما يُطبع للشخص

# إجابة على مقياس من 0 إلى 10.
booklet-scale-value = { $value } من 10

# ملف PDF للكتيّب: يظهر في التحذير، قبل أن تُفتح نافذة اختيار المكان.
booklet-pdf-where = بعد ذلك، يُرجى اختيار مكان حفظه. ذاكرة USB هي الأفضل. يُستحسن تجنّب مجلد المستندات (Documents)، وسطح المكتب، والمجلدات التي تُزامَن (Dropbox، Nextcloud، OneDrive): فأدوات البحث والسحابة تحتفظ بنسخ خاصة بها.
