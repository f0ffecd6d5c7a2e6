//! Avenir's domain, pure: no I/O, no clock, no randomness (both are passed in by callers).
//!
//! The error contract every layer shares (a stable code, a Fluent message id and its arguments),
//! and the counselling domain: pseudonymous client files, sessions, the four pathways, follow-up
//! and review rules, and spotting identifiers that do not belong in notes; the exercises,
//! pathway cards and answers defined by content files, and the decision journal.
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod album;
pub mod client;
pub mod content;
pub mod course;
pub mod directory;
pub mod explorer;
pub mod follow_up;
pub mod identifiers;
mod input;
pub mod journal;
pub mod session;
pub mod time;
mod user_facing;

pub use input::InvalidInput;
pub use user_facing::{ErrorArg, UserFacing, UserMessage};
