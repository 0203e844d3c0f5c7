//! `[[lookup]]` tables: a related sheet, file or table of the same source
//! (a booking for each child row), read whole before the source's rows,
//! indexed by its key column. The stager appends each row's looked-up
//! cells after its own, so a looked-up field reads like any other column.
//! Every source kind's lookups are read with the same readers `init` uses
//! (`peek`), so they get the same cell conversions. A row whose key finds
//! no row is counted and its first positions kept: never a silent blank.

use super::bind::{Found, HeaderIndex};
use super::Cell;
use crate::extract::{peek, Fail, FailAt};
use crate::mapping::{Location, Lookup, LookupFrom, SourceKind, SourceMapping};
use crate::model::integrity::LookupCount;
use std::collections::HashMap;
use std::path::Path;

/// Every row: SQL `LIMIT` takes a signed 64-bit number.
const ALL_ROWS: usize = i64::MAX as usize;

/// One lookup table, read and indexed.
#[derive(Debug)]
pub(crate) struct Loaded {
    pub name: String,
    /// As reports name it: `sheet "Bookings"`.
    pub from: String,
    pub index: HeaderIndex,
    /// The header's names, by position.
    pub names: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Key text (trimmed) → row; the first row wins.
    pub by_key: HashMap<String, u32>,
    pub duplicate_keys: u64,
}

impl Loaded {
    pub fn index_name(&self, i: u32) -> &str {
        self.names.get(i as usize).map(String::as_str).unwrap_or("")
    }

    pub fn count(&self) -> LookupCount {
        LookupCount {
            name: self.name.clone(),
            from: self.from.clone(),
            rows: self.rows.len() as u64,
            duplicate_keys: self.duplicate_keys,
            ..LookupCount::default()
        }
    }
}

/// Read every lookup of a mapping (none: no work).
pub(crate) async fn load(m: &SourceMapping) -> Result<Vec<Loaded>, Fail> {
    let mut out = Vec::new();
    for l in &m.lookups {
        let fail = |msg: String| Fail::new(FailAt::Source, format!("lookup {:?}: {msg}", l.name));
        let part = read_part(m, l).await.map_err(fail)?;
        out.push(index(l, part).map_err(fail)?);
    }
    Ok(out)
}

/// The looked-up table as `peek` reads it.
async fn read_part(m: &SourceMapping, l: &Lookup) -> Result<peek::Peeked, String> {
    let pick = |parts: Vec<peek::Peeked>, want: &str| {
        let names: Vec<String> = parts.iter().map(|p| p.part.clone()).collect();
        parts
            .into_iter()
            .find(|p| p.part == want)
            .or(None)
            .ok_or_else(|| format!("no {want:?} among {names:?}"))
    };
    match (&l.from, &m.location) {
        (LookupFrom::Sheet(sheet), Location::Sheet { path, .. }) => {
            let path = first_file(path)?;
            let parts = peek::sheets(&path, m.kind, ALL_ROWS)?;
            let want = parts
                .iter()
                .find(|p| p.part == *sheet)
                .or_else(|| {
                    parts
                        .iter()
                        .find(|p| p.part.trim().eq_ignore_ascii_case(sheet.trim()))
                })
                .map(|p| p.part.clone())
                .unwrap_or_else(|| sheet.clone());
            pick(parts, &want)
        }
        (LookupFrom::File(path), _) => {
            if !path.is_file() {
                return Err(format!("file not found: {}", path.display()));
            }
            let ext = path
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase)
                .unwrap_or_default();
            match SourceKind::parse(&ext).filter(|k| k.is_spreadsheet()) {
                Some(kind) => peek::sheets(path, kind, ALL_ROWS)?
                    .into_iter()
                    .next()
                    .ok_or_else(|| format!("{} has no sheet", path.display())),
                None => peek::csv(path, ALL_ROWS),
            }
        }
        (LookupFrom::Table(t), Location::Sqlite { path, .. }) => {
            pick(peek::sqlite(path, ALL_ROWS).await?, t)
        }
        (LookupFrom::Table(t), Location::Dump { path, .. }) => pick(peek::dump(path, ALL_ROWS)?, t),
        // SQL Server: the one table, over the source's own connection
        // settings (TLS as the mapping says).
        (LookupFrom::Table(t), Location::Server { url, tls, .. })
            if m.kind == SourceKind::SqlServer =>
        {
            crate::extract::sqlserver::lookup_table(url, *tls, t).await
        }
        (LookupFrom::Table(t), Location::Server { url, .. }) => {
            pick(peek::server(url.expose(), ALL_ROWS).await?, t)
        }
        _ => Err("this kind of source cannot read that kind of lookup".to_string()),
    }
}

/// The first file a path names (a pattern's first match, by name).
fn first_file(path: &Path) -> Result<std::path::PathBuf, String> {
    crate::extract::files::matching(path)
        .map_err(|f| f.message)?
        .into_iter()
        .next()
        .ok_or_else(|| format!("no file matches {}", path.display()))
}

/// Find the header (declared columns, `header_row`, or the first row that
/// holds the key column) and index the rows below it by key.
fn index(l: &Lookup, part: peek::Peeked) -> Result<Loaded, String> {
    let from = l.from.label();
    let (names, data): (Vec<String>, Vec<Vec<Cell>>) = match part.columns {
        Some(cols) => (cols, part.rows.into_iter().map(|(_, r)| r).collect()),
        None => {
            let at = part.rows.iter().position(|(n, r)| match l.header_row {
                Some(h) => *n == u64::from(h),
                None => {
                    let names: Vec<String> = r.iter().map(Cell::to_text).collect();
                    HeaderIndex::new(&names).get(&l.key.raw).is_some()
                }
            });
            let Some(at) =
                at.filter(|&i| i < crate::extract::HEADER_SEARCH_ROWS || l.header_row.is_some())
            else {
                return Err(format!(
                    "{from}: no header row holds the key column {:?}",
                    l.key.raw
                ));
            };
            let mut rows = part.rows.into_iter().skip(at).map(|(_, r)| r);
            let header = rows.next().unwrap_or_default();
            (header.iter().map(Cell::to_text).collect(), rows.collect())
        }
    };
    let index = HeaderIndex::new(&names);
    let key = match index.find(&l.key.raw) {
        Found::At(i) => i as usize,
        Found::Absent => return Err(format!("{from} has no key column {:?}", l.key.raw)),
        Found::Ambiguous(_) => {
            return Err(format!(
                "{from} holds the key column {:?} more than once",
                l.key.raw
            ))
        }
    };
    let mut loaded = Loaded {
        name: l.name.clone(),
        from,
        index,
        names: names.iter().map(|n| n.trim().to_string()).collect(),
        rows: Vec::new(),
        by_key: HashMap::new(),
        duplicate_keys: 0,
    };
    for row in data {
        if row.iter().all(Cell::is_blank) {
            continue;
        }
        let k = row.get(key).map(Cell::to_text).unwrap_or_default();
        let k = k.trim();
        let i = loaded.rows.len() as u32;
        if !k.is_empty() {
            if loaded.by_key.contains_key(k) {
                loaded.duplicate_keys += 1;
            } else {
                loaded.by_key.insert(k.to_string(), i);
            }
        }
        loaded.rows.push(row);
    }
    Ok(loaded)
}
