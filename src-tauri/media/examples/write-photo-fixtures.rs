//! Writes the committed photo fixtures of the command-line and end-to-end tests
//! (`tests/fixtures/photos/`); run once, then commit the files:
//! `cargo run -p avenir-media --example write-photo-fixtures`.
//!
//! `camera.jpg` carries EXIF (orientation 6, GPS, a serial number, an embedded thumbnail), XMP,
//! IPTC, an ICC profile and a comment; `garden.png` is a plain PNG; `broken.jpg` is cut short;
//! `notes.jpg` is a text file with a photo's name.
#![allow(clippy::unwrap_used)]

// The tests' fixture builders (the module allows what this example leaves unused).
#[path = "../tests/support/mod.rs"]
mod support;

use support::*;

fn main() {
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/photos");
    std::fs::create_dir_all(&out).unwrap();
    let camera = camera_jpeg(&stored_for(&detailed(480, 320), 6), 6);
    std::fs::write(out.join("camera.jpg"), &camera).unwrap();
    let garden = png_rgb(&detailed(320, 240));
    std::fs::write(out.join("garden.png"), &garden).unwrap();
    std::fs::write(out.join("broken.jpg"), &camera[..camera.len() / 2]).unwrap();
    std::fs::write(
        out.join("notes.jpg"),
        "Not a photo: a note saved with a .jpg name.\n",
    )
    .unwrap();
    println!("{}", out.display());
}
