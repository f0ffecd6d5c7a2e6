//! Who may meet an exercise, and where: a definition's `visibility` and the settings every
//! renderer asks about (a session, a shared screen, a whole group, a course block).

use serde::{Deserialize, Serialize};

/// When an exercise may be put in front of a person.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Visibility {
    /// To anyone, in a session or in the whole group.
    #[default]
    Always,
    /// Only when the person raised the subject themselves: never to a whole group (a plan's or
    /// course's whole-group block may not use it; an individual block on paper may).
    WhenRaised,
    /// Only once the person chose return in a session (the latest decision recorded up to that
    /// session is return): detailed plans are for those who decided. Never to a whole group.
    AfterReturnChosen,
    /// For the counsellor alone: never in presentation-safe mode, on the second screen, on the
    /// wall, in a booklet or on paper, and in no course block.
    CounsellorOnly,
}

/// Where an exercise would be shown, for `Visibility::offered`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Setting {
    /// A screen or paper the person or a group can see: presentation-safe mode, the second
    /// screen, the wall, a booklet, a print.
    pub shared: bool,
    /// Done together by a whole group.
    pub whole_group: bool,
    /// The latest decision recorded for the person, up to this session, is return.
    pub return_chosen: bool,
}

impl Visibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Always => "always",
            Visibility::WhenRaised => "when_raised",
            Visibility::AfterReturnChosen => "after_return_chosen",
            Visibility::CounsellorOnly => "counsellor_only",
        }
    }

    /// Whether an exercise of this visibility may be offered in `setting`. `WhenRaised` is
    /// offered to one person (the counsellor judges whether the subject was raised).
    pub fn offered(self, setting: Setting) -> bool {
        match self {
            Visibility::Always => true,
            Visibility::WhenRaised => !setting.whole_group,
            Visibility::AfterReturnChosen => !setting.whole_group && setting.return_chosen,
            Visibility::CounsellorOnly => !setting.shared && !setting.whole_group,
        }
    }

    /// May a course block done by the whole group, or by each person alone on paper, use it?
    pub fn in_course(self, whole_group: bool) -> bool {
        match self {
            Visibility::Always => true,
            Visibility::WhenRaised | Visibility::AfterReturnChosen => !whole_group,
            Visibility::CounsellorOnly => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE_TO_ONE: Setting = Setting {
        shared: false,
        whole_group: false,
        return_chosen: false,
    };

    #[test]
    fn the_reintegration_plan_waits_for_the_persons_own_choice_of_return() {
        let v = Visibility::AfterReturnChosen;
        assert!(!v.offered(ONE_TO_ONE));
        let chosen = Setting {
            return_chosen: true,
            ..ONE_TO_ONE
        };
        assert!(v.offered(chosen));
        assert!(v.offered(Setting {
            shared: true,
            ..chosen
        }));
        assert!(!v.offered(Setting {
            whole_group: true,
            ..chosen
        }));
        assert!(v.in_course(false) && !v.in_course(true));
    }

    #[test]
    fn counsellor_only_never_reaches_a_shared_screen_a_group_or_a_course() {
        let v = Visibility::CounsellorOnly;
        assert!(v.offered(ONE_TO_ONE));
        for setting in [
            Setting {
                shared: true,
                ..ONE_TO_ONE
            },
            Setting {
                whole_group: true,
                ..ONE_TO_ONE
            },
            Setting {
                shared: true,
                whole_group: true,
                return_chosen: true,
            },
        ] {
            assert!(!v.offered(setting), "{setting:?}");
        }
        assert!(!v.in_course(false) && !v.in_course(true));
    }

    #[test]
    fn the_older_values_keep_their_meaning() {
        let group = Setting {
            whole_group: true,
            ..ONE_TO_ONE
        };
        assert!(Visibility::Always.offered(group) && Visibility::Always.in_course(true));
        assert!(Visibility::WhenRaised.offered(ONE_TO_ONE));
        assert!(!Visibility::WhenRaised.offered(group));
        assert!(Visibility::WhenRaised.in_course(false) && !Visibility::WhenRaised.in_course(true));
    }
}
