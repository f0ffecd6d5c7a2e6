//! Memory of a whole process tree (an app and the WebKit processes it starts), from `/proc`.

/// Resident and proportional set sizes of a process tree, in KiB.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TreeMemory {
    pub rss_kib: u64,
    pub pss_kib: u64,
    pub processes: usize,
}

/// The process `root` and all its descendants.
#[cfg(target_os = "linux")]
pub fn descendants_and_self(root: u32) -> Vec<u32> {
    let mut parent_of = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for e in entries.flatten() {
            let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else {
                continue;
            };
            if let Some(ppid) = std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .ok()
                .and_then(|s| parent_pid(&s))
            {
                parent_of.push((pid, ppid));
            }
        }
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let p = tree[i];
        tree.extend(parent_of.iter().filter(|(_, pp)| *pp == p).map(|(c, _)| *c));
        i += 1;
    }
    tree
}

#[cfg(target_os = "linux")]
pub fn tree_memory(root: u32) -> TreeMemory {
    let mut m = TreeMemory::default();
    for pid in descendants_and_self(root) {
        let Ok(rollup) = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")) else {
            continue;
        };
        m.rss_kib += field_kib(&rollup, "Rss:").unwrap_or(0);
        m.pss_kib += field_kib(&rollup, "Pss:").unwrap_or(0);
        m.processes += 1;
    }
    m
}

#[cfg(not(target_os = "linux"))]
pub fn descendants_and_self(root: u32) -> Vec<u32> {
    vec![root]
}

/// Not measured outside Linux (the benchmark is run on the Debian build machine).
#[cfg(not(target_os = "linux"))]
pub fn tree_memory(_root: u32) -> TreeMemory {
    TreeMemory::default()
}

/// The parent pid from `/proc/PID/stat`; the command name may contain spaces and parentheses,
/// so the fields are read after its last `)`.
fn parent_pid(stat: &str) -> Option<u32> {
    let rest = &stat[stat.rfind(')')? + 1..];
    rest.split_whitespace().nth(1)?.parse().ok()
}

fn field_kib(text: &str, name: &str) -> Option<u64> {
    let line = text.lines().find(|l| l.starts_with(name))?;
    line[name.len()..].split_whitespace().next()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parent_pid_survives_odd_command_names() {
        assert_eq!(
            parent_pid("1234 (Web Content (x)) S 77 1234 1234 0"),
            Some(77)
        );
        assert_eq!(parent_pid("garbage"), None);
    }

    #[test]
    fn rollup_fields_are_read_in_kib() {
        let text = "55d0-7ff [rollup]\nRss:              150228 kB\nPss:               80123 kB\n";
        assert_eq!(field_kib(text, "Rss:"), Some(150228));
        assert_eq!(field_kib(text, "Pss:"), Some(80123));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_child_process_is_counted_in_the_tree() {
        let mut child = std::process::Command::new("sleep")
            .arg("5")
            .spawn()
            .unwrap();
        let me = std::process::id();
        let tree = descendants_and_self(me);
        assert!(tree.contains(&child.id()), "{tree:?}");
        let m = tree_memory(me);
        assert!(m.processes >= 2 && m.rss_kib > 0 && m.pss_kib > 0, "{m:?}");
        child.kill().unwrap();
        child.wait().unwrap();
    }
}
