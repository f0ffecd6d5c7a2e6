# The photo album of a client and the booklet printed from it.
# Most messages are the counsellor's controls. Shown or printed for the person, in their language:
# album-category-*, album-message-*, album-photo-alt and booklet-scale-value.

## On the client overview

album-overview-heading = Photo album
album-overview-hint = People met, places, work done, training followed, skills learned, messages from friends: what the person built here, to keep, wherever the future lies.
album-open = Open the photo album

## The album

album-heading = Photo album
album-intro = Pages of photos and words, in the order the person chooses.
album-back = Back to the client
album-loading = Loading…
album-retry = Try again
album-empty = The album is still empty. Add photos, or a page with only words: a skill learned, a certificate, a message.
album-empty-presenting = The album is still empty.
album-add-photos = Add photos…
album-add-text-page = Add a page without photos
album-drop-hint = You can also drag photos from a folder onto the album. Each photo becomes a page.
album-drop-here = Drop the photos here
album-privacy = Photos are kept encrypted in the vault, without their file name, place or camera details. Faces can put people in danger: add a photo only with the agreement of the people on it.
album-booklet-open = Make a booklet…
album-page-number = Page { $n } of { $count }

## Kinds of page (shown to the person)

album-category-label = Kind of page
album-category-people = People
album-category-places = Places
album-category-work = Work
album-category-learning = Training
album-category-skills = Skills
album-category-moments = Moments

## A page (shown to the person)

# $n: the photo's place on the page, $count: how many photos the page has.
album-photo-alt = Photo { $n } of { $count }
album-photo-hidden = Photo hidden (presentation-safe mode)
album-message-from = A message from { $from }:
album-message-anonymous = A message:

## The counsellor's controls of a page

album-page-edit = Edit
album-page-up = Move the page up
album-page-down = Move the page down
album-page-delete = Delete the page

## Editing a page

album-editor-new = New page
album-editor-heading = Edit page { $n }
album-caption-label = Caption, in the person’s words
album-message-legend = A message from someone (optional)
album-message-hint = Words written or dictated by a friend, a colleague, a teacher…
album-message-from-label = From
album-message-text-label = Message
album-editor-photos = Photos on this page ({ $count } of { $max })
album-editor-no-photos = No photo: a page with words only.
album-editor-add-photos = Add photos to this page…
album-editor-drop-hint = or drag them onto this page.
album-editor-full = A page holds at most { $max } photos.
album-photo-earlier = Move photo { $n } earlier
album-photo-later = Move photo { $n } later
album-photo-remove = Take off this page
album-photo-erase = Erase the photo
album-page-save = Save the page
album-page-cancel = Cancel
album-saving = Saving…

## Photos on no page

album-loose-heading = Photos on no page
album-loose-hint = These photos are in the vault but on no page of the album. Make a page of them, or erase them.
album-loose-alt = Photo { $n } of { $count } on no page
album-loose-new-page = Make a page of it
album-loose-add-to-page = Add to the page being edited

## Importing photos (never by file name: by number)

album-import-progress = Adding photo { $n } of { $total }…
album-import-cancel = Stop after this photo
album-import-stopping = Stopping after this photo…
album-import-done =
    { $count ->
        [0] No photo was added.
        [one] One photo was added.
       *[other] { $count } photos were added.
    }
album-import-stopped =
    { $count ->
        [0] Stopped: no photo of the { $total } was added.
        [one] Stopped: one photo of the { $total } was added.
       *[other] Stopped: { $count } photos of the { $total } were added.
    }
album-import-errors = Some photos could not be added. The others were.
album-import-error = Photo { $n } of { $total }: { $error }
album-import-not-photo = This file is not a photo Avenir can read (JPEG, PNG or WebP).
album-import-left-out =
    { $count ->
        [one] A page holds at most { $max } photos: one photo was left out.
       *[other] A page holds at most { $max } photos: { $count } photos were left out.
    }

## Erasing

album-erase-page-title = Delete this page?
album-erase-page-warning = The page is erased from the vault, and so are its photos that are on no other page. This cannot be undone.
album-erase-photo-title = Erase this photo?
album-erase-photo-warning = The photo is erased from the vault and from every page it is on. This cannot be undone.
album-erase-confirm = Erase
album-erase-cancel = Keep it

## The booklet: what goes in it

booklet-heading = Booklet to keep, wherever the future lies
booklet-intro = Choose together with the person what goes in the booklet. Only what is chosen here is printed: never notes, summaries, session dates or the client code.
booklet-back = Back to the album
booklet-title-label = Title on the cover
booklet-title-hint = The person chooses it, in their own words. Leave out names and anything that could identify them.
booklet-language-label = Language of the booklet
booklet-paper-legend = Paper
booklet-paper-a4 = A4
booklet-paper-a5 = A5 (half of A4)
booklet-pages-legend = Pages of the album
booklet-pages-none = The album has no pages yet.
booklet-pages-all = Choose all
booklet-pages-clear = Choose none
booklet-page-choice = Page { $n }: { $category }
booklet-exercises-legend = Answers from exercises (optional)
booklet-exercises-hint = The latest answers of the chosen exercises are printed, with their questions.
booklet-sensitive-warning = Answers about why the person left their country, or about their fears, can put them in danger: the booklet may be carried across a border or read by others at home. Choose together with the person which answers go in, and leave out anything that could harm them.
booklet-exercises-none = No exercise is available.
booklet-exercise-empty = No answers yet: nothing of it is printed.
booklet-preview-heading = Preview: this is what is printed

## The booklet: printing and the PDF file

booklet-print = Print…
booklet-save-pdf = Save as PDF…
booklet-pdf-warning-title = The PDF file is not encrypted
booklet-pdf-warning = Anyone who can use this computer can open the PDF file and see the photos in it. Give the file to the person (on their phone or a USB stick), then delete it from this computer.
booklet-pdf-confirm = Save the PDF
booklet-pdf-cancel = Cancel
booklet-pdf-saving = Saving the PDF…
booklet-pdf-saved = The PDF was saved here:
booklet-pdf-saved-reminder = Delete it from this computer once the person has it.

## The booklet: printed for the person

# An answer on a scale from 0 to 10.
booklet-scale-value = { $value } out of 10

# The booklet's PDF: shown in the warning, before the chooser opens.
booklet-pdf-where = Next, choose where to save it. A USB stick is best. Avoid Documents, the Desktop and folders that synchronise (Dropbox, Nextcloud, OneDrive): search tools and the cloud keep their own copies.
