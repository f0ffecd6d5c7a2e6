### review: draft
# الخزنة: إنشاؤها، وقفلها وفتح قفلها، وإعداداتها.

## شاشة الترحيب

vault-welcome-intro = للبدء، يلزم إنشاء خزنة: مكان مشفّر على هذا الحاسوب لعملك. لا يستطيع أحد غيرك فتحها، بعبارة المرور الخاصة بك.
vault-create-start = إنشاء خزنة

## إنشاء خزنة

vault-create-title = إنشاء خزنة
vault-create-step = الخطوة { $step } من { $total }
vault-next = التالي
vault-back = رجوع
vault-cancel = إلغاء
vault-create-step1-heading = قبل البدء
vault-create-warning = تُقفَل الخزنة بعبارة مرور، ومفتاح الاسترداد هو بديلها الوحيد. إذا فُقِد الاثنان، فلن يستطيع أحد فتح الخزنة مرة أخرى — لا Avenir، ولا منظمتك، ولا الدعم التقني. وسيضيع كل ما فيها نهائيًا.
vault-label-label = اسم ملف التعريف هذا
vault-label-hint = هذا الاسم خاص بك، أي بالمرشد، مثلًا «المرشد أ». لا يُستعمَل أبدًا اسم أحد الأشخاص المرافَقين: فهذا الاسم يمكن رؤيته قبل فتح قفل الخزنة.
vault-create-step2-heading = اختيار عبارة مرور
vault-passphrase-intro = عبارة المرور هي بضع كلمات عادية متتالية: يسهل عليك تذكّرها، ويصعب على أي شخص آخر تخمينها. يمكن أن يقترح Avenir عبارة.
vault-passphrase-label = عبارة المرور
vault-passphrase-repeat-label = إعادة كتابة عبارة المرور
vault-passphrase-generate = اقتراح عبارة مرور
vault-passphrase-generated = اقترح Avenir عبارة مرور، وهي معروضة كاملة أدناه. يجب تدوينها أو حفظها عن ظهر قلب قبل المتابعة.
vault-show-passphrase = إظهار عبارة المرور
vault-hide-passphrase = إخفاء عبارة المرور
vault-show-recovery = إظهار مفتاح الاسترداد
vault-hide-recovery = إخفاء مفتاح الاسترداد
vault-strength-label = القوة:
vault-strength-none = لم تُفحَص بعد
vault-problem-empty = يُرجى كتابة عبارة مرور، أو ترك Avenir يقترح عبارة.
vault-problem-checking = جارٍ فحص قوة عبارة المرور…
vault-problem-weak = ما زالت عبارة المرور هذه سهلة التخمين أكثر من اللازم. تصبح المتابعة ممكنة عندما يحتاج مهاجم مجهَّز جيدًا إلى مليون مليون محاولة تخمين على الأقل (وتتكوّن العبارة من 12 حرفًا على الأقل).
vault-problem-mismatch = عبارتا المرور غير متطابقتين بعد.
vault-problem-current = يُرجى كتابة عبارة المرور الحالية.
vault-create-step3-heading = مفتاح الاسترداد
vault-recovery-intro = إذا نُسِيت عبارة المرور، فإن مفتاح الاسترداد هذا يفتح الخزنة. لا يُعرَض إلا الآن، ولن يُعرَض مرة أخرى أبدًا.
vault-recovery-key-label = مفتاح الاسترداد
vault-recovery-instructions = يجب طباعته أو كتابته على ورق، وحفظه في مكان آمن بعيدًا عن هذا الحاسوب — لا في ملف، ولا في صورة، ولا في رسالة.
vault-recovery-renewed = هذا مفتاح استرداد جديد. يجب التخلّص من أي مفتاح كُتِب من قبل: لن يعمل.
vault-recovery-loading = جارٍ تحضير مفتاح الاسترداد…
vault-recovery-print = طباعة مفتاح الاسترداد
vault-recovery-check-heading = التحقق من وجوده لديك
vault-recovery-check-intro = يُرجى كتابة هاتين المجموعتين من مفتاح الاسترداد، كما تظهران على الورقة.
vault-recovery-check-label = المجموعة { $number }
vault-create-finish = إنشاء الخزنة
vault-create-busy = جارٍ إنشاء الخزنة. قد يستغرق ذلك بضع ثوانٍ…

## ورقة الاسترداد المطبوعة

vault-sheet-title = Avenir — مفتاح الاسترداد
vault-sheet-profile = ملف التعريف:
vault-sheet-date = التاريخ:
vault-sheet-warning = يجب حفظ هذه الورقة في مكان آمن، بعيدًا عن الحاسوب. أي شخص يملكها يستطيع فتح الخزنة. إذا فُقِد هذا المفتاح وعبارة المرور معًا، فلن يستطيع أحد استرداد البيانات.

## قوة عبارة المرور

strength-level-0 = ضعيفة جدًا
strength-level-1 = ضعيفة
strength-level-2 = مقبولة
strength-level-3 = قوية
strength-level-4 = قوية جدًا
strength-feedback-too-short = عبارة المرور قصيرة جدًا. يُرجى إضافة كلمات أخرى.
strength-feedback-common = تحتوي على كلمات أو عبارات شائعة يسهل تخمينها.
strength-feedback-repeated = تكرّر حروفًا أو كلمات. يُرجى استعمال كلمات مختلفة.
strength-feedback-add-words = يُرجى إضافة كلمة أو كلمتين أخريين لا علاقة بينهما: يطلب Avenir عبارة مرور تحتاج إلى مليون مليون محاولة تخمين على الأقل.

## شاشة القفل

vault-lock-title = Avenir مقفل
vault-lock-intro = يُرجى فتح قفل الخزنة للمتابعة.
vault-unlock-profile-legend = ملف تعريف المرشد:
vault-unlock-passphrase-label = عبارة المرور
vault-unlock-recovery-label = مفتاح الاسترداد
vault-unlock-use-recovery = استعمال مفتاح الاسترداد بدلًا من ذلك
vault-unlock-submit = فتح القفل
vault-unlock-busy = جارٍ فتح القفل…
vault-unlock-wait =
    { $seconds ->
        [zero] يمكن المحاولة مرة أخرى بعد { $seconds } ثانية.
        [one] يمكن المحاولة مرة أخرى بعد ثانية واحدة.
        [two] يمكن المحاولة مرة أخرى بعد ثانيتين.
        [few] يمكن المحاولة مرة أخرى بعد { $seconds } ثوانٍ.
        [many] يمكن المحاولة مرة أخرى بعد { $seconds } ثانية.
       *[other] يمكن المحاولة مرة أخرى بعد { $seconds } ثانية.
    }
vault-add-profile = إضافة ملف تعريف آخر لمرشد

## الخزنة المفتوحة

vault-home-title = الخزنة مفتوحة
vault-home-profile = ملف التعريف:
vault-lock-button = القفل الآن
vault-lock-shortcuts = للقفل فورًا، يمكن الضغط على Ctrl+Shift+L، أو الضغط على مفتاح Esc مرتين بسرعة. تصبح الشاشة سوداء على الفور.
vault-home-idle-note =
    { $minutes ->
        [zero] ويُقفِل Avenir نفسه أيضًا بعد { $minutes } دقيقة دون أي نشاط.
        [one] ويُقفِل Avenir نفسه أيضًا بعد دقيقة واحدة دون أي نشاط.
        [two] ويُقفِل Avenir نفسه أيضًا بعد دقيقتين دون أي نشاط.
        [few] ويُقفِل Avenir نفسه أيضًا بعد { $minutes } دقائق دون أي نشاط.
        [many] ويُقفِل Avenir نفسه أيضًا بعد { $minutes } دقيقة دون أي نشاط.
       *[other] ويُقفِل Avenir نفسه أيضًا بعد { $minutes } دقيقة دون أي نشاط.
    }
vault-home-workspace-heading = ملفات الأشخاص
vault-settings-heading = الإعدادات
vault-idle-heading = القفل التلقائي
vault-idle-label = القفل بعد هذا العدد من الدقائق دون نشاط
vault-idle-hint = بين { $min } و{ $max } دقيقة.
vault-idle-save = حفظ
vault-idle-saved =
    { $minutes ->
        [zero] تم الحفظ. أصبح Avenir يُقفِل نفسه بعد { $minutes } دقيقة دون نشاط.
        [one] تم الحفظ. أصبح Avenir يُقفِل نفسه بعد دقيقة واحدة دون نشاط.
        [two] تم الحفظ. أصبح Avenir يُقفِل نفسه بعد دقيقتين دون نشاط.
        [few] تم الحفظ. أصبح Avenir يُقفِل نفسه بعد { $minutes } دقائق دون نشاط.
        [many] تم الحفظ. أصبح Avenir يُقفِل نفسه بعد { $minutes } دقيقة دون نشاط.
       *[other] تم الحفظ. أصبح Avenir يُقفِل نفسه بعد { $minutes } دقيقة دون نشاط.
    }
vault-change-heading = تغيير عبارة المرور
vault-change-intro = يبقى مفتاح الاسترداد كما هو.
vault-change-current-label = عبارة المرور الحالية
vault-change-next-label = عبارة المرور الجديدة
vault-change-repeat-label = إعادة كتابة عبارة المرور الجديدة
vault-change-submit = تغيير عبارة المرور
vault-change-busy = جارٍ تغيير عبارة المرور. قد يستغرق ذلك بضع ثوانٍ…
vault-change-done = تم تغيير عبارة المرور. من الآن فصاعدًا، تُستعمَل العبارة الجديدة.

## دورة حياة الخزنة (الاسترداد، ومفتاح استرداد جديد، ومفتاح جديد)

vault-passphrase-rule = لا يقبل Avenir عبارة مرور إلا إذا كان مهاجم مجهَّز جيدًا، مثل جهة حكومية، سيحتاج إلى مليون مليون محاولة تخمين على الأقل لاكتشافها — أي أيام من العمل على حواسيب كثيرة في وقت واحد — وكانت تتكوّن من 12 حرفًا على الأقل. عبارة المرور المقترحة المكوّنة من ست كلمات عشوائية تتجاوز ذلك بكثير.
vault-reset-due = فُتِحت الخزنة بمفتاح الاسترداد. يجب اختيار عبارة مرور جديدة الآن، حتى لا تكون هناك حاجة إلى المفتاح مرة أخرى.
vault-reset-postpone = لاحقًا (مرة واحدة)
vault-reset-last = سبق تأجيل هذه الخطوة مرة واحدة. يجب اختيار عبارة مرور جديدة الآن.
vault-rekey-old-backups = للخزنة الآن مفتاح جديد، ولم يعد مفتاح الاسترداد القديم يفتحها. أما النسخ الاحتياطية التي أُنشئت من قبل، فما زالت تُفتَح بعبارة المرور ومفتاح الاسترداد اللذين كانا صالحين وقتها: يجب إنشاء نسخة احتياطية جديدة الآن، وحذف النسخ القديمة بعد الانتهاء منها.
