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
    write(
        dir,
        "project.toml",
        "[project]\nname = \"t\"\nreference_date = \"2026-01-01\"\nsources = [\"m.toml\"]\n",
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

    let report = onefamily::mapping::check(&d.join("project.toml")).await;
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
    ];
    for (at, msg) in expect {
        assert!(
            lines.iter().any(|l| l.contains(at) && l.contains(msg)),
            "expected {at} … {msg} in:\n{text}"
        );
    }
    assert!(report.problems() >= expect.len(), "{text}");
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
