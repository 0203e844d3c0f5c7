//! Loading and resolving projects and mappings, with every planted problem.

use super::*;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn interpolates_env() {
    std::env::set_var("ONEFAMILY_TEST_URL_PW", "s3cret");
    let cases = [
        (
            "mysql://root:${ONEFAMILY_TEST_URL_PW}@h/db",
            Ok("mysql://root:s3cret@h/db".to_string()),
        ),
        ("plain", Ok("plain".to_string())),
        (
            "${ONEFAMILY_TEST_NOT_SET_XYZ}",
            Err("environment variable ONEFAMILY_TEST_NOT_SET_XYZ is not set".to_string()),
        ),
        (
            "${bad name}",
            Err("`${bad name}` is not an environment variable name".to_string()),
        ),
        ("${OPEN", Err("`${` without its closing `}`".to_string())),
    ];
    for (text, want) in cases {
        assert_eq!(interpolate(text), want, "{text}");
    }
}

#[test]
fn only_select_queries() {
    let ok = [
        "SELECT * FROM t",
        "  select a from t;",
        "WITH x AS (SELECT 1) SELECT * FROM x",
        "-- note\nSELECT 1",
        "/* c */ SELECT 1",
    ];
    for q in ok {
        assert!(validate_query(q).is_ok(), "{q}");
    }
    let bad = [
        "DELETE FROM t",
        "SELECT 1; DROP TABLE t",
        "UPDATE t SET a = 1",
        "",
        "EXEC sp_x",
        "SELECTX",
    ];
    for q in bad {
        assert!(validate_query(q).is_err(), "{q}");
    }
}

#[test]
fn relative_sqlite_target() {
    assert_eq!(
        relative_sqlite_url("sqlite://../out/u.db", Path::new("m")),
        "sqlite://m/../out/u.db"
    );
    assert_eq!(
        relative_sqlite_url("sqlite:///abs.db", Path::new("m")),
        "sqlite:///abs.db"
    );
    assert_eq!(
        relative_sqlite_url("postgres://h/db", Path::new("m")),
        "postgres://h/db"
    );
}

#[test]
fn loads_a_good_project() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "project.toml",
        "[project]\nname = \"t\"\nreference_date = \"2026-01-01\"\n[target]\nurl = \"sqlite://out.db\"\nsources = [\"a.toml\", \"b.toml\"]\n",
    );
    write(
        d,
        "a.toml",
        r#"[source]
name = "a"
service = "A"
kind = "csv"
path = "a.csv"
encoding = "windows-1252"
delimiter = ";"
[person]
key = "id"
family = "{fam}"
given_names = { template = "{first} {middle}" }
dob = { column = "dob", formats = ["%d/%m/%Y", "excel"] }
sex = { column = "sex", codes = { "1" = "M", "2" = "F" } }
role = { value = "child" }
address = ["a1", { column = "a2" }]
identifiers = { yot = "yot_no" }
[[involvement]]
key = "{id}-x"
status = { column = "st", codes = { o = "open" } }
[[referral]]
key = "{id}-r"
referral_source = { column = "rs", codes = { SCH = "2A" } }
"#,
    );
    write(
        d,
        "b.toml",
        r#"[source]
name = "b"
service = "B"
kind = "xlsx"
path = "b.xlsx"
sheet = "Tracker"
[person]
key = "{Family Ref}#{n}"
family = "{Family Ref}"
given_names = "Member {n} Forename"
[person.repeat]
slots = 3
when_any = ["Member {n} Forename"]
"#,
    );
    let p = crate::mapping::load_project(&d.join("project.toml")).unwrap();
    assert_eq!(p.sources.len(), 2);
    assert_eq!(
        p.reference_date,
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
    );
    assert_eq!(
        p.target_url.as_deref(),
        Some(format!("sqlite://{}", d.join("out.db").display()).as_str())
    );
    let a = &p.sources[0];
    assert_eq!(a.kind, SourceKind::Csv);
    let Location::Csv {
        encoding,
        delimiter,
        ..
    } = &a.location
    else {
        panic!()
    };
    assert_eq!((encoding.name(), *delimiter), ("windows-1252", b';'));
    let person = a.person.as_ref().unwrap();
    // A bare key without braces is a column.
    assert_eq!(person.key.value, Value::Column(ColName::new("id")));
    assert!(matches!(person.fields[0].1.value, Value::Template(_)));
    assert_eq!(
        person
            .fields
            .iter()
            .filter(|(id, _)| *id == PersonField::Address)
            .count(),
        2
    );
    assert_eq!(person.identifiers[0].0, "yot");
    let b = &p.sources[1];
    assert_eq!(b.repeat().unwrap().slots, 3);
    // 3 slots × (key, given_names, when_any) + family once.
    let cols = b.columns();
    assert!(cols
        .iter()
        .any(|(c, s, _)| c.for_slot(*s) == "Member 3 Forename"));
    assert_eq!(p.config_hash().len(), 64);
    // The link settings are configuration: naming a file, or changing
    // it, changes the hash.
    let project = std::fs::read_to_string(d.join("project.toml")).unwrap();
    write(d, "link.toml", include_str!("../../link/default_link.toml"));
    write(
        d,
        "project.toml",
        &project.replacen("[target]", "link = \"link.toml\"\n[target]", 1),
    );
    let with_link = crate::mapping::load_project(&d.join("project.toml")).unwrap();
    assert!(with_link.link_file.is_some());
    let before = with_link.config_hash();
    assert_ne!(before, p.config_hash());
    write(
        d,
        "link.toml",
        &include_str!("../../link/default_link.toml")
            .replace("max_block_size = 2000", "max_block_size = 1000"),
    );
    let changed = crate::mapping::load_project(&d.join("project.toml")).unwrap();
    assert_ne!(before, changed.config_hash());
}

/// Every planted problem is reported, with its line.
#[test]
fn collects_every_problem() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "project.toml",
        "[project]\nname = \"t\"\nreference_date = \"01/01/2026\"\nsources = [\"a.toml\", \"missing.toml\", \"c.toml\", \"d.toml\"]\n",
    );
    write(
        d,
        "a.toml",
        r#"[source]
name = "a b"
service = "A"
kind = "mysql"
url = "${ONEFAMILY_TEST_UNSET_VAR}"
query = "DELETE FROM x"
sheet = "S"
[person]
key = "id"
dob = { column = "dob", formats = ["%Q"] }
sex = { column = "sex", codes = { "1" = "Male" } }
given_names = { column = "g", codes = { a = "b" } }
role = { value = "boss" }
"#,
    );
    write(
        d,
        "c.toml",
        "[source]\nname = \"c\"\nservice = \"C\"\nkind = \"csv\"\npath = \"c.csv\"\nbogus = 1\n",
    );
    write(
        d,
        "d.toml",
        "[source]\nname = \"d\"\nservice = \"D\"\nkind = \"parquet\"\npath = \"d.pq\"\n",
    );
    let (_, errors) = load(&d.join("project.toml"));
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let all = text.join("\n");
    let want = [
        ("project.toml:3", "reference_date"),
        ("project.toml:4", "missing.toml"),
        ("a.toml:2", "must be letters"),
        ("a.toml:5", "ONEFAMILY_TEST_UNSET_VAR is not set"),
        ("a.toml:6", "SELECT or WITH"),
        ("a.toml:7", "`sheet` applies to spreadsheet"),
        ("a.toml:10", "date format"),
        ("a.toml:11", "\"Male\""),
        ("a.toml:12", "`codes` applies to coded fields"),
        ("a.toml:13", "role \"boss\""),
        ("c.toml:6", "unknown field `bogus`"),
        ("d.toml:4", "unknown source kind"),
    ];
    for (at, msg) in want {
        assert!(
            text.iter().any(|t| t.contains(at) && t.contains(msg)),
            "missing {at} {msg} in:\n{all}"
        );
    }
}

/// `[[assessment]]` and `[[consent]]`: every key resolves to its field,
/// `needs` takes one column or several.
#[test]
fn assessments_and_consents_resolve() {
    let text = r#"[source]
name = "eha"
service = "Early Help"
kind = "csv"
path = "eha.csv"
[[assessment]]
key = "EHA Ref"
family = "Family Ref"
type = { value = "EHA" }
started = { column = "Start", formats = ["%d/%m/%Y"] }
completed = "Completed"
status = { column = "Status", codes = { C = "completed" } }
author = "Author"
organisation = "Org"
needs = ["Need 1", { column = "Need 2", codes = { DV = "3B" } }]
[[consent]]
key = "{EHA Ref}-c"
person = "Child"
given_by = "Given by"
scope = { column = "Scope", codes = { EHA = "assessment", Share = "information_sharing" } }
given = "Consent date"
withdrawn = "Withdrawn"
"#;
    let mut errors = Vec::new();
    let m = load_mapping(Path::new("m.toml"), text, &mut errors).expect("mapping");
    assert!(errors.is_empty(), "{errors:?}");
    let a = &m.assessments[0];
    let ids: Vec<AssessmentField> = a.fields.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids.iter()
            .filter(|id| **id == AssessmentField::Needs)
            .count(),
        2
    );
    assert!(ids.contains(&AssessmentField::Type));
    let needs2 = &a
        .fields
        .iter()
        .rfind(|(id, _)| *id == AssessmentField::Needs)
        .unwrap()
        .1;
    assert_eq!(needs2.codes.as_ref().unwrap().lookup("dv"), Some("3B"));
    let c = &m.consents[0];
    assert!(matches!(c.key.value, Value::Template(_)));
    assert_eq!(c.fields.len(), 5);
    assert!(m.maps_records());
    // Every mapped column is listed for the header check.
    let cols: Vec<String> = m.columns().iter().map(|(c, _, _)| c.raw.clone()).collect();
    for want in ["EHA Ref", "Need 2", "Withdrawn", "Given by"] {
        assert!(cols.iter().any(|c| c == want), "{want} in {cols:?}");
    }
}

/// Bad assessment and consent mappings: each problem with its line.
#[test]
fn assessment_and_consent_problems_name_their_line() {
    let text = r#"[source]
name = "eha"
service = "Early Help"
kind = "csv"
path = "eha.csv"
[[assessment]]
family = "Family Ref"
needs = { column = "Needs", codes = { DV = "domestic abuse" } }
summary = "Summary"
started = { column = "Start", formats = ["%Q"] }
[[consent]]
key = "Ref"
scope = { value = "everything" }
given = { column = "Given", codes = { a = "b" } }
[[assessment]]
key = "K"
needs = { value = "3A;99Z" }
"#;
    let mut errors = Vec::new();
    load_mapping(Path::new("m.toml"), text, &mut errors);
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let all = text.join("\n");
    let want = [
        ("m.toml:6", "[[assessment]] needs `key`"),
        ("m.toml:8", "\"domestic abuse\", which is not one of"),
        ("m.toml:9", "free text may hold personal data"),
        ("m.toml:10", "date format"),
        ("m.toml:11", "[[consent]] needs `person` or `family`"),
        ("m.toml:13", "`consent.scope` \"everything\" is not one of"),
        ("m.toml:14", "`codes` applies to coded fields"),
        ("m.toml:17", "`assessment.needs` \"3A;99Z\""),
    ];
    for (at, msg) in want {
        assert!(
            text.iter().any(|t| t.contains(at) && t.contains(msg)),
            "missing {at} {msg} in:\n{all}"
        );
    }
}
