### review: draft
# تسليم ملف شخص إلى زميل: بطاقة التسليم في الصفحة الرئيسية للخزنة (معرّف التسليم الخاص بك، والزملاء،
# وتسلّم ملف تسليم، وجهة الإيداع التابعة للمنظمة)، ونافذة التسليم وعلامة التسليم في النظرة العامة
# على ملف الشخص، ونصوص نوافذ اختيار الملفات في النظام.

handover-heading = تسليم ملفات الأشخاص
handover-intro = يمكن أن ينتقل ملف الشخص إلى زميل يستعمل Avenir أيضًا، في شكل ملف تسليم واحد مشفّر وموقَّع يُنقَل باليد (على ذاكرة USB مثلًا). لا يستطيع فتحه إلا الزميل المقصود به.
handover-fingerprint = البصمة

## معرّف التسليم الخاص بك.
handover-my-id-heading = معرّف التسليم الخاص بك
handover-show-id = إظهار معرّف التسليم الخاص بي
handover-my-id-label = معرّف التسليم الخاص بك (سطر واحد)
handover-my-fingerprint-label = البصمة الخاصة بك:
handover-my-id-explain = يُعطى السطر كاملًا للزميل. ثم تُقارَن البصمة بين الطرفين، وجهًا لوجه أو عبر الهاتف.

## الزملاء.
handover-contacts-heading = الزملاء
handover-contacts-none = لم يُضَف أي زميل بعد.
handover-contact-remove = إزالة
handover-contact-remove-label = إزالة { $name }
handover-remove-title = إزالة هذا الزميل؟
handover-remove-warning = بعد ذلك لن يعود ممكنًا تسليم ملفات الأشخاص إلى هذا الزميل، ولا تسلّم ملفات التسليم منه، إلى أن تتم إضافته من جديد.
handover-remove-yes = إزالة
handover-remove-no = الإبقاء عليه
handover-add-heading = إضافة زميل
handover-add-explain = لا يُضاف زميل إلا بعد مقارنة البصمة معه، وجهًا لوجه أو عبر الهاتف: بهذه الطريقة يُعرَف أن معرّف التسليم هو فعلًا معرّفه.
handover-contact-name-label = الاسم
handover-contact-name-hint = الاسم الذي سيظهر به في Avenir، مثلًا «بيا، مكتب غنت».
handover-contact-id-label = معرّف التسليم الخاص بالزميل
handover-contact-fingerprint-label = البصمة التي يقرؤها الزميل عليك
handover-contact-add = إضافة الزميل
handover-contact-added = «{ $name }» الآن ضمن الزملاء.

## تسلّم ملف شخص.
handover-receive-heading = تسلّم ملف شخص
handover-receive-explain = يُرجى اختيار ملف التسليم الذي أعطاه الزميل. يُعرَض محتواه قبل إضافة أي شيء.
handover-receive = تسلّم ملف شخص…
handover-checking = جارٍ فحص ملف التسليم…
handover-preview-heading = محتوى ملف التسليم هذا
handover-preview-sender = من
handover-preview-created = تاريخ الإنشاء
handover-preview-code = رمز الشخص
handover-preview-code-here = الرمز { $code } مستعمل بالفعل في خزنتك: سيُضاف هذا الشخص بالرمز { $here }.
handover-preview-sessions = الجلسات
handover-preview-photos = الصور
handover-preview-journal = إدخالات دفتر القرار
handover-preview-album = صفحات الألبوم
handover-preview-copy = نسخة: يحتفظ الزميل أيضًا بملف الشخص.
handover-preview-transfer = نقل: تُمحى نسخة الزميل بمجرد أن يكتب رمز الاستلام الذي يُقرَأ عليه.
handover-import-confirm = إضافة هذا الشخص
handover-import-cancel = إلغاء
handover-received-heading = أُضيف الشخص إلى خزنتك بالرمز { $code }.
handover-receipt-label = رمز الاستلام:
handover-receipt-explain = يُقرَأ هذا الرمز على الزميل: في حالة النقل، لا تُمحى نسخته إلا عندما يكتبه.
handover-open-client = فتح ملف الشخص
handover-received-done = تم

## جهة الإيداع التابعة للمنظمة.
handover-escrow-heading = الإيداع لدى المنظمة
handover-escrow-explain = إذا أعطتك منظمتك معرّف جهة الإيداع التابعة لها، فسيُشفَّر كل ملف تسليم لهذه الجهة أيضًا، حتى تتمكن المنظمة من فتحه عند الحاجة. لا يُضبَط ذلك إلا حسب تعليمات منظمتك.
handover-escrow-current-label = جهة الإيداع:
handover-escrow-none = لا توجد
handover-escrow-id-label = معرّف جهة الإيداع
handover-escrow-fingerprint-label = بصمتها
handover-escrow-set = تعيين جهة الإيداع
handover-escrow-clear = إزالة جهة الإيداع

## تسليم ملف شخص، من النظرة العامة على ملفه.
handover-open = تسليم…
handover-dialog-title = تسليم ملف الشخص هذا
handover-dialog-intro = يكتب Avenir ملف تسليم واحدًا مشفّرًا لا يستطيع فتحه إلا الزميل المختار. بعد ذلك يُختار مكان حفظه، على ذاكرة USB مثلًا، ويُسلَّم إليه باليد.
handover-loading = جارٍ تحميل قائمة الزملاء…
handover-no-contacts = لم يُضَف أي زميل بعد. يجب أولًا إضافة زميل في «تسليم ملفات الأشخاص»، تحت «الإعدادات» في الجزء السفلي من هذه الشاشة.
handover-mode-legend = نسخ أم نقل؟
handover-mode-copy = نسخ
handover-mode-copy-explain = يبقى الملف لديك، مع علامة تبيّن أنه مُشارَك مع الزميل.
handover-mode-transfer = نقل
handover-mode-transfer-explain = يبقى الملف هنا، مع علامة «مُسلَّم»، إلى أن يُكتَب رمز الاستلام الذي يعطيه الزميل؛ عندها يُمحى من هنا.
handover-to-label = الزميل
handover-send = حفظ ملف التسليم…
handover-dialog-cancel = إلغاء
handover-sent = حُفِظ ملف التسليم باسم { $file }. يُسلَّم إلى { $contact } باليد.

## علامة آخر تسليم، في النظرة العامة على ملف الشخص.
handover-mark-copy = مُشارَك مع { $contact } بتاريخ { $date }.
handover-mark-transfer = مُسلَّم إلى { $contact } بتاريخ { $date } — بانتظار رمز الاستلام.
handover-mark-transfer-explain = عندما يضيف الزميل الشخص، يعرض Avenir لديه رمز استلام. يُكتَب هنا الرمز الذي يقرؤه عليك: عندها فقط يُمحى الملف من هنا.
handover-receipt-input-label = رمز الاستلام من الزميل
handover-receipt-confirm = التأكيد والمحو من هنا
handover-cancel-transfer = الإبقاء على الملف (إلغاء النقل)
handover-erase-title = محو ملف الشخص هذا من خزنتك؟
handover-erase-warning = يُثبت رمز الاستلام أن الملف أصبح لدى الزميل. سيُمحى الآن من هذه الخزنة، مع جلساته ودفتر القرار والألبوم. لا يمكن التراجع عن ذلك.
handover-erase-yes = المحو من هذه الخزنة
handover-erase-no = ليس الآن

## نوافذ اختيار الملفات في النظام (يطلبها الجزء الخلفي من التطبيق).
handover-choose-save-title = حفظ ملف التسليم
handover-choose-save-accept = حفظ
handover-choose-file-title = اختيار ملف تسليم لتسلّمه
handover-received-mark-copy = تم التسلّم من { $sender } بتاريخ { $date } (نسخة). رمز الاستلام الذي يُعطى لـ { $sender }: { $receipt }
handover-received-mark-transfer = تم التسلّم من { $sender } بتاريخ { $date } (نقل). يُقرَأ رمز الاستلام هذا على { $sender } حتى يمكن محو نسخة المرسل: { $receipt }
