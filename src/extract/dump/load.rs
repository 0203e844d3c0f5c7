//! From parsed tuples to staged records through a temporary SQLite file.
//! The parser runs on a blocking thread and hands tuples over a bounded
//! channel in batches (memory: a few batches); this side writes the tables
//! the mapping reads into one transaction, then runs the mapping's table or
//! query there and stages the rows exactly as the SQLite reader does, with
//! date and date-time columns typed as the server would type them. The file
//! is deleted when the source is done.

use super::parse::{table_key, Class, Parser, Sink, TableDef, Val};
use super::{DumpError, Wanted};
use crate::extract::cell::Cell;
use crate::extract::stage::Stager;
use crate::extract::{sqlite_types, Extracted, Fail, FailAt, ReadCtx};
use crate::mapping::{DumpDialect, Relation, SourceMapping};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteRow, SqliteSynchronous};
use sqlx::{
    AssertSqlSafe, Column, ConnectOptions, Connection, Executor, Row, SqlSafeStr, Statement,
    TypeInfo,
};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::mpsc;

/// One table of the dump, after the whole file was read.
#[derive(Clone, Debug)]
pub(crate) struct Loaded {
    /// Lower-cased name without schema: what counts and mappings match on.
    pub key: String,
    pub name: String,
    /// Tuples the parser read (written to the temporary database or not).
    pub rows: u64,
}

/// The dump as read: its tables and the temporary database holding those kept.
pub(crate) struct LoadedDump {
    pub tables: Vec<Loaded>,
    db: PathBuf,
    // Deleted on drop.
    _dir: tempfile::TempDir,
}

enum Msg {
    Table {
        idx: usize,
        name: String,
        columns: Vec<(String, Class)>,
    },
    Rows {
        idx: usize,
        rows: Vec<Vec<Val>>,
    },
}

/// Tuples per message: large enough that the channel costs nothing per row.
const BATCH: usize = 512;

struct ChannelSink {
    tx: mpsc::Sender<Msg>,
    wanted: Wanted,
    keep: Vec<bool>,
    counts: Vec<u64>,
    batch: Vec<Vec<Val>>,
    batch_idx: usize,
    line: u64,
}

impl ChannelSink {
    fn send(&mut self, msg: Msg) -> Result<(), DumpError> {
        self.tx.blocking_send(msg).map_err(|_| {
            DumpError::new(self.line, "reading stopped: the temporary database failed")
        })
    }

    fn flush(&mut self) -> Result<(), DumpError> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let rows = std::mem::take(&mut self.batch);
        self.send(Msg::Rows {
            idx: self.batch_idx,
            rows,
        })
    }
}

impl Sink for ChannelSink {
    fn table(&mut self, idx: usize, def: &TableDef) -> Result<(), DumpError> {
        self.flush()?;
        let keep = self.wanted.reads(&table_key(&def.name));
        debug_assert_eq!(idx, self.keep.len());
        self.keep.push(keep);
        self.counts.push(0);
        if keep {
            self.send(Msg::Table {
                idx,
                name: def.name.clone(),
                columns: def.columns.clone(),
            })?;
        }
        Ok(())
    }

    fn row(&mut self, idx: usize, values: Vec<Val>, line: u64) -> Result<(), DumpError> {
        self.line = line;
        if let Some(c) = self.counts.get_mut(idx) {
            *c += 1;
        }
        if !self.keep.get(idx).copied().unwrap_or(false) {
            return Ok(());
        }
        if self.batch_idx != idx {
            self.flush()?;
            self.batch_idx = idx;
        }
        self.batch.push(values);
        if self.batch.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }
}

fn sql_fail(file: &str, e: impl std::fmt::Display) -> Fail {
    Fail::new(
        FailAt::Source,
        format!("{file}: the temporary database failed: {e}"),
    )
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Read the whole dump, writing the tables `wanted` reads.
pub(crate) async fn load(
    path: PathBuf,
    dialect: DumpDialect,
    wanted: Wanted,
) -> Result<LoadedDump, Fail> {
    let file = path.display().to_string();
    let dir = tempfile::Builder::new()
        .prefix("onefamily-dump-")
        .tempdir()
        .map_err(|e| sql_fail(&file, e))?;
    let db = dir.path().join("dump.db");
    // Nothing here needs to survive a crash: no journal, no syncs.
    let mut conn = SqliteConnectOptions::new()
        .filename(&db)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Off)
        .synchronous(SqliteSynchronous::Off)
        .connect()
        .await
        .map_err(|e| sql_fail(&file, e))?;
    sqlx::query("BEGIN")
        .execute(&mut conn)
        .await
        .map_err(|e| sql_fail(&file, e))?;
    let (tx, mut rx) = mpsc::channel::<Msg>(4);
    let src = path.clone();
    let parser = tokio::task::spawn_blocking(move || {
        let mut sink = ChannelSink {
            tx,
            wanted,
            keep: Vec::new(),
            counts: Vec::new(),
            batch: Vec::new(),
            batch_idx: 0,
            line: 0,
        };
        let f = match super::open_text(&src) {
            Ok(f) => f,
            Err(e) => {
                let e = DumpError::new(0, format!("cannot open the file: {}", e.kind()));
                return (Err(e), Vec::new(), sink.counts);
            }
        };
        let mut p = Parser::new(f, dialect);
        let r = p.run(&mut sink).and_then(|()| sink.flush());
        (r, p.tables, sink.counts)
    });
    // Kept tables by the parser's index: name and width.
    let mut names: HashMap<usize, (String, usize)> = HashMap::new();
    let mut write_err = None;
    while let Some(msg) = rx.recv().await {
        // Prepared statements, not sqlx::raw_sql: a raw_sql future fails
        // tokio::spawn's Send check here ("Executor is not general enough").
        let r = match msg {
            Msg::Table { idx, name, columns } => {
                // Names quoted as identifiers (`create_sql`); no value.
                let sql = AssertSqlSafe(create_sql(&name, &columns));
                names.insert(idx, (name, columns.len()));
                sqlx::query(sql).execute(&mut conn).await.map(|_| ())
            }
            Msg::Rows { idx, rows } => {
                let Some((name, width)) = names.get(&idx).cloned() else {
                    continue;
                };
                // SQLite takes up to 32,766 bound values in one statement.
                let per = (30_000 / width.max(1)).clamp(1, BATCH);
                let mut r = Ok(());
                let mut rows = rows.into_iter().peekable();
                while rows.peek().is_some() {
                    let chunk: Vec<Vec<Val>> = rows.by_ref().take(per).collect();
                    // A quoted name and placeholders; the values are bound.
                    let sql = AssertSqlSafe(insert_sql(&name, width, chunk.len()));
                    let mut q = sqlx::query(sql);
                    for v in chunk.into_iter().flatten() {
                        q = match v {
                            Val::Null => q.bind(None::<String>),
                            Val::Text(t) => q.bind(t),
                            Val::Blob(b) => q.bind(b),
                        };
                    }
                    if let Err(e) = q.execute(&mut conn).await {
                        r = Err(e);
                        break;
                    }
                }
                r
            }
        };
        if let Err(e) = r {
            write_err = Some(e);
            break;
        }
    }
    drop(rx);
    let (parsed, tables, counts) = parser.await.map_err(|e| {
        Fail::new(
            FailAt::Source,
            format!("the dump reader stopped unexpectedly: {e}"),
        )
    })?;
    if let Some(e) = write_err {
        return Err(sql_fail(&file, e));
    }
    parsed.map_err(|e| {
        Fail::new(
            FailAt::Source,
            format!("{file} line {}: {}", e.line, e.message),
        )
    })?;
    sqlx::query("COMMIT")
        .execute(&mut conn)
        .await
        .map_err(|e| sql_fail(&file, e))?;
    conn.close().await.map_err(|e| sql_fail(&file, e))?;
    let tables = tables
        .into_iter()
        .zip(counts)
        .map(|(t, rows)| Loaded {
            key: table_key(&t.name),
            name: t.name,
            rows,
        })
        .collect();
    Ok(LoadedDump {
        tables,
        db,
        _dir: dir,
    })
}

fn create_sql(name: &str, columns: &[(String, Class)]) -> String {
    let cols: Vec<String> = columns
        .iter()
        .map(|(c, class)| {
            // TEXT affinity keeps values as written; DATE and DATETIME only
            // name the column's type for the reader (their affinity leaves
            // text that is not a number alone, and a date never is one).
            let ty = match class {
                Class::Date => "DATE",
                Class::DateTime => "DATETIME",
                Class::Blob => "BLOB",
                Class::Text | Class::Bool => "TEXT",
            };
            format!("{} {ty}", quote(c))
        })
        .collect();
    format!("CREATE TABLE {} ({})", quote(name), cols.join(", "))
}

fn insert_sql(name: &str, width: usize, rows: usize) -> String {
    let one = format!("({})", vec!["?"; width].join(","));
    format!(
        "INSERT INTO {} VALUES {}",
        quote(name),
        vec![one; rows].join(",")
    )
}

/// Run the mapping's table or query on the temporary database and stage its rows.
pub(crate) async fn stage(
    cx: ReadCtx,
    m: Arc<SourceMapping>,
    dump: LoadedDump,
    relation: Relation,
    file: String,
) -> Result<Extracted, Fail> {
    let file = file.as_str();
    let mut conn = SqliteConnectOptions::new()
        .filename(&dump.db)
        .read_only(true)
        .row_buffer_size(4096)
        .connect()
        .await
        .map_err(|e| sql_fail(file, e))?;
    let (sql, label) = match &relation {
        Relation::Table(t) => {
            let key = super::last_part(t);
            let Some(found) = dump.tables.iter().find(|x| x.key == key) else {
                let names: Vec<&str> = dump
                    .tables
                    .iter()
                    .map(|t| t.name.as_str())
                    .take(30)
                    .collect();
                return Err(Fail::new(
                    FailAt::Relation,
                    format!("{file} has no table {t:?} (it has {names:?})"),
                ));
            };
            (
                format!("SELECT * FROM {}", quote(&found.name)),
                found.name.clone(),
            )
        }
        Relation::Query(q) => (q.clone(), String::new()),
    };
    // A table name quoted as an identifier, or the query the mapping file
    // gives: the council's own SQL over its own dump's tables, not data.
    let sql = AssertSqlSafe(sql).into_sql_str();
    let (header, classes): (Vec<String>, Vec<Class>) = {
        let stmt = (&mut conn).prepare(sql.clone()).await.map_err(|e| {
            Fail::new(
                FailAt::Relation,
                format!("{file}: the query cannot run on the dump's tables: {e}"),
            )
        })?;
        stmt.columns()
            .iter()
            .map(|c| {
                let class = match c.type_info().name() {
                    "DATE" => Class::Date,
                    "DATETIME" => Class::DateTime,
                    _ => Class::Text,
                };
                (c.name().to_string(), class)
            })
            .unzip()
    };
    let looked_in = if label.is_empty() {
        format!("{file}: the query")
    } else {
        format!("{file}: table {label:?}")
    };
    let mut stager = Stager::new(cx, &m, &header, label, false)
        .map_err(|missing| Fail::missing(missing, looked_in))?;
    let mut cells = vec![Cell::Null; header.len()];
    let mut n = 0u64;
    sqlx::query(sql)
        .try_map(|row: SqliteRow| {
            n += 1;
            for (i, c) in cells.iter_mut().enumerate() {
                match row.try_get_raw(i) {
                    Ok(v) => {
                        sqlite_types::set(v, c);
                        typed(c, classes[i]);
                    }
                    Err(_) => *c = Cell::Unreadable("missing"),
                }
            }
            stager.row(n, &cells);
            Ok(())
        })
        .fetch_all(&mut conn)
        .await
        .map_err(|e| {
            Fail::new(
                FailAt::Source,
                format!("{file}: reading stopped after row {n}: {e}"),
            )
        })?;
    Ok(stager.finish())
}

/// A date or date-time column's text as the server types it. MySQL's zero
/// dates read as blank, as from the server.
fn typed(cell: &mut Cell, class: Class) {
    let Cell::Text(s) = cell else { return };
    let t = s.trim();
    if matches!(class, Class::Date | Class::DateTime) && t.starts_with("0000-00-00") {
        *cell = Cell::Null;
        return;
    }
    match class {
        Class::Date => {
            if let Ok(d) = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d") {
                *cell = Cell::Date(d);
            }
        }
        Class::DateTime => {
            for f in ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%d %H:%M"] {
                if let Ok(d) = chrono::NaiveDateTime::parse_from_str(t, f) {
                    *cell = Cell::DateTime(d);
                    return;
                }
            }
        }
        _ => {}
    }
}
