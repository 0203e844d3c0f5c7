//! What a column holds, as shapes and counts: blanks, distinct values,
//! dates and the formats they parse with, NHS numbers, UPNs, postcodes and
//! sex codes. Dates, NHS numbers, UPNs and postcodes are tested with the
//! same code the pipeline standardises them with, so a guess that says
//! "98% parse as %d/%m/%Y" means 98% will parse once the mapping says so.
//! A profile keeps no values except a column's distinct values while they
//! are few and look like codes (for a sex code list).

use crate::extract::Cell;
use crate::model::{DateCell, IdStatus, PostcodeKind};
use crate::standardise::date::{parse_at, DateFormat};
use std::collections::BTreeSet;

/// The text date formats tried, most usual in English council exports
/// first: on a tie the earlier wins, so day-first beats month-first.
const DATE_FORMATS: &[&str] = &[
    "%d/%m/%Y",
    "%Y-%m-%d",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
    "%d %b %Y",
    "%d-%b-%Y",
    "%d/%m/%y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%m/%d/%Y",
];

/// Fixed for the profile: only whether a value parses matters here.
fn reference() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("a real day")
}

/// One column's profile.
#[derive(Clone, Debug, Default)]
pub struct Column {
    pub name: String,
    pub rows: usize,
    pub blanks: usize,
    pub distinct: usize,
    /// Cells typed as dates by the source (always accepted by a mapping).
    pub typed_dates: usize,
    /// Whole numbers in Excel's date range (a serial date, if the name says date).
    pub serials: usize,
    /// The text formats chosen to cover the column, with how many each took.
    pub formats: Vec<(&'static str, usize)>,
    pub nhs: usize,
    pub upn: usize,
    pub postcodes: usize,
    /// Values that read as a sex code.
    pub sex: usize,
    /// Text holding a comma (a "SURNAME, Forename" name column).
    pub commas: usize,
    /// Distinct trimmed values while there are at most 30 of them.
    pub codes: Option<BTreeSet<String>>,
}

impl Column {
    pub fn filled(&self) -> usize {
        self.rows - self.blanks
    }

    /// Share of the filled cells, 0..=1.
    pub fn share(&self, n: usize) -> f64 {
        if self.filled() == 0 {
            0.0
        } else {
            n as f64 / self.filled() as f64
        }
    }

    /// Cells that parse as dates with the chosen formats (and typed dates).
    pub fn dates(&self) -> usize {
        self.typed_dates + self.formats.iter().map(|(_, n)| n).sum::<usize>()
    }

    /// Unique and never blank: a candidate key.
    pub fn unique(&self) -> bool {
        self.rows > 0 && self.blanks == 0 && self.distinct == self.rows
    }
}

/// The sex a code stands for, if it reads as one.
pub fn sex_code(v: &str) -> Option<&'static str> {
    match v.trim().to_ascii_lowercase().as_str() {
        "m" | "male" | "1" | "boy" | "man" => Some("M"),
        "f" | "female" | "2" | "girl" | "woman" => Some("F"),
        "u" | "unknown" | "not known" | "not stated" | "0" | "9" | "x" | "i" | "indeterminate"
        | "other" | "prefer not to say" => Some("U"),
        _ => None,
    }
}

/// Which row of `rows` is the header: the first (of the first 50) whose
/// non-blank cells are all text and number at least four fifths of the
/// widest row's (title rows above it hold one or two cells).
pub fn header_row(rows: &[(u64, Vec<Cell>)]) -> Option<usize> {
    let top = &rows[..rows.len().min(50)];
    let filled = |r: &[Cell]| r.iter().filter(|c| !c.is_blank()).count();
    let widest = top.iter().map(|(_, r)| filled(r)).max()?;
    if widest == 0 {
        return None;
    }
    let text_only = |r: &[Cell]| {
        r.iter().all(|c| match c {
            Cell::Text(t) => {
                let t = t.trim();
                t.is_empty() || t.parse::<f64>().is_err()
            }
            Cell::Null => true,
            _ => false,
        })
    };
    (0..top.len()).find(|&i| {
        let (row_no, r) = &top[i];
        // A heading merged down from the row above leaves this row's cell
        // blank: it still heads the column.
        let above = i
            .checked_sub(1)
            .map(|j| &top[j])
            .filter(|(n, a)| n + 1 == *row_no && text_only(a));
        let from_above = above.map_or(0, |(_, a)| {
            a.iter()
                .enumerate()
                .filter(|(c, x)| !x.is_blank() && r.get(*c).is_none_or(Cell::is_blank))
                .count()
        });
        (filled(r) + from_above) * 5 >= widest * 4 && text_only(r)
    })
}

/// A header of two rows: the row above the header is all text and the
/// header repeats a heading (member blocks under "Member 1", "Member 2" …).
/// The names are then heading paths, `Member 2 / DOB`.
pub fn two_row_header(rows: &[(u64, Vec<Cell>)], h: usize) -> Option<Vec<String>> {
    let above = rows.get(h.checked_sub(1)?)?;
    let (row_no, header) = rows.get(h)?;
    if above.0 + 1 != *row_no
        || !above
            .1
            .iter()
            .all(|c| matches!(c, Cell::Text(_) | Cell::Null))
    {
        return None;
    }
    let names: Vec<String> = header
        .iter()
        .map(|c| c.to_text().trim().to_lowercase())
        .filter(|n| !n.is_empty())
        .collect();
    let distinct: std::collections::BTreeSet<&String> = names.iter().collect();
    if distinct.len() == names.len() {
        return None;
    }
    let upper: Vec<String> = above.1.iter().map(Cell::to_text).collect();
    let lower: Vec<String> = header.iter().map(Cell::to_text).collect();
    let paths = crate::extract::stage::header_paths(&[&upper, &lower], true);
    Some(paths.iter().map(|p| p.join(" / ")).collect())
}

/// Profile every column of `rows` (each row as wide as `names`, or narrower).
pub fn profile(names: &[String], rows: &[Vec<Cell>]) -> Vec<Column> {
    names
        .iter()
        .enumerate()
        .map(|(i, name)| column(name, rows.iter().map(|r| r.get(i).unwrap_or(&Cell::Null))))
        .collect()
}

fn column<'a>(name: &str, cells: impl Iterator<Item = &'a Cell>) -> Column {
    let mut c = Column {
        name: name.to_string(),
        ..Column::default()
    };
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut texts: Vec<String> = Vec::new();
    for cell in cells {
        c.rows += 1;
        if cell.is_blank() {
            c.blanks += 1;
            continue;
        }
        let text = cell.to_text();
        match cell {
            Cell::Date(_) | Cell::DateTime(_) => c.typed_dates += 1,
            Cell::Int(i) if (1..=80_000).contains(i) => c.serials += 1,
            Cell::Float(f) if f.fract() == 0.0 && (1.0..=80_000.0).contains(f) => c.serials += 1,
            Cell::Text(_) => texts.push(text.clone()),
            _ => {}
        }
        identifiers(&mut c, &text);
        seen.insert(text);
    }
    c.distinct = seen.len();
    if seen.len() <= 30 {
        c.codes = Some(seen);
    }
    c.formats = cover(&texts);
    c
}

fn identifiers(c: &mut Column, text: &str) {
    let t = text.trim();
    if crate::standardise::nhs::parse(t).status == IdStatus::Valid {
        c.nhs += 1;
    }
    if crate::standardise::upn::parse(t).status == IdStatus::Valid {
        c.upn += 1;
    }
    if crate::standardise::postcode::parse(t).kind != PostcodeKind::Invalid {
        c.postcodes += 1;
    }
    if sex_code(t).is_some() {
        c.sex += 1;
    }
    if t.contains(',') {
        c.commas += 1;
    }
}

/// Formats, greedily: the one parsing most of the values not yet parsed,
/// again and again while one parses any. Values that are plain numbers are
/// left out (a number is not a date written as text).
fn cover(texts: &[String]) -> Vec<(&'static str, usize)> {
    let mut left: Vec<&String> = texts
        .iter()
        .filter(|t| t.trim().parse::<f64>().is_err())
        .collect();
    let mut out = Vec::new();
    while !left.is_empty() {
        let best = DATE_FORMATS
            .iter()
            .filter(|f| !out.iter().any(|(g, _)| g == *f))
            .map(|f| (*f, left.iter().filter(|t| parses(t, f)).count()))
            .fold(None, |best: Option<(&str, usize)>, x| match best {
                Some(b) if b.1 >= x.1 => Some(b),
                _ => Some(x),
            });
        match best {
            Some((f, n)) if n > 0 => {
                out.push((f, n));
                left.retain(|t| !parses(t, f));
            }
            _ => break,
        }
    }
    out
}

fn parses(text: &str, format: &str) -> bool {
    let f = DateFormat::Pattern(format.to_string());
    parse_at(&DateCell::Text(text.to_string()), &[f], reference())
        .date
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(v: &[&str]) -> Vec<Vec<Cell>> {
        v.iter()
            .map(|s| vec![Cell::Text((*s).to_string())])
            .collect()
    }

    #[test]
    fn finds_date_formats_day_first() {
        let c = &profile(
            &["d".into()],
            &text(&["03/04/2015", "21/12/2010", "", "2011-01-02"]),
        )[0];
        assert_eq!(c.formats, vec![("%d/%m/%Y", 2), ("%Y-%m-%d", 1)]);
        assert_eq!(c.blanks, 1);
        assert_eq!(c.dates(), 3);
    }

    #[test]
    fn finds_identifiers_and_codes() {
        let c = &profile(
            &["x".into()],
            &text(&["9434765919", "943 476 5870", "LN1 2AB"]),
        )[0];
        assert_eq!(c.nhs, 2);
        assert_eq!(c.postcodes, 1);
        let s = &profile(&["s".into()], &text(&["M", "f", "Male", "M"]))[0];
        assert_eq!(s.sex, 4);
        assert_eq!(s.distinct, 3);
        assert!(!s.unique());
    }

    #[test]
    fn header_skips_title_rows() {
        let rows = vec![
            (
                1,
                vec![Cell::Text("Tracker".into()), Cell::Null, Cell::Null],
            ),
            (2, vec![Cell::Null, Cell::Null, Cell::Null]),
            (
                3,
                vec![
                    Cell::Text("ID".into()),
                    Cell::Text("Name".into()),
                    Cell::Text("DOB".into()),
                ],
            ),
            (4, vec![Cell::Int(1), Cell::Text("A".into()), Cell::Null]),
        ];
        assert_eq!(header_row(&rows), Some(2));
    }
}
