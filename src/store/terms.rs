//! What a link leaves beside its model so that `explain` can score one pair
//! without rebuilding the whole estate's comparison columns: each
//! term-frequency table (value → frequency, the `f32` linking computed,
//! bit for bit), stamped with the extracts and link settings it came from.
//! `explain` builds the comparison columns of its two records alone and
//! takes their term frequencies from here, so its weights are a full
//! relink's; a stamp that no longer matches (a source re-staged, the
//! settings edited) sends it back to the full path.
//!
//! Format: `<out>/link/terms.bin`, laid out by hand (a magic, then
//! length-prefixed strings and little-endian numbers): a few flat tables
//! need no serialisation crate, and reading it is one pass over a few MB.

use super::bytes::{put, Cursor};
use super::{write_atomic, Store};
use crate::error::{Error, Result};
use crate::link::features::Features;
use crate::link::settings::{LinkField, Settings};
use crate::mapping::Project;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"OFTERMS1";

/// Term frequencies by field, then by value.
pub type Tables = HashMap<String, HashMap<Box<str>, f32>>;

/// The file a link's term-frequency tables go to.
pub fn path(out: &Path) -> PathBuf {
    out.join("link").join("terms.bin")
}

/// A field as the tables name it (stable within one build of onefamily,
/// which the stamp names).
fn field_name(f: &LinkField) -> String {
    format!("{f:?}")
}

/// What the tables were computed from: every source's staged extract (its
/// data hash in the store, in project order), the link settings' file,
/// the project's reference date, and onefamily's build (its version and
/// the hash of its code, `build.rs`). `None` when a
/// source has no entry in the store.
pub fn stamp(project: &Project, store: &Store) -> Option<String> {
    let mut h = Sha256::new();
    h.update(super::FORMAT.to_le_bytes());
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(env!("ONEFAMILY_CODE").as_bytes());
    h.update(project.reference_date.to_string().as_bytes());
    let settings = match &project.link_file {
        Some(p) => std::fs::read(p).ok()?,
        None => b"built-in".to_vec(),
    };
    h.update((settings.len() as u64).to_le_bytes());
    h.update(&settings);
    for m in &project.sources {
        let mf = store.manifest_of(&m.name)?;
        for part in [&m.name, &mf.data_sha256, &mf.mapping_hash] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
    }
    Some(hex::encode(h.finalize()))
}

/// The term-frequency tables of a link's comparison columns: for each
/// field a comparison adjusts by frequency, every value that occurs.
pub fn tables(f: &Features, settings: &Settings) -> Tables {
    let mut out = Tables::new();
    for c in settings.comparisons.iter().filter(|c| c.tf) {
        let (Some(tf), Some(col)) = (f.tf.get(&c.field), f.text.get(&c.field)) else {
            continue;
        };
        let name = field_name(&c.field);
        if out.contains_key(&name) {
            continue;
        }
        // The values held, each once (an interned value has one id), before
        // any is copied: a million records hold far fewer distinct values.
        let mut held = vec![false; tf.len()];
        for &id in col.iter().filter(|&&id| id != 0) {
            if let Some(h) = held.get_mut(id as usize) {
                *h = true;
            }
        }
        let table: HashMap<Box<str>, f32> = held
            .iter()
            .enumerate()
            .filter(|(_, &h)| h)
            .map(|(id, _)| (Box::from(f.strings.get(id as u32)), tf[id]))
            .collect();
        out.insert(name, table);
    }
    out
}

/// Give comparison columns built over a few records the term frequencies
/// of the estate they came from (`tables`): each interned value's
/// frequency in each field, 0 for a value the estate's field never held.
pub fn apply(f: &mut Features, tables: &Tables) {
    let fields: Vec<LinkField> = f.tf.keys().cloned().collect();
    for field in fields {
        let table = tables.get(&field_name(&field));
        let freq: Vec<f32> = f
            .strings
            .strings
            .iter()
            .map(|s| table.and_then(|t| t.get(s)).copied().unwrap_or(0.0))
            .collect();
        f.tf.insert(field, freq);
    }
}

/// Write the tables with their stamp.
pub fn write(out: &Path, stamp: &str, tables: &Tables) -> Result<()> {
    let file = path(out);
    let dir = file.parent().unwrap_or(out);
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut b = Vec::new();
    b.extend_from_slice(MAGIC);
    put(&mut b, stamp.as_bytes());
    let mut names: Vec<&String> = tables.keys().collect();
    names.sort();
    b.extend_from_slice(&(names.len() as u32).to_le_bytes());
    for name in names {
        put(&mut b, name.as_bytes());
        let mut entries: Vec<(&Box<str>, &f32)> = tables[name].iter().collect();
        entries.sort_by(|x, y| x.0.cmp(y.0));
        b.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        for (value, freq) in entries {
            put(&mut b, value.as_bytes());
            b.extend_from_slice(&freq.to_bits().to_le_bytes());
        }
    }
    write_atomic(&file, &b)
}

/// The tables at `out`, when they are there, whole, and stamped `stamp`.
pub fn read(out: &Path, stamp: &str) -> Option<Tables> {
    let bytes = std::fs::read(path(out)).ok()?;
    let mut r = Cursor::new(&bytes);
    if r.take(MAGIC.len())? != MAGIC || r.str()? != stamp {
        return None;
    }
    let mut tables = Tables::new();
    for _ in 0..r.u32()? {
        let name = r.str()?.to_string();
        let n = r.u32()? as usize;
        let mut table = HashMap::with_capacity(n.min(bytes.len()));
        for _ in 0..n {
            let value: Box<str> = r.str()?.into();
            table.insert(value, f32::from_bits(r.u32()?));
        }
        tables.insert(name, table);
    }
    (r.at == bytes.len()).then_some(tables)
}
