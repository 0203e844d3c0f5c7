//! Feeding the new case system: the loaded unified store written as a
//! supplier's import files, one per entity, from a declarative target
//! template (`template`), each row checked against the template's rules
//! before hand-over. A row that breaks a rule goes to `export_rejects.csv`
//! with its entity, unified ID, column and reason (never the value: it may
//! be personal data), and every entity reconciles: rows exported + rows
//! rejected = rows eligible, where the eligible count is a separate `COUNT`
//! (the template may give its own), not a tally of the loop that wrote the
//! file. A manifest lists each file's counts and SHA-256.

pub mod template;
mod write;

use crate::error::redact;
use crate::measures::store::Store;
use crate::{Error, Result};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use template::{Column, Encoding, Entity, Piece, Source, Template};

/// What `onefamily export` was asked to do.
#[derive(Clone, Debug)]
pub struct Options {
    /// The loaded target (`sqlite://…`, `postgres://…`); `None` with
    /// `check_only`.
    pub target: Option<String>,
    /// The template folder (`targets/NAME`).
    pub template: PathBuf,
    /// Where the files, `export_rejects.csv` and `manifest.json` go.
    pub out: PathBuf,
    /// Check the template against the unified schema; write nothing.
    pub check_only: bool,
    /// A delta for cutover: only the rows inserted, updated or retired by
    /// runs after this one (a `migration_run` id), each marked as such, and
    /// the merges of unified IDs since.
    pub since: Option<String>,
}

/// One entity's file and its reconciliation.
#[derive(Clone, Debug, Serialize)]
pub struct EntityReport {
    pub entity: String,
    pub file: String,
    pub eligible: u64,
    pub exported: u64,
    pub rejected: u64,
    pub balanced: bool,
    pub sha256: String,
}

/// The manifest: what was written, from which load, and whether every
/// entity balanced.
#[derive(Clone, Debug, Serialize)]
pub struct Manifest {
    pub template: String,
    /// The run that last loaded the target (`migration_run`), if any.
    pub loaded_run: Option<String>,
    pub entities: Vec<EntityReport>,
    pub rejects_file: String,
    /// Deltas: the run the delta starts after, and the file of merged IDs.
    pub since: Option<String>,
    pub merges_file: Option<String>,
    pub balanced: bool,
}

/// One rejected row's broken rule.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Reject {
    pub entity: String,
    pub id: String,
    pub column: String,
    pub reason: String,
}

/// The columns of every table and view of the unified schema.
type Schema = BTreeMap<String, BTreeSet<String>>;

async fn schema_columns(store: &mut Store) -> Result<Schema> {
    let db =
        |e: sqlx::Error| Error::Other(format!("the unified schema: {}", redact(&e.to_string())));
    let names = store
        .text_rows("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE '\\_sqlx%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'")
        .await
        .map_err(db)?;
    let mut out = BTreeMap::new();
    for n in names
        .into_iter()
        .filter_map(|r| r.into_iter().next().flatten())
    {
        let cols = store
            .text_rows(&format!("SELECT name FROM pragma_table_info('{n}')"))
            .await
            .map_err(db)?;
        out.insert(
            n,
            cols.into_iter()
                .filter_map(|r| r.into_iter().next().flatten())
                .collect(),
        );
    }
    Ok(out)
}

/// The condition that picks an entity's rows: current rows (of a table
/// that retires them) and the template's `where`.
fn condition(e: &Entity, columns: &BTreeSet<String>) -> String {
    let mut parts = Vec::new();
    if columns.contains("retired_run") {
        parts.push("retired_run IS NULL".to_string());
    }
    if let Some(w) = &e.filter {
        parts.push(format!("({w})"));
    }
    if parts.is_empty() {
        "1 = 1".into()
    } else {
        parts.join(" AND ")
    }
}

fn eligible_sql(e: &Entity, columns: &BTreeSet<String>) -> String {
    let inner = e.eligible.clone().unwrap_or_else(|| {
        format!(
            "SELECT COUNT(*) FROM {} WHERE {}",
            e.from,
            condition(e, columns)
        )
    });
    format!("SELECT CAST(({inner}) AS TEXT)")
}

/// Check a template against the unified schema (an empty in-memory copy):
/// every `from`, field, `where` and `eligible` must work. Problems name the
/// entity's file.
pub async fn check(t: &Template) -> Result<Vec<String>> {
    Ok(check_schema(t).await?.0)
}

/// The problems `check` reports, and the schema's columns it read, which
/// `export` goes on to use (the in-memory schema is built once).
async fn check_schema(t: &Template) -> Result<(Vec<String>, Schema)> {
    let mut store = Store::schema_only().await?;
    let schema = schema_columns(&mut store).await?;
    let mut problems = Vec::new();
    for e in &t.entities {
        let at = e.path.display();
        let Some(cols) = schema.get(&e.from) else {
            problems.push(format!(
                "{at}: `from` {:?} is not a table or view of the unified schema",
                e.from
            ));
            continue;
        };
        for f in e.fields() {
            if !cols.contains(&f) {
                problems.push(format!("{at}: {:?} is not a column of {}", f, e.from));
            }
        }
        for (what, sql) in [
            (
                "`where`",
                format!(
                    "SELECT CAST(COUNT(*) AS TEXT) FROM {} WHERE {}",
                    e.from,
                    condition(e, cols)
                ),
            ),
            ("`eligible`", eligible_sql(e, cols)),
        ] {
            if let Err(err) = store.text_rows(&sql).await {
                problems.push(format!(
                    "{at}: {what} does not run: {}",
                    redact(&err.to_string())
                ));
            }
        }
    }
    Ok((problems, schema))
}

/// Run an export: check the template, read each entity's rows, validate,
/// write the files, the rejects and the manifest.
pub async fn export(opts: &Options) -> Result<Manifest> {
    let t = template::load(&opts.template)?;
    let (problems, schema) = check_schema(&t).await?;
    if !problems.is_empty() {
        return Err(Error::Other(format!(
            "the target template does not fit the unified schema:\n  - {}",
            problems.join("\n  - ")
        )));
    }
    let url = opts
        .target
        .as_deref()
        .ok_or_else(|| Error::Other("export needs --target URL (or ONEFAMILY_TARGET)".into()))?;
    let mut store = Store::open(url).await?;
    let label = redact(url);
    let db = |e: sqlx::Error| Error::Load(format!("{label}: {}", redact(&e.to_string())));
    let loaded_run = store
        .text_rows("SELECT run_id FROM migration_run ORDER BY finished DESC, run_id DESC LIMIT 1")
        .await
        .map_err(db)?
        .into_iter()
        .next()
        .and_then(|r| r.into_iter().next().flatten());
    let later = match &opts.since {
        None => None,
        Some(run) => Some(later_runs(&mut store, run).await.map_err(|e| match e {
            Error::Other(m) => Error::Other(format!("{label}: {m}")),
            other => other,
        })?),
    };
    std::fs::create_dir_all(&opts.out).map_err(|e| Error::io(&opts.out, e))?;
    let mut rejects = Vec::new();
    let mut reports = Vec::new();
    for e in &t.entities {
        let cols = &schema[&e.from];
        let fields = e.fields();
        let mut select = fields
            .iter()
            .map(|f| format!("CAST({f} AS TEXT)"))
            .collect::<Vec<_>>()
            .join(", ");
        let (cond, count_sql) = match &later {
            None => (condition(e, cols), eligible_sql(e, cols)),
            Some(later) => {
                if !cols.contains("last_run") {
                    return Err(Error::Other(format!(
                        "{}: a delta needs a table that records its runs, and {} does not",
                        e.path.display(),
                        e.from
                    )));
                }
                select.push_str(&format!(
                    ", CASE WHEN retired_run IS NOT NULL THEN 'delete' WHEN first_run IN {later} THEN 'insert' ELSE 'update' END"
                ));
                let cond = delta_condition(e, later);
                let count = format!(
                    "SELECT CAST((SELECT COUNT(*) FROM {} WHERE {cond}) AS TEXT)",
                    e.from
                );
                (cond, count)
            }
        };
        let mut rows = store
            .text_rows(&format!(
                "SELECT {select} FROM {} WHERE {cond} ORDER BY CAST({} AS TEXT)",
                e.from, e.key
            ))
            .await
            .map_err(db)?;
        let changes: Vec<String> = if later.is_some() {
            rows.iter_mut()
                .map(|r| r.pop().flatten().unwrap_or_default())
                .collect()
        } else {
            Vec::new()
        };
        let eligible: u64 = store
            .text_rows(&count_sql)
            .await
            .map_err(db)?
            .into_iter()
            .next()
            .and_then(|r| r.into_iter().next().flatten())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let (good, bad) = validate(e, &fields, &rows);
        let rejected = bad.iter().map(|r| &r.id).collect::<BTreeSet<_>>().len() as u64;
        let mut header: Vec<String> = e.columns.iter().map(|c| c.name.clone()).collect();
        let good: Vec<Vec<String>> = if later.is_some() {
            header.insert(0, e.change_column.clone());
            good.into_iter()
                .map(|(i, mut r)| {
                    r.insert(0, changes[i].clone());
                    r
                })
                .collect()
        } else {
            good.into_iter().map(|(_, r)| r).collect()
        };
        let bytes = write::entity_file(e, &header, &good)?;
        let path = opts.out.join(&e.file);
        std::fs::write(&path, &bytes).map_err(|err| Error::io(&path, err))?;
        let exported = good.len() as u64;
        reports.push(EntityReport {
            entity: e.name.clone(),
            file: e.file.clone(),
            eligible,
            exported,
            rejected,
            balanced: exported + rejected == eligible,
            sha256: write::sha256(&bytes),
        });
        rejects.extend(bad);
    }
    rejects.sort();
    let rejects_file = "export_rejects.csv".to_string();
    write::rejects(&opts.out.join(&rejects_file), &rejects)?;
    let merges_file = match &later {
        None => None,
        Some(later) => {
            let rows = store
                .text_rows(&format!(
                    "SELECT entity, old_id, new_id, event FROM id_history WHERE first_run IN {later} ORDER BY entity, old_id, new_id"
                ))
                .await
                .map_err(db)?;
            let name = "merges.csv".to_string();
            write::merges(&opts.out.join(&name), &rows)?;
            Some(name)
        }
    };
    let manifest = Manifest {
        template: t.name.clone(),
        loaded_run,
        since: opts.since.clone(),
        merges_file,
        balanced: reports.iter().all(|r| r.balanced),
        entities: reports,
        rejects_file,
    };
    write::manifest(&opts.out.join("manifest.json"), &manifest)?;
    Ok(manifest)
}

/// The runs after `since`, as an SQL list: the delta's window. Runs are
/// ordered by when they started, since run ids need not sort.
async fn later_runs(store: &mut Store, since: &str) -> Result<String> {
    if since.is_empty()
        || !since
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c))
    {
        return Err(Error::Other(
            "--since must be a run id (see migration_run)".into(),
        ));
    }
    let started = store
        .text_rows(&format!("SELECT started FROM migration_run WHERE run_id = '{since}'"))
        .await
        .map_err(|e| Error::Other(redact(&e.to_string())))?
        .into_iter()
        .next()
        .and_then(|r| r.into_iter().next().flatten())
        .ok_or_else(|| Error::Other(format!("no run {since} in migration_run: a delta starts after a run that loaded this target")))?;
    let started = started.replace('\'', "''");
    Ok(format!(
        "(SELECT run_id FROM migration_run WHERE started > '{started}')"
    ))
}

/// The rows a delta holds: current rows changed by a later run, and rows a
/// later run retired, within the template's `where`.
fn delta_condition(e: &Entity, later: &str) -> String {
    let filter = e
        .filter
        .as_deref()
        .map_or("1 = 1".to_string(), |w| format!("({w})"));
    format!(
        "{filter} AND ((retired_run IS NULL AND last_run IN {later}) OR retired_run IN {later})"
    )
}

/// The value of one column for one row, before its rules: `None` when blank.
fn value(c: &Column, fields: &[String], row: &[Option<String>]) -> Option<String> {
    let get = |f: &str| {
        fields
            .iter()
            .position(|x| x == f)
            .and_then(|i| row.get(i).cloned().flatten())
    };
    let v = match &c.source {
        Source::Field(f) => get(f),
        Source::Const(v) => Some(v.clone()),
        Source::Template(pieces) => {
            let mut s = String::new();
            for p in pieces {
                match p {
                    Piece::Text(t) => s.push_str(t),
                    Piece::Field(f) => s.push_str(&get(f).unwrap_or_default()),
                }
            }
            Some(s.split_whitespace().collect::<Vec<_>>().join(" "))
        }
    };
    v.filter(|s| !s.trim().is_empty())
}

/// A date in a chrono format, or `None` where the format cannot write a
/// date (a time of day, an unknown specifier): never a panic.
pub(crate) fn format_date(d: chrono::NaiveDate, fmt: &str) -> Option<String> {
    use std::fmt::Write;
    let mut s = String::new();
    write!(s, "{}", d.format(fmt)).ok()?;
    Some(s)
}

/// One column's value after its rules, or the rule it broke.
fn apply(c: &Column, v: Option<String>, encoding: Encoding) -> std::result::Result<String, String> {
    let mut v = v;
    if let (Some(text), Some(fmt)) = (&v, &c.date_format) {
        let date = chrono::NaiveDate::parse_from_str(text.get(..10).unwrap_or(text), "%Y-%m-%d")
            .map_err(|_| {
                if text.len() < 10 {
                    "a partial date, where the template needs a whole one".to_string()
                } else {
                    "not a date".to_string()
                }
            })?;
        v = Some(
            format_date(date, fmt).ok_or("the template's date format cannot write this date")?,
        );
    }
    if let (Some(text), Some(codes)) = (&v, &c.codes) {
        let code = codes.get(text).or_else(|| {
            codes
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(text))
                .map(|(_, code)| code)
        });
        match code {
            Some(code) => v = Some(code.clone()),
            None => return Err("no code for this value in the template's code list".into()),
        }
    }
    let text = v.unwrap_or_default();
    if text.is_empty() {
        return if c.mandatory {
            Err("mandatory, and empty".into())
        } else {
            Ok(text)
        };
    }
    if let Some(n) = c.max_length {
        let len = text.chars().count();
        if len > n {
            return Err(format!("{len} characters, longer than the {n} allowed"));
        }
    }
    if let Some(allowed) = &c.allowed {
        if !allowed.iter().any(|a| a == &text) {
            return Err("not one of the template's allowed values".into());
        }
    }
    if encoding == Encoding::Windows1252 {
        let (_, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
        if unmappable {
            return Err("holds a character windows-1252 cannot write".into());
        }
    }
    Ok(text)
}

/// Every row through every column's rules: the rows to write, and one
/// reject per broken rule (a row with several is one rejected row).
fn validate(
    e: &Entity,
    fields: &[String],
    rows: &[Vec<Option<String>>],
) -> (Vec<(usize, Vec<String>)>, Vec<Reject>) {
    let mut good = Vec::new();
    let mut bad = Vec::new();
    let mut seen: Vec<BTreeSet<String>> = vec![BTreeSet::new(); e.unique.len()];
    // Each unique column's place, found once (template loading checked
    // that every name in `unique` is a column).
    let unique: Vec<usize> = e
        .unique
        .iter()
        .map(|u| e.columns.iter().position(|c| &c.name == u).unwrap_or(0))
        .collect();
    for (n, row) in rows.iter().enumerate() {
        let id = row.first().cloned().flatten().unwrap_or_default();
        let mut out = Vec::with_capacity(e.columns.len());
        let mut broken = Vec::new();
        for c in &e.columns {
            match apply(c, value(c, fields, row), e.encoding) {
                Ok(v) => out.push(v),
                Err(reason) => {
                    broken.push((c.name.clone(), reason));
                    out.push(String::new());
                }
            }
        }
        if broken.is_empty() {
            for (k, &i) in unique.iter().enumerate() {
                if !out[i].is_empty() && seen[k].contains(&out[i]) {
                    broken.push((
                        e.unique[k].clone(),
                        "a value already written: the column is unique".into(),
                    ));
                }
            }
        }
        if broken.is_empty() {
            for (k, &i) in unique.iter().enumerate() {
                seen[k].insert(out[i].clone());
            }
            good.push((n, out));
        } else {
            bad.extend(broken.into_iter().map(|(column, reason)| Reject {
                entity: e.name.clone(),
                id: id.clone(),
                column,
                reason,
            }));
        }
    }
    (good, bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(src: Source) -> Column {
        Column {
            name: "C".into(),
            source: src,
            codes: None,
            date_format: None,
            mandatory: false,
            max_length: None,
            allowed: None,
        }
    }

    #[test]
    fn rules_turn_values_into_the_suppliers_or_say_which_was_broken() {
        let mut c = column(Source::Field("dob".into()));
        c.date_format = Some("%d/%m/%Y".into());
        assert_eq!(
            apply(&c, Some("2015-04-09".into()), Encoding::Utf8),
            Ok("09/04/2015".into())
        );
        assert!(apply(&c, Some("2015-04".into()), Encoding::Utf8)
            .unwrap_err()
            .contains("partial"));
        let mut c = column(Source::Field("sex".into()));
        c.codes = Some([("F".to_string(), "Female".to_string())].into());
        c.mandatory = true;
        assert_eq!(
            apply(&c, Some("f".into()), Encoding::Utf8),
            Ok("Female".into())
        );
        assert!(apply(&c, Some("X".into()), Encoding::Utf8)
            .unwrap_err()
            .contains("code list"));
        assert!(apply(&c, None, Encoding::Utf8)
            .unwrap_err()
            .contains("mandatory"));
        let mut c = column(Source::Field("name".into()));
        c.max_length = Some(3);
        assert!(apply(&c, Some("Zoë".into()), Encoding::Utf8).is_ok());
        assert!(apply(&c, Some("Zoëy".into()), Encoding::Utf8)
            .unwrap_err()
            .contains("longer"));
        let c = column(Source::Field("name".into()));
        assert!(apply(&c, Some("Zoë".into()), Encoding::Windows1252).is_ok());
        assert!(apply(&c, Some("Łucja".into()), Encoding::Windows1252)
            .unwrap_err()
            .contains("windows-1252"));
        let mut c = column(Source::Const("EH".into()));
        c.allowed = Some(vec!["EH".into()]);
        assert_eq!(
            apply(&c, value(&c, &[], &[]), Encoding::Utf8),
            Ok("EH".into())
        );
    }
}
