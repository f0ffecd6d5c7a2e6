//! Portability guard: a Linux-only call (`/proc`, `libc`, WebKitGTK, D-Bus…) must sit behind a
//! platform guard, so that the Windows and macOS builds (PACKAGING.md) still compile and behave.
//!
//! Scanned: every `.rs` file under `src-tauri/*/src` and `tests/src`. A marker line is allowed when
//!
//! 1. it lies inside an item (fn, mod, impl, block, statement) annotated with
//!    `#[cfg(target_os = "linux")]`, `#[cfg(unix)]` or `#[cfg(all(…))]` naming one of those
//!    (without `not(`), or inside the block of an `if cfg!(target_os = "linux")` (without `||`),
//!    or under an inner `#![cfg(…)]` of that kind;
//! 2. or its whole file is a module whose `mod x;` declaration in the parent file is guarded so
//!    (or whose parent file is itself exempt);
//! 3. or its file is test support (under `tests/src` or `src-tauri/testkit/src`) whose FIRST line
//!    is a comment containing `Linux only`: such a file says so where every reader sees it.
//!
//! The scanner is deliberately simple: comments are dropped, braces inside string and char
//! literals are ignored, and after a guarding attribute the next item — up to its closing `}`, or
//! its `;` — is guarded. It works line by line: a line is guarded if a guard is open anywhere on it.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

/// Calls and paths that exist only on Linux (or only on Unix).
const MARKERS: [&str; 11] = [
    "\"/proc/",
    "std::os::unix",
    "std::os::linux",
    "libc::",
    "webkit2gtk::",
    "gtk::",
    "rustix::",
    "zbus::",
    "CLOCK_BOOTTIME",
    "xdg-open",
    "/dev/shm",
];
/// Test-support source folders whose files may declare themselves Linux only (rule 3).
const TEST_SUPPORT: [&str; 2] = ["tests/src", "src-tauri/testkit/src"];
const LINUX_ONLY_NOTE: &str = "Linux only";
/// The words that make a `cfg(…)` predicate platform-specific (for the PACKAGING.md list).
const PLATFORM_WORDS: [&str; 4] = ["target_os", "target_family", "unix", "windows"];

fn repo_root() -> PathBuf {
    let testkit = Path::new(env!("CARGO_MANIFEST_DIR")); // src-tauri/testkit
    testkit.parent().and_then(Path::parent).unwrap().to_owned()
}

// ---- Lexing: comments out, literals marked -------------------------------------------------

/// One source line without comments, in two views: `code` keeps literals (a marker such as
/// `"/proc/` is found inside a string), `shape` blanks the punctuation inside literals so the
/// brace counter and the attribute reader see only real code.
#[derive(Default)]
struct Stripped {
    code: String,
    shape: String,
}

impl Stripped {
    fn push(&mut self, ch: char, in_literal: bool) {
        self.code.push(ch);
        let blank = in_literal && "{}()[];".contains(ch);
        self.shape.push(if blank { ' ' } else { ch });
    }
}

/// Where the lexer is when a line ends: block comments and strings may span lines.
#[derive(Clone, Copy)]
enum Lex {
    Code,
    Block(u32),
    Str,
    Raw(usize),
}

/// `r"`, `r#"`, `r##"`…: the number of `#` of a raw string starting at `ch`.
fn raw_string_hashes(ch: char, rest: &[char]) -> Option<usize> {
    let hashes = rest.iter().take_while(|&&c| c == '#').count();
    (ch == 'r' && rest.get(hashes) == Some(&'"')).then_some(hashes)
}

/// The index of the quote closing a char literal opened at `i`; `i` itself for a lifetime.
fn char_literal_end(c: &[char], i: usize) -> usize {
    match (c.get(i + 1), c.get(i + 2)) {
        (Some('\\'), _) => (i + 3..c.len()).find(|&k| c[k] == '\'').unwrap_or(i),
        (Some(_), Some('\'')) => i + 2,
        _ => i,
    }
}

fn strip(source: &str) -> Vec<Stripped> {
    let mut lex = Lex::Code;
    let mut lines = Vec::new();
    for raw in source.lines() {
        let c: Vec<char> = raw.chars().collect();
        let mut out = Stripped::default();
        let mut i = 0;
        while i < c.len() {
            let (ch, next) = (c[i], c.get(i + 1).copied());
            match lex {
                Lex::Block(n) if ch == '*' && next == Some('/') => {
                    lex = if n == 1 { Lex::Code } else { Lex::Block(n - 1) };
                    i += 1;
                }
                Lex::Block(n) if ch == '/' && next == Some('*') => {
                    lex = Lex::Block(n + 1);
                    i += 1;
                }
                Lex::Block(_) => {}
                Lex::Str if ch == '\\' => {
                    out.push(ch, true);
                    if let Some(escaped) = next {
                        out.push(escaped, true);
                        i += 1;
                    }
                }
                Lex::Str if ch == '"' => {
                    out.push(ch, false);
                    lex = Lex::Code;
                }
                Lex::Raw(h)
                    if ch == '"' && c[i + 1..].iter().take_while(|&&x| x == '#').count() >= h =>
                {
                    out.push(ch, false);
                    (0..h).for_each(|_| out.push('#', false));
                    i += h;
                    lex = Lex::Code;
                }
                Lex::Str | Lex::Raw(_) => out.push(ch, true),
                Lex::Code => {
                    if ch == '/' && next == Some('/') {
                        break; // a line or doc comment: the rest of the line is not code
                    } else if ch == '/' && next == Some('*') {
                        lex = Lex::Block(1);
                        i += 1;
                    } else if ch == '"' {
                        out.push(ch, false);
                        lex = Lex::Str;
                    } else if let Some(h) = raw_string_hashes(ch, &c[i + 1..]) {
                        (0..=h).for_each(|k| out.push(if k == 0 { 'r' } else { '#' }, false));
                        out.push('"', false);
                        i += h + 1;
                        lex = Lex::Raw(h);
                    } else if ch == '\'' {
                        let end = char_literal_end(&c, i);
                        (i..=end).for_each(|k| out.push(c[k], k != i && k != end));
                        i = end;
                    } else {
                        out.push(ch, false);
                    }
                }
            }
            i += 1;
        }
        lines.push(out);
    }
    lines
}

// ---- Guards ------------------------------------------------------------------------------

/// The text inside the parenthesis opened just before `s`, if it closes on this line.
fn balanced(s: &str) -> Option<&str> {
    let mut depth = 1;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 1 => return Some(&s[..i]),
            ')' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// `unix`, `target_os = "linux"`, or `all(…)` naming one of them without any `not(`.
fn linux_predicate(predicate: &str) -> bool {
    let p: String = predicate.chars().filter(|c| !c.is_whitespace()).collect();
    let linux = |t: &str| t == "unix" || t == "target_os=\"linux\"";
    linux(p.as_str())
        || (p.starts_with("all(") && !p.contains("not(") && p.split([',', '(', ')']).any(linux))
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Guard {
    /// `#[cfg(…)]` or `if cfg!(…)`: guards the next item or block.
    Next,
    /// `#![cfg(…)]`: guards the enclosing block, or the whole file at the top level.
    Enclosing,
}

/// The Linux guard this (stripped) line opens, if any.
fn linux_guard(shape: &str) -> Option<Guard> {
    let openers = [
        ("#![cfg(", Guard::Enclosing),
        ("#[cfg(", Guard::Next),
        ("if cfg!(", Guard::Next),
    ];
    for (opener, guard) in openers {
        let Some(at) = shape.find(opener) else {
            continue;
        };
        let rest = &shape[at + opener.len()..];
        let Some(predicate) = balanced(rest) else {
            continue;
        };
        // `if cfg!(target_os = "linux") || other {` runs elsewhere too: not a guard.
        let widened = opener.starts_with("if") && rest[predicate.len()..].contains("||");
        if linux_predicate(predicate) && !widened {
            return Some(guard);
        }
    }
    None
}

struct Line {
    guarded: bool,
    code: String,
}

/// Every line of `source`, with whether a Linux guard covers it.
fn scan(source: &str) -> Vec<Line> {
    let (mut depth, mut nesting) = (0i64, 0i64); // `{}` depth; `()`/`[]` depth
    let mut guards: Vec<i64> = Vec::new(); // the depth each open guarded block started at
    let mut pending: Option<(i64, i64)> = None; // a guard seen, its item not yet opened or ended
    let mut whole_file = false;
    let mut lines = Vec::new();
    for Stripped { code, shape } in strip(source) {
        let mut guarded = whole_file || !guards.is_empty() || pending.is_some();
        if let Some(guard) = linux_guard(&shape) {
            guarded = true;
            match guard {
                Guard::Enclosing if depth == 0 => whole_file = true,
                Guard::Enclosing => guards.push(depth - 1),
                Guard::Next => pending = Some((depth, nesting)),
            }
        }
        for c in shape.chars() {
            match c {
                '{' => {
                    if pending.take().is_some() {
                        guards.push(depth);
                    }
                    depth += 1;
                }
                '}' => {
                    depth -= 1;
                    if guards.last() == Some(&depth) {
                        guards.pop();
                    }
                    if pending.is_some_and(|(d, _)| depth < d) {
                        pending = None; // the guarded field or arm ended with its container
                    }
                }
                '(' | '[' => nesting += 1,
                ')' | ']' => nesting -= 1,
                ';' if pending == Some((depth, nesting)) => pending = None,
                _ => {}
            }
        }
        lines.push(Line { guarded, code });
    }
    lines
}

/// The markers of `source` outside any guard: (1-based line, marker).
fn unguarded(source: &str) -> Vec<(usize, &'static str)> {
    let mut hits = Vec::new();
    for (n, line) in scan(source).iter().enumerate().filter(|(_, l)| !l.guarded) {
        hits.extend(
            MARKERS
                .iter()
                .filter(|m| line.code.contains(**m))
                .map(|m| (n + 1, *m)),
        );
    }
    hits
}

// ---- Files -------------------------------------------------------------------------------

fn walk(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let (path, name) = (
            entry.path(),
            entry.file_name().to_string_lossy().into_owned(),
        );
        if path.is_dir() {
            if !name.starts_with('.') && name != "target" && name != "node_modules" {
                walk(&path, extensions, out);
            }
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e))
        {
            out.push(path);
        }
    }
}

fn relative(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap_or(file);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// `x` for `…/x.rs` and `…/x/mod.rs`, and the files that may declare it (`mod x;`).
fn module_and_parents(file: &Path) -> Option<(String, Vec<PathBuf>)> {
    let stem = file.file_stem()?.to_str()?;
    let mut dir = file.parent()?;
    let name = if stem == "mod" {
        dir.file_name()?.to_str()?
    } else {
        stem
    };
    if stem == "mod" {
        dir = dir.parent()?;
    }
    let parents = if dir.file_name().is_some_and(|d| d == "src") {
        vec![dir.join("lib.rs"), dir.join("main.rs")]
    } else {
        vec![dir.join("mod.rs"), dir.with_extension("rs")]
    };
    Some((name.to_owned(), parents))
}

/// Rules 2 and 3 of the module documentation: the whole file may hold Linux-only calls.
fn file_exempt(root: &Path, file: &Path) -> bool {
    let text = fs::read_to_string(file).unwrap_or_default();
    let says_linux_only = text
        .lines()
        .next()
        .is_some_and(|l| l.trim_start().starts_with("//") && l.contains(LINUX_ONLY_NOTE));
    if says_linux_only && TEST_SUPPORT.iter().any(|d| file.starts_with(root.join(d))) {
        return true;
    }
    let Some((name, parents)) = module_and_parents(file) else {
        return false;
    };
    let declaration = format!("{name};");
    parents
        .iter()
        .filter(|p| p.as_path() != file)
        .any(|parent| {
            let Ok(parent_text) = fs::read_to_string(parent) else {
                return false;
            };
            let lines = scan(&parent_text);
            let declares = |l: &&Line| {
                l.code
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .windows(2)
                    .any(|w| w[0] == "mod" && w[1] == declaration)
            };
            lines
                .iter()
                .find(declares)
                .is_some_and(|l| l.guarded || file_exempt(root, parent))
        })
}

/// A `cfg(…)` or `cfg!(…)` on this line whose predicate names a platform.
fn platform_cfg(line: &str) -> bool {
    ["cfg(", "cfg!("].iter().any(|open| {
        line.match_indices(open).any(|(i, _)| {
            balanced(&line[i + open.len()..]).is_some_and(|p| {
                p.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .any(|w| PLATFORM_WORDS.contains(&w))
            })
        })
    })
}

/// The lines under the Markdown heading containing `title`, up to the next heading of its level.
fn section(doc: &str, title: &str) -> String {
    let (mut level, mut in_fence, mut out) = (None, false, String::new());
    for line in doc.lines() {
        in_fence ^= line.trim_start().starts_with("```");
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if !in_fence && hashes > 0 && line[hashes..].starts_with(' ') {
            match level {
                None if line.contains(title) => {
                    level = Some(hashes);
                    continue;
                }
                Some(l) if hashes <= l => break,
                _ => {}
            }
        }
        if level.is_some() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

// ---- The checks --------------------------------------------------------------------------

#[test]
fn linux_only_calls_sit_behind_a_platform_guard() {
    let root = repo_root();
    let mut files = Vec::new();
    walk(&root.join("tests").join("src"), &["rs"], &mut files);
    for krate in fs::read_dir(root.join("src-tauri")).unwrap().flatten() {
        walk(&krate.path().join("src"), &["rs"], &mut files);
    }
    files.sort();
    assert!(
        files.len() > 20,
        "only {} files found under {}",
        files.len(),
        root.display()
    );
    let mut report = Vec::new();
    for file in files.iter().filter(|f| !file_exempt(&root, f)) {
        for (line, marker) in unguarded(&fs::read_to_string(file).unwrap()) {
            report.push(format!("{}:{line}: {marker}", relative(&root, file)));
        }
    }
    assert!(
        report.is_empty(),
        "Linux-only calls outside a platform guard (add #[cfg(target_os = \"linux\")] and a \
         fallback, or see the rules at the top of src-tauri/testkit/tests/portability.rs):\n{}",
        report.join("\n")
    );
}

#[test]
fn packaging_md_lists_every_file_with_platform_specific_code() {
    let root = repo_root();
    let doc = fs::read_to_string(root.join("PACKAGING.md")).unwrap();
    let listed = section(&doc, "Platform-specific code");
    assert!(
        listed.contains('|'),
        "PACKAGING.md has no \"Platform-specific code\" table"
    );
    let this_file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("portability.rs");
    let mut files = Vec::new();
    walk(&root.join("src-tauri"), &["rs", "toml"], &mut files);
    walk(&root.join("tests"), &["rs", "toml"], &mut files);
    files.sort();
    let missing: Vec<String> = files
        .iter()
        .filter(|f| **f != this_file)
        .filter(|f| fs::read_to_string(f).is_ok_and(|t| t.lines().any(platform_cfg)))
        .map(|f| relative(&root, f))
        .filter(|r| !listed.contains(r.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "files with platform-specific cfg missing from PACKAGING.md's \"Platform-specific code\": {missing:?}"
    );
}

// ---- The scanner itself ------------------------------------------------------------------

#[test]
fn a_guarded_call_passes() {
    let src = "#[cfg(target_os = \"linux\")]\n\
               pub fn rss() -> String {\n\
                   std::fs::read_to_string(\"/proc/self/status\").unwrap_or_default()\n\
               }\n";
    assert!(unguarded(src).is_empty());
    let statement =
        "fn f() {\n    #[cfg(unix)]\n    for p in [1] {\n        libc::kill(p, 9);\n    }\n}\n";
    assert!(unguarded(statement).is_empty());
}

#[test]
fn an_unguarded_call_is_reported_with_its_line() {
    let src = "fn rss() -> String {\n    std::fs::read_to_string(\"/proc/self/status\").unwrap_or_default()\n}\n";
    assert_eq!(unguarded(src), [(2, "\"/proc/")]);
    // The guard ends with its item: a `;` for a `use`, the closing brace for a function.
    let src = "#[cfg(unix)]\nuse std::os::unix::fs::PermissionsExt;\nfn f() { let _ = std::os::unix::fs::symlink; }\n";
    assert_eq!(unguarded(src), [(3, "std::os::unix")]);
    let src =
        "#[cfg(target_os = \"linux\")]\nfn a() {\n    let _ = 1;\n}\nfn b() { libc::getpid(); }\n";
    assert_eq!(unguarded(src), [(5, "libc::")]);
    // `not(…)` and `any(…)` do not guard.
    let src = "#[cfg(not(target_os = \"linux\"))]\nfn a() { libc::getpid(); }\n#[cfg(any(unix, windows))]\nfn b() { libc::getpid(); }\n";
    assert_eq!(unguarded(src), [(2, "libc::"), (4, "libc::")]);
}

#[test]
fn an_if_cfg_linux_block_passes_but_not_its_else() {
    let src = "fn f(automation: bool) {\n\
               \x20   if cfg!(target_os = \"linux\") && automation {\n\
               \x20       let _ = std::fs::read_to_string(\"/proc/self/stat\");\n\
               \x20   } else {\n\
               \x20       let _ = std::fs::read_to_string(\"/proc/self/stat\");\n\
               \x20   }\n\
               \x20   if cfg!(target_os = \"linux\") || automation {\n\
               \x20       let _ = std::fs::read_to_string(\"/proc/self/stat\");\n\
               \x20   }\n\
               }\n";
    assert_eq!(unguarded(src), [(5, "\"/proc/"), (8, "\"/proc/")]);
}

#[test]
fn comments_are_ignored_and_literal_braces_do_not_count() {
    let src = "// Reads std::fs::read_to_string(\"/proc/self/status\") on Linux.\n\
               /// Uses libc::getpid and gtk::init.\n\
               /* a block comment: zbus::Connection */\n\
               fn f() {}\n";
    assert!(unguarded(src).is_empty());
    // Braces in strings, raw strings and chars, and lifetimes, leave the guard where it is.
    let src = "#[cfg(unix)]\n\
               fn a<'a>(s: &'a str) -> bool {\n\
               \x20   let _ = (format!(\"{{ {s}\"), r#\"}\"#, '}', '\\'');\n\
               \x20   std::os::unix::ffi::OsStrExt::as_bytes(s.as_ref()).is_empty()\n\
               }\n\
               fn b() { let _ = \"/dev/shm\"; }\n";
    assert_eq!(unguarded(src), [(6, "/dev/shm")]);
}

#[test]
fn whole_file_and_module_guards() {
    assert!(unguarded("#![cfg(target_os = \"linux\")]\nfn f() { libc::getpid(); }\n").is_empty());
    let parent =
        scan("pub mod display;\n#[cfg(all(test, target_os = \"linux\"))]\nmod proc_reader;\n");
    assert_eq!(
        parent.iter().map(|l| l.guarded).collect::<Vec<_>>(),
        [false, true, true]
    );
    let (name, parents) = module_and_parents(Path::new("crate/src/bench/mod.rs")).unwrap();
    assert_eq!(name, "bench");
    assert_eq!(
        parents,
        [
            Path::new("crate/src/lib.rs"),
            Path::new("crate/src/main.rs")
        ]
    );
    let (name, parents) = module_and_parents(Path::new("crate/src/bench/startup.rs")).unwrap();
    assert_eq!(name, "startup");
    assert_eq!(
        parents,
        [
            Path::new("crate/src/bench/mod.rs"),
            Path::new("crate/src/bench.rs")
        ]
    );
}

#[test]
fn predicates_and_the_packaging_section() {
    for (predicate, linux) in [
        ("unix", true),
        ("target_os = \"linux\"", true),
        ("all(test, target_os = \"linux\")", true),
        ("not(target_os = \"linux\")", false),
        ("any(unix, windows)", false),
        ("test", false),
    ] {
        assert_eq!(linux_predicate(predicate), linux, "{predicate}");
    }
    assert!(platform_cfg(
        "[target.'cfg(target_os = \"linux\")'.dependencies]"
    ));
    assert!(platform_cfg("    #[cfg(not(unix))]"));
    assert!(!platform_cfg("#[cfg(test)]"));
    let doc = "# P\n## Platform-specific code\n| a.rs |\n```sh\n# not a heading\n```\n### Detail\nb.rs\n## Next\nc.rs\n";
    let s = section(doc, "Platform-specific code");
    assert!(
        s.contains("a.rs") && s.contains("b.rs") && !s.contains("c.rs"),
        "{s}"
    );
}
