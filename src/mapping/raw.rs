//! The mapping files exactly as written: plain serde data with
//! `deny_unknown_fields`, so a misspelt key is an error and not a silent
//! no-op. Nothing here is checked beyond TOML types; `resolve` turns these
//! into the typed `Project` and `SourceMapping`. Values whose problems are
//! reported later carry their `Spanned` position so that every message can
//! name a line.

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;
use std::fmt;
use toml::Spanned;

pub(crate) type S<T> = Spanned<T>;

/// `project.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProject {
    pub project: RawProjectSection,
    pub target: Option<RawTarget>,
    /// Top-level form; `[project].sources` and `[target].sources` (as the
    /// README's example reads in TOML) are accepted too.
    pub sources: Option<S<Vec<S<String>>>>,
    pub link: Option<S<String>>,
    pub review: Option<RawReview>,
    /// `[gates]`: what makes a run fail per source (see `report::gates`).
    pub gates: Option<S<RawGates>>,
    /// `[limits]`: the largest cell and row read.
    pub limits: Option<S<RawLimits>>,
}

/// `[gates]`, and `[gates.sources.NAME]` with the same keys for one source.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawGates {
    /// Largest share of a source's rows rejected: `0.05` or `"5%"`.
    pub max_reject_rate: Option<S<toml::Value>>,
    /// Smallest share of a mapped date column's non-blank cells that parse.
    pub min_parse_rate: Option<S<toml::Value>>,
    /// A source with no data rows passes.
    pub allow_empty: Option<bool>,
    /// A header that does not fit its rows passes.
    pub allow_header_mismatch: Option<bool>,
    #[serde(default)]
    pub sources: BTreeMap<String, S<RawGates>>,
}

/// `[limits]`: sizes in bytes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLimits {
    pub max_cell_bytes: Option<S<i64>>,
    pub max_row_bytes: Option<S<i64>>,
}

/// `[review]`: clerical review of the uncertain pairs.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReview {
    /// The decisions file, relative to the project file.
    pub decisions: Option<S<String>>,
    /// The record fields the review sheet shows side by side.
    pub fields: Option<Vec<S<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProjectSection {
    pub name: S<String>,
    pub reference_date: Option<S<String>>,
    pub sources: Option<S<Vec<S<String>>>>,
    pub link: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTarget {
    pub url: Option<S<String>>,
    pub sources: Option<S<Vec<S<String>>>>,
    pub link: Option<S<String>>,
}

/// One mapping file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMapping {
    pub source: S<RawSource>,
    pub person: Option<S<RawPerson>>,
    #[serde(default)]
    pub involvement: Vec<S<RawInvolvement>>,
    #[serde(default)]
    pub referral: Vec<S<RawReferral>>,
    #[serde(default)]
    pub assessment: Vec<S<RawAssessment>>,
    #[serde(default)]
    pub consent: Vec<S<RawConsent>>,
    /// `[[lookup]]`: a related table, sheet or file whose row a row takes
    /// fields from.
    #[serde(default)]
    pub lookup: Vec<S<RawLookup>>,
}

/// `[[lookup]] name = "booking", sheet = "Bookings", key = "Booking Ref",
/// on = "Booking Ref"`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLookup {
    pub name: S<String>,
    /// Spreadsheets: a sheet of the same workbook.
    pub sheet: Option<S<String>>,
    /// CSV (and spreadsheets): another file, relative to the mapping file.
    pub path: Option<S<String>>,
    /// Databases and dumps: another table of the same database or dump.
    pub table: Option<S<String>>,
    /// The looked-up table's column that identifies its row.
    pub key: S<String>,
    /// This source's column holding that key.
    pub on: S<String>,
    /// 1-based header row of a looked-up sheet or file (default: the first
    /// row holding `key`).
    pub header_row: Option<S<i64>>,
}

/// One table a server source's fingerprint counts.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawWatch {
    pub table: String,
    pub modified: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSource {
    pub name: S<String>,
    pub service: S<String>,
    pub kind: S<String>,
    pub path: Option<S<String>>,
    pub url: Option<S<String>>,
    pub table: Option<S<String>>,
    pub query: Option<S<String>>,
    pub encoding: Option<S<String>>,
    pub delimiter: Option<S<String>>,
    pub sheet: Option<S<String>>,
    pub sheet_index: Option<S<i64>>,
    pub header_row: Option<S<i64>>,
    /// How many rows the header spans (`2`), or which (`"4-5"`).
    pub header_rows: Option<S<toml::Value>>,
    /// Spreadsheets: several sheets read as one source, by name or pattern.
    pub sheets: Option<S<toml::Value>>,
    pub totals_column: Option<S<String>>,
    pub totals_pattern: Option<S<String>>,
    #[serde(default)]
    pub duplicate_free: bool,
    pub tls: Option<S<bool>>,
    /// Server sources reading a `table`: its column holding when a row last
    /// changed, so the source's fingerprint is row count and latest value.
    pub modified: Option<S<String>>,
    /// Server sources: the tables a `query` reads (and extra ones), each
    /// with its modified column when it has one, for the fingerprint.
    pub fingerprint: Option<S<Vec<RawWatch>>>,
    /// Dumps: `mysql`, `postgres` or `sqlserver` (default: told from the file).
    pub dialect: Option<S<String>>,
    /// Dumps: tables left out on purpose.
    pub ignore_tables: Option<S<Vec<S<String>>>>,
    /// Columns left unread on purpose (coverage lists them as ignored).
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Sheets of the workbook left unread on purpose.
    #[serde(default)]
    pub ignore_sheets: Vec<String>,
    /// Written by `onefamily init`: the mapping holds guesses a person has
    /// not confirmed, and is refused until `draft = true` is removed.
    pub draft: Option<S<bool>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPerson {
    pub key: Option<S<RawField>>,
    pub family: Option<S<RawField>>,
    pub role: Option<S<RawField>>,
    pub title: Option<S<RawField>>,
    pub given_names: Option<S<RawField>>,
    pub family_name: Option<S<RawField>>,
    pub other_names: Option<S<RawField>>,
    pub known_as: Option<S<RawField>>,
    pub name: Option<S<RawField>>,
    pub dob: Option<S<RawField>>,
    pub sex: Option<S<RawField>>,
    pub ethnicity: Option<S<RawField>>,
    pub nhs_number: Option<S<RawField>>,
    pub upn: Option<S<RawField>>,
    pub nino: Option<S<RawField>>,
    pub uprn: Option<S<RawField>>,
    pub address: Option<S<Vec<S<RawField>>>>,
    pub town: Option<S<RawField>>,
    pub postcode: Option<S<RawField>>,
    pub phone: Option<S<RawField>>,
    pub email: Option<S<RawField>>,
    pub parent_text: Option<S<RawField>>,
    #[serde(default)]
    pub identifiers: BTreeMap<String, S<RawField>>,
    pub repeat: Option<S<RawRepeat>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRepeat {
    pub slots: Option<S<i64>>,
    /// The same as `slots`, in the words of a tracker's member blocks.
    pub blocks: Option<S<i64>>,
    #[serde(default)]
    pub when_any: Vec<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawInvolvement {
    pub key: Option<S<RawField>>,
    pub person: Option<S<RawField>>,
    pub family: Option<S<RawField>>,
    pub start: Option<S<RawField>>,
    pub end: Option<S<RawField>>,
    pub status: Option<S<RawField>>,
    pub worker: Option<S<RawField>>,
    pub team: Option<S<RawField>>,
    pub reason: Option<S<RawField>>,
    pub end_reason: Option<S<RawField>>,
    pub outcomes: Option<S<RawField>>,
    pub service: Option<S<RawField>>,
    /// Create the record only when a column passes a test.
    pub when: Option<S<RawWhen>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReferral {
    pub key: Option<S<RawField>>,
    pub person: Option<S<RawField>>,
    pub family: Option<S<RawField>>,
    pub date: Option<S<RawField>>,
    pub referral_source: Option<S<RawField>>,
    pub reason: Option<S<RawField>>,
    pub outcome: Option<S<RawField>>,
    /// Create the record only when a column passes a test.
    pub when: Option<S<RawWhen>>,
}

/// `[[assessment]]`: an Early Help Assessment (EHA, once CAF / EHAT).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAssessment {
    pub key: Option<S<RawField>>,
    pub person: Option<S<RawField>>,
    pub family: Option<S<RawField>>,
    #[serde(rename = "type")]
    pub assessment_type: Option<S<RawField>>,
    pub started: Option<S<RawField>>,
    pub completed: Option<S<RawField>>,
    pub status: Option<S<RawField>>,
    pub author: Option<S<RawField>>,
    pub organisation: Option<S<RawField>>,
    pub needs: Option<S<RawFields>>,
    #[serde(default)]
    pub when_any: Vec<S<String>>,
    // Read only to refuse them with a reason: an assessment's summary and
    // notes are free text that may name people and describe their lives,
    // which the unified record does not need (data minimisation).
    pub summary: Option<S<toml::Value>>,
    pub notes: Option<S<toml::Value>>,
    /// Create the record only when a column passes a test.
    pub when: Option<S<RawWhen>>,
}

/// `[[consent]]`: consent to assessment and to sharing information.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawConsent {
    pub key: Option<S<RawField>>,
    pub person: Option<S<RawField>>,
    pub family: Option<S<RawField>>,
    pub given_by: Option<S<RawField>>,
    pub scope: Option<S<RawField>>,
    pub given: Option<S<RawField>>,
    pub withdrawn: Option<S<RawField>>,
    #[serde(default)]
    pub when_any: Vec<S<String>>,
    /// Create the record only when a column passes a test.
    pub when: Option<S<RawWhen>>,
}

/// `when = { column = "…", equals = "…" }` (or `in = [..]`, `not_blank = true`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawWhen {
    pub column: String,
    pub equals: Option<String>,
    #[serde(rename = "in")]
    pub in_: Option<Vec<String>>,
    pub not_blank: Option<bool>,
}

/// One field value, or several (`needs = ["Need 1", "Need 2"]`).
#[derive(Debug)]
pub(crate) enum RawFields {
    One(RawField),
    Many(Vec<S<RawField>>),
}

impl<'de> Deserialize<'de> for RawFields {
    // By hand for the same reason as `RawField`, and because the items of a
    // list keep their own positions only when read from the real deserializer.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawFields;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a column name, a table such as { column = \"…\" }, or a list of them")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawFields, E> {
                Ok(RawFields::One(RawField::Name(v.to_string())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<RawFields, E> {
                Ok(RawFields::One(RawField::Name(v)))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawFields, A::Error> {
                RawFieldTable::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(|t| RawFields::One(RawField::Table(Box::new(t))))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<RawFields, A::Error> {
                let mut out = Vec::new();
                while let Some(f) = seq.next_element::<S<RawField>>()? {
                    out.push(f);
                }
                Ok(RawFields::Many(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// A field value: a bare string, or a table.
#[derive(Debug)]
pub(crate) enum RawField {
    Name(String),
    // Boxed: the table is ten times the size of a bare name.
    Table(Box<RawFieldTable>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFieldTable {
    pub column: Option<String>,
    /// The column by its letter (`"C"`) or 1-based index (`3`).
    pub column_letter: Option<String>,
    pub column_index: Option<i64>,
    /// The `[[lookup]]` whose table holds `column`.
    pub lookup: Option<String>,
    pub value: Option<String>,
    pub template: Option<String>,
    pub formats: Option<Vec<String>>,
    pub codes: Option<BTreeMap<String, String>>,
    pub order: Option<String>,
    /// `name`: what a one-word name is, `given` or `family`.
    pub single: Option<String>,
}

impl<'de> Deserialize<'de> for RawField {
    // Hand-written rather than `#[serde(untagged)]`, which would turn an
    // unknown key inside the table into "did not match any variant".
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawField;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a column name or a table such as { column = \"…\" }")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawField, E> {
                Ok(RawField::Name(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<RawField, E> {
                Ok(RawField::Name(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawField, A::Error> {
                RawFieldTable::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(|t| RawField::Table(Box::new(t)))
            }
        }
        d.deserialize_any(V)
    }
}
