//! The one input-validation error: a field of a form, a command or a request that is not
//! acceptable (empty where required, too long, out of range, an unknown choice). Every domain
//! — clients, sessions, courses, the album, the journal, printing — refuses bad input with it.

use crate::{ErrorArg, UserFacing};

/// The field named (as the UI and the command line call it) is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the field {0} is not valid")]
pub struct InvalidInput(pub &'static str);

impl UserFacing for InvalidInput {
    fn code(&self) -> &'static str {
        "field_invalid"
    }
    fn message_id(&self) -> &'static str {
        "error-field-invalid"
    }
    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        vec![("field", self.0.into())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_field_name_reaches_the_message() {
        let m = InvalidInput("held_on").user_message();
        assert_eq!(
            (m.code, m.message_id),
            ("field_invalid", "error-field-invalid")
        );
        assert_eq!(m.args, vec![("field", "held_on".into())]);
    }
}
