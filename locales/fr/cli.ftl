# Sortie d’avenir-cli.
cli-bench-startup-result = Démarrage jusqu’au premier écran : { $startup_ms } ms (fenêtre Tauri minimale : { $baseline_startup_ms } ms), rapport { $startup_ratio }. Mémoire des processus au repos : { $rss_mb } Mo (fenêtre minimale : { $baseline_rss_mb } Mo), rapport { $rss_ratio }.
cli-error-binary-missing = { $path } n’existe pas. Construisez-le d’abord avec « make build ».
cli-error-display = Impossible de démarrer un écran virtuel (Xvfb) : { $detail }
cli-error-spawn = Impossible de démarrer { $path } : { $detail }
cli-error-no-first-screen = { $path } n’a affiché aucun premier écran en { $seconds } secondes.
cli-error-io = Erreur d’entrée/sortie : { $detail }
