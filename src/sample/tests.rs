//! Tests for the estate generator: determinism (byte for byte), the planted
//! identifiers' validity, the formats' readability, and that the committed
//! mappings match the templates.

use super::*;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir") {
            let p = entry.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).expect("prefix").to_path_buf();
                out.insert(rel, std::fs::read(&p).expect("read"));
            }
        }
    }
    out
}

#[test]
fn same_seed_same_bytes() {
    let a = tempfile::tempdir().expect("tempdir");
    let b = tempfile::tempdir().expect("tempdir");
    write_estate(a.path(), 150, 7).expect("first");
    write_estate(b.path(), 150, 7).expect("second");
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    assert!(fa.len() >= 20, "{:?}", fa.keys());
    for (name, bytes) in &fa {
        assert!(
            bytes == &fb[name],
            "{} differs between runs",
            name.display()
        );
    }
    let c = tempfile::tempdir().expect("tempdir");
    write_estate(c.path(), 150, 8).expect("other seed");
    assert_ne!(
        fa[Path::new("truth.csv")],
        files(c.path())[Path::new("truth.csv")]
    );
}

#[test]
fn identifiers_are_test_range_and_valid() {
    let e = population::build(300, ChaCha8Rng::seed_from_u64(3));
    let mut nhs = std::collections::BTreeSet::new();
    for p in &e.persons {
        if let Some(n) = &p.nhs {
            assert!(crate::standardise::nhs::is_test_range(n), "{n}");
            assert_eq!(
                crate::standardise::nhs::parse(n).status,
                crate::model::IdStatus::Valid
            );
            assert!(nhs.insert(n.clone()), "NHS number reused");
        }
        if let Some(u) = &p.upn {
            assert_eq!(
                crate::standardise::upn::parse(u).status,
                crate::model::IdStatus::Valid,
                "{u}"
            );
        }
    }
    for a in &e.addresses {
        let inward = a.postcode.split(' ').nth(1).expect("inward");
        let b = inward.as_bytes();
        assert!(b[0].is_ascii_digit());
        assert!(
            b[1..].iter().all(|c| names::INWARD_LETTERS.contains(c)),
            "{}",
            a.postcode
        );
    }
}

#[test]
fn spreadsheets_open_and_truth_is_sorted() {
    use calamine::{open_workbook_auto, Data, Reader};
    let d = tempfile::tempdir().expect("tempdir");
    write_estate(d.path(), 120, 11).expect("estate");
    let mut ods = open_workbook_auto(d.path().join("parenting_programmes.ods")).expect("ods opens");
    let sheets = ods.sheet_names();
    assert_eq!(sheets[0], "Bookings");
    assert!(sheets.len() > 2, "{sheets:?}");
    let range = ods.worksheet_range(&sheets[1]).expect("sheet");
    let header: Vec<String> = range
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header[0], "Attendee ID");
    // The attendances are split by year: a small estate's first year may
    // hold few; all of them together hold many.
    let attendances: usize = sheets[1..]
        .iter()
        .map(|s| {
            ods.worksheet_range(s)
                .expect("sheet")
                .height()
                .saturating_sub(1)
        })
        .sum();
    assert!(attendances > 10, "{attendances}");
    let mut xlsx =
        open_workbook_auto(d.path().join("supporting_families_tracker.xlsx")).expect("xlsx opens");
    let range = xlsx.worksheet_range("Family Tracker").expect("sheet");
    let rows: Vec<&[Data]> = range.rows().collect();
    assert!(rows[0][0]
        .to_string()
        .starts_with("Supporting Families Programme"));
    assert_eq!(rows[3][9].to_string(), "Member 1");
    assert_eq!(rows[4][9].to_string(), "Forename");
    assert_eq!(rows[4][15].to_string(), "Forename");
    let last = rows.last().expect("totals");
    assert!(last[0].to_string().starts_with("Total families: "));
    let truth = std::fs::read_to_string(d.path().join("truth.csv")).expect("truth");
    let lines: Vec<&str> = truth.lines().skip(1).collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted);
    let sources: std::collections::BTreeSet<&str> = lines
        .iter()
        .map(|l| l.split(',').next().unwrap_or(""))
        .collect();
    assert_eq!(sources.len(), 8, "{sources:?}");
    // cp1252: the file must not be valid UTF-8 once it holds an accented name,
    // and must decode cleanly as Windows-1252.
    // The front door: one export per month in three layouts (Family ID
    // moved second from 2024-04, Contact Method added from 2025-01), the
    // last a header only.
    let mut months: Vec<String> = std::fs::read_dir(d.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter_map(|n| {
            n.strip_prefix("front_door_contacts_")
                .and_then(|m| m.strip_suffix(".csv"))
                .map(str::to_string)
        })
        .collect();
    months.sort();
    assert!(months.len() > 12, "{months:?}");
    assert_eq!(months.last().map(String::as_str), Some("2026-01"));
    let mut layouts = std::collections::BTreeSet::new();
    for month in &months {
        let raw =
            std::fs::read(d.path().join(format!("front_door_contacts_{month}.csv"))).expect("csv");
        let (text, _, bad) = encoding_rs::WINDOWS_1252.decode(&raw);
        assert!(!bad, "{month}");
        let want = if month.as_str() >= "2025-01" {
            "Contact ID,Family ID,Contact Date,Contact Method,Child Name,"
        } else if month.as_str() >= "2024-04" {
            "Contact ID,Family ID,Contact Date,Child Name,"
        } else {
            "Contact ID,Contact Date,Child Name,"
        };
        assert!(text.starts_with(want), "{month}");
        layouts.insert(want);
        let rows = text.lines().count() - 1;
        assert_eq!(rows == 0, month == "2026-01", "{month}: {rows} rows");
    }
    assert_eq!(layouts.len(), 3);
}

#[test]
fn mapping_templates_parse_and_substitute() {
    for (name, text) in mapping_files("../sample-data") {
        assert!(!text.contains("{DATA}"), "{name}");
        if !name.ends_with(".toml") {
            continue;
        }
        toml::from_str::<toml::Table>(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn committed_mappings_match_templates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("mappings");
    for (name, text) in mapping_files("../sample-data") {
        let on_disk = std::fs::read_to_string(dir.join(&name)).unwrap_or_default();
        assert!(
            on_disk == text,
            "mappings/{name} differs from mapping_files(\"../sample-data\")"
        );
    }
}
