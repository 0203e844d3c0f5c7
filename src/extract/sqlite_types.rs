//! SQLite's type table. SQLite types values, not columns: every value has
//! one of five storage classes whatever the column was declared as (a
//! `DATE` column holds TEXT, a `BOOLEAN` column INTEGER), so the table is by
//! storage class and is read per value.

use super::cell::Cell;
use sqlx::sqlite::{Sqlite, SqliteValueRef};
use sqlx::{Decode, TypeInfo, ValueRef};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Null,
    Int,
    Real,
    Text,
    Blob,
}

/// Storage class (as sqlx names it) → how it is read.
const TYPES: &[(&str, Kind)] = &[
    ("NULL", Kind::Null),
    ("INTEGER", Kind::Int),
    ("REAL", Kind::Real),
    ("TEXT", Kind::Text),
    ("BLOB", Kind::Blob),
];

fn kind(name: &str) -> Option<Kind> {
    TYPES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, k)| *k)
}

/// Read one value into `cell`. A value that cannot be read (a blob, text
/// that is not UTF-8) becomes `Unreadable`, which rejects the row only if a
/// mapped field uses it.
pub(crate) fn set(v: SqliteValueRef<'_>, cell: &mut Cell) {
    if v.is_null() {
        *cell = Cell::Null;
        return;
    }
    let k = kind(v.type_info().name());
    match k {
        Some(Kind::Null) => *cell = Cell::Null,
        Some(Kind::Int) => {
            *cell = <i64 as Decode<Sqlite>>::decode(v)
                .map(Cell::Int)
                .unwrap_or(Cell::Unreadable("INTEGER"))
        }
        Some(Kind::Real) => {
            *cell = <f64 as Decode<Sqlite>>::decode(v)
                .map(Cell::Float)
                .unwrap_or(Cell::Unreadable("REAL"))
        }
        Some(Kind::Text) => match <&str as Decode<Sqlite>>::decode(v) {
            Ok(s) => cell.set_text(s),
            Err(_) => *cell = Cell::Unreadable("TEXT (not UTF-8)"),
        },
        Some(Kind::Blob) => *cell = Cell::Unreadable("BLOB"),
        None => *cell = Cell::Unreadable("unknown SQLite storage class"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_classes() {
        let cases = [
            ("INTEGER", Some(Kind::Int)),
            ("real", Some(Kind::Real)),
            ("TEXT", Some(Kind::Text)),
            ("BLOB", Some(Kind::Blob)),
            ("NULL", Some(Kind::Null)),
            ("JSONB", None),
        ];
        for (name, want) in cases {
            assert_eq!(kind(name), want, "{name}");
        }
    }
}
