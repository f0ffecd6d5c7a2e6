# The vault's keys: the new passphrase owed after an unlock with the recovery key, a new
# recovery key, and a new key for the whole vault (the settings' "keys" area).

## Choosing a new passphrase after the recovery key

vault-reset-title = Choose a new passphrase
vault-reset-current-intro = To continue, type the passphrase or the recovery key you unlocked with.
vault-reset-submit = Save the new passphrase
vault-reset-busy = Saving the new passphrase. This can take a few seconds…
vault-problem-current-recovery = Type the recovery key.

## The keys area of the settings

vault-keys-heading = The vault's keys
vault-keys-current-intro = First type your current passphrase, or the recovery key you have now.
vault-keys-recovery-heading = A new recovery key
vault-keys-recovery-intro = Lost the sheet with the recovery key, or someone else may have seen it? Make a new recovery key. The old one then no longer opens the vault; your passphrase stays the same.
vault-keys-recovery-start = Make a new recovery key
vault-keys-recovery-submit = Make the new recovery key
vault-keys-recovery-busy = Making the new recovery key…
vault-keys-recovery-done = This is your new recovery key. It is shown only now. Your old recovery key no longer opens the vault: destroy the old sheet.
vault-keys-written-down = I have written it down
vault-keys-rekey-heading = A new key for the vault
vault-keys-rekey-intro = Do this if someone may have seen your passphrase or your recovery key, or may have copied files of the vault. Avenir encrypts all your work again with a new key and gives you a new recovery key; the old recovery key then no longer opens the vault. With many photos this can take a few minutes.
vault-keys-rekey-start = Give the vault a new key
vault-keys-rekey-keeps-passphrase = Your passphrase stays the same.
vault-keys-rekey-needs-passphrase = You are using the recovery key, so choose a new passphrase as well.
vault-keys-rekey-submit = Give the vault a new key now
vault-keys-rekey-busy = The vault is getting a new key. Keep Avenir open until it is done… If Avenir locks meanwhile, nothing is changed: start again later.
vault-keys-rekey-progress = { $percent }% done
vault-keys-rekey-done = Done: the vault has a new key. Below is your new recovery key; it is shown only now.
vault-keys-backup-no-folder = No backup folder is chosen yet. Choose one under “Backups” in the settings, and make a backup there.
vault-keys-backup-done = The new backup is made and tested.
