//! What the target holds once a load is written, read back from the target
//! itself inside the load's transaction: active rows per table, lineage per
//! record kind, control totals, and every reference between active rows.
//! The reconciliation (`report`) compares these figures with what the run
//! staged; here they are only measured. Foreign keys cannot catch an active
//! row pointing at a retired one, so the references are checked here too.

use serde::Serialize;
use std::collections::BTreeMap;

/// (table, column, table it points at) for every reference in the schema
/// between loaded tables.
pub(crate) const REFERENCES: &[(&str, &str, &str)] = &[
    ("family", "lead_worker_id", "worker"),
    ("family_membership", "family_id", "family"),
    ("family_membership", "person_id", "person"),
    ("relationship", "family_id", "family"),
    ("relationship", "person_a_id", "person"),
    ("relationship", "person_b_id", "person"),
    ("family_link", "family_a_id", "family"),
    ("family_link", "family_b_id", "family"),
    ("family_link", "via_person_id", "person"),
    ("linked_identifier", "person_id", "person"),
    ("person_address", "person_id", "person"),
    ("person_address", "address_id", "address"),
    ("involvement", "family_id", "family"),
    ("involvement", "person_id", "person"),
    ("involvement", "worker_id", "worker"),
    ("referral", "family_id", "family"),
    ("referral", "person_id", "person"),
    ("assessment", "family_id", "family"),
    ("assessment", "person_id", "person"),
    ("assessment", "worker_id", "worker"),
    ("assessment_need", "assessment_id", "assessment"),
    ("consent", "family_id", "family"),
    ("consent", "person_id", "person"),
    ("consent", "given_by_person_id", "person"),
    ("plan", "family_id", "family"),
    ("plan", "lead_worker_id", "worker"),
    ("plan_item", "plan_id", "plan"),
    ("plan_item", "involvement_id", "involvement"),
    ("plan_item", "worker_id", "worker"),
    ("lineage", "person_id", "person"),
    ("lineage", "family_id", "family"),
];

/// One reference checked on the target.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Reference {
    pub table: String,
    pub column: String,
    pub points_at: String,
    /// Active rows of `table` with a value in `column`.
    pub rows: u64,
    /// Of those, rows whose value is not an active row of `points_at`.
    pub orphans: u64,
}

/// The target after the load, as read back from it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Verified {
    /// Rows not retired, per loaded table.
    pub active_rows: BTreeMap<String, u64>,
    /// Active lineage rows per record kind (person, involvement, referral,
    /// assessment, consent).
    pub lineage: BTreeMap<String, u64>,
    /// (record kind, source, source key) held by more than one active
    /// lineage row.
    pub lineage_duplicates: u64,
    /// Active open involvements per service.
    pub open_involvements: BTreeMap<String, u64>,
    /// Active plans with status open.
    pub open_plans: u64,
    /// Active consents with a withdrawal date.
    pub withdrawn_consents: u64,
    pub references: Vec<Reference>,
}

/// The queries, each returning (key, count) pairs; the same SQL runs on
/// both targets.
pub(crate) const LINEAGE_SQL: &str =
    "SELECT record_kind, count(*) FROM lineage WHERE retired_run IS NULL GROUP BY record_kind";

pub(crate) const LINEAGE_DUPLICATES_SQL: &str = "SELECT 'duplicates', count(*) FROM (\
     SELECT 1 AS d FROM lineage WHERE retired_run IS NULL \
     GROUP BY record_kind, source, source_key HAVING count(*) > 1) x";

pub(crate) const OPEN_INVOLVEMENTS_SQL: &str = "SELECT service, count(*) FROM involvement \
     WHERE retired_run IS NULL AND is_open = 1 GROUP BY service";

pub(crate) const OPEN_PLANS_SQL: &str =
    "SELECT 'open', count(*) FROM plan WHERE retired_run IS NULL AND status = 'open'";

pub(crate) const WITHDRAWN_CONSENTS_SQL: &str = "SELECT 'withdrawn', count(*) FROM consent \
     WHERE retired_run IS NULL AND withdrawn_date IS NOT NULL";

/// One row, (rows with a value, orphans), of one reference: a left join
/// on the parent's primary key, one pass over the table. The form the
/// others are checked against.
#[cfg(test)]
pub(crate) fn reference_sql(table: &str, column: &str, parent: &str) -> String {
    format!(
        "SELECT count(c.{column}), count(c.{column}) - count(p.id) FROM {table} c \
         LEFT JOIN {parent} p ON p.id = c.{column} AND p.retired_run IS NULL \
         WHERE c.retired_run IS NULL"
    )
}

/// PostgreSQL: every reference of one table in one pass over it, a left
/// join on each parent's primary key (which cannot repeat a row), giving
/// (rows with a value, orphans) per column in order. One scan of the table
/// instead of one per reference: 243 ms against 287–368 ms for lineage's
/// two on `make bench`'s estate.
pub(crate) fn references_sql(table: &str, refs: &[(&str, &str)]) -> String {
    let mut counts = Vec::with_capacity(refs.len() * 2);
    let mut joins = String::new();
    for (i, (column, parent)) in refs.iter().enumerate() {
        counts.push(format!("count(c.{column})"));
        counts.push(format!("count(c.{column}) - count(p{i}.id)"));
        joins.push_str(&format!(
            " LEFT JOIN {parent} p{i} ON p{i}.id = c.{column} AND p{i}.retired_run IS NULL"
        ));
    }
    format!(
        "SELECT {} FROM {table} c{joins} WHERE c.retired_run IS NULL",
        counts.join(", ")
    )
}

/// `reference_sql` for SQLite: the same two counts, with the parent's
/// active ids as a `NOT IN` set, which SQLite builds once as a small
/// in-memory index. The join looks each value up twice in the file (the
/// primary key's index, then the row for `retired_run`): twice the time on
/// `make bench`'s lineage table (0.84 s against 0.42 s, warm). PostgreSQL
/// keeps the join: it plans a `NOT IN` subquery larger than `work_mem` as
/// a rescan per row. `IS NOT NULL` first: NULL is `NOT IN` an empty set.
pub(crate) fn reference_sql_sqlite(table: &str, column: &str, parent: &str) -> String {
    format!(
        "SELECT count({column}), count(CASE WHEN {column} IS NOT NULL AND {column} NOT IN \
         (SELECT id FROM {parent} WHERE retired_run IS NULL) THEN 1 END) \
         FROM {table} WHERE retired_run IS NULL"
    )
}

/// `reference_sql_sqlite` when the parent holds no retired row: its active
/// ids are then all its ids, and `NOT IN` over the bare column looks each
/// value up in the primary key's own index instead of first copying the
/// active ids into a temporary one (10–20% faster per check on `make
/// bench`'s lineage and relationship tables).
pub(crate) fn reference_sql_sqlite_all_active(table: &str, column: &str, parent: &str) -> String {
    format!(
        "SELECT count({column}), count(CASE WHEN {column} IS NOT NULL AND {column} NOT IN \
         (SELECT id FROM {parent}) THEN 1 END) \
         FROM {table} WHERE retired_run IS NULL"
    )
}

/// One pass over each table counts its active rows, its retired rows and,
/// per reference, its active rows with a value (`table_counts_sql`). A
/// reference in `proven` (see `PROVEN_SQL` and `proven_sqlite`), to a
/// parent with no retired rows, has no orphans: the database refused every
/// value its parent does not hold, and every row the parent holds is
/// active. Only the other references are checked: on PostgreSQL by a join,
/// one pass over their table (`references_sql`); on SQLite one check per
/// reference (one pass per table measured no faster there). On a first
/// load every reference is proven, and the checks (1.2–2.1 s of the
/// read-back on `make bench` into PostgreSQL, 1.3 s into SQLite) go.
async fn references(
    db: &mut super::Db<'_>,
    mut out: Verified,
    proven: &std::collections::BTreeSet<(String, String, String)>,
) -> sqlx::Result<Verified> {
    let n = |v: i64| v.max(0) as u64;
    let pg = matches!(db, super::Db::Pg(_));
    let mut retired: BTreeMap<&str, u64> = BTreeMap::new();
    let mut with_value: BTreeMap<(&str, &str), u64> = BTreeMap::new();
    for spec in super::schema::TABLES {
        let columns: Vec<&str> = REFERENCES
            .iter()
            .filter(|r| r.0 == spec.name)
            .map(|r| r.1)
            .collect();
        let counts = db.count_row(&table_counts_sql(spec.name, &columns)).await?;
        let at = |i: usize| n(counts.get(i).copied().unwrap_or(0));
        out.active_rows.insert(spec.name.to_string(), at(0));
        retired.insert(spec.name, at(1));
        for (k, column) in columns.iter().enumerate() {
            with_value.insert((spec.name, column), at(2 + k));
        }
    }
    let is_proven = |&(table, column, parent): &(&str, &str, &str)| {
        retired.get(parent) == Some(&0)
            && proven.contains(&(table.to_string(), column.to_string(), parent.to_string()))
    };
    // Runs of one table's references, in `REFERENCES` order.
    let mut start = 0;
    while start < REFERENCES.len() {
        let table = REFERENCES[start].0;
        let end = REFERENCES[start..]
            .iter()
            .position(|r| r.0 != table)
            .map_or(REFERENCES.len(), |n| start + n);
        let run = &REFERENCES[start..end];
        let joined: Vec<(&str, &str)> = run
            .iter()
            .filter(|r| !is_proven(r))
            .map(|&(_, c, p)| (c, p))
            .collect();
        let mut counts = Vec::with_capacity(joined.len() * 2);
        if pg && !joined.is_empty() {
            counts = db.count_row(&references_sql(table, &joined)).await?;
        } else if !pg {
            for &(column, parent) in &joined {
                let sql = if retired.get(parent).is_some_and(|&r| r > 0) {
                    reference_sql_sqlite(table, column, parent)
                } else {
                    reference_sql_sqlite_all_active(table, column, parent)
                };
                let (rows, orphans) = db.counts(&sql).await?;
                counts.extend([rows, orphans]);
            }
        }
        let mut next = 0;
        for r @ &(table, column, parent) in run {
            let (rows, orphans) = if is_proven(r) {
                (with_value.get(&(table, column)).copied().unwrap_or(0), 0)
            } else {
                let got = (
                    n(counts.get(2 * next).copied().unwrap_or(0)),
                    n(counts.get(2 * next + 1).copied().unwrap_or(0)),
                );
                next += 1;
                got
            };
            out.references.push(Reference {
                table: table.into(),
                column: column.into(),
                points_at: parent.into(),
                rows,
                orphans,
            });
        }
        start = end;
    }
    Ok(out)
}

/// SQLite: (table, column, parent) of every one-column foreign key to a
/// parent's `id` that SQLite enforced on every row its table holds: the
/// table held no row before this load (`fresh`: each row was written in
/// this transaction), foreign keys are on for the connection (a pragma
/// that cannot change inside a transaction), not deferred by pragma, and
/// the table's schema defers none (a deferred key is checked at commit,
/// after the read-back). Any other table's rows may have been written by
/// a client with foreign keys off, SQLite's default: those are checked.
async fn proven_sqlite(
    db: &mut super::Db<'_>,
    fresh: &[&str],
) -> sqlx::Result<std::collections::BTreeSet<(String, String, String)>> {
    let mut proven = std::collections::BTreeSet::new();
    let on = db.count_row("PRAGMA foreign_keys").await?;
    let deferred = db.count_row("PRAGMA defer_foreign_keys").await?;
    if on.first() != Some(&1) || deferred.first() != Some(&0) {
        return Ok(proven);
    }
    for table in fresh {
        let defers = db
            .pairs(&format!(
                "SELECT name, count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}' \
                 AND upper(sql) LIKE '%DEFERR%' GROUP BY name"
            ))
            .await?;
        if !defers.is_empty() {
            continue;
        }
        // One row per key column: a key of several columns has `seq` > 0.
        let keys = db
            .triples(&format!(
                "SELECT \"from\", \"table\", coalesce(\"to\", '') FROM pragma_foreign_key_list('{table}') \
                 WHERE id NOT IN (SELECT id FROM pragma_foreign_key_list('{table}') WHERE seq > 0)"
            ))
            .await?;
        for (column, parent, to) in keys {
            if to == "id" {
                proven.insert((table.to_string(), column, parent));
            }
        }
    }
    Ok(proven)
}

/// One table's active rows, retired rows, and active rows with a value in
/// each of `columns`, in one pass (both targets: SQLite has `FILTER`
/// since 3.30).
pub(crate) fn table_counts_sql(table: &str, columns: &[&str]) -> String {
    let mut counts = vec![
        "count(*) FILTER (WHERE retired_run IS NULL)".to_string(),
        "count(*) FILTER (WHERE retired_run IS NOT NULL)".to_string(),
    ];
    counts.extend(
        columns
            .iter()
            .map(|c| format!("count({c}) FILTER (WHERE retired_run IS NULL)")),
    );
    format!("SELECT {} FROM {table}", counts.join(", "))
}

/// PostgreSQL: (table, column, parent) of every one-column foreign key to
/// a parent's `id` that the server holds as validated, checked at once
/// (not deferrable) and enforced: its triggers fire in this session
/// (`session_replication_role` `origin`, none of them disabled). Such a
/// key admits no value its parent does not hold.
pub(crate) const PROVEN_SQL: &str = "SELECT c.conrelid::regclass::text, a.attname::text, c.confrelid::regclass::text \
     FROM pg_constraint c \
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
     JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1] \
     WHERE c.contype = 'f' AND c.convalidated AND NOT c.condeferrable \
       AND cardinality(c.conkey) = 1 AND pa.attname = 'id' \
       AND c.connamespace = current_schema()::regnamespace \
       AND current_setting('session_replication_role') = 'origin' \
       AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgconstraint = c.oid AND t.tgenabled NOT IN ('O', 'A'))";

/// Read the target's figures. `fresh`: the tables that held no row
/// before this load.
pub(super) async fn verify(db: &mut super::Db<'_>, fresh: &[&str]) -> sqlx::Result<Verified> {
    let n = |v: i64| v.max(0) as u64;
    let mut out = Verified::default();
    for (k, c) in db.pairs(LINEAGE_SQL).await? {
        out.lineage.insert(k, n(c));
    }
    out.lineage_duplicates = db
        .pairs(LINEAGE_DUPLICATES_SQL)
        .await?
        .into_iter()
        .map(|(_, c)| n(c))
        .sum();
    for (k, c) in db.pairs(OPEN_INVOLVEMENTS_SQL).await? {
        out.open_involvements.insert(k, n(c));
    }
    out.open_plans = db
        .pairs(OPEN_PLANS_SQL)
        .await?
        .into_iter()
        .map(|(_, c)| n(c))
        .sum();
    out.withdrawn_consents = db
        .pairs(WITHDRAWN_CONSENTS_SQL)
        .await?
        .into_iter()
        .map(|(_, c)| n(c))
        .sum();
    let proven = match db {
        super::Db::Pg(_) => db.triples(PROVEN_SQL).await?.into_iter().collect(),
        super::Db::Sqlite(_) => proven_sqlite(db, fresh).await?,
    };
    references(db, out, &proven).await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reference names real loaded tables and columns.
    #[test]
    fn references_name_loaded_columns() {
        for &(table, column, parent) in REFERENCES {
            let spec = super::super::schema::TABLES
                .iter()
                .find(|s| s.name == table)
                .unwrap_or_else(|| panic!("{table}"));
            assert!(spec.columns.contains(&column), "{table}.{column}");
            assert!(
                super::super::schema::TABLES
                    .iter()
                    .any(|s| s.name == parent),
                "{parent}"
            );
        }
    }

    /// One pass over a table for several references counts what one
    /// check per reference counts, orphans and NULLs included.
    #[test]
    fn references_in_one_pass_count_as_one_each() {
        let db = rusqlite::Connection::open_in_memory().unwrap();
        db.execute_batch(
            "CREATE TABLE person (id TEXT PRIMARY KEY, retired_run TEXT);
             CREATE TABLE family (id TEXT PRIMARY KEY, retired_run TEXT);
             CREATE TABLE lineage (id TEXT PRIMARY KEY, person_id TEXT, family_id TEXT, retired_run TEXT);
             INSERT INTO person VALUES ('P1', NULL), ('P2', 'r1');
             INSERT INTO family VALUES ('F1', NULL);
             INSERT INTO lineage VALUES ('L1', 'P1', 'F1', NULL), ('L2', 'P2', NULL, NULL),
               ('L3', 'P9', 'F9', NULL), ('L4', NULL, 'F1', NULL), ('L5', 'P1', 'F2', 'r1');",
        )
        .unwrap();
        let one = |sql: &str| {
            db.query_row(sql, [], |r| {
                Ok(vec![r.get::<_, i64>(0)?, r.get::<_, i64>(1)?])
            })
            .unwrap()
        };
        let mut want = one(&reference_sql("lineage", "person_id", "person"));
        want.extend(one(&reference_sql("lineage", "family_id", "family")));
        assert_eq!(want, [3, 2, 3, 1]);
        let got = db
            .query_row(
                &references_sql(
                    "lineage",
                    &[("person_id", "person"), ("family_id", "family")],
                ),
                [],
                |r| {
                    (0..4)
                        .map(|i| r.get::<_, i64>(i))
                        .collect::<Result<Vec<_>, _>>()
                },
            )
            .unwrap();
        assert_eq!(got, want);
    }

    /// SQLite: a table written in this load under enforced foreign keys
    /// has its keys' references proven, and the figures are those the
    /// checks count; a table with older rows, or a connection with foreign
    /// keys off, is checked, and an orphan it holds is found.
    #[tokio::test]
    async fn sqlite_proven_references_count_as_the_checks() {
        use sqlx::Executor;
        let mut conn = crate::load::sqlite_schema_in_memory().await.unwrap();
        let row = "'h', 'r1', 'r1'";
        conn.execute(
            sqlx::AssertSqlSafe(format!(
                "INSERT INTO person (id, role, row_hash, first_run, last_run) VALUES ('P1', 'child', {row});
                 INSERT INTO family (id, lead_conflict, row_hash, first_run, last_run) VALUES ('F1', 0, {row});
                 INSERT INTO lineage (id, record_kind, source, source_key, source_row_hash, person_id, family_id, \
                   row_hash, first_run, last_run) VALUES \
                   ('L1', 'person', 's', 'k1', 'x', 'P1', 'F1', {row}), ('L2', 'person', 's', 'k2', 'x', 'P1', NULL, {row});"
            )
            ),
        )
        .await
        .unwrap();
        let all = ["person", "family", "lineage"];
        let mut db = super::super::Db::Sqlite(&mut conn);
        let proven = proven_sqlite(&mut db, &all).await.unwrap();
        let key = |c: &str, p: &str| ("lineage".to_string(), c.to_string(), p.to_string());
        assert!(proven.contains(&key("person_id", "person")), "{proven:?}");
        assert!(proven.contains(&key("family_id", "family")), "{proven:?}");
        assert!(proven_sqlite(&mut db, &["person"])
            .await
            .unwrap()
            .is_empty());
        let fresh = verify(&mut db, &all).await.unwrap();
        let checked = verify(&mut db, &[]).await.unwrap();
        assert_eq!(fresh, checked);
        let family = |v: &Verified| {
            v.references
                .iter()
                .find(|r| r.table == "lineage" && r.column == "family_id")
                .map(|r| (r.rows, r.orphans))
        };
        assert_eq!(family(&fresh), Some((1, 0)));

        // An orphan written with foreign keys off (SQLite's default for
        // other clients): not proven, so counted.
        conn.execute("PRAGMA foreign_keys = OFF").await.unwrap();
        conn.execute(
            sqlx::AssertSqlSafe(format!(
                "INSERT INTO lineage (id, record_kind, source, source_key, source_row_hash, family_id, \
                   row_hash, first_run, last_run) VALUES ('L3', 'person', 's', 'k3', 'x', 'F9', {row})"
            )
            ),
        )
        .await
        .unwrap();
        let mut db = super::super::Db::Sqlite(&mut conn);
        assert!(proven_sqlite(&mut db, &all).await.unwrap().is_empty());
        let v = verify(&mut db, &all).await.unwrap();
        assert_eq!(family(&v), Some((2, 1)));
        assert_eq!(v, verify(&mut db, &[]).await.unwrap());
    }

    /// Both forms of a reference check count the same rows and orphans:
    /// values pointing at an active parent, a retired one, none, and NULL.
    #[test]
    fn sqlite_reference_form_counts_as_the_join() {
        let db = rusqlite::Connection::open_in_memory().unwrap();
        db.execute_batch(
            "CREATE TABLE person (id TEXT PRIMARY KEY, retired_run TEXT);
             CREATE TABLE lineage (id TEXT PRIMARY KEY, person_id TEXT, retired_run TEXT);
             INSERT INTO person VALUES ('P1', NULL), ('P2', 'r1');
             INSERT INTO lineage VALUES ('L1', 'P1', NULL), ('L2', 'P2', NULL), ('L3', 'P9', NULL),
               ('L4', NULL, NULL), ('L5', 'P1', NULL), ('L6', 'P9', 'r1');",
        )
        .unwrap();
        let counts = |sql: &str| {
            db.query_row(sql, [], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
                .unwrap()
        };
        let join = counts(&reference_sql("lineage", "person_id", "person"));
        assert_eq!(join, (4, 2));
        assert_eq!(
            counts(&reference_sql_sqlite("lineage", "person_id", "person")),
            join
        );
        // A parent with no retired rows: the index-only form counts the same.
        db.execute_batch("UPDATE person SET retired_run = NULL")
            .unwrap();
        let join = counts(&reference_sql("lineage", "person_id", "person"));
        assert_eq!(join, (4, 1));
        assert_eq!(
            counts(&reference_sql_sqlite_all_active(
                "lineage",
                "person_id",
                "person"
            )),
            join
        );
        db.execute_batch("UPDATE person SET retired_run = 'r1' WHERE id = 'P2'")
            .unwrap();
        // A parent with no active rows: NULLs are still not orphans.
        db.execute_batch("UPDATE person SET retired_run = 'r2'")
            .unwrap();
        let join = counts(&reference_sql("lineage", "person_id", "person"));
        assert_eq!(join, (4, 4));
        assert_eq!(
            counts(&reference_sql_sqlite("lineage", "person_id", "person")),
            join
        );
    }
}
