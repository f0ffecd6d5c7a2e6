### review: draft
# دليل الإحالة: الأماكن التي يوجّه إليها المرشد الأشخاص (في الصفحة الرئيسية للخزنة)، والبحث فيه،
# واستمارته، ومشاركته مع الزملاء (الاستيراد والتصدير)، والدليل الأولي الذي تعدّه المنظمة، وتوجيه
# شخص من جلسة، والأماكن المذكورة تحت بطاقة مسار، وورقة الإحالة (directory-slip-: أدوات تحكّم المرشد؛
# slip-: الورقة نفسها، للشخص، بلغته — وهذه موجودة بالعربية أيضًا)، ونصوص نوافذ اختيار الملفات في النظام.

directory-open = دليل الإحالة
directory-close = العودة إلى ملفات الأشخاص
directory-heading = دليل الإحالة
directory-intro = الأماكن التي يُوجَّه إليها الأشخاص: مساعدة قانونية، أو طبيب، أو شريك العودة، أو مأوى… أماكن فقط، ولا اسم لأي شخص أبدًا. يبقى الدليل في خزنتك.
directory-retry = إعادة المحاولة
directory-loading = جارٍ التحميل…

## أنواع الأماكن.
directory-kind-legal-aid = مساعدة قانونية
directory-kind-medical = رعاية طبية
directory-kind-return-partner = شريك العودة
directory-kind-social-services = خدمات اجتماعية
directory-kind-shelter = مأوى
directory-kind-psychosocial = دعم نفسي واجتماعي
directory-kind-trafficking-support = دعم ضحايا الاتجار بالبشر
directory-kind-language-classes = دروس اللغة
directory-kind-school = مدرسة

## الحقول (في الاستمارة، وعند رفض قيمة أو سطر من ملف).
directory-field-name = الاسم
directory-field-kind = نوع المكان
directory-field-pathways = المسارات التي يساعد فيها
directory-field-languages = اللغات التي يُتكلَّم بها
directory-field-town = المدينة
directory-field-address = العنوان
directory-field-hours = أوقات الاستقبال
directory-field-phone = الهاتف
directory-field-anonymous = يمكن المجيء دون ذكر الاسم
directory-field-bring = ما يجب إحضاره
directory-field-note = ملاحظة
directory-field-checked-on = آخر تحقق

## البحث.
directory-search-heading = البحث عن مكان
directory-search-label = بحث
directory-search-hint = الاسم، أو المدينة، أو العنوان، أو الهاتف، أو ما يجب إحضاره، أو الملاحظة. لا فرق بين الأحرف الكبيرة والصغيرة، ولا بين الكلمات بالتشكيل ودونه، ولا بين é و e.
directory-filter-pathway = المسار
directory-filter-kind = نوع المكان
directory-filter-any = الكل
directory-filter-language = لغة يُتكلَّم بها
directory-filter-language-hint = رمز لغة، مثلًا ar أو fr أو ti.
directory-filter-town = المدينة
directory-filter-anonymous = فقط الأماكن التي يمكن المجيء إليها دون ذكر الاسم
directory-more = الأماكن المطابقة أكثر مما يمكن عرضه. لرؤيتها كلها، يمكنك تضييق البحث.
directory-empty-none = دليلك فارغ. يمكنك إضافة الأماكن التي يُوجَّه إليها الأشخاص، أو استيراد ملف دليل من زميل.
directory-empty-search = لا يوجد أي مكان يطابق هذا البحث.

## مكان في القائمة.
directory-anonymous-badge = لا حاجة إلى الاسم
directory-outdated = قديم — يُرجى التحقق منه: آخر تحقق بتاريخ { $date }، منذ أكثر من سنة.
directory-outdated-never = قديم — يُرجى التحقق منه: لم يسجّل أحد أنه تحقق من هذا المكان.
directory-edit = تعديل
directory-delete = حذف
directory-slip = ورقة الإحالة
directory-delete-title = حذف هذا المكان من دليلك؟
directory-delete-warning = يُزال المكان من دليلك. أما الإحالات المسجَّلة من قبل في الجلسات فتبقى كما هي.
directory-delete-yes = حذف
directory-delete-no = الاحتفاظ به

## إضافة مكان أو تعديله.
directory-add = إضافة مكان
directory-form-new-heading = إضافة مكان
directory-form-edit-heading = تعديل مكان
directory-form-hint = يضم الدليل أماكن، ولا يضم أبدًا أسماء الأشخاص. لا يُكتب هنا أي شيء عن أي شخص.
directory-languages-hint = رموز لغات يُفصَل بينها بمسافات أو بفواصل، مثلًا: nl fr ar
directory-note-hint = لك وللزملاء الذين يُشارَك معهم الدليل. لا تُطبع أبدًا على ورقة الإحالة.
directory-checked-hint = متى تحقّق أحدٌ آخر مرة من صحة هذه المعلومات. بعد سنة، يُشار إليها على أنها قديمة.
directory-checked-today = اليوم
directory-save = حفظ
directory-form-cancel = إلغاء

## المشاركة مع الزملاء: الاستيراد والتصدير.
directory-share-heading = المشاركة مع الزملاء
directory-share-intro = يمكنك استيراد ملف دليل من زميل، أو تصدير دليلك جدولَ بيانات (CSV) أو ملفًا بصيغة TOML. لا يستبدل الاستيراد أبدًا مكانًا تم التحقق منه هنا في وقت أحدث.
directory-import = استيراد ملف دليل…
directory-import-checking = جارٍ قراءة الملف…
directory-import-preview-heading = ما سيفعله استيراد { $file }
directory-import-preview-explain = لا يُكتب أي شيء قبل تأكيدك. تُترك جانبًا السطور التي فيها مشكلة، وتُستورد السطور الأخرى.
directory-import-preview-add = للإضافة ({ $count }):
directory-import-preview-change = للتحديث ({ $count }):
directory-import-done-add = تمت الإضافة ({ $count }):
directory-import-done-change = تم التحديث ({ $count }):
directory-import-same = مطابقة لما هو موجود هنا، فتُركت كما هي: { $count }
directory-import-kept = بقيت كما هي، لأنه تم التحقق منها هنا في وقت أحدث ({ $count }):
directory-import-kept-line = السطر { $line }: { $name }
directory-import-bad = سطور تُركت جانبًا ({ $count }):
directory-import-bad-field = السطر { $line }: «{ $field }» ناقص أو غير صالح.
directory-import-bad-duplicate = السطر { $line }: المكان نفسه الموجود في السطر { $first }.
directory-import-ignored = أعمدة تُركت جانبًا (لا يعرفها Avenir): { $columns }
directory-import-nothing = هذا الملف لا يغيّر شيئًا في دليلك.
directory-import-confirm = استيراد
directory-import-cancel = إلغاء
directory-import-done-heading = تم استيراد ملف الدليل
directory-import-close = إغلاق
directory-export-csv = تصدير بصيغة CSV (جدول بيانات)…
directory-export-toml = تصدير بصيغة TOML…
directory-exported = تم حفظ الدليل باسم { $file }:
directory-export-no-clients = لا يحتوي الملف إلا على أماكن دليلك، ولا يحتوي على أي بيانات عن الأشخاص.

## الدليل الأولي الذي تعدّه المنظمة.
directory-offer-heading = الدليل الأولي لمنظمتك
directory-offer-text = أعدّت منظمتك دليلًا أوليًا ({ $file }). استيراده إلى دليلك؟
directory-offer-explain = لا يُعرض إلا مرة واحدة. إذا كان الجواب لا، يبقى استيراد الملف ممكنًا لاحقًا.
directory-offer-import = استيراده
directory-offer-decline = لا، شكرًا

## توجيه شخص من جلسة.
directory-refer = توجيه إلى خدمة…
directory-refer-heading = توجيه إلى خدمة
directory-refer-search = البحث في الدليل
directory-refer-none = لا يوجد أي مكان مطابق. تُضاف الأماكن في دليل الإحالة، في الصفحة الرئيسية للخزنة.
directory-refer-cancel = إلغاء
directory-referred-step = تم التوجيه إلى { $name } بتاريخ { $date }
directory-refer-done = أُضيف التوجيه إلى الخطوات القادمة.
directory-refer-open-slip = ورقة الإحالة…

## تحت بطاقة مسار.
directory-pathcard-heading = أماكن في دليلك لهذا المسار

## ورقة الإحالة: أدوات تحكّم المرشد.
directory-slip-heading = ورقة الإحالة
directory-slip-intro = ليأخذها الشخص معه، بلغته. لا تُظهر إلا المكان: لا رمز الشخص، ولا أي ملاحظة.
directory-slip-language = لغة الورقة
directory-slip-close = إغلاق الورقة
directory-slip-print = طباعة…
directory-slip-save-pdf = حفظ بصيغة PDF…
directory-slip-pdf-warning-title = ملف PDF غير مشفّر
directory-slip-pdf-warning = أي شخص يستطيع استعمال هذا الحاسوب يمكنه فتح ملف PDF ومعرفة المكان الذي وُجِّه إليه أحد الأشخاص. لذلك يجب تسليم الملف إلى الشخص (على هاتفه أو على ذاكرة USB)، ثم حذفه من هذا الحاسوب.
directory-slip-pdf-where = بعد ذلك، يُرجى اختيار مكان حفظه. ذاكرة USB هي الأفضل. يُستحسن تجنّب مجلد المستندات (Documents)، وسطح المكتب، والمجلدات التي تُزامَن (Dropbox، Nextcloud، OneDrive): فأدوات البحث والسحابة تحتفظ بنسخ خاصة بها.
directory-slip-pdf-confirm = حفظ ملف PDF
directory-slip-pdf-cancel = إلغاء
directory-slip-pdf-saving = جارٍ حفظ ملف PDF…
directory-slip-pdf-saved = تم حفظ ملف PDF هنا:
directory-slip-pdf-saved-reminder = يجب حذفه من هذا الحاسوب بمجرد أن يتسلّمه الشخص.

## ورقة الإحالة نفسها، للشخص.
slip-title = مكان يمكنك أن تجد فيه المساعدة
slip-intro = أظهِر هذه الورقة عندما تذهب إلى هناك.
slip-address = العنوان
slip-hours = أوقات الاستقبال
slip-phone = الهاتف
slip-bring = ماذا تُحضر معك
slip-anonymous = يمكنك أن تأتي دون أن تذكر اسمك.

## نوافذ اختيار الملفات في النظام (يطلبها الجزء الخلفي من التطبيق).
directory-choose-file-title = اختيار ملف دليل للاستيراد (CSV أو TOML)
directory-choose-save-title = حفظ الدليل
directory-choose-save-accept = حفظ
