# La vue bilingue d’un entretien avec interprète : chaque texte d’un exercice dans la langue de la
# personne, avec une deuxième langue en dessous (et à côté sur le deuxième écran).

bilingual-second-label = Deuxième langue, en dessous
bilingual-none = Aucune
