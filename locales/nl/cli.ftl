# Uitvoer van avenir-cli.
cli-bench-startup-result = Opstarten tot het eerste scherm: { $startup_ms } ms (minimaal Tauri-venster: { $baseline_startup_ms } ms), verhouding { $startup_ratio }. Geheugen van de processen in rust: { $rss_mb } MB (minimaal venster: { $baseline_rss_mb } MB), verhouding { $rss_ratio }.
cli-error-binary-missing = { $path } bestaat niet. Bouw het eerst met “make build”.
cli-error-display = Kon geen virtueel scherm (Xvfb) starten: { $detail }
cli-error-spawn = Kon { $path } niet starten: { $detail }
cli-error-no-first-screen = { $path } toonde binnen { $seconds } seconden geen eerste scherm.
cli-error-io = In- of uitvoerfout: { $detail }
