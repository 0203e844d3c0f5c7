//! Nothing lost, proven independently: the faults a new user meets (an
//! extra header column, an unterminated quote, a header-only file, a date
//! format that matches nothing, an unread sheet, an oversized cell, a
//! truncated file, a corrupt ODS cell, passwords full of URL characters, a
//! source that goes away mid-extract), each caught by the independent
//! count, a default gate, a coverage warning or the redaction layer.

use crate::util::{self, onefamily_env, text};
use onefamily::extract::extract_source;
use onefamily::mapping::load_project;
use onefamily::model::{RejectReason, SourceExtract};
use onefamily::pipeline::{RunOptions, RunResult};
use onefamily::report::gates::{Gates, RejectRate};
use onefamily::report::outcome::Verdict;
use std::path::Path;

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// `n` people, one a line, ids from `from`: `id,fam,forename,surname,dob`.
fn people(from: usize, n: usize) -> String {
    let given = ["Ava", "Ben", "Cara", "Dev", "Esme", "Finn", "Gus", "Hana"];
    let family = ["Ng", "Owen", "Patel", "Quinn", "Roe", "Shah", "Tait"];
    let mut s = String::new();
    for i in from..from + n {
        s.push_str(&format!(
            "{i},F{},{},\"{}, Jr\",{:02}/{:02}/20{:02}\n",
            i / 3,
            given[i % given.len()],
            family[i % family.len()],
            1 + i % 28,
            1 + i % 12,
            i % 20
        ));
    }
    s
}

const HEADER: &str = "id,fam,forename,surname,dob\n";

fn csv_mapping(name: &str, file: &str, dob_format: &str, extra: &str) -> String {
    format!(
        r#"[source]
name = "{name}"
service = "Family Support"
kind = "csv"
path = "{file}"
{extra}

[person]
key = "{{id}}"
family = "{{fam}}"
given_names = "forename"
family_name = "surname"
dob = {{ column = "dob", formats = ["{dob_format}"] }}
"#
    )
}

/// A project over `mappings` (file name → text) with an SQLite target in `dir`.
fn project(dir: &Path, mappings: &[(&str, String)], extra: &str) -> std::path::PathBuf {
    let names: Vec<String> = mappings.iter().map(|(n, _)| format!("{n:?}")).collect();
    write(
        dir,
        "project.toml",
        format!(
            "sources = [{}]\n\n[project]\nname = \"t\"\nreference_date = \"2026-01-01\"\n\n[target]\nurl = \"sqlite://unified.db\"\n{extra}",
            names.join(", ")
        ),
    );
    for (n, text) in mappings {
        write(dir, n, text);
    }
    dir.join("project.toml")
}

fn options(out: &Path, gates: &Gates) -> RunOptions {
    RunOptions {
        out: out.to_path_buf(),
        target: None,
        dry_run: false,
        model: None,
        ignore_decisions: false,
        gates: gates.clone(),
        stage: Default::default(),
        engine: Default::default(),
    }
}

async fn run(dir: &Path, gates: &Gates) -> RunResult {
    onefamily::pipeline::run(&dir.join("project.toml"), &options(&dir.join("out"), gates))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

async fn extract(dir: &Path) -> SourceExtract {
    let p = load_project(&dir.join("project.toml")).unwrap_or_else(|e| panic!("{e}"));
    extract_source(&p, 0)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

fn source<'r>(r: &'r RunResult, name: &str) -> &'r onefamily::report::SourceSection {
    r.report.sources.iter().find(|s| s.name == name).unwrap()
}

fn first_line(r: &RunResult) -> String {
    onefamily::report::summary(&r.report)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

/// A good source of 200 rows beside the broken one, so that an overall
/// `--max-reject-rate 5%` (the issue's run) would pass on the whole.
fn good(dir: &Path) -> (&'static str, String) {
    write(dir, "good.csv", format!("{HEADER}{}", people(1000, 200)));
    ("good.toml", csv_mapping("good", "good.csv", "%d/%m/%Y", ""))
}

fn five_percent() -> Gates {
    Gates {
        max_reject_rate: vec![RejectRate {
            source: None,
            rate: 0.05,
        }],
        ..Gates::default()
    }
}

#[tokio::test]
async fn an_extra_header_column_fails_the_run_and_says_which_source() {
    let dir = util::tempdir();
    let d = dir.path();
    write(
        d,
        "bad.csv",
        format!("id,fam,forename,surname,dob,notes\n{}", people(1, 8)),
    );
    let good = good(d);
    project(
        d,
        &[
            good,
            ("bad.toml", csv_mapping("bad", "bad.csv", "%d/%m/%Y", "")),
        ],
        "",
    );
    let r = run(d, &five_percent()).await;
    let bad = source(&r, "bad");
    assert_eq!(bad.rows_rejected, 8);
    assert!(!r.report.passed());
    assert_eq!(r.report.result, Verdict::FailedGates);
    for flag in [
        "fully_rejected",
        "over_reject_gate",
        "header_mismatch",
        "unread_data",
    ] {
        assert!(bad.problems.contains(&flag), "{:?}", bad.problems);
    }
    assert!(source(&r, "good").problems.is_empty());
    let failed: Vec<&str> = r
        .report
        .gates
        .iter()
        .filter(|g| !g.passed)
        .map(|g| g.name.as_str())
        .collect();
    assert!(failed.contains(&"bad: header fits the rows"), "{failed:?}");
    assert!(
        failed.contains(&"reject rate, source bad (project gate)"),
        "{failed:?}"
    );
    assert!(first_line(&r).starts_with("**Result: failed gates**"));
    let summary = onefamily::report::summary(&r.report);
    assert!(
        summary.lines().nth(1).unwrap().contains("**bad**"),
        "{summary}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&util::read(&d.join("out/report.json"))).unwrap();
    assert_eq!(json["result"], "failed_gates");
    // `check` sees the unread column too.
    let check = onefamily::extract::check(&d.join("project.toml"))
        .await
        .to_string();
    assert!(check.contains("\"notes\""), "{check}");
}

#[tokio::test]
async fn an_unterminated_quote_does_not_balance() {
    let dir = util::tempdir();
    let d = dir.path();
    // Without quotes elsewhere, the quote opened on line 31 runs to the end.
    let rows = people(1, 60).replace(", Jr", "").replace('"', "");
    let mut lines: Vec<&str> = rows.lines().collect();
    lines[29] = "30,F10,\"Gus,Patel,01/01/2015";
    write(d, "p.csv", format!("{HEADER}{}\n", lines.join("\n")));
    project(
        d,
        &[("p.toml", csv_mapping("p", "p.csv", "%d/%m/%Y", ""))],
        "",
    );
    let x = extract(d).await;
    assert!(x.balanced());
    assert_eq!(x.physical_rows, Some(60));
    assert!(x.rows_read < 60, "{}", x.rows_read);
    let at = x.integrity.parted_at.clone().expect("counts part");
    assert!(at.starts_with("line 32:"), "{at}");
    assert!(at.contains("never closed"), "{at}");
    let r = run(d, &five_percent()).await;
    assert_eq!(r.report.result, Verdict::NotBalanced);
    assert!(!r.report.reconciliation.balanced);
    assert!(first_line(&r).starts_with("**Result: not balanced**"));
    assert!(source(&r, "p").problems.contains(&"counts_part"));
    // A stray quote that pairs with the next quoted field: one row swallowed.
    let rows = people(1, 60);
    let mut lines: Vec<&str> = rows.lines().collect();
    lines[29] = "30,F10,Gus,\"Patel,01/01/2015";
    write(d, "p.csv", format!("{HEADER}{}\n", lines.join("\n")));
    let x = extract(d).await;
    assert!(x.balanced());
    assert_eq!((x.physical_rows, x.rows_read), (Some(60), 59));
    let at = x.integrity.parted_at.clone().expect("counts part");
    assert!(at.starts_with("line 32: 1 line(s) swallowed"), "{at}");
}

#[tokio::test]
async fn a_header_only_file_fails_the_empty_source_gate() {
    let dir = util::tempdir();
    let d = dir.path();
    write(d, "empty.csv", HEADER);
    let good = good(d);
    project(
        d,
        &[
            good,
            ("e.toml", csv_mapping("empty", "empty.csv", "%d/%m/%Y", "")),
        ],
        "",
    );
    let r = run(d, &five_percent()).await;
    assert_eq!(r.report.result, Verdict::FailedGates);
    assert_eq!(source(&r, "empty").problems, vec!["empty"]);
    let g = r
        .report
        .gates
        .iter()
        .find(|g| g.name == "source empty has rows")
        .unwrap();
    assert!(!g.passed);
    // Allowed on purpose, per source, in the project file.
    project(
        d,
        &[
            good_again(d),
            ("e.toml", csv_mapping("empty", "empty.csv", "%d/%m/%Y", "")),
        ],
        "\n[gates.sources.empty]\nallow_empty = true\n",
    );
    let r = run(d, &five_percent()).await;
    assert_eq!(r.report.result, Verdict::Passed, "{:#?}", r.report.gates);
}

fn good_again(d: &Path) -> (&'static str, String) {
    good(d)
}

#[tokio::test]
async fn a_date_format_that_matches_nothing_fails_the_parse_gate() {
    let dir = util::tempdir();
    let d = dir.path();
    write(d, "p.csv", format!("{HEADER}{}", people(1, 50)));
    project(
        d,
        &[("p.toml", csv_mapping("p", "p.csv", "%Y-%m-%d", ""))],
        "",
    );
    let r = run(d, &five_percent()).await;
    assert_eq!(source(&r, "p").rows_rejected, 0);
    let g = r
        .report
        .gates
        .iter()
        .find(|g| g.name == "p: person dob parses")
        .unwrap();
    assert!(!g.passed, "{g:?}");
    assert_eq!(g.value, "0.00% (0 of 50)");
    assert_eq!(r.report.result, Verdict::FailedGates);
    assert!(source(&r, "p").problems.contains(&"dates_unparsed"));
    // The right format passes the same gate.
    project(
        d,
        &[("p.toml", csv_mapping("p", "p.csv", "%d/%m/%Y", ""))],
        "",
    );
    let r = run(d, &five_percent()).await;
    assert_eq!(r.report.result, Verdict::Passed, "{:#?}", r.report.gates);
}

fn workbook(path: &Path, extra_sheet: bool, big: Option<usize>) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("People").unwrap();
    for (c, h) in ["id", "fam", "forename", "surname", "dob"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for i in 1..=20u32 {
        ws.write_number(i, 0, f64::from(i)).unwrap();
        ws.write_string(i, 1, format!("F{}", i / 2)).unwrap();
        ws.write_string(i, 2, "Ava").unwrap();
        ws.write_string(i, 3, "Ng").unwrap();
        ws.write_string(i, 4, format!("{:02}/03/2015", i)).unwrap();
    }
    if let Some(n) = big {
        ws.write_string(7, 3, "x".repeat(n)).unwrap();
    }
    if extra_sheet {
        let a = wb.add_worksheet().set_name("Archive").unwrap();
        for i in 0..6u32 {
            a.write_string(i, 0, format!("row {i}")).unwrap();
        }
    }
    wb.save(path).unwrap();
}

fn sheet_mapping(extra: &str) -> String {
    format!(
        r#"[source]
name = "wb"
service = "Family Support"
kind = "xlsx"
path = "wb.xlsx"
sheet = "People"
{extra}

[person]
key = "{{id}}"
family = "{{fam}}"
given_names = "forename"
family_name = "surname"
dob = {{ column = "dob", formats = ["%d/%m/%Y"] }}
"#
    )
}

#[tokio::test]
async fn an_unread_sheet_is_a_warning_and_a_check_problem() {
    let dir = util::tempdir();
    let d = dir.path();
    workbook(&d.join("wb.xlsx"), true, None);
    project(d, &[("wb.toml", sheet_mapping(""))], "");
    let x = extract(d).await;
    assert_eq!(x.physical_rows, Some(20));
    assert_eq!(x.integrity.parted_at, None);
    let archive = x
        .integrity
        .sheets
        .iter()
        .find(|s| s.name == "Archive")
        .unwrap();
    assert_eq!((archive.rows, archive.status), (6, "unread"));
    let r = run(d, &five_percent()).await;
    assert!(source(&r, "wb").problems.contains(&"unread_data"));
    assert!(
        r.report
            .warnings
            .iter()
            .any(|w| w.contains("\"Archive\" (6 rows)")),
        "{:?}",
        r.report.warnings
    );
    let check = onefamily::extract::check(&d.join("project.toml")).await;
    assert!(check.to_string().contains("Archive"), "{check}");
    assert!(check.problems() > 0);
    // Ignored on purpose: no warning, no problem.
    project(
        d,
        &[("wb.toml", sheet_mapping("ignore_sheets = [\"Archive\"]"))],
        "",
    );
    let r = run(d, &five_percent()).await;
    assert!(r.report.warnings.is_empty(), "{:?}", r.report.warnings);
    assert_eq!(
        onefamily::extract::check(&d.join("project.toml"))
            .await
            .problems(),
        0
    );
}

#[tokio::test]
async fn an_oversized_cell_is_a_reject_not_a_string_in_memory() {
    let dir = util::tempdir();
    let d = dir.path();
    // CSV at the default limit: a 3 MB cell on line 5.
    let rows = people(1, 10);
    let mut lines: Vec<String> = rows.lines().map(str::to_string).collect();
    lines[3] = format!("4,F1,Ava,\"{}\",01/01/2015", "x".repeat(3 << 20));
    write(d, "p.csv", format!("{HEADER}{}\n", lines.join("\n")));
    project(
        d,
        &[("p.toml", csv_mapping("p", "p.csv", "%d/%m/%Y", ""))],
        "",
    );
    let x = extract(d).await;
    assert!(x.balanced());
    assert_eq!(
        (x.rows_read, x.rows_rejected, x.physical_rows),
        (10, 1, Some(10))
    );
    assert_eq!(x.integrity.parted_at, None);
    assert_eq!(x.rejects[0].reason, RejectReason::CellTooLarge);
    assert_eq!(x.rejects[0].position.row, 5);
    assert_eq!(x.rejects[0].reason.as_str(), "cell_too_large");
    // A spreadsheet cell over a configured limit.
    workbook(&d.join("wb.xlsx"), false, Some(5000));
    project(
        d,
        &[("wb.toml", sheet_mapping(""))],
        "\n[limits]\nmax_cell_bytes = 4096\n",
    );
    let x = extract(d).await;
    assert!(x.balanced());
    assert_eq!(x.rows_rejected, 1);
    assert_eq!(x.rejects[0].reason, RejectReason::CellTooLarge);
    assert_eq!(x.rejects[0].position.row, 8);
}

/// Ten truncation points drawn from a fixed seed: every row of the cut
/// file is staged, skipped or rejected, and rows read agree with the
/// independent count.
#[tokio::test]
async fn a_file_truncated_at_ten_random_points_loses_nothing() {
    let dir = util::tempdir();
    let d = dir.path();
    let full = format!("{HEADER}{}", people(1, 120));
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..10 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let cut = HEADER.len() + (state % (full.len() - HEADER.len()) as u64) as usize;
        write(d, "p.csv", &full.as_bytes()[..cut]);
        project(
            d,
            &[("p.toml", csv_mapping("p", "p.csv", "%d/%m/%Y", ""))],
            "",
        );
        let x = extract(d).await;
        let lines = full[..cut].lines().count() as u64 - 1;
        assert!(x.balanced(), "cut at {cut}");
        assert_eq!(x.physical_rows, Some(lines), "cut at {cut}");
        assert_eq!(x.rows_read, lines, "cut at {cut}");
        assert_eq!(x.integrity.parted_at, None, "cut at {cut}");
    }
}

/// An ODS file whose row holds a date of birth outside any cell: calamine's
/// error quotes the XML it found; the message must not.
#[tokio::test]
async fn a_corrupt_ods_cell_holding_a_date_of_birth_is_not_echoed() {
    use std::io::Write as _;
    let dir = util::tempdir();
    let d = dir.path();
    let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="People"><table:table-row><table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell></table:table-row><table:table-row>2011-04-05<table:table-cell office:value-type="string"><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
    let file = std::fs::File::create(d.join("p.ods")).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
    let mapping = r#"[source]
name = "ods"
service = "Parenting"
kind = "ods"
path = "p.ods"

[person]
key = "{id}"
"#;
    project(d, &[("m.toml", mapping.to_string())], "");
    let p = load_project(&d.join("project.toml")).unwrap();
    let e = extract_source(&p, 0).await.unwrap_err().to_string();
    assert!(e.contains("source ods"), "{e}");
    for value in ["2011-04-05", "2011", "05/04/2011"] {
        assert!(!e.contains(value), "{e}");
    }
}

const PASSWORD: &str = "p/a@s:s w";

fn assert_no_password(text: &str) {
    for piece in [PASSWORD, "p/a@s", "s:s w", "p%2Fa%40s%3As%20w"] {
        assert!(!text.contains(piece), "{piece:?} in {text}");
    }
}

fn server_mapping(kind: &str, table: &str) -> String {
    format!(
        r#"[source]
name = "srv"
service = "Youth Offending"
kind = "{kind}"
url = "${{ONEFAMILY_IT_NL_URL}}"
table = "{table}"
tls = false

[person]
key = "{{id}}"
given_names = "forename"
"#
    )
}

async fn extract_error(kind: &str, url: &str, table: &str) -> String {
    let dir = util::tempdir();
    std::env::set_var("ONEFAMILY_IT_NL_URL", url);
    project(dir.path(), &[("m.toml", server_mapping(kind, table))], "");
    let p = load_project(&dir.path().join("project.toml")).unwrap_or_else(|e| panic!("{e}"));
    extract_source(&p, 0).await.unwrap_err().to_string()
}

/// A password holding `/`, `@`, `:` and a space, in MySQL, PostgreSQL and
/// SQL Server connection strings: the URL still parses (the server is
/// reached: the missing table is named) and the password is never printed,
/// in errors, `check` or `--help`.
#[tokio::test]
async fn passwords_with_url_characters_are_never_printed() {
    use sqlx::{ConnectOptions, Executor};
    // A MariaDB user with that password, so that a parse that split the URL
    // wrongly could not connect.
    let user = format!("of_nl_{}", std::process::id());
    let opts: sqlx::mysql::MySqlConnectOptions = util::MARIADB_URL.parse().unwrap();
    let mut conn = opts.connect().await.expect("MariaDB (make services)");
    let _ = conn
        .execute(sqlx::AssertSqlSafe(format!(
            "DROP USER IF EXISTS '{user}'@'%'"
        )))
        .await;
    conn.execute(sqlx::AssertSqlSafe(format!(
        "CREATE USER '{user}'@'%' IDENTIFIED BY '{PASSWORD}'"
    )))
    .await
    .unwrap();
    conn.execute(sqlx::AssertSqlSafe(format!(
        "GRANT SELECT ON test.* TO '{user}'@'%'"
    )))
    .await
    .unwrap();
    let cases = [
        (
            "mysql",
            format!("mysql://{user}:{PASSWORD}@127.0.0.1:3306/test"),
            true,
        ),
        (
            "mysql",
            format!("mysql://root:{PASSWORD}@127.0.0.1:1/test"),
            false,
        ),
        // Trust authentication: the password is carried, not checked.
        (
            "postgres",
            format!("postgres://postgres:{PASSWORD}@127.0.0.1:5432/test"),
            true,
        ),
        (
            "postgres",
            format!("postgres://postgres:{PASSWORD}@127.0.0.1:1/test"),
            false,
        ),
        (
            "sqlserver",
            format!(
                "server=tcp:127.0.0.1,1;user id=sa;password={PASSWORD};TrustServerCertificate=true"
            ),
            false,
        ),
    ];
    for (kind, url, reaches) in &cases {
        let e = extract_error(kind, url, "of_nl_no_such_table").await;
        assert_no_password(&e);
        assert!(e.contains("source srv"), "{e}");
        if *reaches {
            assert!(e.contains("of_nl_no_such_table"), "{kind}: {e}");
        }
    }
    let _ = conn
        .execute(sqlx::AssertSqlSafe(format!("DROP USER '{user}'@'%'")))
        .await;
    // The binary: a target URL with that password, in an error and in --help.
    let target = format!("postgres://postgres:{PASSWORD}@127.0.0.1:1/test");
    let dir = util::tempdir();
    let out = dir.path().join("out");
    let o = onefamily_env(
        &[
            "--quiet",
            "run",
            "--project",
            "mappings/project.toml",
            "--out",
            out.to_str().unwrap(),
        ],
        &[("ONEFAMILY_TARGET", &target)],
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert_no_password(&text(&o));
    let o = onefamily_env(&["run", "--help"], &[("ONEFAMILY_TARGET", &target)]);
    assert_no_password(&text(&o));
}

/// `check` on a code mapping pointed at a column of forenames gives the
/// count, not the names.
#[tokio::test]
async fn check_does_not_list_names_as_unmapped_codes() {
    let dir = util::tempdir();
    let d = dir.path();
    write(d, "p.csv", format!("{HEADER}{}", people(1, 30)));
    let mapping = csv_mapping("p", "p.csv", "%d/%m/%Y", "")
        + "sex = { column = \"forename\", codes = { \"1\" = \"M\", \"2\" = \"F\" } }\n";
    project(d, &[("p.toml", mapping)], "");
    let check = onefamily::extract::check(&d.join("project.toml"))
        .await
        .to_string();
    assert!(check.contains("30 value(s)"), "{check}");
    for name in ["Ava", "Ben", "Cara", "Esme"] {
        assert!(!check.contains(name), "{name} in {check}");
    }
}

/// A MariaDB source killed mid-query (`KILL` from a second connection):
/// a clear error, and nothing written to the target.
#[tokio::test]
async fn a_source_that_goes_away_mid_extract_writes_nothing() {
    use sqlx::{ConnectOptions, Executor};
    let table = format!("of_nl_gone_{}", std::process::id());
    let opts: sqlx::mysql::MySqlConnectOptions = util::MARIADB_URL.parse().unwrap();
    let mut conn = opts.connect().await.expect("MariaDB (make services)");
    conn.execute(sqlx::AssertSqlSafe(format!("DROP TABLE IF EXISTS {table}")))
        .await
        .unwrap();
    conn.execute(sqlx::AssertSqlSafe(format!(
        "CREATE TABLE {table} (id INT PRIMARY KEY, forename VARCHAR(20))"
    )))
    .await
    .unwrap();
    let values: Vec<String> = (1..=40).map(|i| format!("({i}, 'Ava')")).collect();
    conn.execute(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} VALUES {}",
        values.join(",")
    )))
    .await
    .unwrap();
    let dir = util::tempdir();
    let d = dir.path();
    std::env::set_var("ONEFAMILY_IT_NL_GONE_URL", util::MARIADB_URL);
    let mapping = format!(
        r#"[source]
name = "srv"
service = "Youth Offending"
kind = "mysql"
url = "${{ONEFAMILY_IT_NL_GONE_URL}}"
query = "SELECT id, forename FROM {table} WHERE SLEEP(0.25) = 0"
tls = false

[person]
key = "{{id}}"
given_names = "forename"
"#
    );
    project(d, &[("m.toml", mapping)], "");
    // Find the slow query and kill its connection, from a second one.
    let pattern = format!("%FROM {table} WHERE SLEEP%");
    let killer = tokio::spawn(async move {
        for _ in 0..100 {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            let ids: Vec<i64> = sqlx::query_scalar(
                "SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE ?",
            )
            .bind(&pattern)
            .fetch_all(&mut conn)
            .await
            .unwrap();
            if let Some(id) = ids.first() {
                conn.execute(sqlx::AssertSqlSafe(format!("KILL {id}")))
                    .await
                    .unwrap();
                return (true, conn);
            }
        }
        (false, conn)
    });
    let result = onefamily::pipeline::run(
        &d.join("project.toml"),
        &options(&d.join("out"), &Gates::default()),
    )
    .await;
    let (killed, mut conn) = killer.await.unwrap();
    conn.execute(sqlx::AssertSqlSafe(format!("DROP TABLE {table}")))
        .await
        .unwrap();
    assert!(killed, "the query was never seen running");
    let e = match result {
        Ok(_) => panic!("the run finished though its source went away"),
        Err(e) => e.to_string(),
    };
    assert!(e.contains("source srv"), "{e}");
    // Nothing written: no target, or one with no rows.
    let db = d.join("unified.db");
    if db.exists() {
        let url = format!("sqlite://{}", db.display());
        let mut t = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(&db)
            .connect()
            .await
            .unwrap_or_else(|e| panic!("{url}: {e}"));
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'person'",
        )
        .fetch_all(&mut t)
        .await
        .unwrap();
        if !tables.is_empty() {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM person")
                .fetch_one(&mut t)
                .await
                .unwrap();
            assert_eq!(n, 0);
        }
    }
}
