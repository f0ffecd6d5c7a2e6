//! The JSON shapes of the vault's keys: a new recovery key, and what a re-key answers. A recovery
//! key crosses once, to be shown; like the one shown at creation, the copy serialised here is
//! out of Avenir's reach afterwards.

use serde::Serialize;
use ts_rs::TS;
use zeroize::Zeroizing;

/// A new recovery key, shown once: the old one no longer opens the vault.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewRecoveryKeyDto {
    /// Groups of 4 characters joined by `-`.
    pub recovery_key: String,
}

impl From<Zeroizing<String>> for NewRecoveryKeyDto {
    fn from(key: Zeroizing<String>) -> Self {
        NewRecoveryKeyDto {
            recovery_key: key.as_str().to_owned(),
        }
    }
}

/// The vault has a new key: the new recovery key (shown once) and what to tell about backups.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RekeyedDto {
    /// Groups of 4 characters joined by `-`; the recovery key from before opens nothing now.
    pub recovery_key: String,
    /// Whether to offer a backup now (older backups still open with the old secrets).
    pub offer_backup: bool,
    /// The Fluent message id that says so.
    pub notice: &'static str,
}

impl From<avenir_api::Rekeyed> for RekeyedDto {
    fn from(r: avenir_api::Rekeyed) -> Self {
        RekeyedDto {
            recovery_key: r.recovery_key.as_str().to_owned(),
            offer_backup: r.offer_backup,
            notice: r.notice,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rekey_answers_the_key_the_offer_and_the_notice_in_the_shape_the_ui_reads() {
        let rekeyed = avenir_api::Rekeyed {
            recovery_key: Zeroizing::new("AAAA-BBBB".to_owned()),
            offer_backup: true,
            notice: avenir_api::REKEY_BACKUP_NOTICE,
        };
        assert_eq!(
            serde_json::to_value(RekeyedDto::from(rekeyed)).unwrap(),
            serde_json::json!({
                "recoveryKey": "AAAA-BBBB",
                "offerBackup": true,
                "notice": "vault-rekey-old-backups"
            })
        );
        let rotated = NewRecoveryKeyDto::from(Zeroizing::new("CCCC-DDDD".to_owned()));
        assert_eq!(
            serde_json::to_value(rotated).unwrap(),
            serde_json::json!({"recoveryKey": "CCCC-DDDD"})
        );
    }
}
