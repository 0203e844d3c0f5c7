//! Data quality per source: how many records carry a valid NHS number, UPN,
//! postcode and date of birth, and how many carry one that fails its rules.

use crate::model::{IdStatus, Ident, PostcodeKind, Unified};
use serde::Serialize;
use std::collections::BTreeMap;

/// Valid / invalid / placeholder / missing counts for one identifier.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct IdCounts {
    pub valid: u64,
    pub invalid: u64,
    pub placeholder: u64,
    pub missing: u64,
}

impl IdCounts {
    fn add(&mut self, id: Option<&Ident>) {
        match id.map(|i| i.status) {
            None => self.missing += 1,
            Some(IdStatus::Valid) => self.valid += 1,
            Some(IdStatus::Invalid) => self.invalid += 1,
            Some(IdStatus::Placeholder) => self.placeholder += 1,
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct SourceQuality {
    pub source: String,
    pub records: u64,
    pub nhs_number: IdCounts,
    pub upn: IdCounts,
    /// Postcode kinds (standard, no_fixed_abode, not_known, country, bfpo, invalid) and missing.
    pub postcode: BTreeMap<String, u64>,
    /// Dates of birth: full, partial, missing, and each quality flag.
    pub dob: BTreeMap<String, u64>,
    /// Coded fields whose raw value had no mapping: field → count.
    pub unmapped_codes: BTreeMap<String, u64>,
}

fn kind_name(kind: PostcodeKind) -> &'static str {
    match kind {
        PostcodeKind::Standard => "standard",
        PostcodeKind::NoFixedAbode => "no_fixed_abode",
        PostcodeKind::NotKnown => "not_known",
        PostcodeKind::Country => "country",
        PostcodeKind::Bfpo => "bfpo",
        PostcodeKind::Invalid => "invalid",
    }
}

/// Quality counts for every source, in project order.
pub fn per_source(unified: &Unified) -> Vec<SourceQuality> {
    let mut out: Vec<SourceQuality> = unified
        .sources
        .iter()
        .map(|s| SourceQuality {
            source: s.name.clone(),
            ..Default::default()
        })
        .collect();
    for p in &unified.records {
        let q = &mut out[p.source() as usize];
        q.records += 1;
        q.nhs_number.add(p.nhs_number.as_deref());
        q.upn.add(p.upn.as_deref());
        let pc = p
            .postcode
            .as_ref()
            .map_or("missing", |pc| kind_name(pc.kind));
        *q.postcode.entry(pc.to_string()).or_insert(0) += 1;
        let dob = match &p.staged.dob {
            None => "missing".to_string(),
            Some(d) => match (d.flag, d.date) {
                (Some(flag), _) => serde_json::to_value(flag)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_else(|| "flagged".into()),
                (None, Some(date)) if date.is_full() => "full".into(),
                (None, Some(_)) => "partial".into(),
                (None, None) => "missing".into(),
            },
        };
        *q.dob.entry(dob).or_insert(0) += 1;
        for (field, coded) in [
            ("sex", &p.staged.sex),
            ("ethnicity", &p.staged.extra().ethnicity),
        ] {
            if let Some(c) = coded {
                if c.code.is_none() && !c.raw.trim().is_empty() {
                    *q.unmapped_codes.entry(field.to_string()).or_insert(0) += 1;
                }
            }
        }
    }
    out
}
