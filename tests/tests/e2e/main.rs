//! Avenir end to end: the real app under Xvfb through tauri-driver and WebKitWebDriver, plus the
//! guards that keep the shipped binaries off the network. One test binary (keep binaries few).
#![allow(clippy::unwrap_used)]

mod accessibility;
mod album;
mod backup;
mod clients;
mod directory;
mod display;
mod exercises;
mod explorer;
mod guards;
mod handover;
mod hardening;
mod languages;
mod memory;
mod new_exercises;
mod offline;
mod print;
mod projector;
mod recovery;
mod sleep;
mod speech;
mod traces;
mod vault;
mod welcome;
