//! One system's exports delivered as several CSV files, one per month (or
//! week, or year): files of one folder whose names differ only in a run of
//! digits (`contacts_2024-01.csv`, `contacts_2024-02.csv` …) and whose
//! headers hold the same columns are drafted as one source read by a file
//! pattern (`contacts_*.csv`), not one mapping per file. Likewise the
//! sheets of one workbook named alike (`Attendance 2023`, `Attendance
//! 2024`: one sheet per year), read by a sheet pattern (`Attendance *`). Columns are matched
//! by name, so a month whose export moved a column joins its neighbours; a
//! column only some months hold is kept, and lands in `ignore` unless a
//! guess maps it. Nothing here reads a value beyond what `peek` read.

use super::profile;
use crate::extract::peek::Peeked;
use crate::extract::Cell;
use crate::mapping::SourceKind;
use std::path::PathBuf;

/// What the draft needs to know about files read as one.
#[derive(Clone, Debug)]
pub struct Group {
    /// Sheets of one workbook (`sheets = "…"`, `{_sheet}`), not files.
    pub sheets: bool,
    pub files: usize,
    /// Files holding their header alone.
    pub empty: usize,
    /// Each data row's file (an index among `files`), for keys counted
    /// within each file.
    pub file_of_row: Vec<usize>,
}

/// The file name with each run of digits (digits joined by `-`, `_` or `.`
/// count as one run) written `*`: `contacts_2024-01.csv` → `contacts_*.csv`.
/// `None` when the name holds no digit.
pub fn shape(name: &str) -> Option<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut any = false;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let mut j = i;
            // Digits, and a separator only when a digit follows it.
            while j < chars.len()
                && (chars[j].is_ascii_digit()
                    || (matches!(chars[j], '-' | '_' | '.')
                        && chars.get(j + 1).is_some_and(|c| c.is_ascii_digit())))
            {
                j += 1;
            }
            out.push('*');
            any = true;
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    any.then_some(out)
}

/// A CSV table's header (trimmed names) and the index of its row.
fn header(p: &Peeked) -> Option<(usize, Vec<String>)> {
    let h = profile::header_row(&p.rows)?;
    Some((
        h,
        p.rows[h]
            .1
            .iter()
            .map(|c| c.to_text().trim().to_string())
            .collect(),
    ))
}

/// Whether two headers hold the same columns, by name and in any order:
/// one's names are all in the other (an export that gained a column), or
/// at least four fifths of the longer one's are.
fn same_columns(a: &[String], b: &[String]) -> bool {
    let fold = |v: &[String]| -> Vec<String> {
        v.iter()
            .filter(|n| !n.is_empty())
            .map(|n| n.to_lowercase())
            .collect()
    };
    let (a, b) = (fold(a), fold(b));
    let shared = a.iter().filter(|n| b.contains(n)).count();
    let (shorter, longer) = (a.len().min(b.len()), a.len().max(b.len()));
    shorter > 0 && (shared == shorter || shared * 5 >= longer * 4)
}

/// Merge the tables that are one export in several files; every other
/// table comes back as it was, in the order first seen.
pub fn group(tables: Vec<Peeked>) -> Vec<(Peeked, Option<Group>)> {
    // (folder, name shape) for files, (workbook, sheet name shape) for
    // sheets → the tables' indices, in order.
    let mut buckets: Vec<((PathBuf, String), Vec<usize>)> = Vec::new();
    for (i, p) in tables.iter().enumerate() {
        let Some(path) = p.path.as_ref() else {
            continue;
        };
        let key = if p.kind == SourceKind::Csv {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let Some(s) = shape(&name) else { continue };
            (path.parent().map(PathBuf::from).unwrap_or_default(), s)
        } else if p.kind.is_spreadsheet() {
            let Some(s) = shape(&p.part) else { continue };
            (path.clone(), s)
        } else {
            continue;
        };
        match buckets.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(i),
            None => buckets.push((key, vec![i])),
        }
    }
    let mut merged_into: Vec<Option<usize>> = vec![None; tables.len()];
    let mut groups: Vec<(PathBuf, Vec<usize>)> = Vec::new();
    for ((dir, s), members) in buckets {
        let headers: Vec<Option<(usize, Vec<String>)>> =
            members.iter().map(|&i| header(&tables[i])).collect();
        let Some(first) = headers.iter().flatten().next().map(|h| h.1.clone()) else {
            continue;
        };
        let alike: Vec<usize> = members
            .iter()
            .zip(&headers)
            .filter(|(_, h)| h.as_ref().is_some_and(|h| same_columns(&first, &h.1)))
            .map(|(&i, _)| i)
            .collect();
        if alike.len() < 2 {
            continue;
        }
        for &i in &alike {
            merged_into[i] = Some(groups.len());
        }
        let sheets = tables[alike[0]].kind.is_spreadsheet();
        groups.push((
            if sheets {
                PathBuf::from(s)
            } else {
                dir.join(s)
            },
            alike,
        ));
    }
    let mut out = Vec::new();
    let mut done = vec![false; groups.len()];
    let mut tables: Vec<Option<Peeked>> = tables.into_iter().map(Some).collect();
    for i in 0..tables.len() {
        match merged_into[i] {
            None => {
                if let Some(p) = tables[i].take() {
                    out.push((p, None));
                }
            }
            Some(g) if !done[g] => {
                done[g] = true;
                let (pattern, members) = &groups[g];
                let parts: Vec<Peeked> = members.iter().filter_map(|&m| tables[m].take()).collect();
                out.push(merge(pattern.clone(), parts));
            }
            Some(_) => {}
        }
    }
    out
}

/// One table of the files' rows: a header of every name any file holds (the
/// first file's order, then names later files add), and each file's rows
/// below it with their cells moved under those names.
fn merge(pattern: PathBuf, parts: Vec<Peeked>) -> (Peeked, Option<Group>) {
    let mut names: Vec<String> = Vec::new();
    let mut rows: Vec<(u64, Vec<Cell>)> = Vec::new();
    let mut file_of_row = Vec::new();
    let mut empty = 0;
    let mut header_line = 1;
    for (f, p) in parts.iter().enumerate() {
        let Some((h, own)) = header(p) else { continue };
        if f == 0 {
            header_line = p.rows[h].0;
        }
        let at: Vec<Option<usize>> = own
            .iter()
            .map(|n| {
                if n.is_empty() {
                    return None;
                }
                match names.iter().position(|x| x.eq_ignore_ascii_case(n)) {
                    Some(i) => Some(i),
                    None => {
                        names.push(n.clone());
                        Some(names.len() - 1)
                    }
                }
            })
            .collect();
        let body = &p.rows[h + 1..];
        if body.is_empty() {
            empty += 1;
        }
        for (line, r) in body {
            let mut cells = vec![Cell::Null; names.len()];
            for (c, to) in r.iter().zip(&at) {
                if let Some(to) = to {
                    cells[*to] = c.clone();
                }
            }
            rows.push((*line, cells));
            file_of_row.push(f);
        }
    }
    let width = names.len();
    for (_, r) in &mut rows {
        r.resize(width, Cell::Null);
    }
    let head = (
        header_line,
        names.iter().map(|n| Cell::Text(n.clone())).collect(),
    );
    let first = &parts[0];
    let sheets = first.kind.is_spreadsheet();
    // Sheets: the workbook's path, the pattern as the part.
    let (path, part) = if sheets {
        (first.path.clone(), pattern.display().to_string())
    } else {
        (Some(pattern), String::new())
    };
    let merged = Peeked {
        kind: first.kind,
        path,
        url: None,
        part,
        siblings: first.siblings.clone(),
        encoding: first.encoding,
        delimiter: first.delimiter,
        dialect: None,
        columns: None,
        rows: std::iter::once(head).chain(rows).collect(),
    };
    let group = Group {
        sheets,
        files: parts.len(),
        empty,
        file_of_row,
    };
    (merged, Some(group))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_of_names() {
        for (name, want) in [
            ("contacts_2024-01.csv", Some("contacts_*.csv")),
            ("Contacts 2024.01.31.csv", Some("Contacts *.csv")),
            ("export3.csv", Some("export*.csv")),
            ("a1b22.csv", Some("a*b*.csv")),
            ("people.csv", None),
        ] {
            assert_eq!(shape(name).as_deref(), want, "{name}");
        }
    }

    fn csv(name: &str, lines: &[&[&str]]) -> Peeked {
        Peeked {
            kind: SourceKind::Csv,
            path: Some(PathBuf::from("estate").join(name)),
            url: None,
            part: String::new(),
            siblings: Vec::new(),
            encoding: Some("UTF-8"),
            delimiter: Some(b','),
            dialect: None,
            columns: None,
            rows: lines
                .iter()
                .zip(1..)
                .map(|(r, n)| (n, r.iter().map(|c| Cell::Text(c.to_string())).collect()))
                .collect(),
        }
    }

    #[test]
    fn monthly_files_merge_by_column_name() {
        let tables = vec![
            csv(
                "c_2024-01.csv",
                &[&["ID", "Name", "DOB"], &["1", "Ann", "01/02/2015"]],
            ),
            csv("people.csv", &[&["ID", "Name"], &["7", "Zed"]]),
            // Moved columns, an added one, and a month with nothing.
            csv(
                "c_2024-02.csv",
                &[
                    &["Name", "ID", "DOB", "Channel"],
                    &["Bob", "1", "02/03/2016", "Phone"],
                ],
            ),
            csv("c_2024-03.csv", &[&["ID", "Name", "DOB"]]),
            // Named alike, other columns: its own table.
            csv(
                "c_2024-04.csv",
                &[&["Ref", "Amount", "Paid", "Due"], &["x", "1", "2", "3"]],
            ),
        ];
        let out = group(tables);
        let names: Vec<String> = out
            .iter()
            .map(|(p, _)| p.path.as_ref().unwrap().display().to_string())
            .collect();
        assert_eq!(
            names,
            [
                "estate/c_*.csv",
                "estate/people.csv",
                "estate/c_2024-04.csv"
            ]
        );
        let (p, g) = &out[0];
        let g = g.as_ref().unwrap();
        assert_eq!((g.files, g.empty), (3, 1));
        assert_eq!(g.file_of_row, [0, 1]);
        let text = |r: &[Cell]| r.iter().map(Cell::to_text).collect::<Vec<_>>();
        assert_eq!(text(&p.rows[0].1), ["ID", "Name", "DOB", "Channel"]);
        assert_eq!(text(&p.rows[1].1), ["1", "Ann", "01/02/2015", ""]);
        assert_eq!(text(&p.rows[2].1), ["1", "Bob", "02/03/2016", "Phone"]);
        assert!(out[1].1.is_none() && out[2].1.is_none());
    }

    #[test]
    fn yearly_sheets_merge_into_a_sheet_pattern() {
        let sheet = |part: &str, lines: &[&[&str]]| {
            let mut p = csv("register.ods", lines);
            p.kind = SourceKind::Ods;
            p.part = part.to_string();
            p.siblings = ["Bookings", "Attendance 2023", "Attendance 2024"]
                .map(String::from)
                .to_vec();
            p
        };
        let out = group(vec![
            sheet("Bookings", &[&["Ref", "Course"], &["B1", "Triple P"]]),
            sheet("Attendance 2023", &[&["ID", "Name"], &["1", "Ann"]]),
            sheet("Attendance 2024", &[&["ID", "Name"], &["2", "Bob"]]),
        ]);
        assert_eq!(out.len(), 2);
        let (p, g) = &out[1];
        assert!(g.as_ref().is_some_and(|g| g.sheets && g.files == 2));
        assert_eq!(p.part, "Attendance *");
        assert_eq!(
            p.path.as_deref(),
            Some(std::path::Path::new("estate/register.ods"))
        );
        assert_eq!(p.rows.len(), 3);
    }
}
