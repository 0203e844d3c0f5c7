//! The link stage's blocking and scoring as Apache DataFusion plans on an
//! Apache Ballista cluster (the `ballista` feature), and `onefamily
//! cluster`'s scheduler and executor.
//!
//! Three jobs, each over the keys table (one row per record: `rec`, `src`,
//! `ok` and one key column per rule, NULL where the record has no key):
//! 1. every rule's blocks over `max_block_size` (key and size), which find
//!    no pairs and hide none from a later rule;
//! 2. every rule's other blocks of two or more, counted, and the largest
//!    (1 and 2 in one pass over the keys, a job for each part of the key
//!    space when the records are cut into shards: `block_sizes`);
//! 3. every rule's pairs, scored where they are found: a self-join on its
//!    key, each pair once (a < b), without pairs an earlier rule's blocks
//!    hold, or pairs of one source whose records cannot match each other;
//!    each pair weighed by `onefamily_weight` (`super::ballista_score`, the
//!    scorer of this node over the package written beside the keys), and
//!    grouped so that only the pairs at or above the review floor come back
//!    one by one, the rest as counts per rule and weight bucket.
//!
//! Jobs 1 and 2 use DataFusion's own SQL only; job 3 needs the function,
//! which `onefamily cluster`'s processes register. Training's jobs, when
//! no model is given, are in `training`; the files they and these jobs
//! write into the stage, in `stage`.

use super::ballista_score::{self, PackageFile, PackageRef};
use super::block::RuleStats;
use super::engine::{Cluster, ClusterLink, KeyTable};
use super::score::{Edge, Scored, HISTOGRAM_MAX, HISTOGRAM_MIN};
use super::train::{self, TrainingPatterns};
use crate::error::{Error, Result};
use ballista::prelude::{SessionConfigExt, SessionContextExt};
use datafusion::arrow::array::{Array, Float32Array, Int64Array, RecordBatch, UInt32Array};
use datafusion::prelude::{ParquetReadOptions, SessionContext};
use futures::StreamExt;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tracing::{info, Instrument};

mod process;
mod restart;
mod stage;
mod training;
pub use process::{executor, scheduler, ExecutorOptions};
use stage::StageFile;
use training::{count_patterns, TrainingJob};

/// Records per Parquet row group: the unit the cluster shares the scan by.
const ROW_GROUP: usize = 1 << 17;

/// Run blocking and scoring on `cluster`, writing the keys and the scoring
/// packages into its stage (which every executor, and the scheduler, must
/// see at this same path). Pairs are kept at or above `min_weight`. The
/// records are cut into shards of at most its `shard_records` (`shards`),
/// and the pairs of each shard pair are weighed by a job of their own, over
/// a package of those shards' features alone: a job's package and its
/// joins' build sides hold two shards at most. (Measured, that did not
/// lower the executors' peak, which is mostly DataFusion's and Ballista's
/// own: README.)
pub fn link(
    cluster: &Cluster,
    table: KeyTable,
    names: &[String],
    max_block_size: usize,
    package: &PackageRef,
    min_weight: f32,
) -> Result<ClusterLink> {
    let scheduler = cluster.scheduler.as_str();
    let (file, stage) = stage_keys(&cluster.stage, &table)?;
    let records = table.records();
    drop(table);
    info!(records, file = %file.0.display(), scheduler, "Blocking keys written for the cluster.");
    let packages = Packages::new(stage, package, records, cluster.shard_records);
    packages.announce("scoring");
    let job = Job {
        keys: file.0.clone(),
        packages,
        names,
        max_block_size,
        records,
        min_weight,
    };
    on_cluster(scheduler, &job.packages.secret, || run(cluster, &job))
}

/// Count training's comparison patterns on `cluster`, writing the keys (the
/// training rules' with them) and packages without a model into its stage:
/// each EM training rule's pairs and the prediction rules' pairs, over the
/// blocks a sample of at most `em_max_pairs` takes, as
/// `train::local_patterns` counts them here; the pairs of each shard pair
/// counted by a job of their own, as in `link`.
pub fn train(
    cluster: &Cluster,
    table: KeyTable,
    max_block_size: usize,
    em_max_pairs: u64,
    package: &PackageRef,
) -> Result<TrainingPatterns> {
    let scheduler = cluster.scheduler.as_str();
    let (file, stage) = stage_keys(&cluster.stage, &table)?;
    let (rules, sessions, records) = (table.rules, table.training.len(), table.records());
    drop(table);
    info!(file = %file.0.display(), scheduler, "Blocking keys written for the cluster's training.");
    let packages = Packages::new(stage, package, records, cluster.shard_records);
    packages.announce("training");
    let job = TrainingJob {
        keys: file.0.clone(),
        packages,
        rules,
        sessions,
        max_block_size,
        em_max_pairs,
    };
    on_cluster(scheduler, &job.packages.secret, || {
        count_patterns(cluster, &job)
    })
}

/// The keys, written into `stage` (made if need be) at its absolute path,
/// which the executors read; and that path.
fn stage_keys(stage: &Path, table: &KeyTable) -> Result<(StageFile, PathBuf)> {
    std::fs::create_dir_all(stage).map_err(|e| Error::io(stage, e))?;
    let stage = std::fs::canonicalize(stage).map_err(|e| Error::io(stage, e))?;
    let keys = tracing::debug_span!("cluster_keys").in_scope(|| StageFile::write(&stage, table))?;
    Ok((keys, stage))
}

/// Records `0..records` cut into `ceil(records / per)` shards of about
/// equal size (`start..end`); one shard when they fit in one.
pub(crate) fn shards(records: usize, per: usize) -> Vec<(u32, u32)> {
    let count = records.div_ceil(per.max(1)).max(1);
    let size = records.div_ceil(count).max(1);
    (0..count)
        .map(|i| {
            (
                (i * size).min(records) as u32,
                ((i + 1) * size).min(records) as u32,
            )
        })
        .filter(|&(start, end)| start < end || records == 0)
        .collect()
}

/// The packages of one link or training: one per shard pair, written
/// just before its job and removed after it (a single shard's is the
/// whole package), all under one key made for the run.
struct Packages<'a> {
    stage: PathBuf,
    package: &'a PackageRef<'a>,
    shards: Vec<(u32, u32)>,
    key: [u8; 32],
    /// The key (hex), sent in the plans only.
    secret: String,
}

impl<'a> Packages<'a> {
    fn new(stage: PathBuf, package: &'a PackageRef<'a>, records: usize, per: usize) -> Self {
        let key = ballista_score::new_key();
        Packages {
            stage,
            package,
            shards: shards(records, per),
            secret: hex::encode(key),
            key,
        }
    }

    /// Logged: how the records are cut, and so how many jobs `what` takes.
    fn announce(&self, what: &str) {
        info!(
            shards = self.shards.len(),
            shard_pairs = self.pairs().len(),
            "The cluster's {what}: a job for each pair of shards of the records."
        );
    }

    /// The shard pairs (`i <= j`), in order.
    fn pairs(&self) -> Vec<(usize, usize)> {
        let k = self.shards.len();
        (0..k).flat_map(|i| (i..k).map(move |j| (i, j))).collect()
    }

    /// Shard pair `(i, j)`'s package, written.
    fn write(&self, (i, j): (usize, usize)) -> Result<PackageFile> {
        let _span = tracing::debug_span!("cluster_package").entered();
        if self.shards.len() == 1 {
            return PackageFile::write_keyed(&self.stage, self.package, self.key);
        }
        let ranges: Vec<(u32, u32)> = if i == j {
            vec![self.shards[i]]
        } else {
            vec![self.shards[i], self.shards[j]]
        };
        let records: Vec<u32> = ranges.iter().flat_map(|&(s, e)| s..e).collect();
        let features = self.package.features.subset(&records);
        let package = PackageRef {
            features: &features,
            ranges: &ranges,
            ..*self.package
        };
        let file = PackageFile::write_keyed(&self.stage, &package, self.key)?;
        let bytes = std::fs::metadata(&file.path).map_or(0, |m| m.len());
        tracing::debug!(
            shards = ?(i, j),
            records = features.n,
            strings = features.strings.len(),
            mib = bytes >> 20,
            "A shard pair's package written."
        );
        Ok(file)
    }

    /// What keeps a pair `a`, `b` to shard pair `(i, j)`: nothing when
    /// there is one shard.
    fn filter(&self, (i, j): (usize, usize)) -> String {
        if self.shards.len() == 1 {
            return String::new();
        }
        let ((si, ei), (sj, ej)) = (self.shards[i], self.shards[j]);
        format!(" AND a.rec >= {si} AND a.rec < {ei} AND b.rec >= {sj} AND b.rec < {ej}")
    }
}

/// Run `work` (the jobs of one link or training) on a thread and runtime
/// of its own: the pipeline may be inside a runtime already. An error
/// names the engine and never quotes the package's key `secret`.
fn on_cluster<T: Send, F: std::future::Future<Output = Result<T>>>(
    scheduler: &str,
    secret: &str,
    work: impl FnOnce() -> F + Send,
) -> Result<T> {
    // The jobs' spans sit under this one (and are timed as its sub-stages).
    let span = tracing::Span::current();
    let done = std::thread::scope(|s| {
        s.spawn(|| {
            let _within = span.enter();
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .thread_stack_size(32 * 1024 * 1024)
                .enable_all()
                .build()
                .map_err(|e| Error::Other(format!("starting the client: {e}")))?;
            runtime.block_on(work())
        })
        .join()
        .unwrap_or_else(|_| Err(Error::Other("the cluster client stopped".into())))
    });
    // DataFusion's errors may quote the plan: never the package's key.
    done.map_err(|e| match e {
        Error::Other(m) => Error::Other(format!(
            "link engine ballista://{scheduler}: {}",
            m.replace(secret, "<key>")
        )),
        e => e,
    })
}

/// What the jobs read.
struct Job<'a> {
    keys: PathBuf,
    packages: Packages<'a>,
    names: &'a [String],
    max_block_size: usize,
    records: usize,
    min_weight: f32,
}

/// A key as a SQL literal (the one value with no positive counterpart
/// written as an expression).
fn literal(k: i64) -> String {
    if k == i64::MIN {
        format!("({} - 1)", i64::MIN + 1)
    } else {
        k.to_string()
    }
}

fn err(e: datafusion::error::DataFusionError) -> Error {
    Error::Other(e.to_string())
}

/// A session on `cluster`'s scheduler, named `job`, with both functions
/// and the keys file registered as `keys`, its plans cut into the
/// cluster's partitions.
async fn connect(cluster: &Cluster, job: &str, keys: &Path) -> Result<SessionContext> {
    // Ballista 55's adaptive planner (new in it) lost track of tasks on the
    // 1M-record keys (the scheduler refused their status updates and the
    // job never ended): the static distributed planner instead.
    let config = datafusion::prelude::SessionConfig::new_with_ballista()
        .with_ballista_job_name(job)
        .with_target_partitions(cluster.partitions)
        .set_bool("ballista.planner.adaptive.enabled", false);
    let state = datafusion::execution::SessionStateBuilder::new()
        .with_default_features()
        .with_config(config)
        .build();
    let ctx = SessionContext::remote_with_state(&format!("df://{}", cluster.scheduler), state)
        .await
        .map_err(err)?;
    // Read back from the session the plans are made in.
    let partitions = ctx.copied_config().target_partitions();
    info!(
        partitions,
        "{job}: each step of a job in {partitions} partitions."
    );
    ctx.register_udf(ballista_score::function());
    ctx.register_udf(ballista_score::pattern_function());
    register(&ctx, "keys", keys).await?;
    Ok(ctx)
}

/// The Parquet file at `path` (in the stage) as table `name` of `ctx`.
async fn register(ctx: &SessionContext, name: &str, path: &Path) -> Result<()> {
    ctx.register_parquet(name, path_text(path)?, ParquetReadOptions::default())
        .await
        .map_err(err)
}

/// The query giving rule `r`'s blocks (key `k`, size `c`) over key column
/// `column`, tagged with `set`, for the keys `part` of `parts` holds
/// (`key_part`).
fn sizes(set: usize, r: usize, column: &str, (part, parts): (usize, usize)) -> String {
    format!(
        "SELECT {set} AS s, {r} AS r, {column} AS k, count(*) AS c FROM keys \
         WHERE {column} IS NOT NULL{} GROUP BY {column}",
        key_part(column, part, parts)
    )
}

/// What keeps a key of `column` to part `part` of `parts`: its bits, read
/// as an unsigned number, in the part's range, the `part`-th of `parts`
/// equal ranges of `0..2^64` (`part_ranges`). Every key is in exactly one
/// part, and so is its whole block; the keys are hashes, so the parts are
/// about equal; and a part's keys all come before the next part's in the
/// order training numbers blocks by (`training`).
fn key_part(column: &str, part: usize, parts: usize) -> String {
    if parts <= 1 {
        return String::new();
    }
    let ranges: Vec<String> = part_ranges(part, parts)
        .into_iter()
        .map(|(lo, hi)| {
            format!(
                "({column} >= {} AND {column} <= {})",
                literal(lo),
                literal(hi)
            )
        })
        .collect();
    format!(" AND ({})", ranges.join(" OR "))
}

/// Part `part` of `parts`'s range of keys as signed ranges, ends included:
/// one, or two where the unsigned range crosses from the non-negative keys
/// to the negative ones (its sign bit set).
fn part_ranges(part: usize, parts: usize) -> Vec<(i64, i64)> {
    let parts = parts.max(1) as u128;
    let start = |p: u128| (p << 64) / parts;
    let part = (part as u128).min(parts - 1);
    let (lo, hi) = (start(part) as u64, (start(part + 1) - 1) as u64);
    let top = i64::MAX as u64;
    if lo <= top && hi > top {
        vec![(lo as i64, i64::MAX), (i64::MIN, hi as i64)]
    } else {
        vec![(lo as i64, hi as i64)]
    }
}

fn union(parts: impl IntoIterator<Item = String>) -> String {
    parts
        .into_iter()
        .map(|q| format!("({q})"))
        .collect::<Vec<_>>()
        .join(" UNION ALL ")
}

/// Jobs 1 and 2, in one pass over the keys for each of `parts` parts of
/// the key space (`key_part`): every prediction rule's blocks over the cap
/// one by one (key and size), and its other blocks of two or more counted
/// with the largest, into `stats`; the capped blocks' keys per rule,
/// sorted. A grouping over the whole estate's keys holds every distinct
/// key at once; a part holds about `1 / parts` of them, so with as many
/// parts as the records have shards, no job of the link groups more keys
/// than a shard has records.
async fn block_sizes(
    ctx: &SessionContext,
    rules: usize,
    max: i64,
    parts: usize,
    stats: &mut [RuleStats],
) -> Result<Vec<Vec<i64>>> {
    let mut capped: Vec<Vec<i64>> = vec![Vec::new(); rules];
    for part in 0..parts.max(1) {
        // A capped block is a group of its own (its key); the others of
        // each rule are one group (no key). A block of one record is
        // capped only under a cap below 2, as blocking here caps it.
        let sql = format!(
            "SELECT r, ck AS k, count(*) AS n, max(c) AS largest FROM \
               (SELECT r, c, CASE WHEN c > {max} THEN k END AS ck FROM ({}) \
                WHERE c >= 2 OR c > {max}) \
             GROUP BY r, ck",
            union((0..rules).map(|r| sizes(0, r, &format!("k{r}"), (part, parts))))
        );
        let batches = collect(ctx, &sql)
            .instrument(tracing::debug_span!("cluster_blocks", part))
            .await?;
        for batch in batches {
            // A NULL key: the rule's blocks under the cap, counted.
            let (r, k) = (int(&batch, 0)?, column::<Int64Array>(&batch, 1)?);
            let (n, largest) = (int(&batch, 2)?, int(&batch, 3)?);
            for i in 0..batch.num_rows() {
                let ri = rule(r.value(i), rules)?;
                let st = &mut stats[ri];
                let c = largest.value(i).max(0) as u64;
                st.largest_block = st.largest_block.max(c);
                if k.is_null(i) {
                    st.blocks += n.value(i).max(0) as u64;
                } else {
                    st.capped_blocks += 1;
                    st.capped_pairs += c * c.saturating_sub(1) / 2;
                    capped[ri].push(k.value(i));
                }
            }
        }
    }
    for keys in &mut capped {
        keys.sort_unstable();
    }
    Ok(capped)
}

/// The prediction rules' effective keys (`e0…`): a capped block's key is no
/// key, since it found no pairs and so hides none from a later rule.
fn effective(capped: &[Vec<i64>]) -> String {
    capped
        .iter()
        .enumerate()
        .map(|(r, keys)| {
            if keys.is_empty() {
                format!("k{r} AS e{r}")
            } else {
                let list: Vec<String> = keys.iter().map(|&k| literal(k)).collect();
                format!(
                    "CASE WHEN k{r} IN ({}) THEN NULL ELSE k{r} END AS e{r}",
                    list.join(", ")
                )
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What leaves out a pair `a`, `b` of rule `r` that cannot match, or that
/// an earlier rule's blocks hold.
fn pair_conditions(r: usize) -> String {
    let mut sql = "a.rec < b.rec AND (a.src <> b.src OR a.ok)".to_string();
    let earlier: Vec<String> = (0..r)
        .map(|j| format!("coalesce(a.e{j} = b.e{j}, false)"))
        .collect();
    if !earlier.is_empty() {
        sql.push_str(&format!(" AND NOT ({})", earlier.join(" OR ")));
    }
    sql
}

async fn run(cluster: &Cluster, job: &Job<'_>) -> Result<ClusterLink> {
    let ctx = connect(cluster, "onefamily link", &job.keys).await?;
    run_on(&ctx, job).await
}

/// The link's jobs in a session whose `keys` table holds the prediction
/// rules' keys.
async fn run_on(ctx: &SessionContext, job: &Job<'_>) -> Result<ClusterLink> {
    let Job {
        keys: _,
        packages,
        names,
        max_block_size,
        records,
        min_weight,
    } = job;
    let (max_block_size, records, min_weight) = (*max_block_size, *records, *min_weight);
    let rules = names.len();
    let max = max_block_size as i64;
    let mut stats: Vec<RuleStats> = names
        .iter()
        .map(|name| RuleStats {
            rule: name.clone(),
            ..Default::default()
        })
        .collect();
    let mut scored = Scored {
        edges: Vec::new(),
        per_rule: vec![0; rules],
        histogram: vec![0; (HISTOGRAM_MAX - HISTOGRAM_MIN) as usize + 1],
        below_bound: 0,
    };
    if rules == 0 {
        return Ok(ClusterLink { scored, stats });
    }
    // 1 and 2. Blocks over the cap, and the others counted.
    let parts = packages.shards.len();
    let capped = block_sizes(ctx, rules, max, parts, &mut stats).await?;
    // 3. Pairs, weighed and grouped: a job for each shard pair.
    for pair in packages.pairs() {
        let package = packages.write(pair)?;
        let filter = packages.filter(pair);
        let pairs_of = |r: usize| {
            format!(
                "SELECT {r} AS r, a.rec AS a, b.rec AS b FROM eff a JOIN eff b ON a.e{r} = b.e{r} \
                 WHERE {}{filter}",
                pair_conditions(r)
            )
        };
        let scored_sql = format!(
            "WITH eff AS (SELECT rec, src, ok, {} FROM keys), {}",
            effective(&capped),
            weigh_and_group(
                &union((0..rules).map(pairs_of)),
                &package.path,
                &packages.secret,
                min_weight
            )?
        );
        async {
            let mut stream = ctx
                .sql(&scored_sql)
                .await
                .map_err(err)?
                .execute_stream()
                .await
                .map_err(err)?;
            while let Some(batch) = stream.next().await {
                gather(&mut scored, &batch.map_err(err)?, records)?;
            }
            Ok::<_, Error>(())
        }
        .instrument(tracing::debug_span!("cluster_scoring"))
        .await?;
    }
    Ok(ClusterLink { scored, stats })
}

/// A path as text (DataFusion takes paths as text).
fn path_text(path: &Path) -> Result<&str> {
    path.to_str()
        .ok_or_else(|| Error::Other(format!("{}: not a UTF-8 path", path.display())))
}

/// A path as the text of a SQL string literal.
fn sql_text(path: &Path) -> Result<String> {
    Ok(path_text(path)?.replace('\'', "''"))
}

/// The rest of job 3's plan, after the pairs (`pairs`, a query giving
/// `r`, `a`, `b`): each pair weighed where it is found, then grouped by rule
/// and weight bucket (NULL: stopped below the bound), and by the pair itself
/// where it is kept: one row per kept pair, a count for the rest.
fn weigh_and_group(pairs: &str, package: &Path, secret: &str, min_weight: f32) -> Result<String> {
    let package = sql_text(package)?;
    // The least weight as a literal of its exact value (an f32 written as
    // the f64 it widens to, in full, which reads back to the same f32).
    let min = format!("CAST({:?} AS FLOAT)", min_weight as f64);
    let function = ballista_score::FUNCTION;
    Ok(format!(
        "pairs AS ({pairs}), \
         weighed AS (SELECT r, a, b, {function}('{package}', '{secret}', a, b, {min}) AS w FROM pairs), \
         marked AS (SELECT r, CAST(floor(w) AS BIGINT) AS bucket, \
           CASE WHEN w >= {min} THEN a END AS ka, CASE WHEN w >= {min} THEN b END AS kb, w \
           FROM weighed) \
         SELECT r, bucket, ka, kb, max(w) AS w, count(*) AS c FROM marked GROUP BY r, bucket, ka, kb"
    ))
}

/// Add one batch of job 3's groups to `scored`, as `Scorer::score_all`
/// counts: each pair under its rule, in its weight's bucket or below the
/// bound, and kept as an edge at or above the floor.
fn gather(scored: &mut Scored, batch: &RecordBatch, records: usize) -> Result<()> {
    let rules = scored.per_rule.len();
    let r = int(batch, 0)?;
    let bucket = column::<Int64Array>(batch, 1)?;
    let (a, b) = (rec(batch, 2)?, rec(batch, 3)?);
    let w = column::<Float32Array>(batch, 4)?;
    let c = int(batch, 5)?;
    for i in 0..batch.num_rows() {
        let (r, c) = (rule(r.value(i), rules)?, c.value(i).max(0) as u64);
        scored.per_rule[r] += c;
        if bucket.is_null(i) {
            scored.below_bound += c;
            continue;
        }
        let k = bucket
            .value(i)
            .clamp(HISTOGRAM_MIN as i64, HISTOGRAM_MAX as i64)
            - HISTOGRAM_MIN as i64;
        scored.histogram[k as usize] += c;
        if a.is_null(i) {
            continue;
        }
        let (x, y) = (a.value(i), b.value(i));
        // Clustering reads both records by position: a pair outside the
        // records is the cluster's error, not a panic here.
        if b.is_null(i) || w.is_null(i) || x >= y || y as usize >= records {
            return Err(Error::Other(format!(
                "the cluster returned a pair outside the {records} records"
            )));
        }
        let edge = Edge {
            a: x,
            b: y,
            weight: w.value(i),
            refused: None,
        };
        scored.edges.extend(std::iter::repeat_n(edge, c as usize));
    }
    Ok(())
}

async fn collect(ctx: &SessionContext, sql: &str) -> Result<Vec<RecordBatch>> {
    let err = |e: datafusion::error::DataFusionError| Error::Other(e.to_string());
    ctx.sql(sql)
        .await
        .map_err(err)?
        .collect()
        .await
        .map_err(err)
}

fn column<T: 'static>(batch: &RecordBatch, i: usize) -> Result<&T> {
    batch.column(i).as_any().downcast_ref::<T>().ok_or_else(|| {
        Error::Other(format!(
            "the cluster returned column {i} as {}",
            batch.column(i).data_type()
        ))
    })
}

fn int(batch: &RecordBatch, i: usize) -> Result<&Int64Array> {
    let col = column::<Int64Array>(batch, i)?;
    if col.null_count() > 0 {
        return Err(Error::Other(format!(
            "the cluster returned no value in column {i}"
        )));
    }
    Ok(col)
}

/// A rule's number as the cluster gave it back, checked.
fn rule(r: i64, rules: usize) -> Result<usize> {
    usize::try_from(r)
        .ok()
        .filter(|&r| r < rules)
        .ok_or_else(|| Error::Other(format!("the cluster returned rule {r} of {rules}")))
}

fn rec(batch: &RecordBatch, i: usize) -> Result<&UInt32Array> {
    column::<UInt32Array>(batch, i)
}

#[cfg(test)]
mod tests;
