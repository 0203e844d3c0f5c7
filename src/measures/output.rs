//! The measures as files a performance team works with: `measures.csv` in
//! long form (one row per measure, month and breakdown, unified figures then
//! the legacy ones) and `measures.xlsx` (one sheet per measure group, the
//! definitions, and what linking changed), both in the definitions' order
//! and byte-identical for the same target.

use super::compute::{Figure, Month, ALL};
use super::{Computed, Measure, Results};
use crate::{Error, Result};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet};
use std::path::Path;

pub const CSV_HEADER: [&str; 9] = [
    "measure",
    "month",
    "breakdown",
    "value",
    "numerator",
    "denominator",
    "legacy_value",
    "legacy_numerator",
    "legacy_denominator",
];

/// A number as the CSV writes it: whole numbers without a point, others to
/// two decimals (trailing zeros dropped), nothing for no value.
pub fn num(v: Option<f64>) -> String {
    match v {
        None => String::new(),
        Some(x) if x.fract() == 0.0 => format!("{x:.0}"),
        Some(x) => {
            let s = format!("{x:.2}");
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    }
}

/// A measure's rows in output order: by month, the total first, then the
/// breakdowns by name.
pub fn ordered(c: &Computed) -> Vec<(Month, &str, &[Figure; 2])> {
    let mut rows: Vec<(Month, &str, &[Figure; 2])> = c
        .figures
        .iter()
        .map(|((m, b), f)| (*m, b.as_str(), f))
        .collect();
    rows.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| (a.1 != ALL).cmp(&(b.1 != ALL)))
            .then_with(|| a.1.cmp(b.1))
    });
    rows
}

pub fn write_csv(results: &Results, path: &Path) -> Result<()> {
    let err = |e: csv::Error| Error::Other(format!("{}: {e}", path.display()));
    let mut w = csv::Writer::from_path(path).map_err(err)?;
    w.write_record(CSV_HEADER).map_err(err)?;
    for (m, c) in &results.measures {
        for (month, breakdown, [u, l]) in ordered(c) {
            w.write_record([
                m.id.clone(),
                month.to_string(),
                breakdown.to_string(),
                num(u.value),
                num(u.numerator),
                num(u.denominator),
                num(l.value),
                num(l.numerator),
                num(l.denominator),
            ])
            .map_err(err)?;
        }
    }
    w.flush().map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(group: &str) -> String {
    let clean: String = group
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    clean.chars().take(31).collect()
}

pub fn write_xlsx(results: &Results, path: &Path) -> Result<()> {
    let err = |e: rust_xlsxwriter::XlsxError| Error::Other(format!("{}: {e}", path.display()));
    let mut wb = Workbook::new();
    // A fixed creation time: rust_xlsxwriter otherwise stamps "now" and the
    // same target would give a different file on every run.
    let created = ExcelDateTime::from_ymd(2026, 1, 1)
        .and_then(|d| d.and_hms(0, 0, 0))
        .map_err(err)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title("Early Help performance measures")
            .set_creation_datetime(&created),
    );
    let bold = Format::new().set_bold();
    let mut groups: Vec<&str> = Vec::new();
    for (m, _) in &results.measures {
        if !groups.contains(&m.group.as_str()) {
            groups.push(&m.group);
        }
    }
    for group in groups {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(group)).map_err(err)?;
        let header = [
            "Measure",
            "Month",
            "Breakdown",
            "Value",
            "Numerator",
            "Denominator",
            "Legacy value",
            "Legacy numerator",
            "Legacy denominator",
            "Difference",
        ];
        header_row(ws, &header, &bold).map_err(err)?;
        let mut row = 1u32;
        for (m, c) in results.measures.iter().filter(|(m, _)| m.group == group) {
            if let Some(reason) = &m.not_computable {
                ws.write_string(row, 0, &m.title).map_err(err)?;
                ws.write_string(row, 2, format!("Not computable: {reason}"))
                    .map_err(err)?;
                row += 1;
                continue;
            }
            for (month, breakdown, [u, l]) in ordered(c) {
                ws.write_string(row, 0, &m.title).map_err(err)?;
                ws.write_string(row, 1, month.to_string()).map_err(err)?;
                ws.write_string(row, 2, breakdown).map_err(err)?;
                let cells = [
                    u.value,
                    u.numerator,
                    u.denominator,
                    l.value,
                    l.numerator,
                    l.denominator,
                    u.value.zip(l.value).map(|(a, b)| a - b),
                ];
                for (i, v) in cells.iter().enumerate() {
                    if let Some(v) = v {
                        ws.write_number(row, 3 + i as u16, (*v * 100.0).round() / 100.0)
                            .map_err(err)?;
                    }
                }
                row += 1;
            }
        }
        for (col, width) in [48.0, 9.0, 28.0, 10.0, 11.0, 13.0, 13.0, 17.0, 19.0, 11.0]
            .into_iter()
            .enumerate()
        {
            ws.set_column_width(col as u16, width).map_err(err)?;
        }
    }
    linking_sheet(&mut wb, results, &bold).map_err(err)?;
    definitions_sheet(&mut wb, &results.measures, &bold).map_err(err)?;
    wb.save(path).map_err(err)
}

fn header_row(
    ws: &mut Worksheet,
    header: &[&str],
    bold: &Format,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    for (i, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, i as u16, *h, bold)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The latest month's total, unified and legacy, and why they differ.
pub fn latest_total(results: &Results, c: &Computed) -> Option<(Month, [Figure; 2])> {
    let last = *results.months.last()?;
    c.figures.get(&(last, ALL.to_string())).map(|f| (last, *f))
}

fn linking_sheet(
    wb: &mut Workbook,
    results: &Results,
    bold: &Format,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name("What linking changed")?;
    header_row(
        ws,
        &["Measure", "Month", "Unified", "Legacy", "Difference", "Why"],
        bold,
    )?;
    let mut row = 1u32;
    for (m, c) in &results.measures {
        let Some((month, [u, l])) = latest_total(results, c) else {
            continue;
        };
        ws.write_string(row, 0, &m.title)?;
        ws.write_string(row, 1, month.to_string())?;
        for (i, v) in [u.value, l.value, u.value.zip(l.value).map(|(a, b)| a - b)]
            .iter()
            .enumerate()
        {
            if let Some(v) = v {
                ws.write_number(row, 2 + i as u16, (*v * 100.0).round() / 100.0)?;
            }
        }
        ws.write_string(row, 5, &c.explanation)?;
        row += 1;
    }
    for (col, width) in [48.0, 9.0, 10.0, 10.0, 11.0, 120.0].into_iter().enumerate() {
        ws.set_column_width(col as u16, width)?;
    }
    Ok(())
}

fn definitions_sheet(
    wb: &mut Workbook,
    measures: &[(Measure, Computed)],
    bold: &Format,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name("Definitions")?;
    header_row(
        ws,
        &["Id", "Group", "Measure", "Definition", "Computable"],
        bold,
    )?;
    let wrap = Format::new().set_text_wrap();
    for (i, (m, _)) in measures.iter().enumerate() {
        let row = i as u32 + 1;
        ws.write_string(row, 0, &m.id)?;
        ws.write_string(row, 1, &m.group)?;
        ws.write_string(row, 2, &m.title)?;
        ws.write_string_with_format(row, 3, &m.definition, &wrap)?;
        ws.write_string(
            row,
            4,
            match &m.not_computable {
                Some(reason) => format!("No: {reason}"),
                None => "Yes".to_string(),
            },
        )?;
    }
    for (col, width) in [26.0, 24.0, 48.0, 100.0, 40.0].into_iter().enumerate() {
        ws.set_column_width(col as u16, width)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_render_plainly() {
        assert_eq!(num(Some(12.0)), "12");
        assert_eq!(num(Some(12.5)), "12.5");
        assert_eq!(num(Some(2.0 / 3.0)), "0.67");
        assert_eq!(num(None), "");
        assert_eq!(sheet_name("A/B: c"), "A-B- c");
    }
}
