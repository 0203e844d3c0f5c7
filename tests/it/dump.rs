//! Dump files read without a server: the bundled estate's MySQL and SQL
//! Server dumps against their SQLite copies, real `mariadb-dump` and
//! `pg_dump` output against the machine's MariaDB and PostgreSQL (loaded
//! from the dump, then read as a server), coverage in `check`, environment
//! variables in paths, and conditional records.

use crate::util;
use onefamily::extract::extract_source;
use onefamily::mapping::load_project;
use onefamily::model::{CoverageStatus, SourceExtract};
use std::fmt::Debug;
use std::path::{Path, PathBuf};
use std::process::Command;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn project(dir: &Path, mapping: &str) -> PathBuf {
    write(dir, "m.toml", mapping);
    write(
        dir,
        "project.toml",
        "[project]\nname = \"t\"\nreference_date = \"2026-01-01\"\nsources = [\"m.toml\"]\n",
    )
}

async fn extract(dir: &Path, mapping: &str) -> SourceExtract {
    let p = load_project(&project(dir, mapping)).unwrap_or_else(|e| panic!("{e}"));
    extract_source(&p, 0)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A bundled mapping with its `[source]` location replaced.
fn bundled(name: &str, location: &str) -> String {
    let text = util::read(&util::root().join("mappings").join(format!("{name}.toml")));
    let start = text.find("\nkind = ").unwrap() + 1;
    let end = start + text[start..].find("\nquery").unwrap();
    format!("{}{location}{}", &text[..start], &text[end..])
}

/// Records as text, positions' row numbers left out (a join's row order is
/// the database's choice), sorted.
fn canon<T: Debug>(xs: &[T]) -> Vec<String> {
    let mut v: Vec<String> = xs
        .iter()
        .map(|x| {
            let s = format!("{x:?}");
            let mut out = String::new();
            let mut rest = s.as_str();
            while let Some(i) = rest.find("row: ") {
                out.push_str(&rest[..i + 5]);
                rest = rest[i + 5..].trim_start_matches(|c: char| c.is_ascii_digit());
                out.push('_');
            }
            out.push_str(rest);
            out
        })
        .collect();
    v.sort();
    v
}

fn same(a: &SourceExtract, b: &SourceExtract, what: &str) {
    assert_eq!(
        (a.rows_read, a.rows_staged, a.rows_rejected, a.skipped.len()),
        (b.rows_read, b.rows_staged, b.rows_rejected, b.skipped.len()),
        "{what}: counts"
    );
    assert!(a.rows_read > 0, "{what}: nothing read");
    for (x, y) in canon(&a.persons).iter().zip(canon(&b.persons).iter()) {
        assert_eq!(x, y, "{what}: persons");
    }
    assert_eq!(canon(&a.persons).len(), canon(&b.persons).len());
    assert_eq!(
        canon(&a.involvements),
        canon(&b.involvements),
        "{what}: involvements"
    );
    assert_eq!(canon(&a.rejects), canon(&b.rejects), "{what}: rejects");
}

fn sample(name: &str) -> String {
    util::root()
        .join("sample-data")
        .join(name)
        .display()
        .to_string()
}

fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn unique(prefix: &str) -> String {
    let n = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("{prefix}_{}_{n}", std::process::id())
}

#[tokio::test]
async fn bundled_mysql_dump_reads_like_its_sqlite_copy() {
    let dir = util::tempdir();
    let copy = bundled(
        "youth_offending",
        &format!(
            "kind = \"sqlite\"\npath = \"{}\"",
            sample("youth_offending.db")
        ),
    );
    let dump = bundled(
        "youth_offending",
        &format!(
            "kind = \"dump\"\ndialect = \"mysql\"\npath = \"{}\"",
            sample("youth_offending.mysql.sql")
        ),
    );
    let a = extract(dir.path(), &copy).await;
    let b = extract(dir.path(), &dump).await;
    same(&a, &b, "youth_offending dump vs SQLite copy");
    // Every table the query names is mapped; none unread.
    let mut parts: Vec<(&str, CoverageStatus, u64)> = b
        .coverage
        .iter()
        .map(|c| (c.part.as_str(), c.status, c.physical_rows))
        .collect();
    parts.sort();
    assert_eq!(parts.len(), 3);
    assert!(
        parts.iter().all(|p| p.1 == CoverageStatus::Mapped),
        "{parts:?}"
    );
    assert_eq!(
        b.physical_rows, None,
        "a query's rows are not physical records"
    );
}

#[tokio::test]
async fn bundled_sql_server_script_reads_like_its_sqlite_copy() {
    let dir = util::tempdir();
    let copy = bundled(
        "family_support",
        &format!(
            "kind = \"sqlite\"\npath = \"{}\"",
            sample("family_support.db")
        ),
    );
    // Dialect left out: told from the script.
    let dump = bundled(
        "family_support",
        &format!(
            "kind = \"dump\"\npath = \"{}\"",
            sample("family_support.mssql.sql")
        ),
    );
    let a = extract(dir.path(), &copy).await;
    let b = extract(dir.path(), &dump).await;
    same(&a, &b, "family_support script vs SQLite copy");
}

/// Issue 14: SQL Server Management Studio saves scripts as UTF-16. The
/// bundled script is UTF-16 little endian with a byte-order mark; the same
/// script as UTF-8, as UTF-16 big endian with a mark and as UTF-16 little
/// endian without one reads the same records.
#[tokio::test]
async fn a_sql_server_script_reads_alike_in_utf8_and_utf16() {
    let dir = util::tempdir();
    let raw = std::fs::read(sample("family_support.mssql.sql")).unwrap();
    assert_eq!(&raw[..2], &[0xFF, 0xFE], "the bundled script is UTF-16LE");
    let units: Vec<u16> = raw[2..]
        .chunks(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    let text = String::from_utf16(&units).unwrap();
    assert!(text.contains("INSERT INTO"));
    let variants: [(&str, Vec<u8>); 3] = [
        ("utf8.sql", text.as_bytes().to_vec()),
        (
            "utf16be.sql",
            [0xFE, 0xFF]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
                .collect(),
        ),
        (
            "utf16le-nobom.sql",
            text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        ),
    ];
    let bundled_read = extract(
        dir.path(),
        &bundled(
            "family_support",
            &format!(
                "kind = \"dump\"\npath = \"{}\"",
                sample("family_support.mssql.sql")
            ),
        ),
    )
    .await;
    for (name, bytes) in variants {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let other = extract(
            dir.path(),
            &bundled(
                "family_support",
                &format!("kind = \"dump\"\npath = \"{}\"", path.display()),
            ),
        )
        .await;
        same(&bundled_read, &other, name);
    }
}

const YOT_TABLE: &str = r#"
[person]
key = "{yot_no}"
family = "{yot_no}"
given_names = "forename"
family_name = "surname"
dob = { column = "dob", formats = ["%d/%m/%Y"] }
sex = { column = "sex", codes = { M = "M", F = "F" } }
nhs_number = "nhs_no"
postcode = "postcode"
"#;

#[tokio::test]
async fn mysql_dump_matches_mariadb_and_mariadb_dump() {
    let db = unique("of_dump");
    let mysql = |args: &[&str]| {
        let mut c = Command::new("mariadb");
        c.args(["-h", "127.0.0.1", "-u", "root"]).args(args);
        c
    };
    run(&mut mysql(&[
        "-e",
        &format!("CREATE DATABASE {db} CHARACTER SET utf8mb4"),
    ]));
    let file = std::fs::File::open(sample("youth_offending.mysql.sql")).unwrap();
    run(mysql(&[&db]).stdin(file));
    let real = run(Command::new("mariadb-dump").args(["-h", "127.0.0.1", "-u", "root", &db]));
    let dir = util::tempdir();
    std::fs::write(dir.path().join("real.sql"), &real).unwrap();
    let var = format!("ONEFAMILY_IT_{}", db.to_uppercase());
    std::env::set_var(&var, format!("mysql://root@127.0.0.1:3306/{db}"));
    let head = "[source]\nname = \"yot\"\nservice = \"Youth Offending\"\n";
    // A date format that matches nothing textual: the typed date cells of
    // the server and of the dump's `date` columns are read all the same.
    let server = format!("{head}kind = \"mysql\"\nurl = \"${{{var}}}\"\ntls = false\ntable = \"young_people\"\n{YOT_TABLE}");
    let bundled_dump = format!(
        "{head}kind = \"dump\"\npath = \"{}\"\ntable = \"young_people\"\nignore_tables = [\"parent_carers\", \"orders\"]\n{YOT_TABLE}",
        sample("youth_offending.mysql.sql")
    );
    let real_dump = format!("{head}kind = \"dump\"\npath = \"real.sql\"\ntable = \"young_people\"\nignore_tables = [\"parent_carers\", \"orders\"]\n{YOT_TABLE}");
    let a = extract(dir.path(), &server).await;
    let b = extract(dir.path(), &bundled_dump).await;
    let c = extract(dir.path(), &real_dump).await;
    run(&mut mysql(&["-e", &format!("DROP DATABASE {db}")]));
    let real_text = String::from_utf8_lossy(&real);
    assert!(real_text.contains("LOCK TABLES `young_people` WRITE") && real_text.contains("/*!40"));
    assert!(
        a.persons.iter().filter(|p| p.dob.is_some()).count() > 100,
        "typed dates read"
    );
    same(&a, &b, "bundled dump vs MariaDB");
    same(&a, &c, "mariadb-dump vs MariaDB");
    assert_eq!(c.physical_rows, Some(c.rows_read));
    assert_eq!(b.physical_rows, Some(a.rows_read));
}

const CC_TABLE: &str = r#"
[person]
key = "{reg_id}"
family = "{household_id}"
given_names = "forename"
family_name = "surname"
dob = { column = "dob", formats = ["%Y-%m-%d"] }
sex = { column = "gender", codes = { "1" = "M", "2" = "F", "0" = "U", "9" = "U" } }
nhs_number = "nhs_number"

[[involvement]]
key = "{reg_id}-cc"
start = { column = "reg_start", formats = ["%Y-%m-%d"] }
end = { column = "reg_end", formats = ["%Y-%m-%d"] }
worker = "keyworker"
"#;

#[tokio::test]
async fn pg_dump_matches_postgres_in_every_plain_shape() {
    let dir = util::tempdir();
    let estate = dir.path().join("estate");
    let o = util::onefamily(&[
        "sample",
        "--families",
        "150",
        "--seed",
        "11",
        "--out",
        estate.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", util::text(&o));
    let generated = estate.join("childrens_centres.pg_dump.sql");
    let db = unique("of_dump");
    let psql = |d: &str| {
        let mut c = Command::new("psql");
        c.args([
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-d",
            d,
        ]);
        c
    };
    run(psql("test").args(["-c", &format!("CREATE DATABASE {db}")]));
    run(psql(&db).arg("-f").arg(&generated));
    let pg_dump = |extra: &[&str], name: &str| {
        let out = run(Command::new("pg_dump")
            .args(["-h", "127.0.0.1", "-U", "postgres", "--no-owner"])
            .args(extra)
            .arg(&db));
        std::fs::write(dir.path().join(name), out).unwrap();
    };
    pg_dump(&[], "copy.sql");
    pg_dump(&["--inserts"], "inserts.sql");
    pg_dump(&["--column-inserts"], "column_inserts.sql");
    let var = format!("ONEFAMILY_IT_{}", db.to_uppercase());
    std::env::set_var(&var, format!("postgres://postgres@127.0.0.1:5432/{db}"));
    let head = "[source]\nname = \"cc\"\nservice = \"Children's Centres\"\n";
    let server = format!("{head}kind = \"postgres\"\nurl = \"${{{var}}}\"\ntls = false\ntable = \"registrations\"\n{CC_TABLE}");
    let a = extract(dir.path(), &server).await;
    let mut dumps = vec![generated.display().to_string()];
    for f in ["copy.sql", "inserts.sql", "column_inserts.sql"] {
        dumps.push(f.to_string());
    }
    let mut read = Vec::new();
    for path in &dumps {
        let m = format!(
            "{head}kind = \"dump\"\npath = \"{path}\"\ntable = \"public.registrations\"\nignore_tables = [\"households\"]\n{CC_TABLE}"
        );
        read.push((path.clone(), extract(dir.path(), &m).await));
    }
    run(psql("test").args(["-c", &format!("DROP DATABASE {db}")]));
    assert!(a.rows_read > 50);
    for (path, b) in &read {
        same(&a, b, path);
        assert_eq!(b.physical_rows, Some(a.rows_read), "{path}");
        // The ignored table is listed, with its own count.
        assert!(b.coverage.iter().any(|c| c.part == "households"
            && c.status == CoverageStatus::Ignored
            && c.physical_rows > 0));
    }
}

#[tokio::test]
async fn check_lists_unread_and_missing_tables_with_their_lines() {
    let dir = util::tempdir();
    let m = |extra: &str| {
        format!(
            "[source]\nname = \"fs\"\nservice = \"Family Support\"\nkind = \"dump\"\npath = \"{}\"\n{extra}\n\n[person]\nkey = \"{{ClientID}}\"\ngiven_names = \"FirstName\"\nfamily_name = \"LastName\"\n",
            sample("family_support.mssql.sql")
        )
    };
    async fn problems(dir: &Path, mapping: &str) -> Vec<String> {
        let p = project(dir, mapping);
        let r = onefamily::extract::check(&p).await;
        // Tables only: the unmapped columns of the mapped table are the
        // column coverage's business (tested in nothing_lost).
        r.problems
            .iter()
            .map(|p| p.to_string())
            .filter(|p| !p.contains("neither mapped nor ignored"))
            .collect()
    }
    let d = dir.path();
    let unread = problems(d, &m("table = \"dbo.tblClient\"")).await;
    assert_eq!(unread.len(), 1, "{unread:?}");
    assert!(
        unread[0].contains("m.toml:6:") && unread[0].contains("\"tblFamily\""),
        "{unread:?}"
    );
    let ignored = problems(
        d,
        &m("table = \"tblClient\"\nignore_tables = [\"tblFamily\"]"),
    )
    .await;
    assert!(ignored.is_empty(), "{ignored:?}");
    let wrong = problems(
        d,
        &m("table = \"tblClient\"\nignore_tables = [\"tblFamily\", \"audit_log\"]"),
    )
    .await;
    assert_eq!(wrong.len(), 1, "{wrong:?}");
    assert!(
        wrong[0].contains("m.toml:7:") && wrong[0].contains("audit_log"),
        "{wrong:?}"
    );
    let missing = problems(d, &m("table = \"tblClients\"")).await;
    assert!(
        missing.len() == 1
            && missing[0].contains("m.toml:6:")
            && missing[0].contains("no table \"tblClients\""),
        "{missing:?}"
    );
}

#[tokio::test]
async fn a_broken_dump_names_its_line_never_a_value() {
    let dir = util::tempdir();
    let dump = "CREATE TABLE people (id int, name varchar(20));\n\
                INSERT INTO people VALUES (1, 'Ann');\n\
                INSERT INTO people VALUES (2, Wojciechowska);\n";
    write(dir.path(), "bad.sql", dump);
    let m = "[source]\nname = \"x\"\nservice = \"X\"\nkind = \"dump\"\ndialect = \"mysql\"\npath = \"bad.sql\"\ntable = \"people\"\n\n[person]\nkey = \"{id}\"\ngiven_names = \"name\"\n";
    let p = load_project(&project(dir.path(), m)).unwrap();
    let e = extract_source(&p, 0).await.unwrap_err().to_string();
    assert!(e.contains("bad.sql line 3"), "{e}");
    assert!(!e.contains("Wojciechowska"), "{e}");
}

#[tokio::test]
async fn paths_take_environment_variables() {
    let dir = util::tempdir();
    let var = unique("ONEFAMILY_IT_ESTATE").to_uppercase();
    let m = format!(
        "[source]\nname = \"fs\"\nservice = \"Family Support\"\nkind = \"dump\"\npath = \"${{{var}}}/family_support.mssql.sql\"\ntable = \"tblClient\"\nignore_tables = [\"tblFamily\"]\n\n[person]\nkey = \"{{ClientID}}\"\ngiven_names = \"FirstName\"\nfamily_name = \"LastName\"\n"
    );
    let p = project(dir.path(), &m);
    let e = load_project(&p).unwrap_err().to_string();
    assert!(
        e.contains(&format!("environment variable {var} is not set")) && e.contains("m.toml:5"),
        "{e}"
    );
    std::env::set_var(&var, util::root().join("sample-data"));
    let x = extract(dir.path(), &m).await;
    assert!(x.rows_read > 1000);
    // The project file's own paths: decisions and link settings.
    let dvar = unique("ONEFAMILY_IT_DECISIONS").to_uppercase();
    write(
        dir.path(),
        "project.toml",
        &format!("[project]\nname = \"t\"\nsources = [\"m.toml\"]\nlink = \"${{{dvar}}}/link.toml\"\n\n[review]\ndecisions = \"${{{dvar}}}/decisions.csv\"\n"),
    );
    let e = load_project(&dir.path().join("project.toml"))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains(&format!("environment variable {dvar} is not set")),
        "{e}"
    );
    std::env::set_var(&dvar, util::root().join("mappings"));
    let p = load_project(&dir.path().join("project.toml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        p.decisions_file,
        util::root().join("mappings").join("decisions.csv")
    );
    assert_eq!(
        p.link_file,
        Some(util::root().join("mappings").join("link.toml"))
    );
}

#[tokio::test]
async fn conditional_records_are_neither_staged_nor_rejected() {
    let dir = util::tempdir();
    write(
        dir.path(),
        "contacts.csv",
        "id,fam,forename,surname,dob,share,outcome,eh_worker\n\
         1,F1,Ann,Smith,2010-01-01,Y,Referral,Jo Bloggs\n\
         2,F1,Bob,Smith,2011-02-02,N,NFA,\n\
         3,F2,Cat,Jones,2012-03-03, y ,Referred to EH,\n",
    );
    let m = r#"
[source]
name = "fd"
service = "Front door"
kind = "csv"
path = "contacts.csv"

[person]
key = "{id}"
family = "{fam}"
given_names = "forename"
family_name = "surname"
dob = { column = "dob", formats = ["%Y-%m-%d"] }

[[consent]]
key = "{id}-share"
person = "{id}"
when = { column = "share", equals = "Y" }
scope = { value = "information_sharing" }

[[referral]]
key = "{id}-ref"
when = { column = "outcome", in = ["Referral", "Referred to EH"] }

[[involvement]]
key = "{id}-eh"
when = { column = "eh_worker", not_blank = true }
worker = "eh_worker"
"#;
    let x = extract(dir.path(), m).await;
    let keys = |v: Vec<&str>| v.join(",");
    assert_eq!(
        keys(x.consents.iter().map(|c| c.key.as_str()).collect()),
        "1-share,3-share"
    );
    assert_eq!(
        keys(x.referrals.iter().map(|c| c.key.as_str()).collect()),
        "1-ref,3-ref"
    );
    assert_eq!(
        keys(x.involvements.iter().map(|c| c.key.as_str()).collect()),
        "1-eh"
    );
    assert_eq!(x.when_false, 4);
    assert!(x.rejects.is_empty(), "{:?}", x.rejects);
    assert_eq!((x.rows_read, x.rows_staged), (3, 3));
    // A `when` with two tests, or none, is a configuration error at its line.
    let bad = m.replace("equals = \"Y\" }", "equals = \"Y\", not_blank = true }");
    let e = load_project(&project(dir.path(), &bad))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("m.toml:18") && e.contains("exactly one test"),
        "{e}"
    );
}
