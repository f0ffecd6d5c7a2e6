//! The person's own decision, recorded on a session when they say one, and the decision that
//! holds in a session: the latest one recorded up to it (people move back and forth; a later
//! "open" — weighing again — undoes an earlier choice).

use avenir_core::session::Decision;
use rusqlite::{Connection, OptionalExtension, params};

use crate::VaultError;

/// Records `decision` on the session `session_id` (`None` clears it).
pub fn set_decision(
    conn: &Connection,
    session_id: i64,
    decision: Option<Decision>,
) -> Result<(), VaultError> {
    let changed = conn.execute(
        "UPDATE sessions SET decision = ?2 WHERE id = ?1",
        params![session_id, decision.map(Decision::as_str)],
    )?;
    if changed == 0 {
        return Err(VaultError::ClientMissing);
    }
    Ok(())
}

/// The decision that holds in the session `session_id`: the one recorded in it or, failing
/// that, in the latest earlier session of the same person (by start, then by creation).
pub fn decision_as_of(conn: &Connection, session_id: i64) -> Result<Option<Decision>, VaultError> {
    let exists: Option<i64> = conn
        .query_row("SELECT id FROM sessions WHERE id = ?1", [session_id], |r| {
            r.get(0)
        })
        .optional()?;
    if exists.is_none() {
        return Err(VaultError::ClientMissing);
    }
    let decision: Option<String> = conn
        .query_row(
            "SELECT d.decision FROM sessions s JOIN sessions d ON d.client_id = s.client_id
              WHERE s.id = ?1 AND d.decision IS NOT NULL
                AND (d.started_at < s.started_at OR (d.started_at = s.started_at AND d.id <= s.id))
              ORDER BY d.started_at DESC, d.id DESC LIMIT 1",
            [session_id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(decision.as_deref().and_then(Decision::parse))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use avenir_core::client::ClientInput;
    use avenir_core::session::SessionKind;

    use super::*;
    use crate::clients::{SessionInput, create_client, create_session, get_session};
    use crate::{KdfParams, RecoveryKey, Vault};

    fn session(conn: &Connection, client: i64, at: &str) -> i64 {
        let input = SessionInput {
            started_at: at.into(),
            duration_minutes: None,
            kind: SessionKind::Individual,
            pathways: Vec::new(),
            summary: String::new(),
            private_notes: String::new(),
            follow_up: None,
        };
        create_session(conn, client, &input).unwrap()
    }

    #[test]
    fn the_latest_decision_up_to_a_session_holds_in_it_and_open_undoes_a_choice() {
        let tmp = tempfile::tempdir().unwrap();
        let v = Vault::create_at(
            &tmp.path().join("v"),
            "A",
            "orange kettle meadow violin harbour pepper",
            &RecoveryKey::generate().unwrap(),
            KdfParams::INSECURE_TEST,
        )
        .unwrap();
        let c = v.conn();
        let client = |code: &str| {
            create_client(
                c,
                &ClientInput {
                    code: code.into(),
                    ..Default::default()
                },
                "2026-01-01T09:00:00Z",
            )
            .unwrap()
        };
        let (mira, other) = (client("K7-MIRA"), client("Q2-SAMI"));
        let march = session(c, mira, "2026-03-01T09:00:00Z");
        let april = session(c, mira, "2026-04-01T09:00:00Z");
        let may = session(c, mira, "2026-05-01T09:00:00Z");
        let elsewhere = session(c, other, "2026-06-01T09:00:00Z");
        assert_eq!(decision_as_of(c, may).unwrap(), None);

        set_decision(c, april, Some(Decision::Return)).unwrap();
        assert_eq!(decision_as_of(c, march).unwrap(), None, "not before it");
        assert_eq!(decision_as_of(c, april).unwrap(), Some(Decision::Return));
        assert_eq!(decision_as_of(c, may).unwrap(), Some(Decision::Return));
        assert_eq!(
            decision_as_of(c, elsewhere).unwrap(),
            None,
            "another person's"
        );
        assert_eq!(
            get_session(c, april).unwrap().decision,
            Some(Decision::Return)
        );

        set_decision(c, may, Some(Decision::Open)).unwrap();
        assert_eq!(decision_as_of(c, may).unwrap(), Some(Decision::Open));
        assert_eq!(decision_as_of(c, april).unwrap(), Some(Decision::Return));

        set_decision(c, may, None).unwrap();
        assert_eq!(decision_as_of(c, may).unwrap(), Some(Decision::Return));
        assert!(matches!(
            set_decision(c, 9_999, Some(Decision::Return)),
            Err(VaultError::ClientMissing)
        ));
        assert!(matches!(
            decision_as_of(c, 9_999),
            Err(VaultError::ClientMissing)
        ));
        // The column accepts only the five decisions.
        assert!(
            c.execute(
                "UPDATE sessions SET decision = 'deported' WHERE id = ?1",
                [may]
            )
            .is_err()
        );
    }
}
