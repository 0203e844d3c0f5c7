//! The cluster's jobs run by DataFusion here, over the keys file and the
//! packages, against blocking, scoring and training here.

use super::training::{count_patterns_on, Sample};
use super::*;
use crate::link::block::Blocking;
use crate::link::compare::Compiled;
use crate::link::score::Scorer;
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use std::sync::Arc;

/// A DataFusion session here with `function` and the keys file as
/// `keys`, as `connect` makes one on a cluster.
async fn session(
    keys: &StageFile,
    function: datafusion::logical_expr::ScalarUDF,
) -> SessionContext {
    let ctx = SessionContext::new();
    ctx.register_udf(function);
    ctx.register_parquet(
        "keys",
        keys.0.to_str().unwrap(),
        ParquetReadOptions::default(),
    )
    .await
    .unwrap();
    ctx
}

/// The same edges (each pair once, the same weight, in the same order),
/// comparisons per rule, histogram and pairs stopped below the bound.
fn same_scoring(got: &Scored, want: &Scored, what: &str) {
    let order = |e: &Edge| (e.a.min(e.b), e.a.max(e.b), e.weight.to_bits());
    assert_eq!(
        got.edges.iter().map(order).collect::<Vec<_>>(),
        want.edges.iter().map(order).collect::<Vec<_>>(),
        "{what}"
    );
    assert_eq!(got.per_rule, want.per_rule, "{what}");
    assert_eq!(got.histogram, want.histogram, "{what}");
    assert_eq!(got.below_bound, want.below_bound, "{what}");
}

/// Training's jobs, run by DataFusion here over the keys file and a
/// package without a model, count the patterns training here counts:
/// each training rule's and the prior's, the same sampled blocks at
/// every sample size, capped blocks among them, the same estimate of
/// the candidates; and so the model fitted to them is the one trained
/// here.
#[test]
fn training_patterns_are_those_counted_here() {
    let _cache = ballista_score::tests::cache_users();
    let fx = ballista_score::tests::fixture();
    let f = &fx.f;
    let mut settings = fx.settings.clone();
    settings.max_block_size = 8;
    let settings = settings;
    let blocking = Blocking::build(f, &settings);
    assert!(blocking.stats.iter().any(|s| s.capped_blocks > 0));
    assert!(blocking.stats.iter().any(|s| s.blocks > 1));
    let dir = tempfile::tempdir().unwrap();
    let table = KeyTable::build(f, &settings).with_training(f, &settings);
    let sessions = table.training.len();
    assert!(sessions >= 2);
    let keys = StageFile::write(dir.path(), &table).unwrap();
    let package = PackageRef {
        features: f,
        settings: &settings,
        model: None,
        ranges: &[],
    };
    let compiled = Compiled::new(f, &settings);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let count = |p: &[(u64, f64)]| p.iter().map(|(_, c)| c).sum::<f64>();
    let everything = train::local_patterns(f, &compiled, &blocking, &settings);
    let all_pairs = count(&everything.prior);
    assert!(all_pairs > 100.0, "{all_pairs}");
    // Training's jobs here, in shards of `per` records.
    let on_cluster = |settings: &crate::link::settings::Settings, per: usize| {
        let job = TrainingJob {
            keys: keys.0.clone(),
            packages: Packages::new(dir.path().to_path_buf(), &package, f.n, per),
            rules: settings.blocking_rules.len(),
            sessions,
            max_block_size: settings.max_block_size,
            em_max_pairs: settings.training.em_max_pairs,
        };
        runtime
            .block_on(async {
                let ctx = session(&keys, ballista_score::pattern_function()).await;
                count_patterns_on(&ctx, &job).await
            })
            .unwrap()
    };
    let mut sampled = 0;
    for max_pairs in [u64::MAX, 200, 37, 1] {
        let mut settings = settings.clone();
        settings.training.em_max_pairs = max_pairs;
        let compiled = Compiled::new(f, &settings);
        let want = train::local_patterns(f, &compiled, &blocking, &settings);
        // One shard, three (a job for each of six shard pairs), seven.
        for per in [usize::MAX, 30, 13] {
            let got = on_cluster(&settings, per);
            assert_eq!(got, want, "at most {max_pairs} pairs, shards of {per}");
            assert_eq!(
                train::fit(f, &compiled, &settings, got),
                train::train(f, &blocking, &settings)
            );
        }
        if count(&want.prior) < all_pairs {
            sampled += 1;
        }
    }
    // Every block over a cap of one: no block to sample in any part (the
    // groups' starts and the sample written empty), as here.
    let mut capped = settings.clone();
    capped.max_block_size = 1;
    let compiled = Compiled::new(f, &capped);
    let want = train::local_patterns(f, &compiled, &Blocking::build(f, &capped), &capped);
    let got = on_cluster(&capped, 13);
    assert_eq!(got, want, "every block capped");
    assert_eq!(count(&got.prior), 0.0, "nothing sampled");
    // Each shard pair's package was removed after its job.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().contains("score"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert!(sampled >= 2, "the smaller samples left pairs out");
}

/// Which blocks a stride takes follows from the block sizes alone.
#[test]
fn a_sample_takes_every_stride_th_block_largest_first() {
    // Blocks of 5, 4, 4, 3, 2, 2, 2 records: 10 + 6 + 6 + 3 + 1 + 1 + 1.
    let mut sizes = vec![(2, 3), (4, 2), (5, 1), (3, 1)];
    let all = Sample::of(&mut sizes.clone(), u64::MAX);
    assert_eq!((all.total_pairs, all.stride, all.chosen_pairs), (28, 1, 28));
    // 28 pairs in at most 10: every third block, the 5, the 3 and the
    // last 2.
    let third = Sample::of(&mut sizes, 10);
    assert_eq!(
        (third.total_pairs, third.stride, third.chosen_pairs),
        (28, 3, 14)
    );
}

/// Job 3's weighing and grouping, run by DataFusion here over every
/// rule's pairs, count and keep exactly what scoring here does: the same
/// edges with the same weights in the same order, the same comparisons
/// per rule, histogram and pairs stopped below the bound.
#[test]
fn weighing_and_grouping_give_what_scoring_here_gives() {
    let _cache = ballista_score::tests::cache_users();
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
        same_scoring(&got, &want, &format!("min {min}"));
    }
    assert!(
        scorer.score_all(&blocking, hi - 0.5).below_bound > 0,
        "the bound stops pairs early near the top"
    );
}

/// The link's jobs, run by DataFusion here over the keys file, find and
/// weigh the candidate pairs scoring here finds and weighs (the same
/// edges, counts per rule, histogram and pairs stopped below the
/// bound) and the same block statistics, with the records in one shard
/// or cut into several, each shard pair weighed by a job of its own.
#[test]
fn the_link_jobs_score_as_here_in_shards() {
    let _cache = ballista_score::tests::cache_users();
    let fx = ballista_score::tests::fixture();
    let f = &fx.f;
    let mut settings = fx.settings.clone();
    settings.max_block_size = 8;
    let blocking = Blocking::build(f, &settings);
    assert!(blocking.stats.iter().any(|s| s.capped_blocks > 0));
    let scorer = Scorer::new(f, &settings, &fx.model);
    let dir = tempfile::tempdir().unwrap();
    let keys = StageFile::write(dir.path(), &KeyTable::build(f, &settings)).unwrap();
    let package = PackageRef {
        features: f,
        settings: &settings,
        model: Some(&fx.model),
        ranges: &[],
    };
    let names: Vec<String> = settings
        .blocking_rules
        .iter()
        .map(|r| r.name.clone())
        .collect();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let everything = scorer.score_all(&blocking, f32::MIN);
    let hi = everything.edges[0].weight;
    for min in [f32::MIN, hi - 2.0] {
        let want = scorer.finish(scorer.score_all(&blocking, min));
        assert!(!want.edges.is_empty());
        for per in [usize::MAX, 30, 13] {
            let job = Job {
                keys: keys.0.clone(),
                packages: Packages::new(dir.path().to_path_buf(), &package, f.n, per),
                names: &names,
                max_block_size: settings.max_block_size,
                records: f.n,
                min_weight: min,
            };
            let got = runtime
                .block_on(async {
                    let ctx = session(&keys, ballista_score::function()).await;
                    run_on(&ctx, &job).await
                })
                .unwrap();
            let scored = scorer.finish(got.scored);
            same_scoring(&scored, &want, &format!("min {min}, shards of {per}"));
            for (g, w) in got.stats.iter().zip(&blocking.stats) {
                assert_eq!(
                    (g.blocks, g.capped_blocks, g.capped_pairs, g.largest_block),
                    (w.blocks, w.capped_blocks, w.capped_pairs, w.largest_block),
                    "{}",
                    w.rule
                );
            }
        }
    }
}

/// The parts of the key space hold every key once, the extremes, negative
/// keys and the keys either side of every part's start among them, in the
/// unsigned order of the keys' bits (part 0 the lowest), however many
/// parts; run as SQL by DataFusion.
#[test]
fn every_key_is_in_one_part_in_order() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    for parts in [1usize, 2, 3, 7, 12] {
        // Where each part starts, as an unsigned number.
        let start = |p: usize| ((p as u128) << 64) / parts as u128;
        let mut keys: Vec<i64> = vec![
            i64::MIN,
            i64::MIN + 1,
            -7,
            -6,
            -1,
            0,
            1,
            6,
            7,
            i64::MAX - 1,
            i64::MAX,
        ];
        for p in 1..parts {
            keys.extend([start(p) as u64 as i64, (start(p) - 1) as u64 as i64]);
        }
        keys.sort_unstable();
        keys.dedup();
        let schema = Arc::new(Schema::new(vec![Field::new("k0", DataType::Int64, true)]));
        let column = Int64Array::from_iter(keys.iter().map(|&k| Some(k)).chain([None]));
        let batch = RecordBatch::try_new(schema, vec![Arc::new(column)]).unwrap();
        let ctx = SessionContext::new();
        ctx.register_batch("keys", batch).unwrap();
        let mut seen: Vec<i64> = Vec::new();
        for part in 0..parts {
            let sql = format!(
                "SELECT k0 FROM keys WHERE k0 IS NOT NULL{}",
                key_part("k0", part, parts)
            );
            let mut got: Vec<i64> = Vec::new();
            for b in &runtime.block_on(collect(&ctx, &sql)).unwrap() {
                got.extend(int(b, 0).unwrap().values().iter().copied());
            }
            for &k in &got {
                let u = k as u64 as u128;
                assert!(
                    start(part) <= u && u < start(part + 1),
                    "{parts} parts: key {k} in part {part}"
                );
            }
            if parts > 1 {
                assert!(got.len() < keys.len(), "{parts} parts: all in part {part}");
            }
            got.sort_unstable_by_key(|&k| k as u64);
            seen.extend(got);
        }
        // Every key once, and the parts one after another in unsigned order.
        let mut unsigned = keys.clone();
        unsigned.sort_unstable_by_key(|&k| k as u64);
        assert_eq!(seen, unsigned, "{parts} parts");
    }
}

/// Shards cover the records once, in order, of about equal size, none
/// over the most asked for.
#[test]
fn shards_cover_the_records_once() {
    assert_eq!(shards(0, 10), vec![(0, 0)]);
    assert_eq!(shards(5, usize::MAX), vec![(0, 5)]);
    assert_eq!(shards(10, 10), vec![(0, 10)]);
    assert_eq!(shards(11, 10), vec![(0, 6), (6, 11)]);
    for (n, per) in [(84, 13), (84, 30), (1_000_003, 250_000), (7, 1)] {
        let s = shards(n, per);
        assert_eq!(s.first().unwrap().0, 0);
        assert_eq!(s.last().unwrap().1 as usize, n);
        assert!(s.windows(2).all(|w| w[0].1 == w[1].0));
        assert!(s.iter().all(|&(a, b)| a < b && (b - a) as usize <= per));
        assert_eq!(s.len(), n.div_ceil(per));
    }
}
