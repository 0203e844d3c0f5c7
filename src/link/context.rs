//! Family context as evidence (collective linkage): after a pass of
//! clustering, the links a record's grouping-mates already have are
//! evidence for its own. A parent recorded only by name on a school's
//! contact list, whose pupil is linked to a child of a family tracker's
//! household, is that household's adult of the same name, even at another
//! address — when nothing contradicts it and no other member of that
//! household could be meant. Each pass proposes such pairs; clustering takes
//! them (with every guard) after the model's links, and passes repeat until
//! none is new, in canonical record order, so the result is deterministic.

use super::features::Features;
use super::settings::LinkField;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The most groupings one grouping's context may hold: a person linked
/// across very many groupings (a chained cluster) is no family context.
const MAX_CONTEXT_GROUPINGS: usize = 32;

/// Records by source grouping (groupings with two records or more).
pub struct Groupings {
    members: Vec<Vec<u32>>,
    of_record: Vec<u32>,
}

impl Groupings {
    pub fn new(f: &Features) -> Groupings {
        let mut by_id: BTreeMap<u64, Vec<u32>> = BTreeMap::new();
        for (r, &g) in f.grouping.iter().enumerate() {
            if g != 0 {
                by_id.entry(f.stable(g)).or_default().push(r as u32);
            }
        }
        let mut members = Vec::new();
        let mut of_record = vec![u32::MAX; f.n];
        for (_, mut recs) in by_id.into_iter().filter(|(_, m)| m.len() >= 2) {
            recs.sort_by_key(|&r| f.rank[r as usize]);
            for &r in &recs {
                of_record[r as usize] = members.len() as u32;
            }
            members.push(recs);
        }
        Groupings { members, of_record }
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Whether records `a` and `b` have family context: their groupings
    /// (both with other members) hold one linked person besides them.
    pub fn share_a_person(&self, labels: &[u32], a: u32, b: u32) -> bool {
        let group = |r: u32| {
            self.of_record
                .get(r as usize)
                .and_then(|&g| self.members.get(g as usize))
        };
        let (Some(ga), Some(gb)) = (group(a), group(b)) else {
            return false;
        };
        ga.iter().filter(|&&x| x != a && x != b).any(|&x| {
            gb.iter()
                .any(|&y| y != a && y != b && labels[x as usize] == labels[y as usize])
        })
    }
}

/// The Jaro–Winkler similarity at or above which two spellings of a name
/// are one name here: a typing slip ("Olier", "Jonse") or a lost letter,
/// not another name of the family ("Jack" and "Jake" are 0.88).
const CLOSE_SPELLING: f32 = 0.92;

/// Whether two records name one person as far as names, sex and roles go:
/// the same forename (an alias of it, or a close spelling) and the same
/// surname (or a close spelling), or the two names swapped; no sex or role
/// against it. Context alone makes this enough: the pair must also be the
/// only one of that name there.
fn same_name(f: &Features, a: usize, b: usize) -> bool {
    let (given, family) = (f.col(&LinkField::Given), f.col(&LinkField::Family));
    let (ga, gb) = (given[a], given[b]);
    let (sa, sb) = (
        family.get(a).copied().unwrap_or(0),
        family.get(b).copied().unwrap_or(0),
    );
    let close = |x: u32, y: u32| {
        x == y || super::compare::jaro_winkler(f.strings.get(x), f.strings.get(y)) >= CLOSE_SPELLING
    };
    let known = ga != 0 && gb != 0 && sa != 0 && sb != 0;
    let names = known
        && (((f.same_alias(ga, gb) || close(ga, gb)) && close(sa, sb)) || (ga == sb && sa == gb));
    let sex = f.sex[a] == 0 || f.sex[b] == 0 || f.sex[a] == f.sex[b];
    let role = f.role[a] == 0 || f.role[b] == 0 || f.role[a] == f.role[b];
    names && sex && role
}

/// The pairs family context proposes under clusters `labels`: record `r`
/// and record `s` of a grouping that shares a linked person with `r`'s own
/// grouping (someone other than `r`), when they name one person and `s`'s
/// person is the only one in that context `r` could be. Pairs already in
/// one cluster are left out; each pair once, as (lower rank, higher rank)
/// records, sorted by rank.
pub fn propose(f: &Features, g: &Groupings, labels: &[u32]) -> Vec<(u32, u32)> {
    // Per person cluster: the groupings it appears in.
    let mut groupings_of: HashMap<u32, Vec<u32>> = HashMap::new();
    for (gi, recs) in g.members.iter().enumerate() {
        for &r in recs {
            let v = groupings_of.entry(labels[r as usize]).or_default();
            if v.last() != Some(&(gi as u32)) {
                v.push(gi as u32);
            }
        }
    }
    let mut out = BTreeSet::new();
    // Records for which the context names two people: no pair may touch
    // them, from either side (the other side may see only one of the two).
    let mut unsure: BTreeSet<u32> = BTreeSet::new();
    for (gi, recs) in g.members.iter().enumerate() {
        for &r in recs {
            let own = labels[r as usize];
            // Groupings that hold one of r's grouping-mates' persons.
            let mut context: BTreeSet<u32> = BTreeSet::new();
            for &x in recs.iter().filter(|&&x| labels[x as usize] != own) {
                if let Some(gs) = groupings_of.get(&labels[x as usize]) {
                    context.extend(gs.iter().copied().filter(|&h| h != gi as u32));
                }
            }
            if context.is_empty() || context.len() > MAX_CONTEXT_GROUPINGS {
                continue;
            }
            let mut found: Option<(u32, u32)> = None;
            let mut ambiguous = false;
            for &h in &context {
                let there = &g.members[h as usize];
                // r's person is already in that grouping: its record there
                // is the one that names r; a namesake is someone else.
                if there.iter().any(|&s| labels[s as usize] == own) {
                    continue;
                }
                for &s in there {
                    if !same_name(f, r as usize, s as usize) {
                        continue;
                    }
                    match found {
                        Some((_, l)) if l != labels[s as usize] => ambiguous = true,
                        Some(_) => {}
                        None => found = Some((s, labels[s as usize])),
                    }
                }
            }
            if ambiguous {
                unsure.insert(r);
            } else if let Some((s, _)) = found {
                let (x, y) = (f.rank[r as usize], f.rank[s as usize]);
                out.insert(if x < y { (x, r, s) } else { (y, s, r) });
            }
        }
    }
    out.into_iter()
        .filter(|(_, a, b)| !unsure.contains(a) && !unsure.contains(b))
        .map(|(_, a, b)| (a, b))
        .collect()
}

/// The pairs parents named in free text propose under clusters `labels`:
/// a child record `r` of a grouping whose adult `m` is named as mother or
/// father ("Mother: Sarah SMITH") on another record `s` of the same name,
/// at `m`'s postcode. A crèche list's child beside the booking's mother is
/// the front-door contact's child who names that mother. When the named
/// records of `r`'s name are two people, nobody is proposed. Pairs as in
/// `propose`.
pub fn propose_named(
    records: &[crate::model::Person],
    f: &Features,
    g: &Groupings,
    labels: &[u32],
) -> Vec<(u32, u32)> {
    use crate::model::Role;
    let postcode = |r: usize| {
        records[r]
            .postcode
            .as_ref()
            .map(|p| p.value.as_str())
            .filter(|v| !v.is_empty())
    };
    // Records by the (forename, surname, postcode) of each parent they name.
    let mut naming: HashMap<(String, String, &str), Vec<u32>> = HashMap::new();
    for (s, rec) in records.iter().enumerate() {
        let Some(text) = super::family_named::parent_text(rec) else {
            continue;
        };
        let Some(pc) = postcode(s) else {
            continue;
        };
        for (parent, given, family) in super::family::parse_parent_parts(text) {
            if parent {
                naming
                    .entry((given, family, pc))
                    .or_default()
                    .push(s as u32);
            }
        }
    }
    if naming.is_empty() {
        return Vec::new();
    }
    let mut found: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
    let mut pick: BTreeMap<u32, u32> = BTreeMap::new();
    for recs in &g.members {
        for &m in recs {
            let rec = &records[m as usize];
            if matches!(rec.role(), Role::Child | Role::Unknown) {
                continue;
            }
            let (Some(given), Some(family), Some(pc)) = (
                rec.name.given.as_deref().map(str::to_string),
                rec.name.family.as_deref().map(str::to_string),
                postcode(m as usize),
            ) else {
                continue;
            };
            let Some(named) = naming.get(&(given, family, pc)) else {
                continue;
            };
            for &r in recs {
                if records[r as usize].role() != Role::Child {
                    continue;
                }
                for &s in named {
                    let ls = labels[s as usize];
                    if ls != labels[r as usize]
                        && !recs.contains(&s)
                        && same_name(f, r as usize, s as usize)
                    {
                        found.entry(r).or_default().insert(ls);
                        let p = pick.entry(r).or_insert(s);
                        if f.rank[s as usize] < f.rank[*p as usize] {
                            *p = s;
                        }
                    }
                }
            }
        }
    }
    let mut out: BTreeSet<(u32, u32, u32)> = BTreeSet::new();
    for (r, people) in found {
        if people.len() != 1 {
            continue;
        }
        let s = pick[&r];
        let (x, y) = (f.rank[r as usize], f.rank[s as usize]);
        out.insert(if x < y { (x, r, s) } else { (y, s, r) });
    }
    out.into_iter().map(|(_, a, b)| (a, b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::settings::Settings;
    use crate::model::{Role, StagedPerson};

    fn rec(
        source: u16,
        group: &str,
        given: &str,
        family: &str,
        role: Role,
    ) -> crate::model::Person {
        let staged = StagedPerson {
            source,
            key: format!("{group}-{given}"),
            family_key: Some(group.into()),
            role: Some(role),
            given_names: Some(given.into()),
            family_name: Some(family.into()),
            ..Default::default()
        };
        crate::standardise::person(staged, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
    }

    /// A name-only record: given name, surname and sex (None: not given).
    fn named(
        source: u16,
        group: &str,
        given: &str,
        family: &str,
        role: Role,
        sex: Option<&str>,
    ) -> crate::model::Person {
        let mut p = rec(source, group, given, family, role);
        p.staged.sex = sex.map(|s| crate::model::Coded {
            raw: s.into(),
            code: Some(s.into()),
        });
        crate::standardise::person(
            p.staged,
            chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        )
    }

    /// A parenting course's crèche list names "Jack Smith" (a boy, no date
    /// of birth, no postcode) beside the booking's mother, who is a family
    /// support household's mother: the household's Jack is proposed. Not
    /// when the list says a girl, or another surname, or when the household
    /// has two Jacks (ambiguous: nobody).
    #[test]
    fn a_name_only_child_beside_a_linked_adult_is_the_familys_child() {
        let settings = Settings::default_settings();
        let estate = |child: crate::model::Person, twin: bool| {
            vec![
                named(0, "PP1", "Sarah", "Smith", Role::Parent, Some("F")),
                child,
                named(1, "HH1", "Sarah", "Smith", Role::Parent, Some("F")),
                named(1, "HH1", "Jack", "Smith", Role::Child, Some("M")),
                if twin {
                    named(1, "HH1", "Jack", "Smith", Role::Child, Some("M"))
                } else {
                    named(1, "HH1", "Lily", "Smith", Role::Child, Some("F"))
                },
            ]
        };
        // The two Sarahs are one person; every child is apart.
        let labels = [0, 1, 0, 2, 3];
        let proposed = |records: &[crate::model::Person]| {
            let f = Features::build(records, &settings);
            propose(&f, &Groupings::new(&f), &labels)
        };
        let jack = named(0, "PP1", "Jack", "Smith", Role::Child, Some("M"));
        assert_eq!(proposed(&estate(jack.clone(), false)), vec![(1, 3)]);
        let unsexed = named(0, "PP1", "Jack", "Smith", Role::Child, None);
        assert_eq!(proposed(&estate(unsexed, false)), vec![(1, 3)]);
        let girl = named(0, "PP1", "Jack", "Smith", Role::Child, Some("F"));
        assert!(proposed(&estate(girl, false)).is_empty(), "sex contradicts");
        let other = named(0, "PP1", "Jack", "Jones", Role::Child, Some("M"));
        assert!(
            proposed(&estate(other, false)).is_empty(),
            "surname contradicts"
        );
        assert!(
            proposed(&estate(jack, true)).is_empty(),
            "two Jacks in the household: ambiguous"
        );
    }

    /// A school's contact "Sarah Smith" (name only) beside a pupil already
    /// linked to a tracker's child: she is the tracker household's Sarah
    /// Smith. A second Sarah Smith in that household would make it
    /// ambiguous: no pair then.
    #[test]
    fn a_grouping_mates_link_proposes_the_namesake_in_its_family() {
        let settings = Settings::default_settings();
        let records = [
            rec(0, "S1", "Sarah", "Smith", Role::Parent),
            rec(0, "S1", "Jack", "Smith", Role::Child),
            rec(1, "T9", "Jack", "Smith", Role::Child),
            rec(1, "T9", "Sarah", "Smith", Role::Parent),
            rec(1, "T9", "Tom", "Smith", Role::Parent),
        ];
        let f = Features::build(&records, &settings);
        let g = Groupings::new(&f);
        // The two Jacks are one person; everyone else apart.
        let labels = [0, 1, 1, 2, 3];
        assert_eq!(propose(&f, &g, &labels), vec![(0, 3)]);
        // Nobody linked across the groupings: no context at all.
        assert!(propose(&f, &g, &[0, 1, 2, 3, 4]).is_empty());
        let mut two = records.to_vec();
        two[4] = rec(1, "T9", "Sarah", "Smith", Role::Parent);
        let f = Features::build(&two, &settings);
        let g = Groupings::new(&f);
        assert!(propose(&f, &g, &labels).is_empty(), "two Sarahs: ambiguous");
    }
}
