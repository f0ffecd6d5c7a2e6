# The date and time entry: the names of its fields (read out by screen readers), what each
# empty field shows, and what is said when the fields do not make a date.

date-entry-day = Day
date-entry-month = Month
date-entry-year = Year
date-entry-hour = Hour
date-entry-minute = Minutes
date-entry-period = AM or PM
date-entry-day-placeholder = dd
date-entry-month-placeholder = mm
date-entry-year-placeholder = yyyy
date-entry-hour-placeholder = hh
date-entry-minute-placeholder = mm
date-entry-period-placeholder = am
date-entry-incomplete = Fill in the whole date, or clear it. Until then the date saved before is kept.
date-entry-invalid = This date does not exist. Until it is corrected the date saved before is kept.
