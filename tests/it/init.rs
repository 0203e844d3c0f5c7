//! `onefamily init`: a draft project from a folder of legacy files and a
//! database URL. Each source kind's draft is read back as TOML and its
//! guessed fields asserted; the bundled estate's draft is refused by `check`
//! until its draft marks are removed, and then accepted.

use crate::util;
use std::path::{Path, PathBuf};

fn init(dir: &Path, out: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "init",
        dir.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let o = util::onefamily(&args);
    assert!(o.status.success(), "{}", util::text(&o));
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn mapping(out: &Path, name: &str) -> toml::Table {
    let text = util::read(&out.join(format!("{name}.toml")));
    text.parse()
        .unwrap_or_else(|e| panic!("{name}.toml: {e}\n{text}"))
}

/// `[person].FIELD`: the column, whether written as a name or a table.
fn column<'a>(m: &'a toml::Table, section: &str, field: &str) -> Option<&'a str> {
    let v = m.get(section)?.get(field)?;
    v.as_str().or_else(|| v.get("column")?.as_str())
}

fn formats(m: &toml::Table, field: &str) -> Vec<String> {
    m["person"][field]["formats"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// What a person confirming the draft does last: remove the draft marks.
fn confirm(out: &Path) {
    for e in std::fs::read_dir(out).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "toml") {
            let text = util::read(&p);
            let kept: Vec<&str> = text
                .lines()
                .filter(|l| l.trim() != "draft = true")
                .collect();
            std::fs::write(&p, kept.join("\n") + "\n").unwrap();
        }
    }
}

fn check(out: &Path) -> std::process::Output {
    util::onefamily(&[
        "check",
        "--project",
        out.join("project.toml").to_str().unwrap(),
    ])
}

#[test]
fn csv_draft_guesses_from_names_and_values() {
    let dir = util::tempdir();
    let estate = dir.path().join("estate");
    std::fs::create_dir(&estate).unwrap();
    // Windows-1252 (the é), a title row, "Ref" holding NHS numbers.
    let mut text = String::from("Contacts export\r\n\r\n");
    text.push_str("Client No,Forename,Child Surname,D.O.B,Gender,Ref,Post Code,Household,Start Date,Notes\r\n");
    let rows = [
        (
            "C1",
            "Zoë",
            "Test",
            "03/04/2015",
            "M",
            "9434765919",
            "LN1 2AB",
            "H1",
            "01/02/2020",
        ),
        (
            "C2",
            "Ann",
            "Testé",
            "21/12/2010",
            "F",
            "9434765870",
            "LN2 3DE",
            "H1",
            "05/06/2021",
        ),
        (
            "C3",
            "Bo",
            "Tester",
            "30/01/2012",
            "F",
            "",
            "LN3 4EF",
            "H2",
            "",
        ),
    ];
    for r in rows {
        text.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},x\r\n",
            r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8
        ));
    }
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    std::fs::write(estate.join("contacts.csv"), &bytes).unwrap();
    let out = dir.path().join("draft");
    init(&estate, &out, &[]);
    let m = mapping(&out, "contacts");
    assert_eq!(m["source"]["encoding"].as_str(), Some("windows-1252"));
    // The title row is passed over: the mapped columns find the header.
    assert_eq!(m["person"]["key"].as_str(), Some("{Client No}"));
    assert_eq!(m["person"]["family"].as_str(), Some("{Household}"));
    assert_eq!(column(&m, "person", "given_names"), Some("Forename"));
    assert_eq!(column(&m, "person", "family_name"), Some("Child Surname"));
    assert_eq!(column(&m, "person", "dob"), Some("D.O.B"));
    assert_eq!(formats(&m, "dob"), ["%d/%m/%Y"]);
    assert_eq!(column(&m, "person", "nhs_number"), Some("Ref"));
    assert_eq!(column(&m, "person", "postcode"), Some("Post Code"));
    let sex = m["person"]["sex"]["codes"].as_table().unwrap();
    assert_eq!(sex.get("M").and_then(|v| v.as_str()), Some("M"));
    assert_eq!(sex.get("F").and_then(|v| v.as_str()), Some("F"));
    assert_eq!(
        column(&m, "involvement", "start"),
        None,
        "involvement is an array"
    );
    let inv = m["involvement"].as_array().unwrap();
    assert_eq!(inv[0]["start"]["column"].as_str(), Some("Start Date"));
    assert_eq!(m["source"]["ignore"].as_array().unwrap().len(), 1);
    // No value from the data in the draft's comments.
    let raw = util::read(&out.join("contacts.toml"));
    for v in ["Zo", "Test", "9434765919", "LN1", "03/04/2015"] {
        assert!(!raw.contains(v), "{v} in the draft:\n{raw}");
    }
    let refused = check(&out);
    assert_eq!(refused.status.code(), Some(1), "{}", util::text(&refused));
    assert!(util::text(&refused).contains("draft mapping: confirm the guesses"));
    confirm(&out);
    let accepted = check(&out);
    assert!(accepted.status.success(), "{}", util::text(&accepted));
}

#[test]
fn xlsx_draft_finds_the_header_and_passes_a_blank_sheet() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let dir = util::tempdir();
    let estate = dir.path().join("estate");
    std::fs::create_dir(&estate).unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Tracker").unwrap();
    ws.write(0, 0, "Family tracker").unwrap();
    let head = [
        "Family ID",
        "Member ID",
        "First Name",
        "Surname",
        "DoB",
        "Sex",
        "UPN",
    ];
    for (c, h) in head.iter().enumerate() {
        ws.write(2, c as u16, *h).unwrap();
    }
    let date = Format::new().set_num_format("dd/mm/yyyy");
    // Valid UPNs: the check letter, then the LA number and the rest.
    let upns: Vec<String> = ["823456789012", "823456789013"]
        .iter()
        .map(|rest| {
            format!(
                "{}{rest}",
                onefamily::standardise::upn::check_letter(rest).unwrap()
            )
        })
        .collect();
    for r in 0..2u32 {
        let row = 3 + r;
        ws.write(row, 0, "F1").unwrap();
        ws.write(row, 1, format!("M{r}")).unwrap();
        ws.write(row, 2, "Given").unwrap();
        ws.write(row, 3, "Family").unwrap();
        let d = ExcelDateTime::from_ymd(2012, 3, 1 + r as u8).unwrap();
        ws.write_with_format(row, 4, &d, &date).unwrap();
        ws.write(row, 5, if r == 0 { "Male" } else { "Female" })
            .unwrap();
        ws.write(row, 6, upns[r as usize].as_str()).unwrap();
    }
    wb.add_worksheet().set_name("Notes").unwrap();
    wb.save(estate.join("tracker.xlsx")).unwrap();
    let out = dir.path().join("draft");
    let lines = init(&estate, &out, &[]);
    assert!(lines.contains("\"Notes\": passed over, blank"), "{lines}");
    let m = mapping(&out, "tracker_tracker");
    assert_eq!(m["source"]["sheet"].as_str(), Some("Tracker"));
    assert_eq!(m["source"]["header_row"].as_integer(), Some(3));
    assert_eq!(m["person"]["key"].as_str(), Some("{Member ID}"));
    assert_eq!(m["person"]["family"].as_str(), Some("{Family ID}"));
    assert_eq!(column(&m, "person", "given_names"), Some("First Name"));
    assert_eq!(column(&m, "person", "family_name"), Some("Surname"));
    assert_eq!(column(&m, "person", "dob"), Some("DoB"));
    assert_eq!(column(&m, "person", "sex"), Some("Sex"));
    assert_eq!(column(&m, "person", "upn"), Some("UPN"));
    confirm(&out);
    let accepted = check(&out);
    assert!(accepted.status.success(), "{}", util::text(&accepted));
}

#[test]
fn ods_draft_reads_the_bundled_register() {
    let dir = util::tempdir();
    let estate = dir.path().join("estate");
    std::fs::create_dir(&estate).unwrap();
    std::fs::copy(
        util::root().join("sample-data/parenting_programmes.ods"),
        estate.join("register.ods"),
    )
    .unwrap();
    let out = dir.path().join("draft");
    init(&estate, &out, &[]);
    let mut names: Vec<PathBuf> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    // The register keeps a sheet of attendance per year: one draft reads
    // them all by a sheet pattern; the bookings sheet has its own.
    let attendance: Vec<&PathBuf> = names
        .iter()
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("register_attendance")
        })
        .collect();
    assert_eq!(attendance.len(), 1, "{names:?}");
    let m: toml::Table = util::read(attendance[0]).parse().unwrap();
    assert_eq!(m["source"]["kind"].as_str(), Some("ods"));
    assert_eq!(m["source"]["sheets"].as_str(), Some("Attendance *"));
    assert_eq!(
        m["source"]["ignore_sheets"].as_array().unwrap(),
        &vec![toml::Value::from("Bookings")]
    );
    assert_eq!(m["person"]["key"].as_str(), Some("{Attendee ID}"));
    assert_eq!(m["person"]["family"].as_str(), Some("{Family No}"));
    assert_eq!(column(&m, "person", "name"), Some("Name"));
    assert_eq!(
        m["person"]["name"]["order"].as_str(),
        Some("forenames_surname")
    );
    assert_eq!(column(&m, "person", "dob"), Some("Date of Birth"));
    assert_eq!(column(&m, "person", "sex"), Some("Gender"));
    assert_eq!(column(&m, "person", "postcode"), Some("Postcode"));
}

#[tokio::test]
async fn sqlite_and_dump_drafts_read_every_table() {
    use sqlx::{ConnectOptions, Executor};
    let dir = util::tempdir();
    let estate = dir.path().join("estate");
    std::fs::create_dir(&estate).unwrap();
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(estate.join("centres.db"))
        .create_if_missing(true)
        .connect()
        .await
        .unwrap();
    conn.execute(
        "CREATE TABLE registration (reg_id INTEGER, household_id TEXT, forename TEXT, surname TEXT, \
         date_of_birth TEXT, gender INTEGER, nhs_no TEXT, referral_date TEXT);
         INSERT INTO registration VALUES (1, 'H1', 'A', 'B', '2015-04-03', 1, '9434765919', '2020-01-02'),
           (2, 'H1', 'C', 'B', '2013-01-09', 2, '9434765870', '2021-03-04');
         CREATE TABLE empty_lookup (code TEXT);",
    )
    .await
    .unwrap();
    drop(conn);
    let dump = "-- MySQL dump 10.13\n\
        CREATE TABLE `young_person` (\n  `yp_id` int NOT NULL,\n  `first_name` varchar(40),\n  `last_name` varchar(40),\n  `dob` date,\n  `upn` varchar(13)\n);\n\
        INSERT INTO `young_person` VALUES (1,'A','B','2010-05-01',NULL),(2,'C','D','2011-06-02',NULL);\n";
    std::fs::write(estate.join("yot.sql"), dump).unwrap();
    let out = dir.path().join("draft");
    let lines = init(&estate, &out, &[]);
    assert!(
        lines.contains("\"empty_lookup\": passed over, no rows"),
        "{lines}"
    );
    let m = mapping(&out, "centres_registration");
    assert_eq!(m["source"]["table"].as_str(), Some("registration"));
    assert_eq!(m["person"]["key"].as_str(), Some("{reg_id}"));
    assert_eq!(m["person"]["family"].as_str(), Some("{household_id}"));
    assert_eq!(column(&m, "person", "dob"), Some("date_of_birth"));
    assert_eq!(formats(&m, "dob"), ["%Y-%m-%d"]);
    assert_eq!(column(&m, "person", "nhs_number"), Some("nhs_no"));
    let codes = m["person"]["sex"]["codes"].as_table().unwrap();
    assert_eq!(codes.get("1").and_then(|v| v.as_str()), Some("M"));
    let refs = m["referral"].as_array().unwrap();
    assert_eq!(refs[0]["date"]["column"].as_str(), Some("referral_date"));

    let d = mapping(&out, "yot");
    assert_eq!(d["source"]["kind"].as_str(), Some("dump"));
    assert_eq!(d["source"]["table"].as_str(), Some("young_person"));
    assert_eq!(d["person"]["key"].as_str(), Some("{yp_id}"));
    assert_eq!(column(&d, "person", "given_names"), Some("first_name"));
    assert_eq!(column(&d, "person", "family_name"), Some("last_name"));
    assert_eq!(column(&d, "person", "dob"), Some("dob"));
    // A column named as an identifier but empty in every row read: unmapped.
    assert_eq!(column(&d, "person", "upn"), None);
    confirm(&out);
    let accepted = check(&out);
    assert!(accepted.status.success(), "{}", util::text(&accepted));
}

#[tokio::test]
async fn server_draft_reads_a_mariadb_database() {
    use sqlx::{ConnectOptions, Executor};
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let db = format!("of_init_{}_{}", std::process::id(), nanos % 1_000_000);
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
            "CREATE TABLE {db}.pupil (pupil_ref VARCHAR(10), given_name VARCHAR(40), family_name VARCHAR(40), \
             birth_date DATE, sex CHAR(1), post_code VARCHAR(10)); \
             INSERT INTO {db}.pupil VALUES ('P1','A','B','2012-01-02','M','LN1 2AB'), ('P2','C','D','2013-02-03','F','LN2 3DE')"
        )
        ),
    )
    .await
    .unwrap();
    let dir = util::tempdir();
    let estate = dir.path().join("estate");
    std::fs::create_dir(&estate).unwrap();
    let out = dir.path().join("draft");
    let url = format!("mysql://root@127.0.0.1:3306/{db}");
    init(&estate, &out, &["--url", &url]);
    let m = mapping(&out, "pupil");
    conn.execute(sqlx::AssertSqlSafe(format!("DROP DATABASE {db}")))
        .await
        .unwrap();
    assert_eq!(m["source"]["kind"].as_str(), Some("mysql"));
    assert_eq!(m["source"]["url"].as_str(), Some(url.as_str()));
    assert_eq!(m["person"]["key"].as_str(), Some("{pupil_ref}"));
    assert_eq!(column(&m, "person", "given_names"), Some("given_name"));
    assert_eq!(column(&m, "person", "family_name"), Some("family_name"));
    assert_eq!(column(&m, "person", "dob"), Some("birth_date"));
    assert_eq!(column(&m, "person", "sex"), Some("sex"));
    assert_eq!(column(&m, "person", "postcode"), Some("post_code"));
}

#[test]
fn a_server_password_stays_out_of_the_draft_and_the_lines() {
    let dir = util::tempdir();
    let estate = dir.path().join("estate");
    std::fs::create_dir(&estate).unwrap();
    let out = dir.path().join("draft");
    let o = util::onefamily(&[
        "init",
        estate.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--url",
        "mysql://onefamily_nobody:Pw_Secret123@127.0.0.1:3306/test",
    ]);
    let all = util::text(&o);
    assert!(o.status.success(), "{all}");
    assert!(all.contains("passed over"), "{all}");
    assert!(!all.contains("Pw_Secret123"), "{all}");
}

#[test]
fn odd_files_get_clear_lines() {
    let dir = util::tempdir();
    let estate = dir.path().join("estate");
    std::fs::create_dir(&estate).unwrap();
    std::fs::write(estate.join("empty.csv"), "").unwrap();
    std::fs::write(estate.join("header_only.csv"), "id,name\n").unwrap();
    std::fs::write(estate.join("notes.txt"), "not a table").unwrap();
    std::fs::write(estate.join("broken.db"), "not SQLite either").unwrap();
    std::fs::write(estate.join("broken.xlsx"), "not a zip").unwrap();
    std::fs::write(estate.join("broken.sql"), "CREATE TABLE (((").unwrap();
    let out = dir.path().join("draft");
    let lines = init(&estate, &out, &[]);
    for (file, says) in [
        ("empty.csv", "passed over, blank"),
        ("header_only.csv", "passed over, no rows below the header"),
        ("notes.txt", "not a kind init reads"),
        ("broken.db", "not an SQLite database"),
        ("broken.xlsx", "cannot open"),
        ("broken.sql", "passed over"),
    ] {
        let line = lines
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("no line for {file}:\n{lines}"));
        assert!(line.contains(says), "{line}");
    }
    // A draft with no sources: the project file is written, and a second
    // run without --force refuses to overwrite it.
    assert!(out.join("project.toml").is_file());
    let again = util::onefamily(&[
        "init",
        estate.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(2), "{}", util::text(&again));
}

#[test]
fn the_bundled_estate_drafts_to_a_project_check_accepts_once_confirmed() {
    let dir = util::tempdir();
    let estate = dir.path().join("estate");
    std::fs::create_dir(&estate).unwrap();
    for e in std::fs::read_dir(util::root().join("sample-data")).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, estate.join(p.file_name().unwrap())).unwrap();
        }
    }
    let out = dir.path().join("draft");
    let said = init(&estate, &out, &[]);
    // The front door's monthly exports are one source read by a pattern,
    // its contact IDs restarting each month: the file is part of the key.
    let fd = mapping(&out, "front_door_contacts");
    assert_eq!(
        fd["source"]["path"].as_str(),
        Some("../estate/front_door_contacts_*.csv"),
        "{said}"
    );
    assert_eq!(fd["person"]["key"].as_str(), Some("{_file}:{Contact ID}"));
    assert_eq!(fd["person"]["family"].as_str(), Some("{Family ID}"));
    let ignored = fd["source"]["ignore"].as_array().unwrap();
    assert!(ignored.iter().any(|c| c.as_str() == Some("Contact Method")));
    let monthly: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("front_door_contacts_"))
        .collect();
    assert!(monthly.is_empty(), "{monthly:?}");
    let refused = check(&out);
    assert_eq!(refused.status.code(), Some(1), "{}", util::text(&refused));
    assert!(util::text(&refused).contains("draft mapping: confirm the guesses"));
    confirm(&out);
    let accepted = check(&out);
    assert!(accepted.status.success(), "{}", util::text(&accepted));
}
