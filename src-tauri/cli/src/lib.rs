//! `avenir-cli`: the headless side of Avenir, for administrators, training and measurement.
//! The binary is a thin argument parser over these modules.
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod bench;
pub mod display;
mod error;
pub mod proctree;
pub mod sandbox;

pub use error::CliError;
