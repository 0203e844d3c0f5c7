//! What an extract found about its source's shape beside its rows: the
//! independent count's verdict, the header, the coverage of columns and
//! sheets, and how well each mapped date field parsed. Plain records here,
//! so that `SourceExtract` carries them without `model` importing
//! `extract`; `extract::count` fills them.

use serde::{Deserialize, Deserializer, Serialize};

/// What an extract found about its source's shape, beside the rows: the
/// independent count's verdict, the header, the coverage of columns and
/// sheets, and how well each mapped date field parsed. Reports and gates
/// read it; it holds names and counts, never a cell value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Integrity {
    /// Where the parser's rows and the independent count first part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parted_at: Option<String>,
    /// Physical lines of a CSV file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_lines: Option<u64>,
    /// The header does not fit the rows (most rows have another width, or
    /// a column holding data has no name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_mismatch: Option<String>,
    /// The source's columns: read by a mapped field, ignored on purpose, or
    /// unread.
    pub columns: ColumnCoverage,
    /// The workbook's sheets (spreadsheet sources).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "sheet_counts"
    )]
    pub sheets: Vec<SheetCount>,
    /// The workbook file, so that sources reading sheets of one workbook
    /// can cover each other's sheets.
    #[serde(skip)]
    pub workbook: Option<String>,
    /// Mapped date fields: non-blank cells staged, and how many parsed.
    pub dates: Vec<DateParse>,
    /// `[[lookup]]` tables: rows read, and how many of the source's rows
    /// found their related row.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lookups: Vec<LookupCount>,
}

/// One `[[lookup]]`: its table's rows and the source rows that looked in it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LookupCount {
    pub name: String,
    /// The sheet, file or table read (`sheet "Bookings"`).
    pub from: String,
    /// Non-blank rows of the looked-up table.
    pub rows: u64,
    /// Keys the looked-up table holds more than once (the first row is used).
    pub duplicate_keys: u64,
    /// Source rows whose key found a row.
    pub matched: u64,
    /// Source rows whose key found none: their looked-up fields are blank.
    pub unmatched: u64,
    /// Source rows with a blank key.
    pub blank: u64,
    /// Where the first unmatched rows are (positions, never values).
    pub first_unmatched: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ColumnCoverage {
    pub mapped: Vec<String>,
    pub ignored: Vec<String>,
    pub unread: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SheetCount {
    /// A sheet's name, or a file's (a file pattern read as one source).
    pub name: String,
    /// Non-empty rows, header and title rows included.
    pub rows: u64,
    /// `mapped`, `lookup` (read by a `[[lookup]]`), `ignored` or `unread`.
    pub status: &'static str,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateParse {
    pub field: String,
    pub non_blank: u64,
    pub parsed: u64,
}

/// The statuses a `SheetCount` can hold, read back from the staging store
/// as the same static strings the extract wrote.
const SHEET_STATUSES: [&str; 4] = ["mapped", "lookup", "ignored", "unread"];

/// `SheetCount`s read back (its `&'static str` cannot be derived).
fn sheet_counts<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<SheetCount>, D::Error> {
    #[derive(Deserialize)]
    struct Owned {
        name: String,
        rows: u64,
        status: String,
    }
    Vec::<Owned>::deserialize(d)?
        .into_iter()
        .map(|o| {
            let status = SHEET_STATUSES
                .into_iter()
                .find(|k| *k == o.status)
                .ok_or_else(|| {
                    serde::de::Error::custom(format!("unknown sheet status {:?}", o.status))
                })?;
            Ok(SheetCount {
                name: o.name,
                rows: o.rows,
                status,
            })
        })
        .collect()
}
