//! A dump's values: how a column's declared type makes its values read
//! (`Class`), one value as the dump wrote it (`Val`), and the value as the
//! server would give it for its column.

/// How a column's values read (from its declared type).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Text,
    Date,
    DateTime,
    Bool,
    Blob,
}

impl Class {
    /// From a declared type and its options (`varchar(20) NOT NULL`,
    /// `[datetime2](7)`, `timestamp without time zone`, `date DEFAULT NULL`).
    pub fn of(decl: &str) -> Class {
        let t = decl.trim().to_ascii_lowercase();
        let t = t.trim_start_matches('[');
        let base: String = t
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ' ')
            .collect();
        let mut words = base.split_whitespace();
        let first = words.next().unwrap_or("");
        // `timestamp with time zone` names an instant, which a server shows
        // in its own zone: kept as written.
        let with_zone = words.next() == Some("with");
        match first {
            "date" => Class::Date,
            "timestamp" if with_zone => Class::Text,
            "datetime" | "datetime2" | "smalldatetime" | "timestamp" => Class::DateTime,
            "bool" | "boolean" => Class::Bool,
            "binary" | "varbinary" | "blob" | "tinyblob" | "mediumblob" | "longblob" | "bytea"
            | "image" => Class::Blob,
            _ => Class::Text,
        }
    }
}

/// One value as the dump wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Val {
    Null,
    Text(String),
    /// Binary data, or text that is not UTF-8: read as an unreadable cell.
    Blob(Vec<u8>),
}

pub(crate) fn text(r: Result<String, Vec<u8>>) -> Val {
    match r {
        Ok(s) => Val::Text(s),
        Err(b) => Val::Blob(b),
    }
}

/// A value as the server would give it for its column's class: booleans
/// `1` / `0` (PostgreSQL's `t` / `f`), binary as a blob, date-times with a
/// space (T-SQL writes `2010-05-01T09:30:00`).
pub(crate) fn canonical(v: Val, class: Class) -> Val {
    match (class, v) {
        (Class::Bool, Val::Text(t)) => match t.trim().to_ascii_lowercase().as_str() {
            "t" | "true" | "1" | "y" | "yes" | "on" => Val::Text("1".into()),
            "f" | "false" | "0" | "n" | "no" | "off" => Val::Text("0".into()),
            _ => Val::Text(t),
        },
        (Class::Blob, Val::Text(t)) => Val::Blob(t.into_bytes()),
        (Class::DateTime, Val::Text(t)) if t.len() > 10 && t.as_bytes()[10] == b'T' => {
            let mut t = t;
            t.replace_range(10..11, " ");
            Val::Text(t)
        }
        (_, v) => v,
    }
}
