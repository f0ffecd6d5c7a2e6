//! The import pipeline: checks, decoding under limits, orientation, flattening, downscaling and
//! re-encoding.

use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use image::codecs::jpeg::JpegEncoder;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, RgbImage};

use crate::{
    IMAGE_QUALITY, IMAGE_SIDE, Imported, Limits, MediaError, SourceFormat, THUMB_QUALITY,
    THUMB_SIDE, resample, sniff,
};

/// Time spent in each stage of one [`import_timed`] (for benchmarks; the split is by stage, in
/// the order they run).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timings {
    /// Size check, format sniffing, header parsing and the dimension checks.
    pub header: Duration,
    /// Decoding the pixels.
    pub decode: Duration,
    /// Flattening alpha onto white and converting to 8-bit RGB.
    pub flatten: Duration,
    /// Downscaling to at most [`IMAGE_SIDE`].
    pub resize: Duration,
    /// Turning the (downscaled) image upright.
    pub orient: Duration,
    /// Encoding the stored JPEG.
    pub encode: Duration,
    /// Downscaling to at most [`THUMB_SIDE`] and encoding the thumbnail.
    pub thumbnail: Duration,
}

impl Timings {
    /// The sum of all stages.
    pub fn total(&self) -> Duration {
        self.header
            + self.decode
            + self.flatten
            + self.resize
            + self.orient
            + self.encode
            + self.thumbnail
    }
}

/// Turns untrusted image bytes into a clean upright JPEG and its thumbnail, with no metadata.
///
/// In order: the size is checked against [`Limits::max_file_bytes`]; the format is recognised by
/// [`sniff`]; the dimensions are read from the header alone and refused beyond
/// [`Limits::max_pixels`] or [`Limits::max_side`]; the pixels are decoded with the decoder's own
/// allocation limit set to [`Limits::max_alloc_bytes`]; alpha is flattened onto white; the image
/// is downscaled so its longest side is at most [`IMAGE_SIDE`] (never upscaled) and turned upright
/// as its EXIF orientation says (all eight values); it is encoded as a baseline JPEG (quality 85)
/// that holds only JFIF, DQT, SOF0, DHT and SOS segments; the thumbnail is made from it (longest
/// side at most [`THUMB_SIDE`], quality 80).
///
/// Truncated or damaged data gives [`MediaError::Corrupt`]; a decoder panic is caught and gives
/// [`MediaError::Corrupt`] too.
pub fn import(bytes: &[u8], limits: &Limits) -> Result<Imported, MediaError> {
    import_timed(bytes, limits).map(|(imported, _)| imported)
}

/// [`import`], also returning the time spent in each stage (for the benchmark).
pub fn import_timed(bytes: &[u8], limits: &Limits) -> Result<(Imported, Timings), MediaError> {
    let mut t = Timings::default();
    let mut clock = Instant::now();
    let mut lap = |slot: &mut Duration| {
        let now = Instant::now();
        *slot = now - clock;
        clock = now;
    };

    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(limits.too_large());
    }
    let source = sniff(bytes)?;
    if source == SourceFormat::Jpeg && !jpeg_is_complete(bytes) {
        return Err(MediaError::Corrupt);
    }
    let decoder = guarded(|| open_checked(bytes, source, limits))?;
    lap(&mut t.header);

    let (decoded, orientation) = guarded(|| decode(decoder, limits))?;
    lap(&mut t.decode);

    let rgb = flatten_to_rgb(decoded);
    lap(&mut t.flatten);

    // Resizing before orienting moves four times fewer pixels for a 12 MP photo; the target size
    // is computed in the upright frame, and the filters are symmetric, so the result is the same.
    let swaps = swaps_axes(orientation);
    let (w, h) = rgb.dimensions();
    let (upright_w, upright_h) = if swaps { (h, w) } else { (w, h) };
    let (tw, th) = fit(upright_w, upright_h, IMAGE_SIDE);
    let (sw, sh) = if swaps { (th, tw) } else { (tw, th) };
    let small = downscale(rgb, sw, sh);
    lap(&mut t.resize);

    let small = orient(small, orientation);
    lap(&mut t.orient);

    let image = encode_jpeg(&small, IMAGE_QUALITY)?;
    lap(&mut t.encode);

    let (thumb_w, thumb_h) = fit(small.width(), small.height(), THUMB_SIDE);
    let thumb = if (thumb_w, thumb_h) == small.dimensions() {
        encode_jpeg(&small, THUMB_QUALITY)?
    } else {
        encode_jpeg(&resample::resize(&small, thumb_w, thumb_h), THUMB_QUALITY)?
    };
    lap(&mut t.thumbnail);

    Ok((
        Imported {
            image,
            width: small.width(),
            height: small.height(),
            thumb,
            thumb_width: thumb_w,
            thumb_height: thumb_h,
            source,
        },
        t,
    ))
}

/// Runs a decoder step, turning a panic into [`MediaError::Corrupt`].
fn guarded<T>(step: impl FnOnce() -> Result<T, MediaError>) -> Result<T, MediaError> {
    catch_unwind(AssertUnwindSafe(step)).unwrap_or(Err(MediaError::Corrupt))
}

fn image_format(source: SourceFormat) -> ImageFormat {
    match source {
        SourceFormat::Jpeg => ImageFormat::Jpeg,
        SourceFormat::Png => ImageFormat::Png,
        SourceFormat::Webp => ImageFormat::WebP,
    }
}

/// Parses the header only (no pixel data) and refuses dimensions beyond the limits.
fn open_checked<'a>(
    bytes: &'a [u8],
    source: SourceFormat,
    limits: &Limits,
) -> Result<impl ImageDecoder + 'a, MediaError> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), image_format(source));
    // Dimensions are checked below, with our own error; header parsing itself (PNG text chunks,
    // for one) already allocates under the memory limit.
    let mut header_limits = image::Limits::default();
    header_limits.max_image_width = None;
    header_limits.max_image_height = None;
    header_limits.max_alloc = Some(limits.max_alloc_bytes);
    reader.limits(header_limits);
    let decoder = reader.into_decoder().map_err(|e| decode_error(e, limits))?;

    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 {
        return Err(MediaError::Corrupt);
    }
    if w > limits.max_side || h > limits.max_side || u64::from(w) * u64::from(h) > limits.max_pixels
    {
        return Err(limits.too_many_pixels());
    }
    Ok(decoder)
}

/// Decodes the pixels under the allocation limit, and reads the EXIF orientation.
fn decode(
    mut decoder: impl ImageDecoder,
    limits: &Limits,
) -> Result<(DynamicImage, Orientation), MediaError> {
    let mut decode_limits = image::Limits::default();
    decode_limits.max_image_width = Some(limits.max_side);
    decode_limits.max_image_height = Some(limits.max_side);
    decode_limits.max_alloc = Some(limits.max_alloc_bytes);
    // The output buffer counts against the limit, the decoder's own buffers get what is left.
    decode_limits
        .reserve(decoder.total_bytes())
        .map_err(|_| limits.too_many_pixels())?;
    decoder
        .set_limits(decode_limits)
        .map_err(|e| decode_error(e, limits))?;
    // Unreadable orientation metadata is no reason to refuse the pixels.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image = DynamicImage::from_decoder(decoder).map_err(|e| decode_error(e, limits))?;
    Ok((image, orientation))
}

fn decode_error(e: ImageError, limits: &Limits) -> MediaError {
    match e {
        ImageError::Limits(_) => limits.too_many_pixels(),
        ImageError::Unsupported(_) => MediaError::Unsupported,
        _ => MediaError::Corrupt,
    }
}

/// A JPEG whose entropy-coded data stops before its end-of-image marker was cut short. The
/// decoder, lenient with real-world files, would fill the missing part with grey; a cut-off photo
/// is refused instead. Segments before the first scan are skipped by their lengths (an EXIF
/// thumbnail has an end-of-image marker of its own); after it, any `FF D9` counts (inside
/// entropy-coded data `FF` is always followed by `00` or a restart marker).
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let mut i = 2; // after SOI
    loop {
        // Fill bytes (FF FF ...) may precede a marker.
        while bytes.get(i) == Some(&0xFF) && bytes.get(i + 1) == Some(&0xFF) {
            i += 1;
        }
        let (Some(&0xFF), Some(&marker)) = (bytes.get(i), bytes.get(i + 1)) else {
            return false;
        };
        match marker {
            0xD9 => return true,
            // Standalone markers: no length.
            0x01 | 0xD0..=0xD7 => i += 2,
            _ => {
                let (Some(&hi), Some(&lo)) = (bytes.get(i + 2), bytes.get(i + 3)) else {
                    return false;
                };
                let end = i + 2 + usize::from(u16::from_be_bytes([hi, lo]));
                if marker == 0xDA {
                    return bytes
                        .get(end..)
                        .is_some_and(|rest| rest.windows(2).any(|w| w == [0xFF, 0xD9]));
                }
                i = end;
            }
        }
    }
}

fn has_alpha(image: &DynamicImage) -> bool {
    image.color().has_alpha()
}

/// 8-bit RGB, with any transparency composited onto white.
fn flatten_to_rgb(image: DynamicImage) -> RgbImage {
    if !has_alpha(&image) {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let (w, h) = rgba.dimensions();
    let mut out = Vec::with_capacity(rgba.as_raw().len() / 4 * 3);
    for px in rgba.as_raw().chunks_exact(4) {
        let a = u32::from(px[3]);
        let white = 255 * (255 - a);
        for &c in &px[..3] {
            out.push(((u32::from(c) * a + white + 127) / 255) as u8);
        }
    }
    RgbImage::from_raw(w, h, out).unwrap_or_else(|| RgbImage::new(w, h))
}

/// Whether an orientation turns the image a quarter (width and height swap).
fn swaps_axes(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// The size of `(w, h)` scaled so its longest side is at most `max`, never upscaled, never below
/// one pixel.
fn fit(w: u32, h: u32, max: u32) -> (u32, u32) {
    let long = w.max(h);
    if long <= max {
        return (w, h);
    }
    let scale = |side: u32| -> u32 {
        let scaled = (u64::from(side) * u64::from(max) + u64::from(long) / 2) / u64::from(long);
        u32::try_from(scaled).unwrap_or(max).clamp(1, max)
    };
    if w >= h {
        (max, scale(h))
    } else {
        (scale(w), max)
    }
}

fn downscale(image: RgbImage, w: u32, h: u32) -> RgbImage {
    if image.dimensions() == (w, h) {
        return image;
    }
    resample::resize(&image, w, h)
}

fn orient(image: RgbImage, orientation: Orientation) -> RgbImage {
    let mut image = DynamicImage::ImageRgb8(image);
    image.apply_orientation(orientation);
    image.into_rgb8()
}

/// Baseline JPEG with the JFIF header and nothing else: no EXIF, XMP, ICC profile or comment is
/// ever handed to the encoder.
fn encode_jpeg(image: &RgbImage, quality: u8) -> Result<Vec<u8>, MediaError> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(image)
        .map_err(|_| MediaError::Corrupt)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_keeps_proportions_and_never_upscales() {
        assert_eq!(fit(5000, 1000, 2048), (2048, 410));
        assert_eq!(fit(1000, 5000, 2048), (410, 2048));
        assert_eq!(fit(4000, 3000, 2048), (2048, 1536));
        assert_eq!(fit(100, 50, 2048), (100, 50));
        assert_eq!(fit(20_000, 1, 360), (360, 1));
        assert_eq!(fit(2048, 1536, 360), (360, 270));
    }

    #[test]
    fn a_jpeg_is_complete_only_with_its_end_marker_after_the_scan() {
        // SOI, APP1 holding an embedded FF D9, SOS, data, EOI.
        let mut j = vec![0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x06, 0xFF, 0xD9, 0x00, 0x00];
        j.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x04, 0x01, 0x02, 0x12, 0xFF, 0x00, 0x34]);
        assert!(!jpeg_is_complete(&j));
        j.extend_from_slice(&[0xFF, 0xD9]);
        assert!(jpeg_is_complete(&j));
        assert!(!jpeg_is_complete(&[0xFF, 0xD8, 0xFF]));
        assert!(!jpeg_is_complete(&[0xFF, 0xD8, 0xFF, 0xE0, 0xFF, 0xFF]));
    }

    #[test]
    fn a_panicking_decoder_step_is_corrupt() {
        let step = || -> Result<(), MediaError> { panic!("hostile input") };
        assert_eq!(guarded(step), Err(MediaError::Corrupt));
        assert_eq!(guarded(|| Ok(7)), Ok(7));
    }

    #[test]
    fn flattening_composites_onto_white() {
        let mut rgba = image::RgbaImage::new(3, 1);
        rgba.put_pixel(0, 0, image::Rgba([0, 0, 0, 0]));
        rgba.put_pixel(1, 0, image::Rgba([0, 0, 0, 255]));
        rgba.put_pixel(2, 0, image::Rgba([255, 0, 0, 128]));
        let rgb = flatten_to_rgb(DynamicImage::ImageRgba8(rgba));
        assert_eq!(rgb.get_pixel(0, 0).0, [255, 255, 255]);
        assert_eq!(rgb.get_pixel(1, 0).0, [0, 0, 0]);
        assert_eq!(rgb.get_pixel(2, 0).0, [255, 127, 127]);
    }
}
