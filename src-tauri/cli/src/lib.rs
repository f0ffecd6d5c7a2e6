//! `avenir-cli`: the administrator's tool, shipped beside the app. Every subcommand is one call
//! into the application layer (`avenir-api`), the same code the app runs.
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod admin;
pub mod args;
pub mod directory;
mod error;
pub mod explore;
pub mod handover;
pub mod secrets;

pub use error::CliError;
