//! A subset of the features: the records a cluster's job weighs (two
//! shards, `ballista::link`), with what their comparisons read and no
//! more.

use super::{Features, Interner};

impl Features {
    /// The features of `records` alone (positions here), numbered from 0
    /// in the order given: what a cluster's executor needs to weigh the
    /// pairs among them, and no more (`ballista::link`'s shards). Every
    /// pair of them compares, levels and weighs as it does here: the
    /// strings they hold are kept with their metaphone codes, term
    /// frequencies, alias groups and content hashes (renumbered, in the
    /// order of their ids here, so that ids still agree where the strings
    /// do), each record keeps its rank, and `within_source` is kept whole.
    /// The interner's lookup table is left empty, as a package's is: it is
    /// only read while features are built. Left empty too is what only the
    /// node reads, for blocking keys and clustering: the records'
    /// groupings (and so their strings), roles and mothers, and the
    /// strings' content hashes. (On the peers' 1M file that was 13 of a
    /// shard pair's 81 MiB in an executor's memory; on an estate whose
    /// sources list families, each grouping was a string of its own too.)
    pub fn subset(&self, records: &[u32]) -> Features {
        let mut used = vec![false; self.strings.len()];
        {
            let mut mark = |col: &[u32]| {
                if !col.is_empty() {
                    for &r in records {
                        used[col[r as usize] as usize] = true;
                    }
                }
            };
            for col in self.text.values() {
                mark(col);
            }
            for col in [
                &self.postcode_sector,
                &self.postcode_district,
                &self.postcode_area,
                &self.previous_family,
                &self.known_as,
            ] {
                mark(col);
            }
        }
        for id in 0..used.len() {
            if used[id] {
                if let Some(&(a, b)) = self.metaphone.get(id) {
                    used[a as usize] = true;
                    used[b as usize] = true;
                }
            }
        }
        used[0] = false;
        let mut renumbered = vec![0u32; used.len()];
        let mut kept: Vec<usize> = Vec::new();
        for (id, _) in used.iter().enumerate().filter(|(_, &u)| u) {
            kept.push(id);
            renumbered[id] = kept.len() as u32;
        }
        let id = |old: u32| renumbered[old as usize];
        let ids = |col: &[u32]| -> Vec<u32> {
            if col.is_empty() {
                Vec::new()
            } else {
                records.iter().map(|&r| id(col[r as usize])).collect()
            }
        };
        fn pick<T: Clone>(col: &[T], records: &[u32]) -> Vec<T> {
            if col.is_empty() {
                Vec::new()
            } else {
                records.iter().map(|&r| col[r as usize].clone()).collect()
            }
        }
        // Per string: what the kept ones had here, id 0's first. A table
        // made before the last strings were interned (the groupings) ends
        // before them, and is read as holding nothing for them.
        fn per_string<T: Clone + Default>(col: &[T], kept: &[usize]) -> Vec<T> {
            if col.is_empty() {
                return Vec::new();
            }
            std::iter::once(0)
                .chain(kept.iter().copied())
                .map(|old| col.get(old).cloned().unwrap_or_default())
                .collect()
        }
        let mut strings = Interner::new();
        strings
            .strings
            .extend(kept.iter().map(|&old| self.strings.strings[old].clone()));
        let mut aliases = Vec::with_capacity(kept.len() + 1);
        let mut alias_pool = Vec::new();
        for old in std::iter::once(0).chain(kept.iter().copied()) {
            let (start, len) = self.aliases.get(old).copied().unwrap_or((0, 0));
            aliases.push((alias_pool.len() as u32, len));
            alias_pool.extend_from_slice(&self.alias_pool[start as usize..(start + len) as usize]);
        }
        let rank = pick(&self.rank, records);
        let mut order: Vec<u32> = (0..records.len() as u32).collect();
        if !rank.is_empty() {
            order.sort_unstable_by_key(|&i| rank[i as usize]);
        }
        Features {
            n: records.len(),
            strings,
            text: self
                .text
                .iter()
                .map(|(field, col)| (field.clone(), ids(col)))
                .collect(),
            metaphone: per_string(&self.metaphone, &kept)
                .into_iter()
                .map(|(a, b)| (id(a), id(b)))
                .collect(),
            dob: pick(&self.dob, records),
            sex: pick(&self.sex, records),
            postcode_sector: ids(&self.postcode_sector),
            postcode_district: ids(&self.postcode_district),
            postcode_area: ids(&self.postcode_area),
            source: pick(&self.source, records),
            tf: self
                .tf
                .iter()
                .map(|(field, col)| (field.clone(), per_string(col, &kept)))
                .collect(),
            aliases,
            alias_pool,
            content: Vec::new(),
            order: if rank.is_empty() { Vec::new() } else { order },
            rank,
            grouping: Vec::new(),
            role: Vec::new(),
            mothers: Vec::new(),
            previous_family: ids(&self.previous_family),
            known_as: ids(&self.known_as),
            within_source: self.within_source.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::score::Scorer;
    use crate::link::settings::Settings;
    use crate::model::{PartialDate, Person, StagedPerson};

    /// People of three sources, in groupings, with preferred forenames,
    /// previous surnames, dates that agree or transpose, postcodes that
    /// share a sector or not, and identifiers.
    fn people() -> Vec<Person> {
        let given = [
            "Robert (Bob)",
            "Bob",
            "Roberta",
            "Ann",
            "Anne",
            "Annie",
            "Zachary",
        ];
        let family = ["Smith", "Smith née Jones", "Jones", "Smyth", "Brown"];
        (0..96usize)
            .map(|i| {
                let staged = StagedPerson {
                    source: (i % 3) as u16,
                    key: format!("k{}", 96 - i),
                    family_key: (i % 5 != 0).then(|| format!("f{}", i / 6)),
                    role: Some([crate::model::Role::Child, crate::model::Role::Parent][i % 2]),
                    given_names: Some(given[i % given.len()].into()),
                    family_name: Some(family[(i / 2) % family.len()].into()),
                    postcode: Some(["LN1 1AA", "LN1 1AB", "LN2 4ZZ", "", "PE21 8QR"][i % 5].into()),
                    nhs_number: (i % 4 == 0).then(|| format!("999{:07}", i / 8).into()),
                    ..Default::default()
                };
                let mut p = crate::standardise::person(
                    staged,
                    chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                );
                p.dob = [
                    None,
                    Some(PartialDate::full(2015, 4, 3)),
                    Some(PartialDate::full(2015, 3, 4)),
                    Some(PartialDate::full(1988, 11, 20)),
                ][i % 4];
                p
            })
            .collect()
    }

    /// Every pair of a subset's records (two ranges, as a cluster's shard
    /// pair, or one) weighs as it does over all the records, to the bit,
    /// level by level, stops early where it does, and may be compared where
    /// it may.
    #[test]
    fn a_subset_weighs_its_pairs_as_the_whole() {
        let settings = Settings::default_settings();
        let records = people();
        let names: Vec<String> = ["c", "a", "b"].map(String::from).to_vec();
        let mut f = Features::build_ranked(&records, &settings, &names);
        f.within_source = vec![true, false, true];
        assert!(f.known_as.iter().any(|&k| k != 0), "no preferred forename");
        assert!(
            f.previous_family.iter().any(|&k| k != 0),
            "no previous surname"
        );
        assert!(!f.tf.is_empty(), "no term frequencies");
        let blocking = crate::link::block::Blocking::build(&f, &settings);
        let model = crate::link::train::train(&f, &blocking, &settings);
        let whole = Scorer::new(&f, &settings, &model);
        for ranges in [
            vec![(10u32, 40u32), (60, 96)],
            vec![(0, 96)],
            vec![(30, 31), (50, 52)],
        ] {
            let picked: Vec<u32> = ranges.iter().flat_map(|&(s, e)| s..e).collect();
            let sub = f.subset(&picked);
            assert_eq!(sub.n, picked.len());
            assert!(sub.strings.len() <= f.strings.len());
            // What only the node reads is left behind, the groupings'
            // strings with it (theirs begin with \u{3}).
            assert!(f.grouping.iter().any(|&g| g != 0) && f.role.iter().any(|&r| r != 0));
            assert!(
                sub.grouping.is_empty()
                    && sub.role.is_empty()
                    && sub.mothers.is_empty()
                    && sub.content.is_empty()
            );
            assert!(f.strings.strings.iter().any(|s| s.starts_with('\u{3}')));
            assert!(!sub.strings.strings.iter().any(|s| s.starts_with('\u{3}')));
            let part = Scorer::new(&sub, &settings, &model);
            for (x, &gx) in picked.iter().enumerate() {
                for (y, &gy) in picked.iter().enumerate() {
                    if x == y {
                        continue;
                    }
                    let (gx, gy) = (gx as usize, gy as usize);
                    let (mut lw, mut ls) = (Vec::new(), Vec::new());
                    let w = whole.weight(gx, gy, Some(&mut lw));
                    let s = part.weight(x, y, Some(&mut ls));
                    assert_eq!(w.to_bits(), s.to_bits(), "{gx} {gy}");
                    assert_eq!(lw, ls, "{gx} {gy}");
                    for min in [-5.0, 0.0, 5.0, w] {
                        assert_eq!(
                            whole.weight_at_least(gx, gy, min).map(f32::to_bits),
                            part.weight_at_least(x, y, min).map(f32::to_bits),
                            "{gx} {gy} {min}"
                        );
                    }
                    assert_eq!(f.comparable(gx, gy), sub.comparable(x, y));
                }
            }
            // Ranks kept, and the order theirs.
            for (x, &g) in picked.iter().enumerate() {
                assert_eq!(sub.rank[x], f.rank[g as usize]);
            }
            assert!(sub
                .order
                .windows(2)
                .all(|w| sub.rank[w[0] as usize] < sub.rank[w[1] as usize]));
        }
        // Some pairs must weigh differently, or the test shows nothing.
        let (lo, hi) = (0..96).fold((f32::MAX, f32::MIN), |(l, h), j| {
            let w = whole.weight(0, j, None);
            (l.min(w), h.max(w))
        });
        assert!(lo + 10.0 < hi, "{lo} {hi}");
    }
}
