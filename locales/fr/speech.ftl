# Lecture à voix haute : un bouton à côté des textes du contenu (le titre et les questions d’un
# exercice, une fiche sur une piste, la diapositive du mur) les lit dans leur langue avec les voix
# hors ligne de l’ordinateur. Il ne lit que le contenu, jamais les réponses ni les notes. Le nom
# de chaque bouton commence par « speech-read-aloud ».
speech-read-aloud = Lire à voix haute
speech-read-exercise = Lire à voix haute : le titre et l’introduction
speech-read-question = Lire à voix haute : la question
speech-read-card = Lire à voix haute : la fiche
speech-read-slide = Lire à voix haute : la diapositive ({ $language })
speech-no-voice = Cet ordinateur n’a pas de voix pour cette langue : { $language }. Rien n’a été lu.
speech-no-voices = Cet ordinateur n’a aucune voix.
speech-voice-label = Lire avec une autre voix
speech-voice-hint = Une voix d’une autre langue prononce les mots comme dans sa propre langue.
speech-voice-option = { $name } ({ $language })
speech-voice-use = Lire avec cette voix
speech-voice-cancel = Annuler
speech-unavailable = La lecture à voix haute n’est pas disponible : le service vocal de l’ordinateur est injoignable.
speech-voice-gone = La voix choisie n’est plus là. Choisissez-en une autre.
speech-failed = Le texte n’a pas pu être lu à voix haute.
