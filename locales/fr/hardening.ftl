# Protection au démarrage : le message affiché (dans le terminal, avant qu'une fenêtre ne s'ouvre)
# quand une version de production refuse de démarrer.

hardening-inspector-refused = Avenir ne démarre pas tant que { $variable } est défini : un autre programme pourrait regarder dans les fenêtres d’Avenir. Supprimez { $variable } et relancez Avenir.

# avenir-bench vault : le coût de la protection mémoire de SQLCipher (effacer chaque tampon libéré).
hardening-bench-memory-security = Avec la protection mémoire de SQLCipher activée (comme dans l’app), le stockage atteint { $write_ratio } en écriture et { $read_ratio } en lecture de son débit sans elle.
