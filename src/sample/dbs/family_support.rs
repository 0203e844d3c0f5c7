//! The Family Support case system: a SQL Server script plus an SQLite copy
//! of the same tables. One family row per case (address, worker, dates,
//! closure reason, primary need, the referral that opened it) and one
//! client row per family member.

use super::*;
use crate::sample::population::Rec;
use crate::sample::sql::TableOut;
use rand_chacha::ChaCha8Rng;

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
        ("ReferralDate", Ty::Date),
        ("ReferralSource", Ty::Text(30)),
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

const CLOSURES: [&str; 6] = [
    "Outcomes achieved",
    "Stepped up to CSC",
    "Declined further support",
    "Did not engage",
    "Moved out of area",
    "Transferred to Supporting Families",
];

const NEEDS: [&str; 6] = [
    "N4 Family in acute stress",
    "N5 Family dysfunction",
    "N7 Low income",
    "N3 Parental illness/disability",
    "N6 Socially unacceptable behaviour",
    "N1 Abuse or neglect",
];

const HOLDS: Holds = Holds {
    nhs: 0.6,
    upn: false,
};

/// The system's tables while they are written, with its random stream and
/// its workers.
struct Fs {
    db: Db,
    fam: TableOut,
    cli: TableOut,
    rng: ChaCha8Rng,
    workers: Vec<String>,
    /// The stream of the casework columns (`casework`).
    act: ChaCha8Rng,
}

pub async fn family_support(out: &Path, e: &Estate, seed: u64) -> Result<Written> {
    let sys = Sys::FamilySupport;
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
    let mut f = Fs {
        fam: db.table(&FS_FAMILY)?,
        cli: db.table(&FS_CLIENT)?,
        db,
        rng: episode::rng_for(seed, sys),
        workers: episode::workers(seed, sys, e.families.len()),
        act: crate::sample::casework::stream(seed, sys),
    };
    let mut w = Written::default();
    let mut families: BTreeMap<u32, (i64, u32)> = BTreeMap::new();
    let mut client_id = 20_000i64;
    let (mut n_fam, mut n_cli) = (0usize, 0usize);
    for rec in &e.recs[sys.index()] {
        let next = 1 + families.len() as i64;
        let (fid, home) = *families.entry(rec.group).or_insert((next, rec.addr));
        if fid == next {
            f.family(e, rec, fid)?;
            n_fam += 1;
        }
        client_id += 1;
        f.client(e, rec, fid, home, client_id)?;
        n_cli += 1;
        w.truth.push(Truth {
            key: client_id.to_string(),
            person: rec.person,
            family: rec.family,
        });
        f.db.drain().await?;
    }
    client_id += 1;
    f.plant_empty_client(client_id)?;
    n_cli += 1;
    w.planted.push(format!(
        "tblClient: ClientID {client_id} has no name, date of birth or identifier (an abandoned form): a no_identifying_data reject"
    ));
    let Fs {
        mut db, fam, cli, ..
    } = f;
    db.end_table(fam)?;
    db.end_table(cli)?;
    db.finish().await?;
    w.counts.push(("tblFamily".into(), n_fam));
    w.counts.push(("tblClient".into(), n_cli));
    Ok(w)
}

impl Fs {
    /// The family's case row, written with its first client.
    fn family(&mut self, e: &Estate, rec: &Rec, fid: i64) -> Result<()> {
        let rng = &mut self.rng;
        let a = e.address(rec.addr);
        let ep = episode::episode(rng, self.workers.len(), 5, 0.55);
        let case_ref = format!("FS/{fid:06}");
        let team = format!("Family Support - {}", district(a.town));
        let closure = ep.end.map(|_| CLOSURES[rng.gen_range(0..CLOSURES.len())]);
        let (referred, route) = crate::sample::casework::fs_referral(&mut self.act, ep.start);
        self.db.row(
            &mut self.fam,
            &[
                Val::Int(fid),
                Val::Text(&case_ref),
                Val::Text(&a.line1),
                a.line2.as_deref().into(),
                Val::Text(a.town),
                Val::Text(&a.postcode),
                Val::Text(&self.workers[ep.worker]),
                Val::Text(&team),
                Val::Date(ep.start),
                ep.end.map_or(Val::Null, Val::Date),
                closure.into(),
                Val::Bit(ep.end.is_none()),
                Val::Text(NEEDS[rng.gen_range(0..NEEDS.len())]),
                Val::Date(referred),
                Val::Text(route),
            ],
        )
    }

    /// One family member's client row; `home` is the family's address.
    fn client(&mut self, e: &Estate, rec: &Rec, fid: i64, home: u32, id: i64) -> Result<()> {
        let rng = &mut self.rng;
        let s = mess::show(rng, e, rec, &HOLDS);
        let p = e.person(rec.person);
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
        self.db.row(
            &mut self.cli,
            &[
                Val::Int(id),
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
        )
    }

    /// Planted: a client row with nothing to identify anyone (an abandoned
    /// "add client" form).
    fn plant_empty_client(&mut self, id: i64) -> Result<()> {
        self.db.row(
            &mut self.cli,
            &[
                Val::Int(id),
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
        )
    }
}
