//! The plaintext scan behind the "nothing readable on disk" tests (the vault's own and the
//! end-to-end ones): every file under a folder, every marker as UTF-8, UTF-16 (both byte
//! orders) and base64 (at the three alignments).

use std::path::Path;

pub fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn utf16be(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

fn base64_variants(s: &str) -> Vec<Vec<u8>> {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    (0..3)
        .map(|shift| {
            let mut bytes = vec![0u8; shift];
            bytes.extend_from_slice(s.as_bytes());
            let mut out = Vec::new();
            for chunk in bytes.chunks(3) {
                let n = chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b))
                    << (8 * (3 - chunk.len()));
                for i in 0..=chunk.len() {
                    out.push(A[((n >> (18 - 6 * i)) & 63) as usize]);
                }
            }
            // Drop the characters that depend on the unknown neighbours.
            let skip = if shift == 0 { 0 } else { shift + 1 };
            out[skip..out.len().saturating_sub(2)].to_vec()
        })
        .collect()
}

/// Where any marker appears, as `path: marker (encoding)`; empty when nothing leaked.
pub fn scan(root: &Path, markers: &[&str]) -> Vec<String> {
    let mut needles: Vec<(String, Vec<u8>)> = Vec::new();
    for m in markers {
        needles.push((format!("{m} (utf-8)"), m.as_bytes().to_vec()));
        needles.push((format!("{m} (utf-16le)"), utf16le(m)));
        needles.push((format!("{m} (utf-16be)"), utf16be(m)));
        for (i, b) in base64_variants(m).into_iter().enumerate() {
            needles.push((format!("{m} (base64 #{i})"), b));
        }
    }
    let mut hits = Vec::new();
    let mut stack = vec![root.to_owned()];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            if let Ok(entries) = std::fs::read_dir(&p) {
                stack.extend(entries.flatten().map(|e| e.path()));
            }
        } else if let Ok(bytes) = std::fs::read(&p) {
            for (name, needle) in &needles {
                if bytes.windows(needle.len()).any(|w| w == needle.as_slice()) {
                    hits.push(format!("{}: {name}", p.display()));
                }
            }
        }
    }
    hits
}

/// Every text and blob cell of every table of an open (decrypted) database — the full-text
/// index's internal tables included — joined with newlines: what someone holding the key would
/// find with SQL. Tests search it for markers that must be gone.
pub fn decrypted_cells(conn: &rusqlite::Connection) -> Result<String, rusqlite::Error> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut all = String::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{}\"", t.replace('"', "\"\"")))?;
        let n = stmt.column_count();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            for i in 0..n {
                if let rusqlite::types::ValueRef::Text(b) | rusqlite::types::ValueRef::Blob(b) =
                    row.get_ref(i)?
                {
                    all.push_str(&String::from_utf8_lossy(b));
                    all.push('\n');
                }
            }
        }
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(bytes: &[u8]) -> String {
        const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b))
                << (8 * (3 - chunk.len()));
            for i in 0..=chunk.len() {
                out.push(char::from(A[((n >> (18 - 6 * i)) & 63) as usize]));
            }
        }
        out
    }

    #[test]
    fn finds_a_marker_in_every_encoding_and_alignment() {
        let marker = "SECRET-marker-é";
        for prefix in ["", "x", "xy"] {
            let dir = tempfile::tempdir().unwrap();
            let text = format!("{prefix}{marker} and more");
            std::fs::write(dir.path().join("b64"), b64(text.as_bytes())).unwrap();
            assert_eq!(
                scan(dir.path(), &[marker]).len(),
                1,
                "base64 after {prefix:?}"
            );
        }
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/u16"), utf16le(marker)).unwrap();
        std::fs::write(dir.path().join("u8"), marker).unwrap();
        std::fs::write(dir.path().join("clean"), "nothing here").unwrap();
        assert_eq!(scan(dir.path(), &[marker]).len(), 2);
    }
}
