//! Deterministic sample answers for any field: the demo vault, the history benchmark and the
//! round-trip tests fill every shipped exercise with them. `n` varies the answer (a session
//! number, say); the same `n` always gives the same answer.

use avenir_core::content::{Answer, Cell, CellKind, Field, Kind, MatrixCell, TimelineEvent};

const TEXTS: [&str; 6] = [
    "I wanted to be safe and to work, so that my children could go to school.",
    "Je voulais être en sécurité et travailler pour ma famille.",
    "Ik wilde veilig zijn en werken, zodat mijn kinderen naar school konden.",
    "أردت أن أكون بأمان وأن أعمل من أجل عائلتي.",
    "Some of it is still alive: I still want to learn a trade.",
    "Ce qui reste vivant : apprendre un métier, garder le contact avec ma sœur.",
];

fn text(n: usize) -> String {
    TEXTS[n % TEXTS.len()].to_owned()
}

/// A full answer to `field`, varied by `n`.
pub fn answer_for(field: &Field, n: usize) -> Answer {
    match &field.kind {
        Kind::ShortText { max_chars } | Kind::LongText { max_chars } => {
            Answer::Text(text(n).chars().take(*max_chars as usize).collect())
        }
        Kind::Choice { options, .. } => Answer::Choice(Some(options[n % options.len()].id.clone())),
        Kind::Checklist { options } => Answer::Checklist(
            options
                .iter()
                .enumerate()
                .filter(|(i, _)| (i + n).is_multiple_of(2))
                .map(|(_, o)| o.id.clone())
                .collect(),
        ),
        Kind::Scale { .. } => Answer::Scale(Some((n % 11) as u8)),
        Kind::List { max_items, .. } => Answer::List(
            (0..(*max_items as usize).min(3))
                .map(|i| text(n + i))
                .collect(),
        ),
        Kind::Matrix {
            rows,
            columns,
            cells,
            ..
        } => {
            let mut out = Vec::new();
            for (r, row) in rows.iter().enumerate() {
                for (c, column) in columns.iter().enumerate() {
                    let value = match cells {
                        CellKind::Scale => Cell::Scale(((r * 3 + c * 2 + n) % 11) as u8),
                        CellKind::Text => Cell::Text(text(r + c + n)),
                    };
                    out.push(MatrixCell {
                        row: row.id.clone(),
                        column: column.id.clone(),
                        value,
                    });
                }
            }
            Answer::Matrix(out)
        }
        Kind::Timeline { tags, max_items } => Answer::Timeline(
            (0..(*max_items as usize).min(4))
                .map(|i| TimelineEvent {
                    when: format!("{}", 1990 + 8 * i + n % 3),
                    text: text(n + i),
                    tag: (!tags.is_empty()).then(|| tags[(i + n) % tags.len()].id.clone()),
                })
                .collect(),
        ),
        Kind::Photos { .. } => Answer::Photos(Vec::new()),
    }
}
