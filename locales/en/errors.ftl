# Errors shown to the counsellor. Each says what happened and that nothing was lost where that is true.
error-internal = Something went wrong inside Avenir. Nothing you recorded was changed.
error-unknown-locale = The language “{ $locale }” is not available in Avenir.
error-preferences-unreadable = Avenir could not read its settings file; it uses the default settings instead.
error-preferences-unwritable = Avenir could not save its settings. Check that the disk is not full or read-only.
error-weak-passphrase = This passphrase is too easy to guess. Avenir accepts a passphrase only if a well-equipped attacker would need at least a million million (10¹²) guesses to find it, and it has at least 12 characters. Five or six unrelated words do it; or let Avenir suggest one.
error-recovery-check-failed = The groups you typed do not match the recovery key. Check them against the key and try again.
error-no-creation-pending = The vault creation was interrupted. Start again; nothing was saved.
error-label-invalid = Give the profile a short name of 1 to 60 characters, such as “Counsellor A” — never a client’s name.
error-label-taken = A profile with this name already exists on this computer. Choose another name.
error-wrong-secret = This passphrase or recovery key does not open the vault.
error-vault-damaged = The vault is damaged and cannot be opened. Nothing was changed. Restore it from a backup.
error-vault-newer = This vault was written by a newer version of Avenir. Update Avenir to open it; the vault was not changed.
error-vault-in-use = This vault is already open in another Avenir window on this computer.
error-vault-missing = This profile’s vault cannot be found on this computer.
error-locked = Avenir is locked. Unlock it to continue.
error-idle-minutes = Choose an automatic lock time between { $min } and { $max } minutes.
error-vault-io = Avenir could not read or write the vault. Check that the disk is not full or read-only. Nothing was lost.
error-code-taken = Another client already has this code. Choose another one, or let Avenir suggest one.
error-code-invalid = Give the client a code or nickname of 1 to 32 characters — never their real name.
error-field-invalid = This value cannot be saved ({ $field }). Check it and try again; nothing else was changed.
error-client-missing = This client file no longer exists. It may have been deleted.

## Content files (exercises and pathway cards) that cannot be used, and answers that cannot be saved.
## $file is the definition's file name, $field where in the file (e.g. fields[2].options).
error-content-schema = { $file } is written for content schema version { $version }, which this Avenir does not know. The file was left out.
error-content-syntax = { $file } cannot be read ({ $field }): { $detail }. The file was left out.
error-content-bad-id = { $file }, { $field }: “{ $value }” is not a valid id (lowercase letters, digits and hyphens, at most 40). The file was left out.
error-content-id-file = { $file }, { $field }: the id “{ $value }” must be the same as the file name. The file was left out.
error-content-duplicate = { $file }, { $field }: “{ $value }” appears twice. The file was left out.
error-content-not-for-kind = { $file }, { $field }: { $property } cannot be used with the kind { $kind }. The file was left out.
error-content-missing = { $file }, { $field }: { $property } is missing. The file was left out.
error-content-range = { $file }, { $field }: must be between { $min } and { $max }. The file was left out.
error-content-unknown = { $file }, { $field }: “{ $value }” is not allowed here. The file was left out.
error-content-date = { $file }, { $field }: “{ $value }” is not a date (write it as YYYY-MM-DD). The file was left out.
error-content-no-text = { $file }: the text { $field } is missing in the language “{ $locale }”. It is shown with the English text or the id instead.
error-answer-invalid = This answer does not fit the question. It was not saved; what you typed is still there.
error-answer-too-long = This answer is longer than { $max } characters and was not saved. Shorten it; what you typed is still there.
error-answer-too-many = This answer has more than { $max } items and was not saved. Remove some; nothing else was changed.
error-exercise-missing = This exercise is not available (its definition may have been removed or is broken).
error-exercise-not-chosen = This worksheet is for people who have chosen return. Record the person’s own decision in this session (or an earlier one) first.

## Photos and the booklet.
error-photo-empty = This file is empty. Nothing was imported.
error-photo-too-large = This file is larger than { $max_mb } MB and was not imported. Use a smaller copy of the photo.
error-photo-too-many-pixels = This picture is too large (more than { $max_megapixels } megapixels) and was not imported.
error-photo-heic = HEIC photos (from iPhones) cannot be read by Avenir yet. Save the photo as JPEG on the phone or computer first, then import it.
error-photo-unsupported = This file is not a photo Avenir can read. Use JPEG, PNG or WebP.
error-photo-corrupt = This photo is damaged or incomplete and was not imported. Try another copy.
error-booklet-file-name = This file name cannot be used. Use letters, digits and hyphens, ending in .pdf.
error-booklet-folder = Avenir could not find or write the documents folder to save the booklet in. Nothing was saved.
error-booklet-print-failed = The booklet could not be saved as a PDF. Nothing was saved; try printing it instead.

## Group courses and the projector.
error-course-invalid = This course cannot be saved: { $field } is not valid. Check it; nothing was changed.
error-projector-no-display = No display was found for the projector window.
error-projector-failed = The projector window could not be opened. Check the display and try again.
error-client-unknown = No client has the code “{ $code }” in this vault.
error-file-unreadable = The file “{ $file }” cannot be read. Nothing was changed.
error-backup-not-a-backup = This file is not an Avenir backup. Nothing was changed.
error-backup-damaged = This backup is damaged or incomplete and cannot be used. Nothing was changed; use another backup.
error-backup-newer = This backup was made by a newer version of Avenir. Update Avenir to restore it; the file was not changed.
error-backup-check-failed = The backup did not pass its test restore, so it does not count. Earlier backups were kept.
error-backup-folder-missing = The backup folder “{ $folder }” is not there. Plug in the USB stick or connect the share, or choose another folder. Earlier backups were not touched.
error-backup-folder-read-only = Avenir may not write in the backup folder “{ $folder }”. Choose another folder. Earlier backups were not touched.
error-backup-disk-full = There is no space left for the backup in “{ $folder }”. Free some space or choose another folder. Earlier backups were not touched.
error-backup-write-failed = The backup could not be written to “{ $file }”. Earlier backups were not touched.
error-backup-unreadable = The file “{ $file }” cannot be read. Nothing was changed.
error-backup-cancelled = The backup stopped because Avenir locked. Earlier backups were not touched.
error-chooser-failed = The window to choose a folder or a file could not open. Nothing was changed.

## The vault's lifecycle: key derivation limits, recovery, re-keying.
error-kdf-memory = This vault asks for { $asked } MiB of memory to unlock; Avenir never allows more than { $max } MiB. Its header is damaged or was not written by Avenir. Nothing was changed; restore the vault from a backup.
error-passphrase-needed = This step needs the passphrase the vault will open with. With the recovery key, choose a new passphrase too.
error-rekey-pending = A change of the vault's key was interrupted. Open the vault once (unlock it in Avenir, or run another avenir-cli command) to finish it, then check it again.
error-reset-not-postponable = You already postponed choosing a new passphrase once. Choose it now.

## Handing a client over to a colleague (case files).
error-handover-id-invalid = This is not a complete Avenir handover id. Ask your colleague for the whole line, starting with “avenir-handover-1:”.
error-handover-fingerprint-mismatch = The fingerprint does not match this handover id. Compare it again with your colleague, in person or by phone. Nothing was saved.
error-handover-own-id = This is your own handover id. Add your colleague’s id instead.
error-handover-contact-taken = A contact already has this name or this handover id.
error-handover-contact-name-invalid = Give the contact a name of 1 to 80 characters.
error-handover-contact-unknown = You have no contact called “{ $name }”.
error-case-not-a-case = This file is not an Avenir case file. Nothing was changed.
error-case-damaged = This case file is damaged or incomplete (for example, not fully copied). Nothing was changed; ask your colleague for the file again.
error-case-newer = This case file was made by a newer version of Avenir. Update Avenir to receive it; nothing was changed.
error-case-not-for-you = This case file was handed over to someone else: this profile cannot open it. Nothing was changed.
error-case-bad-signature = This case file was changed after it was signed. Do not use it; nothing was changed. Ask your colleague for the file again.
error-case-unknown-sender = The sender of this case file is not one of your contacts. Check the sender’s fingerprint { $fingerprint } with your colleague, add her as a contact, then receive the file again. Nothing was changed.
error-case-already-here = This person’s file is already in your vault, as “{ $code }”. Nothing was added.
error-case-not-awaiting = No transfer of this person’s file is waiting for a receipt code.
error-case-wrong-receipt = This is not the receipt code of this handover. Check it with your colleague; the file was not erased.
error-case-too-large = This case file is larger than Avenir accepts. Nothing was changed.
error-case-write-failed = The case file could not be written to “{ $file }”. Choose another place; nothing was marked as handed over.
error-case-unreadable = The file “{ $file }” cannot be read. Nothing was changed.

## The referral directory.
error-directory-taken = The directory already has a place with this name in this town.
error-directory-missing = This directory entry no longer exists.
error-directory-file-empty = This file is empty: there is nothing to import.
error-directory-file-not-text = This file is not a CSV or TOML text file (perhaps a spreadsheet saved in another format). Save it as CSV (UTF-8) and try again; nothing was changed.
error-directory-file-too-large = This file is larger than Avenir reads for a directory. Nothing was changed.
error-directory-file-too-many-rows = This file has more than { $max } rows. Split it and import the parts; nothing was changed.
error-directory-file-missing-column = This file has no “{ $column }” column. The first row must name the columns (see the template); nothing was changed.
error-directory-file-syntax = This file cannot be read near line { $line }. Nothing was changed.
error-directory-file-unknown-format = Avenir imports a directory from a .csv or a .toml file.
