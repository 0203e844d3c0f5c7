//! Extraction, source kind by source kind, including the bad inputs a real
//! estate holds: each gives a clear error or a row-level reject, never a
//! panic, and never a row dropped without a reason.

use crate::util;
use onefamily::extract::{extract_all, extract_source};
use onefamily::mapping::{load_project, Project};
use onefamily::model::{RejectReason, SkipReason, SourceExtract};
use std::path::Path;

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// A project with one mapping file.
fn project(dir: &Path, mapping: &str) -> Project {
    project_with(dir, mapping, "")
}

/// A project with one mapping file and `extra` project settings.
fn project_with(dir: &Path, mapping: &str, extra: &str) -> Project {
    write(
        dir,
        "project.toml",
        format!("[project]\nname = \"t\"\nreference_date = \"2026-01-01\"\nsources = [\"m.toml\"]\n{extra}"),
    );
    write(dir, "m.toml", mapping);
    load_project(&dir.join("project.toml")).unwrap_or_else(|e| panic!("{e}"))
}

async fn extract_one(dir: &Path, mapping: &str) -> onefamily::Result<SourceExtract> {
    let p = project(dir, mapping);
    extract_source(&p, 0).await
}

fn assert_balanced(x: &SourceExtract) {
    assert!(
        x.balanced(),
        "read {} != staged {} + skipped {} + rejected {}",
        x.rows_read,
        x.rows_staged,
        x.skipped.len(),
        x.rows_rejected
    );
}

const CSV_MAPPING: &str = r#"
[source]
name = "cc"
service = "Children's Centres"
kind = "csv"
path = "people.csv"

[person]
key = "id"
family = "{fam}"
given_names = "forename"
family_name = "surname"
dob = { column = "dob", formats = ["%d/%m/%Y", "%Y-%m-%d"] }
sex = { column = "sex", codes = { "1" = "M", "2" = "F" } }

[[involvement]]
key = "{id}-cc"
"#;

const CSV: &str = "Children's Centre export,,,,\n\
Printed 2026-01-01,,,,\n\
id,fam,forename,surname,dob,sex,note\n\
1,F1,Ann,Smith,03/04/2015,2,\"two\nlines\"\n\
2,F1,Bob,Smith,1980-01-02,1,\n\
,,,,,,\n\
3,F2,,,,1,\n\
1,F9,Dup,Dup,01/01/2000,2,\n\
4,F3,Cat,Jones,31/02/2015,9,\n\
5,F3,Dan\n\
,F4,Eve,Evans,01/01/2001,2,\n\
Total,5,,,,,\n";

#[tokio::test]
async fn csv_rows_skips_and_rejects() {
    let dir = util::tempdir();
    // With a byte-order mark, as Excel writes "CSV UTF-8".
    write(
        dir.path(),
        "people.csv",
        [b"\xef\xbb\xbf".as_slice(), CSV.as_bytes()].concat(),
    );
    let x = extract_one(dir.path(), CSV_MAPPING).await.unwrap();
    assert_balanced(&x);
    assert_eq!((x.rows_read, x.rows_staged, x.rows_rejected), (9, 3, 4));
    let keys: Vec<_> = x
        .persons
        .iter()
        .map(|p| (p.key.as_str(), p.position.row))
        .collect();
    // Positions are line numbers; Ann's record spans lines 4-5.
    assert_eq!(keys, [("1", 4), ("2", 6), ("4", 10)]);
    let ann = &x.persons[0];
    assert_eq!(ann.family_key.as_deref(), Some("F1"));
    assert_eq!(ann.sex.as_ref().unwrap().code.as_deref(), Some("F"));
    assert_eq!(
        ann.dob.as_ref().unwrap().date.unwrap().to_string(),
        "2015-04-03"
    );
    assert_eq!(ann.row_hash.len(), 64);
    assert_ne!(ann.row_hash, x.persons[1].row_hash);
    // A code with no entry is kept raw.
    let cat = &x.persons[2];
    assert_eq!(
        (
            cat.sex.as_ref().unwrap().raw.as_str(),
            cat.sex.as_ref().unwrap().code.as_deref()
        ),
        ("9", None)
    );
    let skips: Vec<_> = x.skipped.iter().map(|(p, r)| (p.row, *r)).collect();
    assert_eq!(
        skips,
        [(7, SkipReason::BlankRow), (13, SkipReason::TotalsRow)]
    );
    let rejects: Vec<_> = x
        .rejects
        .iter()
        .map(|r| (r.position.row, r.reason))
        .collect();
    assert_eq!(
        rejects,
        [
            (8, RejectReason::NoIdentifyingData),
            (9, RejectReason::DuplicateKey),
            (11, RejectReason::MalformedRow),
            (12, RejectReason::MissingKey),
        ]
    );
    assert_eq!(x.rejects[1].key.as_deref(), Some("1"));
    assert_eq!(x.involvements.len(), 3);
    assert_eq!(x.involvements[0].person_key.as_deref(), Some("1"));
    assert_eq!(x.involvements[0].family_key.as_deref(), Some("F1"));
    assert_eq!(x.involvements[0].service, "Children's Centres");
}

#[tokio::test]
async fn csv_encodings() {
    let dir = util::tempdir();
    let d = dir.path();
    write(d, "people.csv", b"id,forename\n1,Zo\xe9\n");
    let mapping = |enc: &str| {
        format!("[source]\nname = \"e\"\nservice = \"S\"\nkind = \"csv\"\npath = \"people.csv\"\n{enc}\n[person]\nkey = \"id\"\ngiven_names = \"forename\"\n")
    };
    let x = extract_one(d, &mapping("encoding = \"windows-1252\""))
        .await
        .unwrap();
    assert_eq!(x.persons[0].given_names.as_deref(), Some("Zoé"));

    // Declared UTF-8 (the default): the file and line are named, the value is not.
    let e = extract_one(d, &mapping("")).await.unwrap_err().to_string();
    assert!(
        e.contains("people.csv") && e.contains("line 2") && e.contains("UTF-8"),
        "{e}"
    );
    assert!(!e.contains("Zo"), "{e}");

    // Bytes that are not valid Shift_JIS on line 3.
    write(d, "people.csv", b"id,forename\n1,a\n2,\x81\n");
    let e = extract_one(d, &mapping("encoding = \"shift_jis\""))
        .await
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("people.csv") && e.contains("line 3") && e.contains("Shift_JIS"),
        "{e}"
    );
}

#[tokio::test]
async fn csv_empty_file_and_missing_pieces() {
    let dir = util::tempdir();
    let d = dir.path();
    write(d, "people.csv", "");
    let e = extract_one(d, CSV_MAPPING).await.unwrap_err().to_string();
    assert!(e.contains("source cc") && e.contains("empty"), "{e}");

    std::fs::remove_file(d.join("people.csv")).unwrap();
    let e = extract_one(d, CSV_MAPPING).await.unwrap_err().to_string();
    assert!(e.contains("people.csv"), "{e}");

    // A header without the mapped `sex` column: named.
    write(
        d,
        "people.csv",
        "id,fam,forename,surname,dob\n1,F,A,B,01/01/2000\n",
    );
    let e = extract_one(d, CSV_MAPPING).await.unwrap_err().to_string();
    assert!(e.contains("\"sex\""), "{e}");
}

#[tokio::test]
async fn csv_identical_repeat_keeps_the_referral() {
    // A referral table repeating the child's details on every referral.
    let dir = util::tempdir();
    let d = dir.path();
    write(d, "r.csv", "ref,id,name,date\nR1,7,Ann Smith,01/02/2020\nR2,7,Ann Smith,01/03/2021\nR2,7,Ann Smith,01/03/2021\nR3,7,Ann Smyth,01/04/2021\n");
    let x = extract_one(
        d,
        "[source]\nname = \"r\"\nservice = \"S\"\nkind = \"csv\"\npath = \"r.csv\"\n[person]\nkey = \"id\"\nname = \"name\"\n[[referral]]\nkey = \"ref\"\ndate = { column = \"date\", formats = [\"%d/%m/%Y\"] }\n",
    )
    .await
    .unwrap();
    assert_balanced(&x);
    assert_eq!(x.persons.len(), 1);
    assert_eq!(
        x.referrals
            .iter()
            .map(|r| r.key.as_str())
            .collect::<Vec<_>>(),
        ["R1", "R2"]
    );
    assert_eq!(x.referrals[1].person_key.as_deref(), Some("7"));
    // Row 4 repeats R2 (duplicate referral key); row 5 holds a different
    // person under key 7: both rejected, with reasons.
    let rejects: Vec<_> = x
        .rejects
        .iter()
        .map(|r| (r.position.row, r.reason))
        .collect();
    assert_eq!(
        rejects,
        [
            (4, RejectReason::DuplicateKey),
            (4, RejectReason::DuplicateKey),
            (5, RejectReason::DuplicateKey)
        ]
    );
    assert_eq!((x.rows_staged, x.rows_rejected), (2, 2));
}

fn tracker_xlsx(path: &Path) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut wb = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let ws = wb.add_worksheet();
    ws.set_name("Tracker").unwrap();
    ws.write_string(0, 0, "Supporting Families tracker 2025")
        .unwrap();
    let header = [
        "Family Ref",
        "Member 1 Forename",
        "Member 1 Surname",
        "Member 1 DOB",
        "Member 1 NHS",
        "Member 2 Forename",
        "Member 2 Surname",
        "Member 2 DOB",
        "Member 2 NHS",
        "Start",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    // Row 4: two members; an NHS number typed as a number; a date cell and
    // a bare Excel serial.
    ws.write_string(3, 0, "FR1").unwrap();
    ws.write_string(3, 1, "Ann").unwrap();
    ws.write_string(3, 2, "Smith").unwrap();
    ws.write_datetime_with_format(3, 3, ExcelDateTime::from_ymd(2015, 4, 3).unwrap(), &date)
        .unwrap();
    ws.write_number(3, 4, 9434765919.0).unwrap();
    ws.write_string(3, 5, "Bob").unwrap();
    ws.write_string(3, 6, "Smith").unwrap();
    ws.write_number(3, 7, 29000.0).unwrap();
    ws.write_datetime_with_format(3, 9, ExcelDateTime::from_ymd(2024, 1, 15).unwrap(), &date)
        .unwrap();
    // Row 5 blank; row 6 one member with a text date; row 7 totals.
    ws.write_string(5, 0, "FR2").unwrap();
    ws.write_string(5, 1, "Cat").unwrap();
    ws.write_string(5, 2, "Jones").unwrap();
    ws.write_string(5, 3, "03/04/2016").unwrap();
    ws.write_string(6, 0, "Total").unwrap();
    ws.write_number(6, 1, 2.0).unwrap();

    let ws = wb.add_worksheet();
    ws.set_name("Members").unwrap();
    for (c, h) in ["Family", "Forename", "Surname"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.merge_range(1, 0, 2, 0, "F9", &Format::new()).unwrap();
    for (r, (f, s)) in [("Ann", "Smith"), ("Bob", "Smith"), ("Cat", "Jones")]
        .iter()
        .enumerate()
    {
        ws.write_string(r as u32 + 1, 1, *f).unwrap();
        ws.write_string(r as u32 + 1, 2, *s).unwrap();
    }
    wb.save(path).unwrap();
}

const TRACKER_MAPPING: &str = r#"
[source]
name = "sf"
service = "Supporting Families"
kind = "xlsx"
path = "tracker.xlsx"
sheet = "Tracker"

[person]
key = "{Family Ref}#{n}"
family = "{Family Ref}"
given_names = "Member {n} Forename"
family_name = "Member {n} Surname"
dob = { column = "Member {n} DOB", formats = ["%d/%m/%Y", "excel"] }
nhs_number = "Member {n} NHS"

[person.repeat]
slots = 2
when_any = ["Member {n} Forename", "Member {n} Surname"]

[[involvement]]
key = "{Family Ref}-sf"
family = "{Family Ref}"
start = { column = "Start", formats = ["%d/%m/%Y"] }
"#;

#[tokio::test]
async fn xlsx_repeated_columns_titles_and_numbers() {
    let dir = util::tempdir();
    let d = dir.path();
    tracker_xlsx(&d.join("tracker.xlsx"));
    let x = extract_one(d, TRACKER_MAPPING).await.unwrap();
    assert_balanced(&x);
    assert_eq!((x.rows_read, x.rows_staged, x.rows_rejected), (4, 2, 0));
    let skips: Vec<_> = x.skipped.iter().map(|(p, r)| (p.row, *r)).collect();
    assert_eq!(
        skips,
        [(5, SkipReason::BlankRow), (7, SkipReason::TotalsRow)]
    );
    let ps: Vec<_> = x
        .persons
        .iter()
        .map(|p| {
            (
                p.key.as_str(),
                p.position.sheet.as_str(),
                p.position.row,
                p.position.slot,
            )
        })
        .collect();
    assert_eq!(
        ps,
        [
            ("FR1#1", "Tracker", 4, Some(1)),
            ("FR1#2", "Tracker", 4, Some(2)),
            ("FR2#1", "Tracker", 6, Some(1))
        ]
    );
    assert_eq!(x.persons[0].nhs_number.as_deref(), Some("9434765919"));
    assert_eq!(x.persons[0].family_key.as_deref(), Some("FR1"));
    assert_eq!(
        x.persons[0].dob.as_ref().unwrap().date.unwrap().to_string(),
        "2015-04-03"
    );
    // Excel serial 29000 is 25 May 1979.
    assert_eq!(
        x.persons[1].dob.as_ref().unwrap().date.unwrap().to_string(),
        "1979-05-25"
    );
    assert_eq!(
        x.persons[2].dob.as_ref().unwrap().date.unwrap().to_string(),
        "2016-04-03"
    );
    assert_ne!(x.persons[0].row_hash, x.persons[1].row_hash);
    let inv: Vec<_> = x
        .involvements
        .iter()
        .map(|i| (i.key.as_str(), i.family_key.as_deref()))
        .collect();
    assert_eq!(inv, [("FR1-sf", Some("FR1")), ("FR2-sf", Some("FR2"))]);
    assert_eq!(
        x.involvements[0]
            .start
            .as_ref()
            .unwrap()
            .date
            .unwrap()
            .to_string(),
        "2024-01-15"
    );
}

#[tokio::test]
async fn xlsx_merged_cells_fill_their_region_only() {
    let dir = util::tempdir();
    let d = dir.path();
    tracker_xlsx(&d.join("tracker.xlsx"));
    let x = extract_one(
        d,
        "[source]\nname = \"m\"\nservice = \"S\"\nkind = \"xlsx\"\npath = \"tracker.xlsx\"\nsheet = \"members\"\n[person]\nkey = \"Forename\"\nfamily = \"{Family}\"\ngiven_names = \"Forename\"\n",
    )
    .await
    .unwrap();
    let fams: Vec<_> = x.persons.iter().map(|p| p.family_key.as_deref()).collect();
    assert_eq!(fams, [Some("F9"), Some("F9"), None]);
}

#[tokio::test]
async fn xlsx_missing_sheet_column_and_corrupt_file() {
    let dir = util::tempdir();
    let d = dir.path();
    tracker_xlsx(&d.join("tracker.xlsx"));
    let e = extract_one(
        d,
        &TRACKER_MAPPING.replace("sheet = \"Tracker\"", "sheet = \"Tracker 2024\""),
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("Tracker 2024") && e.contains("tracker.xlsx"),
        "{e}"
    );

    let e = extract_one(d, &TRACKER_MAPPING.replace("\"Start\"", "\"Start Date\""))
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("Start Date") && e.contains("Tracker"), "{e}");

    // Truncated in the middle of the zip, and not a zip at all.
    let bytes = std::fs::read(d.join("tracker.xlsx")).unwrap();
    write(d, "tracker.xlsx", &bytes[..bytes.len() / 2]);
    let e = extract_one(d, TRACKER_MAPPING)
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("source sf") && e.contains("tracker.xlsx"), "{e}");
    write(d, "tracker.xlsx", "id,name\n1,Ann\n");
    let e = extract_one(d, TRACKER_MAPPING)
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("tracker.xlsx") && !e.contains("Ann"), "{e}");
}

async fn people_db(path: &Path) {
    use sqlx::ConnectOptions;
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .connect()
        .await
        .unwrap();
    sqlx::query("CREATE TABLE people (id INTEGER PRIMARY KEY, fam TEXT, forename TEXT, surname TEXT, dob TEXT, sex INTEGER)")
        .execute(&mut conn)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO people VALUES (1, 'H1', 'Ann', 'Smith', '2015-04-03', 2), (2, 'H1', 'Bob', 'Smith', '1980-01-02', 1), \
         (3, 'H2', x'00ff', 'Jones', '2001-01-01', 2), (4, 'H2', NULL, NULL, NULL, 1)",
    )
    .execute(&mut conn)
    .await
    .unwrap();
}

const DB_MAPPING: &str = r#"
[source]
name = "db"
service = "S"
kind = "sqlite"
path = "people.db"
table = "people"

[person]
key = "{id}"
family = "{fam}"
given_names = "forename"
family_name = "surname"
dob = { column = "dob", formats = ["%Y-%m-%d"] }
sex = { column = "sex", codes = { "1" = "M", "2" = "F" } }
"#;

#[tokio::test]
async fn sqlite_rows_and_a_cell_of_the_wrong_type() {
    let dir = util::tempdir();
    let d = dir.path();
    people_db(&d.join("people.db")).await;
    let x = extract_one(d, DB_MAPPING).await.unwrap();
    assert_balanced(&x);
    let ps: Vec<_> = x
        .persons
        .iter()
        .map(|p| (p.key.as_str(), p.position.sheet.as_str(), p.position.row))
        .collect();
    assert_eq!(ps, [("1", "people", 1), ("2", "people", 2)]);
    assert_eq!(
        x.persons[0].sex.as_ref().unwrap().code.as_deref(),
        Some("F")
    );
    let rejects: Vec<_> = x
        .rejects
        .iter()
        .map(|r| (r.position.row, r.reason, r.column.as_deref()))
        .collect();
    assert_eq!(
        rejects,
        [
            (3, RejectReason::UnreadableCell, Some("forename")),
            (4, RejectReason::NoIdentifyingData, None)
        ]
    );

    let e = extract_one(
        d,
        &DB_MAPPING.replace("table = \"people\"", "table = \"persons\""),
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(e.contains("\"persons\"") && e.contains("people.db"), "{e}");

    write(d, "people.db", "this is not a database");
    let e = extract_one(d, DB_MAPPING).await.unwrap_err().to_string();
    assert!(e.contains("people.db"), "{e}");
}

#[tokio::test]
async fn extract_all_keeps_project_order() {
    let dir = util::tempdir();
    let d = dir.path();
    write(d, "people.csv", CSV);
    people_db(&d.join("people.db")).await;
    write(d, "a.toml", CSV_MAPPING);
    write(d, "b.toml", DB_MAPPING);
    write(
        d,
        "project.toml",
        "[project]\nname = \"t\"\nsources = [\"b.toml\", \"a.toml\"]\n",
    );
    let p = load_project(&d.join("project.toml")).unwrap();
    let all = extract_all(&p).await.unwrap();
    assert_eq!(all.iter().map(|x| x.source).collect::<Vec<_>>(), [0, 1]);
    assert_eq!(all[0].persons[0].key, "1");
    assert_eq!(all[1].rows_read, 9);
}

/// The repository's own mapping files load without a problem.
#[test]
fn repository_mappings_load() {
    let p =
        load_project(&util::root().join("mappings/project.toml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(p.sources.len(), 8);
}

/// `check` on tests/fixtures/broken lists every planted problem, each with
/// its file and line, in one run; and never shows a password or a value.
#[tokio::test]
async fn check_lists_every_planted_problem() {
    let dir = util::tempdir();
    let d = dir.path();
    for entry in std::fs::read_dir(util::root().join("tests/fixtures/broken")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), d.join(entry.file_name())).unwrap();
    }
    {
        use sqlx::ConnectOptions;
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(d.join("people.db"))
            .create_if_missing(true)
            .connect()
            .await
            .unwrap();
        sqlx::query("CREATE TABLE people (id INTEGER, forename TEXT)")
            .execute(&mut conn)
            .await
            .unwrap();
        sqlx::query("INSERT INTO people VALUES (1, 'Ann'), (2, x'00ff')")
            .execute(&mut conn)
            .await
            .unwrap();
    }
    tracker_xlsx(&d.join("tracker.xlsx"));
    std::env::set_var(
        "ONEFAMILY_BROKEN_MYSQL_URL",
        "mysql://root:Sekr1tPw@127.0.0.1:1/x",
    );

    let report = onefamily::extract::check(&d.join("project.toml")).await;
    let text = report.to_string();
    let lines: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    let expect = [
        ("project.toml:4", "reference_date"),
        ("project.toml:", "gone.toml"),
        ("unknown_key.toml:6", "unknown field `tabel`"),
        ("missing_file.toml:6", "no_such_export.csv"),
        ("columns.toml:11", "\"surname\" not found"),
        ("columns.toml:12", "\"postcode\" not found"),
        (
            "values.toml:11",
            "2 value(s) match none of the declared formats (first at row 3, row 4)",
        ),
        ("values.toml:12", "\"X\" (1)"),
        ("env_unset.toml:6", "ONEFAMILY_BROKEN_NOT_SET is not set"),
        ("server_down.toml:7", "127.0.0.1"),
        ("write_query.toml:7", "SELECT or WITH"),
        ("missing_table.toml:7", "\"clients\""),
        (
            "wrong_type.toml:11",
            "\"forename\": 1 cell(s) of a type that cannot be read (first at people!row 2)",
        ),
        ("missing_sheet.toml:7", "Tracker 2024"),
        ("bad_bytes.toml:6", "line 3"),
        ("decisions.csv:3", "no source named \"nosuch\""),
        ("decisions.csv:4", "holds no person record with this key"),
    ];
    for (at, msg) in expect {
        assert!(
            lines.iter().any(|l| l.contains(at) && l.contains(msg)),
            "expected {at} … {msg} in:\n{text}"
        );
    }
    assert!(report.problems() >= expect.len(), "{text}");
    assert!(!text.contains("decisions.csv:2"), "a good decision: {text}");
    assert!(!text.contains("Sekr1tPw"), "{text}");
    assert!(
        !text.contains("yesterday") && !text.contains("Zo"),
        "{text}"
    );
    // Sources that could be read are profiled.
    let values = report
        .profiles
        .iter()
        .find(|p| p.source == "values")
        .expect("profiled");
    let dob = values.columns.iter().find(|c| c.column == "dob").unwrap();
    assert_eq!(
        (dob.rows, dob.nulls, dob.distinct, dob.parse_failures),
        (4, 0, 4, 2)
    );
}

// ---------------------------------------------------------------------------
// Database servers: the same rows in MariaDB, PostgreSQL and SQLite must stage
// identically. These tests need the machine's servers and fail without them.

/// A name no other test (or run) uses.
fn unique(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{prefix}_{}_{}", std::process::id(), nanos % 1_000_000_000)
}

const ROWS: &[&str] = &[
    "(1, 'H1', 'Ann', 'Smith', '2015-04-03', 2, '943 476 5919', '2020-01-02 03:04:05', 12.50, 1, 'x')",
    "(2, 'H1', 'Zoë', 'Łukasiewicz', '1980-01-02', 1, NULL, NULL, NULL, 0, NULL)",
    "(3, NULL, NULL, NULL, NULL, 9, NULL, NULL, NULL, NULL, NULL)",
    "(4, 'H2', 'Bob', 'Jones', NULL, NULL, '9434765919', '2021-12-31 23:59:59', -3.25, 1, 'Müller')",
];

fn server_mapping(kind: &str, url: &str, table: &str) -> String {
    format!(
        r#"
[source]
name = "srv"
service = "Youth Offending"
kind = "{kind}"
{url}
table = "{table}"

[person]
key = "{{id}}"
family = "{{fam}}"
given_names = "forename"
family_name = "surname"
dob = {{ column = "dob", formats = ["%Y-%m-%d"] }}
sex = {{ column = "sex", codes = {{ "1" = "M", "2" = "F" }} }}
nhs_number = "nhs"
identifiers = {{ score = "score", active = "active", note = "note" }}

[[involvement]]
key = "{{id}}-yot"
start = {{ column = "created", formats = ["%Y-%m-%d %H:%M:%S"] }}
"#
    )
}

/// The same table in SQLite, typed as an SQLite copy of a server table is.
async fn sqlite_copy(dir: &Path, table: &str) -> SourceExtract {
    use sqlx::ConnectOptions;
    let path = dir.join("copy.db");
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .connect()
        .await
        .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "CREATE TABLE {table} (id INTEGER, fam TEXT, forename TEXT, surname TEXT, dob TEXT, sex INTEGER, nhs TEXT, \
         created TEXT, score TEXT, active INTEGER, note TEXT, photo BLOB)"
    )))
    .execute(&mut conn)
    .await
    .unwrap();
    let rows: Vec<String> = ROWS
        .iter()
        .map(|r| {
            r.replace("12.50", "'12.50'")
                .replace("-3.25", "'-3.25'")
                .replace(")", ", x'00')")
        })
        .collect();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} VALUES {}",
        rows.join(", ")
    )))
    .execute(&mut conn)
    .await
    .unwrap();
    drop(conn);
    extract_one(dir, &server_mapping("sqlite", "path = \"copy.db\"", table))
        .await
        .unwrap()
}

fn same(a: &SourceExtract, b: &SourceExtract) {
    // Record by record, so a failure shows the first difference only.
    assert_eq!(a.persons.len(), b.persons.len());
    for (x, y) in a.persons.iter().zip(&b.persons) {
        assert_eq!(format!("{x:#?}"), format!("{y:#?}"));
    }
    assert_eq!(a.involvements.len(), b.involvements.len());
    for (x, y) in a.involvements.iter().zip(&b.involvements) {
        assert_eq!(format!("{x:#?}"), format!("{y:#?}"));
    }
    assert_eq!(format!("{:?}", a.rejects), format!("{:?}", b.rejects));
    assert_eq!(
        (a.rows_read, a.rows_staged, a.rows_rejected),
        (b.rows_read, b.rows_staged, b.rows_rejected)
    );
}

#[tokio::test]
async fn mariadb_matches_sqlite() {
    use sqlx::{ConnectOptions, Executor};
    let table = unique("of_people");
    let opts: sqlx::mysql::MySqlConnectOptions = util::MARIADB_URL.parse().unwrap();
    let mut conn = opts
        .connect()
        .await
        .expect("MariaDB at 127.0.0.1:3306 (make services)");
    conn.execute(
        sqlx::AssertSqlSafe(format!(
            "CREATE TABLE {table} (id INT PRIMARY KEY, fam VARCHAR(10), forename VARCHAR(50), surname VARCHAR(50), \
             dob DATE, sex TINYINT, nhs VARCHAR(12), created DATETIME, score DECIMAL(5,2), active TINYINT(1), \
             note TEXT, photo BLOB) CHARACTER SET utf8mb4"
        )
        ),
    )
    .await
    .unwrap();
    let rows: Vec<String> = ROWS.iter().map(|r| r.replace(")", ", x'00')")).collect();
    conn.execute(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} VALUES {}",
        rows.join(", ")
    )))
    .await
    .unwrap();

    let dir = util::tempdir();
    std::env::set_var("ONEFAMILY_IT_MYSQL_URL", util::MARIADB_URL);
    let result = extract_one(
        dir.path(),
        &server_mapping("mysql", "url = \"${ONEFAMILY_IT_MYSQL_URL}\"", &table),
    )
    .await;
    let copy = sqlite_copy(dir.path(), &table).await;
    conn.execute(sqlx::AssertSqlSafe(format!("DROP TABLE {table}")))
        .await
        .unwrap();
    let x = result.unwrap();
    assert_balanced(&x);
    assert_eq!(x.persons.len(), 3);
    assert_eq!(x.persons[1].given_names.as_deref(), Some("Zoë"));
    assert!(x.persons[0]
        .extra()
        .identifiers
        .contains(&("score".to_string(), "12.50".to_string())));
    assert_eq!(x.rejects[0].reason, RejectReason::NoIdentifyingData);
    same(&x, &copy);
}

#[tokio::test]
async fn postgres_matches_sqlite() {
    use sqlx::{ConnectOptions, Executor};
    let table = unique("of_people");
    let opts: sqlx::postgres::PgConnectOptions = util::POSTGRES_URL.parse().unwrap();
    let mut conn = opts
        .connect()
        .await
        .expect("PostgreSQL at 127.0.0.1:5432 (make services)");
    conn.execute(
        sqlx::AssertSqlSafe(format!(
            "CREATE TABLE {table} (id INT PRIMARY KEY, fam VARCHAR(10), forename VARCHAR(50), surname TEXT, \
             dob DATE, sex SMALLINT, nhs CHAR(12), created TIMESTAMP, score NUMERIC(5,2), active BOOLEAN, \
             note TEXT, photo BYTEA)"
        )
        ),
    )
    .await
    .unwrap();
    let rows: Vec<String> = ROWS
        .iter()
        .map(|r| {
            // PostgreSQL's booleans and a blank-padded CHAR(12).
            let r =
                r.replacen(", 1, '", ", true, '", 1)
                    .replacen(", 0, NULL)", ", false, NULL)", 1);
            let r = r.replace(", 1, NULL)", ", true, NULL)");
            r.replace(")", ", '\\x00')")
        })
        .collect();
    conn.execute(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} VALUES {}",
        rows.join(", ")
    )))
    .await
    .unwrap();

    let dir = util::tempdir();
    std::env::set_var("ONEFAMILY_IT_PG_URL", util::POSTGRES_URL);
    let result = extract_one(
        dir.path(),
        &server_mapping("postgres", "url = \"${ONEFAMILY_IT_PG_URL}\"", &table),
    )
    .await;
    let copy = sqlite_copy(dir.path(), &table).await;
    conn.execute(sqlx::AssertSqlSafe(format!("DROP TABLE {table}")))
        .await
        .unwrap();
    let x = result.unwrap();
    assert_balanced(&x);
    assert_eq!(x.persons[1].family_name.as_deref(), Some("Łukasiewicz"));
    same(&x, &copy);
}

#[tokio::test]
async fn server_failures_are_clear_and_hold_no_password() {
    let dir = util::tempdir();
    let d = dir.path();
    let cases = [
        // Nothing listens on port 1.
        (
            "mysql",
            "mysql://root:Pw_Secret123@127.0.0.1:1/test",
            "people",
            "127.0.0.1:1",
        ),
        (
            "postgres",
            "postgres://postgres:Pw_Secret123@127.0.0.1:1/test",
            "people",
            "127.0.0.1:1",
        ),
        // A user that does not exist, with a password.
        (
            "mysql",
            "mysql://onefamily_nobody:Pw_Secret123@127.0.0.1:3306/test",
            "people",
            "onefamily_nobody",
        ),
        (
            "postgres",
            "postgres://onefamily_nobody:Pw_Secret123@127.0.0.1:5432/test",
            "people",
            "onefamily_nobody",
        ),
        // A table that does not exist.
        (
            "mysql",
            util::MARIADB_URL,
            "of_no_such_table",
            "\"of_no_such_table\"",
        ),
        (
            "postgres",
            util::POSTGRES_URL,
            "of_no_such_table",
            "\"of_no_such_table\"",
        ),
    ];
    for (kind, url, table, want) in cases {
        std::env::set_var("ONEFAMILY_IT_FAIL_URL", url);
        let e = extract_one(
            d,
            &server_mapping(kind, "url = \"${ONEFAMILY_IT_FAIL_URL}\"", table),
        )
        .await
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("source srv") && e.contains(want),
            "{kind} {want}: {e}"
        );
        assert!(!e.contains("Pw_Secret123"), "{e}");
    }
}

/// Throughput, for `cargo test --release --test it -- --ignored extract_throughput --nocapture`
/// (ONEFAMILY_PERF_ROWS rows, default 500,000; ONEFAMILY_PERF_KINDS=csv,sqlite,xlsx).
#[tokio::test]
#[ignore = "benchmark; run by hand in release"]
async fn extract_throughput() {
    use std::fmt::Write as _;
    let dir = util::tempdir();
    let d = dir.path();
    let n: usize = std::env::var("ONEFAMILY_PERF_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500_000);
    let kinds = std::env::var("ONEFAMILY_PERF_KINDS").unwrap_or_else(|_| "csv,sqlite,xlsx".into());
    let mut csv = String::from("id,fam,forename,surname,dob,sex,nhs,postcode,start\n");
    for i in 0..n {
        let _ = writeln!(
            csv,
            "{i},F{},Forename{},Surname{},{:02}/{:02}/{},{},{},LN{} {}AB,2020-01-{:02}",
            i / 4,
            i % 1000,
            i % 5000,
            i % 28 + 1,
            i % 12 + 1,
            1950 + i % 70,
            i % 2 + 1,
            9_000_000_000u64 + i as u64,
            i % 9,
            i % 10,
            i % 28 + 1
        );
    }
    let mapping = |source: &str| {
        format!(
            "{source}\n[person]\nkey = \"{{id}}\"\nfamily = \"{{fam}}\"\ngiven_names = \"forename\"\nfamily_name = \"surname\"\n\
             dob = {{ column = \"dob\", formats = [\"%d/%m/%Y\"] }}\nsex = {{ column = \"sex\", codes = {{ \"1\" = \"M\", \"2\" = \"F\" }} }}\n\
             nhs_number = \"nhs\"\npostcode = \"postcode\"\n[[involvement]]\nkey = \"{{id}}-x\"\nstart = {{ column = \"start\", formats = [\"%Y-%m-%d\"] }}\n"
        )
    };
    let time = |label: &str, rows: u64, t: std::time::Instant| {
        let s = t.elapsed().as_secs_f64();
        println!(
            "{label}: {rows} rows in {s:.2}s = {:.0} rows/s",
            rows as f64 / s
        );
    };
    if kinds.contains("csv") {
        write(d, "people.csv", &csv);
        let t = std::time::Instant::now();
        let x = extract_one(
            d,
            &mapping(
                "[source]\nname = \"c\"\nservice = \"S\"\nkind = \"csv\"\npath = \"people.csv\"",
            ),
        )
        .await
        .unwrap();
        time("csv", x.rows_read, t);
        assert_eq!(x.persons.len(), n);
    }
    if kinds.contains("sqlite") {
        use sqlx::ConnectOptions;
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(d.join("people.db"))
            .create_if_missing(true)
            .connect()
            .await
            .unwrap();
        sqlx::query(
            "CREATE TABLE people (id INTEGER, fam TEXT, forename TEXT, surname TEXT, dob TEXT, sex INTEGER, nhs TEXT, \
             postcode TEXT, start TEXT)",
        )
        .execute(&mut conn)
        .await
        .unwrap();
        let mut tx = sqlx::Connection::begin(&mut conn).await.unwrap();
        for line in csv.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            sqlx::query("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(f[0].parse::<i64>().unwrap())
                .bind(f[1])
                .bind(f[2])
                .bind(f[3])
                .bind(f[4])
                .bind(f[5].parse::<i64>().unwrap())
                .bind(f[6])
                .bind(f[7])
                .bind(f[8])
                .execute(&mut *tx)
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
        drop(conn);
        let t = std::time::Instant::now();
        let x = extract_one(
            d,
            &mapping("[source]\nname = \"s\"\nservice = \"S\"\nkind = \"sqlite\"\npath = \"people.db\"\ntable = \"people\""),
        )
        .await
        .unwrap();
        time("sqlite", x.rows_read, t);
        assert_eq!(x.persons.len(), n);
    }
    if kinds.contains("xlsx") {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (r, line) in csv.lines().take(200_001).enumerate() {
            for (c, f) in line.split(',').enumerate() {
                match f.parse::<f64>() {
                    Ok(v) if r > 0 => ws.write_number(r as u32, c as u16, v).unwrap(),
                    _ => ws.write_string(r as u32, c as u16, f).unwrap(),
                };
            }
        }
        wb.save(d.join("people.xlsx")).unwrap();
        let t = std::time::Instant::now();
        let x = extract_one(
            d,
            &mapping(
                "[source]\nname = \"x\"\nservice = \"S\"\nkind = \"xlsx\"\npath = \"people.xlsx\"",
            ),
        )
        .await
        .unwrap();
        time("xlsx", x.rows_read, t);
    }
}

// ---------------------------------------------------------------------------
// SQL Server, over the wire, against a TDS server started inside the test
// (iridium; TLS off). It mishandles DATE, DATETIME2, DATETIME and MONEY, so
// those are covered by the unit tests of `sqlserver_types` on tiberius's own
// values; here: int, bigint, nvarchar (non-ASCII), varchar, decimal, bit,
// float, uniqueidentifier and NULLs.

const MSSQL_PASSWORD: &str = "Tds_Pw_9x7";

async fn tds_server() -> u16 {
    let config = iridium_server::ServerConfig {
        host: "127.0.0.1".to_string(),
        port: 0,
        auth: Some(iridium_server::Credentials {
            user: "sa".to_string(),
            password: MSSQL_PASSWORD.to_string(),
        }),
        database: "master".to_string(),
        packet_size: 4096,
        tls_enabled: false,
        tls_cert_path: None,
        tls_key_path: None,
        pool_min_size: 1,
        pool_max_size: 10,
        pool_idle_timeout_secs: 300,
        data_dir: None,
    };
    let mut server =
        iridium_server::TdsServer::new_with_database(iridium_core::Database::new(), config);
    let port = server.bind().await.unwrap().port();
    tokio::spawn(async move {
        let _ = server.run().await;
    });
    port
}

async fn tds_exec(port: u16, sql: &str) {
    use tokio_util::compat::TokioAsyncWriteCompatExt;
    let mut config = tiberius::Config::new();
    config.host("127.0.0.1");
    config.port(port);
    config.authentication(tiberius::AuthMethod::sql_server("sa", MSSQL_PASSWORD));
    config.encryption(tiberius::EncryptionLevel::NotSupported);
    let mut last = None;
    for _ in 0..20 {
        match tokio::net::TcpStream::connect(config.get_addr()).await {
            Ok(tcp) => match tiberius::Client::connect(config.clone(), tcp.compat_write()).await {
                Ok(mut client) => {
                    client
                        .simple_query(sql)
                        .await
                        .unwrap()
                        .into_results()
                        .await
                        .unwrap();
                    return;
                }
                Err(e) => last = Some(e.to_string()),
            },
            Err(e) => last = Some(e.to_string()),
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the test TDS server did not answer: {last:?}");
}

fn mssql_mapping(table: &str, source: &str) -> String {
    format!(
        r#"
[source]
name = "fs"
service = "Family Support"
{source}
table = "{table}"

[person]
key = "{{ClientID}}"
family = "{{FamilyID}}"
given_names = "FirstName"
family_name = "LastName"
nhs_number = "NHSNumber"
sex = {{ column = "Gender", codes = {{ M = "M", F = "F" }} }}
identifiers = {{ guid = "RowGuid", score = "Score", open = "IsOpen", ratio = "Ratio" }}

[[involvement]]
key = "{{ClientID}}-fs"
status = {{ column = "IsOpen", codes = {{ "1" = "open", "0" = "closed" }} }}
"#
    )
}

const MSSQL_ROWS: &[&str] = &[
    "(1, 'F1', N'Zoë', N'Łukasiewicz', 9434765919, 'F', 12.50, 1, 0.25, '12345678-9abc-def0-0102-030405060708')",
    "(2, 'F1', N'Ann', N'Smith', NULL, 'M', -3.25, 0, 1.5, NULL)",
    "(3, NULL, NULL, NULL, NULL, 'X', NULL, NULL, NULL, NULL)",
];

#[tokio::test]
async fn sqlserver_matches_sqlite() {
    let port = tds_server().await;
    let table = "tblClient";
    tds_exec(
        port,
        "CREATE TABLE tblClient (ClientID INT, FamilyID VARCHAR(10), FirstName NVARCHAR(50), LastName NVARCHAR(50), \
         NHSNumber BIGINT, Gender VARCHAR(1), Score DECIMAL(5,2), IsOpen BIT, Ratio FLOAT, RowGuid UNIQUEIDENTIFIER)",
    )
    .await;
    tds_exec(
        port,
        &format!("INSERT INTO tblClient VALUES {}", MSSQL_ROWS.join(", ")),
    )
    .await;

    let dir = util::tempdir();
    let d = dir.path();
    std::env::set_var(
        "ONEFAMILY_IT_MSSQL_URL",
        format!("server=tcp:127.0.0.1,{port};database=master;user id=sa;password={MSSQL_PASSWORD};TrustServerCertificate=true"),
    );
    let x = extract_one(
        d,
        &mssql_mapping(
            table,
            "kind = \"sqlserver\"\nurl = \"${ONEFAMILY_IT_MSSQL_URL}\"\ntls = false",
        ),
    )
    .await
    .unwrap();
    assert_balanced(&x);
    assert_eq!(x.persons.len(), 2);
    let zoe = &x.persons[0];
    assert_eq!(zoe.given_names.as_deref(), Some("Zoë"));
    assert_eq!(zoe.nhs_number.as_deref(), Some("9434765919"));
    for (k, v) in [
        ("guid", "12345678-9abc-def0-0102-030405060708"),
        ("score", "12.50"),
        ("open", "1"),
        ("ratio", "0.25"),
    ] {
        assert!(
            zoe.extra()
                .identifiers
                .contains(&(k.to_string(), v.to_string())),
            "{k}: {:?}",
            zoe.extra().identifiers
        );
    }
    assert_eq!(
        x.involvements[1].status.as_ref().unwrap().code.as_deref(),
        Some("closed")
    );
    assert_eq!(x.rejects[0].reason, RejectReason::NoIdentifyingData);

    // The same rows in an SQLite copy stage identically.
    {
        use sqlx::ConnectOptions;
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(d.join("copy.db"))
            .create_if_missing(true)
            .connect()
            .await
            .unwrap();
        sqlx::query(
            "CREATE TABLE tblClient (ClientID INTEGER, FamilyID TEXT, FirstName TEXT, LastName TEXT, NHSNumber INTEGER, \
             Gender TEXT, Score TEXT, IsOpen INTEGER, Ratio REAL, RowGuid TEXT)",
        )
        .execute(&mut conn)
        .await
        .unwrap();
        let rows: Vec<String> = MSSQL_ROWS
            .iter()
            .map(|r| {
                r.replace("N'", "'")
                    .replace("12.50", "'12.50'")
                    .replace("-3.25", "'-3.25'")
            })
            .collect();
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO tblClient VALUES {}",
            rows.join(", ")
        )))
        .execute(&mut conn)
        .await
        .unwrap();
    }
    let copy = extract_one(
        d,
        &mssql_mapping(table, "kind = \"sqlite\"\npath = \"copy.db\""),
    )
    .await
    .unwrap();
    same(&x, &copy);
}

#[tokio::test]
async fn sqlserver_failures_are_clear_and_hold_no_password() {
    let port = tds_server().await;
    tds_exec(port, "CREATE TABLE tblClient (ClientID INT)").await;
    let dir = util::tempdir();
    let cases = [
        // Wrong password.
        (format!("server=tcp:127.0.0.1,{port};user id=sa;password=Wrong_Pw_123;TrustServerCertificate=true"), "tblClient", "cannot log in"),
        // Nothing listens on port 1.
        ("server=tcp:127.0.0.1,1;user id=sa;password=Wrong_Pw_123".to_string(), "tblClient", "127.0.0.1:1"),
        // A table that does not exist.
        (format!("server=tcp:127.0.0.1,{port};user id=sa;password={MSSQL_PASSWORD}"), "tblNoSuchTable", "tblNoSuchTable"),
    ];
    for (url, table, want) in cases {
        std::env::set_var("ONEFAMILY_IT_MSSQL_FAIL_URL", &url);
        let e = extract_one(
            dir.path(),
            &mssql_mapping(
                table,
                "kind = \"sqlserver\"\nurl = \"${ONEFAMILY_IT_MSSQL_FAIL_URL}\"\ntls = false",
            ),
        )
        .await
        .unwrap_err()
        .to_string();
        assert!(e.contains("source fs") && e.contains(want), "{want}: {e}");
        assert!(
            !e.contains("Wrong_Pw_123") && !e.contains(MSSQL_PASSWORD),
            "{e}"
        );
    }
}

/// A `[[lookup]]` on a SQL Server source, over the wire: each client row
/// takes its family's postcode and reference from another table, in a field
/// and inside key templates, and stages exactly what an SQLite copy of the
/// two tables stages.
#[tokio::test]
async fn sqlserver_lookup_matches_sqlite() {
    let port = tds_server().await;
    let ddl = [
        "CREATE TABLE tblClient (ClientID INT, FamilyID INT, FirstName NVARCHAR(50), LastName NVARCHAR(50))",
        "CREATE TABLE tblFamily (FamilyID INT, FamilyRef VARCHAR(10), Postcode VARCHAR(10))",
    ];
    let inserts = [
        "INSERT INTO tblClient VALUES (1, 10, N'Zoë', N'Łukasiewicz'), (2, 10, N'Ann', N'Smith'), (3, 99, N'Bob', N'Jones'), (4, NULL, N'Cat', N'Brown')",
        "INSERT INTO tblFamily VALUES (10, 'FAM-10', 'LN1 1AA'), (11, 'FAM-11', 'LN2 2BB'), (11, 'FAM-11B', 'LN9 9ZZ')",
    ];
    for sql in ddl.iter().chain(&inserts) {
        tds_exec(port, sql).await;
    }
    let dir = util::tempdir();
    let d = dir.path();
    std::env::set_var(
        "ONEFAMILY_IT_MSSQL_LOOKUP_URL",
        format!("server=tcp:127.0.0.1,{port};database=master;user id=sa;password={MSSQL_PASSWORD};TrustServerCertificate=true"),
    );
    let mapping = |source: &str| {
        format!(
            "[source]\nname = \"fs\"\nservice = \"Family Support\"\n{source}\ntable = \"tblClient\"\n\n\
             [[lookup]]\nname = \"family\"\ntable = \"tblFamily\"\nkey = \"FamilyID\"\non = \"FamilyID\"\n\n\
             [person]\nkey = \"{{ClientID}}\"\nfamily = \"{{family.FamilyRef}}\"\ngiven_names = \"FirstName\"\n\
             family_name = \"LastName\"\npostcode = {{ lookup = \"family\", column = \"Postcode\" }}\n\n\
             [[involvement]]\nkey = \"{{family.FamilyRef}}-{{ClientID}}\"\n"
        )
    };
    let x = extract_one(
        d,
        &mapping("kind = \"sqlserver\"\nurl = \"${ONEFAMILY_IT_MSSQL_LOOKUP_URL}\"\ntls = false"),
    )
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_balanced(&x);
    let zoe = &x.persons[0];
    assert_eq!(zoe.given_names.as_deref(), Some("Zoë"));
    assert_eq!(zoe.family_key.as_deref(), Some("FAM-10"));
    assert_eq!(zoe.postcode.as_deref(), Some("LN1 1AA"));
    // Family 99 is not in tblFamily and client 4 has none: no family key,
    // no involvement key (rejected, not half a key), and both counted.
    assert_eq!(x.persons.len(), 4);
    assert_eq!(x.persons[2].family_key, None);
    let keys: Vec<&str> = x.involvements.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["FAM-10-1", "FAM-10-2"]);
    let l = &x.integrity.lookups[0];
    assert_eq!(l.from, "table tblFamily");
    assert_eq!(
        (l.rows, l.matched, l.unmatched, l.blank, l.duplicate_keys),
        (3, 2, 1, 1, 1)
    );

    // The same two tables in an SQLite copy stage identically.
    {
        use sqlx::ConnectOptions;
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(d.join("copy.db"))
            .create_if_missing(true)
            .connect()
            .await
            .unwrap();
        for sql in ddl.iter().chain(&inserts) {
            let sql = sql
                .replace("NVARCHAR(50)", "TEXT")
                .replace("VARCHAR(10)", "TEXT")
                .replace("N'", "'");
            sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
                .execute(&mut conn)
                .await
                .unwrap();
        }
    }
    let copy = extract_one(d, &mapping("kind = \"sqlite\"\npath = \"copy.db\""))
        .await
        .unwrap();
    same(&x, &copy);
    assert_eq!(
        format!("{:?}", x.integrity.lookups),
        format!("{:?}", copy.integrity.lookups)
    );
}

/// The bundled sample estate extracts: every source balances.
#[tokio::test]
async fn sample_estate_extracts_and_balances() {
    let p = load_project(&util::root().join("mappings/project.toml")).unwrap();
    let all = extract_all(&p).await.unwrap_or_else(|e| panic!("{e}"));
    for (x, m) in all.iter().zip(&p.sources) {
        assert_balanced(x);
        assert!(!x.persons.is_empty(), "{}", m.name);
    }
    let report = onefamily::extract::check(&util::root().join("mappings/project.toml")).await;
    println!("{report}");
}

/// The server variants differ from the file mappings only in [source].
#[test]
fn server_mappings_mirror_the_file_mappings() {
    let from_person = |p: &str| {
        let s = util::read(&util::root().join("mappings").join(p));
        s[s.find("\n[person]").expect("[person]")..].to_string()
    };
    for name in ["youth_offending.toml", "family_support.toml"] {
        assert_eq!(
            from_person(name),
            from_person(&format!("servers/{name}")),
            "{name}"
        );
    }
    std::env::set_var("ONEFAMILY_MYSQL_URL", util::MARIADB_URL);
    std::env::set_var(
        "ONEFAMILY_MSSQL_URL",
        "server=tcp:127.0.0.1,1433;user id=sa;password=x",
    );
    let p = load_project(&util::root().join("mappings/project-servers.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let kinds: Vec<_> = p.sources.iter().map(|s| s.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "sqlite",
            "mysql",
            "sqlserver",
            "xlsx",
            "ods",
            "csv",
            "csv",
            "sqlite"
        ]
    );
}

/// The sample estate's MySQL script, loaded into MariaDB, stages exactly what
/// its SQLite copy stages.
#[tokio::test]
async fn sample_youth_offending_mariadb_matches_its_sqlite_copy() {
    use sqlx::{ConnectOptions, Executor};
    let script = util::read(&util::root().join("sample-data/youth_offending.mysql.sql"));
    let db = unique("of_yot");
    let opts: sqlx::mysql::MySqlConnectOptions = util::MARIADB_URL.parse().unwrap();
    let mut conn = opts
        .connect()
        .await
        .expect("MariaDB at 127.0.0.1:3306 (make services)");
    conn.execute(sqlx::AssertSqlSafe(format!(
        "CREATE DATABASE {db} CHARACTER SET utf8mb4"
    )))
    .await
    .unwrap();
    conn.execute(sqlx::AssertSqlSafe(format!("USE {db}")))
        .await
        .unwrap();
    let loaded = sqlx::raw_sql(sqlx::AssertSqlSafe(script.as_str()))
        .execute(&mut conn)
        .await;

    let url = util::MARIADB_URL.replace("/test", &format!("/{db}"));
    let dir = util::tempdir();
    let d = dir.path();
    let root = util::root();
    let project = |file: &str| {
        format!(
            "[project]\nname = \"t\"\nreference_date = \"2026-01-01\"\nsources = [\"{}\"]\n",
            root.join("mappings").join(file).display()
        )
    };
    // A copy reading its own variable: other tests set ONEFAMILY_MYSQL_URL.
    let server_mapping = util::read(&root.join("mappings/servers/youth_offending.toml"))
        .replace("${ONEFAMILY_MYSQL_URL}", "${ONEFAMILY_IT_YOT_URL}");
    write(d, "yot_server.toml", server_mapping);
    write(
        d,
        "server.toml",
        "[project]\nname = \"t\"\nreference_date = \"2026-01-01\"\nsources = [\"yot_server.toml\"]\n",
    );
    write(d, "file.toml", project("youth_offending.toml"));
    std::env::set_var("ONEFAMILY_IT_YOT_URL", &url);
    let server = match loaded {
        Ok(_) => extract_source(&load_project(&d.join("server.toml")).unwrap(), 0).await,
        Err(e) => Err(onefamily::Error::Other(e.to_string())),
    };
    conn.execute(sqlx::AssertSqlSafe(format!("DROP DATABASE {db}")))
        .await
        .unwrap();
    let server = server.unwrap();
    let file = extract_source(&load_project(&d.join("file.toml")).unwrap(), 0)
        .await
        .unwrap();
    assert!(server.persons.len() > 100);
    // The sample query has no ORDER BY, so MariaDB and SQLite may return its
    // rows in different orders: compare in key order, without row ordinals.
    let normal = |x: &SourceExtract| {
        let mut x = x.clone();
        x.persons.iter_mut().for_each(|p| p.position.row = 0);
        x.involvements.iter_mut().for_each(|i| i.position.row = 0);
        x.rejects.iter_mut().for_each(|r| r.position.row = 0);
        x.persons
            .sort_by(|a, b| (&a.key, &a.row_hash).cmp(&(&b.key, &b.row_hash)));
        x.involvements
            .sort_by(|a, b| (&a.key, &a.row_hash).cmp(&(&b.key, &b.row_hash)));
        x
    };
    same(&normal(&server), &normal(&file));
}

/// A front-door export: one contact per row, some with an Early Help
/// Assessment and consent in the last columns. Contacts without them stage
/// their person and referral only; bad consents are rejected on their own
/// while the row's other records stay.
#[tokio::test]
async fn csv_assessments_and_consents_ride_on_contacts() {
    let dir = util::tempdir();
    let d = dir.path();
    write(
        d,
        "fd.csv",
        "Contact ID,Family ID,Child,DOB,Worker,EHA ID,EHA Start,Needs,Consent Date,Scope,By,Withdrawn\n\
         CT1,EH1,Ann Smith,01/02/2015,Jo Bloggs,EHA1,03/01/2024,DV; Housing,02/01/2024,Both,Mother,\n\
         CT2,EH2,Bob Jones,01/02/2016,Jo Bloggs,,,,,,,\n\
         CT3,EH3,Cy Lee,01/02/2017,Jo Bloggs,EHA3,05/01/2024,4b,06/01/2024,EHA only,Father,01/01/2024\n\
         CT4,EH4,Di Kaur,01/02/2018,Jo Bloggs,EHA4,05/01/2024,,TBC,Both,Mother,\n\
         CT5,EH5,Ed Roe,01/02/2019,Jo Bloggs,,,Neglect,,,,\n",
    );
    let x = extract_one(
        d,
        r#"[source]
name = "fd"
service = "Front Door"
kind = "csv"
path = "fd.csv"
[person]
key = "{Contact ID}"
family = "{Family ID}"
name = "Child"
dob = { column = "DOB", formats = ["%d/%m/%Y"] }
[[referral]]
key = "{Contact ID}"
[[assessment]]
key = "{EHA ID}"
when_any = ["EHA ID", "Needs"]
author = "Worker"
started = { column = "EHA Start", formats = ["%d/%m/%Y"] }
needs = { column = "Needs", codes = { DV = "3B", Neglect = "16A" } }
[[consent]]
key = "{Contact ID}-c"
person = "{Contact ID}"
given_by = "By"
scope = { column = "Scope", codes = { Both = "both", "EHA only" = "assessment" } }
given = { column = "Consent Date", formats = ["%d/%m/%Y"] }
withdrawn = { column = "Withdrawn", formats = ["%d/%m/%Y"] }
"#,
    )
    .await
    .unwrap();
    assert_balanced(&x);
    // Every row stages its person and referral, whatever its assessment did.
    assert_eq!((x.rows_staged, x.rows_rejected), (5, 0));
    assert_eq!((x.persons.len(), x.referrals.len()), (5, 5));
    let keys: Vec<&str> = x.assessments.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(keys, ["EHA1", "EHA3", "EHA4"]);
    let a = &x.assessments[0];
    assert_eq!(a.person_key.as_deref(), Some("CT1"));
    assert_eq!(a.family_key.as_deref(), Some("EH1"));
    assert_eq!(a.author.as_deref(), Some("Jo Bloggs"));
    let needs: Vec<(&str, Option<&str>)> = a
        .needs
        .iter()
        .map(|n| (n.raw.as_str(), n.code.as_deref()))
        .collect();
    assert_eq!(needs, [("DV", Some("3B")), ("Housing", None)]);
    let consents: Vec<&str> = x.consents.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(consents, ["CT1-c"]);
    assert_eq!(x.consents[0].given_by.as_deref(), Some("Mother"));
    let rejects: Vec<_> = x
        .rejects
        .iter()
        .map(|r| (r.position.row, r.key.as_deref(), r.reason))
        .collect();
    assert_eq!(
        rejects,
        [
            (4, Some("CT3-c"), RejectReason::WithdrawnBeforeGiven),
            (5, Some("CT4-c"), RejectReason::UnparseableDate),
            // Needs written with no EHA ID: an assessment with no key.
            (6, None, RejectReason::MissingKey),
        ]
    );
}

/// The bundled front door carries assessments and consent on the contacts
/// that led to an EHA: one assessment per such contact, consents on most,
/// the two planted bad consents rejected with their reasons, and every row
/// still accounted for.
#[tokio::test]
async fn bundled_front_door_carries_assessments() {
    let p = load_project(&util::root().join("mappings/project.toml")).unwrap();
    let idx = p
        .sources
        .iter()
        .position(|s| s.name == "front_door")
        .expect("front_door");
    let x = extract_source(&p, idx).await.unwrap();
    assert_balanced(&x);
    let eha_contacts = x
        .referrals
        .iter()
        .filter(|r| {
            r.outcome.as_ref().and_then(|o| o.code.as_deref()) == Some("early_help_assessment")
        })
        .count();
    assert!(eha_contacts > 0);
    assert_eq!(x.assessments.len(), eha_contacts);
    assert!(x.assessments.iter().all(|a| !a.needs.is_empty()));
    assert!(x.consents.len() > eha_contacts / 2 && x.consents.len() < eha_contacts);
    let reasons: Vec<RejectReason> = x.rejects.iter().map(|r| r.reason).collect();
    for want in [
        RejectReason::WithdrawnBeforeGiven,
        RejectReason::UnparseableDate,
    ] {
        assert_eq!(
            reasons.iter().filter(|r| **r == want).count(),
            1,
            "{want:?}"
        );
    }
}

/// More rows than one hand-over from the CSV parse to the stager: every
/// kind of problem row, on either side of the batches' edges and on them,
/// keeps its line, its reason and its order, and every other row is staged
/// in the file's order.
#[tokio::test]
async fn csv_problem_rows_keep_their_lines_across_the_staging_batches() {
    let dir = util::tempdir();
    let d = dir.path();
    let mut csv = String::from("id,forename,surname,note\n");
    let (mut staged, mut rejects, mut blanks) = (Vec::new(), Vec::new(), Vec::new());
    // Each record's first line: a staged row's note spans two lines.
    let mut line = 2u64;
    for i in 0..3100u64 {
        let edge = matches!(i % 1024, 1022 | 1023 | 0);
        let row = if i % 487 == 486 || (edge && i % 3 == 0) {
            rejects.push((line, RejectReason::MalformedRow));
            format!("{i},Ann\n")
        } else if i % 701 == 13 || (edge && i % 3 == 1) {
            blanks.push(line);
            ",,,\n".to_string()
        } else if i % 613 == 5 || (edge && i % 3 == 2) {
            rejects.push((line, RejectReason::CellTooLarge));
            format!("{i},{},Smith,\n", "x".repeat(65))
        } else if i % 997 == 996 {
            // The row before's key, with other names.
            rejects.push((line, RejectReason::DuplicateKey));
            format!("{},Other,Person,\n", i - 1)
        } else {
            staged.push((i.to_string(), line));
            format!("{i},Ann {i},Smith,\"a note\non two lines\"\n")
        };
        line += row.matches('\n').count() as u64;
        csv.push_str(&row);
    }
    write(d, "p.csv", &csv);
    let mapping = "[source]\nname = \"p\"\nservice = \"Family Support\"\nkind = \"csv\"\npath = \"p.csv\"\n\n[person]\nkey = \"id\"\ngiven_names = \"forename\"\nfamily_name = \"surname\"\n";
    let p = project_with(d, mapping, "\n[limits]\nmax_cell_bytes = 64\n");
    let x = extract_source(&p, 0).await.unwrap();
    assert_balanced(&x);
    assert_eq!(x.rows_read, 3100);
    assert_eq!(x.integrity.parted_at, None);
    let got: Vec<(String, u64)> = x
        .persons
        .iter()
        .map(|p| (p.key.clone(), p.position.row))
        .collect();
    assert_eq!(got, staged);
    let got: Vec<(u64, RejectReason)> = x
        .rejects
        .iter()
        .map(|r| (r.position.row, r.reason))
        .collect();
    assert_eq!(got, rejects);
    let got: Vec<u64> = x.skipped.iter().map(|(p, _)| p.row).collect();
    assert_eq!(got, blanks);
}

/// A key that one file of a source stages is a duplicate in the next file
/// too: the keys seen carry from part to part, also once there is room
/// made for the next file's rows.
#[tokio::test]
async fn csv_a_key_repeated_in_a_later_file_is_a_duplicate() {
    let dir = util::tempdir();
    let d = dir.path();
    let mut a = String::from("id,forename,surname\n");
    for i in 0..3000 {
        a.push_str(&format!("K{i},Ann {i},Smith\n"));
    }
    write(d, "p-1.csv", &a);
    write(
        d,
        "p-2.csv",
        "id,forename,surname\nK2999,Bob,Jones\nN1,Cat,Jones\nK7,Dan,Jones\n",
    );
    let mapping = "[source]\nname = \"p\"\nservice = \"Family Support\"\nkind = \"csv\"\npath = \"p-*.csv\"\n\n[person]\nkey = \"id\"\ngiven_names = \"forename\"\nfamily_name = \"surname\"\n";
    let x = extract_one(d, mapping).await.unwrap();
    assert_balanced(&x);
    assert_eq!(
        (x.rows_read, x.rows_staged, x.rows_rejected),
        (3003, 3001, 2)
    );
    let dups: Vec<_> = x
        .rejects
        .iter()
        .map(|r| (r.key.as_deref(), r.reason))
        .collect();
    assert_eq!(
        dups,
        [
            (Some("K2999"), RejectReason::DuplicateKey),
            (Some("K7"), RejectReason::DuplicateKey)
        ]
    );
}
