# Handing a client's file over to a colleague: the handover card of the vault home (your handover
# id, your colleagues, receiving a case file, the organisation's escrow), the hand-over dialog and
# the handover mark of a client's overview, and the texts of the native file choosers.

handover-heading = Hand over client files
handover-intro = A client’s file can go to a colleague who also uses Avenir, as one encrypted and signed case file that you carry by hand (on a USB stick, for example). Only the colleague it is meant for can open it.
handover-fingerprint = Fingerprint

## Your handover id.
handover-my-id-heading = Your handover id
handover-show-id = Show my handover id
handover-my-id-label = Your handover id (one line)
handover-my-fingerprint-label = Your fingerprint:
handover-my-id-explain = Give the whole line to your colleague. Then compare the fingerprint with her, in person or by phone.

## Your colleagues.
handover-contacts-heading = Your colleagues
handover-contacts-none = You have not added any colleagues yet.
handover-contact-remove = Remove
handover-contact-remove-label = Remove { $name }
handover-remove-title = Remove this colleague?
handover-remove-warning = You can then no longer hand client files over to her or receive her case files, until you add her again.
handover-remove-yes = Remove
handover-remove-no = Keep
handover-add-heading = Add a colleague
handover-add-explain = Only add a colleague after comparing the fingerprint with her, in person or by phone: that is how you know the handover id is really hers.
handover-contact-name-label = Name
handover-contact-name-hint = How you will see her in Avenir, for example “Bea, Ghent office”.
handover-contact-id-label = Her handover id
handover-contact-fingerprint-label = The fingerprint she reads out to you
handover-contact-add = Add the colleague
handover-contact-added = { $name } was added to your colleagues.

## Receiving a client file.
handover-receive-heading = Receive a client file
handover-receive-explain = Choose the case file a colleague gave you. You see what it holds before anything is added.
handover-receive = Receive a client file…
handover-checking = Checking the case file…
handover-preview-heading = What this case file holds
handover-preview-sender = From
handover-preview-created = Made on
handover-preview-code = Client code
handover-preview-code-here = The code { $code } is already used in your vault: this client will be added as { $here }.
handover-preview-sessions = Sessions
handover-preview-photos = Photos
handover-preview-journal = Journal entries
handover-preview-album = Album pages
handover-preview-copy = A copy: your colleague keeps the client’s file too.
handover-preview-transfer = A transfer: your colleague’s copy is erased once she types the receipt code you read to her.
handover-import-confirm = Add this client
handover-import-cancel = Cancel
handover-received-heading = The client was added to your vault as { $code }.
handover-receipt-label = Receipt code:
handover-receipt-explain = Read this code to your colleague: for a transfer, her copy is erased only when she types it.
handover-open-client = Open the client file
handover-received-done = Done

## The organisation's escrow.
handover-escrow-heading = Organisation escrow
handover-escrow-explain = If your organisation gave you the id of its escrow recipient, every case file will also be encrypted for it, so that the organisation can open it if needed. Only set it as your organisation tells you.
handover-escrow-current-label = Escrow recipient:
handover-escrow-none = none
handover-escrow-id-label = The escrow recipient’s id
handover-escrow-fingerprint-label = Its fingerprint
handover-escrow-set = Set the escrow recipient
handover-escrow-clear = Remove the escrow recipient

## Handing a client over, from the client's overview.
handover-open = Hand over…
handover-dialog-title = Hand over this client file
handover-dialog-intro = Avenir writes one encrypted case file that only the colleague you choose can open. You then choose where to save it, for example on a USB stick, and give it to her by hand.
handover-loading = Loading your colleagues…
handover-no-contacts = You have not added any colleagues yet. Add one first in “Hand over client files”, under Settings further down this screen.
handover-mode-legend = Copy or transfer?
handover-mode-copy = Copy
handover-mode-copy-explain = You keep the file, marked as shared with your colleague.
handover-mode-transfer = Transfer
handover-mode-transfer-explain = The file stays here, marked “handed over”, until you type your colleague’s receipt code; then it is erased here.
handover-to-label = Colleague
handover-send = Save the case file…
handover-dialog-cancel = Cancel
handover-sent = The case file was saved as { $file }. Give it to { $contact } by hand.

## The mark of the last handover, on the client's overview.
handover-mark-copy = Shared with { $contact } on { $date }.
handover-mark-transfer = Handed over to { $contact } on { $date } — waiting for the receipt code.
handover-mark-transfer-explain = When your colleague has added the client, her Avenir shows a receipt code. Type the code she reads to you: only then is the file erased here.
handover-receipt-input-label = Receipt code from your colleague
handover-receipt-confirm = Confirm and erase here
handover-cancel-transfer = Keep the file (cancel the transfer)
handover-erase-title = Erase this client file from your vault?
handover-erase-warning = The receipt code shows that your colleague has the file. It will now be erased from this vault, with its sessions, journal and album. This cannot be undone.
handover-erase-yes = Erase from this vault
handover-erase-no = Not now

## The native file choosers (asked for by the back end).
handover-choose-save-title = Save the case file
handover-choose-save-accept = Save
handover-choose-file-title = Choose a case file to receive
handover-received-mark-copy = Received from { $sender } on { $date } (a copy). Receipt code for { $sender }: { $receipt }
handover-received-mark-transfer = Received from { $sender } on { $date } (a transfer). Read this receipt code to { $sender } so she can erase her copy: { $receipt }
