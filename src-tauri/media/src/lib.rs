//! Photo import: untrusted image bytes in, clean re-encoded JPEG bytes out.
//!
//! Photos in a person's album show the faces of people at risk, and the files they arrive in
//! carry far more than pixels: GPS position, camera serial numbers, owner names, editing
//! history, embedded thumbnails of what the picture looked like before it was cropped. Nothing of
//! the original file is kept: the pixels are decoded, turned upright (EXIF orientation), flattened
//! onto white, downscaled and encoded afresh as a baseline JPEG whose only segments are JFIF,
//! quantisation and Huffman tables, the frame and the scan.
//!
//! The input is treated as hostile: its size and its header's dimensions are checked before any
//! pixel is decoded (decompression bombs are refused without a large allocation), the decoder runs
//! under allocation limits, and a panic inside a decoder is caught and reported as
//! [`MediaError::Corrupt`]. The format is recognised by its magic bytes, never by a file name.
//!
//! Colour profiles (ICC) are dropped with the rest of the metadata and the pixels are taken as
//! sRGB: a wide-gamut (Display P3) photo comes out slightly less saturated, never with a profile
//! that could carry identifying text.
//!
//! Pure computation: no I/O, no threads, no network.
#![cfg_attr(test, allow(clippy::unwrap_used))]
#![warn(missing_docs)]

mod pipeline;
mod resample;
mod sniff;

use avenir_core::{ErrorArg, UserFacing};

pub use pipeline::{Timings, import, import_timed};
pub use sniff::sniff;

/// Longest side, in pixels, of the stored image. Smaller images are never upscaled.
pub const IMAGE_SIDE: u32 = 2048;
/// Longest side, in pixels, of the thumbnail (made from the stored image, never upscaled).
pub const THUMB_SIDE: u32 = 360;

/// JPEG quality of the stored image.
const IMAGE_QUALITY: u8 = 85;
/// JPEG quality of the thumbnail.
const THUMB_QUALITY: u8 = 80;

const MIB: u64 = 1024 * 1024;

/// What an import accepts; anything beyond is refused before its pixels are decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest accepted file, in bytes.
    pub max_file_bytes: u64,
    /// Most pixels (width × height) the header may announce.
    pub max_pixels: u64,
    /// Longest side, in pixels, the header may announce.
    pub max_side: u32,
    /// Most bytes the decoder may allocate (decoded pixels included).
    pub max_alloc_bytes: u64,
}

impl Default for Limits {
    /// 40 MiB per file, 60 megapixels, 20 000 pixels per side, 1 GiB of decoder memory.
    fn default() -> Self {
        Limits {
            max_file_bytes: 40 * MIB,
            max_pixels: 60_000_000,
            max_side: 20_000,
            max_alloc_bytes: 1024 * MIB,
        }
    }
}

/// The format an input was recognised as, by its magic bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    /// JPEG / JFIF / EXIF (`FF D8 FF`).
    Jpeg,
    /// PNG (`89 'PNG' 0D 0A 1A 0A`).
    Png,
    /// WebP (`'RIFF' size 'WEBP'`), lossy, lossless or extended.
    Webp,
}

/// A cleaned photo: the image to store and its thumbnail, both baseline JPEG without metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The stored image, JPEG; longest side at most [`IMAGE_SIDE`], upright.
    pub image: Vec<u8>,
    /// Width of `image`, in pixels.
    pub width: u32,
    /// Height of `image`, in pixels.
    pub height: u32,
    /// The thumbnail, JPEG; longest side at most [`THUMB_SIDE`], upright.
    pub thumb: Vec<u8>,
    /// Width of `thumb`, in pixels.
    pub thumb_width: u32,
    /// Height of `thumb`, in pixels.
    pub thumb_height: u32,
    /// The format the input was recognised as.
    pub source: SourceFormat,
}

/// Why a photo was refused. Nothing is stored then.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum MediaError {
    /// The file has no bytes at all.
    #[error("the file is empty")]
    Empty,
    /// The file is larger than [`Limits::max_file_bytes`] (`max_mb` is that limit in MiB, rounded
    /// up).
    #[error("the file is larger than {max_mb} MB")]
    TooLarge {
        /// The size limit, in MiB (rounded up).
        max_mb: u64,
    },
    /// The header announces more pixels than [`Limits::max_pixels`], a side longer than
    /// [`Limits::max_side`], or an image the decoder could not hold within
    /// [`Limits::max_alloc_bytes`] (`max_megapixels` is the pixel limit in millions).
    #[error("the image has more than {max_megapixels} megapixels")]
    TooManyPixels {
        /// The pixel limit, in millions (rounded up).
        max_megapixels: u64,
    },
    /// HEIC / HEIF / AVIF (an ISO-BMFF `ftyp` box with an image brand): no pure-Rust decoder.
    #[error("HEIC/HEIF photos are not supported")]
    Heic,
    /// Not a JPEG, PNG or WebP, or a variant of one that cannot be decoded.
    #[error("the file is not a supported image")]
    Unsupported,
    /// A supported format whose data is truncated or damaged.
    #[error("the image data is damaged or incomplete")]
    Corrupt,
}

impl UserFacing for MediaError {
    fn code(&self) -> &'static str {
        match self {
            MediaError::Empty => "photo_empty",
            MediaError::TooLarge { .. } => "photo_too_large",
            MediaError::TooManyPixels { .. } => "photo_too_many_pixels",
            MediaError::Heic => "photo_heic",
            MediaError::Unsupported => "photo_unsupported",
            MediaError::Corrupt => "photo_corrupt",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            MediaError::Empty => "error-photo-empty",
            MediaError::TooLarge { .. } => "error-photo-too-large",
            MediaError::TooManyPixels { .. } => "error-photo-too-many-pixels",
            MediaError::Heic => "error-photo-heic",
            MediaError::Unsupported => "error-photo-unsupported",
            MediaError::Corrupt => "error-photo-corrupt",
        }
    }

    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        match self {
            MediaError::TooLarge { max_mb } => vec![("max_mb", (*max_mb).into())],
            MediaError::TooManyPixels { max_megapixels } => {
                vec![("max_megapixels", (*max_megapixels).into())]
            }
            _ => Vec::new(),
        }
    }
}

impl Limits {
    fn too_large(&self) -> MediaError {
        MediaError::TooLarge {
            max_mb: self.max_file_bytes.div_ceil(MIB),
        }
    }

    fn too_many_pixels(&self) -> MediaError {
        MediaError::TooManyPixels {
            max_megapixels: self.max_pixels.div_ceil(1_000_000),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_limits_are_the_documented_ones() {
        let l = Limits::default();
        assert_eq!(l.max_file_bytes, 41_943_040);
        assert_eq!(l.max_pixels, 60_000_000);
        assert_eq!(l.max_side, 20_000);
        assert_eq!(l.max_alloc_bytes, 1_073_741_824);
        assert_eq!(l.too_large(), MediaError::TooLarge { max_mb: 40 });
        assert_eq!(
            l.too_many_pixels(),
            MediaError::TooManyPixels { max_megapixels: 60 }
        );
    }
}
