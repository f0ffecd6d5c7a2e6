### review: draft
# القراءة بصوت عالٍ: زر بجانب نصوص المحتوى (عنوان التمرين وأسئلته، وبطاقة المسار، وشريحة الحائط)
# يقرؤها بلغتها بأصوات الحاسوب غير المتصلة بالإنترنت. لا يقرأ إلا المحتوى، ولا يقرأ أبدًا الإجابات
# أو الملاحظات. يبدأ اسم كل زر بـ "speech-read-aloud".
speech-read-aloud = قراءة بصوت عالٍ
speech-read-exercise = قراءة بصوت عالٍ: العنوان والمقدمة
speech-read-question = قراءة بصوت عالٍ: السؤال
speech-read-card = قراءة بصوت عالٍ: البطاقة
speech-read-slide = قراءة بصوت عالٍ: الشريحة ({ $language })
speech-no-voice = لا يوجد في هذا الحاسوب صوت لهذه اللغة: { $language }. لم تُقرأ أي كلمة.
speech-no-voices = لا يوجد في هذا الحاسوب أي صوت.
speech-voice-label = القراءة بصوت آخر
speech-voice-hint = صوت لغة أخرى ينطق الكلمات كما في لغته.
speech-voice-option = { $name } ({ $language })
speech-voice-use = القراءة بهذا الصوت
speech-voice-cancel = إلغاء
speech-unavailable = القراءة بصوت عالٍ غير متاحة: تعذّر الوصول إلى خدمة النطق في الحاسوب.
speech-voice-gone = الصوت المختار لم يعد موجودًا. اختر صوتًا آخر.
speech-failed = تعذّرت قراءة النص بصوت عالٍ.
