//! What the person reads. Avenir is used in the counsellor's language (a complete locale) and
//! shows the person exercises, cards, plans, the journal, the booklet, the explorer's results
//! and referral slips in theirs: every other locale is a *client language* and must hold each
//! of these messages, or the person would meet English in the middle of their own text.

/// Files whose every message the person reads.
const WHOLE_FILES: &[&str] = &["cards", "plans", "journal", "welcome", "language"];

/// Whether the message `id`, defined in the reference locale's `file` (e.g. `exercises.ftl`),
/// is read by the person (so every client language must have it).
pub fn is_person_facing(file: &str, id: &str) -> bool {
    let file = file.strip_suffix(".ftl").unwrap_or(file);
    match file {
        f if WHOLE_FILES.contains(&f) => true,
        // The counsellor's guides and her private session preparation stay in her language.
        "exercises" => !id.starts_with("ex-session-preparation-") && !id.contains("-guide-"),
        // What the counsellor alone sees on a worksheet (private notes, visibility labels).
        "worksheets" => {
            !id.starts_with("worksheet-private-") && !id.starts_with("worksheet-visibility-")
        }
        // The album's pages as printed in the booklet.
        "album" => {
            id.starts_with("album-category-")
                || id.starts_with("album-message-")
                || id == "album-photo-alt"
                || id == "booklet-scale-value"
        }
        // The explorer's results and the questions for a legal adviser.
        "explorer" => id.starts_with("explore-") || id.starts_with("rules-"),
        // The referral slip.
        "directory" => id.starts_with("slip-"),
        // The group wall.
        "projector" => id.starts_with("projector-wall-"),
        // The pathways' names and their one-line descriptions.
        "clients" => id.starts_with("clients-pathway"),
        _ => false,
    }
}

/// How a client language's file says whether a native speaker has reviewed it: its first line
/// is `### review: draft` or `### review: reviewed …` (who, when).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    Draft,
    Reviewed,
}

/// The review status a file states on its first line, if any.
pub fn review_of(source: &str) -> Option<Review> {
    let status = source
        .lines()
        .next()?
        .trim()
        .strip_prefix("### review:")?
        .trim();
    if status == "draft" {
        Some(Review::Draft)
    } else if status.starts_with("reviewed") {
        Some(Review::Reviewed)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_person_reads_the_content_but_not_the_counsellor_s_guides_or_controls() {
        assert!(is_person_facing("cards.ftl", "card-return-title"));
        assert!(is_person_facing("exercises.ftl", "ex-lifeline-title"));
        assert!(!is_person_facing("exercises.ftl", "ex-lifeline-guide-aim"));
        assert!(!is_person_facing(
            "exercises.ftl",
            "ex-session-preparation-title"
        ));
        assert!(is_person_facing("explorer.ftl", "explore-return-premium"));
        assert!(!is_person_facing("explorer.ftl", "explorer-heading"));
        assert!(is_person_facing("directory.ftl", "slip-title"));
        assert!(!is_person_facing("directory.ftl", "directory-add"));
        assert!(!is_person_facing("vault.ftl", "vault-lock-button"));
    }

    #[test]
    fn the_review_line_is_read_from_the_first_line_only() {
        assert_eq!(review_of("### review: draft\n# x"), Some(Review::Draft));
        assert_eq!(
            review_of("### review: reviewed by A. Native, 2027-01-10\n"),
            Some(Review::Reviewed)
        );
        assert_eq!(review_of("# x\n### review: draft"), None);
        assert_eq!(review_of("### review: maybe"), None);
        assert_eq!(review_of(""), None);
    }
}
