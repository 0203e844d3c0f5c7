//! Families for people no source groups (`[family] siblings_together` and
//! `shared_address`). Front-door contacts, education welfare and youth work
//! often carry no family key, so a person whose records all lack one would
//! be a family of one. Two kinds of evidence place them:
//!
//! - **siblings together**: children one source records on the same date
//!   at the same address (referred together) are one family: the family one
//!   of them is already a child of, or a new family of their own;
//! - **named parents** (`named_parents`): a child whose record names a
//!   mother or father in free text who is one adult of that name at the
//!   child's postcode joins the one family that adult parents;
//! - **shared address**: a person (or such a group of siblings) with the
//!   surname of a family's member, at that member's address (postcode and
//!   first line), over dates that overlap, joins that family when it is the
//!   only one.
//!
//! Only people in no family are placed, each in one family at most, and a
//! placement never merges two families: evidence that points at two
//! families places nobody.

use super::cluster::UnionFind;
use super::settings::FamilyRules;
use crate::model::family::{FamilyRule, Placement};
use crate::model::{Person, Role, SourceExtract, SourceIdx, UnifiedPerson};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The days a record's involvements and referrals cover: first and last
/// (an open involvement runs to `NaiveDate::MAX`).
pub type Span = (NaiveDate, NaiveDate);

/// Each record's span, from the involvements and referrals that name it by
/// its person key (None when nothing dated names it).
pub fn record_dates(records: &[Person], extracts: &[SourceExtract]) -> Vec<Option<Span>> {
    let mut out: Vec<Option<Span>> = vec![None; records.len()];
    // Nothing dated names a record: no index of every record to build (a
    // people-only estate, or a trial run of its people sources).
    if extracts
        .iter()
        .all(|x| x.involvements.is_empty() && x.referrals.is_empty())
    {
        return out;
    }
    // foldhash: one insert a record, and SipHash was most of this index.
    let mut index: HashMap<(SourceIdx, &str), usize, foldhash::fast::FixedState> =
        HashMap::with_capacity_and_hasher(records.len(), Default::default());
    index.extend(
        records
            .iter()
            .enumerate()
            .map(|(r, p)| ((p.source(), p.key()), r)),
    );
    let mut add =
        |source: SourceIdx, key: Option<&str>, start: Option<NaiveDate>, end: Option<NaiveDate>| {
            let Some(&r) = key.and_then(|k| index.get(&(source, k))) else {
                return;
            };
            let Some(first) = start.or(end) else {
                return;
            };
            let last = end.unwrap_or(NaiveDate::MAX).max(first);
            let span = out[r].get_or_insert((first, last));
            span.0 = span.0.min(first);
            span.1 = span.1.max(last);
        };
    let day = |d: &Option<crate::model::DateValue>| d.as_ref()?.date?.to_naive();
    for x in extracts {
        for i in &x.involvements {
            let open = i.is_open();
            let end = if open {
                None
            } else {
                day(&i.end).or(day(&i.start))
            };
            add(i.source, i.person_key.as_deref(), day(&i.start), end);
        }
        for f in &x.referrals {
            let d = day(&f.date);
            add(f.source, f.person_key.as_deref(), d, d);
        }
    }
    out
}

/// What placement reads: the records, their persons and groupings, the
/// persons, and each record's dates (`record_dates`; empty when unknown).
pub struct Input<'a> {
    pub records: &'a [Person],
    pub record_person: &'a [u32],
    pub record_grouping: &'a [Option<u32>],
    /// Each grouping's family.
    pub labels: &'a [u32],
    pub persons: &'a [UnifiedPerson],
    pub dates: &'a [Option<Span>],
    /// (record, adult person) for each parent a record names in free text
    /// who resolved to one adult (`family_named::resolve`).
    pub named_parents: &'a [(u32, u32)],
}

/// A record's first address line as a comparable key: its first part
/// (before a comma: one source writes "12 Monks Road, Lincoln" where
/// another has "12 Monks Road"), folded to letters and digits. None without
/// one. Every family rule that compares addresses reads lines this way.
pub fn first_line_key(rec: &Person) -> Option<String> {
    let first = rec.staged.address_lines.first()?;
    let line: String = first
        .split(',')
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    (!line.is_empty()).then_some(line)
}

/// A record's address as a comparable key: the postcode and the first
/// line's key (`first_line_key`). None without both.
pub fn address_key(rec: &Person) -> Option<String> {
    let pc = rec.postcode.as_ref().filter(|p| !p.value.is_empty())?;
    let line = first_line_key(rec)?;
    Some(format!("{}|{line}", pc.value))
}

/// Whether two records' surnames agree: the same, or one part of a double
/// surname in common.
fn surnames_agree(a: &Person, b: &Person) -> bool {
    use crate::standardise::name::surname_parts;
    let (Some(x), Some(y)) = (a.name.family.as_deref(), b.name.family.as_deref()) else {
        return false;
    };
    !x.is_empty()
        && (x == y
            || surname_parts(x)
                .iter()
                .any(|p| p.len() > 1 && surname_parts(y).contains(p)))
}

/// Whether two spans overlap once widened by `days`.
fn overlap(a: Span, b: Span, days: u32) -> bool {
    let m = chrono::Duration::days(i64::from(days));
    let widen = |d: NaiveDate| d.checked_add_signed(m).unwrap_or(NaiveDate::MAX);
    a.0 <= widen(b.1) && b.0 <= widen(a.1)
}

/// Place the people no family holds: `members` holds each family's members
/// so far (from groupings); a new family of siblings is pushed onto it.
/// Returns the placements in the order made.
pub fn place(
    input: &Input,
    members: &mut Vec<BTreeMap<u32, Role>>,
    rules: &FamilyRules,
) -> Vec<Placement> {
    let Input {
        records,
        record_person,
        record_grouping,
        persons,
        ..
    } = *input;
    let mut family_of: Vec<Option<u32>> = vec![None; persons.len()];
    let mut child_of: Vec<Option<u32>> = vec![None; persons.len()];
    for (f, m) in members.iter().enumerate() {
        for (&p, &role) in m {
            family_of[p as usize].get_or_insert(f as u32);
            if role == Role::Child {
                child_of[p as usize].get_or_insert(f as u32);
            }
        }
    }
    // The ungrouped records of people in no family, in record order.
    let loose: Vec<u32> = (0..records.len() as u32)
        .filter(|&r| {
            record_grouping[r as usize].is_none()
                && family_of[record_person[r as usize] as usize].is_none()
        })
        .collect();
    if loose.is_empty() {
        return Vec::new();
    }
    let role_of = |p: u32, r: u32| match records[r as usize].role() {
        Role::Unknown => persons[p as usize].role,
        x => x,
    };
    // The families' records by address, for the shared-address rule.
    let mut at: HashMap<String, Vec<(u32, u32)>> = HashMap::new();
    if rules.shared_address {
        for (r, rec) in records.iter().enumerate() {
            let Some(f) = record_grouping[r].map(|g| input.labels[g as usize]) else {
                continue;
            };
            if let Some(a) = address_key(rec) {
                at.entry(a).or_default().push((r as u32, f));
            }
        }
    }
    // Per adult, the families it is an adult of (before any placement).
    let mut parent_of: HashMap<u32, BTreeSet<u32>> = HashMap::new();
    for (f, m) in members.iter().enumerate() {
        for (&p, &role) in m {
            if role != Role::Child {
                parent_of.entry(p).or_default().insert(f as u32);
            }
        }
    }
    let mut names: HashMap<u32, Vec<u32>> = HashMap::new();
    for &(r, adult) in input.named_parents {
        names.entry(r).or_default().push(adult);
    }
    let mut placements = Vec::new();
    // Units of loose people to place together: groups of siblings, then
    // each loose person on their own.
    let mut unit_of: Vec<Option<u32>> = vec![None; persons.len()];
    let mut units: Vec<Vec<u32>> = Vec::new();
    if rules.siblings_together {
        for (target, via, unit) in siblings(input, &child_of) {
            match target {
                Some(f) => place_unit(
                    &unit,
                    (f, FamilyRule::SiblingsTogether, via),
                    members,
                    &mut family_of,
                    &mut placements,
                    |p| role_of(p, first_record(persons, p)),
                ),
                None => {
                    for &p in &unit {
                        unit_of[p as usize] = Some(units.len() as u32);
                    }
                    units.push(unit);
                }
            }
        }
    }
    // A lone person is placed only into a family another record names or
    // shares an address with: with neither, lone people stay as they are.
    let lone_placeable = !at.is_empty() || !names.is_empty();
    for &r in loose.iter().filter(|_| lone_placeable) {
        let p = record_person[r as usize];
        if family_of[p as usize].is_none() && unit_of[p as usize].is_none() {
            unit_of[p as usize] = Some(units.len() as u32);
            units.push(vec![p]);
        }
    }
    // Each unit's ungrouped records.
    let mut unit_records: Vec<Vec<u32>> = vec![Vec::new(); units.len()];
    for &r in &loose {
        if let Some(u) = unit_of[record_person[r as usize] as usize] {
            unit_records[u as usize].push(r);
        }
    }
    for (u, unit) in units.iter().enumerate() {
        let by_name = named_family(&unit_records[u], &names, &parent_of);
        let found = by_name
            .map(|(f, via)| (f, FamilyRule::NamedParents, via))
            .or_else(|| {
                rules
                    .shared_address
                    .then(|| {
                        shared_address(input, &unit_records[u], &at, rules.shared_address_days)
                    })
                    .flatten()
                    .map(|(f, via)| (f, FamilyRule::SharedAddress, via))
            });
        let (f, rule, via) = match found {
            Some((f, rule, via)) => (f, rule, Some(via)),
            None if unit.len() >= 2 => {
                members.push(BTreeMap::new());
                (members.len() as u32 - 1, FamilyRule::SiblingsTogether, None)
            }
            None => continue,
        };
        place_unit(
            unit,
            (f, rule, via),
            members,
            &mut family_of,
            &mut placements,
            |p| role_of(p, first_record(persons, p)),
        );
    }
    placements
}

/// Put every person of `unit` into family `f` with the role `role` gives
/// them, and note each placement with its rule and the person it came by.
fn place_unit(
    unit: &[u32],
    (f, rule, via): (u32, FamilyRule, Option<u32>),
    members: &mut [BTreeMap<u32, Role>],
    family_of: &mut [Option<u32>],
    placements: &mut Vec<Placement>,
    role: impl Fn(u32) -> Role,
) {
    for &p in unit {
        put(members, family_of, p, f, role(p));
        placements.push(Placement {
            person: p,
            family: f,
            rule,
            via_person: via,
        });
    }
}

/// The one family that the parents `records` name (`names`: per record,
/// its named adults) are adults of, and the first such adult; None when
/// they name none, or adults of two families.
fn named_family(
    records: &[u32],
    names: &HashMap<u32, Vec<u32>>,
    parent_of: &HashMap<u32, BTreeSet<u32>>,
) -> Option<(u32, u32)> {
    let mut found: BTreeMap<u32, u32> = BTreeMap::new();
    for r in records {
        for &adult in names.get(r).into_iter().flatten() {
            for &f in parent_of.get(&adult).into_iter().flatten() {
                let v = found.entry(f).or_insert(adult);
                *v = (*v).min(adult);
            }
        }
    }
    match found.len() {
        1 => found.into_iter().next(),
        _ => None,
    }
}

fn first_record(persons: &[UnifiedPerson], p: u32) -> u32 {
    persons[p as usize].records[0]
}

fn put(
    members: &mut [BTreeMap<u32, Role>],
    family_of: &mut [Option<u32>],
    p: u32,
    f: u32,
    role: Role,
) {
    members[f as usize].insert(p, role);
    family_of[p as usize] = Some(f);
}

/// Groups of siblings referred together: per source, the ungrouped child
/// records of one date (the first day their dates cover) and one address,
/// of two people or more, at least one of them in no family. Each comes as
/// (the one family its other children are already children of, one such
/// child, its people in no family); the family is None when no child of it
/// is in a family. A group whose children are in two families is left out,
/// and so is a person whom two groups would send to different families.
fn siblings(input: &Input, child_of: &[Option<u32>]) -> Vec<(Option<u32>, Option<u32>, Vec<u32>)> {
    let mut by_day: BTreeMap<(SourceIdx, NaiveDate, String), BTreeSet<u32>> = BTreeMap::new();
    for (r, rec) in input.records.iter().enumerate() {
        if input.record_grouping[r].is_some() {
            continue;
        }
        let p = input.record_person[r];
        let role = match rec.role() {
            Role::Unknown => input.persons[p as usize].role,
            x => x,
        };
        if role != Role::Child {
            continue;
        }
        let Some(day) = input.dates.get(r).copied().flatten().map(|s| s.0) else {
            continue;
        };
        // The address last: building its key is the costly part, and most
        // records are not children with a dated record.
        if let Some(a) = address_key(rec) {
            by_day.entry((rec.source(), day, a)).or_default().insert(p);
        }
    }
    // Per loose person: the families its groups point at, and its groups.
    let mut targets: BTreeMap<u32, BTreeSet<Option<u32>>> = BTreeMap::new();
    let mut groups: Vec<(Option<u32>, Option<u32>, Vec<u32>)> = Vec::new();
    for kids in by_day.into_values().filter(|k| k.len() >= 2) {
        let known: BTreeSet<u32> = kids.iter().filter_map(|&p| child_of[p as usize]).collect();
        if known.len() > 1 {
            continue;
        }
        let target = known.first().copied();
        let via = kids
            .iter()
            .copied()
            .find(|&p| child_of[p as usize].is_some());
        let loose: Vec<u32> = kids
            .into_iter()
            .filter(|&p| child_of[p as usize].is_none())
            .collect();
        if loose.is_empty() || (target.is_none() && loose.len() < 2) {
            continue;
        }
        for &p in &loose {
            targets.entry(p).or_default().insert(target);
        }
        groups.push((target, via, loose));
    }
    // Persons sent two ways are placed by neither group.
    let torn = |p: &u32| targets.get(p).is_some_and(|t| t.len() > 1);
    // Groups without a family that share a person are one family.
    let mut uf = UnionFind::new(groups.len());
    let mut first_group: HashMap<u32, u32> = HashMap::new();
    for (g, (target, _, loose)) in groups.iter().enumerate() {
        if target.is_some() {
            continue;
        }
        for &p in loose.iter().filter(|p| !torn(p)) {
            if let Some(&h) = first_group.get(&p) {
                uf.union(h, g as u32);
            } else {
                first_group.insert(p, g as u32);
            }
        }
    }
    let mut out: Vec<(Option<u32>, Option<u32>, Vec<u32>)> = Vec::new();
    let mut new: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
    let mut placed: BTreeSet<u32> = BTreeSet::new();
    for (g, (target, via, loose)) in groups.iter().enumerate() {
        let keep: Vec<u32> = loose.iter().copied().filter(|p| !torn(p)).collect();
        match target {
            Some(_) => {
                let keep: Vec<u32> = keep.into_iter().filter(|&p| placed.insert(p)).collect();
                if !keep.is_empty() {
                    out.push((*target, *via, keep));
                }
            }
            None => new.entry(uf.find(g as u32)).or_default().extend(keep),
        }
    }
    for kids in new.into_values().filter(|k| k.len() >= 2) {
        out.push((None, None, kids.into_iter().collect()));
    }
    out
}

/// The one family with a member record of the same surname at the same
/// address as one of `unit`'s records over overlapping dates, and that
/// member's person; None when there is none or more than one.
fn shared_address(
    input: &Input,
    unit: &[u32],
    at: &HashMap<String, Vec<(u32, u32)>>,
    days: u32,
) -> Option<(u32, u32)> {
    let mut found: BTreeMap<u32, u32> = BTreeMap::new();
    for &r in unit {
        let rec = &input.records[r as usize];
        let (Some(a), Some(span)) = (
            address_key(rec),
            input.dates.get(r as usize).copied().flatten(),
        ) else {
            continue;
        };
        for &(x, f) in at.get(&a).into_iter().flatten() {
            let there = &input.records[x as usize];
            let Some(other) = input.dates.get(x as usize).copied().flatten() else {
                continue;
            };
            if surnames_agree(rec, there) && overlap(span, other, days) {
                let via = input.record_person[x as usize];
                let v = found.entry(f).or_insert(via);
                *v = (*v).min(via);
            }
        }
    }
    match found.len() {
        1 => found.into_iter().next(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::family::{form_dated, Families};
    use crate::model::{SourceInfo, StagedPerson};

    /// A record: source, key, family key ("" for none), role, surname, first
    /// address line (postcode LN1 1AA).
    fn rec(source: u16, key: &str, family: &str, role: Role, surname: &str, line: &str) -> Person {
        let staged = StagedPerson {
            source,
            key: key.into(),
            family_key: (!family.is_empty()).then(|| family.into()),
            role: Some(role),
            given_names: Some(format!("Given{key}").into()),
            family_name: Some(surname.into()),
            address_lines: vec![line.into()],
            postcode: Some("LN1 1AA".into()),
            ..Default::default()
        };
        crate::standardise::person(staged, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Form families with every record its own person.
    fn run(records: &[Person], dates: &[Option<Span>], rules: &FamilyRules) -> Families {
        let rp: Vec<u32> = (0..records.len() as u32).collect();
        let persons: Vec<UnifiedPerson> = records
            .iter()
            .enumerate()
            .map(|(i, r)| UnifiedPerson::bare(format!("P{i}"), r.role(), vec![i as u32]))
            .collect();
        let sources: Vec<SourceInfo> = ["family_support", "front_door", "targeted_youth"]
            .iter()
            .map(|n| SourceInfo {
                name: n.to_string(),
                service: n.to_string(),
                kind: "csv".into(),
            })
            .collect();
        form_dated(records, &rp, &persons, &sources, rules, dates)
    }

    /// The whole of 2024.
    fn y2024() -> Option<Span> {
        Some((day(2024, 1, 1), day(2024, 12, 31)))
    }

    /// A family support household (mother and child, Smith, 12 Monks Road)
    /// and a front-door contact with no Family ID for another Smith child at
    /// "12 Monks Road, Lincoln" in the same year: placed in the household's
    /// family by shared_address, and counted under it. A Jones child there,
    /// or a Smith child contacted three years later, stays on their own.
    #[test]
    fn shared_address_places_a_person_no_source_groups() {
        let records = vec![
            rec(0, "m", "HH1", Role::Parent, "Smith", "12 Monks Road"),
            rec(0, "c", "HH1", Role::Child, "Smith", "12 Monks Road"),
            rec(1, "x", "", Role::Child, "Smith", "12 Monks Road, Lincoln"),
            rec(1, "y", "", Role::Child, "Jones", "12 Monks Road, Lincoln"),
            rec(1, "z", "", Role::Child, "Smith", "12 Monks Road, Lincoln"),
        ];
        let late = Some((day(2028, 1, 1), day(2028, 1, 1)));
        // "y" is contacted on another day than "x": not referred together.
        let february = Some((day(2024, 2, 1), day(2024, 2, 1)));
        let dates = vec![y2024(), y2024(), y2024(), february, late];
        let rules = FamilyRules::default();
        let f = run(&records, &dates, &rules);
        assert_eq!(
            f.record_family[2], f.record_family[0],
            "same surname, address, dates"
        );
        assert_ne!(f.record_family[3], f.record_family[0], "another surname");
        assert_ne!(f.record_family[4], f.record_family[0], "dates years apart");
        assert_ne!(f.record_family[3], f.record_family[4]);
        assert_eq!(f.formation.families_by_rule.get("shared_address"), Some(&1));
        let placed: Vec<(u32, FamilyRule)> = f
            .formation
            .placements
            .iter()
            .map(|p| (p.person, p.rule))
            .collect();
        assert_eq!(placed, vec![(2, FamilyRule::SharedAddress)]);
        assert_eq!(f.formation.placements[0].via_person, Some(0));
        // Switched off: a family of one.
        let off = FamilyRules {
            shared_address: false,
            ..rules.clone()
        };
        let f = run(&records, &dates, &off);
        assert_ne!(f.record_family[2], f.record_family[0]);
        // Without dates nothing says they were there at the same time.
        let f = run(&records, &[], &rules);
        assert_ne!(f.record_family[2], f.record_family[0]);
    }

    /// Two families of one surname at one address (a house share, or a
    /// parent's two partnerships): an ungrouped adult there is placed in
    /// neither, so never joins them. A child already in a family stays in
    /// it, though another family's member matches its address.
    #[test]
    fn shared_address_never_joins_two_families_or_moves_a_child() {
        let records = vec![
            rec(0, "a", "HH1", Role::Parent, "Smith", "12 Monks Road"),
            rec(0, "b", "HH1", Role::Child, "Smith", "12 Monks Road"),
            rec(2, "c", "T7", Role::Parent, "Smith", "12 Monks Road"),
            rec(2, "d", "T7", Role::Child, "Smith", "12 Monks Road"),
            rec(1, "e", "", Role::Parent, "Smith", "12 Monks Road"),
        ];
        let dates = vec![y2024(); 5];
        let f = run(&records, &dates, &FamilyRules::default());
        assert_ne!(
            f.record_family[0], f.record_family[2],
            "two families stay two"
        );
        assert_ne!(f.record_family[4], f.record_family[0]);
        assert_ne!(f.record_family[4], f.record_family[2]);
        assert!(f.formation.placements.is_empty());
        // Child "b" is also contacted with no Family ID at the other
        // family's line: it is already a child of HH1 and stays there.
        let mut more = records.clone();
        more.truncate(4);
        more.push(rec(1, "b2", "", Role::Child, "Smith", "12 Monks Road"));
        let mut rp: Vec<u32> = (0..5).collect();
        rp[4] = 1;
        let persons: Vec<UnifiedPerson> = (0..4)
            .map(|i| {
                let recs = if i == 1 { vec![1, 4] } else { vec![i] };
                UnifiedPerson::bare(format!("P{i}"), more[i as usize].role(), recs)
            })
            .collect();
        let sources: Vec<SourceInfo> = ["family_support", "front_door", "targeted_youth"]
            .iter()
            .map(|n| SourceInfo {
                name: n.to_string(),
                service: n.to_string(),
                kind: "csv".into(),
            })
            .collect();
        let f = form_dated(
            &more,
            &rp,
            &persons,
            &sources,
            &FamilyRules::default(),
            &dates,
        );
        assert_eq!(f.record_family[4], f.record_family[1]);
        assert!(f.formation.placements.is_empty());
    }

    /// Two children of one front-door export with no Family ID, contacted on
    /// one day at one address, are one family (siblings_together); a third
    /// contacted another day is not. When one of them is already a child of
    /// a household, the other joins that household's family.
    #[test]
    fn siblings_referred_together_are_one_family() {
        let records = vec![
            rec(1, "a", "", Role::Child, "Smith", "3 Hill Close"),
            rec(1, "b", "", Role::Child, "Brown", "3 Hill Close"),
            rec(1, "c", "", Role::Child, "Smith", "3 Hill Close"),
        ];
        let one_day = Some((day(2024, 5, 2), day(2024, 5, 2)));
        let other_day = Some((day(2024, 9, 9), day(2024, 9, 9)));
        let rules = FamilyRules {
            shared_address: false,
            ..FamilyRules::default()
        };
        let f = run(&records, &[one_day, one_day, other_day], &rules);
        assert_eq!(f.record_family[0], f.record_family[1], "half-siblings too");
        assert_ne!(f.record_family[2], f.record_family[0]);
        assert_eq!(
            f.formation.families_by_rule.get("siblings_together"),
            Some(&1)
        );
        let off = FamilyRules {
            siblings_together: false,
            ..rules.clone()
        };
        let f = run(&records, &[one_day, one_day, other_day], &off);
        assert_ne!(f.record_family[0], f.record_family[1]);
        // Child "a" is a child of household HH1 elsewhere (its own record
        // there is "h"): "b" joins HH1's family through it.
        let records = vec![
            rec(1, "a", "", Role::Child, "Smith", "3 Hill Close"),
            rec(1, "b", "", Role::Child, "Brown", "3 Hill Close"),
            rec(0, "h", "HH1", Role::Child, "Smith", "3 Hill Close"),
            rec(0, "m", "HH1", Role::Parent, "Smith", "3 Hill Close"),
        ];
        let rp = vec![0, 1, 0, 2];
        let persons = vec![
            UnifiedPerson::bare("P0".into(), Role::Child, vec![0, 2]),
            UnifiedPerson::bare("P1".into(), Role::Child, vec![1]),
            UnifiedPerson::bare("P2".into(), Role::Parent, vec![3]),
        ];
        let sources: Vec<SourceInfo> = ["family_support", "front_door"]
            .iter()
            .map(|n| SourceInfo {
                name: n.to_string(),
                service: n.to_string(),
                kind: "csv".into(),
            })
            .collect();
        let dates = vec![one_day, one_day, None, None];
        let f = form_dated(&records, &rp, &persons, &sources, &rules, &dates);
        assert_eq!(f.record_family[1], f.record_family[3]);
        assert_eq!(f.families.len(), 1);
        assert_eq!(f.formation.placements.len(), 1);
        assert_eq!(f.formation.placements[0].via_person, Some(0));
    }

    #[test]
    fn spans_overlap_within_the_margin() {
        let a = (day(2024, 1, 1), day(2024, 3, 1));
        let b = (day(2024, 6, 1), NaiveDate::MAX);
        assert!(!overlap(a, b, 30));
        assert!(overlap(a, b, 100));
        assert!(overlap(b, a, 100), "symmetric");
        assert!(overlap(b, b, 0));
    }
}
