//! One path for every record kind a row (or slot) holds besides its person:
//! involvements, referrals, assessments and consents. A kind says how each
//! of its mapping's fields is read and where the value goes (`StageRecord`);
//! the stager reads its key, its fields, rejects it on an empty or repeated
//! key, an unreadable cell or a kind's own rule, and otherwise stages it.
//! A new kind is its model type, its mapping section and an `impl` here.

use super::bind::{absent, bind_records, BRec, Binder, Lists};
use super::values::{coded, date_value, list, needs, push_reject, single_col, text, unparsed};
use super::{Cell, Stager};
use crate::mapping::{
    AssessmentField, ConsentField, FieldKind, InvolvementField, RecordMapping, ReferralField,
};
use crate::model::{
    Assessment, Coded, Consent, DateValue, Involvement, Position, Record, Referral, RejectReason,
    SourceExtract, SourceIdx,
};

/// Every kind's bound record mappings in one source.
pub(crate) struct BoundRecords<'a> {
    pub(crate) involvements: Lists<'a, InvolvementField>,
    pub(crate) referrals: Lists<'a, ReferralField>,
    pub(crate) assessments: Lists<'a, AssessmentField>,
    pub(crate) consents: Lists<'a, ConsentField>,
}

impl<'a> BoundRecords<'a> {
    /// Every bound field of every kind (the columns a row's records read).
    pub(crate) fn bfields(&self) -> impl Iterator<Item = &super::BField<'a>> {
        self.involvements
            .bfields()
            .chain(self.referrals.bfields())
            .chain(self.assessments.bfields())
            .chain(self.consents.bfields())
    }
}

/// Where one row's (or slot's) records come from, and whose they are.
pub(crate) struct RecCtx<'r> {
    pub(crate) source: SourceIdx,
    pub(crate) row: &'r Position,
    pub(crate) cells: &'r [Cell],
    pub(crate) slot: Option<u16>,
    pub(crate) person_key: Option<&'r str>,
    pub(crate) family_key: Option<&'r str>,
    pub(crate) row_hash: &'r str,
    /// The source's service (an involvement's, unless mapped).
    pub(crate) service: &'r str,
}

/// How a field's cells are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReadAs {
    Text,
    Date,
    Coded,
    /// `;`-separated values, each translated through the codes.
    List,
    /// Assessment factors, each kept with its raw value.
    Needs,
}

impl ReadAs {
    fn of(kind: FieldKind) -> ReadAs {
        match kind {
            FieldKind::Date => ReadAs::Date,
            FieldKind::Coded => ReadAs::Coded,
            FieldKind::List => ReadAs::List,
            FieldKind::Text | FieldKind::Role => ReadAs::Text,
        }
    }
}

/// A field's value as read, before the record takes it.
pub(crate) enum FieldValue {
    Text(Option<String>),
    Date(Option<DateValue>),
    Coded(Option<Coded>),
    List(Vec<String>),
    Codes(Vec<Coded>),
}

/// A record kind the stager fills from its mapping section.
pub(crate) trait StageRecord: Record {
    type Field: Copy + PartialEq;
    /// Optional kinds (assessments, consents) are not on a row whose own
    /// cells are all blank: neither staged nor rejected.
    const OPTIONAL: bool;
    fn lists<'s, 'a>(b: &'s BoundRecords<'a>) -> &'s Lists<'a, Self::Field>;
    /// Fields that only say whose record it is, not that there is one.
    fn linking(f: Self::Field) -> bool;
    fn read_as(f: Self::Field) -> ReadAs;
    /// A record of this row or slot, with its key and nothing read yet.
    fn start(cx: &RecCtx, key: String) -> Self;
    fn set(&mut self, f: Self::Field, v: FieldValue);
    /// A value that rejects the record.
    fn reject_value(_f: Self::Field, _v: &FieldValue) -> Option<RejectReason> {
        None
    }
    /// A record whole but wrong, with the field that shows it.
    fn reject_record(&self) -> Option<(RejectReason, Self::Field)> {
        None
    }
}

/// Bind one kind's mappings to the header.
pub(crate) fn bind_kind<'a, R: StageRecord>(
    b: &mut Binder<'_, 'a>,
    list: &'a [RecordMapping<R::Field>],
    repeated: bool,
    slots: &[Option<u16>],
) -> Lists<'a, R::Field> {
    bind_records(b, list, repeated, slots, R::linking)
}

impl Stager<'_> {
    /// Stage the records of one kind on one row or slot. Returns whether
    /// any was staged.
    pub(super) fn stage_kind<R: StageRecord>(&mut self, cx: &RecCtx, per_slot: bool) -> bool {
        let mut staged = false;
        let lists = R::lists(&self.bound);
        let recs = if per_slot { &lists.slot } else { &lists.row };
        for r in recs
            .iter()
            .filter(|r| r.slot == cx.slot && !(R::OPTIONAL && absent(r, cx.cells)))
        {
            let Some(key) = key_or_reject(r, cx, &mut self.buf, &mut self.out, &self.names) else {
                continue;
            };
            let mut rec = R::start(cx, key);
            let mut bad = None;
            for (id, bf) in &r.fields {
                let (cells, buf) = (cx.cells, &mut self.buf);
                let value = match R::read_as(*id) {
                    ReadAs::Text => text(bf, cells, buf).map(FieldValue::Text),
                    ReadAs::Date => date_value(
                        bf,
                        cells,
                        buf,
                        self.profile.as_mut(),
                        cx.row,
                        self.reference,
                    )
                    .map(FieldValue::Date),
                    ReadAs::Coded => {
                        coded(bf, cells, buf, self.profile.as_mut()).map(FieldValue::Coded)
                    }
                    ReadAs::List => {
                        list(bf, cells, buf, self.profile.as_mut()).map(FieldValue::List)
                    }
                    ReadAs::Needs => {
                        needs(bf, cells, buf, self.profile.as_mut()).map(FieldValue::Codes)
                    }
                };
                match value {
                    Err(col) => {
                        bad = Some((RejectReason::UnreadableCell, Some(col)));
                        break;
                    }
                    Ok(v) => {
                        if let Some(reason) = R::reject_value(*id, &v) {
                            bad = Some((reason, single_col(bf)));
                            break;
                        }
                        rec.set(*id, v);
                    }
                }
            }
            if bad.is_none() {
                if let Some((reason, field)) = rec.reject_record() {
                    let col = r
                        .fields
                        .iter()
                        .find(|(id, _)| *id == field)
                        .and_then(|(_, bf)| single_col(bf));
                    bad = Some((reason, col));
                }
            }
            if bad.is_none()
                && !self
                    .seen
                    .entry(R::KIND)
                    .or_default()
                    .insert(rec.key().to_string())
            {
                bad = Some((RejectReason::DuplicateKey, single_col(&r.key)));
            }
            if let Some((reason, col)) = bad {
                let key = Some(rec.key().to_string());
                push_reject(
                    &mut self.out,
                    self.src,
                    &self.names,
                    key,
                    cx.row,
                    reason,
                    col,
                );
                continue;
            }
            R::in_extract(&mut self.out).push(rec);
            staged = true;
        }
        staged
    }
}

/// A record's key, or `None` after rejecting the record (empty key or an
/// unreadable cell).
fn key_or_reject<F>(
    r: &BRec<F>,
    cx: &RecCtx,
    buf: &mut String,
    out: &mut SourceExtract,
    names: &[String],
) -> Option<String> {
    let src = out.source;
    let (reason, col) = match text(&r.key, cx.cells, buf) {
        Ok(Some(k)) => return Some(k),
        Ok(None) => (RejectReason::MissingKey, single_col(&r.key)),
        Err(col) => (RejectReason::UnreadableCell, Some(col)),
    };
    push_reject(out, src, names, None, cx.row, reason, col);
    None
}

impl StageRecord for Involvement {
    type Field = InvolvementField;
    const OPTIONAL: bool = false;
    fn lists<'s, 'a>(b: &'s BoundRecords<'a>) -> &'s Lists<'a, Self::Field> {
        &b.involvements
    }
    fn linking(f: InvolvementField) -> bool {
        matches!(f, InvolvementField::Person | InvolvementField::Family)
    }
    fn read_as(f: InvolvementField) -> ReadAs {
        ReadAs::of(f.kind())
    }
    fn start(cx: &RecCtx, key: String) -> Self {
        Involvement {
            source: cx.source,
            key,
            position: cx.row.clone(),
            person_key: cx.person_key.map(str::to_string),
            family_key: cx.family_key.map(str::to_string),
            service: cx.service.to_string(),
            row_hash: cx.row_hash.to_string(),
            ..Involvement::default()
        }
    }
    fn set(&mut self, f: InvolvementField, v: FieldValue) {
        use InvolvementField as F;
        match (f, v) {
            (F::Start, FieldValue::Date(d)) => self.start = d,
            (F::End, FieldValue::Date(d)) => self.end = d,
            (F::Status, FieldValue::Coded(c)) => self.status = c,
            (F::Reason, FieldValue::Coded(c)) => self.reason = c,
            (F::EndReason, FieldValue::Coded(c)) => self.end_reason = c,
            (F::Outcomes, FieldValue::List(l)) => self.outcomes = l,
            (F::Person, FieldValue::Text(t)) => self.person_key = t,
            (F::Family, FieldValue::Text(t)) => self.family_key = t,
            (F::Worker, FieldValue::Text(t)) => self.worker = t,
            (F::Team, FieldValue::Text(t)) => self.team = t,
            // A blank service cell keeps the source's service.
            (F::Service, FieldValue::Text(Some(s))) => self.service = s,
            _ => {}
        }
    }
}

impl StageRecord for Referral {
    type Field = ReferralField;
    const OPTIONAL: bool = false;
    fn lists<'s, 'a>(b: &'s BoundRecords<'a>) -> &'s Lists<'a, Self::Field> {
        &b.referrals
    }
    fn linking(f: ReferralField) -> bool {
        matches!(f, ReferralField::Person | ReferralField::Family)
    }
    fn read_as(f: ReferralField) -> ReadAs {
        ReadAs::of(f.kind())
    }
    fn start(cx: &RecCtx, key: String) -> Self {
        Referral {
            source: cx.source,
            key,
            position: cx.row.clone(),
            person_key: cx.person_key.map(str::to_string),
            family_key: cx.family_key.map(str::to_string),
            row_hash: cx.row_hash.to_string(),
            ..Referral::default()
        }
    }
    fn set(&mut self, f: ReferralField, v: FieldValue) {
        use ReferralField as F;
        match (f, v) {
            (F::Date, FieldValue::Date(d)) => self.date = d,
            (F::Person, FieldValue::Text(t)) => self.person_key = t,
            (F::Family, FieldValue::Text(t)) => self.family_key = t,
            (F::ReferralSource, FieldValue::Coded(c)) => self.referral_source = c,
            (F::Reason, FieldValue::Coded(c)) => self.reason = c,
            (F::Outcome, FieldValue::Coded(c)) => self.outcome = c,
            _ => {}
        }
    }
}

impl StageRecord for Assessment {
    type Field = AssessmentField;
    const OPTIONAL: bool = true;
    fn lists<'s, 'a>(b: &'s BoundRecords<'a>) -> &'s Lists<'a, Self::Field> {
        &b.assessments
    }
    fn linking(f: AssessmentField) -> bool {
        matches!(f, AssessmentField::Person | AssessmentField::Family)
    }
    fn read_as(f: AssessmentField) -> ReadAs {
        match f {
            AssessmentField::Needs => ReadAs::Needs,
            _ => ReadAs::of(f.kind()),
        }
    }
    fn start(cx: &RecCtx, key: String) -> Self {
        Assessment {
            source: cx.source,
            key,
            position: cx.row.clone(),
            person_key: cx.person_key.map(str::to_string),
            family_key: cx.family_key.map(str::to_string),
            row_hash: cx.row_hash.to_string(),
            ..Assessment::default()
        }
    }
    fn set(&mut self, f: AssessmentField, v: FieldValue) {
        use AssessmentField as F;
        match (f, v) {
            (F::Started, FieldValue::Date(d)) => self.started = d,
            (F::Completed, FieldValue::Date(d)) => self.completed = d,
            (F::Type, FieldValue::Coded(c)) => self.assessment_type = c,
            (F::Status, FieldValue::Coded(c)) => self.status = c,
            (F::Needs, FieldValue::Codes(n)) => self.needs.extend(n),
            (F::Person, FieldValue::Text(t)) => self.person_key = t,
            (F::Family, FieldValue::Text(t)) => self.family_key = t,
            (F::Author, FieldValue::Text(t)) => self.author = t,
            (F::Organisation, FieldValue::Text(t)) => self.organisation = t,
            _ => {}
        }
    }
}

impl StageRecord for Consent {
    type Field = ConsentField;
    const OPTIONAL: bool = true;
    fn lists<'s, 'a>(b: &'s BoundRecords<'a>) -> &'s Lists<'a, Self::Field> {
        &b.consents
    }
    fn linking(f: ConsentField) -> bool {
        matches!(f, ConsentField::Person | ConsentField::Family)
    }
    fn read_as(f: ConsentField) -> ReadAs {
        ReadAs::of(f.kind())
    }
    fn start(cx: &RecCtx, key: String) -> Self {
        Consent {
            source: cx.source,
            key,
            position: cx.row.clone(),
            person_key: cx.person_key.map(str::to_string),
            family_key: cx.family_key.map(str::to_string),
            row_hash: cx.row_hash.to_string(),
            ..Consent::default()
        }
    }
    fn set(&mut self, f: ConsentField, v: FieldValue) {
        use ConsentField as F;
        match (f, v) {
            (F::Given, FieldValue::Date(d)) => self.given = d,
            (F::Withdrawn, FieldValue::Date(d)) => self.withdrawn = d,
            (F::Scope, FieldValue::Coded(c)) => self.scope = c,
            (F::Person, FieldValue::Text(t)) => self.person_key = t,
            (F::Family, FieldValue::Text(t)) => self.family_key = t,
            (F::GivenBy, FieldValue::Text(t)) => self.given_by = t,
            _ => {}
        }
    }
    /// A given or withdrawn date that held something but no date: when
    /// consent held cannot be known.
    fn reject_value(_f: ConsentField, v: &FieldValue) -> Option<RejectReason> {
        match v {
            FieldValue::Date(Some(d)) if unparsed(d) => Some(RejectReason::UnparseableDate),
            _ => None,
        }
    }
    /// Withdrawn before given, both dates known to the day: a data entry
    /// error that would make the consent's period negative.
    fn reject_record(&self) -> Option<(RejectReason, ConsentField)> {
        let day = |d: &Option<DateValue>| d.as_ref()?.date?.to_naive();
        matches!((day(&self.given), day(&self.withdrawn)), (Some(g), Some(w)) if w < g)
            .then_some((RejectReason::WithdrawnBeforeGiven, ConsentField::Withdrawn))
    }
}
