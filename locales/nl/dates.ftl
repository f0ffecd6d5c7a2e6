# Het invoerveld voor datum en tijd: de namen van de vakjes (voorgelezen door een
# schermlezer), wat een leeg vakje toont, en wat er verschijnt als de vakjes geen datum vormen.

date-entry-day = Dag
date-entry-month = Maand
date-entry-year = Jaar
date-entry-hour = Uur
date-entry-minute = Minuten
date-entry-period = AM of PM
date-entry-day-placeholder = dd
date-entry-month-placeholder = mm
date-entry-year-placeholder = jjjj
date-entry-hour-placeholder = uu
date-entry-minute-placeholder = mm
date-entry-period-placeholder = am
date-entry-incomplete = Vul de hele datum in, of maak alle vakjes leeg. Tot dan blijft de eerder bewaarde datum staan.
date-entry-invalid = Deze datum bestaat niet. Tot hij verbeterd is, blijft de eerder bewaarde datum staan.
