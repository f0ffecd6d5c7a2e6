# The vault: creating it, locking and unlocking it, and its settings.

## Welcome screen

vault-welcome-intro = To begin, create a vault: an encrypted place on this computer for your work. Only you can open it, with your passphrase.
vault-create-start = Create a vault

## Creating a vault

vault-create-title = Create a vault
vault-create-step = Step { $step } of { $total }
vault-next = Next
vault-back = Back
vault-cancel = Cancel
vault-create-step1-heading = Before you start
vault-create-warning = Your vault is locked with a passphrase, and a recovery key is its only spare. If both are lost, nobody can open the vault again — not Avenir, not your organisation, not IT support. Everything in it would be gone for good.
vault-label-label = Name of this profile
vault-label-hint = This name is for you, the counsellor, for example “Counsellor A”. Never use a client’s name: it can be seen before the vault is unlocked.
vault-create-step2-heading = Choose a passphrase
vault-passphrase-intro = A passphrase is a few ordinary words in a row: easy for you to remember, hard for anyone else to guess. Avenir can suggest one.
vault-passphrase-label = Passphrase
vault-passphrase-repeat-label = Type the passphrase again
vault-passphrase-generate = Suggest a passphrase
vault-passphrase-generated = Avenir suggested a passphrase and shows it in full below. Write it down or learn it by heart before you continue.
vault-show-passphrase = Show the passphrase
vault-hide-passphrase = Hide the passphrase
vault-show-recovery = Show the recovery key
vault-hide-recovery = Hide the recovery key
vault-strength-label = Strength:
vault-strength-none = not checked yet
vault-problem-empty = Type a passphrase, or let Avenir suggest one.
vault-problem-checking = Checking how strong the passphrase is…
vault-problem-weak = This passphrase is still too easy to guess. You can continue once a well-equipped attacker would need at least a million million guesses (and it has at least 12 characters).
vault-problem-mismatch = The two passphrases are not the same yet.
vault-problem-current = Type your current passphrase.
vault-create-step3-heading = Your recovery key
vault-recovery-intro = If you forget your passphrase, this recovery key opens your vault. It is shown only now, never again.
vault-recovery-key-label = Recovery key
vault-recovery-instructions = Print it or write it down on paper. Keep it in a safe place away from this computer — not in a file, a photo or a message.
vault-recovery-renewed = This is a new recovery key. Throw away any key you wrote down before: it will not work.
vault-recovery-loading = Preparing your recovery key…
vault-recovery-print = Print the recovery key
vault-recovery-check-heading = Check that you have it
vault-recovery-check-intro = Type these two groups of the recovery key, as they appear on your paper.
vault-recovery-check-label = Group { $number }
vault-create-finish = Create the vault
vault-create-busy = Creating your vault. This can take a few seconds…

## Printed recovery sheet

vault-sheet-title = Avenir — recovery key
vault-sheet-profile = Profile:
vault-sheet-date = Date:
vault-sheet-warning = Keep this sheet in a safe place, away from the computer. Anyone who has it can open the vault. If both this key and the passphrase are lost, nobody can recover the data.

## Passphrase strength

strength-level-0 = Very weak
strength-level-1 = Weak
strength-level-2 = Fair
strength-level-3 = Strong
strength-level-4 = Very strong
strength-feedback-too-short = The passphrase is too short. Add more words.
strength-feedback-common = It contains common words or phrases that are easy to guess.
strength-feedback-repeated = It repeats letters or words. Use different words.
strength-feedback-add-words = Add one or two more unrelated words: Avenir wants a passphrase that takes at least a million million guesses.

## Lock screen

vault-lock-title = Avenir is locked
vault-lock-intro = Unlock your vault to continue.
vault-unlock-profile-legend = Counsellor profile:
vault-unlock-passphrase-label = Passphrase
vault-unlock-recovery-label = Recovery key
vault-unlock-use-recovery = Use the recovery key instead
vault-unlock-submit = Unlock
vault-unlock-busy = Unlocking…
vault-unlock-wait =
    { $seconds ->
        [one] You can try again in one second.
       *[other] You can try again in { $seconds } seconds.
    }
vault-add-profile = Add another counsellor profile

## Open vault

vault-home-title = Your vault is open
vault-home-profile = Profile:
vault-lock-button = Lock now
vault-lock-shortcuts = To lock at once, press Ctrl+Shift+L, or press the Esc key twice quickly. The screen turns black straight away.
vault-home-idle-note =
    { $minutes ->
        [one] Avenir also locks itself after one minute without activity.
       *[other] Avenir also locks itself after { $minutes } minutes without activity.
    }
vault-home-workspace-heading = Client files
vault-settings-heading = Settings
vault-idle-heading = Automatic lock
vault-idle-label = Lock after this many minutes without activity
vault-idle-hint = Between { $min } and { $max } minutes.
vault-idle-save = Save
vault-idle-saved =
    { $minutes ->
        [one] Saved. Avenir now locks after one minute without activity.
       *[other] Saved. Avenir now locks after { $minutes } minutes without activity.
    }
vault-change-heading = Change the passphrase
vault-change-intro = Your recovery key stays the same.
vault-change-current-label = Current passphrase
vault-change-next-label = New passphrase
vault-change-repeat-label = Type the new passphrase again
vault-change-submit = Change the passphrase
vault-change-busy = Changing the passphrase. This can take a few seconds…
vault-change-done = Your passphrase has been changed. Use the new one from now on.

## The vault's lifecycle (recovery, a new recovery key, a new key)

vault-passphrase-rule = Avenir accepts a passphrase only if a well-equipped attacker, such as a state service, would need at least a million million guesses to find it — days of work on many computers at once — and it has at least 12 characters. The suggested passphrase of six random words is far beyond that.
vault-reset-due = You opened the vault with the recovery key. Choose a new passphrase now, so that you do not need the key again.
vault-reset-postpone = Later (once)
vault-reset-last = You postponed this once. Choose a new passphrase now.
vault-rekey-old-backups = The vault now has a new key, and the old recovery key no longer opens it. Backups made before still open with the passphrase and the recovery key of that moment: make a new backup now, and remove the old ones once it is done.
