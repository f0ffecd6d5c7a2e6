# Start-up hardening: the message printed (on the terminal, before any window opens) when a
# production build refuses to start.

hardening-inspector-refused = Avenir will not start while { $variable } is set: it would let another program look inside Avenir's windows. Unset { $variable } and start Avenir again.

# avenir-bench vault: the cost of SQLCipher's memory security (wiping every freed buffer).
hardening-bench-memory-security = With SQLCipher's memory security on (as in the app), storage runs at write { $write_ratio }, read { $read_ratio } of its throughput without it.
