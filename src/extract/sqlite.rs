//! SQLite files (Access-era copies of legacy systems), opened read-only.
//! A table is read as `SELECT *`; a query as written (SELECT or WITH only,
//! checked at load). Rows stream through `Stager` as sqlx yields them: the
//! mapped closure stages each row and returns `()`, so nothing accumulates
//! but the staged records.

use super::cell::Cell;
use super::stage::Stager;
use super::{sqlite_types, Extracted, Fail, FailAt, ReadCtx};
use crate::mapping::{Location, Relation, SourceMapping};
use sqlx::sqlite::{SqliteConnectOptions, SqliteRow};
use sqlx::{AssertSqlSafe, Column, ConnectOptions, Executor, Row, SqlSafeStr, Statement};

pub(crate) async fn read(cx: ReadCtx, m: &SourceMapping) -> Result<Extracted, Fail> {
    let Location::Sqlite { path, relation } = &m.location else {
        return Err(Fail::new(FailAt::Source, "not an SQLite mapping"));
    };
    if !path.is_file() {
        return Err(Fail::new(
            FailAt::Path,
            format!("file not found: {}", path.display()),
        ));
    }
    let file = path.display().to_string();
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        // The worker thread hands rows over a channel; a deeper buffer lets
        // it run ahead instead of waking the reader for every row.
        .row_buffer_size(4096)
        .connect()
        .await
        .map_err(|e| Fail::new(FailAt::Path, format!("cannot open {file} as SQLite: {e}")))?;
    let (sql, label) = match relation {
        Relation::Table(t) => {
            let found: Option<String> = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?1 COLLATE NOCASE",
            )
            .bind(t)
            .fetch_optional(&mut conn)
            .await
            .map_err(|e| Fail::new(FailAt::Path, format!("{file} is not a readable SQLite database: {e}")))?;
            let Some(name) = found else {
                let tables: Vec<String> =
                    sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name LIMIT 30")
                        .fetch_all(&mut conn)
                        .await
                        .unwrap_or_default();
                return Err(Fail::new(
                    FailAt::Relation,
                    format!("{file} has no table {t:?} (it has {tables:?})"),
                ));
            };
            (
                format!("SELECT * FROM \"{}\"", name.replace('"', "\"\"")),
                name,
            )
        }
        Relation::Query(q) => (q.clone(), String::new()),
    };
    // A table name quoted as an identifier, or the query the mapping file
    // gives: the council's own SQL for its own extract, not data.
    let sql = AssertSqlSafe(sql).into_sql_str();
    let header: Vec<String> = {
        let stmt = (&mut conn).prepare(sql.clone()).await.map_err(|e| {
            Fail::new(
                FailAt::Relation,
                format!("{file}: the query cannot run: {e}"),
            )
        })?;
        stmt.columns()
            .iter()
            .map(|c| c.name().to_string())
            .collect()
    };
    let looked_in = if label.is_empty() {
        format!("{file}: the query")
    } else {
        format!("{file}: table {label:?}")
    };
    let mut stager = Stager::new(cx, m, &header, label, false)
        .map_err(|missing| Fail::missing(missing, looked_in))?;
    let width = header.len();
    let mut cells = vec![Cell::Null; width];
    let mut n = 0u64;
    sqlx::query(sql)
        .try_map(|row: SqliteRow| {
            n += 1;
            for (i, c) in cells.iter_mut().enumerate() {
                match row.try_get_raw(i) {
                    Ok(v) => sqlite_types::set(v, c),
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
