//! The staging store: each source's staged extract kept between runs, so
//! that a data team can extract the legacy systems once and then fix a
//! mapping, re-link, read the report and explain pairs again and again over
//! the same frozen records.
//!
//! The store lives in a run's output folder, `<out>/stage/`, one folder per
//! source holding `extract.jsonl` (the `SourceExtract`: every staged record
//! with its raw values and position, the rejects, skips and counts),
//! `manifest.json` (the fingerprint of the source's inputs, the mapping's
//! hash, onefamily's version, the counts, when it was extracted, and the
//! SHA-256 of `extract.jsonl`) and `persons.idx` (where each person record
//! starts in `extract.jsonl`, by key). A source's extract is reused when its
//! fingerprint, mapping hash and onefamily's version are unchanged and the
//! data file still has the hash its manifest names; anything else re-reads
//! the source. `snapshot` packs the store into one encrypted file; `terms`
//! keeps what a link computed over the whole estate that `explain` needs;
//! `linked` keeps the link itself (clusters, review band, statistics) for `load`.
//!
//! Format: JSON Lines through serde_json, already a dependency (so the
//! store adds nothing to a fresh build): one line per person record, then
//! last the extract without its person records (its counts are known only
//! once the source is read, and the person lines are written while it is
//! read: `stream`), so that `explain` reads and parses its two records and
//! nothing else (found by `persons.idx`, a flat table laid out by hand),
//! and a full read parses the lines in parallel. A non-self-describing binary format (bincode,
//! postcard) cannot carry the report-oriented `skip_serializing_if`
//! attributes of `Integrity`. The columnar features of the scale issue are a
//! separate, later layer: they describe what linking reads, this is what
//! extraction produced.

pub mod linked;
pub mod snapshot;
mod sources;
mod stream;
pub mod terms;
pub mod views;

pub(crate) use sources::unchanged;
pub use sources::{stage, StageOptions, Staged};

use crate::error::{Error, Result};
use crate::mapping::{Location, LookupFrom, Project, SourceMapping};
use crate::model::{SourceExtract, StagedPerson};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

mod bytes;
mod index;

/// The data file of a source's entry.
const DATA: &str = "extract.jsonl";

/// Bumped when the stored shape changes: older stores are re-read, not misread.
/// 3: a person record's fields not held are left out of its line.
/// 4: the extract's own line last, after its person lines.
pub const FORMAT: u32 = 4;

/// One source's manifest (`manifest.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub source: String,
    pub kind: String,
    pub onefamily: String,
    pub mapping_hash: String,
    /// `sha256:…` over the source's files, `server:sha256:…` over a server
    /// source's counts (`crate::extract::fingerprint`); empty when it had none.
    pub fingerprint: String,
    /// UTC, RFC 3339, to the second.
    pub extracted_at: String,
    pub rows_read: u64,
    pub records: u64,
    pub rejects: u64,
    pub skipped: u64,
    /// SHA-256 of `extract.jsonl`: a torn or edited file is not reused.
    pub data_sha256: String,
}

/// The last line of `extract.jsonl`: the extract without its person
/// records (one line each before it), and what its report-oriented serde
/// attributes leave out.
#[derive(Serialize, Deserialize)]
struct Stored {
    extract: SourceExtract,
    /// `Integrity::workbook` (skipped in reports): sources reading sheets
    /// of one workbook cover each other's sheets by it.
    workbook: Option<String>,
}

/// A staging store at a folder.
#[derive(Clone, Debug)]
pub struct Store {
    pub dir: PathBuf,
}

/// One source's entry read back from the store, verified.
pub struct Entry {
    pub manifest: Manifest,
    /// The bytes of `extract.jsonl`, checked against the manifest's hash.
    pub data: Vec<u8>,
}

impl Store {
    /// The store of a run's output folder: `<out>/stage`.
    pub fn of_out(out: &Path) -> Store {
        Store {
            dir: out.join("stage"),
        }
    }

    /// Whether any source has been staged here.
    pub fn exists(&self) -> bool {
        std::fs::read_dir(&self.dir)
            .map(|mut d| d.any(|e| e.is_ok_and(|e| e.path().join("manifest.json").is_file())))
            .unwrap_or(false)
    }

    fn source_dir(&self, name: &str) -> PathBuf {
        self.dir.join(folder_name(name))
    }

    /// A source's manifest and data, when both are there and agree. A
    /// missing, unreadable or torn entry is `None`: the caller re-reads.
    pub fn entry(&self, name: &str) -> Option<Entry> {
        let manifest = self.manifest_of(name)?;
        let data = self.data_of(name, &manifest)?;
        Some(Entry { manifest, data })
    }

    /// A source's manifest alone: cheap, so a changed mapping or input is
    /// found without reading the extract.
    pub fn manifest_of(&self, name: &str) -> Option<Manifest> {
        let dir = self.source_dir(name);
        let manifest: Manifest =
            serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).ok()?).ok()?;
        (manifest.format == FORMAT && manifest.source == name).then_some(manifest)
    }

    /// A source's extract, when it is intact (its hash is the manifest's).
    pub fn data_of(&self, name: &str, manifest: &Manifest) -> Option<Vec<u8>> {
        let data = std::fs::read(self.source_dir(name).join(DATA)).ok()?;
        (sha256_hex(&data) == manifest.data_sha256).then_some(data)
    }

    /// Every source's entry in the store, by folder name order.
    pub fn entries(&self) -> Vec<Entry> {
        let mut names: Vec<String> = std::fs::read_dir(&self.dir)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let m = std::fs::read(e.path().join("manifest.json")).ok()?;
                serde_json::from_slice::<Manifest>(&m)
                    .ok()
                    .map(|m| m.source)
            })
            .collect();
        names.sort();
        names.iter().filter_map(|n| self.entry(n)).collect()
    }

    /// Write one source's entry: data and its person index first, then the
    /// manifest naming the data's hash, each through a temporary file
    /// renamed into place, so a reader (another command on the same folder)
    /// sees the old entry or the new one, never half of one. An index that
    /// names another data hash than the manifest's is not used.
    pub fn put(&self, manifest: &Manifest, data: &[u8]) -> Result<()> {
        let dir = self.source_dir(&manifest.source);
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        write_atomic(&dir.join(DATA), data)?;
        let index = index::build(data, &manifest.data_sha256)?;
        write_atomic(&dir.join(index::FILE), &index)?;
        let m = serde_json::to_vec_pretty(manifest).map_err(|e| Error::Other(e.to_string()))?;
        write_atomic(&dir.join("manifest.json"), &m)?;
        // Format 1's data file, no longer read: personal data not to leave behind.
        let _ = std::fs::remove_file(dir.join("extract.json"));
        Ok(())
    }

    /// Stage an extract already read, through the same writer as `stream`
    /// (which a source read with a store uses, writing while it reads):
    /// its person lines a window at a time, then its own line, the person
    /// index and the manifest that `manifest` makes from the data's
    /// SHA-256, in the order and with the atomic renames of `put`.
    /// Returns the manifest.
    pub fn put_extract(
        &self,
        name: &str,
        x: &mut SourceExtract,
        manifest: impl FnOnce(&SourceExtract, String) -> Manifest,
    ) -> Result<Manifest> {
        let streaming = self.stream(name)?;
        let sink = streaming.sink();
        let persons = std::mem::take(&mut x.persons);
        sink.reserve(persons.len());
        let mut window = Vec::with_capacity(crate::extract::sink::WINDOW);
        for p in persons {
            window.push(p);
            if window.len() == crate::extract::sink::WINDOW {
                window = sink.window(window);
            }
        }
        sink.window(window);
        x.persons = sink
            .finish()
            .ok_or_else(|| Error::Other("staging an extract: the store's writer stopped".into()))?;
        streaming.finish(x, manifest)
    }

    /// One person record of a source's staged extract, by its key, read
    /// through the person index without reading the rest: `None` when the
    /// entry, its index or the record is missing or does not fit the
    /// manifest (the caller reads the whole extract instead).
    pub fn person(&self, manifest: &Manifest, key: &str) -> Option<StagedPerson> {
        let dir = self.source_dir(&manifest.source);
        index::person(&dir.join(index::FILE), &dir.join(DATA), manifest, key)
    }
}

/// Write through a temporary file in the same folder, then rename.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(dir, e))?;
    std::io::Write::write_all(&mut tmp, bytes).map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// A source name as a folder name: itself when it is plain, else a hash
/// (a mapping may name a source with any characters).
fn folder_name(name: &str) -> String {
    if !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        name.to_string()
    } else {
        format!("source-{}", &sha256_hex(name.as_bytes())[..16])
    }
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The extract as stored bytes, in memory (a snapshot's test and callers
/// that need the bytes; staging streams them to the file with `stream`).
pub fn encode(x: &mut SourceExtract) -> Result<Vec<u8>> {
    let mut data = Vec::new();
    for p in &x.persons {
        person_line(p, &mut data)?;
    }
    data.extend_from_slice(&extract_line(x)?);
    Ok(data)
}

/// A person record's line, its newline after it, appended to `out`
/// (compact JSON holds no raw newline).
fn person_line(p: &StagedPerson, out: &mut Vec<u8>) -> Result<()> {
    serde_json::to_writer(&mut *out, p)
        .map_err(|e| Error::Other(format!("staging an extract: {e}")))?;
    out.push(b'\n');
    Ok(())
}

/// The extract's own line: the extract without its person records, which
/// are taken out while it is written and put back, not copied.
fn extract_line(x: &mut SourceExtract) -> Result<Vec<u8>> {
    let persons = std::mem::take(&mut x.persons);
    let stored = Stored {
        workbook: x.integrity.workbook.clone(),
        extract: std::mem::take(x),
    };
    let line = serde_json::to_vec(&stored);
    *x = stored.extract;
    x.persons = persons;
    line.map_err(|e| Error::Other(format!("staging an extract: {e}")))
}

/// Stored bytes back into the extract of source `idx` of this project
/// (the store does not depend on the source's place in the project).
pub fn decode(data: &[u8], idx: u16, what: &str) -> Result<SourceExtract> {
    use rayon::prelude::*;
    let err = |e: serde_json::Error| {
        Error::Other(format!("{what}: the staged extract cannot be read: {e}"))
    };
    // The last line is the extract's own; the person lines end before it.
    let (rest, last) = match memchr::memrchr(b'\n', data) {
        Some(end) => (&data[..end], &data[end + 1..]),
        None => (&data[..0], data),
    };
    if last.is_empty() {
        return Err(Error::Other(format!("{what}: the staged extract is empty")));
    }
    let stored: Stored = serde_json::from_slice(last).map_err(err)?;
    // The person lines in a few runs cut at newlines, each parsed as a
    // stream of values, the runs in parallel, in order.
    let runs = 4 * rayon::current_num_threads().max(1);
    let mut cuts = vec![0usize];
    for k in 1..runs {
        let at = (rest.len() * k / runs).max(*cuts.last().unwrap_or(&0));
        let next = rest[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |p| at + p);
        cuts.push(next);
    }
    cuts.push(rest.len());
    let parts: Vec<Vec<StagedPerson>> = cuts
        .windows(2)
        .collect::<Vec<_>>()
        .par_iter()
        .map(|w| {
            serde_json::Deserializer::from_slice(&rest[w[0]..w[1]])
                .into_iter::<StagedPerson>()
                .collect::<std::result::Result<Vec<_>, _>>()
        })
        .collect::<std::result::Result<_, _>>()
        .map_err(err)?;
    let mut x = stored.extract;
    x.persons = parts.into_iter().flatten().collect();
    x.integrity.workbook = stored.workbook;
    reindex(&mut x, idx);
    Ok(x)
}

fn reindex(x: &mut SourceExtract, idx: u16) {
    x.source = idx;
    x.persons.iter_mut().for_each(|r| r.source = idx);
    x.involvements.iter_mut().for_each(|r| r.source = idx);
    x.referrals.iter_mut().for_each(|r| r.source = idx);
    x.assessments.iter_mut().for_each(|r| r.source = idx);
    x.consents.iter_mut().for_each(|r| r.source = idx);
    x.rejects.iter_mut().for_each(|r| r.source = idx);
}

/// The manifest of a fresh extract.
pub fn manifest(
    m: &SourceMapping,
    x: &SourceExtract,
    mapping_hash: String,
    fingerprint: String,
    extracted_at: String,
    data_sha256: String,
) -> Manifest {
    Manifest {
        format: FORMAT,
        source: m.name.clone(),
        kind: m.kind.as_str().to_string(),
        onefamily: env!("CARGO_PKG_VERSION").to_string(),
        mapping_hash,
        fingerprint,
        extracted_at,
        rows_read: x.rows_read,
        records: x.records(),
        rejects: x.rejects.len() as u64,
        skipped: x.skipped.len() as u64,
        data_sha256,
    }
}

/// SHA-256 of what decides how a source's rows become records: its mapping
/// file's bytes, the project's reference date (two-digit years pivot on it)
/// and size limits, the store's format, onefamily's version and the hash
/// of the extraction code this build was compiled from (`build.rs`: the
/// crate version alone stays the same across builds whose extraction
/// differs). Paths are left out on purpose, so a project folder can move
/// (a snapshot travels; the snapshot's run must be of the same build).
pub fn mapping_hash(project: &Project, m: &SourceMapping) -> String {
    let mut h = Sha256::new();
    let bytes = std::fs::read(&m.file).unwrap_or_default();
    h.update((bytes.len() as u64).to_le_bytes());
    h.update(&bytes);
    h.update(project.reference_date.to_string().as_bytes());
    h.update(format!("{:?}", project.limits).as_bytes());
    h.update(FORMAT.to_le_bytes());
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(env!("ONEFAMILY_EXTRACT_CODE").as_bytes());
    hex::encode(h.finalize())
}

/// The fingerprint of a source's inputs: SHA-256 over every file it reads
/// (each file's name, length and bytes, in the order extraction reads
/// them; lookups' files too). `None` for a server source, whose
/// fingerprint asks its server (`crate::extract::fingerprint`, taken where
/// sources are staged). An error (a missing file) is `None` too: the
/// extraction that follows reports it properly.
///
/// Taken before the source is read: a file that changes during the read
/// leaves a fingerprint that no longer matches, and the next run re-reads.
pub fn fingerprint(m: &SourceMapping) -> Option<String> {
    let path = match &m.location {
        Location::Sqlite { path, .. }
        | Location::Csv { path, .. }
        | Location::Sheet { path, .. }
        | Location::Dump { path, .. } => path,
        Location::Server { .. } => return None,
    };
    let mut files = crate::extract::files::matching(path).ok()?;
    if matches!(m.location, Location::Sqlite { .. }) {
        // An SQLite copy in WAL mode keeps recent writes beside the file.
        let wal = PathBuf::from(format!("{}-wal", path.display()));
        if wal.is_file() {
            files.push(wal);
        }
    }
    for l in &m.lookups {
        if let LookupFrom::File(p) = &l.from {
            files.extend(crate::extract::files::matching(p).ok()?);
        }
    }
    let mut h = Sha256::new();
    for f in &files {
        let name = crate::extract::files::name_of(f);
        h.update((name.len() as u64).to_le_bytes());
        h.update(name.as_bytes());
        let mut file = std::fs::File::open(f).ok()?;
        let len = file.metadata().ok()?.len();
        h.update(len.to_le_bytes());
        std::io::copy(&mut file, &mut h).ok()?;
    }
    Some(format!("sha256:{}", hex::encode(h.finalize())))
}

/// `2026-11-30T09:12:40Z` as people read it: `2026-11-30 09:12`.
pub fn when(rfc3339: &str) -> String {
    rfc3339.get(..16).unwrap_or(rfc3339).replacen('T', " ", 1)
}

/// A manifest for tests: source `s`, `rows` rows and records, nothing
/// rejected or skipped, of the data whose SHA-256 is `data_sha256`.
#[cfg(test)]
pub(crate) fn test_manifest(rows: u64, data_sha256: String) -> Manifest {
    Manifest {
        format: FORMAT,
        source: "s".into(),
        kind: "csv".into(),
        onefamily: "0".into(),
        mapping_hash: "m".into(),
        fingerprint: "f".into(),
        extracted_at: "2026-11-30T09:12:40Z".into(),
        rows_read: rows,
        records: rows,
        rejects: 0,
        skipped: 0,
        data_sha256,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Reject, RejectReason, StagedPerson};

    #[test]
    fn an_extract_survives_the_store_whole() {
        let mut x = SourceExtract {
            source: 3,
            rows_read: 4,
            rows_staged: 2,
            rows_rejected: 1,
            ..Default::default()
        };
        x.persons.push(StagedPerson {
            source: 3,
            key: "K1".into(),
            given_names: Some("Ada".into()),
            ..Default::default()
        });
        x.rejects.push(Reject {
            source: 3,
            key: None,
            position: Default::default(),
            reason: RejectReason::MissingKey,
            column: Some("id".into()),
        });
        x.integrity.workbook = Some("book.xlsx".into());
        x.integrity
            .sheets
            .push(crate::model::integrity::SheetCount {
                name: "Other".into(),
                rows: 2,
                status: "unread",
            });
        let bytes = encode(&mut x).unwrap();
        let back = decode(&bytes, 5, "test").unwrap();
        assert_eq!(back.source, 5, "re-indexed to the project's order");
        assert_eq!(back.persons[0].source, 5);
        assert_eq!(back.rejects[0].source, 5);
        assert_eq!(back.integrity, x.integrity, "workbook kept");
        let mut again = back.clone();
        reindex(&mut again, 3);
        assert_eq!(encode(&mut again).unwrap(), bytes, "byte for byte");
    }

    /// The seldom held fields are one box in memory but sit among the
    /// others in the store's line, as before they were boxed: a record that
    /// holds none reads back with no box, one that holds any with all of
    /// them, and a line written before the box reads the same.
    #[test]
    fn the_seldom_held_fields_survive_the_store() {
        use crate::model::{NameOrder, StagedExtra};
        let mut x = SourceExtract::default();
        x.persons.push(StagedPerson {
            key: "K1".into(),
            given_names: Some("Ada".into()),
            ..Default::default()
        });
        x.persons.push(StagedPerson {
            key: "K2".into(),
            extra: Some(Box::new(StagedExtra {
                full_name: Some("LOVELACE, Ada".into()),
                name_order: NameOrder::SurnameForenames,
                phone: Some("01632 960000".into()),
                identifiers: vec![("case".into(), "C-1".into())],
                ..Default::default()
            })),
            ..Default::default()
        });
        let bytes = encode(&mut x).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("\"extra\""), "no nesting in the line");
        assert!(text.contains(r#""phone":"01632 960000""#));
        let back = decode(&bytes, 0, "test").unwrap();
        assert!(back.persons[0].extra.is_none());
        let e = back.persons[1].extra().clone();
        assert_eq!(e, *x.persons[1].extra());
        assert_eq!(e.name_order, NameOrder::SurnameForenames);
        // A line of the layout before the box: every field at the top.
        let old = r#"{"source":0,"key":"K3","position":{"sheet":"","row":3},"phone":"01632 960001","row_hash":"h"}"#;
        let p: StagedPerson = serde_json::from_str(old).unwrap();
        assert_eq!(p.extra().phone.as_deref(), Some("01632 960001"));
        let plain = r#"{"source":0,"key":"K4","position":{"sheet":"","row":4},"row_hash":"h"}"#;
        let p: StagedPerson = serde_json::from_str(plain).unwrap();
        assert!(p.extra.is_none());
    }

    #[test]
    fn a_torn_entry_is_not_reused() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store {
            dir: dir.path().to_path_buf(),
        };
        let mut x = SourceExtract::default();
        let data = encode(&mut x).unwrap();
        let m = Manifest {
            format: FORMAT,
            source: "a b".into(),
            kind: "csv".into(),
            onefamily: "0".into(),
            mapping_hash: "m".into(),
            fingerprint: "f".into(),
            extracted_at: "2026-11-30T09:12:40Z".into(),
            rows_read: 0,
            records: 0,
            rejects: 0,
            skipped: 0,
            data_sha256: sha256_hex(&data),
        };
        store.put(&m, &data).unwrap();
        assert!(store.exists());
        assert!(store.entry("a b").is_some());
        let file = store.source_dir("a b").join(DATA);
        std::fs::write(&file, b"{}").unwrap();
        assert!(store.entry("a b").is_none(), "hash no longer matches");
        assert_eq!(when(&m.extracted_at), "2026-11-30 09:12");
    }

    #[test]
    fn a_person_is_read_alone_by_its_key() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store {
            dir: dir.path().to_path_buf(),
        };
        let mut x = SourceExtract::default();
        for key in ["K1", "K \"2\"\nnext line", "K3"] {
            x.persons.push(StagedPerson {
                key: key.into(),
                given_names: Some(format!("Ada {key}").into()),
                ..Default::default()
            });
        }
        let data = encode(&mut x).unwrap();
        assert_eq!(x.persons.len(), 3, "put back after encoding");
        let m = test_manifest(3, sha256_hex(&data));
        let old = store.source_dir("s").join("extract.json");
        std::fs::create_dir_all(old.parent().unwrap()).unwrap();
        std::fs::write(&old, b"{}").unwrap();
        store.put(&m, &data).unwrap();
        assert!(!old.exists(), "format 1's data file removed");
        let p = store.person(&m, "K \"2\"\nnext line").unwrap();
        assert_eq!(p.given_names.as_deref(), Some("Ada K \"2\"\nnext line"));
        assert_eq!(store.person(&m, "K3").unwrap().key, "K3");
        assert!(store.person(&m, "K4").is_none());
        assert_eq!(decode(&data, 0, "t").unwrap().persons.len(), 3);
        // An index of other data is not used.
        let other = Manifest {
            data_sha256: "0".repeat(64),
            ..m.clone()
        };
        assert!(store.person(&other, "K1").is_none());
        std::fs::write(store.source_dir("s").join(DATA), b"{}").unwrap();
        assert!(store.person(&m, "K1").is_none(), "data of another length");
    }

    #[test]
    fn a_streamed_extract_is_the_encoded_one_with_the_same_index() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store {
            dir: dir.path().to_path_buf(),
        };
        let mut x = SourceExtract {
            rows_read: 3,
            ..Default::default()
        };
        // More than one window, so the windows' order is tested too.
        for n in 0..crate::extract::sink::WINDOW + 3 {
            x.persons.push(StagedPerson {
                key: format!("K{n} \"q\"\n"),
                given_names: Some(format!("Ada {n}").into()),
                ..Default::default()
            });
        }
        let data = encode(&mut x).unwrap();
        let mf = store
            .put_extract("s", &mut x, |x, sha| Manifest {
                records: x.records(),
                ..test_manifest(x.rows_read, sha)
            })
            .unwrap();
        assert_eq!(
            x.persons.len(),
            crate::extract::sink::WINDOW + 3,
            "put back after staging"
        );
        assert_eq!(mf.data_sha256, sha256_hex(&data));
        let e = store.entry("s").expect("the entry reads back whole");
        assert_eq!(e.data, data, "byte for byte the encoded form");
        let written = std::fs::read(store.source_dir("s").join(index::FILE)).unwrap();
        assert_eq!(
            written,
            index::build(&data, &mf.data_sha256).unwrap(),
            "the index from the offsets written is the index parsed from the data"
        );
        let last = format!("K{} \"q\"\n", crate::extract::sink::WINDOW + 2);
        assert_eq!(store.person(&mf, &last).unwrap().key, last);
    }
}
