//! SQL Server's type table, over tiberius's own values. Column types (from
//! the result's metadata) say whether a column can be read at all: binary,
//! image, UDT and sql_variant columns cannot, and mapping one is a reported
//! error. Values (`ColumnData`) convert to `Cell`s: integers at their width,
//! `bit` as a boolean (rendered 1/0), decimals as exact text, money as a
//! number, GUIDs as text, and every date/time type through tiberius's chrono
//! conversions; `datetimeoffset` keeps the wall-clock time it was entered at.

use super::cell::Cell;
use tiberius::{ColumnData, ColumnType, FromSql};

/// Column type → readable, with the SQL Server name used in messages.
pub(crate) const TYPES: &[(ColumnType, &str, bool)] = &[
    (ColumnType::Null, "null", true),
    (ColumnType::Bit, "bit", true),
    (ColumnType::Bitn, "bit", true),
    (ColumnType::Int1, "tinyint", true),
    (ColumnType::Int2, "smallint", true),
    (ColumnType::Int4, "int", true),
    (ColumnType::Int8, "bigint", true),
    (ColumnType::Intn, "int", true),
    (ColumnType::Float4, "real", true),
    (ColumnType::Float8, "float", true),
    (ColumnType::Floatn, "float", true),
    (ColumnType::Money, "money", true),
    (ColumnType::Money4, "smallmoney", true),
    (ColumnType::Decimaln, "decimal", true),
    (ColumnType::Numericn, "numeric", true),
    (ColumnType::Guid, "uniqueidentifier", true),
    (ColumnType::Datetime, "datetime", true),
    (ColumnType::Datetime4, "smalldatetime", true),
    (ColumnType::Datetimen, "datetime", true),
    (ColumnType::Daten, "date", true),
    (ColumnType::Timen, "time", true),
    (ColumnType::Datetime2, "datetime2", true),
    (ColumnType::DatetimeOffsetn, "datetimeoffset", true),
    (ColumnType::BigVarChar, "varchar", true),
    (ColumnType::BigChar, "char", true),
    (ColumnType::NVarchar, "nvarchar", true),
    (ColumnType::NChar, "nchar", true),
    (ColumnType::Text, "text", true),
    (ColumnType::NText, "ntext", true),
    (ColumnType::Xml, "xml", true),
    (ColumnType::BigVarBin, "varbinary", false),
    (ColumnType::BigBinary, "binary", false),
    (ColumnType::Image, "image", false),
    (ColumnType::Udt, "user-defined type", false),
    (ColumnType::SSVariant, "sql_variant", false),
];

/// (name, readable); None for a type this table does not know.
pub(crate) fn column_type(ty: ColumnType) -> Option<(&'static str, bool)> {
    TYPES
        .iter()
        .find(|(t, _, _)| *t == ty)
        .map(|(_, n, r)| (*n, *r))
}

/// Read one value into `cell`, reusing its text buffer.
pub fn set(d: &ColumnData<'static>, cell: &mut Cell) {
    *cell = match d {
        ColumnData::String(Some(s)) => {
            cell.set_text(s);
            return;
        }
        other => to_cell(other),
    }
}

pub fn to_cell(d: &ColumnData<'static>) -> Cell {
    match d {
        ColumnData::U8(v) => v.map_or(Cell::Null, |x| Cell::Int(x.into())),
        ColumnData::I16(v) => v.map_or(Cell::Null, |x| Cell::Int(x.into())),
        ColumnData::I32(v) => v.map_or(Cell::Null, |x| Cell::Int(x.into())),
        ColumnData::I64(v) => v.map_or(Cell::Null, Cell::Int),
        // Through its shortest text, so real 0.1 stays 0.1.
        ColumnData::F32(v) => v.map_or(Cell::Null, |x| {
            Cell::Float(x.to_string().parse().unwrap_or(f64::from(x)))
        }),
        // float, and money (which tiberius hands over as value / 10^4: the
        // nearest double to the decimal, so its shortest text is exact).
        ColumnData::F64(v) => v.map_or(Cell::Null, Cell::Float),
        ColumnData::Bit(v) => v.map_or(Cell::Null, Cell::Bool),
        ColumnData::String(v) => v.as_ref().map_or(Cell::Null, |s| Cell::Text(s.to_string())),
        ColumnData::Guid(v) => v.map_or(Cell::Null, |g| Cell::Text(g.hyphenated().to_string())),
        ColumnData::Numeric(v) => v.map_or(Cell::Null, |n| Cell::Text(n.to_string())),
        ColumnData::Xml(v) => v.as_ref().map_or(Cell::Null, |x| Cell::Text(x.to_string())),
        ColumnData::Binary(v) => v
            .as_ref()
            .map_or(Cell::Null, |_| Cell::Unreadable("binary")),
        ColumnData::Date(None)
        | ColumnData::DateTime(None)
        | ColumnData::SmallDateTime(None)
        | ColumnData::DateTime2(None)
        | ColumnData::DateTimeOffset(None)
        | ColumnData::Time(None) => Cell::Null,
        ColumnData::Date(Some(_)) => match chrono::NaiveDate::from_sql(d) {
            Ok(Some(x)) => Cell::Date(x),
            _ => Cell::Unreadable("date"),
        },
        ColumnData::DateTime(Some(_))
        | ColumnData::SmallDateTime(Some(_))
        | ColumnData::DateTime2(Some(_)) => match chrono::NaiveDateTime::from_sql(d) {
            Ok(Some(x)) => datetime(x),
            _ => Cell::Unreadable("datetime"),
        },
        ColumnData::DateTimeOffset(Some(_)) => {
            match chrono::DateTime::<chrono::FixedOffset>::from_sql(d) {
                Ok(Some(x)) => datetime(x.naive_local()),
                _ => Cell::Unreadable("datetimeoffset"),
            }
        }
        ColumnData::Time(Some(_)) => match chrono::NaiveTime::from_sql(d) {
            Ok(Some(t)) => Cell::Text(t.format("%H:%M:%S").to_string()),
            _ => Cell::Unreadable("time"),
        },
    }
}

/// A date-time at midnight is a date: legacy systems store dates of birth in
/// `datetime` columns.
fn datetime(x: chrono::NaiveDateTime) -> Cell {
    // Sub-second parts (datetime's 1/300 s ticks) are noise for this data.
    let x = x.with_nanosecond(0).unwrap_or(x);
    if x.time() == chrono::NaiveTime::MIN {
        Cell::Date(x.date())
    } else {
        Cell::DateTime(x)
    }
}

use chrono::Timelike as _;

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;
    use tiberius::numeric::Numeric;
    use tiberius::time::{Date, DateTime, DateTime2, DateTimeOffset, SmallDateTime, Time};
    use tiberius::Uuid;

    #[test]
    fn converts_tiberius_values() {
        let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap();
        // 2015-04-03 is day 42095 since 1900-01-01 and day 735690 since 0001-01-01.
        let since_1900 = (d(2015, 4, 3) - d(1900, 1, 1)).num_days();
        let since_0001 = (d(2015, 4, 3) - d(1, 1, 1)).num_days();
        let cases: Vec<(&str, ColumnData<'static>, Cell, &str)> = vec![
            // datetime: days since 1900 and 1/300 s ticks; midnight is a date.
            (
                "datetime",
                ColumnData::DateTime(Some(DateTime::new(since_1900 as i32, 0))),
                Cell::Date(d(2015, 4, 3)),
                "2015-04-03",
            ),
            (
                "datetime with time",
                ColumnData::DateTime(Some(DateTime::new(
                    since_1900 as i32,
                    300 * 3600 * 10 + 300 * 5,
                ))),
                Cell::DateTime(d(2015, 4, 3).and_hms_opt(10, 0, 5).unwrap()),
                "2015-04-03 10:00:05",
            ),
            (
                "smalldatetime",
                ColumnData::SmallDateTime(Some(SmallDateTime::new(since_1900 as u16, 90))),
                Cell::DateTime(d(2015, 4, 3).and_hms_opt(1, 30, 0).unwrap()),
                "2015-04-03 01:30:00",
            ),
            (
                "date",
                ColumnData::Date(Some(Date::new(since_0001 as u32))),
                Cell::Date(d(2015, 4, 3)),
                "2015-04-03",
            ),
            (
                "datetime2",
                ColumnData::DateTime2(Some(DateTime2::new(
                    Date::new(since_0001 as u32),
                    Time::new(12_345_670_000, 7),
                ))),
                Cell::DateTime(d(2015, 4, 3).and_hms_opt(0, 20, 34).unwrap()),
                "2015-04-03 00:20:34",
            ),
            (
                "datetimeoffset keeps the wall clock",
                ColumnData::DateTimeOffset(Some(DateTimeOffset::new(
                    DateTime2::new(
                        Date::new(since_0001 as u32),
                        Time::new(9 * 3600 * 10_000_000, 7),
                    ),
                    60,
                ))),
                Cell::DateTime(d(2015, 4, 3).and_hms_opt(10, 0, 0).unwrap()),
                "2015-04-03 10:00:00",
            ),
            (
                "time",
                ColumnData::Time(Some(Time::new(45_296, 0))),
                Cell::Text("12:34:56".into()),
                "12:34:56",
            ),
            (
                "money",
                ColumnData::F64(Some(12.5)),
                Cell::Float(12.5),
                "12.5",
            ),
            (
                "decimal",
                ColumnData::Numeric(Some(Numeric::new_with_scale(1250, 2))),
                Cell::Text("12.50".into()),
                "12.50",
            ),
            (
                "negative decimal",
                ColumnData::Numeric(Some(Numeric::new_with_scale(-5, 1))),
                Cell::Text("-0.5".into()),
                "-0.5",
            ),
            (
                "uniqueidentifier",
                ColumnData::Guid(Some(Uuid::from_u128(
                    0x12345678_9abc_def0_0102_030405060708,
                ))),
                Cell::Text("12345678-9abc-def0-0102-030405060708".into()),
                "12345678-9abc-def0-0102-030405060708",
            ),
            (
                "nvarchar(max)",
                ColumnData::String(Some(Cow::Owned("Zoë Łukasiewicz ".repeat(1000)))),
                Cell::Text("Zoë Łukasiewicz ".repeat(1000)),
                "",
            ),
            ("bit", ColumnData::Bit(Some(true)), Cell::Bool(true), "1"),
            ("int", ColumnData::I32(Some(-42)), Cell::Int(-42), "-42"),
            (
                "bigint",
                ColumnData::I64(Some(9_434_765_919)),
                Cell::Int(9_434_765_919),
                "9434765919",
            ),
            ("tinyint", ColumnData::U8(Some(255)), Cell::Int(255), "255"),
            ("float", ColumnData::F64(Some(0.1)), Cell::Float(0.1), "0.1"),
            ("real", ColumnData::F32(Some(0.1)), Cell::Float(0.1), "0.1"),
            ("null int", ColumnData::I32(None), Cell::Null, ""),
            (
                "null datetime2",
                ColumnData::DateTime2(None),
                Cell::Null,
                "",
            ),
            (
                "varbinary",
                ColumnData::Binary(Some(Cow::Owned(vec![0, 1]))),
                Cell::Unreadable("binary"),
                "",
            ),
        ];
        for (name, data, want, text) in cases {
            let mut cell = Cell::Text("reused".into());
            set(&data, &mut cell);
            assert_eq!(cell, want, "{name}");
            if !text.is_empty() {
                assert_eq!(cell.to_text(), text, "{name}");
            }
        }
    }

    #[test]
    fn type_table() {
        assert_eq!(column_type(ColumnType::NVarchar), Some(("nvarchar", true)));
        assert_eq!(column_type(ColumnType::Money), Some(("money", true)));
        assert_eq!(
            column_type(ColumnType::BigVarBin),
            Some(("varbinary", false))
        );
        assert_eq!(
            column_type(ColumnType::SSVariant),
            Some(("sql_variant", false))
        );
    }
}
