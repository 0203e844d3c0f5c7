//! The loader against real targets: SQLite in a temporary directory and the
//! machine's PostgreSQL (a fresh database per test, dropped afterwards; set
//! ONEFAMILY_TEST_PG to point elsewhere). PostgreSQL tests fail, never skip,
//! when the server is missing.

use onefamily::load::{self, LoadReport, RunInfo};
use onefamily::model::*;
use sqlx::{Connection, Row as _};
use std::collections::BTreeMap;

const PG_ADMIN_DEFAULT: &str = "postgres://postgres@127.0.0.1:5432/test";

fn pg_admin_url() -> String {
    std::env::var("ONEFAMILY_TEST_PG").unwrap_or_else(|_| PG_ADMIN_DEFAULT.to_string())
}

/// A PostgreSQL database that exists for one test.
pub(crate) struct PgDb {
    name: String,
    pub(crate) url: String,
}

impl PgDb {
    pub(crate) async fn new() -> PgDb {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let name = format!(
            "onefamily_test_{}_{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed),
            nanos
        );
        let admin = pg_admin_url();
        let mut conn = sqlx::PgConnection::connect(&admin)
            .await
            .unwrap_or_else(|e| panic!("PostgreSQL is needed for this test ({admin}): {e}"));
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .unwrap();
        let base = admin.rsplit_once('/').unwrap().0;
        PgDb {
            url: format!("{base}/{name}"),
            name,
        }
    }
}

impl Drop for PgDb {
    /// Drop the database even when the test panicked. Drop cannot be async,
    /// so a thread with its own runtime does it.
    fn drop(&mut self) {
        let name = self.name.clone();
        let admin = pg_admin_url();
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                if let Ok(mut conn) = sqlx::PgConnection::connect(&admin).await {
                    let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                    )))
                    .execute(&mut conn)
                    .await;
                }
            })
        })
        .join();
    }
}

/// The first load of `sample()` into `url`, as run-1.
async fn first_load(url: &str) -> onefamily::Result<LoadReport> {
    load::load(&sample(), &run("run-1", "2025-01-01T00:00:00Z"), url, false).await
}

pub(crate) fn run(id: &str, started: &str) -> RunInfo {
    RunInfo {
        id: id.into(),
        started: started.into(),
        config_hash: "cfg".into(),
        code_version: "test".into(),
    }
}

fn dv(s: &str) -> Option<DateValue> {
    let p: Vec<i32> = s.split('-').map(|x| x.parse().unwrap()).collect();
    Some(DateValue {
        raw: s.into(),
        date: Some(PartialDate::full(p[0], p[1] as u8, p[2] as u8)),
        flag: None,
    })
}

fn coded(raw: &str, code: &str) -> Option<Coded> {
    Some(Coded {
        raw: raw.into(),
        code: Some(code.into()),
    })
}

fn record(source: u16, key: &str, family_key: &str, role: Role, given: &str, row: u64) -> Person {
    Person {
        staged: StagedPerson {
            source,
            key: key.into(),
            position: Position {
                sheet: String::new(),
                row,
                slot: None,
            },
            family_key: Some(family_key.into()),
            role: Some(role),
            given_names: Some(given.into()),
            family_name: Some("Testperson".into()),
            address_lines: vec!["1 Test Street".into()],
            town: Some("Testtown".into()),
            postcode: Some("ZZ99 3WZ".into()),
            row_hash: format!("hash-{key}"),
            extra: Some(Box::new(onefamily::model::StagedExtra {
                identifiers: vec![("case_number".into(), format!("CASE-{key}"))],
                ..Default::default()
            })),
            ..Default::default()
        },
        name: Name {
            given: Some(given.to_lowercase().into()),
            family: Some("testperson".into()),
            ..Default::default()
        },
        dob: None,
        sex: None,
        nhs_number: Some(Box::new(Ident {
            raw: "999 000 0000".into(),
            value: format!("99900000{:02}", row),
            status: IdStatus::Valid,
        })),
        upn: None,
        postcode: None,
        extra: None,
    }
}

fn uperson(id: &str, records: Vec<u32>, given: &str, role: Role) -> UnifiedPerson {
    UnifiedPerson {
        id: id.into(),
        records,
        given_name: Some(given.into()),
        middle_names: None,
        family_name: Some("Testperson".into()),
        dob: Some(PartialDate::full(2015, 4, 3)),
        sex: Some(Sex::F),
        ethnicity: Some("WBRI".into()),
        nhs_number: None,
        upn: None,
        postcode: Some("ZZ99 3WZ".into()),
        role,
    }
}

fn involvement(source: u16, key: &str, service: &str, open: bool, worker: &str) -> Involvement {
    Involvement {
        source,
        key: key.into(),
        position: Position {
            sheet: "episodes".into(),
            row: 2,
            slot: None,
        },
        person_key: None,
        family_key: Some("FAM1".into()),
        service: service.into(),
        start: dv("2024-01-10"),
        end: if open { None } else { dv("2024-06-30") },
        status: None,
        worker: Some(worker.into()),
        team: Some("North".into()),
        reason: coded("ASB", "N6"),
        end_reason: None,
        outcomes: vec!["good_education".into()],
        row_hash: format!("hash-{key}"),
    }
}

/// Two sources, five source person records, four persons, two families
/// linked through a shared parent, two involvements (one open), one referral.
pub(crate) fn sample() -> Unified {
    let src = |name: &str, service: &str| SourceInfo {
        name: name.into(),
        service: service.into(),
        kind: "csv".into(),
    };
    Unified {
        sources: vec![
            src("cc", "Children's Centres"),
            src("yot", "Youth Offending"),
        ],
        records: vec![
            record(0, "C1", "FAM1", Role::Child, "Amy", 1),
            record(1, "Y1", "YF9", Role::Child, "Amy", 2),
            record(0, "C2", "FAM1", Role::Parent, "Jo", 3),
            record(0, "C3", "FAM1", Role::Child, "Ben", 4),
            record(0, "C4", "FAM2", Role::Child, "Cal", 5),
        ],
        record_person: vec![0, 0, 1, 2, 3],
        record_family: vec![Some(0), Some(0), Some(0), Some(0), Some(1)],
        family_formation: Default::default(),
        persons: vec![
            uperson("P000000000001", vec![0, 1], "amy", Role::Child),
            uperson("P000000000002", vec![2], "jo", Role::Parent),
            uperson("P000000000003", vec![3], "ben", Role::Child),
            uperson("P000000000004", vec![4], "cal", Role::Child),
        ],
        families: vec![
            UnifiedFamily {
                id: "F000000000001".into(),
                members: vec![(0, Role::Child), (1, Role::Parent), (2, Role::Child)],
                groupings: vec![(0, "FAM1".into()), (1, "YF9".into())],
                involvements: vec![0, 1],
                lead_worker: Some(("Ann Lee".into(), "Family Support".into())),
                lead_conflict: false,
            },
            UnifiedFamily {
                id: "F000000000002".into(),
                members: vec![(1, Role::Parent), (3, Role::Child)],
                groupings: vec![(0, "FAM2".into())],
                involvements: vec![],
                lead_worker: None,
                lead_conflict: false,
            },
        ],
        family_links: vec![FamilyLink {
            family_a: 0,
            family_b: 1,
            via_person: 1,
        }],
        involvements: vec![
            involvement(0, "I1", "Family Support", true, "Ann Lee"),
            involvement(1, "I2", "Youth Offending", false, "Bo Day"),
        ],
        involvement_family: vec![Some(0), Some(0)],
        involvement_person: vec![None, Some(0)],
        referrals: vec![Referral {
            source: 1,
            key: "R1".into(),
            position: Position::default(),
            person_key: Some("Y1".into()),
            family_key: None,
            date: dv("2023-11-02"),
            referral_source: coded("School", "2A"),
            reason: None,
            outcome: coded("EHA", "eha"),
            row_hash: "hash-R1".into(),
        }],
        referral_family: vec![Some(0)],
        referral_person: vec![Some(0)],
        assessments: vec![assessment()],
        assessment_family: vec![Some(0)],
        assessment_person: vec![None],
        consents: vec![consent()],
        consent_family: vec![Some(0)],
        consent_person: vec![Some(0)],
        consent_given_by: vec![Some(1)],
        decisions: Vec::new(),
    }
}

/// A whole-family assessment with two needs, one a factor and one the
/// source's own word that maps to none, written twice.
fn assessment() -> Assessment {
    Assessment {
        source: 0,
        key: "A1".into(),
        position: Position::default(),
        person_key: None,
        family_key: Some("FAM1".into()),
        assessment_type: coded("Early Help Assessment", "EHA"),
        started: dv("2024-01-05"),
        completed: dv("2024-02-01"),
        status: coded("Done", "completed"),
        author: Some("Cy Ray".into()),
        organisation: Some("Family Hub North".into()),
        needs: vec![
            Coded {
                raw: "3a".into(),
                code: Some("3A".into()),
            },
            Coded {
                raw: "housing".into(),
                code: None,
            },
            Coded {
                raw: "3A".into(),
                code: Some("3A".into()),
            },
        ],
        row_hash: "hash-A1".into(),
    }
}

/// Consent for Amy given by her parent Jo, later withdrawn.
fn consent() -> Consent {
    Consent {
        source: 0,
        key: "CO1".into(),
        position: Position::default(),
        person_key: Some("C1".into()),
        family_key: None,
        given_by: Some("C2".into()),
        scope: coded("Both", "both"),
        given: dv("2024-01-04"),
        withdrawn: dv("2024-03-01"),
        row_hash: "hash-CO1".into(),
    }
}

fn totals(r: &LoadReport) -> (u64, u64, u64) {
    let sum = |f: fn(&load::TableCounts) -> u64| r.tables.values().map(f).sum();
    (sum(|c| c.inserted), sum(|c| c.updated), sum(|c| c.retired))
}

/// Tables whose count differs from zero in one field, as `table: n`.
fn nonzero(r: &LoadReport, f: fn(&load::TableCounts) -> u64) -> BTreeMap<String, u64> {
    r.tables
        .iter()
        .filter(|(_, c)| f(c) > 0)
        .map(|(t, c)| (t.clone(), f(c)))
        .collect()
}

fn map(v: &[(&str, u64)]) -> BTreeMap<String, u64> {
    v.iter().map(|(k, n)| (k.to_string(), *n)).collect()
}

type Dump = BTreeMap<String, Vec<Vec<Option<String>>>>;

/// Every table's rows, all columns as text, ordered by their first column.
/// The ledger's `finished` time is left out: it is the one value that differs
/// between two loads of the same input.
async fn dump(url: &str) -> Dump {
    let mut out = Dump::new();
    if let Some(path) = url.strip_prefix("sqlite://") {
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{path}"))
            .await
            .unwrap();
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_sqlx%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'",
        )
        .fetch_all(&mut conn)
        .await
        .unwrap();
        for t in tables {
            let cols: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT name FROM pragma_table_info('{t}') ORDER BY cid"
            )))
            .fetch_all(&mut conn)
            .await
            .unwrap();
            let cols: Vec<String> = cols.into_iter().filter(|c| c != "finished").collect();
            let sel = cols
                .iter()
                .map(|c| format!("CAST({c} AS TEXT)"))
                .collect::<Vec<_>>()
                .join(", ");
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {sel} FROM {t} ORDER BY 1"
            )))
            .fetch_all(&mut conn)
            .await
            .unwrap();
            let rows = rows
                .iter()
                .map(|r| {
                    (0..cols.len())
                        .map(|i| r.get::<Option<String>, _>(i))
                        .collect()
                })
                .collect();
            out.insert(t, rows);
        }
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_sqlx%'",
        )
        .fetch_all(&mut conn)
        .await
        .unwrap();
        for t in tables {
            let cols: Vec<String> = sqlx::query_scalar(
                "SELECT column_name::text FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
            )
            .bind(&t)
            .fetch_all(&mut conn)
            .await
            .unwrap();
            let cols: Vec<String> = cols.into_iter().filter(|c| c != "finished").collect();
            let sel = cols
                .iter()
                .map(|c| format!("{c}::text"))
                .collect::<Vec<_>>()
                .join(", ");
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {sel} FROM {t} ORDER BY {}::text COLLATE \"C\"",
                cols[0]
            )))
            .fetch_all(&mut conn)
            .await
            .unwrap();
            let rows = rows
                .iter()
                .map(|r| {
                    (0..cols.len())
                        .map(|i| r.get::<Option<String>, _>(i))
                        .collect()
                })
                .collect();
            out.insert(t, rows);
        }
    }
    out
}

/// The whole life of a target: dry run on nothing, load, re-load, change one
/// record, remove one, bring it back.
async fn lifecycle(url: &str) {
    let u = sample();

    let dry = load::load(&u, &run("run-0", "2025-01-01T00:00:00Z"), url, true)
        .await
        .unwrap();
    assert!(dry.dry_run && !dry.ledger_written);
    let (ins, upd, ret) = totals(&dry);
    assert!(ins > 0 && upd == 0 && ret == 0);

    let first = load::load(&u, &run("run-1", "2025-01-01T00:00:00Z"), url, false)
        .await
        .unwrap();
    // The dry run predicted exactly what the real run did.
    assert_eq!(dry.tables, first.tables);
    assert!(first.ledger_written);
    let inserted = nonzero(&first, |c| c.inserted);
    assert_eq!(
        inserted,
        map(&[
            ("address", 1),
            ("family", 2),
            ("family_link", 1),
            ("family_membership", 5),
            // 5 records × (NHS number, family key, case number).
            ("linked_identifier", 15),
            // 5 person records, 2 involvements, 1 referral, 1 assessment,
            // 1 consent.
            ("lineage", 10),
            ("person", 4),
            ("person_address", 5),
            ("involvement", 2),
            ("plan", 1),
            ("plan_item", 1),
            ("referral", 1),
            ("assessment", 1),
            // 3A (written twice) and "housing": one row per distinct need.
            ("assessment_need", 2),
            ("consent", 1),
            // Family 1: parent↔2 children (4), siblings (2); family 2:
            // parent↔child (2).
            ("relationship", 8),
            ("source_system", 2),
            // Two involvement workers and the assessment's author.
            ("worker", 3),
        ]),
    );

    let again = load::load(&u, &run("run-2", "2025-01-02T00:00:00Z"), url, false)
        .await
        .unwrap();
    assert_eq!(totals(&again), (0, 0, 0), "{:?}", again.tables);
    assert!(again.ids.persons.is_empty() && again.ids.families.is_empty());

    // One source row changed: the person's name and the row's hash.
    let mut changed = sample();
    changed.persons[2].given_name = Some("benjamin".into());
    changed.records[3].staged.row_hash = "hash-C3-v2".into();
    let dry = load::load(&changed, &run("run-3", "2025-01-03T00:00:00Z"), url, true)
        .await
        .unwrap();
    let r = load::load(&changed, &run("run-3", "2025-01-03T00:00:00Z"), url, false)
        .await
        .unwrap();
    assert_eq!(dry.tables, r.tables);
    assert_eq!(
        nonzero(&r, |c| c.updated),
        map(&[("lineage", 1), ("person", 1)])
    );
    assert_eq!(totals(&r), (0, 2, 0));

    // A referral no longer in its source: retired, not deleted.
    let mut removed = changed;
    removed.referrals.clear();
    removed.referral_family.clear();
    removed.referral_person.clear();
    let r = load::load(&removed, &run("run-4", "2025-01-04T00:00:00Z"), url, false)
        .await
        .unwrap();
    assert_eq!(
        nonzero(&r, |c| c.retired),
        map(&[("lineage", 1), ("referral", 1)])
    );
    assert_eq!(totals(&r), (0, 0, 2));
    let d = dump(url).await;
    let referral = &d["referral"];
    assert_eq!(referral.len(), 1, "kept");
    let retired_col = referral[0].len() - 1;
    assert_eq!(referral[0][retired_col].as_deref(), Some("run-4"));

    let r = load::load(&removed, &run("run-5", "2025-01-05T00:00:00Z"), url, false)
        .await
        .unwrap();
    assert_eq!(totals(&r), (0, 0, 0));

    // It comes back: revived, as an update.
    let mut back = sample();
    back.persons[2].given_name = Some("benjamin".into());
    back.records[3].staged.row_hash = "hash-C3-v2".into();
    let r = load::load(&back, &run("run-6", "2025-01-06T00:00:00Z"), url, false)
        .await
        .unwrap();
    assert_eq!(
        nonzero(&r, |c| c.updated),
        map(&[("lineage", 1), ("referral", 1)])
    );
    assert_eq!(totals(&r), (0, 2, 0));

    // Every real run is in the ledger, no dry one is.
    let runs: Vec<Option<String>> = dump(url).await["migration_run"]
        .iter()
        .map(|r| r[0].clone())
        .collect();
    let want: Vec<Option<String>> = (1..=6).map(|i| Some(format!("run-{i}"))).collect();
    assert_eq!(runs, want);
}

/// Rows of one query, every column cast to text, on either target.
async fn rows(url: &str, sql: &str) -> Vec<Vec<Option<String>>> {
    if let Some(path) = url.strip_prefix("sqlite://") {
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{path}"))
            .await
            .unwrap();
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&mut conn)
            .await
            .unwrap();
        rows.iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| r.get::<Option<String>, _>(i))
                    .collect()
            })
            .collect()
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&mut conn)
            .await
            .unwrap();
        rows.iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| r.get::<Option<String>, _>(i))
                    .collect()
            })
            .collect()
    }
}

/// Assessments and consents land on the family and persons the link
/// resolved, with their needs, author and giver; the read-back finds no
/// orphan; a rerun changes nothing; a consent withdrawn later updates its
/// row only, and one no longer in the source is retired.
async fn assessments_and_consents(url: &str) {
    let u = sample();
    let first = load::load(&u, &run("run-1", "2025-01-01T00:00:00Z"), url, false)
        .await
        .unwrap();
    let v = first.verified.as_ref().expect("read back");
    assert_eq!(v.lineage.get("assessment"), Some(&1));
    assert_eq!(v.lineage.get("consent"), Some(&1));
    assert_eq!(v.withdrawn_consents, 1);
    for r in v
        .references
        .iter()
        .filter(|r| ["assessment", "assessment_need", "consent"].contains(&r.table.as_str()))
    {
        assert_eq!(r.orphans, 0, "{r:?}");
    }
    let given_by = v
        .references
        .iter()
        .find(|r| r.column == "given_by_person_id")
        .unwrap();
    assert_eq!(given_by.rows, 1);

    let a = rows(
        url,
        "SELECT CAST(a.family_id AS TEXT), CAST(a.person_id AS TEXT), a.assessment_type, a.status_raw, \
         CAST(a.start_date AS TEXT), a.needs_raw, w.name, a.organisation \
         FROM assessment a LEFT JOIN worker w ON w.id = a.worker_id",
    )
    .await;
    let s = |x: &str| Some(x.to_string());
    // Family 0 holds the referral too; persons by their records' lineage.
    let one = |rows: Vec<Vec<Option<String>>>| rows[0][0].clone();
    let family0 = one(rows(url, "SELECT CAST(family_id AS TEXT) FROM referral").await);
    let person_of = |key: &'static str| {
        format!(
            "SELECT CAST(person_id AS TEXT) FROM lineage WHERE record_kind = 'person' AND source_key = '{key}'"
        )
    };
    let (amy, jo) = (
        one(rows(url, &person_of("C1")).await),
        one(rows(url, &person_of("C2")).await),
    );
    assert!(family0.is_some() && amy.is_some() && jo.is_some() && amy != jo);
    assert_eq!(
        a,
        [vec![
            family0,
            None,
            s("EHA"),
            s("Done"),
            s("2024-01-05"),
            s("3a;housing;3A"),
            s("Cy Ray"),
            s("Family Hub North"),
        ]]
    );
    let needs = rows(
        url,
        "SELECT need_code, need_raw FROM assessment_need ORDER BY need_raw",
    )
    .await;
    assert_eq!(needs, [vec![s("3A"), s("3a")], vec![None, s("housing")]]);
    let c = rows(
        url,
        "SELECT CAST(c.person_id AS TEXT), CAST(c.given_by_person_id AS TEXT), c.scope, \
         CAST(c.withdrawn_date AS TEXT) FROM consent c",
    )
    .await;
    assert_eq!(c, [vec![amy, jo, s("both"), s("2024-03-01")]]);

    let again = load::load(&u, &run("run-2", "2025-01-02T00:00:00Z"), url, false)
        .await
        .unwrap();
    assert_eq!(totals(&again), (0, 0, 0), "{:?}", again.tables);

    // The consent's withdrawal is corrected away in the source.
    let mut changed = sample();
    changed.consents[0].withdrawn = None;
    let r = load::load(&changed, &run("run-3", "2025-01-03T00:00:00Z"), url, false)
        .await
        .unwrap();
    assert_eq!(nonzero(&r, |c| c.updated), map(&[("consent", 1)]));
    assert_eq!(r.verified.as_ref().unwrap().withdrawn_consents, 0);

    // The assessment leaves its source: it, its needs, its lineage and its
    // author (a worker no other row names) retire.
    changed.assessments.clear();
    changed.assessment_family.clear();
    changed.assessment_person.clear();
    let r = load::load(&changed, &run("run-4", "2025-01-04T00:00:00Z"), url, false)
        .await
        .unwrap();
    assert_eq!(
        nonzero(&r, |c| c.retired),
        map(&[
            ("assessment", 1),
            ("assessment_need", 2),
            ("lineage", 1),
            ("worker", 1)
        ])
    );
}

#[tokio::test]
async fn assessments_and_consents_sqlite() {
    let dir = crate::util::tempdir();
    assessments_and_consents(&format!("sqlite://{}", dir.path().join("t.db").display())).await;
}

#[tokio::test]
async fn assessments_and_consents_postgres() {
    let db = PgDb::new().await;
    assessments_and_consents(&db.url).await;
}

// On several threads: the load builds rows beside its writer there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_lifecycle() {
    let dir = crate::util::tempdir();
    // A parent directory that does not exist yet: the load creates it.
    let path = dir.path().join("nested").join("target.db");
    lifecycle(&format!("sqlite://{}", path.display())).await;
}

// On several threads: the load builds rows beside its writer there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_lifecycle() {
    let db = PgDb::new().await;
    lifecycle(&db.url).await;
}

// On several threads: the load builds rows beside its writer there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_and_postgres_hold_the_same() {
    let dir = crate::util::tempdir();
    let lite = format!("sqlite://{}", dir.path().join("t.db").display());
    let pg = PgDb::new().await;
    let mut u = sample();
    // Values that need escaping on the way into COPY.
    u.persons[0].middle_names = Some("tab\there\\back\nnewline".into());
    for url in [&lite, &pg.url] {
        load::load(&u, &run("run-1", "2025-01-01T00:00:00Z"), url, false)
            .await
            .unwrap();
        let mut v2 = sample();
        v2.referrals.clear();
        v2.referral_family.clear();
        v2.referral_person.clear();
        load::load(&v2, &run("run-2", "2025-01-02T00:00:00Z"), url, false)
            .await
            .unwrap();
    }
    let (a, b) = (dump(&lite).await, dump(&pg.url).await);
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (table, rows) in &a {
        assert_eq!(rows, &b[table], "table {table}");
    }
    for t in [
        "person",
        "lineage",
        "plan_item",
        "relationship",
        "review_decision",
        "assessment",
        "consent",
        "need_outcome",
    ] {
        assert!(a.contains_key(t), "{t}");
    }
}

/// A council may change a column's type on its own target. A table whose
/// columns are all text or integers goes into PostgreSQL in COPY's binary
/// format; a table with another type goes as text, which the server
/// parses: with `lineage.source_row` made `numeric`, a second load writes
/// the same lineage as SQLite holds. A text column made an integer refuses
/// a value that is not one, naming the column and never the value.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_columns_retyped_by_hand() {
    let dir = crate::util::tempdir();
    let lite = format!("sqlite://{}", dir.path().join("t.db").display());
    let pg = PgDb::new().await;
    let (first, second) = (sample(), synthetic(3));
    let alter = |url: String, sql: &'static str| async move {
        let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
        sqlx::query(sql).execute(&mut conn).await.unwrap();
    };
    for url in [&lite, &pg.url] {
        load::load(&first, &run("run-1", "2025-01-01T00:00:00Z"), url, false)
            .await
            .unwrap();
        if url == &pg.url {
            alter(
                url.clone(),
                "ALTER TABLE lineage ALTER COLUMN source_row TYPE numeric",
            )
            .await;
        }
        load::load(&second, &run("run-2", "2025-01-02T00:00:00Z"), url, false)
            .await
            .unwrap();
    }
    let (a, b) = (dump(&lite).await, dump(&pg.url).await);
    assert_eq!(a["lineage"], b["lineage"]);
    let written = b["lineage"]
        .iter()
        .filter(|r| r.contains(&Some("run-2".to_string())))
        .count();
    assert!(written >= second.records.len(), "{written}");

    let bad = PgDb::new().await;
    load::load(
        &first,
        &run("run-1", "2025-01-01T00:00:00Z"),
        &bad.url,
        false,
    )
    .await
    .unwrap();
    alter(
        bad.url.clone(),
        "ALTER TABLE person ALTER COLUMN family_name TYPE integer USING NULL",
    )
    .await;
    let err = load::load(
        &second,
        &run("run-2", "2025-01-02T00:00:00Z"),
        &bad.url,
        false,
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(err.contains("column family_name"), "{err}");
    assert!(!err.to_lowercase().contains("testperson"), "{err}");
}

/// Each Standard Safeguarding Dataset view and the unified rows it reads:
/// the view's count must equal the count of current rows of its table.
const SSD_VIEWS: &[(&str, &str)] = &[
    ("ssd_person", "person"),
    ("ssd_family", "family_membership"),
    ("ssd_address", "person_address"),
    ("ssd_linked_identifiers", "linked_identifier"),
    ("ssd_contacts", "referral"),
    ("ssd_early_help_episodes", "involvement"),
    ("ssd_professionals", "worker"),
    (
        "ssd_involvements",
        "involvement WHERE worker_id IS NOT NULL AND",
    ),
    (
        "onefamily_ssd_contact_family",
        "referral WHERE family_id IS NOT NULL AND",
    ),
    (
        "onefamily_ssd_episode_family",
        "involvement WHERE family_id IS NOT NULL AND",
    ),
    ("onefamily_ssd_plan", "plan"),
    ("onefamily_ssd_plan_item", "plan_item"),
    ("onefamily_ssd_eh_assessment", "assessment"),
    ("onefamily_ssd_assessment_need", "assessment_need"),
    ("onefamily_ssd_consent", "consent"),
    ("onefamily_ssd_sf_outcome", "need_outcome"),
];

/// View name → (rows in the view, current rows of its unified table).
async fn ssd_counts(url: &str) -> BTreeMap<&'static str, (u64, u64)> {
    let mut out = BTreeMap::new();
    for &(view, table) in SSD_VIEWS {
        let current = if table.ends_with(" AND") {
            format!("{table} retired_run IS NULL")
        } else {
            format!("{table} WHERE retired_run IS NULL")
        };
        let r = rows(
            url,
            &format!(
                "SELECT CAST((SELECT COUNT(*) FROM {view}) AS TEXT), CAST((SELECT COUNT(*) FROM {current}) AS TEXT)"
            ),
        )
        .await;
        let n = |i: usize| r[0][i].as_deref().unwrap().parse::<u64>().unwrap();
        out.insert(view, (n(0), n(1)));
    }
    out
}

/// Issue 19: the SSD views return the same counts as the unified tables on
/// both databases, before and after a run that retires rows (the second
/// run's estate has no referrals: the retired referral leaves the view).
#[tokio::test]
async fn ssd_views_count_what_the_unified_tables_hold() {
    let dir = crate::util::tempdir();
    let lite = format!("sqlite://{}", dir.path().join("t.db").display());
    let pg = PgDb::new().await;
    let mut seen = Vec::new();
    for url in [&lite, &pg.url] {
        first_load(url).await.unwrap();
        let first = ssd_counts(url).await;
        let mut v2 = sample();
        v2.referrals.clear();
        v2.referral_family.clear();
        v2.referral_person.clear();
        load::load(&v2, &run("run-2", "2025-01-02T00:00:00Z"), url, false)
            .await
            .unwrap();
        let second = ssd_counts(url).await;
        for (view, (shown, held)) in first.iter().chain(second.iter()) {
            assert_eq!(shown, held, "{view} on {}", &url[..8]);
        }
        for view in [
            "ssd_person",
            "ssd_family",
            "ssd_early_help_episodes",
            "ssd_professionals",
            "ssd_involvements",
            "onefamily_ssd_consent",
        ] {
            assert!(first[view].0 > 0, "{view} is empty");
        }
        assert_eq!(first["ssd_contacts"].0, 1);
        assert_eq!(
            second["ssd_contacts"].0, 0,
            "the retired referral is not shown"
        );
        // The mother flag: the one parent of the sample is recorded as such.
        let mothers = rows(
            url,
            "SELECT pers_person_id FROM ssd_person WHERE pers_is_mother = 'Y' ORDER BY 1",
        )
        .await;
        seen.push((first, second, mothers));
    }
    assert_eq!(seen[0], seen[1], "SQLite and PostgreSQL views agree");
}

/// Every key column on PostgreSQL (primary keys, references, indexed
/// keys: a key column a later migration adds without `COLLATE "C"` fails
/// here) compares as bytes, collation "C", on a new target and on one
/// made at the schema version before; the upgrade keeps onefamily's views
/// with their comments and grants. A view of the council's own over a key
/// column stops the upgrade, named, and the target is left as it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_key_columns_compare_as_bytes() {
    const NOT_C: &str = "SELECT count(*) FROM pg_attribute a \
         JOIN pg_class t ON t.oid = a.attrelid \
         WHERE t.relnamespace = current_schema()::regnamespace AND t.relkind = 'r' \
         AND t.relname <> '_sqlx_migrations' AND a.attnum > 0 \
         AND a.attcollation <> '\"C\"'::regcollation \
         AND (EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = t.oid AND a.attnum = ANY (i.indkey)) \
           OR EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = t.oid AND k.contype IN ('p', 'u', 'f') \
           AND a.attnum = ANY (k.conkey)))";
    let count = |url: String, sql: &'static str| async move {
        let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
        let n: i64 = sqlx::query_scalar(sql).fetch_one(&mut conn).await.unwrap();
        n
    };
    let fresh = PgDb::new().await;
    first_load(&fresh.url).await.unwrap();
    assert_eq!(count(fresh.url.clone(), NOT_C).await, 0);
    let keys = "SELECT count(*) FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid \
         WHERE t.relname = 'lineage' AND a.attname IN ('id', 'person_id', 'source', 'source_key') \
         AND a.attcollation = '\"C\"'::regcollation";
    assert_eq!(count(fresh.url.clone(), keys).await, 4);

    // A target at the version before: the earlier migrations alone, by
    // sqlx's own migrator from the files, as an older onefamily left it.
    let older = |url: String, own_view: bool| async move {
        let dir = crate::util::tempdir();
        let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/postgres");
        for e in std::fs::read_dir(&from).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            if name.as_str() < "20261204000000" {
                std::fs::copy(from.join(&name), dir.path().join(&name)).unwrap();
            }
        }
        let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
        sqlx::migrate::Migrator::new(dir.path())
            .await
            .unwrap()
            .run(&mut conn)
            .await
            .unwrap();
        let mut setup = vec![
            "GRANT SELECT ON ssd_person TO PUBLIC",
            "COMMENT ON VIEW ssd_family IS 'families, one row a member'",
        ];
        if own_view {
            setup.push("CREATE VIEW council_people AS SELECT person_id, source FROM lineage");
        }
        for sql in setup {
            sqlx::query(sql).execute(&mut conn).await.unwrap();
        }
    };
    let upgraded = PgDb::new().await;
    older(upgraded.url.clone(), false).await;
    assert!(
        count(upgraded.url.clone(), NOT_C).await > 0,
        "the older schema"
    );
    first_load(&upgraded.url).await.unwrap();
    assert_eq!(count(upgraded.url.clone(), NOT_C).await, 0);
    assert_eq!(dump(&upgraded.url).await, dump(&fresh.url).await);
    assert_eq!(
        ssd_counts(&upgraded.url).await,
        ssd_counts(&fresh.url).await
    );
    let kept = rows(
        &upgraded.url,
        "SELECT has_table_privilege('public', 'ssd_person', 'SELECT')::text, \
         obj_description('ssd_family'::regclass, 'pg_class'), \
         (SELECT count(*) FROM pg_views WHERE schemaname = current_schema())::text",
    )
    .await;
    assert_eq!(
        kept,
        [[
            Some("true".to_string()),
            Some("families, one row a member".to_string()),
            Some(SSD_VIEWS.len().to_string()),
        ]]
    );

    let blocked = PgDb::new().await;
    older(blocked.url.clone(), true).await;
    let before = count(blocked.url.clone(), NOT_C).await;
    let err = first_load(&blocked.url).await.unwrap_err().to_string();
    assert!(
        err.contains("council_people") && err.contains("drop the view"),
        "{err}"
    );
    assert_eq!(
        count(blocked.url.clone(), NOT_C).await,
        before,
        "left as it was"
    );
}

#[tokio::test]
async fn dry_run_writes_nothing() {
    let dir = crate::util::tempdir();
    let path = dir.path().join("never.db");
    let r = load::load(
        &sample(),
        &run("r", "2025-01-01T00:00:00Z"),
        &format!("sqlite://{}", path.display()),
        true,
    )
    .await
    .unwrap();
    assert!(r.tables["person"].inserted == 4);
    assert!(!path.exists(), "a dry run must not create the SQLite file");

    let pg = PgDb::new().await;
    let r = load::load(&sample(), &run("r", "2025-01-01T00:00:00Z"), &pg.url, true)
        .await
        .unwrap();
    assert!(r.tables["person"].inserted == 4);
    assert!(
        dump(&pg.url).await.is_empty(),
        "a dry run must not create the schema"
    );
}

/// Ids survive a split (largest part keeps it) and a merge (oldest survives),
/// with both recorded in id_history.
// On several threads: the load builds rows beside its writer there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stable_ids_across_split_and_merge() {
    let dir = crate::util::tempdir();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let u = sample();
    load::load(&u, &run("run-1", "2025-01-01T00:00:00Z"), &url, false)
        .await
        .unwrap();

    // Link now splits Amy's two records into two persons, with new computed IDs.
    let mut split = sample();
    split.persons[0].id = "P00000000000a".into();
    split.persons[0].records = vec![0];
    split
        .persons
        .push(uperson("P00000000000b", vec![1], "amy", Role::Child));
    split.record_person[1] = 4;
    split.families[0].members.push((4, Role::Child));
    let r = load::load(&split, &run("run-2", "2025-01-02T00:00:00Z"), &url, false)
        .await
        .unwrap();
    // Equal parts: the one with the smaller computed ID keeps the old ID.
    assert_eq!(r.person_id("P00000000000a"), "P000000000001");
    assert_eq!(r.person_id("P00000000000b"), "P00000000000b");
    assert_eq!((r.ids.merges, r.ids.splits), (0, 1));
    assert_eq!(r.tables["person"].inserted, 1);

    // Then merged again under yet another computed ID: the older ID wins.
    let mut merged = sample();
    merged.persons[0].id = "P00000000000c".into();
    let r = load::load(&merged, &run("run-3", "2025-01-03T00:00:00Z"), &url, false)
        .await
        .unwrap();
    assert_eq!(r.person_id("P00000000000c"), "P000000000001");
    assert_eq!((r.ids.merges, r.ids.splits), (1, 0));
    assert_eq!(r.tables["person"].retired, 1);

    let history: Vec<Vec<Option<String>>> = dump(&url).await["id_history"]
        .iter()
        .map(|r| r[1..5].to_vec())
        .collect();
    let s = |v: &str| Some(v.to_string());
    let mut want = vec![
        vec![
            s("person"),
            s("P000000000001"),
            s("P00000000000b"),
            s("split"),
        ],
        vec![
            s("person"),
            s("P00000000000b"),
            s("P000000000001"),
            s("merge"),
        ],
    ];
    let mut got = history;
    want.sort();
    got.sort();
    assert_eq!(got, want);

    // And the crosswalk can be rewritten to the loaded IDs.
    load::apply_stable_ids(&mut merged, &r);
    assert_eq!(merged.persons[0].id, "P000000000001");
}

#[tokio::test]
async fn newer_schema_is_refused() {
    let dir = crate::util::tempdir();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    first_load(&url).await.unwrap();
    let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (99991231000000, 'future', 1, x'00', 0)",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
    for dry in [true, false] {
        let err = load::load(&sample(), &run("run-2", "2025-01-02T00:00:00Z"), &url, dry)
            .await
            .unwrap_err();
        assert!(err.to_string().contains("newer than this build"), "{err}");
    }
    let err = load::preflight(&url).await.unwrap_err();
    assert!(err.to_string().contains("newer than this build"), "{err}");
}

#[tokio::test]
async fn second_run_is_refused_sqlite() {
    let dir = crate::util::tempdir();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    load::preflight(&url).await.unwrap();
    first_load(&url).await.unwrap();
    // Another run mid-load holds the write lock.
    let mut other = sqlx::SqliteConnection::connect(&url).await.unwrap();
    let tx = other.begin_with("BEGIN IMMEDIATE").await.unwrap();
    let err = load::load(
        &sample(),
        &run("run-2", "2025-01-02T00:00:00Z"),
        &url,
        false,
    )
    .await
    .unwrap_err();
    assert!(matches!(err, onefamily::Error::Load(_)));
    assert!(err.to_string().contains("another run"), "{err}");
    let err = load::preflight(&url).await.unwrap_err();
    assert!(err.to_string().contains("another run"), "{err}");
    tx.rollback().await.unwrap();
}

#[tokio::test]
async fn second_run_is_refused_postgres() {
    let db = PgDb::new().await;
    load::preflight(&db.url).await.unwrap();
    let mut other = sqlx::PgConnection::connect(&db.url).await.unwrap();
    let got: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock(x'6f6e6566616d696c'::bigint)")
        .fetch_one(&mut other)
        .await
        .unwrap();
    assert!(got);
    let err = first_load(&db.url).await.unwrap_err();
    assert!(err.to_string().contains("another onefamily run"), "{err}");
    assert!(load::preflight(&db.url).await.is_err());
    other.close().await.unwrap();
    first_load(&db.url).await.unwrap();
}

#[tokio::test]
async fn unreachable_target_is_a_clear_error_without_the_password() {
    for url in [
        "postgres://someone:s3cret-pw@127.0.0.1:1/nowhere",
        "sqlite:///proc/onefamily-cannot-create/t.db",
        "mysql://root:s3cret-pw@127.0.0.1/x",
    ] {
        let err = load::preflight(url).await.unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, onefamily::Error::Load(_)), "{msg}");
        assert!(!msg.contains("s3cret-pw"), "{msg}");
    }
}

/// A synthetic `Unified` of `families` families of four (two parents, two
/// children), each person held by two source records, one open involvement
/// and one referral per family.
fn synthetic(families: usize) -> Unified {
    let mut u = sample();
    u.records.clear();
    u.record_person.clear();
    u.record_family.clear();
    u.persons.clear();
    u.families.clear();
    u.family_links.clear();
    u.involvements.clear();
    u.involvement_family.clear();
    u.involvement_person.clear();
    u.referrals.clear();
    u.referral_family.clear();
    u.referral_person.clear();
    let roles = [Role::Parent, Role::Parent, Role::Child, Role::Child];
    for f in 0..families {
        let mut members = Vec::new();
        for (m, role) in roles.iter().enumerate() {
            let p = (f * 4 + m) as u32;
            let mut recs = Vec::new();
            for s in 0..2u16 {
                let key = format!("K{p}");
                let mut r = record(s, &key, &format!("FAM{f}"), *role, "Name", p as u64);
                r.staged.address_lines = vec![format!("{f} Test Street")];
                recs.push(u.records.len() as u32);
                u.records.push(r);
                u.record_person.push(p);
                u.record_family.push(Some(f as u32));
            }
            u.persons
                .push(uperson(&format!("P{p:012x}"), recs, "name", *role));
            members.push((p, *role));
        }
        let mut inv = involvement(
            0,
            &format!("I{f}"),
            "Family Support",
            true,
            &format!("Worker {}", f % 500),
        );
        inv.family_key = Some(format!("FAM{f}"));
        u.involvements.push(inv);
        u.involvement_family.push(Some(f as u32));
        u.involvement_person.push(None);
        u.referrals.push(Referral {
            source: 1,
            key: format!("R{f}"),
            date: dv("2023-11-02"),
            referral_source: coded("School", "2A"),
            row_hash: format!("h{f}"),
            ..Default::default()
        });
        u.referral_family.push(Some(f as u32));
        u.referral_person.push(None);
        u.families.push(UnifiedFamily {
            id: format!("F{f:012x}"),
            members,
            groupings: vec![(0, format!("FAM{f}"))],
            involvements: vec![f as u32],
            lead_worker: Some((format!("Worker {}", f % 500), "Family Support".into())),
            lead_conflict: false,
        });
    }
    u
}

/// Throughput of a first load and of a re-run, into both targets. Run in
/// release: `cargo test --release --test it load::throughput -- --ignored
/// --nocapture` (ONEFAMILY_BENCH_FAMILIES sets the size; default 25,000
/// families = 200,000 source person records, about 2 million rows).
#[tokio::test]
#[ignore = "benchmark; run by hand in release"]
async fn throughput() {
    let families = std::env::var("ONEFAMILY_BENCH_FAMILIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(25_000);
    let _ = tracing_subscriber::fmt()
        .with_env_filter("onefamily=debug")
        .with_writer(std::io::stderr)
        .try_init();
    let u = synthetic(families);
    let dir = crate::util::tempdir();
    let lite = format!("sqlite://{}", dir.path().join("bench.db").display());
    let pg = PgDb::new().await;
    for (name, url) in [("sqlite", lite.as_str()), ("postgres", pg.url.as_str())] {
        let t = std::time::Instant::now();
        let r = load::load(&u, &run("run-1", "2025-01-01T00:00:00Z"), url, false)
            .await
            .unwrap();
        let first = t.elapsed().as_secs_f64();
        let rows = r.changes();
        let t = std::time::Instant::now();
        let again = load::load(&u, &run("run-2", "2025-01-02T00:00:00Z"), url, false)
            .await
            .unwrap();
        let rerun = t.elapsed().as_secs_f64();
        assert_eq!(again.changes(), 0);
        println!(
            "{name}: first load {rows} rows in {first:.2}s = {:.0} rows/s; re-run (0 changes) {rerun:.2}s",
            rows as f64 / first
        );
    }
}

/// Size of the load the SIGKILL tests interrupt: big enough to be caught
/// mid-write, small enough for a debug build.
const CRASH_FAMILIES: usize = 2_000;

/// Not a test on its own: the child process the SIGKILL tests start and kill
/// mid-load. Does nothing without ONEFAMILY_CRASH_URL.
#[tokio::test]
#[ignore = "child process of the sigkill tests"]
async fn crash_child() {
    let Ok(url) = std::env::var("ONEFAMILY_CRASH_URL") else {
        return;
    };
    load::load(
        &synthetic(CRASH_FAMILIES),
        &run("run-crash", "2025-02-01T00:00:00Z"),
        &url,
        false,
    )
    .await
    .unwrap();
}

/// Load a small sample, then start a big load in a child process, SIGKILL it
/// once it is writing, and check the target is exactly as before; then a
/// re-run converges.
async fn sigkill_mid_load(
    url: &str,
    writing: impl Fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = bool>>>,
) {
    first_load(url).await.unwrap();
    let before = dump(url).await;
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "load::crash_child",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("ONEFAMILY_CRASH_URL", url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        if writing().await {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the child finished before it could be killed"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "the child never started writing"
        );
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert_eq!(
        dump(url).await,
        before,
        "a killed load must leave the target as it was"
    );

    // The killed session's lock goes with it (PostgreSQL may take a moment
    // to notice); then a re-run loads everything once, and converges.
    let big = synthetic(CRASH_FAMILIES);
    let mut attempts = 0;
    let r = loop {
        match load::load(&big, &run("run-2", "2025-01-02T00:00:00Z"), url, false).await {
            Ok(r) => break r,
            Err(e) if attempts < 100 && e.to_string().contains("another") => {
                attempts += 1;
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            Err(e) => panic!("{e}"),
        }
    };
    assert_eq!(r.tables["person"].inserted, 4 * CRASH_FAMILIES as u64);
    let again = load::load(&big, &run("run-3", "2025-01-03T00:00:00Z"), url, false)
        .await
        .unwrap();
    assert_eq!(again.changes(), 0);
}

#[tokio::test]
async fn sigkill_mid_load_sqlite() {
    let dir = crate::util::tempdir();
    let path = dir.path().join("t.db");
    let journal = dir.path().join("t.db-journal");
    let url = format!("sqlite://{}", path.display());
    // The rollback journal appears when the load's transaction first writes.
    sigkill_mid_load(&url, || {
        let journal = journal.clone();
        Box::pin(async move { journal.exists() })
    })
    .await;
}

#[tokio::test]
async fn sigkill_mid_load_postgres() {
    let db = PgDb::new().await;
    let url = db.url.clone();
    let name = db.name.clone();
    sigkill_mid_load(&url, || {
        let url = url.clone();
        let name = name.clone();
        Box::pin(async move {
            let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
            let n: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND state = 'active' \
                 AND (query LIKE 'COPY %' OR query LIKE 'INSERT INTO%SELECT%onefamily_stage%')",
            )
            .bind(&name)
            .fetch_one(&mut conn)
            .await
            .unwrap();
            conn.close().await.unwrap();
            n > 0
        })
    })
    .await;
}

/// Rows per table, counting retired ones too.
async fn row_counts(url: &str) -> BTreeMap<String, usize> {
    dump(url)
        .await
        .into_iter()
        .map(|(t, rows)| (t, rows.len()))
        .collect()
}

fn json(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// `load.tables` of a report as table → (inserted, updated, unchanged, retired),
/// leaving out tables with no change.
fn changes(report: &serde_json::Value) -> BTreeMap<String, (u64, u64, u64)> {
    report["load"]["tables"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(t, c)| {
            let n = |k: &str| c[k].as_u64().unwrap();
            (t.clone(), (n("inserted"), n("updated"), n("retired")))
        })
        .filter(|(_, c)| *c != (0, 0, 0))
        .collect()
}

/// A delta on the bundled estate, through `scripts/delta.sh` (the commands
/// a data team would type): load it into PostgreSQL, change one source row
/// and delete another in a copy, dry-run, run, rerun. The dry run predicts
/// the run exactly; only what depends on the changed row is updated; what
/// depended on the deleted row is retired (retired_run set), nothing is
/// deleted; the rerun changes nothing; the loaded target reconciles.
#[tokio::test]
async fn delta_on_the_bundled_estate() {
    let db = PgDb::new().await;
    let work = crate::util::tempdir();
    let dir = work.path().join("delta");
    let o = std::process::Command::new("bash")
        .arg("scripts/delta.sh")
        .arg(&dir)
        .arg(&db.url)
        .env("BIN", env!("CARGO_BIN_EXE_onefamily"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        o.status.success(),
        "{out}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(out.contains("== 2-delta-dry-run"), "{out}");

    let first = json(&dir.join("1-first-load/report.json"));
    let dry = json(&dir.join("2-delta-dry-run/report.json"));
    let delta = json(&dir.join("3-delta/report.json"));
    let rerun = json(&dir.join("4-rerun/report.json"));
    for r in [&first, &delta, &rerun] {
        assert_eq!(
            r["reconciliation"]["balanced"],
            serde_json::Value::Bool(true),
            "{:#}",
            r["reconciliation"]
        );
        assert_eq!(r["reconciliation"]["target_checked"], true);
    }
    assert_eq!(dry["run"]["dry_run"], true);
    assert_eq!(
        dry["load"]["tables"], delta["load"]["tables"],
        "the dry run predicts the run"
    );
    assert!(changes(&rerun).is_empty(), "{:?}", changes(&rerun));

    // The changed row (TYS-000004's referral reason): its involvement, and
    // the lineage of the two records it holds (person, involvement), whose
    // source row hash changed. The deleted row (TYS-000799, a young person
    // another service knows too, with a closed involvement): its records'
    // lineage, its identifier and address link and its involvement are
    // retired; the person stays (another record holds it), and no plan or
    // family changes (a closed involvement is history, not a plan item).
    let want: BTreeMap<String, (u64, u64, u64)> = [
        ("involvement", (0, 1, 1)),
        ("lineage", (0, 2, 2)),
        ("linked_identifier", (0, 0, 1)),
        ("person_address", (0, 0, 1)),
    ]
    .into_iter()
    .map(|(t, c)| (t.to_string(), c))
    .collect();
    assert_eq!(changes(&delta), want);

    // Nothing deleted: every table holds at least the rows it held, and the
    // rows retired carry the delta's run id.
    let after = row_counts(&db.url).await;
    let retired_total: u64 = want.values().map(|c| c.2).sum();
    let run_id = delta["run"]["id"].as_str().unwrap();
    let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
    let mut retired_by_run = 0i64;
    for spec in want.keys() {
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT count(*) FROM {spec} WHERE retired_run = $1"
        )))
        .bind(run_id)
        .fetch_one(&mut conn)
        .await
        .unwrap();
        retired_by_run += n;
    }
    conn.close().await.unwrap();
    assert_eq!(retired_by_run as u64, retired_total);
    let first_rows: u64 = first["load"]["tables"]
        .as_object()
        .unwrap()
        .values()
        .map(|c| c["inserted"].as_u64().unwrap())
        .sum();
    let held: usize = after
        .iter()
        .filter(|(t, _)| *t != "migration_run")
        .map(|(_, n)| n)
        .sum();
    assert_eq!(held as u64, first_rows, "rows are retired, never deleted");
}

/// A target the user may not write is refused before any source is read,
/// with exit 2 and a message naming what is missing.
#[tokio::test]
async fn missing_privileges_are_refused_before_any_work() {
    let db = PgDb::new().await;
    let role = format!("{}_ro", db.name);
    let mut admin = sqlx::PgConnection::connect(&db.url).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE ROLE {role} LOGIN")))
        .execute(&mut admin)
        .await
        .unwrap();
    // PostgreSQL 15 gives PUBLIC no CREATE on the public schema; say so
    // anyway, for older servers.
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC, {role}"
    )))
    .execute(&mut admin)
    .await
    .unwrap();
    let (scheme_host, _) = db.url.rsplit_once('/').unwrap();
    let as_role = format!(
        "{}{role}@{}/{}",
        "postgres://",
        scheme_host.rsplit_once('@').unwrap().1,
        db.name
    );
    let dir = crate::util::tempdir();
    let run_cli = |target: &str| {
        crate::util::onefamily(&[
            "--quiet",
            "run",
            "--project",
            "mappings/project.toml",
            "--out",
            dir.path().to_str().unwrap(),
            "--target",
            target,
        ])
    };

    // An empty database the user may not create tables in.
    let o = run_cli(&as_role);
    assert_eq!(o.status.code(), Some(2), "{}", crate::util::text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("may not create tables"), "{err}");
    assert!(!dir.path().join("report.json").exists(), "no work done");

    // A loaded database the user may only read.
    first_load(&db.url).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"
    )))
    .execute(&mut admin)
    .await
    .unwrap();
    let o = run_cli(&as_role);
    assert_eq!(o.status.code(), Some(2), "{}", crate::util::text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("may not read and write table"), "{err}");
    assert!(!dir.path().join("report.json").exists(), "no work done");

    // The role goes with the database; its grants first.
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP OWNED BY {role}")))
        .execute(&mut admin)
        .await
        .unwrap();
    admin.close().await.unwrap();
    let mut conn = sqlx::PgConnection::connect(&pg_admin_url()).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "REVOKE ALL ON DATABASE {} FROM {role}",
        db.name
    )))
    .execute(&mut conn)
    .await
    .unwrap();
    drop(db);
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP ROLE IF EXISTS {role}")))
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
}
