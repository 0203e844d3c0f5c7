//! Reading the loaded target for the measures: one read-only connection
//! (SQLite or PostgreSQL), the SQL each counting rule becomes, and the rows
//! it returns as text. Each rule's SQL runs over its own table alone (so a
//! council's `where` can name columns without qualifying them), then joins
//! the lineage for the source's own person and family keys: the legacy view.

use super::definitions::{Kind, Related, Rule};
use crate::error::redact;
use crate::{Error, Result};
use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{AssertSqlSafe, Connection, Row};
use std::str::FromStr;

/// An open target.
pub enum Store {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
}

/// One record a rule selected, every value as text. `legacy_person` and
/// `legacy_family` are the source's own keys (`None` on a target loaded
/// before they were kept).
#[derive(Clone, Debug, Default)]
pub struct Fetched {
    pub id: String,
    pub source: String,
    pub key: String,
    pub person: Option<String>,
    pub family: Option<String>,
    pub date: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub open: bool,
    pub breakdown: Option<String>,
    pub flag: bool,
    pub extra: Option<String>,
    pub legacy_person: Option<String>,
    pub legacy_family: Option<String>,
}

impl Store {
    /// Open `url` read-only: `sqlite://PATH` (the file must exist) or
    /// `postgres://…` (the session is made read-only).
    pub async fn open(url: &str) -> Result<Store> {
        let label = redact(url);
        let err = |what: &str, e: sqlx::Error| {
            Error::Load(format!("{label}: {what}: {}", redact(&e.to_string())))
        };
        if let Some(rest) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            let path = rest.split('?').next().unwrap_or_default();
            if path.is_empty() || !std::path::Path::new(path).is_file() {
                return Err(Error::Load(format!(
                    "{label}: no such SQLite target file (load it first with onefamily run)"
                )));
            }
            let opts = SqliteConnectOptions::new().filename(path).read_only(true);
            let conn = SqliteConnection::connect_with(&opts)
                .await
                .map_err(|e| err("cannot open", e))?;
            return Ok(Store::Sqlite(conn));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let opts = PgConnectOptions::from_str(url).map_err(|e| err("bad URL", e))?;
            let mut conn = PgConnection::connect_with(&opts)
                .await
                .map_err(|e| err("cannot connect", e))?;
            sqlx::query("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                .execute(&mut conn)
                .await
                .map_err(|e| err("cannot make the session read-only", e))?;
            return Ok(Store::Postgres(conn));
        }
        Err(Error::Load(format!(
            "{label}: the target URL must start with sqlite:// or postgres://"
        )))
    }

    /// An empty in-memory SQLite database at the unified schema: what
    /// `measures --check` prepares every rule against.
    pub async fn schema_only() -> Result<Store> {
        Ok(Store::Sqlite(crate::load::sqlite_schema_in_memory().await?))
    }

    /// Run `sql` and return every row's columns as text.
    pub async fn text_rows(
        &mut self,
        sql: &str,
    ) -> std::result::Result<Vec<Vec<Option<String>>>, sqlx::Error> {
        fn collect<R: Row>(
            rows: Vec<R>,
        ) -> std::result::Result<Vec<Vec<Option<String>>>, sqlx::Error>
        where
            for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
            usize: sqlx::ColumnIndex<R>,
        {
            rows.iter()
                .map(|r| {
                    (0..r.len())
                        .map(|i| r.try_get::<Option<String>, _>(i))
                        .collect()
                })
                .collect()
        }
        // The measure definitions' and export templates' own SQL (the
        // council's configuration) and statements made from the schema's
        // names; never a value from the data.
        match self {
            Store::Sqlite(c) => collect(sqlx::query(AssertSqlSafe(sql)).fetch_all(c).await?),
            Store::Postgres(c) => collect(sqlx::query(AssertSqlSafe(sql)).fetch_all(c).await?),
        }
    }

    /// The records a rule selects, in id order (so every figure is the same
    /// whatever order the database returns rows in).
    pub async fn fetch(&mut self, rule: &Rule) -> std::result::Result<Vec<Fetched>, sqlx::Error> {
        let rows = self.text_rows(&rule_sql(rule)).await?;
        Ok(rows.into_iter().map(fetched).collect())
    }

    /// The events of a related table (`to`, `prior`).
    pub async fn fetch_related(
        &mut self,
        r: &Related,
    ) -> std::result::Result<Vec<Fetched>, sqlx::Error> {
        let rows = self.text_rows(&related_sql(r)).await?;
        Ok(rows.into_iter().map(fetched).collect())
    }
}

fn fetched(row: Vec<Option<String>>) -> Fetched {
    let mut it = row.into_iter();
    let mut next = || it.next().flatten();
    Fetched {
        id: next().unwrap_or_default(),
        source: next().unwrap_or_default(),
        key: next().unwrap_or_default(),
        person: next(),
        family: next(),
        date: next(),
        start: next(),
        end: next(),
        open: next().as_deref() == Some("1"),
        breakdown: next(),
        flag: next().as_deref() == Some("1"),
        extra: next(),
        legacy_person: next(),
        legacy_family: next(),
    }
}

fn text(expr: &str) -> String {
    format!("CAST(({expr}) AS TEXT)")
}

fn truth(expr: &str) -> String {
    format!("CASE WHEN ({expr}) THEN '1' ELSE '0' END")
}

/// The SQL of a rule. Columns, in `Fetched`'s order: id, source, key,
/// person, family, date, start, end, open, breakdown, flag, extra, then the
/// legacy person and family keys from the lineage.
pub fn rule_sql(rule: &Rule) -> String {
    let (start, end, open, flag, extra) = match &rule.kind {
        Kind::Count | Kind::Recurrence { .. } => (None, None, None, None, None),
        Kind::Share { numerator, .. } => (None, None, None, Some(numerator.as_str()), None),
        Kind::Open {
            end,
            open_when,
            per_distinct,
            at_least_distinct,
            all_null,
        } => (
            None,
            Some(end.as_str()),
            Some(open_when.as_str()),
            None,
            per_distinct
                .as_deref()
                .or(at_least_distinct.as_ref().map(|a| a.0.as_str()))
                .or(all_null.as_deref()),
        ),
        Kind::Duration { start, end, .. } => {
            (Some(start.as_str()), end.as_deref(), None, None, None)
        }
    };
    let opt_text = |e: Option<&str>| e.map(text).unwrap_or_else(|| "CAST(NULL AS TEXT)".into());
    let inner = format!(
        "SELECT CAST(id AS TEXT) AS m_id, CAST(source AS TEXT) AS m_source, CAST(source_key AS TEXT) AS m_key, \
         CAST(person_id AS TEXT) AS m_person, CAST(family_id AS TEXT) AS m_family, {} AS m_date, {} AS m_start, \
         {} AS m_end, {} AS m_open, {} AS m_breakdown, {} AS m_flag, {} AS m_extra \
         FROM {table} WHERE retired_run IS NULL AND ({filter})",
        text(&rule.date),
        opt_text(start),
        opt_text(end),
        open.map(truth).unwrap_or_else(|| "'0'".into()),
        opt_text(rule.breakdown.as_deref()),
        flag.map(truth).unwrap_or_else(|| "'0'".into()),
        opt_text(extra),
        table = rule.table,
        filter = rule.filter.as_deref().unwrap_or("1 = 1"),
    );
    with_lineage(&inner, &rule.table)
}

/// The SQL of a related table's events: the same columns, dates in `date`.
pub fn related_sql(r: &Related) -> String {
    let inner = format!(
        "SELECT CAST(id AS TEXT) AS m_id, CAST(source AS TEXT) AS m_source, CAST(source_key AS TEXT) AS m_key, \
         CAST(person_id AS TEXT) AS m_person, CAST(family_id AS TEXT) AS m_family, {} AS m_date, \
         CAST(NULL AS TEXT) AS m_start, CAST(NULL AS TEXT) AS m_end, '0' AS m_open, CAST(NULL AS TEXT) AS m_breakdown, \
         '0' AS m_flag, CAST(NULL AS TEXT) AS m_extra FROM {table} WHERE retired_run IS NULL AND ({filter})",
        text(&r.date),
        table = r.table,
        filter = r.filter.as_deref().unwrap_or("1 = 1"),
    );
    with_lineage(&inner, &r.table)
}

/// A record's own lineage row names the source's person and family keys;
/// a record without a family key of its own belongs to its person's.
fn with_lineage(inner: &str, table: &str) -> String {
    format!(
        "SELECT t.m_id, t.m_source, t.m_key, t.m_person, t.m_family, t.m_date, t.m_start, t.m_end, t.m_open, \
         t.m_breakdown, t.m_flag, t.m_extra, CAST(lg.source_person_key AS TEXT), \
         CAST(COALESCE(lg.source_family_key, pl.source_family_key) AS TEXT) \
         FROM ({inner}) t \
         LEFT JOIN lineage lg ON lg.record_kind = '{table}' AND lg.source = t.m_source AND lg.source_key = t.m_key \
         AND lg.retired_run IS NULL \
         LEFT JOIN lineage pl ON pl.record_kind = 'person' AND pl.source = t.m_source \
         AND pl.source_key = lg.source_person_key AND pl.retired_run IS NULL \
         ORDER BY t.m_id"
    )
}
