//! Spotting what looks like an identifier in free text — a phone number, an e-mail address, a
//! Belgian national register number — so Avenir can warn (never block) before it is kept.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "snake_case"))]
pub enum IdentifierKind {
    Phone,
    Email,
    NationalNumber,
}

impl IdentifierKind {
    pub fn as_str(self) -> &'static str {
        match self {
            IdentifierKind::Phone => "phone",
            IdentifierKind::Email => "email",
            IdentifierKind::NationalNumber => "national_number",
        }
    }
}

/// The kinds of identifier that `text` seems to contain, sorted, each once.
pub fn find_identifiers(text: &str) -> Vec<IdentifierKind> {
    let mut kinds = Vec::new();
    if has_email(text) {
        kinds.push(IdentifierKind::Email);
    }
    for run in digit_runs(text) {
        if run.len() == 11 && is_national_number(&run) {
            kinds.push(IdentifierKind::NationalNumber);
        } else if (9..=15).contains(&run.len()) {
            kinds.push(IdentifierKind::Phone);
        }
    }
    kinds.sort();
    kinds.dedup();
    kinds
}

fn has_email(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || "<>(),;\"'".contains(c))
        .any(|w| {
            let Some((local, domain)) = w.split_once('@') else {
                return false;
            };
            let domain = domain.trim_end_matches('.');
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && domain
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        })
}

/// Digits written as one number: separators ` . - / ( )` may stand between digits, and a
/// leading `+` is allowed; anything else ends the number.
fn digit_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut current = String::new();
    let mut pending_sep = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            current.push(c);
            pending_sep = false;
        } else if !current.is_empty() && !pending_sep && " .-/()".contains(c) {
            pending_sep = true;
        } else if current.is_empty() && c == '+' {
        } else {
            if !current.is_empty() {
                runs.push(std::mem::take(&mut current));
            }
            pending_sep = false;
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// Belgian national register number: YYMMDD + 3-digit serial + 2-digit check, where the check is
/// 97 − (first nine digits mod 97), with a leading 2 for people born from 2000.
fn is_national_number(digits: &str) -> bool {
    let (Ok(base), Ok(check)) = (digits[..9].parse::<u64>(), digits[9..].parse::<u64>()) else {
        return false;
    };
    let month: u32 = digits[2..4].parse().unwrap_or(99);
    let day: u32 = digits[4..6].parse().unwrap_or(99);
    let plausible_date = month <= 12 && day <= 31;
    plausible_date && (97 - base % 97 == check || 97 - (2_000_000_000 + base) % 97 == check)
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdentifierKind::*;

    #[test]
    fn phone_numbers_in_the_usual_belgian_forms() {
        for t in [
            "call 0470 12 34 56 later",
            "+32 470 12.34.56",
            "tel: 02/511.22.33",
            "0032470123456",
        ] {
            assert_eq!(find_identifiers(t), [Phone], "{t}");
        }
    }

    #[test]
    fn email_addresses() {
        assert_eq!(find_identifiers("write to amal.k@example.org."), [Email]);
        assert_eq!(find_identifiers("a @ in prose, or user@localhost"), []);
    }

    #[test]
    fn national_register_numbers_by_their_check_digits() {
        // 85.07.30-033.28: 97 - (850730033 mod 97) = 28.
        assert_eq!(find_identifiers("RRN 85.07.30-033.28"), [NationalNumber]);
        // Born in 2001: 2 prepended for the check. 010315 123 → check computed on 2010315123.
        let base: u64 = 2_010_315_123;
        let check = 97 - base % 97;
        assert_eq!(
            find_identifiers(&format!("01.03.15-123.{check:02}")),
            [NationalNumber]
        );
        // Wrong check digits: just a long number, read as a phone number.
        assert_eq!(find_identifiers("85.07.30-033.29"), [Phone]);
    }

    #[test]
    fn ordinary_notes_raise_nothing() {
        for t in [
            "Talked about return to Morocco in 2026, 3 children, 12 years in Belgium.",
            "مرحبا، تحدثنا عن العودة",
            "Meeting at 10:30, room 4, 15/03/2026",
        ] {
            assert_eq!(find_identifiers(t), [], "{t}");
        }
    }
}
