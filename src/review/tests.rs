//! Decisions file, sheet reading and replay: the bad inputs a reviewer's
//! spreadsheet brings, and decisions that are stale or contradict each other.

use super::sheet::read_filled;
use super::*;
use crate::model::StagedPerson;

const SOURCES: [&str; 2] = ["cc", "yot"];

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

fn person_record(source: u16, key: &str) -> Person {
    Person {
        staged: StagedPerson {
            source,
            key: key.into(),
            ..Default::default()
        },
        name: Default::default(),
        dob: None,
        sex: None,
        nhs_number: None,
        upn: None,
        postcode: None,
        extra: None,
    }
}

fn sources() -> Vec<SourceInfo> {
    SOURCES
        .iter()
        .map(|n| SourceInfo {
            name: n.to_string(),
            service: n.to_string(),
            kind: "csv".into(),
        })
        .collect()
}

fn sheet_csv(dir: &Path, text: &str) -> std::path::PathBuf {
    let p = dir.join("review.csv");
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn decisions_are_stored_in_canonical_order_and_round_trip() {
    let d = tmp();
    let path = d.path().join("decisions.csv");
    let mut a = Decision::person("yot:9", "cc:1", Verdict::Same);
    a.reviewer = "R".into();
    assert_eq!((a.left.as_str(), a.right.as_str()), ("cc:1", "yot:9"));
    let lead = Decision {
        action: Action::LeadWorker("Ann Lee".into()),
        left: "cc:1".into(),
        right: String::new(),
        reviewer: "R".into(),
        decided_at: "2026-01-01T00:00:00Z".into(),
        comment: "agreed, with a comma".into(),
    };
    write(&path, &[lead.clone(), a.clone()]).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with(
        "kind,left,right,decision,worker,reviewer,decided_at,comment\nperson,cc:1,yot:9,same,"
    ));
    assert_eq!(read(&path).unwrap(), vec![a, lead]);
    assert!(
        std::fs::read_dir(d.path()).unwrap().count() == 1,
        "no temporary file is left behind"
    );
}

#[test]
fn a_later_decision_replaces_and_the_same_one_changes_nothing() {
    let mut recorded = vec![Decision::person("cc:1", "yot:9", Verdict::Same)];
    recorded[0].reviewer = "first".into();
    let mut again = Decision::person("yot:9", "cc:1", Verdict::Same);
    again.reviewer = "second".into();
    assert_eq!(
        merge(&mut recorded, vec![again]),
        MergeCounts {
            unchanged: 1,
            ..Default::default()
        }
    );
    assert_eq!(recorded[0].reviewer, "first", "the recorded one stays");
    let other = Decision::person("cc:1", "yot:9", Verdict::Different);
    assert_eq!(merge(&mut recorded, vec![other]).replaced, 1);
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].action, Action::Person(Verdict::Different));
}

#[test]
fn bad_rows_in_the_decisions_file_are_named_by_line() {
    let d = tmp();
    let path = d.path().join("decisions.csv");
    std::fs::write(
        &path,
        "kind,left,right,decision,worker,reviewer,decided_at,comment\n\
         person,cc:1,yot:2,same,,,,\n\
         person,cc:1,yot:3,maybe,,,,\n\
         family_swap,cc:1,yot:3,,,,,\n\
         lead_worker,cc:1,,,,,,\n",
    )
    .unwrap();
    let err = read(&path).unwrap_err().to_string();
    for want in [
        "decisions.csv:3",
        "decision is not one of",
        "decisions.csv:4",
        "kind is not one of",
        "decisions.csv:5",
        "worker",
    ] {
        assert!(err.contains(want), "{want} in {err}");
    }
    assert!(!err.contains("decisions.csv:2"), "{err}");
    assert!(read(&d.path().join("none.csv")).unwrap().is_empty());
}

#[test]
fn a_sheet_is_read_by_its_keys_not_its_row_order() {
    let d = tmp();
    // Columns moved, rows re-ordered and some deleted, one undecided.
    let path = sheet_csv(
        d.path(),
        "Decision,right,Comment,left,Reviewer\n\
         different,yot:7,twins,cc:3,\n\
         ,yot:8,,cc:4,\n\
         Same ,cc:2,,yot:1,Bo\n",
    );
    let f = read_filled(&path, &SOURCES, Some("Ann"), "T").unwrap();
    assert_eq!(f.undecided, 1);
    assert_eq!(f.decisions.len(), 2);
    assert_eq!(f.decisions[0].0, 2, "the sheet row number");
    let d: Vec<Decision> = f.decisions.into_iter().map(|(_, d)| d).collect();
    assert_eq!(d[0].left, "cc:3");
    assert_eq!(d[0].action, Action::Person(Verdict::Different));
    assert_eq!(d[0].reviewer, "Ann", "--reviewer fills the gap");
    assert_eq!(d[0].comment, "twins");
    assert_eq!(
        (d[1].left.as_str(), d[1].right.as_str()),
        ("cc:2", "yot:1"),
        "stored in canonical order"
    );
    assert_eq!(d[1].reviewer, "Bo");
}

#[test]
fn every_bad_row_is_reported_with_its_sheet_row() {
    let d = tmp();
    let path = sheet_csv(
        d.path(),
        "left,right,Decision,Reviewer\n\
         cc:1,yot:1,Same,R\n\
         cc:2,yot:2,Probably,R\n\
         cc:3,nosuch:3,Same,R\n\
         cc:1,yot:1,Different,R\n",
    );
    let err = read_filled(&path, &SOURCES, None, "T")
        .unwrap_err()
        .to_string();
    assert!(
        !err.contains("Probably"),
        "cell values are not repeated: {err}"
    );
    for want in [
        "review.csv:3",
        "Decision is not one of",
        "review.csv:4",
        "review.csv:5",
        "row 2",
    ] {
        assert!(err.contains(want), "{want} in {err}");
    }
}

#[test]
fn a_sheet_without_its_key_columns_or_unreadable_is_a_clear_error() {
    let d = tmp();
    let path = sheet_csv(d.path(), "Pair,Decision\n1,Same\n");
    let err = read_filled(&path, &SOURCES, Some("R"), "T")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("review.csv") && err.contains("left, right"),
        "{err}"
    );
    let bad = d.path().join("review.xlsx");
    std::fs::write(&bad, "not a workbook").unwrap();
    let err = read_filled(&bad, &SOURCES, Some("R"), "T")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("review.xlsx") && err.contains("cannot read"),
        "{err}"
    );
}

#[test]
fn a_filled_xlsx_is_read() {
    let d = tmp();
    let fields = [ReviewField::Source, ReviewField::Key];
    let row = sheet::SheetRow {
        left: "cc:1".into(),
        right: "yot:2".into(),
        match_weight: 1.5,
        match_probability: 0.74,
        linked_now: false,
        left_values: vec!["cc".into(), "1".into()],
        right_values: vec!["yot".into(), "2".into()],
        reasons_for: "forename: exact (+6.0)".into(),
        reasons_against: "date_of_birth: else (-4.0)".into(),
        refused_by: String::new(),
        decision: String::new(),
        comment: String::new(),
        reviewer: String::new(),
        ..Default::default()
    };
    let (xlsx, csv) = sheet::write(d.path(), &fields, &[row], &[]).unwrap();
    let f = read_filled(&xlsx, &SOURCES, Some("R"), "T").unwrap();
    assert_eq!((f.decisions.len(), f.undecided), (0, 1));
    let csv_text = std::fs::read_to_string(csv).unwrap();
    let csv_header = csv_text.lines().next().unwrap();
    assert!(
        csv_header.starts_with("#,left,right,Probability,Decision,")
            && csv_header.ends_with("Comment,Reviewer"),
        "{csv_header}"
    );

    // Fill it the way a reviewer would: the Decision cell of the row.
    let header = sheet::header(&fields);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap() as u16;
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Review").unwrap();
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, h).unwrap();
    }
    ws.write_string(1, col("left"), "yot:2").unwrap();
    ws.write_string(1, col("right"), "cc:1").unwrap();
    ws.write_string(1, col("Decision"), "Different").unwrap();
    let filled = d.path().join("filled.xlsx");
    book.save(&filled).unwrap();
    let f = read_filled(&filled, &SOURCES, Some("R"), "T").unwrap();
    assert_eq!(f.decisions.len(), 1);
    assert_eq!(f.decisions[0].1.left, "cc:1");
    assert_eq!(f.decisions[0].1.action, Action::Person(Verdict::Different));
}

#[test]
fn stale_decisions_and_conflicts_are_reported() {
    let records = vec![
        person_record(0, "A"),
        person_record(0, "B"),
        person_record(1, "C"),
        person_record(1, "D"),
    ];
    let decisions = vec![
        Decision::person("cc:A", "cc:B", Verdict::Same),
        Decision::person("cc:B", "yot:C", Verdict::Same),
        Decision::person("cc:A", "yot:C", Verdict::Different),
        Decision::person("cc:A", "yot:D", Verdict::Different),
        Decision::person("cc:A", "yot:GONE", Verdict::Same),
        Decision::person("cc:B", "yot:D", Verdict::Unsure),
    ];
    let r = Replay::resolve(decisions, &records, &sources(), Path::new("d.csv"));
    let s = &r.section;
    assert_eq!(s.decisions_read, 6);
    assert_eq!((s.same, s.different, s.unsure), (3, 2, 1));
    assert_eq!(s.stale_count, 1);
    assert_eq!(s.stale[0].missing, vec!["yot:GONE".to_string()]);
    assert_eq!(s.applied_must_link, 2);
    assert_eq!(s.applied_cannot_link, 1, "A≠D holds; A≠C contradicts A=B=C");
    assert_eq!(s.conflict_count, 1);
    assert_eq!(
        s.conflicts[0].apart,
        ["cc:A".to_string(), "yot:C".to_string()]
    );
    assert_eq!(
        s.conflicts[0].via,
        vec![
            ["cc:A".to_string(), "cc:B".to_string()],
            ["cc:B".to_string(), "yot:C".to_string()]
        ]
    );
    assert_eq!(r.must_link, vec![(0, 1), (1, 2)]);
    assert_eq!(r.cannot_link, vec![(0, 3)]);

    let mut ignored = r.clone();
    ignored.ignore();
    assert!(ignored.must_link.is_empty() && ignored.section.ignored);
    assert_eq!(ignored.section.stale_count, 1, "still reported");
}

#[test]
fn a_key_with_several_records_binds_them_all() {
    let records = vec![
        person_record(0, "A"),
        person_record(0, "A"),
        person_record(1, "C"),
    ];
    let r = Replay::resolve(
        vec![Decision::person("cc:A", "yot:C", Verdict::Different)],
        &records,
        &sources(),
        Path::new("d.csv"),
    );
    assert_eq!(r.cannot_link, vec![(0, 2), (1, 2)]);
}
