//! What the linker compares, prepared once per run: every field a comparison
//! or blocking key reads, as small integers (interned strings, packed dates),
//! so that comparing a pair touches a few cache lines and allocates nothing.

use super::settings::{BlockKey, LinkField, Settings};
use crate::model::{Person, PostcodeKind, Sex};
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;

mod subset;

/// Interned strings: id 0 is "no value".
///
/// The look-up table holds ids, not strings: each string is kept once, in
/// `strings`, and the table hashes and compares through it. A map keyed by
/// its own copy of every string made two allocations and two copies per
/// distinct value, and hashed a new value twice (look-up, then insert), on
/// the one thread that gives ids in order. (On the peers' 1M file that
/// thread worked alone for 0.3 s in `build_ranked`, a third of it in `id`
/// and a fifth freeing the columns' strings; with this table, the hashes
/// worked out on every thread and the columns freed on every thread, the
/// features took 0.83–0.91 s against 0.91–1.10 s, alternated.)
#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Default)]
pub struct Interner {
    /// Not sent to a cluster's executors: they only read the strings.
    #[cfg_attr(feature = "ballista", serde(skip))]
    ids: hashbrown::raw::RawTable<u32>,
    pub strings: Vec<Box<str>>,
}

impl std::fmt::Debug for Interner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Interner")
            .field("strings", &self.strings.len())
            .finish()
    }
}

/// One part's distinct values with their `hash_of`, in order of first
/// appearance, and each of its values' place among them (0: none).
type PartIds<'s> = (Vec<(&'s str, u64)>, Vec<u32>);

// The table's hash of a string: the same in every thread that works one
// out ahead (`ids_in_parts`).
use crate::fixed_hash as hash_of;

impl Interner {
    fn new() -> Self {
        Interner {
            ids: hashbrown::raw::RawTable::new(),
            strings: vec!["".into()],
        }
    }

    fn id(&mut self, s: &str) -> u32 {
        if s.is_empty() {
            return 0;
        }
        self.id_hashed(s, hash_of(s))
    }

    /// `id` with the string's `hash_of` worked out already.
    fn id_hashed(&mut self, s: &str, hash: u64) -> u32 {
        let strings = &self.strings;
        if let Some(&id) = self.ids.get(hash, |&id| &*strings[id as usize] == s) {
            return id;
        }
        let id = strings.len() as u32;
        self.ids
            .insert(hash, id, |&id| hash_of(&strings[id as usize]));
        self.strings.push(s.into());
        id
    }

    /// The ids of several columns of values: as `id` on each value of the
    /// first column in turn, then the second's, and so on, so ids are given
    /// in the same order. Each column is cut into parts, and each part's
    /// distinct values are found on a thread of its own first (a table per
    /// part, in order of first appearance); only those distinct values then
    /// meet the shared table, part after part in order, one at a time, and
    /// each value's id is read back in parallel. (Interning a million
    /// records' fields one at a time was a second of the link stage on one
    /// core; with a table per whole column, the postcode parts' column of
    /// three million values still held one core for a third of a second.)
    fn ids_of_columns<T: AsRef<str> + Sync>(
        &mut self,
        columns: &[Vec<Option<T>>],
    ) -> Vec<Vec<u32>> {
        self.ids_in_parts(columns, 1 << 18)
    }

    /// `ids_of_columns` with parts of `part` values.
    fn ids_in_parts<T: AsRef<str> + Sync>(
        &mut self,
        columns: &[Vec<Option<T>>],
        part: usize,
    ) -> Vec<Vec<u32>> {
        let parts: Vec<(usize, &[Option<T>])> = columns
            .iter()
            .enumerate()
            .flat_map(|(c, col)| col.chunks(part.max(1)).map(move |p| (c, p)))
            .collect();
        let local: Vec<PartIds> = parts
            .par_iter()
            .with_max_len(1)
            .map(|(_, part)| {
                let mut seen: crate::FastMap<&str, u32> = crate::FastMap::default();
                let mut distinct: Vec<(&str, u64)> = Vec::new();
                let ids = part
                    .iter()
                    .map(|v| {
                        let Some(s) = v.as_ref().map(|s| s.as_ref()).filter(|s| !s.is_empty())
                        else {
                            return 0;
                        };
                        *seen.entry(s).or_insert_with(|| {
                            distinct.push((s, hash_of(s)));
                            distinct.len() as u32
                        })
                    })
                    .collect();
                (distinct, ids)
            })
            .collect();
        // Parts in order: the shared table meets values as `id` would.
        let globals: Vec<Vec<u32>> = local
            .iter()
            .map(|(distinct, _)| {
                std::iter::once(0)
                    .chain(distinct.iter().map(|&(s, h)| self.id_hashed(s, h)))
                    .collect()
            })
            .collect();
        let mut out: Vec<Vec<u32>> = columns
            .iter()
            .map(|c| Vec::with_capacity(c.len()))
            .collect();
        let mapped: Vec<Vec<u32>> = local
            .into_par_iter()
            .zip(globals.par_iter())
            .map(|((_, ids), global)| ids.into_iter().map(|l| global[l as usize]).collect())
            .collect();
        for ((c, _), ids) in parts.iter().zip(mapped) {
            out[*c].extend_from_slice(&ids);
        }
        out
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
#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Debug)]
pub struct Features {
    pub n: usize,
    pub strings: Interner,
    /// Text columns (interned ids), one per text field in use.
    pub text: crate::FastMap<LinkField, Vec<u32>>,
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
    /// range of `alias_pool` (`name::alias_entries`: ascending group ids,
    /// each with whether the name is the group's canonical form), looked up
    /// once per distinct name rather than once per pair.
    aliases: Vec<(u32, u32)>,
    alias_pool: Vec<u32>,
    /// Per interned string: a hash of its text, the same whatever order the
    /// records came in (interned ids follow record order), for blocking keys.
    content: Vec<u64>,
    /// Records in canonical order (by source name, then source key): what
    /// training samples from and ties are broken by, so that no result
    /// depends on the order of sources in the project or of rows in a source.
    pub order: Vec<u32>,
    /// Each record's position in `order`.
    pub rank: Vec<u32>,
    /// Per record: its source grouping (source and family key) as an
    /// interned id, 0 when it has none: two records one source lists as
    /// members of one grouping are two people.
    pub grouping: Vec<u32>,
    /// Per record: 1 child, 2 parent or carer, 0 other or unknown.
    pub role: Vec<u8>,
    /// Per child record: the names (normalised forename, surname) of its
    /// mothers as its own source records them: the women its grouping lists
    /// as a parent, and a "Mother:" or "Mum:" its free text names. Empty for
    /// adults and for children with none (see `mothers_of`).
    pub mothers: Vec<Box<[Mother]>>,
    /// Per record: the interned previous surname (`née`), 0 when none or
    /// when no comparison reads surnames.
    pub previous_family: Vec<u32>,
    /// Per record: the interned preferred forename ("known as"), 0 when
    /// none or when no comparison reads forenames.
    pub known_as: Vec<u32>,
    /// Per source: whether two of its records can be one person (false for
    /// a duplicate-free source, and for every source under `link_only`).
    /// Empty: every source can.
    pub within_source: Vec<bool>,
}

/// One of a record's names, read from it.
type NameOf = fn(&Person) -> Option<&str>;

/// A mother's normalised forename and surname (the surname may be empty).
#[cfg_attr(feature = "ballista", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mother(pub Box<str>, pub Box<str>);

/// Per record: the names of a child's mothers, as its own source gives
/// them (`Features::mothers`): the women of its grouping recorded as a
/// parent (not a carer: a grandmother who cares for the children is not
/// their mother), and the mothers its free-text parent field names. Only
/// for records of children: an adult's grouping lists his partner, not his
/// mother.
/// `grouping` is `Features::grouping` (0: none).
pub fn mothers_of(records: &[Person], grouping: &[u32]) -> Vec<Box<[Mother]>> {
    use crate::model::Role;
    // The women of each grouping, found on every thread, gathered in order.
    let found: Vec<(u32, usize, Mother)> = records
        .par_iter()
        .enumerate()
        .filter_map(|(r, p)| {
            let g = grouping.get(r).copied().unwrap_or(0);
            if g == 0 || p.role() != Role::Parent || p.sex != Some(Sex::F) {
                return None;
            }
            let given = p.name.given.as_deref().filter(|g| !g.is_empty())?;
            let family = p.name.family.as_deref().unwrap_or("");
            Some((g, r, Mother(given.into(), family.into())))
        })
        .collect();
    let mut women: HashMap<u32, Vec<(usize, Mother)>> = HashMap::new();
    for (g, r, mother) in found {
        women.entry(g).or_default().push((r, mother));
    }
    records
        .par_iter()
        .enumerate()
        .map(|(r, p)| {
            if p.role() != Role::Child {
                return Box::default();
            }
            let mut names: Vec<Mother> = Vec::new();
            let g = grouping.get(r).copied().unwrap_or(0);
            for (m, mother) in women.get(&g).into_iter().flatten() {
                if *m != r {
                    names.push(mother.clone());
                }
            }
            if let Some(text) = p.staged.extra().parent_text.as_deref() {
                names.extend(
                    super::family_named::named_mothers(text)
                        .into_iter()
                        .map(|(given, family)| Mother(given.into(), family.into())),
                );
            }
            names.sort();
            names.dedup();
            names.into_boxed_slice()
        })
        .collect()
}

/// FNV-1a over a string's bytes: stable across runs and platforms.
fn content_hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

fn text_of<'a>(p: &'a Person, field: &LinkField) -> Option<Cow<'a, str>> {
    let lower = |s: &str| Cow::Owned(s.trim().to_lowercase());
    let borrowed = |s: &'a str| Cow::Borrowed(s);
    match field {
        LinkField::Given => p.name.given.as_deref().map(borrowed),
        LinkField::Middle => p.name.middle.as_deref().map(borrowed),
        LinkField::Family => p.name.family.as_deref().map(borrowed),
        LinkField::NhsNumber => p.nhs_number.as_ref().and_then(|i| i.valid()).map(borrowed),
        LinkField::Upn => p.upn.as_ref().and_then(|i| i.valid()).map(borrowed),
        // Pseudo-postcodes say where someone is not known to live: no
        // evidence of a shared address. Postcodes that fail the UK rules
        // (or foreign ones) are still compared as written.
        LinkField::Postcode => p.postcode.as_ref().and_then(|pc| match pc.kind {
            PostcodeKind::Standard | PostcodeKind::Invalid | PostcodeKind::Bfpo => {
                Some(borrowed(&pc.value))
            }
            _ => None,
        }),
        LinkField::Town => p.staged.town.as_deref().map(lower),
        LinkField::Address => {
            let joined = p
                .staged
                .address_lines
                .iter()
                .map(|l| l.trim().to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            Some(Cow::Owned(
                joined.split_whitespace().collect::<Vec<_>>().join(" "),
            ))
        }
        LinkField::Email => p.extra().email.as_deref().map(borrowed),
        LinkField::Phone => p.extra().phone.as_deref().map(borrowed),
        LinkField::Identifier(kind) => p
            .staged
            .extra()
            .identifiers
            .iter()
            .find(|(k, _)| k == kind)
            .map(|(_, v)| {
                Cow::Owned(
                    v.chars()
                        .filter(|c| c.is_alphanumeric())
                        .flat_map(char::to_uppercase)
                        .collect(),
                )
            }),
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
    /// Let go of the per-record columns that comparing reads only through
    /// `compare::Rows` (the texts, dates, sexes, postcode parts, preferred
    /// forenames and previous surnames) and the term frequencies, which a
    /// scorer reads only through its adjustments
    /// (`Scorer::tf_adjustments`); and the canonical order and ranks,
    /// which only the node reads (training's random pairs, the order of
    /// scored edges): for features those are made from already, and
    /// nothing else is asked of (a cluster executor's scoring package).
    /// The strings and what is kept per string, the sources and the record
    /// count stay. On the peers' 1M file this was about two fifths of a
    /// shard pair's package in an executor's memory.
    #[cfg(feature = "ballista")]
    pub fn keep_per_string_only(&mut self) {
        for column in self.text.values_mut() {
            *column = Vec::new();
        }
        self.dob = Vec::new();
        self.sex = Vec::new();
        self.postcode_sector = Vec::new();
        self.postcode_district = Vec::new();
        self.postcode_area = Vec::new();
        self.known_as = Vec::new();
        self.previous_family = Vec::new();
        self.tf = HashMap::new();
        self.order = Vec::new();
        self.rank = Vec::new();
    }

    /// About the bytes these features hold on the heap: every column and
    /// string, as an executor holds a scoring package's (the interner's
    /// look-up table is not sent, so not counted). Counted from the
    /// structure rather than the allocator, whose figures are the whole
    /// process's.
    #[cfg(feature = "ballista")]
    pub fn heap_bytes(&self) -> usize {
        use crate::memory::{str_bytes, vec_bytes};
        let strings = vec_bytes(&self.strings.strings)
            + self
                .strings
                .strings
                .iter()
                .map(|s| str_bytes(s))
                .sum::<usize>();
        // A field's column, with its place in the map.
        let column = std::mem::size_of::<(LinkField, Vec<u32>)>();
        let text: usize = self.text.values().map(|c| column + vec_bytes(c)).sum();
        let tf: usize = self.tf.values().map(|c| column + vec_bytes(c)).sum();
        let mothers = vec_bytes(&self.mothers)
            + self
                .mothers
                .iter()
                .flat_map(|m| m.iter())
                .map(|m| std::mem::size_of::<Mother>() + str_bytes(&m.0) + str_bytes(&m.1))
                .sum::<usize>();
        strings
            + text
            + tf
            + mothers
            + vec_bytes(&self.metaphone)
            + vec_bytes(&self.dob)
            + vec_bytes(&self.sex)
            + vec_bytes(&self.postcode_sector)
            + vec_bytes(&self.postcode_district)
            + vec_bytes(&self.postcode_area)
            + vec_bytes(&self.source)
            + vec_bytes(&self.aliases)
            + vec_bytes(&self.alias_pool)
            + vec_bytes(&self.content)
            + vec_bytes(&self.order)
            + vec_bytes(&self.rank)
            + vec_bytes(&self.grouping)
            + vec_bytes(&self.role)
            + vec_bytes(&self.previous_family)
            + vec_bytes(&self.known_as)
            + vec_bytes(&self.within_source)
    }

    /// Prepare every column the settings read, records ranked by source
    /// index (see `build_ranked`).
    pub fn build(records: &[Person], settings: &Settings) -> Features {
        Self::build_ranked(records, settings, &[])
    }

    /// Prepare every column the settings read, records put in canonical
    /// order by `source_names` (`rank_records`): ranked once, where ranking
    /// by index and then again by name sorted a million keys twice.
    pub fn build_ranked(
        records: &[Person],
        settings: &Settings,
        source_names: &[String],
    ) -> Features {
        let n = records.len();
        let mut strings = Interner::new();
        let mut text = crate::FastMap::default();
        let fields = text_fields(settings);
        // Every column interned at once, in the order the ids are given:
        // the compared fields, the names kept aside, then postcode parts.
        let mut columns: Vec<Vec<Option<Cow<str>>>> = fields
            .iter()
            .map(|f| records.par_iter().map(|p| text_of(p, f)).collect())
            .collect();
        let asides: [(LinkField, NameOf); 2] = [
            (LinkField::Family, |p| p.name.previous_family.as_deref()),
            (LinkField::Given, |p| p.name.known_as.as_deref()),
        ];
        for (field, get) in &asides {
            if fields.contains(field) {
                columns.push(
                    records
                        .par_iter()
                        .map(|p| get(p).map(Cow::Borrowed))
                        .collect(),
                );
            }
        }
        // A standard postcode's sector, district and area, each record's
        // three in turn (the order `id` would meet them in).
        columns.push(
            records
                .par_iter()
                .flat_map_iter(|p| {
                    let pc = p
                        .postcode
                        .as_ref()
                        .filter(|pc| pc.kind == PostcodeKind::Standard);
                    [
                        pc.map(|pc| Cow::Owned(format!("\u{1}{}", pc.sector()))),
                        pc.map(|pc| Cow::Owned(format!("\u{1}{}", pc.outward()))),
                        pc.map(|pc| Cow::Owned(format!("\u{1}{}", pc.area()))),
                    ]
                })
                .collect(),
        );
        let mut ids = strings.ids_of_columns(&columns).into_iter();
        // Millions of small strings (the postcode parts): freed on every
        // thread rather than on this one.
        columns
            .into_par_iter()
            .for_each(|col| col.into_par_iter().for_each(drop));
        for f in &fields {
            text.insert(f.clone(), ids.next().expect("a column per field"));
        }
        // Empty when no record holds one: readers take a missing entry as
        // none, and a comparison's packed row then leaves the column out.
        let mut aside = |field: &LinkField| -> Vec<u32> {
            if !fields.contains(field) {
                return Vec::new();
            }
            let col = ids.next().expect("a column per name kept aside");
            if col.iter().all(|&id| id == 0) {
                return Vec::new();
            }
            col
        };
        let previous_family = aside(&asides[0].0);
        let known_as = aside(&asides[1].0);
        let ids = ids.next().expect("the postcode parts' column");
        let part = |k: usize| -> Vec<u32> { ids.iter().skip(k).step_by(3).copied().collect() };
        let (postcode_sector, postcode_district, postcode_area) = (part(0), part(1), part(2));
        drop(ids);
        // Metaphone codes once per distinct name, not once per record.
        let mut metaphone = vec![(0u32, 0u32); strings.len()];
        let name_ids: Vec<u32> = fields
            .iter()
            .filter(|f| f.is_name())
            .flat_map(|f| text[f].iter().copied())
            .chain(previous_family.iter().copied())
            .chain(known_as.iter().copied())
            .collect();
        let mut done = vec![false; strings.len()];
        for id in name_ids {
            if id == 0 || done[id as usize] {
                continue;
            }
            done[id as usize] = true;
            let (a, b) = crate::standardise::name::double_metaphone(strings.get(id));
            // No code is no code (0), not a code every such name shares.
            let mut code = |c: String| {
                if c.is_empty() {
                    0
                } else {
                    strings.id(&format!("\u{2}{c}"))
                }
            };
            let (a, b) = (code(a), code(b));
            metaphone[id as usize] = (a, b);
        }
        metaphone.resize(strings.len(), (0, 0));
        let mut aliases = vec![(0u32, 0u32); strings.len()];
        let mut alias_pool = Vec::new();
        for (id, d) in done.iter().enumerate() {
            if *d {
                let groups = crate::standardise::name::alias_entries(strings.get(id as u32));
                aliases[id] = (alias_pool.len() as u32, groups.len() as u32);
                alias_pool.extend_from_slice(&groups);
            }
        }
        // Each a pass over every record: on every thread, collected in order.
        let dob = records
            .par_iter()
            .map(|p| p.dob.map_or(0, |d| pack_dob(d.year, d.month, d.day)))
            .collect();
        let sex = records
            .par_iter()
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
        let keys: Vec<Option<String>> = records
            .par_iter()
            .map(|p| {
                p.staged
                    .family_key
                    .as_deref()
                    .filter(|k| !k.trim().is_empty())
                    .map(|k| format!("\u{3}{}\u{1f}{k}", p.source()))
            })
            .collect();
        let grouping: Vec<u32> = strings
            .ids_of_columns(std::slice::from_ref(&keys))
            .pop()
            .expect("one column");
        drop(keys);
        let role = records
            .par_iter()
            .map(|p| match p.role() {
                crate::model::Role::Child => 1,
                crate::model::Role::Parent | crate::model::Role::Carer => 2,
                _ => 0,
            })
            .collect();
        let mothers = mothers_of(records, &grouping);
        let content = strings
            .strings
            .par_iter()
            .map(|s| content_hash(s))
            .collect();
        let mut f = Features {
            n,
            strings,
            text,
            metaphone,
            dob,
            sex,
            postcode_sector,
            postcode_district,
            postcode_area,
            source: records.par_iter().map(|p| p.source()).collect(),
            tf,
            aliases,
            alias_pool,
            content,
            grouping,
            role,
            mothers,
            previous_family,
            known_as,
            order: Vec::new(),
            rank: Vec::new(),
            within_source: Vec::new(),
        };
        f.rank_records(records, source_names);
        f
    }

    /// Put the records in canonical order: by source name (`source_names`,
    /// indexed by source; without them, by source index), then source key,
    /// then position (only records with one key twice in one source fall
    /// back on it).
    pub fn rank_records(&mut self, records: &[Person], source_names: &[String]) {
        let mut by_name: Vec<u16> = (0..source_names.len() as u16).collect();
        by_name.sort_by_key(|&s| &source_names[s as usize]);
        let mut source_rank = vec![0u16; source_names.len()];
        for (r, &s) in by_name.iter().enumerate() {
            source_rank[s as usize] = r as u16;
        }
        let rank_of = |s: u16| source_rank.get(s as usize).copied().unwrap_or(s);
        let mut order: Vec<u32> = (0..self.n as u32).collect();
        // Unstable is safe: the position breaks every tie, so the order is
        // total and the same as a stable sort's.
        order.par_sort_unstable_by(|&x, &y| {
            let (a, b) = (&records[x as usize], &records[y as usize]);
            rank_of(a.source())
                .cmp(&rank_of(b.source()))
                .then_with(|| a.key().cmp(b.key()))
                .then(x.cmp(&y))
        });
        let mut rank = vec![0u32; self.n];
        for (r, &i) in order.iter().enumerate() {
            rank[i as usize] = r as u32;
        }
        self.order = order;
        self.rank = rank;
    }

    /// Whether records `a` and `b` may be compared at all (see
    /// `within_source`).
    #[inline]
    pub fn comparable(&self, a: usize, b: usize) -> bool {
        let s = self.source[a];
        s != self.source[b] || self.within_source.get(s as usize).copied().unwrap_or(true)
    }

    /// How many pairs of records may be compared: all pairs less those
    /// inside sources whose records cannot match each other.
    pub fn comparable_pairs(&self) -> f64 {
        let n = self.n as f64;
        let mut per_source = vec![0u64; self.within_source.len()];
        for &s in &self.source {
            if let Some(c) = per_source.get_mut(s as usize) {
                *c += 1;
            }
        }
        let within: f64 = per_source
            .iter()
            .zip(&self.within_source)
            .filter(|(_, &ok)| !ok)
            .map(|(&c, _)| c as f64 * (c as f64 - 1.0) / 2.0)
            .sum();
        (n * (n - 1.0) / 2.0 - within).max(1.0)
    }

    /// A record-order-free stand-in for an interned id (0 stays 0).
    #[inline]
    pub fn stable(&self, id: u32) -> u64 {
        if id == 0 {
            0
        } else {
            self.content[id as usize].max(1)
        }
    }

    pub fn col(&self, f: &LinkField) -> &[u32] {
        self.text.get(f).map_or(&[], Vec::as_slice)
    }

    /// Whether record `i`'s or `j`'s preferred forename agrees with the
    /// other's forename (`a`, `b`) or preferred forename, directly or as an
    /// alias: `Robert (Bob)` and `Bob`, or `Bobby`. The same test read from
    /// both sides, so the order of the pair does not matter.
    /// `ka` and `kb` are the two records' preferred forenames (0 = none),
    /// read from `known_as` or from a copy of it (`compare::Compiled`).
    pub fn known_as_agrees(&self, (ka, kb): (u32, u32), a: u32, b: u32) -> bool {
        (ka != 0 && (self.same_alias(ka, b) || self.same_alias(ka, kb)))
            || (kb != 0 && self.same_alias(a, kb))
    }

    /// Whether record `i`'s or `j`'s previous surname agrees with the
    /// other's surname (`a`, `b`) or previous surname: `Smith (née Jones)`
    /// and `Jones`.
    /// `pa` and `pb` are the two records' previous surnames (0 = none), read
    /// from `previous_family` or from a copy of it (`compare::Compiled`).
    pub fn previous_family_agrees(&self, (pa, pb): (u32, u32), a: u32, b: u32) -> bool {
        (pa != 0 && (pa == b || pa == pb)) || (pb != 0 && pb == a)
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
        crate::standardise::name::alias_related(groups(a), groups(b), || {
            // Codes in common, as the phonetic level reads them.
            let (pa, qa) = self.metaphone.get(a as usize).copied().unwrap_or((0, 0));
            let (pb, qb) = self.metaphone.get(b as usize).copied().unwrap_or((0, 0));
            pa != 0 && pb != 0 && (pa == pb || pa == qb || (qa != 0 && (qa == pb || qa == qb)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Columns cut into parts get the ids `id` gives one value at a time,
    /// in the same order, whatever the part size.
    #[test]
    fn interning_in_parts_is_interning_one_at_a_time() {
        let names = [
            "ann", "", "bo", "ann", "cy", "bo", "dee", "ann", "eve", "cy",
        ];
        let columns: Vec<Vec<Option<&str>>> = vec![
            names.iter().map(|s| Some(*s)).collect(),
            names
                .iter()
                .rev()
                .enumerate()
                .map(|(k, s)| (k % 3 != 0).then_some(*s))
                .collect(),
            vec![Some("zed"), None, Some("ann"), Some("fay")],
        ];
        let mut one = Interner::new();
        let expected: Vec<Vec<u32>> = columns
            .iter()
            .map(|col| col.iter().map(|v| v.map_or(0, |s| one.id(s))).collect())
            .collect();
        for part in [1, 2, 3, 4, 7, 100] {
            let mut parts = Interner::new();
            assert_eq!(parts.ids_in_parts(&columns, part), expected, "part {part}");
            assert_eq!(parts.strings, one.strings, "part {part}");
        }
    }
}
