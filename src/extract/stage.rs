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

use super::cell::Cell;
use crate::mapping::{
    AssessmentField, ColName, ConsentField, Field, FieldKind, InvolvementField, Part, PersonField,
    RecordMapping, ReferralField, SourceMapping, Value, ASSESSMENT_FACTORS,
};
use crate::model::{
    Assessment, Coded, Consent, DateCell, DateFlag, DateValue, Involvement, Position, Referral,
    Reject, RejectReason, Role, SkipReason, SourceExtract, SourceIdx, StagedPerson,
};
use crate::standardise::date;
use sha2::{Digest, Sha256};
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// A mapped column the source does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Missing {
    pub column: String,
    pub line: Option<usize>,
}

/// Header names → positions: exact first, then trimmed and case-insensitive.
pub(crate) struct HeaderIndex {
    exact: HashMap<String, u32>,
    folded: HashMap<String, u32>,
}

impl HeaderIndex {
    pub fn new<S: AsRef<str>>(names: &[S]) -> HeaderIndex {
        let mut exact = HashMap::new();
        let mut folded = HashMap::new();
        for (i, n) in names.iter().enumerate() {
            exact.entry(n.as_ref().to_string()).or_insert(i as u32);
            folded
                .entry(n.as_ref().trim().to_lowercase())
                .or_insert(i as u32);
        }
        HeaderIndex { exact, folded }
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.exact
            .get(name)
            .or_else(|| self.folded.get(&name.trim().to_lowercase()))
            .copied()
    }
}

/// Every column name the mapping needs, slot by slot, lower-cased: header
/// detection looks for the first row holding all of them.
pub(crate) fn required_names(m: &SourceMapping) -> Vec<(String, Option<usize>)> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (col, slot, line) in m.columns() {
        let name = col.for_slot(slot).into_owned();
        if seen.insert(name.to_lowercase()) {
            out.push((name, line));
        }
    }
    out
}

enum Expr<'a> {
    Const(&'a str),
    Col(u32),
    Tpl(Vec<BPart<'a>>),
}

enum BPart<'a> {
    Lit(&'a str),
    Col(u32),
    Slot(u16),
}

struct BField<'a> {
    f: &'a Field,
    expr: Expr<'a>,
    /// Index into the profile's field statistics.
    fid: usize,
    /// A key-like template: any blank part makes it empty.
    strict: bool,
}

struct BPerson<'a> {
    slot: Option<u16>,
    key: BField<'a>,
    fields: Vec<(PersonField, BField<'a>)>,
    ids: Vec<(&'a str, BField<'a>)>,
    /// Columns of this person's fields (duplicate comparison).
    cols: Vec<u32>,
    /// Columns of this slot alone (row hash of a slot; slot emptiness).
    slot_cols: Vec<u32>,
    when_any: Vec<u32>,
}

struct BRec<'a, F> {
    slot: Option<u16>,
    key: BField<'a>,
    fields: Vec<(F, BField<'a>)>,
    /// The columns the record reads for itself (not its person or family):
    /// an assessment or consent with all of them blank is not on that row.
    own: Vec<u32>,
}

struct Binder<'h, 'a> {
    index: &'h HeaderIndex,
    missing: Vec<Missing>,
    missing_seen: HashSet<String>,
    fields: Vec<&'a Field>,
}

impl<'a> Binder<'_, 'a> {
    fn col(&mut self, c: &ColName, slot: Option<u16>, line: Option<usize>) -> u32 {
        let name = c.for_slot(slot);
        match self.index.get(&name) {
            Some(i) => i,
            None => {
                if self.missing_seen.insert(name.to_lowercase()) {
                    self.missing.push(Missing {
                        column: name.into_owned(),
                        line,
                    });
                }
                0
            }
        }
    }

    fn field(&mut self, f: &'a Field, slot: Option<u16>) -> BField<'a> {
        let expr = match &f.value {
            Value::Const(v) => Expr::Const(v),
            Value::Column(c) => Expr::Col(self.col(c, slot, f.line)),
            Value::Template(t) => Expr::Tpl(
                t.parts
                    .iter()
                    .map(|p| match p {
                        Part::Lit(s) => BPart::Lit(s),
                        Part::Col(c) => BPart::Col(self.col(c, slot, f.line)),
                        Part::Slot => BPart::Slot(slot.unwrap_or(1)),
                    })
                    .collect(),
            ),
        };
        self.fields.push(f);
        let n = f.name.as_str();
        let strict = n == "key"
            || n == "family"
            || n.ends_with(".key")
            || n.ends_with(".family")
            || n.ends_with(".person");
        BField {
            f,
            expr,
            fid: self.fields.len() - 1,
            strict,
        }
    }

    fn record<F: Copy>(&mut self, r: &'a RecordMapping<F>, slot: Option<u16>) -> BRec<'a, F> {
        BRec {
            slot,
            key: self.field(&r.key, slot),
            fields: r
                .fields
                .iter()
                .map(|(id, f)| (*id, self.field(f, slot)))
                .collect(),
            own: Vec::new(),
        }
    }
}

fn expr_cols(e: &Expr, out: &mut Vec<u32>) {
    match e {
        Expr::Col(i) => out.push(*i),
        Expr::Tpl(parts) => out.extend(parts.iter().filter_map(|p| match p {
            BPart::Col(i) => Some(*i),
            _ => None,
        })),
        Expr::Const(_) => {}
    }
}

/// What `check` learns while rows go by.
#[derive(Debug, Default)]
pub(crate) struct Profile {
    pub columns: Vec<ColStats>,
    pub fields: Vec<FieldStats>,
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

const FIRST_POSITIONS: usize = 5;

enum PersonOutcome {
    Staged {
        key: String,
        family: Option<String>,
    },
    /// The same person again (same key, same cells): not staged twice.
    Repeat {
        key: String,
        family: Option<String>,
        reject: Reject,
    },
    Rejected,
}

pub(crate) struct Stager<'a> {
    src: SourceIdx,
    reference: chrono::NaiveDate,
    sheet: String,
    tabular: bool,
    names: Vec<String>,
    persons: Vec<BPerson<'a>>,
    repeated: bool,
    row_inv: Vec<BRec<'a, InvolvementField>>,
    slot_inv: Vec<BRec<'a, InvolvementField>>,
    row_ref: Vec<BRec<'a, ReferralField>>,
    slot_ref: Vec<BRec<'a, ReferralField>>,
    row_ass: Vec<BRec<'a, AssessmentField>>,
    slot_ass: Vec<BRec<'a, AssessmentField>>,
    row_con: Vec<BRec<'a, ConsentField>>,
    slot_con: Vec<BRec<'a, ConsentField>>,
    mapped: Vec<u32>,
    totals_col: Option<u32>,
    totals_pattern: &'a str,
    service: &'a str,
    seen_person: HashMap<String, u64>,
    seen_inv: HashSet<String>,
    seen_ref: HashSet<String>,
    seen_ass: HashSet<String>,
    seen_con: HashSet<String>,
    pub out: SourceExtract,
    pub profile: Option<Profile>,
    buf: String,
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
        let (src, profile) = (cx.idx, cx.profile);
        let index = HeaderIndex::new(header);
        let mut b = Binder {
            index: &index,
            missing: Vec::new(),
            missing_seen: HashSet::new(),
            fields: Vec::new(),
        };
        let slots: Vec<Option<u16>> = match m.repeat() {
            Some(r) => (1..=r.slots).map(Some).collect(),
            None => vec![None],
        };
        let mut persons = Vec::new();
        if let Some(p) = &m.person {
            for &slot in &slots {
                let key = b.field(&p.key, slot);
                let fields: Vec<_> = p
                    .fields
                    .iter()
                    .map(|(id, f)| (*id, b.field(f, slot)))
                    .collect();
                let ids: Vec<_> = p
                    .identifiers
                    .iter()
                    .map(|(t, f)| (t.as_str(), b.field(f, slot)))
                    .collect();
                let mut cols = Vec::new();
                expr_cols(&key.expr, &mut cols);
                for (_, f) in &fields {
                    expr_cols(&f.expr, &mut cols);
                }
                for (_, f) in &ids {
                    expr_cols(&f.expr, &mut cols);
                }
                cols.sort_unstable();
                cols.dedup();
                let mut slot_cols = Vec::new();
                let mut when_any = Vec::new();
                if let Some(r) = &p.repeat {
                    for f in std::iter::once(&p.key).chain(p.fields.iter().map(|(_, f)| f)) {
                        for c in f.columns().into_iter().filter(|c| c.slotted) {
                            slot_cols.push(b.col(c, slot, f.line));
                        }
                    }
                    for (_, f) in &p.identifiers {
                        for c in f.columns().into_iter().filter(|c| c.slotted) {
                            slot_cols.push(b.col(c, slot, f.line));
                        }
                    }
                    for c in &r.when_any {
                        when_any.push(b.col(c, slot, r.line));
                    }
                    slot_cols.sort_unstable();
                    slot_cols.dedup();
                }
                persons.push(BPerson {
                    slot,
                    key,
                    fields,
                    ids,
                    cols,
                    slot_cols,
                    when_any,
                });
            }
        }
        let repeated = m.repeat().is_some();
        let (mut row_inv, mut slot_inv, mut row_ref, mut slot_ref) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for r in &m.involvements {
            if repeated && r.per_slot() {
                for &slot in &slots {
                    slot_inv.push(b.record(r, slot));
                }
            } else {
                row_inv.push(b.record(r, None));
            }
        }
        for r in &m.referrals {
            if repeated && r.per_slot() {
                for &slot in &slots {
                    slot_ref.push(b.record(r, slot));
                }
            } else {
                row_ref.push(b.record(r, None));
            }
        }
        let (row_ass, slot_ass) = bind_records(&mut b, &m.assessments, repeated, &slots, |f| {
            matches!(f, AssessmentField::Person | AssessmentField::Family)
        });
        let (row_con, slot_con) = bind_records(&mut b, &m.consents, repeated, &slots, |f| {
            matches!(f, ConsentField::Person | ConsentField::Family)
        });
        let totals_col = m
            .totals
            .column
            .as_ref()
            .map(|c| b.col(c, None, m.lines.source));
        if !b.missing.is_empty() {
            return Err(b.missing);
        }
        let mut mapped = Vec::new();
        for bf in
            persons
                .iter()
                .flat_map(|p| {
                    std::iter::once(&p.key)
                        .chain(p.fields.iter().map(|(_, f)| f))
                        .chain(p.ids.iter().map(|(_, f)| f))
                })
                .chain(
                    row_inv.iter().chain(&slot_inv).flat_map(|r| {
                        std::iter::once(&r.key).chain(r.fields.iter().map(|(_, f)| f))
                    }),
                )
                .chain(
                    row_ref.iter().chain(&slot_ref).flat_map(|r| {
                        std::iter::once(&r.key).chain(r.fields.iter().map(|(_, f)| f))
                    }),
                )
                .chain(row_ass.iter().chain(&slot_ass).flat_map(BRec::bfields))
                .chain(row_con.iter().chain(&slot_con).flat_map(BRec::bfields))
        {
            expr_cols(&bf.expr, &mut mapped);
        }
        mapped.sort_unstable();
        mapped.dedup();
        let names: Vec<String> = header
            .iter()
            .map(|h| h.as_ref().trim().to_string())
            .collect();
        let coverage = super::count::column_coverage(&names, &mapped, &m.ignore);
        let profile = profile.then(|| Profile {
            columns: mapped
                .iter()
                .map(|&i| ColStats {
                    name: names[i as usize].clone(),
                    ..ColStats::default()
                })
                .collect(),
            fields: b
                .fields
                .iter()
                .map(|f| FieldStats {
                    name: f.name.clone(),
                    line: f.line,
                    ..FieldStats::default()
                })
                .collect(),
        });
        Ok(Stager {
            src,
            reference: cx.reference,
            sheet,
            tabular,
            names,
            persons,
            repeated,
            row_inv,
            slot_inv,
            row_ref,
            slot_ref,
            row_ass,
            slot_ass,
            row_con,
            slot_con,
            mapped,
            totals_col,
            totals_pattern: &m.totals.pattern,
            service: &m.service,
            seen_person: HashMap::new(),
            seen_inv: HashSet::new(),
            seen_ref: HashSet::new(),
            seen_ass: HashSet::new(),
            seen_con: HashSet::new(),
            out: SourceExtract {
                source: src,
                integrity: super::Integrity {
                    columns: coverage,
                    ..Default::default()
                },
                ..SourceExtract::default()
            },
            profile,
            buf: String::new(),
        })
    }

    /// Whether a mapped field reads column `i` (readers refuse to start
    /// when a mapped column has a type they cannot read).
    pub fn is_mapped(&self, i: u32) -> bool {
        self.mapped.binary_search(&i).is_ok()
    }

    pub fn finish(self) -> (SourceExtract, Option<Profile>) {
        (self.out, self.profile)
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
                let s = s.trim().to_lowercase();
                match s.strip_prefix("total") {
                    Some(rest) => rest.is_empty() || rest.starts_with([' ', ':', 's']),
                    None => false,
                }
            }
        }
    }

    /// One data row. `row` is the 1-based row a person would see.
    pub fn row(&mut self, row: u64, cells: &[Cell]) {
        self.out.rows_read += 1;
        if self.tabular && self.is_totals(cells) {
            let pos = self.position(row, None);
            self.out.skipped.push((pos, SkipReason::TotalsRow));
            return;
        }
        if self
            .mapped
            .iter()
            .all(|&i| cells.get(i as usize).is_none_or(Cell::is_blank))
        {
            let pos = self.position(row, None);
            self.out.skipped.push((pos, SkipReason::BlankRow));
            return;
        }
        if let Some(p) = &mut self.profile {
            observe(p, &self.mapped, cells, &mut self.buf);
        }
        let row_hash = hash_cells(
            cells.iter().enumerate().map(|(i, c)| (i as u32, c)),
            None,
            &mut self.buf,
        );
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

    fn person(&mut self, pi: usize, row: u64, cells: &[Cell], row_hash: &str) -> PersonOutcome {
        let slot = self.persons[pi].slot;
        let pos = self.position(row, slot);
        let key = match text(&self.persons[pi].key, cells, &mut self.buf) {
            Ok(Some(k)) => k,
            Ok(None) => {
                let col = single_col(&self.persons[pi].key);
                self.reject(None, pos, RejectReason::MissingKey, col);
                return PersonOutcome::Rejected;
            }
            Err(col) => {
                self.reject(None, pos, RejectReason::UnreadableCell, Some(col));
                return PersonOutcome::Rejected;
            }
        };
        let mut sp = StagedPerson {
            source: self.src,
            key: key.clone(),
            position: pos.clone(),
            row_hash: row_hash.to_string(),
            ..StagedPerson::default()
        };
        let p = &self.persons[pi];
        for (id, bf) in &p.fields {
            let r = match id.kind() {
                FieldKind::Date => date_value(
                    bf,
                    cells,
                    &mut self.buf,
                    self.profile.as_mut(),
                    &pos,
                    self.reference,
                )
                .map(|d| {
                    sp.dob = d;
                }),
                FieldKind::Coded => {
                    coded(bf, cells, &mut self.buf, self.profile.as_mut()).map(|c| match id {
                        PersonField::Sex => sp.sex = c,
                        _ => sp.ethnicity = c,
                    })
                }
                FieldKind::Role => {
                    role(bf, cells, &mut self.buf, self.profile.as_mut()).map(|r| sp.role = r)
                }
                _ => text(bf, cells, &mut self.buf).map(|t| {
                    let slot = match id {
                        PersonField::Family => &mut sp.family_key,
                        PersonField::Title => &mut sp.title,
                        PersonField::GivenNames => &mut sp.given_names,
                        PersonField::FamilyName => &mut sp.family_name,
                        PersonField::Name => {
                            sp.name_order = bf.f.order;
                            &mut sp.full_name
                        }
                        PersonField::OtherNames => &mut sp.other_names,
                        PersonField::NhsNumber => &mut sp.nhs_number,
                        PersonField::Upn => &mut sp.upn,
                        PersonField::Nino => &mut sp.nino,
                        PersonField::Uprn => &mut sp.uprn,
                        PersonField::Address => {
                            sp.address_lines.extend(t.clone());
                            return;
                        }
                        PersonField::Town => &mut sp.town,
                        PersonField::Postcode => &mut sp.postcode,
                        PersonField::Phone => &mut sp.phone,
                        PersonField::Email => &mut sp.email,
                        PersonField::ParentText => &mut sp.parent_text,
                        PersonField::Role
                        | PersonField::Dob
                        | PersonField::Sex
                        | PersonField::Ethnicity => return,
                    };
                    *slot = t;
                }),
            };
            if let Err(col) = r {
                push_reject(
                    &mut self.out,
                    self.src,
                    &self.names,
                    Some(key),
                    &pos,
                    RejectReason::UnreadableCell,
                    Some(col),
                );
                return PersonOutcome::Rejected;
            }
        }
        for (ty, bf) in &p.ids {
            match text(bf, cells, &mut self.buf) {
                Ok(Some(v)) => sp.identifiers.push((ty.to_string(), v)),
                Ok(None) => {}
                Err(col) => {
                    push_reject(
                        &mut self.out,
                        self.src,
                        &self.names,
                        Some(key),
                        &pos,
                        RejectReason::UnreadableCell,
                        Some(col),
                    );
                    return PersonOutcome::Rejected;
                }
            }
        }
        let identifying = sp.given_names.is_some()
            || sp.family_name.is_some()
            || sp.full_name.is_some()
            || sp.other_names.is_some()
            || sp.dob.as_ref().is_some_and(|d| !d.raw.is_empty())
            || sp.nhs_number.is_some()
            || sp.upn.is_some()
            || sp.nino.is_some();
        // A property reference (UPRN) or a local case or system number alone
        // names nobody: such a row cannot become a person anyone can find.
        if !identifying {
            push_reject(
                &mut self.out,
                self.src,
                &self.names,
                Some(key),
                &pos,
                RejectReason::NoIdentifyingData,
                None,
            );
            return PersonOutcome::Rejected;
        }
        let content = {
            let mut h = DefaultHasher::new();
            for &i in &p.cols {
                self.buf.clear();
                cells[i as usize].write_text(&mut self.buf);
                self.buf.hash(&mut h);
            }
            h.finish()
        };
        let family = sp.family_key.clone();
        if let Some(&first) = self.seen_person.get(&key) {
            let reject = Reject {
                source: self.src,
                key: Some(key.clone()),
                position: pos,
                reason: RejectReason::DuplicateKey,
                column: single_col(&p.key).map(|i| self.names[i as usize].clone()),
            };
            if first == content && !self.repeated {
                return PersonOutcome::Repeat {
                    key,
                    family,
                    reject,
                };
            }
            self.out.rejects.push(reject);
            return PersonOutcome::Rejected;
        }
        self.seen_person.insert(key, content);
        self.out.persons.push(sp);
        PersonOutcome::Staged {
            key: self.out.persons.last().expect("pushed").key.clone(),
            family,
        }
    }

    /// Stage the involvements and referrals of one row (`per_slot`: those of
    /// one slot). Returns whether any was staged.
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
        let mut staged = false;
        let pos = self.position(row, slot);
        let invs = if per_slot {
            &self.slot_inv
        } else {
            &self.row_inv
        };
        for r in invs.iter().filter(|r| r.slot == slot) {
            let key = match text(&r.key, cells, &mut self.buf) {
                Ok(Some(k)) => k,
                Ok(None) => {
                    push_reject(
                        &mut self.out,
                        self.src,
                        &self.names,
                        None,
                        &pos,
                        RejectReason::MissingKey,
                        single_col(&r.key),
                    );
                    continue;
                }
                Err(col) => {
                    push_reject(
                        &mut self.out,
                        self.src,
                        &self.names,
                        None,
                        &pos,
                        RejectReason::UnreadableCell,
                        Some(col),
                    );
                    continue;
                }
            };
            let mut inv = Involvement {
                source: self.src,
                key,
                position: pos.clone(),
                person_key: person_key.map(str::to_string),
                family_key: family_key.map(str::to_string),
                service: self.service.to_string(),
                row_hash: row_hash.to_string(),
                ..Involvement::default()
            };
            let mut bad = None;
            for (id, bf) in &r.fields {
                let res = match id {
                    InvolvementField::Start | InvolvementField::End => date_value(
                        bf,
                        cells,
                        &mut self.buf,
                        self.profile.as_mut(),
                        &pos,
                        self.reference,
                    )
                    .map(|d| {
                        if *id == InvolvementField::Start {
                            inv.start = d
                        } else {
                            inv.end = d
                        }
                    }),
                    InvolvementField::Status
                    | InvolvementField::Reason
                    | InvolvementField::EndReason => {
                        coded(bf, cells, &mut self.buf, self.profile.as_mut()).map(|c| match id {
                            InvolvementField::Status => inv.status = c,
                            InvolvementField::Reason => inv.reason = c,
                            _ => inv.end_reason = c,
                        })
                    }
                    InvolvementField::Outcomes => {
                        list(bf, cells, &mut self.buf, self.profile.as_mut())
                            .map(|l| inv.outcomes = l)
                    }
                    _ => text(bf, cells, &mut self.buf).map(|t| match id {
                        InvolvementField::Person => inv.person_key = t,
                        InvolvementField::Family => inv.family_key = t,
                        InvolvementField::Worker => inv.worker = t,
                        InvolvementField::Team => inv.team = t,
                        InvolvementField::Service => {
                            if let Some(s) = t {
                                inv.service = s
                            }
                        }
                        _ => {}
                    }),
                };
                if let Err(col) = res {
                    bad = Some(col);
                    break;
                }
            }
            if let Some(col) = bad {
                push_reject(
                    &mut self.out,
                    self.src,
                    &self.names,
                    Some(inv.key),
                    &pos,
                    RejectReason::UnreadableCell,
                    Some(col),
                );
                continue;
            }
            if !self.seen_inv.insert(inv.key.clone()) {
                push_reject(
                    &mut self.out,
                    self.src,
                    &self.names,
                    Some(inv.key),
                    &pos,
                    RejectReason::DuplicateKey,
                    single_col(&r.key),
                );
                continue;
            }
            self.out.involvements.push(inv);
            staged = true;
        }
        let refs = if per_slot {
            &self.slot_ref
        } else {
            &self.row_ref
        };
        for r in refs.iter().filter(|r| r.slot == slot) {
            let key = match text(&r.key, cells, &mut self.buf) {
                Ok(Some(k)) => k,
                Ok(None) => {
                    push_reject(
                        &mut self.out,
                        self.src,
                        &self.names,
                        None,
                        &pos,
                        RejectReason::MissingKey,
                        single_col(&r.key),
                    );
                    continue;
                }
                Err(col) => {
                    push_reject(
                        &mut self.out,
                        self.src,
                        &self.names,
                        None,
                        &pos,
                        RejectReason::UnreadableCell,
                        Some(col),
                    );
                    continue;
                }
            };
            let mut rf = Referral {
                source: self.src,
                key,
                position: pos.clone(),
                person_key: person_key.map(str::to_string),
                family_key: family_key.map(str::to_string),
                row_hash: row_hash.to_string(),
                ..Referral::default()
            };
            let mut bad = None;
            for (id, bf) in &r.fields {
                let res = match id {
                    ReferralField::Date => date_value(
                        bf,
                        cells,
                        &mut self.buf,
                        self.profile.as_mut(),
                        &pos,
                        self.reference,
                    )
                    .map(|d| rf.date = d),
                    ReferralField::Person | ReferralField::Family => text(bf, cells, &mut self.buf)
                        .map(|t| {
                            if *id == ReferralField::Person {
                                rf.person_key = t
                            } else {
                                rf.family_key = t
                            }
                        }),
                    _ => coded(bf, cells, &mut self.buf, self.profile.as_mut()).map(|c| match id {
                        ReferralField::ReferralSource => rf.referral_source = c,
                        ReferralField::Reason => rf.reason = c,
                        _ => rf.outcome = c,
                    }),
                };
                if let Err(col) = res {
                    bad = Some(col);
                    break;
                }
            }
            if let Some(col) = bad {
                push_reject(
                    &mut self.out,
                    self.src,
                    &self.names,
                    Some(rf.key),
                    &pos,
                    RejectReason::UnreadableCell,
                    Some(col),
                );
                continue;
            }
            if !self.seen_ref.insert(rf.key.clone()) {
                push_reject(
                    &mut self.out,
                    self.src,
                    &self.names,
                    Some(rf.key),
                    &pos,
                    RejectReason::DuplicateKey,
                    single_col(&r.key),
                );
                continue;
            }
            self.out.referrals.push(rf);
            staged = true;
        }
        let ctx = RecCtx {
            row: &pos,
            cells,
            slot,
            person_key,
            family_key,
            row_hash,
        };
        staged |= self.assessments(&ctx, per_slot);
        staged |= self.consents(&ctx, per_slot);
        staged
    }

    /// Stage the assessments of one row or slot. Returns whether any was staged.
    fn assessments(&mut self, cx: &RecCtx, per_slot: bool) -> bool {
        let mut staged = false;
        let recs = if per_slot {
            &self.slot_ass
        } else {
            &self.row_ass
        };
        for r in recs
            .iter()
            .filter(|r| r.slot == cx.slot && !absent(r, cx.cells))
        {
            let Some(key) = key_or_reject(&r.key, cx, &mut self.buf, &mut self.out, &self.names)
            else {
                continue;
            };
            let mut a = Assessment {
                source: self.src,
                key,
                position: cx.row.clone(),
                person_key: cx.person_key.map(str::to_string),
                family_key: cx.family_key.map(str::to_string),
                row_hash: cx.row_hash.to_string(),
                ..Assessment::default()
            };
            let mut bad = None;
            for (id, bf) in &r.fields {
                let (cells, buf) = (cx.cells, &mut self.buf);
                let res = match id {
                    AssessmentField::Started | AssessmentField::Completed => date_value(
                        bf,
                        cells,
                        buf,
                        self.profile.as_mut(),
                        cx.row,
                        self.reference,
                    )
                    .map(|d| {
                        if *id == AssessmentField::Started {
                            a.started = d
                        } else {
                            a.completed = d
                        }
                    }),
                    AssessmentField::Type | AssessmentField::Status => {
                        coded(bf, cells, buf, self.profile.as_mut()).map(|c| {
                            if *id == AssessmentField::Type {
                                a.assessment_type = c
                            } else {
                                a.status = c
                            }
                        })
                    }
                    AssessmentField::Needs => {
                        needs(bf, cells, buf, self.profile.as_mut()).map(|n| a.needs.extend(n))
                    }
                    _ => text(bf, cells, buf).map(|t| match id {
                        AssessmentField::Person => a.person_key = t,
                        AssessmentField::Family => a.family_key = t,
                        AssessmentField::Author => a.author = t,
                        _ => a.organisation = t,
                    }),
                };
                if let Err(col) = res {
                    bad = Some((RejectReason::UnreadableCell, Some(col)));
                    break;
                }
            }
            if bad.is_none() && !self.seen_ass.insert(a.key.clone()) {
                bad = Some((RejectReason::DuplicateKey, single_col(&r.key)));
            }
            if let Some((reason, col)) = bad {
                push_reject(
                    &mut self.out,
                    self.src,
                    &self.names,
                    Some(a.key),
                    cx.row,
                    reason,
                    col,
                );
                continue;
            }
            self.out.assessments.push(a);
            staged = true;
        }
        staged
    }

    /// Stage the consents of one row or slot. Returns whether any was staged.
    fn consents(&mut self, cx: &RecCtx, per_slot: bool) -> bool {
        let mut staged = false;
        let recs = if per_slot {
            &self.slot_con
        } else {
            &self.row_con
        };
        for r in recs
            .iter()
            .filter(|r| r.slot == cx.slot && !absent(r, cx.cells))
        {
            let Some(key) = key_or_reject(&r.key, cx, &mut self.buf, &mut self.out, &self.names)
            else {
                continue;
            };
            let mut c = Consent {
                source: self.src,
                key,
                position: cx.row.clone(),
                person_key: cx.person_key.map(str::to_string),
                family_key: cx.family_key.map(str::to_string),
                row_hash: cx.row_hash.to_string(),
                ..Consent::default()
            };
            let mut bad = None;
            for (id, bf) in &r.fields {
                let (cells, buf) = (cx.cells, &mut self.buf);
                let res = match id {
                    ConsentField::Given | ConsentField::Withdrawn => {
                        match date_value(
                            bf,
                            cells,
                            buf,
                            self.profile.as_mut(),
                            cx.row,
                            self.reference,
                        ) {
                            Ok(Some(v)) if unparsed(&v) => {
                                bad = Some((RejectReason::UnparseableDate, single_col(bf)));
                                break;
                            }
                            Ok(d) => {
                                if *id == ConsentField::Given {
                                    c.given = d
                                } else {
                                    c.withdrawn = d
                                }
                                Ok(())
                            }
                            Err(col) => Err(col),
                        }
                    }
                    ConsentField::Scope => {
                        coded(bf, cells, buf, self.profile.as_mut()).map(|v| c.scope = v)
                    }
                    _ => text(bf, cells, buf).map(|t| match id {
                        ConsentField::Person => c.person_key = t,
                        ConsentField::Family => c.family_key = t,
                        _ => c.given_by = t,
                    }),
                };
                if let Err(col) = res {
                    bad = Some((RejectReason::UnreadableCell, Some(col)));
                    break;
                }
            }
            if bad.is_none() && withdrawn_before_given(&c) {
                let col = r
                    .fields
                    .iter()
                    .find(|(id, _)| *id == ConsentField::Withdrawn)
                    .and_then(|(_, bf)| single_col(bf));
                bad = Some((RejectReason::WithdrawnBeforeGiven, col));
            }
            if bad.is_none() && !self.seen_con.insert(c.key.clone()) {
                bad = Some((RejectReason::DuplicateKey, single_col(&r.key)));
            }
            if let Some((reason, col)) = bad {
                push_reject(
                    &mut self.out,
                    self.src,
                    &self.names,
                    Some(c.key),
                    cx.row,
                    reason,
                    col,
                );
                continue;
            }
            self.out.consents.push(c);
            staged = true;
        }
        staged
    }
}

/// Where one row's (or slot's) records come from, as the record stagers read it.
struct RecCtx<'r> {
    row: &'r Position,
    cells: &'r [Cell],
    slot: Option<u16>,
    person_key: Option<&'r str>,
    family_key: Option<&'r str>,
    row_hash: &'r str,
}

impl<'a, F> BRec<'a, F> {
    fn bfields(&self) -> impl Iterator<Item = &BField<'a>> {
        std::iter::once(&self.key).chain(self.fields.iter().map(|(_, f)| f))
    }
}

/// Bind optional record mappings (assessments, consents): per slot when
/// they use `{n}` in a repeated mapping, else once per row. `linking`: the
/// fields that only say whose record it is. Returns (per row, per slot).
fn bind_records<'a, F: Copy>(
    b: &mut Binder<'_, 'a>,
    list: &'a [RecordMapping<F>],
    repeated: bool,
    slots: &[Option<u16>],
    linking: fn(F) -> bool,
) -> (Vec<BRec<'a, F>>, Vec<BRec<'a, F>>) {
    let bind = |b: &mut Binder<'_, 'a>, r: &'a RecordMapping<F>, slot| {
        let mut rec = b.record(r, slot);
        // A key like "{Contact ID}-c" reads the person's column: that
        // column says whose consent it would be, not that there is one.
        let mut whose = Vec::new();
        expr_cols(&rec.key.expr, &mut rec.own);
        for (id, f) in &rec.fields {
            if linking(*id) {
                expr_cols(&f.expr, &mut whose);
            } else {
                expr_cols(&f.expr, &mut rec.own);
            }
        }
        rec.own.retain(|c| !whose.contains(c));
        if !r.when_any.is_empty() {
            rec.own = r.when_any.iter().map(|c| b.col(c, slot, r.line)).collect();
        }
        rec.own.sort_unstable();
        rec.own.dedup();
        rec
    };
    let (mut row, mut slot) = (Vec::new(), Vec::new());
    for r in list {
        if repeated && r.per_slot() {
            for &s in slots {
                slot.push(bind(b, r, s));
            }
        } else {
            row.push(bind(b, r, None));
        }
    }
    (row, slot)
}

/// An optional record absent from this row: its `when_any` columns, or
/// without them the columns of its own (its key's and its fields', less
/// those that say whose record it is), are all blank (a contact that led to
/// no assessment).
fn absent<F>(r: &BRec<F>, cells: &[Cell]) -> bool {
    !r.own.is_empty()
        && r.own
            .iter()
            .all(|&i| cells.get(i as usize).is_none_or(Cell::is_blank))
}

/// A record's key, or `None` after rejecting the record (empty key or an
/// unreadable cell).
fn key_or_reject(
    key: &BField,
    cx: &RecCtx,
    buf: &mut String,
    out: &mut SourceExtract,
    names: &[String],
) -> Option<String> {
    let src = out.source;
    let (reason, col) = match text(key, cx.cells, buf) {
        Ok(Some(k)) => return Some(k),
        Ok(None) => (RejectReason::MissingKey, single_col(key)),
        Err(col) => (RejectReason::UnreadableCell, Some(col)),
    };
    push_reject(out, src, names, None, cx.row, reason, col);
    None
}

/// A date cell that held something but no date.
fn unparsed(v: &DateValue) -> bool {
    matches!(v.flag, Some(DateFlag::Unparsed | DateFlag::Impossible))
}

/// Withdrawn before given, both dates known to the day: a data entry error
/// that would make the consent's period negative.
fn withdrawn_before_given(c: &Consent) -> bool {
    let day = |d: &Option<DateValue>| d.as_ref()?.date?.to_naive();
    matches!((day(&c.given), day(&c.withdrawn)), (Some(g), Some(w)) if w < g)
}

/// A needs cell (or several): assessment factors separated by `;` or `,`.
/// Each keeps its raw value; its code comes from the mapping's `codes`, or is
/// the raw value itself when that already is a factor (`3a` → `3A`).
fn needs(
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

fn push_reject(
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

fn single_col(bf: &BField) -> Option<u32> {
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
fn eval(bf: &BField, cells: &[Cell], buf: &mut String) -> Result<bool, u32> {
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
    Ok(!buf.trim().is_empty())
}

fn text(bf: &BField, cells: &[Cell], buf: &mut String) -> Result<Option<String>, u32> {
    Ok(eval(bf, cells, buf)?.then(|| buf.trim().to_string()))
}

fn coded(
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

fn role(
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

fn list(
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

fn date_value(
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

fn observe(p: &mut Profile, mapped: &[u32], cells: &[Cell], buf: &mut String) {
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
    let mut h = Sha256::new();
    if let Some(n) = slot {
        h.update(n.to_le_bytes());
    }
    for (_, c) in cells {
        match c {
            Cell::Null => h.update([0u8]),
            // Not the type name: the same blob read from SQLite or a server
            // hashes the same.
            Cell::Unreadable(_) => h.update([1u8]),
            c => {
                buf.clear();
                c.write_text(buf);
                h.update(buf.as_bytes());
            }
        }
        h.update([0x1f]);
    }
    hex::encode(h.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mapping::mapping_from_str;

    fn text_cells(v: &[&str]) -> Vec<Cell> {
        v.iter()
            .map(|s| {
                if s.is_empty() {
                    Cell::Null
                } else {
                    Cell::Text(s.to_string())
                }
            })
            .collect()
    }

    const TEST_CX: crate::extract::ReadCtx = crate::extract::ReadCtx {
        idx: 0,
        profile: true,
        reference: match chrono::NaiveDate::from_ymd_opt(2026, 1, 1) {
            Some(d) => d,
            None => panic!(),
        },
        limits: crate::extract::Limits {
            cell_bytes: 2 << 20,
            row_bytes: 8 << 20,
        },
    };

    const HEAD: &str =
        "[source]\nname = \"t\"\nservice = \"S\"\nkind = \"csv\"\npath = \"t.csv\"\n";

    #[test]
    fn key_templates_need_every_part_other_templates_do_not() {
        let m = mapping_from_str(&format!(
            "{HEAD}[person]\nkey = \"{{a}}-{{b}}\"\ngiven_names = {{ template = \"{{first}} {{middle}}\" }}\n"
        ));
        let header = ["a", "b", "first", "middle"];
        let mut s = Stager::new(TEST_CX, &m, &header, String::new(), true).unwrap();
        let rows: [&[&str]; 3] = [
            &["1", "x", "Ann", ""],
            &["2", "", "Bob", "Lee"],
            &["3", "y", "", "Cy"],
        ];
        for (i, r) in rows.iter().enumerate() {
            s.row(i as u64 + 2, &text_cells(r));
        }
        let (out, _) = s.finish();
        let got: Vec<_> = out
            .persons
            .iter()
            .map(|p| (p.key.as_str(), p.given_names.as_deref()))
            .collect();
        assert_eq!(got, [("1-x", Some("Ann")), ("3-y", Some("Cy"))]);
        assert_eq!(out.rejects[0].reason, RejectReason::MissingKey);
        assert!(out.balanced());
    }

    #[test]
    fn totals_rows_by_default() {
        let m = mapping_from_str(&format!(
            "{HEAD}[person]\nkey = \"id\"\nfamily_name = \"name\"\n"
        ));
        let cases = [
            ("Total", true),
            ("TOTALS", true),
            ("Total: 12", true),
            ("total families 3", true),
            ("Totally", false),
            ("Tot", false),
            ("7", false),
        ];
        for (first, want) in cases {
            let s = Stager::new(TEST_CX, &m, &["id", "name"], String::new(), true).unwrap();
            assert_eq!(s.is_totals(&text_cells(&[first, "x"])), want, "{first}");
        }
        // A named column and pattern.
        let m = mapping_from_str(&format!(
            "{HEAD}totals_column = \"name\"\ntotals_pattern = \"Families:\"\n[person]\nkey = \"id\"\nfamily_name = \"name\"\n"
        ));
        let s = Stager::new(TEST_CX, &m, &["id", "name"], String::new(), true).unwrap();
        assert!(s.is_totals(&text_cells(&["", "families: 12"])));
        assert!(!s.is_totals(&text_cells(&["Total", "Smith"])));
    }

    #[test]
    fn repeated_slots() {
        let m = mapping_from_str(&format!(
            "{HEAD}[person]\nkey = \"{{ref}}#{{n}}\"\nfamily = \"{{ref}}\"\ngiven_names = \"M{{n}} name\"\n\
             [person.repeat]\nslots = 2\n[[involvement]]\nkey = \"{{ref}}-i\"\n[[referral]]\nkey = \"{{ref}}-{{n}}-r\"\n"
        ));
        let header = ["ref", "M1 name", "M2 name"];
        let mut s = Stager::new(TEST_CX, &m, &header, "S".into(), true).unwrap();
        s.row(2, &text_cells(&["F1", "Ann", "Bob"]));
        s.row(3, &text_cells(&["F2", "", "Cy"]));
        s.row(4, &text_cells(&["", "Dee", ""]));
        let (out, profile) = s.finish();
        let ps: Vec<_> = out
            .persons
            .iter()
            .map(|p| (p.key.as_str(), p.position.slot))
            .collect();
        assert_eq!(
            ps,
            [("F1#1", Some(1)), ("F1#2", Some(2)), ("F2#2", Some(2))]
        );
        assert_eq!(out.persons[2].family_key.as_deref(), Some("F2"));
        let refs: Vec<_> = out
            .referrals
            .iter()
            .map(|r| (r.key.as_str(), r.person_key.as_deref()))
            .collect();
        assert_eq!(
            refs,
            [
                ("F1-1-r", Some("F1#1")),
                ("F1-2-r", Some("F1#2")),
                ("F2-2-r", Some("F2#2"))
            ]
        );
        assert_eq!(
            out.involvements
                .iter()
                .map(|i| i.key.as_str())
                .collect::<Vec<_>>(),
            ["F1-i", "F2-i"]
        );
        // Row 4: no family reference, so slot 1's key is empty.
        assert_eq!(out.rows_rejected, 1);
        assert!(out.balanced());
        assert_ne!(out.persons[0].row_hash, out.persons[1].row_hash);
        let p = profile.unwrap();
        assert_eq!(
            p.columns
                .iter()
                .map(|c| (c.name.as_str(), c.nulls))
                .collect::<Vec<_>>(),
            [("ref", 1), ("M1 name", 1), ("M2 name", 1)]
        );
    }

    /// Assessments: needs from two columns, split, coded through the
    /// mapping or taken as written when already a factor; raw kept.
    #[test]
    fn assessment_needs_from_several_columns() {
        let m = mapping_from_str(&format!(
            "{HEAD}[[assessment]]\nkey = \"ref\"\nfamily = \"fam\"\nstarted = {{ column = \"start\", formats = [\"%d/%m/%Y\"] }}\n\
             needs = [\"n1\", {{ column = \"n2\", codes = {{ DV = \"3B\" }} }}]\n"
        ));
        let header = ["ref", "fam", "start", "n1", "n2"];
        let mut s = Stager::new(TEST_CX, &m, &header, String::new(), true).unwrap();
        s.row(
            2,
            &text_cells(&["A1", "F1", "03/04/2024", "3a; 4B", "DV;debt"]),
        );
        s.row(3, &text_cells(&["", "F2", "03/04/2024", "", ""]));
        s.row(4, &text_cells(&["A1", "F3", "", "", ""]));
        // A family with no assessment on this row: skipped, not rejected.
        s.row(5, &text_cells(&["", "F4", "", "", ""]));
        let (out, profile) = s.finish();
        assert!(out.balanced());
        assert_eq!(
            (out.rows_staged, out.rows_rejected, out.skipped.len()),
            (1, 2, 1)
        );
        assert_eq!(out.skipped[0].1, SkipReason::NoRecord);
        assert_eq!(out.assessments.len(), 1);
        let a = &out.assessments[0];
        assert_eq!(a.family_key.as_deref(), Some("F1"));
        assert_eq!(
            a.started.as_ref().and_then(|d| d.date),
            Some(crate::model::PartialDate::full(2024, 4, 3))
        );
        let needs: Vec<(&str, Option<&str>)> = a
            .needs
            .iter()
            .map(|n| (n.raw.as_str(), n.code.as_deref()))
            .collect();
        assert_eq!(
            needs,
            [
                ("3a", Some("3A")),
                ("4B", Some("4B")),
                ("DV", Some("3B")),
                ("debt", None)
            ]
        );
        let reasons: Vec<_> = out
            .rejects
            .iter()
            .map(|r| (r.position.row, r.reason))
            .collect();
        assert_eq!(
            reasons,
            [
                (3, RejectReason::MissingKey),
                (4, RejectReason::DuplicateKey)
            ]
        );
        // The unmapped need is profiled for `check`, by value count only.
        let p = profile.unwrap();
        assert!(p.fields.iter().any(|f| f.unmapped.contains_key("debt")));
    }

    /// Consents: withdrawn before given, and a date that is no date, are
    /// rejected with their own reasons and column; a good one is staged.
    #[test]
    fn consent_rejects_carry_reasons() {
        let m = mapping_from_str(&format!(
            "{HEAD}[[consent]]\nkey = \"ref\"\nperson = \"child\"\ngiven_by = \"by\"\n\
             scope = {{ column = \"scope\", codes = {{ EHA = \"assessment\" }} }}\n\
             given = {{ column = \"given\", formats = [\"%d/%m/%Y\"] }}\n\
             withdrawn = {{ column = \"withdrawn\", formats = [\"%d/%m/%Y\"] }}\n"
        ));
        let header = ["ref", "child", "by", "scope", "given", "withdrawn"];
        let mut s = Stager::new(TEST_CX, &m, &header, String::new(), true).unwrap();
        s.row(
            2,
            &text_cells(&["C1", "P1", "mother", "EHA", "01/02/2024", "01/03/2024"]),
        );
        s.row(
            3,
            &text_cells(&["C2", "P2", "P9", "EHA", "01/02/2024", "01/01/2024"]),
        );
        s.row(4, &text_cells(&["C3", "P3", "P9", "EHA", "someday", ""]));
        s.row(5, &text_cells(&["C4", "P4", "", "", "01/02/2024", ""]));
        let (out, _) = s.finish();
        assert!(out.balanced());
        assert_eq!((out.rows_staged, out.rows_rejected), (2, 2));
        let keys: Vec<&str> = out.consents.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["C1", "C4"]);
        let c = &out.consents[0];
        assert_eq!(
            c.scope.as_ref().and_then(|x| x.code.as_deref()),
            Some("assessment")
        );
        assert_eq!(c.given_by.as_deref(), Some("mother"));
        assert!(c.is_withdrawn() && !out.consents[1].is_withdrawn());
        let got: Vec<_> = out
            .rejects
            .iter()
            .map(|r| (r.key.as_deref(), r.reason, r.column.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some("C2"),
                    RejectReason::WithdrawnBeforeGiven,
                    Some("withdrawn")
                ),
                (Some("C3"), RejectReason::UnparseableDate, Some("given")),
            ]
        );
    }
}
