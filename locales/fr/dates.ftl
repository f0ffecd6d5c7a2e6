# La saisie de la date et de l’heure : le nom de chaque case (lu par un lecteur d’écran), ce
# qu’affiche une case vide, et ce qui est dit quand les cases ne forment pas une date.

date-entry-day = Jour
date-entry-month = Mois
date-entry-year = Année
date-entry-hour = Heure
date-entry-minute = Minutes
date-entry-period = AM ou PM
date-entry-day-placeholder = jj
date-entry-month-placeholder = mm
date-entry-year-placeholder = aaaa
date-entry-hour-placeholder = hh
date-entry-minute-placeholder = mm
date-entry-period-placeholder = am
date-entry-incomplete = Complétez la date, ou videz toutes les cases. D’ici là, la date enregistrée auparavant est gardée.
date-entry-invalid = Cette date n’existe pas. Tant qu’elle n’est pas corrigée, la date enregistrée auparavant est gardée.
