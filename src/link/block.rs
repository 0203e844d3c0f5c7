//! Blocking: which pairs are compared at all. Each rule gives every record a
//! key (or none, when a field it needs is missing); records that share a key
//! form a block and every pair inside it is a candidate. A pair found by
//! several rules is compared once, under the first rule that finds it: the
//! check is a look at the earlier rules' keys, so no set of pairs is kept.
//! A block larger than `max_block_size` is not expanded; it is counted and
//! reported, never silently truncated.

use super::features::{dob_parts, Features};
use super::settings::{BlockKey, BlockingRule, LinkField, Settings};
use rayon::prelude::*;
use serde::Serialize;

/// Mix two 64-bit values (a SplitMix64 step): keys from ids, well spread.
fn mix(h: u64, v: u64) -> u64 {
    let mut z = h ^ v
        .wrapping_add(0x9e37_79b9_7f4a_7c15)
        .wrapping_add(h << 6)
        .wrapping_add(h >> 2);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// One key part for record `i`, or None when the field is missing.
fn key_part(f: &Features, key: &BlockKey, i: usize) -> Option<u64> {
    let text =
        |field: &LinkField| -> Option<u32> { f.col(field).get(i).copied().filter(|&id| id != 0) };
    let prefix = |field: &LinkField, n: usize| -> Option<u64> {
        let s = f.strings.get(text(field)?);
        let mut h = 0xcbf2_9ce4_8422_2325u64;
        let mut count = 0;
        for c in s.chars().take(n) {
            h = mix(h, c as u64);
            count += 1;
        }
        (count == n).then_some(h)
    };
    Some(match key {
        BlockKey::Field(LinkField::Dob) => {
            let d = f.dob[i];
            let (_, m, day) = dob_parts(d);
            // A partial date is no key: it would block on the year alone.
            if d == 0 || m == 0 || day == 0 {
                return None;
            }
            d as u64
        }
        BlockKey::Field(LinkField::Sex) => match f.sex[i] {
            0 => return None,
            s => s as u64,
        },
        // Keys from the text, not the interned id (which follows record
        // order), so that the blocks and their order do not depend on it.
        BlockKey::Field(field) => f.stable(text(field)?),
        BlockKey::GivenMetaphone => f.stable(
            f.metaphone
                .get(text(&LinkField::Given)? as usize)
                .map(|m| m.0)
                .filter(|&m| m != 0)?,
        ),
        BlockKey::FamilyMetaphone => f.stable(
            f.metaphone
                .get(text(&LinkField::Family)? as usize)
                .map(|m| m.0)
                .filter(|&m| m != 0)?,
        ),
        BlockKey::GivenInitial => prefix(&LinkField::Given, 1)?,
        BlockKey::FamilyInitial => prefix(&LinkField::Family, 1)?,
        BlockKey::Given2 => prefix(&LinkField::Given, 2)?,
        BlockKey::Family2 => prefix(&LinkField::Family, 2)?,
        BlockKey::NameSet => {
            let (g, s) = (
                f.stable(text(&LinkField::Given)?),
                f.stable(text(&LinkField::Family)?),
            );
            mix(g.min(s), g.max(s))
        }
        BlockKey::DobYear => match dob_parts(f.dob[i]).0 {
            0 => return None,
            y => y as u64,
        },
        BlockKey::DobMonthDay => {
            let (_, m, d) = dob_parts(f.dob[i]);
            if m == 0 || d == 0 {
                return None;
            }
            (m as u64) << 5 | d as u64
        }
        BlockKey::PostcodeSector => f.stable(Some(f.postcode_sector[i]).filter(|&v| v != 0)?),
        BlockKey::PostcodeDistrict => f.stable(Some(f.postcode_district[i]).filter(|&v| v != 0)?),
    })
}

/// Every record's key under each rule, record by record (`keys[record *
/// rules.len() + rule]`), 0 where a field the rule needs is missing: what
/// blocking sorts on here, and what a cluster engine joins on
/// (`super::engine`).
pub fn rule_keys(f: &Features, rules: &[BlockingRule]) -> Vec<u64> {
    (0..f.n)
        .into_par_iter()
        .flat_map_iter(|i| {
            rules.iter().enumerate().map(move |(r, rule)| {
                let mut h = mix(0x5151, r as u64);
                for k in &rule.keys {
                    match key_part(f, k, i) {
                        Some(v) => h = mix(h, v),
                        None => return 0,
                    }
                }
                h.max(1)
            })
        })
        .collect()
}

/// Each record's source and per source whether its records can match each
/// other, when some source's cannot (`Features::within_source`); both empty
/// otherwise, so that the common case pays nothing.
pub fn source_restriction(f: &Features) -> (Vec<u16>, Vec<bool>) {
    if f.within_source.iter().any(|ok| !ok) {
        (f.source.clone(), f.within_source.clone())
    } else {
        (Vec::new(), Vec::new())
    }
}

/// What blocking produced, per rule, for the report.
#[derive(Clone, Debug, Default, Serialize, serde::Deserialize)]
pub struct RuleStats {
    pub rule: String,
    /// Pairs compared under this rule (not found by an earlier rule).
    pub comparisons: u64,
    pub blocks: u64,
    /// Blocks over the size cap, and the pairs they would have held.
    pub capped_blocks: u64,
    pub capped_pairs: u64,
    pub largest_block: u64,
}

/// One rule's blocks: its records sorted by key (`members`), each block
/// of two or more as (start, length) in it, the blocks over the size cap
/// as (start, end), and its statistics.
struct RuleBlocks {
    members: Vec<u32>,
    blocks: Vec<(u32, u32)>,
    capped: Vec<(usize, usize)>,
    stats: RuleStats,
}

fn rule_blocks(
    keys: &[u64],
    nrules: usize,
    r: usize,
    n: usize,
    max_block_size: usize,
    name: &str,
) -> RuleBlocks {
    // Sorted as (key, record) pairs side by side: a sort that looked each
    // key up through the record would miss the cache; so would a scan.
    let mut keyed: Vec<(u64, u32)> = (0..n)
        .map(|i| (keys[i * nrules + r], i as u32))
        .filter(|&(k, _)| k != 0)
        .collect();
    keyed.par_sort_unstable();
    let mut found = RuleBlocks {
        members: Vec::with_capacity(keyed.len()),
        blocks: Vec::new(),
        capped: Vec::new(),
        stats: RuleStats {
            rule: name.to_string(),
            ..Default::default()
        },
    };
    let st = &mut found.stats;
    let mut start = 0;
    while start < keyed.len() {
        let this = keyed[start].0;
        let mut end = start + 1;
        while end < keyed.len() && keyed[end].0 == this {
            end += 1;
        }
        let len = (end - start) as u64;
        if len >= 2 {
            st.largest_block = st.largest_block.max(len);
            if len as usize > max_block_size {
                st.capped_blocks += 1;
                st.capped_pairs += len * (len - 1) / 2;
                found.capped.push((start, end));
            } else {
                st.blocks += 1;
                found.blocks.push((start as u32, len as u32));
            }
        }
        start = end;
    }
    found.members.extend(keyed.iter().map(|&(_, i)| i));
    found
}

/// Every rule's keys (0 = no key) and records sorted into blocks.
pub struct Blocking {
    /// Every record's key under each rule, record by record (keys[record *
    /// rules + rule]), so that the check for an earlier rule reads one cache
    /// line per record.
    keys: Vec<u64>,
    rules: usize,
    /// Per rule: record indexes sorted by key, records without a key left out.
    sorted: Vec<Vec<u32>>,
    /// Every block to expand: (rule, start, len) into `sorted[rule]`.
    pub blocks: Vec<(u16, u32, u32)>,
    pub stats: Vec<RuleStats>,
    /// Each record's source, when some source's records cannot match each
    /// other (`Features::within_source`), and per source whether they can;
    /// both empty otherwise, so the common case pays nothing.
    source: Vec<u16>,
    within_source: Vec<bool>,
}

impl Blocking {
    /// Blocks of the settings' prediction rules.
    /// The progress display counts its rules.
    pub fn build(f: &Features, settings: &Settings) -> Blocking {
        crate::progress::length(settings.blocking_rules.len() as u64, "rules");
        Blocking::build_counted(f, &settings.blocking_rules, settings.max_block_size, true)
    }

    /// Blocks of any list of rules (EM training uses its own, and counts
    /// its sessions rather than their one rule each).
    pub fn build_rules(f: &Features, rules: &[BlockingRule], max_block_size: usize) -> Blocking {
        Blocking::build_counted(f, rules, max_block_size, false)
    }

    fn build_counted(
        f: &Features,
        rules: &[BlockingRule],
        max_block_size: usize,
        counted: bool,
    ) -> Blocking {
        let nrules = rules.len();
        let mut keys = rule_keys(f, rules);
        // The rules are independent: each sorts its own (key, record) pairs
        // and finds its blocks, on any thread, and they are put together in
        // rule order below.
        let per_rule: Vec<RuleBlocks> = rules
            .par_iter()
            .enumerate()
            .map(|(r, rule)| {
                let found = rule_blocks(&keys, nrules, r, f.n, max_block_size, &rule.name);
                if counted {
                    crate::progress::add(1);
                }
                found
            })
            .collect();
        let mut sorted = Vec::with_capacity(nrules);
        let mut blocks = Vec::new();
        let mut stats = Vec::with_capacity(nrules);
        let mut capped = Vec::new();
        for (r, found) in per_rule.into_iter().enumerate() {
            blocks.extend(found.blocks.iter().map(|&(s, l)| (r as u16, s, l)));
            capped.extend(found.capped.iter().map(|&(s, e)| (r, s, e)));
            sorted.push(found.members);
            stats.push(found.stats);
        }
        // A capped block found no pairs: its key must not stop a later rule
        // from comparing its members (`found_earlier`), or the pairs of an
        // oversized block would be lost to every rule after it.
        for (r, start, end) in capped {
            for &i in &sorted[r][start..end] {
                keys[i as usize * nrules + r] = 0;
            }
        }
        // Largest blocks first, so the parallel expansion ends evenly. No
        // two blocks share a rule and start, so the order is total and an
        // unstable sort on every thread gives the one order.
        blocks.par_sort_unstable_by_key(|&(r, s, l)| (std::cmp::Reverse(l), r, s));
        let (source, within_source) = source_restriction(f);
        Blocking {
            keys,
            rules: nrules,
            sorted,
            blocks,
            stats,
            source,
            within_source,
        }
    }

    /// Whether an earlier rule than `rule` already puts `a` and `b` together.
    #[inline]
    pub fn found_earlier(&self, rule: usize, a: usize, b: usize) -> bool {
        let ka = &self.keys[a * self.rules..a * self.rules + rule];
        let kb = &self.keys[b * self.rules..b * self.rules + rule];
        ka.iter().zip(kb).any(|(x, y)| *x != 0 && x == y)
    }

    /// Call `visit(a, b)` (a < b) for every candidate pair of one block that
    /// no earlier rule found.
    #[inline]
    pub fn for_each_pair(&self, block: (u16, u32, u32), visit: impl FnMut(u32, u32)) {
        self.for_each_pair_ahead(block, |_| {}, visit)
    }

    /// `for_each_pair`, telling `ahead` which record the next pair will
    /// read, one pair before it does: the members of a block sit anywhere
    /// in memory, and at a million records most pairs would otherwise wait
    /// for their second record's row and keys to arrive from memory.
    #[inline]
    pub fn for_each_pair_ahead(
        &self,
        block: (u16, u32, u32),
        ahead: impl Fn(u32),
        mut visit: impl FnMut(u32, u32),
    ) {
        let (r, start, len) = block;
        let members = &self.sorted[r as usize][start as usize..(start + len) as usize];
        for (x, &a) in members.iter().enumerate() {
            let rest = &members[x + 1..];
            for (y, &b) in rest.iter().enumerate() {
                // The next pair's second record: the next member, or on the
                // last, the member after the next first record.
                if let Some(&next) = rest.get(y + 1).or_else(|| members.get(x + 2)) {
                    crate::memory::prefetch(&self.keys, next as usize * self.rules);
                    ahead(next);
                }
                let (lo, hi) = if a < b { (a, b) } else { (b, a) };
                if !self.comparable(lo as usize, hi as usize) {
                    continue;
                }
                if !self.found_earlier(r as usize, lo as usize, hi as usize) {
                    visit(lo, hi);
                }
            }
        }
    }

    /// Whether a pair may be compared: not two records of one source whose
    /// records cannot match each other (no pair is generated that cannot
    /// match, as Splink's link types say).
    #[inline]
    fn comparable(&self, a: usize, b: usize) -> bool {
        if self.source.is_empty() {
            return true;
        }
        let s = self.source[a];
        s != self.source[b] || self.within_source[s as usize]
    }

    /// Pairs in a block (before de-duplication against earlier rules).
    pub fn block_pairs(block: (u16, u32, u32)) -> u64 {
        let l = block.2 as u64;
        l * (l - 1) / 2
    }

    /// `blocks` cut into runs of consecutive blocks of about the same number
    /// of pairs each (a block larger than that is a run of its own), for a
    /// parallel pass to share out. Rayon splits a list of blocks by their
    /// number, not their pairs, and a piece it has stopped splitting cannot
    /// be stolen: with the largest blocks first, one thread was left with
    /// a piece of large blocks for the last 4.5 of 9.5 s of the 1M
    /// scoring, the other idle.
    pub fn work_units(blocks: &[(u16, u32, u32)]) -> Vec<std::ops::Range<usize>> {
        let total: u64 = blocks.iter().map(|&b| Blocking::block_pairs(b)).sum();
        // Many more runs than threads, each still far more work than the
        // cost of handing it out.
        let target = (total / (rayon::current_num_threads() as u64 * 256)).max(4096);
        let mut units = Vec::new();
        let (mut start, mut pairs) = (0, 0u64);
        for (x, &b) in blocks.iter().enumerate() {
            pairs += Blocking::block_pairs(b);
            if pairs >= target {
                units.push(start..x + 1);
                (start, pairs) = (x + 1, 0);
            }
        }
        if start < blocks.len() {
            units.push(start..blocks.len());
        }
        units
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StagedPerson;

    fn person(key: &str, given: &str, family: &str) -> crate::model::Person {
        let staged = StagedPerson {
            key: key.into(),
            given_names: Some(given.into()),
            family_name: Some(family.into()),
            ..Default::default()
        };
        crate::standardise::person(staged, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
    }

    fn pairs(b: &Blocking) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        for &block in &b.blocks {
            b.for_each_pair(block, |x, y| out.push((x, y)));
        }
        out.sort_unstable();
        out
    }

    /// A pair in an oversized block of an earlier rule is still compared by
    /// a later rule that finds it; a pair in an expanded block is compared
    /// once, under the first rule.
    #[test]
    fn a_capped_block_does_not_hide_pairs_from_later_rules() {
        let text = r#"
blocking_rules = [["family"], ["family", "given"], ["given"]]
max_block_size = 3
[[comparison]]
name = "forename"
field = "given"
levels = ["exact"]
"#;
        let settings = Settings::parse(text, std::path::Path::new("t.toml")).unwrap();
        let records = [
            person("1", "Ann", "Smith"),
            person("2", "Ann", "Smith"),
            person("3", "Bob", "Smith"),
            person("4", "Cat", "Smith"),
            person("5", "Dan", "Jones"),
            person("6", "Dan", "Jones"),
        ];
        let f = super::super::features::Features::build(&records, &settings);
        let b = Blocking::build(&f, &settings);
        assert_eq!(b.stats[0].capped_blocks, 1, "the four Smiths");
        // Ann Smith twice: under rule 2, as rule 1 compared nothing of
        // theirs; Dan Jones twice: under rule 1 only, not again.
        assert_eq!(pairs(&b), vec![(0, 1), (4, 5)]);
        let mut per_rule = [0u64; 3];
        for &block in &b.blocks {
            b.for_each_pair(block, |_, _| per_rule[block.0 as usize] += 1);
        }
        assert_eq!(per_rule, [1, 1, 0]);
    }

    /// Issue 16: `link_only`, or a duplicate-free source, generates no pair
    /// inside the source: none could match.
    #[test]
    fn no_pairs_inside_a_source_whose_records_cannot_match() {
        let settings = Settings::default_settings();
        let mut records = vec![
            person("1", "Ann", "Smith"),
            person("2", "Ann", "Smith"),
            person("3", "Ann", "Smith"),
            person("4", "Ann", "Smith"),
        ];
        for (r, s) in records.iter_mut().zip([0u16, 0, 1, 1]) {
            r.staged.source = s;
        }
        let mut f = super::super::features::Features::build(&records, &settings);
        assert_eq!(
            pairs(&Blocking::build(&f, &settings)).len(),
            6,
            "dedupe: every pair"
        );
        f.within_source = vec![false, true];
        assert_eq!(
            pairs(&Blocking::build(&f, &settings)),
            vec![(0, 2), (0, 3), (1, 2), (1, 3), (2, 3)],
            "source 0 is duplicate-free"
        );
        f.within_source = vec![false, false];
        assert_eq!(
            pairs(&Blocking::build(&f, &settings)),
            vec![(0, 2), (0, 3), (1, 2), (1, 3)],
            "link only: across sources"
        );
        assert_eq!(f.comparable_pairs(), 4.0);
    }
}
