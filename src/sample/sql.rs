//! Writes one set of tables three ways: into an SQLite database (executed
//! through sqlx in one transaction), and as a MariaDB/MySQL or SQL Server
//! script. The rows are rendered as literal multi-row INSERTs rather than
//! bound parameters so the script files and the SQLite copy hold exactly the
//! same statements in the same order, which also keeps the SQLite file
//! byte-identical from one run to the next.

use crate::{Error, Result};
use chrono::NaiveDate;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
use sqlx::{AssertSqlSafe, ConnectOptions, Connection, SqliteConnection};
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

#[derive(Clone, Copy)]
pub enum Ty {
    Int,
    /// Text with the server's declared length.
    Text(u16),
    Date,
    Bit,
}

pub struct Table {
    pub name: &'static str,
    pub cols: &'static [(&'static str, Ty)],
}

pub enum Val<'a> {
    Null,
    Int(i64),
    Text(&'a str),
    Date(NaiveDate),
    Bit(bool),
}

impl<'a> From<Option<&'a str>> for Val<'a> {
    fn from(v: Option<&'a str>) -> Self {
        v.map_or(Val::Null, Val::Text)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Server {
    MySql,
    MsSql,
}

/// Rows per INSERT: SQL Server allows at most 1000 row value expressions;
/// SQLite is kept to 500 so its older compound-select limit never bites.
const SERVER_BATCH: usize = 1000;
const SQLITE_BATCH: usize = 500;

struct Batch {
    text: String,
    rows: usize,
}

/// One table being filled.
pub struct TableOut {
    table: &'static Table,
    lite: Batch,
    server: Batch,
}

/// An SQLite database and, optionally, its server script.
pub struct Db {
    conn: SqliteConnection,
    script: Option<(Server, BufWriter<File>, std::path::PathBuf)>,
    /// Complete SQLite statements waiting to run.
    pending: Vec<String>,
}

fn sql_err(path: &Path, e: sqlx::Error) -> Error {
    Error::Other(format!("{}: {e}", path.display()))
}

impl Db {
    pub async fn create(sqlite: &Path, script: Option<(Server, &Path)>) -> Result<Db> {
        if sqlite.exists() {
            std::fs::remove_file(sqlite).map_err(|e| Error::io(sqlite, e))?;
        }
        // DELETE journal (not WAL) and no other options: the file must come
        // out the same every time.
        let mut conn = SqliteConnectOptions::new()
            .filename(sqlite)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Delete)
            .connect()
            .await
            .map_err(|e| sql_err(sqlite, e))?;
        sqlx::raw_sql("BEGIN")
            .execute(&mut conn)
            .await
            .map_err(|e| sql_err(sqlite, e))?;
        let script = match script {
            Some((server, path)) => {
                let f = File::create(path).map_err(|e| Error::io(path, e))?;
                let mut w = BufWriter::with_capacity(1 << 20, f);
                if server == Server::MsSql {
                    // The byte-order mark SQL Server Management Studio writes.
                    w.write_all(&[0xFF, 0xFE]).map_err(|e| Error::io(path, e))?;
                }
                Some((server, w, path.to_path_buf()))
            }
            None => None,
        };
        Ok(Db {
            conn,
            script,
            pending: Vec::new(),
        })
    }

    /// Write header lines to the server script (comments, SET NAMES …).
    pub fn script_text(&mut self, text: &str) -> Result<()> {
        if let Some((server, w, path)) = &mut self.script {
            emit(w, text, *server).map_err(|e| Error::io(&*path, e))?;
        }
        Ok(())
    }

    /// Create `table` in the database and the script.
    pub fn table(&mut self, table: &'static Table) -> Result<TableOut> {
        let mut lite = format!("CREATE TABLE {} (", table.name);
        for (i, (c, ty)) in table.cols.iter().enumerate() {
            let t = match ty {
                Ty::Int | Ty::Bit => "INTEGER",
                Ty::Text(_) | Ty::Date => "TEXT",
            };
            let sep = if i == 0 { "" } else { ", " };
            let _ = write!(lite, "{sep}{c} {t}");
        }
        lite.push_str(");\n");
        self.pending.push(lite);
        if let Some((server, _, _)) = &self.script {
            let server = *server;
            let mut s = String::new();
            match server {
                Server::MySql => {
                    let _ = writeln!(s, "DROP TABLE IF EXISTS {};", table.name);
                    let _ = writeln!(s, "CREATE TABLE IF NOT EXISTS {} (", table.name);
                }
                Server::MsSql => {
                    let _ = writeln!(
                        s,
                        "IF OBJECT_ID(N'dbo.{0}', N'U') IS NOT NULL DROP TABLE dbo.{0};",
                        table.name
                    );
                    let _ = writeln!(s, "CREATE TABLE dbo.{} (", table.name);
                }
            }
            for (i, (c, ty)) in table.cols.iter().enumerate() {
                let t = match (server, ty) {
                    (_, Ty::Int) => "INT".to_string(),
                    (_, Ty::Date) => "DATE".to_string(),
                    (Server::MySql, Ty::Text(n)) => format!("VARCHAR({n})"),
                    (Server::MsSql, Ty::Text(n)) => format!("NVARCHAR({n})"),
                    (Server::MySql, Ty::Bit) => "INT".to_string(),
                    (Server::MsSql, Ty::Bit) => "BIT".to_string(),
                };
                let sep = if i + 1 == table.cols.len() { "" } else { "," };
                let _ = writeln!(s, "  {c} {t} NULL{sep}");
            }
            match server {
                Server::MySql => s.push_str(") DEFAULT CHARSET=utf8mb4;\n\n"),
                Server::MsSql => s.push_str(");\n\n"),
            }
            self.script_text(&s)?;
        }
        Ok(TableOut {
            table,
            lite: Batch {
                text: String::with_capacity(64 * 1024),
                rows: 0,
            },
            server: Batch {
                text: String::with_capacity(64 * 1024),
                rows: 0,
            },
        })
    }

    /// Add one row (values in the table's column order).
    pub fn row(&mut self, t: &mut TableOut, vals: &[Val]) -> Result<()> {
        debug_assert_eq!(vals.len(), t.table.cols.len());
        push_row(&mut t.lite, t.table, vals, None);
        if t.lite.rows == SQLITE_BATCH {
            self.pending.push(finish(&mut t.lite));
        }
        if let Some((server, w, path)) = &mut self.script {
            push_row(&mut t.server, t.table, vals, Some(*server));
            if t.server.rows == SERVER_BATCH {
                let s = finish(&mut t.server);
                emit(w, &s, *server).map_err(|e| Error::io(&*path, e))?;
            }
        }
        Ok(())
    }

    /// Flush a finished table's partial batches.
    pub fn end_table(&mut self, mut t: TableOut) -> Result<()> {
        if t.lite.rows > 0 {
            self.pending.push(finish(&mut t.lite));
        }
        if let Some((server, w, path)) = &mut self.script {
            if t.server.rows > 0 {
                let s = finish(&mut t.server);
                emit(w, &s, *server).map_err(|e| Error::io(&*path, e))?;
            }
            emit(w, "\n", *server).map_err(|e| Error::io(&*path, e))?;
        }
        Ok(())
    }

    /// Run the SQLite statements queued so far.
    pub async fn drain(&mut self) -> Result<()> {
        // The sample generator's own statements, over synthetic data.
        for stmt in self.pending.drain(..) {
            sqlx::raw_sql(AssertSqlSafe(stmt))
                .execute(&mut self.conn)
                .await
                .map_err(|e| Error::Other(format!("sqlite: {e}")))?;
        }
        Ok(())
    }

    pub async fn finish(mut self) -> Result<()> {
        self.drain().await?;
        sqlx::raw_sql("COMMIT")
            .execute(&mut self.conn)
            .await
            .map_err(|e| Error::Other(format!("sqlite: {e}")))?;
        self.conn
            .close()
            .await
            .map_err(|e| Error::Other(format!("sqlite: {e}")))?;
        if let Some((_, mut w, path)) = self.script {
            w.flush().map_err(|e| Error::io(&path, e))?;
        }
        Ok(())
    }
}

/// Write script text as the server's own tools save it: UTF-16 (little
/// endian) for SQL Server, as Management Studio's "Generate Scripts" does by
/// default; UTF-8 for the others.
fn emit(w: &mut impl Write, text: &str, server: Server) -> std::io::Result<()> {
    if server != Server::MsSql {
        return w.write_all(text.as_bytes());
    }
    let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    w.write_all(&bytes)
}

fn finish(b: &mut Batch) -> String {
    b.text.push_str(";\n");
    b.rows = 0;
    std::mem::replace(&mut b.text, String::with_capacity(64 * 1024))
}

fn push_row(b: &mut Batch, table: &Table, vals: &[Val], server: Option<Server>) {
    if b.rows == 0 {
        let prefix = if server == Some(Server::MsSql) {
            "dbo."
        } else {
            ""
        };
        let _ = write!(b.text, "INSERT INTO {prefix}{} (", table.name);
        for (i, (c, _)) in table.cols.iter().enumerate() {
            if i > 0 {
                b.text.push_str(", ");
            }
            b.text.push_str(c);
        }
        b.text.push_str(") VALUES\n(");
    } else {
        b.text.push_str(",\n(");
    }
    for (i, v) in vals.iter().enumerate() {
        if i > 0 {
            b.text.push_str(", ");
        }
        match v {
            Val::Null => b.text.push_str("NULL"),
            Val::Int(n) => {
                let _ = write!(b.text, "{n}");
            }
            Val::Bit(x) => b.text.push(if *x { '1' } else { '0' }),
            Val::Date(d) => {
                let _ = write!(b.text, "'{}'", d.format("%Y-%m-%d"));
            }
            Val::Text(s) => {
                if server == Some(Server::MsSql) {
                    b.text.push('N'); // Unicode literal: keeps Zoë and Siobhán
                }
                b.text.push('\'');
                for c in s.chars() {
                    match c {
                        '\'' => b.text.push_str("''"),
                        // MySQL treats backslash as an escape by default.
                        '\\' if server == Some(Server::MySql) => b.text.push_str("\\\\"),
                        _ => b.text.push(c),
                    }
                }
                b.text.push('\'');
            }
        }
    }
    b.text.push(')');
    b.rows += 1;
}
