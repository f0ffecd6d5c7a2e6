//! Where the CLI gets passphrases: `AVENIR_PASSPHRASE` / `AVENIR_NEW_PASSPHRASE` (for scripts
//! and tests only: other processes of the same user can read a process's environment), or a
//! prompt on the terminal without echo.

use zeroize::Zeroizing;

pub const PASSPHRASE_ENV: &str = "AVENIR_PASSPHRASE";
pub const NEW_PASSPHRASE_ENV: &str = "AVENIR_NEW_PASSPHRASE";

/// From `env` when set, else a prompt (`prompt` is already translated).
pub fn read(env: &str, prompt: &str) -> std::io::Result<Zeroizing<String>> {
    if let Ok(v) = std::env::var(env) {
        return Ok(Zeroizing::new(v));
    }
    rpassword::prompt_password(prompt).map(Zeroizing::new)
}
