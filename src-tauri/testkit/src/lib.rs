//! Support code that only tests and `avenir-bench` use — never the app or `avenir-cli`:
//!
//! - [`scan`]: the plaintext scan behind every "nothing readable on disk" test;
//! - [`workload`]: the encrypted-vs-plain storage workload, with its unencrypted yardstick;
//! - [`photos`]: a deterministic 12-megapixel JPEG;
//! - [`display`], [`sandbox`], [`proctree`]: a virtual display, a throw-away home and data
//!   folder, and a process tree's memory, for starting the real app in tests and benchmarks.
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod display;
pub mod photos;
pub mod proctree;
pub mod sandbox;
pub mod scan;
pub mod workload;
