use std::fmt;

/// An argument of a localised message: text or a number, formatted by Fluent in the UI.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorArg {
    Text(String),
    Number(f64),
}

impl From<String> for ErrorArg {
    fn from(s: String) -> Self {
        ErrorArg::Text(s)
    }
}

impl From<&str> for ErrorArg {
    fn from(s: &str) -> Self {
        ErrorArg::Text(s.to_owned())
    }
}

impl From<u64> for ErrorArg {
    fn from(n: u64) -> Self {
        // Counts shown to people stay far below 2^53.
        ErrorArg::Number(n as f64)
    }
}

impl fmt::Display for ErrorArg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorArg::Text(s) => f.write_str(s),
            ErrorArg::Number(n) => write!(f, "{n}"),
        }
    }
}

/// An error that can tell a person what happened, in their language: a stable machine `code`
/// (for the UI to branch on and tests to assert), the id of a Fluent message in `/locales`,
/// and that message's arguments. Arguments never carry client data: codes, counts, file names.
pub trait UserFacing: std::error::Error {
    fn code(&self) -> &'static str;
    fn message_id(&self) -> &'static str;
    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        Vec::new()
    }

    /// The description as plain data, ready for a boundary to serialise.
    fn user_message(&self) -> UserMessage {
        UserMessage {
            code: self.code(),
            message_id: self.message_id(),
            args: self.args(),
        }
    }
}

/// What crosses the boundary for an error: `{ code, messageId, args }` once serialised.
#[derive(Debug, Clone, PartialEq)]
pub struct UserMessage {
    pub code: &'static str,
    pub message_id: &'static str,
    pub args: Vec<(&'static str, ErrorArg)>,
}

impl UserMessage {
    /// The catch-all for failures that have no message of their own: says nothing was changed.
    pub fn internal() -> Self {
        UserMessage {
            code: "internal",
            message_id: "error-internal",
            args: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct TooBig(u64);

    impl fmt::Display for TooBig {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "too big: {}", self.0)
        }
    }
    impl std::error::Error for TooBig {}
    impl UserFacing for TooBig {
        fn code(&self) -> &'static str {
            "too_big"
        }
        fn message_id(&self) -> &'static str {
            "error-too-big"
        }
        fn args(&self) -> Vec<(&'static str, ErrorArg)> {
            vec![("limit", self.0.into())]
        }
    }

    #[test]
    fn an_error_describes_itself_without_formatting_text() {
        let m = TooBig(20).user_message();
        assert_eq!(m.code, "too_big");
        assert_eq!(m.message_id, "error-too-big");
        assert_eq!(m.args, vec![("limit", ErrorArg::Number(20.0))]);
    }

    #[test]
    fn the_internal_message_is_the_generic_one() {
        let m = UserMessage::internal();
        assert_eq!(
            (m.code, m.message_id, m.args.len()),
            ("internal", "error-internal", 0)
        );
    }

    #[test]
    fn arguments_display_as_plain_values() {
        assert_eq!(ErrorArg::from("fr").to_string(), "fr");
        assert_eq!(ErrorArg::from(3u64).to_string(), "3");
    }
}
