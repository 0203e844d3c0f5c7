//! PostgreSQL's type table: each column type (as sqlx names it) → how its
//! values are read into a `Cell`. Integers are read at their own width;
//! NUMERIC and UUID are decoded from their binary form here into exact text
//! (MONEY into a number) (sqlx's own decoders for them need features this crate does not
//! build); enums and other text-like types read as text. `timestamptz` is
//! shown in the machine's local time zone, which is how the council's staff
//! entered it. bytea, geometric and range types cannot be read: mapping one
//! is a reported error.

use super::cell::Cell;
use sqlx::postgres::{PgTypeInfo, PgTypeKind, PgValueRef, Postgres};
use sqlx::{Decode, TypeInfo, ValueRef};
use std::fmt::Write as _;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Bool,
    Int2,
    Int4,
    Int8,
    Oid,
    Float4,
    Float8,
    Numeric,
    Money,
    Text,
    Uuid,
    Date,
    Timestamp,
    Timestamptz,
    Time,
    Unsupported,
}

pub(crate) const TYPES: &[(&str, Kind)] = &[
    ("BOOL", Kind::Bool),
    ("INT2", Kind::Int2),
    ("INT4", Kind::Int4),
    ("INT8", Kind::Int8),
    ("OID", Kind::Oid),
    ("FLOAT4", Kind::Float4),
    ("FLOAT8", Kind::Float8),
    ("NUMERIC", Kind::Numeric),
    ("MONEY", Kind::Money),
    ("TEXT", Kind::Text),
    ("VARCHAR", Kind::Text),
    ("CHAR", Kind::Text),
    ("\"CHAR\"", Kind::Text),
    ("NAME", Kind::Text),
    ("CITEXT", Kind::Text),
    ("JSON", Kind::Text),
    ("UNKNOWN", Kind::Text),
    ("UUID", Kind::Uuid),
    ("DATE", Kind::Date),
    ("TIMESTAMP", Kind::Timestamp),
    ("TIMESTAMPTZ", Kind::Timestamptz),
    ("TIME", Kind::Time),
    ("BYTEA", Kind::Unsupported),
    ("JSONB", Kind::Unsupported),
    ("INTERVAL", Kind::Unsupported),
    ("TIMETZ", Kind::Unsupported),
    ("POINT", Kind::Unsupported),
    ("INET", Kind::Unsupported),
    ("BIT", Kind::Unsupported),
    ("VARBIT", Kind::Unsupported),
];

/// None: a type this table does not know (reported, never guessed).
pub(crate) fn kind(ty: &PgTypeInfo) -> Option<Kind> {
    if matches!(ty.kind(), PgTypeKind::Enum(_)) {
        return Some(Kind::Text);
    }
    kind_by_name(ty.name())
}

fn kind_by_name(name: &str) -> Option<Kind> {
    if name.ends_with("[]") {
        return Some(Kind::Unsupported);
    }
    TYPES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, k)| *k)
}

pub(crate) fn set(v: PgValueRef<'_>, kind: Kind, cell: &mut Cell) {
    if v.is_null() {
        *cell = Cell::Null;
        return;
    }
    *cell = match kind {
        Kind::Bool => <bool as Decode<Postgres>>::decode(v)
            .map(Cell::Bool)
            .unwrap_or(Cell::Unreadable("bool")),
        Kind::Int2 => <i16 as Decode<Postgres>>::decode(v)
            .map(|i| Cell::Int(i.into()))
            .unwrap_or(Cell::Unreadable("int2")),
        Kind::Int4 => <i32 as Decode<Postgres>>::decode(v)
            .map(|i| Cell::Int(i.into()))
            .unwrap_or(Cell::Unreadable("int4")),
        Kind::Int8 => <i64 as Decode<Postgres>>::decode(v)
            .map(Cell::Int)
            .unwrap_or(Cell::Unreadable("int8")),
        Kind::Oid => match <&[u8] as Decode<Postgres>>::decode(v) {
            Ok(&[a, b, c, d]) => Cell::Int(u32::from_be_bytes([a, b, c, d]).into()),
            _ => Cell::Unreadable("oid"),
        },
        Kind::Float4 => <f32 as Decode<Postgres>>::decode(v)
            .map(|f| Cell::Float(f.to_string().parse().unwrap_or(f64::from(f))))
            .unwrap_or(Cell::Unreadable("float4")),
        Kind::Float8 => <f64 as Decode<Postgres>>::decode(v)
            .map(Cell::Float)
            .unwrap_or(Cell::Unreadable("float8")),
        Kind::Numeric => match <&[u8] as Decode<Postgres>>::decode(v)
            .ok()
            .and_then(numeric_text)
        {
            Some(s) => Cell::Text(s),
            None => Cell::Unreadable("numeric"),
        },
        // As a number, like SQL Server's money and an SQLite copy's REAL.
        Kind::Money => match <&[u8] as Decode<Postgres>>::decode(v) {
            Ok(b) if b.len() == 8 => {
                Cell::Float(i64::from_be_bytes(b.try_into().expect("8 bytes")) as f64 / 100.0)
            }
            _ => Cell::Unreadable("money"),
        },
        Kind::Text => match <&str as Decode<Postgres>>::decode(v) {
            Ok(s) => {
                cell.set_text(s);
                return;
            }
            Err(_) => Cell::Unreadable("text"),
        },
        Kind::Uuid => match <&[u8] as Decode<Postgres>>::decode(v) {
            Ok(b) if b.len() == 16 => Cell::Text(uuid_text(b)),
            _ => Cell::Unreadable("uuid"),
        },
        Kind::Date => <chrono::NaiveDate as Decode<Postgres>>::decode(v)
            .map(Cell::Date)
            .unwrap_or(Cell::Unreadable("date")),
        Kind::Timestamp => <chrono::NaiveDateTime as Decode<Postgres>>::decode(v)
            .map(Cell::DateTime)
            .unwrap_or(Cell::Unreadable("timestamp")),
        Kind::Timestamptz => <chrono::DateTime<chrono::Local> as Decode<Postgres>>::decode(v)
            .map(|t| Cell::DateTime(t.naive_local()))
            .unwrap_or(Cell::Unreadable("timestamptz")),
        Kind::Time => <chrono::NaiveTime as Decode<Postgres>>::decode(v)
            .map(|t| Cell::Text(t.format("%H:%M:%S").to_string()))
            .unwrap_or(Cell::Unreadable("time")),
        Kind::Unsupported => Cell::Unreadable("unsupported"),
    };
}

fn uuid_text(b: &[u8]) -> String {
    let mut s = String::with_capacity(36);
    for (i, x) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        let _ = write!(s, "{x:02x}");
    }
    s
}

/// PostgreSQL's binary NUMERIC (base-10000 digits, weight, sign, display
/// scale) → exact decimal text.
fn numeric_text(b: &[u8]) -> Option<String> {
    let word = |i: usize| -> Option<u16> { Some(u16::from_be_bytes([*b.get(i)?, *b.get(i + 1)?])) };
    let ndigits = word(0)? as usize;
    let weight = word(2)? as i16 as i32;
    let sign = word(4)?;
    let dscale = word(6)? as usize;
    match sign {
        0xC000 => return Some("NaN".into()),
        0xD000 => return Some("Infinity".into()),
        0xF000 => return Some("-Infinity".into()),
        _ => {}
    }
    let digits: Vec<u16> = (0..ndigits)
        .map(|k| word(8 + 2 * k))
        .collect::<Option<_>>()?;
    let digit = |k: i32| -> u16 {
        if k < 0 {
            0
        } else {
            digits.get(k as usize).copied().unwrap_or(0)
        }
    };
    let mut s = String::new();
    if sign == 0x4000 {
        s.push('-');
    }
    if weight < 0 {
        s.push('0');
    } else {
        for k in 0..=weight {
            if k == 0 {
                let _ = write!(s, "{}", digit(k));
            } else {
                let _ = write!(s, "{:04}", digit(k));
            }
        }
    }
    if dscale > 0 {
        let mut frac = String::new();
        let mut k = weight + 1;
        while frac.len() < dscale {
            let _ = write!(frac, "{:04}", digit(k));
            k += 1;
        }
        frac.truncate(dscale);
        s.push('.');
        s.push_str(&frac);
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numeric(ndigits: u16, weight: i16, sign: u16, dscale: u16, digits: &[u16]) -> Vec<u8> {
        let mut b = Vec::new();
        for w in [ndigits, weight as u16, sign, dscale]
            .into_iter()
            .chain(digits.iter().copied())
        {
            b.extend(w.to_be_bytes());
        }
        b
    }

    #[test]
    fn numerics() {
        let cases = [
            (numeric(2, 0, 0, 2, &[12, 5000]), "12.50"),
            (numeric(1, 0, 0x4000, 0, &[7]), "-7"),
            (numeric(2, 1, 0, 0, &[1, 0]), "10000"),
            (numeric(1, -2, 0, 8, &[1234]), "0.00001234"),
            (numeric(0, 0, 0, 2, &[]), "0.00"),
            (numeric(3, 1, 0, 3, &[12, 3456, 7800]), "123456.780"),
            (numeric(0, 0, 0xC000, 0, &[]), "NaN"),
        ];
        for (bytes, want) in cases {
            assert_eq!(numeric_text(&bytes).as_deref(), Some(want));
        }
        assert_eq!(numeric_text(&[0, 1]), None);
    }

    #[test]
    fn type_table() {
        let cases = [
            ("INT4", Some(Kind::Int4)),
            ("varchar", Some(Kind::Text)),
            ("TIMESTAMPTZ", Some(Kind::Timestamptz)),
            ("BYTEA", Some(Kind::Unsupported)),
            ("TEXT[]", Some(Kind::Unsupported)),
            ("TSVECTOR", None),
        ];
        for (name, want) in cases {
            assert_eq!(kind_by_name(name), want, "{name}");
        }
        assert_eq!(
            uuid_text(&[0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 1, 2, 3, 4, 5, 6, 7, 8]),
            "12345678-9abc-def0-0102-030405060708"
        );
    }
}
