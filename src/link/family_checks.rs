//! Implausible families: unified families whose make-up no real family has,
//! flagged for a person to split (with a `family_split` decision), never
//! split here. An over-merged family (one unified family once held 18
//! people and 11 children from 7 true families) is the visible trace of
//! chained links; these checks find it without the truth. The bounds are
//! `[family]` settings: more adults or children than a bound, children born
//! further apart than one set of parents can have them, a parent too young
//! for a child, and two people of one name and role (the same child twice,
//! or two people a link should have told apart).

use super::settings::FamilyRules;
use crate::model::family::{Implausible, ImplausibleFamily};
use crate::model::{PartialDate, Role, UnifiedFamily, UnifiedPerson};
use std::collections::HashSet;

/// A birth date as years, the month as a fraction when known (a date with
/// the year only is taken at mid-year).
fn years(d: &PartialDate) -> f64 {
    d.year as f64
        + d.month
            .map_or(0.5, |m| (f64::from(m.clamp(1, 12)) - 0.5) / 12.0)
}

/// What is implausible about one family, if anything.
fn check(
    family: &UnifiedFamily,
    persons: &[UnifiedPerson],
    rules: &FamilyRules,
) -> Vec<Implausible> {
    let person = |p: u32| persons.get(p as usize);
    let children: Vec<u32> = family
        .members
        .iter()
        .filter(|(_, r)| *r == Role::Child)
        .map(|&(p, _)| p)
        .collect();
    let adults = family.members.len() - children.len();
    let mut out = Vec::new();
    if adults > rules.max_adults as usize {
        out.push(Implausible::TooManyAdults(rules.max_adults));
    }
    if children.len() > rules.max_children as usize {
        out.push(Implausible::TooManyChildren(rules.max_children));
    }
    let born: Vec<f64> = children
        .iter()
        .filter_map(|&c| person(c)?.dob.as_ref().map(years))
        .collect();
    let (first, last) = born
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), &y| (lo.min(y), hi.max(y)));
    if born.len() > 1 && last - first > f64::from(rules.max_children_age_span) {
        out.push(Implausible::ChildrenYearsApart(rules.max_children_age_span));
    }
    // Parents only: a carer may be an older sibling or a young relative.
    let too_young = family
        .members
        .iter()
        .filter(|(_, r)| *r == Role::Parent)
        .filter_map(|&(p, _)| person(p)?.dob.as_ref().map(years))
        .any(|parent| {
            born.iter()
                .any(|&child| child - parent < f64::from(rules.min_parent_age))
        });
    if too_young {
        out.push(Implausible::ParentTooYoung(rules.min_parent_age));
    }
    // Two members to repeat a name: most families (one person on their
    // own) build no set.
    let mut seen = HashSet::new();
    let twice = family.members.len() > 1
        && family.members.iter().any(|&(p, role)| {
            let Some(x) = person(p) else { return false };
            match (x.given_name.as_deref(), x.family_name.as_deref()) {
                (Some(g), Some(f)) if !g.trim().is_empty() && !f.trim().is_empty() => {
                    !seen.insert((g.trim().to_lowercase(), f.trim().to_lowercase(), role))
                }
                _ => false,
            }
        });
    if twice {
        out.push(Implausible::SameNameAndRole);
    }
    out
}

/// Every implausible family, in family order. Each family is checked on
/// its own, so in parallel (collected in family order).
pub fn implausible(
    families: &[UnifiedFamily],
    persons: &[UnifiedPerson],
    rules: &FamilyRules,
) -> Vec<ImplausibleFamily> {
    use rayon::prelude::*;
    families
        .par_iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let reasons = check(f, persons, rules);
            let children = f.members.iter().filter(|(_, r)| *r == Role::Child).count();
            (!reasons.is_empty()).then(|| ImplausibleFamily {
                family: i as u32,
                adults: (f.members.len() - children) as u32,
                children: children as u32,
                reasons,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(given: &str, family: &str, role: Role, born: Option<(i32, u8)>) -> UnifiedPerson {
        let mut p = UnifiedPerson::bare(String::new(), role, Vec::new());
        p.given_name = Some(given.into());
        p.family_name = Some(family.into());
        p.dob = born.map(|(y, m)| PartialDate {
            year: y,
            month: Some(m),
            day: None,
        });
        p
    }

    fn family(members: &[(u32, Role)]) -> UnifiedFamily {
        UnifiedFamily {
            id: "F1".into(),
            members: members.to_vec(),
            groupings: Vec::new(),
            involvements: Vec::new(),
            lead_worker: None,
            lead_conflict: false,
        }
    }

    /// A plausible family passes; each bound, crossed, is named.
    #[test]
    fn each_implausible_make_up_is_named() {
        let persons = vec![
            person("sarah", "hughes", Role::Parent, Some((1985, 3))),
            person("daniel", "hughes", Role::Parent, Some((1983, 7))),
            person("mia", "hughes", Role::Child, Some((2012, 1))),
            person("millie", "hughes", Role::Child, Some((2015, 9))),
            // The same child again, unlinked; a "parent" of nine; a child
            // born thirty years after her eldest "sibling".
            person("mia", "hughes", Role::Child, None),
            person("kyle", "hughes", Role::Parent, Some((2003, 5))),
            person("ava", "hughes", Role::Child, Some((2043, 1))),
        ];
        let rules = FamilyRules::default();
        let plausible = family(&[
            (0, Role::Parent),
            (1, Role::Parent),
            (2, Role::Child),
            (3, Role::Child),
        ]);
        assert!(check(&plausible, &persons, &rules).is_empty());
        let mut twice = plausible.clone();
        twice.members.push((4, Role::Child));
        assert_eq!(
            check(&twice, &persons, &rules),
            vec![Implausible::SameNameAndRole]
        );
        let mut young = plausible.clone();
        young.members.push((5, Role::Parent));
        assert_eq!(
            check(&young, &persons, &rules),
            vec![Implausible::ParentTooYoung(rules.min_parent_age)]
        );
        let mut apart = plausible.clone();
        apart.members.push((6, Role::Child));
        assert_eq!(
            check(&apart, &persons, &rules),
            vec![Implausible::ChildrenYearsApart(rules.max_children_age_span)]
        );
        let tight = FamilyRules {
            max_adults: 1,
            max_children: 1,
            ..FamilyRules::default()
        };
        assert_eq!(
            check(&plausible, &persons, &tight),
            vec![
                Implausible::TooManyAdults(1),
                Implausible::TooManyChildren(1)
            ]
        );
        let all = implausible(&[plausible, twice, young], &persons, &rules);
        assert_eq!(
            all.iter()
                .map(|f| (f.family, f.adults, f.children))
                .collect::<Vec<_>>(),
            vec![(1, 2, 3), (2, 3, 2)]
        );
    }

    /// A father and his son of one name are two roles, not one name twice.
    #[test]
    fn one_name_in_two_roles_is_plausible() {
        let persons = vec![
            person("daniel", "hughes", Role::Parent, None),
            person("daniel", "hughes", Role::Child, Some((2010, 6))),
        ];
        let f = family(&[(0, Role::Parent), (1, Role::Child)]);
        assert!(check(&f, &persons, &FamilyRules::default()).is_empty());
    }
}
