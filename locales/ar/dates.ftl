### review: draft
# حقل إدخال التاريخ والوقت: أسماء خاناته (يقرؤها قارئ الشاشة)، وما تعرضه الخانة الفارغة،
# وما يُقال عندما لا تكوّن الخانات تاريخًا.

date-entry-day = اليوم
date-entry-month = الشهر
date-entry-year = السنة
date-entry-hour = الساعة
date-entry-minute = الدقائق
date-entry-period = صباحًا أو مساءً
date-entry-day-placeholder = --
date-entry-month-placeholder = --
date-entry-year-placeholder = ----
date-entry-hour-placeholder = --
date-entry-minute-placeholder = --
date-entry-period-placeholder = --
date-entry-incomplete = أكمل التاريخ كله، أو امسح كل الخانات. إلى ذلك الحين يبقى التاريخ المحفوظ سابقًا.
date-entry-invalid = هذا التاريخ غير موجود. إلى أن يُصحَّح يبقى التاريخ المحفوظ سابقًا.
