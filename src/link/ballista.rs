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
//! which `onefamily cluster`'s processes register.

use super::ballista_score::{self, PackageFile, PackageRef};
use super::block::RuleStats;
use super::engine::{Cluster, ClusterLink, KeyTable};
use super::score::{Edge, Scored, HISTOGRAM_MAX, HISTOGRAM_MIN};
use super::train::{self, TrainingPatterns};
use crate::error::{Error, Result};
use ballista::prelude::{SessionConfigExt, SessionContextExt};
use datafusion::arrow::array::{
    Array, ArrayRef, BooleanArray, Float32Array, Int64Array, RecordBatch, UInt16Array, UInt32Array,
};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::parquet::file::properties::WriterProperties;
use datafusion::prelude::{ParquetReadOptions, SessionContext};
use futures::StreamExt;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tracing::{info, Instrument};

mod process;
pub use process::{executor, scheduler, ExecutorOptions};

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

/// What training's jobs read.
struct TrainingJob<'a> {
    keys: PathBuf,
    packages: Packages<'a>,
    /// Prediction rules (`k0…`) and EM training rules (`t0…`) in the keys.
    rules: usize,
    sessions: usize,
    max_block_size: usize,
    em_max_pairs: u64,
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

/// A file in the stage (the keys, training's sampled blocks), removed when
/// dropped (after the jobs, or on an error).
struct StageFile(PathBuf);

impl Drop for StageFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

impl StageFile {
    /// `onefamily-{what}-PID-NANOS.parquet` in `stage`: a name no other
    /// run uses.
    fn named(stage: &Path, what: &str) -> StageFile {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        StageFile(stage.join(format!(
            "onefamily-{what}-{}-{nanos}.parquet",
            std::process::id()
        )))
    }

    /// Training's sampled blocks (`s`, `r`, `k`, as the job gave them).
    fn write_blocks(stage: &Path, batches: &[RecordBatch]) -> Result<StageFile> {
        let file = StageFile::named(stage, "sample");
        let out = std::fs::File::create(&file.0).map_err(|e| Error::io(&file.0, e))?;
        let schema = Arc::new(Schema::new(
            ["s", "r", "k"]
                .map(|c| Field::new(c, DataType::Int64, false))
                .to_vec(),
        ));
        let bad = |e: &dyn std::fmt::Display| {
            Error::Other(format!(
                "{}: writing the sampled blocks: {e}",
                file.0.display()
            ))
        };
        let mut writer = ArrowWriter::try_new(out, schema.clone(), None).map_err(|e| bad(&e))?;
        for batch in batches {
            let columns: Vec<ArrayRef> = (0..3)
                .map(|i| Ok(Arc::new(int(batch, i)?.clone()) as ArrayRef))
                .collect::<Result<_>>()?;
            let batch = RecordBatch::try_new(schema.clone(), columns).map_err(|e| bad(&e))?;
            writer.write(&batch).map_err(|e| bad(&e))?;
        }
        writer.close().map_err(|e| bad(&e))?;
        Ok(file)
    }

    fn write(stage: &Path, table: &KeyTable) -> Result<StageFile> {
        let file = StageFile::named(stage, "keys");
        let out = std::fs::File::create(&file.0).map_err(|e| Error::io(&file.0, e))?;
        let rules = table.rules;
        let mut fields = vec![
            Field::new("rec", DataType::UInt32, false),
            Field::new("src", DataType::UInt16, false),
            Field::new("ok", DataType::Boolean, false),
        ];
        fields.extend((0..rules).map(|r| Field::new(format!("k{r}"), DataType::Int64, true)));
        fields.extend(
            (0..table.training.len()).map(|j| Field::new(format!("t{j}"), DataType::Int64, true)),
        );
        let schema = Arc::new(Schema::new(fields));
        let props = WriterProperties::builder()
            .set_max_row_group_row_count(Some(ROW_GROUP))
            .build();
        let bad = |e: &dyn std::fmt::Display| {
            Error::Other(format!(
                "{}: writing the blocking keys: {e}",
                file.0.display()
            ))
        };
        let mut writer =
            ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(|e| bad(&e))?;
        let n = table.records();
        let mut start = 0;
        while start < n {
            let end = (start + ROW_GROUP).min(n);
            let range = start..end;
            let mut columns: Vec<ArrayRef> = vec![
                Arc::new(UInt32Array::from_iter_values(
                    range.clone().map(|i| i as u32),
                )),
                Arc::new(UInt16Array::from_iter_values(
                    range
                        .clone()
                        .map(|i| table.source.get(i).copied().unwrap_or(0)),
                )),
                Arc::new(BooleanArray::from_iter(range.clone().map(|i| {
                    Some(
                        table
                            .source
                            .get(i)
                            .is_none_or(|&s| table.within_source[s as usize]),
                    )
                }))),
            ];
            for r in 0..rules {
                // The key's bits as a signed integer (DataFusion's SQL
                // literals are signed); 0 is no key.
                columns.push(Arc::new(Int64Array::from_iter(range.clone().map(|i| {
                    let k = table.keys[i * rules + r];
                    (k != 0).then_some(k as i64)
                }))));
            }
            for keys in &table.training {
                columns.push(Arc::new(Int64Array::from_iter(
                    keys[range.clone()]
                        .iter()
                        .map(|&k| (k != 0).then_some(k as i64)),
                )));
            }
            let batch = RecordBatch::try_new(schema.clone(), columns).map_err(|e| bad(&e))?;
            writer.write(&batch).map_err(|e| bad(&e))?;
            start = end;
        }
        writer.close().map_err(|e| bad(&e))?;
        Ok(file)
    }
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
    ctx.register_parquet("keys", path_text(keys)?, ParquetReadOptions::default())
        .await
        .map_err(err)?;
    Ok(ctx)
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

/// What keeps a key of `column` to part `part` of `parts`: its remainder
/// on division by `parts` (the keys are hashes, so the parts are about
/// equal). Every key is in exactly one part, and so is its whole block.
fn key_part(column: &str, part: usize, parts: usize) -> String {
    if parts <= 1 {
        return String::new();
    }
    // SQL's remainder takes the sign of the key: made 0..parts.
    format!(" AND ({column} % {parts} + {parts}) % {parts} = {part}")
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

/// Training's jobs, on the scheduler.
async fn count_patterns(cluster: &Cluster, job: &TrainingJob<'_>) -> Result<TrainingPatterns> {
    let ctx = connect(cluster, "onefamily training", &job.keys).await?;
    count_patterns_on(&ctx, job).await
}

/// Training's jobs in a session whose `keys` table holds the prediction
/// rules' keys (`k{r}`) and the EM training rules' (`t{j}`). Set `j <
/// sessions` is training rule j's blocks (the rule alone); set `sessions`
/// is the prediction rules' blocks, pairs an earlier rule holds left out.
/// Each set's blocks of two to `max_block_size` records are sampled as
/// `train::candidate_patterns` samples them: every stride-th block, largest
/// first, then by rule and key (as an unsigned number), the stride keeping
/// the set's sampled pairs within `em_max_pairs`.
async fn count_patterns_on(
    ctx: &SessionContext,
    job: &TrainingJob<'_>,
) -> Result<TrainingPatterns> {
    let (rules, sessions) = (job.rules, job.sessions);
    let sets = sessions + 1;
    let max = job.max_block_size as i64;
    let mut out = TrainingPatterns {
        sessions: vec![Vec::new(); sessions],
        ..Default::default()
    };
    if rules == 0 && sessions == 0 {
        return Ok(out);
    }
    let capped = if rules > 0 {
        let mut stats = vec![RuleStats::default(); rules];
        block_sizes(ctx, rules, max, job.packages.shards.len(), &mut stats).await?
    } else {
        Vec::new()
    };
    let blocks = format!(
        "SELECT s, r, k, c FROM ({}) WHERE c >= 2 AND c <= {max}",
        union(
            (0..sessions)
                .map(|j| sizes(j, 0, &format!("t{j}"), (0, 1)))
                .chain((0..rules).map(|r| sizes(sessions, r, &format!("k{r}"), (0, 1))))
        )
    );
    // How many blocks of each size each set has: its pairs in all, and so
    // its stride and the pairs of the blocks the stride takes.
    let histogram_sql = format!("SELECT s, c, count(*) AS n FROM ({blocks}) GROUP BY s, c");
    let mut histogram: Vec<Vec<(u64, u64)>> = vec![Vec::new(); sets];
    for batch in collect(ctx, &histogram_sql)
        .instrument(tracing::debug_span!("cluster_training_blocks"))
        .await?
    {
        let (s, c, n) = (int(&batch, 0)?, int(&batch, 1)?, int(&batch, 2)?);
        for i in 0..batch.num_rows() {
            histogram[rule(s.value(i), sets)?].push((c.value(i) as u64, n.value(i) as u64));
        }
    }
    let samples: Vec<Sample> = histogram
        .iter_mut()
        .map(|h| Sample::of(h, job.em_max_pairs))
        .collect();
    let strides: Vec<String> = samples
        .iter()
        .enumerate()
        .map(|(s, sample)| format!("WHEN {s} THEN {}", sample.stride))
        .collect();
    let pairs = |filter: &str| {
        (0..sessions)
            .map(|j| {
                format!(
                    "SELECT {j} AS s, a.rec AS a, b.rec AS b FROM chosen ch \
                     JOIN eff a ON a.t{j} = ch.k JOIN eff b ON b.t{j} = a.t{j} \
                     WHERE ch.s = {j} AND {}{filter}",
                    pair_conditions(0)
                )
            })
            .chain((0..rules).map(|r| {
                format!(
                    "SELECT {sessions} AS s, a.rec AS a, b.rec AS b FROM chosen ch \
                     JOIN eff a ON a.e{r} = ch.k JOIN eff b ON b.e{r} = a.e{r} \
                     WHERE ch.s = {sessions} AND ch.r = {r} AND {}{filter}",
                    pair_conditions(r)
                )
            }))
            .collect::<Vec<_>>()
    };
    let training_keys: String = (0..sessions).map(|j| format!(", t{j}")).collect();
    let effective = if rules > 0 {
        format!(", {}", effective(&capped))
    } else {
        String::new()
    };
    // The sampled blocks, numbered in the order of `Blocking::blocks`:
    // largest first, then by rule, then by key as the unsigned number it is
    // (its sign bit last). Written to the stage for the next job, which
    // reads them once for every rule (a query in its place would be planned
    // again for each).
    let chosen_sql = format!(
        "WITH blocks AS ({blocks}), \
         numbered AS (SELECT s, r, k, row_number() OVER (PARTITION BY s ORDER BY c DESC, r, k < 0, k) AS n FROM blocks) \
         SELECT s, r, k FROM numbered WHERE (n - 1) % (CASE s {} END) = 0",
        strides.join(" ")
    );
    let chosen = collect(ctx, &chosen_sql)
        .instrument(tracing::debug_span!("cluster_training_sample"))
        .await?;
    let stage = job
        .keys
        .parent()
        .ok_or_else(|| Error::Other("the keys file is in no folder".into()))?;
    let chosen = StageFile::write_blocks(stage, &chosen)?;
    ctx.register_parquet(
        "chosen",
        path_text(&chosen.0)?,
        ParquetReadOptions::default(),
    )
    .await
    .map_err(err)?;
    let mut counts: Vec<BTreeMap<u64, u64>> = vec![BTreeMap::new(); sets];
    let secret = &job.packages.secret;
    // A job for each shard pair.
    for pair in job.packages.pairs() {
        let file = job.packages.write(pair)?;
        let package = sql_text(&file.path)?;
        let patterns_sql = format!(
            "WITH eff AS (SELECT rec, src, ok{effective}{training_keys} FROM keys), \
             pairs AS ({}) \
             SELECT s, p, count(*) AS c FROM \
               (SELECT s, {}('{package}', '{secret}', a, b) AS p FROM pairs) GROUP BY s, p",
            union(pairs(&job.packages.filter(pair))),
            ballista_score::PATTERN
        );
        for batch in collect(ctx, &patterns_sql)
            .instrument(tracing::debug_span!("cluster_training_patterns"))
            .await?
        {
            let (s, p, c) = (int(&batch, 0)?, int(&batch, 1)?, int(&batch, 2)?);
            for i in 0..batch.num_rows() {
                *counts[rule(s.value(i), sets)?]
                    .entry(p.value(i) as u64)
                    .or_insert(0) += c.value(i).max(0) as u64;
            }
        }
    }
    let listed = |m: BTreeMap<u64, u64>| -> Vec<(u64, f64)> {
        m.into_iter().map(|(p, c)| (p, c as f64)).collect()
    };
    let mut counts = counts.into_iter();
    for session in out.sessions.iter_mut() {
        *session = listed(counts.next().unwrap_or_default());
    }
    let prior = counts.next().unwrap_or_default();
    let deduped: u64 = prior.values().sum();
    let sample = &samples[sessions];
    out.candidates = train::estimate_candidates(deduped, sample.chosen_pairs, sample.total_pairs);
    out.prior = listed(prior);
    Ok(out)
}

/// One set's sample of blocks, from how many blocks of each size it has.
#[derive(Debug, PartialEq)]
struct Sample {
    total_pairs: u64,
    stride: u64,
    /// The pairs of the blocks taken (before pairs an earlier rule holds
    /// are left out).
    chosen_pairs: u64,
}

impl Sample {
    /// `sizes`: (block size, blocks of that size). The blocks are in order
    /// largest first, so which positions the stride takes, and so the
    /// sizes of the blocks it takes, follow from the sizes alone.
    fn of(sizes: &mut [(u64, u64)], max_pairs: u64) -> Sample {
        sizes.sort_unstable_by_key(|&(c, _)| std::cmp::Reverse(c));
        let pairs = |c: u64| c * c.saturating_sub(1) / 2;
        let total_pairs: u64 = sizes.iter().map(|&(c, n)| n * pairs(c)).sum();
        let stride = train::sample_stride(total_pairs, max_pairs);
        let (mut at, mut chosen_pairs) = (0u64, 0u64);
        for &(c, n) in sizes.iter() {
            // Positions at..at+n; those divisible by the stride are taken.
            let taken = (at + n).div_ceil(stride) - at.div_ceil(stride);
            chosen_pairs += taken * pairs(c);
            at += n;
        }
        Sample {
            total_pairs,
            stride,
            chosen_pairs,
        }
    }
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
