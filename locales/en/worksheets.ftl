# Worksheets: the exercises of a session, as the counsellor sees and runs them.
# The exercises' own texts are in exercises.ftl; these are the controls around them.

## Choosing an exercise in a session

worksheet-section-heading = Exercises
worksheet-section-hint = Choose an exercise to work through together with the person, in any order. The answers are saved in this session.
worksheet-loading = Loading…
worksheet-retry = Try again
worksheet-picker-empty = No exercise is available.
worksheet-start = Start
worksheet-continue = Continue
worksheet-activity =
    { $sessions ->
        [one] Worked on in one session, last on { $date }
       *[other] Worked on in { $sessions } sessions, last on { $date }
    }
worksheet-activity-none = Not done yet
worksheet-private-heading = For you only
worksheet-private-hint = Your own sheets: never shown to the person, and never in presentation-safe mode, on the second screen, in a booklet or in a course.
worksheet-problems-heading = Some exercises or information cards could not be used
worksheet-problems-hint = Avenir left them out; everything else works. Ask whoever maintains your organisation’s content to correct these files.

## An open exercise

worksheet-language-label = Language of the exercise
worksheet-close = Back to the session
worksheet-close-unsaved = Some answers could not be saved yet. They are still on screen: try again, or close without saving them.
worksheet-close-anyway = Close without saving
worksheet-status-saving = Saving…
worksheet-status-saved = Answers saved
worksheet-status-failed = Not saved yet:
worksheet-guide = Guide for the counsellor
worksheet-guide-aim = Aim
worksheet-guide-introduce = How to introduce it
worksheet-guide-avoid = When not to use it
worksheet-guide-group = Using it with a group
worksheet-visibility-when-raised = Only when the person has raised the subject themselves. A course never gives it to the whole group: at most as individual work on paper, which anyone may skip.
worksheet-private-note = For you only: this sheet is never shown to the person. It never goes on the second screen, in a booklet or in a course, and presentation-safe mode hides it.
worksheet-private-hidden = Nothing of this sheet is shown in presentation-safe mode: it is for the counsellor only.
worksheet-visibility-after-return-chosen = Offered only once the person has said themselves that they chose return (the latest decision recorded up to this session). A course never gives it to the whole group: at most as individual work on paper.
worksheet-history-toggle = Past answers ({ $count })
worksheet-history-session = Session of { $date }
worksheet-history-empty = No answer

## Answering

worksheet-text-left =
    { $count ->
        [0] No characters left
        [one] One character left
       *[other] { $count } characters left
    }
worksheet-remove = Remove
worksheet-scale-clear = Clear the answer
worksheet-cell-empty = –
worksheet-list-new = New item
worksheet-list-add = Add
worksheet-list-item = Item { $n }
worksheet-list-up = Move item { $n } up
worksheet-list-down = Move item { $n } down
worksheet-list-remove = Remove item { $n }
worksheet-list-full =
    { $max ->
        [one] The list is full: one item at most. Remove it to add another.
       *[other] The list is full: { $max } items at most. Remove one to add another.
    }
worksheet-timeline-add = Add an event
worksheet-timeline-empty = No event yet. Add the first one.
worksheet-timeline-event = Event { $n }
worksheet-timeline-when = When
worksheet-timeline-what = What happened
worksheet-timeline-tag = Kind
worksheet-timeline-no-tag = Not marked
worksheet-timeline-up = Move event { $n } up
worksheet-timeline-down = Move event { $n } down
worksheet-timeline-remove = Remove event { $n }
worksheet-timeline-full = The timeline is full: { $max } events at most.
worksheet-photos-empty = The client’s photo album has no photos yet.
worksheet-photos-choose = Choose up to { $max } photos from the album.
worksheet-photos-photo = Photo { $n }
worksheet-photos-photo-caption = Photo { $n }: { $caption }
worksheet-photos-count =
    { $count ->
        [one] One photo chosen
       *[other] { $count } photos chosen
    }
