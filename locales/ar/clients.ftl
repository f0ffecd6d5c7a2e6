# المسارات الأربعة: أسماؤها وسطر عن كل منها، كما تظهر للشخص وعلى الحائط. بقية رسائل ملفات الأشخاص تظهر بالإنجليزية إلى حين ترجمتها.

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
