//! Training the Fellegi–Sunter model: u probabilities from randomly sampled
//! pairs (almost all non-matches), m probabilities and the share of matches
//! among candidate pairs by expectation maximisation over the candidate
//! pairs' comparison patterns, and from that the prior λ that two random
//! records match. The trained model is written as JSON and can be loaded
//! again, so a rerun in CI skips training and gives the same weights.

use super::block::Blocking;
use super::compare::Compiled;
use super::features::Features;
use super::settings::Settings;
use crate::error::{Error, Result};
use rand::{Rng, SeedableRng};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
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

fn pattern_of(c: &Compiled, i: usize, j: usize) -> u64 {
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
            for _ in 0..todo {
                let i = rng.gen_range(0..n);
                let mut j = rng.gen_range(0..n - 1);
                if j >= i {
                    j += 1;
                }
                // Positions in the canonical order, so that the sample does
                // not depend on the order of sources or rows.
                let at = |p: usize| f.order.get(p).map_or(p, |&r| r as usize);
                let p = pattern_of(compiled, at(i), at(j));
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
    let stride = total_block_pairs.div_ceil(max_pairs.max(1)).max(1);
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
    let sample_share = if total_block_pairs == 0 {
        1.0
    } else {
        chosen_pairs as f64 / total_block_pairs as f64
    };
    let (patterns, deduped) = chosen
        .par_iter()
        .fold(
            || (HashMap::<u64, u64>::new(), 0u64),
            |(mut acc, mut n), &block| {
                blocking.for_each_pair(block, |a, b| {
                    *acc.entry(pattern_of(compiled, a as usize, b as usize))
                        .or_insert(0) += 1;
                    n += 1;
                });
                (acc, n)
            },
        )
        .reduce(
            || (HashMap::new(), 0),
            |(mut a, na), (b, nb)| {
                for (k, v) in b {
                    *a.entry(k).or_insert(0) += v;
                }
                (a, na + nb)
            },
        );
    let estimated = if sample_share > 0.0 {
        (deduped as f64 / sample_share).round() as u64
    } else {
        0
    };
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
    fix_m: bool,
    fit_u: bool,
    (iterations, convergence): (u32, f64),
) -> (f64, u32, bool, f64) {
    let total: f64 = patterns.iter().map(|(_, c)| c).sum();
    let mut u: Vec<Vec<f64>> = u_start.to_vec();
    let mut lambda = if fix_m { 0.3f64 } else { 0.1f64 };
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
            if !fix_m {
                for k in 0..m.len() {
                    let l = level_in(p, k);
                    m_acc[k][l] += w * count;
                    u_acc[k][l] += (1.0 - w) * count;
                }
            }
        }
        delta = 0.0;
        if !fix_m {
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

/// Train a model on these records: u by random sampling, m by one EM
/// session per training rule, then the share of matches among the
/// prediction candidates by EM with m and u held, which gives the prior.
pub fn train(f: &Features, blocking: &Blocking, settings: &Settings) -> Model {
    // The comparisons' packed rows, built once for every pass below.
    let compiled = Compiled::new(f, settings);
    let u_counts = estimate_u(f, &compiled, settings);
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
    crate::progress::length(
        settings.training.em_blocking_rules.len() as u64,
        "EM sessions",
    );
    for rule in &settings.training.em_blocking_rules {
        let fields: Vec<_> = rule.keys.iter().flat_map(|k| k.fields()).collect();
        let train: Vec<bool> = comparisons
            .iter()
            .map(|c| !fields.contains(&c.field))
            .collect();
        let b = Blocking::build_rules(f, std::slice::from_ref(rule), settings.max_block_size);
        let (patterns, _) = candidate_patterns(&compiled, &b, settings.training.em_max_pairs);
        let mut m = init.clone();
        let (share, its, conv, change) = em(
            &patterns,
            &u,
            &mut m,
            &train,
            false,
            true,
            (
                settings.training.em_iterations,
                settings.training.em_convergence,
            ),
        );
        tracing::debug!(rule = %rule.name, match_share = share, iterations = its, converged = conv, last_change = change, "EM session.");
        crate::progress::add(1);
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
    // The share of matches among all candidate pairs, m and u held.
    let (patterns, candidates) =
        candidate_patterns(&compiled, blocking, settings.training.em_max_pairs);
    let all = vec![true; comparisons.len()];
    let mut held = m.clone();
    let (lambda, its, conv, change) = em(
        &patterns,
        &u,
        &mut held,
        &all,
        true,
        false,
        (
            settings.training.em_iterations.max(50),
            settings.training.em_convergence,
        ),
    );
    iterations += its;
    converged &= conv;
    sessions_done.push(EmSession {
        rule: "prior".into(),
        pairs: patterns.iter().map(|(_, c)| *c as u64).sum(),
        iterations: its,
        converged: conv,
        match_share: lambda,
        last_change: change,
    });
    // Pairs that cannot match (inside a duplicate-free source, or any
    // source under link_only) are no part of the prior's denominator.
    let all_pairs = f.comparable_pairs();
    let prior = (lambda * candidates as f64 / all_pairs).clamp(1e-12, 0.5);
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
