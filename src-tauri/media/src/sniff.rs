//! Recognising a format by its magic bytes, never by a file name or a declared type.

use crate::{MediaError, SourceFormat};

const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];
const PNG_MAGIC: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// ISO-BMFF brands of still images in HEVC (HEIC), any codec (HEIF, MIAF) or AV1 (AVIF): the
/// formats phones save photos in that no pure-Rust decoder reads.
const HEIF_BRANDS: &[&[u8; 4]] = &[
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"mif2",
    b"msf1", b"miaf", b"avif", b"avis", b"avio",
];

/// Recognises `bytes` by their magic bytes alone.
///
/// JPEG, PNG and WebP are recognised; an ISO-BMFF file (`ftyp` box) whose major or compatible
/// brands name HEIC, HEIF or AVIF gives [`MediaError::Heic`]; no bytes give
/// [`MediaError::Empty`]; anything else (text, video, other image formats, noise) gives
/// [`MediaError::Unsupported`].
pub fn sniff(bytes: &[u8]) -> Result<SourceFormat, MediaError> {
    if bytes.is_empty() {
        return Err(MediaError::Empty);
    }
    if bytes.starts_with(JPEG_MAGIC) {
        return Ok(SourceFormat::Jpeg);
    }
    if bytes.starts_with(PNG_MAGIC) {
        return Ok(SourceFormat::Png);
    }
    if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Ok(SourceFormat::Webp);
    }
    if is_heif(bytes) {
        return Err(MediaError::Heic);
    }
    Err(MediaError::Unsupported)
}

/// An ISO-BMFF `ftyp` box first, naming a HEIF-family brand as its major brand or among its
/// compatible brands (within the box, or the bytes present if the box is cut short).
fn is_heif(bytes: &[u8]) -> bool {
    if bytes.len() < 12 || &bytes[4..8] != b"ftyp" {
        return false;
    }
    let declared = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
    let end = declared.clamp(12, bytes.len());
    let is_heif_brand = |b: &[u8]| HEIF_BRANDS.iter().any(|h| h.as_slice() == b);
    // Major brand at 8..12, minor version at 12..16, compatible brands from 16 on.
    is_heif_brand(&bytes[8..12])
        || bytes
            .get(16..end)
            .is_some_and(|brands| brands.chunks_exact(4).any(is_heif_brand))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_bytes_decide() {
        assert_eq!(sniff(b""), Err(MediaError::Empty));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Ok(SourceFormat::Jpeg));
        assert_eq!(sniff(PNG_MAGIC), Ok(SourceFormat::Png));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8L"), Ok(SourceFormat::Webp));
        assert_eq!(sniff(b"RIFF\0\0\0\0WAVEfmt "), Err(MediaError::Unsupported));
        assert_eq!(sniff(&[0xFF, 0xD8]), Err(MediaError::Unsupported));
        assert_eq!(sniff(b"GIF89a"), Err(MediaError::Unsupported));
    }

    #[test]
    fn heif_family_brands_are_heic_but_videos_are_not() {
        let ftyp = |major: &[u8; 4], compatible: &[&[u8; 4]]| {
            let mut b = Vec::new();
            let len = 16 + 4 * compatible.len();
            b.extend_from_slice(&(len as u32).to_be_bytes());
            b.extend_from_slice(b"ftyp");
            b.extend_from_slice(major);
            b.extend_from_slice(&[0, 0, 0, 0]);
            for c in compatible {
                b.extend_from_slice(*c);
            }
            b.extend_from_slice(b"\0\0\0\x08meta");
            b
        };
        assert_eq!(sniff(&ftyp(b"heic", &[b"mif1"])), Err(MediaError::Heic));
        assert_eq!(sniff(&ftyp(b"avif", &[])), Err(MediaError::Heic));
        assert_eq!(
            sniff(&ftyp(b"isom", &[b"mif1", b"heic"])),
            Err(MediaError::Heic)
        );
        assert_eq!(
            sniff(&ftyp(b"isom", &[b"iso2", b"mp41"])),
            Err(MediaError::Unsupported)
        );
        // A length pointing past the end is bounded by the bytes present.
        let mut cut = ftyp(b"isom", &[b"heix"]);
        cut[0..4].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(sniff(&cut), Err(MediaError::Heic));
    }
}
