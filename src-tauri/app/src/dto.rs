//! The JSON shapes the UI sees. Only this boundary knows JSON.

use serde::Serialize;
use ts_rs::TS;
use zeroize::Zeroizing;

/// The writing direction of a locale's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl From<avenir_api::i18n::Direction> for Direction {
    fn from(d: avenir_api::i18n::Direction) -> Self {
        match d {
            avenir_api::i18n::Direction::Ltr => Direction::Ltr,
            avenir_api::i18n::Direction::Rtl => Direction::Rtl,
        }
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CatalogueDto {
    pub locale: String,
    pub dir: Direction,
    /// The locale dates, times and numbers follow: the interface language with the system's
    /// region (`en-GB` for English on a British system).
    pub format_locale: String,
    /// The fallback chain, most specific first (e.g. ar, then en).
    pub chain: Vec<ChainEntryDto>,
    pub available: Vec<LocaleInfoDto>,
}

#[derive(Debug, Serialize, TS)]
pub struct ChainEntryDto {
    pub locale: String,
    /// The locale's Fluent (FTL) source.
    pub ftl: String,
}

#[derive(Debug, Serialize, TS)]
pub struct LocaleInfoDto {
    pub locale: String,
    /// The language's own name, e.g. "Nederlands".
    pub name: String,
    pub dir: Direction,
    /// Whether every message of the app is translated in this locale.
    pub complete: bool,
    /// No native speaker has reviewed it yet: the counsellor is told when she picks it.
    pub draft: bool,
}

impl From<avenir_api::i18n::UiCatalogue> for CatalogueDto {
    fn from(c: avenir_api::i18n::UiCatalogue) -> Self {
        CatalogueDto {
            locale: c.locale,
            dir: c.dir.into(),
            format_locale: c.format_locale,
            chain: c
                .chain
                .into_iter()
                .map(|e| ChainEntryDto {
                    locale: e.locale,
                    ftl: e.ftl,
                })
                .collect(),
            available: c
                .available
                .into_iter()
                .map(|i| LocaleInfoDto {
                    locale: i.tag,
                    name: i.name,
                    dir: i.dir.into(),
                    complete: i.complete,
                    draft: i.draft,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_serialises_in_the_shape_the_ui_expects() {
        let ui = avenir_api::i18n::Catalogues::embedded()
            .ui_catalogue("ar")
            .unwrap();
        let v = serde_json::to_value(CatalogueDto::from(ui)).unwrap();
        assert_eq!(v["locale"], "ar");
        assert_eq!(v["dir"], "rtl");
        assert!(v["formatLocale"].as_str().unwrap().starts_with("ar"));
        assert_eq!(v["chain"][1]["locale"], "en");
        assert!(
            v["chain"][0]["ftl"]
                .as_str()
                .unwrap()
                .contains("welcome-title")
        );
        let nl = v["available"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["locale"] == "nl")
            .unwrap();
        assert_eq!(
            nl,
            &serde_json::json!({"locale": "nl", "name": "Nederlands", "dir": "ltr", "complete": true, "draft": false})
        );
        let ru = v["available"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["locale"] == "ru")
            .unwrap();
        assert_eq!(
            ru,
            &serde_json::json!({"locale": "ru", "name": "Русский", "dir": "ltr", "complete": false, "draft": true})
        );
    }
}

/// `none`: no profile on this computer; `locked`: profiles, none open; `unlocked`: one is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum VaultState {
    None,
    Locked,
    Unlocked,
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VaultStatusDto {
    pub state: VaultState,
    pub profiles: Vec<ProfileDto>,
    pub open: Option<OpenVaultDto>,
}

/// A counsellor profile. The label names the counsellor, never a client.
#[derive(Debug, Serialize, TS)]
pub struct ProfileDto {
    pub id: String,
    pub label: String,
}

/// The profile whose vault is open.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenVaultDto {
    pub id: String,
    pub label: String,
    /// Minutes without activity before the vault locks itself.
    pub idle_minutes: u32,
    /// A new passphrase is owed (the vault was opened with the recovery key); null when none is.
    pub passphrase_reset: Option<PassphraseResetDto>,
}

/// The new passphrase owed after an unlock with the recovery key.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PassphraseResetDto {
    /// Whether choosing it may still be postponed (once).
    pub may_postpone: bool,
}

impl From<avenir_api::VaultStatus> for VaultStatusDto {
    fn from(s: avenir_api::VaultStatus) -> Self {
        let state = match (&s.open, s.profiles.is_empty()) {
            (Some(_), _) => VaultState::Unlocked,
            (None, true) => VaultState::None,
            (None, false) => VaultState::Locked,
        };
        VaultStatusDto {
            state,
            profiles: s
                .profiles
                .into_iter()
                .map(|(id, label)| ProfileDto { id, label })
                .collect(),
            open: s.open.map(|o| OpenVaultDto {
                id: o.id,
                label: o.label,
                idle_minutes: o.idle_minutes,
                passphrase_reset: o.passphrase_reset.map(|r| PassphraseResetDto {
                    may_postpone: r.may_postpone,
                }),
            }),
        }
    }
}

#[derive(Debug, Serialize, TS)]
pub struct StrengthDto {
    /// zxcvbn's score, 0 (guessable) to 4.
    #[ts(type = "0 | 1 | 2 | 3 | 4")]
    pub score: u8,
    /// Whether the passphrase meets Avenir's minimum.
    pub acceptable: bool,
    /// Fluent message ids (`strength-feedback-…`); may be empty.
    pub feedback: Vec<&'static str>,
}

impl From<avenir_api::PassphraseStrength> for StrengthDto {
    fn from(s: avenir_api::PassphraseStrength) -> Self {
        StrengthDto {
            score: s.score,
            acceptable: s.acceptable,
            feedback: s.feedback,
        }
    }
}

#[derive(Debug, Serialize, TS)]
pub struct GeneratedDto {
    pub passphrase: String,
}

impl From<Zeroizing<String>> for GeneratedDto {
    fn from(passphrase: Zeroizing<String>) -> Self {
        GeneratedDto {
            passphrase: passphrase.as_str().to_owned(),
        }
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreationDto {
    /// Groups of 4 characters joined by `-`, shown once.
    pub recovery_key: String,
    /// How many groups the key has.
    pub groups: usize,
}

impl From<(Zeroizing<String>, usize)> for CreationDto {
    fn from((key, groups): (Zeroizing<String>, usize)) -> Self {
        CreationDto {
            recovery_key: key.as_str().to_owned(),
            groups,
        }
    }
}

/// One group of the recovery key typed back; `index` is 0-based. The text is part of the
/// recovery key: wiped when dropped.
#[derive(Debug, serde::Deserialize, TS)]
pub struct RecoveryCheckDto {
    pub index: usize,
    #[ts(type = "string")]
    pub text: Zeroizing<String>,
}

impl RecoveryCheckDto {
    /// The groups as the application layer takes them, in a buffer wiped when dropped.
    pub fn pairs(checks: Vec<RecoveryCheckDto>) -> Zeroizing<Vec<(usize, String)>> {
        Zeroizing::new(
            checks
                .into_iter()
                .map(|mut c| (c.index, std::mem::take(&mut *c.text)))
                .collect(),
        )
    }
}

#[derive(Debug, Clone, Copy, serde::Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum UnlockMethod {
    Passphrase,
    Recovery,
}

impl UnlockMethod {
    pub fn secret(self, secret: &str) -> avenir_api::Secret<'_> {
        match self {
            UnlockMethod::Passphrase => avenir_api::Secret::Passphrase(secret),
            UnlockMethod::Recovery => avenir_api::Secret::Recovery(secret),
        }
    }
}

#[cfg(test)]
mod vault_dto_tests {
    use super::*;
    use avenir_api::{OpenInfo, VaultStatus};

    #[test]
    fn status_snapshots() {
        let none = VaultStatus {
            profiles: vec![],
            open: None,
        };
        assert_eq!(
            serde_json::to_string(&VaultStatusDto::from(none)).unwrap(),
            r#"{"state":"none","profiles":[],"open":null}"#
        );
        let profiles = vec![("ab12".to_owned(), "Counsellor A".to_owned())];
        let locked = VaultStatus {
            profiles: profiles.clone(),
            open: None,
        };
        assert_eq!(
            serde_json::to_string(&VaultStatusDto::from(locked)).unwrap(),
            r#"{"state":"locked","profiles":[{"id":"ab12","label":"Counsellor A"}],"open":null}"#
        );
        let open = Some(OpenInfo {
            id: "ab12".into(),
            label: "Counsellor A".into(),
            idle_minutes: 5,
            passphrase_reset: None,
        });
        assert_eq!(
            serde_json::to_string(&VaultStatusDto::from(VaultStatus {
                profiles: profiles.clone(),
                open
            }))
            .unwrap(),
            r#"{"state":"unlocked","profiles":[{"id":"ab12","label":"Counsellor A"}],"open":{"id":"ab12","label":"Counsellor A","idleMinutes":5,"passphraseReset":null}}"#
        );
        let owed = Some(OpenInfo {
            id: "ab12".into(),
            label: "Counsellor A".into(),
            idle_minutes: 5,
            passphrase_reset: Some(avenir_api::PassphraseReset {
                may_postpone: false,
            }),
        });
        let v = serde_json::to_value(VaultStatusDto::from(VaultStatus {
            profiles,
            open: owed,
        }))
        .unwrap();
        assert_eq!(
            v["open"]["passphraseReset"],
            serde_json::json!({"mayPostpone": false})
        );
    }

    #[test]
    fn unlock_arguments_parse_as_the_ui_sends_them() {
        let m: UnlockMethod = serde_json::from_str(r#""recovery""#).unwrap();
        assert!(matches!(m.secret("x"), avenir_api::Secret::Recovery("x")));
        let c: RecoveryCheckDto = serde_json::from_str(r#"{"index": 2, "text": "ab12"}"#).unwrap();
        assert_eq!((c.index, c.text.as_str()), (2, "ab12"));
    }
}
