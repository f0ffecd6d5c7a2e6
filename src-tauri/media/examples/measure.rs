//! Times the import of the synthetic 12-megapixel JPEG, stage by stage.
//!
//! `cargo run --release -p avenir-media --example measure [runs]`

use std::time::{Duration, Instant};

use avenir_media::{Limits, Timings, import_timed};
use avenir_testkit::photos::bench_12mp_jpeg;

fn ms(d: Duration) -> String {
    format!("{:7.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(7)
        .max(1);

    let started = Instant::now();
    let jpeg = bench_12mp_jpeg();
    println!(
        "fixture: 4000x3000 JPEG, {:.2} MB, built in {}",
        jpeg.len() as f64 / 1e6,
        ms(started.elapsed())
    );

    let limits = Limits::default();
    let mut all: Vec<Timings> = Vec::with_capacity(runs);
    for run in 0..runs {
        let wall = Instant::now();
        let (imported, t) = match import_timed(&jpeg, &limits) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("import failed: {e}");
                std::process::exit(1);
            }
        };
        let wall = wall.elapsed();
        println!(
            "run {run}: total {} (header {} decode {} flatten {} resize {} orient {} encode {} thumbnail {}) -> {}x{} {:.0} kB, thumb {}x{} {:.1} kB",
            ms(wall),
            ms(t.header),
            ms(t.decode),
            ms(t.flatten),
            ms(t.resize),
            ms(t.orient),
            ms(t.encode),
            ms(t.thumbnail),
            imported.width,
            imported.height,
            imported.image.len() as f64 / 1e3,
            imported.thumb_width,
            imported.thumb_height,
            imported.thumb.len() as f64 / 1e3,
        );
        all.push(t);
    }

    let median = |f: fn(&Timings) -> Duration| {
        let mut v: Vec<Duration> = all.iter().map(f).collect();
        v.sort();
        v[v.len() / 2]
    };
    println!("median of {runs} runs:");
    println!("  header    {}", ms(median(|t| t.header)));
    println!("  decode    {}", ms(median(|t| t.decode)));
    println!("  flatten   {}", ms(median(|t| t.flatten)));
    println!("  resize    {}", ms(median(|t| t.resize)));
    println!("  orient    {}", ms(median(|t| t.orient)));
    println!("  encode    {}", ms(median(|t| t.encode)));
    println!("  thumbnail {}", ms(median(|t| t.thumbnail)));
    println!("  TOTAL     {}", ms(median(|t| t.total())));

    // The same photo tagged "rotate 90° clockwise" (a portrait taken with a phone held upright):
    // the orientation is applied to the downscaled image.
    let mut rotated = vec![0xFF, 0xD8];
    rotated.extend_from_slice(&orientation_app1(6));
    rotated.extend_from_slice(&jpeg[2..]);
    let mut orient = Vec::with_capacity(runs);
    let mut total = Vec::with_capacity(runs);
    let mut size = (0, 0);
    for _ in 0..runs {
        match import_timed(&rotated, &limits) {
            Ok((imported, t)) => {
                size = (imported.width, imported.height);
                orient.push(t.orient);
                total.push(t.total());
            }
            Err(e) => {
                eprintln!("import failed: {e}");
                std::process::exit(1);
            }
        }
    }
    orient.sort();
    total.sort();
    println!(
        "with EXIF orientation 6 -> {}x{}: orient {}, TOTAL {} (median of {runs})",
        size.0,
        size.1,
        ms(orient[runs / 2]),
        ms(total[runs / 2])
    );
}

/// An APP1 EXIF segment holding only an Orientation tag (little-endian TIFF, one IFD entry).
fn orientation_app1(orientation: u16) -> Vec<u8> {
    let mut tiff = b"II*\0".to_vec();
    tiff.extend_from_slice(&8u32.to_le_bytes());
    tiff.extend_from_slice(&1u16.to_le_bytes());
    tiff.extend_from_slice(&0x0112u16.to_le_bytes());
    tiff.extend_from_slice(&3u16.to_le_bytes());
    tiff.extend_from_slice(&1u32.to_le_bytes());
    tiff.extend_from_slice(&orientation.to_le_bytes());
    tiff.extend_from_slice(&[0, 0]);
    tiff.extend_from_slice(&0u32.to_le_bytes());
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(&tiff);
    let mut segment = vec![0xFF, 0xE1];
    segment.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    segment.extend_from_slice(&payload);
    segment
}
