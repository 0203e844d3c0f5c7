//! A plain `pg_dump` of tables the generator has already written to an
//! SQLite copy: the same rows, read back in table order, written as
//! PostgreSQL 15's plain format writes them (SET lines, schema-qualified
//! CREATE TABLE, one `COPY … FROM stdin;` block per table with `\N` and
//! backslash escapes, closed by `\.`). Nothing is drawn from the random
//! streams, so every other file of the estate stays byte-identical.

use super::sql::{Table, Ty};
use crate::{Error, Result};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, Row};
use std::fmt::Write as _;
use std::path::Path;

/// Write `out` from `tables` of the SQLite file `sqlite`.
pub async fn write(sqlite: &Path, tables: &[&Table], out: &Path, title: &str) -> Result<()> {
    let err = |e: sqlx::Error| Error::Other(format!("{}: {e}", sqlite.display()));
    let mut conn = SqliteConnectOptions::new()
        .filename(sqlite)
        .read_only(true)
        .connect()
        .await
        .map_err(err)?;
    let mut s = String::with_capacity(1 << 20);
    let _ =
        write!(
        s,
        "--\n-- PostgreSQL database dump\n--\n\n-- {title}\n-- Load with: psql -d DBNAME -f {}\n\n\
         SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET client_encoding = 'UTF8';\n\
         SET standard_conforming_strings = on;\n\
         SELECT pg_catalog.set_config('search_path', '', false);\n\
         SET check_function_bodies = false;\nSET client_min_messages = warning;\n\n\
         SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n",
        out.file_name().and_then(|n| n.to_str()).unwrap_or("dump.sql")
    );
    for t in tables {
        let _ = write!(
            s,
            "--\n-- Name: {0}; Type: TABLE; Schema: public; Owner: -\n--\n\nCREATE TABLE public.{0} (\n",
            t.name
        );
        for (i, (c, ty)) in t.cols.iter().enumerate() {
            let ty = match ty {
                Ty::Int => "integer".to_string(),
                Ty::Text(n) => format!("character varying({n})"),
                Ty::Date => "date".to_string(),
                Ty::Bit => "boolean".to_string(),
            };
            let sep = if i + 1 == t.cols.len() { "" } else { "," };
            let _ = writeln!(s, "    {c} {ty}{sep}");
        }
        s.push_str(");\n\n");
    }
    for t in tables {
        let cols: Vec<&str> = t.cols.iter().map(|(c, _)| *c).collect();
        let _ = write!(
            s,
            "--\n-- Data for Name: {0}; Type: TABLE DATA; Schema: public; Owner: -\n--\n\nCOPY public.{0} ({1}) FROM stdin;\n",
            t.name,
            cols.join(", ")
        );
        let rows = sqlx::query(own_sql!("SELECT * FROM {} ORDER BY rowid", t.name))
            .fetch_all(&mut conn)
            .await
            .map_err(err)?;
        for row in rows {
            for (i, (_, ty)) in t.cols.iter().enumerate() {
                if i > 0 {
                    s.push('\t');
                }
                match ty {
                    Ty::Int | Ty::Bit => match row.try_get::<Option<i64>, _>(i).map_err(err)? {
                        None => s.push_str("\\N"),
                        Some(n) if matches!(ty, Ty::Bit) => s.push(if n != 0 { 't' } else { 'f' }),
                        Some(n) => {
                            let _ = write!(s, "{n}");
                        }
                    },
                    Ty::Text(_) | Ty::Date => {
                        match row.try_get::<Option<String>, _>(i).map_err(err)? {
                            None => s.push_str("\\N"),
                            Some(v) => copy_text(&v, &mut s),
                        }
                    }
                }
            }
            s.push('\n');
        }
        s.push_str("\\.\n\n");
    }
    s.push_str("--\n-- PostgreSQL database dump complete\n--\n\n");
    conn.close().await.map_err(err)?;
    std::fs::write(out, s).map_err(|e| Error::io(out, e))
}

/// COPY's text format: backslash, tab, newline and carriage return escaped.
fn copy_text(v: &str, s: &mut String) {
    for c in v.chars() {
        match c {
            '\\' => s.push_str("\\\\"),
            '\t' => s.push_str("\\t"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            c => s.push(c),
        }
    }
}
