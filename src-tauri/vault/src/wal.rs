//! Reading SQLite's write-ahead log ourselves (the published format,
//! <https://sqlite.org/fileformat2.html#walformat>) to see what SQLite would silently skip.
//!
//! SQLite applies the frames of the log from the start up to the last commit frame whose salts
//! match the log's header and whose cumulative checksum holds; it ignores everything after the
//! first frame that fails, without a word. Frames of an earlier generation of the log (after a
//! checkpoint restarted it) carry other salts and are rightly ignored. So a frame after the
//! applied ones that still carries the header's salts is a frame SQLite drops: a damaged log,
//! or a transaction cut off by a crash. `verify` reports it instead of accepting the vault as
//! sound. (Frames are also authenticated by SQLCipher's page HMAC when they are read; that is
//! what `integrity_check` catches.)

use std::path::Path;

use crate::VaultError;

const HEADER_LEN: usize = 32;
const FRAME_HEADER_LEN: usize = 24;
const MAGIC_LE: u32 = 0x377f_0682;
const MAGIC_BE: u32 = 0x377f_0683;

/// What the log at `path` holds that SQLite will not apply; empty when there is no log, an
/// empty one, or every current frame is applied.
pub(crate) fn problems(path: &Path) -> Result<Vec<String>, VaultError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(VaultError::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    Ok(check(&bytes).err().into_iter().collect())
}

/// `Ok(applied frames)` or a description of what would be dropped.
fn check(log: &[u8]) -> Result<usize, String> {
    if log.is_empty() {
        return Ok(0);
    }
    let header = Header::parse(log).ok_or_else(|| {
        format!(
            "the write-ahead log's header is damaged: SQLite would ignore all {} bytes of it",
            log.len()
        )
    })?;
    let frame_len = FRAME_HEADER_LEN + header.page_size;
    let frames = (log.len() - HEADER_LEN) / frame_len;
    let frame = |i: usize| &log[HEADER_LEN + i * frame_len..HEADER_LEN + (i + 1) * frame_len];
    let (mut s1, mut s2) = (header.checksum.0, header.checksum.1);
    let mut applied = 0;
    for i in 0..frames {
        let f = frame(i);
        if !header.salts_match(f) {
            break;
        }
        (s1, s2) = checksum(header.big_endian, &f[..8], (s1, s2));
        (s1, s2) = checksum(header.big_endian, &f[FRAME_HEADER_LEN..], (s1, s2));
        if (s1, s2) != (be32(f, 16), be32(f, 20)) {
            break;
        }
        if be32(f, 4) != 0 {
            applied = i + 1;
        }
    }
    let dropped = (applied..frames)
        .filter(|&i| header.salts_match(frame(i)))
        .count();
    if dropped > 0 {
        return Err(format!(
            "the write-ahead log holds {dropped} frame(s) after frame {applied} that SQLite would \
             not apply (a damaged log, or a write cut off by a crash)"
        ));
    }
    Ok(applied)
}

struct Header {
    big_endian: bool,
    page_size: usize,
    salts: [u8; 8],
    checksum: (u32, u32),
}

impl Header {
    /// The log's header, if its magic, page size and checksum hold.
    fn parse(log: &[u8]) -> Option<Self> {
        let h = log.get(..HEADER_LEN)?;
        let big_endian = match be32(h, 0) {
            MAGIC_LE => false,
            MAGIC_BE => true,
            _ => return None,
        };
        let page_size = be32(h, 8) as usize;
        if !(512..=65536).contains(&page_size) || !page_size.is_power_of_two() {
            return None;
        }
        let stored = (be32(h, 24), be32(h, 28));
        if checksum(big_endian, &h[..24], (0, 0)) != stored {
            return None;
        }
        let mut salts = [0u8; 8];
        salts.copy_from_slice(&h[16..24]);
        Some(Header {
            big_endian,
            page_size,
            salts,
            checksum: stored,
        })
    }

    fn salts_match(&self, frame: &[u8]) -> bool {
        frame[8..16] == self.salts
    }
}

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// SQLite's WAL checksum over `data` (a multiple of 8 bytes), continuing from `(s1, s2)`.
fn checksum(big_endian: bool, data: &[u8], (mut s1, mut s2): (u32, u32)) -> (u32, u32) {
    for pair in data.chunks_exact(8) {
        let word = |w: &[u8]| {
            let b = [w[0], w[1], w[2], w[3]];
            if big_endian {
                u32::from_be_bytes(b)
            } else {
                u32::from_le_bytes(b)
            }
        };
        s1 = s1.wrapping_add(word(&pair[..4])).wrapping_add(s2);
        s2 = s2.wrapping_add(word(&pair[4..])).wrapping_add(s1);
    }
    (s1, s2)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: usize = 512;

    /// A log of `commits` one-frame transactions, written as SQLite writes it.
    fn log(commits: usize, salts: [u8; 8]) -> Vec<u8> {
        let mut h = Vec::new();
        h.extend_from_slice(&MAGIC_LE.to_be_bytes());
        h.extend_from_slice(&3_007_000u32.to_be_bytes());
        h.extend_from_slice(&(PAGE as u32).to_be_bytes());
        h.extend_from_slice(&0u32.to_be_bytes());
        h.extend_from_slice(&salts);
        let (mut s1, mut s2) = checksum(false, &h, (0, 0));
        h.extend_from_slice(&s1.to_be_bytes());
        h.extend_from_slice(&s2.to_be_bytes());
        for i in 0..commits {
            let mut f = Vec::new();
            f.extend_from_slice(&(i as u32 + 1).to_be_bytes());
            f.extend_from_slice(&(i as u32 + 1).to_be_bytes()); // a commit frame
            f.extend_from_slice(&salts);
            let page = vec![i as u8; PAGE];
            (s1, s2) = checksum(false, &f[..8], (s1, s2));
            (s1, s2) = checksum(false, &page, (s1, s2));
            f.extend_from_slice(&s1.to_be_bytes());
            f.extend_from_slice(&s2.to_be_bytes());
            f.extend_from_slice(&page);
            h.extend_from_slice(&f);
        }
        h
    }

    #[test]
    fn a_sound_log_is_applied_whole() {
        assert_eq!(check(&log(3, [1; 8])), Ok(3));
        assert_eq!(check(&[]), Ok(0));
    }

    #[test]
    fn a_damaged_frame_before_others_is_reported() {
        let mut l = log(3, [1; 8]);
        l[HEADER_LEN + FRAME_HEADER_LEN + 10] ^= 1; // the first frame's page
        let e = check(&l).unwrap_err();
        assert!(e.contains("3 frame(s) after frame 0"), "{e}");
    }

    #[test]
    fn a_damaged_header_is_reported_and_stale_frames_are_not() {
        let mut l = log(2, [1; 8]);
        l[20] ^= 1;
        assert!(check(&l).unwrap_err().contains("header is damaged"));
        // A restarted log: one current frame, then a frame of the earlier generation.
        let mut current = log(1, [2; 8]);
        let old = log(2, [1; 8]);
        current.extend_from_slice(&old[HEADER_LEN + FRAME_HEADER_LEN + PAGE..]);
        assert_eq!(check(&current), Ok(1));
    }
}
