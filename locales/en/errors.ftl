# Errors shown to the counsellor. Each says what happened and that nothing was lost where that is true.
error-internal = Something went wrong inside Avenir. Nothing you recorded was changed.
error-unknown-locale = The language “{ $locale }” is not available in Avenir.
error-preferences-unreadable = Avenir could not read its settings file; it uses the default settings instead.
error-preferences-unwritable = Avenir could not save its settings. Check that the disk is not full or read-only.
error-weak-passphrase = This passphrase is too easy to guess. Use at least five unrelated words, or let Avenir suggest one.
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
