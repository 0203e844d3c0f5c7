//! The review sheet: `review.xlsx` (and `review.csv`, the same rows) with one
//! row per pair in the clerical review band, the two records side by side,
//! the evidence for and against, and Decision / Comment / Reviewer columns
//! for a person to fill; and reading a filled sheet back, validated whole
//! before anything is recorded.
//!
//! Pairs are identified by their `left` and `right` columns (`source:key`),
//! so a sheet whose rows were sorted, filtered, edited or partly deleted is
//! read correctly; the row number is only used to name a bad cell.

use super::{Decision, ReviewField, Verdict};
use crate::error::{Error, Result};
use crate::link::explain::{explain_with, Explanation};
use crate::link::score::{probability, Scorer};
use crate::link::settings::Settings;
use crate::link::PersonClusters;
use crate::model::{Person, SourceInfo};
use rust_xlsxwriter::{DataValidation, Format, Workbook};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// How many reasons for and against a sheet row shows.
const REASONS: usize = 3;

/// One pair of the review band, ready to write.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetRow {
    pub left: String,
    pub right: String,
    pub match_weight: f64,
    pub match_probability: f64,
    /// Whether this run put the two records in one person anyway (through
    /// other links or decisions).
    pub linked_now: bool,
    pub left_values: Vec<String>,
    pub right_values: Vec<String>,
    /// Comparison levels with the largest positive / negative weights.
    pub reasons_for: String,
    pub reasons_against: String,
    /// For a link a guard refused: which guard, and why (else empty).
    pub refused_by: String,
    /// Pre-filled from an earlier `unsure` decision.
    pub decision: String,
    pub comment: String,
    pub reviewer: String,
}

/// `source:key` of a record.
pub fn record_name(p: &Person, sources: &[SourceInfo]) -> String {
    format!("{}:{}", sources[p.source() as usize].name, p.key())
}

/// The strongest reasons on one side of an explanation, as
/// `comparison: level (+w.w)`, strongest first.
fn reasons(e: &Explanation, positive: bool) -> String {
    let mut steps: Vec<(f64, String)> = e
        .steps
        .iter()
        .map(|s| (s.weight + s.tf_adjustment, s))
        .filter(|(w, _)| if positive { *w > 0.0 } else { *w < 0.0 })
        .map(|(w, s)| (w, format!("{}: {} ({w:+.1})", s.comparison, s.level)))
        .collect();
    steps.sort_by(|a, b| {
        let (x, y) = if positive { (b.0, a.0) } else { (a.0, b.0) };
        x.total_cmp(&y).then_with(|| a.1.cmp(&b.1))
    });
    steps
        .into_iter()
        .take(REASONS)
        .map(|(_, s)| s)
        .collect::<Vec<_>>()
        .join("; ")
}

/// The review band's pairs, strongest first, leaving out pairs already
/// decided same or different (an `unsure` pair comes back, pre-filled).
pub fn rows(
    records: &[Person],
    sources: &[SourceInfo],
    clusters: &PersonClusters,
    settings: &Settings,
    fields: &[ReviewField],
    decisions: &[Decision],
) -> Vec<SheetRow> {
    let decided: HashMap<(&str, &str), &Decision> = decisions
        .iter()
        .filter(|d| matches!(d.action, super::Action::Person(_)))
        .map(|d| ((d.left.as_str(), d.right.as_str()), d))
        .collect();
    let scorer = Scorer::new(&clusters.features, settings, &clusters.model);
    let mut out = Vec::with_capacity(clusters.review.len());
    for e in &clusters.review {
        let (a, b) = (e.a as usize, e.b as usize);
        let (na, nb) = (
            record_name(&records[a], sources),
            record_name(&records[b], sources),
        );
        let (a, b, left, right) = if na <= nb {
            (a, b, na, nb)
        } else {
            (b, a, nb, na)
        };
        let earlier = decided.get(&(left.as_str(), right.as_str()));
        if earlier.is_some_and(|d| d.action != super::Action::Person(Verdict::Unsure)) {
            continue;
        }
        let ex = explain_with(
            &scorer,
            settings,
            &clusters.model,
            a,
            b,
            (String::new(), String::new()),
        );
        let values = |r: usize| {
            fields
                .iter()
                .map(|f| f.value(&records[r], sources))
                .collect()
        };
        out.push(SheetRow {
            match_weight: ex.match_weight,
            match_probability: probability(ex.match_weight),
            linked_now: clusters.labels[a] == clusters.labels[b],
            left_values: values(a),
            right_values: values(b),
            reasons_for: reasons(&ex, true),
            reasons_against: reasons(&ex, false),
            refused_by: e.refused.map_or("", |r| r.reason()).to_string(),
            decision: earlier
                .map(|_| Verdict::Unsure.label().to_string())
                .unwrap_or_default(),
            comment: earlier.map(|d| d.comment.clone()).unwrap_or_default(),
            reviewer: earlier.map(|d| d.reviewer.clone()).unwrap_or_default(),
            left,
            right,
        });
    }
    out.sort_by(|x, y| {
        y.match_probability
            .total_cmp(&x.match_probability)
            .then_with(|| (&x.left, &x.right).cmp(&(&y.left, &y.right)))
    });
    out
}

/// The sheet's header, in column order.
pub fn header(fields: &[ReviewField]) -> Vec<String> {
    let mut h: Vec<String> = vec!["#".into(), "Probability".into(), "Match weight".into()];
    for f in fields {
        h.push(format!("L {}", f.heading()));
        h.push(format!("R {}", f.heading()));
    }
    for c in [
        "For",
        "Against",
        "Refused by",
        "Linked now",
        "Decision",
        "Comment",
        "Reviewer",
        "left",
        "right",
    ] {
        h.push(c.into());
    }
    h
}

/// One row's cells as text, in header order (the CSV, and the xlsx's text cells).
fn cells(n: usize, r: &SheetRow) -> Vec<String> {
    let mut c = vec![
        n.to_string(),
        format!("{:.4}", r.match_probability),
        format!("{:.2}", r.match_weight),
    ];
    for (l, rv) in r.left_values.iter().zip(&r.right_values) {
        c.push(l.clone());
        c.push(rv.clone());
    }
    c.extend([
        r.reasons_for.clone(),
        r.reasons_against.clone(),
        r.refused_by.clone(),
        if r.linked_now { "yes" } else { "no" }.to_string(),
        r.decision.clone(),
        r.comment.clone(),
        r.reviewer.clone(),
        r.left.clone(),
        r.right.clone(),
    ]);
    c
}

fn xlsx_err(path: &Path) -> impl Fn(rust_xlsxwriter::XlsxError) -> Error + '_ {
    move |e| Error::Other(format!("{}: {e}", path.display()))
}

/// Write `review.xlsx` and `review.csv` into `out`.
pub fn write(out: &Path, fields: &[ReviewField], rows: &[SheetRow]) -> Result<(PathBuf, PathBuf)> {
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let header = header(fields);
    let csv_path = out.join("review.csv");
    let mut w = csv::Writer::from_path(&csv_path)
        .map_err(|e| Error::Other(format!("{}: {e}", csv_path.display())))?;
    let csv_err = |e: csv::Error| Error::Other(format!("{}: {e}", csv_path.display()));
    w.write_record(&header).map_err(csv_err)?;
    for (i, r) in rows.iter().enumerate() {
        w.write_record(cells(i + 1, r)).map_err(csv_err)?;
    }
    w.flush().map_err(|e| Error::io(&csv_path, e))?;

    let xlsx_path = out.join("review.xlsx");
    let err = xlsx_err(&xlsx_path);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Review").map_err(&err)?;
    let bold = Format::new().set_bold().set_background_color("#DDEBF7");
    let decide = Format::new().set_bold().set_background_color("#FFF2CC");
    let key = Format::new().set_font_color("#808080");
    let prob = Format::new().set_num_format("0.0000");
    let weight = Format::new().set_num_format("0.00");
    let ncols = header.len() as u16;
    let (decision_col, key_col) = (ncols - 5, ncols - 2);
    for (c, h) in header.iter().enumerate() {
        let f = if (decision_col..key_col).contains(&(c as u16)) {
            &decide
        } else {
            &bold
        };
        sheet
            .write_string_with_format(0, c as u16, h, f)
            .map_err(&err)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        let text = cells(i + 1, r);
        sheet.write_number(row, 0, (i + 1) as f64).map_err(&err)?;
        sheet
            .write_number_with_format(row, 1, r.match_probability, &prob)
            .map_err(&err)?;
        sheet
            .write_number_with_format(row, 2, r.match_weight, &weight)
            .map_err(&err)?;
        for (c, v) in text.iter().enumerate().skip(3) {
            if v.is_empty() {
                continue;
            }
            if c as u16 >= key_col {
                sheet
                    .write_string_with_format(row, c as u16, v, &key)
                    .map_err(&err)?;
            } else {
                sheet.write_string(row, c as u16, v).map_err(&err)?;
            }
        }
    }
    let last = rows.len() as u32;
    if last > 0 {
        let choices = [Verdict::Same, Verdict::Different, Verdict::Unsure].map(Verdict::label);
        let dv = DataValidation::new()
            .allow_list_strings(&choices)
            .map_err(&err)?
            .set_error_title("Decision")
            .map_err(&err)?
            .set_error_message("Choose Same, Different or Unsure.")
            .map_err(&err)?;
        sheet
            .add_data_validation(1, decision_col, last, decision_col, &dv)
            .map_err(&err)?;
    }
    sheet.autofilter(0, 0, last, ncols - 1).map_err(&err)?;
    sheet.set_freeze_panes(1, 0).map_err(&err)?;
    for c in 0..ncols {
        let width = match c {
            0 => 6.0,
            1 | 2 => 12.0,
            c if c == ncols - 8 || c == ncols - 7 => 45.0,
            c if c == decision_col => 12.0,
            c if c == decision_col + 1 => 30.0,
            c if c >= key_col => 24.0,
            _ => 16.0,
        };
        sheet.set_column_width(c, width).map_err(&err)?;
    }
    book.save(&xlsx_path).map_err(&err)?;
    drop(err);
    Ok((xlsx_path, csv_path))
}

/// What a filled sheet holds: its decisions (with their sheet row numbers)
/// and the rows left undecided.
#[derive(Debug, Default)]
pub struct Filled {
    pub decisions: Vec<(usize, Decision)>,
    pub undecided: u64,
}

/// At most this many bad rows are listed; the rest are counted.
const MAX_LISTED: usize = 20;

/// Read a filled sheet (xlsx/xls/ods by calamine, or `.csv`). Every bad row
/// is reported together with its sheet row number; nothing is returned
/// unless every row is good. `sources` are the project's source names;
/// `reviewer` fills rows whose Reviewer cell is empty (a row may still have
/// none: `import` requires one only of rows that change a decision); `now`
/// stamps them.
pub fn read_filled(
    path: &Path,
    sources: &[&str],
    reviewer: Option<&str>,
    now: &str,
) -> Result<Filled> {
    let table = read_table(path)?;
    let Some((header_row, header)) = table.first() else {
        return Err(Error::config(path, None, "the sheet is empty"));
    };
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let mut missing = Vec::new();
    let mut need = |name: &'static str| {
        let c = col(name);
        if c.is_none() {
            missing.push(name);
        }
        c.unwrap_or(0)
    };
    let (l, r, d) = (need("left"), need("right"), need("decision"));
    if !missing.is_empty() {
        return Err(Error::config(
            path,
            Some(*header_row),
            format!(
                "no {} column in the header: is this a review sheet from `onefamily review export`?",
                missing.join(", ")
            ),
        ));
    }
    let (comment_col, reviewer_col) = (col("comment"), col("reviewer"));
    let get = |cells: &[String], c: Option<usize>| {
        c.and_then(|c| cells.get(c))
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    };
    let mut problems = Vec::new();
    let mut filled = Filled::default();
    let mut seen: BTreeMap<(String, String), (usize, Verdict)> = BTreeMap::new();
    for (row, cells) in &table[1..] {
        let (left, right, decision) = (
            get(cells, Some(l)),
            get(cells, Some(r)),
            get(cells, Some(d)),
        );
        if left.is_empty() && right.is_empty() {
            continue;
        }
        if decision.is_empty() {
            filled.undecided += 1;
            continue;
        }
        let mut bad = |msg: String| problems.push(Error::config(path, Some(*row), msg));
        // The cell's value is not repeated: a shifted column can put a
        // name where the decision should be.
        let Some(verdict) = Verdict::parse(&decision) else {
            bad("the Decision is not one of Same, Different, Unsure".into());
            continue;
        };
        let known = |spec: &str| {
            super::split_record(spec).is_some_and(|(s, _)| sources.contains(&s.trim()))
        };
        if !known(&left) || !known(&right) {
            bad("left and right must each name a record of a project source as source:key".into());
            continue;
        }
        if left == right {
            bad("left and right name the same record".into());
            continue;
        }
        let who = match (get(cells, reviewer_col), reviewer) {
            (w, _) if !w.is_empty() => w,
            (_, Some(r)) => r.trim().to_string(),
            _ => String::new(),
        };
        let mut dec = Decision::person(&left, &right, verdict);
        dec.reviewer = who;
        dec.decided_at = now.to_string();
        dec.comment = get(cells, comment_col);
        let key = (dec.left.clone(), dec.right.clone());
        match seen.get(&key) {
            Some(&(first, v)) if v != verdict => {
                bad(format!(
                    "the same pair as row {first} with another decision ({} here, {} there)",
                    verdict.label(),
                    v.label()
                ));
                continue;
            }
            Some(_) => continue,
            None => {
                seen.insert(key, (*row, verdict));
            }
        }
        filled.decisions.push((*row, dec));
    }
    problems_to_result(path, problems).map(|_| filled)
}

/// Nothing, one error, or many (the first `MAX_LISTED`, then a count).
fn problems_to_result(path: &Path, mut problems: Vec<Error>) -> Result<()> {
    if problems.len() > MAX_LISTED {
        let more = problems.len() - MAX_LISTED;
        problems.truncate(MAX_LISTED);
        problems.push(Error::config(
            path,
            None,
            format!("… and {more} more bad rows"),
        ));
    }
    match problems.len() {
        0 => Ok(()),
        1 => Err(problems.remove(0)),
        _ => Err(Error::ConfigMany(problems)),
    }
}

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub decisions: u64,
    pub undecided: u64,
    pub counts: super::MergeCounts,
}

/// Import a filled sheet into the project's decisions file: validate every
/// row first, then write the file in one step (or not at all when nothing
/// changes). A row that changes a decision needs a reviewer.
pub fn import(
    file: &Path,
    project: &crate::mapping::Project,
    reviewer: Option<&str>,
    now: &str,
) -> Result<Imported> {
    let names: Vec<&str> = project.sources.iter().map(|s| s.name.as_str()).collect();
    let filled = read_filled(file, &names, reviewer, now)?;
    let mut recorded = super::read(&project.decisions_file)?;
    let unchanged = |d: &Decision| recorded.iter().any(|r| r.same_content(d));
    let anonymous: Vec<Error> = filled
        .decisions
        .iter()
        .filter(|(_, d)| d.reviewer.is_empty() && !unchanged(d))
        .map(|(row, _)| {
            Error::config(
                file,
                Some(*row),
                "no reviewer: fill the Reviewer column or pass --reviewer NAME",
            )
        })
        .collect();
    problems_to_result(file, anonymous)?;
    let decisions = filled.decisions.len() as u64;
    let counts = super::merge(
        &mut recorded,
        filled.decisions.into_iter().map(|(_, d)| d).collect(),
    );
    if counts.added + counts.replaced > 0 {
        super::write(&project.decisions_file, &recorded)?;
    }
    Ok(Imported {
        decisions,
        undecided: filled.undecided,
        counts,
    })
}

/// The sheet as text rows with their row numbers (1-based, as a person
/// reading the sheet counts them): the header first.
fn read_table(path: &Path) -> Result<Vec<(usize, Vec<String>)>> {
    let unreadable = |e: String| Error::config(path, None, format!("cannot read the sheet: {e}"));
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(path)
            .map_err(|e| unreadable(e.to_string()))?;
        let mut rows = Vec::new();
        // Rows are numbered as a spreadsheet program shows the file.
        for (i, rec) in reader.records().enumerate() {
            let rec = rec.map_err(|e| unreadable(e.to_string()))?;
            rows.push((i + 1, rec.iter().map(str::to_string).collect()));
        }
        return Ok(rows);
    }
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto(path).map_err(|e| unreadable(e.to_string()))?;
    let names = book.sheet_names();
    let name = names
        .iter()
        .find(|n| n.as_str() == "Review")
        .or(names.first())
        .cloned()
        .ok_or_else(|| unreadable("no worksheet".into()))?;
    let range = book
        .worksheet_range(&name)
        .map_err(|e| unreadable(e.to_string()))?;
    let first = range.start().map_or(0, |(r, _)| r as usize);
    let left_col = range.start().map_or(0, |(_, c)| c as usize);
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let mut text = vec![String::new(); left_col];
            text.extend(cells.iter().map(|c| match c {
                Data::Empty => String::new(),
                Data::String(s) => s.clone(),
                Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
                other => other.to_string(),
            }));
            (first + i + 1, text)
        })
        .collect())
}
