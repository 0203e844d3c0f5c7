//! The PostgreSQL target. One connection does the whole run: it holds a
//! session advisory lock (a second run refuses), then in one transaction runs
//! the migrations, reads the current state, and writes the changes by COPY
//! into temporary tables and one upsert per table from them (COPY is the
//! fastest way in; the upsert keeps `first_run` of rows already there).

use super::diff::{Existing, Row};
use super::schema::{write_columns, TableSpec};
use super::stable::{record_key, Prior};
use super::{db_err, LoadReport, RunInfo};
use crate::model::Unified;
use crate::{Error, Result};
use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::Connection;
use std::collections::HashMap;
use std::str::FromStr;
use std::time::Duration;

/// Advisory lock key for "a onefamily run is loading this database"
/// (the bytes of "onefamil").
const LOCK_KEY: i64 = 0x6f6e_6566_616d_696c;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);

/// COPY data is sent in chunks of about this many bytes.
const COPY_CHUNK: usize = 1 << 20;

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
        for spec in super::schema::TABLES {
            if !table_exists(&mut conn, spec.name).await.unwrap_or(false) {
                continue;
            }
            let ok: bool =
                sqlx::query_scalar("SELECT has_table_privilege($1, 'SELECT, INSERT, UPDATE')")
                    .bind(spec.name)
                    .fetch_one(&mut conn)
                    .await
                    .map_err(|e| db_err(label, "cannot check privileges", e))?;
            if !ok {
                return Err(Error::Load(format!(
                    "{label}: the user may not read and write table {}",
                    spec.name
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
    super::migrator(super::PG_MIGRATIONS)
        .run(&mut *tx)
        .await
        .map_err(|e| db_err(label, "migrating the schema", e))?;
    let report = super::apply(&mut super::Db::Pg(&mut tx), u, run, false, label).await?;
    tx.commit().await.map_err(|e| db_err(label, "commit", e))?;
    Ok(report)
}

pub(super) async fn read_existing(
    conn: &mut PgConnection,
    table: &str,
) -> sqlx::Result<HashMap<String, Existing>> {
    let rows: Vec<(String, String, bool)> = sqlx::query_as(&format!(
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
        let rows: Vec<(String, String)> = sqlx::query_as(&format!(
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

/// COPY `lines` (each yielding one row's values) into `table (columns)`.
async fn copy_rows<'r, I>(
    conn: &mut PgConnection,
    table: &str,
    columns: &str,
    lines: I,
) -> sqlx::Result<()>
where
    I: Iterator<Item = Vec<Option<&'r str>>>,
{
    let mut copy = conn
        .copy_in_raw(&format!("COPY {table} ({columns}) FROM STDIN"))
        .await?;
    let mut buf = Vec::with_capacity(COPY_CHUNK + 4096);
    for values in lines {
        for (i, v) in values.into_iter().enumerate() {
            if i > 0 {
                buf.push(b'\t');
            }
            push_copy_value(&mut buf, v);
        }
        buf.push(b'\n');
        if buf.len() >= COPY_CHUNK {
            copy.send(std::mem::take(&mut buf)).await?;
            buf.reserve(COPY_CHUNK + 4096);
        }
    }
    if !buf.is_empty() {
        copy.send(buf).await?;
    }
    copy.finish().await?;
    Ok(())
}

pub(super) async fn upsert(
    conn: &mut PgConnection,
    spec: &TableSpec,
    rows: &[&Row],
    run_id: &str,
) -> sqlx::Result<()> {
    let cols = write_columns(spec).join(", ");
    let stage = format!("onefamily_stage_{}", spec.name);
    sqlx::query(&format!(
        "CREATE TEMP TABLE {stage} (LIKE {} INCLUDING DEFAULTS) ON COMMIT DROP",
        spec.name
    ))
    .execute(&mut *conn)
    .await?;
    let lines = rows.iter().map(|r| {
        let mut v = Vec::with_capacity(r.values.len() + 4);
        v.push(Some(r.id.as_str()));
        v.extend(r.values.iter().map(|x| x.as_deref()));
        v.extend([Some(r.hash.as_str()), Some(run_id), Some(run_id)]);
        v
    });
    copy_rows(conn, &stage, &cols, lines).await?;
    sqlx::query(&format!(
        "INSERT INTO {} ({cols}) SELECT {cols} FROM {stage}{}",
        spec.name,
        super::upsert_suffix(spec)
    ))
    .execute(&mut *conn)
    .await?;
    sqlx::query(&format!("DROP TABLE {stage}"))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub(super) async fn retire(
    conn: &mut PgConnection,
    table: &str,
    ids: &[String],
    run_id: &str,
) -> sqlx::Result<()> {
    let stage = format!("onefamily_retire_{table}");
    sqlx::query(&format!(
        "CREATE TEMP TABLE {stage} (id TEXT PRIMARY KEY) ON COMMIT DROP"
    ))
    .execute(&mut *conn)
    .await?;
    copy_rows(
        conn,
        &stage,
        "id",
        ids.iter().map(|id| vec![Some(id.as_str())]),
    )
    .await?;
    sqlx::query(&format!(
        "UPDATE {table} t SET retired_run = $1, last_run = $1 FROM {stage} r WHERE t.id = r.id"
    ))
    .bind(run_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(&format!("DROP TABLE {stage}"))
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
    use super::push_copy_value;

    #[test]
    fn copy_escapes() {
        let mut out = Vec::new();
        push_copy_value(&mut out, Some("a\tb\\c\nd\re"));
        out.push(b'|');
        push_copy_value(&mut out, None);
        assert_eq!(String::from_utf8(out).unwrap(), "a\\tb\\\\c\\nd\\re|\\N");
    }
}
