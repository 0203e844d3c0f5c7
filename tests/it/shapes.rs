//! Legacy files in the shapes councils deliver them, read with no reshaping
//! by hand: columns by position and by heading paths over merged headings,
//! member blocks that repeat the same headings, one system split across
//! sheets or monthly files, and a child sheet that takes its booking's
//! fields from a related sheet, file or table. Each bad shape is a `check`
//! problem with its file and line.

use crate::util;
use onefamily::extract::{check, extract_source};
use onefamily::mapping::{load_project, Project};
use onefamily::model::{SourceExtract, StagedPerson};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::path::Path;

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

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
    extract_source(&project(dir, mapping), 0).await
}

/// `check` on a one-mapping project: its problems as `file:line: message` lines.
async fn problems(dir: &Path, mapping: &str) -> Vec<String> {
    write(
        dir,
        "project.toml",
        "[project]\nname = \"t\"\nreference_date = \"2026-01-01\"\nsources = [\"m.toml\"]\n",
    );
    write(dir, "m.toml", mapping);
    let report = check(&dir.join("project.toml")).await;
    report.problems.iter().map(ToString::to_string).collect()
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

fn person<'a>(x: &'a SourceExtract, key: &str) -> &'a StagedPerson {
    x.persons.iter().find(|p| p.key == key).unwrap_or_else(|| {
        let keys: Vec<_> = x.persons.iter().map(|p| p.key.as_str()).collect();
        panic!("no person {key}; have {keys:?}")
    })
}

const BLOCK: [&str; 4] = ["Name", "DOB", "Relationship", "NHS No"];

/// One member block's cells: name, date of birth, relationship, NHS number.
type Member<'a> = (&'a str, (i32, u8, u8), &'a str, &'a str);

/// A tracker: a title row, then "Family Ref" and "Postcode" merged down
/// over two heading rows, and three member blocks whose headings repeat,
/// told apart only by a merged "Member N" above them.
fn blocks_xlsx(path: &Path) {
    let mut wb = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let plain = Format::new();
    let ws = wb.add_worksheet();
    ws.set_name("Tracker").unwrap();
    ws.write_string(0, 0, "Family tracker (do not sort)")
        .unwrap();
    ws.merge_range(1, 0, 2, 0, "Family Ref", &plain).unwrap();
    ws.merge_range(1, 1, 2, 1, "Postcode", &plain).unwrap();
    for n in 0..3u16 {
        let c = 2 + n * 4;
        ws.merge_range(1, c, 1, c + 3, &format!("Member {}", n + 1), &plain)
            .unwrap();
        for (i, h) in BLOCK.iter().enumerate() {
            ws.write_string(2, c + i as u16, *h).unwrap();
        }
    }
    // Family FR1: three members; FR2: one member in block 1.
    let rows: [(&str, &str, &[Member]); 2] = [
        (
            "FR1",
            "LN1 1AA",
            &[
                ("Ann Smith", (1985, 3, 4), "Mum", "9434765919"),
                ("Bob Smith", (2012, 6, 1), "Child", ""),
                ("Cal Smith", (2015, 9, 30), "Child", "9990001112"),
            ],
        ),
        ("FR2", "LN2 2BB", &[("Dee Jones", (1990, 1, 2), "Mum", "")]),
    ];
    for (r, (fref, pc, members)) in rows.iter().enumerate() {
        let r = r as u32 + 3;
        ws.write_string(r, 0, *fref).unwrap();
        ws.write_string(r, 1, *pc).unwrap();
        for (n, (name, (y, m, d), rel, nhs)) in members.iter().enumerate() {
            let c = 2 + n as u16 * 4;
            ws.write_string(r, c, *name).unwrap();
            let dt = ExcelDateTime::from_ymd(*y as u16, *m, *d).unwrap();
            ws.write_datetime_with_format(r, c + 1, dt, &date).unwrap();
            ws.write_string(r, c + 2, *rel).unwrap();
            if !nhs.is_empty() {
                ws.write_string(r, c + 3, *nhs).unwrap();
            }
        }
    }
    wb.save(path).unwrap();
}

const BLOCKS_MAPPING: &str = r#"
[source]
name = "sf"
service = "Supporting Families"
kind = "xlsx"
path = "tracker.xlsx"
header_rows = 2

[person]
key = "{$A}#{n}"
family = "{Family Ref}"
name = { column = "Member {n} / Name" }
dob = { column = "Member {n} / DOB", formats = ["%d/%m/%Y"] }
role = { column = "Member {n} / Relationship", codes = { Mum = "parent", Child = "child" } }
nhs_number = "Member {n} / NHS No"
postcode = { column_letter = "B" }

[person.repeat]
blocks = 3
when_any = ["Member {n} / Name"]
"#;

#[tokio::test]
async fn member_blocks_under_merged_headings() {
    let dir = util::tempdir();
    let d = dir.path();
    blocks_xlsx(&d.join("tracker.xlsx"));
    let x = extract_one(d, BLOCKS_MAPPING).await.unwrap();
    assert_balanced(&x);
    assert_eq!((x.rows_read, x.rows_staged), (2, 2));
    assert_eq!(x.persons.len(), 4);
    let cal = person(&x, "FR1#3");
    assert_eq!(cal.extra().full_name.as_deref(), Some("Cal Smith"));
    assert_eq!(cal.nhs_number.as_deref(), Some("9990001112"));
    assert_eq!(cal.postcode.as_deref(), Some("LN1 1AA"));
    assert_eq!(cal.family_key.as_deref(), Some("FR1"));
    assert_eq!(
        cal.dob.as_ref().and_then(|d| d.date),
        Some(onefamily::model::PartialDate::full(2015, 9, 30))
    );
    assert_eq!(cal.position.slot, Some(3));
    assert_eq!(cal.position.row, 4);
    let bob = person(&x, "FR1#2");
    assert_eq!(bob.extra().full_name.as_deref(), Some("Bob Smith"));
    assert_eq!(bob.nhs_number, None);
    assert_eq!(person(&x, "FR2#1").postcode.as_deref(), Some("LN2 2BB"));
    // Every heading path is mapped: none unread.
    assert!(
        x.integrity.columns.unread.is_empty(),
        "{:?}",
        x.integrity.columns
    );
    assert!(x
        .integrity
        .columns
        .mapped
        .contains(&"Member 2 / DOB".to_string()));
}

#[tokio::test]
async fn blank_upper_headings_fill_from_the_left_in_csv() {
    // CSV has no merged cells: "Member 1" sits over the first column of
    // its block and the blanks to its right belong to it.
    let dir = util::tempdir();
    let d = dir.path();
    write(
        d,
        "t.csv",
        "Tracker export\n\
         ,,Member 1,,Member 2,\n\
         Ref,Postcode,Name,DOB,Name,DOB\n\
         F1,LN1 1AA,Ann Smith,01/02/1980,Bob Smith,03/04/2010\n\
         F2,LN2 2BB,Cat Jones,05/06/1990,,\n",
    );
    let mapping = r#"
[source]
name = "t"
service = "S"
kind = "csv"
path = "t.csv"
header_rows = "2-3"

[person]
key = "{Ref}#{n}"
name = "Member {n} / Name"
dob = { column = "Member {n}/DOB", formats = ["%d/%m/%Y"] }
postcode = { column_index = 2 }

[person.repeat]
blocks = 2
"#;
    let x = extract_one(d, mapping).await.unwrap();
    assert_balanced(&x);
    assert_eq!(x.persons.len(), 3);
    assert_eq!(
        person(&x, "F1#2").extra().full_name.as_deref(),
        Some("Bob Smith")
    );
    assert_eq!(person(&x, "F2#1").postcode.as_deref(), Some("LN2 2BB"));
    assert_eq!(person(&x, "F1#2").position.row, 4);
}

#[tokio::test]
async fn check_names_ambiguous_names_unmatched_paths_and_overrun_repeats() {
    let dir = util::tempdir();
    let d = dir.path();
    blocks_xlsx(&d.join("tracker.xlsx"));
    // A plain name the header repeats in three blocks.
    let ambiguous = BLOCKS_MAPPING.replace(
        "nhs_number = \"Member {n} / NHS No\"",
        "nhs_number = \"Member {n} / NHS No\"\nphone = \"DOB\"",
    );
    let lines = problems(d, &ambiguous).await;
    assert!(
        lines.iter().any(|l| l.contains("m.toml:16")
            && l.contains("\"DOB\" is ambiguous")
            && l.contains("columns D, H, L")),
        "{lines:#?}"
    );
    // A heading path that matches nothing, named with its line.
    let unmatched = BLOCKS_MAPPING.replace("Member {n} / NHS No", "Member {n} / NHS Number");
    let lines = problems(d, &unmatched).await;
    assert!(
        lines
            .iter()
            .any(|l| l.contains("m.toml:15") && l.contains("\"Member 1 / NHS Number\" not found")),
        "{lines:#?}"
    );
    // A fourth block the sheet does not have: the repeat's line.
    let overrun = BLOCKS_MAPPING.replace("blocks = 3", "blocks = 4");
    let lines = problems(d, &overrun).await;
    assert!(
        lines
            .iter()
            .any(|l| (l.contains("m.toml:18") || l.contains("m.toml:19"))
                && l.contains("[person.repeat] runs past the header: slot 4")),
        "{lines:#?}"
    );
    // The run refuses the same mappings rather than guess.
    let err = extract_one(d, &ambiguous).await.unwrap_err().to_string();
    assert!(err.contains("ambiguous"), "{err}");
    // A position beyond the header.
    let far = BLOCKS_MAPPING.replace("column_letter = \"B\"", "column_letter = \"ZZ\"");
    let lines = problems(d, &far).await;
    assert!(
        lines
            .iter()
            .any(|l| l.contains("m.toml:16") && l.contains("\"$ZZ\"")),
        "{lines:#?}"
    );
}

#[test]
fn bad_positions_and_repeats_are_config_errors() {
    let dir = util::tempdir();
    let d = dir.path();
    write(
        d,
        "project.toml",
        "[project]\nname = \"t\"\nsources = [\"m.toml\"]\n",
    );
    let cases = [
        (
            "given_names = \"$C3\"",
            "`$` is followed by a column letter",
        ),
        (
            "given_names = { column_letter = \"3\" }",
            "is not a column letter",
        ),
        ("given_names = { column_index = 0 }", "1-based"),
        (
            "given_names = { lookup = \"nope\", column = \"x\" }",
            "no [[lookup]] declares",
        ),
    ];
    for (line, msg) in cases {
        write(
            d,
            "m.toml",
            format!("[source]\nname = \"t\"\nservice = \"S\"\nkind = \"csv\"\npath = \"t.csv\"\n[person]\nkey = \"id\"\n{line}\n"),
        );
        let err = load_project(&d.join("project.toml"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(msg) && err.contains("m.toml:8"),
            "{line}: {err}"
        );
    }
    write(
        d,
        "m.toml",
        "[source]\nname = \"t\"\nservice = \"S\"\nkind = \"csv\"\npath = \"t.csv\"\nheader_rows = \"5-3\"\n[person]\nkey = \"id\"\n",
    );
    let err = load_project(&d.join("project.toml"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("header_rows") && err.contains("m.toml:6"),
        "{err}"
    );
    write(
        d,
        "m.toml",
        "[source]\nname = \"t\"\nservice = \"S\"\nkind = \"sqlite\"\npath = \"t.db\"\ntable = \"x\"\nsheets = \"20*\"\n[person]\nkey = \"id\"\n",
    );
    let err = load_project(&d.join("project.toml"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("`sheets` applies to spreadsheet"), "{err}");
}

/// One sheet per year, attendee numbers restarting each year, and a
/// summary sheet nobody maps.
fn yearly_xlsx(path: &Path) {
    let mut wb = Workbook::new();
    for (year, people) in [
        ("2023", &[("1", "Ann Smith"), ("2", "Bob Jones")][..]),
        ("2024", &[("1", "Cat Brown")][..]),
        ("2025", &[("1", "Dee White"), ("2", "Eve Black")][..]),
    ] {
        let ws = wb.add_worksheet();
        ws.set_name(year).unwrap();
        // Columns move between years: 2024 puts the name first.
        let (id_col, name_col) = if year == "2024" { (1, 0) } else { (0, 1) };
        ws.write_string(0, id_col, "Attendee ID").unwrap();
        ws.write_string(0, name_col, "Name").unwrap();
        for (r, (id, name)) in people.iter().enumerate() {
            ws.write_string(r as u32 + 1, id_col, *id).unwrap();
            ws.write_string(r as u32 + 1, name_col, *name).unwrap();
        }
    }
    let ws = wb.add_worksheet();
    ws.set_name("Summary").unwrap();
    ws.write_string(0, 0, "Courses run").unwrap();
    wb.save(path).unwrap();
}

#[tokio::test]
async fn several_sheets_as_one_source() {
    let dir = util::tempdir();
    let d = dir.path();
    yearly_xlsx(&d.join("parenting.xlsx"));
    let mapping = |sheets: &str, key: &str| {
        format!(
            "[source]\nname = \"p\"\nservice = \"Parenting\"\nkind = \"xlsx\"\npath = \"parenting.xlsx\"\nsheets = {sheets}\nignore_sheets = [\"Summary\"]\n\n[person]\nkey = \"{key}\"\nname = \"Name\"\n"
        )
    };
    let x = extract_one(d, &mapping("\"20*\"", "{_sheet}-{Attendee ID}"))
        .await
        .unwrap();
    assert_balanced(&x);
    let keys: Vec<&str> = x.persons.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(keys, ["2023-1", "2023-2", "2024-1", "2025-1", "2025-2"]);
    assert_eq!(
        person(&x, "2024-1").extra().full_name.as_deref(),
        Some("Cat Brown")
    );
    assert_eq!(person(&x, "2025-2").position.to_string(), "2025!row 3");
    // Counted sheet by sheet, independently of the row loop.
    assert_eq!(x.physical_rows, Some(5));
    assert!(x.integrity.parted_at.is_none());
    let sheets: Vec<(&str, u64, &str)> = x
        .integrity
        .sheets
        .iter()
        .map(|s| (s.name.as_str(), s.rows, s.status))
        .collect();
    assert_eq!(
        sheets,
        [
            ("2023", 3, "mapped"),
            ("2024", 2, "mapped"),
            ("2025", 3, "mapped"),
            ("Summary", 1, "ignored")
        ]
    );
    // A list picks sheets by name, in workbook order.
    let x = extract_one(
        d,
        &mapping("[\"2025\", \"2023\"]", "{_sheet}-{Attendee ID}"),
    )
    .await
    .unwrap();
    assert_eq!(x.persons.len(), 4);
    assert_eq!(x.persons[0].key, "2023-1");
    // Without {_sheet} the restarting numbers are duplicates, never merged.
    let x = extract_one(d, &mapping("\"20*\"", "{Attendee ID}"))
        .await
        .unwrap();
    assert_balanced(&x);
    assert_eq!(x.persons.len(), 2);
    assert_eq!(x.rows_rejected, 3);
    // A name or pattern that matches no sheet is an error, at its line.
    let lines = problems(d, &mapping("[\"2023\", \"19*\"]", "{_sheet}-{Attendee ID}")).await;
    assert!(
        lines
            .iter()
            .any(|l| l.contains("m.toml:6") && l.contains("\"19*\"")),
        "{lines:#?}"
    );
}

#[tokio::test]
async fn one_csv_export_per_month_as_one_source() {
    let dir = util::tempdir();
    let d = dir.path();
    std::fs::create_dir(d.join("estate")).unwrap();
    let e = d.join("estate");
    write(
        &e,
        "contacts_2024-01.csv",
        "Contact ID,Name\n1,Ann Smith\n2,Bob Jones\n",
    );
    // February's export moved a column and repeated contact 1 (another person).
    write(
        &e,
        "contacts_2024-02.csv",
        "Name,Contact ID\nCat Brown,1\n,\nDee White,3\n",
    );
    write(&e, "notes.csv", "x\n1\n");
    std::env::set_var("ONEFAMILY_SHAPES_ESTATE", &e);
    let mapping = |path: &str, key: &str| {
        format!("[source]\nname = \"fd\"\nservice = \"MASH\"\nkind = \"csv\"\npath = \"{path}\"\n\n[person]\nkey = \"{key}\"\nname = \"Name\"\n")
    };
    let x = extract_one(
        d,
        &mapping(
            "${ONEFAMILY_SHAPES_ESTATE}/contacts_*.csv",
            "{_file}:{Contact ID}",
        ),
    )
    .await
    .unwrap();
    assert_balanced(&x);
    assert_eq!(x.persons.len(), 4);
    assert_eq!(x.skipped.len(), 1);
    let cat = person(&x, "contacts_2024-02.csv:1");
    assert_eq!(cat.extra().full_name.as_deref(), Some("Cat Brown"));
    assert_eq!(cat.position.to_string(), "contacts_2024-02.csv!row 2");
    assert_eq!(x.physical_rows, Some(5));
    let files: Vec<(&str, u64)> = x
        .integrity
        .sheets
        .iter()
        .map(|s| (s.name.as_str(), s.rows))
        .collect();
    assert_eq!(
        files,
        [("contacts_2024-01.csv", 2), ("contacts_2024-02.csv", 3)]
    );
    // A pattern that matches nothing is an error.
    let err = extract_one(d, &mapping("estate/referrals_*.csv", "{Contact ID}"))
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("no file matches"), "{err}");
}

/// Bookings on one sheet, the children of each booking on another.
fn bookings_xlsx(path: &Path) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Children").unwrap();
    for (c, h) in ["Child ID", "First Name", "Booking Ref"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (r, (id, name, bref)) in [
        ("C1", "Ann", "B-1"),
        ("C2", "Bob", "B-1"),
        ("C3", "Cat", "B-2"),
        ("C4", "Dee", "B-9"),
        ("C5", "Eve", ""),
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(r as u32 + 1, 0, *id).unwrap();
        ws.write_string(r as u32 + 1, 1, *name).unwrap();
        ws.write_string(r as u32 + 1, 2, *bref).unwrap();
    }
    let ws = wb.add_worksheet();
    ws.set_name("Bookings").unwrap();
    ws.write_string(0, 0, "Bookings taken 2025").unwrap();
    for (c, h) in ["Booking Ref", "Surname", "Postcode"].iter().enumerate() {
        ws.write_string(1, c as u16, *h).unwrap();
    }
    for (r, (b, s, p)) in [("B-1", "Smith", "LN1 1AA"), ("B-2", "Jones", "LN2 2BB")]
        .iter()
        .enumerate()
    {
        ws.write_string(r as u32 + 2, 0, *b).unwrap();
        ws.write_string(r as u32 + 2, 1, *s).unwrap();
        ws.write_string(r as u32 + 2, 2, *p).unwrap();
    }
    wb.save(path).unwrap();
}

const LOOKUP_PERSON: &str = r#"
[person]
key = "{Child ID}"
given_names = "First Name"
family_name = { lookup = "booking", column = "Surname" }
postcode = { lookup = "booking", column = "Postcode" }
family = { lookup = "booking", column = "Booking Ref" }
"#;

fn assert_booked(x: &SourceExtract) {
    assert_balanced(x);
    let bob = person(x, "C2");
    assert_eq!(bob.family_name.as_deref(), Some("Smith"));
    assert_eq!(bob.postcode.as_deref(), Some("LN1 1AA"));
    assert_eq!(bob.family_key.as_deref(), Some("B-1"));
    assert_eq!(person(x, "C3").family_name.as_deref(), Some("Jones"));
    // No booking B-9: blank looked-up fields, counted.
    assert_eq!(person(x, "C4").family_name, None);
    let l = &x.integrity.lookups[0];
    assert_eq!(
        (l.rows, l.matched, l.unmatched, l.blank, l.duplicate_keys),
        (2, 3, 1, 1, 0)
    );
    assert_eq!(l.first_unmatched.len(), 1);
    assert!(l.first_unmatched[0].ends_with("row 5"), "{l:?}");
}

#[tokio::test]
async fn lookup_between_sheets_of_a_workbook() {
    let dir = util::tempdir();
    let d = dir.path();
    bookings_xlsx(&d.join("courses.xlsx"));
    let mapping = format!(
        "[source]\nname = \"pp\"\nservice = \"Parenting\"\nkind = \"xlsx\"\npath = \"courses.xlsx\"\nsheet = \"Children\"\n\n[[lookup]]\nname = \"booking\"\nsheet = \"Bookings\"\nkey = \"Booking Ref\"\non = \"Booking Ref\"\n{LOOKUP_PERSON}"
    );
    let x = extract_one(d, &mapping).await.unwrap();
    assert_booked(&x);
    assert_eq!(x.integrity.lookups[0].from, "sheet \"Bookings\"");
    let bookings = x
        .integrity
        .sheets
        .iter()
        .find(|s| s.name == "Bookings")
        .unwrap();
    assert_eq!(bookings.status, "lookup");
    // check says so, at the lookup's line, with positions and no values.
    let lines = problems(d, &mapping).await;
    assert!(
        lines.iter().any(|l| l.contains("m.toml:")
            && l.contains("lookup \"booking\": 1 row(s) found no row")
            && l.contains("Children!row 5")),
        "{lines:#?}"
    );
    assert!(!lines.iter().any(|l| l.contains("B-9")), "{lines:#?}");
    // A looked-up column the sheet lacks, and a missing sheet.
    let bad = mapping.replace("column = \"Postcode\"", "column = \"Post Code\"");
    let lines = problems(d, &bad).await;
    assert!(
        lines
            .iter()
            .any(|l| l.contains("m.toml:18") && l.contains("has no column \"Post Code\"")),
        "{lines:#?}"
    );
    let bad = mapping.replace("sheet = \"Bookings\"", "sheet = \"Bookngs\"");
    let err = extract_one(d, &bad).await.unwrap_err().to_string();
    assert!(
        err.contains("lookup \"booking\"") && err.contains("Bookngs"),
        "{err}"
    );
}

#[tokio::test]
async fn lookup_in_another_csv_file() {
    let dir = util::tempdir();
    let d = dir.path();
    write(
        d,
        "children.csv",
        "Child ID,First Name,Booking Ref\nC1,Ann,B-1\nC2,Bob,B-1\nC3,Cat,B-2\nC4,Dee,B-9\nC5,Eve,\n",
    );
    write(
        d,
        "bookings.csv",
        "Booking Ref,Surname,Postcode\nB-1,Smith,LN1 1AA\nB-2,Jones,LN2 2BB\n",
    );
    let mapping = format!(
        "[source]\nname = \"pp\"\nservice = \"Parenting\"\nkind = \"csv\"\npath = \"children.csv\"\n\n[[lookup]]\nname = \"booking\"\npath = \"bookings.csv\"\nkey = \"Booking Ref\"\non = \"Booking Ref\"\n{LOOKUP_PERSON}"
    );
    let x = extract_one(d, &mapping).await.unwrap();
    assert_booked(&x);
}

#[tokio::test]
async fn lookup_in_another_sqlite_table() {
    use sqlx::ConnectOptions;
    let dir = util::tempdir();
    let d = dir.path();
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(d.join("courses.db"))
        .create_if_missing(true)
        .connect()
        .await
        .unwrap();
    for sql in [
        "CREATE TABLE children (child_id TEXT, first_name TEXT, booking_ref INTEGER)",
        "CREATE TABLE bookings (booking_ref INTEGER, surname TEXT, postcode TEXT)",
        "INSERT INTO children VALUES ('C1','Ann',1),('C2','Bob',1),('C3','Cat',2),('C4','Dee',9),('C5','Eve',NULL)",
        "INSERT INTO bookings VALUES (1,'Smith','LN1 1AA'),(2,'Jones','LN2 2BB'),(2,'Again','LN9 9ZZ')",
    ] {
        sqlx::query(sql).execute(&mut conn).await.unwrap();
    }
    drop(conn);
    let mapping = "[source]\nname = \"pp\"\nservice = \"Parenting\"\nkind = \"sqlite\"\npath = \"courses.db\"\ntable = \"children\"\n\n[[lookup]]\nname = \"booking\"\ntable = \"bookings\"\nkey = \"booking_ref\"\non = \"booking_ref\"\n\n[person]\nkey = \"{child_id}\"\ngiven_names = \"first_name\"\nfamily_name = { lookup = \"booking\", column = \"surname\" }\npostcode = { lookup = \"booking\", column = \"postcode\" }\nfamily = { lookup = \"booking\", column = \"booking_ref\" }\n";
    let x = extract_one(d, mapping).await.unwrap();
    assert_balanced(&x);
    let bob = person(&x, "C2");
    assert_eq!(bob.family_name.as_deref(), Some("Smith"));
    assert_eq!(bob.family_key.as_deref(), Some("1"));
    // The first of two rows with key 2 is used, and the repeat counted.
    assert_eq!(person(&x, "C3").family_name.as_deref(), Some("Jones"));
    let l = &x.integrity.lookups[0];
    assert_eq!(
        (l.rows, l.matched, l.unmatched, l.blank, l.duplicate_keys),
        (3, 3, 1, 1, 1)
    );
}

/// A lookup's columns inside templates: `{booking.Booking Ref}` beside the
/// row's own columns and the sheet's name, in keys and family keys.
#[tokio::test]
async fn lookup_columns_in_templates() {
    let dir = util::tempdir();
    let d = dir.path();
    bookings_xlsx(&d.join("courses.xlsx"));
    let mapping = "[source]\nname = \"pp\"\nservice = \"Parenting\"\nkind = \"xlsx\"\npath = \"courses.xlsx\"\nsheet = \"Children\"\n\n[[lookup]]\nname = \"booking\"\nsheet = \"Bookings\"\nkey = \"Booking Ref\"\non = \"Booking Ref\"\n\n[person]\nkey = \"{Child ID}\"\ngiven_names = \"First Name\"\nfamily = \"{booking.Booking Ref}/{_sheet}\"\nfamily_name = { template = \"{booking.Surname}\" }\n\n[[involvement]]\nkey = \"{booking.Booking Ref}-{Child ID}\"\n";
    let x = extract_one(d, mapping).await.unwrap();
    assert_balanced(&x);
    let bob = person(&x, "C2");
    assert_eq!(bob.family_key.as_deref(), Some("B-1/Children"));
    assert_eq!(bob.family_name.as_deref(), Some("Smith"));
    assert_eq!(person(&x, "C3").family_key.as_deref(), Some("B-2/Children"));
    // C4's booking B-9 is not on the sheet and C5 has none: their keys
    // render empty (a key missing a part is not a key), never half a key.
    assert_eq!(person(&x, "C4").family_key, None);
    let keys: Vec<&str> = x.involvements.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["B-1-C1", "B-1-C2", "B-2-C3"]);
    let missing = x
        .rejects
        .iter()
        .filter(|r| r.reason == onefamily::model::RejectReason::MissingKey)
        .count();
    assert_eq!(missing, 2, "{:?}", x.rejects);
    let l = &x.integrity.lookups[0];
    assert_eq!((l.matched, l.unmatched, l.blank), (3, 1, 1));

    // check: a misspelt lookup and a column its sheet lacks, each at its line.
    let bad = mapping.replace("{booking.Surname}", "{bookng.Surname}");
    let lines = problems(d, &bad).await;
    assert!(
        lines.iter().any(|l| l.contains("m.toml:18")
            && l.contains("no [[lookup]] named \"bookng\"")
            && l.contains("\"booking\"")),
        "{lines:#?}"
    );
    let bad = mapping.replace("{booking.Booking Ref}-", "{booking.Booking No}-");
    let lines = problems(d, &bad).await;
    assert!(
        lines.iter().any(|l| l.contains("m.toml:21")
            && l.contains("lookup \"booking\"")
            && l.contains("has no column \"Booking No\"")),
        "{lines:#?}"
    );
}

/// A monthly export's neighbours: a month with nothing to export (its
/// header alone: counted, no rows), a month whose columns moved (found by
/// name), a month that adds a column (a `check` problem until mapped or
/// ignored), and a folder whose every month is empty (an error).
#[tokio::test]
async fn monthly_exports_with_an_empty_month_moved_and_added_columns() {
    let dir = util::tempdir();
    let d = dir.path();
    write(
        d,
        "contacts_2024-01.csv",
        "Contact ID,Name\n1,Ann Smith\n2,Bob Jones\n",
    );
    write(d, "contacts_2024-02.csv", "Contact ID,Name\n");
    write(
        d,
        "contacts_2024-03.csv",
        "Name,Channel,Contact ID\nCat Brown,Phone,1\n",
    );
    let mapping = |ignore: &str| {
        format!("[source]\nname = \"fd\"\nservice = \"MASH\"\nkind = \"csv\"\npath = \"contacts_*.csv\"\n{ignore}\n[person]\nkey = \"{{_file}}:{{Contact ID}}\"\nname = \"Name\"\n")
    };
    let x = extract_one(d, &mapping("")).await.unwrap();
    assert_balanced(&x);
    let keys: Vec<&str> = x.persons.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "contacts_2024-01.csv:1",
            "contacts_2024-01.csv:2",
            "contacts_2024-03.csv:1"
        ]
    );
    assert_eq!(
        person(&x, "contacts_2024-03.csv:1")
            .extra()
            .full_name
            .as_deref(),
        Some("Cat Brown")
    );
    let files: Vec<(&str, u64)> = x
        .integrity
        .sheets
        .iter()
        .map(|s| (s.name.as_str(), s.rows))
        .collect();
    assert_eq!(
        files,
        [
            ("contacts_2024-01.csv", 2),
            ("contacts_2024-02.csv", 0),
            ("contacts_2024-03.csv", 1)
        ]
    );
    assert_eq!(x.integrity.columns.unread, ["Channel"]);
    // check: the added column is a problem at [source] until it is ignored;
    // the empty month is not.
    let lines = problems(d, &mapping("")).await;
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].contains("m.toml:2") && lines[0].contains("\"Channel\""),
        "{lines:#?}"
    );
    let lines = problems(d, &mapping("ignore = [\"Channel\"]\n")).await;
    assert!(lines.is_empty(), "{lines:#?}");
    // Every month a header alone: no export at all.
    for m in ["01", "03"] {
        write(d, &format!("contacts_2024-{m}.csv"), "Contact ID,Name\n");
    }
    let err = extract_one(d, &mapping("")).await.unwrap_err().to_string();
    assert!(
        err.contains("every one of the 3 files") && err.contains("header only"),
        "{err}"
    );
}
