//! The sheet's layout and the ages beside the names.

use super::layout::{columns, Col};
use super::*;

#[test]
fn keys_probability_and_decision_come_first_and_role_and_age_follow_the_names() {
    let fields = ReviewField::DEFAULT;
    let header = header(&fields);
    assert_eq!(
        header[..5],
        ["#", "left", "right", "Probability", "Decision"].map(String::from)
    );
    let at = |h: &str| header.iter().position(|x| x == h).unwrap();
    // Beside the names: the family name is the last name field here.
    assert_eq!(at("L role"), at("R family name") + 1);
    assert_eq!(at("L age at referral"), at("R role") + 1);
    assert!(at("L age at referral") < at("L date of birth"));
    // The reviewer's own cells and the evidence are all there.
    for h in [
        "If Same",
        "Why in review",
        "For",
        "Against",
        "Comment",
        "Reviewer",
    ] {
        at(h);
    }
    // A project that shows role itself gets no second role column.
    let with_role = [
        ReviewField::Source,
        ReviewField::Key,
        ReviewField::Role,
        ReviewField::Given,
    ];
    let cols = columns(&with_role);
    assert!(!cols.iter().any(|c| matches!(c, Col::Role(_))));
    assert!(cols.contains(&Col::Age(true)));
}

#[test]
fn ages_are_whole_years_and_approximate_without_a_month() {
    let d = |y, m, day| PartialDate {
        year: y,
        month: m,
        day,
    };
    let dob = d(2012, Some(3), Some(25));
    assert_eq!(
        age(&dob, &d(2023, Some(3), Some(24))).as_deref(),
        Some("10")
    );
    assert_eq!(
        age(&dob, &d(2023, Some(3), Some(25))).as_deref(),
        Some("11")
    );
    assert_eq!(
        age(&d(2012, None, None), &d(2023, Some(8), Some(1))).as_deref(),
        Some("~11")
    );
    // A referral dated before the birth gives no age, not a negative one.
    assert_eq!(age(&dob, &d(2011, Some(1), Some(1))), None);
}

#[test]
fn a_band_larger_than_a_worksheet_fills_the_sheet_and_the_csv_has_every_pair() {
    use calamine::{open_workbook_auto, Data, Reader};
    let d = tempfile::tempdir().unwrap();
    let fields = ReviewField::DEFAULT;
    let rows: Vec<SheetRow> = (0..5)
        .map(|i| SheetRow {
            left: format!("a:{i}"),
            right: format!("b:{i}"),
            match_probability: 0.5,
            ..Default::default()
        })
        .collect();
    let w = layout::write_capped(d.path(), &fields, rows.iter().map(Ok), &[], 3).unwrap();
    let (xlsx, csv) = (w.xlsx, w.csv);
    assert_eq!(w.rows, 5);
    let mut book = open_workbook_auto(&xlsx).unwrap();
    let review = book.worksheet_range("Review").unwrap();
    // The header and the first three pairs, in the sheet's order.
    assert_eq!(review.height(), 4);
    let left = header(&fields).iter().position(|h| h == "left").unwrap();
    assert_eq!(
        review.get((3, left)),
        Some(&Data::String("a:2".to_string()))
    );
    let help = book.worksheet_range("Instructions").unwrap();
    let said: Vec<String> = help.rows().map(|r| r[0].to_string()).collect();
    assert!(
        said.iter()
            .any(|l| l.contains("the Review sheet has the first 3 pairs")
                && l.contains("review.csv has all 5")),
        "{said:?}"
    );
    let csv_rows = std::fs::read_to_string(csv).unwrap().lines().count();
    assert_eq!(csv_rows, 6);
}

#[test]
fn rows_that_fail_half_way_leave_the_last_sheet_in_place() {
    let d = tempfile::tempdir().unwrap();
    let fields = ReviewField::DEFAULT;
    let row = |i: usize| SheetRow {
        left: format!("a:{i}"),
        right: format!("b:{i}"),
        ..Default::default()
    };
    let (xlsx, csv) = write(d.path(), &fields, &[row(1)], &[]).unwrap();
    let (book, text) = (std::fs::read(&xlsx).unwrap(), std::fs::read(&csv).unwrap());
    let torn = [Ok(row(2)), Err(Error::Other("torn".into())), Ok(row(3))];
    let err = write_rows(d.path(), &fields, torn, &[]).unwrap_err();
    assert_eq!(err.to_string(), Error::Other("torn".into()).to_string());
    assert_eq!(std::fs::read(&xlsx).unwrap(), book);
    assert_eq!(std::fs::read(&csv).unwrap(), text);
    // No temporary file is left beside them.
    let mut names: Vec<String> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["review.csv", "review.xlsx"]);
}

#[test]
fn an_empty_sheet_expects_about_0_not_minus_0() {
    use calamine::{open_workbook_auto, Reader};
    let d = tempfile::tempdir().unwrap();
    let (xlsx, _) = write(d.path(), &ReviewField::DEFAULT, &[], &[]).unwrap();
    let mut book = open_workbook_auto(&xlsx).unwrap();
    let help = book.worksheet_range("Instructions").unwrap();
    let said: Vec<String> = help.rows().map(|r| r[0].to_string()).collect();
    assert!(
        said.iter()
            .any(|l| l.contains("0 pairs to decide") && l.contains("expects about 0 to be")),
        "{said:?}"
    );
}
