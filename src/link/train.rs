//! Training the Fellegi–Sunter model: u probabilities from randomly sampled
//! pairs (almost all non-matches), m probabilities by expectation
//! maximisation over the comparison patterns of the training rules' pairs,
//! and the prior λ that two random records match by EM over every
//! comparable pair with m and u held. The trained model is written as JSON
//! and can be loaded again, so a rerun in CI skips training and gives the
//! same weights.

use super::block::Blocking;
use super::compare::Compiled;
use super::features::Features;
use super::settings::Settings;
use crate::error::{Error, Result};
use rand::{Rng, SeedableRng};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Counts per comparison pattern. foldhash rather than std's SipHash: one
/// lookup a candidate pair, and SipHash was most of the training's pattern
/// counting. The counts are sorted before use, so the hasher's order never
/// shows.
type PatternCounts = HashMap<u64, u64, foldhash::fast::FixedState>;
use std::path::Path;

/// One comparison level's trained probabilities.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct LevelParams {
    pub label: String,
    /// P(level | match).
    pub m: f64,
    /// P(level | non-match).
    pub u: f64,
    /// log2(m / u).
    pub weight: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ComparisonParams {
    pub name: String,
    /// Levels 1..=n then else (the null level carries no weight).
    pub levels: Vec<LevelParams>,
}

/// A trained model: what `--model FILE` loads.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Model {
    pub model_version: u32,
    /// Probability that two records drawn at random are the same person.
    pub probability_two_random_records_match: f64,
    /// Share of matches among the candidate pairs, as EM found it.
    pub em_match_share: f64,
    pub em_iterations: u32,
    pub em_converged: bool,
    /// Each EM session: its training rule (or `prior` for the last, with m
    /// and u held), iterations, whether it converged and the match share it
    /// found. A session that stops at its cap has not converged: its m
    /// probabilities were still moving by more than `em_convergence`.
    #[serde(default)]
    pub em_sessions: Vec<EmSession>,
    pub candidate_pairs: u64,
    pub records: u64,
    pub comparisons: Vec<ComparisonParams>,
}

impl Model {
    pub fn prior_weight(&self) -> f64 {
        let l = self
            .probability_two_random_records_match
            .clamp(1e-15, 1.0 - 1e-15);
        (l / (1.0 - l)).log2()
    }

    pub fn write(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(|e| Error::Other(e.to_string()))?;
        std::fs::write(path, text + "\n").map_err(|e| Error::io(path, e))
    }

    /// Load a model and check it fits the settings' comparisons.
    pub fn load(path: &Path, settings: &Settings) -> Result<Model> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::config(path, None, format!("cannot read the model: {e}")))?;
        let model: Model = serde_json::from_str(&text).map_err(|e| {
            Error::config(path, Some(e.line()), format!("not a onefamily model: {e}"))
        })?;
        let fits = model.comparisons.len() == settings.comparisons.len()
            && model
                .comparisons
                .iter()
                .zip(&settings.comparisons)
                .all(|(m, c)| m.name == c.name && m.levels.len() == c.levels.len() + 1);
        if !fits {
            return Err(Error::config(path, None, "the model was trained with other comparisons than the link settings name: retrain it"));
        }
        Ok(model)
    }
}

/// One EM session of a training run (see `Model::em_sessions`).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct EmSession {
    pub rule: String,
    pub pairs: u64,
    pub iterations: u32,
    pub converged: bool,
    pub match_share: f64,
    /// The largest change of an m (or fitted u) probability, or of the match
    /// share, in the last iteration.
    pub last_change: f64,
}

/// Level counts per comparison (index = level number).
type LevelCounts = Vec<Vec<u64>>;

/// A pair's comparison pattern: each comparison's level, four bits each
/// (what training counts, here and on a cluster's executors).
pub(crate) fn pattern_of(c: &Compiled, i: usize, j: usize) -> u64 {
    let swap = c.swap(i, j);
    let mut pattern = 0u64;
    for k in 0..c.comparisons.len() {
        let (level, _) = c.level(k, i, j, swap);
        pattern |= (level as u64) << (4 * k);
    }
    pattern
}

fn level_in(pattern: u64, k: usize) -> usize {
    ((pattern >> (4 * k)) & 0xf) as usize
}

/// u probabilities from random pairs (seeded: the same data give the same u).
fn estimate_u(f: &Features, compiled: &Compiled, settings: &Settings) -> LevelCounts {
    let n = f.n;
    let mut counts: LevelCounts = settings
        .comparisons
        .iter()
        .map(|c| vec![0; c.else_level() as usize + 1])
        .collect();
    if n < 2 {
        return counts;
    }
    let all_pairs = n as u64 * (n as u64 - 1) / 2;
    let samples = settings.training.u_sample_pairs.min(all_pairs);
    // Chunks with their own seeds: parallel, yet the same on any thread count.
    let chunk = 100_000u64;
    let chunks = samples.div_ceil(chunk);
    let per_chunk: Vec<LevelCounts> = (0..chunks)
        .into_par_iter()
        .map(|c| {
            let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(
                settings.training.seed ^ (c.wrapping_mul(0x9e37_79b9)),
            );
            let mut local: LevelCounts = settings
                .comparisons
                .iter()
                .map(|c| vec![0; c.else_level() as usize + 1])
                .collect();
            let todo = chunk.min(samples - c * chunk);
            // Positions in the canonical order, so that the sample does not
            // depend on the order of sources or rows.
            let at = |p: usize| f.order.get(p).map_or(p, |&r| r as usize);
            // The chunk's pairs drawn first, so that each pair's two records
            // can be asked for from memory a few pairs before they are
            // compared: random records are never in the cache.
            let pairs: Vec<(usize, usize)> = (0..todo)
                .map(|_| {
                    let i = rng.gen_range(0..n);
                    let mut j = rng.gen_range(0..n - 1);
                    if j >= i {
                        j += 1;
                    }
                    (at(i), at(j))
                })
                .collect();
            const AHEAD: usize = 4;
            for (x, &(i, j)) in pairs.iter().enumerate() {
                if let Some(&(ni, nj)) = pairs.get(x + AHEAD) {
                    compiled.prefetch(ni);
                    compiled.prefetch(nj);
                }
                let p = pattern_of(compiled, i, j);
                for (k, lc) in local.iter_mut().enumerate() {
                    lc[level_in(p, k)] += 1;
                }
            }
            local
        })
        .collect();
    for local in per_chunk {
        for (k, lc) in local.into_iter().enumerate() {
            for (l, v) in lc.into_iter().enumerate() {
                counts[k][l] += v;
            }
        }
    }
    counts
}

/// Comparison patterns of the candidate pairs (a deterministic sample of
/// blocks when there are more than `max_pairs`), and an estimate of the
/// total number of candidate pairs.
fn candidate_patterns(
    compiled: &Compiled,
    blocking: &Blocking,
    max_pairs: u64,
) -> (Vec<(u64, f64)>, u64) {
    let total_block_pairs: u64 = blocking
        .blocks
        .iter()
        .map(|&b| Blocking::block_pairs(b))
        .sum();
    let stride = sample_stride(total_block_pairs, max_pairs);
    // Every stride-th block (by its position in the stable block order).
    let chosen: Vec<(u16, u32, u32)> = blocking
        .blocks
        .iter()
        .copied()
        .enumerate()
        .filter(|(k, _)| (*k as u64).is_multiple_of(stride))
        .map(|(_, b)| b)
        .collect();
    let chosen_pairs: u64 = chosen.iter().map(|&b| Blocking::block_pairs(b)).sum();
    let units = Blocking::work_units(&chosen);
    let (patterns, deduped) = units
        .par_iter()
        .with_max_len(1)
        .fold(
            || (PatternCounts::default(), 0u64),
            |(mut acc, mut n), unit| {
                for &block in &chosen[unit.clone()] {
                    let ahead = |next: u32| compiled.prefetch(next as usize);
                    blocking.for_each_pair_ahead(block, ahead, |a, b| {
                        *acc.entry(pattern_of(compiled, a as usize, b as usize))
                            .or_insert(0) += 1;
                        n += 1;
                    });
                }
                (acc, n)
            },
        )
        .reduce(
            || (PatternCounts::default(), 0),
            |(mut a, na), (b, nb)| {
                for (k, v) in b {
                    *a.entry(k).or_insert(0) += v;
                }
                (a, na + nb)
            },
        );
    let estimated = estimate_candidates(deduped, chosen_pairs, total_block_pairs);
    // Sorted, so that floating-point sums run in one order on any thread count.
    let sorted: BTreeMap<u64, u64> = patterns.into_iter().collect();
    (
        sorted.into_iter().map(|(p, c)| (p, c as f64)).collect(),
        estimated,
    )
}

/// One EM session: m probabilities of the comparisons in `train` (the
/// others are left out of the likelihood), and the share of matches. With
/// `fit_u`, the session also fits its own u: the non-matches inside a block
/// (people who share a name, or a birthday) are not like random pairs, and
/// forcing random-pair u onto them drives EM to call every pair a match.
/// The fitted u serves only the session; scoring uses the sampled u.
fn em(
    patterns: &[(u64, f64)],
    u_start: &[Vec<f64>],
    m: &mut [Vec<f64>],
    train: &[bool],
    fit_u: bool,
    (iterations, convergence): (u32, f64),
) -> (f64, u32, bool, f64) {
    let total: f64 = patterns.iter().map(|(_, c)| c).sum();
    let mut u: Vec<Vec<f64>> = u_start.to_vec();
    let mut lambda = 0.1f64;
    if total <= 0.0 {
        return (lambda, 0, false, 0.0);
    }
    let mut delta: f64 = 0.0;
    for it in 1..=iterations {
        let mut m_acc: Vec<Vec<f64>> = m.iter().map(|v| vec![0.0; v.len()]).collect();
        let mut u_acc: Vec<Vec<f64>> = m.iter().map(|v| vec![0.0; v.len()]).collect();
        let mut match_total = 0.0;
        for &(p, count) in patterns {
            let (mut pm, mut pu) = (lambda, 1.0 - lambda);
            for k in 0..m.len() {
                let l = level_in(p, k);
                if l != 0 && train[k] {
                    pm *= m[k][l];
                    pu *= u[k][l];
                }
            }
            let w = if pm + pu > 0.0 { pm / (pm + pu) } else { 0.0 };
            match_total += w * count;
            for k in 0..m.len() {
                let l = level_in(p, k);
                m_acc[k][l] += w * count;
                u_acc[k][l] += (1.0 - w) * count;
            }
        }
        delta = 0.0;
        for k in 0..m.len() {
            if !train[k] {
                continue;
            }
            let m_sum: f64 = m_acc[k][1..].iter().sum();
            let u_sum: f64 = u_acc[k][1..].iter().sum();
            for l in 1..m[k].len() {
                // A floor keeps every level's weight finite.
                if m_sum > 0.0 {
                    let new = (m_acc[k][l] / m_sum).max(1e-6);
                    delta = delta.max((new - m[k][l]).abs());
                    m[k][l] = new;
                }
                if fit_u && u_sum > 0.0 {
                    let new = (u_acc[k][l] / u_sum).max(1e-9);
                    delta = delta.max((new - u[k][l]).abs());
                    u[k][l] = new;
                }
            }
        }
        let new_lambda = (match_total / total).clamp(1e-9, 1.0 - 1e-9);
        delta = delta.max((new_lambda - lambda).abs());
        lambda = new_lambda;
        // Splink's test: no probability moved by more than `convergence`.
        // (A tolerance of 1e-7, as before, asked for a precision EM's slow
        // linear convergence does not reach in 30 iterations: every session
        // stopped at its cap, 68–70 iterations in all, at every size.)
        if delta < convergence {
            return (lambda, it, true, delta);
        }
    }
    (lambda, iterations, false, delta)
}

/// The prior λ, the probability that two records drawn at random are one
/// person, by EM over every comparable pair with m and u held: λ is the
/// expected number of matches, the sum of the pairs' match probabilities
/// under λ, over the number of pairs. Pairs outside the blocks are taken as
/// non-matches (a blocking that misses matches makes λ a little low, the
/// cautious side).
///
/// EM over the candidate pairs alone, as before, is not this: the
/// candidates were chosen for agreeing on their blocking keys, which random
/// pairs' u does not know, so it called most candidates matches (0.84 of
/// 43.6M at 1M peers' records, 0.80 of 268M at 3M) and λ came out 59 and
/// 114 times the true one; too high by more as the estate grows, since
/// candidates grow faster than matches. Returns λ, iterations, whether it
/// converged (λ moved by less than `convergence` of itself) and the last
/// relative change.
fn prior_over_all_pairs(
    patterns: &[(u64, f64)],
    scale: f64,
    m: &[Vec<f64>],
    u: &[Vec<f64>],
    all_pairs: f64,
    (iterations, convergence): (u32, f64),
) -> (f64, u32, bool, f64) {
    // Each pattern's log2 Bayes factor (null levels add nothing).
    let factors: Vec<(f64, f64)> = patterns
        .iter()
        .map(|&(p, count)| {
            let bits: f64 = (0..m.len())
                .map(|k| level_in(p, k))
                .enumerate()
                .filter(|&(_, l)| l != 0)
                .map(|(k, l)| (m[k][l] / u[k][l]).log2())
                .sum();
            (bits, count * scale)
        })
        .collect();
    let candidates: f64 = factors.iter().map(|(_, c)| c).sum();
    let (lo, hi) = (1e-15, 0.5);
    if candidates <= 0.0 || all_pairs <= 0.0 {
        return (lo, 0, false, 0.0);
    }
    // From above: no more matches than candidates. The map is increasing
    // and concave in λ, so from above it falls to its one fixed point.
    let mut lambda = (candidates / all_pairs).clamp(lo, hi);
    let mut change = 0.0;
    for it in 1..=iterations {
        let prior_bits = (lambda / (1.0 - lambda)).log2();
        let matches: f64 = factors
            .iter()
            .map(|&(bits, count)| count / (1.0 + (-(prior_bits + bits)).exp2()))
            .sum();
        let new = (matches / all_pairs).clamp(lo, hi);
        change = ((new - lambda) / lambda).abs();
        lambda = new;
        if change < convergence {
            return (lambda, it, true, change);
        }
    }
    (lambda, iterations, false, change)
}

/// Starting m: high on the strongest level, falling away.
fn initial_m(settings: &Settings) -> Vec<Vec<f64>> {
    settings
        .comparisons
        .iter()
        .map(|c| {
            let n = c.else_level() as usize;
            let mut v = vec![1.0; n + 1];
            let mut rest: f64 = 1.0;
            for (l, x) in v.iter_mut().enumerate().take(n).skip(1) {
                let share = if l == 1 { 0.8 } else { rest * 0.5 };
                *x = share;
                rest -= share;
            }
            v[n] = rest.max(0.01);
            let s: f64 = v[1..].iter().sum();
            for x in &mut v[1..] {
                *x /= s;
            }
            v
        })
        .collect()
}

/// The comparison patterns training counts, with how many pairs each: one
/// list per EM training rule (a sample of its candidate pairs, as
/// `candidate_patterns` takes it), and for the prior, the prediction rules'
/// candidate pairs (sampled alike) with an estimate of how many there are
/// in all. Each list is sorted by pattern. Here `local_patterns` counts
/// them; on a cluster its executors do (`super::ballista`), sampling the
/// same blocks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrainingPatterns {
    pub sessions: Vec<Vec<(u64, f64)>>,
    pub prior: Vec<(u64, f64)>,
    pub candidates: u64,
}

/// Which blocks a sample of at most `max_pairs` candidate pairs takes:
/// every stride-th block, in the order of `Blocking::blocks` (largest
/// first, then by rule and key). Returns the stride. A cluster's plan takes
/// the same blocks (`super::ballista`).
pub fn sample_stride(total_block_pairs: u64, max_pairs: u64) -> u64 {
    total_block_pairs.div_ceil(max_pairs.max(1)).max(1)
}

/// The estimated number of candidate pairs, from those the sampled blocks
/// gave (after pairs found by an earlier rule are left out), their blocks'
/// pairs and every block's.
pub fn estimate_candidates(deduped: u64, chosen_pairs: u64, total_block_pairs: u64) -> u64 {
    let sample_share = if total_block_pairs == 0 {
        1.0
    } else {
        chosen_pairs as f64 / total_block_pairs as f64
    };
    if sample_share > 0.0 {
        (deduped as f64 / sample_share).round() as u64
    } else {
        0
    }
}

/// Training's patterns counted here: each training rule's blocks built in
/// turn (and freed), then the prediction rules' `blocking`.
pub fn local_patterns(
    f: &Features,
    compiled: &Compiled,
    blocking: &Blocking,
    settings: &Settings,
) -> TrainingPatterns {
    crate::progress::length(
        settings.training.em_blocking_rules.len() as u64,
        "EM sessions",
    );
    let sessions = settings
        .training
        .em_blocking_rules
        .iter()
        .map(|rule| {
            let b = Blocking::build_rules(f, std::slice::from_ref(rule), settings.max_block_size);
            let patterns = candidate_patterns(compiled, &b, settings.training.em_max_pairs).0;
            crate::progress::add(1);
            patterns
        })
        .collect();
    let (prior, candidates) =
        candidate_patterns(compiled, blocking, settings.training.em_max_pairs);
    TrainingPatterns {
        sessions,
        prior,
        candidates,
    }
}

/// Train a model on these records: u by random sampling, m by one EM
/// session per training rule, then the prior by EM over every comparable
/// pair with m and u held (`prior_over_all_pairs`).
pub fn train(f: &Features, blocking: &Blocking, settings: &Settings) -> Model {
    // The comparisons' packed rows, built once for every pass below.
    let compiled = Compiled::new(f, settings);
    let patterns = local_patterns(f, &compiled, blocking, settings);
    fit(f, &compiled, settings, patterns)
}

/// A model from training's patterns, counted here or on a cluster: u by
/// random sampling here, m by one EM session per training rule's patterns,
/// then the prior.
pub fn fit(
    f: &Features,
    compiled: &Compiled,
    settings: &Settings,
    patterns: TrainingPatterns,
) -> Model {
    let u_counts = estimate_u(f, compiled, settings);
    let comparisons = &settings.comparisons;
    // u with add-one smoothing over the non-null levels.
    let u: Vec<Vec<f64>> = u_counts
        .iter()
        .map(|lc| {
            let total: u64 = lc[1..].iter().sum();
            let levels = (lc.len() - 1) as f64;
            lc.iter()
                .enumerate()
                .map(|(l, &c)| {
                    if l == 0 {
                        1.0
                    } else {
                        (c as f64 + 1.0) / (total as f64 + levels)
                    }
                })
                .collect()
        })
        .collect();
    let init = initial_m(settings);
    let mut sum: Vec<Vec<f64>> = init.iter().map(|v| vec![0.0; v.len()]).collect();
    let mut sessions = vec![0u32; comparisons.len()];
    let mut iterations = 0;
    let mut converged = true;
    let mut sessions_done = Vec::new();
    let TrainingPatterns {
        sessions: session_patterns,
        prior: patterns,
        candidates,
    } = patterns;
    for (rule, patterns) in settings
        .training
        .em_blocking_rules
        .iter()
        .zip(session_patterns)
    {
        let fields: Vec<_> = rule.keys.iter().flat_map(|k| k.fields()).collect();
        let train: Vec<bool> = comparisons
            .iter()
            .map(|c| !fields.contains(&c.field))
            .collect();
        let mut m = init.clone();
        let (share, its, conv, change) = em(
            &patterns,
            &u,
            &mut m,
            &train,
            true,
            (
                settings.training.em_iterations,
                settings.training.em_convergence,
            ),
        );
        tracing::debug!(rule = %rule.name, match_share = share, iterations = its, converged = conv, last_change = change, "EM session.");
        iterations += its;
        converged &= conv;
        sessions_done.push(EmSession {
            rule: rule.name.clone(),
            pairs: patterns.iter().map(|(_, c)| *c as u64).sum(),
            iterations: its,
            converged: conv,
            match_share: share,
            last_change: change,
        });
        if patterns.is_empty() {
            continue;
        }
        for k in 0..comparisons.len() {
            if train[k] {
                sessions[k] += 1;
                for (s, x) in sum[k].iter_mut().zip(&m[k]) {
                    *s += x;
                }
            }
        }
    }
    let m: Vec<Vec<f64>> = (0..comparisons.len())
        .map(|k| {
            if sessions[k] == 0 {
                init[k].clone()
            } else {
                sum[k].iter().map(|x| x / sessions[k] as f64).collect()
            }
        })
        .collect();
    // The prior over every comparable pair, m and u held.
    let sampled: f64 = patterns.iter().map(|(_, c)| c).sum();
    // Pairs that cannot match (inside a duplicate-free source, or any
    // source under link_only) are no part of the prior's denominator.
    let all_pairs = f.comparable_pairs();
    let scale = if sampled > 0.0 {
        candidates as f64 / sampled
    } else {
        0.0
    };
    let (prior, its, conv, change) = prior_over_all_pairs(
        &patterns,
        scale,
        &m,
        &u,
        all_pairs,
        (
            settings.training.em_iterations.max(50),
            settings.training.em_convergence,
        ),
    );
    let lambda = if candidates > 0 {
        (prior * all_pairs / candidates as f64).min(1.0)
    } else {
        0.0
    };
    iterations += its;
    converged &= conv;
    sessions_done.push(EmSession {
        rule: "prior".into(),
        pairs: sampled as u64,
        iterations: its,
        converged: conv,
        match_share: lambda,
        last_change: change,
    });
    Model {
        model_version: 1,
        probability_two_random_records_match: prior,
        em_match_share: lambda,
        em_iterations: iterations,
        em_converged: converged,
        em_sessions: sessions_done,
        candidate_pairs: candidates,
        records: f.n as u64,
        comparisons: comparisons
            .iter()
            .enumerate()
            .map(|(k, c)| ComparisonParams {
                name: c.name.clone(),
                levels: (1..=c.else_level() as usize)
                    .map(|l| LevelParams {
                        label: c.level_label(l as u8),
                        m: m[k][l],
                        u: u[k][l],
                        weight: (m[k][l] / u[k][l]).log2(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One comparison whose levels carry 40, 5 and -3 bits: pattern 1 is
    /// what matches look like, pattern 2 non-matches that the blocking
    /// chose (they agree on something), pattern 3 the rest.
    fn one_comparison() -> (Vec<Vec<f64>>, Vec<Vec<f64>>) {
        let m = vec![vec![1.0, 0.5, 0.3, 0.2]];
        let u = vec![vec![1.0, 0.5 / 2f64.powi(40), 0.3 / 32.0, 0.2 * 8.0]];
        (m, u)
    }

    /// The prior is the matches' share of every pair, however many
    /// non-matching candidates the blocking brings in: more candidates (as
    /// a larger estate brings) do not raise it. EM over the candidates
    /// alone called most of them matches.
    #[test]
    fn the_prior_is_the_matches_share_of_all_pairs_whatever_the_candidates() {
        let (m, u) = one_comparison();
        let all_pairs = 1e12;
        let matches = 1e5;
        for non_matches in [1e3, 1e5, 1e6, 1e8] {
            let patterns = [(1u64, matches), (2u64, non_matches)];
            let (prior, its, converged, _) =
                prior_over_all_pairs(&patterns, 1.0, &m, &u, all_pairs, (100, 1e-6));
            assert!(converged, "{non_matches}: {its} iterations");
            let want = matches / all_pairs;
            assert!(
                (prior / want - 1.0).abs() < 0.01,
                "{non_matches} non-matching candidates: prior {prior:e}, want {want:e}"
            );
        }
    }

    /// A sample of the candidates counts for all of them: half the pairs
    /// at scale 2 give the prior all of them give.
    #[test]
    fn a_sample_of_candidates_is_scaled_to_all_of_them() {
        let (m, u) = one_comparison();
        let full = [(1u64, 2e4), (2u64, 4e6), (3u64, 1e6)];
        let half: Vec<(u64, f64)> = full.iter().map(|&(p, c)| (p, c / 2.0)).collect();
        let (a, ..) = prior_over_all_pairs(&full, 1.0, &m, &u, 1e11, (100, 1e-9));
        let (b, ..) = prior_over_all_pairs(&half, 2.0, &m, &u, 1e11, (100, 1e-9));
        assert!((a / b - 1.0).abs() < 1e-9, "{a:e} {b:e}");
        assert!((a / 2e-7 - 1.0).abs() < 0.01, "{a:e}");
    }

    /// No candidates, or no pairs at all: the floor, not a division by zero.
    #[test]
    fn no_candidates_give_the_floor() {
        let (m, u) = one_comparison();
        let (prior, its, converged, _) = prior_over_all_pairs(&[], 1.0, &m, &u, 1e6, (50, 1e-4));
        assert_eq!((prior, its, converged), (1e-15, 0, false));
        let (prior, ..) = prior_over_all_pairs(&[(1, 5.0)], 1.0, &m, &u, 0.0, (50, 1e-4));
        assert!(prior.is_finite() && prior > 0.0);
    }
}
