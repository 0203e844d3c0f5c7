//! The four database systems: Children's Centres (SQLite, households and
//! registrations), Youth Offending (MariaDB script plus an SQLite copy),
//! Family Support (SQL Server script plus an SQLite copy) and Education
//! Welfare (SQLite). Each keeps its own column names, code lists and date
//! habits, as the real systems a council inherits do.

use super::casework;
use super::episode::{self, district, Truth, Written};
use super::mess::{self, Holds};
use super::population::{Estate, Rel, Sys};
use super::sql::{Db, Server, Table, Ty, Val};
use crate::Result;
use rand::Rng;
use std::collections::BTreeMap;
use std::path::Path;

mod education_welfare;
mod family_support;
mod youth_offending;
pub use education_welfare::education_welfare;
pub use family_support::family_support;
pub use youth_offending::youth_offending;

/// Children's Centres' own ethnicity codes (a local numeric list).
fn cc_ethnicity(dfe: &str) -> &'static str {
    match dfe {
        "WBRI" => "10",
        "WIRI" => "11",
        "WIRT" => "12",
        "WOTH" => "13",
        "WROM" => "14",
        "MWBC" => "20",
        "MWBA" => "21",
        "MWAS" => "22",
        "MOTH" => "23",
        "AIND" => "30",
        "APKN" => "31",
        "ABAN" => "32",
        "AOTH" => "33",
        "BCRB" => "40",
        "BAFR" => "41",
        "BOTH" => "42",
        "CHNE" => "50",
        _ => "60",
    }
}

/// The Youth Justice Board's 2001-census style ethnicity codes.
fn yjb_ethnicity(dfe: &str) -> &'static str {
    match dfe {
        "WBRI" => "W1",
        "WIRI" => "W2",
        "WIRT" | "WOTH" | "WROM" => "W9",
        "MWBC" => "M1",
        "MWBA" => "M2",
        "MWAS" => "M3",
        "MOTH" => "M9",
        "AIND" => "A1",
        "APKN" => "A2",
        "ABAN" => "A3",
        "AOTH" => "A9",
        "BCRB" => "B1",
        "BAFR" => "B2",
        "BOTH" => "B9",
        "CHNE" => "O1",
        _ => "O9",
    }
}

static CC_HOUSEHOLDS: Table = Table {
    name: "households",
    cols: &[
        ("household_id", Ty::Int),
        ("address_line1", Ty::Text(80)),
        ("address_line2", Ty::Text(80)),
        ("town", Ty::Text(40)),
        ("postcode", Ty::Text(10)),
        ("centre", Ty::Text(60)),
        ("date_registered", Ty::Date),
    ],
};

static CC_REGISTRATIONS: Table = Table {
    name: "registrations",
    cols: &[
        ("reg_id", Ty::Int),
        ("household_id", Ty::Int),
        ("forename", Ty::Text(50)),
        ("surname", Ty::Text(50)),
        ("dob", Ty::Date),
        ("gender", Ty::Int),
        ("relationship", Ty::Text(2)),
        ("ethnicity", Ty::Text(3)),
        ("nhs_number", Ty::Text(12)),
        ("reg_start", Ty::Date),
        ("reg_end", Ty::Date),
        ("status", Ty::Text(10)),
        ("keyworker", Ty::Text(60)),
        ("reg_reason", Ty::Text(30)),
        ("reg_end_reason", Ty::Text(30)),
    ],
};

fn cc_centre(town: &str) -> &'static str {
    match district(town) {
        "Lincoln" => "Lincoln St Giles Children's Centre",
        "North Kesteven" => "Sleaford Children's Centre",
        "South Kesteven" => "Grantham Children's Centre",
        "Boston" => "Boston Children's Centre",
        "East Lindsey" => "Skegness Children's Centre",
        "West Lindsey" => "Gainsborough Children's Centre",
        _ => "Spalding Children's Centre",
    }
}

pub async fn childrens_centres(out: &Path, e: &Estate, seed: u64) -> Result<Written> {
    let sys = Sys::ChildrensCentres;
    let mut rng = episode::rng_for(seed, sys);
    let workers = episode::workers(seed, sys, e.families.len());
    let mut db = Db::create(&out.join("childrens_centres.db"), None).await?;
    let mut hh = db.table(&CC_HOUSEHOLDS)?;
    let mut regs = db.table(&CC_REGISTRATIONS)?;
    let holds = Holds {
        nhs: 0.85,
        upn: false,
    };
    let mut w = Written::default();
    let mut households: BTreeMap<u32, i64> = BTreeMap::new();
    let mut last_group = u32::MAX;
    let mut ep = episode::episode(&mut rng, workers.len(), 6, 0.5);
    let mut act = casework::stream(seed, sys);
    let mut end_reason = None;
    let reasons = [
        "Universal",
        "Targeted - HV",
        "Targeted - SW",
        "Stay and Play",
        "Parent led",
    ];
    let mut reg_id = 100_000i64;
    let (mut n_hh, mut n_reg) = (0usize, 0usize);
    for rec in &e.recs[sys.index()] {
        if rec.group != last_group || rec.dup {
            ep = episode::episode(&mut rng, workers.len(), 6, 0.5);
            end_reason = casework::cc_end_reason(&mut act, ep.end.is_some());
            last_group = rec.group;
        }
        let next_id = 5000 + households.len() as i64;
        let hid = *households.entry(rec.group).or_insert(next_id);
        if hid == next_id {
            let a = e.address(rec.addr);
            db.row(
                &mut hh,
                &[
                    Val::Int(hid),
                    Val::Text(&a.line1),
                    a.line2.as_deref().into(),
                    Val::Text(a.town),
                    Val::Text(&a.postcode),
                    Val::Text(cc_centre(a.town)),
                    Val::Date(ep.start),
                ],
            )?;
            n_hh += 1;
        }
        let s = mess::show(&mut rng, e, rec, &holds);
        let p = e.person(rec.person);
        let gender = if rng.gen_bool(0.01) {
            0
        } else if rng.gen_bool(0.001) {
            9
        } else if p.female {
            2
        } else {
            1
        };
        let rel = match rec.rel {
            Rel::Child => "C",
            Rel::Mother => "M",
            Rel::Father => "F",
            Rel::StepFather => "SF",
            Rel::Grandparent => "G",
        };
        reg_id += 1;
        let forename = s.forename_field();
        let eth = if rng.gen_bool(0.05) {
            "99"
        } else {
            cc_ethnicity(p.ethnicity)
        };
        let status = match ep.end {
            Some(_) => "Closed",
            None if rng.gen_bool(0.1) => "Lapsed",
            None => "Active",
        };
        db.row(
            &mut regs,
            &[
                Val::Int(reg_id),
                Val::Int(hid),
                Val::Text(&forename),
                Val::Text(&s.surname),
                s.dob.map_or(Val::Null, Val::Date),
                Val::Int(gender),
                Val::Text(rel),
                Val::Text(eth),
                s.nhs.as_deref().into(),
                Val::Date(ep.start),
                ep.end.map_or(Val::Null, Val::Date),
                Val::Text(status),
                Val::Text(&workers[ep.worker]),
                Val::Text(reasons[rng.gen_range(0..reasons.len())]),
                end_reason.into(),
            ],
        )?;
        n_reg += 1;
        w.truth.push(Truth {
            key: reg_id.to_string(),
            person: rec.person,
            family: rec.family,
        });
        db.drain().await?;
    }
    // Planted: a registration keyed with an id already used (an Access-era
    // table without a primary key). The second occurrence is a reject.
    if let Some(first) = w.truth.first() {
        let dup_id: i64 = first.key.parse().unwrap_or(100_001);
        db.row(
            &mut regs,
            &[
                Val::Int(dup_id),
                Val::Int(5000),
                Val::Text("Test"),
                Val::Text("Record"),
                Val::Null,
                Val::Int(0),
                Val::Text("C"),
                Val::Text("99"),
                Val::Null,
                Val::Null,
                Val::Null,
                Val::Text("Active"),
                Val::Null,
                Val::Null,
                Val::Null,
            ],
        )?;
        n_reg += 1;
        w.planted.push(format!(
            "registrations: reg_id {dup_id} appears twice; the second row (a test record left in live, at the end of the table) is a duplicate_key reject"
        ));
    }
    db.end_table(hh)?;
    db.end_table(regs)?;
    db.finish().await?;
    // The same two tables as a plain pg_dump: a PostgreSQL-shaped dump
    // file for the dump reader, read back from the copy just written.
    super::pgdump::write(
        &out.join("childrens_centres.db"),
        &[&CC_HOUSEHOLDS, &CC_REGISTRATIONS],
        &out.join("childrens_centres.pg_dump.sql"),
        "Children's Centres registrations: households and registrations.",
    )
    .await?;
    w.counts
        .push(("childrens_centres.db households".into(), n_hh));
    w.counts
        .push(("childrens_centres.db registrations".into(), n_reg));
    Ok(w)
}
