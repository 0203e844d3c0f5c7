//! Reading one bound field from a row's cells: text, dates (with the
//! declared formats), codes, lists and assessment needs, each reporting an
//! unreadable cell by its column; what `check` profiles as rows go by; and
//! the row hash every record carries.

use super::bind::{BField, BPart, Expr};
use super::Cell;
use crate::mapping::ASSESSMENT_FACTORS;
use crate::model::{
    Coded, DateCell, DateFlag, DateValue, Position, Reject, RejectReason, Role, SourceExtract,
    SourceIdx,
};
use crate::standardise::date;
use sha2::{Digest, Sha256};
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashSet};
use std::hash::{Hash, Hasher};

/// What `check` learns while rows go by.
#[derive(Debug, Default)]
pub(crate) struct Profile {
    pub columns: Vec<ColStats>,
    pub fields: Vec<FieldStats>,
}

impl Profile {
    /// Take in what an earlier part of the same source (another sheet or
    /// file) counted: fields are bound in the same order every time;
    /// columns are matched by name.
    pub(crate) fn carry(&mut self, old: Profile) {
        for (new, old) in self.fields.iter_mut().zip(old.fields) {
            new.parse_failures += old.parse_failures;
            let mut positions = old.failure_positions;
            positions.append(&mut new.failure_positions);
            positions.truncate(FIRST_POSITIONS);
            new.failure_positions = positions;
            for (v, n) in old.unmapped {
                *new.unmapped.entry(v).or_default() += n;
            }
        }
        for c in old.columns {
            match self.columns.iter_mut().find(|x| x.name == c.name) {
                Some(x) => {
                    x.rows += c.rows;
                    x.nulls += c.nulls;
                    x.unreadable += c.unreadable;
                    x.distinct.extend(c.distinct);
                }
                None => self.columns.push(c),
            }
        }
    }
}

#[derive(Debug, Default)]
pub(crate) struct ColStats {
    pub name: String,
    pub rows: u64,
    pub nulls: u64,
    pub unreadable: u64,
    pub distinct: HashSet<u64>,
}

#[derive(Debug, Default)]
pub(crate) struct FieldStats {
    pub name: String,
    pub line: Option<usize>,
    pub parse_failures: u64,
    pub failure_positions: Vec<Position>,
    /// Raw code values with no entry in the field's `codes`, with counts.
    pub unmapped: BTreeMap<String, u64>,
}

pub(crate) const FIRST_POSITIONS: usize = 5;

/// A date cell that held something but no date.
pub(crate) fn unparsed(v: &DateValue) -> bool {
    matches!(v.flag, Some(DateFlag::Unparsed | DateFlag::Impossible))
}

/// A needs cell (or several): assessment factors separated by `;` or `,`.
/// Each keeps its raw value; its code comes from the mapping's `codes`, or is
/// the raw value itself when that already is a factor (`3a` → `3A`).
pub(crate) fn needs(
    bf: &BField,
    cells: &[Cell],
    buf: &mut String,
    mut profile: Option<&mut Profile>,
) -> Result<Vec<Coded>, u32> {
    let Some(raw) = text(bf, cells, buf)? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for item in raw
        .split([';', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let mapped = bf.f.codes.as_ref().and_then(|c| c.lookup(item));
        let code = mapped.map(str::to_string).or_else(|| {
            let upper = item.to_uppercase();
            ASSESSMENT_FACTORS
                .contains(&upper.as_str())
                .then_some(upper)
        });
        if code.is_none() {
            if let Some(p) = profile.as_deref_mut() {
                *p.fields[bf.fid]
                    .unmapped
                    .entry(item.to_string())
                    .or_default() += 1;
            }
        }
        out.push(Coded {
            raw: item.to_string(),
            code,
        });
    }
    Ok(out)
}

pub(crate) fn push_reject(
    out: &mut SourceExtract,
    src: SourceIdx,
    names: &[String],
    key: Option<String>,
    pos: &Position,
    reason: RejectReason,
    column: Option<u32>,
) {
    out.rejects.push(Reject {
        source: src,
        key,
        position: pos.clone(),
        reason,
        column: column.map(|i| names.get(i as usize).cloned().unwrap_or_default()),
    });
}

pub(crate) fn single_col(bf: &BField) -> Option<u32> {
    match &bf.expr {
        Expr::Col(i) => Some(*i),
        Expr::Tpl(parts) => {
            let mut cols = parts.iter().filter_map(|p| match p {
                BPart::Col(i) => Some(*i),
                _ => None,
            });
            let first = cols.next();
            if cols.next().is_none() {
                first
            } else {
                None
            }
        }
        Expr::Const(_) => None,
    }
}

/// Render a field into `buf`. Ok(false): empty. A key template (keys,
/// `family`, `person`) renders empty when any cell it names is blank: a
/// composite key missing a part is not a key. Other templates leave blank
/// cells out and squeeze the spaces. Err: the column of an unreadable cell.
pub(crate) fn eval(bf: &BField, cells: &[Cell], buf: &mut String) -> Result<bool, u32> {
    buf.clear();
    match &bf.expr {
        Expr::Const(v) => buf.push_str(v.trim()),
        Expr::Col(i) => match cells.get(*i as usize) {
            Some(Cell::Unreadable(_)) => return Err(*i),
            Some(c) => c.write_text(buf),
            None => {}
        },
        Expr::Tpl(parts) => {
            let mut any = false;
            for p in parts {
                match p {
                    BPart::Lit(s) => buf.push_str(s),
                    BPart::Slot(n) => buf.push_str(&n.to_string()),
                    BPart::Col(i) => match cells.get(*i as usize) {
                        Some(Cell::Unreadable(_)) => return Err(*i),
                        Some(c) if !c.is_blank() => {
                            any = true;
                            c.write_text(buf)
                        }
                        _ if bf.strict => {
                            buf.clear();
                            return Ok(false);
                        }
                        _ => {}
                    },
                }
            }
            if !any && parts.iter().any(|p| matches!(p, BPart::Col(_))) {
                buf.clear();
                return Ok(false);
            }
            if !bf.strict && buf.contains("  ") {
                // `{FirstName} {MiddleName}` with no middle name.
                let squeezed = buf.split_whitespace().collect::<Vec<_>>().join(" ");
                buf.clear();
                buf.push_str(&squeezed);
            }
        }
    }
    Ok(!trim(buf).is_empty())
}

pub(crate) fn text(bf: &BField, cells: &[Cell], buf: &mut String) -> Result<Option<String>, u32> {
    Ok(eval(bf, cells, buf)?.then(|| trim(buf).to_string()))
}

/// `str::trim`, answered at once for the usual cell that starts and ends
/// with a visible ASCII character (nothing to trim): at a million rows the
/// general trim, which decodes characters from both ends, was a few
/// percent of extraction.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

pub(crate) fn coded(
    bf: &BField,
    cells: &[Cell],
    buf: &mut String,
    profile: Option<&mut Profile>,
) -> Result<Option<Coded>, u32> {
    let Some(raw) = text(bf, cells, buf)? else {
        return Ok(None);
    };
    let code =
        bf.f.codes
            .as_ref()
            .map(|c| c.lookup(&raw).map(str::to_string));
    if let (Some(None), Some(p)) = (&code, profile) {
        *p.fields[bf.fid].unmapped.entry(raw.clone()).or_default() += 1;
    }
    Ok(Some(Coded {
        raw,
        code: code.flatten(),
    }))
}

pub(crate) fn role(
    bf: &BField,
    cells: &[Cell],
    buf: &mut String,
    profile: Option<&mut Profile>,
) -> Result<Option<Role>, u32> {
    let Some(raw) = text(bf, cells, buf)? else {
        return Ok(None);
    };
    let canonical = match &bf.f.codes {
        Some(c) => c.lookup(&raw),
        None => Some(raw.as_str()),
    };
    let role = canonical.and_then(Role::parse);
    if role.is_none() {
        if let Some(p) = profile {
            *p.fields[bf.fid].unmapped.entry(raw).or_default() += 1;
        }
    }
    Ok(role)
}

pub(crate) fn list(
    bf: &BField,
    cells: &[Cell],
    buf: &mut String,
    mut profile: Option<&mut Profile>,
) -> Result<Vec<String>, u32> {
    let Some(raw) = text(bf, cells, buf)? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for item in raw.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        match bf.f.codes.as_ref().map(|c| c.lookup(item)) {
            Some(Some(code)) => out.push(code.to_string()),
            Some(None) => {
                if let Some(p) = profile.as_deref_mut() {
                    *p.fields[bf.fid]
                        .unmapped
                        .entry(item.to_string())
                        .or_default() += 1;
                }
                out.push(item.to_string());
            }
            None => out.push(item.to_string()),
        }
    }
    Ok(out)
}

pub(crate) fn date_value(
    bf: &BField,
    cells: &[Cell],
    buf: &mut String,
    profile: Option<&mut Profile>,
    pos: &Position,
    reference: chrono::NaiveDate,
) -> Result<Option<DateValue>, u32> {
    // A typed date-time is parsed by its date, but its raw text keeps the
    // time, as the same column's text copy (SQLite) would show it.
    let mut raw_override = None;
    let cell = match &bf.expr {
        Expr::Col(i) => match cells.get(*i as usize) {
            None | Some(Cell::Null) => return Ok(None),
            Some(Cell::Unreadable(_)) => return Err(*i),
            Some(Cell::Text(s)) if s.trim().is_empty() => return Ok(None),
            Some(Cell::Text(s)) => DateCell::Text(s.trim().to_string()),
            Some(Cell::Date(d)) => DateCell::Date(*d),
            Some(c @ Cell::DateTime(dt)) => {
                raw_override = Some(c.to_text());
                DateCell::Date(dt.date())
            }
            Some(Cell::Float(f)) => DateCell::Serial(*f),
            Some(c @ (Cell::Int(_) | Cell::Bool(_))) => DateCell::Text(c.to_text()),
        },
        _ => match text(bf, cells, buf)? {
            Some(t) => DateCell::Text(t),
            None => return Ok(None),
        },
    };
    let mut value = date::parse_at(&cell, &bf.f.formats, reference);
    if let Some(raw) = raw_override {
        value.raw = raw;
    }
    if let (Some(DateFlag::Unparsed | DateFlag::Impossible), Some(p)) = (value.flag, profile) {
        let fs = &mut p.fields[bf.fid];
        fs.parse_failures += 1;
        if fs.failure_positions.len() < FIRST_POSITIONS {
            fs.failure_positions.push(pos.clone());
        }
    }
    Ok(Some(value))
}

pub(crate) fn observe(p: &mut Profile, mapped: &[u32], cells: &[Cell], buf: &mut String) {
    for (stats, &i) in p.columns.iter_mut().zip(mapped) {
        stats.rows += 1;
        match cells.get(i as usize) {
            None => stats.nulls += 1,
            Some(Cell::Unreadable(_)) => stats.unreadable += 1,
            Some(c) if c.is_blank() => stats.nulls += 1,
            Some(c) => {
                buf.clear();
                c.write_text(buf);
                let mut h = DefaultHasher::new();
                buf.hash(&mut h);
                stats.distinct.insert(h.finish());
            }
        }
    }
}

/// sha256 hex over cells as text, each closed by a unit separator; NULL
/// differs from an empty string. Only cell text goes in, so the same row
/// read from SQLite or from a server hashes the same.
pub(crate) fn hash_cells<'c>(
    cells: impl Iterator<Item = (u32, &'c Cell)>,
    slot: Option<u16>,
    buf: &mut String,
) -> String {
    let mut h = RowHasher::new(slot);
    for (_, c) in cells {
        h.cell(c, buf);
    }
    lower_hex(&h.finish())
}

/// `hash_cells` a cell at a time: a reader that has a row's text before
/// its cells (the CSV parse, on a thread of its own) hashes it there.
pub(crate) struct RowHasher(Sha256);

/// A row's hash before it is written as hexadecimal.
pub(crate) type RowDigest = [u8; 32];

impl RowHasher {
    pub fn new(slot: Option<u16>) -> RowHasher {
        let mut h = Sha256::new();
        if let Some(n) = slot {
            h.update(n.to_le_bytes());
        }
        RowHasher(h)
    }

    pub fn cell(&mut self, c: &Cell, buf: &mut String) {
        match c {
            Cell::Null => self.0.update([0u8]),
            // Not the type name: the same blob read from SQLite or a server
            // hashes the same.
            Cell::Unreadable(_) => self.0.update([1u8]),
            Cell::Text(s) => return self.text_cell(s),
            c => {
                buf.clear();
                c.write_text(buf);
                self.0.update(buf.as_bytes());
            }
        }
        self.0.update([0x1f]);
    }

    /// A text cell (`Cell::Text(s)`): its text as `Cell::write_text` gives
    /// it, trimmed, and the separator.
    pub fn text_cell(&mut self, s: &str) {
        self.0.update(s.trim().as_bytes());
        self.0.update([0x1f]);
    }

    pub fn finish(self) -> RowDigest {
        self.0.finalize().into()
    }
}

/// Bytes as lower-case hexadecimal, as `hex::encode` writes them, into a
/// string sized once (`hex::encode` collects characters one by one, and
/// every staged record carries a row hash).
pub(crate) fn lower_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 0x0f)] as char);
    }
    s
}
