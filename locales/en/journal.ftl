# The decision journal (where the person places themselves on each pathway, session by session,
# and its charts) and the pathway information cards.
# These are the person's own placements: never a score, never a verdict.

## The decision journal in a session

journal-heading = Decision journal
journal-editor-heading = Where do you stand today?
journal-editor-intro = Ask the person where they stand on each path today. These are their own placements, in their own words — not a score and not a test, and they decide nothing. Any question can stay open.
journal-possible-question = How possible does this path seem to you?
journal-possible-low = not possible at all
journal-possible-high = very possible
journal-wanted-question = How much do you want it?
journal-wanted-low = not at all
journal-wanted-high = very much
# An end of a scale: its number and what it means, e.g. "0: not at all".
journal-scale-end = { $value }: { $label }
journal-clear = Leave open
journal-why-label = A word of why, in the person's own words (optional)
journal-last-time = Last time ({ $date }):
journal-last-possible = possible: { $value }
journal-last-wanted = wanted: { $value }
journal-last-none = Nothing said about this path in an earlier session.
journal-not-said = not said
journal-loading = Loading the journal…
journal-status-idle = Every answer is saved as soon as it is given.
journal-status-saving = Saving…
journal-status-saved = Saved
journal-status-failed = Not saved yet:
journal-retry = Try again

## The decision journal over time (client overview)

journal-view-intro = Where the person placed themselves on each path, session by session. These are their own placements — not a score — and nothing here decides for them.
journal-empty = Nothing placed yet. The chart appears once the person has placed themselves on a path during a session.
journal-chart-title = How possible each path seems and how much it is wanted, session by session
journal-chart-desc = Four small charts, one per path, over { $sessions ->
        [one] one session
       *[other] { $sessions } sessions
    }, oldest first. Each goes from 0 to 10. Solid line with circles: how possible the path seems. Dashed line with squares: how much the person wants it. A gap in a line means nothing was said in that session.
journal-legend-possible = How possible it seems (solid line, circles)
journal-legend-wanted = How much it is wanted (dashed line, squares)
journal-legend-scale = From 0 (bottom) to { $max } (top)
journal-table-caption = { $pathway }: placements per session
journal-table-session = Session
journal-table-possible = How possible
journal-table-wanted = How much wanted
journal-heatmap-title = { $exercise }: { $question }
journal-heatmap-when = As answered in the session of { $date }.
journal-heatmap-desc = A grid of { $rows } rows and { $columns } columns. Each cell holds the number the person chose, from 0 (light) to 10 (dark). A hatched cell with a dash was not answered.
journal-heatmap-end = { $value }: { $label }
journal-heatmap-empty-cell = not answered
journal-why-heading = Words of why
journal-why-pathway = { $pathway }:

## Pathway information cards

pathcard-heading = Information on the pathways
pathcard-intro = Plain information on each path, to read together at the person's own pace. Open a card to read it.
pathcard-loading = Loading the cards…
pathcard-none = No information cards are available.
pathcard-tracks = How much to read
pathcard-track-overview = Overview — for when you are still thinking
pathcard-track-details = Details — for when you have decided
pathcard-checked = Facts checked on { $date }
pathcard-sources = Sources:
# A source and its year, e.g. "KU Leuven study (2016)".
pathcard-source = { $source } ({ $year })
pathcard-outdated-label = Possibly out of date.
pathcard-outdated = These facts were last checked more than a year ago. Rules and amounts change: check them before relying on them.
pathcard-confirm = This is general information, not advice on your own situation. Always confirm it with a legal adviser or, for return, with a return partner.
pathcard-close = Close the card
