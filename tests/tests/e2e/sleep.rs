//! A laptop taken with its lid closed wakes locked. A private `dbus-daemon` started here plays
//! both buses, and this test plays logind and the screen saver on it: it hands the app a sleep
//! inhibitor (a pipe), announces `PrepareForSleep(true)`, and when the app closes its end of the
//! pipe (releases the inhibitor) the vault must already be closed; then the lock screen shows. A
//! session `Lock` signal and a screen saver's `ActiveChanged(true)` lock too. (Every other test
//! runs the app with no D-Bus at all, as CI does.)

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use avenir_e2e::{App, Launch, demo_sandbox, profile_dir};
use zbus::zvariant::OwnedFd;

/// A bus that lets anyone own any name, with no service activation (nothing else starts).
fn start_bus(dir: &Path) -> (Child, String) {
    let socket = dir.join("bus");
    let config = dir.join("bus.conf");
    std::fs::write(
        &config,
        format!(
            r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>"#,
            socket.display()
        ),
    )
    .unwrap();
    let mut bus = Command::new("dbus-daemon")
        .arg(format!("--config-file={}", config.display()))
        .args(["--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("dbus-daemon starts (package dbus-daemon)");
    let mut address = String::new();
    let mut out = bus.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    while out.read(&mut byte).unwrap() == 1 && byte[0] != b'\n' {
        address.push(byte[0] as char);
    }
    assert!(address.starts_with("unix:"), "bus address: {address:?}");
    (bus, address)
}

/// logind's manager, as far as Avenir uses it: `Inhibit` hands out one end of a pipe and keeps
/// the other, so the test sees when the app lets go.
struct Logind {
    inhibitors: Arc<Mutex<Vec<std::io::PipeReader>>>,
}

#[zbus::interface(name = "org.freedesktop.login1.Manager")]
impl Logind {
    fn inhibit(
        &self,
        what: &str,
        _who: &str,
        _why: &str,
        mode: &str,
    ) -> zbus::fdo::Result<OwnedFd> {
        assert_eq!((what, mode), ("sleep", "delay"));
        let (reader, writer) =
            std::io::pipe().map_err(|e| zbus::fdo::Error::Failed(e.to_string()))?;
        self.inhibitors.lock().unwrap().push(reader);
        Ok(std::os::fd::OwnedFd::from(writer).into())
    }
}

fn wait_until(what: &str, limit: Duration, cond: impl Fn() -> bool) {
    let deadline = Instant::now() + limit;
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Whether the vault is closed: its instance lock can be taken.
fn vault_closed(vault: &Path) -> bool {
    let file = std::fs::File::open(vault.join("instance.lock")).unwrap();
    let free = file.try_lock().is_ok();
    drop(file);
    free
}

#[test]
fn sleep_session_lock_and_screen_saver_lock_the_vault() {
    let sandbox = demo_sandbox();
    let vault = profile_dir(&sandbox);
    let (mut bus, address) = start_bus(sandbox.path());
    let inhibitors = Arc::new(Mutex::new(Vec::new()));
    let logind = zbus::blocking::connection::Builder::address(address.as_str())
        .unwrap()
        .name("org.freedesktop.login1")
        .unwrap()
        .serve_at(
            "/org/freedesktop/login1",
            Logind {
                inhibitors: inhibitors.clone(),
            },
        )
        .unwrap()
        .build()
        .unwrap();
    let saver = zbus::blocking::connection::Builder::address(address.as_str())
        .unwrap()
        .build()
        .unwrap();

    let app = App::launch_in(&sandbox, Launch::default().with_dbus(&address));
    app.unlock("vault-home");
    assert!(!vault_closed(&vault), "the unlocked vault holds its lock");
    let taken = || inhibitors.lock().unwrap().len();
    wait_until(
        "the app to take a sleep inhibitor",
        Duration::from_secs(20),
        || taken() == 1,
    );

    // Sleep: the vault is closed by the time the inhibitor is released.
    let mut inhibitor = inhibitors.lock().unwrap().pop().unwrap();
    logind
        .emit_signal(
            None::<()>,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            &(true,),
        )
        .unwrap();
    // The check runs the moment the pipe reports the app's end closed.
    let lock_file = vault.clone();
    let released = std::thread::spawn(move || {
        let mut rest = Vec::new();
        inhibitor.read_to_end(&mut rest).unwrap();
        vault_closed(&lock_file)
    });
    wait_until("the inhibitor's release", Duration::from_secs(20), || {
        released.is_finished()
    });
    assert!(
        released.join().unwrap(),
        "the vault was still open when the app let the computer sleep"
    );
    app.wait_testid("unlock-form");

    // Awake again: a new inhibitor for the next sleep.
    logind
        .emit_signal(
            None::<()>,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            &(false,),
        )
        .unwrap();
    wait_until(
        "a new inhibitor after waking",
        Duration::from_secs(20),
        || taken() == 1,
    );

    // The session is locked (logind's Lock on the session object).
    app.unlock("vault-home");
    logind
        .emit_signal(
            None::<()>,
            "/org/freedesktop/login1/session/_31",
            "org.freedesktop.login1.Session",
            "Lock",
            &(),
        )
        .unwrap();
    app.wait_testid("unlock-form");
    assert!(vault_closed(&vault), "a locked session closes the vault");

    // The screen saver starts (GNOME's, on the session bus).
    app.unlock("vault-home");
    saver
        .emit_signal(
            None::<()>,
            "/org/gnome/ScreenSaver",
            "org.gnome.ScreenSaver",
            "ActiveChanged",
            &(true,),
        )
        .unwrap();
    app.wait_testid("unlock-form");
    assert!(vault_closed(&vault), "the screen saver closes the vault");

    drop(app);
    let _ = bus.kill();
    let _ = bus.wait();
}
