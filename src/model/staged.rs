//! A person record as a source's row gives it (`StagedPerson`): what the
//! extract stage stages and the store keeps, one JSON line a record, and
//! what standardise reads. Its seldom held fields are one box
//! (`StagedExtra`), and the store's lines are read through `StagedWire`.

use super::{Coded, DateValue, NameOrder, Position, Role, SingleName, SourceIdx};
use serde::{Deserialize, Serialize};

/// A person record as extracted: raw text per canonical field, typed only as
/// far as the mapping declares (dates parsed with the declared formats, codes
/// translated through the mapping's code list). Standardise turns it into a
/// `Person`. Text that only standardise and the reports read is a boxed
/// `str` (16 bytes, no spare capacity) rather than a `String`, and what most
/// records do not hold is in `extra`, one box: a run holds a million of
/// these. The store writes one line of JSON per record (`crate::store`), the
/// fields of `extra` among the others, so a field not held (`None`, empty,
/// the default) is left out of it and read back as not held: at a million
/// records the nulls alone were a third of the file.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(from = "StagedWire")]
pub struct StagedPerson {
    pub source: SourceIdx,
    pub key: String,
    pub position: Position,
    /// The source's own family / case / household grouping key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_names: Option<Box<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<Box<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dob: Option<DateValue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Coded>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nhs_number: Option<Box<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upn: Option<Box<str>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub address_lines: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub town: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    /// The rarely held fields, `None` when the record holds none of them
    /// (read with `extra()`, written with `extra_mut()`): 8 bytes here
    /// rather than about 220 on every record.
    #[serde(flatten)]
    pub extra: Option<Box<StagedExtra>>,
    /// Hash of the raw source row (or slot), for lineage and deltas.
    pub row_hash: String,
}

/// What a staged person record seldom holds (see `StagedPerson::extra`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StagedExtra {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Box<str>>,
    /// A single-column name, split by standardise according to `name_order`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<Box<str>>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub name_order: NameOrder,
    /// Which name a one-word `full_name` is.
    #[serde(default, skip_serializing_if = "is_default")]
    pub single_name: SingleName,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_names: Option<Box<str>>,
    /// A preferred forename ("known as"), which linking treats as an alias
    /// of the given name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_as: Option<Box<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ethnicity: Option<Coded>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nino: Option<Box<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uprn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<Box<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Box<str>>,
    /// Free text naming a parent on a child's record ("Mum: Jane Smith").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_text: Option<Box<str>>,
    /// Every other identifier the source holds: (type, value).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifiers: Vec<(String, String)>,
}

/// The extra of a record that holds none.
static NO_EXTRA: StagedExtra = StagedExtra {
    title: None,
    full_name: None,
    name_order: NameOrder::ForenamesSurname,
    single_name: SingleName::Family,
    other_names: None,
    known_as: None,
    ethnicity: None,
    nino: None,
    uprn: None,
    phone: None,
    email: None,
    parent_text: None,
    identifiers: Vec::new(),
};

impl StagedPerson {
    /// The rarely held fields (all empty when the record holds none).
    pub fn extra(&self) -> &StagedExtra {
        self.extra.as_deref().unwrap_or(&NO_EXTRA)
    }

    /// The rarely held fields, for writing: boxed on first use.
    pub fn extra_mut(&mut self) -> &mut StagedExtra {
        self.extra.get_or_insert_with(Box::default)
    }
}

/// A staged person as the store's JSON line holds it, every field at the
/// top level: what `StagedPerson` is read from. Reading `extra` through
/// serde's `flatten` would buffer every line's values first; this reads
/// them straight into place, and boxes `extra` only when a field is held.
#[derive(Deserialize)]
struct StagedWire {
    source: SourceIdx,
    key: String,
    position: Position,
    #[serde(default)]
    family_key: Option<String>,
    #[serde(default)]
    role: Option<Role>,
    #[serde(default)]
    given_names: Option<Box<str>>,
    #[serde(default)]
    family_name: Option<Box<str>>,
    #[serde(default)]
    dob: Option<DateValue>,
    #[serde(default)]
    sex: Option<Coded>,
    #[serde(default)]
    nhs_number: Option<Box<str>>,
    #[serde(default)]
    upn: Option<Box<str>>,
    #[serde(default)]
    address_lines: Vec<String>,
    #[serde(default)]
    town: Option<String>,
    #[serde(default)]
    postcode: Option<String>,
    #[serde(default)]
    title: Option<Box<str>>,
    #[serde(default)]
    full_name: Option<Box<str>>,
    #[serde(default)]
    name_order: NameOrder,
    #[serde(default)]
    single_name: SingleName,
    #[serde(default)]
    other_names: Option<Box<str>>,
    #[serde(default)]
    known_as: Option<Box<str>>,
    #[serde(default)]
    ethnicity: Option<Coded>,
    #[serde(default)]
    nino: Option<Box<str>>,
    #[serde(default)]
    uprn: Option<String>,
    #[serde(default)]
    phone: Option<Box<str>>,
    #[serde(default)]
    email: Option<Box<str>>,
    #[serde(default)]
    parent_text: Option<Box<str>>,
    #[serde(default)]
    identifiers: Vec<(String, String)>,
    row_hash: String,
}

impl From<StagedWire> for StagedPerson {
    fn from(w: StagedWire) -> Self {
        let extra = StagedExtra {
            title: w.title,
            full_name: w.full_name,
            name_order: w.name_order,
            single_name: w.single_name,
            other_names: w.other_names,
            known_as: w.known_as,
            ethnicity: w.ethnicity,
            nino: w.nino,
            uprn: w.uprn,
            phone: w.phone,
            email: w.email,
            parent_text: w.parent_text,
            identifiers: w.identifiers,
        };
        StagedPerson {
            source: w.source,
            key: w.key,
            position: w.position,
            family_key: w.family_key,
            role: w.role,
            given_names: w.given_names,
            family_name: w.family_name,
            dob: w.dob,
            sex: w.sex,
            nhs_number: w.nhs_number,
            upn: w.upn,
            address_lines: w.address_lines,
            town: w.town,
            postcode: w.postcode,
            extra: (extra != NO_EXTRA).then(|| Box::new(extra)),
            row_hash: w.row_hash,
        }
    }
}

/// Whether a value is its type's default (serde leaves it out of the store).
fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}
