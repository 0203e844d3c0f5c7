//! Training's jobs on the cluster: the blocks each set of rules samples,
//! and the comparison patterns of the pairs they hold.

use super::stage::StageFile;
use super::*;
use std::cmp::Reverse;

/// What training's jobs read.
pub(super) struct TrainingJob<'a> {
    pub(super) keys: PathBuf,
    pub(super) packages: Packages<'a>,
    /// Prediction rules (`k0…`) and EM training rules (`t0…`) in the keys.
    pub(super) rules: usize,
    pub(super) sessions: usize,
    pub(super) max_block_size: usize,
    pub(super) em_max_pairs: u64,
}

/// Training's jobs, on the scheduler.
pub(super) async fn count_patterns(
    cluster: &Cluster,
    job: &TrainingJob<'_>,
) -> Result<TrainingPatterns> {
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
/// the set's sampled pairs within `em_max_pairs`. The blocks are counted
/// and sampled by a job for each part of the key space (as many as the
/// records have shards: `key_part`), so no job groups or numbers more keys
/// than about a shard's records; then the pairs of the sampled blocks, a
/// job for each shard pair.
pub(super) async fn count_patterns_on(
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
    // As many parts of the key space as shards (`key_part`).
    let parts = job.packages.shards.len().max(1);
    let capped = if rules > 0 {
        let mut stats = vec![RuleStats::default(); rules];
        block_sizes(ctx, rules, max, parts, &mut stats).await?
    } else {
        Vec::new()
    };
    // Part `part`'s blocks (`key_part`): each set's blocks of two to the
    // cap whose keys the part holds.
    let blocks = |part: usize| {
        format!(
            "SELECT s, r, k, c FROM ({}) WHERE c >= 2 AND c <= {max}",
            union(
                (0..sessions)
                    .map(|j| sizes(j, 0, &format!("t{j}"), (part, parts)))
                    .chain((0..rules).map(|r| sizes(sessions, r, &format!("k{r}"), (part, parts))))
            )
        )
    };
    // How many blocks each set has of each size, of each rule, in each
    // part: a job for each part. Summed over rules and parts: the set's
    // pairs in all, and so its stride and the pairs of the blocks the
    // stride takes.
    let mut groups: BTreeMap<Group, u64> = BTreeMap::new();
    for part in 0..parts {
        let sql = format!(
            "SELECT s, c, r, count(*) AS n FROM ({}) GROUP BY s, c, r",
            blocks(part)
        );
        for batch in collect(ctx, &sql)
            .instrument(tracing::debug_span!("cluster_training_blocks", part))
            .await?
        {
            let (s, c, r, n) = (
                int(&batch, 0)?,
                int(&batch, 1)?,
                int(&batch, 2)?,
                int(&batch, 3)?,
            );
            for i in 0..batch.num_rows() {
                let group = Group {
                    set: rule(s.value(i), sets)?,
                    size: Reverse(c.value(i)),
                    rule: r.value(i),
                    part,
                };
                *groups.entry(group).or_insert(0) += n.value(i).max(0) as u64;
            }
        }
    }
    let mut histogram: Vec<BTreeMap<u64, u64>> = vec![BTreeMap::new(); sets];
    for (g, &n) in &groups {
        *histogram[g.set].entry(g.size.0 as u64).or_insert(0) += n;
    }
    let samples: Vec<Sample> = histogram
        .into_iter()
        .map(|h| Sample::of(&mut h.into_iter().collect::<Vec<_>>(), job.em_max_pairs))
        .collect();
    // The blocks numbered in the order of `Blocking::blocks`: largest
    // first, then by rule, then by key as the unsigned number it is (its
    // sign bit last). The parts hold ranges of keys in that order
    // (`key_part`), so a group's blocks (a set's of one size and rule in
    // one part) are numbered from where the groups before it end: every
    // group's start, then a job for each part numbering its own groups'
    // blocks from their starts, taking every stride-th.
    let mut start = vec![0u64; sets];
    let mut table: [(&str, Vec<i64>); 6] =
        ["s", "c", "r", "p", "pos", "st"].map(|c| (c, Vec::new()));
    for (g, &n) in &groups {
        let row = [
            g.set as i64,
            g.size.0,
            g.rule,
            g.part as i64,
            start[g.set] as i64,
            samples[g.set].stride as i64,
        ];
        for ((_, column), v) in table.iter_mut().zip(row) {
            column.push(v);
        }
        start[g.set] += n;
    }
    let stage = job
        .keys
        .parent()
        .ok_or_else(|| Error::Other("the keys file is in no folder".into()))?;
    let starts = StageFile::write_ints(stage, "sample-groups", table)?;
    register(ctx, "groups", &starts.0).await?;
    let mut chosen: [(&str, Vec<i64>); 3] = ["s", "r", "k"].map(|c| (c, Vec::new()));
    for part in 0..parts {
        let sql = format!(
            "WITH numbered AS (SELECT s, r, k, c, \
               row_number() OVER (PARTITION BY s, c, r ORDER BY k < 0, k) AS n FROM ({})) \
             SELECT b.s, b.r, b.k FROM numbered b \
             JOIN groups g ON b.s = g.s AND b.c = g.c AND b.r = g.r \
             WHERE g.p = {part} AND (g.pos + CAST(b.n AS BIGINT) - 1) % g.st = 0",
            blocks(part)
        );
        for batch in collect(ctx, &sql)
            .instrument(tracing::debug_span!("cluster_training_sample", part))
            .await?
        {
            for (i, (_, column)) in chosen.iter_mut().enumerate() {
                column.extend(int(&batch, i)?.values().iter().copied());
            }
        }
    }
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
    // Written to the stage for the patterns' jobs, which read them once
    // for every rule (a query in their place would be planned again for
    // each).
    let chosen = StageFile::write_ints(stage, "sample", chosen)?;
    register(ctx, "chosen", &chosen.0).await?;
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

/// A set's blocks of one size and rule in one part, in the order they
/// are numbered: largest first, then by rule, then by part.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Group {
    set: usize,
    size: Reverse<i64>,
    rule: i64,
    part: usize,
}

/// One set's sample of blocks, from how many blocks of each size it has.
#[derive(Debug, PartialEq)]
pub(super) struct Sample {
    pub(super) total_pairs: u64,
    pub(super) stride: u64,
    /// The pairs of the blocks taken (before pairs an earlier rule holds
    /// are left out).
    pub(super) chosen_pairs: u64,
}

impl Sample {
    /// `sizes`: (block size, blocks of that size). The blocks are in order
    /// largest first, so which positions the stride takes, and so the
    /// sizes of the blocks it takes, follow from the sizes alone.
    pub(super) fn of(sizes: &mut [(u64, u64)], max_pairs: u64) -> Sample {
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
