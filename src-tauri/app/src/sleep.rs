//! Locks the vault when the laptop goes to sleep or hibernates, when the desktop session is
//! locked, and when the screen saver starts — so a laptop taken with its lid closed wakes locked.
//!
//! Linux: D-Bus (`zbus`, pure Rust, Unix sockets only), on Tauri's async runtime.
//! - logind (system bus): a *delay* inhibitor is held while Avenir runs; on
//!   `PrepareForSleep(true)` the vault is locked first and the inhibitor released after, so the
//!   machine sleeps only once the keys are gone; on `PrepareForSleep(false)` (awake again) a new
//!   inhibitor is taken. A session's `Lock` signal locks too.
//! - screen savers (session bus): `ActiveChanged(true)` of the freedesktop, GNOME, MATE and
//!   Cinnamon screen savers locks.
//!
//! Where there is no D-Bus (a minimal desktop, CI), nothing happens: the idle clock, which counts
//! suspended time, still locks an idle vault on wake. Windows and macOS:
//! `PACKAGING.md`, "Platform-specific code".

use tauri::AppHandle;

/// Starts watching (a no-op where the platform has nothing to watch).
pub fn watch(app: AppHandle) {
    #[cfg(target_os = "linux")]
    linux::watch(app);
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

/// Locks the open vault (and tells the windows); a locked one stays as it is.
fn lock_if_open(app: &AppHandle, why: &str) {
    use tauri::Manager;
    let state = app.state::<crate::state::AppState>();
    if state.require_open().is_err() {
        return;
    }
    log::info!("locking: {why}");
    if let Err(e) = crate::locking::lock_now(app, &state) {
        log::warn!("could not lock on {why}: {e}");
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use futures_util::StreamExt;
    use tauri::AppHandle;
    use zbus::zvariant::OwnedFd;
    use zbus::{Connection, MatchRule, MessageStream, Proxy, message};

    const LOGIND: &str = "org.freedesktop.login1";
    const LOGIND_PATH: &str = "/org/freedesktop/login1";
    const LOGIND_MANAGER: &str = "org.freedesktop.login1.Manager";
    const LOGIND_SESSION: &str = "org.freedesktop.login1.Session";
    const SCREEN_SAVERS: [&str; 4] = [
        "org.freedesktop.ScreenSaver",
        "org.gnome.ScreenSaver",
        "org.mate.ScreenSaver",
        "org.cinnamon.ScreenSaver",
    ];

    pub fn watch(app: AppHandle) {
        let system = app.clone();
        tauri::async_runtime::spawn(async move {
            if let Err(e) = watch_logind(&system).await {
                log::info!("no sleep or session-lock signals (system bus: {e})");
            }
        });
        tauri::async_runtime::spawn(async move {
            if let Err(e) = watch_screen_savers(&app).await {
                log::info!("no screen-saver signals (session bus: {e})");
            }
        });
    }

    /// A sleep inhibitor of kind "delay": sleep waits (up to logind's `InhibitDelayMaxSec`)
    /// until this file descriptor is closed.
    async fn inhibit(manager: &Proxy<'_>) -> Option<OwnedFd> {
        let args = ("sleep", "Avenir", "Lock the vault before sleeping", "delay");
        match manager.call("Inhibit", &args).await {
            Ok(fd) => Some(fd),
            Err(e) => {
                log::info!("no sleep inhibitor: {e}");
                None
            }
        }
    }

    async fn watch_logind(app: &AppHandle) -> zbus::Result<()> {
        let conn = Connection::system().await?;
        let manager = Proxy::new(&conn, LOGIND, LOGIND_PATH, LOGIND_MANAGER).await?;
        let mut sleeps = manager.receive_signal("PrepareForSleep").await?;
        let session_locks = MatchRule::builder()
            .msg_type(message::Type::Signal)
            .sender(LOGIND)?
            .interface(LOGIND_SESSION)?
            .member("Lock")?
            .build();
        let mut locks = MessageStream::for_match_rule(session_locks, &conn, None).await?;
        let mut inhibitor = inhibit(&manager).await;
        loop {
            next_event(&mut sleeps, &mut locks, app, &manager, &mut inhibitor).await?;
        }
    }

    /// Waits for the next sleep or session-lock signal and acts on it.
    async fn next_event(
        sleeps: &mut zbus::proxy::SignalStream<'_>,
        locks: &mut MessageStream,
        app: &AppHandle,
        manager: &Proxy<'_>,
        inhibitor: &mut Option<OwnedFd>,
    ) -> zbus::Result<()> {
        enum Next {
            Sleep(Option<message::Message>),
            Lock(Option<zbus::Result<message::Message>>),
        }
        let next = futures_util::future::select(sleeps.next(), locks.next()).await;
        let next = match next {
            futures_util::future::Either::Left((m, _)) => Next::Sleep(m),
            futures_util::future::Either::Right((m, _)) => Next::Lock(m),
        };
        match next {
            Next::Sleep(Some(msg)) => {
                let going: bool = msg.body().deserialize()?;
                if going {
                    lock_then_release(inhibitor, || {
                        super::lock_if_open(app, "the computer goes to sleep");
                    });
                } else if inhibitor.is_none() {
                    *inhibitor = inhibit(manager).await;
                }
                Ok(())
            }
            Next::Lock(Some(_)) => {
                super::lock_if_open(app, "the session was locked");
                Ok(())
            }
            Next::Sleep(None) | Next::Lock(None) => {
                Err(zbus::Error::Failure("the system bus closed".into()))
            }
        }
    }

    /// The order that matters: the keys are gone before the computer may sleep.
    fn lock_then_release<T>(inhibitor: &mut Option<T>, lock: impl FnOnce()) {
        lock();
        *inhibitor = None;
    }

    async fn watch_screen_savers(app: &AppHandle) -> zbus::Result<()> {
        let conn = Connection::session().await?;
        let changes = MatchRule::builder()
            .msg_type(message::Type::Signal)
            .member("ActiveChanged")?
            .build();
        let mut stream = MessageStream::for_match_rule(changes, &conn, None).await?;
        while let Some(msg) = stream.next().await {
            let msg = msg?;
            let header = msg.header();
            let saver = header
                .interface()
                .is_some_and(|i| SCREEN_SAVERS.contains(&i.as_str()));
            if saver && msg.body().deserialize::<bool>().unwrap_or(false) {
                super::lock_if_open(app, "the screen saver started");
            }
        }
        Ok(())
    }

    #[cfg(test)]
    mod tests {
        use std::io::{ErrorKind, Read};

        #[test]
        fn the_inhibitor_is_released_only_after_the_vault_is_locked() {
            let (mut reader, writer) = std::io::pipe().unwrap();
            let fd = std::os::fd::OwnedFd::from(writer);
            rustix::io::ioctl_fionbio(&reader, true).unwrap();
            let mut inhibitor = Some(fd);
            let mut held_while_locking = false;
            super::lock_then_release(&mut inhibitor, || {
                // A closed writer reads as end of file; a held one as "would block".
                let read = reader.read(&mut [0u8; 1]);
                held_while_locking = matches!(read, Err(e) if e.kind() == ErrorKind::WouldBlock);
            });
            assert!(
                held_while_locking,
                "the computer could sleep before the vault locked"
            );
            assert!(inhibitor.is_none());
            assert_eq!(
                reader.read(&mut [0u8; 1]).unwrap(),
                0,
                "released after locking"
            );
        }
    }
}
