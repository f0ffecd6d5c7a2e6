//! `avenir-cli`: the headless side of Avenir, for administrators, training and measurement.
//! The binary is a thin argument parser over these modules.
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod admin;
pub mod album;
pub mod bench;
pub mod display;
mod error;
pub mod proctree;
pub mod sandbox;
pub mod secrets;
pub mod seed;

pub use error::CliError;
