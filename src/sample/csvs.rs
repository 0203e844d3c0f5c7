//! The two CSV exports: the Early Help front door's contact log (Windows-1252,
//! CRLF, "SURNAME, Forename" names, UK dates, local referral routes) and
//! Targeted Youth Support's UTF-8 export (ISO dates, separate name columns,
//! Male/Female, email and phone).

use super::casework;
use super::episode::{self, district, Truth, Written};
use super::mess::{self, Holds};
use super::population::{Estate, Rel, Sys};
use crate::{Error, Result};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// The front door's referral routes as its drop-down lists them, with the
/// share of contacts from each (schools, police, health and self dominate).
pub const ROUTES: &[(&str, u32)] = &[
    ("School - DSL", 260),
    ("School - Head Teacher", 60),
    ("School - SENCO", 40),
    ("Early Years Setting", 25),
    ("College / FE", 15),
    ("Police PPN", 110),
    ("Police - Neighbourhood Team", 25),
    ("GP", 30),
    ("Health Visitor", 35),
    ("School Nurse", 20),
    ("Midwife", 15),
    ("A&E / Urgent Care", 10),
    ("CAMHS", 12),
    ("Adult Mental Health", 8),
    ("Self", 120),
    ("Parent/Carer", 50),
    ("Relative", 15),
    ("Friend/Neighbour", 8),
    ("Anonymous", 6),
    ("Housing", 25),
    ("Housing Association", 10),
    ("Children's Social Care", 25),
    ("Youth Offending", 10),
    ("Other LA Dept", 8),
    ("Other Local Authority", 6),
    ("Early Help Team", 15),
    ("Probation", 6),
    ("CAFCASS", 3),
    ("Children's Centre", 15),
    ("Voluntary Sector", 15),
    ("Domestic Abuse Service", 10),
    ("Not recorded", 6),
];

const NEEDS: &[&str] = &[
    "Family in acute stress",
    "Parenting capacity",
    "Domestic abuse",
    "School attendance",
    "Child behaviour",
    "Parental mental health",
    "Neglect concerns",
    "Financial hardship",
    "Housing",
    "Substance misuse",
];

const OUTCOMES: &[(&str, u32)] = &[
    ("NFA", 20),
    ("Advice & Guidance", 20),
    ("EHA Initiated", 30),
    ("Passed to MASH", 12),
    ("Step up to CSC", 6),
    ("Already Open", 12),
];

const ETHNICITY_LABELS: &[(&str, &str)] = &[
    ("WBRI", "White British"),
    ("WIRI", "White - Irish"),
    ("WIRT", "Traveller of Irish Heritage"),
    ("WOTH", "White - Other"),
    ("WROM", "Gypsy/Roma"),
    ("MWBC", "Mixed - White & Black Caribbean"),
    ("MWBA", "Mixed - White & Black African"),
    ("MWAS", "Mixed - White & Asian"),
    ("MOTH", "Mixed - Other"),
    ("AIND", "Asian - Indian"),
    ("APKN", "Asian - Pakistani"),
    ("ABAN", "Asian - Bangladeshi"),
    ("AOTH", "Asian - Other"),
    ("BCRB", "Black - Caribbean"),
    ("BAFR", "Black - African"),
    ("BOTH", "Black - Other"),
    ("CHNE", "Chinese"),
    ("OOTH", "Other ethnic group"),
];

/// Characters Windows-1252 cannot hold are folded the way the old system
/// forced staff to type them (ł → l, ș → s); Zoë, José, Chloé and Siobhán
/// survive because cp1252 has those letters.
fn cp1252_fold(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let keep = (c as u32) < 0x100 || "ŠšŽžŒœŸ€".contains(c);
            let folded: Vec<char> = if keep {
                vec![c]
            } else {
                match c {
                    'ł' => vec!['l'],
                    'Ł' => vec!['L'],
                    _ => c
                        .nfd()
                        .filter(|d| !unicode_normalization::char::is_combining_mark(*d))
                        .collect(),
                }
            };
            folded
        })
        .collect()
}

/// A CSV file written through a buffer, encoded on the way out. Quoting is
/// done here (RFC 4180: quote a field holding a comma, quote or line break)
/// so the buffer can be encoded and reused without rebuilding a writer.
struct CsvOut {
    buf: String,
    file: BufWriter<File>,
    path: std::path::PathBuf,
    cp1252: bool,
}

impl CsvOut {
    fn create(path: &Path, cp1252: bool, bom: bool) -> Result<CsvOut> {
        let f = File::create(path).map_err(|e| Error::io(path, e))?;
        let mut file = BufWriter::with_capacity(1 << 20, f);
        if bom {
            file.write_all("\u{feff}".as_bytes())
                .map_err(|e| Error::io(path, e))?;
        }
        Ok(CsvOut {
            buf: String::with_capacity(1 << 17),
            file,
            path: path.to_path_buf(),
            cp1252,
        })
    }

    fn record(&mut self, fields: &[&str]) -> Result<()> {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.buf.push(',');
            }
            if f.contains([',', '"', '\r', '\n']) {
                self.buf.push('"');
                self.buf.push_str(&f.replace('"', "\"\""));
                self.buf.push('"');
            } else {
                self.buf.push_str(f);
            }
        }
        // Windows exports end lines with CRLF.
        self.buf.push_str(if self.cp1252 { "\r\n" } else { "\n" });
        if self.buf.len() > 1 << 16 {
            self.spill()?;
        }
        Ok(())
    }

    fn spill(&mut self) -> Result<()> {
        if self.cp1252 {
            // Every field, workers' names included, goes through the fold.
            let folded = cp1252_fold(&self.buf);
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&folded);
            self.file.write_all(&bytes)
        } else {
            self.file.write_all(self.buf.as_bytes())
        }
        .map_err(|e| Error::io(&self.path, e))?;
        self.buf.clear();
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        self.spill()?;
        self.file.flush().map_err(|e| Error::io(&self.path, e))
    }
}

/// The front door's columns before the casework ones
/// (`casework::FRONT_DOOR_COLUMNS`).
const FRONT_DOOR_HEADER: [&str; 25] = [
    "Contact ID",
    "Contact Date",
    "Child Name",
    "DOB",
    "Gender",
    "Ethnicity",
    "Address",
    "Postcode",
    "NHS Number",
    "Family ID",
    "Parent/Carer",
    "Referral Source",
    "Presenting Need",
    "Contact Outcome",
    "Worker",
    "Team",
    "EHA ID",
    "EHA Start",
    "EHA Completed",
    "EHA Status",
    "Needs Identified",
    "Consent Date",
    "Consent Scope",
    "Consent Given By",
    "Consent Withdrawn",
];

/// The front door's exports are monthly: one file per month of contact
/// dates, `front_door_contacts_YYYY-MM.csv`, as the system's scheduled
/// export names them. Contact IDs restart each month (the log numbers a
/// month's contacts from 1), so a contact is its file and its number. The
/// system changed as live systems do: from `REORDERED_FROM` the export
/// puts `Family ID` second, from `METHOD_FROM` it adds a `Contact Method`
/// column after the date, and the `HEADER_ONLY` export, taken on the 1st,
/// holds its header only.
const FRONT_DOOR_FILE: &str = "front_door_contacts";
const REORDERED_FROM: &str = "2024-04";
const METHOD_FROM: &str = "2025-01";
const HEADER_ONLY: &str = "2026-01";
const METHODS: [&str; 5] = ["Phone", "Email", "Online form", "Phone", "In person"];

/// A month's export file name.
fn front_door_file(month: &str) -> String {
    format!("{FRONT_DOOR_FILE}_{month}.csv")
}

pub fn front_door(out: &Path, e: &Estate, seed: u64) -> Result<Written> {
    let sys = Sys::FrontDoor;
    let mut rng = episode::rng_for(seed, sys);
    let workers = episode::workers(seed, sys, e.families.len());
    let holds = Holds {
        nhs: 0.6,
        upn: false,
    };
    let header: Vec<&str> = [&FRONT_DOOR_HEADER[..], &casework::FRONT_DOOR_COLUMNS[..]].concat();
    let mut months: std::collections::BTreeMap<String, Vec<Vec<String>>> = Default::default();
    let mut w = Written::default();
    let mut n = 0usize;
    let mut first: Option<(String, Vec<String>)> = None;
    // Assessments and consent draw from a stream of their own, so that the
    // contacts (and the persons linking reads) are what they were before
    // the front door carried assessments.
    let mut eha_rng = ChaCha8Rng::seed_from_u64(seed ^ 0x0EA5_E55E_DC0E_5E17_u64);
    let mut planted = EhaPlants::default();
    let mut act = casework::stream(seed, sys);
    let keyworkers = casework::keyworkers(&mut act, e.families.len());
    let share = episode::ungrouped_share(sys);
    // A grouping saved without a Family ID: its children were referred
    // together, on the first one's contact date (siblings referred together).
    let mut together: Option<(u32, chrono::NaiveDate)> = None;
    for rec in &e.recs[sys.index()] {
        n += 1;
        let s = mess::show(&mut rng, e, rec, &holds);
        let p = e.person(rec.person);
        let a = e.address(rec.addr);
        let mut ep = episode::episode(&mut rng, workers.len(), 3, 1.0);
        let ungrouped = episode::ungrouped(seed, sys, rec.group, share);
        if ungrouped && !rec.dup {
            match together {
                Some((g, day)) if g == rec.group => {
                    let length = ep.end.map(|e| e - ep.start);
                    ep.start = day;
                    let last = super::population::reference() - chrono::Duration::days(1);
                    ep.end = length.map(|l| (day + l).min(last).max(day));
                }
                _ => together = Some((rec.group, ep.start)),
            }
        }
        let month = ep.start.format("%Y-%m").to_string();
        let in_month = months.entry(month.clone()).or_default();
        let id = format!("CT{:04}", in_month.len() + 1);
        let name = format!("{}, {}", s.surname.to_uppercase(), s.given);
        let address = match &a.line2 {
            Some(l2) => format!("{}, {l2}, {}", a.line1, a.town),
            None => format!("{}, {}", a.line1, a.town),
        };
        let parents = parent_labels(e, rec.family);
        let parent_text = parents.join("; ");
        let eth = ETHNICITY_LABELS
            .iter()
            .find(|(c, _)| *c == p.ethnicity)
            .map_or("Not known", |(_, l)| *l);
        let eth = if rng.gen_bool(0.08) { "Not known" } else { eth };
        let route = super::names::pick_weighted(&mut rng, ROUTES);
        let outcome = super::names::pick_weighted(&mut rng, OUTCOMES);
        let need = NEEDS[rng.gen_range(0..NEEDS.len())];
        let dob = s.dob.map(episode::uk).unwrap_or_default();
        let family = if ungrouped {
            String::new()
        } else {
            format!("EH{:06}", rec.group)
        };
        let team = format!("Early Help Hub - {}", district(a.town));
        let eha = (outcome == "EHA Initiated")
            .then(|| eha(&mut eha_rng, n, ep.start, &parents, &mut planted));
        let eha = eha.unwrap_or_default();
        let case = casework::front_door(
            &mut act,
            ep.start,
            outcome == "EHA Initiated",
            district(a.town),
            &keyworkers,
        );
        let row = [
            id.as_str(),
            &episode::uk(ep.start),
            &name,
            &dob,
            if p.female { "F" } else { "M" },
            eth,
            &address,
            s.postcode.as_deref().unwrap_or(""),
            s.nhs.as_deref().unwrap_or(""),
            &family,
            &parent_text,
            route,
            need,
            outcome,
            &workers[ep.worker],
            &team,
        ];
        let row: Vec<String> = row
            .iter()
            .map(|c| c.to_string())
            .chain(eha)
            .chain(case)
            .collect();
        if first.is_none() {
            first = Some((month.clone(), row.clone()));
        }
        in_month.push(row);
        w.truth.push(Truth {
            key: format!("{}:{id}", front_door_file(&month)),
            person: rec.person,
            family: rec.family,
        });
    }
    // Planted: a contact saved without an ID, and one exported twice with
    // the same ID, at the end of the first contact's month.
    if let Some((month, row)) = first {
        let mut blank = row.clone();
        blank[0] = String::new();
        let rows = months.entry(month.clone()).or_default();
        rows.push(blank);
        rows.push(row);
        n += 2;
        w.planted.push(format!("{}: a contact row with an empty Contact ID (missing_key) and a second copy of the month's first contact, same Contact ID (duplicate_key), at the end of the file", front_door_file(&month)));
    }
    if let Some(id) = &planted.withdrawn_first {
        w.planted.push(format!("front door: the consent on {id} is withdrawn before it was given (withdrawn_before_given)"));
    }
    if let Some(id) = &planted.no_date {
        w.planted.push(format!(
            "front door: the consent on {id} has \"TBC\" for its date (unparseable_date)"
        ));
    }
    months.entry(HEADER_ONLY.to_string()).or_default();
    for (month, rows) in &months {
        write_front_door_month(out, month, &header, rows)?;
    }
    w.counts.push((
        format!(
            "{FRONT_DOOR_FILE}_YYYY-MM.csv rows, {} monthly files",
            months.len()
        ),
        n,
    ));
    Ok(w)
}

/// One month's export, in that month's column layout (see `FRONT_DOOR_FILE`).
fn write_front_door_month(
    out: &Path,
    month: &str,
    header: &[&str],
    rows: &[Vec<String>],
) -> Result<()> {
    let family = header.iter().position(|h| *h == "Family ID").unwrap_or(0);
    let mut order: Vec<Option<usize>> = (0..header.len()).map(Some).collect();
    if month >= REORDERED_FROM {
        order.remove(family);
        order.insert(1, Some(family));
    }
    if month >= METHOD_FROM {
        let date = order.iter().position(|c| *c == Some(1)).unwrap_or(0);
        order.insert(date + 1, None);
    }
    let mut f = CsvOut::create(&out.join(front_door_file(month)), true, false)?;
    let head: Vec<&str> = order
        .iter()
        .map(|c| c.map_or("Contact Method", |i| header[i]))
        .collect();
    f.record(&head)?;
    for (k, row) in rows.iter().enumerate() {
        let cells: Vec<&str> = order
            .iter()
            .map(|c| match c {
                Some(i) => row.get(*i).map_or("", String::as_str),
                None => METHODS[k % METHODS.len()],
            })
            .collect();
        f.record(&cells)?;
    }
    f.finish()
}

/// The family's adults as the contact form names them: "Mother: Sarah SMITH".
fn parent_labels(e: &Estate, family: u32) -> Vec<String> {
    e.families[family as usize]
        .members
        .iter()
        .filter(|(_, r)| !r.is_child())
        .map(|&(q, r)| {
            let q = e.person(q);
            let label = match r {
                Rel::Mother => "Mother",
                Rel::Father => "Father",
                Rel::StepFather => "Stepfather",
                _ => "Grandparent",
            };
            format!("{label}: {} {}", q.given, q.surname.to_uppercase())
        })
        .collect()
}

/// Assessment needs as the front door's form words them, most mapping to an
/// assessment factor; "Housing" and "Debt" map to none (the raw is kept).
const EHA_NEEDS: &[(&str, u32)] = &[
    ("Domestic abuse (parent)", 14),
    ("Mental health (parent)", 14),
    ("Mental health (child)", 10),
    ("Alcohol (parent)", 6),
    ("Drugs (parent)", 6),
    ("Neglect", 8),
    ("Young carer", 4),
    ("Missing episodes", 3),
    ("Criminal exploitation", 3),
    ("Self-harm", 4),
    ("Learning disability (child)", 6),
    ("Housing", 10),
    ("Debt", 6),
];

const CONSENT_SCOPES: &[(&str, u32)] = &[
    ("EHA and Information Sharing", 80),
    ("EHA only", 14),
    ("Information Sharing only", 6),
];

/// Which contacts carry the planted consent errors.
#[derive(Default)]
struct EhaPlants {
    withdrawn_first: Option<String>,
    no_date: Option<String>,
}

/// The assessment and consent columns of a contact that led to an EHA:
/// ID, start, completed, status, needs, consent date, scope, given by,
/// withdrawn. `parents`: the family's "Mother: …" labels.
fn eha(
    rng: &mut ChaCha8Rng,
    n: usize,
    contact: chrono::NaiveDate,
    parents: &[String],
    planted: &mut EhaPlants,
) -> [String; 9] {
    use chrono::Duration;
    let reference = super::population::reference();
    let id = format!("EHA{:06}", 100_000 + n);
    let start = (contact + Duration::days(rng.gen_range(2..28))).min(reference);
    let completed = start + Duration::days(rng.gen_range(14..70));
    let (completed, status) = if completed <= reference && rng.gen_bool(0.85) {
        (episode::uk(completed), "Completed")
    } else if rng.gen_bool(0.1) {
        (String::new(), "Cancelled")
    } else {
        (String::new(), "In Progress")
    };
    let mut needs: Vec<&str> = Vec::new();
    for _ in 0..rng.gen_range(1..=4) {
        let need = super::names::pick_weighted(rng, EHA_NEEDS);
        if !needs.contains(&need) {
            needs.push(need);
        }
    }
    let mut out = [
        id.clone(),
        episode::uk(start),
        completed,
        status.to_string(),
        needs.join("; "),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    ];
    // Some assessments were recorded with no consent on the form.
    if rng.gen_bool(0.06) {
        return out;
    }
    let given = start - Duration::days(rng.gen_range(0..4));
    let by = parents
        .first()
        .and_then(|p| p.split(':').next())
        .unwrap_or("Young Person");
    out[5] = episode::uk(given);
    out[6] = super::names::pick_weighted(rng, CONSENT_SCOPES).to_string();
    out[7] = by.to_string();
    if rng.gen_bool(0.05) {
        let withdrawn = (given + Duration::days(rng.gen_range(7..120))).min(reference);
        out[8] = episode::uk(withdrawn);
    }
    if planted.withdrawn_first.is_none() {
        out[8] = episode::uk(given - Duration::days(10));
        planted.withdrawn_first = Some(id);
    } else if planted.no_date.is_none() {
        out[5] = "TBC".to_string();
        planted.no_date = Some(id);
    }
    out
}

pub fn targeted_youth(out: &Path, e: &Estate, seed: u64) -> Result<Written> {
    let sys = Sys::TargetedYouth;
    let mut rng = episode::rng_for(seed, sys);
    let workers = episode::workers(seed, sys, e.families.len());
    let holds = Holds {
        nhs: 0.0,
        upn: false,
    };
    let mut f = CsvOut::create(&out.join("targeted_youth_support.csv"), false, false)?;
    f.record(&[
        "person_id",
        "household_ref",
        "relationship",
        "forename",
        "surname",
        "date_of_birth",
        "sex",
        "email",
        "phone",
        "address_line_1",
        "address_line_2",
        "town",
        "postcode",
        "programme",
        "keyworker",
        "team",
        "start_date",
        "end_date",
        "status",
        "referral_reason",
        "end_reason",
    ])?;
    let programmes = [
        "1:1 Mentoring",
        "Positive Activities",
        "Detached Youth Work",
        "Young Carers",
        "Risk of Exploitation",
        "NEET Support",
    ];
    let reasons = [
        "Emotional wellbeing",
        "Risk of exploitation",
        "Anti-social behaviour",
        "Not in education/employment",
        "Young carer",
        "Substance misuse",
    ];
    let mut w = Written::default();
    let mut n = 0usize;
    let mut last_group = u32::MAX;
    let mut ep = episode::episode(&mut rng, workers.len(), 3, 0.5);
    let mut programme = programmes[0];
    let mut act = casework::stream(seed, sys);
    let mut end_reason = None;
    let share = episode::ungrouped_share(sys);
    for rec in &e.recs[sys.index()] {
        if rec.group != last_group || rec.dup {
            ep = episode::episode(&mut rng, workers.len(), 3, 0.5);
            programme = programmes[rng.gen_range(0..programmes.len())];
            end_reason = casework::tys_end_reason(&mut act, ep.end.is_some());
            last_group = rec.group;
        }
        n += 1;
        let id = format!("TYS-{:06}", n);
        let s = mess::show(&mut rng, e, rec, &holds);
        let p = e.person(rec.person);
        let a = e.address(rec.addr);
        let rel = match rec.rel {
            Rel::Child => "young person",
            Rel::Grandparent => "carer",
            _ => "parent",
        };
        let dob = s.dob.map(episode::iso).unwrap_or_default();
        let household = if episode::ungrouped(seed, sys, rec.group, share) {
            String::new()
        } else {
            format!("HH{:06}", rec.group)
        };
        let team = format!("TYS {}", district(a.town));
        let forename = s.forename_field();
        let start = episode::iso(ep.start);
        let end = ep.end.map(episode::iso).unwrap_or_default();
        f.record(&[
            &id,
            &household,
            rel,
            &forename,
            &s.surname,
            &dob,
            if p.female { "Female" } else { "Male" },
            p.email.as_deref().unwrap_or(""),
            p.phone.as_deref().unwrap_or(""),
            &a.line1,
            a.line2.as_deref().unwrap_or(""),
            a.town,
            s.postcode.as_deref().unwrap_or(""),
            programme,
            &workers[ep.worker],
            &team,
            &start,
            &end,
            if ep.end.is_some() { "closed" } else { "open" },
            reasons[rng.gen_range(0..reasons.len())],
            end_reason.unwrap_or(""),
        ])?;
        w.truth.push(Truth {
            key: id,
            person: rec.person,
            family: rec.family,
        });
    }
    // Planted: a row cut short when the export was interrupted.
    f.record(&["TYS-999999", "HH000000", "young person", "Jordan"])?;
    n += 1;
    w.planted.push("targeted_youth_support.csv: person_id TYS-999999 has 4 fields instead of 21 (an interrupted export): a malformed_row reject".into());
    f.finish()?;
    w.counts.push(("targeted_youth_support.csv rows".into(), n));
    Ok(w)
}
