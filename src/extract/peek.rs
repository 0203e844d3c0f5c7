//! The first rows of every table a file or server holds, for `onefamily
//! init`, which has no mapping yet. The same libraries and cell conversions
//! as the readers (csv with encoding_rs, calamine, sqlx with the `*_types`
//! tables, the dump parser); what differs is that nothing is staged: each
//! table comes back as its raw rows, header not yet found.
//!
//! Errors are plain lines naming the file or the redacted URL, never a value.

use super::cell::Cell;
use super::{mysql_types, postgres_types, scrub, sqlite_types, CONNECT_TIMEOUT};
use crate::mapping::{DumpDialect, SourceKind};
use calamine::{Data, Reader};
use sqlx::{AssertSqlSafe, Column, ConnectOptions, Executor, Row, SqlSafeStr, Statement, TypeInfo};
use std::path::{Path, PathBuf};

/// One table or sheet, as read.
#[derive(Clone, Debug)]
pub struct Peeked {
    pub kind: SourceKind,
    /// The file (file kinds).
    pub path: Option<PathBuf>,
    /// The server URL as given (server kinds); never printed unredacted.
    pub url: Option<String>,
    /// The table (databases, dumps) or sheet (workbooks); empty for CSV.
    pub part: String,
    /// Every part of the same file (sheets of a workbook, tables of a dump).
    pub siblings: Vec<String>,
    /// CSV: the encoding label and delimiter found.
    pub encoding: Option<&'static str>,
    pub delimiter: Option<u8>,
    pub dialect: Option<DumpDialect>,
    /// Column names when the source declares them (databases, dumps);
    /// `None`: the header is among `rows` (CSV, sheets).
    pub columns: Option<Vec<String>>,
    /// The first rows, each with its 1-based row or line number.
    pub rows: Vec<(u64, Vec<Cell>)>,
}

impl Peeked {
    fn file(kind: SourceKind, path: &Path, part: String) -> Peeked {
        Peeked {
            kind,
            path: Some(path.to_path_buf()),
            url: None,
            part,
            siblings: Vec::new(),
            encoding: None,
            delimiter: None,
            dialect: None,
            columns: None,
            rows: Vec::new(),
        }
    }
}

/// A CSV or TSV file: the encoding as the csv reader takes it (a BOM
/// decides; else UTF-8 when the bytes are valid UTF-8, else Windows-1252,
/// the usual export of a Windows system) and the delimiter that splits the
/// first line most.
pub fn csv(path: &Path, limit: usize) -> Result<Peeked, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (encoding, start) = match encoding_rs::Encoding::for_bom(&bytes) {
        Some((e, n)) => (e, n),
        None if std::str::from_utf8(&bytes).is_ok() => (encoding_rs::UTF_8, 0),
        None => (encoding_rs::WINDOWS_1252, 0),
    };
    let (text, bad) = encoding.decode_without_bom_handling(&bytes[start..]);
    if bad {
        return Err(format!(
            "{}: bytes that are not valid {}",
            path.display(),
            encoding.name()
        ));
    }
    if text.contains('\0') {
        return Err(format!("{}: holds binary data, not text", path.display()));
    }
    let first = text.lines().next().unwrap_or("");
    let delimiter = [b',', b'\t', b';', b'|']
        .into_iter()
        .max_by_key(|d| (first.bytes().filter(|b| b == d).count(), *d == b','))
        .unwrap_or(b',');
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut out = Peeked::file(SourceKind::Csv, path, String::new());
    out.encoding = Some(encoding.name());
    out.delimiter = Some(delimiter);
    for rec in rdr.records() {
        let rec = rec.map_err(|e| format!("{}: not readable as CSV: {e}", path.display()))?;
        let line = rec.position().map_or(0, |p| p.line());
        out.rows.push((
            line,
            rec.iter().map(|s| Cell::Text(s.to_string())).collect(),
        ));
        if out.rows.len() >= limit {
            break;
        }
    }
    Ok(out)
}

/// Every sheet of a workbook (blank sheets too: the caller says so).
pub fn sheets(path: &Path, kind: SourceKind, limit: usize) -> Result<Vec<Peeked>, String> {
    let mut wb = calamine::open_workbook_auto(path).map_err(|e| {
        format!(
            "cannot open {} as a workbook: {}",
            path.display(),
            crate::redact::message(&e.to_string())
        )
    })?;
    let names = wb.sheet_names();
    let mut out = Vec::new();
    for name in &names {
        let range = wb.worksheet_range(name).map_err(|e| {
            format!(
                "{}: cannot read sheet {name:?}: {}",
                path.display(),
                crate::redact::message(&e.to_string())
            )
        })?;
        let mut p = Peeked::file(kind, path, name.clone());
        p.siblings = names.clone();
        let first = range.start().map_or(0, |s| u64::from(s.0));
        for (i, row) in range.rows().enumerate() {
            if row.iter().all(|d| matches!(d, Data::Empty)) {
                continue;
            }
            p.rows.push((
                first + i as u64 + 1,
                row.iter().map(super::sheet::to_cell).collect(),
            ));
            if p.rows.len() >= limit {
                break;
            }
        }
        out.push(p);
    }
    Ok(out)
}

/// Every table of a dump file.
pub fn dump(path: &Path, limit: usize) -> Result<Vec<Peeked>, String> {
    let (dialect, tables) = super::dump::peek_tables(path, limit)?;
    let names: Vec<String> = tables.iter().map(|t| t.name.clone()).collect();
    Ok(tables
        .into_iter()
        .map(|t| {
            let mut p = Peeked::file(SourceKind::Dump, path, t.name);
            p.siblings = names.clone();
            p.dialect = Some(dialect);
            p.columns = Some(t.columns);
            p.rows = t.rows.into_iter().zip(1..).map(|(r, n)| (n, r)).collect();
            p
        })
        .collect())
}

/// Every table of an SQLite file, opened read-only.
pub async fn sqlite(path: &Path, limit: usize) -> Result<Vec<Peeked>, String> {
    let file = path.display().to_string();
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .connect()
        .await
        .map_err(|e| format!("cannot open {file} as SQLite: {e}"))?;
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(&mut conn)
    .await
    .map_err(|e| format!("{file} is not a readable SQLite database: {e}"))?;
    let mut out = Vec::new();
    for name in &names {
        // The table name is quoted as an identifier; the limit is a number.
        let sql = AssertSqlSafe(format!(
            "SELECT * FROM \"{}\" LIMIT {limit}",
            name.replace('"', "\"\"")
        ))
        .into_sql_str();
        let stmt = (&mut conn)
            .prepare(sql.clone())
            .await
            .map_err(|e| format!("{file}: table {name:?} cannot be read: {e}"))?;
        let columns: Vec<String> = stmt
            .columns()
            .iter()
            .map(|c| c.name().to_string())
            .collect();
        let rows = sqlx::query(sql)
            .fetch_all(&mut conn)
            .await
            .map_err(|e| format!("{file}: table {name:?} cannot be read: {e}"))?;
        let mut p = Peeked::file(SourceKind::Sqlite, path, name.clone());
        p.siblings = names.clone();
        p.rows = rows
            .iter()
            .zip(1..)
            .map(|(row, n)| {
                let cells = (0..columns.len())
                    .map(|i| {
                        let mut c = Cell::Null;
                        match row.try_get_raw(i) {
                            Ok(v) => sqlite_types::set(v, &mut c),
                            Err(_) => c = Cell::Unreadable("missing"),
                        }
                        c
                    })
                    .collect();
                (n, cells)
            })
            .collect();
        p.columns = Some(columns);
        out.push(p);
    }
    Ok(out)
}

/// Every base table of a MySQL/MariaDB or PostgreSQL database, in a
/// read-only session. Errors carry the URL redacted.
pub async fn server(url: &str, limit: usize) -> Result<Vec<Peeked>, String> {
    let shown = crate::error::redact(url);
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("mysql://") || lower.starts_with("mariadb://") {
        mysql(url, &shown, limit).await
    } else if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
        postgres(url, &shown, limit).await
    } else {
        Err(format!(
            "{shown}: init reads mysql://, mariadb://, postgres:// and postgresql:// URLs"
        ))
    }
}

fn server_peeked(kind: SourceKind, url: &str, part: String, names: &[String]) -> Peeked {
    Peeked {
        kind,
        path: None,
        url: Some(url.to_string()),
        part,
        siblings: names.to_vec(),
        encoding: None,
        delimiter: None,
        dialect: None,
        columns: None,
        rows: Vec::new(),
    }
}

async fn mysql(url: &str, shown: &str, limit: usize) -> Result<Vec<Peeked>, String> {
    let raw = url.replacen("mariadb://", "mysql://", 1);
    let opts: sqlx::mysql::MySqlConnectOptions = raw.parse().map_err(|e: sqlx::Error| {
        format!("{shown} is not a MySQL URL: {}", scrub(&e.to_string(), url))
    })?;
    let mut conn = match tokio::time::timeout(CONNECT_TIMEOUT, opts.connect()).await {
        Ok(Ok(c)) => c,
        Ok(Err(e)) => {
            return Err(format!(
                "cannot connect to {shown}: {}",
                scrub(&e.to_string(), url)
            ))
        }
        Err(_) => return Err(format!("cannot connect to {shown}: no answer")),
    };
    let fail = |e: sqlx::Error| format!("{shown}: {}", scrub(&e.to_string(), url));
    conn.execute("SET SESSION TRANSACTION READ ONLY")
        .await
        .map_err(fail)?;
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT CAST(TABLE_NAME AS CHAR) FROM information_schema.TABLES \
         WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
    )
    .fetch_all(&mut conn)
    .await
    .map_err(fail)?;
    let mut out = Vec::new();
    for name in &names {
        // The table name is quoted as an identifier; the limit is a number.
        let sql = AssertSqlSafe(format!(
            "SELECT * FROM `{}` LIMIT {limit}",
            name.replace('`', "``")
        ))
        .into_sql_str();
        let stmt = (&mut conn).prepare(sql.clone()).await.map_err(fail)?;
        let (columns, kinds): (Vec<String>, Vec<mysql_types::Kind>) = stmt
            .columns()
            .iter()
            .map(|c| {
                let k = mysql_types::kind(c.type_info().name())
                    .unwrap_or(mysql_types::Kind::Unsupported);
                (c.name().to_string(), k)
            })
            .unzip();
        let rows = sqlx::query(sql).fetch_all(&mut conn).await.map_err(fail)?;
        let mut p = server_peeked(SourceKind::Mysql, url, name.clone(), &names);
        p.rows = rows
            .iter()
            .zip(1..)
            .map(|(row, n)| {
                let cells = (0..columns.len())
                    .map(|i| {
                        let mut c = Cell::Null;
                        match row.try_get_raw(i) {
                            Ok(v) => mysql_types::set(v, kinds[i], &mut c),
                            Err(_) => c = Cell::Unreadable("missing"),
                        }
                        c
                    })
                    .collect();
                (n, cells)
            })
            .collect();
        p.columns = Some(columns);
        out.push(p);
    }
    Ok(out)
}

async fn postgres(url: &str, shown: &str, limit: usize) -> Result<Vec<Peeked>, String> {
    let opts: sqlx::postgres::PgConnectOptions = url.parse().map_err(|e: sqlx::Error| {
        format!(
            "{shown} is not a PostgreSQL URL: {}",
            scrub(&e.to_string(), url)
        )
    })?;
    let opts = opts.options([("default_transaction_read_only", "on")]);
    let mut conn = match tokio::time::timeout(CONNECT_TIMEOUT, opts.connect()).await {
        Ok(Ok(c)) => c,
        Ok(Err(e)) => {
            return Err(format!(
                "cannot connect to {shown}: {}",
                scrub(&e.to_string(), url)
            ))
        }
        Err(_) => return Err(format!("cannot connect to {shown}: no answer")),
    };
    let fail = |e: sqlx::Error| format!("{shown}: {}", scrub(&e.to_string(), url));
    let found: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_schema::text, table_name::text FROM information_schema.tables \
         WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') \
         ORDER BY table_schema, table_name",
    )
    .fetch_all(&mut conn)
    .await
    .map_err(fail)?;
    let names: Vec<String> = found
        .iter()
        .map(|(s, t)| {
            if s == "public" {
                t.clone()
            } else {
                format!("{s}.{t}")
            }
        })
        .collect();
    let mut out = Vec::new();
    for ((schema, table), name) in found.iter().zip(&names) {
        let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
        // Schema and table quoted as identifiers; the limit is a number.
        let sql = AssertSqlSafe(format!(
            "SELECT * FROM {}.{} LIMIT {limit}",
            q(schema),
            q(table)
        ))
        .into_sql_str();
        let stmt = (&mut conn).prepare(sql.clone()).await.map_err(fail)?;
        let (columns, kinds): (Vec<String>, Vec<postgres_types::Kind>) = stmt
            .columns()
            .iter()
            .map(|c| {
                let k = postgres_types::kind(c.type_info())
                    .unwrap_or(postgres_types::Kind::Unsupported);
                (c.name().to_string(), k)
            })
            .unzip();
        let rows = sqlx::query(sql).fetch_all(&mut conn).await.map_err(fail)?;
        let mut p = server_peeked(SourceKind::Postgres, url, name.clone(), &names);
        p.rows = rows
            .iter()
            .zip(1..)
            .map(|(row, n)| {
                let cells = (0..columns.len())
                    .map(|i| {
                        let mut c = Cell::Null;
                        match row.try_get_raw(i) {
                            Ok(v) => postgres_types::set(v, kinds[i], &mut c),
                            Err(_) => c = Cell::Unreadable("missing"),
                        }
                        c
                    })
                    .collect();
                (n, cells)
            })
            .collect();
        p.columns = Some(columns);
        out.push(p);
    }
    Ok(out)
}
