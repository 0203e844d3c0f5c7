//! The stager's rules, each on a small mapping and a few rows.

use super::*;
use crate::mapping::mapping_from_str;

fn text_cells(v: &[&str]) -> Vec<Cell> {
    v.iter()
        .map(|s| {
            if s.is_empty() {
                Cell::Null
            } else {
                Cell::Text(s.to_string())
            }
        })
        .collect()
}

const TEST_CX: crate::extract::ReadCtx = crate::extract::ReadCtx {
    lookups: None,
    idx: 0,
    profile: true,
    reference: match chrono::NaiveDate::from_ymd_opt(2026, 1, 1) {
        Some(d) => d,
        None => panic!(),
    },
    limits: crate::extract::Limits {
        cell_bytes: 2 << 20,
        row_bytes: 8 << 20,
    },
    sink: None,
};

const HEAD: &str = "[source]\nname = \"t\"\nservice = \"S\"\nkind = \"csv\"\npath = \"t.csv\"\n";

#[test]
fn key_templates_need_every_part_other_templates_do_not() {
    let m = mapping_from_str(&format!(
        "{HEAD}[person]\nkey = \"{{a}}-{{b}}\"\ngiven_names = {{ template = \"{{first}} {{middle}}\" }}\n"
    ));
    let header = ["a", "b", "first", "middle"];
    let mut s = Stager::new(TEST_CX, &m, &header, String::new(), true).unwrap();
    let rows: [&[&str]; 3] = [
        &["1", "x", "Ann", ""],
        &["2", "", "Bob", "Lee"],
        &["3", "y", "", "Cy"],
    ];
    for (i, r) in rows.iter().enumerate() {
        s.row(i as u64 + 2, &text_cells(r));
    }
    let (out, _) = s.finish();
    let got: Vec<_> = out
        .persons
        .iter()
        .map(|p| (p.key.as_str(), p.given_names.as_deref()))
        .collect();
    assert_eq!(got, [("1-x", Some("Ann")), ("3-y", Some("Cy"))]);
    assert_eq!(out.rejects[0].reason, RejectReason::MissingKey);
    assert!(out.balanced());
}

#[test]
fn totals_rows_by_default() {
    let m = mapping_from_str(&format!(
        "{HEAD}[person]\nkey = \"id\"\nfamily_name = \"name\"\n"
    ));
    let cases = [
        ("Total", true),
        ("TOTALS", true),
        ("Total: 12", true),
        ("total families 3", true),
        ("Totally", false),
        ("Tot", false),
        ("7", false),
    ];
    for (first, want) in cases {
        let s = Stager::new(TEST_CX, &m, &["id", "name"], String::new(), true).unwrap();
        assert_eq!(s.is_totals(&text_cells(&[first, "x"])), want, "{first}");
    }
    // A named column and pattern.
    let m = mapping_from_str(&format!(
        "{HEAD}totals_column = \"name\"\ntotals_pattern = \"Families:\"\n[person]\nkey = \"id\"\nfamily_name = \"name\"\n"
    ));
    let s = Stager::new(TEST_CX, &m, &["id", "name"], String::new(), true).unwrap();
    assert!(s.is_totals(&text_cells(&["", "families: 12"])));
    assert!(!s.is_totals(&text_cells(&["Total", "Smith"])));
}

#[test]
fn repeated_slots() {
    let m = mapping_from_str(&format!(
        "{HEAD}[person]\nkey = \"{{ref}}#{{n}}\"\nfamily = \"{{ref}}\"\ngiven_names = \"M{{n}} name\"\n\
         [person.repeat]\nslots = 2\n[[involvement]]\nkey = \"{{ref}}-i\"\n[[referral]]\nkey = \"{{ref}}-{{n}}-r\"\n"
    ));
    let header = ["ref", "M1 name", "M2 name"];
    let mut s = Stager::new(TEST_CX, &m, &header, "S".into(), true).unwrap();
    s.row(2, &text_cells(&["F1", "Ann", "Bob"]));
    s.row(3, &text_cells(&["F2", "", "Cy"]));
    s.row(4, &text_cells(&["", "Dee", ""]));
    let (out, profile) = s.finish();
    let ps: Vec<_> = out
        .persons
        .iter()
        .map(|p| (p.key.as_str(), p.position.slot))
        .collect();
    assert_eq!(
        ps,
        [("F1#1", Some(1)), ("F1#2", Some(2)), ("F2#2", Some(2))]
    );
    assert_eq!(out.persons[2].family_key.as_deref(), Some("F2"));
    let refs: Vec<_> = out
        .referrals
        .iter()
        .map(|r| (r.key.as_str(), r.person_key.as_deref()))
        .collect();
    assert_eq!(
        refs,
        [
            ("F1-1-r", Some("F1#1")),
            ("F1-2-r", Some("F1#2")),
            ("F2-2-r", Some("F2#2"))
        ]
    );
    assert_eq!(
        out.involvements
            .iter()
            .map(|i| i.key.as_str())
            .collect::<Vec<_>>(),
        ["F1-i", "F2-i"]
    );
    // Row 4: no family reference, so slot 1's key is empty.
    assert_eq!(out.rows_rejected, 1);
    assert!(out.balanced());
    assert_ne!(out.persons[0].row_hash, out.persons[1].row_hash);
    let p = profile.unwrap();
    assert_eq!(
        p.columns
            .iter()
            .map(|c| (c.name.as_str(), c.nulls))
            .collect::<Vec<_>>(),
        [("ref", 1), ("M1 name", 1), ("M2 name", 1)]
    );
}

/// Assessments: needs from two columns, split, coded through the
/// mapping or taken as written when already a factor; raw kept.
#[test]
fn assessment_needs_from_several_columns() {
    let m = mapping_from_str(&format!(
        "{HEAD}[[assessment]]\nkey = \"ref\"\nfamily = \"fam\"\nstarted = {{ column = \"start\", formats = [\"%d/%m/%Y\"] }}\n\
         needs = [\"n1\", {{ column = \"n2\", codes = {{ DV = \"3B\" }} }}]\n"
    ));
    let header = ["ref", "fam", "start", "n1", "n2"];
    let mut s = Stager::new(TEST_CX, &m, &header, String::new(), true).unwrap();
    s.row(
        2,
        &text_cells(&["A1", "F1", "03/04/2024", "3a; 4B", "DV;debt"]),
    );
    s.row(3, &text_cells(&["", "F2", "03/04/2024", "", ""]));
    s.row(4, &text_cells(&["A1", "F3", "", "", ""]));
    // A family with no assessment on this row: skipped, not rejected.
    s.row(5, &text_cells(&["", "F4", "", "", ""]));
    let (out, profile) = s.finish();
    assert!(out.balanced());
    assert_eq!(
        (out.rows_staged, out.rows_rejected, out.skipped.len()),
        (1, 2, 1)
    );
    assert_eq!(out.skipped[0].1, SkipReason::NoRecord);
    assert_eq!(out.assessments.len(), 1);
    let a = &out.assessments[0];
    assert_eq!(a.family_key.as_deref(), Some("F1"));
    assert_eq!(
        a.started.as_ref().and_then(|d| d.date),
        Some(crate::model::PartialDate::full(2024, 4, 3))
    );
    let needs: Vec<(&str, Option<&str>)> = a
        .needs
        .iter()
        .map(|n| (n.raw.as_str(), n.code.as_deref()))
        .collect();
    assert_eq!(
        needs,
        [
            ("3a", Some("3A")),
            ("4B", Some("4B")),
            ("DV", Some("3B")),
            ("debt", None)
        ]
    );
    let reasons: Vec<_> = out
        .rejects
        .iter()
        .map(|r| (r.position.row, r.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            (3, RejectReason::MissingKey),
            (4, RejectReason::DuplicateKey)
        ]
    );
    // The unmapped need is profiled for `check`, by value count only.
    let p = profile.unwrap();
    assert!(p.fields.iter().any(|f| f.unmapped.contains_key("debt")));
}

/// Consents: withdrawn before given, and a date that is no date, are
/// rejected with their own reasons and column; a good one is staged.
#[test]
fn consent_rejects_carry_reasons() {
    let m = mapping_from_str(&format!(
        "{HEAD}[[consent]]\nkey = \"ref\"\nperson = \"child\"\ngiven_by = \"by\"\n\
         scope = {{ column = \"scope\", codes = {{ EHA = \"assessment\" }} }}\n\
         given = {{ column = \"given\", formats = [\"%d/%m/%Y\"] }}\n\
         withdrawn = {{ column = \"withdrawn\", formats = [\"%d/%m/%Y\"] }}\n"
    ));
    let header = ["ref", "child", "by", "scope", "given", "withdrawn"];
    let mut s = Stager::new(TEST_CX, &m, &header, String::new(), true).unwrap();
    s.row(
        2,
        &text_cells(&["C1", "P1", "mother", "EHA", "01/02/2024", "01/03/2024"]),
    );
    s.row(
        3,
        &text_cells(&["C2", "P2", "P9", "EHA", "01/02/2024", "01/01/2024"]),
    );
    s.row(4, &text_cells(&["C3", "P3", "P9", "EHA", "someday", ""]));
    s.row(5, &text_cells(&["C4", "P4", "", "", "01/02/2024", ""]));
    let (out, _) = s.finish();
    assert!(out.balanced());
    assert_eq!((out.rows_staged, out.rows_rejected), (2, 2));
    let keys: Vec<&str> = out.consents.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, ["C1", "C4"]);
    let c = &out.consents[0];
    assert_eq!(
        c.scope.as_ref().and_then(|x| x.code.as_deref()),
        Some("assessment")
    );
    assert_eq!(c.given_by.as_deref(), Some("mother"));
    assert!(c.is_withdrawn() && !out.consents[1].is_withdrawn());
    let got: Vec<_> = out
        .rejects
        .iter()
        .map(|r| (r.key.as_deref(), r.reason, r.column.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                Some("C2"),
                RejectReason::WithdrawnBeforeGiven,
                Some("withdrawn")
            ),
            (Some("C3"), RejectReason::UnparseableDate, Some("given")),
        ]
    );
}
