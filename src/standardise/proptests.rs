//! Property tests over arbitrary Unicode: every standardiser must return
//! (never panic) whatever a legacy system hands it, and must be idempotent —
//! standardising its own normalised output gives that output again — so that
//! re-running a migration on migrated data changes nothing.

use super::*;
use crate::model::{DateCell, NameOrder};
use chrono::NaiveDate;
use proptest::prelude::*;

/// Arbitrary text, weighted towards the characters these parsers care about
/// so that near-misses (almost a postcode, almost a date) are exercised.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-Za-z0-9 ,.'’()+@/:-]{0,20}",
        "[0-9 /.:-]{0,20}",
        "\\PC{0,12}",
    ]
}

fn reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

proptest! {
    // `make fuzz` raises the count through ONEFAMILY_FUZZ_CASES.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("ONEFAMILY_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512)
    ))]

    #[test]
    fn name_normalise(s in text()) {
        let n = name::normalise(&s);
        prop_assert_eq!(name::normalise(&n), n.clone());
        let _ = name::surname_parts(&n);
        let _ = name::surname_key(&n);
        let _ = name::aliases(&n);
        let _ = name::same_alias_group(&n, &s);
        let (p, a) = name::double_metaphone(&s);
        prop_assert!(p.len() <= 4 && a.len() <= 4);
        let _ = name::double_metaphone(&n);
    }

    #[test]
    fn whole_names(t in text(), g in text(), f in text(), full in text(), o in text(), surname_first in any::<bool>()) {
        let staged = StagedPerson {
            given_names: Some(g.into()),
            family_name: Some(f.into()),
            extra: Some(Box::new(crate::model::StagedExtra {
                title: Some(t.into()),
                full_name: Some(full.into()),
                other_names: Some(o.into()),
                name_order: if surname_first { NameOrder::SurnameForenames } else { NameOrder::ForenamesSurname },
                ..Default::default()
            })),
            ..Default::default()
        };
        let n = name::standardise_name(&staged);
        // Feeding the standardised parts back yields them again.
        let again = name::standardise_name(&StagedPerson {
            given_names: n.given.clone(),
            family_name: n.family.clone(),
            extra: Some(Box::new(crate::model::StagedExtra {
                title: n.title.clone(),
                other_names: n.other.clone(),
                ..Default::default()
            })),
            ..Default::default()
        });
        prop_assert_eq!(&again.given, &n.given);
        prop_assert_eq!(&again.family, &n.family);
        prop_assert_eq!(&again.other, &n.other);
        prop_assert_eq!(&again.title, &n.title);
    }

    #[test]
    fn postcodes(s in text()) {
        let p = postcode::parse(&s);
        let again = postcode::parse(&p.value);
        prop_assert_eq!(&again.value, &p.value);
        prop_assert_eq!(again.kind, p.kind);
        prop_assert_eq!(again.outward(), p.outward());
        prop_assert_eq!(again.sector(), p.sector());
        prop_assert_eq!(again.area(), p.area());
    }

    #[test]
    fn identifiers(s in text()) {
        for parse in [nhs::parse, upn::parse, nino::parse] {
            let id = parse(&s);
            let again = parse(&id.value);
            prop_assert_eq!(&again.value, &id.value);
            prop_assert_eq!(again.status, id.status);
        }
        let _ = nino::compare_key(&s);
    }

    #[test]
    fn contacts(s in text()) {
        if let Some(p) = contact::phone(&s) {
            prop_assert_eq!(contact::phone(&p), Some(p.clone()));
        }
        if let Some(e) = contact::email(&s) {
            prop_assert_eq!(contact::email(&e), Some(e.clone()));
        }
    }

    #[test]
    fn dates(s in text(), serial in any::<f64>()) {
        let formats: Vec<date::DateFormat> = ["%d/%m/%Y", "%Y-%m-%d", "%d-%b-%Y", "%d.%m.%y", "%m/%Y", "%Y", "excel"]
            .iter()
            .map(|f| date::DateFormat::parse(f).unwrap())
            .collect();
        let v = date::parse_at(&DateCell::Text(s.clone()), &formats, reference());
        // A parsed date written back in ISO form parses to itself.
        if let Some(d) = v.date {
            let iso = date::DateFormat::parse(match (d.month, d.day) {
                (Some(_), Some(_)) => "%Y-%m-%d",
                (Some(_), None) => "%Y-%m",
                _ => "%Y",
            }).unwrap();
            let again = date::parse_at(&DateCell::Text(d.to_string()), &[iso], reference());
            prop_assert_eq!(again.date, Some(d));
        }
        let mut sv = date::parse(&DateCell::Serial(serial), &formats);
        date::check_dob(&mut sv, reference());
        let _ = date::DateFormat::parse(&s);
        let _ = date::parse(&DateCell::Text(s.clone()), &[date::DateFormat::Pattern(s.clone())]);
    }

    #[test]
    fn codes_never_panic(s in text()) {
        for l in codes::CodeList::ALL {
            let _ = codes::is_known(l, &s);
            let _ = codes::description(l, &s);
        }
        let _ = codes::sex(&s);
    }

    #[test]
    fn whole_person(g in text(), f in text(), pc in text(), nhs in text(), phone in text(), d in text()) {
        let staged = StagedPerson {
            given_names: Some(g.into()),
            family_name: Some(f.into()),
            postcode: Some(pc),
            nhs_number: Some(nhs.clone().into()),
            upn: Some(nhs.clone().into()),
            dob: Some(date::parse(&DateCell::Text(d), &[date::DateFormat::Excel])),
            extra: Some(Box::new(crate::model::StagedExtra {
                nino: Some(nhs.into()),
                phone: Some(phone.clone().into()),
                email: Some(phone.into()),
                ..Default::default()
            })),
            ..Default::default()
        };
        let _ = person(staged, reference());
    }
}
