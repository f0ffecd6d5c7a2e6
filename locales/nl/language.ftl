# De eigen naam van de taal, zoals in de taalkeuze.
language-name = Nederlands
