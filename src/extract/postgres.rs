//! PostgreSQL sources through one sqlx connection (not `AnyPool`: dates and
//! decimals need the real types). The session is read-only and only the
//! mapping's SELECT is sent. Column types go through `postgres_types`; a
//! mapped column of a type it cannot read stops the source with an error
//! naming the column and type.

use super::cell::Cell;
use super::stage::Stager;
use super::{postgres_types, scrub, Extracted, Fail, FailAt, ReadCtx, CONNECT_TIMEOUT};
use crate::mapping::{Location, Relation, SourceMapping};
use sqlx::postgres::{PgConnectOptions, PgRow, PgSslMode};
use sqlx::{AssertSqlSafe, Column, ConnectOptions, Executor, Row, SqlSafeStr, Statement, TypeInfo};

pub(crate) async fn read(cx: ReadCtx, m: &SourceMapping) -> Result<Extracted, Fail> {
    let Location::Server {
        url, relation, tls, ..
    } = &m.location
    else {
        return Err(Fail::new(FailAt::Source, "not a server mapping"));
    };
    let raw = url.expose();
    let mut opts: PgConnectOptions = raw.parse().map_err(|e: sqlx::Error| {
        Fail::new(
            FailAt::Url,
            format!(
                "url {url} is not a PostgreSQL URL: {}",
                scrub(&e.to_string(), raw)
            ),
        )
    })?;
    if !tls {
        opts = opts.ssl_mode(PgSslMode::Disable);
    }
    // The server refuses writes in this session whatever is sent.
    opts = opts.options([("default_transaction_read_only", "on")]);
    let mut conn = match tokio::time::timeout(CONNECT_TIMEOUT, opts.connect()).await {
        Ok(Ok(c)) => c,
        Ok(Err(e)) => {
            return Err(Fail::new(
                FailAt::Url,
                format!("cannot connect to {url}: {}", scrub(&e.to_string(), raw)),
            ))
        }
        Err(_) => {
            return Err(Fail::new(
                FailAt::Url,
                format!(
                    "cannot connect to {url}: no answer in {}s",
                    CONNECT_TIMEOUT.as_secs()
                ),
            ))
        }
    };
    let (sql, label) = match relation {
        Relation::Table(t) => {
            let (schema, table) = match t.split_once('.') {
                Some((s, t)) => (Some(s), t),
                None => (None, t.as_str()),
            };
            let found: Option<(String, String)> = sqlx::query_as(
                "SELECT table_schema::text, table_name::text FROM information_schema.tables \
                 WHERE table_name = $2 AND (table_schema = $1 OR ($1 IS NULL AND table_schema = ANY(current_schemas(false)))) \
                 LIMIT 1",
            )
            .bind(schema)
            .bind(table)
            .fetch_optional(&mut conn)
            .await
            .map_err(|e| Fail::new(FailAt::Relation, format!("{url}: cannot list tables: {}", scrub(&e.to_string(), raw))))?;
            let Some((schema, name)) = found else {
                return Err(Fail::new(
                    FailAt::Relation,
                    format!("{url} has no table {t:?}"),
                ));
            };
            let quoted = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            (
                format!("SELECT * FROM {}.{}", quoted(&schema), quoted(&name)),
                name,
            )
        }
        Relation::Query(q) => (q.clone(), String::new()),
    };
    // A table name quoted as an identifier, or the query the mapping file
    // gives: the council's own SQL for its own extract, not data.
    let sql = AssertSqlSafe(sql).into_sql_str();
    let (header, types): (Vec<String>, Vec<sqlx::postgres::PgTypeInfo>) = {
        let stmt = (&mut conn).prepare(sql.clone()).await.map_err(|e| {
            Fail::new(
                FailAt::Relation,
                format!(
                    "{url}: the query cannot run: {}",
                    scrub(&e.to_string(), raw)
                ),
            )
        })?;
        stmt.columns()
            .iter()
            .map(|c| (c.name().to_string(), c.type_info().clone()))
            .unzip()
    };
    let looked_in = if label.is_empty() {
        "the query".to_string()
    } else {
        format!("table {label:?}")
    };
    let mut stager = Stager::new(cx, m, &header, label, false)
        .map_err(|missing| Fail::missing(missing, looked_in))?;
    let mut kinds = Vec::with_capacity(types.len());
    for (i, ty) in types.iter().enumerate() {
        let k = postgres_types::kind(ty);
        let readable = !matches!(k, None | Some(postgres_types::Kind::Unsupported));
        if !readable && stager.is_mapped(i as u32) {
            return Err(Fail::new(
                FailAt::Relation,
                format!(
                    "column {:?} has type {}, which onefamily cannot read",
                    header[i],
                    ty.name()
                ),
            ));
        }
        kinds.push(k.unwrap_or(postgres_types::Kind::Unsupported));
    }
    let mut cells = vec![Cell::Null; header.len()];
    let mut n = 0u64;
    sqlx::query(sql)
        .try_map(|row: PgRow| {
            n += 1;
            for (i, c) in cells.iter_mut().enumerate() {
                match row.try_get_raw(i) {
                    Ok(v) => postgres_types::set(v, kinds[i], c),
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
                format!(
                    "{url}: reading stopped after row {n}: {}",
                    scrub(&e.to_string(), raw)
                ),
            )
        })?;
    Ok(stager.finish())
}
