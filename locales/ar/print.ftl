### review: draft
# طباعة تمرين أو بطاقة معلومات عن مسار للشخص أو لدورة جماعية، على الورق أو بصيغة PDF.
# كل الرسائل هنا أدوات تحكّم للمرشد: الورقة نفسها لا تحمل إلا نصوص التمرين أو البطاقة، باللغات المختارة.

## الفتح والإغلاق

print-open = طباعة…
print-worksheet-heading = طباعة هذا التمرين
print-card-heading = طباعة هذه البطاقة
print-intro = على الورق أو بصيغة PDF، للشخص أو لمجموعة. لا تحمل الورقة أبدًا رمز العميل ولا الملاحظات ولا دليلك.
print-close = إغلاق
print-refused = هذه الورقة لك وحدك: لا تُطبع أبدًا.

## الخيارات

print-language = لغة الورقة
print-language-second = لغة ثانية، جنبًا إلى جنب
print-language-none = بلا
print-paper = الورق
print-paper-a4 = A4
print-paper-a5 = A5
print-content = ما يُطبع
print-blank = فارغة، تُملأ باليد
print-answered = مع إجابات الشخص
print-sensitive-warning = الإجابات عن أسباب مغادرة الشخص بلده، أو عن مخاوفه، قد تعرّضه للخطر: فقد تُحمَل الورقة عبر حدود، أو يقرؤها آخرون في البيت. يُقرَّر مع الشخص هل تُطبع مع الإجابات أم فارغة.

## المعاينة

print-preview = معاينة: هذا ما سيُطبع
print-loading = جارٍ التحميل…
print-retry = إعادة المحاولة

## الطباعة وملف PDF

print-print = طباعة…
print-save-pdf = حفظ بصيغة PDF…
print-pdf-warning-title = ملف PDF غير مشفّر
print-pdf-warning = أي شخص يستطيع استعمال هذا الحاسوب يمكنه فتح ملف PDF وقراءته. لذلك يجب تسليم الملف إلى الشخص (على هاتفه أو على ذاكرة USB)، ثم حذفه من هذا الحاسوب.
print-pdf-where = بعد ذلك، يُرجى اختيار مكان حفظه. ذاكرة USB هي الأفضل. يُستحسن تجنّب مجلد المستندات (Documents)، وسطح المكتب، والمجلدات التي تُزامَن (Dropbox، Nextcloud، OneDrive): فأدوات البحث والسحابة تحتفظ بنسخ خاصة بها.
print-pdf-confirm = حفظ ملف PDF
print-pdf-cancel = إلغاء
print-pdf-saving = جارٍ حفظ ملف PDF…
print-pdf-saved = تم حفظ ملف PDF هنا:
print-pdf-saved-reminder = يجب حذفه من هذا الحاسوب بمجرد أن يتسلّمه الشخص.
