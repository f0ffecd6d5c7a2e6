# De tweetalige weergave van een gesprek met een tolk: elke tekst van een oefening in de taal van
# de persoon, met een tweede taal eronder (en ernaast op het tweede scherm).

bilingual-second-label = Tweede taal, eronder
bilingual-none = Geen
