//! The Education Welfare service's SQLite database: pupils, attendance
//! contacts and cases, drawn from the estate like the other databases.

use super::*;

static EW_PUPILS: Table = Table {
    name: "pupils",
    cols: &[
        ("pupil_id", Ty::Int),
        ("upn", Ty::Text(13)),
        ("legal_forename", Ty::Text(50)),
        ("legal_surname", Ty::Text(50)),
        ("preferred_forename", Ty::Text(50)),
        ("dob", Ty::Text(10)),
        ("gender", Ty::Text(1)),
        ("ethnicity", Ty::Text(4)),
        ("school", Ty::Text(60)),
        ("year_group", Ty::Int),
        ("address", Ty::Text(120)),
        ("postcode", Ty::Text(10)),
        ("family_no", Ty::Text(10)),
    ],
};

static EW_CONTACTS: Table = Table {
    name: "contacts",
    cols: &[
        ("contact_id", Ty::Int),
        ("pupil_id", Ty::Int),
        ("contact_name", Ty::Text(80)),
        ("relationship", Ty::Text(20)),
        ("priority", Ty::Int),
        ("phone", Ty::Text(20)),
        ("address", Ty::Text(120)),
        ("postcode", Ty::Text(10)),
    ],
};

static EW_CASES: Table = Table {
    name: "ewo_cases",
    cols: &[
        ("case_id", Ty::Int),
        ("pupil_id", Ty::Int),
        ("referral_date", Ty::Text(10)),
        ("close_date", Ty::Text(10)),
        ("attendance_pct", Ty::Int),
        ("ewo", Ty::Text(60)),
        ("team", Ty::Text(40)),
        ("reason", Ty::Text(4)),
        ("outcome", Ty::Text(40)),
    ],
};

const SCHOOLS: &[&str] = &[
    "St Giles Academy",
    "Lincoln Castle Academy",
    "The Priory Academy LSST",
    "Boston West Academy",
    "Haven High Academy",
    "Skegness Academy",
    "Walton Academy",
    "The Gainsborough Academy",
    "Spalding Academy",
    "Carre's Grammar School",
    "Sleaford Primary Academy",
    "Monks Abbey Primary School",
    "Ermine Primary Academy",
    "Mablethorpe Primary Academy",
    "Louth Kidgate Primary Academy",
];

pub async fn education_welfare(out: &Path, e: &Estate, seed: u64) -> Result<Written> {
    let sys = Sys::EducationWelfare;
    let mut rng = episode::rng_for(seed, sys);
    let workers = episode::workers(seed, sys, e.families.len());
    let mut db = Db::create(&out.join("education_welfare.db"), None).await?;
    let mut pupils = db.table(&EW_PUPILS)?;
    let mut contacts = db.table(&EW_CONTACTS)?;
    let mut cases = db.table(&EW_CASES)?;
    let holds = Holds {
        nhs: 0.0,
        upn: true,
    };
    let mut w = Written::default();
    let mut pupil_id = 300_000i64;
    let mut contact_id = 0i64;
    let mut first_pupil: BTreeMap<u32, i64> = BTreeMap::new();
    let (mut n_p, mut n_c) = (0usize, 0usize);
    let outcomes = [
        "Attendance improved",
        "Fixed penalty notice",
        "Parenting contract",
        "Prosecution",
        "Moved school",
    ];
    let reasons = ["PA", "SA", "CME", "EHE"];
    for rec in &e.recs[sys.index()] {
        let a = e.address(rec.addr);
        let address = match &a.line2 {
            Some(l2) => format!("{}, {l2}, {}", a.line1, a.town),
            None => format!("{}, {}", a.line1, a.town),
        };
        let s = mess::show(&mut rng, e, rec, &holds);
        let p = e.person(rec.person);
        if rec.rel.is_child() {
            pupil_id += 1;
            first_pupil.entry(rec.group).or_insert(pupil_id);
            let preferred =
                super::super::names::nickname_of(&mut rng, p.given).filter(|_| rng.gen_bool(0.3));
            let age = p.age_at(chrono::NaiveDate::from_ymd_opt(2025, 8, 31).unwrap_or(p.dob));
            let family_no =
                (!episode::ungrouped(seed, sys, rec.group, episode::ungrouped_share(sys)))
                    .then(|| format!("F{:07}", rec.group));
            db.row(
                &mut pupils,
                &[
                    Val::Int(pupil_id),
                    s.upn.as_deref().into(),
                    Val::Text(&s.given),
                    Val::Text(&s.surname),
                    preferred.into(),
                    s.dob.map(episode::uk).as_deref().into(),
                    Val::Text(if p.female { "F" } else { "M" }),
                    Val::Text(p.ethnicity),
                    Val::Text(SCHOOLS[rng.gen_range(0..SCHOOLS.len())]),
                    Val::Int(i64::from(age - 4)),
                    Val::Text(&address),
                    s.postcode.as_deref().into(),
                    family_no.as_deref().into(),
                ],
            )?;
            let ep = episode::episode(&mut rng, workers.len(), 3, 0.6);
            let team = format!("EWS {}", district(a.town));
            let outcome = ep.end.map(|_| outcomes[rng.gen_range(0..outcomes.len())]);
            db.row(
                &mut cases,
                &[
                    Val::Int(pupil_id + 500_000),
                    Val::Int(pupil_id),
                    Val::Text(&episode::uk(ep.start)),
                    ep.end.map(episode::uk).as_deref().into(),
                    Val::Int(rng.gen_range(35..90)),
                    Val::Text(&workers[ep.worker]),
                    Val::Text(&team),
                    Val::Text(reasons[rng.gen_range(0..reasons.len())]),
                    outcome.into(),
                ],
            )?;
            n_p += 1;
            w.truth.push(Truth {
                key: format!("P{pupil_id}"),
                person: rec.person,
                family: rec.family,
            });
        } else {
            // A contact belongs to one pupil (the first of the family held).
            let pid = first_pupil.get(&rec.group).copied().unwrap_or(pupil_id);
            contact_id += 1;
            let name = if s.title_in_name || rng.gen_bool(0.4) {
                format!("{} {} {}", s.title.unwrap_or("Mx"), s.given, s.surname)
            } else {
                format!("{} {}", s.given, s.surname)
            };
            let rel = match rec.rel {
                Rel::Mother => "Mother",
                Rel::Father => "Father",
                Rel::StepFather => "Step-Father",
                _ => "Grandparent",
            };
            db.row(
                &mut contacts,
                &[
                    Val::Int(contact_id),
                    Val::Int(pid),
                    Val::Text(&name),
                    Val::Text(rel),
                    Val::Int(if rec.rel == Rel::Mother { 1 } else { 2 }),
                    p.phone.as_deref().into(),
                    Val::Text(&address),
                    s.postcode.as_deref().into(),
                ],
            )?;
            n_c += 1;
            w.truth.push(Truth {
                key: format!("C{contact_id}"),
                person: rec.person,
                family: rec.family,
            });
        }
        db.drain().await?;
    }
    db.end_table(pupils)?;
    db.end_table(contacts)?;
    db.end_table(cases)?;
    db.finish().await?;
    w.counts.push(("pupils".into(), n_p));
    w.counts.push(("contacts".into(), n_c));
    w.counts.push(("ewo_cases".into(), n_p));
    Ok(w)
}
