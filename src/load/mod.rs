//! load: writes a run's `Unified` into the target schema (PostgreSQL or
//! SQLite), with lineage back to every source record and a ledger row per run.
//!
//! The schema comes from versioned migrations (`migrations/postgres`,
//! `migrations/sqlite`, kept equivalent). A load builds, for each table, every
//! row the target should hold, keyed by a natural id derived from unified IDs
//! and source keys, with a content hash per row; reads the target's
//! (id, hash) pairs; and diffs them into inserted / updated / unchanged /
//! retired. A dry run stops there; a real run writes the changes in one
//! transaction, so an interrupted load leaves the target as it was and a
//! re-run of the same input changes nothing. Rows are never deleted: a row a
//! run no longer produces gets `retired_run`. Before the diff, the unified IDs
//! link computed are mapped onto the IDs the target already holds (see
//! `stable`), so IDs survive merges and splits.

mod diff;
mod parts;
mod postgres;
mod rows;
mod schema;
mod sqlite;
mod stable;
mod stream;
mod verify;

pub use schema::SCHEMA_ONLY_TABLES;
pub use verify::{Reference, Verified};

use crate::error::redact;
use crate::model::Unified;
use crate::{Error, Result};
use serde::Serialize;
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::postgres::PgConnection;
use sqlx::sqlite::SqliteConnection;
use sqlx::{AssertSqlSafe, SqlSafeStr};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// The run being loaded, as the ledger (`migration_run`) records it.
#[derive(Clone, Debug, Default, Serialize)]
pub struct RunInfo {
    pub id: String,
    /// When the run started (RFC 3339). Also orders unified IDs by age when
    /// a merge picks the surviving ID.
    pub started: String,
    pub config_hash: String,
    pub code_version: String,
}

/// What a load did (or, dry, would do) to one table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TableCounts {
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub retired: u64,
}

impl TableCounts {
    /// Rows written: everything but the unchanged.
    pub fn changes(&self) -> u64 {
        self.inserted + self.updated + self.retired
    }
}

/// Unified IDs the load used instead of the ones link computed, because the
/// target already knew the cluster (or a part of it) under another ID.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct IdRemap {
    /// Computed person ID → the ID loaded. Only IDs that differ.
    pub persons: BTreeMap<String, String>,
    pub families: BTreeMap<String, String>,
    /// ID events written to `id_history` by this run.
    pub merges: u64,
    pub splits: u64,
}

/// The result of a load; `report.json` carries it as `load`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct LoadReport {
    /// The target URL with any password removed.
    pub target: String,
    pub dry_run: bool,
    /// Schema version the target is at after the load (or would be).
    pub schema_version: i64,
    pub tables: BTreeMap<String, TableCounts>,
    /// Whether this run's row was written to the `migration_run` ledger
    /// (never in a dry run). Not counted in `tables`: it is a record of the
    /// run, not a change to the data.
    pub ledger_written: bool,
    pub ids: IdRemap,
    /// The target read back after the write, inside the load's transaction
    /// (not in a dry run, which writes nothing to read back).
    pub verified: Option<Verified>,
}

impl LoadReport {
    /// Rows inserted, updated or retired over all tables.
    pub fn changes(&self) -> u64 {
        self.tables.values().map(TableCounts::changes).sum()
    }

    /// The person ID loaded for a person link computed as `computed`.
    pub fn person_id<'a>(&'a self, computed: &'a str) -> &'a str {
        self.ids
            .persons
            .get(computed)
            .map(String::as_str)
            .unwrap_or(computed)
    }

    /// The family ID loaded for a family link computed as `computed`.
    pub fn family_id<'a>(&'a self, computed: &'a str) -> &'a str {
        self.ids
            .families
            .get(computed)
            .map(String::as_str)
            .unwrap_or(computed)
    }
}

/// Rewrite the person and family IDs of `unified` to the ones the load used,
/// so that reports written after the load (crosswalk.csv) name the IDs in the
/// target.
pub fn apply_stable_ids(unified: &mut Unified, report: &LoadReport) {
    for p in &mut unified.persons {
        if let Some(id) = report.ids.persons.get(&p.id) {
            p.id = id.clone();
        }
    }
    for f in &mut unified.families {
        if let Some(id) = report.ids.families.get(&f.id) {
            f.id = id.clone();
        }
    }
}

/// Check that the target can be loaded, before any extraction: the URL is
/// understood, the database answers, the user may write, no other run holds
/// it, and its schema is not newer than this build. Changes nothing.
pub async fn preflight(target_url: &str) -> Result<()> {
    let label = redact(target_url);
    match Target::parse(target_url)? {
        Target::Sqlite(path) => sqlite::preflight(&path, &label).await,
        Target::Postgres(url) => postgres::preflight(&url, &label).await,
    }
}

/// Load `unified` into the target at `target_url` (`sqlite://PATH` or
/// `postgres://…`). With `dry_run`, only diff: nothing is written, not even
/// the schema or the database file.
pub async fn load(
    unified: &Unified,
    run: &RunInfo,
    target_url: &str,
    dry_run: bool,
) -> Result<LoadReport> {
    let label = redact(target_url);
    let report = match Target::parse(target_url)? {
        Target::Sqlite(path) => sqlite::load(&path, unified, run, dry_run, &label).await?,
        Target::Postgres(url) => postgres::load(&url, unified, run, dry_run, &label).await?,
    };
    let rows: u64 = report.changes();
    tracing::info!(
        dry_run,
        rows,
        merges = report.ids.merges,
        splits = report.ids.splits,
        "Loaded."
    );
    Ok(report)
}

enum Target {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Target {
    fn parse(url: &str) -> Result<Target> {
        if let Some(rest) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            // Connection options after `?` are not ours to honour: the loader
            // sets the ones it needs.
            let path = rest.split('?').next().unwrap_or_default();
            if path.is_empty() || path == ":memory:" {
                return Err(Error::Load(format!(
                    "{}: needs a file path (sqlite://PATH)",
                    redact(url)
                )));
            }
            return Ok(Target::Sqlite(PathBuf::from(path)));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            // Credentials are taken apart first, so a password with `/`,
            // `@`, `:` or a space reaches the driver encoded.
            return Ok(Target::Postgres(crate::redact::normalise_url(url)));
        }
        Err(Error::Load(format!(
            "{}: the target URL must start with sqlite:// or postgres://",
            redact(url)
        )))
    }
}

/// A database error as a load error, with passwords removed.
fn db_err(label: &str, what: &str, e: impl std::fmt::Display) -> Error {
    Error::Load(format!(
        "{label}: {what}: {}",
        crate::redact::message(&e.to_string())
    ))
}

// The migrations, embedded. Listed by hand (with the version and description
// `sqlx::migrate!` would derive from the file name, so checksums and the
// `_sqlx_migrations` table are the same) because the crate builds sqlx without
// its `macros` feature; a test checks the lists match the directories.
type Embedded = (i64, &'static str, &'static str);
const PG_MIGRATIONS: &[Embedded] = &[
    (
        20250601000000,
        "unified schema",
        include_str!("../../migrations/postgres/20250601000000_unified_schema.sql"),
    ),
    (
        20251201000000,
        "assessment and consent",
        include_str!("../../migrations/postgres/20251201000000_assessment_and_consent.sql"),
    ),
    (
        20261130000000,
        "lineage source groupings",
        include_str!("../../migrations/postgres/20261130000000_lineage_source_groupings.sql"),
    ),
    (
        20261201000000,
        "ssd views",
        include_str!("../../migrations/postgres/20261201000000_ssd_views.sql"),
    ),
    (
        20261204000000,
        "key collation",
        include_str!("../../migrations/postgres/20261204000000_key_collation.sql"),
    ),
];
const SQLITE_MIGRATIONS: &[Embedded] = &[
    (
        20250601000000,
        "unified schema",
        include_str!("../../migrations/sqlite/20250601000000_unified_schema.sql"),
    ),
    (
        20251201000000,
        "assessment and consent",
        include_str!("../../migrations/sqlite/20251201000000_assessment_and_consent.sql"),
    ),
    (
        20261130000000,
        "lineage source groupings",
        include_str!("../../migrations/sqlite/20261130000000_lineage_source_groupings.sql"),
    ),
    (
        20261201000000,
        "ssd views",
        include_str!("../../migrations/sqlite/20261201000000_ssd_views.sql"),
    ),
    (
        20261204000000,
        "key collation",
        include_str!("../../migrations/sqlite/20261204000000_key_collation.sql"),
    ),
];

/// Every migration of one database (`postgres` or `sqlite`), in order, as
/// one text: what the schema tests read.
#[cfg(test)]
pub(crate) fn migrations_sql(db: &str) -> String {
    let list = if db == "postgres" {
        PG_MIGRATIONS
    } else {
        SQLITE_MIGRATIONS
    };
    list.iter().map(|m| m.2).collect::<Vec<_>>().join("\n")
}

fn migrator(list: &[Embedded]) -> Migrator {
    Migrator {
        migrations: Cow::Owned(
            list.iter()
                .map(|&(version, description, sql)| {
                    Migration::new(
                        version,
                        Cow::Borrowed(description),
                        MigrationType::Simple,
                        sql.into_sql_str(),
                        false,
                    )
                })
                .collect(),
        ),
        ignore_missing: false,
        // The loader holds its own lock (advisory lock / BEGIN IMMEDIATE)
        // around the whole run, migrations included.
        locking: false,
        no_tx: false,
        ..Migrator::DEFAULT
    }
}

/// An empty in-memory SQLite database at the newest unified schema: what
/// other commands check their SQL against without a target.
pub(crate) async fn sqlite_schema_in_memory() -> Result<SqliteConnection> {
    use sqlx::Connection;
    let mut conn = SqliteConnection::connect("sqlite::memory:")
        .await
        .map_err(|e| db_err("in-memory schema", "cannot open", e))?;
    migrator(SQLITE_MIGRATIONS)
        .run(&mut conn)
        .await
        .map_err(|e| db_err("in-memory schema", "migrating the schema", e))?;
    Ok(conn)
}

/// The newest schema version this build knows.
pub fn schema_version() -> i64 {
    PG_MIGRATIONS.iter().map(|m| m.0).max().unwrap_or(0)
}

/// Refuse a target whose schema is newer than this build: writing it with
/// an older idea of the tables could lose what the newer version keeps.
fn check_version(applied: Option<i64>, label: &str) -> Result<()> {
    match applied {
        Some(v) if v > schema_version() => Err(Error::Load(format!(
            "{label}: the target's schema is at version {v}, newer than this build of onefamily knows \
             ({}); load with the onefamily version that migrated it, or a newer one",
            schema_version()
        ))),
        _ => Ok(()),
    }
}

/// `ON CONFLICT` clause of an upsert: data, hash and `last_run` change,
/// `first_run` stays, and a retired row produced again is revived.
fn upsert_suffix(spec: &schema::TableSpec) -> String {
    let mut sets: Vec<String> = spec
        .columns
        .iter()
        .chain([&schema::ROW_HASH, &schema::LAST_RUN])
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    sets.push(format!("{} = NULL", schema::RETIRED_RUN));
    format!(" ON CONFLICT (id) DO UPDATE SET {}", sets.join(", "))
}

/// The statements that put set-aside keys, indexes and foreign keys back,
/// in runs of one kind (in their order), each named for its timing span:
/// `keys`, `indexes`, `foreign_keys`, `analyze`.
fn restore_groups(statements: &[String]) -> Vec<(&'static str, &[String])> {
    let kind = |sql: &str| restore_kind(sql).1;
    let mut groups: Vec<(&'static str, &[String])> = Vec::new();
    let mut start = 0;
    for i in 1..=statements.len() {
        if i == statements.len() || kind(&statements[i]) != kind(&statements[start]) {
            groups.push((kind(&statements[start]), &statements[start..i]));
            start = i;
        }
    }
    groups
}

/// What one restore statement puts back, with its place in the order they
/// run in: indexes and primary keys, then `ANALYZE`, then the foreign keys
/// (which need the keys, and whose checks, one join each, are planned on
/// the statistics `ANALYZE` just took rather than on none).
fn restore_kind(sql: &str) -> (u8, &'static str) {
    if sql.starts_with("ANALYZE") {
        (2, "analyze")
    } else if sql.contains(" FOREIGN KEY ") {
        (3, "foreign_keys")
    } else if sql.starts_with("ALTER TABLE") {
        (1, "keys")
    } else {
        (0, "indexes")
    }
}

/// The run's ledger row.
struct Ledger<'a> {
    run: &'a RunInfo,
    finished: String,
    schema_version: i64,
    input_counts: String,
    table_counts: String,
}

/// A connection to either target, inside the load's transaction.
enum Db<'c> {
    Sqlite(&'c mut SqliteConnection),
    Pg(&'c mut PgConnection),
}

impl Db<'_> {
    async fn table_exists(&mut self, name: &str) -> sqlx::Result<bool> {
        match self {
            Db::Sqlite(c) => sqlite::table_exists(c, name).await,
            Db::Pg(c) => postgres::table_exists(c, name).await,
        }
    }

    async fn read_prior(&mut self) -> sqlx::Result<stable::Prior> {
        match self {
            Db::Sqlite(c) => sqlite::read_prior(c).await,
            Db::Pg(c) => postgres::read_prior(c).await,
        }
    }

    async fn read_existing(
        &mut self,
        table: &str,
    ) -> sqlx::Result<HashMap<String, diff::Existing>> {
        match self {
            Db::Sqlite(c) => sqlite::read_existing(c, table).await,
            Db::Pg(c) => postgres::read_existing(c, table).await,
        }
    }

    async fn upsert(
        &mut self,
        spec: &schema::TableSpec,
        rows: &[&diff::Row],
        run_id: &str,
    ) -> sqlx::Result<()> {
        match self {
            Db::Sqlite(c) => sqlite::upsert(c, spec, rows, run_id).await,
            Db::Pg(c) => postgres::upsert(c, spec, rows, run_id).await,
        }
    }

    /// Insert rows the diff found missing from the target.
    async fn insert(
        &mut self,
        spec: &schema::TableSpec,
        rows: &[&diff::Row],
        run_id: &str,
    ) -> sqlx::Result<()> {
        match self {
            Db::Sqlite(c) => sqlite::insert(c, spec, rows, run_id).await,
            Db::Pg(c) => postgres::insert(c, spec, rows, run_id).await,
        }
    }

    /// Before writing: drop what slows a bulk write down; returns the
    /// statements that put it back.
    async fn set_aside(&mut self, modes: &[(&str, WriteMode)]) -> sqlx::Result<Vec<String>> {
        match self {
            Db::Sqlite(c) => sqlite::set_aside(c, modes).await,
            Db::Pg(c) => postgres::set_aside(c, modes).await,
        }
    }

    async fn restore(&mut self, statements: &[String]) -> sqlx::Result<()> {
        match self {
            Db::Sqlite(c) => sqlite::restore(c, statements).await,
            Db::Pg(c) => postgres::restore(c, statements).await,
        }
    }

    async fn retire(&mut self, table: &str, ids: &[String], run_id: &str) -> sqlx::Result<()> {
        match self {
            Db::Sqlite(c) => sqlite::retire(c, table, ids, run_id).await,
            Db::Pg(c) => postgres::retire(c, table, ids, run_id).await,
        }
    }

    // The helpers below run the read-back checks' statements (verify.rs),
    // made from the schema's own table and column names: no value.

    /// Run a query returning (text, count) rows.
    async fn pairs(&mut self, sql: &str) -> sqlx::Result<Vec<(String, i64)>> {
        match self {
            Db::Sqlite(c) => sqlx::query_as(AssertSqlSafe(sql)).fetch_all(&mut **c).await,
            Db::Pg(c) => sqlx::query_as(AssertSqlSafe(sql)).fetch_all(&mut **c).await,
        }
    }

    /// Run a query returning rows of three texts.
    async fn triples(&mut self, sql: &str) -> sqlx::Result<Vec<(String, String, String)>> {
        match self {
            Db::Sqlite(c) => sqlx::query_as(AssertSqlSafe(sql)).fetch_all(&mut **c).await,
            Db::Pg(c) => sqlx::query_as(AssertSqlSafe(sql)).fetch_all(&mut **c).await,
        }
    }

    /// Run a query returning one row of two counts.
    async fn counts(&mut self, sql: &str) -> sqlx::Result<(i64, i64)> {
        match self {
            Db::Sqlite(c) => sqlx::query_as(AssertSqlSafe(sql)).fetch_one(&mut **c).await,
            Db::Pg(c) => sqlx::query_as(AssertSqlSafe(sql)).fetch_one(&mut **c).await,
        }
    }

    /// Run a query returning one row of counts.
    async fn count_row(&mut self, sql: &str) -> sqlx::Result<Vec<i64>> {
        use sqlx::Row;
        match self {
            Db::Sqlite(c) => {
                let row = sqlx::query(AssertSqlSafe(sql)).fetch_one(&mut **c).await?;
                (0..row.len()).map(|i| row.try_get(i)).collect()
            }
            Db::Pg(c) => {
                let row = sqlx::query(AssertSqlSafe(sql)).fetch_one(&mut **c).await?;
                (0..row.len()).map(|i| row.try_get(i)).collect()
            }
        }
    }

    async fn write_ledger(&mut self, ledger: &Ledger<'_>) -> sqlx::Result<()> {
        match self {
            Db::Sqlite(c) => sqlite::write_ledger(c, ledger).await,
            Db::Pg(c) => postgres::write_ledger(c, ledger).await,
        }
    }
}

/// Below this many rows written, a table is written row by row whatever
/// its size: setting indexes aside costs more than it saves.
const BULK_MIN_ROWS: usize = 1_000;

/// How the writer treats one table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WriteMode {
    /// Row by row against the table's indexes and foreign keys.
    Rows,
    /// The run writes a large share of the table: its secondary indexes
    /// (and on PostgreSQL its foreign keys) are dropped inside the
    /// transaction and built again (the foreign keys checked) once, after
    /// every table is written. On PostgreSQL, per-row foreign-key checks
    /// are what make a large load slow: each locks and looks up a parent row.
    Bulk,
    /// Bulk, into a table that was empty: on PostgreSQL its primary key goes
    /// aside too.
    Fresh,
}

/// Bulk when at least an eighth of the table (after the load) is written:
/// checking the foreign keys of the whole table once then costs less than
/// checking the written rows one by one.
fn write_mode(existing: usize, d: &diff::TableDiff<'_>) -> WriteMode {
    let written = d.inserts.len() + d.updates.len();
    if written < BULK_MIN_ROWS {
        WriteMode::Rows
    } else if existing == 0 {
        WriteMode::Fresh
    } else if written * 8 >= existing + d.inserts.len() {
        WriteMode::Bulk
    } else {
        WriteMode::Rows
    }
}

/// Map link's computed IDs onto the target's through its lineage.
fn stable_ids(u: &Unified, prior: &stable::Prior) -> rows::StableIds {
    let mut person_members = Vec::with_capacity(u.records.len());
    let mut family_members = Vec::with_capacity(u.records.len());
    for (r, rec) in u.records.iter().enumerate() {
        let key = stable::record_key(&u.sources[rec.source() as usize].name, rec.key());
        let (p, f) = match prior.records.get(&key) {
            Some((p, f)) => (p.as_deref(), f.as_deref()),
            None => (None, None),
        };
        person_members.push((u.record_person[r], p));
        if let Some(fam) = u.record_family[r] {
            family_members.push((fam, f));
        }
    }
    let computed_p: Vec<String> = u.persons.iter().map(|p| p.id.clone()).collect();
    let computed_f: Vec<String> = u.families.iter().map(|f| f.id.clone()).collect();
    let persons = stable::assign("person", &computed_p, &person_members, &prior.person_age);
    let families = stable::assign("family", &computed_f, &family_members, &prior.family_age);
    let mut events = persons.events;
    events.extend(families.events);
    rows::StableIds {
        persons: persons.ids,
        families: families.ids,
        events,
    }
}

/// Stable IDs, rows, diff and (unless dry) write, against an open connection
/// already inside the load's transaction with the schema migrated (a dry run
/// may find no schema at all: then everything is an insert).
async fn apply(
    db: &mut Db<'_>,
    u: &Unified,
    run: &RunInfo,
    dry_run: bool,
    label: &str,
) -> Result<LoadReport> {
    let read_err = |e| db_err(label, "cannot read the target", e);
    rows::check(u)?;
    // Each phase is a span: `crate::timing` logs and records its time.
    let phase = tracing::debug_span!("read_lineage");
    let has_lineage = db.table_exists("lineage").await.map_err(read_err)?;
    let prior = if has_lineage {
        db.read_prior().await.map_err(read_err)?
    } else {
        stable::Prior::default()
    };
    drop(phase);
    let ids = tracing::debug_span!("stable_ids").in_scope(|| stable_ids(u, &prior));

    let mut report = LoadReport {
        target: label.to_string(),
        dry_run,
        schema_version: schema_version(),
        ..Default::default()
    };
    for (i, p) in u.persons.iter().enumerate() {
        if p.id != ids.persons[i] {
            report
                .ids
                .persons
                .insert(p.id.clone(), ids.persons[i].clone());
        }
    }
    for (i, f) in u.families.iter().enumerate() {
        if f.id != ids.families[i] {
            report
                .ids
                .families
                .insert(f.id.clone(), ids.families[i].clone());
        }
    }
    report.ids.merges = ids.events.iter().filter(|e| e.event == "merge").count() as u64;
    report.ids.splits = ids.events.iter().filter(|e| e.event == "split").count() as u64;

    let fresh = stream::build_and_write(db, u, &ids, &mut report, run, dry_run, label).await?;

    if !dry_run {
        let inputs = serde_json::json!({
            "sources": u.sources.len(),
            "person_records": u.records.len(),
            "persons": u.persons.len(),
            "families": u.families.len(),
            "family_links": u.family_links.len(),
            "involvements": u.involvements.len(),
            "referrals": u.referrals.len(),
            "assessments": u.assessments.len(),
            "consents": u.consents.len(),
        });
        let ledger = Ledger {
            run,
            finished: chrono::Utc::now().to_rfc3339(),
            schema_version: schema_version(),
            input_counts: inputs.to_string(),
            table_counts: serde_json::to_string(&report.tables)
                .map_err(|e| Error::Other(e.to_string()))?,
        };
        let phase = tracing::debug_span!("ledger");
        db.write_ledger(&ledger)
            .await
            .map_err(|e| db_err(label, "writing the run ledger", e))?;
        drop(phase);
        report.ledger_written = true;
        // Reading the target back is a reconciliation step: its own stage,
        // timed apart from the write.
        let phase = tracing::info_span!("verify");
        report.verified = Some(
            verify::verify(db, &fresh)
                .await
                .map_err(|e| db_err(label, "reading the loaded target back", e))?,
        );
        drop(phase);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn target_urls() {
        assert!(
            matches!(Target::parse("sqlite://out/t.db"), Ok(Target::Sqlite(p)) if p == Path::new("out/t.db"))
        );
        assert!(
            matches!(Target::parse("sqlite:///tmp/t.db?mode=rwc"), Ok(Target::Sqlite(p)) if p == Path::new("/tmp/t.db"))
        );
        assert!(matches!(
            Target::parse("postgres://u:p@h/db"),
            Ok(Target::Postgres(_))
        ));
        let err = Target::parse("mysql://root:s3cret@h/db")
            .err()
            .unwrap()
            .to_string();
        assert!(
            err.contains("sqlite:// or postgres://") && !err.contains("s3cret"),
            "{err}"
        );
        assert!(Target::parse("sqlite://").is_err());
    }

    #[test]
    fn newer_schema_is_refused() {
        assert!(check_version(None, "t").is_ok());
        assert!(check_version(Some(schema_version()), "t").is_ok());
        let err = check_version(Some(schema_version() + 1), "t")
            .unwrap_err()
            .to_string();
        assert!(err.contains("newer than this build"), "{err}");
    }

    /// The embedded lists name every migration file, as `sqlx::migrate!`
    /// would, and both databases are at the same versions.
    #[test]
    fn embedded_migrations_match_directories() {
        for (dir, list) in [("postgres", PG_MIGRATIONS), ("sqlite", SQLITE_MIGRATIONS)] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("migrations")
                .join(dir);
            let mut files: Vec<String> = std::fs::read_dir(&path)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".sql"))
                .collect();
            files.sort();
            let listed: Vec<String> = list
                .iter()
                .map(|(v, d, _)| format!("{v}_{}.sql", d.replace(' ', "_")))
                .collect();
            assert_eq!(files, listed, "{dir}");
        }
        let versions = |l: &[Embedded]| l.iter().map(|m| m.0).collect::<Vec<_>>();
        assert_eq!(versions(PG_MIGRATIONS), versions(SQLITE_MIGRATIONS));
    }

    #[test]
    fn restore_statements_grouped_by_kind_in_order() {
        let sql: Vec<String> = [
            "ALTER TABLE person ADD CONSTRAINT person_pkey PRIMARY KEY (id)",
            "CREATE INDEX lineage_person ON public.lineage USING btree (person_id)",
            "CREATE INDEX lineage_source_key ON public.lineage USING btree (source, source_key)",
            "ALTER TABLE lineage ADD CONSTRAINT lineage_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id)",
            "ANALYZE lineage",
        ]
        .map(String::from)
        .to_vec();
        let groups: Vec<(&str, usize)> = restore_groups(&sql)
            .into_iter()
            .map(|(k, g)| (k, g.len()))
            .collect();
        assert_eq!(
            groups,
            [
                ("keys", 1),
                ("indexes", 2),
                ("foreign_keys", 1),
                ("analyze", 1)
            ]
        );
        assert!(restore_groups(&[]).is_empty());
    }

    /// The order `write_each` puts the set-aside statements back in: keys
    /// and indexes first, statistics before the foreign-key checks plan
    /// their joins.
    #[test]
    fn restore_order_takes_statistics_before_foreign_keys() {
        let mut sql: Vec<&str> = vec![
            "ANALYZE lineage",
            "ALTER TABLE lineage ADD CONSTRAINT lineage_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id)",
            "ALTER TABLE person ADD CONSTRAINT person_pkey PRIMARY KEY (id)",
            "CREATE INDEX lineage_person ON public.lineage USING btree (person_id)",
        ];
        sql.sort_by_key(|s| restore_kind(s).0);
        let kinds: Vec<&str> = sql.iter().map(|s| restore_kind(s).1).collect();
        assert_eq!(kinds, ["indexes", "keys", "analyze", "foreign_keys"]);
    }

    #[test]
    fn upsert_keeps_first_run_and_revives() {
        let s = upsert_suffix(&schema::TABLES[schema::FAMILY]);
        assert_eq!(
            s,
            " ON CONFLICT (id) DO UPDATE SET lead_worker_id = excluded.lead_worker_id, lead_conflict = excluded.lead_conflict, \
             row_hash = excluded.row_hash, last_run = excluded.last_run, retired_run = NULL"
        );
    }
}
