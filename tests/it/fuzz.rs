//! Proptest-driven corpora over the readers and the mapping parser: CSV
//! files built from quoted and unquoted fields, every kind of line break,
//! empty lines and a random cut; workbooks of random cells; mapping files
//! of random TOML. None may panic, every row read is staged, skipped or
//! rejected, and rows read agree with the independent count (unless a
//! quote is left open, which the count then reports). `make test` runs a
//! few dozen cases (seconds); `make fuzz` sets ONEFAMILY_FUZZ_CASES for
//! thousands. The standardisers have their own properties beside them
//! (`src/standardise/proptests.rs`).

use crate::util;
use onefamily::extract::extract_source;
use onefamily::mapping::load_project;
use proptest::prelude::*;
use std::path::Path;

fn cases(default: u32) -> u32 {
    std::env::var("ONEFAMILY_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

fn project(dir: &Path, mapping: &str) {
    write(
        dir,
        "project.toml",
        "[project]\nname = \"f\"\nreference_date = \"2026-01-01\"\nsources = [\"m.toml\"]\n",
    );
    write(dir, "m.toml", mapping);
}

const MAPPING: &str = r#"[source]
name = "f"
service = "Family Support"
kind = "KIND"
path = "PATH"

[person]
key = "{id}"
family = "{fam}"
given_names = "forename"
dob = { column = "dob", formats = ["%d/%m/%Y", "excel"] }
"#;

fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 /.-]{0,12}",
        // Quoted, with delimiters, doubled quotes and line breaks inside.
        "[a-z ,\"\r\n]{0,12}".prop_map(|s| format!("\"{}\"", s.replace('"', "\"\""))),
        Just(String::new()),
        // A quote in the middle of an unquoted field is literal.
        "[a-z]{1,4}\"[a-z]{0,4}",
    ]
}

fn row() -> impl Strategy<Value = Vec<String>> {
    // The header's width: a multi-line record of another width is a
    // stray quote by the count's rule, and the count says so.
    prop::collection::vec(field(), 4..5)
}

fn csv_file() -> impl Strategy<Value = (Vec<u8>, usize)> {
    (
        prop::collection::vec((row(), 0..4usize, any::<bool>()), 0..30),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(rows, cut)| {
            let mut s = String::from("id,fam,forename,dob\n");
            for (cells, brk, blank_after) in rows {
                s.push_str(&cells.join(","));
                s.push_str(["\n", "\r\n", "\r", "\n"][brk]);
                if blank_after {
                    s.push('\n');
                }
            }
            let bytes = s.into_bytes();
            let at = 20 + cut.index(bytes.len() - 19);
            (bytes, at)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(48), ..ProptestConfig::default() })]

    #[test]
    fn csv_rows_all_accounted_for((bytes, cut) in csv_file()) {
        let dir = util::tempdir();
        let d = dir.path();
        write(d, "f.csv", &bytes[..cut.min(bytes.len())]);
        project(d, &MAPPING.replace("KIND", "csv").replace("PATH", "f.csv"));
        let p = load_project(&d.join("project.toml")).unwrap();
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        if let Ok(x) = rt.block_on(extract_source(&p, 0)) {
            prop_assert!(x.balanced());
            match &x.integrity.parted_at {
                None => prop_assert_eq!(x.physical_rows, Some(x.rows_read)),
                // Only a cut leaves a quote open or a record short.
                Some(at) => prop_assert!(
                    at.contains("never closed") || at.contains("swallowed"),
                    "{}",
                    at
                ),
            }
        }
    }

    #[test]
    fn sheet_rows_all_accounted_for(
        cells in prop::collection::vec((0u32..25, 0u16..6, prop_oneof![
            "[a-zA-Z0-9 /]{0,10}".prop_map(Some),
            Just(None),
        ], any::<f64>()), 0..60),
    ) {
        let dir = util::tempdir();
        let d = dir.path();
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in ["id", "fam", "forename", "dob"].iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        for (r, c, text, num) in cells {
            match text {
                Some(t) => ws.write_string(r + 1, c, t).unwrap(),
                None if num.is_finite() => ws.write_number(r + 1, c, num).unwrap(),
                None => ws.write_string(r + 1, c, "").unwrap(),
            };
        }
        wb.save(d.join("f.xlsx")).unwrap();
        project(d, &MAPPING.replace("KIND", "xlsx").replace("PATH", "f.xlsx"));
        let p = load_project(&d.join("project.toml")).unwrap();
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let x = rt.block_on(extract_source(&p, 0)).unwrap_or_else(|e| panic!("{e}"));
        prop_assert!(x.balanced());
        prop_assert_eq!(&x.integrity.parted_at, &None);
        let skipped_blank = x.skipped.len() as u64;
        prop_assert!(x.physical_rows.unwrap() <= x.rows_read);
        prop_assert!(x.rows_read - x.physical_rows.unwrap() <= skipped_blank);
    }

    /// Random mapping text: an error with a line, never a panic.
    #[test]
    fn mapping_parser_never_panics(text in prop_oneof![
        any::<String>(),
        "(\\[source\\]|\\[person\\]|\\[\\[involvement\\]\\]|name = \"x\"|kind = \"csv\"|key = \"\\{id\\}\"|dob = \\{ column = \"d\", formats = \\[\"%d\"\\] \\}|\n){0,12}",
    ]) {
        let dir = util::tempdir();
        let d = dir.path();
        project(d, &text);
        match load_project(&d.join("project.toml")) {
            Ok(_) => {}
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}
