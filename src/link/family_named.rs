//! Parents named in free text as family evidence (`[family] named_parents`).
//! A front door's contact form names the child's parents ("Mother: Sarah
//! SMITH; Father: David SMITH") without making them persons; a parenting
//! course may hold that mother as its only member. The name alone is weak
//! (a county holds many Sarah Smiths), so a named parent is resolved to an
//! adult person only when exactly one adult of that name shares a postcode
//! with the naming record. `family` then joins the child's grouping to the
//! family that adult parents, and the adult's groupings of adults only to
//! the child's family.

use super::family::parse_parent_parts;
use crate::model::{Person, Role, UnifiedPerson};
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
    // The first address line, folded to letters and digits (None without one).
    let line = |r: u32| {
        let l: String = records[r as usize]
            .staged
            .address_lines
            .first()?
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        (!l.is_empty()).then_some(l)
    };
    // The same postcode, and the same first line where both give one.
    let at = |r: u32, x: u32| {
        postcode(r).is_some()
            && postcode(r) == postcode(x)
            && match (line(r), line(x)) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    };
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
        let Some(text) = rec
            .staged
            .parent_text
            .as_deref()
            .filter(|t| !t.trim().is_empty())
        else {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StagedPerson;

    fn rec(key: &str, given: &str, family: &str, postcode: &str, parents: &str) -> Person {
        let staged = StagedPerson {
            key: key.into(),
            given_names: Some(given.into()),
            family_name: Some(family.into()),
            postcode: Some(postcode.into()),
            parent_text: (!parents.is_empty()).then(|| parents.into()),
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
}
