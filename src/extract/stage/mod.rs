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
mod records;
mod values;

use super::cell::Cell;
use crate::mapping::{FieldKind, FieldMapping, PersonField, SourceMapping};
use crate::model::{
    Assessment, Consent, Involvement, Position, Referral, Reject, RejectReason, SkipReason,
    SourceExtract, SourceIdx, StagedPerson,
};
use bind::{expr_cols, BField, BPerson, Binder};
pub(crate) use bind::{required_names, HeaderIndex, Missing};
use records::{bind_kind, BoundRecords, RecCtx};
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
pub(crate) use values::hash_cells;
use values::{coded, date_value, eval, observe, push_reject, role, single_col, text};
pub(crate) use values::{ColStats, FieldStats, Profile};

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
    seen_person: HashMap<String, u64>,
    /// Keys seen so far, per record kind (`Record::KIND`).
    seen: HashMap<&'static str, HashSet<String>>,
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
        if !b.missing.is_empty() {
            return Err(b.missing);
        }
        let mapped = mapped_columns(&persons, &bound);
        let names: Vec<String> = header
            .iter()
            .map(|h| h.as_ref().trim().to_string())
            .collect();
        let coverage = super::count::column_coverage(&names, &mapped, &m.ignore);
        let profile = cx
            .profile
            .then(|| empty_profile(&names, &mapped, &b.fields));
        Ok(Stager {
            src: cx.idx,
            reference: cx.reference,
            sheet,
            tabular,
            names,
            persons,
            repeated,
            bound,
            mapped,
            totals_col,
            totals_pattern: &m.totals.pattern,
            service: &m.service,
            seen_person: HashMap::new(),
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

    /// Read a person's fields and identifiers into `sp`; Err: the column
    /// of the first cell that cannot be read.
    fn read_person(
        &mut self,
        pi: usize,
        cells: &[Cell],
        pos: &Position,
        sp: &mut StagedPerson,
    ) -> Result<(), u32> {
        let p = &self.persons[pi];
        for (id, bf) in &p.fields {
            let r = match id.kind() {
                FieldKind::Date => date_value(
                    bf,
                    cells,
                    &mut self.buf,
                    self.profile.as_mut(),
                    pos,
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
                            sp.single_name = bf.f.single;
                            &mut sp.full_name
                        }
                        PersonField::OtherNames => &mut sp.other_names,
                        PersonField::KnownAs => &mut sp.known_as,
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
            r?;
        }
        for (ty, bf) in &p.ids {
            if let Some(v) = text(bf, cells, &mut self.buf)? {
                sp.identifiers.push((ty.to_string(), v));
            }
        }
        Ok(())
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
        if let Err(col) = self.read_person(pi, cells, &pos, &mut sp) {
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
        let p = &self.persons[pi];
        let identifying = sp.given_names.is_some()
            || sp.family_name.is_some()
            || sp.full_name.is_some()
            || sp.other_names.is_some()
            || sp.known_as.is_some()
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
