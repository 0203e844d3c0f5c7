//! Families: from each source's own groupings (household, case, family
//! reference) to one unified family per real family.
//!
//! A family is the children and the adults who parent them, even when the
//! parents live apart. Groupings merge when they share a child (a child known
//! at both separated parents' addresses brings both into one family) or have
//! the same adults. A grouping without children (an adult's own record) joins
//! the family its adults are already in. Groupings that share only an adult
//! and each have their own children stay apart: a parent's new partnership
//! is a separate family, joined to the first by a family link, never merged
//! into it by chaining.

use super::cluster::UnionFind;
use super::unify::stable_id;
use crate::model::{
    FamilyLink, Involvement, Person, Role, SourceIdx, SourceInfo, UnifiedFamily, UnifiedPerson,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Families and where every record, involvement and referral belongs.
#[derive(Debug, Default)]
pub struct Families {
    pub families: Vec<UnifiedFamily>,
    pub record_family: Vec<Option<u32>>,
    pub links: Vec<FamilyLink>,
}

/// One source grouping: its key and the unified persons in it with roles.
struct Grouping {
    source: SourceIdx,
    key: String,
    children: BTreeSet<u32>,
    adults: BTreeSet<u32>,
    members: BTreeMap<u32, Role>,
}

/// Form families from groupings. `record_person` gives each record's unified person.
pub fn form(
    records: &[Person],
    record_person: &[u32],
    persons: &[UnifiedPerson],
    sources: &[SourceInfo],
) -> Families {
    // Groupings in order of first appearance (records are in source, row order).
    let mut index: HashMap<(SourceIdx, &str), u32> = HashMap::new();
    let mut groupings: Vec<Grouping> = Vec::new();
    let mut record_grouping: Vec<Option<u32>> = vec![None; records.len()];
    for (r, rec) in records.iter().enumerate() {
        let Some(fk) = rec.staged.family_key.as_deref().filter(|k| !k.is_empty()) else {
            continue;
        };
        let g = *index.entry((rec.source(), fk)).or_insert_with(|| {
            groupings.push(Grouping {
                source: rec.source(),
                key: fk.to_string(),
                children: BTreeSet::new(),
                adults: BTreeSet::new(),
                members: BTreeMap::new(),
            });
            groupings.len() as u32 - 1
        });
        record_grouping[r] = Some(g);
        let person = record_person[r];
        let role = effective_role(rec.role(), persons[person as usize].role);
        let grouping = &mut groupings[g as usize];
        if role == Role::Child {
            grouping.children.insert(person);
        } else {
            grouping.adults.insert(person);
        }
        grouping.members.entry(person).or_insert(role);
    }

    let mut uf = UnionFind::new(groupings.len());
    // Shared children, and identical sets of adults.
    let mut by_child: HashMap<u32, u32> = HashMap::new();
    let mut by_adults: HashMap<&BTreeSet<u32>, u32> = HashMap::new();
    for (g, grouping) in groupings.iter().enumerate() {
        for &c in &grouping.children {
            match by_child.get(&c) {
                Some(&first) => {
                    uf.union(first, g as u32);
                }
                None => {
                    by_child.insert(c, g as u32);
                }
            }
        }
        if !grouping.adults.is_empty() && !grouping.children.is_empty() {
            match by_adults.get(&grouping.adults) {
                Some(&first) => {
                    uf.union(first, g as u32);
                }
                None => {
                    by_adults.insert(&grouping.adults, g as u32);
                }
            }
        }
    }
    // Groupings with no children join the first family that holds all their
    // adults: an adult's own record is evidence of membership, not a family.
    let mut adult_in: HashMap<u32, Vec<u32>> = HashMap::new();
    for (g, grouping) in groupings.iter().enumerate() {
        if !grouping.children.is_empty() {
            for &a in &grouping.adults {
                adult_in.entry(a).or_default().push(g as u32);
            }
        }
    }
    for (g, grouping) in groupings.iter().enumerate() {
        if !grouping.children.is_empty() {
            continue;
        }
        let mut target: Option<u32> = None;
        for &a in &grouping.adults {
            if let Some(gs) = adult_in.get(&a) {
                let root = uf.find(gs[0]);
                target = Some(target.map_or(root, |t| t.min(root)));
            }
        }
        if let Some(t) = target {
            uf.union(t, g as u32);
        }
    }
    let (glabel, gcount) = uf.labels();

    // Families from grouping components, then singleton families for persons
    // that no grouping holds.
    let mut families: Vec<UnifiedFamily> = (0..gcount)
        .map(|_| UnifiedFamily {
            id: String::new(),
            members: Vec::new(),
            groupings: Vec::new(),
            involvements: Vec::new(),
            lead_worker: None,
            lead_conflict: false,
        })
        .collect();
    let mut members: Vec<BTreeMap<u32, Role>> = vec![BTreeMap::new(); gcount];
    for (g, grouping) in groupings.iter().enumerate() {
        let f = glabel[g] as usize;
        families[f]
            .groupings
            .push((grouping.source, grouping.key.clone()));
        for (&p, &role) in &grouping.members {
            let entry = members[f].entry(p).or_insert(role);
            if role == Role::Child {
                *entry = Role::Child;
            }
        }
    }
    let mut person_families: Vec<Vec<u32>> = vec![Vec::new(); persons.len()];
    for (f, m) in members.iter().enumerate() {
        for &p in m.keys() {
            person_families[p as usize].push(f as u32);
        }
    }
    let mut record_family: Vec<Option<u32>> = record_grouping
        .iter()
        .map(|g| g.map(|g| glabel[g as usize]))
        .collect();
    for (r, fam) in record_family.iter_mut().enumerate() {
        if fam.is_some() {
            continue;
        }
        let p = record_person[r] as usize;
        if person_families[p].is_empty() {
            families.push(UnifiedFamily {
                id: String::new(),
                members: Vec::new(),
                groupings: Vec::new(),
                involvements: Vec::new(),
                lead_worker: None,
                lead_conflict: false,
            });
            let mut m = BTreeMap::new();
            m.insert(p as u32, persons[p].role);
            members.push(m);
            person_families[p].push(families.len() as u32 - 1);
        }
        // A person in several families: prefer one where they are a child.
        let fams = &person_families[p];
        let chosen = fams
            .iter()
            .copied()
            .find(|&f| members[f as usize].get(&(p as u32)) == Some(&Role::Child))
            .unwrap_or(fams[0]);
        *fam = Some(chosen);
    }

    for (f, family) in families.iter_mut().enumerate() {
        family.members = members[f].iter().map(|(&p, &r)| (p, r)).collect();
        family.id = match family
            .groupings
            .iter()
            .map(|(s, k)| (sources[*s as usize].name.as_str(), k.as_str()))
            .min()
        {
            Some((s, k)) => stable_id('F', &[s, k]),
            // A family of one person with no grouping: named after the person.
            None => stable_id('F', &["person", &persons[family.members[0].0 as usize].id]),
        };
    }

    // Family links: an adult in two families.
    let mut links = Vec::new();
    for (p, fams) in person_families.iter().enumerate() {
        if fams.len() < 2 {
            continue;
        }
        for (i, &a) in fams.iter().enumerate() {
            for &b in &fams[i + 1..] {
                links.push(FamilyLink {
                    family_a: a.min(b),
                    family_b: a.max(b),
                    via_person: p as u32,
                });
            }
        }
    }
    Families {
        families,
        record_family,
        links,
    }
}

/// A record's role, corrected by its person's: a record that does not say
/// is taken as its person's role elsewhere.
fn effective_role(record: Role, person: Role) -> Role {
    match record {
        Role::Unknown => person,
        r => r,
    }
}

/// Attach involvements to families and choose each family's lead worker:
/// the worker of the most recently started open involvement (ties: earlier
/// source in project order). Open involvements led by different workers are
/// a conflict for a manager to settle.
pub fn assign_involvements(
    families: &mut [UnifiedFamily],
    involvements: &[Involvement],
    involvement_family: &[Option<u32>],
) {
    for (i, f) in involvement_family.iter().enumerate() {
        if let Some(f) = f {
            families[*f as usize].involvements.push(i as u32);
        }
    }
    for family in families.iter_mut() {
        let open: Vec<&Involvement> = family
            .involvements
            .iter()
            .map(|&i| &involvements[i as usize])
            .filter(|inv| {
                inv.is_open() && inv.worker.as_deref().is_some_and(|w| !w.trim().is_empty())
            })
            .collect();
        let lead = open.iter().max_by(|a, b| {
            let start = |x: &Involvement| x.start.as_ref().and_then(|d| d.date);
            start(a)
                .cmp(&start(b))
                .then_with(|| b.source.cmp(&a.source))
                .then_with(|| b.key.cmp(&a.key))
        });
        family.lead_worker =
            lead.map(|inv| (inv.worker.clone().unwrap_or_default(), inv.service.clone()));
        let workers: BTreeSet<String> = open
            .iter()
            .filter_map(|inv| inv.worker.as_deref())
            .map(|w| w.trim().to_lowercase())
            .collect();
        family.lead_conflict = workers.len() > 1;
    }
}
