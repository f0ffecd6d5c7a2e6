//! Fixtures built in code, byte by byte where it matters: JPEGs carrying real EXIF (GPS, serial
//! number, embedded thumbnail), XMP, IPTC, ICC and comment segments; PNGs with eXIf and text
//! chunks; WebPs with an EXIF chunk; and readers for the segments of the JPEGs that come out.
#![allow(dead_code)]

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::webp::WebPEncoder;
use image::{ExtendedColorType, ImageEncoder, Rgb, RgbImage, RgbaImage};

// ---------------------------------------------------------------------------------------------
// Markers planted in fixtures: none may survive an import.

pub const SERIAL: &str = "SERIAL-TEST-4477";
pub const COMMENT_MARKER: &str = "COMMENT-MARKER-9931";
pub const XMP_MARKER: &str = "XMP-MARKER-3310";
pub const IPTC_MARKER: &str = "IPTC-MARKER-5120";
pub const COM_MARKER: &str = "COM-MARKER-8842";
pub const ICC_MARKER: &str = "ICC-MARKER-7070";
pub const PNG_TEXT_MARKER: &str = "PNG-TEXT-MARKER-6161";
pub const MAKE: &str = "AvenirTestCam";
pub const MODEL: &str = "Model-X-Secret";
pub const FILE_NAME: &str = "IMG_20240501_famille_Bruxelles.jpg";

/// 50°50'12.34" N, 4°21'56.78" E, as the three TIFF rationals each (little-endian).
pub const GPS_LATITUDE: [(u32, u32); 3] = [(50, 1), (50, 1), (1234, 100)];
pub const GPS_LONGITUDE: [(u32, u32); 3] = [(4, 1), (21, 1), (5678, 100)];

pub fn rationals_le(r: &[(u32, u32); 3]) -> Vec<u8> {
    let mut v = Vec::new();
    for (n, d) in r {
        v.extend_from_slice(&n.to_le_bytes());
        v.extend_from_slice(&d.to_le_bytes());
    }
    v
}

/// Every string whose presence in an output would be a leak.
pub fn leak_markers() -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> = [
        SERIAL,
        COMMENT_MARKER,
        XMP_MARKER,
        IPTC_MARKER,
        COM_MARKER,
        ICC_MARKER,
        PNG_TEXT_MARKER,
        MAKE,
        MODEL,
        FILE_NAME,
        "Exif",
        "http://ns.adobe.com",
        "Photoshop",
        "8BIM",
        "ICC_PROFILE",
        "xmpmeta",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    v.push(rationals_le(&GPS_LATITUDE));
    v.push(rationals_le(&GPS_LONGITUDE));
    v
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

// ---------------------------------------------------------------------------------------------
// Pictures.

pub const RED: [u8; 3] = [255, 0, 0];
pub const GREEN: [u8; 3] = [0, 255, 0];
pub const BLUE: [u8; 3] = [0, 0, 255];
pub const WHITE: [u8; 3] = [255, 255, 255];

/// The upright reference: red top-left, green top-right, blue bottom-left, white bottom-right.
pub fn quadrants(w: u32, h: u32) -> RgbImage {
    RgbImage::from_fn(w, h, |x, y| {
        Rgb(match (x < w / 2, y < h / 2) {
            (true, true) => RED,
            (false, true) => GREEN,
            (true, false) => BLUE,
            (false, false) => WHITE,
        })
    })
}

/// Where the stored pixel (`sx`, `sy`) is shown once upright, for EXIF orientation `n`, in an
/// upright picture of `w` × `h` (the EXIF 2.3 definitions of where row 0 and column 0 go; written
/// out here so the test does not borrow the image crate's own transforms as its oracle).
pub fn stored_to_upright(n: u16, sx: u32, sy: u32, w: u32, h: u32) -> (u32, u32) {
    match n {
        1 => (sx, sy),
        2 => (w - 1 - sx, sy),
        3 => (w - 1 - sx, h - 1 - sy),
        4 => (sx, h - 1 - sy),
        5 => (sy, sx),
        6 => (w - 1 - sy, sx),
        7 => (w - 1 - sy, h - 1 - sx),
        8 => (sy, h - 1 - sx),
        _ => panic!("no EXIF orientation {n}"),
    }
}

/// The pixels a camera would store for `upright` when it tags them with orientation `n`.
pub fn stored_for(upright: &RgbImage, n: u16) -> RgbImage {
    let (w, h) = upright.dimensions();
    let (sw, sh) = if n >= 5 { (h, w) } else { (w, h) };
    RgbImage::from_fn(sw, sh, |sx, sy| {
        let (ux, uy) = stored_to_upright(n, sx, sy, w, h);
        *upright.get_pixel(ux, uy)
    })
}

/// Deterministic noise (xorshift64).
pub struct Noise(pub u64);

impl Noise {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| (self.next() >> 24) as u8).collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Encoders.

/// A picture with detail, so the JPEGs have real entropy-coded data.
pub fn detailed(w: u32, h: u32) -> RgbImage {
    let mut noise = Noise(0x9E37_79B9_7F4A_7C15);
    RgbImage::from_fn(w, h, |x, y| {
        let n = noise.next();
        Rgb([
            ((x * 255 / w.max(1)) as u8).wrapping_add((n & 0x1F) as u8),
            ((y * 255 / h.max(1)) as u8).wrapping_add((n >> 8 & 0x1F) as u8),
            ((x ^ y) as u8).wrapping_add((n >> 16 & 0x1F) as u8),
        ])
    })
}

pub fn jpeg(img: &RgbImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(img)
        .unwrap();
    out
}

pub fn png_rgb(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    PngEncoder::new(&mut out)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            ExtendedColorType::Rgb8,
        )
        .unwrap();
    out
}

pub fn png_rgba(img: &RgbaImage) -> Vec<u8> {
    let mut out = Vec::new();
    PngEncoder::new(&mut out)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            ExtendedColorType::Rgba8,
        )
        .unwrap();
    out
}

pub fn webp_rgb(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    WebPEncoder::new_lossless(&mut out)
        .encode(
            img.as_raw(),
            img.width(),
            img.height(),
            ExtendedColorType::Rgb8,
        )
        .unwrap();
    out
}

pub fn webp_rgba(img: &RgbaImage) -> Vec<u8> {
    let mut out = Vec::new();
    WebPEncoder::new_lossless(&mut out)
        .encode(
            img.as_raw(),
            img.width(),
            img.height(),
            ExtendedColorType::Rgba8,
        )
        .unwrap();
    out
}

// ---------------------------------------------------------------------------------------------
// EXIF, byte by byte (TIFF, little-endian).

const ASCII: u16 = 2;
const SHORT: u16 = 3;
const LONG: u16 = 4;
const RATIONAL: u16 = 5;
const UNDEFINED: u16 = 7;
const BYTE: u16 = 1;

struct Entry {
    tag: u16,
    kind: u16,
    count: u32,
    data: Vec<u8>,
}

fn ascii(tag: u16, s: &str) -> Entry {
    let mut data = s.as_bytes().to_vec();
    data.push(0);
    Entry {
        tag,
        kind: ASCII,
        count: data.len() as u32,
        data,
    }
}

fn short(tag: u16, v: u16) -> Entry {
    Entry {
        tag,
        kind: SHORT,
        count: 1,
        data: v.to_le_bytes().to_vec(),
    }
}

fn long(tag: u16, v: u32) -> Entry {
    Entry {
        tag,
        kind: LONG,
        count: 1,
        data: v.to_le_bytes().to_vec(),
    }
}

fn rational3(tag: u16, r: &[(u32, u32); 3]) -> Entry {
    Entry {
        tag,
        kind: RATIONAL,
        count: 3,
        data: rationals_le(r),
    }
}

/// Bytes an IFD takes: count, entries, next-IFD offset, then the values that do not fit in an
/// entry (each padded to an even length).
fn ifd_len(entries: &[Entry]) -> u32 {
    let out_of_line: usize = entries
        .iter()
        .filter(|e| e.data.len() > 4)
        .map(|e| e.data.len().next_multiple_of(2))
        .sum();
    (2 + 12 * entries.len() + 4 + out_of_line) as u32
}

/// Writes an IFD that starts at TIFF offset `at`, its values right after it.
fn write_ifd(tiff: &mut Vec<u8>, at: u32, entries: &[Entry], next: u32) {
    assert_eq!(tiff.len() as u32, at);
    assert!(
        entries.windows(2).all(|w| w[0].tag < w[1].tag),
        "tags in order"
    );
    let mut data_at = at + 2 + 12 * entries.len() as u32 + 4;
    let mut data = Vec::new();
    tiff.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    for e in entries {
        tiff.extend_from_slice(&e.tag.to_le_bytes());
        tiff.extend_from_slice(&e.kind.to_le_bytes());
        tiff.extend_from_slice(&e.count.to_le_bytes());
        if e.data.len() <= 4 {
            let mut inline = e.data.clone();
            inline.resize(4, 0);
            tiff.extend_from_slice(&inline);
        } else {
            tiff.extend_from_slice(&data_at.to_le_bytes());
            let mut d = e.data.clone();
            d.resize(d.len().next_multiple_of(2), 0);
            data_at += d.len() as u32;
            data.extend_from_slice(&d);
        }
    }
    tiff.extend_from_slice(&next.to_le_bytes());
    tiff.extend_from_slice(&data);
}

/// A complete EXIF TIFF block: IFD0 (ImageDescription, Make, Model, Orientation, pointers to the
/// Exif and GPS IFDs), the Exif IFD (UserComment, BodySerialNumber), the GPS IFD (version,
/// latitude and longitude with their references) and IFD1 describing `thumbnail`, a JPEG
/// embedded whole.
pub fn exif_tiff(orientation: u16, thumbnail: &[u8]) -> Vec<u8> {
    let mut user_comment = b"ASCII\0\0\0".to_vec();
    user_comment.extend_from_slice(COMMENT_MARKER.as_bytes());
    let exif_ifd = vec![
        Entry {
            tag: 0x9286, // UserComment
            kind: UNDEFINED,
            count: user_comment.len() as u32,
            data: user_comment,
        },
        ascii(0xA431, SERIAL), // BodySerialNumber
    ];
    let gps_ifd = vec![
        Entry {
            tag: 0x0000, // GPSVersionID
            kind: BYTE,
            count: 4,
            data: vec![2, 3, 0, 0],
        },
        ascii(0x0001, "N"),
        rational3(0x0002, &GPS_LATITUDE),
        ascii(0x0003, "E"),
        rational3(0x0004, &GPS_LONGITUDE),
    ];
    let ifd0_without_pointers = |exif_at: u32, gps_at: u32| {
        vec![
            ascii(0x010E, COMMENT_MARKER), // ImageDescription
            ascii(0x010F, MAKE),
            ascii(0x0110, MODEL),
            short(0x0112, orientation),
            long(0x8769, exif_at), // ExifIFDPointer
            long(0x8825, gps_at),  // GPSInfoIFDPointer
        ]
    };
    let ifd1 = |thumb_at: u32| {
        vec![
            short(0x0103, 6),                     // Compression: JPEG
            long(0x0201, thumb_at),               // JPEGInterchangeFormat
            long(0x0202, thumbnail.len() as u32), // JPEGInterchangeFormatLength
        ]
    };

    let ifd0_at = 8;
    let exif_at = ifd0_at + ifd_len(&ifd0_without_pointers(0, 0));
    let gps_at = exif_at + ifd_len(&exif_ifd);
    let ifd1_at = gps_at + ifd_len(&gps_ifd);
    let thumb_at = ifd1_at + ifd_len(&ifd1(0));

    let mut tiff = b"II*\0".to_vec();
    tiff.extend_from_slice(&ifd0_at.to_le_bytes());
    write_ifd(
        &mut tiff,
        ifd0_at,
        &ifd0_without_pointers(exif_at, gps_at),
        ifd1_at,
    );
    write_ifd(&mut tiff, exif_at, &exif_ifd, 0);
    write_ifd(&mut tiff, gps_at, &gps_ifd, 0);
    write_ifd(&mut tiff, ifd1_at, &ifd1(thumb_at), 0);
    assert_eq!(tiff.len() as u32, thumb_at);
    tiff.extend_from_slice(thumbnail);
    tiff
}

/// The small magenta JPEG embedded as the EXIF thumbnail.
pub fn exif_thumbnail() -> Vec<u8> {
    jpeg(&RgbImage::from_pixel(16, 16, Rgb([255, 0, 255])), 90)
}

/// A tail of the embedded thumbnail's entropy-coded data: found in the input, never in an output.
pub fn exif_thumbnail_tail() -> Vec<u8> {
    let t = exif_thumbnail();
    t[t.len() - 24..].to_vec()
}

// ---------------------------------------------------------------------------------------------
// JPEG segments.

fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
    let mut s = vec![0xFF, marker];
    s.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    s.extend_from_slice(payload);
    s
}

pub fn app1_exif(tiff: &[u8]) -> Vec<u8> {
    let mut p = b"Exif\0\0".to_vec();
    p.extend_from_slice(tiff);
    segment(0xE1, &p)
}

pub fn xmp_packet() -> String {
    format!(
        "<?xpacket begin='\u{feff}' id='W5M0MpCehiHzreSzNTczkc9d'?>\
         <x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\
         <rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>\
         <dc:description>{XMP_MARKER}</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>\
         <?xpacket end='w'?>"
    )
}

pub fn app1_xmp() -> Vec<u8> {
    let mut p = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    p.extend_from_slice(xmp_packet().as_bytes());
    segment(0xE1, &p)
}

/// APP13 "Photoshop 3.0" holding an 8BIM IPTC-NAA resource with a caption (2:120).
pub fn app13_iptc() -> Vec<u8> {
    let mut iptc = vec![0x1C, 0x02, 0x78];
    iptc.extend_from_slice(&(IPTC_MARKER.len() as u16).to_be_bytes());
    iptc.extend_from_slice(IPTC_MARKER.as_bytes());
    let mut p = b"Photoshop 3.0\0".to_vec();
    p.extend_from_slice(b"8BIM");
    p.extend_from_slice(&0x0404u16.to_be_bytes());
    p.extend_from_slice(&[0, 0]); // empty Pascal name, padded
    p.extend_from_slice(&(iptc.len() as u32).to_be_bytes());
    p.extend_from_slice(&iptc);
    if iptc.len() % 2 == 1 {
        p.push(0);
    }
    segment(0xED, &p)
}

/// APP2 ICC_PROFILE chunk 1 of 1 (a profile header stub carrying a marker in its description).
pub fn app2_icc() -> Vec<u8> {
    let mut p = b"ICC_PROFILE\0\x01\x01".to_vec();
    let mut profile = vec![0u8; 128];
    profile[36..40].copy_from_slice(b"acsp");
    profile.extend_from_slice(ICC_MARKER.as_bytes());
    let len = profile.len() as u32;
    profile[0..4].copy_from_slice(&len.to_be_bytes());
    p.extend_from_slice(&profile);
    segment(0xE2, &p)
}

pub fn com(text: &str) -> Vec<u8> {
    segment(0xFE, text.as_bytes())
}

/// `jpeg` with `segments` inserted right after its SOI marker.
pub fn with_segments(jpeg: &[u8], segments: &[Vec<u8>]) -> Vec<u8> {
    assert_eq!(&jpeg[..2], &[0xFF, 0xD8]);
    let mut out = vec![0xFF, 0xD8];
    for s in segments {
        out.extend_from_slice(s);
    }
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// A camera-like JPEG of `pixels`: EXIF (orientation `n`, GPS, serial, thumbnail), XMP, IPTC,
/// ICC and a comment.
pub fn camera_jpeg(pixels: &RgbImage, n: u16) -> Vec<u8> {
    with_segments(
        &jpeg(pixels, 95),
        &[
            app1_exif(&exif_tiff(n, &exif_thumbnail())),
            app1_xmp(),
            app2_icc(),
            app13_iptc(),
            com(COM_MARKER),
        ],
    )
}

/// The segments of a JPEG up to and including its first scan header, as (marker, payload); then
/// checks that the entropy-coded data runs to an EOI that ends the file.
pub fn jpeg_segments(bytes: &[u8]) -> Vec<(u8, Vec<u8>)> {
    assert_eq!(&bytes[..2], &[0xFF, 0xD8], "starts with SOI");
    let mut i = 2;
    let mut out = Vec::new();
    loop {
        assert_eq!(bytes[i], 0xFF, "marker at {i}");
        let marker = bytes[i + 1];
        let len = u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]) as usize;
        out.push((marker, bytes[i + 4..i + 2 + len].to_vec()));
        i += 2 + len;
        if marker == 0xDA {
            break;
        }
    }
    // Entropy-coded data: FF only as FF 00 or restart markers, until the final EOI.
    let data = &bytes[i..];
    assert!(data.ends_with(&[0xFF, 0xD9]), "ends with EOI");
    let data = &data[..data.len() - 2];
    for (j, w) in data.windows(2).enumerate() {
        if w[0] == 0xFF {
            assert!(
                w[1] == 0x00 || (0xD0..=0xD7).contains(&w[1]),
                "marker FF {:02X} inside the scan at {}",
                w[1],
                i + j
            );
        }
    }
    out
}

/// Asserts that `bytes` is a clean baseline JPEG: JFIF APP0 only, then tables, one baseline frame
/// and one scan; no other segment, no metadata, nothing after EOI, and none of the leak markers.
pub fn assert_clean_jpeg(bytes: &[u8]) {
    let segments = jpeg_segments(bytes);
    let markers: Vec<u8> = segments.iter().map(|(m, _)| *m).collect();
    assert_eq!(markers[0], 0xE0, "APP0 first: {markers:02X?}");
    assert!(segments[0].1.starts_with(b"JFIF\0"), "APP0 is JFIF");
    for &m in &markers[1..] {
        assert!(
            matches!(m, 0xDB | 0xC0 | 0xC4 | 0xDA),
            "only DQT/SOF0/DHT/SOS after JFIF, found FF {m:02X} in {markers:02X?}"
        );
    }
    assert_eq!(
        markers.iter().filter(|&&m| m == 0xC0).count(),
        1,
        "one baseline frame"
    );
    assert_eq!(
        markers.iter().filter(|&&m| m == 0xDA).count(),
        1,
        "one scan"
    );
    for marker in leak_markers() {
        assert!(
            !contains(bytes, &marker),
            "output contains {:?}",
            String::from_utf8_lossy(&marker)
        );
    }
    assert!(
        !contains(bytes, &exif_thumbnail_tail()),
        "embedded thumbnail bytes"
    );
}

/// Width and height from the SOF0 segment.
pub fn jpeg_size(bytes: &[u8]) -> (u32, u32) {
    let sof = jpeg_segments(bytes)
        .into_iter()
        .find(|(m, _)| *m == 0xC0)
        .unwrap()
        .1;
    let h = u16::from_be_bytes([sof[1], sof[2]]);
    let w = u16::from_be_bytes([sof[3], sof[4]]);
    (u32::from(w), u32::from(h))
}

/// `jpeg` with its SOF0 dimensions replaced (a header that lies about the size).
pub fn jpeg_with_size(jpeg: &[u8], w: u16, h: u16) -> Vec<u8> {
    let mut out = jpeg.to_vec();
    let mut i = 2;
    loop {
        let marker = out[i + 1];
        let len = u16::from_be_bytes([out[i + 2], out[i + 3]]) as usize;
        if marker == 0xC0 {
            out[i + 5..i + 7].copy_from_slice(&h.to_be_bytes());
            out[i + 7..i + 9].copy_from_slice(&w.to_be_bytes());
            return out;
        }
        i += 2 + len;
    }
}

// ---------------------------------------------------------------------------------------------
// PNG chunks.

pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

pub fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = (data.len() as u32).to_be_bytes().to_vec();
    c.extend_from_slice(kind);
    c.extend_from_slice(data);
    let crc = crc32(&c[4..]);
    c.extend_from_slice(&crc.to_be_bytes());
    c
}

/// `png` with `chunks` inserted right after IHDR (before any image data).
pub fn png_with_chunks(png: &[u8], chunks: &[Vec<u8>]) -> Vec<u8> {
    let ihdr_end = 8 + 4 + 4 + 13 + 4;
    assert_eq!(&png[12..16], b"IHDR");
    let mut out = png[..ihdr_end].to_vec();
    for c in chunks {
        out.extend_from_slice(c);
    }
    out.extend_from_slice(&png[ihdr_end..]);
    out
}

/// A PNG whose IHDR announces `w` × `h` RGBA (valid CRC) followed by a token IDAT: the shape of a
/// decompression bomb, whose real payload would be a few kilobytes of zlib inflating to gigabytes.
pub fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    let mut out = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    out.extend_from_slice(&png_chunk(b"IHDR", &ihdr));
    // A token zlib stream: it is never read, the header alone must be refused.
    out.extend_from_slice(&png_chunk(
        b"IDAT",
        &[0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00],
    ));
    out.extend_from_slice(&png_chunk(b"IEND", &[]));
    out
}

// ---------------------------------------------------------------------------------------------
// WebP (RIFF) chunks.

fn riff_chunk(fourcc: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = fourcc.to_vec();
    c.extend_from_slice(&(data.len() as u32).to_le_bytes());
    c.extend_from_slice(data);
    if data.len() % 2 == 1 {
        c.push(0);
    }
    c
}

fn riff(chunks: &[Vec<u8>]) -> Vec<u8> {
    let body: Vec<u8> = chunks.concat();
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&((body.len() + 4) as u32).to_le_bytes());
    out.extend_from_slice(b"WEBP");
    out.extend_from_slice(&body);
    out
}

/// An extended (VP8X) WebP: the lossless bitstream of `simple` (a simple-format WebP from the
/// encoder), with an EXIF chunk and an XMP chunk; the canvas is `canvas` (normally the image's
/// own size).
pub fn webp_extended(simple: &[u8], canvas: (u32, u32), exif: &[u8], xmp: &[u8]) -> Vec<u8> {
    assert_eq!(&simple[12..16], b"VP8L");
    let len = u32::from_le_bytes([simple[16], simple[17], simple[18], simple[19]]) as usize;
    let vp8l = &simple[20..20 + len];
    let mut vp8x = vec![0x08 | 0x04 | 0x10, 0, 0, 0]; // EXIF, XMP, alpha
    vp8x.extend_from_slice(&(canvas.0 - 1).to_le_bytes()[..3]);
    vp8x.extend_from_slice(&(canvas.1 - 1).to_le_bytes()[..3]);
    riff(&[
        riff_chunk(b"VP8X", &vp8x),
        riff_chunk(b"VP8L", vp8l),
        riff_chunk(b"EXIF", exif),
        riff_chunk(b"XMP ", xmp),
    ])
}

// ---------------------------------------------------------------------------------------------
// Looking at the output.

pub fn decode_rgb(jpeg: &[u8]) -> RgbImage {
    image::load_from_memory_with_format(jpeg, image::ImageFormat::Jpeg)
        .unwrap()
        .to_rgb8()
}

/// Whether `px` is `want` within a JPEG's tolerance.
pub fn near(px: [u8; 3], want: [u8; 3], tolerance: u8) -> bool {
    px.iter()
        .zip(want)
        .all(|(&a, b)| a.abs_diff(b) <= tolerance)
}

/// Asserts the four quadrant colours at the quadrant centres of `img`.
pub fn assert_quadrants(img: &RgbImage, what: &str) {
    let (w, h) = img.dimensions();
    for (x, y, want, name) in [
        (w / 4, h / 4, RED, "red top-left"),
        (3 * w / 4, h / 4, GREEN, "green top-right"),
        (w / 4, 3 * h / 4, BLUE, "blue bottom-left"),
        (3 * w / 4, 3 * h / 4, WHITE, "white bottom-right"),
    ] {
        let px = img.get_pixel(x, y).0;
        assert!(
            near(px, want, 40),
            "{what}: {name} expected, found {px:?} at ({x}, {y})"
        );
    }
}
