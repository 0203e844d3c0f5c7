//! Reviewers' family overrides, applied to the families `family` formed: a
//! post-pass, so the rules that form families stay in one place.
//!
//! - **merge** (`family_merge`): the families holding the two records become
//!   one family (members, groupings, involvements and links together).
//! - **split** (`family_split`): the *right* record's source grouping (its
//!   source and family key) leaves the family it shares with the left record
//!   and becomes a family of its own, with that grouping's members and its
//!   involvements and referrals. A person known to both sides stays in both,
//!   and a family link joins them, as for a parent's new partnership. A
//!   split cannot be honoured when both records are in one source grouping
//!   or the right record is in none (nothing says which part leaves); it is
//!   reported, not forced. One split moves one grouping: a family held
//!   together by several groupings may need several splits.
//! - **lead worker** (`lead_worker`): the worker named becomes the lead of
//!   the record's family, whatever the lead-worker rules chose, and the
//!   family's lead conflict is settled. The service is that of the family's
//!   involvement the worker holds, else the record's source's.
//!
//! Merges are applied first, then splits, then pins. A split of two records
//! that merges put together contradicts them: it is reported as a conflict
//! and not applied (as a person `different` joined by `same` decisions is).

use super::cluster::UnionFind;
use super::settings::FamilyRules;
use super::unify::stable_id;
use crate::model::{FamilyLink, Role, SourceIdx, Unified, UnifiedFamily};
use std::collections::{BTreeMap, HashMap, VecDeque};

/// One family override, resolved to record indexes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Override {
    Merge(u32, u32),
    Split { stay: u32, leave: u32 },
    LeadWorker { record: u32, worker: String },
}

/// What applying the overrides did. Indexes are into the overrides given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Merges honoured (including those whose records already shared a family).
    pub merged: u64,
    /// Splits honoured (including those whose records were already apart).
    pub split: u64,
    pub pinned: u64,
    pub not_honoured: Vec<(usize, String)>,
    /// A split contradicted by merges: the split, and the merges joining its records.
    pub conflicts: Vec<(usize, Vec<usize>)>,
}

/// Apply `overrides` to the families of `u`.
pub fn apply(u: &mut Unified, overrides: &[Override], rules: &FamilyRules) -> Outcome {
    let mut out = Outcome::default();
    if overrides.is_empty() {
        return out;
    }
    let before = u.record_family.clone();
    let family_of = |r: u32| before.get(r as usize).copied().flatten();
    let mut changed = false;

    let mut uf = UnionFind::new(u.families.len());
    let mut merges: Vec<(usize, u32, u32)> = Vec::new();
    for (k, o) in overrides.iter().enumerate() {
        let Override::Merge(a, b) = o else { continue };
        match (family_of(*a), family_of(*b)) {
            (Some(fa), Some(fb)) => {
                changed |= uf.union(fa, fb);
                merges.push((k, fa, fb));
                out.merged += 1;
            }
            _ => out
                .not_honoured
                .push((k, "a record belongs to no family".into())),
        }
    }
    if changed {
        merge_families(u, &mut uf);
    }

    for (k, o) in overrides.iter().enumerate() {
        let Override::Split { stay, leave } = o else {
            continue;
        };
        let (Some(fs), Some(fl)) = (family_of(*stay), family_of(*leave)) else {
            out.not_honoured
                .push((k, "a record belongs to no family".into()));
            continue;
        };
        if fs != fl && uf.find(fs) == uf.find(fl) {
            out.conflicts.push((k, merge_path(&merges, fs, fl)));
            continue;
        }
        match split(u, *stay, *leave) {
            Ok(moved) => {
                changed |= moved;
                out.split += 1;
            }
            Err(reason) => out.not_honoured.push((k, reason.into())),
        }
    }
    if changed {
        for f in &mut u.families {
            f.involvements.clear();
        }
        super::family::assign_involvements(
            &mut u.families,
            &u.involvements,
            &u.involvement_family,
            rules,
        );
        refresh_formation(u, &before);
    }

    // Pins last, over the final families; a later pin of the same family wins.
    let mut pins: BTreeMap<u32, (usize, u32, &str)> = BTreeMap::new();
    for (k, o) in overrides.iter().enumerate() {
        let Override::LeadWorker { record, worker } = o else {
            continue;
        };
        match u.record_family.get(*record as usize).copied().flatten() {
            Some(f) => {
                if let Some((earlier, _, _)) = pins.insert(f, (k, *record, worker)) {
                    out.not_honoured.push((
                        earlier,
                        "a later lead_worker decision pins the same family".into(),
                    ));
                }
            }
            None => out
                .not_honoured
                .push((k, "the record belongs to no family".into())),
        }
    }
    for (f, (_, record, worker)) in pins {
        let want = worker.trim().to_lowercase();
        let family = &u.families[f as usize];
        let service = family
            .involvements
            .iter()
            .map(|&i| &u.involvements[i as usize])
            .find(|inv| {
                inv.worker
                    .as_deref()
                    .is_some_and(|w| w.trim().to_lowercase() == want)
            })
            .map(|inv| inv.service.clone())
            .unwrap_or_else(|| {
                u.sources[u.records[record as usize].source() as usize]
                    .service
                    .clone()
            });
        let family = &mut u.families[f as usize];
        family.lead_worker = Some((worker.trim().to_string(), service));
        family.lead_conflict = false;
        out.pinned += 1;
    }
    out.not_honoured.sort();
    out
}

/// The merges (override indexes) along a chain joining families `a` and `b`.
fn merge_path(merges: &[(usize, u32, u32)], a: u32, b: u32) -> Vec<usize> {
    let mut came: HashMap<u32, (usize, u32)> = HashMap::new();
    let mut queue = VecDeque::from([a]);
    while let Some(n) = queue.pop_front() {
        if n == b {
            break;
        }
        for &(k, x, y) in merges {
            let next = if x == n {
                y
            } else if y == n {
                x
            } else {
                continue;
            };
            if next != a && !came.contains_key(&next) {
                came.insert(next, (k, n));
                queue.push_back(next);
            }
        }
    }
    let mut path = Vec::new();
    let mut n = b;
    while let Some(&(k, prev)) = came.get(&n) {
        path.push(k);
        n = prev;
    }
    path.reverse();
    path
}

/// A family's ID by the rule `family` uses: its smallest source grouping.
fn family_id(groupings: &[(SourceIdx, String)], u: &Unified) -> Option<String> {
    groupings
        .iter()
        .map(|(s, k)| (u.sources[*s as usize].name.as_str(), k.as_str()))
        .min()
        .map(|(s, k)| stable_id('F', &[s, k]))
}

fn empty_family() -> UnifiedFamily {
    UnifiedFamily {
        id: String::new(),
        members: Vec::new(),
        groupings: Vec::new(),
        involvements: Vec::new(),
        lead_worker: None,
        lead_conflict: false,
    }
}

/// Rebuild the families along the union–find's components, renumbering
/// every reference to them.
/// After merges and splits, point the formation record (groupings, conflict
/// candidates) at the families as they now are.
fn refresh_formation(u: &mut Unified, before: &[Option<u32>]) {
    let mut moved: BTreeMap<u32, u32> = BTreeMap::new();
    for (r, (old, new)) in before.iter().zip(&u.record_family).enumerate() {
        if let (Some(o), Some(n)) = (old, new) {
            moved.entry(*o).or_insert(*n);
        }
        let rec = &u.records[r];
        let (Some(fk), Some(n)) = (rec.staged.family_key.as_deref(), new) else {
            continue;
        };
        let formation = &mut u.family_formation;
        if let Some(g) = formation
            .groupings
            .iter_mut()
            .find(|g| g.source == rec.source() && g.key == fk)
        {
            g.family = *n;
        }
    }
    // A placed person's family: where their records now are.
    for p in &mut u.family_formation.placements {
        let first = u.persons[p.person as usize].records.first();
        if let Some(f) = first.and_then(|&r| u.record_family[r as usize]) {
            p.family = f;
        }
    }
    for c in &mut u.family_formation.conflicts {
        for f in &mut c.candidates {
            *f = moved.get(f).copied().unwrap_or(*f);
        }
        c.candidates.sort_unstable();
        c.candidates.dedup();
    }
    u.family_formation
        .conflicts
        .retain(|c| c.candidates.len() > 1);
}

fn merge_families(u: &mut Unified, uf: &mut UnionFind) {
    let (label, count) = uf.labels();
    let old = std::mem::take(&mut u.families);
    let mut parts: Vec<Vec<String>> = vec![Vec::new(); count];
    let mut members: Vec<BTreeMap<u32, Role>> = vec![BTreeMap::new(); count];
    let mut families: Vec<UnifiedFamily> = (0..count).map(|_| empty_family()).collect();
    for (f, fam) in old.into_iter().enumerate() {
        let n = label[f] as usize;
        for (p, role) in fam.members {
            let e = members[n].entry(p).or_insert(role);
            if role == Role::Child {
                *e = Role::Child;
            }
        }
        families[n].groupings.extend(fam.groupings);
        parts[n].push(fam.id);
    }
    for (n, family) in families.iter_mut().enumerate() {
        family.members = members[n].iter().map(|(&p, &r)| (p, r)).collect();
        family.id = if parts[n].len() == 1 {
            parts[n].pop().expect("one part")
        } else {
            family_id(&family.groupings, u)
                .or_else(|| parts[n].iter().min().cloned())
                .unwrap_or_default()
        };
    }
    u.families = families;
    let remap = |v: &mut Vec<Option<u32>>| {
        for f in v.iter_mut().flatten() {
            *f = label[*f as usize];
        }
    };
    remap(&mut u.record_family);
    remap(&mut u.involvement_family);
    remap(&mut u.referral_family);
    remap(&mut u.assessment_family);
    remap(&mut u.consent_family);
    let mut links: Vec<(u32, u32, u32)> = u
        .family_links
        .iter()
        .map(|l| {
            let (a, b) = (label[l.family_a as usize], label[l.family_b as usize]);
            (a.min(b), a.max(b), l.via_person)
        })
        .filter(|(a, b, _)| a != b)
        .collect();
    links.sort_unstable();
    links.dedup();
    u.family_links = links
        .into_iter()
        .map(|(family_a, family_b, via_person)| FamilyLink {
            family_a,
            family_b,
            via_person,
        })
        .collect();
}

/// A record's source grouping (source, family key), if it has one.
fn grouping(u: &Unified, r: usize) -> Option<(SourceIdx, &str)> {
    let rec = &u.records[r];
    rec.staged
        .family_key
        .as_deref()
        .filter(|k| !k.is_empty())
        .map(|k| (rec.source(), k))
}

/// Move the `leave` record's grouping out of the family it shares with
/// `stay`. `Ok(false)` when they are already apart.
fn split(u: &mut Unified, stay: u32, leave: u32) -> Result<bool, &'static str> {
    let (stay, leave) = (stay as usize, leave as usize);
    let f = u.record_family[stay].ok_or("a record belongs to no family")?;
    if u.record_family[leave] != Some(f) {
        return Ok(false);
    }
    let Some(gl) = grouping(u, leave) else {
        return Err("the right record is in no source grouping: nothing can leave the family");
    };
    if grouping(u, stay) == Some(gl) {
        return Err("both records are in one source grouping (one family or case in one source)");
    }
    let gl = (gl.0, gl.1.to_string());
    let g = u.families.len() as u32;
    let mut sides: [BTreeMap<u32, Role>; 2] = [BTreeMap::new(), BTreeMap::new()];
    for r in 0..u.records.len() {
        if u.record_family[r] != Some(f) {
            continue;
        }
        let leaves = grouping(u, r).is_some_and(|(s, k)| s == gl.0 && k == gl.1);
        if leaves {
            u.record_family[r] = Some(g);
        }
        let p = u.record_person[r];
        let role = match u.records[r].role() {
            Role::Unknown => u.persons[p as usize].role,
            role => role,
        };
        let e = sides[leaves as usize].entry(p).or_insert(role);
        if role == Role::Child {
            *e = Role::Child;
        }
    }
    let [stays, leaves] = sides;
    let in_g =
        |p: Option<u32>| p.is_some_and(|p| leaves.contains_key(&p) && !stays.contains_key(&p));
    for (i, inv) in u.involvements.iter().enumerate() {
        if u.involvement_family[i] != Some(f) {
            continue;
        }
        let by_key = match inv.family_key.as_deref().filter(|k| !k.is_empty()) {
            Some(k) => inv.source == gl.0 && k == gl.1,
            None => in_g(u.involvement_person[i]),
        };
        if by_key {
            u.involvement_family[i] = Some(g);
        }
    }
    for (i, rf) in u.referrals.iter().enumerate() {
        if u.referral_family[i] != Some(f) {
            continue;
        }
        let by_key = match rf.family_key.as_deref().filter(|k| !k.is_empty()) {
            Some(k) => rf.source == gl.0 && k == gl.1,
            None => in_g(u.referral_person[i]),
        };
        if by_key {
            u.referral_family[i] = Some(g);
        }
    }
    // Assessments and consents follow the same rule as referrals.
    let moves = |source: u16, family_key: Option<&str>, person: Option<u32>| match family_key
        .filter(|k| !k.is_empty())
    {
        Some(k) => source == gl.0 && k == gl.1,
        None => in_g(person),
    };
    for (i, a) in u.assessments.iter().enumerate() {
        if u.assessment_family[i] == Some(f)
            && moves(a.source, a.family_key.as_deref(), u.assessment_person[i])
        {
            u.assessment_family[i] = Some(g);
        }
    }
    for (i, c) in u.consents.iter().enumerate() {
        if u.consent_family[i] == Some(f)
            && moves(c.source, c.family_key.as_deref(), u.consent_person[i])
        {
            u.consent_family[i] = Some(g);
        }
    }
    for l in &mut u.family_links {
        if !stays.contains_key(&l.via_person) && leaves.contains_key(&l.via_person) {
            if l.family_a == f {
                l.family_a = g;
            }
            if l.family_b == f {
                l.family_b = g;
            }
        }
    }
    for &p in stays.keys().filter(|p| leaves.contains_key(p)) {
        u.family_links.push(FamilyLink {
            family_a: f,
            family_b: g,
            via_person: p,
        });
    }
    let family = &mut u.families[f as usize];
    family
        .groupings
        .retain(|(s, k)| !(*s == gl.0 && *k == gl.1));
    family.members = stays.into_iter().collect();
    let mut moved = empty_family();
    moved.groupings = vec![gl];
    moved.members = leaves.into_iter().collect();
    if let Some(id) = family_id(&u.families[f as usize].groupings, u) {
        u.families[f as usize].id = id;
    }
    moved.id = family_id(&moved.groupings, u).unwrap_or_default();
    u.families.push(moved);
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Person, SourceInfo, StagedPerson, UnifiedPerson};

    fn record(source: u16, key: &str, family: &str, role: Role) -> Person {
        let staged = StagedPerson {
            source,
            key: key.into(),
            family_key: Some(family.into()),
            role: Some(role),
            ..Default::default()
        };
        crate::standardise::person(staged, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
    }

    fn person(id: &str, role: Role) -> UnifiedPerson {
        UnifiedPerson::bare(id.into(), role, Vec::new())
    }

    /// Two sources: source 0 holds family A (mum 0, child 1) and family B
    /// (dad 2); source 1 holds family X (child 1 again, and mum 0).
    /// The model made {A, X} one family and B another.
    fn estate() -> Unified {
        let records = vec![
            record(0, "a1", "A", Role::Parent),
            record(0, "a2", "A", Role::Child),
            record(0, "b1", "B", Role::Parent),
            record(1, "x1", "X", Role::Child),
            record(1, "x2", "X", Role::Parent),
        ];
        let sources = ["cc", "fs"]
            .iter()
            .map(|n| SourceInfo {
                name: n.to_string(),
                service: format!("{n} service"),
                kind: "csv".into(),
            })
            .collect();
        let fam = |groupings: Vec<(u16, &str)>, members: Vec<(u32, Role)>| UnifiedFamily {
            id: family_id_of(&groupings),
            members,
            groupings: groupings
                .into_iter()
                .map(|(s, k)| (s, k.to_string()))
                .collect(),
            involvements: Vec::new(),
            lead_worker: None,
            lead_conflict: false,
        };
        Unified {
            sources,
            record_person: vec![0, 1, 2, 1, 0],
            record_family: vec![Some(0), Some(0), Some(1), Some(0), Some(0)],
            persons: vec![
                person("P0", Role::Parent),
                person("P1", Role::Child),
                person("P2", Role::Parent),
            ],
            families: vec![
                fam(
                    vec![(0, "A"), (1, "X")],
                    vec![(0, Role::Parent), (1, Role::Child)],
                ),
                fam(vec![(0, "B")], vec![(2, Role::Parent)]),
            ],
            records,
            ..Default::default()
        }
    }

    fn family_id_of(groupings: &[(u16, &str)]) -> String {
        let names = ["cc", "fs"];
        let (s, k) = groupings
            .iter()
            .map(|(s, k)| (names[*s as usize], *k))
            .min()
            .unwrap();
        stable_id('F', &[s, k])
    }

    #[test]
    fn merge_joins_two_families_and_renumbers() {
        let mut u = estate();
        let out = apply(&mut u, &[Override::Merge(0, 2)], &FamilyRules::default());
        assert_eq!(out.merged, 1);
        assert_eq!(u.families.len(), 1);
        assert!(u.record_family.iter().all(|f| *f == Some(0)));
        assert_eq!(u.families[0].members.len(), 3);
        assert_eq!(u.families[0].id, family_id_of(&[(0, "A")]));
    }

    #[test]
    fn split_moves_the_right_records_grouping_out() {
        let mut u = estate();
        let out = apply(
            &mut u,
            &[Override::Split { stay: 0, leave: 3 }],
            &FamilyRules::default(),
        );
        assert_eq!((out.split, out.not_honoured.len()), (1, 0));
        assert_eq!(u.families.len(), 3);
        assert_eq!(u.record_family[3], Some(2));
        assert_eq!(u.record_family[4], Some(2));
        assert_eq!(u.record_family[0], Some(0));
        assert_eq!(u.families[2].id, family_id_of(&[(1, "X")]));
        // Mum and child are known to both sides: two family links.
        assert_eq!(u.family_links.len(), 2);
    }

    #[test]
    fn a_split_inside_one_grouping_is_reported_not_forced() {
        let mut u = estate();
        let out = apply(
            &mut u,
            &[Override::Split { stay: 0, leave: 1 }],
            &FamilyRules::default(),
        );
        assert_eq!(out.split, 0);
        assert_eq!(out.not_honoured.len(), 1);
        assert!(out.not_honoured[0].1.contains("one source grouping"));
        assert_eq!(u.families.len(), 2);
    }

    #[test]
    fn a_split_against_merges_is_a_conflict() {
        let mut u = estate();
        let out = apply(
            &mut u,
            &[Override::Merge(0, 2), Override::Split { stay: 3, leave: 2 }],
            &FamilyRules::default(),
        );
        assert_eq!(out.conflicts, vec![(1, vec![0])]);
        assert_eq!(u.families.len(), 1);
    }

    #[test]
    fn lead_worker_pin_wins_and_settles_the_conflict() {
        let mut u = estate();
        u.families[0].lead_worker = Some(("Model Choice".into(), "x".into()));
        u.families[0].lead_conflict = true;
        let out = apply(
            &mut u,
            &[
                Override::LeadWorker {
                    record: 3,
                    worker: "First Pin".into(),
                },
                Override::LeadWorker {
                    record: 0,
                    worker: "Ann Lee".into(),
                },
            ],
            &FamilyRules::default(),
        );
        assert_eq!(out.pinned, 1);
        assert_eq!(out.not_honoured.len(), 1, "the earlier pin gives way");
        assert_eq!(
            u.families[0].lead_worker,
            Some(("Ann Lee".into(), "cc service".into()))
        );
        assert!(!u.families[0].lead_conflict);
    }
}
