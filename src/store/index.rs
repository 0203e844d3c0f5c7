//! `persons.idx`: where each person record's line starts in a source's
//! `extract.jsonl`, and its key, so that `explain` reads two records of a
//! large estate and parses nothing else.
//!
//! Laid out by hand (a flat table needs no serialisation crate): a magic,
//! the SHA-256 of the data file it indexes (hex, length-prefixed), the data
//! file's length (u64 LE), the record count (u32 LE), then per record its
//! line's offset (u64 LE) and length (u32 LE) and its key (length-prefixed
//! UTF-8). An index is only used with the data file its hash names: the
//! manifest's.

use super::bytes::{put, Cursor};
use super::Manifest;
use crate::error::{Error, Result};
use crate::model::StagedPerson;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

pub const FILE: &str = "persons.idx";
const MAGIC: &[u8; 8] = b"OFPIDX01";

/// The index of `data` (an `extract.jsonl`) whose SHA-256 is `sha256`:
/// every line before the last is a person record, whose key is read from
/// it (a line that is not a person record is an error: the data is not
/// what `encode` writes).
pub fn build(data: &[u8], sha256: &str) -> Result<Vec<u8>> {
    #[derive(serde::Deserialize)]
    struct Key<'a> {
        #[serde(borrow)]
        key: std::borrow::Cow<'a, str>,
    }
    let mut index = Builder::default();
    // The last line is the extract's own: the person lines end before it.
    let Some(end) = memchr::memrchr(b'\n', data) else {
        return Ok(index.finish(sha256, data.len() as u64));
    };
    let mut at = 0usize;
    for line in data[..end].split(|&b| b == b'\n') {
        let key = match key_of(line) {
            Some(k) => k,
            None => serde_json::from_slice::<Key>(line)
                .map_err(|e| {
                    Error::Other(format!(
                        "staging an extract: a person line does not read back: {e}"
                    ))
                })?
                .key
                .into_owned(),
        };
        index.push(at as u64, line_len(line.len())?, &key);
        at += line.len() + 1;
    }
    Ok(index.finish(sha256, data.len() as u64))
}

/// A person line's length as the index holds it.
pub(super) fn line_len(n: usize) -> Result<u32> {
    u32::try_from(n)
        .map_err(|_| Error::Other("staging an extract: a person record over 4 GiB".into()))
}

/// The index built as the person lines are written (`Store::stream`),
/// with no read of the data: each line's offset, length and key, then the
/// data file's hash and length once it is complete.
#[derive(Default)]
pub struct Builder {
    entries: Vec<u8>,
    count: u32,
}

impl Builder {
    pub fn push(&mut self, at: u64, len: u32, key: &str) {
        self.entries.extend_from_slice(&at.to_le_bytes());
        self.entries.extend_from_slice(&len.to_le_bytes());
        put(&mut self.entries, key.as_bytes());
        self.count = self.count.saturating_add(1);
    }

    /// The index of a data file of `len` bytes whose SHA-256 is `sha256`.
    pub fn finish(self, sha256: &str, len: u64) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.entries.len() + 96);
        out.extend_from_slice(MAGIC);
        put(&mut out, sha256.as_bytes());
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&self.count.to_le_bytes());
        out.extend_from_slice(&self.entries);
        out
    }
}

/// A person line's key without parsing the rest of the line: serde writes
/// `StagedPerson`'s fields in order, so a line opens `{"source":N,"key":`
/// and the key is the JSON string after it. `None` when it does not (the
/// caller parses the line).
fn key_of(line: &[u8]) -> Option<String> {
    use serde::Deserialize;
    let rest = line.strip_prefix(b"{\"source\":")?;
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = rest[digits..].strip_prefix(b",\"key\":")?;
    String::deserialize(&mut serde_json::Deserializer::from_slice(rest)).ok()
}

/// The person record keyed `key` in `data_file`, through `index_file`,
/// when the index names the manifest's data and the data file has the
/// length it names; the first record with the key, as a full read finds.
pub fn person(
    index_file: &Path,
    data_file: &Path,
    manifest: &Manifest,
    key: &str,
) -> Option<StagedPerson> {
    let index = std::fs::read(index_file).ok()?;
    let mut r = Cursor::new(&index);
    if r.take(MAGIC.len())? != MAGIC || r.bytes()? != manifest.data_sha256.as_bytes() {
        return None;
    }
    let len = r.u64()?;
    let mut file = std::fs::File::open(data_file).ok()?;
    if file.metadata().ok()?.len() != len {
        return None;
    }
    let count = r.u32()?;
    for _ in 0..count {
        let offset = r.u64()?;
        let line_len = r.u32()? as usize;
        if r.bytes()? == key.as_bytes() {
            file.seek(SeekFrom::Start(offset)).ok()?;
            let mut line = vec![0u8; line_len];
            file.read_exact(&mut line).ok()?;
            let p: StagedPerson = serde_json::from_slice(&line).ok()?;
            return (p.key == key).then_some(p);
        }
    }
    None
}
