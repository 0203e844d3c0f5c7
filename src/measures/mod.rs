//! Monthly performance measures from the loaded unified store. Measures are
//! data (`definitions`: a default file in the binary, a council's own on
//! top); each rule becomes one read-only query (`store`), whose records are
//! counted per calendar month twice — over unified persons and families, and
//! as the legacy systems would count them (each source's own person record
//! and family grouping, from the lineage) — by pure code (`compute`), with
//! the merges behind every difference in words (`explain`). The results go
//! to `measures.csv`, `measures.xlsx` (`output`) and one self-contained
//! `measures.html` (`html`). `command` is the whole `measures` subcommand.

pub mod compute;
pub mod definitions;
mod explain;
mod html;
mod output;
pub mod store;

pub use compute::{Computed, Figure, Month};
pub use definitions::Measure;

use crate::error::redact;
use crate::{Error, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use store::{Fetched, Store};

/// What `measures` was asked to do.
#[derive(Clone, Debug)]
pub struct Options {
    pub target: Option<String>,
    pub from: Option<Month>,
    pub to: Option<Month>,
    pub out: PathBuf,
    pub definitions: Option<PathBuf>,
    pub check: bool,
}

/// Every measure's figures over the same months.
#[derive(Debug)]
pub struct Results {
    pub months: Vec<Month>,
    pub measures: Vec<(Measure, Computed)>,
    /// The target, passwords removed.
    pub target: String,
}

/// The longest history computed when `--from` is not given: ten years back
/// from the latest month, so one mistyped year cannot ask for centuries.
const DEFAULT_MONTHS: i32 = 120;

/// The `measures` subcommand. `--check` validates the definitions against
/// the unified schema (and the target, when given) and writes nothing.
pub async fn command(opts: &Options) -> Result<crate::pipeline::Outcome> {
    let file = opts
        .definitions
        .clone()
        .unwrap_or_else(|| PathBuf::from("<default measures>"));
    let measures = definitions::load(opts.definitions.as_deref())?;
    if opts.check {
        let mut problems = check(&measures, &file, &mut Store::schema_only().await?).await;
        if let Some(url) = &opts.target {
            problems.extend(check(&measures, &file, &mut Store::open(url).await?).await);
        }
        let computable = measures.iter().filter(|m| m.rule.is_some()).count();
        if problems.is_empty() {
            println!(
                "{} measures ({computable} computable) check against the unified schema{}.",
                measures.len(),
                if opts.target.is_some() {
                    " and the target"
                } else {
                    ""
                }
            );
            return Ok(crate::pipeline::Outcome::Clean);
        }
        for p in &problems {
            println!("  - {p}");
        }
        return Ok(crate::pipeline::Outcome::Problems);
    }
    let url = opts.target.as_deref().ok_or_else(|| {
        Error::Other("measures needs --target URL (or ONEFAMILY_TARGET), or --check".into())
    })?;
    let mut store = Store::open(url).await?;
    let results = compute_all(&mut store, measures, &file, opts.from, opts.to, redact(url)).await?;
    write_all(&results, &opts.out)?;
    tracing::info!(
        measures = results.measures.len(),
        months = results.months.len(),
        out = %opts.out.display(),
        "Measures written."
    );
    Ok(crate::pipeline::Outcome::Clean)
}

/// Write measures.csv, measures.xlsx and measures.html into `out`.
pub fn write_all(results: &Results, out: &Path) -> Result<()> {
    std::fs::create_dir_all(out).map_err(|source| Error::Io {
        path: out.to_path_buf(),
        source,
    })?;
    output::write_csv(results, &out.join("measures.csv"))?;
    output::write_xlsx(results, &out.join("measures.xlsx"))?;
    html::write(results, &out.join("measures.html"))
}

fn sql_problem(file: &Path, id: &str, e: &sqlx::Error) -> Error {
    Error::config(
        file,
        None,
        format!(
            "measure {id}: the database rejects its SQL: {}",
            redact(&e.to_string())
        ),
    )
}

/// Prepare every rule's queries against `store` (selecting no row): each
/// column, table and expression must exist and be valid there.
pub async fn check(measures: &[Measure], file: &Path, store: &mut Store) -> Vec<Error> {
    let mut problems = Vec::new();
    for m in measures {
        let Some(rule) = &m.rule else { continue };
        let mut sqls = vec![store::rule_sql(rule)];
        if let Some(r) = related(rule) {
            sqls.push(store::related_sql(r));
        }
        for sql in sqls {
            let probe = format!("SELECT * FROM ({sql}) q WHERE 1 = 0");
            if let Err(e) = store.text_rows(&probe).await {
                problems.push(sql_problem(file, &m.id, &e));
            }
        }
    }
    problems
}

fn related(rule: &definitions::Rule) -> Option<&definitions::Related> {
    match &rule.kind {
        definitions::Kind::Duration { to, .. } => to.as_ref(),
        definitions::Kind::Recurrence { prior, .. } => Some(prior),
        _ => None,
    }
}

/// Read every measure's records from `store` and compute them over
/// `from..=to` (by default: the months the data spans, at most ten years).
pub async fn compute_all(
    store: &mut Store,
    measures: Vec<Measure>,
    file: &Path,
    from: Option<Month>,
    to: Option<Month>,
    target: String,
) -> Result<Results> {
    let mut fetched: Vec<(Vec<Fetched>, Vec<Fetched>)> = Vec::with_capacity(measures.len());
    let mut related_cache: BTreeMap<String, Vec<Fetched>> = BTreeMap::new();
    for m in &measures {
        let Some(rule) = &m.rule else {
            fetched.push(Default::default());
            continue;
        };
        let records = store
            .fetch(rule)
            .await
            .map_err(|e| sql_problem(file, &m.id, &e))?;
        let rel = match related(rule) {
            Some(r) => {
                let sql = store::related_sql(r);
                if !related_cache.contains_key(&sql) {
                    let rows = store
                        .fetch_related(r)
                        .await
                        .map_err(|e| sql_problem(file, &m.id, &e))?;
                    related_cache.insert(sql.clone(), rows);
                }
                related_cache[&sql].clone()
            }
            None => Vec::new(),
        };
        fetched.push((records, rel));
    }
    let to = match to {
        Some(to) => Some(to),
        None => latest_start(store).await?,
    };
    let months = month_range(&fetched, from, to)?;
    let measures = measures
        .into_iter()
        .zip(&fetched)
        .map(|(m, (records, rel))| {
            let c = compute::compute(&m, records, rel, &months);
            (m, c)
        })
        .collect();
    Ok(Results {
        months,
        measures,
        target,
    })
}

/// The latest month in which anything was referred or started: the
/// estate's extraction month. End dates after it are planned ends, and
/// months made only of them would put empty months last.
async fn latest_start(store: &mut Store) -> Result<Option<Month>> {
    let sql = "SELECT MAX(d) FROM (\
               SELECT MAX(referral_date) AS d FROM referral WHERE retired_run IS NULL \
               UNION ALL SELECT MAX(start_date) AS d FROM involvement WHERE retired_run IS NULL \
               UNION ALL SELECT MAX(start_date) AS d FROM assessment WHERE retired_run IS NULL) x";
    let rows = store.text_rows(sql).await.map_err(|e| {
        Error::Load(format!(
            "reading the latest date: {}",
            redact(&e.to_string())
        ))
    })?;
    let latest = rows
        .into_iter()
        .next()
        .and_then(|r| r.into_iter().next().flatten());
    Ok(compute::day(latest.as_deref()).map(Month::of))
}

fn month_range(
    fetched: &[(Vec<Fetched>, Vec<Fetched>)],
    from: Option<Month>,
    to: Option<Month>,
) -> Result<Vec<Month>> {
    let dates = fetched
        .iter()
        .flat_map(|(r, _)| r)
        .flat_map(|f| [f.date.as_deref(), f.start.as_deref()])
        .filter_map(|d| compute::day(d).map(Month::of));
    let (lo, hi) = dates.fold(
        (None, None),
        |(lo, hi): (Option<Month>, Option<Month>), m| {
            (
                Some(lo.map_or(m, |l| l.min(m))),
                Some(hi.map_or(m, |h| h.max(m))),
            )
        },
    );
    let to = to.or(hi);
    let Some(to) = to else {
        return Err(Error::Other(
            "measures: the target holds no dated record any measure counts; give --from and --to"
                .into(),
        ));
    };
    let floor = Month {
        year: to.year - DEFAULT_MONTHS / 12,
        month: to.month,
    }
    .next();
    let from = from.unwrap_or_else(|| lo.map_or(to, |l| l.max(floor)).min(to));
    if from > to {
        return Err(Error::Other(format!(
            "measures: --from {from} is after --to {to}"
        )));
    }
    Ok(from.through(to))
}
