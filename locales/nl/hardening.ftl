# Beveiliging bij het opstarten: de melding (in de terminal, voordat er een venster opent) wanneer
# een productieversie weigert te starten.

hardening-inspector-refused = Avenir start niet zolang { $variable } ingesteld is: daarmee zou een ander programma in de vensters van Avenir kunnen kijken. Verwijder { $variable } en start Avenir opnieuw.

# avenir-bench vault: wat de geheugenbeveiliging van SQLCipher kost (elke vrijgegeven buffer wissen).
hardening-bench-memory-security = Met de geheugenbeveiliging van SQLCipher aan (zoals in de app) haalt de opslag bij schrijven { $write_ratio } en bij lezen { $read_ratio } van de doorvoer zonder.
