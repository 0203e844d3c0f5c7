//! Project and mapping files: `load_project` reads `project.toml` and every
//! mapping file it names into plain serde data (`raw`), then resolves them
//! into the checked, typed `Project` the pipeline runs on (`resolve`), the
//! way ripgrep turns low-level arguments into high-level ones. Every problem
//! in every file is collected and returned together, each with its file and
//! line. `extract::check` goes further and opens every source to validate
//! the mappings against the live data and profile the mapped columns.
//!
//! The file format is documented field by field in `mappings/README.md`;
//! that page and this module must agree.

pub mod gates;
pub(crate) mod raw;
mod resolve;
pub mod template;
mod when;

pub use resolve::{ASSESSMENT_FACTORS, CONSENT_SCOPES};
pub use template::{
    fold_path, glob_match, is_pattern, letters, ColName, Part, Template, FILE_COLUMN, SHEET_COLUMN,
};
pub use when::{When, WhenTest};

use crate::model::{NameOrder, SingleName};
use crate::standardise::date::DateFormat;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// A loaded, checked project.
#[derive(Debug)]
pub struct Project {
    /// The project file.
    pub file: PathBuf,
    pub name: String,
    /// Dates of birth after this day are future dates (default: today).
    pub reference_date: chrono::NaiveDate,
    /// Target URL after `${ENV}` interpolation; a relative `sqlite://` path is
    /// made relative to the project file. Secret: print only via `error::redact`.
    pub target_url: Option<String>,
    pub link_file: Option<PathBuf>,
    pub sources: Vec<SourceMapping>,
    /// Reviewers' decisions (`[review] decisions`, default `decisions.csv`
    /// beside the project file); a missing file holds no decisions.
    pub decisions_file: PathBuf,
    /// The record fields the clerical review sheet shows (`[review] fields`).
    pub review_fields: Vec<crate::model::ReviewField>,
    /// Per-source gates (`[gates]`) and size limits (`[limits]`).
    pub gates: gates::ProjectGates,
    pub limits: Limits,
}

impl Project {
    /// sha256 (hex) over the project file's bytes, then every mapping
    /// file's bytes in project order, then the decisions file's: a run records which configuration
    /// produced it.
    pub fn config_hash(&self) -> String {
        let mut h = Sha256::new();
        // Reviewers' decisions change what links, so they are configuration.
        // So are the link settings: a project's own file, or the built-in
        // ones (which change with the code version).
        let files = std::iter::once(&self.file)
            .chain(self.sources.iter().map(|s| &s.file))
            .chain(std::iter::once(&self.decisions_file))
            .chain(self.link_file.as_ref());
        for path in files {
            // A file that vanished since load hashes as empty, with its path,
            // so the hash still changes.
            let bytes = std::fs::read(path).unwrap_or_default();
            h.update((bytes.len() as u64).to_le_bytes());
            h.update(&bytes);
        }
        if self.link_file.is_none() {
            // The same file `link::settings::DEFAULT` embeds, named by path
            // so that mapping stays below link in the layers.
            h.update(include_bytes!("../link/default_link.toml"));
        }
        hex::encode(h.finalize())
    }

    /// The index of a source by name.
    pub fn source_index(&self, name: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.name == name)
    }
}

/// Read `project.toml` and every mapping file, returning what could be
/// read and every problem found (`check` reports them all, with profiles).
pub fn load_collecting(path: &Path) -> (Option<Project>, Vec<crate::Error>) {
    resolve::load(path)
}

/// Read `project.toml` and every mapping file; all problems together as
/// `Error::ConfigMany`.
pub fn load_project(path: &Path) -> crate::Result<Project> {
    let (project, mut problems) = resolve::load(path);
    match (project, problems.len()) {
        (Some(p), 0) => Ok(p),
        (_, 1) => Err(problems.pop().expect("one problem")),
        (_, 0) => Err(crate::Error::config(
            path,
            None,
            "the project could not be read",
        )),
        _ => Err(crate::Error::ConfigMany(problems)),
    }
}

/// The closed set of source kinds; `extract` matches on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    Sqlite,
    Mysql,
    Postgres,
    SqlServer,
    Csv,
    Xlsx,
    Xlsm,
    Xlsb,
    Xls,
    Ods,
    /// A dump file (mysqldump, plain pg_dump, a T-SQL script), read without a server.
    Dump,
}

impl SourceKind {
    pub const ALL: [SourceKind; 11] = [
        SourceKind::Sqlite,
        SourceKind::Mysql,
        SourceKind::Postgres,
        SourceKind::SqlServer,
        SourceKind::Csv,
        SourceKind::Xlsx,
        SourceKind::Xlsm,
        SourceKind::Xlsb,
        SourceKind::Xls,
        SourceKind::Ods,
        SourceKind::Dump,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Sqlite => "sqlite",
            SourceKind::Mysql => "mysql",
            SourceKind::Postgres => "postgres",
            SourceKind::SqlServer => "sqlserver",
            SourceKind::Csv => "csv",
            SourceKind::Xlsx => "xlsx",
            SourceKind::Xlsm => "xlsm",
            SourceKind::Xlsb => "xlsb",
            SourceKind::Xls => "xls",
            SourceKind::Ods => "ods",
            SourceKind::Dump => "dump",
        }
    }

    pub fn parse(s: &str) -> Option<SourceKind> {
        SourceKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim().to_ascii_lowercase())
    }

    pub fn is_spreadsheet(self) -> bool {
        matches!(
            self,
            SourceKind::Xlsx
                | SourceKind::Xlsm
                | SourceKind::Xlsb
                | SourceKind::Xls
                | SourceKind::Ods
        )
    }

    pub fn is_server(self) -> bool {
        matches!(
            self,
            SourceKind::Mysql | SourceKind::Postgres | SourceKind::SqlServer
        )
    }

    pub fn is_database(self) -> bool {
        self.is_server() || matches!(self, SourceKind::Sqlite | SourceKind::Dump)
    }
}

impl fmt::Display for SourceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A connection string after `${ENV}` interpolation. Its `Debug` and
/// `Display` are redacted so that it cannot leak through a log by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: String) -> Secret {
        Secret(s)
    }
    /// The real string, for the driver only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({})", crate::error::redact(&self.0))
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::error::redact(&self.0))
    }
}

/// A database table or a read-only query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Relation {
    Table(String),
    Query(String),
}

impl Relation {
    /// What positions name: the table, or empty for a query.
    pub fn sheet_label(&self) -> &str {
        match self {
            Relation::Table(t) => t,
            Relation::Query(_) => "",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetSel {
    First,
    Name(String),
    Index(usize),
    /// `sheets = [...]` or `sheets = "20*"`: every sheet matching any entry
    /// (a name, or a pattern with `*` / `?`), in workbook order, read as one
    /// source.
    Many(Vec<String>),
}

/// A table of a server source that its fingerprint counts: rows and the
/// latest `modified` value, or rows and a server-side checksum without one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Watch {
    pub table: String,
    pub modified: Option<String>,
}

/// Where a source's rows are.
#[derive(Clone, Debug)]
pub enum Location {
    Sqlite {
        path: PathBuf,
        relation: Relation,
    },
    Server {
        url: Secret,
        relation: Relation,
        /// TLS unless explicitly turned off.
        tls: bool,
        /// The tables the source's fingerprint counts (`crate::extract::fingerprint`):
        /// its `table`, the `fingerprint` list, and its lookups' tables.
        /// Empty for a query that names none: no fingerprint, re-read every time.
        watch: Vec<Watch>,
    },
    Csv {
        path: PathBuf,
        encoding: &'static encoding_rs::Encoding,
        delimiter: u8,
    },
    Sheet {
        path: PathBuf,
        sheet: SheetSel,
    },
    Dump {
        path: PathBuf,
        /// `None`: told from the file's first lines.
        dialect: Option<DumpDialect>,
        relation: Relation,
        /// Tables left out on purpose (`ignore`), with their mapping lines.
        ignore: Vec<(String, Option<usize>)>,
    },
}

/// The SQL dialect a dump file is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DumpDialect {
    MySql,
    Postgres,
    SqlServer,
}

impl DumpDialect {
    pub const ALL: [DumpDialect; 3] = [
        DumpDialect::MySql,
        DumpDialect::Postgres,
        DumpDialect::SqlServer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DumpDialect::MySql => "mysql",
            DumpDialect::Postgres => "postgres",
            DumpDialect::SqlServer => "sqlserver",
        }
    }

    pub fn parse(s: &str) -> Option<DumpDialect> {
        let s = s.trim().to_ascii_lowercase();
        match s.as_str() {
            "mariadb" => Some(DumpDialect::MySql),
            "postgresql" => Some(DumpDialect::Postgres),
            "mssql" => Some(DumpDialect::SqlServer),
            _ => DumpDialect::ALL.into_iter().find(|d| d.as_str() == s),
        }
    }
}

impl Location {
    /// The file read, for file kinds.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Location::Sqlite { path, .. }
            | Location::Csv { path, .. }
            | Location::Sheet { path, .. }
            | Location::Dump { path, .. } => Some(path),
            Location::Server { .. } => None,
        }
    }
}

/// How totals rows are recognised (spreadsheets and CSV).
#[derive(Clone, Debug)]
pub struct Totals {
    /// The column to look at; `None`: the row's first non-empty cell.
    pub column: Option<ColName>,
    /// Lower-cased prefix.
    pub pattern: String,
}

/// Lines in the mapping file of the `[source]` keys, so `check` can point at
/// the key behind a source-level problem.
#[derive(Clone, Debug, Default)]
pub struct SourceLines {
    pub source: Option<usize>,
    pub path: Option<usize>,
    pub url: Option<usize>,
    pub relation: Option<usize>,
    pub sheet: Option<usize>,
    pub encoding: Option<usize>,
    pub header_row: Option<usize>,
}

/// One source's checked mapping.
#[derive(Clone, Debug)]
pub struct SourceMapping {
    pub name: String,
    pub service: String,
    pub kind: SourceKind,
    /// The mapping file.
    pub file: PathBuf,
    pub duplicate_free: bool,
    pub location: Location,
    /// 1-based header row (CSV, spreadsheets); `None`: detect it. With
    /// `header_rows` above 1, the bottom row of the header.
    pub header_row: Option<u32>,
    /// How many rows the header spans (1 unless `header_rows` says more):
    /// columns are then named by paths of headings (`"Member 3 / DOB"`).
    pub header_rows: u32,
    /// `[[lookup]]`: related tables whose rows a row takes fields from.
    pub lookups: Vec<Lookup>,
    pub totals: Totals,
    pub person: Option<PersonMapping>,
    pub involvements: Vec<RecordMapping<InvolvementField>>,
    pub referrals: Vec<RecordMapping<ReferralField>>,
    pub assessments: Vec<RecordMapping<AssessmentField>>,
    pub consents: Vec<RecordMapping<ConsentField>>,
    pub lines: SourceLines,
    /// Columns and sheets left unread on purpose (`ignore`, `ignore_sheets`).
    pub ignore: Vec<String>,
    pub ignore_sheets: Vec<String>,
}

impl SourceMapping {
    /// Every column the mapping names, once per slot for repeated columns
    /// (slot `None` for the others), with the mapping-file line naming it.
    pub fn columns(&self) -> Vec<(ColName, Option<u16>, Option<usize>)> {
        let slots: Vec<u16> = match self.person.as_ref().and_then(|p| p.repeat.as_ref()) {
            Some(r) => (1..=r.slots).collect(),
            None => Vec::new(),
        };
        let mut out: Vec<(ColName, Option<u16>, Option<usize>)> = Vec::new();
        let mut push = |c: &ColName, line: Option<usize>| {
            if c.slotted && !slots.is_empty() {
                for &n in &slots {
                    out.push((c.clone(), Some(n), line));
                }
            } else {
                out.push((c.clone(), None, line));
            }
        };
        for f in self.fields() {
            for c in f.columns() {
                push(c, f.line);
            }
        }
        for r in &self.assessments {
            for c in &r.when_any {
                push(c, r.line);
            }
        }
        for r in &self.consents {
            for c in &r.when_any {
                push(c, r.line);
            }
        }
        if let Some(r) = self.person.as_ref().and_then(|p| p.repeat.as_ref()) {
            for c in &r.when_any {
                push(c, r.line);
            }
        }
        let whens = self
            .involvements
            .iter()
            .filter_map(|r| r.when.as_ref())
            .chain(self.referrals.iter().filter_map(|r| r.when.as_ref()))
            .chain(self.assessments.iter().filter_map(|r| r.when.as_ref()))
            .chain(self.consents.iter().filter_map(|r| r.when.as_ref()));
        for w in whens {
            push(&w.column, w.line);
        }
        if let Some(c) = &self.totals.column {
            push(c, self.lines.source);
        }
        for l in &self.lookups {
            push(&l.on, l.line);
        }
        out
    }

    /// Every field of every record mapping.
    pub fn fields(&self) -> impl Iterator<Item = &FieldMapping> {
        let person = self.person.iter().flat_map(|p| {
            std::iter::once(&p.key)
                .chain(p.fields.iter().map(|(_, f)| f))
                .chain(p.identifiers.iter().map(|(_, f)| f))
        });
        let inv = self
            .involvements
            .iter()
            .flat_map(|r| std::iter::once(&r.key).chain(r.fields.iter().map(|(_, f)| f)));
        let refs = self
            .referrals
            .iter()
            .flat_map(|r| std::iter::once(&r.key).chain(r.fields.iter().map(|(_, f)| f)));
        let assessments = self
            .assessments
            .iter()
            .flat_map(|r| std::iter::once(&r.key).chain(r.fields.iter().map(|(_, f)| f)));
        let consents = self
            .consents
            .iter()
            .flat_map(|r| std::iter::once(&r.key).chain(r.fields.iter().map(|(_, f)| f)));
        person
            .chain(inv)
            .chain(refs)
            .chain(assessments)
            .chain(consents)
    }

    /// Maps something besides persons: involvements, referrals,
    /// assessments or consents.
    pub fn maps_records(&self) -> bool {
        !(self.involvements.is_empty()
            && self.referrals.is_empty()
            && self.assessments.is_empty()
            && self.consents.is_empty())
    }

    pub fn repeat(&self) -> Option<&Repeat> {
        self.person.as_ref().and_then(|p| p.repeat.as_ref())
    }
}

/// `[[lookup]]`: a related table of the same source, joined on one key.
#[derive(Clone, Debug)]
pub struct Lookup {
    pub name: String,
    pub from: LookupFrom,
    /// The looked-up table's key column.
    pub key: ColName,
    /// This source's column holding the key.
    pub on: ColName,
    /// 1-based header row of a looked-up sheet or file; `None`: the first
    /// row that holds `key`.
    pub header_row: Option<u32>,
    pub line: Option<usize>,
}

/// Where a lookup's rows are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupFrom {
    /// A sheet of the source's workbook.
    Sheet(String),
    /// Another file (CSV or workbook: its first sheet).
    File(PathBuf),
    /// Another table of the source's database or dump.
    Table(String),
}

impl LookupFrom {
    /// As reports name it.
    pub fn label(&self) -> String {
        match self {
            LookupFrom::Sheet(s) => format!("sheet {s:?}"),
            LookupFrom::File(p) => format!(
                "file {}",
                p.file_name()
                    .map(|f| f.to_string_lossy())
                    .unwrap_or_default()
            ),
            LookupFrom::Table(t) => format!("table {t}"),
        }
    }
}

/// `[person.repeat]`.
#[derive(Clone, Debug)]
pub struct Repeat {
    pub slots: u16,
    /// A slot with all of these blank holds nobody; empty: a slot with every
    /// slotted person column blank holds nobody.
    pub when_any: Vec<ColName>,
    pub line: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct PersonMapping {
    pub key: FieldMapping,
    pub fields: Vec<(PersonField, FieldMapping)>,
    /// `identifiers = { type = field }`, sorted by type.
    pub identifiers: Vec<(String, FieldMapping)>,
    pub repeat: Option<Repeat>,
}

/// An `[[involvement]]`, `[[referral]]`, `[[assessment]]` or `[[consent]]`.
#[derive(Clone, Debug)]
pub struct RecordMapping<F> {
    pub key: FieldMapping,
    pub fields: Vec<(F, FieldMapping)>,
    /// Assessments and consents only: a row with all of these blank holds
    /// none; empty: a row whose own cells are all blank holds none.
    pub when_any: Vec<ColName>,
    /// Create the record only on rows that pass this test.
    pub when: Option<When>,
    pub line: Option<usize>,
}

impl<F> RecordMapping<F> {
    /// Evaluated once per repeated-column slot (it uses `{n}`), not once per row.
    pub fn per_slot(&self) -> bool {
        self.key.uses_slot() || self.fields.iter().any(|(_, f)| f.uses_slot())
    }
}

/// What a field's value becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Text (also keys and templates).
    Text,
    /// A date: `formats` apply.
    Date,
    /// A coded value: `codes` apply.
    Coded,
    /// A role: `codes` map to child / parent / carer / other_adult.
    Role,
    /// `;`-separated coded values.
    List,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonField {
    Family,
    Role,
    Title,
    GivenNames,
    FamilyName,
    Name,
    OtherNames,
    KnownAs,
    Dob,
    Sex,
    Ethnicity,
    NhsNumber,
    Upn,
    Nino,
    Uprn,
    /// One address line; the mapping lists them in order.
    Address,
    Town,
    Postcode,
    Phone,
    Email,
    ParentText,
}

impl PersonField {
    pub fn kind(self) -> FieldKind {
        match self {
            PersonField::Dob => FieldKind::Date,
            PersonField::Sex | PersonField::Ethnicity => FieldKind::Coded,
            PersonField::Role => FieldKind::Role,
            _ => FieldKind::Text,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvolvementField {
    Person,
    Family,
    Start,
    End,
    Status,
    Worker,
    Team,
    Reason,
    EndReason,
    Outcomes,
    Service,
}

impl InvolvementField {
    pub fn kind(self) -> FieldKind {
        match self {
            InvolvementField::Start | InvolvementField::End => FieldKind::Date,
            InvolvementField::Status | InvolvementField::Reason | InvolvementField::EndReason => {
                FieldKind::Coded
            }
            InvolvementField::Outcomes => FieldKind::List,
            _ => FieldKind::Text,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferralField {
    Person,
    Family,
    Date,
    ReferralSource,
    Reason,
    Outcome,
}

impl ReferralField {
    pub fn kind(self) -> FieldKind {
        match self {
            ReferralField::Date => FieldKind::Date,
            ReferralField::Person | ReferralField::Family => FieldKind::Text,
            _ => FieldKind::Coded,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssessmentField {
    Person,
    Family,
    Type,
    Started,
    Completed,
    Status,
    Author,
    Organisation,
    /// Assessment factors; one mapping may name several columns.
    Needs,
}

impl AssessmentField {
    pub fn kind(self) -> FieldKind {
        match self {
            AssessmentField::Started | AssessmentField::Completed => FieldKind::Date,
            AssessmentField::Type | AssessmentField::Status => FieldKind::Coded,
            AssessmentField::Needs => FieldKind::List,
            _ => FieldKind::Text,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentField {
    Person,
    Family,
    /// A person key in the same source, or a role (`mother`, `self`).
    GivenBy,
    Scope,
    Given,
    Withdrawn,
}

impl ConsentField {
    pub fn kind(self) -> FieldKind {
        match self {
            ConsentField::Given | ConsentField::Withdrawn => FieldKind::Date,
            ConsentField::Scope => FieldKind::Coded,
            _ => FieldKind::Text,
        }
    }
}

/// Where a field's value comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Column(ColName),
    Const(String),
    Template(Template),
}

/// One mapped field.
#[derive(Clone, Debug)]
pub struct FieldMapping {
    /// The key in the mapping file (`dob`, `identifiers.yot_number` …).
    pub name: String,
    pub kind: FieldKind,
    pub value: Value,
    pub formats: Vec<DateFormat>,
    pub codes: Option<Codes>,
    pub order: NameOrder,
    /// `name`: what a one-word name is.
    pub single: SingleName,
    pub line: Option<usize>,
}

impl FieldMapping {
    pub fn uses_slot(&self) -> bool {
        match &self.value {
            Value::Column(c) => c.slotted,
            Value::Const(_) => false,
            Value::Template(t) => t.uses_slot(),
        }
    }

    pub fn columns(&self) -> Vec<&ColName> {
        match &self.value {
            Value::Column(c) => vec![c],
            Value::Const(_) => Vec::new(),
            Value::Template(t) => t.columns().collect(),
        }
    }
}

/// A code list: source values (trimmed, case-insensitive) to canonical codes.
#[derive(Clone, Debug, Default)]
pub struct Codes {
    map: HashMap<String, String>,
    /// As written, for reports.
    pub entries: Vec<(String, String)>,
}

impl Codes {
    pub fn new(entries: Vec<(String, String)>) -> Codes {
        let map = entries
            .iter()
            .map(|(k, v)| (k.trim().to_lowercase(), v.clone()))
            .collect();
        Codes { map, entries }
    }

    pub fn lookup(&self, raw: &str) -> Option<&str> {
        let raw = raw.trim();
        // Most source codes are already lower-case ASCII or digits: look up
        // without allocating first.
        if let Some(v) = self.map.get(raw) {
            return Some(v);
        }
        self.map.get(&raw.to_lowercase()).map(String::as_str)
    }
}

/// One mapping file from text, for tests elsewhere in the crate.
#[cfg(test)]
pub(crate) fn mapping_from_str(text: &str) -> SourceMapping {
    let mut errors = Vec::new();
    let m = resolve::load_mapping(Path::new("test.toml"), text, &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    m.expect("a mapping")
}

/// Byte offset → 1-based line.
pub(crate) fn line_of(src: &str, offset: usize) -> usize {
    let end = offset.min(src.len());
    src.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Size limits on one cell and one row, in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub cell_bytes: u64,
    pub row_bytes: u64,
}

impl Default for Limits {
    /// A few megabytes: far above any real field, far below what a runaway
    /// quote or a binary blob would make the parser hold.
    fn default() -> Limits {
        Limits {
            cell_bytes: 2 << 20,
            row_bytes: 8 << 20,
        }
    }
}
