//! Stable unified IDs across runs. Link computes each person's and family's ID
//! from its cluster members, so a cluster that gains or loses a record would get
//! a new ID. Here the new clusters are mapped back onto the IDs the target
//! already holds, through the lineage (source record → unified ID) of earlier
//! runs:
//!
//! - every old ID has a *home*: the new cluster holding most of its records;
//! - a cluster that is home to several old IDs is a merge: the oldest ID (first
//!   loaded earliest, then the smallest) survives, the others are recorded as
//!   merged into it;
//! - an old ID whose records went to several clusters is a split: the largest
//!   part (its home) keeps it, the other parts are recorded as split from it;
//! - a cluster home to no old ID keeps its computed ID, unless that ID is
//!   already known to the target (reusing a retired ID for other people would
//!   be confusing) or taken in this run: then a fresh one is derived from it.
//!
//! Pure code: the loader reads the prior state and passes it in.

use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// What the target knew before this run.
#[derive(Debug, Default)]
pub(crate) struct Prior {
    /// Source person record (`record_key`) → the person and family IDs its
    /// lineage row names (retired rows included, so a record that comes back
    /// gets its old ID back).
    pub records: HashMap<String, (Option<String>, Option<String>)>,
    /// Every person ID in the target → when it was first loaded (the first
    /// run's start, RFC 3339; empty when unknown).
    pub person_age: HashMap<String, String>,
    pub family_age: HashMap<String, String>,
}

/// Key of a source record in `Prior::records`.
pub(crate) fn record_key(source: &str, key: &str) -> String {
    format!("{source}\u{1f}{key}")
}

/// One ID event for `id_history`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct IdEvent {
    /// `person` or `family`.
    pub entity: &'static str,
    pub old: String,
    pub new: String,
    /// `merge` or `split`.
    pub event: &'static str,
}

/// The IDs to load, parallel to the clusters, and what happened to old IDs.
#[derive(Debug, Default)]
pub(crate) struct Assignment {
    pub ids: Vec<String>,
    pub events: Vec<IdEvent>,
}

/// Assign stable IDs to `computed.len()` clusters. `members` holds, for each
/// source record, its new cluster and the ID its lineage gave it before (None
/// for a record never loaded). `age` maps each ID the target holds to when it
/// was first loaded.
pub(crate) fn assign(
    entity: &'static str,
    computed: &[String],
    members: &[(u32, Option<&str>)],
    age: &HashMap<String, String>,
) -> Assignment {
    // Records per (old ID, new cluster); BTreeMap for a deterministic order.
    let mut overlap: BTreeMap<&str, BTreeMap<u32, u64>> = BTreeMap::new();
    for &(cluster, old) in members {
        if let Some(old) = old {
            *overlap.entry(old).or_default().entry(cluster).or_default() += 1;
        }
    }

    let mut home: HashMap<&str, u32> = HashMap::with_capacity(overlap.len());
    let mut candidates: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for (&old, parts) in &overlap {
        // Largest part; ties to the part with the smaller computed ID so the
        // choice does not depend on cluster order.
        let (&best, _) = parts
            .iter()
            .max_by(|a, b| {
                a.1.cmp(b.1)
                    .then_with(|| computed[*b.0 as usize].cmp(&computed[*a.0 as usize]))
            })
            .expect("an old ID in overlap has at least one part");
        home.insert(old, best);
        candidates.entry(best).or_default().push(old);
    }

    let mut ids: Vec<Option<String>> = vec![None; computed.len()];
    let mut events = BTreeSet::new();
    let mut used: HashSet<String> = HashSet::with_capacity(computed.len());
    for (&cluster, olds) in &candidates {
        // Oldest first; an ID of unknown age counts as newest.
        let age_of = |id: &str| {
            age.get(id)
                .filter(|a| !a.is_empty())
                .map(String::as_str)
                .unwrap_or("~")
        };
        let survivor = *olds
            .iter()
            .min_by(|a, b| age_of(a).cmp(age_of(b)).then_with(|| a.cmp(b)))
            .expect("candidates are never empty");
        for &old in olds {
            if old != survivor {
                events.insert(IdEvent {
                    entity,
                    old: old.to_string(),
                    new: survivor.to_string(),
                    event: "merge",
                });
            }
        }
        used.insert(survivor.to_string());
        ids[cluster as usize] = Some(survivor.to_string());
    }

    let known = |id: &str| age.contains_key(id) || overlap.contains_key(id);
    for (cluster, slot) in ids.iter_mut().enumerate() {
        if slot.is_some() {
            continue;
        }
        let base = &computed[cluster];
        let mut id = base.clone();
        let mut attempt = 1u32;
        while used.contains(&id) || known(&id) {
            id = derive(base, attempt);
            attempt += 1;
        }
        used.insert(id.clone());
        *slot = Some(id);
    }
    let ids: Vec<String> = ids
        .into_iter()
        .map(|s| s.expect("every cluster assigned"))
        .collect();

    for (&old, parts) in &overlap {
        for &cluster in parts.keys() {
            if cluster != home[old] {
                events.insert(IdEvent {
                    entity,
                    old: old.to_string(),
                    new: ids[cluster as usize].clone(),
                    event: "split",
                });
            }
        }
    }
    Assignment {
        ids,
        events: events.into_iter().collect(),
    }
}

/// A fresh ID in the same shape as link's (`P` + 12 hex digits), derived from
/// the computed one so that the same run assigns the same fresh ID.
fn derive(base: &str, attempt: u32) -> String {
    let prefix: String = base
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let digest = Sha256::digest(format!("{base}/{attempt}").as_bytes());
    format!("{prefix}{}", &hex::encode(digest)[..12])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn ages(v: &[(&str, &str)]) -> HashMap<String, String> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn first_load_keeps_computed_ids() {
        let a = assign(
            "person",
            &ids(&["P1", "P2"]),
            &[(0, None), (1, None)],
            &HashMap::new(),
        );
        assert_eq!(a.ids, ["P1", "P2"]);
        assert!(a.events.is_empty());
    }

    #[test]
    fn rerun_keeps_ids_even_when_computed_ids_moved() {
        // Cluster 0 gained a record, so link computed a new ID for it.
        let a = assign(
            "person",
            &ids(&["Pnew", "P2"]),
            &[(0, Some("P1")), (0, None), (1, Some("P2"))],
            &ages(&[("P1", "2025-01-01"), ("P2", "2025-01-01")]),
        );
        assert_eq!(a.ids, ["P1", "P2"]);
        assert!(a.events.is_empty());
    }

    #[test]
    fn merge_keeps_the_oldest() {
        let a = assign(
            "person",
            &ids(&["Pm"]),
            &[(0, Some("P9")), (0, Some("P1")), (0, Some("P9"))],
            &ages(&[("P1", "2025-02-01"), ("P9", "2025-01-01")]),
        );
        assert_eq!(a.ids, ["P9"]);
        assert_eq!(
            a.events,
            [IdEvent {
                entity: "person",
                old: "P1".into(),
                new: "P9".into(),
                event: "merge"
            }]
        );
    }

    #[test]
    fn split_largest_part_keeps_the_id() {
        let a = assign(
            "person",
            &ids(&["Pa", "Pb"]),
            &[(0, Some("P1")), (1, Some("P1")), (1, Some("P1"))],
            &ages(&[("P1", "2025-01-01")]),
        );
        assert_eq!(a.ids, ["Pa", "P1"]);
        assert_eq!(a.events.len(), 1);
        assert_eq!(
            (
                a.events[0].old.as_str(),
                a.events[0].new.as_str(),
                a.events[0].event
            ),
            ("P1", "Pa", "split")
        );
    }

    #[test]
    fn computed_id_known_to_target_is_not_reused() {
        // P1 was merged into P0 earlier (retired); a new cluster that happens
        // to compute P1 must not take it over.
        let a = assign(
            "person",
            &ids(&["P0", "P1"]),
            &[(0, Some("P0")), (1, None)],
            &ages(&[("P0", "2025-01-01"), ("P1", "2025-01-01")]),
        );
        assert_eq!(a.ids[0], "P0");
        assert_ne!(a.ids[1], "P1");
        assert!(a.ids[1].starts_with('P') && a.ids[1].len() == 13);
        // The same inputs give the same fresh ID.
        let b = assign(
            "person",
            &ids(&["P0", "P1"]),
            &[(0, Some("P0")), (1, None)],
            &ages(&[("P0", "2025-01-01"), ("P1", "2025-01-01")]),
        );
        assert_eq!(a.ids, b.ids);
    }

    #[test]
    fn duplicate_computed_ids_are_separated() {
        let a = assign(
            "family",
            &ids(&["F1", "F1"]),
            &[(0, None), (1, None)],
            &HashMap::new(),
        );
        assert_eq!(a.ids[0], "F1");
        assert_ne!(a.ids[1], "F1");
    }
}
