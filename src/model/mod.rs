//! The canonical records every source maps into, and the small value types
//! they carry. This file is the contract between the stages: extract fills
//! `Staged*` records from source rows, standardise turns a `StagedPerson` into
//! a `Person`, link and family read `Person`s, load and report read the rest.
//!
//! Every record carries where it came from (`RecordRef`: source, key and
//! position) so that any value can be traced back to the cell it was read from.

pub mod decision;
pub mod family;
pub mod integrity;
mod record;
mod review_field;
mod staged;
pub mod staging;

pub use record::{Attached, AttachedRef, Attachment, Record};
pub use review_field::ReviewField;
use serde::{Deserialize, Serialize};
pub use staged::{StagedExtra, StagedPerson};
use std::fmt;

/// Index of a source in the project's source list (order of `project.toml`).
pub type SourceIdx = u16;

/// Where a row sits in its source, for error messages and rejects.
/// `row` is 1-based and counts the way a person looking at the source would:
/// the spreadsheet row number, the CSV line number of the record's first line,
/// or the ordinal of the row in a table or query result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub struct Position {
    /// Sheet name for spreadsheets; table name or empty for databases and CSV.
    pub sheet: String,
    pub row: u64,
    /// Repeated-column slot (1-based) when one row holds several persons.
    pub slot: Option<u16>,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.sheet.is_empty() {
            write!(f, "{}!", self.sheet)?;
        }
        write!(f, "row {}", self.row)?;
        if let Some(slot) = self.slot {
            write!(f, " slot {slot}")?;
        }
        Ok(())
    }
}

/// A source record: which source, its stable key there, and its position.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RecordRef {
    pub source: SourceIdx,
    pub key: String,
    pub position: Position,
}

/// Role of a person in the source's family or case grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Child,
    Parent,
    Carer,
    OtherAdult,
    Unknown,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Child => "child",
            Role::Parent => "parent",
            Role::Carer => "carer",
            Role::OtherAdult => "other_adult",
            Role::Unknown => "unknown",
        }
    }

    /// Parse the canonical spelling (as written in mapping files).
    pub fn parse(s: &str) -> Option<Role> {
        match s.trim().to_ascii_lowercase().as_str() {
            "child" => Some(Role::Child),
            "parent" => Some(Role::Parent),
            "carer" => Some(Role::Carer),
            "other_adult" | "other adult" | "adult" => Some(Role::OtherAdult),
            "unknown" => Some(Role::Unknown),
            _ => None,
        }
    }

    pub fn is_adult(self) -> bool {
        matches!(self, Role::Parent | Role::Carer | Role::OtherAdult)
    }
}

/// A date that may be known only to the year or the month, as legacy systems
/// often hold ("2015", "04/2015").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn full(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    pub fn is_full(&self) -> bool {
        self.month.is_some() && self.day.is_some()
    }

    pub fn to_naive(&self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(self.year, self.month? as u32, self.day? as u32)
    }
}

impl fmt::Display for PartialDate {
    /// ISO 8601 with reduced precision: `2015`, `2015-04`, `2015-04-03`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// A date cell as the source held it, before parsing: databases and
/// spreadsheets may hand over a typed date, spreadsheets an Excel serial,
/// everything else text.
#[derive(Clone, Debug, PartialEq)]
pub enum DateCell {
    Text(String),
    Date(chrono::NaiveDate),
    /// Excel's day count (1900 date system, with its 1900 leap-year bug).
    Serial(f64),
}

/// Field-level quality flag: the row stays, the value is not used for linking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum DateFlag {
    /// Did not match any declared format.
    Unparsed,
    /// Matched a format but names a day that does not exist (31/02).
    Impossible,
    /// A date of birth after the run's reference date.
    Future,
    /// Implausibly old (before 1900).
    TooOld,
}

/// A parsed date with the raw text kept beside it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateValue {
    pub raw: String,
    pub date: Option<PartialDate>,
    pub flag: Option<DateFlag>,
}

/// Validation outcome of an identifier (NHS number, UPN, NINO, postcode).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum IdStatus {
    /// Passes every check (format and check digit/letter).
    Valid,
    /// Well formed, but a placeholder (all one digit, pseudo-prefix NINO).
    Placeholder,
    /// Present but fails its format or check.
    Invalid,
}

/// An identifier with its raw value, normalised form and status.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Ident {
    pub raw: String,
    /// Normalised form (spaces and dashes removed, upper-cased); present even
    /// when invalid so reports can show what was held.
    pub value: String,
    pub status: IdStatus,
}

impl Ident {
    /// The value, only when it passed every check: what linking may trust.
    pub fn valid(&self) -> Option<&str> {
        (self.status == IdStatus::Valid).then_some(self.value.as_str())
    }
}

/// The kind of a postcode once recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum PostcodeKind {
    /// A geographic postcode that passes the Royal Mail letter rules.
    Standard,
    /// NHS pseudo-postcode ZZ99 3VZ: no fixed abode.
    NoFixedAbode,
    /// NHS pseudo-postcode ZZ99 3WZ: address not known.
    NotKnown,
    /// NHS pseudo-postcode ZZ99 nXZ (and similar): a country outside the UK.
    Country,
    /// British Forces Post Office.
    Bfpo,
    /// Present but not a postcode.
    Invalid,
}

/// A postcode in one form (`LN1 2AB`) with the parts used for blocking and
/// comparison.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Postcode {
    pub raw: String,
    /// Normalised: upper case, single space before the inward code.
    pub value: String,
    pub kind: PostcodeKind,
}

/// The parts are read from `value` rather than kept beside it: three more
/// strings on every record of a million-record estate, read once when
/// linking builds its columns.
impl Postcode {
    /// The outward code (`LN1`); empty unless Standard.
    pub fn outward(&self) -> &str {
        match self.kind {
            PostcodeKind::Standard => self.value.split_once(' ').map_or("", |(o, _)| o),
            _ => "",
        }
    }

    /// The sector (`LN1 2`): the outward code and the inward code's digit;
    /// empty unless Standard.
    pub fn sector(&self) -> &str {
        match self.kind {
            PostcodeKind::Standard => self.value.get(..self.value.len().saturating_sub(2)),
            _ => None,
        }
        .unwrap_or("")
    }

    /// The area (`LN`): the outward code's leading letters; empty unless
    /// Standard.
    pub fn area(&self) -> &str {
        let o = self.outward();
        let letters = o.bytes().take_while(u8::is_ascii_alphabetic).count();
        &o[..letters]
    }
}

/// Sex, in the 2024-25 CIN census codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Sex {
    F,
    M,
    U,
}

/// A coded value: the source's raw value and the canonical code it maps to
/// (None when the mapping has no translation for it: kept raw, reported).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Coded {
    pub raw: String,
    pub code: Option<String>,
}

/// How a single-column full name is written in a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NameOrder {
    /// `John Smith`, `Mr J Smith`.
    #[default]
    ForenamesSurname,
    /// `SMITH, John` (a comma separates; without one, the first word is the surname).
    SurnameForenames,
}

/// Which name a one-word full name is, as the mapping declares: sources
/// differ (a mononym kept as the surname, a child's forename alone).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SingleName {
    /// `Smith` alone is a surname (most systems key on the surname).
    #[default]
    Family,
    /// `Aarav` alone is a forename.
    Given,
}

/// A standardised person name. Boxed strings, not `String`s: no spare
/// capacity, and 16 bytes a field rather than 24 on every record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Name {
    pub title: Option<Box<str>>,
    /// First forename, normalised (lower case, accents folded).
    pub given: Option<Box<str>>,
    /// Further forenames, space separated.
    pub middle: Option<Box<str>>,
    /// Surname, normalised, whole (`smith-jones`).
    pub family: Option<Box<str>>,
    /// Previous or other names as recorded.
    pub other: Option<Box<str>>,
    /// A previous surname (`Smith (née Jones)` → `jones`), normalised:
    /// linking lets a surname agree with it.
    pub previous_family: Option<Box<str>>,
    /// A preferred forename (`Robert (Bob)`, a "known as" column),
    /// normalised: linking lets a given name agree with it.
    pub known_as: Option<Box<str>>,
}

/// A standardised person: what linking compares.
#[derive(Clone, Debug)]
pub struct Person {
    pub staged: StagedPerson,
    pub name: Name,
    pub dob: Option<PartialDate>,
    pub sex: Option<Sex>,
    /// Boxed: most records hold neither, and each held inline would be 56
    /// bytes on every record.
    pub nhs_number: Option<Box<Ident>>,
    pub upn: Option<Box<Ident>>,
    pub postcode: Option<Postcode>,
    /// What most records do not hold, one box (`None` when none is held):
    /// read with `extra()`.
    pub extra: Option<Box<PersonExtra>>,
}

/// What a standardised person seldom holds (see `Person::extra`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PersonExtra {
    pub ethnicity: Option<Box<str>>,
    pub nino: Option<Box<Ident>>,
    pub phone: Option<Box<str>>,
    pub email: Option<Box<str>>,
}

/// The extra of a person that holds none.
static NO_PERSON_EXTRA: PersonExtra = PersonExtra {
    ethnicity: None,
    nino: None,
    phone: None,
    email: None,
};

impl PersonExtra {
    /// Boxed when any is held, else `None`.
    pub fn boxed(self) -> Option<Box<PersonExtra>> {
        (self != NO_PERSON_EXTRA).then(|| Box::new(self))
    }
}

impl Person {
    /// The seldom held fields (all empty when none is held).
    pub fn extra(&self) -> &PersonExtra {
        self.extra.as_deref().unwrap_or(&NO_PERSON_EXTRA)
    }
    pub fn source(&self) -> SourceIdx {
        self.staged.source
    }
    pub fn key(&self) -> &str {
        &self.staged.key
    }
    pub fn role(&self) -> Role {
        self.staged.role.unwrap_or(Role::Unknown)
    }
}

/// A service's episode with a person or family.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Involvement {
    pub source: SourceIdx,
    pub key: String,
    pub position: Position,
    /// The person key (in the same source) this involvement is about, if any.
    pub person_key: Option<String>,
    /// The source family grouping it belongs to, if any.
    pub family_key: Option<String>,
    pub service: String,
    pub start: Option<DateValue>,
    pub end: Option<DateValue>,
    pub status: Option<Coded>,
    pub worker: Option<String>,
    pub team: Option<String>,
    pub reason: Option<Coded>,
    pub end_reason: Option<Coded>,
    /// Supporting Families headline outcomes the work is aimed at.
    pub outcomes: Vec<String>,
    pub row_hash: String,
}

impl Involvement {
    /// Open when it has no end date, or its status says so.
    pub fn is_open(&self) -> bool {
        match self.status.as_ref().and_then(|s| s.code.as_deref()) {
            Some("open") => true,
            Some("closed") => false,
            _ => self.end.as_ref().and_then(|e| e.date).is_none(),
        }
    }
}

/// An inbound request for support.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Referral {
    pub source: SourceIdx,
    pub key: String,
    pub position: Position,
    pub person_key: Option<String>,
    pub family_key: Option<String>,
    pub date: Option<DateValue>,
    /// CIN referral source code (1A … 10) with the source's raw value.
    pub referral_source: Option<Coded>,
    pub reason: Option<Coded>,
    pub outcome: Option<Coded>,
    pub row_hash: String,
}

/// An Early Help Assessment (EHA): usually of the whole family. Its summary
/// and notes are not carried: free text may hold personal data.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Assessment {
    pub source: SourceIdx,
    pub key: String,
    pub position: Position,
    pub person_key: Option<String>,
    pub family_key: Option<String>,
    /// EHA, CAF, EHAT … as the source calls it, with a code when mapped.
    pub assessment_type: Option<Coded>,
    pub started: Option<DateValue>,
    pub completed: Option<DateValue>,
    pub status: Option<Coded>,
    pub author: Option<String>,
    pub organisation: Option<String>,
    /// Assessment factors (3A, 4B …), one per need, each with its raw value;
    /// `code` is `None` when the raw value maps to no factor.
    pub needs: Vec<Coded>,
    pub row_hash: String,
}

/// Consent to assessment or to sharing information, for one person or family.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Consent {
    pub source: SourceIdx,
    pub key: String,
    pub position: Position,
    pub person_key: Option<String>,
    pub family_key: Option<String>,
    /// Who gave it: a person key in the same source, or a role.
    pub given_by: Option<String>,
    /// assessment / information_sharing / both (`CONSENT_SCOPES`).
    pub scope: Option<Coded>,
    pub given: Option<DateValue>,
    pub withdrawn: Option<DateValue>,
    pub row_hash: String,
}

impl Consent {
    /// Withdrawn: a withdrawal date is recorded.
    pub fn is_withdrawn(&self) -> bool {
        self.withdrawn.is_some()
    }
}

/// A row that could not be staged, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reject {
    pub source: SourceIdx,
    /// The row's key when one could be read.
    pub key: Option<String>,
    pub position: Position,
    pub reason: RejectReason,
    /// Which column, when the reason is about one.
    pub column: Option<String>,
}

/// Why a row was rejected. A closed list, so reports can count by reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    /// The key template produced an empty key.
    MissingKey,
    /// A second row with a key already seen in this source.
    DuplicateKey,
    /// No name, no date of birth and no identifier: nothing to link on.
    NoIdentifyingData,
    /// A cell could not be read as text (wrong type, bad encoding).
    UnreadableCell,
    /// A row with fewer or more fields than the header (CSV).
    MalformedRow,
    /// A consent's given or withdrawn date matches no declared format or
    /// names no real day: when consent held cannot be known.
    UnparseableDate,
    /// A consent withdrawn before it was given.
    WithdrawnBeforeGiven,
    /// A cell above the configured size limit: rejected unread.
    CellTooLarge,
    /// A row above the configured size limit: rejected unread.
    RowTooLarge,
}

impl RejectReason {
    pub fn as_str(self) -> &'static str {
        match self {
            RejectReason::MissingKey => "missing_key",
            RejectReason::DuplicateKey => "duplicate_key",
            RejectReason::NoIdentifyingData => "no_identifying_data",
            RejectReason::UnreadableCell => "unreadable_cell",
            RejectReason::MalformedRow => "malformed_row",
            RejectReason::UnparseableDate => "unparseable_date",
            RejectReason::WithdrawnBeforeGiven => "withdrawn_before_given",
            RejectReason::CellTooLarge => "cell_too_large",
            RejectReason::RowTooLarge => "row_too_large",
        }
    }
}

/// Why a row produced no record and is not a reject: it never held a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// Every mapped cell empty.
    BlankRow,
    /// A totals / summary row at the foot of a tracker.
    TotalsRow,
    /// A source mapping only assessments or consents, and this row holds
    /// none (their own cells are blank).
    NoRecord,
}

impl SkipReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::BlankRow => "blank_row",
            SkipReason::TotalsRow => "totals_row",
            SkipReason::NoRecord => "no_record",
        }
    }
}

/// Everything one source yielded, with the counts reconciliation needs.
/// Serde both ways: the staging store keeps it between runs.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SourceExtract {
    pub source: SourceIdx,
    /// Data rows read (after the header; every row counts, blank or not).
    pub rows_read: u64,
    /// Rows that produced at least one record.
    pub rows_staged: u64,
    /// Rows that produced no record because of a reject (a row whose every
    /// repeated-column slot was rejected counts here once).
    pub rows_rejected: u64,
    pub skipped: Vec<(Position, SkipReason)>,
    pub rejects: Vec<Reject>,
    pub persons: Vec<StagedPerson>,
    pub involvements: Vec<Involvement>,
    pub referrals: Vec<Referral>,
    pub assessments: Vec<Assessment>,
    pub consents: Vec<Consent>,
    /// Physical records of what was read, counted by a pass independent
    /// of the parser (a dump table's tuples); `None` when the source kind
    /// has no such count or a query's rows are not physical records.
    pub physical_rows: Option<u64>,
    /// Every part of the source (a dump's tables): mapped, ignored on
    /// purpose or unread, with its independently counted records.
    pub coverage: Vec<Coverage>,
    /// Involvements, referrals, assessments and consents not created
    /// because their row failed the mapping's `when` test.
    pub when_false: u64,
    /// What the extract found about the source's shape (see
    /// `extract::count`): where counts part, header, columns, sheets, dates.
    pub integrity: integrity::Integrity,
}

/// One part of a source (a dump's table) and whether the mapping reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    pub part: String,
    pub status: CoverageStatus,
    pub physical_rows: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoverageStatus {
    Mapped,
    /// Named in the mapping's `ignore`.
    Ignored,
    /// Neither: a `check` problem.
    Unread,
}

impl CoverageStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CoverageStatus::Mapped => "mapped",
            CoverageStatus::Ignored => "ignored",
            CoverageStatus::Unread => "unread",
        }
    }
}

impl SourceExtract {
    /// Every row is accounted for: rows_read = rows_staged + skipped + rejected.
    pub fn balanced(&self) -> bool {
        self.rows_read == self.rows_staged + self.skipped.len() as u64 + self.rows_rejected
    }

    /// Records staged, of every kind.
    pub fn records(&self) -> u64 {
        (self.persons.len()
            + self.involvements.len()
            + self.referrals.len()
            + self.assessments.len()
            + self.consents.len()) as u64
    }
}

// ---------------------------------------------------------------------------
// The unified records: what link and family produce and load writes.
// ---------------------------------------------------------------------------

/// One source the run read, as reports and the target name it.
#[derive(Clone, Debug, Serialize)]
pub struct SourceInfo {
    pub name: String,
    pub service: String,
    pub kind: String,
}

/// A unified person: one cluster of source person records.
#[derive(Clone, Debug, Serialize)]
pub struct UnifiedPerson {
    /// Stable ID (`P` + 16 hex digits), derived from the cluster's members.
    pub id: String,
    /// Indexes into `Unified::records`, sorted.
    pub records: Vec<u32>,
    /// The best value of each field across the cluster (most frequent valid
    /// value; ties to the value from the earliest source in project order).
    pub given_name: Option<String>,
    pub middle_names: Option<String>,
    pub family_name: Option<String>,
    pub dob: Option<PartialDate>,
    pub sex: Option<Sex>,
    pub ethnicity: Option<String>,
    pub nhs_number: Option<String>,
    pub upn: Option<String>,
    pub postcode: Option<String>,
    /// Child when any member record says child, else the most frequent role.
    pub role: Role,
}

impl UnifiedPerson {
    /// A person known by ID, role and records only, with no best values:
    /// what family forming reads, for tests and benchmarks of it.
    pub fn bare(id: String, role: Role, records: Vec<u32>) -> Self {
        UnifiedPerson {
            id,
            records,
            given_name: None,
            middle_names: None,
            family_name: None,
            dob: None,
            sex: None,
            ethnicity: None,
            nhs_number: None,
            upn: None,
            postcode: None,
            role,
        }
    }
}

/// A unified family: the children and the adults who parent them.
#[derive(Clone, Debug, Serialize)]
pub struct UnifiedFamily {
    /// Stable ID (`F` + 16 hex digits), derived from its members.
    pub id: String,
    /// Indexes into `Unified::persons` with the person's role in this family.
    pub members: Vec<(u32, Role)>,
    /// Source groupings (source, family key) that formed it.
    pub groupings: Vec<(SourceIdx, String)>,
    /// Indexes into `Unified::involvements` of the family's involvements.
    pub involvements: Vec<u32>,
    /// The lead worker (name, service) chosen by the lead-worker rules.
    pub lead_worker: Option<(String, String)>,
    /// Workers of open involvements that disagree with the lead: listed for a manager.
    pub lead_conflict: bool,
}

/// A link between two families that share an adult (a parent's new partnership).
#[derive(Clone, Debug, Serialize)]
pub struct FamilyLink {
    pub family_a: u32,
    pub family_b: u32,
    /// The shared person (index into `Unified::persons`).
    pub via_person: u32,
}

/// The whole result of extract → standardise → link: what load writes and
/// report describes.
#[derive(Debug, Default)]
pub struct Unified {
    pub sources: Vec<SourceInfo>,
    /// Every staged, standardised person record, in source then row order.
    pub records: Vec<Person>,
    /// For each record, its unified person (index into `persons`).
    pub record_person: Vec<u32>,
    /// For each record, its unified family (index into `families`), if it
    /// belongs to one (every record with a person does).
    pub record_family: Vec<Option<u32>>,
    pub persons: Vec<UnifiedPerson>,
    pub families: Vec<UnifiedFamily>,
    pub family_links: Vec<FamilyLink>,
    /// How the families were formed: groupings, joins by rule, conflicts.
    pub family_formation: family::Formation,
    pub involvements: Vec<Involvement>,
    /// For each involvement, its unified family (when resolvable) and person.
    pub involvement_family: Vec<Option<u32>>,
    pub involvement_person: Vec<Option<u32>>,
    pub referrals: Vec<Referral>,
    pub referral_family: Vec<Option<u32>>,
    pub referral_person: Vec<Option<u32>>,
    pub assessments: Vec<Assessment>,
    pub assessment_family: Vec<Option<u32>>,
    pub assessment_person: Vec<Option<u32>>,
    pub consents: Vec<Consent>,
    pub consent_family: Vec<Option<u32>>,
    pub consent_person: Vec<Option<u32>>,
    /// For each consent, the unified person who gave it, when `given_by`
    /// names a person key of the same source.
    pub consent_given_by: Vec<Option<u32>>,
    /// Reviewers' decisions as the decisions file holds them: loaded into
    /// `review_decision`.
    pub decisions: Vec<decision::Decision>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run holds a `Person` (with its `StagedPerson`) for every record
    /// through linking: at a million records each byte here is a megabyte.
    /// These are the sizes on a 64-bit target after boxing the rarely held
    /// values, each record's seldom held fields in one box (issue #20:
    /// 568 and 824 bytes before); a field added inline shows up here first.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn records_stay_small() {
        assert!(std::mem::size_of::<StagedPerson>() <= 352);
        assert!(std::mem::size_of::<Person>() <= 560);
    }

    #[test]
    fn postcode_parts_are_read_from_the_value() {
        let pc = |value: &str, kind| Postcode {
            raw: value.into(),
            value: value.into(),
            kind,
        };
        fn parts(p: &Postcode) -> (&str, &str, &str) {
            (p.outward(), p.sector(), p.area())
        }
        let standard = pc("EC1A 1BB", PostcodeKind::Standard);
        assert_eq!(parts(&standard), ("EC1A", "EC1A 1", "EC"));
        let short = pc("M1 1AE", PostcodeKind::Standard);
        assert_eq!(parts(&short), ("M1", "M1 1", "M"));
        // Only a standard postcode has parts.
        let nfa = pc("ZZ99 3VZ", PostcodeKind::NoFixedAbode);
        assert_eq!(parts(&nfa), ("", "", ""));
        let odd = pc("X", PostcodeKind::Standard);
        assert_eq!(parts(&odd), ("", "", ""));
    }
}
