//! Photo import, end to end: metadata removal, orientation, formats, sizes and hostile input.
//! Every fixture is built in code (see `support`), deterministically. One integration-test binary.
#![allow(clippy::unwrap_used)]

mod support;

use std::io::Cursor;
use std::time::{Duration, Instant};

use avenir_core::{ErrorArg, UserFacing};
use avenir_media::{IMAGE_SIDE, Limits, MediaError, SourceFormat, THUMB_SIDE, import, sniff};
use image::{Rgba, RgbaImage};
use support::*;

fn exif_of(bytes: &[u8]) -> Result<exif::Exif, exif::Error> {
    exif::Reader::new().read_from_container(&mut Cursor::new(bytes))
}

fn field_text(exif: &exif::Exif, tag: exif::Tag, ifd: exif::In) -> String {
    exif.get_field(tag, ifd)
        .unwrap_or_else(|| panic!("{tag} in the fixture"))
        .display_value()
        .to_string()
}

// ---------------------------------------------------------------------------------------------
// Metadata.

#[test]
fn the_camera_fixture_really_carries_exif_xmp_iptc_icc_and_a_comment() {
    let input = camera_jpeg(&stored_for(&quadrants(600, 400), 6), 6);
    let exif = exif_of(&input).expect("the fixture's EXIF parses");
    use exif::{In, Tag};
    assert_eq!(
        field_text(&exif, Tag::Orientation, In::PRIMARY),
        "row 0 at right and column 0 at top"
    );
    assert_eq!(
        exif.get_field(Tag::Orientation, In::PRIMARY)
            .unwrap()
            .value
            .get_uint(0),
        Some(6)
    );
    assert_eq!(
        field_text(&exif, Tag::Make, In::PRIMARY),
        format!("\"{MAKE}\"")
    );
    assert_eq!(
        field_text(&exif, Tag::Model, In::PRIMARY),
        format!("\"{MODEL}\"")
    );
    assert_eq!(
        field_text(&exif, Tag::BodySerialNumber, In::PRIMARY),
        format!("\"{SERIAL}\"")
    );
    match &exif.get_field(Tag::UserComment, In::PRIMARY).unwrap().value {
        exif::Value::Undefined(bytes, _) => assert!(contains(bytes, COMMENT_MARKER.as_bytes())),
        other => panic!("UserComment is {other:?}"),
    }
    assert_eq!(
        field_text(&exif, Tag::ImageDescription, In::PRIMARY),
        format!("\"{COMMENT_MARKER}\"")
    );
    assert_eq!(field_text(&exif, Tag::GPSLatitudeRef, In::PRIMARY), "N");
    assert_eq!(field_text(&exif, Tag::GPSLongitudeRef, In::PRIMARY), "E");
    let lat = field_text(&exif, Tag::GPSLatitude, In::PRIMARY);
    assert!(lat.starts_with("50 deg 50 min 12.34"), "{lat}");
    let lon = field_text(&exif, Tag::GPSLongitude, In::PRIMARY);
    assert!(lon.starts_with("4 deg 21 min 56.78"), "{lon}");
    // IFD1 points at the embedded thumbnail, which is a JPEG.
    let at = exif
        .get_field(Tag::JPEGInterchangeFormat, In::THUMBNAIL)
        .unwrap()
        .value
        .get_uint(0)
        .unwrap() as usize;
    let len = exif
        .get_field(Tag::JPEGInterchangeFormatLength, In::THUMBNAIL)
        .unwrap()
        .value
        .get_uint(0)
        .unwrap() as usize;
    assert_eq!(&exif.buf()[at..at + len], exif_thumbnail().as_slice());

    // The other segments are there too, and so is every marker the output must lose.
    for marker in [
        XMP_MARKER,
        IPTC_MARKER,
        COM_MARKER,
        ICC_MARKER,
        "http://ns.adobe.com",
        "Photoshop",
    ] {
        assert!(
            contains(&input, marker.as_bytes()),
            "{marker} in the fixture"
        );
    }
    assert!(contains(&input, &rationals_le(&GPS_LATITUDE)));
    assert!(contains(&input, &exif_thumbnail_tail()));
    // And the image crate sees the orientation, as the import will.
    let markers: Vec<u8> = jpeg_segments(&input).iter().map(|(m, _)| *m).collect();
    assert!(markers.contains(&0xE1) && markers.contains(&0xED) && markers.contains(&0xFE));
}

#[test]
fn no_metadata_survives_a_jpeg_import() {
    let input = camera_jpeg(&stored_for(&quadrants(600, 400), 6), 6);
    let out = import(&input, &Limits::default()).unwrap();
    assert_eq!(out.source, SourceFormat::Jpeg);
    assert_eq!((out.width, out.height), (600, 400));
    assert_eq!((out.thumb_width, out.thumb_height), (360, 240));
    for (bytes, size) in [
        (&out.image, (out.width, out.height)),
        (&out.thumb, (out.thumb_width, out.thumb_height)),
    ] {
        assert!(
            matches!(exif_of(bytes), Err(exif::Error::NotFound(_))),
            "an EXIF reader finds no EXIF"
        );
        assert_clean_jpeg(bytes);
        assert_eq!(jpeg_size(bytes), size);
        assert_quadrants(&decode_rgb(bytes), "camera JPEG");
    }
}

#[test]
fn all_eight_exif_orientations_come_out_upright() {
    let upright = quadrants(60, 40);
    for n in 1..=8u16 {
        let stored = stored_for(&upright, n);
        assert_eq!(
            stored.dimensions(),
            if n >= 5 { (40, 60) } else { (60, 40) }
        );
        let input = camera_jpeg(&stored, n);
        let out = import(&input, &Limits::default()).unwrap();
        assert_eq!((out.width, out.height), (60, 40), "orientation {n}");
        assert_eq!(
            (out.thumb_width, out.thumb_height),
            (60, 40),
            "orientation {n}"
        );
        assert_quadrants(&decode_rgb(&out.image), &format!("orientation {n}"));
        assert_quadrants(
            &decode_rgb(&out.thumb),
            &format!("orientation {n} thumbnail"),
        );
        assert_clean_jpeg(&out.image);
    }
}

#[test]
fn a_rotated_photo_is_downscaled_in_its_upright_frame() {
    // Stored 2400×1200 landscape, tagged "rotate 90° clockwise": a 1200×2400 portrait.
    let upright = quadrants(1200, 2400);
    let input = camera_jpeg(&stored_for(&upright, 6), 6);
    let out = import(&input, &Limits::default()).unwrap();
    assert_eq!((out.width, out.height), (1024, IMAGE_SIDE));
    assert_eq!((out.thumb_width, out.thumb_height), (180, THUMB_SIDE));
    assert_quadrants(&decode_rgb(&out.image), "rotated and downscaled");
    assert_quadrants(&decode_rgb(&out.thumb), "rotated thumbnail");
}

#[test]
fn png_metadata_chunks_are_dropped_and_its_exif_orientation_honoured() {
    let upright = quadrants(80, 60);
    let stored = stored_for(&upright, 8);
    let mut text = b"Comment\0".to_vec();
    text.extend_from_slice(PNG_TEXT_MARKER.as_bytes());
    let mut itxt = b"XML:com.adobe.xmp\0\0\0\0\0".to_vec();
    itxt.extend_from_slice(xmp_packet().as_bytes());
    let input = png_with_chunks(
        &png_rgb(&stored),
        &[
            png_chunk(b"eXIf", &exif_tiff(8, &exif_thumbnail())),
            png_chunk(b"tEXt", &text),
            png_chunk(b"iTXt", &itxt),
        ],
    );
    // The fixture is real: an EXIF reader finds the GPS and serial in the PNG.
    let exif = exif_of(&input).expect("eXIf parses");
    assert_eq!(
        field_text(&exif, exif::Tag::BodySerialNumber, exif::In::PRIMARY),
        format!("\"{SERIAL}\"")
    );
    assert!(
        exif.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
            .is_some()
    );
    assert!(contains(&input, PNG_TEXT_MARKER.as_bytes()));

    let out = import(&input, &Limits::default()).unwrap();
    assert_eq!(out.source, SourceFormat::Png);
    assert_eq!((out.width, out.height), (80, 60));
    assert_quadrants(&decode_rgb(&out.image), "PNG orientation 8");
    assert_clean_jpeg(&out.image);
    assert_clean_jpeg(&out.thumb);
}

#[test]
fn png_transparency_is_flattened_onto_white() {
    // Left half fully transparent black (must become white, not black), right half opaque blue,
    // with a half-transparent red band on top of it.
    let img = RgbaImage::from_fn(64, 64, |x, y| match (x < 32, y < 16) {
        (true, _) => Rgba([0, 0, 0, 0]),
        (false, true) => Rgba([255, 0, 0, 128]),
        (false, false) => Rgba([0, 0, 255, 255]),
    });
    let out = import(&png_rgba(&img), &Limits::default()).unwrap();
    assert_eq!(out.source, SourceFormat::Png);
    let rgb = decode_rgb(&out.image);
    assert!(
        near(rgb.get_pixel(10, 40).0, WHITE, 8),
        "{:?}",
        rgb.get_pixel(10, 40)
    );
    assert!(
        near(rgb.get_pixel(50, 40).0, BLUE, 16),
        "{:?}",
        rgb.get_pixel(50, 40)
    );
    assert!(
        near(rgb.get_pixel(50, 6).0, [255, 127, 127], 24),
        "{:?}",
        rgb.get_pixel(50, 6)
    );
    assert_clean_jpeg(&out.image);
}

#[test]
fn webp_lossless_imports_and_is_flattened() {
    let out = import(&webp_rgb(&quadrants(64, 48)), &Limits::default()).unwrap();
    assert_eq!(out.source, SourceFormat::Webp);
    assert_eq!((out.width, out.height), (64, 48));
    assert_quadrants(&decode_rgb(&out.image), "WebP");
    assert_clean_jpeg(&out.image);

    let transparent = RgbaImage::from_pixel(20, 20, Rgba([0, 0, 0, 0]));
    let out = import(&webp_rgba(&transparent), &Limits::default()).unwrap();
    assert!(decode_rgb(&out.image).pixels().all(|p| near(p.0, WHITE, 4)));
}

#[test]
fn webp_exif_orientation_is_honoured_and_its_metadata_dropped() {
    let upright = quadrants(60, 40);
    let stored = stored_for(&upright, 5);
    let input = webp_extended(
        &webp_rgb(&stored),
        stored.dimensions(),
        &exif_tiff(5, &exif_thumbnail()),
        xmp_packet().as_bytes(),
    );
    let exif = exif_of(&input).expect("the WebP's EXIF parses");
    assert!(
        exif.get_field(exif::Tag::GPSLongitude, exif::In::PRIMARY)
            .is_some()
    );

    let out = import(&input, &Limits::default()).unwrap();
    assert_eq!(out.source, SourceFormat::Webp);
    assert_eq!((out.width, out.height), (60, 40));
    assert_quadrants(&decode_rgb(&out.image), "WebP orientation 5");
    assert_clean_jpeg(&out.image);
    assert_clean_jpeg(&out.thumb);
}

// ---------------------------------------------------------------------------------------------
// Sizes.

#[test]
fn large_images_are_downscaled_and_thumbnailed() {
    let input = jpeg(&detailed(5000, 1000), 80);
    let out = import(&input, &Limits::default()).unwrap();
    assert_eq!((out.width, out.height), (2048, 410));
    assert_eq!((out.thumb_width, out.thumb_height), (360, 72));
    assert_eq!(jpeg_size(&out.image), (2048, 410));
    assert_eq!(jpeg_size(&out.thumb), (360, 72));
    assert!(out.thumb_width.max(out.thumb_height) <= THUMB_SIDE);
    assert_clean_jpeg(&out.image);
    assert_clean_jpeg(&out.thumb);
}

#[test]
fn small_images_are_never_upscaled() {
    let out = import(&jpeg(&detailed(100, 50), 90), &Limits::default()).unwrap();
    assert_eq!((out.width, out.height), (100, 50));
    assert_eq!((out.thumb_width, out.thumb_height), (100, 50));

    let out = import(&png_rgb(&detailed(1000, 500)), &Limits::default()).unwrap();
    assert_eq!((out.width, out.height), (1000, 500));
    assert_eq!((out.thumb_width, out.thumb_height), (360, 180));

    let out = import(&png_rgb(&detailed(1, 1)), &Limits::default()).unwrap();
    assert_eq!(
        (out.width, out.height, out.thumb_width, out.thumb_height),
        (1, 1, 1, 1)
    );
}

#[test]
fn the_benchmark_photo_is_a_12_megapixel_jpeg_of_a_cameras_size() {
    let bench = avenir_testkit::photos::bench_12mp_jpeg();
    assert_eq!(sniff(&bench), Ok(SourceFormat::Jpeg));
    assert_eq!(jpeg_size(&bench), (4000, 3000));
    // Noise and texture keep it far from trivially compressible (a camera's 3-8 MB).
    assert!(bench.len() > 3_000_000, "{} bytes", bench.len());
}

// ---------------------------------------------------------------------------------------------
// Recognising formats.

#[test]
fn the_format_comes_from_the_bytes_never_the_name() {
    // A JPEG that its caller believes is "photo.png": there is no name to believe.
    let jpeg_named_png = ("photo.png", jpeg(&detailed(40, 30), 90));
    assert_eq!(sniff(&jpeg_named_png.1), Ok(SourceFormat::Jpeg));
    assert_eq!(
        import(&jpeg_named_png.1, &Limits::default())
            .unwrap()
            .source,
        SourceFormat::Jpeg
    );
    let png_named_jpg = ("photo.jpg", png_rgb(&detailed(40, 30)));
    assert_eq!(
        import(&png_named_jpg.1, &Limits::default()).unwrap().source,
        SourceFormat::Png
    );
    let webp_named_heic = ("photo.heic", webp_rgb(&detailed(40, 30)));
    assert_eq!(
        import(&webp_named_heic.1, &Limits::default())
            .unwrap()
            .source,
        SourceFormat::Webp
    );
}

#[test]
fn heic_heif_and_avif_are_refused_as_heic() {
    let ftyp = |major: &[u8; 4], compatible: &[&[u8; 4]]| {
        let len = 16 + 4 * compatible.len() as u32;
        let mut b = len.to_be_bytes().to_vec();
        b.extend_from_slice(b"ftyp");
        b.extend_from_slice(major);
        b.extend_from_slice(&[0, 0, 0, 0]);
        for c in compatible {
            b.extend_from_slice(*c);
        }
        b.extend_from_slice(&[0, 0, 0, 0x20]);
        b.extend_from_slice(b"meta");
        b.extend_from_slice(&[0; 24]);
        b
    };
    for input in [
        ftyp(b"heic", &[b"mif1", b"heic"]),
        ftyp(b"mif1", &[b"mif1", b"heix"]),
        ftyp(b"heix", &[]),
        ftyp(b"avif", &[b"mif1", b"miaf"]),
    ] {
        assert_eq!(sniff(&input), Err(MediaError::Heic));
        assert_eq!(import(&input, &Limits::default()), Err(MediaError::Heic));
    }
    // An MP4 video is an ISO-BMFF file too, but not a photo.
    assert_eq!(
        import(
            &ftyp(b"isom", &[b"iso2", b"avc1", b"mp41"]),
            &Limits::default()
        ),
        Err(MediaError::Unsupported)
    );
}

// ---------------------------------------------------------------------------------------------
// Bad input.

#[test]
fn no_bytes_is_empty() {
    assert_eq!(sniff(&[]), Err(MediaError::Empty));
    assert_eq!(import(&[], &Limits::default()), Err(MediaError::Empty));
}

#[test]
fn noise_text_and_other_formats_are_unsupported() {
    let noise = Noise(42).bytes(4096);
    assert_eq!(
        import(&noise, &Limits::default()),
        Err(MediaError::Unsupported)
    );
    let text = "Rendez-vous mardi 14h, apporter les documents.\n".repeat(20);
    assert_eq!(
        import(text.as_bytes(), &Limits::default()),
        Err(MediaError::Unsupported)
    );
    for other in [
        &b"GIF89a\x01\x00\x01\x00"[..],
        b"BM\x3a\0\0\0",
        b"II*\0\x08\0\0\0",
        b"%PDF-1.7",
    ] {
        assert_eq!(
            import(other, &Limits::default()),
            Err(MediaError::Unsupported)
        );
    }
}

#[test]
fn truncated_files_are_corrupt() {
    let jpeg = jpeg(&detailed(200, 150), 90);
    assert_eq!(
        import(&jpeg[..jpeg.len() / 2], &Limits::default()),
        Err(MediaError::Corrupt)
    );
    // Cut inside the headers, and just before the end-of-image marker.
    assert_eq!(
        import(&jpeg[..100], &Limits::default()),
        Err(MediaError::Corrupt)
    );
    assert_eq!(
        import(&jpeg[..jpeg.len() - 2], &Limits::default()),
        Err(MediaError::Corrupt)
    );
    // A camera JPEG cut in half still holds its EXIF thumbnail's end marker: still corrupt.
    let camera = camera_jpeg(&detailed(200, 150), 1);
    assert_eq!(
        import(&camera[..camera.len() / 2], &Limits::default()),
        Err(MediaError::Corrupt)
    );

    let png = png_rgb(&detailed(200, 150));
    assert_eq!(
        import(&png[..png.len() / 2], &Limits::default()),
        Err(MediaError::Corrupt)
    );
    assert_eq!(
        import(&png[..20], &Limits::default()),
        Err(MediaError::Corrupt)
    );

    let webp = webp_rgb(&detailed(200, 150));
    assert_eq!(
        import(&webp[..webp.len() / 2], &Limits::default()),
        Err(MediaError::Corrupt)
    );

    // The right magic bytes followed by garbage.
    let mut fake = vec![0xFF, 0xD8, 0xFF, 0xE0];
    fake.extend(Noise(7).bytes(2000));
    assert_eq!(import(&fake, &Limits::default()), Err(MediaError::Corrupt));
    let mut fake = b"\x89PNG\r\n\x1a\n".to_vec();
    fake.extend(Noise(8).bytes(2000));
    assert_eq!(import(&fake, &Limits::default()), Err(MediaError::Corrupt));
    let mut fake = b"RIFF\xd0\x07\0\0WEBP".to_vec();
    fake.extend(Noise(9).bytes(2000));
    assert_eq!(import(&fake, &Limits::default()), Err(MediaError::Corrupt));
}

/// Headers announcing far more pixels than the limits: refused from the header alone.
fn bombs() -> Vec<(&'static str, Vec<u8>)> {
    let small_jpeg = jpeg(&detailed(16, 16), 90);
    let small_webp = webp_rgb(&detailed(16, 16));
    vec![
        ("PNG 100000x100000", png_claiming(100_000, 100_000)),
        (
            "PNG 10000x10000 (under the side limit)",
            png_claiming(10_000, 10_000),
        ),
        (
            "PNG 30000x10 (over the side limit)",
            png_claiming(30_000, 10),
        ),
        (
            "JPEG 65000x65000",
            jpeg_with_size(&small_jpeg, 65_000, 65_000),
        ),
        (
            "WebP canvas 16384x16384",
            webp_extended(&small_webp, (16_384, 16_384), &exif_tiff(1, &[]), b""),
        ),
    ]
}

#[test]
fn decompression_bombs_are_refused_from_the_header_fast() {
    for (what, bomb) in bombs() {
        let started = Instant::now();
        let result = import(&bomb, &Limits::default());
        let took = started.elapsed();
        assert_eq!(
            result,
            Err(MediaError::TooManyPixels { max_megapixels: 60 }),
            "{what}"
        );
        assert!(took < Duration::from_millis(250), "{what} took {took:?}");
    }
}

const MEMORY_PROBE: &str = "AVENIR_MEDIA_MEMORY_PROBE";

/// The child half of `bombs_are_refused_without_reserving_memory`: in a process of its own (so no
/// other test's allocations count), imports every bomb, then reports the process's peak virtual
/// size and peak resident size. Run directly (no environment variable), it does nothing.
#[test]
fn memory_probe() {
    if std::env::var_os(MEMORY_PROBE).is_none() {
        return;
    }
    for (what, bomb) in bombs() {
        assert!(
            matches!(
                import(&bomb, &Limits::default()),
                Err(MediaError::TooManyPixels { .. })
            ),
            "{what}"
        );
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    for line in status.lines() {
        if line.starts_with("VmPeak:") || line.starts_with("VmHWM:") {
            println!("PROBE {line}");
        }
    }
}

/// A decoder that trusted a bomb's header would reserve tens of gigabytes (100000 × 100000 RGBA is
/// 40 GB): the peak *virtual* size of a process that imported every bomb shows that no such
/// buffer was ever reserved, even untouched.
#[cfg(target_os = "linux")]
#[test]
fn bombs_are_refused_without_reserving_memory() {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["memory_probe", "--exact", "--nocapture", "--test-threads=1"])
        .env(MEMORY_PROBE, "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "probe failed: {stdout}");
    let kb = |key: &str| -> u64 {
        let line = stdout
            .lines()
            .find_map(|l| {
                l.split_once("PROBE ")
                    .map(|(_, l)| l)
                    .filter(|l| l.starts_with(key))
            })
            .unwrap_or_else(|| panic!("{key} in {stdout}"));
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    };
    let (peak_virtual, peak_resident) = (kb("VmPeak:"), kb("VmHWM:"));
    assert!(
        peak_virtual < 1024 * 1024,
        "peak virtual size {peak_virtual} kB"
    );
    assert!(
        peak_resident < 256 * 1024,
        "peak resident size {peak_resident} kB"
    );
}

#[test]
fn files_over_the_size_limit_are_too_large() {
    let small = Limits {
        max_file_bytes: 1000,
        ..Limits::default()
    };
    let big_jpeg = jpeg(&detailed(100, 100), 95);
    assert!(big_jpeg.len() > 1000);
    assert_eq!(
        import(&big_jpeg, &small),
        Err(MediaError::TooLarge { max_mb: 1 })
    );

    // The size is checked first: 40 MiB + 1 byte of anything is too large, 40 MiB is looked at.
    let limit = Limits::default().max_file_bytes as usize;
    let over = vec![0u8; limit + 1];
    assert_eq!(
        import(&over, &Limits::default()),
        Err(MediaError::TooLarge { max_mb: 40 })
    );
    assert_eq!(
        import(&over[..limit], &Limits::default()),
        Err(MediaError::Unsupported)
    );
}

#[test]
fn the_decoders_memory_limit_is_enforced() {
    // 100×100 RGB needs 30 000 bytes once decoded.
    let tight = Limits {
        max_alloc_bytes: 20_000,
        ..Limits::default()
    };
    for input in [jpeg(&detailed(100, 100), 90), png_rgb(&detailed(100, 100))] {
        assert!(matches!(
            import(&input, &tight),
            Err(MediaError::TooManyPixels { .. })
        ));
        assert!(import(&input, &Limits::default()).is_ok());
    }
    // Custom pixel and side limits are the header's yardstick.
    let few = Limits {
        max_pixels: 5_000,
        max_side: 1_000,
        ..Limits::default()
    };
    assert_eq!(
        import(&png_rgb(&detailed(100, 100)), &few),
        Err(MediaError::TooManyPixels { max_megapixels: 1 })
    );
}

#[test]
fn damaged_files_never_panic() {
    // Small limits keep a header damaged into a large size cheap to refuse or decode.
    let limits = Limits {
        max_pixels: 1_000_000,
        max_side: 4_000,
        ..Limits::default()
    };
    let img = detailed(48, 32);
    let camera = camera_jpeg(&img, 6);
    let mut noise = Noise(0xDEAD_BEEF_CAFE_F00D);
    for original in [camera, png_rgb(&img), webp_rgb(&img)] {
        for round in 0..150 {
            let mut damaged = original.clone();
            if round % 5 == 0 {
                damaged.truncate(noise.next() as usize % original.len());
            } else {
                for _ in 0..1 + noise.next() % 6 {
                    // Keep the magic bytes: the damage is meant for the decoders.
                    let at = 4 + noise.next() as usize % (damaged.len() - 4);
                    damaged[at] = noise.next() as u8;
                }
            }
            match import(&damaged, &limits) {
                Ok(out) => {
                    assert!(out.width.max(out.height) <= IMAGE_SIDE);
                    assert_clean_jpeg(&out.image);
                }
                Err(e) => assert!(
                    matches!(
                        e,
                        MediaError::Corrupt
                            | MediaError::Unsupported
                            | MediaError::TooManyPixels { .. }
                            | MediaError::Empty
                    ),
                    "{e:?}"
                ),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Errors as people see them.

#[test]
fn each_error_has_its_code_message_and_arguments() {
    let cases = [
        (
            MediaError::Empty,
            "photo_empty",
            "error-photo-empty",
            vec![],
        ),
        (
            MediaError::TooLarge { max_mb: 40 },
            "photo_too_large",
            "error-photo-too-large",
            vec![("max_mb", ErrorArg::Number(40.0))],
        ),
        (
            MediaError::TooManyPixels { max_megapixels: 60 },
            "photo_too_many_pixels",
            "error-photo-too-many-pixels",
            vec![("max_megapixels", ErrorArg::Number(60.0))],
        ),
        (MediaError::Heic, "photo_heic", "error-photo-heic", vec![]),
        (
            MediaError::Unsupported,
            "photo_unsupported",
            "error-photo-unsupported",
            vec![],
        ),
        (
            MediaError::Corrupt,
            "photo_corrupt",
            "error-photo-corrupt",
            vec![],
        ),
    ];
    for (error, code, message_id, args) in cases {
        assert_eq!(error.code(), code);
        assert_eq!(error.message_id(), message_id);
        assert_eq!(error.args(), args);
        let m = error.user_message();
        assert_eq!((m.code, m.message_id, m.args), (code, message_id, args));
        assert!(!error.to_string().is_empty());
    }
}
