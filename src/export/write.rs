//! Writing an export: each entity's file as the template says (CSV in its
//! encoding, delimiter and line ending, or an xlsx sheet), the rejects and
//! the manifest. Files are built in memory, hashed, then written, so the
//! manifest's checksum is of the bytes on disk; xlsx files carry a fixed
//! creation time so the same store gives the same file.

use super::template::{Encoding, Entity, Format};
use super::{Manifest, Reject};
use crate::{Error, Result};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format as XFormat, Workbook};
use sha2::{Digest, Sha256};
use std::path::Path;

pub fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// One entity's file: its header row (the template's column names, in
/// order, after the change column of a delta), then `rows`.
pub fn entity_file(e: &Entity, header: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>> {
    match e.format {
        Format::Csv => csv(e, header, rows),
        Format::Xlsx => xlsx(e, header, rows),
    }
}

fn csv(e: &Entity, header: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let err = |x: csv::Error| Error::Other(format!("{}: {x}", e.file));
    let mut w = csv::WriterBuilder::new()
        .delimiter(e.delimiter)
        .terminator(if e.crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    w.write_record(header).map_err(err)?;
    for r in rows {
        w.write_record(r).map_err(err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|x| Error::Other(format!("{}: {}", e.file, x.error())))?;
    Ok(match e.encoding {
        Encoding::Utf8 => bytes,
        // Every value was checked to be writable (a reject otherwise); the
        // header is the template's own text.
        Encoding::Windows1252 => {
            let text = String::from_utf8_lossy(&bytes);
            encoding_rs::WINDOWS_1252.encode(&text).0.into_owned()
        }
    })
}

fn xlsx(e: &Entity, header: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let err = |x: rust_xlsxwriter::XlsxError| Error::Other(format!("{}: {x}", e.file));
    let mut wb = Workbook::new();
    let created = ExcelDateTime::from_ymd(2026, 1, 1)
        .and_then(|d| d.and_hms(0, 0, 0))
        .map_err(err)?;
    wb.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let ws = wb.add_worksheet();
    let name: String = e
        .name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    if !name.is_empty() {
        ws.set_name(&name).map_err(err)?;
    }
    let bold = XFormat::new().set_bold();
    for (j, name) in header.iter().enumerate() {
        ws.write_string_with_format(0, j as u16, name, &bold)
            .map_err(err)?;
        let widest = rows
            .iter()
            .map(|r| r[j].chars().count())
            .chain([name.chars().count()])
            .max()
            .unwrap_or(8);
        ws.set_column_width(j as u16, (widest as f64 + 2.0).clamp(8.0, 50.0))
            .map_err(err)?;
    }
    for (i, r) in rows.iter().enumerate() {
        for (j, v) in r.iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(i as u32 + 1, j as u16, v).map_err(err)?;
            }
        }
    }
    ws.set_freeze_panes(1, 0).map_err(err)?;
    wb.save_to_buffer().map_err(err)
}

pub fn rejects(path: &Path, rejects: &[Reject]) -> Result<()> {
    let err = |x: csv::Error| Error::Other(format!("{}: {x}", path.display()));
    let mut w = csv::Writer::from_path(path).map_err(err)?;
    w.write_record(["entity", "unified_id", "column", "reason"])
        .map_err(err)?;
    for r in rejects {
        w.write_record([&r.entity, &r.id, &r.column, &r.reason])
            .map_err(err)?;
    }
    w.flush().map_err(|e| Error::io(path, e))
}

/// Deltas: each unified ID merged into another (or split) since, as the
/// case system must apply it: the retired ID and the surviving one.
pub fn merges(path: &Path, rows: &[Vec<Option<String>>]) -> Result<()> {
    let err = |x: csv::Error| Error::Other(format!("{}: {x}", path.display()));
    let mut w = csv::Writer::from_path(path).map_err(err)?;
    w.write_record(["entity", "retired_id", "surviving_id", "event"])
        .map_err(err)?;
    for r in rows {
        w.write_record(r.iter().map(|v| v.as_deref().unwrap_or("")))
            .map_err(err)?;
    }
    w.flush().map_err(|e| Error::io(path, e))
}

pub fn manifest(path: &Path, m: &Manifest) -> Result<()> {
    let text = serde_json::to_string_pretty(m).map_err(|e| Error::Other(e.to_string()))?;
    std::fs::write(path, text + "\n").map_err(|e| Error::io(path, e))
}
