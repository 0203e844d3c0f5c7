//! Family formation at county scale: 1,000,000 person records in about
//! 300,000 families, spread over one or two services' groupings, with step-
//! families and adults' own cases. Prints wall time and records per second
//! for `family::form` and lead-worker assignment; asserts nothing (timings
//! belong in benchmarks, not tests). Run by `make bench`.
//!
//! A plain `harness = false` main rather than criterion: one measured pass
//! over a million records is the figure the issue asks for, and repeated
//! sampling would only multiply the minute it takes to build the input.

use onefamily::link::family;
use onefamily::link::settings::FamilyRules;
use onefamily::model::{
    Involvement, Person, Role, SourceInfo, StagedPerson, UnifiedFamily, UnifiedPerson,
};
use std::time::Instant;

fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this
    // file too, as a quick smoke run on a small input.
    let measured = std::env::args().any(|a| a == "--bench");
    let target_records: usize = std::env::var("FAMILY_BENCH_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if measured { 1_000_000 } else { 10_000 });
    let reference = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date");
    let sources: Vec<SourceInfo> = (0..3)
        .map(|i| SourceInfo {
            name: format!("service{i}"),
            service: format!("Service {i}"),
            kind: "csv".into(),
        })
        .collect();
    let mut records: Vec<Person> = Vec::with_capacity(target_records);
    let mut record_person: Vec<u32> = Vec::with_capacity(target_records);
    let mut person_role: Vec<Role> = Vec::new();
    let mut involvements: Vec<Involvement> = Vec::new();
    // Each involvement's first record: its family once families are formed.
    let mut inv_record: Vec<usize> = Vec::new();
    let mut families = 0u32;
    let built = Instant::now();
    // A deterministic mix: family f has 1–2 adults and 1–2 children; each
    // of its people is recorded by 1–2 services, each under that service's
    // own grouping key; every 16th family's father starts a new partnership.
    while records.len() < target_records {
        let f = families;
        families += 1;
        let adults = 1 + (f % 2);
        let children = 1 + u32::from(f % 3 == 2);
        let first = person_role.len() as u32;
        for a in 0..adults {
            person_role.push(if a == 0 { Role::Parent } else { Role::Carer });
        }
        for _ in 0..children {
            person_role.push(Role::Child);
        }
        let services = 1 + u16::from(f.is_multiple_of(5));
        for s in 0..services {
            let key = format!("{s}-{f}");
            inv_record.push(records.len());
            for p in first..first + adults + children {
                let role = person_role[p as usize];
                let staged = StagedPerson {
                    source: s,
                    key: format!("{s}-p{p}"),
                    family_key: Some(key.clone()),
                    role: Some(role),
                    address_lines: vec![format!("{f} High Street")],
                    postcode: Some("LN1 1AA".into()),
                    ..Default::default()
                };
                records.push(onefamily::standardise::person(staged, reference));
                record_person.push(p);
            }
            involvements.push(Involvement {
                source: s,
                key: key.clone(),
                service: sources[s as usize].service.clone(),
                worker: Some(format!("worker {}", (f + s as u32) % 500)),
                ..Default::default()
            });
        }
        if f % 16 == 15 && first > 0 {
            // The previous family's first adult in this family's grouping of service 0.
            let staged = StagedPerson {
                source: 0,
                key: format!("0-step{f}"),
                family_key: Some(format!("0-{f}")),
                role: Some(Role::Parent),
                ..Default::default()
            };
            records.push(onefamily::standardise::person(staged, reference));
            let prev_first = record_person[records.len() - 2 - (adults + children) as usize];
            record_person.push(prev_first);
        }
    }
    let persons: Vec<UnifiedPerson> = person_role
        .iter()
        .enumerate()
        .map(|(p, &role)| UnifiedPerson::bare(format!("P{p}"), role, Vec::new()))
        .collect();
    eprintln!(
        "input: {} person records, {} persons, {} generated families ({:.1} s to build)",
        records.len(),
        persons.len(),
        families,
        built.elapsed().as_secs_f64()
    );

    let rules = FamilyRules::default();
    let t = Instant::now();
    let formed = family::form(&records, &record_person, &persons, &sources, &rules);
    let form_secs = t.elapsed().as_secs_f64();
    let mut unified: Vec<UnifiedFamily> = formed.families;
    let t = Instant::now();
    let inv_family: Vec<Option<u32>> = inv_record
        .iter()
        .map(|&r| formed.record_family[r])
        .collect();
    family::assign_involvements(&mut unified, &involvements, &inv_family, &rules);
    let assign_secs = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let free = family::free_text_parents(
        &records,
        &record_person,
        &formed.record_family,
        &persons,
        &unified,
    );
    let free_secs = t.elapsed().as_secs_f64();
    println!(
        "family formation: {} records → {} families ({} family links, {} conflicts): {:.2} s form, {:.2} s lead workers, {:.2} s free-text parents; {:.0} records/s",
        records.len(),
        unified.len(),
        formed.links.len(),
        formed.formation.conflicts.len(),
        form_secs,
        assign_secs,
        free_secs,
        records.len() as f64 / (form_secs + assign_secs + free_secs),
    );
    assert!(free.records == 0, "no free text in this input");
}
