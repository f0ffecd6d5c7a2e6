//! Errors as they cross to the UI: `{ code, messageId, args }`. The UI shows the translated
//! `messageId`. The log gets the code, the message id and the arguments' *names*, at debug level:
//! never an argument's value nor the error's text, which may hold client data (a client code, a
//! path, a file name).

use std::collections::BTreeMap;

use avenir_api::core::{ErrorArg, UserFacing, UserMessage};
use serde::Serialize;
use serde::ser::SerializeMap;
use ts_rs::TS;

/// What a failing command rejects with: a stable code, the Fluent message to show, its arguments.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    pub code: &'static str,
    pub message_id: &'static str,
    /// Strings stay strings, numbers stay numbers (Fluent formats them per locale).
    #[ts(type = "Record<string, string | number>")]
    pub args: Args,
}

/// Message arguments: strings stay strings, numbers stay numbers (Fluent formats them per locale).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Args(BTreeMap<&'static str, ErrorArg>);

impl Serialize for Args {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            match v {
                ErrorArg::Text(t) => map.serialize_entry(k, t)?,
                ErrorArg::Number(n) => map.serialize_entry(k, n)?,
            }
        }
        map.end()
    }
}

impl CommandError {
    pub fn from_message(m: UserMessage) -> Self {
        CommandError {
            code: m.code,
            message_id: m.message_id,
            args: Args(m.args.into_iter().collect()),
        }
    }
}

impl<E: UserFacing> From<E> for CommandError {
    fn from(e: E) -> Self {
        let message = e.user_message();
        log::debug!("{}", log_line(&message));
        CommandError::from_message(message)
    }
}

/// `command failed: <code> (<message id>; args: <names>)`: no value, no error text.
fn log_line(m: &UserMessage) -> String {
    let names: Vec<&str> = m.args.iter().map(|(name, _)| *name).collect();
    format!(
        "command failed: {} ({}; args: {})",
        m.code,
        m.message_id,
        names.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    // Snapshots of the wire format: the UI's `AvenirError` parses exactly these shapes.
    #[test]
    fn unknown_locale_snapshot() {
        let e: CommandError = avenir_api::i18n::I18nError::UnknownLocale("xx".into()).into();
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"unknown_locale","messageId":"error-unknown-locale","args":{"locale":"xx"}}"#
        );
    }

    #[test]
    fn internal_snapshot() {
        let e = CommandError::from_message(UserMessage::internal());
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"internal","messageId":"error-internal","args":{}}"#
        );
    }

    #[test]
    fn numbers_stay_numbers_snapshot() {
        let m = UserMessage {
            code: "too_big",
            message_id: "error-too-big",
            args: vec![("limit", 20u64.into())],
        };
        let e = CommandError::from_message(m);
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"too_big","messageId":"error-too-big","args":{"limit":20.0}}"#
        );
    }

    /// Keeps the lines logged by this test binary (the app's logger is not installed in tests).
    struct Capture(std::sync::Mutex<Vec<(log::Level, String)>>);

    impl log::Log for Capture {
        fn enabled(&self, _: &log::Metadata<'_>) -> bool {
            true
        }
        fn log(&self, record: &log::Record<'_>) {
            if let Ok(mut lines) = self.0.lock() {
                lines.push((record.level(), record.args().to_string()));
            }
        }
        fn flush(&self) {}
    }

    static CAPTURE: Capture = Capture(std::sync::Mutex::new(Vec::new()));

    #[test]
    fn a_command_error_is_logged_at_debug_with_its_code_but_not_its_arguments() {
        let _ = log::set_logger(&CAPTURE);
        log::set_max_level(log::LevelFilter::Trace);
        // The argument and the error's own text both name a file (client data in real life).
        let secret = "client-DEMO-T3-FEPU-passport.jpg";
        let e: CommandError = avenir_api::i18n::I18nError::UnknownLocale(secret.into()).into();
        assert_eq!(e.args.0.len(), 1, "the UI still gets the argument");
        let lines = CAPTURE.0.lock().unwrap().clone();
        let ours: Vec<_> = lines
            .iter()
            .filter(|(_, l)| l.contains("unknown_locale"))
            .collect();
        assert_eq!(ours.len(), 1, "{lines:?}");
        let (level, line) = ours[0];
        assert_eq!(*level, log::Level::Debug, "{line}");
        assert_eq!(
            line,
            "command failed: unknown_locale (error-unknown-locale; args: locale)"
        );
        assert!(
            lines.iter().all(|(_, l)| !l.contains(secret)),
            "an argument reached the log: {lines:?}"
        );
    }

    #[test]
    fn every_message_id_a_command_can_return_exists_in_english() {
        let en = avenir_api::i18n::Catalogues::embedded()
            .get("en")
            .unwrap()
            .joined();
        let ids = [
            CommandError::from(avenir_api::i18n::I18nError::UnknownLocale("xx".into())).message_id,
            CommandError::from_message(UserMessage::internal()).message_id,
            CommandError::from(avenir_api::VaultError::PreferencesUnwritable {
                path: "p".into(),
                source: std::io::Error::other("x"),
            })
            .message_id,
            CommandError::from(avenir_api::VaultError::PreferencesInvalid {
                path: "p".into(),
                detail: "x".into(),
            })
            .message_id,
        ];
        for id in ids {
            assert!(
                en.lines().any(|l| l.starts_with(&format!("{id} ="))),
                "{id} missing from locales/en"
            );
        }
    }
}
