## خطط الدورات للجلسات الجماعية (assets/content/plans). أسئلة المواضيع تُعرض على الحائط.

plan-three-days-title = دورة من ثلاثة أيام
plan-three-days-summary = معلومات في الصباح ونقاش بعد الظهر؛ اليوم الثالث عن العودة وعن خطوة قادمة.
plan-three-days-day-1 = اليوم الأول: مشروع هجرتك والطرق الأربع
plan-three-days-day-2 = اليوم الثاني: تسوية الإقامة، الهجرة إلى بلد آخر، البقاء دون أوراق
plan-three-days-day-3 = اليوم الثالث: العودة، وخطوة قادمة
plan-one-session-title = جلسة جماعية واحدة
plan-one-session-summary = حوالي ثلاث ساعات: الطرق الأربع جنبًا إلى جنب، وخطوة قادمة.
plan-one-session-day-1 = الجلسة

plan-topic-welcome = أهلًا وسهلًا
plan-topic-welcome-prompt = هذه المجموعة مكان آمن. لا يلزمك أن تذكر اسمك. لا شيء مما تقوله هنا يُنقل إلى السلطات. أنت من يقرر ما يشاركه.
plan-topic-four-pathways = أربع طرق ممكنة
plan-topic-four-pathways-prompt = تسوية الإقامة، الهجرة إلى بلد آخر، العودة إلى بلد الأصل، البقاء دون أوراق. ننظر في الطرق الأربع كلها، دون ضغط. أنت من يقرر.
plan-topic-what-weighs = ما الذي يؤثر في اختيارك؟
plan-topic-what-weighs-prompt = ما الأهم بالنسبة إليك وإلى عائلتك؟ ما الذي يجعل طريقًا ما ممكنًا، أو غير ممكن؟
plan-topic-questions = أسئلتك
plan-topic-questions-prompt = ما الذي تريد أن تعرفه بعد؟ ما الأسئلة التي نطرحها على مستشار قانوني أو على جهة أخرى؟
plan-topic-closing = نظرة إلى المستقبل
plan-topic-closing-prompt = ماذا تأخذ معك من هذه الدورة؟ ما الذي يمكن أن يكون خطوتك الصغيرة القادمة؟
