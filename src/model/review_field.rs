//! The record fields a clerical review sheet can show for each record of a
//! pair (`[review] fields` in the project file): their names, headings and
//! how each reads a standardised person.

use super::{Person, SourceInfo};

/// The fields a review sheet can show for each record of a pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewField {
    Source,
    Key,
    FamilyKey,
    Role,
    Given,
    Middle,
    Family,
    OtherNames,
    Dob,
    Sex,
    Ethnicity,
    Address,
    Town,
    Postcode,
    NhsStatus,
    NhsNumber,
    UpnStatus,
    Upn,
    Phone,
    Email,
}

impl ReviewField {
    pub const ALL: [ReviewField; 20] = [
        ReviewField::Source,
        ReviewField::Key,
        ReviewField::FamilyKey,
        ReviewField::Role,
        ReviewField::Given,
        ReviewField::Middle,
        ReviewField::Family,
        ReviewField::OtherNames,
        ReviewField::Dob,
        ReviewField::Sex,
        ReviewField::Ethnicity,
        ReviewField::Address,
        ReviewField::Town,
        ReviewField::Postcode,
        ReviewField::NhsStatus,
        ReviewField::NhsNumber,
        ReviewField::UpnStatus,
        ReviewField::Upn,
        ReviewField::Phone,
        ReviewField::Email,
    ];

    /// What a reviewer needs to decide, and no more.
    pub const DEFAULT: [ReviewField; 9] = [
        ReviewField::Source,
        ReviewField::Key,
        ReviewField::Given,
        ReviewField::Family,
        ReviewField::Dob,
        ReviewField::Sex,
        ReviewField::Postcode,
        ReviewField::NhsStatus,
        ReviewField::UpnStatus,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ReviewField::Source => "source",
            ReviewField::Key => "key",
            ReviewField::FamilyKey => "family_key",
            ReviewField::Role => "role",
            ReviewField::Given => "given",
            ReviewField::Middle => "middle",
            ReviewField::Family => "family",
            ReviewField::OtherNames => "other_names",
            ReviewField::Dob => "dob",
            ReviewField::Sex => "sex",
            ReviewField::Ethnicity => "ethnicity",
            ReviewField::Address => "address",
            ReviewField::Town => "town",
            ReviewField::Postcode => "postcode",
            ReviewField::NhsStatus => "nhs_status",
            ReviewField::NhsNumber => "nhs_number",
            ReviewField::UpnStatus => "upn_status",
            ReviewField::Upn => "upn",
            ReviewField::Phone => "phone",
            ReviewField::Email => "email",
        }
    }

    pub fn parse(s: &str) -> Option<ReviewField> {
        ReviewField::ALL.into_iter().find(|f| f.name() == s.trim())
    }

    /// The column heading (the sheet puts `L ` and `R ` before it).
    pub fn heading(self) -> &'static str {
        match self {
            ReviewField::Source => "source",
            ReviewField::Key => "key",
            ReviewField::FamilyKey => "family key",
            ReviewField::Role => "role",
            ReviewField::Given => "given name",
            ReviewField::Middle => "middle names",
            ReviewField::Family => "family name",
            ReviewField::OtherNames => "other names",
            ReviewField::Dob => "date of birth",
            ReviewField::Sex => "sex",
            ReviewField::Ethnicity => "ethnicity",
            ReviewField::Address => "address",
            ReviewField::Town => "town",
            ReviewField::Postcode => "postcode",
            ReviewField::NhsStatus => "NHS number",
            ReviewField::NhsNumber => "NHS number value",
            ReviewField::UpnStatus => "UPN",
            ReviewField::Upn => "UPN value",
            ReviewField::Phone => "phone",
            ReviewField::Email => "email",
        }
    }

    /// The record's value, as recorded where that reads better than the
    /// standardised form.
    pub fn value(self, p: &Person, sources: &[SourceInfo]) -> String {
        let st = &p.staged;
        let or = |raw: &Option<Box<str>>, std: &Option<Box<str>>| {
            raw.as_deref()
                .filter(|v| !v.trim().is_empty())
                .or(std.as_deref())
                .unwrap_or("")
                .trim()
                .to_string()
        };
        let status = |id: &Option<Box<super::Ident>>| match id {
            None => "missing".to_string(),
            Some(i) => match i.status {
                super::IdStatus::Valid => "valid",
                super::IdStatus::Placeholder => "placeholder",
                super::IdStatus::Invalid => "invalid",
            }
            .to_string(),
        };
        match self {
            ReviewField::Source => sources
                .get(st.source as usize)
                .map(|s| s.name.clone())
                .unwrap_or_default(),
            ReviewField::Key => st.key.clone(),
            ReviewField::FamilyKey => st.family_key.clone().unwrap_or_default(),
            ReviewField::Role => p.role().as_str().to_string(),
            ReviewField::Given => or(&st.given_names, &p.name.given),
            ReviewField::Middle => p.name.middle.as_deref().unwrap_or_default().to_string(),
            ReviewField::Family => or(&st.family_name, &p.name.family),
            ReviewField::OtherNames => or(&st.extra().other_names, &p.name.other),
            ReviewField::Dob => match (&p.dob, &st.dob) {
                (Some(d), _) => d.to_string(),
                (None, Some(raw)) => raw.raw.trim().to_string(),
                (None, None) => String::new(),
            },
            ReviewField::Sex => p.sex.map(|s| format!("{s:?}")).unwrap_or_default(),
            ReviewField::Ethnicity => p
                .extra()
                .ethnicity
                .as_deref()
                .unwrap_or_default()
                .to_string(),
            ReviewField::Address => st
                .address_lines
                .iter()
                .map(|l| l.trim())
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            ReviewField::Town => st.town.clone().unwrap_or_default(),
            ReviewField::Postcode => p
                .postcode
                .as_ref()
                .map(|pc| pc.value.clone())
                .or_else(|| st.postcode.clone())
                .unwrap_or_default(),
            ReviewField::NhsStatus => status(&p.nhs_number),
            ReviewField::NhsNumber => p
                .nhs_number
                .as_ref()
                .map(|i| i.value.clone())
                .unwrap_or_default(),
            ReviewField::UpnStatus => status(&p.upn),
            ReviewField::Upn => p.upn.as_ref().map(|i| i.value.clone()).unwrap_or_default(),
            ReviewField::Phone => p.extra().phone.as_deref().unwrap_or_default().to_string(),
            ReviewField::Email => p.extra().email.as_deref().unwrap_or_default().to_string(),
        }
    }
}
