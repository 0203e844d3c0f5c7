//! The SQLite target: one file, created with its parent directory when
//! missing. A run holds SQLite's write lock from `BEGIN IMMEDIATE` to commit,
//! so a second run against the same file refuses at once, and the journal rolls
//! an interrupted run back. Rows go in as batched multi-row upserts.

use super::diff::{Existing, Row};
use super::schema::{write_columns, TableSpec};
use super::stable::{record_key, Prior};
use super::{db_err, LoadReport, RunInfo, WriteMode};
use crate::model::Unified;
use crate::{Error, Result};
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{AssertSqlSafe, Connection, QueryBuilder, Sqlite};
use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

/// SQLite's limit on bound parameters in one statement (since 3.32).
const MAX_PARAMS: usize = 32_766;

/// How long to wait for another writer before refusing. Short: a second
/// *run* should be told, not queued behind an hour-long load.
const BUSY: Duration = Duration::from_secs(2);

fn locked(e: &sqlx::Error) -> bool {
    e.to_string().contains("database is locked") || e.to_string().contains("database is busy")
}

fn lock_error() -> Error {
    Error::Load("another run is writing to this SQLite target (the file is locked); run again when it has finished".into())
}

fn map_err(label: &str, what: &str, e: sqlx::Error) -> Error {
    if locked(&e) {
        lock_error()
    } else {
        db_err(label, what, e)
    }
}

async fn open(path: &Path, create: bool, label: &str) -> Result<SqliteConnection> {
    let opts = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(create)
        .busy_timeout(BUSY)
        // 256 MiB page cache (negative = KiB): the secondary indexes of a
        // large first load are inserted in random order, and SQLite's 2 MiB
        // default makes that disk-bound.
        .pragma("cache_size", "-262144");
    SqliteConnection::connect_with(&opts)
        .await
        .map_err(|e| db_err(label, "cannot open", e))
}

pub(super) async fn table_exists(conn: &mut SqliteConnection, name: &str) -> sqlx::Result<bool> {
    let n: i64 =
        sqlx::query_scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
            .bind(name)
            .fetch_one(conn)
            .await?;
    Ok(n > 0)
}

async fn applied_version(conn: &mut SqliteConnection) -> sqlx::Result<Option<i64>> {
    if !table_exists(conn, "_sqlx_migrations").await? {
        return Ok(None);
    }
    sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
        .fetch_one(conn)
        .await
}

pub(super) async fn preflight(path: &Path, label: &str) -> Result<()> {
    if !path.exists() {
        // Nothing to open yet: the load will create it, so the nearest
        // existing ancestor must be a writable directory.
        let mut dir = path.parent();
        while let Some(d) = dir {
            if d.as_os_str().is_empty() {
                dir = Some(Path::new("."));
                break;
            }
            if d.exists() {
                break;
            }
            dir = d.parent();
        }
        let dir = dir.unwrap_or(Path::new("."));
        let meta = std::fs::metadata(dir)
            .map_err(|e| db_err(label, "cannot inspect the target's directory", e))?;
        if !meta.is_dir() || meta.permissions().readonly() {
            return Err(Error::Load(format!(
                "{label}: cannot create the database file: {} is not a writable directory",
                dir.display()
            )));
        }
        return Ok(());
    }
    if path.is_dir() {
        return Err(Error::Load(format!(
            "{label}: is a directory, not a database file"
        )));
    }
    let mut conn = open(path, false, label).await?;
    let version = applied_version(&mut conn)
        .await
        .map_err(|e| map_err(label, "cannot read", e))?;
    super::check_version(version, label)?;
    // Take and drop the write lock: fails now, before extraction, when the
    // file is read-only or another run is writing.
    let tx = conn
        .begin_with("BEGIN IMMEDIATE")
        .await
        .map_err(|e| map_err(label, "cannot write", e))?;
    tx.rollback()
        .await
        .map_err(|e| map_err(label, "cannot write", e))?;
    conn.close().await.map_err(|e| db_err(label, "close", e))
}

pub(super) async fn load(
    path: &Path,
    u: &Unified,
    run: &RunInfo,
    dry_run: bool,
    label: &str,
) -> Result<LoadReport> {
    if dry_run {
        // A dry run never creates the file: when it does not exist yet, diff
        // against an empty in-memory database instead.
        let mut conn = if path.exists() {
            open(path, false, label).await?
        } else {
            SqliteConnection::connect_with(&SqliteConnectOptions::new().in_memory(true))
                .await
                .map_err(|e| db_err(label, "cannot open", e))?
        };
        let version = applied_version(&mut conn)
            .await
            .map_err(|e| map_err(label, "cannot read", e))?;
        super::check_version(version, label)?;
        let report = super::apply(&mut super::Db::Sqlite(&mut conn), u, run, true, label).await?;
        conn.close().await.map_err(|e| db_err(label, "close", e))?;
        return Ok(report);
    }

    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let mut conn = open(path, true, label).await?;
    let version = applied_version(&mut conn)
        .await
        .map_err(|e| map_err(label, "cannot read", e))?;
    super::check_version(version, label)?;
    let mut tx = conn
        .begin_with("BEGIN IMMEDIATE")
        .await
        .map_err(|e| map_err(label, "cannot start the load", e))?;
    // Migrations run inside the load's transaction (as savepoints), so an
    // interrupted first load leaves not even an empty schema behind.
    let phase = tracing::debug_span!("migrate");
    super::migrator(super::SQLITE_MIGRATIONS)
        .run(&mut *tx)
        .await
        .map_err(|e| db_err(label, "migrating the schema", e))?;
    drop(phase);
    let report = super::apply(&mut super::Db::Sqlite(&mut tx), u, run, false, label).await?;
    let phase = tracing::debug_span!("commit");
    tx.commit().await.map_err(|e| map_err(label, "commit", e))?;
    drop(phase);
    conn.close().await.map_err(|e| db_err(label, "close", e))?;
    Ok(report)
}

pub(super) async fn read_existing(
    conn: &mut SqliteConnection,
    table: &str,
) -> sqlx::Result<HashMap<String, Existing>> {
    let rows: Vec<(String, String, bool)> = sqlx::query_as(own_sql!(
        "SELECT id, row_hash, retired_run IS NOT NULL FROM {table}"
    ))
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, hash, retired)| (id, Existing { hash, retired }))
        .collect())
}

pub(super) async fn read_prior(conn: &mut SqliteConnection) -> sqlx::Result<Prior> {
    let mut prior = Prior::default();
    let rows: Vec<(String, String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT source, source_key, person_id, family_id FROM lineage WHERE record_kind = 'person'",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (source, key, p, f) in rows {
        prior.records.insert(record_key(&source, &key), (p, f));
    }
    for (table, ages) in [
        ("person", &mut prior.person_age),
        ("family", &mut prior.family_age),
    ] {
        let rows: Vec<(String, String)> = sqlx::query_as(own_sql!(
            "SELECT t.id, COALESCE(r.started, '') FROM {table} t LEFT JOIN migration_run r ON r.run_id = t.first_run"
        ))
        .fetch_all(&mut *conn)
        .await?;
        ages.extend(rows);
    }
    Ok(prior)
}

/// Changed and revived rows: upserts, which keep `first_run`.
pub(super) async fn upsert(
    conn: &mut SqliteConnection,
    spec: &TableSpec,
    rows: &[&Row],
    run_id: &str,
) -> sqlx::Result<()> {
    write(conn, spec, rows, run_id, &super::upsert_suffix(spec)).await
}

/// Rows the diff found missing: plain inserts, as on PostgreSQL. The diff
/// read the table inside this transaction, which holds SQLite's write lock,
/// so none of them can be there (if one were, the primary key would refuse
/// it and the load roll back). Without `ON CONFLICT`, SQLite looks each
/// row's key up once, not twice.
pub(super) async fn insert(
    conn: &mut SqliteConnection,
    spec: &TableSpec,
    rows: &[&Row],
    run_id: &str,
) -> sqlx::Result<()> {
    write(conn, spec, rows, run_id, "").await
}

async fn write(
    conn: &mut SqliteConnection,
    spec: &TableSpec,
    rows: &[&Row],
    run_id: &str,
    suffix: &str,
) -> sqlx::Result<()> {
    let cols = write_columns(spec);
    // Rows go in `BATCH` to a statement: one statement per row spent a
    // third of the write in SQLite's per-statement work (measured on
    // `make bench`'s lineage table).
    let sql = |n: usize| {
        let row = format!("({})", vec!["?"; cols.len()].join(", "));
        format!(
            "INSERT INTO {} ({}) VALUES {}{}",
            spec.name,
            cols.join(", "),
            vec![row; n].join(", "),
            suffix
        )
    };
    let mut handle = conn.lock_handle().await?;
    let db = handle.as_raw_handle().as_ptr();
    let batch = BATCH.min(MAX_PARAMS / cols.len()).max(1);
    // SAFETY: `db` is sqlx's open connection, locked for us until `handle`
    // drops, after the statements (finalized when they drop, first). The
    // load's transaction stays sqlx's: the statements only insert.
    let mut full = unsafe { Static::prepare(db, &sql(batch)) }?;
    let full_chunks = rows.len() / batch;
    let chunk = |i: usize| &rows[(i * batch).min(rows.len())..((i + 1) * batch).min(rows.len())];
    chunk(0).iter().for_each(|r| r.prefetch());
    for i in 0..full_chunks {
        // Each statement asks for the next one's rows before it steps
        // (`Static::execute`).
        full.execute(chunk(i), chunk(i + 1), run_id)?;
        (i * batch..(i + 1) * batch).for_each(crate::progress::step);
    }
    let rest = chunk(full_chunks);
    if !rest.is_empty() {
        // SAFETY: as above.
        unsafe { Static::prepare(db, &sql(rest.len())) }?.execute(rest, &[], run_id)?;
    }
    drop(full);
    drop(handle);
    crate::progress::add((rows.len() as u64) % crate::progress::BATCH);
    Ok(())
}

/// A prepared statement on sqlx's connection whose text parameters are
/// bound `SQLITE_STATIC`, read in place. rusqlite binds every text as
/// `SQLITE_TRANSIENT`, which has SQLite copy it into memory of its own:
/// that copy (and its malloc and free) was 37% of the SQLite write on
/// `make bench`'s 1.2M rows (perf). The values bound outlive the one
/// `execute` they are bound for: it steps, resets and clears the bindings
/// before it returns, so SQLite never holds a pointer into them after.
struct Static {
    db: *mut ffi::sqlite3,
    stmt: *mut ffi::sqlite3_stmt,
}

use rusqlite::ffi;

impl Static {
    /// # Safety
    /// `db` must be an open connection that outlives the statement and
    /// that no other thread uses meanwhile.
    unsafe fn prepare(db: *mut ffi::sqlite3, sql: &str) -> sqlx::Result<Static> {
        let len = i32::try_from(sql.len()).map_err(|_| protocol("statement too long"))?;
        let mut stmt = std::ptr::null_mut();
        let rc = ffi::sqlite3_prepare_v2(
            db,
            sql.as_ptr().cast(),
            len,
            &mut stmt,
            std::ptr::null_mut(),
        );
        if rc != ffi::SQLITE_OK || stmt.is_null() {
            if !stmt.is_null() {
                ffi::sqlite3_finalize(stmt);
            }
            return Err(errmsg(db));
        }
        Ok(Static { db, stmt })
    }

    /// Bind each of `rows` to the parameters in order (its id, data
    /// values, hash, and `run_id` as first and last run), run the statement
    /// once, and leave it reset with no bindings. A loop with the values
    /// bound as they are read from the packed row: the chain of iterators
    /// it replaces was 5% of the load's CPU samples (perf, `make bench`).
    /// `ahead`, the next statement's rows, is asked for
    /// (`Row::prefetch`) while SQLite inserts these: the rows are sorted
    /// after they are built, so each row's text and ends were two cache
    /// misses met one after another, and reading a row's id was 7% of
    /// the load's CPU samples. With them asked for, the writes of `make
    /// bench`'s 1.2M rows took 3.07–3.28 s against 3.52–3.91 s (six runs
    /// each, alternated).
    fn execute(&mut self, rows: &[&Row], ahead: &[&Row], run_id: &str) -> sqlx::Result<()> {
        let stmt = self.stmt;
        let mut at: i32 = 0;
        let mut rc = ffi::SQLITE_OK;
        let mut bind = |v: Option<&[u8]>| {
            at = at.saturating_add(1);
            if rc != ffi::SQLITE_OK {
                return;
            }
            // SAFETY: `stmt` is a live prepared statement; the text stays
            // borrowed (`rows` and `run_id` outlive this call) until the
            // bindings are cleared below.
            rc = unsafe {
                match v {
                    None => ffi::sqlite3_bind_null(stmt, at),
                    Some(s) => match i32::try_from(s.len()) {
                        Ok(len) => ffi::sqlite3_bind_text(
                            stmt,
                            at,
                            s.as_ptr().cast(),
                            len,
                            ffi::SQLITE_STATIC(),
                        ),
                        Err(_) => ffi::SQLITE_TOOBIG,
                    },
                }
            };
        };
        for row in rows {
            bind(Some(row.id().as_bytes()));
            row.each_value(&mut bind);
            bind(Some(row.hash().as_bytes()));
            bind(Some(run_id.as_bytes()));
            bind(Some(run_id.as_bytes()));
        }
        let bound = if rc == ffi::SQLITE_OK {
            Ok(())
        } else if rc == ffi::SQLITE_TOOBIG {
            Err(protocol("a value is too long to bind"))
        } else {
            Err(errmsg(self.db))
        };
        ahead.iter().for_each(|r| r.prefetch());
        // SAFETY: as above; reset and clear_bindings only touch `stmt`.
        let stepped = bound.and_then(|()| match unsafe { ffi::sqlite3_step(stmt) } {
            ffi::SQLITE_DONE => Ok(()),
            _ => Err(errmsg(self.db)),
        });
        unsafe {
            ffi::sqlite3_reset(stmt);
            ffi::sqlite3_clear_bindings(stmt);
        }
        stepped
    }
}

impl Drop for Static {
    fn drop(&mut self) {
        // SAFETY: finalized once, here; `db` is still open (see `prepare`).
        unsafe {
            ffi::sqlite3_finalize(self.stmt);
        }
    }
}

fn protocol(what: &str) -> sqlx::Error {
    sqlx::Error::Protocol(format!("SQLite: {what}"))
}

/// The connection's last error, as rusqlite would have reported it (the
/// message names tables and constraints, never a value).
fn errmsg(db: *mut ffi::sqlite3) -> sqlx::Error {
    // SAFETY: `db` is open; errmsg returns a NUL-terminated string owned by
    // SQLite, copied out at once.
    let msg = unsafe {
        let p = ffi::sqlite3_errmsg(db);
        if p.is_null() {
            "unknown error".to_string()
        } else {
            std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
        }
    };
    protocol(&msg)
}

/// Rows per insert statement.
const BATCH: usize = 64;

/// Drop the secondary indexes of every table written in bulk (see
/// `WriteMode`); returns the statements that build them again, once, after
/// the write. Inside the load's transaction, like everything else. Foreign
/// keys stay: SQLite checks them against the parent's primary key cheaply.
pub(super) async fn set_aside(
    conn: &mut SqliteConnection,
    modes: &[(&str, WriteMode)],
) -> sqlx::Result<Vec<String>> {
    let mut restore = Vec::new();
    for (table, mode) in modes {
        if *mode == WriteMode::Rows {
            continue;
        }
        let indexes: Vec<(String, String)> = sqlx::query_as(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
        )
        .bind(*table)
        .fetch_all(&mut *conn)
        .await?;
        for (name, sql) in indexes {
            sqlx::query(own_sql!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))
                .execute(&mut *conn)
                .await?;
            restore.push(sql);
        }
    }
    Ok(restore)
}

pub(super) async fn restore(
    conn: &mut SqliteConnection,
    statements: &[String],
) -> sqlx::Result<()> {
    for group in super::restore_groups(statements) {
        let _phase = tracing::debug_span!("rebuild", what = group.0, statements = group.1.len());
        // What `set_aside` read from the target's catalog for its own
        // indexes and keys, and `ANALYZE` of its own tables.
        for sql in group.1 {
            sqlx::query(AssertSqlSafe(sql.as_str()))
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(())
}

pub(super) async fn retire(
    conn: &mut SqliteConnection,
    table: &str,
    ids: &[String],
    run_id: &str,
) -> sqlx::Result<()> {
    for batch in ids.chunks(MAX_PARAMS - 2) {
        let mut qb: QueryBuilder<Sqlite> =
            QueryBuilder::new(format!("UPDATE {table} SET retired_run = "));
        qb.push_bind(run_id)
            .push(", last_run = ")
            .push_bind(run_id)
            .push(" WHERE id IN (");
        let mut sep = qb.separated(", ");
        for id in batch {
            sep.push_bind(id.as_str());
        }
        qb.push(")");
        qb.build().execute(&mut *conn).await?;
        crate::progress::add(batch.len() as u64);
    }
    Ok(())
}

pub(super) async fn write_ledger(
    conn: &mut SqliteConnection,
    l: &super::Ledger<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO migration_run (run_id, started, finished, config_hash, code_version, schema_version, input_counts, table_counts) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) \
         ON CONFLICT (run_id) DO UPDATE SET started = excluded.started, finished = excluded.finished, \
         config_hash = excluded.config_hash, code_version = excluded.code_version, schema_version = excluded.schema_version, \
         input_counts = excluded.input_counts, table_counts = excluded.table_counts",
    )
    .bind(&l.run.id)
    .bind(&l.run.started)
    .bind(&l.finished)
    .bind(&l.run.config_hash)
    .bind(&l.run.code_version)
    .bind(l.schema_version)
    .bind(&l.input_counts)
    .bind(&l.table_counts)
    .execute(conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row reaches the table, with its values, hash and run, whatever
    /// its count against the rows a statement takes: none, one, a
    /// statement's less one, one statement's, one more, and several
    /// statements' with some over (each statement asks for the next one's
    /// rows, and the last rows go in a statement of their own).
    #[tokio::test]
    async fn insert_writes_every_row_whatever_the_count() {
        let spec = TableSpec {
            name: "t",
            columns: &["a", "b"],
            append_only: false,
        };
        for n in [0, 1, BATCH - 1, BATCH, BATCH + 1, 3 * BATCH + 5] {
            let mut conn =
                SqliteConnection::connect_with(&SqliteConnectOptions::new().in_memory(true))
                    .await
                    .unwrap();
            sqlx::query(
                "CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, \
                 row_hash TEXT NOT NULL, first_run TEXT NOT NULL, last_run TEXT NOT NULL)",
            )
            .execute(&mut conn)
            .await
            .unwrap();
            let rows: Vec<Row> = (0..n)
                .map(|i| {
                    Row::new(
                        format!("T{i:05}"),
                        vec![Some(format!("a{i}")), (i % 3 != 0).then(|| format!("b{i}"))],
                    )
                })
                .collect();
            let refs: Vec<&Row> = rows.iter().collect();
            insert(&mut conn, &spec, &refs, "run-1").await.unwrap();
            let got: Vec<(String, String, Option<String>, String, String, String)> =
                sqlx::query_as("SELECT id, a, b, row_hash, first_run, last_run FROM t ORDER BY id")
                    .fetch_all(&mut conn)
                    .await
                    .unwrap();
            assert_eq!(got.len(), n, "{n} rows written");
            for (row, (id, a, b, hash, first, last)) in rows.iter().zip(&got) {
                let values: Vec<Option<&str>> = row.values().collect();
                assert_eq!(id, row.id());
                assert_eq!(Some(a.as_str()), values[0]);
                assert_eq!(b.as_deref(), values[1]);
                assert_eq!(hash, row.hash());
                assert_eq!((first.as_str(), last.as_str()), ("run-1", "run-1"));
            }
        }
    }
}
