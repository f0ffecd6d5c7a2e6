# The referral directory: the places a counsellor refers clients to (in the vault home), its
# search, its form, sharing it with colleagues (import and export), the organisation's starting
# directory, referring a client from a session, the places listed under a pathway card, the
# referral slip (directory-slip-: the counsellor's controls; slip-: the slip itself, for the
# client, in the client's language — these also exist in Arabic), and the texts of the native
# file choosers.

directory-open = Referral directory
directory-close = Back to the client files
directory-heading = Referral directory
directory-intro = The places you refer clients to: legal aid, a doctor, a return partner, a shelter… Only places, never a client’s name. It stays in your vault.
directory-retry = Try again
directory-loading = Loading…

## Kinds of place.
directory-kind-legal-aid = Legal aid
directory-kind-medical = Medical care
directory-kind-return-partner = Return partner
directory-kind-social-services = Social services
directory-kind-shelter = Shelter
directory-kind-psychosocial = Psychosocial support
directory-kind-trafficking-support = Support for victims of trafficking
directory-kind-language-classes = Language classes
directory-kind-school = School

## Fields (in the form, and when a value or a row of a file is refused).
directory-field-name = Name
directory-field-kind = Kind of place
directory-field-pathways = Pathways it helps with
directory-field-languages = Languages spoken
directory-field-town = Town
directory-field-address = Address
directory-field-hours = Opening hours
directory-field-phone = Phone
directory-field-anonymous = People can come without giving their name
directory-field-bring = What to bring
directory-field-note = Note
directory-field-checked-on = Last checked

## The search.
directory-search-heading = Find a place
directory-search-label = Search
directory-search-hint = Name, town, address, phone, what to bring or note. Capitals and accents do not matter.
directory-filter-pathway = Pathway
directory-filter-kind = Kind of place
directory-filter-any = Any
directory-filter-language = Language spoken
directory-filter-language-hint = A language code, for example ar, fr or ti.
directory-filter-town = Town
directory-filter-anonymous = Only places where people can come without giving their name
directory-more = More places match than can be shown. Narrow the search to see them all.
directory-empty-none = Your directory is empty. Add the places you refer clients to, or import a colleague’s directory file.
directory-empty-search = No place matches this search.

## A place in the list.
directory-anonymous-badge = No name needed
directory-outdated = Outdated — check it: last checked on { $date }, more than a year ago.
directory-outdated-never = Outdated — check it: nobody has recorded checking this place.
directory-edit = Edit
directory-delete = Delete
directory-slip = Referral slip
directory-delete-title = Delete this place from your directory?
directory-delete-warning = It is removed from your directory. Referrals already recorded in sessions stay as they are.
directory-delete-yes = Delete
directory-delete-no = Keep

## Adding or editing a place.
directory-add = Add a place
directory-form-new-heading = Add a place
directory-form-edit-heading = Edit a place
directory-form-hint = The directory holds places, never clients’ names. Write nothing about a client here.
directory-languages-hint = Language codes separated by spaces or commas, for example: nl fr ar
directory-note-hint = For you and the colleagues you share the directory with. Never printed on a referral slip.
directory-checked-hint = When someone last checked that this entry is right. After a year it is flagged.
directory-checked-today = Today
directory-save = Save
directory-form-cancel = Cancel

## Sharing with colleagues: import and export.
directory-share-heading = Share with colleagues
directory-share-intro = Import a colleague’s directory file, or export yours as a spreadsheet (CSV) or a TOML file. An import never overwrites a place checked more recently here.
directory-import = Import a directory file…
directory-import-checking = Reading the file…
directory-import-preview-heading = What importing { $file } will do
directory-import-preview-explain = Nothing is written until you confirm. Rows with a problem are left out; the others are imported.
directory-import-preview-add = To be added ({ $count }):
directory-import-preview-change = To be updated ({ $count }):
directory-import-done-add = Added ({ $count }):
directory-import-done-change = Updated ({ $count }):
directory-import-same = Already the same here, left alone: { $count }
directory-import-kept = Kept as they are, because they were checked more recently here ({ $count }):
directory-import-kept-line = Line { $line }: { $name }
directory-import-bad = Rows left out ({ $count }):
directory-import-bad-field = Line { $line }: “{ $field }” is missing or not valid.
directory-import-bad-duplicate = Line { $line }: the same place as line { $first }.
directory-import-ignored = Columns left out (Avenir does not know them): { $columns }
directory-import-nothing = This file changes nothing in your directory.
directory-import-confirm = Import
directory-import-cancel = Cancel
directory-import-done-heading = The directory file was imported
directory-import-close = Close
directory-export-csv = Export as CSV (spreadsheet)…
directory-export-toml = Export as TOML…
directory-exported = The directory was saved as { $file }:
directory-export-no-clients = The file holds only the places of your directory, no client data.

## The organisation's starting directory.
directory-offer-heading = Your organisation’s starting directory
directory-offer-text = Your organisation has prepared a starting directory ({ $file }). Import it into your directory?
directory-offer-explain = It is offered only once. If you say no, you can still import the file later.
directory-offer-import = Import it
directory-offer-decline = No, thank you

## Referring a client from a session.
directory-refer = Refer to a service…
directory-refer-heading = Refer to a service
directory-refer-search = Search the directory
directory-refer-none = No place matches. Places are added in the referral directory of the vault home.
directory-refer-cancel = Cancel
directory-referred-step = Referred to { $name } on { $date }
directory-refer-done = The referral was added to the next steps.
directory-refer-open-slip = Referral slip…

## Under a pathway card.
directory-pathcard-heading = Places in your directory for this pathway

## The referral slip: the counsellor's controls.
directory-slip-heading = Referral slip
directory-slip-intro = For the client to take along, in their language. It shows the place only: no client code, no note.
directory-slip-language = Language of the slip
directory-slip-close = Close the slip
directory-slip-print = Print…
directory-slip-save-pdf = Save as PDF…
directory-slip-pdf-warning-title = The PDF file is not encrypted
directory-slip-pdf-warning = Anyone who can use this computer can open the PDF file and see where a client was referred. Give the file to the client (on their phone or a USB stick), then delete it from this computer.
directory-slip-pdf-where = Next, choose where to save it. A USB stick is best. Avoid Documents, the Desktop and folders that synchronise (Dropbox, Nextcloud, OneDrive): search tools and the cloud keep their own copies.
directory-slip-pdf-confirm = Save the PDF
directory-slip-pdf-cancel = Cancel
directory-slip-pdf-saving = Saving the PDF…
directory-slip-pdf-saved = The PDF was saved here:
directory-slip-pdf-saved-reminder = Delete it from this computer once the client has it.

## The referral slip itself, for the client.
slip-title = A place where you can get help
slip-intro = Show this paper when you go there.
slip-address = Address
slip-hours = Opening hours
slip-phone = Phone
slip-bring = What to bring
slip-anonymous = You can come without giving your name.

## The native file choosers (asked for by the back end).
directory-choose-file-title = Choose a directory file to import (CSV or TOML)
directory-choose-save-title = Save the directory
directory-choose-save-accept = Save
