//! Avenir's domain, pure: no I/O, no clock, no randomness (both are passed in by callers).
//!
//! The foundation holds the one contract every layer shares: how an error describes itself to a
//! person (a stable code, a Fluent message id and its arguments), without formatting any text.
#![cfg_attr(test, allow(clippy::unwrap_used))]

mod user_facing;

pub use user_facing::{ErrorArg, UserFacing, UserMessage};
