//! From clusters to unified persons: a stable ID for each cluster and the
//! best value of each field across its records.

use crate::model::{Person, Role, SourceInfo, UnifiedPerson};
use rayon::prelude::*;
use sha2::{Digest, Sha256};

/// A stable ID from a kind letter and a canonical member name: the same
/// cluster (same smallest member) gets the same ID on every run.
pub fn stable_id(kind: char, parts: &[&str]) -> String {
    let mut h = Sha256::new();
    h.update([kind as u8]);
    for p in parts {
        h.update([0u8]);
        h.update(p.as_bytes());
    }
    let digest = h.finalize();
    let mut id = String::with_capacity(17);
    id.push(kind);
    id.push_str(&hex::encode(&digest[..8]));
    id
}

/// Records of each cluster, each list sorted by record index.
pub fn members(labels: &[u32], count: usize) -> Vec<Vec<u32>> {
    let mut out = vec![Vec::new(); count];
    for (i, &l) in labels.iter().enumerate() {
        out[l as usize].push(i as u32);
    }
    out
}

/// The most frequent value; ties go to the value seen first (earliest
/// source in project order, then row order).
/// An owned copy of a boxed value, for `most_frequent`.
fn text(v: &Option<Box<str>>) -> Option<String> {
    v.as_deref().map(str::to_string)
}

fn most_frequent<T: PartialEq + Clone>(values: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: Vec<(T, u32)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(x, _)| *x == v) {
            Some((_, c)) => *c += 1,
            None => counts.push((v, 1)),
        }
    }
    let best = counts.iter().map(|(_, c)| *c).max()?;
    counts.into_iter().find(|(_, c)| *c == best).map(|(v, _)| v)
}

/// Build one unified person per cluster.
pub fn unify_persons(
    records: &[Person],
    sources: &[SourceInfo],
    clusters: &[Vec<u32>],
) -> Vec<UnifiedPerson> {
    // Each cluster on its own: in parallel, collected in cluster order.
    clusters
        .par_iter()
        .map(|recs| {
            let rs = || recs.iter().map(|&i| &records[i as usize]);
            let anchor = rs()
                .map(|p| (sources[p.source() as usize].name.as_str(), p.key()))
                .min()
                .expect("a cluster has at least one record");
            let roles: Vec<Role> = rs().map(|p| p.role()).collect();
            let role = if roles.contains(&Role::Child) {
                Role::Child
            } else {
                most_frequent(roles.iter().copied().filter(|r| *r != Role::Unknown))
                    .unwrap_or(Role::Unknown)
            };
            UnifiedPerson {
                id: stable_id('P', &[anchor.0, anchor.1]),
                records: recs.clone(),
                given_name: most_frequent(rs().filter_map(|p| text(&p.name.given))),
                middle_names: most_frequent(rs().filter_map(|p| text(&p.name.middle))),
                family_name: most_frequent(rs().filter_map(|p| text(&p.name.family))),
                dob: most_frequent(rs().filter_map(|p| p.dob)),
                sex: most_frequent(rs().filter_map(|p| p.sex)),
                ethnicity: most_frequent(rs().filter_map(|p| text(&p.extra().ethnicity))),
                nhs_number: most_frequent(
                    rs().filter_map(|p| p.nhs_number.as_ref()?.valid().map(str::to_string)),
                ),
                upn: most_frequent(
                    rs().filter_map(|p| p.upn.as_ref()?.valid().map(str::to_string)),
                ),
                postcode: most_frequent(
                    rs().filter_map(|p| p.postcode.as_ref().map(|pc| pc.value.clone())),
                ),
                role,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_distinct() {
        let a = stable_id('P', &["cc", "1"]);
        assert_eq!(a, stable_id('P', &["cc", "1"]));
        assert_ne!(a, stable_id('P', &["cc", "2"]));
        assert_ne!(a, stable_id('F', &["cc", "1"]));
        // The separator keeps ("c", "c1") apart from ("cc", "1").
        assert_ne!(a, stable_id('P', &["c", "c1"]));
        assert_eq!(a.len(), 17);
    }

    #[test]
    fn most_frequent_breaks_ties_by_first_seen() {
        assert_eq!(most_frequent(["b", "a", "a", "b"].into_iter()), Some("b"));
        assert_eq!(most_frequent(["b", "a", "a"].into_iter()), Some("a"));
        assert_eq!(most_frequent(std::iter::empty::<&str>()), None);
    }
}
