//! The PostgreSQL target. One connection does the whole run: it holds a
//! session advisory lock (a second run refuses), then in one transaction runs
//! the migrations, reads the current state, and writes the changes: new rows
//! by COPY straight into their table, changed rows by COPY into a temporary
//! table and one upsert from it (which keeps `first_run`). A table written in
//! bulk has its foreign keys and secondary indexes set aside while it is
//! written and rebuilt (and checked) before commit.

use super::diff::{Existing, Row};
use super::schema::{write_columns, TableSpec};
use super::stable::{record_key, Prior};
use super::{db_err, LoadReport, RunInfo, WriteMode};
use crate::model::Unified;
use crate::{Error, Result};
use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::{AssertSqlSafe, Connection};
use std::collections::HashMap;
use std::str::FromStr;
use std::time::Duration;

/// Advisory lock key for "a onefamily run is loading this database"
/// (the bytes of "onefamil").
const LOCK_KEY: i64 = 0x6f6e_6566_616d_696c;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);

/// COPY lines are written this many items to a part (about 1 MB for the
/// widest tables), and this many parts at a time. While a window is
/// formatted the server reads only what the socket still holds: windows of
/// 4 parts rather than 16 kept it fed (writes on `make bench`'s estate
/// 2.25–2.37 s → 2.14–2.26 s, four runs each, alternated).
const COPY_PART: usize = 4096;
const COPY_WINDOW: usize = 4;

/// How many rows ahead of the one being formatted a COPY part asks for
/// (`Row::prefetch`).
const AHEAD: usize = 8;

async fn connect(url: &str, label: &str) -> Result<PgConnection> {
    let opts =
        PgConnectOptions::from_str(url).map_err(|e| db_err(label, "bad connection URL", e))?;
    match tokio::time::timeout(CONNECT_TIMEOUT, PgConnection::connect_with(&opts)).await {
        Ok(conn) => conn.map_err(|e| db_err(label, "cannot connect", e)),
        Err(_) => Err(Error::Load(format!(
            "{label}: cannot connect: no answer within {}s",
            CONNECT_TIMEOUT.as_secs()
        ))),
    }
}

async fn lock(conn: &mut PgConnection, label: &str) -> Result<()> {
    let got: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
        .bind(LOCK_KEY)
        .fetch_one(conn)
        .await
        .map_err(|e| db_err(label, "cannot take the run lock", e))?;
    if got {
        Ok(())
    } else {
        Err(Error::Load(format!(
            "{label}: another onefamily run is loading this database; run again when it has finished"
        )))
    }
}

async fn unlock(conn: &mut PgConnection, label: &str) -> Result<()> {
    sqlx::query("SELECT pg_advisory_unlock($1)")
        .bind(LOCK_KEY)
        .execute(conn)
        .await
        .map_err(|e| db_err(label, "cannot release the run lock", e))?;
    Ok(())
}

pub(super) async fn table_exists(conn: &mut PgConnection, name: &str) -> sqlx::Result<bool> {
    sqlx::query_scalar("SELECT to_regclass($1) IS NOT NULL")
        .bind(name)
        .fetch_one(conn)
        .await
}

async fn applied_version(conn: &mut PgConnection) -> sqlx::Result<Option<i64>> {
    if !table_exists(conn, "_sqlx_migrations").await? {
        return Ok(None);
    }
    sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
        .fetch_one(conn)
        .await
}

pub(super) async fn preflight(url: &str, label: &str) -> Result<()> {
    let mut conn = connect(url, label).await?;
    lock(&mut conn, label).await?;
    unlock(&mut conn, label).await?;
    let version = applied_version(&mut conn)
        .await
        .map_err(|e| db_err(label, "cannot read", e))?;
    super::check_version(version, label)?;
    // The privileges a load needs: temporary tables for COPY, CREATE in the
    // schema while migrations are pending, and read/write on every table.
    let temp: bool =
        sqlx::query_scalar("SELECT has_database_privilege(current_database(), 'TEMPORARY')")
            .fetch_one(&mut conn)
            .await
            .map_err(|e| db_err(label, "cannot check privileges", e))?;
    if !temp {
        return Err(Error::Load(format!(
            "{label}: the user may not create temporary tables"
        )));
    }
    let latest = super::migrator(super::PG_MIGRATIONS)
        .iter()
        .map(|m| m.version)
        .max();
    if version < latest {
        let create: bool =
            sqlx::query_scalar("SELECT has_schema_privilege(current_schema(), 'CREATE')")
                .fetch_one(&mut conn)
                .await
                .map_err(|e| db_err(label, "cannot check privileges", e))?;
        if !create {
            return Err(Error::Load(format!(
                "{label}: the schema needs creating or migrating, and the user may not create tables in it"
            )));
        }
    }
    if version.is_some() {
        let tables = super::schema::TABLES
            .iter()
            .map(|s| s.name)
            .chain(["migration_run"]);
        for name in tables {
            if !table_exists(&mut conn, name).await.unwrap_or(false) {
                continue;
            }
            // One privilege per call: with several, has_table_privilege is
            // true when any one of them is held.
            let ok: bool = sqlx::query_scalar(
                "SELECT has_table_privilege($1, 'SELECT') AND has_table_privilege($1, 'INSERT') \
                 AND has_table_privilege($1, 'UPDATE')",
            )
            .bind(name)
            .fetch_one(&mut conn)
            .await
            .map_err(|e| db_err(label, "cannot check privileges", e))?;
            if !ok {
                return Err(Error::Load(format!(
                    "{label}: the user may not read and write table {name}"
                )));
            }
        }
    }
    conn.close().await.map_err(|e| db_err(label, "close", e))
}

pub(super) async fn load(
    url: &str,
    u: &Unified,
    run: &RunInfo,
    dry_run: bool,
    label: &str,
) -> Result<LoadReport> {
    let mut conn = connect(url, label).await?;
    lock(&mut conn, label).await?;
    let result = locked_load(&mut conn, u, run, dry_run, label).await;
    // Closing the session would release the lock too; unlock explicitly so a
    // pooled or reused connection never keeps it.
    let unlocked = unlock(&mut conn, label).await;
    let report = result?;
    unlocked?;
    conn.close().await.map_err(|e| db_err(label, "close", e))?;
    Ok(report)
}

async fn locked_load(
    conn: &mut PgConnection,
    u: &Unified,
    run: &RunInfo,
    dry_run: bool,
    label: &str,
) -> Result<LoadReport> {
    let version = applied_version(conn)
        .await
        .map_err(|e| db_err(label, "cannot read", e))?;
    super::check_version(version, label)?;
    // REPEATABLE READ gives a dry run one snapshot of every table.
    let mut tx = conn
        .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ")
        .await
        .map_err(|e| db_err(label, "cannot start the load", e))?;
    if dry_run {
        let report = super::apply(&mut super::Db::Pg(&mut tx), u, run, true, label).await?;
        tx.rollback()
            .await
            .map_err(|e| db_err(label, "rollback", e))?;
        return Ok(report);
    }
    // Migrations inside the load's transaction (as savepoints): an
    // interrupted first load leaves not even an empty schema behind.
    let phase = tracing::debug_span!("migrate");
    super::migrator(super::PG_MIGRATIONS)
        .run(&mut *tx)
        .await
        .map_err(|e| db_err(label, "migrating the schema", e))?;
    drop(phase);
    let report = super::apply(&mut super::Db::Pg(&mut tx), u, run, false, label).await?;
    let phase = tracing::debug_span!("commit");
    tx.commit().await.map_err(|e| db_err(label, "commit", e))?;
    drop(phase);
    Ok(report)
}

pub(super) async fn read_existing(
    conn: &mut PgConnection,
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

pub(super) async fn read_prior(conn: &mut PgConnection) -> sqlx::Result<Prior> {
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

/// Append one value in COPY text format: `\N` for NULL, backslash escapes
/// for the characters that delimit fields and rows.
fn push_copy_value(out: &mut Vec<u8>, v: Option<&str>) {
    match v {
        None => out.extend_from_slice(b"\\N"),
        // Most values hold nothing to escape: copied whole.
        Some(s)
            if !s
                .bytes()
                .any(|b| matches!(b, b'\\' | b'\t' | b'\n' | b'\r')) =>
        {
            out.extend_from_slice(s.as_bytes())
        }
        Some(s) => {
            for &b in s.as_bytes() {
                match b {
                    b'\\' => out.extend_from_slice(b"\\\\"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    _ => out.push(b),
                }
            }
        }
    }
}

/// How a column travels in COPY's binary format: text as its bytes (what
/// `text`, `varchar` and `bpchar` receive), an integer as big-endian bytes
/// of its width. Binary COPY spares the server parsing delimiters and
/// escapes: lineage's 282,107 rows, alone (`\copy`, six runs each,
/// alternated), took a median 806 ms against 914 ms as text. In a whole
/// load the gain was not shown above a noisy machine's spread (README).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wire {
    Text,
    Int2,
    Int4,
    Int8,
}

impl Wire {
    fn of(type_name: &str) -> Option<Wire> {
        match type_name {
            "text" | "varchar" | "bpchar" => Some(Wire::Text),
            "int2" => Some(Wire::Int2),
            "int4" => Some(Wire::Int4),
            "int8" => Some(Wire::Int8),
            _ => None,
        }
    }
}

/// The wire of each of `columns` of `table`, in order, from the target's
/// catalog. None when a column has another type (a schema changed by hand,
/// a domain): that table's rows then go as text, which the server parses
/// into any type.
async fn wires(
    conn: &mut PgConnection,
    table: &str,
    columns: &[&str],
) -> sqlx::Result<Option<Vec<Wire>>> {
    let types: HashMap<String, String> = sqlx::query_as(
        "SELECT a.attname::text, t.typname::text FROM pg_attribute a \
         JOIN pg_type t ON t.oid = a.atttypid \
         WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped",
    )
    .bind(table)
    .fetch_all(conn)
    .await?
    .into_iter()
    .collect();
    Ok(columns
        .iter()
        .map(|c| types.get(*c).and_then(|t| Wire::of(t)))
        .collect())
}

/// Append one value in COPY binary format: its length (-1 for NULL), then
/// its bytes. None when the value does not fit the wire: an integer column
/// holding something else, or a text over 2 GiB.
fn push_binary_value(out: &mut Vec<u8>, v: Option<&str>, wire: Wire) -> Option<()> {
    let Some(s) = v else {
        out.extend_from_slice(&(-1i32).to_be_bytes());
        return Some(());
    };
    // The server's integer input takes surrounding spaces; so does this.
    match wire {
        Wire::Text => {
            out.extend_from_slice(&i32::try_from(s.len()).ok()?.to_be_bytes());
            out.extend_from_slice(s.as_bytes());
        }
        Wire::Int2 => {
            out.extend_from_slice(&2i32.to_be_bytes());
            out.extend_from_slice(&s.trim().parse::<i16>().ok()?.to_be_bytes());
        }
        Wire::Int4 => {
            out.extend_from_slice(&4i32.to_be_bytes());
            out.extend_from_slice(&s.trim().parse::<i32>().ok()?.to_be_bytes());
        }
        Wire::Int8 => {
            out.extend_from_slice(&8i32.to_be_bytes());
            out.extend_from_slice(&s.trim().parse::<i64>().ok()?.to_be_bytes());
        }
    }
    Some(())
}

/// How one table's rows are written: as text, or in binary with each
/// column's wire (`write_columns` order).
enum Copy {
    Text,
    Binary(Vec<Wire>),
}

impl Copy {
    async fn of(conn: &mut PgConnection, spec: &TableSpec) -> sqlx::Result<Copy> {
        Ok(match wires(conn, spec.name, &write_columns(spec)).await? {
            Some(w) => Copy::Binary(w),
            None => Copy::Text,
        })
    }

    /// Append one row: id, data values, hash, and the run as `first_run`
    /// and `last_run` (the order of `write_columns`). Err names the
    /// column (its place) whose value does not fit, never the value.
    fn push_row(&self, out: &mut Vec<u8>, row: &Row, run_id: &str) -> Result<(), usize> {
        let fields = std::iter::once(Some(row.id())).chain(row.values()).chain([
            Some(row.hash()),
            Some(run_id),
            Some(run_id),
        ]);
        match self {
            Copy::Text => {
                for (i, v) in fields.enumerate() {
                    if i > 0 {
                        out.push(b'\t');
                    }
                    push_copy_value(out, v);
                }
                out.push(b'\n');
            }
            Copy::Binary(wires) => {
                let n = i16::try_from(wires.len()).map_err(|_| 0usize)?;
                out.extend_from_slice(&n.to_be_bytes());
                let mut written = 0;
                for (i, v) in fields.enumerate() {
                    push_binary_value(out, v, *wires.get(i).ok_or(i)?).ok_or(i)?;
                    written = i + 1;
                }
                // A row with fewer values than columns: the server would
                // refuse the tuple; say which column is missing.
                if written != wires.len() {
                    return Err(written);
                }
            }
        }
        Ok(())
    }
}

/// The header of a binary COPY: signature, flags, no extension.
const BINARY_HEADER: &[u8] = b"PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0";

/// COPY rows into `table (columns)`, `push` writing each one (in binary
/// when `binary`, with its header and trailer). Rows are written in
/// parallel, `COPY_PART` items to a part and a window of parts at a time,
/// and go out in item order: formatting was most of a COPY's time (1.8 of
/// 2.6 s for 1.2M rows, measured), the server keeping up. A row `push`
/// cannot write aborts the COPY with the column's name (never its value).
/// `ahead` is called with the item `AHEAD` places on in the part: a row's
/// text and ends are asked for before they are formatted (`Row::prefetch`;
/// COPY of `make bench`'s 1.2M rows 2.00–2.22 s against 2.20–2.34 s, four
/// runs each, alternated).
async fn copy_in<T: Sync>(
    conn: &mut PgConnection,
    table: &str,
    columns: &[&str],
    binary: bool,
    items: &[T],
    push: impl Fn(&mut Vec<u8>, &T) -> Result<(), usize> + Sync,
    ahead: impl Fn(&T) + Sync,
) -> sqlx::Result<()> {
    use rayon::prelude::*;
    let format = if binary { " WITH (FORMAT binary)" } else { "" };
    let mut copy = conn
        .copy_in_raw(&format!(
            "COPY {table} ({}) FROM STDIN{format}",
            columns.join(", ")
        ))
        .await?;
    if binary {
        copy.send(BINARY_HEADER).await?;
    }
    for window in items.chunks(COPY_PART * COPY_WINDOW) {
        let parts: Vec<Result<(Vec<u8>, u64), usize>> = window
            .par_chunks(COPY_PART)
            .map(|part| {
                let mut buf = Vec::with_capacity(COPY_PART * 128);
                for (k, item) in part.iter().enumerate() {
                    if let Some(next) = part.get(k + AHEAD) {
                        ahead(next);
                    }
                    push(&mut buf, item)?;
                }
                Ok((buf, part.len() as u64))
            })
            .collect();
        for part in parts {
            match part {
                Ok((buf, n)) => {
                    copy.send(buf).await?;
                    crate::progress::add(n);
                }
                Err(at) => {
                    let column = columns.get(at).copied().unwrap_or("?");
                    let what = format!(
                        "COPY into {table}: a value of column {column} does not fit its type"
                    );
                    copy.abort(what.clone()).await?;
                    return Err(sqlx::Error::Protocol(what));
                }
            }
        }
    }
    if binary {
        copy.send(&(-1i16).to_be_bytes()[..]).await?;
    }
    copy.finish().await?;
    Ok(())
}

/// Rows the diff found missing go straight into the table by COPY: the
/// diff read the table inside this transaction and the run lock keeps other
/// runs out, so none of them can be there (if another writer put one there,
/// the primary key refuses it and the load rolls back).
pub(super) async fn insert(
    conn: &mut PgConnection,
    spec: &TableSpec,
    rows: &[&Row],
    run_id: &str,
) -> sqlx::Result<()> {
    copy_rows(conn, spec.name, spec, rows, run_id).await
}

/// COPY `rows` of `spec`'s table into `into`: the table, or a stage made
/// `LIKE` it (whose types are the table's).
async fn copy_rows(
    conn: &mut PgConnection,
    into: &str,
    spec: &TableSpec,
    rows: &[&Row],
    run_id: &str,
) -> sqlx::Result<()> {
    let how = Copy::of(conn, spec).await?;
    let binary = matches!(how, Copy::Binary(_));
    copy_in(
        conn,
        into,
        &write_columns(spec),
        binary,
        rows,
        |buf, row| how.push_row(buf, row, run_id),
        |row| row.prefetch(),
    )
    .await
}

/// Changed and revived rows: COPY into a temporary table, then one upsert
/// from it (which keeps `first_run`).
pub(super) async fn upsert(
    conn: &mut PgConnection,
    spec: &TableSpec,
    rows: &[&Row],
    run_id: &str,
) -> sqlx::Result<()> {
    let cols = write_columns(spec).join(", ");
    let stage = format!("onefamily_stage_{}", spec.name);
    sqlx::query(own_sql!(
        "CREATE TEMP TABLE {stage} (LIKE {} INCLUDING DEFAULTS) ON COMMIT DROP",
        spec.name
    ))
    .execute(&mut *conn)
    .await?;
    copy_rows(conn, &stage, spec, rows, run_id).await?;
    sqlx::query(own_sql!(
        "INSERT INTO {} ({cols}) SELECT {cols} FROM {stage}{}",
        spec.name,
        super::upsert_suffix(spec)
    ))
    .execute(&mut *conn)
    .await?;
    sqlx::query(own_sql!("DROP TABLE {stage}"))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Drop, inside the load's transaction, the foreign keys and secondary
/// indexes of every table written in bulk, and the primary key of every
/// table written fresh (with the foreign keys that point at it). Returns the
/// statements that restore them, in order: primary keys, indexes, foreign
/// keys. The definitions come from the catalog, so the migrations stay the
/// one description of the schema. Restoring checks every foreign key over
/// the whole table in one join, where row-by-row checks would lock and look
/// up a parent row per row written.
pub(super) async fn set_aside(
    conn: &mut PgConnection,
    modes: &[(&str, WriteMode)],
) -> sqlx::Result<Vec<String>> {
    let bulk: Vec<String> = modes
        .iter()
        .filter(|(_, m)| *m != WriteMode::Rows)
        .map(|(t, _)| t.to_string())
        .collect();
    let fresh: Vec<String> = modes
        .iter()
        .filter(|(_, m)| *m == WriteMode::Fresh)
        .map(|(t, _)| t.to_string())
        .collect();
    if bulk.is_empty() {
        return Ok(Vec::new());
    }
    // Only a table's owner may drop its constraints. A user who may write
    // but not own the tables gets the row-by-row path.
    let owns_all: bool = sqlx::query_scalar(
        "SELECT COALESCE(bool_and(pg_has_role(c.relowner, 'USAGE')), false) FROM pg_class c \
         WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' \
         AND c.relname = ANY($1)",
    )
    .bind(
        super::schema::TABLES
            .iter()
            .map(|s| s.name)
            .collect::<Vec<_>>(),
    )
    .fetch_one(&mut *conn)
    .await?;
    if !owns_all {
        tracing::debug!("Not the tables' owner: writing row by row.");
        return Ok(Vec::new());
    }
    // (drop, restore, kind) with kind 0 = foreign key, 1 = primary key,
    // 2 = index: dropped in that order, restored in reverse.
    let constraints: Vec<(String, String, i32)> = sqlx::query_as(
        "SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname), \
                format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)), \
                CASE c.contype WHEN 'f' THEN 0 ELSE 1 END \
         FROM pg_constraint c \
         WHERE c.connamespace = current_schema()::regnamespace AND ( \
               (c.contype = 'f' AND (c.conrelid::regclass::text = ANY($1) OR c.confrelid::regclass::text = ANY($2))) \
            OR (c.contype = 'p' AND c.conrelid::regclass::text = ANY($2))) \
         ORDER BY 3, c.conrelid::regclass::text, c.conname",
    )
    .bind(&bulk)
    .bind(&fresh)
    .fetch_all(&mut *conn)
    .await?;
    let indexes: Vec<(String, String, i32)> = sqlx::query_as(
        "SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid), 2 \
         FROM pg_index i \
         WHERE i.indrelid::regclass::text = ANY($1) \
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) \
         ORDER BY 1",
    )
    .bind(&bulk)
    .fetch_all(&mut *conn)
    .await?;
    let mut restore = Vec::new();
    for (drop, add, _) in constraints.iter().chain(&indexes) {
        // Statements the catalog gave for the target's own keys and indexes.
        sqlx::query(AssertSqlSafe(drop.as_str()))
            .execute(&mut *conn)
            .await?;
        restore.push(add.clone());
    }
    restore.reverse();
    // Tables the planner has not seen at this size yet: statistics for the
    // foreign-key checks' joins and the queries after the load.
    for t in &bulk {
        restore.push(format!("ANALYZE {t}"));
    }
    // Index builds sort in memory up to this much (the default is 64MB).
    sqlx::query("SET LOCAL maintenance_work_mem = '256MB'")
        .execute(&mut *conn)
        .await?;
    // The ANALYZE above samples 3,000 rows a table rather than 30,000: the
    // read-back checks' joins plan as well on it (verify 1.4 s either way,
    // 25,000 families) and the load's ANALYZE falls from 1.5 s to 0.2 s.
    // For this transaction only; `ANALYZE` afterwards gives finer statistics.
    sqlx::query("SET LOCAL default_statistics_target = 10")
        .execute(&mut *conn)
        .await?;
    Ok(restore)
}

pub(super) async fn restore(conn: &mut PgConnection, statements: &[String]) -> sqlx::Result<()> {
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
    conn: &mut PgConnection,
    table: &str,
    ids: &[String],
    run_id: &str,
) -> sqlx::Result<()> {
    let stage = format!("onefamily_retire_{table}");
    sqlx::query(own_sql!(
        "CREATE TEMP TABLE {stage} (id TEXT PRIMARY KEY) ON COMMIT DROP"
    ))
    .execute(&mut *conn)
    .await?;
    copy_in(
        conn,
        &stage,
        &["id"],
        false,
        ids,
        |buf, id| {
            push_copy_value(buf, Some(id));
            buf.push(b'\n');
            Ok(())
        },
        |_| {},
    )
    .await?;
    sqlx::query(own_sql!(
        "UPDATE {table} t SET retired_run = $1, last_run = $1 FROM {stage} r WHERE t.id = r.id"
    ))
    .bind(run_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(own_sql!("DROP TABLE {stage}"))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub(super) async fn write_ledger(
    conn: &mut PgConnection,
    l: &super::Ledger<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO migration_run (run_id, started, finished, config_hash, code_version, schema_version, input_counts, table_counts) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (run_id) DO UPDATE SET started = EXCLUDED.started, finished = EXCLUDED.finished, \
         config_hash = EXCLUDED.config_hash, code_version = EXCLUDED.code_version, schema_version = EXCLUDED.schema_version, \
         input_counts = EXCLUDED.input_counts, table_counts = EXCLUDED.table_counts",
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
    use super::{push_binary_value, push_copy_value, Copy, Wire};
    use crate::load::diff::Row;

    /// COPY's binary values: a length then the bytes, big-endian integers
    /// of the column's width, -1 for NULL; the server's integer input
    /// takes surrounding spaces, and nothing else that is not a number.
    #[test]
    fn binary_values() {
        let mut out = Vec::new();
        push_binary_value(&mut out, None, Wire::Int4).unwrap();
        push_binary_value(&mut out, Some("a\tb"), Wire::Text).unwrap();
        push_binary_value(&mut out, Some(" -2 "), Wire::Int2).unwrap();
        push_binary_value(&mut out, Some("7"), Wire::Int4).unwrap();
        push_binary_value(&mut out, Some("4294967296"), Wire::Int8).unwrap();
        let want: Vec<u8> = [
            &[0xff, 0xff, 0xff, 0xff][..],
            &[0, 0, 0, 3, b'a', b'\t', b'b'],
            &[0, 0, 0, 2, 0xff, 0xfe],
            &[0, 0, 0, 4, 0, 0, 0, 7],
            &[0, 0, 0, 8, 0, 0, 0, 1, 0, 0, 0, 0],
        ]
        .concat();
        assert_eq!(out, want);
        for (v, w) in [
            ("F", Wire::Int4),
            ("", Wire::Int4),
            ("1.5", Wire::Int8),
            ("40000", Wire::Int2),
            ("4294967296", Wire::Int4),
        ] {
            assert!(push_binary_value(&mut out, Some(v), w).is_none(), "{v:?}");
        }
        assert!(push_binary_value(&mut out, Some("x"), Wire::Text).is_some());
    }

    /// A row goes out as its fields in `write_columns` order in both
    /// formats; in binary, the value that does not fit names its column's
    /// place, and a row with fewer values than columns is refused.
    #[test]
    fn rows_in_both_formats() {
        let row = Row::new("id1".into(), vec![Some("3".into()), None]);
        let mut text = Vec::new();
        Copy::Text.push_row(&mut text, &row, "run").unwrap();
        let text = String::from_utf8(text).unwrap();
        assert_eq!(text, format!("id1\t3\t\\N\t{}\trun\trun\n", row.hash()));

        let wires = vec![
            Wire::Text,
            Wire::Int4,
            Wire::Text,
            Wire::Text,
            Wire::Text,
            Wire::Text,
        ];
        let mut bin = Vec::new();
        Copy::Binary(wires.clone())
            .push_row(&mut bin, &row, "run")
            .unwrap();
        assert_eq!(&bin[..2], &6i16.to_be_bytes());
        assert_eq!(&bin[2..9], &[0, 0, 0, 3, b'i', b'd', b'1']);
        assert_eq!(&bin[9..17], &[0, 0, 0, 4, 0, 0, 0, 3]);
        assert_eq!(&bin[17..21], &(-1i32).to_be_bytes());
        assert_eq!(bin.len(), 21 + (4 + 32) + 2 * (4 + 3));

        let mut bad = wires.clone();
        bad[0] = Wire::Int8;
        assert_eq!(
            Copy::Binary(bad).push_row(&mut Vec::new(), &row, "run"),
            Err(0)
        );
        let mut wider = wires.clone();
        wider.push(Wire::Text);
        assert_eq!(
            Copy::Binary(wider).push_row(&mut Vec::new(), &row, "run"),
            Err(6)
        );
        let mut narrower = wires;
        narrower.pop();
        assert_eq!(
            Copy::Binary(narrower).push_row(&mut Vec::new(), &row, "run"),
            Err(5)
        );
    }

    #[test]
    fn copy_escapes() {
        let mut out = Vec::new();
        push_copy_value(&mut out, Some("a\tb\\c\nd\re"));
        out.push(b'|');
        push_copy_value(&mut out, None);
        assert_eq!(String::from_utf8(out).unwrap(), "a\\tb\\\\c\\nd\\re|\\N");
    }
}
