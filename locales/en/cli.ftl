# avenir-cli output.
cli-bench-startup-result = Start-up until the first screen: { $startup_ms } ms (minimal Tauri window: { $baseline_startup_ms } ms), ratio { $startup_ratio }. Memory of the idle process tree: { $rss_mb } MB (minimal window: { $baseline_rss_mb } MB), ratio { $rss_ratio }.
cli-error-binary-missing = { $path } does not exist. Build it first with “make build”.
cli-error-display = Could not start a virtual display (Xvfb): { $detail }
cli-error-spawn = Could not start { $path }: { $detail }
cli-error-no-first-screen = { $path } did not show its first screen within { $seconds } seconds.
cli-error-io = Input/output error: { $detail }
