## Sporen op de computer: waar een niet-versleuteld bestand terechtkomt, en wat afdrukken kan achterlaten.

# De titel en de bewaarknop van de kiezer.
booklet-pdf-choose-title = Het boekje bewaren (niet versleuteld)
booklet-pdf-choose-accept = Bewaren

# Voordat het herstelblad wordt afgedrukt.
recovery-print-warning-title = Voordat u afdrukt
recovery-print-warning = Een printer kan een kopie bewaren van wat hij afdrukt: de afdrukwachtrij van deze computer of van een netwerkprinter kan het blad opslaan, en iemand anders kan het uit de lade nemen. Gebruik zo mogelijk een printer die rechtstreeks op deze computer is aangesloten, en blijf erbij tot het blad eruit is.
recovery-print-confirm = Afdrukken
recovery-print-cancel = Annuleren
