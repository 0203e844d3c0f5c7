//! The link stage's blocking and scoring as Apache DataFusion plans on an
//! Apache Ballista cluster (the `ballista` feature), and `onefamily
//! cluster`'s scheduler and executor.
//!
//! Three jobs, each over the keys table (one row per record: `rec`, `src`,
//! `ok` and one key column per rule, NULL where the record has no key):
//! 1. every rule's blocks over `max_block_size` (key and size), which find
//!    no pairs and hide none from a later rule;
//! 2. every rule's other blocks of two or more, counted, and the largest;
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
use super::engine::{ClusterLink, KeyTable};
use super::score::{Edge, Scored, HISTOGRAM_MAX, HISTOGRAM_MIN};
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
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tracing::{info, Instrument};

/// Records per Parquet row group: the unit the cluster shares the scan by.
const ROW_GROUP: usize = 1 << 17;

/// Run blocking and scoring on the Ballista scheduler at `scheduler`
/// (`host:port`), writing the keys and the scoring package into `stage`
/// (which every executor, and the scheduler, must see at this same path).
/// Pairs are kept at or above `min_weight`.
pub fn link(
    scheduler: &str,
    stage: &Path,
    table: KeyTable,
    names: &[String],
    max_block_size: usize,
    package: &PackageRef,
    min_weight: f32,
) -> Result<ClusterLink> {
    std::fs::create_dir_all(stage).map_err(|e| Error::io(stage, e))?;
    let stage = std::fs::canonicalize(stage).map_err(|e| Error::io(stage, e))?;
    let file = tracing::debug_span!("cluster_keys").in_scope(|| KeysFile::write(&stage, &table))?;
    let scoring =
        tracing::debug_span!("cluster_package").in_scope(|| PackageFile::write(&stage, package))?;
    let records = table.records();
    drop(table);
    info!(records, file = %file.0.display(), scheduler, "Blocking keys and the scoring package written for the cluster.");
    // The pipeline may be inside a runtime already: the cluster's client
    // gets a thread and a runtime of its own.
    let job = Job {
        keys: file.0.clone(),
        package: scoring.path.clone(),
        secret: scoring.key.clone(),
        names,
        max_block_size,
        records,
        min_weight,
    };
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
            runtime.block_on(run(scheduler, &job))
        })
        .join()
        .unwrap_or_else(|_| Err(Error::Other("the cluster client stopped".into())))
    });
    drop(file);
    drop(scoring);
    // DataFusion's errors may quote the plan: never the package's key.
    done.map_err(|e| match e {
        Error::Other(m) => Error::Other(format!(
            "link engine ballista://{scheduler}: {}",
            m.replace(&job.secret, "<key>")
        )),
        e => e,
    })
}

/// What the jobs read.
struct Job<'a> {
    keys: PathBuf,
    package: PathBuf,
    /// The package's key (hex), sent in the plan only.
    secret: String,
    names: &'a [String],
    max_block_size: usize,
    records: usize,
    min_weight: f32,
}

/// The keys file, removed when dropped (after the jobs, or on an error).
struct KeysFile(PathBuf);

impl Drop for KeysFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

impl KeysFile {
    fn write(stage: &Path, table: &KeyTable) -> Result<KeysFile> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let path = stage.join(format!(
            "onefamily-keys-{}-{nanos}.parquet",
            std::process::id()
        ));
        let file = KeysFile(path);
        let out = std::fs::File::create(&file.0).map_err(|e| Error::io(&file.0, e))?;
        let rules = table.rules;
        let mut fields = vec![
            Field::new("rec", DataType::UInt32, false),
            Field::new("src", DataType::UInt16, false),
            Field::new("ok", DataType::Boolean, false),
        ];
        fields.extend((0..rules).map(|r| Field::new(format!("k{r}"), DataType::Int64, true)));
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

async fn run(scheduler: &str, job: &Job<'_>) -> Result<ClusterLink> {
    let Job {
        keys,
        package,
        secret,
        names,
        max_block_size,
        records,
        min_weight,
    } = job;
    let (max_block_size, records, min_weight) = (*max_block_size, *records, *min_weight);
    let err = |e: datafusion::error::DataFusionError| Error::Other(e.to_string());
    // Ballista 55's adaptive planner (new in it) lost track of tasks on the
    // 1M-record keys (the scheduler refused their status updates and the
    // job never ended): the static distributed planner instead.
    let config = datafusion::prelude::SessionConfig::new_with_ballista()
        .with_ballista_job_name("onefamily link")
        .set_bool("ballista.planner.adaptive.enabled", false);
    let state = datafusion::execution::SessionStateBuilder::new()
        .with_default_features()
        .with_config(config)
        .build();
    let ctx = SessionContext::remote_with_state(&format!("df://{scheduler}"), state)
        .await
        .map_err(err)?;
    ctx.register_udf(ballista_score::function());
    let path = keys
        .to_str()
        .ok_or_else(|| Error::Other(format!("{}: not a UTF-8 path", keys.display())))?;
    ctx.register_parquet("keys", path, ParquetReadOptions::default())
        .await
        .map_err(err)?;
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
    let sizes = |r: usize| {
        format!("SELECT {r} AS r, k{r} AS k, count(*) AS c FROM keys WHERE k{r} IS NOT NULL GROUP BY k{r}")
    };
    let union = |f: &dyn Fn(usize) -> String| {
        (0..rules)
            .map(|r| format!("({})", f(r)))
            .collect::<Vec<_>>()
            .join(" UNION ALL ")
    };
    // 1. Blocks over the cap.
    let capped_sql = format!("SELECT r, k, c FROM ({}) WHERE c > {max}", union(&sizes));
    let mut capped: Vec<Vec<i64>> = vec![Vec::new(); rules];
    let batches = collect(&ctx, &capped_sql)
        .instrument(tracing::debug_span!("cluster_capped"))
        .await?;
    for batch in batches {
        let (r, k, c) = (int(&batch, 0)?, int(&batch, 1)?, int(&batch, 2)?);
        for i in 0..batch.num_rows() {
            let (r, c) = (rule(r.value(i), rules)?, c.value(i).max(0) as u64);
            let st = &mut stats[r];
            st.capped_blocks += 1;
            st.capped_pairs += c * (c - 1) / 2;
            st.largest_block = st.largest_block.max(c);
            capped[r].push(k.value(i));
        }
    }
    // 2. The other blocks.
    let blocks_sql = format!(
        "SELECT r, count(*) AS blocks, max(c) AS largest FROM ({}) WHERE c >= 2 AND c <= {max} GROUP BY r",
        union(&sizes)
    );
    let batches = collect(&ctx, &blocks_sql)
        .instrument(tracing::debug_span!("cluster_blocks"))
        .await?;
    for batch in batches {
        let (r, b, l) = (int(&batch, 0)?, int(&batch, 1)?, int(&batch, 2)?);
        for i in 0..batch.num_rows() {
            let st = &mut stats[rule(r.value(i), rules)?];
            st.blocks = b.value(i) as u64;
            st.largest_block = st.largest_block.max(l.value(i) as u64);
        }
    }
    // 3. Pairs. A capped block's key is no key: it found no pairs, so it
    // hides none from a later rule.
    let effective = (0..rules)
        .map(|r| {
            capped[r].sort_unstable();
            if capped[r].is_empty() {
                format!("k{r} AS e{r}")
            } else {
                let list: Vec<String> = capped[r].iter().map(|&k| literal(k)).collect();
                format!(
                    "CASE WHEN k{r} IN ({}) THEN NULL ELSE k{r} END AS e{r}",
                    list.join(", ")
                )
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    let pairs_of = |r: usize| {
        let earlier: Vec<String> = (0..r)
            .map(|j| format!("coalesce(a.e{j} = b.e{j}, false)"))
            .collect();
        let mut sql = format!(
            "SELECT {r} AS r, a.rec AS a, b.rec AS b FROM eff a JOIN eff b ON a.e{r} = b.e{r} \
             WHERE a.rec < b.rec AND (a.src <> b.src OR a.ok)"
        );
        if !earlier.is_empty() {
            sql.push_str(&format!(" AND NOT ({})", earlier.join(" OR ")));
        }
        sql
    };
    let scored_sql = format!(
        "WITH eff AS (SELECT rec, src, ok, {effective} FROM keys), {}",
        weigh_and_group(&union(&pairs_of), package, secret, min_weight)?
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
    Ok(ClusterLink { scored, stats })
}

/// The rest of job 3's plan, after the pairs (`pairs`, a query giving
/// `r`, `a`, `b`): each pair weighed where it is found, then grouped by rule
/// and weight bucket (NULL: stopped below the bound), and by the pair itself
/// where it is kept: one row per kept pair, a count for the rest.
fn weigh_and_group(pairs: &str, package: &Path, secret: &str, min_weight: f32) -> Result<String> {
    let package = package
        .to_str()
        .ok_or_else(|| Error::Other(format!("{}: not a UTF-8 path", package.display())))?
        .replace('\'', "''");
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

/// `onefamily cluster scheduler`: a Ballista scheduler on `bind`
/// (`host:port`), until stopped.
pub async fn scheduler(bind: std::net::SocketAddr, external_host: Option<String>) -> Result<()> {
    use ballista_scheduler::cluster::BallistaCluster;
    use ballista_scheduler::config::SchedulerConfig;
    let config = SchedulerConfig {
        bind_host: bind.ip().to_string(),
        bind_port: bind.port(),
        external_host: external_host.unwrap_or_else(|| bind.ip().to_string()),
        ..SchedulerConfig::default()
    }
    .with_override_session_builder(Arc::new(ballista_score::scheduler_session));
    let err = |e: ballista_core::error::BallistaError| {
        Error::Other(format!("Ballista scheduler on {bind}: {e}"))
    };
    let cluster = BallistaCluster::new_from_config(&config)
        .await
        .map_err(err)?;
    ballista_scheduler::scheduler_process::start_server(cluster, bind, Arc::new(config))
        .await
        .map_err(err)
}

/// What `onefamily cluster executor` is given.
pub struct ExecutorOptions {
    /// The scheduler, `host:port`.
    pub scheduler: String,
    /// Address to listen on, and the host name others reach it by.
    pub bind_host: String,
    pub external_host: Option<String>,
    /// Arrow Flight (shuffle and results) and gRPC ports.
    pub port: u16,
    pub grpc_port: u16,
    /// Tasks at once (default: the machine's cores).
    pub cores: Option<usize>,
    /// Where shuffle files go (default: a temporary folder).
    pub work_dir: Option<PathBuf>,
}

/// `onefamily cluster executor`: a Ballista executor registered with the
/// scheduler, until stopped.
pub async fn executor(o: ExecutorOptions) -> Result<()> {
    use ballista_executor::executor_process::{start_executor_process, ExecutorProcessConfig};
    let (host, port) = o
        .scheduler
        .rsplit_once(':')
        .and_then(|(h, p)| Some((h.to_string(), p.parse::<u16>().ok()?)))
        .ok_or_else(|| Error::Other("--scheduler: expected HOST:PORT".into()))?;
    // Shuffle files are served by their path: an absolute one.
    let work_dir = match &o.work_dir {
        Some(d) => {
            std::fs::create_dir_all(d).map_err(|e| Error::io(d, e))?;
            Some(std::fs::canonicalize(d).map_err(|e| Error::io(d, e))?)
        }
        None => None,
    };
    let mut config = ExecutorProcessConfig {
        bind_host: o.bind_host.clone(),
        external_host: o.external_host.clone(),
        port: o.port,
        grpc_port: o.grpc_port,
        scheduler_host: host,
        scheduler_port: port,
        // Wait for a scheduler started at the same time.
        scheduler_connect_timeout_seconds: 30,
        work_dir: work_dir.map(|d| d.to_string_lossy().into_owned()),
        print_thread_info: false,
        ..ExecutorProcessConfig::default()
    };
    if let Some(cores) = o.cores {
        config.vcores = cores.max(1);
    }
    config.override_function_registry = Some(Arc::new(ballista_score::executor_functions()));
    start_executor_process(Arc::new(config)).await.map_err(|e| {
        Error::Other(format!(
            "Ballista executor on {}:{}: {e}",
            o.bind_host, o.port
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::score::Scorer;

    /// Job 3's weighing and grouping, run by DataFusion here over every
    /// rule's pairs, count and keep exactly what scoring here does: the same
    /// edges with the same weights in the same order, the same comparisons
    /// per rule, histogram and pairs stopped below the bound.
    #[test]
    fn weighing_and_grouping_give_what_scoring_here_gives() {
        let ballista_score::tests::Fixture {
            settings,
            f,
            blocking,
            model,
            file,
            dir: _dir,
            ..
        } = ballista_score::tests::fixture();
        let scorer = Scorer::new(&f, &settings, &model);
        let (mut r, mut a, mut b) = (Vec::new(), Vec::new(), Vec::new());
        for &block in &blocking.blocks {
            blocking.for_each_pair(block, |x, y| {
                r.push(block.0 as i64);
                a.push(x.min(y));
                b.push(x.max(y));
            });
        }
        assert!(r.len() > 100, "pairs to score: {}", r.len());
        let schema = Arc::new(Schema::new(vec![
            Field::new("r", DataType::Int64, false),
            Field::new("a", DataType::UInt32, false),
            Field::new("b", DataType::UInt32, false),
        ]));
        let batch = RecordBatch::try_new(
            schema,
            vec![
                Arc::new(Int64Array::from(r)),
                Arc::new(UInt32Array::from(a)),
                Arc::new(UInt32Array::from(b)),
            ],
        )
        .unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let everything = scorer.score_all(&blocking, f32::MIN);
        let weights: Vec<f32> = everything.edges.iter().map(|e| e.weight).collect();
        let (lo, hi) = (weights[weights.len() - 1], weights[0]);
        assert!(lo < hi);
        let order = |e: &Edge| (e.a.min(e.b), e.a.max(e.b), e.weight.to_bits());
        for min in [f32::MIN, (lo + hi) / 2.0, hi - 0.5] {
            let want = scorer.score_all(&blocking, min);
            let got = runtime.block_on(async {
                let ctx = SessionContext::new();
                ctx.register_udf(ballista_score::function());
                ctx.register_batch("p", batch.clone()).unwrap();
                let sql = format!(
                    "WITH {}",
                    weigh_and_group("SELECT r, a, b FROM p", &file.path, &file.key, min).unwrap()
                );
                let mut scored = Scored {
                    edges: Vec::new(),
                    per_rule: vec![0; settings.blocking_rules.len()],
                    histogram: vec![0; want.histogram.len()],
                    below_bound: 0,
                };
                for batch in ctx.sql(&sql).await.unwrap().collect().await.unwrap() {
                    gather(&mut scored, &batch, f.n).unwrap();
                }
                scorer.finish(scored)
            });
            assert_eq!(
                got.edges.iter().map(order).collect::<Vec<_>>(),
                want.edges.iter().map(order).collect::<Vec<_>>(),
                "min {min}"
            );
            assert_eq!(got.per_rule, want.per_rule);
            assert_eq!(got.histogram, want.histogram);
            assert_eq!(got.below_bound, want.below_bound);
        }
        assert!(
            scorer.score_all(&blocking, hi - 0.5).below_bound > 0,
            "the bound stops pairs early near the top"
        );
    }
}
