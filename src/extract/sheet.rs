//! Spreadsheets: xlsx, xlsm, xlsb, xls and ods through calamine. Title rows
//! above the header are passed over (the header is `header_row` or the first
//! row holding every mapped column); positions are the sheet's own row
//! numbers. Cells keep their type: numbers stay numbers (a whole number
//! renders without `.0`, so an NHS number typed as a number survives), date
//! cells are dates, and a plain number in a date field is an Excel serial.
//!
//! Merged cells: calamine gives the value to the top-left cell only. A merged
//! region means one value for every cell it covers, so (for xlsx and xls,
//! where calamine reports the regions) the top-left value is copied into the
//! whole region. Blank cells outside a merged region are never filled from
//! above: a blank family reference may really be missing, and guessing it
//! would join families.

use super::count;
use super::stage::{PartHeader, Stager};
use super::{find_header, header_of, Extracted, Fail, FailAt, ReadCtx, HEADER_SEARCH_ROWS};
use crate::extract::cell::Cell;
use crate::mapping::{glob_match, is_pattern, Location, SheetSel, SourceMapping};
use calamine::{Data, Dimensions, Range, Reader, Sheets};

pub(crate) fn read(cx: ReadCtx, m: &SourceMapping) -> Result<Extracted, Fail> {
    let Location::Sheet { path, sheet } = &m.location else {
        return Err(Fail::new(FailAt::Source, "not a spreadsheet mapping"));
    };
    let files = super::files::matching(path)?;
    let many_files = files.len() > 1;
    let mut acc = Parts::default();
    let mut stager: Option<Stager> = None;
    for file in &files {
        read_workbook(
            cx.clone(),
            m,
            file,
            sheet,
            many_files,
            &mut stager,
            &mut acc,
        )?;
    }
    let Some(stager) = stager else {
        return Err(Fail::new(FailAt::Sheet, "no sheet was read"));
    };
    let (mut out, profile) = stager.finish();
    out.physical_rows = Some(acc.physical);
    out.integrity.parted_at = acc.parted_at;
    out.integrity.header_mismatch = acc.header_mismatch;
    out.integrity.sheets = acc.sheets;
    out.integrity.workbook = (!many_files).then(|| path.display().to_string());
    Ok((out, profile))
}

/// What the parts of one source (its sheets, its files) add up to.
#[derive(Default)]
struct Parts {
    physical: u64,
    parted_at: Option<String>,
    header_mismatch: Option<String>,
    sheets: Vec<count::SheetCount>,
}

fn open(
    m: &SourceMapping,
    path: &std::path::Path,
) -> Result<Sheets<std::io::BufReader<std::fs::File>>, Fail> {
    let known = matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("xlsx" | "xlsm" | "xlsb" | "xls" | "xla" | "xlam" | "ods")
    );
    // The declared kind decides when the extension says nothing useful.
    let opened = if known {
        calamine::open_workbook_auto(path)
    } else {
        use crate::mapping::SourceKind as K;
        match m.kind {
            K::Xls => calamine::open_workbook(path)
                .map(Sheets::Xls)
                .map_err(calamine::Error::Xls),
            K::Xlsb => calamine::open_workbook(path)
                .map(Sheets::Xlsb)
                .map_err(calamine::Error::Xlsb),
            K::Ods => calamine::open_workbook(path)
                .map(Sheets::Ods)
                .map_err(calamine::Error::Ods),
            _ => calamine::open_workbook(path)
                .map(Sheets::Xlsx)
                .map_err(calamine::Error::Xlsx),
        }
    };
    opened.map_err(|e| {
        Fail::new(
            FailAt::Path,
            format!(
                "cannot open {} as a {} workbook: {}",
                path.display(),
                m.kind,
                short(&e.to_string())
            ),
        )
    })
}

/// The sheets a selection names, in workbook order. A name or pattern
/// that matches no sheet is an error.
fn select(sheet: &SheetSel, names: &[String], file: &str) -> Result<Vec<String>, Fail> {
    let by_name = |n: &str| {
        names
            .iter()
            .find(|s| *s == n)
            .or_else(|| {
                names
                    .iter()
                    .find(|s| s.trim().eq_ignore_ascii_case(n.trim()))
            })
            .cloned()
    };
    let none = |wanted: String| {
        Fail::new(
            FailAt::Sheet,
            format!("{file}: no {wanted}; the workbook has {names:?}"),
        )
    };
    match sheet {
        SheetSel::First => names
            .first()
            .cloned()
            .map(|n| vec![n])
            .ok_or_else(|| none("a first sheet".into())),
        SheetSel::Name(n) => by_name(n)
            .map(|n| vec![n])
            .ok_or_else(|| none(format!("sheet {n:?}"))),
        SheetSel::Index(i) => names
            .get(*i)
            .cloned()
            .map(|n| vec![n])
            .ok_or_else(|| none(format!("sheet_index {i}"))),
        SheetSel::Many(wanted) => {
            for w in wanted {
                let hit = if is_pattern(w) {
                    names.iter().any(|n| glob_match(w, n))
                } else {
                    by_name(w).is_some()
                };
                if !hit {
                    return Err(none(format!("sheet matching {w:?}")));
                }
            }
            Ok(names
                .iter()
                .filter(|n| {
                    wanted.iter().any(|w| {
                        glob_match(w, n)
                            || (!is_pattern(w) && n.trim().eq_ignore_ascii_case(w.trim()))
                    })
                })
                .cloned()
                .collect())
        }
    }
}

/// One workbook: every selected sheet staged, every sheet counted.
fn read_workbook<'a>(
    cx: ReadCtx,
    m: &'a SourceMapping,
    path: &std::path::Path,
    sheet: &SheetSel,
    many_files: bool,
    stager: &mut Option<Stager<'a>>,
    acc: &mut Parts,
) -> Result<(), Fail> {
    let mut wb = open(m, path)?;
    let names = wb.sheet_names();
    let file = path.display().to_string();
    let file_name = super::files::name_of(path);
    let chosen = select(sheet, &names, &file)?;
    let lookups: Vec<String> = m
        .lookups
        .iter()
        .filter_map(|l| match &l.from {
            crate::mapping::LookupFrom::Sheet(s) => Some(s.trim().to_lowercase()),
            _ => None,
        })
        .collect();
    for other in &names {
        let mapped = chosen.contains(other);
        let mut range = wb.worksheet_range(other).map_err(|e| {
            Fail::new(
                if mapped { FailAt::Sheet } else { FailAt::Path },
                format!(
                    "{file}: cannot read sheet {other:?}: {}",
                    short(&e.to_string())
                ),
            )
        })?;
        let rows = count::nonempty_rows(&range).len() as u64;
        if mapped {
            let merged: Vec<Dimensions> = match &mut wb {
                Sheets::Xlsx(x) => x
                    .worksheet_merge_cells(other)
                    .and_then(Result::ok)
                    .unwrap_or_default(),
                Sheets::Xls(x) => x.worksheet_merge_cells(other).unwrap_or_default(),
                _ => Vec::new(),
            };
            // Where the format says what is merged, merged regions are the
            // truth; elsewhere a blank upper heading is filled from the left.
            let knows_merges = matches!(wb, Sheets::Xlsx(_) | Sheets::Xls(_)) && !merged.is_empty();
            fill_merged(&mut range, &merged);
            let label = if many_files {
                format!("{file_name}:{other}")
            } else {
                other.clone()
            };
            let part = SheetPart {
                range: &range,
                sheet: other,
                label,
                file: &file,
                file_name: &file_name,
                fill_left: !knows_merges,
            };
            stage_range(cx.clone(), m, part, stager, acc)?;
        }
        let status = if mapped {
            "mapped"
        } else if lookups.contains(&other.trim().to_lowercase()) {
            "lookup"
        } else if m
            .ignore_sheets
            .iter()
            .any(|s| s.trim().eq_ignore_ascii_case(other.trim()))
        {
            "ignored"
        } else {
            "unread"
        };
        acc.sheets.push(count::SheetCount {
            name: if many_files {
                format!("{file_name}:{other}")
            } else {
                other.clone()
            },
            rows,
            status,
        });
    }
    Ok(())
}

/// A calamine error for display: its values (a cell's raw XML, a date of
/// birth) replaced by their shape, then cut short.
fn short(msg: &str) -> String {
    crate::redact::message(msg).chars().take(160).collect()
}

/// Copy each merged region's top-left value over the region.
fn fill_merged(range: &mut Range<Data>, merged: &[Dimensions]) {
    let (Some(start), Some(end)) = (range.start(), range.end()) else {
        return;
    };
    for d in merged {
        let Some(v) = range.get_value(d.start).cloned() else {
            continue;
        };
        if v == Data::Empty {
            continue;
        }
        for r in d.start.0.max(start.0)..=d.end.0.min(end.0) {
            for c in d.start.1.max(start.1)..=d.end.1.min(end.1) {
                if (r, c) != d.start && range.get_value((r, c)).is_some_and(|x| *x == Data::Empty) {
                    range.set_value((r, c), v.clone());
                }
            }
        }
    }
}

/// One sheet to stage.
struct SheetPart<'p> {
    range: &'p Range<Data>,
    sheet: &'p str,
    /// Positions' sheet label.
    label: String,
    file: &'p str,
    file_name: &'p str,
    fill_left: bool,
}

/// The rows read while looking for the header, each with its sheet row.
type TopRows = Vec<(u64, Vec<String>)>;

/// The header's row index in the range, and the rows up to it.
fn find_sheet_header(
    m: &SourceMapping,
    part: &SheetPart,
    first_row: u64,
) -> Result<(usize, TopRows), Fail> {
    let (range, sheet, file) = (part.range, part.sheet, part.file);
    let k = m.header_rows.max(1) as usize;
    let mut top: Vec<(u64, Vec<String>)> = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let sheet_row = first_row + i as u64 + 1;
        let texts: Vec<String> = row.iter().map(|d| to_cell(d).to_text()).collect();
        top.push((sheet_row, texts));
        match m.header_row {
            Some(h) if sheet_row == u64::from(h) => {
                if top.len() < k {
                    break;
                }
                return Ok((i, top));
            }
            Some(_) => {}
            None => {
                if top.len() >= k && find_header(m, &top[top.len() - k..], part.fill_left).is_ok() {
                    return Ok((i, top));
                }
                if top.len() >= HEADER_SEARCH_ROWS {
                    break;
                }
            }
        }
    }
    if range.is_empty() {
        return Err(Fail::new(
            FailAt::Sheet,
            format!("{file}: sheet {sheet:?} is empty"),
        ));
    }
    if let Some(hr) = m.header_row {
        return Err(Fail::new(
            FailAt::HeaderRow,
            format!(
                "{file}: sheet {sheet:?} has no row {hr} (with the {} header row(s) above it)",
                k - 1
            ),
        ));
    }
    let missing = find_header(m, &top, part.fill_left)
        .err()
        .unwrap_or_default();
    Err(Fail::missing(
        missing,
        format!(
            "{file}: sheet {sheet:?}: no row among the first {} holds every mapped column;",
            top.len()
        ),
    ))
}

fn stage_range<'a>(
    cx: ReadCtx,
    m: &'a SourceMapping,
    part: SheetPart,
    stager: &mut Option<Stager<'a>>,
    acc: &mut Parts,
) -> Result<(), Fail> {
    let (range, sheet, file) = (part.range, part.sheet, part.file);
    let first_row = range.start().map(|s| s.0).unwrap_or(0) as u64;
    let mut cells: Vec<Cell> = vec![Cell::Null; range.width()];
    let (h, top) = find_sheet_header(m, &part, first_row)?;
    let paths = header_of(m, &top, part.fill_left);
    let header_row = first_row + h as u64 + 1;
    let header = PartHeader::from_paths(&paths, part.label.clone(), sheet, part.file_name);
    let limits = cx.limits;
    let bound = match stager.take() {
        None => Stager::bind(cx, m, header, true),
        Some(prev) => prev.next_part(cx, m, header),
    };
    let mut st = bound.map_err(|missing| {
        Fail::missing(
            missing,
            format!("{file}: sheet {sheet:?} header (row {header_row})"),
        )
    })?;
    // Rows that held anything, as the stager was handed them, for the
    // comparison with the count over calamine's used cells.
    let mut held: Vec<u64> = Vec::new();
    let mut unnamed_with_data = 0u64;
    for (i, row) in range.rows().enumerate().skip(h + 1) {
        let sheet_row = first_row + i as u64 + 1;
        if row.iter().any(|d| !cell_is_empty(d)) {
            held.push(sheet_row);
            unnamed_with_data += u64::from(
                row.iter()
                    .zip(paths.iter())
                    .any(|(d, path)| path.is_empty() && !cell_is_empty(d)),
            );
        }
        if let Some(reason) = too_large(row, limits) {
            st.reject_row(sheet_row, reason);
            continue;
        }
        for (c, d) in cells.iter_mut().zip(row) {
            set_cell(c, d);
        }
        st.row(sheet_row, &cells);
    }
    *stager = Some(st);
    let counted: Vec<u64> = count::nonempty_rows(range)
        .into_iter()
        .filter(|&r| r > header_row)
        .collect();
    acc.physical += counted.len() as u64;
    if acc.parted_at.is_none() {
        acc.parted_at = count::first_difference(&held, &counted)
            .map(|d| d.replacen("line ", &format!("sheet {sheet:?} row "), 1));
    }
    if unnamed_with_data > 0 && acc.header_mismatch.is_none() {
        acc.header_mismatch = Some(format!(
            "sheet {sheet:?}: {unnamed_with_data} row(s) hold data in a column with no header name"
        ));
    }
    Ok(())
}

/// Empty as the independent count sees it: no value, or only spaces.
fn cell_is_empty(d: &Data) -> bool {
    match d {
        Data::Empty => true,
        Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

/// A row over the size limits: `Some(reason)` to reject it unread.
fn too_large(row: &[Data], limits: count::Limits) -> Option<crate::model::RejectReason> {
    let mut total = 0u64;
    for d in row {
        if let Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) = d {
            let n = s.len() as u64;
            if n > limits.cell_bytes {
                return Some(crate::model::RejectReason::CellTooLarge);
            }
            total += n;
        }
    }
    (total > limits.row_bytes).then_some(crate::model::RejectReason::RowTooLarge)
}

/// calamine's cell → ours, reusing the text buffer.
fn set_cell(c: &mut Cell, d: &Data) {
    match d {
        Data::String(s) => c.set_text(s),
        Data::Empty => *c = Cell::Null,
        other => *c = to_cell(other),
    }
}

pub(super) fn to_cell(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::Null,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Int(*i),
        Data::Float(f) => Cell::Float(*f),
        // As Excel shows them; codes compare case-insensitively.
        Data::Bool(b) => Cell::Text(if *b { "TRUE" } else { "FALSE" }.to_string()),
        Data::DateTime(dt) if dt.is_datetime() => {
            // calamine's own conversion knows the 1900/1904 systems and
            // Excel's phantom 29 February 1900.
            let (y, mo, d, h, mi, s, _) = dt.to_ymd_hms_milli();
            match chrono::NaiveDate::from_ymd_opt(i32::from(y), u32::from(mo), u32::from(d)) {
                Some(date) if (h, mi, s) == (0, 0, 0) => Cell::Date(date),
                Some(date) => match date.and_hms_opt(u32::from(h), u32::from(mi), u32::from(s)) {
                    Some(x) => Cell::DateTime(x),
                    None => Cell::Date(date),
                },
                None => Cell::Float(dt.as_f64()),
            }
        }
        Data::DateTime(dt) => Cell::Float(dt.as_f64()),
        Data::DateTimeIso(s) => chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f")
            .map(|x| {
                if x.time() == chrono::NaiveTime::MIN {
                    Cell::Date(x.date())
                } else {
                    Cell::DateTime(x)
                }
            })
            .or_else(|_| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map(Cell::Date))
            .unwrap_or_else(|_| Cell::Text(s.clone())),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(_) => Cell::Unreadable("error cell"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_cells() {
        let d = chrono::NaiveDate::from_ymd_opt(2015, 4, 3).unwrap();
        let cases = [
            (
                Data::Float(9434765919.0),
                Cell::Float(9434765919.0),
                "9434765919",
            ),
            (Data::Int(7), Cell::Int(7), "7"),
            (Data::Bool(true), Cell::Text("TRUE".into()), "TRUE"),
            (
                Data::DateTimeIso("2015-04-03T00:00:00".into()),
                Cell::Date(d),
                "2015-04-03",
            ),
            (
                Data::DateTimeIso("2015-04-03".into()),
                Cell::Date(d),
                "2015-04-03",
            ),
            (
                Data::Error(calamine::CellErrorType::Ref),
                Cell::Unreadable("error cell"),
                "",
            ),
        ];
        for (data, cell, text) in cases {
            let got = to_cell(&data);
            assert_eq!(got, cell, "{data:?}");
            assert_eq!(got.to_text(), text);
        }
    }

    #[test]
    fn fills_merged_regions_only() {
        let mut r: Range<Data> = Range::new((0, 0), (3, 1));
        r.set_value((0, 0), Data::String("F1".into()));
        r.set_value((2, 0), Data::Empty);
        fill_merged(&mut r, &[Dimensions::new((0, 0), (1, 0))]);
        assert_eq!(r.get_value((1, 0)), Some(&Data::String("F1".into())));
        // Row 3 is outside the region: stays blank.
        assert_eq!(r.get_value((2, 0)), Some(&Data::Empty));
    }
}
