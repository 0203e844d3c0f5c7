//! Standardisation: pure functions that turn the many ways legacy systems
//! write the same fact into one form, keeping the raw value beside it and a
//! quality flag where the value fails its national rules. Nothing here does
//! I/O (reference data is embedded at build time) or panics, whatever the
//! input: one bad cell must never stop a migration run.
//!
//! [`person`] composes the parts: names ([`name`]), dates ([`date`]),
//! identifiers ([`nhs`], [`upn`], [`nino`]), postcodes ([`postcode`]),
//! phones and emails ([`contact`]) and code lists ([`codes`]).

pub mod asides;
pub mod codes;
pub mod contact;
pub mod date;
pub mod metaphone;
pub mod name;
pub mod nhs;
pub mod nino;
pub mod postcode;
pub mod upn;

#[cfg(test)]
mod proptests;

use crate::model::{Ident, Person, PersonExtra, StagedPerson};

/// The trimmed text of an optional field, None when blank: a blank cell is
/// "not held", never an invalid value.
fn held<S: AsRef<str>>(field: &Option<S>) -> Option<&str> {
    field
        .as_ref()
        .map(|s| s.as_ref().trim())
        .filter(|s| !s.is_empty())
}

fn ident(field: &Option<Box<str>>, parse: fn(&str) -> Ident) -> Option<Box<Ident>> {
    held(field).map(|s| Box::new(parse(s)))
}

/// Standardise one extracted person. `reference` is the day after which a
/// date of birth is a future date.
///
/// The date of birth's quality flag (Future, TooOld) is written back onto the
/// staged `DateValue` so that reports see it; `Person::dob` holds the date
/// only when it carries no flag, since a flagged date must not drive linking.
pub fn person(mut staged: StagedPerson, reference: chrono::NaiveDate) -> Person {
    let name = name::standardise_name(&staged);
    let dob = staged.dob.as_mut().and_then(|v| {
        date::check_dob(v, reference);
        if v.flag.is_none() {
            v.date
        } else {
            None
        }
    });
    let sex = staged.sex.as_ref().and_then(|c| match &c.code {
        Some(code) => codes::sex(code),
        // Without a code list in the mapping, the canonical letters as held.
        None => codes::sex(&c.raw),
    });
    let ethnicity = staged
        .extra()
        .ethnicity
        .as_ref()
        .and_then(|c| c.code.as_deref())
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(Box::from);
    let nhs_number = ident(&staged.nhs_number, nhs::parse);
    let upn = ident(&staged.upn, upn::parse);
    let nino = ident(&staged.extra().nino, nino::parse);
    let postcode = held(&staged.postcode).map(postcode::parse);
    let phone = held(&staged.extra().phone)
        .and_then(contact::phone)
        .map(String::into_boxed_str);
    let email = held(&staged.extra().email)
        .and_then(contact::email)
        .map(String::into_boxed_str);
    Person {
        staged,
        name,
        dob,
        sex,
        nhs_number,
        upn,
        postcode,
        extra: PersonExtra {
            ethnicity,
            nino,
            phone,
            email,
        }
        .boxed(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Coded, DateFlag, DateValue, IdStatus, PartialDate, PostcodeKind, Sex};
    use chrono::NaiveDate;

    fn reference() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
    }

    fn dob(y: i32, m: u8, d: u8) -> Option<DateValue> {
        Some(DateValue {
            raw: format!("{y}-{m}-{d}"),
            date: Some(PartialDate::full(y, m, d)),
            flag: None,
        })
    }

    fn coded(raw: &str, code: Option<&str>) -> Option<Coded> {
        Some(Coded {
            raw: raw.into(),
            code: code.map(str::to_string),
        })
    }

    #[test]
    fn composes_every_field() {
        let s = StagedPerson {
            key: "P1".into(),
            given_names: Some("Zoë Anne".into()),
            family_name: Some("O'Neill-Smith".into()),
            dob: dob(2015, 4, 3),
            sex: coded("2", Some("F")),
            nhs_number: Some("943 476 5919".into()),
            upn: Some("B801200005001".into()),
            postcode: Some("ln12ab".into()),
            extra: Some(Box::new(crate::model::StagedExtra {
                title: Some("Ms".into()),
                ethnicity: coded("White British", Some("WBRI")),
                nino: Some("ab 12 34 56 c".into()),
                phone: Some("07700 900123".into()),
                email: Some(" Zoe@Example.org ".into()),
                ..Default::default()
            })),
            ..Default::default()
        };
        let p = person(s, reference());
        assert_eq!(p.name.title.as_deref(), Some("ms"));
        assert_eq!(p.name.given.as_deref(), Some("zoe"));
        assert_eq!(p.name.middle.as_deref(), Some("anne"));
        assert_eq!(p.name.family.as_deref(), Some("oneill-smith"));
        assert_eq!(p.dob, Some(PartialDate::full(2015, 4, 3)));
        assert_eq!(p.sex, Some(Sex::F));
        assert_eq!(p.extra().ethnicity.as_deref(), Some("WBRI"));
        assert_eq!(p.nhs_number.as_ref().unwrap().status, IdStatus::Valid);
        assert_eq!(p.upn.as_ref().unwrap().status, IdStatus::Valid);
        assert_eq!(p.extra().nino.as_ref().unwrap().valid(), Some("AB123456C"));
        let pc = p.postcode.as_ref().unwrap();
        assert_eq!(
            (pc.value.as_str(), pc.kind),
            ("LN1 2AB", PostcodeKind::Standard)
        );
        assert_eq!(p.extra().phone.as_deref(), Some("+447700900123"));
        assert_eq!(p.extra().email.as_deref(), Some("zoe@example.org"));
        assert_eq!(p.staged.key, "P1");
    }

    #[test]
    fn blanks_and_flags() {
        let s = StagedPerson {
            dob: dob(2030, 1, 1),
            sex: coded("X", None),
            nhs_number: Some("   ".into()),
            upn: Some(String::new().into()),
            postcode: Some("ZZ99 3VZ".into()),
            extra: Some(Box::new(crate::model::StagedExtra {
                phone: Some("n/k".into()),
                email: Some("none".into()),
                ..Default::default()
            })),
            ..Default::default()
        };
        let p = person(s, reference());
        assert_eq!(p.dob, None);
        assert_eq!(p.staged.dob.as_ref().unwrap().flag, Some(DateFlag::Future));
        assert_eq!(p.sex, None);
        assert!(p.nhs_number.is_none() && p.upn.is_none() && p.extra().nino.is_none());
        assert_eq!(p.postcode.unwrap().kind, PostcodeKind::NoFixedAbode);
        assert_eq!(p.extra, None);
        assert_eq!(p.name, crate::model::Name::default());
    }

    #[test]
    fn raw_sex_letters_without_a_code_list() {
        let s = StagedPerson {
            sex: coded("m", None),
            ..Default::default()
        };
        assert_eq!(person(s, reference()).sex, Some(Sex::M));
    }

    #[test]
    fn throughput() {
        // A smoke check that standardising stays cheap; the real budget is
        // 1M persons in under 5 s on two cores in release builds.
        let s = StagedPerson {
            given_names: Some("Mohammed Ali".into()),
            family_name: Some("McDonald-Smith".into()),
            dob: dob(2015, 4, 3),
            nhs_number: Some("943 476 5919".into()),
            postcode: Some("LN1 2AB".into()),
            extra: Some(Box::new(crate::model::StagedExtra {
                full_name: Some("SMITH, John".into()),
                phone: Some("07700 900123".into()),
                email: Some("a@example.org".into()),
                ..Default::default()
            })),
            ..Default::default()
        };
        let start = std::time::Instant::now();
        for _ in 0..10_000 {
            std::hint::black_box(person(s.clone(), reference()));
        }
        assert!(start.elapsed().as_secs() < 5);
    }
}
