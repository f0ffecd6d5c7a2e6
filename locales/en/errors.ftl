# Errors shown to the counsellor. Each says what happened and that nothing was lost where that is true.
error-internal = Something went wrong inside Avenir. Nothing you recorded was changed.
error-unknown-locale = The language “{ $locale }” is not available in Avenir.
error-preferences-unreadable = Avenir could not read its settings file; it uses the default settings instead.
error-preferences-unwritable = Avenir could not save its settings. Check that the disk is not full or read-only.
