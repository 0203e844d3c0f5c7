//! Scoring: every candidate pair's match weight, in parallel. A pair's
//! weight is the prior plus each comparison level's log2(m/u), with the
//! exact level of term-frequency comparisons adjusted by how common the
//! shared value is (a shared rare surname counts for more than "smith").
//! Only pairs at or above the review threshold are kept.

use super::block::Blocking;
use super::compare;
use super::features::Features;
use super::settings::Settings;
use super::train::Model;
use rayon::prelude::*;

/// A scored pair: records `a` < `b` and the match weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Edge {
    pub a: u32,
    pub b: u32,
    pub weight: f32,
}

/// The match-weight histogram's range (weights outside go to the end buckets).
pub const HISTOGRAM_MIN: i32 = -30;
pub const HISTOGRAM_MAX: i32 = 40;

/// Converts a match weight to a match probability.
pub fn probability(weight: f64) -> f64 {
    1.0 / (1.0 + (-weight).exp2())
}

/// The weight at which a probability is reached.
pub fn weight_for(probability: f64) -> f64 {
    let p = probability.clamp(1e-12, 1.0 - 1e-12);
    (p / (1.0 - p)).log2()
}

/// Precomputed weights: per comparison and level, and per interned value for
/// term-frequency adjustments.
pub struct Scorer<'a> {
    compiled: compare::Compiled<'a>,
    settings: &'a Settings,
    prior: f32,
    weights: Vec<Vec<f32>>,
    tf_adjust: Vec<Option<Vec<f32>>>,
}

impl<'a> Scorer<'a> {
    pub fn new(f: &'a Features, settings: &'a Settings, model: &Model) -> Self {
        let weights = model
            .comparisons
            .iter()
            .map(|c| {
                std::iter::once(0.0)
                    .chain(c.levels.iter().map(|l| l.weight as f32))
                    .collect()
            })
            .collect();
        let tf_adjust = settings
            .comparisons
            .iter()
            .zip(&model.comparisons)
            .map(|(c, params)| {
                let tf = f.tf.get(&c.field).filter(|_| c.tf)?;
                let u_exact = params.levels.first()?.u;
                Some(
                    tf.iter()
                        .map(|&t| {
                            if t > 0.0 {
                                ((u_exact / t as f64).log2()).clamp(-10.0, 10.0) as f32
                            } else {
                                0.0
                            }
                        })
                        .collect(),
                )
            })
            .collect();
        Scorer {
            compiled: compare::Compiled::new(f, settings),
            settings,
            prior: model.prior_weight() as f32,
            weights,
            tf_adjust,
        }
    }

    /// The match weight of a pair, with each comparison's level.
    #[inline]
    pub fn weight(&self, i: usize, j: usize, levels: Option<&mut Vec<(u8, f32)>>) -> f32 {
        let swap = self.compiled.swap(i, j);
        let mut w = self.prior;
        let mut out = levels;
        for k in 0..self.weights.len() {
            let (level, value) = self.compiled.level(k, i, j, swap);
            let mut lw = self.weights[k][level as usize];
            let mut tf = 0.0;
            if level == 1 && value != 0 {
                if let Some(adj) = &self.tf_adjust[k] {
                    tf = adj[value as usize];
                    lw += tf;
                }
            }
            w += lw;
            if let Some(v) = out.as_deref_mut() {
                v.push((level, tf));
            }
        }
        w
    }

    /// Score every candidate pair; keep those at or above `min_weight`.
    /// Returns the kept edges (sorted), the number of comparisons made under
    /// each blocking rule, and a histogram of every pair's match weight
    /// (bucket k holds weights in [k + HISTOGRAM_MIN, k + HISTOGRAM_MIN + 1)).
    pub fn score_all(
        &self,
        blocking: &Blocking,
        min_weight: f32,
    ) -> (Vec<Edge>, Vec<u64>, Vec<u64>) {
        let rules = self.settings.blocking_rules.len();
        let buckets = (HISTOGRAM_MAX - HISTOGRAM_MIN) as usize + 1;
        let bucket = |w: f32| {
            ((w.floor() as i32).clamp(HISTOGRAM_MIN, HISTOGRAM_MAX) - HISTOGRAM_MIN) as usize
        };
        let (mut edges, counts, histogram) = blocking
            .blocks
            .par_iter()
            .fold(
                || (Vec::new(), vec![0u64; rules], vec![0u64; buckets]),
                |(mut edges, mut counts, mut hist), &block| {
                    blocking.for_each_pair(block, |a, b| {
                        counts[block.0 as usize] += 1;
                        let w = self.weight(a as usize, b as usize, None);
                        hist[bucket(w)] += 1;
                        if w >= min_weight {
                            edges.push(Edge { a, b, weight: w });
                        }
                    });
                    (edges, counts, hist)
                },
            )
            .reduce(
                || (Vec::new(), vec![0u64; rules], vec![0u64; buckets]),
                |(mut ea, mut ca, mut ha), (eb, cb, hb)| {
                    ea.extend(eb);
                    for (x, y) in ca.iter_mut().zip(cb) {
                        *x += y;
                    }
                    for (x, y) in ha.iter_mut().zip(hb) {
                        *x += y;
                    }
                    (ea, ca, ha)
                },
            );
        // Strongest first; ties by record order, so the result does not depend
        // on how the work was split between threads.
        edges.par_sort_unstable_by(|x, y| {
            y.weight
                .total_cmp(&x.weight)
                .then(x.a.cmp(&y.a))
                .then(x.b.cmp(&y.b))
        });
        (edges, counts, histogram)
    }
}
