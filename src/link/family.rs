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
pub use super::family_named::{free_text_parents, parse_parent_parts, parse_parent_text};
pub use super::family_place::Span;
use super::settings::{FamilyRules, LeadWorkerRule};
use super::unify::stable_id;
pub use crate::model::family::{
    FamilyConflict, FamilyRule, Formation, FreeTextParents, GroupingInfo, Join, Placement,
};
use crate::model::{
    FamilyLink, Involvement, Person, Role, SourceIdx, SourceInfo, UnifiedFamily, UnifiedPerson,
};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Families and where every record, involvement and referral belongs.
#[derive(Debug, Default)]
pub struct Families {
    pub families: Vec<UnifiedFamily>,
    pub record_family: Vec<Option<u32>>,
    pub links: Vec<FamilyLink>,
    pub formation: Formation,
}

/// One source grouping: its key and the unified persons in it with roles.
struct Grouping {
    source: SourceIdx,
    key: String,
    children: BTreeSet<u32>,
    adults: BTreeSet<u32>,
    members: BTreeMap<u32, Role>,
    /// Addresses its records give (postcode and the first line's first part,
    /// as `family_place::address_key` reads them, so that every address
    /// rule agrees on what one address is), for the shared-address rule.
    addresses: BTreeSet<String>,
}

/// Groupings in a canonical order (source name, key), with the records'
/// grouping numbers to match: "the first grouping" in every family rule and
/// tie-break is then the same whatever the order of sources in the project
/// or of rows in a source.
fn canonical_order(
    groupings: Vec<Grouping>,
    record_grouping: &mut [Option<u32>],
    sources: &[SourceInfo],
) -> Vec<Grouping> {
    let mut canonical: Vec<u32> = (0..groupings.len() as u32).collect();
    canonical.sort_by(|&x, &y| {
        let (a, b) = (&groupings[x as usize], &groupings[y as usize]);
        (sources[a.source as usize].name.as_str(), a.key.as_str())
            .cmp(&(sources[b.source as usize].name.as_str(), b.key.as_str()))
    });
    let mut new_index = vec![0u32; groupings.len()];
    for (new, &old) in canonical.iter().enumerate() {
        new_index[old as usize] = new as u32;
    }
    let mut slots: Vec<Option<Grouping>> = groupings.into_iter().map(Some).collect();
    for g in record_grouping.iter_mut().flatten() {
        *g = new_index[*g as usize];
    }
    canonical
        .iter()
        .filter_map(|&old| slots[old as usize].take())
        .collect()
}

/// Form families from groupings. `record_person` gives each record's
/// unified person. No record's dates are known, so `shared_address`
/// places nobody: `form_dated` is the whole of it.
pub fn form(
    records: &[Person],
    record_person: &[u32],
    persons: &[UnifiedPerson],
    sources: &[SourceInfo],
    rules: &FamilyRules,
) -> Families {
    form_dated(records, record_person, persons, sources, rules, &[])
}

/// Form families from groupings, then place the people no grouping holds
/// (`family_place`); `dates` gives each record's span
/// (`family_place::record_dates`).
pub fn form_dated(
    records: &[Person],
    record_person: &[u32],
    persons: &[UnifiedPerson],
    sources: &[SourceInfo],
    rules: &FamilyRules,
    dates: &[Option<Span>],
) -> Families {
    // A sub-stage of linking: `crate::timing` records its time.
    let _span = tracing::debug_span!("families").entered();
    let (groupings, mut record_grouping) =
        collect_groupings(records, record_person, persons, rules);
    let groupings = canonical_order(groupings, &mut record_grouping, sources);
    // Per grouping, the adults its records name as parents (resolved).
    let mut named: Vec<BTreeSet<u32>> = vec![BTreeSet::new(); groupings.len()];
    let named_parents = if rules.named_parents {
        super::family_named::resolve(records, record_person, persons)
    } else {
        Vec::new()
    };
    for &(r, adult) in &named_parents {
        if let Some(g) = record_grouping[r as usize] {
            named[g as usize].insert(adult);
        }
    }
    let joined = join_groupings(&groupings, &named, rules);
    let (mut families, mut members) = families_of_components(&groupings, &joined);
    let input = super::family_place::Input {
        records,
        record_person,
        record_grouping: &record_grouping,
        labels: &joined.labels,
        persons,
        dates,
        named_parents: &named_parents,
    };
    let placements = super::family_place::place(&input, &mut members, rules);
    families.resize_with(members.len(), new_family);
    let placed = place_records(
        &record_grouping,
        &joined.labels,
        record_person,
        persons,
        &mut families,
        &mut members,
    );
    // Each family on its own (its members, a hash for its ID): in parallel.
    families
        .par_iter_mut()
        .zip(members.par_iter())
        .for_each(|(family, m)| {
            family.members = m.iter().map(|(&p, &r)| (p, r)).collect();
            family.id = family_id(family, sources, persons);
        });
    // Their members are copied into the families: freed before the links.
    drop(members);
    let links = family_links(&placed.person_families);
    let formation = formation(&groupings, joined, placements);
    Families {
        families,
        record_family: placed.record_family,
        links,
        formation,
    }
}

/// Groupings as records first name them, each with its children, adults,
/// members and (for the shared-address rule) addresses; and each record's
/// grouping.
fn collect_groupings(
    records: &[Person],
    record_person: &[u32],
    persons: &[UnifiedPerson],
    rules: &FamilyRules,
) -> (Vec<Grouping>, Vec<Option<u32>>) {
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
                addresses: BTreeSet::new(),
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
        if rules.shared_adult_and_address {
            if let Some(a) = super::family_place::address_key(rec) {
                grouping.addresses.insert(a);
            }
        }
    }
    (groupings, record_grouping)
}

/// Groupings joined so far, and the joins in the order the rules made them.
struct Joiner {
    uf: UnionFind,
    joins: Vec<Join>,
}

impl Joiner {
    fn join(&mut self, a: u32, b: u32, rule: FamilyRule, via_person: u32) {
        if self.uf.union(a, b) {
            self.joins.push(Join {
                a,
                b,
                rule,
                via_person,
            });
        }
    }
}

/// What the family rules made of the groupings: each grouping's family
/// (`labels`, `count` families), the joins behind them and the groupings
/// only a tie-break could place.
struct Joined {
    labels: Vec<u32>,
    count: usize,
    joins: Vec<Join>,
    conflicts: Vec<FamilyConflict>,
}

/// Apply the family rules in order: shared children and identical adults,
/// then a shared adult and address, then parents named in free text
/// (`named`: per grouping, the adults its records name), then groupings of
/// adults only.
fn join_groupings(groupings: &[Grouping], named: &[BTreeSet<u32>], rules: &FamilyRules) -> Joined {
    let mut joiner = Joiner {
        uf: UnionFind::new(groupings.len()),
        joins: Vec::new(),
    };
    join_by_children_and_adults(groupings, rules, &mut joiner);
    // Groupings with children, by adult.
    let mut adult_in: HashMap<u32, Vec<u32>> = HashMap::new();
    for (g, grouping) in groupings.iter().enumerate() {
        if !grouping.children.is_empty() {
            for &a in &grouping.adults {
                adult_in.entry(a).or_default().push(g as u32);
            }
        }
    }
    if rules.shared_adult_and_address {
        join_by_adult_and_address(groupings, &adult_in, &mut joiner);
    }
    // Groupings with children whose records name each adult as a parent.
    let mut named_in: HashMap<u32, Vec<u32>> = HashMap::new();
    for (g, grouping) in groupings.iter().enumerate() {
        if grouping.children.is_empty() {
            continue;
        }
        for &a in named[g].difference(&grouping.adults) {
            named_in.entry(a).or_default().push(g as u32);
        }
    }
    join_by_named_parents(groupings, named, &adult_in, &mut joiner);
    let mut conflicts = if rules.adult_only_groupings_join {
        join_adult_only(groupings, &adult_in, &named_in, &mut joiner)
    } else {
        Vec::new()
    };
    let (labels, count) = joiner.uf.labels();
    for c in &mut conflicts {
        for f in &mut c.candidates {
            *f = labels[*f as usize];
        }
    }
    Joined {
        labels,
        count,
        joins: joiner.joins,
        conflicts,
    }
}

/// Groupings that share a child, or that have children and the same set
/// of adults, are one family.
fn join_by_children_and_adults(groupings: &[Grouping], rules: &FamilyRules, j: &mut Joiner) {
    let mut by_child: HashMap<u32, u32> = HashMap::new();
    let mut by_adults: HashMap<&BTreeSet<u32>, u32> = HashMap::new();
    for (g, grouping) in groupings.iter().enumerate() {
        let g = g as u32;
        if rules.shared_child {
            for &c in &grouping.children {
                match by_child.get(&c) {
                    Some(&first) => j.join(first, g, FamilyRule::SharedChild, c),
                    None => {
                        by_child.insert(c, g);
                    }
                }
            }
        }
        if rules.same_adults && !grouping.adults.is_empty() && !grouping.children.is_empty() {
            match by_adults.get(&grouping.adults) {
                Some(&first) => {
                    let via = *grouping.adults.iter().next().expect("not empty");
                    j.join(first, g, FamilyRule::SameAdults, via);
                }
                None => {
                    by_adults.insert(&grouping.adults, g);
                }
            }
        }
    }
}

/// Groupings with children that share an adult and an address are one
/// family. `adult_in`: the groupings with children each adult is in.
fn join_by_adult_and_address(
    groupings: &[Grouping],
    adult_in: &HashMap<u32, Vec<u32>>,
    j: &mut Joiner,
) {
    for gs in adult_in.values() {
        for (i, &a) in gs.iter().enumerate() {
            for &b in &gs[i + 1..] {
                let (ga, gb) = (&groupings[a as usize], &groupings[b as usize]);
                if ga.addresses.intersection(&gb.addresses).next().is_some() {
                    let via = *ga.adults.intersection(&gb.adults).next().expect("shared");
                    j.join(a, b, FamilyRule::SharedAdultAndAddress, via);
                }
            }
        }
    }
}

/// A grouping with children whose records name adults as parents joins the
/// family those adults parent, when that is one family: the one family
/// every named adult who parents any is in. A named adult in two families
/// (a father's new partnership) is placed by the other named parent, or
/// not at all. `adult_in`: the groupings with children each adult is in.
fn join_by_named_parents(
    groupings: &[Grouping],
    named: &[BTreeSet<u32>],
    adult_in: &HashMap<u32, Vec<u32>>,
    j: &mut Joiner,
) {
    for (g, grouping) in groupings.iter().enumerate() {
        if grouping.children.is_empty() || named[g].is_subset(&grouping.adults) {
            continue;
        }
        let own = j.uf.find(g as u32);
        let mut common: Option<BTreeSet<u32>> = None;
        let mut via = u32::MAX;
        for &a in &named[g] {
            let roots: BTreeSet<u32> = adult_in
                .get(&a)
                .into_iter()
                .flatten()
                .map(|&h| j.uf.find(h))
                .collect();
            if roots.is_empty() {
                continue;
            }
            via = via.min(a);
            common = Some(match common {
                None => roots,
                Some(c) => c.intersection(&roots).copied().collect(),
            });
        }
        if let Some(c) = common.filter(|c| c.len() == 1 && !c.contains(&own)) {
            let root = *c.first().expect("one");
            j.join(root, g as u32, FamilyRule::NamedParents, via);
        }
    }
}

/// Groupings with no children join the family that holds their adults:
/// an adult's own record is evidence of membership, not a family. An adult
/// the family's children name as a parent in free text (`named_in`) counts
/// as one of its adults. When their adults parent several families, the
/// earliest is chosen and the grouping is returned as a conflict for a
/// person to decide (its candidates still as groupings' roots).
fn join_adult_only(
    groupings: &[Grouping],
    adult_in: &HashMap<u32, Vec<u32>>,
    named_in: &HashMap<u32, Vec<u32>>,
    j: &mut Joiner,
) -> Vec<FamilyConflict> {
    let mut conflicts = Vec::new();
    for (g, grouping) in groupings.iter().enumerate() {
        if !grouping.children.is_empty() {
            continue;
        }
        let mut roots: BTreeMap<u32, (u32, FamilyRule)> = BTreeMap::new();
        for &a in &grouping.adults {
            for &other in adult_in.get(&a).into_iter().flatten() {
                roots
                    .entry(j.uf.find(other))
                    .or_insert((a, FamilyRule::AdultOnlyGroupingJoins));
            }
        }
        for &a in &grouping.adults {
            for &other in named_in.get(&a).into_iter().flatten() {
                roots
                    .entry(j.uf.find(other))
                    .or_insert((a, FamilyRule::NamedParents));
            }
        }
        let candidates: Vec<u32> = roots.keys().copied().collect();
        if let Some((&root, &(via, rule))) = roots.iter().next() {
            j.join(root, g as u32, rule, via);
        }
        if candidates.len() > 1 {
            conflicts.push(FamilyConflict {
                grouping: g as u32,
                candidates,
                reason: "a grouping of adults only whose adults parent more than one family",
            });
        }
    }
    conflicts
}

fn new_family() -> UnifiedFamily {
    UnifiedFamily {
        id: String::new(),
        members: Vec::new(),
        groupings: Vec::new(),
        involvements: Vec::new(),
        lead_worker: None,
        lead_conflict: false,
    }
}

/// One family per component of joined groupings, with its groupings and
/// its members: a person who is a child in any of its groupings is a child
/// of the family.
fn families_of_components(
    groupings: &[Grouping],
    joined: &Joined,
) -> (Vec<UnifiedFamily>, Vec<BTreeMap<u32, Role>>) {
    let mut families: Vec<UnifiedFamily> = (0..joined.count).map(|_| new_family()).collect();
    let mut members: Vec<BTreeMap<u32, Role>> = vec![BTreeMap::new(); joined.count];
    for (g, grouping) in groupings.iter().enumerate() {
        let f = joined.labels[g] as usize;
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
    (families, members)
}

/// Where the records went: each record's family, and each person's families.
struct Placed {
    record_family: Vec<Option<u32>>,
    person_families: Vec<Vec<u32>>,
}

/// A record in a grouping belongs to its grouping's family. A record with
/// none belongs to a family its person is in (one where they are a child
/// first), or to a new family of one when no grouping holds the person.
fn place_records(
    record_grouping: &[Option<u32>],
    labels: &[u32],
    record_person: &[u32],
    persons: &[UnifiedPerson],
    families: &mut Vec<UnifiedFamily>,
    members: &mut Vec<BTreeMap<u32, Role>>,
) -> Placed {
    let mut person_families: Vec<Vec<u32>> = vec![Vec::new(); persons.len()];
    for (f, m) in members.iter().enumerate() {
        for &p in m.keys() {
            person_families[p as usize].push(f as u32);
        }
    }
    let mut record_family: Vec<Option<u32>> = record_grouping
        .iter()
        .map(|g| g.map(|g| labels[g as usize]))
        .collect();
    // Room for the families of one made below, made exactly: grown by
    // doubling, the two vectors held room for a million families where an
    // estate of people no source groups needed 659,000, and each regrowth
    // held the old and the new at once (the link's peak at 1M records).
    let mut alone = vec![false; persons.len()];
    for (r, fam) in record_family.iter().enumerate() {
        let p = record_person[r] as usize;
        if fam.is_none() && person_families[p].is_empty() {
            alone[p] = true;
        }
    }
    let new = alone.iter().filter(|&&a| a).count();
    drop(alone);
    families.reserve_exact(new);
    members.reserve_exact(new);
    for (r, fam) in record_family.iter_mut().enumerate() {
        if fam.is_some() {
            continue;
        }
        let p = record_person[r] as usize;
        if person_families[p].is_empty() {
            families.push(new_family());
            let mut m = BTreeMap::new();
            m.insert(p as u32, persons[p].role);
            members.push(m);
            person_families[p].push(families.len() as u32 - 1);
        }
        // A person in several families: prefer one where they are a child.
        let fams = &person_families[p];
        // One family is the choice without looking: most people have one.
        let chosen = match fams[..] {
            [only] => only,
            _ => fams
                .iter()
                .copied()
                .find(|&f| members[f as usize].get(&(p as u32)) == Some(&Role::Child))
                .unwrap_or(fams[0]),
        };
        *fam = Some(chosen);
    }
    Placed {
        record_family,
        person_families,
    }
}

/// A family's stable ID: from its first grouping in canonical order, or
/// for a family with no grouping (one person, or siblings placed
/// together), from its first person's ID.
fn family_id(family: &UnifiedFamily, sources: &[SourceInfo], persons: &[UnifiedPerson]) -> String {
    match family
        .groupings
        .iter()
        .map(|(s, k)| (sources[*s as usize].name.as_str(), k.as_str()))
        .min()
    {
        Some((s, k)) => stable_id('F', &[s, k]),
        None => {
            let first = family
                .members
                .iter()
                .map(|&(p, _)| persons[p as usize].id.as_str())
                .min()
                .unwrap_or("");
            stable_id('F', &["person", first])
        }
    }
}

/// Family links: an adult in two families links them.
fn family_links(person_families: &[Vec<u32>]) -> Vec<FamilyLink> {
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
    links
}

/// How the families were formed, for the report and `explain-family`: each
/// grouping's family, the joins, the conflicts and how many families each
/// rule changed.
fn formation(groupings: &[Grouping], joined: Joined, placements: Vec<Placement>) -> Formation {
    let Joined {
        labels,
        joins,
        conflicts,
        ..
    } = joined;
    let mut families_by_rule: BTreeMap<&'static str, u64> = BTreeMap::new();
    let mut seen: BTreeSet<(FamilyRule, u32)> = BTreeSet::new();
    for j in &joins {
        if seen.insert((j.rule, labels[j.a as usize])) {
            *families_by_rule.entry(j.rule.as_str()).or_default() += 1;
        }
    }
    for p in &placements {
        if seen.insert((p.rule, p.family)) {
            *families_by_rule.entry(p.rule.as_str()).or_default() += 1;
        }
    }
    Formation {
        groupings: groupings
            .iter()
            .enumerate()
            .map(|(g, x)| GroupingInfo {
                source: x.source,
                key: x.key.clone(),
                family: labels[g],
                children: x.children.len() as u32,
                adults: x.adults.len() as u32,
            })
            .collect(),
        joins,
        placements,
        conflicts,
        families_by_rule,
        free_text_parents: FreeTextParents::default(),
        implausible: Vec::new(),
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

/// Attach involvements to families and choose each family's lead worker by
/// the configured rule: the worker of the most recently started open
/// involvement, or of the open involvement of the highest-priority service
/// (then the most recent). Ties go to the earlier source in project order.
/// Open involvements led by different workers are a conflict for a manager.
pub fn assign_involvements(
    families: &mut [UnifiedFamily],
    involvements: &[Involvement],
    involvement_family: &[Option<u32>],
    rules: &FamilyRules,
) {
    for (i, f) in involvement_family.iter().enumerate() {
        if let Some(f) = f {
            families[*f as usize].involvements.push(i as u32);
        }
    }
    // Lower is more important; services not listed come after all listed ones.
    let priority = |service: &str| {
        rules
            .service_priority
            .iter()
            .position(|s| s.eq_ignore_ascii_case(service))
            .unwrap_or(usize::MAX)
    };
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
            let by_rule = match rules.lead_worker {
                LeadWorkerRule::MostRecentOpen => std::cmp::Ordering::Equal,
                LeadWorkerRule::ServicePriority => priority(&b.service).cmp(&priority(&a.service)),
            };
            by_rule
                .then_with(|| start(a).cmp(&start(b)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StagedPerson;

    /// A record of person `person` in grouping `family` of `source`.
    fn rec(source: u16, key: &str, family: &str, role: Role, address: &str) -> Person {
        let staged = StagedPerson {
            source,
            key: key.into(),
            family_key: Some(family.into()),
            role: Some(role),
            address_lines: vec![address.into()],
            postcode: Some("LN1 1AA".into()),
            ..Default::default()
        };
        crate::standardise::person(staged, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
    }

    fn persons(record_person: &[u32], records: &[Person]) -> Vec<UnifiedPerson> {
        let n = record_person.iter().max().map_or(0, |m| m + 1) as usize;
        (0..n)
            .map(|p| {
                let recs: Vec<u32> = (0..records.len() as u32)
                    .filter(|&r| record_person[r as usize] == p as u32)
                    .collect();
                UnifiedPerson::bare(format!("P{p}"), records[recs[0] as usize].role(), recs)
            })
            .collect()
    }

    fn sources() -> Vec<SourceInfo> {
        (0..3)
            .map(|i| SourceInfo {
                name: format!("s{i}"),
                service: format!("Service {i}"),
                kind: "csv".into(),
            })
            .collect()
    }

    /// A father (person 0) with children 1 in source 0's first family and a
    /// new partnership (partner 3, child 4) in source 1 at his new address,
    /// where source 0 also records him; plus his own adult-only case.
    fn step_family() -> (Vec<Person>, Vec<u32>) {
        let records = vec![
            rec(0, "a", "F1", Role::Parent, "1 Old Road"),
            rec(0, "b", "F1", Role::Child, "1 Old Road"),
            rec(0, "c", "F1", Role::Parent, "9 New Street"),
            rec(1, "d", "G1", Role::Parent, "9 New Street"),
            rec(1, "e", "G1", Role::Parent, "9 New Street"),
            rec(1, "f", "G1", Role::Child, "9 New Street"),
            rec(2, "g", "A1", Role::Parent, "9 New Street"),
        ];
        // a is the mother (person 2); c and d are the father (person 0).
        let record_person = vec![2, 1, 0, 0, 3, 4, 0];
        (records, record_person)
    }

    #[test]
    fn a_new_partnership_is_a_linked_family_not_a_merge() {
        let (records, rp) = step_family();
        let persons = persons(&rp, &records);
        let f = form(&records, &rp, &persons, &sources(), &FamilyRules::default());
        assert_eq!(f.families.len(), 2, "{:?}", f.families);
        assert_ne!(f.record_family[1], f.record_family[5]);
        assert!(
            f.links.iter().any(|l| l.via_person == 0),
            "the father links the two families"
        );
        // The father's own case fits both families: placed, and listed.
        assert_eq!(f.formation.conflicts.len(), 1);
        assert_eq!(f.formation.conflicts[0].candidates.len(), 2);
    }

    #[test]
    fn the_shared_address_rule_merges_when_switched_on() {
        let (records, rp) = step_family();
        let persons = persons(&rp, &records);
        let rules = FamilyRules {
            shared_adult_and_address: true,
            ..FamilyRules::default()
        };
        let f = form(&records, &rp, &persons, &sources(), &rules);
        assert_eq!(f.families.len(), 1);
        assert_eq!(
            f.formation.families_by_rule.get("shared_adult_and_address"),
            Some(&1)
        );
        assert!(f.formation.conflicts.is_empty());
    }

    #[test]
    fn the_shared_address_rule_reads_the_first_line_as_placement_does() {
        // The father's second record in source 0 writes his new address
        // with the town after a comma, as some systems fill one line:
        // "9 New Street, Lincoln" is the same address as "9 New Street".
        let (mut records, rp) = step_family();
        records[2] = rec(0, "c", "F1", Role::Parent, "9 New Street, Lincoln");
        let persons = persons(&rp, &records);
        let rules = FamilyRules {
            shared_adult_and_address: true,
            ..FamilyRules::default()
        };
        let f = form(&records, &rp, &persons, &sources(), &rules);
        assert_eq!(f.families.len(), 1, "{:?}", f.families);
        assert_eq!(
            f.formation.families_by_rule.get("shared_adult_and_address"),
            Some(&1)
        );
        // A different house on that street is not the same address.
        records[2] = rec(0, "c", "F1", Role::Parent, "19 New Street, Lincoln");
        let f = form(&records, &rp, &persons, &sources(), &rules);
        assert_eq!(f.families.len(), 2, "{:?}", f.families);
    }

    #[test]
    fn switching_off_shared_child_keeps_groupings_apart() {
        // One child in two services' groupings with different adults.
        let records = vec![
            rec(0, "a", "F1", Role::Parent, "1 Road"),
            rec(0, "b", "F1", Role::Child, "1 Road"),
            rec(1, "c", "G1", Role::Child, "1 Road"),
        ];
        let rp = vec![0, 1, 1];
        let persons = persons(&rp, &records);
        let on = form(&records, &rp, &persons, &sources(), &FamilyRules::default());
        assert_eq!(on.families.len(), 1);
        assert_eq!(on.formation.joins.len(), 1);
        assert_eq!(on.formation.joins[0].rule, FamilyRule::SharedChild);
        let rules = FamilyRules {
            shared_child: false,
            ..FamilyRules::default()
        };
        let off = form(&records, &rp, &persons, &sources(), &rules);
        assert_eq!(off.families.len(), 2);
    }
}
