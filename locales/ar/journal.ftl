### review: draft
# دفتر القرار (حيث يحدّد الشخص موقعه من كل مسار، جلسة بعد جلسة، مع رسومه البيانية)
# وبطاقات المعلومات عن المسارات.
# هذه مواقع يختارها الشخص بنفسه: ليست درجة أبدًا، وليست حكمًا أبدًا.

## دفتر القرار أثناء الجلسة

journal-heading = دفتر القرار
journal-editor-heading = أين أنت اليوم؟
journal-editor-intro = يمكنك سؤال الشخص عن موقعه اليوم من كل مسار. هذه مواقع يختارها بنفسه، بكلماته هو، وليست درجة ولا اختبارًا، ولا تقرّر شيئًا. يمكن أن يبقى أي سؤال مفتوحًا.
journal-possible-question = إلى أيّ حدّ يبدو لك هذا المسار ممكنًا؟
journal-possible-low = غير ممكن أبدًا
journal-possible-high = ممكن جدًا
journal-wanted-question = ما مدى رغبتك فيه؟
journal-wanted-low = لا رغبة أبدًا
journal-wanted-high = رغبة كبيرة جدًا
# طرف من أطراف المقياس: رقمه وما يعنيه، مثلًا «0: لا رغبة أبدًا».
journal-scale-end = { $value }: { $label }
journal-clear = ترك السؤال مفتوحًا
journal-why-label = كلمة عن السبب، بكلمات الشخص نفسه (اختياري)
journal-last-time = في المرة السابقة ({ $date }):
journal-last-possible = الإمكانية: { $value }
journal-last-wanted = الرغبة: { $value }
journal-last-none = لم يُقَل شيء عن هذا المسار في جلسة سابقة.
journal-not-said = لم يُذكر
journal-loading = جارٍ تحميل الدفتر…
journal-status-idle = تُحفظ كل إجابة فور إعطائها.
journal-status-saving = جارٍ الحفظ…
journal-status-saved = تم الحفظ
journal-status-failed = لم يتم الحفظ بعد:
journal-retry = إعادة المحاولة

## دفتر القرار مع مرور الوقت (نظرة عامة على ملف الشخص)

journal-view-intro = أين وضع الشخص نفسه في كل مسار، جلسة بعد جلسة. هذه مواقع اختارها بنفسه، وليست درجة، ولا شيء هنا يقرّر بدلًا منه.
journal-empty = لا توجد مواقع بعد. يظهر الرسم البياني عندما يحدّد الشخص موقعه من أحد المسارات خلال جلسة.
journal-chart-title = إلى أيّ حدّ يبدو كل مسار ممكنًا، وما مدى الرغبة فيه، جلسة بعد جلسة
journal-chart-desc = أربعة رسوم بيانية صغيرة، واحد لكل مسار، على مدى { $sessions ->
        [one] جلسة واحدة
        [two] جلستين
        [few] { $sessions } جلسات
        [many] { $sessions } جلسة
       *[other] { $sessions } جلسة
    }، من الأقدم إلى الأحدث. كل رسم يمتد من 0 إلى 10. الخط المتصل مع الدوائر: إلى أيّ حدّ يبدو المسار ممكنًا. الخط المتقطع مع المربعات: ما مدى رغبة الشخص فيه. الانقطاع في الخط يعني أنه لم يُقَل شيء في تلك الجلسة.
journal-legend-possible = إلى أيّ حدّ يبدو ممكنًا (خط متصل، دوائر)
journal-legend-wanted = ما مدى الرغبة فيه (خط متقطع، مربعات)
journal-legend-scale = من 0 (في الأسفل) إلى { $max } (في الأعلى)
journal-table-caption = { $pathway }: المواقع في كل جلسة
journal-table-session = الجلسة
journal-table-possible = مدى الإمكانية
journal-table-wanted = مدى الرغبة
journal-heatmap-title = { $exercise }: { $question }
journal-heatmap-when = حسب الإجابات في جلسة { $date }.
journal-heatmap-desc = شبكة عدد صفوفها { $rows } وعدد أعمدتها { $columns }. في كل خانة الرقم الذي اختاره الشخص، من 0 (لون فاتح) إلى 10 (لون داكن). الخانة المخطّطة التي فيها شرطة لم يُجَب عنها.
journal-heatmap-end = { $value }: { $label }
journal-heatmap-empty-cell = بلا إجابة
journal-why-heading = كلمات عن السبب
journal-why-pathway = { $pathway }:

## بطاقات المعلومات عن المسارات

pathcard-heading = معلومات عن المسارات
pathcard-intro = معلومات بسيطة عن كل مسار، للقراءة معًا حسب إيقاع الشخص. يمكن فتح أي بطاقة لقراءتها.
pathcard-loading = جارٍ تحميل البطاقات…
pathcard-none = لا توجد بطاقات معلومات متاحة.
pathcard-tracks = مستوى التفصيل
pathcard-track-overview = نظرة عامة، لمرحلة التفكير
pathcard-track-details = التفاصيل، لما بعد اتخاذ القرار
pathcard-checked = تم التحقق من المعلومات بتاريخ { $date }
pathcard-sources = المصادر:
# مصدر وسنته، مثلًا «دراسة KU Leuven (2016)».
pathcard-source = { $source } ({ $year })
pathcard-outdated-label = قد تكون هذه المعلومات قديمة.
pathcard-outdated = آخر تحقق من هذه المعلومات كان منذ أكثر من سنة. القواعد والمبالغ تتغيّر: من المهم التحقق منها قبل الاعتماد عليها.
pathcard-confirm = هذه معلومات عامة، وليست نصيحة خاصة بوضعك. من المهم دائمًا التأكد منها مع مستشار قانوني، أو مع شريك العودة في ما يخص العودة.
pathcard-close = إغلاق البطاقة
