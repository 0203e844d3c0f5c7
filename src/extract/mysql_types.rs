//! MySQL / MariaDB's type table: each column type (as sqlx names it) → how
//! its values are read into a `Cell`. `BOOLEAN` is MySQL's alias for
//! `TINYINT(1)` and may hold any small number, so it reads as a number.
//! Decimals arrive as exact text. Binary and spatial types cannot be read:
//! mapping one is a reported error. A zero date (`0000-00-00`, how legacy
//! MySQL systems say "not recorded") reads as NULL.

use super::cell::Cell;
use sqlx::mysql::{MySql, MySqlValueRef};
use sqlx::{Decode, ValueRef};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Null,
    Int,
    UInt,
    Float32,
    Float64,
    Decimal,
    Date,
    DateTime,
    Time,
    Bit,
    Text,
    /// Known, but not readable as a person's data.
    Unsupported,
}

pub(crate) const TYPES: &[(&str, Kind)] = &[
    ("NULL", Kind::Null),
    ("BOOLEAN", Kind::Int),
    ("TINYINT", Kind::Int),
    ("SMALLINT", Kind::Int),
    ("MEDIUMINT", Kind::Int),
    ("INT", Kind::Int),
    ("BIGINT", Kind::Int),
    ("YEAR", Kind::Int),
    ("TINYINT UNSIGNED", Kind::UInt),
    ("SMALLINT UNSIGNED", Kind::UInt),
    ("MEDIUMINT UNSIGNED", Kind::UInt),
    ("INT UNSIGNED", Kind::UInt),
    ("BIGINT UNSIGNED", Kind::UInt),
    ("FLOAT", Kind::Float32),
    ("DOUBLE", Kind::Float64),
    ("DECIMAL", Kind::Decimal),
    ("DATE", Kind::Date),
    ("DATETIME", Kind::DateTime),
    ("TIMESTAMP", Kind::DateTime),
    ("TIME", Kind::Time),
    ("BIT", Kind::Bit),
    ("CHAR", Kind::Text),
    ("VARCHAR", Kind::Text),
    ("TINYTEXT", Kind::Text),
    ("TEXT", Kind::Text),
    ("MEDIUMTEXT", Kind::Text),
    ("LONGTEXT", Kind::Text),
    ("ENUM", Kind::Text),
    ("SET", Kind::Text),
    ("JSON", Kind::Text),
    ("BINARY", Kind::Unsupported),
    ("VARBINARY", Kind::Unsupported),
    ("TINYBLOB", Kind::Unsupported),
    ("BLOB", Kind::Unsupported),
    ("MEDIUMBLOB", Kind::Unsupported),
    ("LONGBLOB", Kind::Unsupported),
    ("GEOMETRY", Kind::Unsupported),
];

/// None: a type name this table does not know (reported, never guessed).
pub(crate) fn kind(name: &str) -> Option<Kind> {
    TYPES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, k)| *k)
}

pub(crate) fn set(v: MySqlValueRef<'_>, kind: Kind, cell: &mut Cell) {
    if v.is_null() {
        *cell = Cell::Null;
        return;
    }
    *cell = match kind {
        Kind::Null => Cell::Null,
        Kind::Int => <i64 as Decode<MySql>>::decode(v)
            .map(Cell::Int)
            .unwrap_or(Cell::Unreadable("integer")),
        Kind::UInt => match <u64 as Decode<MySql>>::decode(v) {
            Ok(u) => i64::try_from(u)
                .map(Cell::Int)
                .unwrap_or_else(|_| Cell::Text(u.to_string())),
            Err(_) => Cell::Unreadable("unsigned integer"),
        },
        Kind::Float32 => <f32 as Decode<MySql>>::decode(v)
            // Through its shortest text, so FLOAT 0.1 stays 0.1.
            .map(|f| Cell::Float(f.to_string().parse().unwrap_or(f64::from(f))))
            .unwrap_or(Cell::Unreadable("FLOAT")),
        Kind::Float64 => <f64 as Decode<MySql>>::decode(v)
            .map(Cell::Float)
            .unwrap_or(Cell::Unreadable("DOUBLE")),
        Kind::Decimal | Kind::Text => match <&str as Decode<MySql>>::decode(v) {
            Ok(s) => {
                cell.set_text(s);
                return;
            }
            Err(_) => Cell::Unreadable("text (not UTF-8)"),
        },
        Kind::Date => match <&[u8] as Decode<MySql>>::decode(v.clone()) {
            Ok([]) => Cell::Null,
            _ => <chrono::NaiveDate as Decode<MySql>>::decode(v)
                .map(Cell::Date)
                .unwrap_or(Cell::Null),
        },
        Kind::DateTime => match <&[u8] as Decode<MySql>>::decode(v.clone()) {
            Ok([]) => Cell::Null,
            _ => <chrono::NaiveDateTime as Decode<MySql>>::decode(v)
                .map(Cell::DateTime)
                .unwrap_or(Cell::Null),
        },
        Kind::Time => <chrono::NaiveTime as Decode<MySql>>::decode(v)
            .map(|t| Cell::Text(t.format("%H:%M:%S").to_string()))
            .unwrap_or(Cell::Unreadable("TIME")),
        // BIT(n) arrives as big-endian bytes.
        Kind::Bit => match <&[u8] as Decode<MySql>>::decode(v) {
            Ok(b) if b.len() <= 8 => {
                Cell::Int(b.iter().fold(0i64, |acc, x| (acc << 8) | i64::from(*x)))
            }
            _ => Cell::Unreadable("BIT"),
        },
        Kind::Unsupported => Cell::Unreadable("binary"),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_table() {
        let cases = [
            ("BOOLEAN", Some(Kind::Int)),
            ("int unsigned", Some(Kind::UInt)),
            ("DECIMAL", Some(Kind::Decimal)),
            ("VARCHAR", Some(Kind::Text)),
            ("DATETIME", Some(Kind::DateTime)),
            ("TIMESTAMP", Some(Kind::DateTime)),
            ("LONGBLOB", Some(Kind::Unsupported)),
            ("VECTOR", None),
        ];
        for (name, want) in cases {
            assert_eq!(kind(name), want, "{name}");
        }
    }
}
