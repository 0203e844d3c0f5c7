//! `onefamily measures` against loaded targets: a hand-counted month on a
//! two-service fixture where one child is known to both services (SQLite
//! and PostgreSQL, with the legacy-vs-unified difference), figures
//! recomputed by direct SQL on the fixture and on the bundled estate, every
//! default measure with data on a freshly generated estate, and `--check`
//! on a broken definitions file.

use crate::util::{self, onefamily, text};
use sqlx::Connection;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// measures.csv as (measure, month, breakdown) → the other six columns.
type Csv = BTreeMap<(String, String, String), Vec<String>>;

fn read_csv(path: &Path) -> Csv {
    let mut r = csv::Reader::from_path(path).unwrap();
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "measure",
            "month",
            "breakdown",
            "value",
            "numerator",
            "denominator",
            "legacy_value",
            "legacy_numerator",
            "legacy_denominator"
        ]
    );
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            let v: Vec<String> = rec.iter().map(str::to_string).collect();
            ((v[0].clone(), v[1].clone(), v[2].clone()), v[3..].to_vec())
        })
        .collect()
}

/// `value` and `legacy_value` of one row ("-" when the row is absent).
fn values(csv: &Csv, measure: &str, month: &str, breakdown: &str) -> (String, String) {
    csv.get(&(measure.into(), month.into(), breakdown.into()))
        .map(|v| (v[0].clone(), v[3].clone()))
        .unwrap_or_else(|| ("-".into(), "-".into()))
}

fn run_fixture(target: &str, dir: &Path) {
    let out = onefamily(&[
        "run",
        "--project",
        "tests/fixtures/measures/project.toml",
        "--target",
        target,
        "--out",
        dir.join("run").to_str().unwrap(),
    ]);
    assert!(out.status.code().unwrap_or(2) < 2, "{}", text(&out));
}

fn measures(target: &str, dir: &Path, extra: &[&str]) -> Csv {
    let out_dir = dir.join("measures");
    let mut args = vec![
        "measures",
        "--target",
        target,
        "--out",
        out_dir.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let out = onefamily(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    for f in ["measures.csv", "measures.xlsx", "measures.html"] {
        assert!(out_dir.join(f).is_file(), "{f} written");
    }
    read_csv(&out_dir.join("measures.csv"))
}

/// March 2024 on the fixture, counted by hand (see its README): three
/// contacts, two of them about Ava, whose Family Support involvement closed
/// on 20 February; Beth (Ava's mother) and Cal open to Family Support; C1
/// open at the front door.
fn assert_hand_count(csv: &Csv) {
    let m = "2024-03";
    let s = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(values(csv, "contacts_received", m, "All"), s("3", "3"));
    for code in ["2A", "5A", "6"] {
        assert_eq!(
            values(csv, "contacts_by_source", m, code),
            s("1", "1"),
            "{code}"
        );
    }
    assert_eq!(values(csv, "step_downs", m, "All"), s("1", "1"));
    // Ava's two contacts are one child once linked; the front door holds
    // them as two records.
    assert_eq!(values(csv, "children_referred", m, "All"), s("2", "3"));
    // Both of Ava's contacts follow her Family Support closure: only the
    // unified view sees it (the front door holds no closure of hers).
    assert_eq!(values(csv, "re_referrals", m, "All"), s("66.67", "0"));
    let rr = &csv[&("re_referrals".into(), m.into(), "All".into())];
    assert_eq!(rr[1..3], ["2".to_string(), "3".to_string()]);
    // Open on 31 March: Ava's family (Beth's involvement and C1) and Cal's.
    // Legacy: Family Support's SF1 and SF2 and the front door's FD1.
    assert_eq!(values(csv, "families_open", m, "All"), s("2", "3"));
    assert_eq!(
        values(csv, "families_open", m, "Family Support"),
        s("2", "2")
    );
    assert_eq!(values(csv, "families_open", m, "Front Door"), s("1", "1"));
    assert_eq!(values(csv, "families_multi_service", m, "All"), s("1", "0"));
    // Three workers hold open cases: two families unified, three legacy.
    assert_eq!(values(csv, "caseload_per_worker", m, "All"), s("0.67", "1"));
    assert_eq!(values(csv, "unallocated", m, "All"), s("0", "0"));
    assert_eq!(
        values(csv, "closures_by_reason", "2024-02", "outcomes_met"),
        s("1", "1")
    );
    // Every month asked for has a total row, even with nothing in it.
    assert_eq!(
        values(csv, "contacts_received", "2024-01", "All"),
        s("0", "0")
    );
    assert!(!csv
        .keys()
        .any(|k| k.1.as_str() > "2024-03" || k.1.as_str() < "2024-01"));
}

/// The same three measures by hand-written SQL on the target.
async fn sql_counts(url: &str) -> BTreeMap<String, String> {
    let queries = [
        (
            "contacts_by_source 5A",
            "SELECT CAST(COUNT(*) AS TEXT) FROM referral WHERE retired_run IS NULL \
             AND referral_date LIKE '2024-03-%' AND referral_source_code = '5A'",
        ),
        (
            "children_referred",
            "SELECT CAST(COUNT(DISTINCT person_id) AS TEXT) FROM referral WHERE retired_run IS NULL \
             AND referral_date LIKE '2024-03-%'",
        ),
        (
            "families_open",
            "SELECT CAST(COUNT(DISTINCT family_id) AS TEXT) FROM involvement WHERE retired_run IS NULL \
             AND start_date <= '2024-03-31' AND (end_date > '2024-03-31' OR (end_date IS NULL AND is_open = 1))",
        ),
    ];
    let mut out = BTreeMap::new();
    for (name, sql) in queries {
        let v: String = if let Some(path) = url.strip_prefix("sqlite://") {
            let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{path}"))
                .await
                .unwrap();
            sqlx::query_scalar(sql).fetch_one(&mut c).await.unwrap()
        } else {
            let mut c = sqlx::PgConnection::connect(url).await.unwrap();
            sqlx::query_scalar(sql).fetch_one(&mut c).await.unwrap()
        };
        out.insert(name.to_string(), v);
    }
    out
}

async fn fixture(target: &str, dir: &Path) {
    run_fixture(target, dir);
    let csv = measures(target, dir, &["--from", "2024-01", "--to", "2024-03"]);
    assert_hand_count(&csv);
    let sql = sql_counts(target).await;
    let m = "2024-03";
    assert_eq!(
        sql["contacts_by_source 5A"],
        values(&csv, "contacts_by_source", m, "5A").0
    );
    assert_eq!(
        sql["children_referred"],
        values(&csv, "children_referred", m, "All").0
    );
    assert_eq!(
        sql["families_open"],
        values(&csv, "families_open", m, "All").0
    );
    let html = util::read(&dir.join("measures/measures.html"));
    assert!(html.contains("What linking changed"));
    assert!(html.contains("<svg"));
    for fetch in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!html.contains(fetch), "{fetch}: the page fetches nothing");
    }
    // The explanation names the merge: three front-door and support
    // families are one, across two systems.
    assert!(
        html.contains("3 families as the legacy systems count them, 2 once linked: 1 family was held as several records (2 in all), 1 of them across two or more systems"),
        "{html}"
    );
    // No personal data on the page: counts and codes only.
    for name in ["Ava", "Testchild", "9990010005", "Beth"] {
        assert!(!html.contains(name), "{name} on the page");
    }
}

#[tokio::test]
async fn fixture_month_by_hand_sqlite() {
    let dir = util::tempdir();
    let target = format!("sqlite://{}", dir.path().join("unified.db").display());
    fixture(&target, dir.path()).await;
    // The same target gives the same files.
    let first = std::fs::read(dir.path().join("measures/measures.csv")).unwrap();
    let xlsx = std::fs::read(dir.path().join("measures/measures.xlsx")).unwrap();
    measures(
        &target,
        dir.path(),
        &["--from", "2024-01", "--to", "2024-03"],
    );
    assert_eq!(
        first,
        std::fs::read(dir.path().join("measures/measures.csv")).unwrap()
    );
    assert_eq!(
        xlsx,
        std::fs::read(dir.path().join("measures/measures.xlsx")).unwrap()
    );
}

#[tokio::test]
async fn fixture_month_by_hand_postgres() {
    let db = crate::load::PgDb::new().await;
    let dir = util::tempdir();
    fixture(&db.url, dir.path()).await;
}

/// The bundled estate: three measures over every month against SQL written
/// by hand (SQLite's julianday for the days).
#[tokio::test]
async fn bundled_estate_matches_direct_sql() {
    let dir = util::tempdir();
    let target = format!("sqlite://{}", dir.path().join("unified.db").display());
    let out = onefamily(&[
        "run",
        "--project",
        "mappings/project.toml",
        "--target",
        &target,
        "--out",
        dir.path().join("run").to_str().unwrap(),
    ]);
    assert!(out.status.code().unwrap_or(2) < 2, "{}", text(&out));
    let csv = measures(
        &target,
        dir.path(),
        &["--definitions", "mappings/measures.toml"],
    );
    let mut c = sqlx::SqliteConnection::connect(&target).await.unwrap();
    let rows = |sql: &'static str| sqlx::query_as::<_, (String, String, String)>(sql);

    // Contacts by referral source, every month.
    let by_source = rows(
        "SELECT substr(referral_date, 1, 7), COALESCE(referral_source_code, '(not recorded)'), CAST(COUNT(*) AS TEXT) \
         FROM referral WHERE retired_run IS NULL AND referral_date IS NOT NULL GROUP BY 1, 2",
    )
    .fetch_all(&mut c)
    .await
    .unwrap();
    assert!(by_source.len() > 24 * 10, "{}", by_source.len());
    // The measures end at the last complete month (a partial month last
    // would read as a fall): months after it are not compared.
    let last = csv
        .keys()
        .filter(|k| k.0 == "contacts_by_source")
        .map(|k| k.1.clone())
        .max()
        .unwrap();
    for (month, code, n) in by_source.iter().filter(|r| r.0 <= last) {
        assert_eq!(
            &values(&csv, "contacts_by_source", month, code).0,
            n,
            "{month} {code}"
        );
    }

    // EHAs completed within 45 days, every month.
    let within = rows(
        "SELECT substr(completed_date, 1, 7), CAST(SUM(julianday(completed_date) - julianday(start_date) <= 45) AS TEXT), \
         CAST(COUNT(*) AS TEXT) FROM assessment WHERE retired_run IS NULL AND completed_date IS NOT NULL \
         AND start_date IS NOT NULL AND completed_date >= start_date GROUP BY 1",
    )
    .fetch_all(&mut c)
    .await
    .unwrap();
    assert!(within.len() >= 24, "{}", within.len());
    for (month, n, d) in within.iter().filter(|r| r.0 <= last) {
        let row = &csv[&(
            "eha_within_45".to_string(),
            month.clone(),
            "All".to_string(),
        )];
        assert_eq!((&row[1], &row[2]), (n, d), "{month}");
    }

    // Families open at each month end, by service and in all.
    let months: Vec<String> = csv
        .keys()
        .filter(|k| k.0 == "families_open" && k.2 == "All")
        .map(|k| k.1.clone())
        .collect();
    assert!(months.len() >= 24);
    for month in months.iter().step_by(5) {
        let last = onefamily::measures::Month::parse(month)
            .unwrap()
            .last_day()
            .to_string();
        let open = "start_date <= ?1 AND (end_date > ?1 OR (end_date IS NULL AND is_open = 1)) AND retired_run IS NULL";
        let all: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(DISTINCT family_id) FROM involvement WHERE {open}"
        )))
        .bind(&last)
        .fetch_one(&mut c)
        .await
        .unwrap();
        assert_eq!(
            values(&csv, "families_open", month, "All").0,
            all.to_string(),
            "{month}"
        );
        let by_service: Vec<(String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT service, COUNT(DISTINCT family_id) FROM involvement WHERE {open} GROUP BY service"
        )))
        .bind(&last)
        .fetch_all(&mut c)
        .await
        .unwrap();
        for (service, n) in by_service {
            assert_eq!(
                values(&csv, "families_open", month, &service).0,
                n.to_string(),
                "{month} {service}"
            );
        }
    }
    // Linking changes the family counts on the bundled estate.
    let last = months.last().unwrap();
    let (u, l) = values(&csv, "families_open", last, "All");
    assert!(
        u.parse::<f64>().unwrap() < l.parse::<f64>().unwrap(),
        "{u} {l}"
    );
}

/// A freshly generated estate gives every default measure real data: a
/// non-zero figure in at least 24 months and, for a measure with a
/// breakdown, non-zero figures for at least two recorded values of it. A
/// measure declared not computable has no figures by design and is left
/// out. 1,500 families: the smallest size at which the rarest figures
/// (unallocated families, step-ups) reach 24 months with a margin, seed
/// after seed.
#[tokio::test]
async fn generated_estate_gives_every_default_measure_data() {
    let dir = util::tempdir();
    let estate = dir.path().join("estate");
    let out = onefamily(&[
        "sample",
        "--families",
        "1500",
        "--seed",
        "5",
        "--out",
        estate.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let target = format!("sqlite://{}", dir.path().join("unified.db").display());
    let out = onefamily(&[
        "run",
        "--project",
        estate.join("mappings/project.toml").to_str().unwrap(),
        "--target",
        &target,
        "--out",
        dir.path().join("run").to_str().unwrap(),
    ]);
    assert!(out.status.code().unwrap_or(2) < 2, "{}", text(&out));
    let csv = measures(&target, dir.path(), &[]);
    let non_zero = |v: &str| v.parse::<f64>().is_ok_and(|x| x != 0.0);
    let defaults = onefamily::measures::definitions::load(None).unwrap();
    let mut short = Vec::new();
    for m in &defaults {
        let Some(rule) = &m.rule else { continue };
        let rows = || csv.iter().filter(|(k, v)| k.0 == m.id && non_zero(&v[0]));
        let months: BTreeSet<&str> = rows()
            .filter(|(k, _)| k.2 == "All")
            .map(|(k, _)| k.1.as_str())
            .collect();
        if months.len() < 24 {
            short.push(format!("{}: data in {} months", m.id, months.len()));
        }
        if rule.breakdown.is_some() {
            let values: BTreeSet<&str> = rows()
                .map(|(k, _)| k.2.as_str())
                .filter(|b| *b != "All" && *b != "(not recorded)")
                .collect();
            if values.len() < 2 {
                short.push(format!("{}: breakdown values {values:?}", m.id));
            }
        }
    }
    assert!(short.is_empty(), "measures short of data: {short:#?}");
}

#[test]
fn check_lists_every_problem() {
    let dir = util::tempdir();
    let file = dir.path().join("m.toml");
    std::fs::write(
        &file,
        "[[measure]]\nid = \"bad_column\"\ngroup = \"g\"\ntitle = \"t\"\ndefinition = \"d\"\nkind = \"count\"\n\
         table = \"referral\"\ndate = \"no_such_date\"\n\n\
         [[measure]]\nid = \"bad_table\"\ngroup = \"g\"\ntitle = \"t\"\ndefinition = \"d\"\nkind = \"recurrence\"\n\
         table = \"referral\"\ndate = \"referral_date\"\nprior = { table = \"involvement\", date = \"closed_on\", within_days = 30 }\n",
    )
    .unwrap();
    let out = onefamily(&[
        "measures",
        "--check",
        "--definitions",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let t = text(&out);
    assert!(
        t.contains("measure bad_column: the database rejects its SQL"),
        "{t}"
    );
    assert!(
        t.contains("measure bad_table: the database rejects its SQL"),
        "{t}"
    );
    // The defaults and the bundled estate's file check clean.
    let out = onefamily(&[
        "measures",
        "--check",
        "--definitions",
        "mappings/measures.toml",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
}
