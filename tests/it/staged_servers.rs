//! Fingerprints of server sources, against the MariaDB and PostgreSQL on
//! this machine (the tests fail, not skip, without them): a second
//! `extract` reads no fingerprinted server source; an inserted or updated
//! row re-reads exactly the source whose table moved; a query that names no
//! table, and a fingerprint query that fails, re-read and say why; `explain`
//! and `explain-family` answer from the store until a table moves; `init`
//! drafts a table's `modified` column when one is obvious, and the draft's
//! fingerprints reuse. SQL Server shares the code path but has no server
//! here to test against.

use crate::util::{self, onefamily_env, text};
use std::path::Path;

fn unique(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{prefix}_{}_{}", std::process::id(), nanos % 1_000_000_000)
}

/// A source over `relation` (`table = "…"` or `query = "…"`) plus `extra`
/// [source] keys, reading persons keyed by `id`.
fn mapping(name: &str, kind: &str, var: &str, relation: &str, extra: &str) -> String {
    format!(
        r#"[source]
name = "{name}"
service = "Family Support"
kind = "{kind}"
url = "${{{var}}}"
tls = false
{relation}
{extra}

[person]
key = "{{id}}"
family = "{{fam}}"
given_names = "forename"
family_name = "surname"
"#
    )
}

/// Four sources over two tables: `dated` reads table A with its modified
/// column; `summed` reads table B through a query that names B (checksum);
/// `unnamed` is a query naming no table; `broken` names a modified column
/// that is not there.
fn project(dir: &Path, kind: &str, var: &str, a: &str, b: &str) -> std::path::PathBuf {
    let files = [
        (
            "dated",
            mapping(
                "dated",
                kind,
                var,
                &format!("table = \"{a}\""),
                "modified = \"updated_at\"",
            ),
        ),
        (
            "summed",
            mapping(
                "summed",
                kind,
                var,
                &format!("query = \"SELECT id, fam, forename, surname FROM {b}\""),
                &format!("fingerprint = [{{ table = \"{b}\" }}]"),
            ),
        ),
        (
            "unnamed",
            mapping(
                "unnamed",
                kind,
                var,
                &format!("query = \"SELECT id, fam, forename, surname FROM {b} WHERE id < 3\""),
                "",
            ),
        ),
        (
            "broken",
            mapping(
                "broken",
                kind,
                var,
                &format!("table = \"{a}\""),
                "modified = \"no_such_column\"",
            ),
        ),
    ];
    for (name, text) in &files {
        std::fs::write(dir.join(format!("{name}.toml")), text).unwrap();
    }
    let project = dir.join("project.toml");
    std::fs::write(
        &project,
        r#"sources = ["dated.toml", "summed.toml", "unnamed.toml", "broken.toml"]

[project]
name = "server fingerprints"
reference_date = "2026-01-01"
"#,
    )
    .unwrap();
    project
}

fn extract(project: &Path, out: &Path, env: &[(&str, &str)]) -> String {
    let o = onefamily_env(
        &[
            "--quiet",
            "extract",
            "--project",
            project.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        env,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The line `extract` prints for one source.
fn line<'a>(said: &'a str, source: &str) -> &'a str {
    said.lines()
        .find(|l| l.trim_start().starts_with(&format!("{source}:")))
        .unwrap_or_else(|| panic!("no line for {source} in {said}"))
}

/// The whole cycle against one server; `sql` runs a statement there.
async fn cycle<F, Fut>(kind: &str, url: &str, a: &str, b: &str, sql: F)
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let dir = util::tempdir();
    let var = format!("ONEFAMILY_IT_ST3_{}", kind.to_uppercase());
    let project = project(dir.path(), kind, &var, a, b);
    let out = dir.path().join("out");
    let env = [(var.as_str(), url)];

    let said = extract(&project, &out, &env);
    assert!(said.contains("4 sources read, 0 reused"), "{said}");
    let fp = |s: &str| -> String {
        let m: serde_json::Value = serde_json::from_str(&util::read(
            &out.join("stage").join(s).join("manifest.json"),
        ))
        .unwrap();
        m["fingerprint"].as_str().unwrap().to_string()
    };
    assert!(fp("dated").starts_with("server:sha256:"), "{}", fp("dated"));
    assert!(fp("summed").starts_with("server:sha256:"));
    assert_eq!(fp("unnamed"), "");
    assert_eq!(fp("broken"), "");
    let unnamed = line(&said, "unnamed");
    assert!(
        unnamed.contains("no fingerprint: re-read; its query names no tables"),
        "{unnamed}"
    );
    let broken = line(&said, "broken");
    assert!(
        broken.contains("no fingerprint: re-read; table"),
        "{broken}"
    );
    assert!(
        !broken.contains("root@") && !broken.contains("postgres@"),
        "{broken}"
    );

    // Nothing changed: the fingerprinted sources are reused.
    let said = extract(&project, &out, &env);
    assert!(said.contains("2 sources read, 2 reused"), "{said}");
    assert!(line(&said, "dated").contains("reused extract of"), "{said}");
    assert!(
        line(&said, "summed").contains("reused extract of"),
        "{said}"
    );

    // One row updated in B (no modified column: the checksum sees it).
    sql(format!("UPDATE {b} SET forename = 'Anne' WHERE id = 1")).await;
    let said = extract(&project, &out, &env);
    assert!(said.contains("3 sources read, 1 reused"), "{said}");
    assert!(line(&said, "summed").contains("extracted"), "{said}");
    assert!(line(&said, "dated").contains("reused extract of"), "{said}");

    // One row inserted in A: only the source over A with a fingerprint moves.
    sql(format!(
        "INSERT INTO {a} (id, fam, forename, surname, updated_at) VALUES (9, 'F9', 'Cy', 'Ng', '2026-02-01 10:00:00')"
    ))
    .await;
    let said = extract(&project, &out, &env);
    assert!(said.contains("3 sources read, 1 reused"), "{said}");
    assert!(line(&said, "dated").contains("extracted"), "{said}");
    assert!(
        line(&said, "summed").contains("reused extract of"),
        "{said}"
    );

    // explain and explain-family answer from the store over server sources
    // too, their fingerprints asked of the server, until a table moves.
    let two = dir.path().join("two.toml");
    std::fs::write(
        &two,
        "sources = [\"dated.toml\", \"summed.toml\"]\n\n[project]\nname = \"two\"\nreference_date = \"2026-01-01\"\n",
    )
    .unwrap();
    let out = dir.path().join("out2");
    let log = |args: &[&str]| -> String {
        let mut all = vec![args[0], "--project", two.to_str().unwrap()];
        all.extend(["--out", out.to_str().unwrap()]);
        all.extend(&args[1..]);
        let o = onefamily_env(&all, &env);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
        String::from_utf8_lossy(&o.stderr).into_owned()
    };
    log(&["link"]);
    let said = log(&["explain", "dated:1", "summed:1"]);
    assert!(said.contains("Explained from the store"), "{said}");
    assert!(!said.contains("Extracted."), "{said}");
    let said = log(&["explain-family", "dated:1"]);
    assert!(said.contains("From the stored family view"), "{said}");
    sql(format!(
        "UPDATE {a} SET forename = 'Bea', updated_at = '2026-03-01 10:00:00' WHERE id = 2"
    ))
    .await;
    let said = log(&["explain", "dated:1", "summed:1"]);
    assert!(
        said.contains("dated is not staged, or changed since it was"),
        "{said}"
    );
}

const TABLE: &str =
    "(id INT PRIMARY KEY, fam VARCHAR(10), forename VARCHAR(50), surname VARCHAR(50), updated_at TIMESTAMP NULL)";
const ROWS: &str = "(1, 'F1', 'Ann', 'Smith', '2026-01-01 09:00:00'), (2, 'F1', 'Bo', 'Smith', '2026-01-02 09:00:00'), (3, 'F2', 'Di', 'Khan', NULL)";

#[tokio::test]
async fn mariadb_sources_are_reused_until_a_table_moves() {
    use sqlx::{ConnectOptions, Executor};
    let opts: sqlx::mysql::MySqlConnectOptions = util::MARIADB_URL.parse().unwrap();
    let mut conn = opts
        .connect()
        .await
        .expect("MariaDB at 127.0.0.1:3306 (make services)");
    let (a, b) = (unique("st3_a"), unique("st3_b"));
    for t in [&a, &b] {
        conn.execute(sqlx::AssertSqlSafe(format!("CREATE TABLE {t} {TABLE}")))
            .await
            .unwrap();
        conn.execute(sqlx::AssertSqlSafe(format!(
            "INSERT INTO {t} VALUES {ROWS}"
        )))
        .await
        .unwrap();
    }
    let conn = tokio::sync::Mutex::new(conn);
    let run = |sql: String| {
        let conn = &conn;
        async move {
            conn.lock()
                .await
                .execute(sqlx::AssertSqlSafe(sql.as_str()))
                .await
                .unwrap();
        }
    };
    cycle("mysql", util::MARIADB_URL, &a, &b, run).await;
    for t in [&a, &b] {
        conn.lock()
            .await
            .execute(sqlx::AssertSqlSafe(format!("DROP TABLE {t}")))
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn postgres_sources_are_reused_until_a_table_moves() {
    use sqlx::{ConnectOptions, Executor};
    let opts: sqlx::postgres::PgConnectOptions = util::POSTGRES_URL.parse().unwrap();
    let mut conn = opts
        .connect()
        .await
        .expect("PostgreSQL at 127.0.0.1:5432 (make services)");
    let (a, b) = (unique("st3_a"), unique("st3_b"));
    for t in [&a, &b] {
        conn.execute(sqlx::AssertSqlSafe(format!("CREATE TABLE {t} {TABLE}")))
            .await
            .unwrap();
        conn.execute(sqlx::AssertSqlSafe(format!(
            "INSERT INTO {t} VALUES {ROWS}"
        )))
        .await
        .unwrap();
    }
    let conn = tokio::sync::Mutex::new(conn);
    let run = |sql: String| {
        let conn = &conn;
        async move {
            conn.lock()
                .await
                .execute(sqlx::AssertSqlSafe(sql.as_str()))
                .await
                .unwrap();
        }
    };
    cycle("postgres", util::POSTGRES_URL, &a, &b, run).await;
    for t in [&a, &b] {
        conn.lock()
            .await
            .execute(sqlx::AssertSqlSafe(format!("DROP TABLE {t}")))
            .await
            .unwrap();
    }
}

/// `init` over a MariaDB database drafts `modified` for the table with an
/// obvious last-modified column and a commented hint for the other; with
/// the drafts confirmed, a second `extract` reuses both (one by the row
/// count and latest value, one by the checksum) and an update re-reads
/// only its table's source.
#[tokio::test]
async fn init_drafts_the_fingerprint_of_server_tables() {
    use sqlx::{ConnectOptions, Executor};
    let db = unique("of_st4");
    let opts: sqlx::mysql::MySqlConnectOptions = util::MARIADB_URL.parse().unwrap();
    let mut conn = opts
        .connect()
        .await
        .expect("MariaDB at 127.0.0.1:3306 (make services)");
    conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {db}")))
        .await
        .unwrap();
    conn.execute(
        sqlx::AssertSqlSafe(format!(
            "CREATE TABLE {db}.cases (case_ref VARCHAR(10), forename VARCHAR(40), surname VARCHAR(40), \
             birth_date DATE, last_updated DATETIME); \
             INSERT INTO {db}.cases VALUES ('C1','Ann','Bell','2012-01-02','2026-01-05 09:00:00'), \
             ('C2','Cy','Dee','2013-02-03','2026-01-06 10:30:00'); \
             CREATE TABLE {db}.pupils (pupil_ref VARCHAR(10), given_name VARCHAR(40), family_name VARCHAR(40), \
             birth_date DATE, updated_by VARCHAR(20)); \
             INSERT INTO {db}.pupils VALUES ('P1','Ann','Bell','2012-01-02','clerk'), ('P2','Di','Eve','2014-03-04','clerk')"
        )
        ),
    )
    .await
    .unwrap();
    let dir = util::tempdir();
    let estate = dir.path().join("estate");
    std::fs::create_dir(&estate).unwrap();
    let draft = dir.path().join("draft");
    let url = format!("mysql://root@127.0.0.1:3306/{db}");
    let o = onefamily_env(
        &[
            "init",
            estate.to_str().unwrap(),
            "--out",
            draft.to_str().unwrap(),
            "--url",
            &url,
        ],
        &[],
    );
    assert!(o.status.success(), "{}", text(&o));
    let cases = util::read(&draft.join("cases.toml"));
    let pupils = util::read(&draft.join("pupils.toml"));
    let parsed = |t: &str| -> toml::Table { t.parse().unwrap() };
    assert_eq!(
        parsed(&cases)["source"]["modified"].as_str(),
        Some("last_updated"),
        "{cases}"
    );
    assert!(cases.contains("# guess: \"last_updated\" is when a row last changed"));
    assert!(
        parsed(&pupils)["source"].get("modified").is_none(),
        "{pupils}"
    );
    assert!(pupils.contains("# modified = \"COLUMN\""), "{pupils}");

    // Confirmed: the drafts' fingerprints let a second extract reuse.
    for f in std::fs::read_dir(&draft).unwrap() {
        let f = f.unwrap().path();
        if f.extension().is_some_and(|x| x == "toml") {
            let t = util::read(&f).replace("draft = true", "");
            std::fs::write(&f, t).unwrap();
        }
    }
    let project = draft.join("project.toml");
    let out = dir.path().join("out");
    let said = extract(&project, &out, &[]);
    assert!(said.contains("2 sources read, 0 reused"), "{said}");
    let said = extract(&project, &out, &[]);
    assert!(said.contains("0 sources read, 2 reused"), "{said}");
    conn.execute(sqlx::AssertSqlSafe(format!(
        "UPDATE {db}.pupils SET given_name = 'Bo' WHERE pupil_ref = 'P2'"
    )))
    .await
    .unwrap();
    let said = extract(&project, &out, &[]);
    conn.execute(sqlx::AssertSqlSafe(format!("DROP DATABASE {db}")))
        .await
        .unwrap();
    assert!(said.contains("1 sources read, 1 reused"), "{said}");
    assert!(line(&said, "pupils").contains("extracted"), "{said}");
}
