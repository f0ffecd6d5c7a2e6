# The bilingual view of an interpreted session: each text of an exercise in the person's language,
# with a second language beneath it (and beside it on the second screen).

bilingual-second-label = Second language, beneath
bilingual-none = None
