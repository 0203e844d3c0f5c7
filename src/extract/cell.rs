//! The one cell type every reader converts into, so that the row logic in
//! `stage` is written once. Decimals, money, times and GUIDs arrive as
//! `Text` in their exact textual form; `Unreadable` marks a cell whose value
//! could not be read (a blob, an Excel `#REF!`), which rejects the row only
//! when a mapped field uses it.

use std::fmt::Write as _;

#[derive(Clone, Debug, PartialEq, Default)]
pub enum Cell {
    #[default]
    Null,
    Text(String),
    Int(i64),
    Float(f64),
    Date(chrono::NaiveDate),
    DateTime(chrono::NaiveDateTime),
    Bool(bool),
    /// The source's type name, for the profile; never the value.
    Unreadable(&'static str),
}

impl Cell {
    /// Replace this cell with text, reusing its buffer: readers fill one row
    /// of cells again and again without allocating per cell.
    pub fn set_text(&mut self, s: &str) {
        match self {
            Cell::Text(buf) => {
                buf.clear();
                buf.push_str(s);
            }
            _ => *self = Cell::Text(s.to_string()),
        }
    }

    /// True for NULL and for text that is only whitespace.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Null => true,
            // A visible ASCII first byte answers at once: most cells.
            Cell::Text(s) => {
                s.as_bytes().first().is_none_or(|b| !b.is_ascii_graphic()) && s.trim().is_empty()
            }
            _ => false,
        }
    }

    /// Append the cell as a person would read it. Whole floats drop their
    /// `.0` so that an NHS number stored as a number stays ten digits.
    pub fn write_text(&self, out: &mut String) {
        match self {
            Cell::Null | Cell::Unreadable(_) => {}
            Cell::Text(s) => out.push_str(s.trim()),
            Cell::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Cell::Float(f) => write_float(*f, out),
            Cell::Date(d) => {
                let _ = write!(out, "{}", d.format("%Y-%m-%d"));
            }
            Cell::DateTime(dt) => {
                let _ = write!(out, "{}", dt.format("%Y-%m-%d %H:%M:%S"));
            }
            // Databases' bits and booleans read as 1/0, as their SQLite
            // copies hold them, so one mapping's codes fit both.
            Cell::Bool(b) => out.push(if *b { '1' } else { '0' }),
        }
    }

    pub fn to_text(&self) -> String {
        let mut s = String::new();
        self.write_text(&mut s);
        s
    }
}

pub fn write_float(f: f64, out: &mut String) {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        let _ = write!(out, "{}", f as i64);
    } else {
        let _ = write!(out, "{f}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_cells() {
        let d = chrono::NaiveDate::from_ymd_opt(2015, 4, 3).unwrap();
        let cases = [
            (Cell::Null, ""),
            (Cell::Text("  Ann ".into()), "Ann"),
            (Cell::Int(-42), "-42"),
            // NHS number held as a number in a spreadsheet.
            (Cell::Float(9434765919.0), "9434765919"),
            (Cell::Float(12.5), "12.5"),
            (Cell::Float(0.1), "0.1"),
            (Cell::Date(d), "2015-04-03"),
            (
                Cell::DateTime(d.and_hms_opt(10, 5, 0).unwrap()),
                "2015-04-03 10:05:00",
            ),
            (Cell::Bool(true), "1"),
            (Cell::Unreadable("BLOB"), ""),
        ];
        for (cell, want) in cases {
            assert_eq!(cell.to_text(), want, "{cell:?}");
        }
    }

    #[test]
    fn set_text_reuses() {
        let mut c = Cell::Int(1);
        c.set_text("a");
        c.set_text("bc");
        assert_eq!(c, Cell::Text("bc".into()));
        assert!(Cell::Text("  ".into()).is_blank());
        assert!(!Cell::Int(0).is_blank());
    }
}
