//! The four database systems: Children's Centres (SQLite, households and
//! registrations), Youth Offending (MariaDB script plus an SQLite copy),
//! Family Support (SQL Server script plus an SQLite copy) and Education
//! Welfare (SQLite). Each keeps its own column names, code lists and date
//! habits, as the real systems a council inherits do.

use super::episode::{self, district, Truth, Written};
use super::mess::{self, Holds};
use super::population::{Estate, Rel, Sys};
use super::sql::{Db, Server, Table, Ty, Val};
use crate::Result;
use rand::Rng;
use std::collections::BTreeMap;
use std::path::Path;

mod education_welfare;
pub use education_welfare::education_welfare;

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
    w.counts
        .push(("childrens_centres.db households".into(), n_hh));
    w.counts
        .push(("childrens_centres.db registrations".into(), n_reg));
    Ok(w)
}

static YOT_YP: Table = Table {
    name: "young_people",
    cols: &[
        ("yot_no", Ty::Text(12)),
        ("forename", Ty::Text(50)),
        ("surname", Ty::Text(50)),
        ("dob", Ty::Date),
        ("sex", Ty::Text(1)),
        ("ethnicity", Ty::Text(2)),
        ("nhs_no", Ty::Text(12)),
        ("address1", Ty::Text(80)),
        ("address2", Ty::Text(80)),
        ("town", Ty::Text(40)),
        ("postcode", Ty::Text(10)),
        ("case_worker", Ty::Text(60)),
        ("team", Ty::Text(40)),
    ],
};

static YOT_PC: Table = Table {
    name: "parent_carers",
    cols: &[
        ("pc_ref", Ty::Text(10)),
        ("yot_no", Ty::Text(12)),
        ("relationship", Ty::Text(20)),
        ("title", Ty::Text(10)),
        ("forename", Ty::Text(50)),
        ("surname", Ty::Text(50)),
        ("dob", Ty::Date),
        ("phone", Ty::Text(20)),
        ("address1", Ty::Text(80)),
        ("address2", Ty::Text(80)),
        ("town", Ty::Text(40)),
        ("postcode", Ty::Text(10)),
    ],
};

static YOT_ORDERS: Table = Table {
    name: "orders",
    cols: &[
        ("order_id", Ty::Int),
        ("yot_no", Ty::Text(12)),
        ("order_type", Ty::Text(40)),
        ("start_date", Ty::Date),
        ("end_date", Ty::Date),
        ("outcome", Ty::Text(30)),
    ],
};

pub async fn youth_offending(out: &Path, e: &Estate, seed: u64) -> Result<Written> {
    let sys = Sys::YouthOffending;
    let mut rng = episode::rng_for(seed, sys);
    let workers = episode::workers(seed, sys, e.families.len());
    let mut db = Db::create(
        &out.join("youth_offending.db"),
        Some((Server::MySql, &out.join("youth_offending.mysql.sql"))),
    )
    .await?;
    db.script_text(
        "-- Youth Offending Service case system: export for MariaDB/MySQL.\n\
         -- Load with: mariadb DBNAME < youth_offending.mysql.sql\n\
         SET NAMES utf8mb4;\n\n",
    )?;
    let mut yp = db.table(&YOT_YP)?;
    let mut pc = db.table(&YOT_PC)?;
    let mut orders = db.table(&YOT_ORDERS)?;
    let yp_holds = Holds {
        nhs: 0.3,
        upn: false,
    };
    let pc_holds = Holds {
        nhs: 0.0,
        upn: false,
    };
    let order_types = [
        "Referral Order",
        "Youth Rehabilitation Order",
        "Youth Caution",
        "Youth Conditional Caution",
        "Triage",
        "Out of Court Disposal",
    ];
    let outcomes = [
        "Completed",
        "Breached",
        "Revoked",
        "Transferred out",
        "Ongoing",
    ];
    let mut w = Workers::default();
    let mut out_w = Written::default();
    let mut yot_no = String::new();
    let mut case_groups: BTreeMap<u32, String> = BTreeMap::new();
    let mut order_id = 70_000i64;
    for rec in &e.recs[sys.index()] {
        let a = e.address(rec.addr);
        if rec.rel.is_child() {
            // Each young person is a case; a re-referral opens a new YOT number.
            w.yp += 1;
            yot_no = format!("YO{:06}", 10_000 + w.yp);
            case_groups
                .entry(rec.group)
                .or_insert_with(|| yot_no.clone());
            let s = mess::show(&mut rng, e, rec, &yp_holds);
            let p = e.person(rec.person);
            let ep = episode::episode(&mut rng, workers.len(), 4, 0.6);
            let team = format!("YOT {}", district(a.town));
            let forename = s.forename_field();
            db.row(
                &mut yp,
                &[
                    Val::Text(&yot_no),
                    Val::Text(&forename),
                    Val::Text(&s.surname),
                    s.dob.map_or(Val::Null, Val::Date),
                    Val::Text(if p.female { "F" } else { "M" }),
                    Val::Text(if rng.gen_bool(0.06) {
                        "NS"
                    } else {
                        yjb_ethnicity(p.ethnicity)
                    }),
                    s.nhs.as_deref().into(),
                    Val::Text(&a.line1),
                    a.line2.as_deref().into(),
                    Val::Text(a.town),
                    s.postcode.as_deref().into(),
                    Val::Text(&workers[ep.worker]),
                    Val::Text(&team),
                ],
            )?;
            order_id += 1;
            let outcome = if ep.end.is_some() {
                outcomes[rng.gen_range(0..4)]
            } else {
                "Ongoing"
            };
            db.row(
                &mut orders,
                &[
                    Val::Int(order_id),
                    Val::Text(&yot_no),
                    Val::Text(order_types[rng.gen_range(0..order_types.len())]),
                    Val::Date(ep.start),
                    ep.end.map_or(Val::Null, Val::Date),
                    Val::Text(outcome),
                ],
            )?;
            out_w.truth.push(Truth {
                key: yot_no.clone(),
                person: rec.person,
                family: rec.family,
            });
        } else {
            // A parent or carer hangs off the young person's case; a duplicate
            // parent record goes on the first case of the grouping.
            let case = if rec.dup {
                case_groups
                    .get(&rec.group)
                    .cloned()
                    .unwrap_or_else(|| yot_no.clone())
            } else {
                yot_no.clone()
            };
            w.pc += 1;
            let pc_ref = format!("PC{:06}", w.pc);
            let s = mess::show(&mut rng, e, rec, &pc_holds);
            let rel = match rec.rel {
                Rel::Mother => "Mother",
                Rel::Father => "Father",
                Rel::StepFather => "Stepfather",
                _ if e.person(rec.person).female => "Grandmother",
                _ => "Grandfather",
            };
            // Parents' dates of birth are often not taken by YOT officers.
            let dob = if rng.gen_bool(0.4) { None } else { s.dob };
            let p = e.person(rec.person);
            db.row(
                &mut pc,
                &[
                    Val::Text(&pc_ref),
                    Val::Text(&case),
                    Val::Text(rel),
                    s.title.into(),
                    Val::Text(&s.given),
                    Val::Text(&s.surname),
                    dob.map_or(Val::Null, Val::Date),
                    p.phone.as_deref().into(),
                    Val::Text(&a.line1),
                    a.line2.as_deref().into(),
                    Val::Text(a.town),
                    s.postcode.as_deref().into(),
                ],
            )?;
            out_w.truth.push(Truth {
                key: pc_ref,
                person: rec.person,
                family: rec.family,
            });
        }
        db.drain().await?;
    }
    // Planted: a parent/carer row whose pc_ref repeats the first one.
    if w.pc > 0 {
        db.row(
            &mut pc,
            &[
                Val::Text("PC000001"),
                Val::Text("YO010001"),
                Val::Text("Mother"),
                Val::Null,
                Val::Text("Unknown"),
                Val::Text("Parent"),
                Val::Null,
                Val::Null,
                Val::Null,
                Val::Null,
                Val::Null,
                Val::Null,
            ],
        )?;
        w.pc += 1;
        out_w.planted.push(
            "parent_carers: pc_ref PC000001 appears twice; the second (a placeholder \"Unknown Parent\" row at the end) is a duplicate_key reject".into(),
        );
    }
    db.end_table(yp)?;
    db.end_table(pc)?;
    db.end_table(orders)?;
    db.finish().await?;
    out_w.counts.push(("young_people".into(), w.yp));
    out_w.counts.push(("parent_carers".into(), w.pc));
    out_w.counts.push(("orders".into(), w.yp));
    Ok(out_w)
}

#[derive(Default)]
struct Workers {
    yp: usize,
    pc: usize,
}

static FS_FAMILY: Table = Table {
    name: "tblFamily",
    cols: &[
        ("FamilyID", Ty::Int),
        ("CaseRef", Ty::Text(12)),
        ("Address1", Ty::Text(80)),
        ("Address2", Ty::Text(80)),
        ("Town", Ty::Text(40)),
        ("PostCode", Ty::Text(10)),
        ("Worker", Ty::Text(60)),
        ("Team", Ty::Text(40)),
        ("OpenDate", Ty::Date),
        ("CloseDate", Ty::Date),
        ("ClosureReason", Ty::Text(40)),
        ("IsOpen", Ty::Bit),
        ("PrimaryNeed", Ty::Text(40)),
    ],
};

static FS_CLIENT: Table = Table {
    name: "tblClient",
    cols: &[
        ("ClientID", Ty::Int),
        ("FamilyID", Ty::Int),
        ("Title", Ty::Text(10)),
        ("FirstName", Ty::Text(50)),
        ("MiddleName", Ty::Text(50)),
        ("LastName", Ty::Text(50)),
        ("PreviousLastName", Ty::Text(50)),
        ("DateOfBirth", Ty::Date),
        ("Gender", Ty::Text(1)),
        ("EthnicityCode", Ty::Text(4)),
        ("NHSNumber", Ty::Text(12)),
        ("Relationship", Ty::Text(20)),
        ("Mobile", Ty::Text(15)),
        ("Email", Ty::Text(80)),
        ("Address1", Ty::Text(80)),
        ("PostCode", Ty::Text(10)),
    ],
};

pub async fn family_support(out: &Path, e: &Estate, seed: u64) -> Result<Written> {
    let sys = Sys::FamilySupport;
    let mut rng = episode::rng_for(seed, sys);
    let workers = episode::workers(seed, sys, e.families.len());
    let mut db = Db::create(
        &out.join("family_support.db"),
        Some((Server::MsSql, &out.join("family_support.mssql.sql"))),
    )
    .await?;
    db.script_text(
        "-- Family Support case system (SQL Server): schema and data.\n\
         -- Run with: sqlcmd -d FamilySupport -i family_support.mssql.sql\n\
         SET NOCOUNT ON;\n\n",
    )?;
    let mut fam = db.table(&FS_FAMILY)?;
    let mut cli = db.table(&FS_CLIENT)?;
    let holds = Holds {
        nhs: 0.6,
        upn: false,
    };
    let closures = [
        "Outcomes achieved",
        "Stepped up to CSC",
        "Declined further support",
        "Did not engage",
        "Moved out of area",
        "Transferred to Supporting Families",
    ];
    let needs = [
        "N4 Family in acute stress",
        "N5 Family dysfunction",
        "N7 Low income",
        "N3 Parental illness/disability",
        "N6 Socially unacceptable behaviour",
        "N1 Abuse or neglect",
    ];
    let mut w = Written::default();
    let mut families: BTreeMap<u32, (i64, u32)> = BTreeMap::new();
    let mut client_id = 20_000i64;
    let (mut n_fam, mut n_cli) = (0usize, 0usize);
    for rec in &e.recs[sys.index()] {
        let next = 1 + families.len() as i64;
        let (fid, home) = *families.entry(rec.group).or_insert((next, rec.addr));
        if fid == next {
            let a = e.address(rec.addr);
            let ep = episode::episode(&mut rng, workers.len(), 5, 0.55);
            let case_ref = format!("FS/{fid:06}");
            let team = format!("Family Support - {}", district(a.town));
            let closure = ep.end.map(|_| closures[rng.gen_range(0..closures.len())]);
            db.row(
                &mut fam,
                &[
                    Val::Int(fid),
                    Val::Text(&case_ref),
                    Val::Text(&a.line1),
                    a.line2.as_deref().into(),
                    Val::Text(a.town),
                    Val::Text(&a.postcode),
                    Val::Text(&workers[ep.worker]),
                    Val::Text(&team),
                    Val::Date(ep.start),
                    ep.end.map_or(Val::Null, Val::Date),
                    closure.into(),
                    Val::Bit(ep.end.is_none()),
                    Val::Text(needs[rng.gen_range(0..needs.len())]),
                ],
            )?;
            n_fam += 1;
        }
        let s = mess::show(&mut rng, e, rec, &holds);
        let p = e.person(rec.person);
        client_id += 1;
        let rel = match rec.rel {
            Rel::Mother => "Self",
            Rel::Father | Rel::StepFather => "Partner",
            Rel::Grandparent => "Grandparent",
            Rel::Child if p.female => "Daughter",
            Rel::Child => "Son",
        };
        // The NHS number as the system's input mask shows it: 999 123 4567.
        let nhs = s
            .nhs
            .as_deref()
            .map(|n| format!("{} {} {}", &n[..3], &n[3..6], &n[6..]));
        let gender = if rng.gen_bool(0.01) {
            "N"
        } else if p.female {
            "F"
        } else {
            "M"
        };
        // Only a client who lives elsewhere has an address of their own.
        let own = rec.addr != home;
        let a = e.address(rec.addr);
        let prev = if rng.gen_bool(0.6) {
            p.birth_surname
        } else {
            None
        };
        let eth = if rng.gen_bool(0.04) {
            "NOBT"
        } else {
            p.ethnicity
        };
        let forename = s.forename_field();
        db.row(
            &mut cli,
            &[
                Val::Int(client_id),
                Val::Int(fid),
                if mess::is_adult(rec.rel) {
                    s.title.into()
                } else {
                    Val::Null
                },
                Val::Text(&forename),
                s.middle.into(),
                Val::Text(&s.surname),
                prev.into(),
                s.dob.map_or(Val::Null, Val::Date),
                Val::Text(gender),
                Val::Text(eth),
                nhs.as_deref().into(),
                Val::Text(rel),
                p.phone.as_deref().into(),
                p.email.as_deref().into(),
                if own { Val::Text(&a.line1) } else { Val::Null },
                if own {
                    s.postcode.as_deref().into()
                } else {
                    Val::Null
                },
            ],
        )?;
        n_cli += 1;
        w.truth.push(Truth {
            key: client_id.to_string(),
            person: rec.person,
            family: rec.family,
        });
        db.drain().await?;
    }
    // Planted: a client row with nothing to identify anyone (an abandoned
    // "add client" form).
    client_id += 1;
    db.row(
        &mut cli,
        &[
            Val::Int(client_id),
            Val::Int(1),
            Val::Null,
            Val::Null,
            Val::Null,
            Val::Null,
            Val::Null,
            Val::Null,
            Val::Text("N"),
            Val::Null,
            Val::Null,
            Val::Text("Son"),
            Val::Null,
            Val::Null,
            Val::Null,
            Val::Null,
        ],
    )?;
    n_cli += 1;
    w.planted.push(format!(
        "tblClient: ClientID {client_id} has no name, date of birth or identifier (an abandoned form): a no_identifying_data reject"
    ));
    db.end_table(fam)?;
    db.end_table(cli)?;
    db.finish().await?;
    w.counts.push(("tblFamily".into(), n_fam));
    w.counts.push(("tblClient".into(), n_cli));
    Ok(w)
}
