//! Proptest-driven corpora over the readers and the mapping parser: CSV
//! files built from quoted and unquoted fields, every kind of line break,
//! empty lines and a random cut; workbooks of random cells; mapping files
//! of random TOML; dump files of the three dialects. None may panic, every row read is staged, skipped or
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

/// A value of a dump tuple: text with the characters a dump must escape,
/// or NULL.
fn dump_value() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        "[a-zA-Z0-9 ,()';\\\\\n/-]{0,12}".prop_map(Some),
        "[0-9]{1,6}".prop_map(Some),
        Just(None),
    ]
}

/// One tuple of the fuzzed dump: id, fam, forename, dob (None: NULL).
type DumpRow = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// A dump of one table `people(id, fam, forename, dob)` in one dialect
/// (0 MySQL, 1 PostgreSQL, 2 SQL Server), `per_insert` tuples to a
/// statement (PostgreSQL: COPY).
fn dump_text(dialect: usize, rows: &[DumpRow], per_insert: usize) -> String {
    let quote = |v: &Option<String>| -> String {
        match v {
            None => "NULL".into(),
            Some(s) if dialect == 0 => format!(
                "'{}'",
                s.replace('\\', "\\\\")
                    .replace('\'', "\\'")
                    .replace('\n', "\\n")
            ),
            Some(s) => format!("'{}'", s.replace('\'', "''")),
        }
    };
    let mut out = String::new();
    match dialect {
        0 => out.push_str("-- MySQL dump\n/*!40101 SET NAMES utf8mb4 */;\nCREATE TABLE `people` (\n  `id` varchar(20),\n  `fam` varchar(20),\n  `forename` varchar(40),\n  `dob` varchar(20)\n);\n"),
        1 => out.push_str("-- PostgreSQL database dump\nSET client_encoding = 'UTF8';\nCREATE TABLE public.people (\n    id text,\n    fam text,\n    forename text,\n    dob text\n);\n"),
        _ => out.push_str("SET ANSI_NULLS ON\nGO\nCREATE TABLE [dbo].[people](\n\t[id] [nvarchar](20) NULL,\n\t[fam] [nvarchar](20) NULL,\n\t[forename] [nvarchar](40) NULL,\n\t[dob] [nvarchar](20) NULL\n)\nGO\n"),
    }
    if dialect == 1 {
        let copy = |v: &Option<String>| match v {
            None => "\\N".to_string(),
            Some(s) => s
                .replace('\\', "\\\\")
                .replace('\n', "\\n")
                .replace('\t', "\\t"),
        };
        out.push_str("COPY public.people (id, fam, forename, dob) FROM stdin;\n");
        for (a, b, c, d) in rows {
            out.push_str(&[copy(a), copy(b), copy(c), copy(d)].join("\t"));
            out.push('\n');
        }
        out.push_str("\\.\n");
        return out;
    }
    for chunk in rows.chunks(per_insert) {
        let tuples: Vec<String> = chunk
            .iter()
            .map(|(a, b, c, d)| format!("({},{},{},{})", quote(a), quote(b), quote(c), quote(d)))
            .collect();
        if dialect == 0 {
            out.push_str(&format!(
                "INSERT INTO `people` VALUES {};\n",
                tuples.join(",")
            ));
        } else {
            for t in tuples {
                out.push_str(&format!(
                    "INSERT [dbo].[people] ([id], [fam], [forename], [dob]) VALUES {t}\n"
                ));
            }
            out.push_str("GO\n");
        }
    }
    out
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

    /// mysqldump / pg_dump / T-SQL text with random values (quotes,
    /// backslashes, line breaks inside strings, NULLs, numbers), cut at a
    /// random point: an error with a line or a balanced read whose tuples
    /// agree with the independent count, never a panic.
    #[test]
    fn dump_rows_all_accounted_for(
        dialect in 0usize..3,
        rows in prop::collection::vec((dump_value(), dump_value(), dump_value(), dump_value()), 0..25),
        per_insert in 1usize..6,
        cut in any::<prop::sample::Index>(),
        whole in any::<bool>(),
    ) {
        let text = dump_text(dialect, &rows, per_insert);
        let bytes = text.as_bytes();
        let end = if whole { bytes.len() } else { cut.index(bytes.len() + 1) };
        let dir = util::tempdir();
        let d = dir.path();
        write(d, "f.sql", &bytes[..end]);
        let kind = format!("dump\"\ndialect = \"{}\"\ntable = \"people", ["mysql", "postgres", "sqlserver"][dialect]);
        project(d, &MAPPING.replace("KIND", &kind).replace("PATH", "f.sql"));
        let p = load_project(&d.join("project.toml")).unwrap();
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        match rt.block_on(extract_source(&p, 0)) {
            Ok(x) => {
                prop_assert!(x.balanced());
                prop_assert_eq!(x.physical_rows, Some(x.rows_read));
                if whole {
                    prop_assert_eq!(x.rows_read, rows.len() as u64);
                }
            }
            // A cut dump is an error naming the file and line, never a value.
            Err(e) => {
                let msg = e.to_string();
                prop_assert!(!whole, "a whole dump failed: {}", msg);
                prop_assert!(msg.contains("f.sql"), "{}", msg);
                for (a, b, c, v) in &rows {
                    for value in [a, b, c, v].into_iter().flatten() {
                        if value.len() >= 6 {
                            prop_assert!(!msg.contains(value.as_str()), "{}", msg);
                        }
                    }
                }
            }
        }
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
