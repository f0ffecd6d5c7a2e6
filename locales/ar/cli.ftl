### review: draft
# مخرجات avenir-cli.
cli-bench-startup-result = بدء التشغيل حتى الشاشة الأولى: { $startup_ms } ms (نافذة Tauri بسيطة: { $baseline_startup_ms } ms)، النسبة { $startup_ratio }. ذاكرة شجرة العمليات في حالة الخمول: { $rss_mb } MB (النافذة البسيطة: { $baseline_rss_mb } MB)، النسبة { $rss_ratio }.
cli-error-binary-missing = { $path } غير موجود. يجب بناؤه أولًا بالأمر «make build».
cli-error-display = تعذّر تشغيل شاشة افتراضية (Xvfb): { $detail }
cli-error-spawn = تعذّر تشغيل { $path }: { $detail }
cli-error-no-first-screen =
    { $seconds ->
        [zero] لم يُظهر { $path } شاشته الأولى خلال { $seconds } ثانية.
        [one] لم يُظهر { $path } شاشته الأولى خلال ثانية واحدة.
        [two] لم يُظهر { $path } شاشته الأولى خلال ثانيتين.
        [few] لم يُظهر { $path } شاشته الأولى خلال { $seconds } ثوانٍ.
        [many] لم يُظهر { $path } شاشته الأولى خلال { $seconds } ثانية.
       *[other] لم يُظهر { $path } شاشته الأولى خلال { $seconds } ثانية.
    }
cli-error-io = خطأ في الإدخال/الإخراج: { $detail }
cli-error-vault-required = يحتاج هذا الأمر إلى الخزنة: يجب إضافة --vault DIR (مجلد ملف التعريف).
cli-error-passphrases-differ = عبارتا المرور مختلفتان. لم يُنشأ أي شيء.
cli-prompt-passphrase = عبارة المرور:
cli-prompt-passphrase-again = عبارة المرور نفسها مرة أخرى:
cli-prompt-new-passphrase = عبارة المرور الجديدة:
cli-init-done = أُنشئت الخزنة في { $path }.
cli-init-kdf = اشتقاق المفتاح: Argon2id، الذاكرة { $m } KiB، عدد التمريرات { $t }، التوازي (lanes) { $p }.
cli-init-recovery = مفتاح الاسترداد — يجب تدوينه أو طباعته الآن، وحفظه بعيدًا عن هذا الحاسوب. لا يُعرض إلا هذه المرة. دون عبارة المرور ودون هذا المفتاح، لا يستطيع أحد استرداد البيانات.
cli-verify-ok = الخزنة سليمة: الترويسة والمفتاح وسجل الكتابة المسبقة (write-ahead log) وكل صفحة من قاعدة البيانات اجتازت الفحص، وقُرئت دون تغيير أي شيء (Argon2id، الذاكرة { $m } KiB، عدد التمريرات { $t }، التوازي (lanes) { $p }).
cli-passphrase-changed = تم تغيير عبارة المرور. مفتاح الاسترداد ما زال يعمل.
cli-stats = ملفات الأشخاص: { $clients }، الجلسات: { $sessions }، الملفات المخزّنة: { $blobs }.
cli-clients-none = —
cli-seeded = أُضيفت بيانات تجريبية وهمية. في الخزنة الآن — ملفات الأشخاص: { $clients }، الجلسات: { $sessions }.
cli-bench-vault-result = فتح القفل: { $unlock_ms } ms (Argon2id، الذاكرة { $m } KiB، عدد التمريرات { $t }، التوازي (lanes) { $p }). التخزين المشفّر مقارنةً بالتخزين غير المشفّر: الكتابة { $write_ratio }، والقراءة { $read_ratio } من سرعة التخزين غير المشفّر. عرض قائمة 1000 شخص بعد اشتقاق المفتاح: { $list_clients_ms } ms.
cli-bench-search-result = البحث في 1000 شخص × 20 جلسة: الوسيط { $p50 } ms، والمئين 95 { $p95 } ms (عدد الاستعلامات: { $queries }).
cli-bench-history-result = السجل الكامل لشخص واحد (الجلسات: { $sessions }، الإجابات: { $answers }، ودفتر القرار): الوسيط { $history_ms } ms، وأول فتح { $first_ms } ms.
cli-bench-album-result = استيراد صورة بدقة 12 ميغابكسل: الوسيط { $import_ms } ms. تحميل الصور المصغّرة لألبوم فيه 100 صورة: الوسيط { $album_ms } ms.
cli-album-imported =
    { $count ->
        [zero] لم تُضَف أي صورة إلى الألبوم.
        [one] أُضيفت صورة واحدة إلى الألبوم، في صفحة خاصة بها.
        [two] أُضيفت صورتان إلى الألبوم، كلٌّ منهما في صفحة.
        [few] أُضيفت { $count } صور إلى الألبوم، كلٌّ منها في صفحة.
        [many] أُضيفت { $count } صورة إلى الألبوم، كلٌّ منها في صفحة.
       *[other] أُضيفت { $count } صورة إلى الألبوم، كلٌّ منها في صفحة.
    }
cli-album-failed = { $file }: { $error }
cli-backup-done = كُتبت النسخة الاحتياطية في { $path } واختُبرت استعادتها — ملفات الأشخاص: { $clients }، الجلسات: { $sessions }، الإجابات: { $answers }، الصور: { $photos }. تُفتح بعبارة مرور هذه الخزنة أو بمفتاح الاسترداد الخاص بها.
cli-backup-verified = النسخة الاحتياطية سليمة: كل جزء منها اجتاز التحقق من الأصالة، وكل صفحة اجتازت الفحص. أُنشئت في { $created_at } — ملفات الأشخاص: { $clients }، الجلسات: { $sessions }، الإجابات: { $answers }، الصور: { $photos }.
cli-restore-done = استُعيدت النسخة الاحتياطية بوصفها خزنة جديدة في { $path } — ملفات الأشخاص: { $clients }، الجلسات: { $sessions }، الإجابات: { $answers }، الصور: { $photos }.
cli-bench-backup-result = النسخة الاحتياطية { $backup_ms } ms واستعادتها التجريبية { $verify_ms } ms، مقابل نسخ عادي للخزنة في { $copy_ms } ms: أي { $backup_ratio } × مدة النسخ العادي. الاستعادة: { $restore_ms } ms بعد اشتقاق المفتاح.
cli-prompt-recovery = مفتاح الاسترداد:
cli-recovery-reminder = فُتحت الخزنة بمفتاح الاسترداد. يجب اختيار عبارة مرور جديدة قريبًا: avenir-cli --recovery change-passphrase.
cli-recovery-rotated = مفتاح استرداد جديد — يجب تدوينه أو طباعته الآن، وحفظه بعيدًا عن هذا الحاسوب. لا يُعرض إلا هذه المرة. مفتاح الاسترداد القديم لم يعد يفتح الخزنة.
cli-rekey-progress = جارٍ تغيير مفتاح الخزنة: { $percent } %
cli-rekey-done = للخزنة مفتاح جديد. مفتاح استرداد جديد — يجب تدوينه أو طباعته الآن؛ لا يُعرض إلا هذه المرة، ومفتاح الاسترداد القديم لم يعد يفتح الخزنة:
cli-handover-id = معرّف التسليم الخاص بك — يُعطى هذا السطر كاملًا للزميل. ثم تُقارَن البصمة { $fingerprint } بين الطرفين، وجهًا لوجه أو عبر الهاتف.
cli-contact-added = { $name } الآن من جهات الاتصال: يمكن تسليم ملفات الأشخاص إلى جهة الاتصال هذه، وتسلّم ملفاتها.
cli-escrow-set = من الآن، يُشفَّر كل ملف تسليم أيضًا لجهة الإيداع التابعة للمنظمة (البصمة { $fingerprint }).
cli-case-exported-copy = كُتب ملف التسليم الموجّه إلى { $contact } في { $path }. يبقى ملف الشخص هنا، مع علامة «مُشارَك».
cli-case-exported-transfer = كُتب ملف التسليم الموجّه إلى { $contact } في { $path }. يبقى ملف الشخص هنا، مع علامة «مُسلَّم»، إلى أن يُكتب رمز الاستلام الذي يُقرأ عليك من قِبَل { $contact }: avenir-cli case-transfer-confirm.
cli-case-preview = ملف تسليم من { $sender }، أُنشئ في { $created_at }: الشخص { $code }، الجلسات: { $sessions }، الصور: { $photos }.
cli-case-imported = أُضيف الشخص بالرمز { $code }. رمز الاستلام الذي يُعطى للمرسل: { $receipt }
cli-case-transfer-done = اكتمل النقل: مُحي ملف الشخص { $code } من هذه الخزنة.
cli-bench-handover-result = ملف تسليم لشخص واحد (الجلسات: { $sessions }، الصور: { $photos }): كُتب في { $export_ms } ms (الوسيط)، وفُحص واستُورد في { $import_ms } ms.
cli-directory-preview = نتيجة الاستيراد المتوقعة — مدخلات تُضاف: { $added }، مدخلات تُعدَّل: { $changed }، مدخلات تبقى كما هي: { $unchanged }؛ صفوف ليست مدخلات: { $bad }. لم يُكتب أي شيء.
cli-directory-imported = مدخلات أُضيفت: { $added }، مدخلات عُدّلت: { $changed }، مدخلات بقيت كما هي: { $unchanged }؛ صفوف لم تُستورد: { $bad }.
cli-directory-bad-field = السطر { $line }: الحقل «{ $field }» مفقود أو غير صالح؛ لم يُستورد هذا الصف.
cli-directory-bad-duplicate = السطر { $line }: المكان نفسه الموجود في السطر { $first }؛ لم يُستورد هذا الصف.
cli-directory-kept-newer = السطر { $line }: «{ $name }» تم التحقق منه هنا في وقت أحدث؛ تُرك المدخل كما هو.
cli-directory-ignored-column = العمود «{ $column }» ليس من الأعمدة التي يعرفها Avenir؛ تُرك جانبًا.
cli-directory-exported = مدخلات دليل الأماكن المكتوبة في { $path }: { $count }.
cli-bench-directory-result = دليل أماكن (عدد المدخلات: { $entries }): الاستيراد من CSV في { $import_ms } ms (الوسيط)؛ البحث في { $search_ms } ms (المئين 95).
cli-bench-explorer-result = مستكشف الدعم — عدد الأسر: { $households }، وتُقارَن كل أسرة بقواعد كل فترة (عدد الفترات: { $periods })، في { $explore_ms } ms لكل أسرة (الوسيط).
cli-explore-period = القواعد السارية: { $period } (ابتداءً من { $date }).
cli-explore-line = { $title }: { $eligible ->
    [yes] ينطبق
    [no] لا ينطبق
   *[maybe] قد ينطبق، ويجب التحقق منه
}
cli-explore-amount = {"  "}€ { $amount } لهذه الأسرة
cli-explore-no-promise = شريك العودة أو مستشار قانوني هو من يؤكّد ما ينطبق؛ لا شيء هنا وعد.
