//! Where the CLI gets secrets: `AVENIR_PASSPHRASE` / `AVENIR_NEW_PASSPHRASE` /
//! `AVENIR_RECOVERY_KEY` (for scripts and tests only: other processes of the same user can read
//! a process's environment), or a prompt on the terminal without echo.
//!
//! The recovery key stands for the passphrase of any command that opens a vault when the global
//! flag `--recovery` is given or `AVENIR_RECOVERY_KEY` is set.

use avenir_api::Secret;
use zeroize::Zeroizing;

pub const PASSPHRASE_ENV: &str = "AVENIR_PASSPHRASE";
pub const NEW_PASSPHRASE_ENV: &str = "AVENIR_NEW_PASSPHRASE";
pub const RECOVERY_ENV: &str = "AVENIR_RECOVERY_KEY";

/// From `env` when set, else a prompt (`prompt` is already translated).
pub fn read(env: &str, prompt: &str) -> std::io::Result<Zeroizing<String>> {
    if let Ok(v) = std::env::var(env) {
        return Ok(Zeroizing::new(v));
    }
    rpassword::prompt_password(prompt).map(Zeroizing::new)
}

/// The secret that opens a vault, owned (and wiped when dropped).
pub enum Unlock {
    Passphrase(Zeroizing<String>),
    Recovery(Zeroizing<String>),
}

impl Unlock {
    /// The recovery key when `recovery` (the flag) or `AVENIR_RECOVERY_KEY` asks for it, else the
    /// passphrase; each from its variable or a prompt (the prompts are already translated).
    pub fn read(
        recovery: bool,
        passphrase_prompt: &str,
        recovery_prompt: &str,
    ) -> std::io::Result<Self> {
        if recovery || std::env::var_os(RECOVERY_ENV).is_some() {
            return read(RECOVERY_ENV, recovery_prompt).map(Unlock::Recovery);
        }
        read(PASSPHRASE_ENV, passphrase_prompt).map(Unlock::Passphrase)
    }

    pub fn secret(&self) -> Secret<'_> {
        match self {
            Unlock::Passphrase(p) => Secret::Passphrase(p),
            Unlock::Recovery(r) => Secret::Recovery(r),
        }
    }

    pub fn is_recovery(&self) -> bool {
        matches!(self, Unlock::Recovery(_))
    }
}
