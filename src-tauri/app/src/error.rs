//! Errors as they cross to the UI: `{ code, messageId, args }`. The UI shows the translated
//! `messageId`; the full error chain goes to the log (which never holds client data).

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
        log::warn!("{}", chain(&e));
        CommandError::from_message(e.user_message())
    }
}

/// `error: cause: cause…` on one line.
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        s.push_str(": ");
        s.push_str(&cause.to_string());
        source = cause.source();
    }
    s
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

    #[test]
    fn the_log_line_carries_the_whole_chain() {
        let io = std::io::Error::other("disk full");
        let e = avenir_api::VaultError::Write {
            path: "/x/preferences".into(),
            source: io,
        };
        assert_eq!(chain(&e), "cannot write /x/preferences: disk full");
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
