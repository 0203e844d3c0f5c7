//! The Youth Offending Service's case system: a MariaDB script plus an SQLite
//! copy of the same tables. Each young person is a case (a YOT number) with
//! one order; parents and carers hang off each case.

use super::*;
use crate::sample::population::Rec;
use crate::sample::sql::TableOut;
use rand_chacha::ChaCha8Rng;

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

const ORDER_TYPES: [&str; 6] = [
    "Referral Order",
    "Youth Rehabilitation Order",
    "Youth Caution",
    "Youth Conditional Caution",
    "Triage",
    "Out of Court Disposal",
];

/// How an order ends; the last, "Ongoing", is an open order's.
const OUTCOMES: [&str; 5] = [
    "Completed",
    "Breached",
    "Revoked",
    "Transferred out",
    "Ongoing",
];

const YP_HOLDS: Holds = Holds {
    nhs: 0.3,
    upn: false,
};

const PC_HOLDS: Holds = Holds {
    nhs: 0.0,
    upn: false,
};

/// The system's tables while they are written, with its random stream and
/// its case workers.
struct Yot {
    db: Db,
    yp: TableOut,
    pc: TableOut,
    orders: TableOut,
    rng: ChaCha8Rng,
    workers: Vec<String>,
}

pub async fn youth_offending(out: &Path, e: &Estate, seed: u64) -> Result<Written> {
    let sys = Sys::YouthOffending;
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
    let mut y = Yot {
        yp: db.table(&YOT_YP)?,
        pc: db.table(&YOT_PC)?,
        orders: db.table(&YOT_ORDERS)?,
        db,
        rng: episode::rng_for(seed, sys),
        workers: episode::workers(seed, sys, e.families.len()),
    };
    let (mut n_yp, mut n_pc) = (0usize, 0usize);
    let mut w = Written::default();
    let mut yot_no = String::new();
    let mut case_groups: BTreeMap<u32, String> = BTreeMap::new();
    for rec in &e.recs[sys.index()] {
        let key = if rec.rel.is_child() {
            // Each young person is a case; a re-referral opens a new YOT number.
            n_yp += 1;
            yot_no = format!("YO{:06}", 10_000 + n_yp);
            case_groups
                .entry(rec.group)
                .or_insert_with(|| yot_no.clone());
            y.young_person(e, rec, &yot_no, 70_000 + n_yp as i64)?;
            yot_no.clone()
        } else {
            // A parent or carer hangs off the young person's case; a duplicate
            // parent record goes on the first case of the grouping.
            let case = match case_groups.get(&rec.group) {
                Some(first) if rec.dup => first.clone(),
                _ => yot_no.clone(),
            };
            n_pc += 1;
            let pc_ref = format!("PC{n_pc:06}");
            y.parent_carer(e, rec, &case, &pc_ref)?;
            pc_ref
        };
        w.truth.push(Truth {
            key,
            person: rec.person,
            family: rec.family,
        });
        y.db.drain().await?;
    }
    if n_pc > 0 {
        y.plant_repeated_parent()?;
        n_pc += 1;
        w.planted.push(
            "parent_carers: pc_ref PC000001 appears twice; the second (a placeholder \"Unknown Parent\" row at the end) is a duplicate_key reject".into(),
        );
    }
    let Yot {
        mut db,
        yp,
        pc,
        orders,
        ..
    } = y;
    db.end_table(yp)?;
    db.end_table(pc)?;
    db.end_table(orders)?;
    db.finish().await?;
    w.counts.push(("young_people".into(), n_yp));
    w.counts.push(("parent_carers".into(), n_pc));
    w.counts.push(("orders".into(), n_yp));
    Ok(w)
}

impl Yot {
    /// A young person's row and the case's order.
    fn young_person(&mut self, e: &Estate, rec: &Rec, yot_no: &str, order_id: i64) -> Result<()> {
        let rng = &mut self.rng;
        let a = e.address(rec.addr);
        let s = mess::show(rng, e, rec, &YP_HOLDS);
        let p = e.person(rec.person);
        let ep = episode::episode(rng, self.workers.len(), 4, 0.6);
        let team = format!("YOT {}", district(a.town));
        let forename = s.forename_field();
        self.db.row(
            &mut self.yp,
            &[
                Val::Text(yot_no),
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
                Val::Text(&self.workers[ep.worker]),
                Val::Text(&team),
            ],
        )?;
        let outcome = if ep.end.is_some() {
            OUTCOMES[rng.gen_range(0..4)]
        } else {
            "Ongoing"
        };
        self.db.row(
            &mut self.orders,
            &[
                Val::Int(order_id),
                Val::Text(yot_no),
                Val::Text(ORDER_TYPES[rng.gen_range(0..ORDER_TYPES.len())]),
                Val::Date(ep.start),
                ep.end.map_or(Val::Null, Val::Date),
                Val::Text(outcome),
            ],
        )
    }

    /// A parent's or carer's row on case `case`.
    fn parent_carer(&mut self, e: &Estate, rec: &Rec, case: &str, pc_ref: &str) -> Result<()> {
        let rng = &mut self.rng;
        let a = e.address(rec.addr);
        let s = mess::show(rng, e, rec, &PC_HOLDS);
        let p = e.person(rec.person);
        let rel = match rec.rel {
            Rel::Mother => "Mother",
            Rel::Father => "Father",
            Rel::StepFather => "Stepfather",
            _ if p.female => "Grandmother",
            _ => "Grandfather",
        };
        // Parents' dates of birth are often not taken by YOT officers.
        let dob = if rng.gen_bool(0.4) { None } else { s.dob };
        self.db.row(
            &mut self.pc,
            &[
                Val::Text(pc_ref),
                Val::Text(case),
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
        )
    }

    /// Planted: a parent/carer row whose pc_ref repeats the first one.
    fn plant_repeated_parent(&mut self) -> Result<()> {
        self.db.row(
            &mut self.pc,
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
        )
    }
}
