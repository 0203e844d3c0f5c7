//! SQL Server sources through tiberius: an ADO connection string from the
//! environment, TLS unless the mapping says `tls = false` (or the string
//! says `Encrypt=false`), and `ApplicationIntent=ReadOnly` always. Only the
//! mapping's SELECT is sent. Column types go through `sqlserver_types`; a
//! mapped column of a type it cannot read stops the source with an error
//! naming the column and type.
//!
//! tiberius yields rows through the `futures` `Stream` trait, which this
//! crate does not depend on, so the result set is fetched whole and then
//! consumed row by row (each row freed once staged).

use super::cell::Cell;
use super::peek::Peeked;
use super::stage::Stager;
use super::{scrub, sqlserver_types, Extracted, Fail, FailAt, ReadCtx, CONNECT_TIMEOUT};
use crate::mapping::{Location, Relation, Secret, SourceKind, SourceMapping};
use tiberius::{Client, Config, EncryptionLevel};
use tokio::net::TcpStream;
use tokio_util::compat::{Compat, TokioAsyncWriteCompatExt};

/// `[schema].[table]` from `schema.table` or `table`.
fn quoted_table(t: &str) -> String {
    let q = |s: &str| {
        format!(
            "[{}]",
            s.trim()
                .trim_matches(|c| c == '[' || c == ']')
                .replace(']', "]]")
        )
    };
    match t.split_once('.') {
        Some((schema, table)) => format!("{}.{}", q(schema), q(table)),
        None => q(t),
    }
}

type Conn = Client<Compat<TcpStream>>;

/// A logged-in client: TLS unless `tls` is false, read-only intent. Errors
/// name the server's address, never the password.
pub(super) async fn connect(url: &Secret, tls: bool) -> Result<(Conn, String), Fail> {
    let raw = url.expose();
    let mut config = Config::from_ado_string(raw).map_err(|e| {
        Fail::new(
            FailAt::Url,
            format!(
                "url {url} is not an ADO connection string: {}",
                scrub(&e.to_string(), raw)
            ),
        )
    })?;
    if !tls {
        config.encryption(EncryptionLevel::NotSupported);
    }
    config.readonly(true);
    config.application_name("onefamily");
    let addr = config.get_addr();
    let tcp = match tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect(&addr)).await {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => {
            return Err(Fail::new(
                FailAt::Url,
                format!("cannot connect to SQL Server at {addr}: {e}"),
            ))
        }
        Err(_) => {
            return Err(Fail::new(
                FailAt::Url,
                format!(
                    "cannot connect to SQL Server at {addr}: no answer in {}s",
                    CONNECT_TIMEOUT.as_secs()
                ),
            ))
        }
    };
    let _ = tcp.set_nodelay(true);
    match tokio::time::timeout(CONNECT_TIMEOUT, Client::connect(config, tcp.compat_write())).await {
        Ok(Ok(c)) => Ok((c, addr)),
        Ok(Err(e)) => Err(Fail::new(
            FailAt::Url,
            format!(
                "cannot log in to SQL Server at {addr}: {}",
                scrub(&e.to_string(), raw)
            ),
        )),
        Err(_) => Err(Fail::new(
            FailAt::Url,
            format!(
                "cannot log in to SQL Server at {addr}: no answer in {}s",
                CONNECT_TIMEOUT.as_secs()
            ),
        )),
    }
}

/// A `[[lookup]]` table of the same database, read whole through the same
/// type table as the source's rows (a cell of a type onefamily cannot read
/// becomes an unreadable cell, as `peek` makes it).
pub(crate) async fn lookup_table(url: &Secret, tls: bool, table: &str) -> Result<Peeked, String> {
    let (mut client, addr) = connect(url, tls).await.map_err(|f| f.message)?;
    let raw = url.expose();
    let fail = |e: tiberius::error::Error| {
        format!(
            "{addr}: cannot read table {table:?}: {}",
            scrub(&e.to_string(), raw)
        )
    };
    let sql = format!("SELECT * FROM {}", quoted_table(table));
    let mut stream = client.simple_query(sql.as_str()).await.map_err(fail)?;
    let columns: Vec<String> = stream
        .columns()
        .await
        .map_err(fail)?
        .map(|cols| cols.iter().map(|c| c.name().to_string()).collect())
        .unwrap_or_default();
    let rows = stream.into_first_result().await.map_err(fail)?;
    Ok(Peeked {
        kind: SourceKind::SqlServer,
        path: None,
        url: None,
        part: table.to_string(),
        siblings: Vec::new(),
        encoding: None,
        delimiter: None,
        dialect: None,
        columns: Some(columns),
        rows: rows
            .into_iter()
            .zip(1..)
            .map(|(row, n)| {
                (
                    n,
                    row.into_iter()
                        .map(|d| sqlserver_types::to_cell(&d))
                        .collect(),
                )
            })
            .collect(),
    })
}

pub(crate) async fn read(cx: ReadCtx, m: &SourceMapping) -> Result<Extracted, Fail> {
    let Location::Server {
        url, relation, tls, ..
    } = &m.location
    else {
        return Err(Fail::new(FailAt::Source, "not a server mapping"));
    };
    let raw = url.expose();
    let (mut client, addr) = connect(url, *tls).await?;
    let (sql, label) = match relation {
        Relation::Table(t) => (format!("SELECT * FROM {}", quoted_table(t)), t.clone()),
        Relation::Query(q) => (q.clone(), String::new()),
    };
    let what = if label.is_empty() {
        "the query".to_string()
    } else {
        format!("table {label:?}")
    };
    let mut stream = client.simple_query(sql.as_str()).await.map_err(|e| {
        Fail::new(
            FailAt::Relation,
            format!("{addr}: cannot read {what}: {}", scrub(&e.to_string(), raw)),
        )
    })?;
    let columns: Vec<(String, tiberius::ColumnType)> = stream
        .columns()
        .await
        .map_err(|e| {
            Fail::new(
                FailAt::Relation,
                format!("{addr}: cannot read {what}: {}", scrub(&e.to_string(), raw)),
            )
        })?
        .map(|cols| {
            cols.iter()
                .map(|c| (c.name().to_string(), c.column_type()))
                .collect()
        })
        .unwrap_or_default();
    let header: Vec<&str> = columns.iter().map(|(n, _)| n.as_str()).collect();
    let mut stager = Stager::new(cx, m, &header, label, false)
        .map_err(|missing| Fail::missing(missing, format!("{addr}: {what}")))?;
    for (i, (name, ty)) in columns.iter().enumerate() {
        match sqlserver_types::column_type(*ty) {
            Some((_, true)) => {}
            other if stager.is_mapped(i as u32) => {
                let ty = other
                    .map(|(n, _)| n.to_string())
                    .unwrap_or_else(|| format!("{ty:?}"));
                return Err(Fail::new(
                    FailAt::Relation,
                    format!("column {name:?} has type {ty}, which onefamily cannot read"),
                ));
            }
            _ => {}
        }
    }
    let rows = stream.into_first_result().await.map_err(|e| {
        Fail::new(
            FailAt::Source,
            format!(
                "{addr}: reading {what} stopped: {}",
                scrub(&e.to_string(), raw)
            ),
        )
    })?;
    let mut cells = vec![Cell::Null; columns.len()];
    for (n, row) in rows.into_iter().enumerate() {
        for (c, data) in cells.iter_mut().zip(row) {
            sqlserver_types::set(&data, c);
        }
        stager.row(n as u64 + 1, &cells);
    }
    Ok(stager.finish())
}

#[cfg(test)]
mod tests {
    use super::quoted_table;

    #[test]
    fn quotes_tables() {
        let cases = [
            ("tblClient", "[tblClient]"),
            ("dbo.tblClient", "[dbo].[tblClient]"),
            ("[dbo].[tbl Client]", "[dbo].[tbl Client]"),
            ("odd]name", "[odd]]name]"),
        ];
        for (t, want) in cases {
            assert_eq!(quoted_table(t), want);
        }
    }
}
