# Client files: the list, the form, the overview, sessions and presentation-safe mode.
# Client files are pseudonymous: a code or nickname, never a real name.

## Presentation-safe mode

clients-presentation-toggle = Presentation-safe mode (F9)
clients-presentation-banner = Presentation-safe mode is on. Notes, private details and other clients are hidden. Press F9 or the button to show them again.
clients-presentation-empty = Nothing private is shown in presentation-safe mode. Turn it off to choose a client.

## Client list

clients-list-heading = Clients
clients-new = New client
clients-loading = Loading…
clients-filter-label = Show
clients-filter-all = All clients
clients-filter-due-this-week = Follow-up due this week
clients-filter-not-seen-3-months = Not seen for 3 months
clients-filter-due-for-review = File due for review
clients-sort-label = Sort by
clients-sort-code = Code
clients-sort-next-follow-up = Next follow-up
clients-sort-last-session = Last session
clients-row-last-session = Last session: { $date }
clients-row-no-session = No session yet
clients-row-next-follow-up = Next follow-up: { $date }
clients-row-no-follow-up = No follow-up planned
clients-list-empty = There are no client files yet. Create the first one with “New client”.
clients-list-empty-filter = No client matches this choice.

## Search

clients-search-label = Search all client files
clients-search-hint = Type at least two characters. Avenir searches codes, notes and session summaries.
clients-search-results = Search results
clients-search-count =
    { $count ->
        [0] Nothing found.
        [one] One result.
       *[other] { $count } results.
    }
clients-search-field-code = Code
clients-search-field-summary = Session summary
clients-search-field-notes = Private session notes
clients-search-field-client-notes = Notes of the file
clients-search-session = Session of { $date }

## Client form

clients-form-new-heading = New client
clients-form-edit-heading = Edit the client file
clients-privacy-hint = Never write a real name, ID number, address or phone number in a client file. A code or nickname is enough.
clients-code-label = Code
clients-code-hint = A code or nickname that you agree on with the person.
clients-code-suggest = Suggest another code
clients-languages-label = Languages spoken
clients-languages-hint = Separate the languages with commas, for example: Arabic, French.
clients-preferred-language-label = Language of the material given to the person
clients-preferred-language-none = Not chosen
clients-optional-heading = Optional information
clients-optional-hint = Fill in only what the person is comfortable sharing and what helps the accompaniment. Everything in this section can stay empty.
clients-country-label = Country of origin
clients-arrival-label = Year of arrival in Belgium
clients-household-legend = Household
clients-adults-label = Adults
clients-children-label = Children
clients-school-label = Children at school
clients-residence-label = Residence situation
clients-residence-hint = Tick every situation that applies.
clients-not-recorded = Not recorded
clients-residence-asylum-ongoing = Asylum application in progress
clients-residence-asylum-refused = Asylum application refused
clients-residence-regularisation-pending = Regularisation application pending
clients-residence-order-to-leave = Order to leave the territory
clients-residence-never-applied = Never applied for a residence permit
clients-residence-overstayed-visa = Stayed longer than the visa allowed
clients-residence-medical-pending = Medical regularisation application pending (9ter)
clients-residence-appeal-pending = Appeal pending
clients-residence-dublin = Dublin procedure
clients-residence-temporary-protection = Temporary protection
clients-residence-other = Another situation
clients-health-label = Health concerns
clients-health-yes = Yes
clients-health-no = No
clients-notes-label = Notes
clients-consent-heading = Consent
clients-consent-given = The person agreed that notes are kept
clients-consent-date = Date of the agreement
clients-consent-explained = What was explained
clients-consent-language = Language in which it was explained
clients-review-label = Review date
clients-review-hint = On this date, check with the person whether the file is still needed.
clients-save = Save
clients-saving = Saving…
clients-cancel = Cancel

## Identifier warning

clients-identifier-warning = Some of the text looks like details that could identify someone:
clients-identifier-phone = a phone number
clients-identifier-email = an e-mail address
clients-identifier-national-number = a national register number
clients-identifier-advice = Client files stay pseudonymous: please check the text and remove such details. You can still save.
clients-identifier-dismiss = I understand

## Client overview

clients-overview-heading = Overview
clients-overview-code = Code
clients-back-to-list = Back to the list
clients-edit = Edit
clients-session-new = New session
clients-delete = Delete the client file
clients-facts-heading = Key facts
clients-fact-languages = Languages
clients-fact-preferred-language = Language of the material
clients-fact-consent = Consent
clients-fact-consent-given = Given on { $date }
clients-follow-up-heading = Next follow-up
clients-follow-up-due = Follow-up due on { $date }
clients-follow-up-none = No follow-up planned.
clients-steps-heading = Open next steps
clients-steps-empty = There are no open next steps.
clients-sessions-heading = Sessions
clients-sessions-empty = There are no sessions yet.
clients-session-open = Open this session
clients-session-minutes = { $minutes } min
clients-session-pathways = Pathways discussed:
clients-session-no-pathways = No pathway discussed
clients-decision-mark = Own decision: { $decision }

## Deleting a client

clients-delete-title = Delete this client file?
clients-delete-warning = Everything about this person will be erased: the file, all sessions, notes and next steps. It cannot be recovered.
clients-delete-yes = Erase everything
clients-delete-no = Keep the file

## The four pathways

clients-pathways-heading = Possible paths
clients-pathways-intro = There are several possible paths. We can look at each of them together, at your own pace.
clients-pathway-legalise = Legalising the stay
clients-pathway-legalise-about = Looking for a way to get a right to stay in Belgium.
clients-pathway-onward = Moving on
clients-pathway-onward-about = Continuing the journey to another country.
clients-pathway-return = Return
clients-pathway-return-about = Going back to the country of origin.
clients-pathway-undocumented = Staying without papers
clients-pathway-undocumented-about = Staying in Belgium without a residence permit for now.

## Session editor

clients-session-new-heading = New session
clients-session-edit-heading = Session
clients-session-creating = Creating the session…
clients-session-started = Date and time
clients-session-duration = Duration in minutes
clients-session-kind = Kind of session
clients-kind-individual = Individual conversation
clients-kind-interpreter = With an interpreter
clients-kind-phone = By phone
clients-kind-group = Group session
clients-session-pathways-legend = Pathways discussed
clients-decision-label = The person’s own decision (only if they said it)
clients-decision-hint = Record it only when the person says it themselves. The latest decision recorded up to a session holds in it: the reintegration plan is offered once it is return.
clients-decision-none = Not said in this session
clients-decision-open = Weighing again
clients-session-summary = Summary
clients-session-summary-hint = What was discussed, in a few words.
clients-session-notes = Private notes
clients-session-notes-hint = For you only. They are hidden in presentation-safe mode.
clients-next-steps-heading = Next steps
clients-next-step-label = New next step
clients-next-step-add = Add
clients-next-step-done = Done
clients-session-follow-up = Follow-up date
clients-autosave-saved = Saved
clients-autosave-saving = Saving…
clients-autosave-failed = Not saved yet:
clients-undo = Undo the last change
clients-session-close = Back to the overview
