# Group courses, the presenter and the projector window (the wall).
# A course records only anonymous facts: never a name. The "projector-wall-" messages are shown
# ON THE WALL, in the wall's languages; everything else is for the facilitator.

## The courses

courses-open = Group courses
courses-close = Back to the client files
courses-heading = Group courses
courses-loading = Loading the courses…
courses-retry = Try again
courses-new-heading = New course from a plan
courses-new-hint = A plan is a starting point: Avenir makes a copy that you can adapt freely.
courses-no-plans = No course plan is available.
courses-plan-days =
    { $days ->
        [one] One day
       *[other] { $days } days
    }
courses-new-from-plan = Use this plan
courses-list-heading = Your courses
courses-present-free = Present without a course
courses-empty = You have no course yet. Start from a plan above.
courses-no-date = No date yet
courses-participants-count =
    { $count ->
        [one] one participant
       *[other] { $count } participants
    }

## The course editor

courses-editor-heading = Course
courses-back = Back to the courses
courses-unsaved = This course has changes that are not saved yet.
courses-leave-anyway = Leave without saving
courses-anonymous = A course records only anonymous facts: a date, a place, how many took part and the languages used. Never write names here.
courses-title-label = Title
courses-date-label = Date
courses-place-label = Place
courses-place-hint = A place label such as “Antwerp, room 2” (at most 60 characters). No names of people.
courses-participants-label = Number of participants
courses-participants-hint = A number only; leave it empty if you do not know yet.
courses-languages-label = Languages used in the group
courses-languages-other-label = Other languages
courses-languages-other-hint = Language codes, separated by commas, for example: ti, ps, ru.
courses-order-heading = Running order
courses-order-hint = Each day is a series of blocks. Your notes on a block are only for you: they never appear on the wall.
courses-day = Day { $day }
courses-day-total = { $minutes } minutes in all
courses-day-add = Add a day
courses-day-remove = Remove this day
courses-kind-information = Information
courses-kind-exercise = Exercise
courses-kind-discussion = Discussion
courses-kind-break = Break
courses-kind-lunch = Lunch
courses-kind-interpreting = Interpreting time
courses-kind-guest = Guest
courses-kind-individual = On your own, on paper
courses-individual-hint = Opt-in: whoever wants to works alone and in silence on paper. Nobody shares what they wrote, and nothing is collected or saved.
courses-minutes = { $minutes } min
courses-block-kind = Kind
courses-block-content = Content
courses-block-cards = Pathway cards
courses-block-topics = Topics
courses-block-minutes = Minutes
courses-block-note = Your note
courses-block-note-hint = Only for you; never shown on the wall.
courses-block-up = Move up
courses-block-down = Move down
courses-block-remove = Remove
courses-block-add = Add a block
courses-invalid-title = Give the course a title (at most 100 characters).
courses-invalid-participants = The number of participants must be a whole number from 1 to 200, or empty.
courses-invalid-languages = Use language codes such as “fr” or “ti”, separated by commas (at most 12 languages).
courses-save = Save
courses-present = Present
courses-state-unsaved = Changes not saved yet
courses-state-saved = Saved
courses-delete = Delete the course
courses-delete-title = Delete this course?
courses-delete-warning = “{ $title }” and its running order will be erased from the vault. This cannot be undone.
courses-delete-confirm = Delete
courses-delete-cancel = Keep the course

## The presenter

presenter-eyebrow = Presenting
presenter-title-single = Show an exercise, a card or a topic
presenter-close = Stop presenting
presenter-blackout = Black out the wall (B)
presenter-blackout-on = Wall is black: show it again (B)
presenter-dark = The wall is black. What you see here is not shown until you lift the black-out.
presenter-languages = Languages on the wall
presenter-language-1 = First language
presenter-language-2 = Second language, side by side
presenter-language-none = None
presenter-order = Running order
presenter-track-label = Which part of the card
presenter-block-missing = This content is not available: the wall stays empty for this block.
presenter-single-label = What to show
presenter-single-none = Choose…
presenter-single-exercises = Exercises
presenter-single-cards = Pathway cards
presenter-single-topics = Topics
presenter-single-explorer = Support explorer
presenter-single-explorer-general = What exists on each pathway (general, no amounts)
presenter-single-show = Show
presenter-current = On the wall now
presenter-position = Slide { $n } of { $total }
presenter-nothing = Nothing chosen yet.
presenter-loading = Loading…
presenter-prev = Previous
presenter-next = Next
presenter-keys = Keys: Page Down or the right arrow for the next slide, Page Up or the left arrow for the previous one, B to black out.
presenter-timer-left = Time left
presenter-timer-over = Over time
presenter-timer-spent = Time spent
presenter-timer-pause = Pause
presenter-timer-resume = Resume
presenter-timer-reset = Restart
presenter-note = Your note
presenter-next-heading = Next
presenter-end = End of the running order.
presenter-show-pathways = Show the four paths
presenter-answers-heading = What the group says
presenter-answers-hint = Type what the group says, without names. These lines are only kept while this screen is open: they are never saved.
presenter-answers-input = A line from the group
presenter-answers-add = Add
presenter-answers-remove = Remove
presenter-answers-show = Show on the wall
presenter-answers-clear = Clear all
presenter-second-screen = Second screen
presenter-show-on-second-screen = Show on the second screen
presenter-stop-second-screen = Stop showing

## The projector window

projector-monitor-label = Display for the wall
projector-monitor-automatic = Automatic (a second display)
projector-monitor-option = { $name } ({ $width } × { $height })
projector-monitor-primary = { $name } ({ $width } × { $height }, this screen)
projector-open = Open on the wall
projector-close = Close the wall
projector-status-open = The wall is open on { $monitor }.
projector-status-closed = The wall is closed.

## Shown on the wall

projector-wall-break = Break
projector-wall-group = What the group says
projector-wall-lunch = Lunch break
projector-wall-interpreting = Time for interpreting. Feel free to ask for anything to be explained again.
projector-wall-individual = Time on your own. Write or draw on your sheet. Nobody has to show or say what they wrote.
projector-wall-guest = A guest is with us. You can ask questions, or just listen. You do not have to give your name.
