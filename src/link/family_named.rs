//! Parents named in free text as family evidence (`[family] named_parents`).
//! A front door's contact form names the child's parents ("Mother: Sarah
//! SMITH; Father: David SMITH") without making them persons; a parenting
//! course may hold that mother as its only member. The name alone is weak
//! (a county holds many Sarah Smiths), so a named parent is resolved to an
//! adult person only when exactly one adult of that name shares a postcode
//! with the naming record. `family` then joins the child's grouping to the
//! family that adult parents, and the adult's groupings of adults only to
//! the child's family; a child no source groups joins the family its named
//! parent is an adult of (`family_place`). The free-text parser
//! (`parse_parent_parts`) and the count of matched parents for the report
//! (`free_text_parents`) live here too.

use crate::model::family::FreeTextParents;
use crate::model::{Person, Role, UnifiedFamily, UnifiedPerson};
use std::collections::{BTreeSet, HashMap};

/// Whether unified person `person` carries the name (`given`, `family`, both
/// normalised as `parse_parent_text` gives them): the same forename or an
/// alias of it, and the same surname, a close spelling of it, or one part
/// of a double surname.
pub fn names_fit(person: &UnifiedPerson, given: &str, family: &str) -> bool {
    use crate::standardise::name::{same_alias_group, surname_parts};
    let g = person.given_name.as_deref().unwrap_or("");
    let s = person.family_name.as_deref().unwrap_or("");
    let given_ok = !g.is_empty() && (g == given || same_alias_group(g, given));
    let family_ok = !s.is_empty()
        && (s == family
            || super::compare::jaro_winkler(s, family) >= 0.92
            || surname_parts(s).contains(&family));
    given_ok && family_ok
}

/// The adult persons records name as mother or father, as (record, adult)
/// pairs in record order: each named parent whose name fits exactly one adult person
/// (not the record's own person) who has a record at the naming record's
/// postcode (and first address line, where both give one: two couples of
/// one common name can share a postcode). A name that fits none, or
/// several, resolves to nobody.
pub fn resolve(
    records: &[Person],
    record_person: &[u32],
    persons: &[UnifiedPerson],
) -> Vec<(u32, u32)> {
    let postcode = |r: u32| {
        records[r as usize]
            .postcode
            .as_ref()
            .map(|p| p.value.as_str())
            .filter(|v| !v.is_empty())
    };
    // The first address line's first part, folded (None without one), as
    // every family rule reads it.
    let line = |r: u32| super::family_place::first_line_key(&records[r as usize]);
    // The same postcode, and the same first line where both give one.
    let at = |r: u32, x: u32| {
        postcode(r).is_some()
            && postcode(r) == postcode(x)
            && match (line(r), line(x)) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    };
    // No record names a parent: nothing to resolve, so no index of adults.
    if !records.iter().any(|rec| parent_text(rec).is_some()) {
        return Vec::new();
    }
    // Adults by each surname they go by (whole and each part) and each
    // postcode their records give: a name common in the county is rare in
    // one postcode, so each lookup meets few people.
    let mut by_surname: HashMap<(&str, &str), Vec<u32>> = HashMap::new();
    for (p, person) in persons.iter().enumerate() {
        if person.role == Role::Child {
            continue;
        }
        let Some(s) = person.family_name.as_deref().filter(|s| !s.is_empty()) else {
            continue;
        };
        let mut keys: BTreeSet<&str> = crate::standardise::name::surname_parts(s)
            .into_iter()
            .collect();
        keys.insert(s);
        let codes: BTreeSet<&str> = person.records.iter().filter_map(|&x| postcode(x)).collect();
        for k in keys {
            for &c in &codes {
                by_surname.entry((k, c)).or_default().push(p as u32);
            }
        }
    }
    let mut out = Vec::new();
    for (r, rec) in records.iter().enumerate() {
        let Some(text) = parent_text(rec) else {
            continue;
        };
        let Some(code) = postcode(r as u32) else {
            continue;
        };
        let own = record_person[r];
        for (_, given, family) in parse_parent_parts(text).into_iter().filter(|p| p.0) {
            let mut found = BTreeSet::new();
            for &p in by_surname
                .get(&(family.as_str(), code))
                .into_iter()
                .flatten()
            {
                let person = &persons[p as usize];
                if p != own
                    && names_fit(person, &given, &family)
                    && person.records.iter().any(|&x| at(r as u32, x))
                {
                    found.insert(p);
                }
            }
            if let (1, Some(&p)) = (found.len(), found.first()) {
                out.push((r as u32, p));
            }
        }
    }
    out
}

/// A record's free text naming its parents, when it holds any.
pub(super) fn parent_text(rec: &crate::model::Person) -> Option<&str> {
    rec.staged
        .extra()
        .parent_text
        .as_deref()
        .filter(|t| !t.trim().is_empty())
}

/// Split a free-text parent field into (forename, surname) pairs, both
/// normalised. Parts are separated by `;`, `/`, `&`, " and " or new lines;
/// a part may start with a label ("Mum:") and may be written "SURNAME, Forename".
pub fn parse_parent_text(text: &str) -> Vec<(String, String)> {
    parse_parent_parts(text)
        .into_iter()
        .map(|(_, given, family)| (given, family))
        .collect()
}

/// As `parse_parent_text`, each name with whether its label makes it the
/// child's mother or father ("Mother:", "Dad -", "Parent"): a stepparent,
/// carer, grandparent or partner parents other families, or none.
pub fn parse_parent_parts(text: &str) -> Vec<(bool, String, String)> {
    use crate::standardise::name::{is_title, normalise};
    let text = text.replace(" and ", ";").replace(" AND ", ";");
    let mut out = Vec::new();
    // Words that name a relationship, not a person, when no colon marks the label.
    const LABELS: &[&str] = &[
        "mum",
        "mother",
        "dad",
        "father",
        "stepfather",
        "stepmother",
        "step",
        "carer",
        "parent",
        "guardian",
        "gran",
        "nan",
        "grandmother",
        "grandfather",
        "grandparent",
        "aunt",
        "uncle",
        "partner",
    ];
    const PARENT: &[&str] = &["mum", "mother", "dad", "father", "parent"];
    for whole in text.split([';', '/', '&', '\n']) {
        let part = whole
            .rsplit_once(':')
            .map_or(whole, |(_, name)| name)
            .trim();
        let part = part
            .rsplit_once(" - ")
            .map_or(part, |(_, name)| name)
            .trim();
        // The label: the part's words that name a relationship.
        let label_words: Vec<String> = whole
            .split([' ', ':', '-'])
            .map(normalise)
            .filter(|n| LABELS.contains(&n.as_str()))
            .collect();
        let birth_parent = label_words.iter().any(|w| PARENT.contains(&w.as_str()))
            && !label_words.iter().any(|w| !PARENT.contains(&w.as_str()));
        let (given, family) = match part.split_once(',') {
            Some((surname, forenames)) => (
                forenames.split_whitespace().next().unwrap_or(""),
                surname.trim(),
            ),
            None => {
                let tokens: Vec<&str> = part
                    .split_whitespace()
                    .filter(|t| {
                        let n = normalise(t);
                        !n.is_empty() && !is_title(&n) && !LABELS.contains(&n.as_str())
                    })
                    .collect();
                match tokens.as_slice() {
                    [] | [_] => continue,
                    [first, .., last] => (*first, *last),
                }
            }
        };
        let (given, family) = (normalise(given), normalise(family));
        if !given.is_empty() && !family.is_empty() {
            out.push((birth_parent, given, family));
        }
    }
    out
}

/// The names (forename, surname) of the mothers a free-text parent field
/// names ("Mother: Sarah SMITH; Father: David SMITH" gives sarah smith):
/// parts labelled mother or mum, not a stepmother or grandmother.
pub fn named_mothers(text: &str) -> Vec<(String, String)> {
    use crate::standardise::name::normalise;
    let mut out = Vec::new();
    for part in text.split([';', '/', '&', '\n']) {
        let words: Vec<String> = part.split([' ', ':', '-']).map(normalise).collect();
        let mother = words.iter().any(|w| w == "mother" || w == "mum");
        let other = words
            .iter()
            .any(|w| w.starts_with("step") || w.starts_with("grand") || w == "gran" || w == "nan");
        if mother && !other {
            out.extend(
                parse_parent_parts(part)
                    .into_iter()
                    .filter(|(parent, _, _)| *parent)
                    .map(|(_, given, family)| (given, family)),
            );
        }
    }
    out
}

/// Match every record's free-text parents against the adults of its family.
pub fn free_text_parents(
    records: &[Person],
    record_person: &[u32],
    record_family: &[Option<u32>],
    persons: &[UnifiedPerson],
    families: &[UnifiedFamily],
) -> FreeTextParents {
    let mut out = FreeTextParents::default();
    for (r, rec) in records.iter().enumerate() {
        let Some(text) = parent_text(rec) else {
            continue;
        };
        out.records += 1;
        let child = record_person[r];
        let adults: Vec<u32> = record_family[r]
            .map(|f| {
                families[f as usize]
                    .members
                    .iter()
                    .filter(|&&(p, role)| role != Role::Child && p != child)
                    .map(|&(p, _)| p)
                    .collect()
            })
            .unwrap_or_default();
        for (given, family) in parse_parent_text(text) {
            out.named += 1;
            let fits = |p: &&u32| names_fit(&persons[**p as usize], &given, &family);
            let found: Vec<&u32> = adults.iter().filter(fits).collect();
            if let [&parent] = found.as_slice() {
                out.matched += 1;
                out.relationships.push((parent, child, r as u32));
            } else {
                out.unmatched += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StagedPerson;

    /// The mothers a free-text parent field names, for the household guard
    /// (two children whose mothers clearly differ): not stepmothers or
    /// grandmothers, not fathers.
    #[test]
    fn named_mothers_are_the_parts_labelled_mother() {
        assert_eq!(
            named_mothers("Mother: Sarah SMITH; Father: David SMITH"),
            vec![("sarah".to_string(), "smith".to_string())]
        );
        assert_eq!(
            named_mothers("Mum - Kelly Jones / Dad - Lee Jones"),
            vec![("kelly".to_string(), "jones".to_string())]
        );
        assert!(named_mothers("Stepmother: Jo Hart; Gran: Ann Hart").is_empty());
        assert!(named_mothers("Father: David SMITH").is_empty());
        assert!(named_mothers("").is_empty());
    }

    fn rec(key: &str, given: &str, family: &str, postcode: &str, parents: &str) -> Person {
        let staged = StagedPerson {
            key: key.into(),
            given_names: Some(given.into()),
            family_name: Some(family.into()),
            postcode: Some(postcode.into()),
            extra: Some(Box::new(crate::model::StagedExtra {
                parent_text: (!parents.is_empty()).then(|| parents.into()),
                ..Default::default()
            })),
            ..Default::default()
        };
        crate::standardise::person(staged, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
    }

    fn person(p: usize, given: &str, family: &str, role: Role) -> UnifiedPerson {
        let mut u = UnifiedPerson::bare(format!("P{p}"), role, vec![p as u32]);
        u.given_name = Some(given.into());
        u.family_name = Some(family.into());
        u
    }

    /// A contact names "Mother: Sarah SMITH": of the two adult Sarah Smiths,
    /// the one with a record at the child's postcode is meant. A third at
    /// that postcode makes the name ambiguous: nobody.
    #[test]
    fn a_named_parent_resolves_by_name_and_postcode() {
        let records = vec![
            rec(
                "c",
                "Jack",
                "Smith",
                "LN1 1AA",
                "Mother: Sarah SMITH; Father: Tom JONES",
            ),
            rec("m1", "Sarah", "Smith", "LN9 9ZZ", ""),
            rec("m2", "Sarah", "Smith", "LN1 1AA", ""),
        ];
        let persons = vec![
            person(0, "jack", "smith", Role::Child),
            person(1, "sarah", "smith", Role::Parent),
            person(2, "sarah", "smith", Role::Parent),
        ];
        assert_eq!(resolve(&records, &[0, 1, 2], &persons), vec![(0, 2)]);
        let mut more = records.clone();
        more.push(rec("m3", "Sally", "Smith", "LN1 1AA", ""));
        let mut persons = persons;
        persons.push(person(3, "sally", "smith", Role::Parent));
        assert!(
            resolve(&more, &[0, 1, 2, 3], &persons).is_empty(),
            "Sally is an alias of Sarah: two candidates at the postcode"
        );
    }

    /// A front door's contact (child only, parents in free text) and a
    /// parenting course that holds the mother alone are one family, joined
    /// by the named-parents rule and counted under it; switched off, two.
    /// A stepfather named on the form does not bring his own family in.
    #[test]
    fn a_named_mother_joins_her_course_to_her_childs_contact() {
        use crate::link::family::form;
        use crate::link::settings::FamilyRules;
        use crate::model::SourceInfo;
        let grouped = |source: u16, group: &str, mut p: Person, role: Role| {
            p.staged.source = source;
            p.staged.family_key = Some(group.into());
            p.staged.role = Some(role);
            p
        };
        let records = vec![
            grouped(
                0,
                "EH1",
                rec(
                    "c",
                    "Jack",
                    "Smith",
                    "LN1 1AA",
                    "Mother: Sarah SMITH; Stepfather: Tom JONES",
                ),
                Role::Child,
            ),
            grouped(
                1,
                "PP1",
                rec("m", "Sarah", "Smith", "LN1 1AA", ""),
                Role::Parent,
            ),
            grouped(
                2,
                "H7",
                rec("t", "Tom", "Jones", "LN1 1AA", ""),
                Role::Parent,
            ),
            grouped(
                2,
                "H7",
                rec("k", "Kim", "Jones", "LN1 1AA", ""),
                Role::Child,
            ),
        ];
        let persons = vec![
            person(0, "jack", "smith", Role::Child),
            person(1, "sarah", "smith", Role::Parent),
            person(2, "tom", "jones", Role::Parent),
            person(3, "kim", "jones", Role::Child),
        ];
        let sources: Vec<SourceInfo> = ["front_door", "parenting", "family_support"]
            .iter()
            .map(|n| SourceInfo {
                name: n.to_string(),
                service: n.to_string(),
                kind: "csv".into(),
            })
            .collect();
        let rp = [0, 1, 2, 3];
        let on = form(&records, &rp, &persons, &sources, &FamilyRules::default());
        assert_eq!(on.record_family[0], on.record_family[1]);
        assert_ne!(
            on.record_family[0], on.record_family[2],
            "a stepfather's own family"
        );
        assert_eq!(on.formation.families_by_rule.get("named_parents"), Some(&1));
        let rules = FamilyRules {
            named_parents: false,
            ..FamilyRules::default()
        };
        let off = form(&records, &rp, &persons, &sources, &rules);
        assert_ne!(off.record_family[0], off.record_family[1]);
    }

    #[test]
    fn free_text_parents_parse() {
        assert_eq!(
            parse_parent_text("Mother: Sarah SMITH; Father: David SMITH"),
            vec![
                ("sarah".to_string(), "smith".to_string()),
                ("david".to_string(), "smith".to_string())
            ]
        );
        assert_eq!(
            parse_parent_text("Mum - Mrs Jo O'Neill and Dad"),
            vec![(
                "jo".to_string(),
                crate::standardise::name::normalise("O'Neill")
            )]
        );
        assert_eq!(
            parse_parent_text("SMITH, Sarah"),
            vec![("sarah".to_string(), "smith".to_string())]
        );
        assert!(parse_parent_text("not known").len() <= 1);
        // Only a mother or father is a birth parent: a stepfather parents
        // another family.
        let parts = parse_parent_parts(
            "Mother: Sarah SMITH; Stepfather: Tom JONES; Step father - Al KAY; Dad Bob SMITH",
        );
        let births: Vec<bool> = parts.iter().map(|p| p.0).collect();
        assert_eq!(births, vec![true, false, false, true]);
        assert!(parse_parent_text("").is_empty());
    }
}
