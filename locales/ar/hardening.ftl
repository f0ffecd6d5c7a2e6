### review: draft
# تقوية بدء التشغيل: الرسالة التي تُطبَع (في الطرفية، قبل فتح أي نافذة) عندما يرفض إصدار
# الإنتاج أن يبدأ.

hardening-inspector-refused = لن يبدأ Avenir ما دام المتغيّر { $variable } معيَّنًا: فهو يسمح لبرنامج آخر بالاطلاع على ما بداخل نوافذ Avenir. يجب إلغاء تعيين { $variable } ثم تشغيل Avenir من جديد.

# avenir-bench vault: تكلفة أمان الذاكرة في SQLCipher (مسح كل مخزن مؤقت يُحرَّر).
hardening-bench-memory-security = مع تفعيل أمان الذاكرة في SQLCipher (كما في التطبيق)، يعمل التخزين بنسبة { $write_ratio } في الكتابة و{ $read_ratio } في القراءة من سرعته دون هذا الأمان.
