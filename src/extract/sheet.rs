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
use super::stage::Stager;
use super::{find_header, Extracted, Fail, FailAt, ReadCtx, HEADER_SEARCH_ROWS};
use crate::extract::cell::Cell;
use crate::mapping::{Location, SheetSel, SourceMapping};
use calamine::{Data, Dimensions, Range, Reader, Sheets};

pub(crate) fn read(cx: ReadCtx, m: &SourceMapping) -> Result<Extracted, Fail> {
    let Location::Sheet { path, sheet } = &m.location else {
        return Err(Fail::new(FailAt::Source, "not a spreadsheet mapping"));
    };
    if !path.is_file() {
        return Err(Fail::new(
            FailAt::Path,
            format!("file not found: {}", path.display()),
        ));
    }
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
    let mut wb = opened.map_err(|e| {
        Fail::new(
            FailAt::Path,
            format!(
                "cannot open {} as a {} workbook: {}",
                path.display(),
                m.kind,
                short(&e.to_string())
            ),
        )
    })?;
    let names = wb.sheet_names();
    let name = match sheet {
        SheetSel::First => names.first().cloned(),
        SheetSel::Name(n) => names
            .iter()
            .find(|s| *s == n)
            .or_else(|| {
                names
                    .iter()
                    .find(|s| s.trim().eq_ignore_ascii_case(n.trim()))
            })
            .cloned(),
        SheetSel::Index(i) => names.get(*i).cloned(),
    };
    let Some(name) = name else {
        let wanted = match sheet {
            SheetSel::Name(n) => format!("sheet {n:?}"),
            SheetSel::Index(i) => format!("sheet_index {i}"),
            SheetSel::First => "a first sheet".to_string(),
        };
        return Err(Fail::new(
            FailAt::Sheet,
            format!(
                "{}: no {wanted}; the workbook has {:?}",
                path.display(),
                names
            ),
        ));
    };
    let mut range = wb.worksheet_range(&name).map_err(|e| {
        Fail::new(
            FailAt::Sheet,
            format!(
                "{}: cannot read sheet {name:?}: {}",
                path.display(),
                short(&e.to_string())
            ),
        )
    })?;
    let merged: Vec<Dimensions> = match &mut wb {
        Sheets::Xlsx(x) => x
            .worksheet_merge_cells(&name)
            .and_then(Result::ok)
            .unwrap_or_default(),
        Sheets::Xls(x) => x.worksheet_merge_cells(&name).unwrap_or_default(),
        _ => Vec::new(),
    };
    fill_merged(&mut range, &merged);
    let (mut out, profile) = stage_range(cx, m, &range, &name, &path.display().to_string())?;
    // Every other sheet, counted, so that one no mapping reads is seen.
    let mut sheets = Vec::new();
    for other in &names {
        let rows = if *other == name {
            count::nonempty_rows(&range).len() as u64
        } else {
            match wb.worksheet_range(other) {
                Ok(r) => count::nonempty_rows(&r).len() as u64,
                Err(e) => {
                    return Err(Fail::new(
                        FailAt::Path,
                        format!(
                            "{}: cannot read sheet {other:?}: {}",
                            path.display(),
                            short(&e.to_string())
                        ),
                    ))
                }
            }
        };
        let status = if *other == name {
            "mapped"
        } else if m
            .ignore_sheets
            .iter()
            .any(|s| s.trim().eq_ignore_ascii_case(other.trim()))
        {
            "ignored"
        } else {
            "unread"
        };
        sheets.push(count::SheetCount {
            name: other.clone(),
            rows,
            status,
        });
    }
    out.integrity.sheets = sheets;
    out.integrity.workbook = Some(path.display().to_string());
    Ok((out, profile))
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

pub(crate) fn stage_range(
    cx: ReadCtx,
    m: &SourceMapping,
    range: &Range<Data>,
    sheet: &str,
    file: &str,
) -> Result<Extracted, Fail> {
    let first_row = range.start().map(|s| s.0).unwrap_or(0) as u64;
    let mut cells: Vec<Cell> = vec![Cell::Null; range.width()];
    let mut header_at = None;
    let mut top: Vec<(u64, Vec<String>)> = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let sheet_row = first_row + i as u64 + 1;
        let texts: Vec<String> = row.iter().map(|d| to_cell(d).to_text()).collect();
        match m.header_row {
            Some(h) if sheet_row == u64::from(h) => {
                top.push((sheet_row, texts));
                header_at = Some(i);
                break;
            }
            Some(_) => {}
            None => {
                top.push((sheet_row, texts));
                if find_header(m, &top[top.len() - 1..]).is_ok() {
                    header_at = Some(i);
                    break;
                }
                if top.len() >= HEADER_SEARCH_ROWS {
                    break;
                }
            }
        }
    }
    let Some(h) = header_at else {
        if range.is_empty() {
            return Err(Fail::new(
                FailAt::Sheet,
                format!("{file}: sheet {sheet:?} is empty"),
            ));
        }
        if let Some(hr) = m.header_row {
            return Err(Fail::new(
                FailAt::HeaderRow,
                format!("{file}: sheet {sheet:?} has no row {hr}"),
            ));
        }
        let missing = find_header(m, &top).err().unwrap_or_default();
        return Err(Fail::missing(
            missing,
            format!(
                "{file}: sheet {sheet:?}: no row among the first {} holds every mapped column;",
                top.len()
            ),
        ));
    };
    let header = &top.last().expect("header row kept").1;
    let header_row = first_row + h as u64 + 1;
    let mut stager = Stager::new(cx, m, header, sheet.to_string(), true).map_err(|missing| {
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
                    .zip(header.iter())
                    .any(|(d, name)| name.trim().is_empty() && !cell_is_empty(d)),
            );
        }
        if let Some(reason) = too_large(row, cx.limits) {
            stager.reject_row(sheet_row, reason);
            continue;
        }
        for (c, d) in cells.iter_mut().zip(row) {
            set_cell(c, d);
        }
        stager.row(sheet_row, &cells);
    }
    let (mut out, profile) = stager.finish();
    let counted: Vec<u64> = count::nonempty_rows(range)
        .into_iter()
        .filter(|&r| r > header_row)
        .collect();
    out.physical_rows = Some(counted.len() as u64);
    out.integrity.parted_at = count::first_difference(&held, &counted)
        .map(|d| d.replacen("line ", &format!("sheet {sheet:?} row "), 1));
    if unnamed_with_data > 0 {
        out.integrity.header_mismatch = Some(format!(
            "sheet {sheet:?}: {unnamed_with_data} row(s) hold data in a column with no header name"
        ));
    }
    Ok((out, profile))
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
