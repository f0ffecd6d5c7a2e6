//! A throw-away home for running Avenir in benchmarks and tests: its data, config and cache
//! folders, and the WebKit folders under `HOME`, all land in one temporary directory that is
//! removed afterwards (and can be scanned for plaintext before that).

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> std::io::Result<Self> {
        Ok(Self {
            dir: tempfile::Builder::new()
                .prefix("avenir-sandbox-")
                .tempdir()?,
        })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Avenir's data directory inside the sandbox (`AVENIR_DATA_DIR`).
    pub fn data_dir(&self) -> PathBuf {
        self.path().join("data")
    }

    /// Points every per-user folder of `cmd` (and of the processes it starts) into the sandbox.
    pub fn apply(&self, cmd: &mut Command) {
        let p = self.path();
        cmd.env("AVENIR_DATA_DIR", self.data_dir())
            .env("HOME", p)
            .env("XDG_DATA_HOME", p.join("share"))
            .env("XDG_CONFIG_HOME", p.join("config"))
            .env("XDG_CACHE_HOME", p.join("cache"))
            .env("XDG_STATE_HOME", p.join("state"))
            .env("TMPDIR", p.join("tmp"));
        // Present like on a real desktop: Mesa, for one, keeps its shader cache under the cache
        // folder only when it exists, and recompiles every shader at each start otherwise.
        for dir in ["tmp", "share", "config", "cache", "state"] {
            let _ = std::fs::create_dir_all(p.join(dir));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_child_sees_the_sandbox_as_its_home_and_it_is_removed_after() {
        let sandbox = Sandbox::new().unwrap();
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "printf '%s %s' \"$HOME\" \"$AVENIR_DATA_DIR\""]);
        sandbox.apply(&mut cmd);
        let out = String::from_utf8(cmd.output().unwrap().stdout).unwrap();
        let root = sandbox.path().to_owned();
        assert_eq!(
            out,
            format!("{} {}", root.display(), root.join("data").display())
        );
        drop(sandbox);
        assert!(!root.exists());
    }
}
