# Voorlezen: een knop naast de teksten van de inhoud (de titel en de vragen van een oefening, een kaart
# over een weg, de dia op de muur) leest ze voor in hun taal, met de offline stemmen van de
# computer. Hij leest alleen inhoud voor, nooit antwoorden of notities. De naam van elke knop
# begint met "speech-read-aloud".
speech-read-aloud = Voorlezen
speech-read-exercise = Voorlezen: de titel en de inleiding
speech-read-question = Voorlezen: de vraag
speech-read-card = Voorlezen: de kaart
speech-read-slide = Voorlezen: de dia ({ $language })
speech-no-voice = Deze computer heeft geen stem voor deze taal: { $language }. Er is niets voorgelezen.
speech-no-voices = Deze computer heeft helemaal geen stemmen.
speech-voice-label = Voorlezen met een andere stem
speech-voice-hint = Een stem van een andere taal spreekt de woorden uit zoals in die taal.
speech-voice-option = { $name } ({ $language })
speech-voice-use = Met deze stem voorlezen
speech-voice-cancel = Annuleren
speech-unavailable = Voorlezen is niet beschikbaar: de spraakdienst van de computer is niet bereikbaar.
speech-voice-gone = De gekozen stem is er niet meer. Kies een andere.
speech-failed = De tekst kon niet worden voorgelezen.
