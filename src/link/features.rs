//! What the linker compares, prepared once per run: every field a comparison
//! or blocking key reads, as small integers (interned strings, packed dates),
//! so that comparing a pair touches a few cache lines and allocates nothing.

use super::settings::{BlockKey, LinkField, Settings};
use crate::model::{Person, PostcodeKind, Sex};
use std::collections::HashMap;

/// Interned strings: id 0 is "no value".
#[derive(Debug, Default)]
pub struct Interner {
    ids: HashMap<Box<str>, u32>,
    pub strings: Vec<Box<str>>,
}

impl Interner {
    fn new() -> Self {
        Interner {
            ids: HashMap::new(),
            strings: vec!["".into()],
        }
    }

    fn id(&mut self, s: &str) -> u32 {
        if s.is_empty() {
            return 0;
        }
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(s.into());
        self.ids.insert(s.into(), id);
        id
    }

    pub fn get(&self, id: u32) -> &str {
        &self.strings[id as usize]
    }

    pub fn len(&self) -> usize {
        self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strings.len() <= 1
    }
}

/// A date of birth packed as year << 9 | month << 5 | day (0 = unknown part);
/// 0 as a whole = no date.
pub fn pack_dob(year: i32, month: Option<u8>, day: Option<u8>) -> u32 {
    if !(1..=16383).contains(&year) {
        return 0;
    }
    (year as u32) << 9 | (month.unwrap_or(0) as u32 & 0xf) << 5 | (day.unwrap_or(0) as u32 & 0x1f)
}

pub fn dob_parts(p: u32) -> (u32, u32, u32) {
    (p >> 9, (p >> 5) & 0xf, p & 0x1f)
}

/// Per-record columns, by field.
#[derive(Debug)]
pub struct Features {
    pub n: usize,
    pub strings: Interner,
    /// Text columns (interned ids), one per text field in use.
    pub text: HashMap<LinkField, Vec<u32>>,
    /// Double Metaphone codes (primary, alternate) per interned string, for
    /// the name fields (0 = none).
    pub metaphone: Vec<(u32, u32)>,
    pub dob: Vec<u32>,
    pub sex: Vec<u8>,
    /// Postcode sector, district and area ids (0 unless a standard postcode).
    pub postcode_sector: Vec<u32>,
    pub postcode_district: Vec<u32>,
    pub postcode_area: Vec<u32>,
    pub source: Vec<u16>,
    /// Term frequency of each interned value within a field: count / non-null.
    pub tf: HashMap<LinkField, Vec<f32>>,
    /// Per interned name: its nickname and transliteration groups, as a
    /// range of `alias_pool` (ascending group ids), looked up once per
    /// distinct name rather than once per pair.
    aliases: Vec<(u32, u32)>,
    alias_pool: Vec<u32>,
}

fn text_of(p: &Person, field: &LinkField) -> Option<String> {
    let lower = |s: &str| s.trim().to_lowercase();
    match field {
        LinkField::Given => p.name.given.clone(),
        LinkField::Middle => p.name.middle.clone(),
        LinkField::Family => p.name.family.clone(),
        LinkField::NhsNumber => p
            .nhs_number
            .as_ref()
            .and_then(|i| i.valid())
            .map(str::to_string),
        LinkField::Upn => p.upn.as_ref().and_then(|i| i.valid()).map(str::to_string),
        // Pseudo-postcodes say where someone is not known to live: no
        // evidence of a shared address. Postcodes that fail the UK rules
        // (or foreign ones) are still compared as written.
        LinkField::Postcode => p.postcode.as_ref().and_then(|pc| match pc.kind {
            PostcodeKind::Standard | PostcodeKind::Invalid | PostcodeKind::Bfpo => {
                Some(pc.value.clone())
            }
            _ => None,
        }),
        LinkField::Town => p.staged.town.as_deref().map(lower),
        LinkField::Address => {
            let joined = p
                .staged
                .address_lines
                .iter()
                .map(|l| lower(l))
                .collect::<Vec<_>>()
                .join(" ");
            Some(joined.split_whitespace().collect::<Vec<_>>().join(" "))
        }
        LinkField::Email => p.email.clone(),
        LinkField::Phone => p.phone.clone(),
        LinkField::Identifier(kind) => {
            p.staged
                .identifiers
                .iter()
                .find(|(k, _)| k == kind)
                .map(|(_, v)| {
                    v.chars()
                        .filter(|c| c.is_alphanumeric())
                        .flat_map(char::to_uppercase)
                        .collect()
                })
        }
        LinkField::Dob | LinkField::Sex => None,
    }
    .filter(|s| !s.is_empty())
}

/// The text fields that settings read.
fn text_fields(settings: &Settings) -> Vec<LinkField> {
    let mut fields: Vec<LinkField> = Vec::new();
    let mut add = |f: &LinkField| {
        if !matches!(f, LinkField::Dob | LinkField::Sex) && !fields.contains(f) {
            fields.push(f.clone());
        }
    };
    for c in &settings.comparisons {
        add(&c.field);
    }
    for r in &settings.blocking_rules {
        for k in &r.keys {
            match k {
                BlockKey::Field(f) => add(f),
                BlockKey::GivenMetaphone | BlockKey::GivenInitial | BlockKey::Given2 => {
                    add(&LinkField::Given)
                }
                BlockKey::FamilyMetaphone | BlockKey::FamilyInitial | BlockKey::Family2 => {
                    add(&LinkField::Family)
                }
                BlockKey::NameSet => {
                    add(&LinkField::Given);
                    add(&LinkField::Family);
                }
                BlockKey::PostcodeSector | BlockKey::PostcodeDistrict => add(&LinkField::Postcode),
                BlockKey::DobYear | BlockKey::DobMonthDay => {}
            }
        }
    }
    // The cluster guards read forenames and identifiers whatever is compared.
    add(&LinkField::Given);
    add(&LinkField::Middle);
    add(&LinkField::NhsNumber);
    add(&LinkField::Upn);
    // Name swaps compare forename with surname: both must be there.
    if settings.name_swap {
        add(&LinkField::Family);
    }
    fields
}

impl Features {
    /// Prepare every column the settings read.
    pub fn build(records: &[Person], settings: &Settings) -> Features {
        let n = records.len();
        let mut strings = Interner::new();
        let mut text = HashMap::new();
        let fields = text_fields(settings);
        for f in &fields {
            let col: Vec<u32> = records
                .iter()
                .map(|p| text_of(p, f).map_or(0, |s| strings.id(&s)))
                .collect();
            text.insert(f.clone(), col);
        }
        let mut postcode_sector = vec![0; n];
        let mut postcode_district = vec![0; n];
        let mut postcode_area = vec![0; n];
        for (i, p) in records.iter().enumerate() {
            if let Some(pc) = p
                .postcode
                .as_ref()
                .filter(|pc| pc.kind == PostcodeKind::Standard)
            {
                postcode_sector[i] = strings.id(&format!("\u{1}{}", pc.sector));
                postcode_district[i] = strings.id(&format!("\u{1}{}", pc.outward));
                postcode_area[i] = strings.id(&format!("\u{1}{}", pc.area));
            }
        }
        // Metaphone codes once per distinct name, not once per record.
        let mut metaphone = vec![(0u32, 0u32); strings.len()];
        let name_ids: Vec<u32> = fields
            .iter()
            .filter(|f| f.is_name())
            .flat_map(|f| text[f].iter().copied())
            .collect();
        let mut done = vec![false; strings.len()];
        for id in name_ids {
            if id == 0 || done[id as usize] {
                continue;
            }
            done[id as usize] = true;
            let (a, b) = crate::standardise::name::double_metaphone(strings.get(id));
            let a = strings.id(&format!("\u{2}{a}"));
            let b = strings.id(&format!("\u{2}{b}"));
            metaphone[id as usize] = (a, b);
        }
        metaphone.resize(strings.len(), (0, 0));
        let mut aliases = vec![(0u32, 0u32); strings.len()];
        let mut alias_pool = Vec::new();
        for (id, d) in done.iter().enumerate() {
            if *d {
                let groups = crate::standardise::name::aliases(strings.get(id as u32));
                aliases[id] = (alias_pool.len() as u32, groups.len() as u32);
                alias_pool.extend_from_slice(groups);
            }
        }
        let dob = records
            .iter()
            .map(|p| p.dob.map_or(0, |d| pack_dob(d.year, d.month, d.day)))
            .collect();
        let sex = records
            .iter()
            .map(|p| match p.sex {
                Some(Sex::F) => 1,
                Some(Sex::M) => 2,
                _ => 0,
            })
            .collect();
        let mut tf = HashMap::new();
        for c in settings.comparisons.iter().filter(|c| c.tf) {
            if let Some(col) = text.get(&c.field) {
                let mut counts = vec![0u32; strings.len()];
                let mut total = 0u64;
                for &id in col {
                    if id != 0 {
                        counts[id as usize] += 1;
                        total += 1;
                    }
                }
                let freq = counts
                    .iter()
                    .map(|&k| {
                        if total == 0 {
                            0.0
                        } else {
                            k as f32 / total as f32
                        }
                    })
                    .collect();
                tf.insert(c.field.clone(), freq);
            }
        }
        Features {
            n,
            strings,
            text,
            metaphone,
            dob,
            sex,
            postcode_sector,
            postcode_district,
            postcode_area,
            source: records.iter().map(|p| p.source()).collect(),
            tf,
            aliases,
            alias_pool,
        }
    }

    pub fn col(&self, f: &LinkField) -> &[u32] {
        self.text.get(f).map_or(&[], Vec::as_slice)
    }

    /// Whether two interned names are nickname or transliteration variants
    /// of each other (a name is trivially a variant of itself).
    pub fn same_alias(&self, a: u32, b: u32) -> bool {
        if a == 0 || b == 0 {
            return false;
        }
        if a == b {
            return true;
        }
        let groups = |id: u32| {
            let (start, len) = self.aliases.get(id as usize).copied().unwrap_or((0, 0));
            &self.alias_pool[start as usize..(start + len) as usize]
        };
        crate::standardise::name::share_a_group(groups(a), groups(b))
    }
}
