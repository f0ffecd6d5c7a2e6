## Traces on the computer: where an unencrypted file goes, and what printing may leave behind.

# The title and the save button of the chooser.
booklet-pdf-choose-title = Save the booklet (not encrypted)
booklet-pdf-choose-accept = Save

# Before the recovery sheet is printed.
recovery-print-warning-title = Before you print
recovery-print-warning = A printer can keep a copy of what it prints: the print queue of this computer or of a network printer may store the sheet, and someone else may take it from the tray. Use a printer connected directly to this computer if you can, and stand by it until the sheet is out.
recovery-print-confirm = Print
recovery-print-cancel = Cancel
