# Read aloud: a button beside content texts (an exercise's title and questions, a pathway card,
# the wall's slide) reads them in their language with the computer's own offline voices. It reads
# content only, never answers or notes. Every button's name starts with "speech-read-aloud".
speech-read-aloud = Read aloud
speech-read-exercise = Read aloud: the title and introduction
speech-read-question = Read aloud: the question
speech-read-card = Read aloud: the card
speech-read-slide = Read aloud: the slide ({ $language })
speech-no-voice = This computer has no voice for this language: { $language }. Nothing was read aloud.
speech-no-voices = This computer has no voices at all.
speech-voice-label = Read with another voice
speech-voice-hint = A voice of another language pronounces the words as in its own language.
speech-voice-option = { $name } ({ $language })
speech-voice-use = Read with this voice
speech-voice-cancel = Cancel
speech-unavailable = Reading aloud is not available: the computer’s speech service could not be reached.
speech-voice-gone = The chosen voice is no longer there. Choose another one.
speech-failed = The text could not be read aloud.
