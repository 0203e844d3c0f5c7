//! The row logic shared by every source kind: bind a mapping to a source's
//! header (column names → positions, per repeated-column slot), then turn
//! each row of `Cell`s into staged records, skips or rejects, keeping the
//! reconciliation counts. Readers only produce rows; nothing here knows where
//! they came from.
//!
//! Rules (documented in mappings/README.md):
//! - totals rows (spreadsheets, CSV) and rows with every mapped cell blank
//!   are skipped, not rejected;
//! - a person whose key renders empty, whose mapped cell cannot be read, or
//!   who has no name, no date of birth and no national identifier (NHS number,
//!   UPN, NI number) rejects the row
//!   (in a repeated mapping: the slot);
//! - a second person with a key already seen rejects the row, unless it is
//!   the same person repeated on a row that also yields another record (a
//!   referral table that repeats the child's details on every referral):
//!   then the person is staged once and the row's other records are kept;
//! - involvements, referrals, assessments and consents with an empty or
//!   repeated key are rejected one by one;
//! - an assessment or consent whose `when_any` cells, or without them its
//!   own cells (its key's and fields', less those its person and family
//!   read), are all blank is not on that row: not staged, not rejected
//!   (a front-door contact that led to no assessment);
//! - a consent whose given or withdrawn date cannot be read as a date, or
//!   that was withdrawn before it was given, is rejected: when consent held
//!   is the whole point of the record.

mod bind;
mod keys;
pub(crate) mod lookup;
mod person;
mod records;
mod values;

use super::cell::Cell;
use crate::mapping::{FieldMapping, PersonField, SourceMapping};
use crate::model::integrity::LookupCount;
use crate::model::{
    Assessment, Consent, Involvement, Position, Referral, Reject, RejectReason, SkipReason,
    SourceExtract, SourceIdx,
};
use bind::{expr_cols, BField, BPerson, Binder};
pub(crate) use bind::{header_paths, required_names, Found, HeaderIndex, Missing};
use lookup::Loaded;
use person::PersonOutcome;
use records::{bind_kind, BoundRecords, RecCtx};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
pub(crate) use values::trim as trim_cell;
use values::{eval, observe};
pub(crate) use values::{hash_cells, RowDigest, RowHasher};
pub(crate) use values::{ColStats, FieldStats, Profile};

/// Every column a mapped field reads, sorted, each once.
fn mapped_columns(persons: &[BPerson<'_>], bound: &BoundRecords<'_>) -> Vec<u32> {
    let mut mapped = Vec::new();
    for bf in persons
        .iter()
        .flat_map(|p| {
            std::iter::once(&p.key)
                .chain(p.fields.iter().map(|(_, f)| f))
                .chain(p.ids.iter().map(|(_, f)| f))
        })
        .chain(bound.bfields())
    {
        expr_cols(&bf.expr, &mut mapped);
    }
    mapped.sort_unstable();
    mapped.dedup();
    mapped
}

/// A profile with nothing counted yet: one entry per mapped column and per
/// bound field, in binding order.
fn empty_profile(names: &[String], mapped: &[u32], fields: &[&FieldMapping]) -> Profile {
    Profile {
        columns: mapped
            .iter()
            .map(|&i| ColStats {
                name: names[i as usize].clone(),
                ..ColStats::default()
            })
            .collect(),
        fields: fields
            .iter()
            .map(|f| FieldStats {
                name: f.name.clone(),
                line: f.line,
                ..FieldStats::default()
            })
            .collect(),
    }
}

pub(crate) struct Stager<'a> {
    src: SourceIdx,
    reference: chrono::NaiveDate,
    sheet: String,
    tabular: bool,
    names: Vec<String>,
    persons: Vec<BPerson<'a>>,
    repeated: bool,
    /// Every record kind's bound mappings besides the person.
    bound: BoundRecords<'a>,
    mapped: Vec<u32>,
    totals_col: Option<u32>,
    totals_pattern: &'a str,
    service: &'a str,
    seen_person: keys::SeenKeys,
    /// Keys seen so far, per record kind (`Record::KIND`).
    seen: HashMap<&'static str, HashSet<String>>,
    pub out: SourceExtract,
    pub profile: Option<Profile>,
    buf: String,
    /// The source's own columns; supplied (`_sheet`, `_file`) and
    /// looked-up cells follow them in an extended row.
    base: usize,
    /// Supplied or looked-up columns are read: rows are extended.
    extended: bool,
    /// `_sheet` and `_file` of the part being read.
    supplied: [String; 2],
    lookups: Option<Arc<Vec<Loaded>>>,
    /// Each looked-up column read: (lookup, its column).
    looked_up: Vec<(usize, u32)>,
    /// Each lookup's key column in this source's header.
    lookup_on: Vec<u32>,
    lookup_counts: Vec<LookupCount>,
    ext: Vec<Cell>,
    /// Where person records go a window at a time (`super::sink`), when
    /// the staging store writes them while the source is read.
    sink: Option<super::sink::PersonSink>,
}

/// One part of a source (a sheet, a file) as the stager binds it.
pub(crate) struct PartHeader<'p> {
    /// Names as reports show them (a path joined by ` / `).
    pub names: Vec<String>,
    pub index: HeaderIndex,
    /// Position label (`Position::sheet`) and the `_sheet` / `_file` values.
    pub label: String,
    pub sheet: &'p str,
    pub file: &'p str,
}

impl PartHeader<'_> {
    /// A header of one or several rows, as path of headings per column.
    pub fn from_paths<'p>(
        paths: &[Vec<String>],
        label: String,
        sheet: &'p str,
        file: &'p str,
    ) -> PartHeader<'p> {
        PartHeader {
            names: paths.iter().map(|p| p.join(" / ")).collect(),
            index: HeaderIndex::from_paths(paths),
            label,
            sheet,
            file,
        }
    }
}

impl<'a> Stager<'a> {
    /// Bind the mapping to a header. `tabular`: CSV or spreadsheet (totals
    /// rows exist there). Err lists every mapped column the header lacks.
    pub fn new<S: AsRef<str>>(
        cx: super::ReadCtx,
        m: &'a SourceMapping,
        header: &[S],
        sheet: String,
        tabular: bool,
    ) -> Result<Stager<'a>, Vec<Missing>> {
        let part = PartHeader {
            names: header
                .iter()
                .map(|h| h.as_ref().trim().to_string())
                .collect(),
            index: HeaderIndex::new(header),
            label: sheet,
            sheet: "",
            file: "",
        };
        Stager::bind(cx, m, part, tabular)
    }

    /// Bind the mapping to one part's header (a sheet, a file, a table).
    pub fn bind(
        cx: super::ReadCtx,
        m: &'a SourceMapping,
        part: PartHeader<'_>,
        tabular: bool,
    ) -> Result<Stager<'a>, Vec<Missing>> {
        let no_lookups = Vec::new();
        let loaded = cx.lookups.as_deref().unwrap_or(&no_lookups);
        let mut b = Binder {
            index: &part.index,
            missing: Vec::new(),
            missing_seen: HashSet::new(),
            fields: Vec::new(),
            width: part.names.len() as u32,
            supplied: false,
            lookups: loaded,
            looked_up: Vec::new(),
            repeat_line: m.repeat().and_then(|r| r.line),
        };
        let slots: Vec<Option<u16>> = match m.repeat() {
            Some(r) => (1..=r.slots).map(Some).collect(),
            None => vec![None],
        };
        let mut persons = Vec::new();
        if let Some(p) = &m.person {
            for &slot in &slots {
                persons.push(b.person(p, slot));
            }
        }
        let repeated = m.repeat().is_some();
        // Bound in this order (involvements, referrals, assessments,
        // consents): `check` lists field statistics in binding order.
        let bound = BoundRecords {
            involvements: bind_kind::<Involvement>(&mut b, &m.involvements, repeated, &slots),
            referrals: bind_kind::<Referral>(&mut b, &m.referrals, repeated, &slots),
            assessments: bind_kind::<Assessment>(&mut b, &m.assessments, repeated, &slots),
            consents: bind_kind::<Consent>(&mut b, &m.consents, repeated, &slots),
        };
        let totals_col = m
            .totals
            .column
            .as_ref()
            .map(|c| b.col(c, None, m.lines.source));
        let lookup_on: Vec<u32> = m
            .lookups
            .iter()
            .map(|l| b.col(&l.on, None, l.line))
            .collect();
        if !b.missing.is_empty() {
            return Err(b.missing);
        }
        let mapped = mapped_columns(&persons, &bound);
        let base = part.names.len();
        let real: Vec<u32> = mapped
            .iter()
            .copied()
            .chain(lookup_on.iter().copied())
            .filter(|&i| (i as usize) < base)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let coverage = super::count::column_coverage(&part.names, &real, &m.ignore);
        let mut names = part.names;
        names.push(crate::mapping::SHEET_COLUMN.to_string());
        names.push(crate::mapping::FILE_COLUMN.to_string());
        for &(li, ci) in &b.looked_up {
            let l = &loaded[li];
            let col = l.index_name(ci);
            names.push(format!("{} / {col}", l.name));
        }
        let profile = cx
            .profile
            .then(|| empty_profile(&names, &mapped, &b.fields));
        let extended = b.supplied || !b.looked_up.is_empty();
        let lookup_counts = loaded.iter().map(Loaded::count).collect();
        Ok(Stager {
            src: cx.idx,
            reference: cx.reference,
            sheet: part.label,
            tabular,
            names,
            persons,
            repeated,
            bound,
            mapped,
            totals_col,
            totals_pattern: &m.totals.pattern,
            service: &m.service,
            seen_person: keys::SeenKeys::default(),
            seen: HashMap::new(),
            out: SourceExtract {
                source: cx.idx,
                integrity: super::Integrity {
                    columns: coverage,
                    ..Default::default()
                },
                ..SourceExtract::default()
            },
            profile,
            buf: String::new(),
            base,
            extended,
            supplied: [part.sheet.to_string(), part.file.to_string()],
            lookups: cx.lookups.clone(),
            looked_up: b.looked_up,
            lookup_on,
            lookup_counts,
            ext: Vec::new(),
            sink: cx.sink.clone(),
        })
    }

    /// The next part of a source read as one (another sheet or file): bound
    /// to its own header, carrying on the counts, the keys seen (a key is
    /// unique across the parts) and the profile.
    pub fn next_part(
        self,
        cx: super::ReadCtx,
        m: &'a SourceMapping,
        part: PartHeader<'_>,
    ) -> Result<Stager<'a>, Vec<Missing>> {
        let mut next = Stager::bind(cx, m, part, self.tabular)?;
        let coverage = std::mem::take(&mut next.out.integrity.columns);
        next.out = self.out;
        let c = &mut next.out.integrity.columns;
        for (all, new) in [
            (&mut c.mapped, coverage.mapped),
            (&mut c.ignored, coverage.ignored),
            (&mut c.unread, coverage.unread),
        ] {
            for n in new {
                if !all.contains(&n) {
                    all.push(n);
                }
            }
        }
        next.seen_person = self.seen_person;
        next.seen = self.seen;
        next.lookup_counts = self.lookup_counts;
        if let (Some(new), Some(old)) = (next.profile.as_mut(), self.profile) {
            new.carry(old);
        }
        Ok(next)
    }

    /// Whether a mapped field reads column `i` (readers refuse to start
    /// when a mapped column has a type they cannot read).
    pub fn is_mapped(&self, i: u32) -> bool {
        self.mapped.binary_search(&i).is_ok()
    }

    /// The extract and profile. With a sink, the last person records go
    /// to it and the extract holds none (`super::run` gathers them back).
    pub fn finish(mut self) -> (SourceExtract, Option<Profile>) {
        self.out.integrity.lookups = std::mem::take(&mut self.lookup_counts);
        if let Some(sink) = &self.sink {
            let rest = std::mem::take(&mut self.out.persons);
            if !rest.is_empty() {
                sink.window(rest);
            }
        }
        (self.out, self.profile)
    }

    /// A full window of person records to the sink, if there is one.
    fn hand_over(&mut self) {
        if let Some(sink) = &self.sink {
            if self.out.persons.len() >= super::sink::WINDOW {
                let full = std::mem::take(&mut self.out.persons);
                self.out.persons = sink.window(full);
            }
        }
    }

    /// A row with the supplied and looked-up cells after its own, counting
    /// each lookup's match (`count`: not for blank or totals rows).
    fn extend(&mut self, row: u64, cells: &[Cell], ext: &mut Vec<Cell>, count: bool) {
        ext.clear();
        ext.extend(cells.iter().take(self.base).cloned());
        ext.resize(self.base, Cell::Null);
        ext.push(Cell::Text(self.supplied[0].clone()));
        ext.push(Cell::Text(self.supplied[1].clone()));
        let Some(loaded) = self.lookups.clone() else {
            return;
        };
        let mut found: Vec<Option<u32>> = Vec::with_capacity(loaded.len());
        for (li, l) in loaded.iter().enumerate() {
            self.buf.clear();
            if let Some(c) = self.lookup_on.get(li).and_then(|&i| cells.get(i as usize)) {
                c.write_text(&mut self.buf);
            }
            let key = self.buf.trim();
            let hit = if key.is_empty() {
                None
            } else {
                l.by_key.get(key).copied()
            };
            if count {
                let blank = key.is_empty();
                let n = &mut self.lookup_counts[li];
                if blank {
                    n.blank += 1;
                } else if hit.is_some() {
                    n.matched += 1;
                } else {
                    n.unmatched += 1;
                }
                if !blank && hit.is_none() && n.first_unmatched.len() < values::FIRST_POSITIONS {
                    let at = self.position(row, None).to_string();
                    self.lookup_counts[li].first_unmatched.push(at);
                }
            }
            found.push(hit);
        }
        for &(li, ci) in &self.looked_up {
            let cell = found[li]
                .and_then(|r| loaded[li].rows[r as usize].get(ci as usize))
                .cloned()
                .unwrap_or(Cell::Null);
            ext.push(cell);
        }
    }

    fn position(&self, row: u64, slot: Option<u16>) -> Position {
        Position {
            sheet: self.sheet.clone(),
            row,
            slot,
        }
    }

    fn is_totals(&self, cells: &[Cell]) -> bool {
        let mut text = String::new();
        match self.totals_col {
            Some(i) => {
                if let Some(c) = cells.get(i as usize) {
                    c.write_text(&mut text);
                }
                text.to_lowercase().starts_with(self.totals_pattern)
            }
            None => {
                let Some(first) = cells.iter().find(|c| !c.is_blank()) else {
                    return false;
                };
                let Cell::Text(s) = first else { return false };
                // "total", "Totals", "TOTAL: 12", in any case, without
                // lower-casing a copy of every row's first cell.
                let s = s.trim();
                let b = s.as_bytes();
                if b.len() < 5 || !b[..5].eq_ignore_ascii_case(b"total") {
                    return false;
                }
                matches!(b.get(5), None | Some(b' ' | b':' | b's' | b'S'))
            }
        }
    }

    /// Room for `rows` more rows' person records, when a reader counted its
    /// rows before staging them: the records' vector is then allocated once
    /// instead of doubled and copied (at a million rows, half a gigabyte
    /// moved and faulted in again). Only where each row stages at most one
    /// person; the count is a capacity, never a result.
    pub fn reserve_rows(&mut self, rows: usize) {
        if !self.repeated && self.persons.len() == 1 {
            // The keys seen too: grown by doubling, the table was rebuilt
            // and faulted in afresh a dozen times at a million rows.
            self.seen_person.reserve(rows);
            match &self.sink {
                Some(sink) => {
                    sink.reserve(rows);
                    self.out.persons.reserve(rows.min(super::sink::WINDOW));
                }
                None => self.out.persons.reserve(rows),
            }
        }
    }

    /// One data row. `row` is the 1-based row a person would see.
    pub fn row(&mut self, row: u64, cells: &[Cell]) {
        self.row_digested(row, cells, None);
    }

    /// The source's own columns, which a row's hash covers.
    pub fn base(&self) -> usize {
        self.base
    }

    /// `row`, with the row's hash worked out already when `digest` is
    /// given: `RowHasher` over the source's own `base()` cells.
    pub fn row_digested(&mut self, row: u64, cells: &[Cell], digest: Option<&RowDigest>) {
        if !self.extended && self.lookups.as_ref().is_none_or(|l| l.is_empty()) {
            return self.row_cells(row, cells, digest);
        }
        let skip = (self.tabular && self.is_totals(cells)) || self.is_blank(cells);
        let mut ext = std::mem::take(&mut self.ext);
        self.extend(row, cells, &mut ext, !skip);
        self.row_cells(row, &ext, digest);
        self.ext = ext;
    }

    /// Every mapped cell of the source's own columns is blank.
    fn is_blank(&self, cells: &[Cell]) -> bool {
        self.mapped
            .iter()
            .filter(|&&i| (i as usize) < self.base)
            .all(|&i| cells.get(i as usize).is_none_or(Cell::is_blank))
    }

    fn row_cells(&mut self, row: u64, cells: &[Cell], digest: Option<&RowDigest>) {
        self.out.rows_read += 1;
        if self.tabular && self.is_totals(cells) {
            let pos = self.position(row, None);
            self.out.skipped.push((pos, SkipReason::TotalsRow));
            return;
        }
        if self.is_blank(cells) {
            let pos = self.position(row, None);
            self.out.skipped.push((pos, SkipReason::BlankRow));
            return;
        }
        if let Some(p) = &mut self.profile {
            observe(p, &self.mapped, cells, &mut self.buf);
        }
        // The source's own cells: a row hashes the same however it is read.
        let row_hash = match digest {
            Some(d) => values::lower_hex(d),
            None => hash_cells(
                cells
                    .iter()
                    .take(self.base)
                    .enumerate()
                    .map(|(i, c)| (i as u32, c)),
                None,
                &mut self.buf,
            ),
        };
        let mut staged = false;
        let rejects_at_start = self.out.rejects.len();
        let mut rejects_before = rejects_at_start;

        if self.repeated {
            for pi in 0..self.persons.len() {
                let slot = self.persons[pi].slot;
                if self.slot_is_empty(pi, cells) {
                    continue;
                }
                let slot_cols = &self.persons[pi].slot_cols;
                let slot_hash = hash_cells(
                    slot_cols.iter().map(|&i| (i, &cells[i as usize])),
                    slot,
                    &mut self.buf,
                );
                let (pkey, pfam) = match self.person(pi, row, cells, &slot_hash) {
                    PersonOutcome::Staged { key, family } => {
                        staged = true;
                        (key, family)
                    }
                    PersonOutcome::Repeat {
                        key,
                        family,
                        reject,
                    } => {
                        // Slots of one row do not repeat the same person
                        // for another record's sake: reject.
                        self.out.rejects.push(reject);
                        let _ = (key, family);
                        continue;
                    }
                    PersonOutcome::Rejected => continue,
                };
                staged |= self.records(
                    row,
                    cells,
                    slot,
                    Some(&pkey),
                    pfam.as_deref(),
                    &slot_hash,
                    true,
                );
            }
            let fam = self.row_family(cells);
            staged |= self.records(row, cells, None, None, fam.as_deref(), &row_hash, false);
            if !staged && self.out.rejects.len() == rejects_before {
                // Nobody in any slot and no row-level record: the row held
                // something (it is not blank) but nothing to stage.
                let pos = self.position(row, None);
                self.reject(None, pos, RejectReason::NoIdentifyingData, None);
            }
        } else {
            let mut person_key = None;
            let mut family = None;
            let mut repeat_reject = None;
            if !self.persons.is_empty() {
                match self.person(0, row, cells, &row_hash) {
                    PersonOutcome::Staged { key, family: f } => {
                        staged = true;
                        person_key = Some(key);
                        family = f;
                    }
                    PersonOutcome::Repeat {
                        key,
                        family: f,
                        reject,
                    } => {
                        person_key = Some(key);
                        family = f;
                        repeat_reject = Some(reject);
                    }
                    PersonOutcome::Rejected => {
                        self.out.rows_rejected += 1;
                        return;
                    }
                }
            }
            rejects_before = self.out.rejects.len();
            staged |= self.records(
                row,
                cells,
                None,
                person_key.as_deref(),
                family.as_deref(),
                &row_hash,
                false,
            );
            if let Some(r) = repeat_reject {
                if !staged {
                    self.out.rejects.insert(rejects_before, r);
                }
            }
        }
        if staged {
            self.out.rows_staged += 1;
        } else if self.persons.is_empty() && self.out.rejects.len() == rejects_at_start {
            // Only optional records mapped, and none on this row.
            let pos = self.position(row, None);
            self.out.skipped.push((pos, SkipReason::NoRecord));
        } else {
            self.out.rows_rejected += 1;
        }
    }

    /// A row that cannot be split into cells (CSV with the wrong number of
    /// fields): counted and rejected whole.
    pub fn reject_row(&mut self, row: u64, reason: RejectReason) {
        self.out.rows_read += 1;
        self.out.rows_rejected += 1;
        let pos = self.position(row, None);
        self.reject(None, pos, reason, None);
    }

    fn row_family(&mut self, cells: &[Cell]) -> Option<String> {
        // A family key that does not use {n} is the same for every slot.
        let p = self.persons.first()?;
        let (_, f) = p
            .fields
            .iter()
            .find(|(id, f)| *id == PersonField::Family && !f.f.uses_slot())?;
        match eval(f, cells, &mut self.buf) {
            Ok(true) => Some(self.buf.clone()),
            _ => None,
        }
    }

    fn slot_is_empty(&self, pi: usize, cells: &[Cell]) -> bool {
        let p = &self.persons[pi];
        let cols = if p.when_any.is_empty() {
            &p.slot_cols
        } else {
            &p.when_any
        };
        cols.iter()
            .all(|&i| cells.get(i as usize).is_none_or(Cell::is_blank))
    }

    fn reject(
        &mut self,
        key: Option<String>,
        position: Position,
        reason: RejectReason,
        column: Option<u32>,
    ) {
        let column = column.map(|i| self.names.get(i as usize).cloned().unwrap_or_default());
        tracing::trace!(
            source = self.src,
            row = position.row,
            reason = reason.as_str(),
            "Rejected."
        );
        self.out.rejects.push(Reject {
            source: self.src,
            key,
            position,
            reason,
            column,
        });
    }

    /// Stage every record of one row (`per_slot`: of one slot) besides its
    /// person, kind by kind. Returns whether any was staged.
    #[allow(clippy::too_many_arguments)]
    fn records(
        &mut self,
        row: u64,
        cells: &[Cell],
        slot: Option<u16>,
        person_key: Option<&str>,
        family_key: Option<&str>,
        row_hash: &str,
        per_slot: bool,
    ) -> bool {
        let pos = self.position(row, slot);
        let cx = RecCtx {
            source: self.src,
            row: &pos,
            cells,
            slot,
            person_key,
            family_key,
            row_hash,
            service: self.service,
        };
        let mut staged = false;
        staged |= self.stage_kind::<Involvement>(&cx, per_slot);
        staged |= self.stage_kind::<Referral>(&cx, per_slot);
        staged |= self.stage_kind::<Assessment>(&cx, per_slot);
        staged |= self.stage_kind::<Consent>(&cx, per_slot);
        staged
    }
}

#[cfg(test)]
mod tests;
