# Printing an exercise or a pathway card for the person or a group course, on paper or as a PDF.
# Every message is a control of the counsellor's: the sheet itself holds only the exercise's or
# the card's own texts, in the languages chosen.

## Opening and closing

print-open = Print…
print-worksheet-heading = Print this exercise
print-card-heading = Print this card
print-intro = On paper or as a PDF, for the person or a group. The sheet never holds the client’s code, notes or your guide.
print-close = Close
print-refused = This sheet is for you only: it is never printed.

## The choices

print-language = Language of the sheet
print-language-second = Second language, side by side
print-language-none = None
print-paper = Paper
print-paper-a4 = A4
print-paper-a5 = A5
print-content = What to print
print-blank = Blank, to fill in by hand
print-answered = With the person’s answers
print-sensitive-warning = Answers about why the person left their country, or about their fears, can put them in danger: the sheet may be carried across a border or read by others at home. Decide together with the person whether to print it with the answers or blank.

## The preview

print-preview = Preview: what will be printed
print-loading = Loading…
print-retry = Try again

## Printing and the PDF file

print-print = Print…
print-save-pdf = Save as PDF…
print-pdf-warning-title = The PDF file is not encrypted
print-pdf-warning = Anyone who can use this computer can open the PDF file and read it. Give the file to the person (on their phone or a USB stick), then delete it from this computer.
print-pdf-where = Next, choose where to save it. A USB stick is best. Avoid Documents, the Desktop and folders that synchronise (Dropbox, Nextcloud, OneDrive): search tools and the cloud keep their own copies.
print-pdf-confirm = Save the PDF
print-pdf-cancel = Cancel
print-pdf-saving = Saving the PDF…
print-pdf-saved = The PDF was saved here:
print-pdf-saved-reminder = Delete it from this computer once the person has it.
