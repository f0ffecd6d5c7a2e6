//! Deterministic, photo-like JPEGs for benchmarks.

use image::RgbImage;
use image::codecs::jpeg::JpegEncoder;

/// A 4000×3000 JPEG (quality 90) that looks enough like a photo to cost what a photo costs:
/// smooth gradients, large shapes with edges, fine texture and per-pixel sensor-like noise, so its
/// entropy-coded data is of a camera's order of size (a few MB), not trivially compressible. The
/// same bytes on every call and every machine.
pub fn bench_12mp_jpeg() -> Vec<u8> {
    photo_like_jpeg(4000, 3000)
}

/// The same picture at `width`×`height` (at least 1×1).
pub fn photo_like_jpeg(width: u32, height: u32) -> Vec<u8> {
    let (w, h) = (width.max(1), height.max(1));
    let mut noise = XorShift(0x2545_F491_4F6C_DD1D);
    let image = RgbImage::from_fn(w, h, |x, y| {
        let (xf, yf) = (x as f32 / w as f32, y as f32 / h as f32);
        // Sky-to-ground gradient.
        let mut r = 60.0 + 120.0 * yf;
        let mut g = 110.0 + 60.0 * (1.0 - yf);
        let mut b = 200.0 - 130.0 * yf;
        // A few discs ("faces", "lamps") with hard edges.
        for &(cx, cy, rad, tint) in &[
            (0.3f32, 0.4f32, 0.12f32, [220.0f32, 170.0, 140.0]),
            (0.65, 0.45, 0.1, [200.0, 150.0, 120.0]),
            (0.8, 0.15, 0.05, [250.0, 240.0, 200.0]),
        ] {
            let d = ((xf - cx) * 4.0 / 3.0).hypot(yf - cy);
            if d < rad {
                let shade = 1.0 - 0.5 * d / rad;
                r = tint[0] * shade;
                g = tint[1] * shade;
                b = tint[2] * shade;
            }
        }
        // Fabric-like texture.
        let tex = 14.0 * ((x as f32 * 0.21).sin() * (y as f32 * 0.17).cos());
        let n = noise.next();
        let grain = |shift: u32| f32::from(((n >> shift) & 0x1F) as u8) - 15.5;
        let px = |v: f32| v.clamp(0.0, 255.0) as u8;
        image::Rgb([
            px(r + tex + grain(0)),
            px(g + tex + grain(8)),
            px(b + tex + grain(16)),
        ])
    });
    let mut out = Vec::new();
    // Encoding a buffer we built ourselves, in memory, cannot fail.
    let _ = JpegEncoder::new_with_quality(&mut out, 90).encode_image(&image);
    out
}

/// Marsaglia's xorshift64: deterministic noise, no dependency.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}
