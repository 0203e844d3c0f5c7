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

/// A scored pair: records `a` < `b` and the match weight; in the review
/// band, a pair above the link threshold carries the guard that refused it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Edge {
    pub a: u32,
    pub b: u32,
    pub weight: f32,
    pub refused: Option<super::cluster::Refusal>,
}

/// What scoring every candidate pair gave (see `Scorer::score_all`).
pub struct Scored {
    pub edges: Vec<Edge>,
    pub per_rule: Vec<u64>,
    pub histogram: Vec<u64>,
    pub below_bound: u64,
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
    /// The order `score_all` evaluates comparisons in: those without a
    /// Jaro–Winkler level first, so that the costly string comparisons of a
    /// pair that can no longer reach the review threshold are skipped.
    order: Vec<usize>,
    /// Whether comparison k has a Jaro–Winkler level (checked against the
    /// bound before it is evaluated).
    costly: Vec<bool>,
    /// rest_max[p]: the most the comparisons at positions p.. of `order`
    /// can add (their best level, with the largest term-frequency bonus).
    rest_max: Vec<f32>,
}

/// The most a comparison can add to a pair's weight: its best level (the
/// null level adds 0), the exact level with its largest term-frequency bonus.
fn max_contribution(weights: &[f32], tf: Option<&Vec<f32>>) -> f32 {
    let tf_max = tf.map_or(0.0, |adj| adj.iter().copied().fold(0.0, f32::max));
    weights
        .iter()
        .enumerate()
        .map(|(level, &w)| if level == 1 { w + tf_max } else { w })
        .fold(0.0, f32::max)
}

impl<'a> Scorer<'a> {
    /// The comparisons it scores with.
    pub fn compiled(&self) -> &compare::Compiled<'a> {
        &self.compiled
    }

    /// About the bytes it holds on the heap beside the features it reads.
    #[cfg(feature = "ballista")]
    pub fn heap_bytes(&self) -> usize {
        use crate::memory::vec_bytes;
        self.compiled.heap_bytes()
            + vec_bytes(&self.weights)
            + self.weights.iter().map(|w| vec_bytes(w)).sum::<usize>()
            + vec_bytes(&self.tf_adjust)
            + self
                .tf_adjust
                .iter()
                .flatten()
                .map(|t| vec_bytes(t))
                .sum::<usize>()
            + vec_bytes(&self.order)
            + vec_bytes(&self.costly)
            + vec_bytes(&self.rest_max)
    }

    pub fn new(f: &'a Features, settings: &'a Settings, model: &Model) -> Self {
        let tf_adjust = Scorer::tf_adjustments(f, settings, model);
        Scorer::with_compiled(
            compare::Compiled::new(f, settings),
            settings,
            model,
            tf_adjust,
        )
    }

    /// Each comparison's term-frequency adjustment of its exact level, per
    /// interned value (None for a comparison without): what `with_compiled`
    /// is given, worked out from the features' frequencies.
    pub fn tf_adjustments(
        f: &Features,
        settings: &Settings,
        model: &Model,
    ) -> Vec<Option<Vec<f32>>> {
        settings
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
            .collect()
    }

    /// Over `compiled`, with `tf_adjust` (`tf_adjustments` of the same
    /// features, settings and model): it reads neither the features'
    /// per-record columns nor their frequencies.
    pub fn with_compiled(
        compiled: compare::Compiled<'a>,
        settings: &'a Settings,
        model: &Model,
        tf_adjust: Vec<Option<Vec<f32>>>,
    ) -> Self {
        let weights: Vec<Vec<f32>> = model
            .comparisons
            .iter()
            .map(|c| {
                std::iter::once(0.0)
                    .chain(c.levels.iter().map(|l| l.weight as f32))
                    .collect()
            })
            .collect();
        let costly: Vec<bool> = settings
            .comparisons
            .iter()
            .map(|c| {
                c.levels
                    .iter()
                    .any(|l| matches!(l, super::settings::LevelKind::JaroWinkler(_)))
            })
            .collect();
        let mut order: Vec<usize> = (0..costly.len()).collect();
        order.sort_by_key(|&k| costly[k]);
        let mut rest_max = vec![0.0f32; order.len() + 1];
        for p in (0..order.len()).rev() {
            let k = order[p];
            rest_max[p] = rest_max[p + 1] + max_contribution(&weights[k], tf_adjust[k].as_ref());
        }
        Scorer {
            compiled,
            settings,
            prior: model.prior_weight() as f32,
            weights,
            tf_adjust,
            order,
            costly,
            rest_max,
        }
    }

    /// A comparison's weight at a level, with the term-frequency adjustment
    /// of the exact level: (weight, adjustment).
    #[inline]
    fn level_weight(&self, k: usize, level: u8, value: u32) -> (f32, f32) {
        let mut lw = self.weights[k][level as usize];
        let mut tf = 0.0;
        if level == 1 && value != 0 {
            if let Some(adj) = &self.tf_adjust[k] {
                tf = adj[value as usize];
                lw += tf;
            }
        }
        (lw, tf)
    }

    /// With a forename/surname swap, whose reading of the names the
    /// term-frequency adjustments use: record `i`'s (forename value in the
    /// forename table) or record `j`'s. Taking `i`'s always made the score
    /// depend on the pair's order (−0.80 one way, +11.88 the other on one
    /// estate); this takes the reading that gives the smaller bonus (the
    /// cautious one), and on a tie the one whose forename sorts first, so
    /// both orders agree.
    fn swap_reads_j(&self, i: usize, j: usize) -> bool {
        let (mut from_i, mut from_j) = (0.0f32, 0.0f32);
        for (k, adj) in self.tf_adjust.iter().enumerate() {
            if let Some(adj) = adj.as_ref().filter(|_| self.compiled.is_name(k)) {
                from_i += adj[self.compiled.own_value(k, i) as usize];
                from_j += adj[self.compiled.own_value(k, j) as usize];
            }
        }
        if from_i != from_j {
            return from_j < from_i;
        }
        let (c, strings) = (&self.compiled, &self.compiled.f.strings);
        strings.get(c.forename(j)) < strings.get(c.forename(i))
    }

    /// The value whose frequency adjusts comparison `k`'s exact level:
    /// `value` as `level` found it, or on a swap read as `swap_reads_j` says.
    #[inline]
    fn tf_value(&self, k: usize, j: usize, value: u32, reads_j: bool) -> u32 {
        if reads_j && value != 0 && self.compiled.is_name(k) {
            self.compiled.own_value(k, j)
        } else {
            value
        }
    }

    /// The match weight of a pair, or None when before a costly comparison
    /// the weight so far plus the most the rest could add is already below
    /// `min_weight`. The weight is summed in the settings' order, as
    /// `weight` sums it, so both give the same value to the last bit.
    #[inline]
    pub fn weight_at_least(&self, i: usize, j: usize, min_weight: f32) -> Option<f32> {
        // At most 16 comparisons (settings checks it); the margin keeps a
        // rounding difference between the two summing orders harmless.
        let mut contrib = [0.0f32; 16];
        let swap = self.compiled.swap(i, j);
        let reads_j = swap && self.swap_reads_j(i, j);
        let mut partial = self.prior;
        for (p, &k) in self.order.iter().enumerate() {
            if self.costly[k] && partial + self.rest_max[p] + 1e-3 < min_weight {
                return None;
            }
            let (level, value) = self.compiled.level(k, i, j, swap);
            let value = self.tf_value(k, j, value, reads_j);
            contrib[k] = self.level_weight(k, level, value).0;
            partial += contrib[k];
        }
        Some(
            contrib[..self.order.len()]
                .iter()
                .fold(self.prior, |w, c| w + c),
        )
    }

    /// The match weight of a pair, with each comparison's level.
    #[inline]
    pub fn weight(&self, i: usize, j: usize, levels: Option<&mut Vec<(u8, f32)>>) -> f32 {
        let swap = self.compiled.swap(i, j);
        let reads_j = swap && self.swap_reads_j(i, j);
        let mut w = self.prior;
        let mut out = levels;
        for k in 0..self.weights.len() {
            let (level, value) = self.compiled.level(k, i, j, swap);
            let value = self.tf_value(k, j, value, reads_j);
            let (lw, tf) = self.level_weight(k, level, value);
            w += lw;
            if let Some(v) = out.as_deref_mut() {
                v.push((level, tf));
            }
        }
        w
    }

    /// Whether any comparison beyond the names (forename, surname) and sex
    /// adds weight to the pair: a date of birth, an address or identifier
    /// that agrees at some level. Without one, a pair is two records of one
    /// name and nothing else a reviewer could weigh.
    pub fn evidence_beyond_names(&self, i: usize, j: usize) -> bool {
        let swap = self.compiled.swap(i, j);
        (0..self.weights.len()).any(|k| {
            let field = &self.compiled.comparisons[k].field;
            if self.compiled.is_name(k) || *field == super::settings::LinkField::Sex {
                return false;
            }
            let (level, value) = self.compiled.level(k, i, j, swap);
            level > 0 && self.level_weight(k, level, value).0 > 0.0
        })
    }

    /// Score every candidate pair; keep those at or above `min_weight`.
    /// Returns the kept edges (sorted), the number of comparisons made under
    /// each blocking rule, a histogram of the scored pairs' match weights
    /// (bucket k holds weights in [k + HISTOGRAM_MIN, k + HISTOGRAM_MIN + 1)),
    /// and the number of pairs not fully scored because their best possible
    /// weight was already below `min_weight` (in no bucket).
    pub fn score_all(&self, blocking: &Blocking, min_weight: f32) -> Scored {
        // The progress display counts blocks, a batch at a time.
        crate::progress::length(blocking.blocks.len() as u64, "blocks");
        let units = Blocking::work_units(&blocking.blocks);
        let scored = units
            .par_iter()
            .with_max_len(1)
            .fold(
                || self.empty_scored(),
                |mut acc, unit| {
                    for i in unit.clone() {
                        crate::progress::step(i);
                        let block = blocking.blocks[i];
                        let ahead = |next: u32| self.compiled.prefetch(next as usize);
                        blocking.for_each_pair_ahead(block, ahead, |a, b| {
                            self.score_into(&mut acc, block.0 as usize, a, b, min_weight)
                        });
                    }
                    acc
                },
            )
            .reduce(|| self.empty_scored(), Scored::merge);
        self.finish(scored)
    }

    pub fn empty_scored(&self) -> Scored {
        Scored {
            edges: Vec::new(),
            per_rule: vec![0u64; self.settings.blocking_rules.len()],
            histogram: vec![0u64; (HISTOGRAM_MAX - HISTOGRAM_MIN) as usize + 1],
            below_bound: 0,
        }
    }

    /// Score one candidate pair of rule `rule` into `acc`: inlined into
    /// both loops (as a call of its own it was not inlined, 43M calls at 1M).
    #[inline(always)]
    fn score_into(&self, acc: &mut Scored, rule: usize, a: u32, b: u32, min_weight: f32) {
        let bucket = |w: f32| {
            ((w.floor() as i32).clamp(HISTOGRAM_MIN, HISTOGRAM_MAX) - HISTOGRAM_MIN) as usize
        };
        acc.per_rule[rule] += 1;
        match self.weight_at_least(a as usize, b as usize, min_weight) {
            None => acc.below_bound += 1,
            Some(w) => {
                acc.histogram[bucket(w)] += 1;
                if w >= min_weight {
                    acc.edges.push(Edge {
                        a,
                        b,
                        weight: w,
                        refused: None,
                    });
                }
            }
        }
    }

    /// The kept edges strongest first; ties in the canonical record order,
    /// so that the result depends neither on how the work was split between
    /// threads (or machines) nor on the order of sources and rows.
    pub fn finish(&self, mut scored: Scored) -> Scored {
        let rank = &self.compiled.f.rank;
        let key = |e: &Edge| {
            let (x, y) = (rank[e.a as usize], rank[e.b as usize]);
            (x.min(y), x.max(y))
        };
        scored
            .edges
            .par_sort_unstable_by(|x, y| y.weight.total_cmp(&x.weight).then(key(x).cmp(&key(y))));
        scored
    }
}

impl Scored {
    fn merge(mut self, y: Scored) -> Scored {
        self.edges.extend(y.edges);
        for (p, q) in self.per_rule.iter_mut().zip(y.per_rule) {
            *p += q;
        }
        for (p, q) in self.histogram.iter_mut().zip(y.histogram) {
            *p += q;
        }
        self.below_bound += y.below_bound;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StagedPerson;

    fn person(key: &str, given: &str, family: &str, postcode: &str) -> crate::model::Person {
        let staged = StagedPerson {
            key: key.into(),
            given_names: Some(given.into()),
            family_name: Some(family.into()),
            postcode: Some(postcode.into()),
            ..Default::default()
        };
        crate::standardise::person(staged, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
    }

    /// Skipping the string comparisons of pairs that cannot reach the
    /// threshold keeps exactly the pairs, with exactly the weights, that
    /// scoring every comparison of every pair keeps.
    #[test]
    fn the_bound_drops_only_pairs_below_the_threshold() {
        let settings = Settings::default_settings();
        let names = [
            ("ann", "smith"),
            ("anne", "smith"),
            ("annie", "smyth"),
            ("bob", "smith"),
            ("robert", "smith"),
            ("ann", "jones"),
            ("zachary", "smith"),
        ];
        let records: Vec<_> = (0..70)
            .map(|i| {
                let (g, s) = names[i % names.len()];
                let pc = ["LN1 1AA", "LN1 1AB", "LN2 4ZZ"][i % 3];
                person(&i.to_string(), g, s, pc)
            })
            .collect();
        let f = Features::build(&records, &settings);
        let blocking = Blocking::build(&f, &settings);
        let model = super::super::train::train(&f, &blocking, &settings);
        let scorer = Scorer::new(&f, &settings, &model);
        let mut all = Vec::new();
        for &block in &blocking.blocks {
            blocking.for_each_pair(block, |a, b| {
                all.push((a, b, scorer.weight(a as usize, b as usize, None)))
            });
        }
        let weights: Vec<f32> = all.iter().map(|x| x.2).collect();
        let (lo, hi) = weights
            .iter()
            .fold((f32::MAX, f32::MIN), |(l, h), &w| (l.min(w), h.max(w)));
        assert!(lo < hi, "the pairs need different weights: {lo} {hi}");
        for min in [lo - 1.0, (lo + hi) / 2.0, hi - 0.5] {
            let scored = scorer.score_all(&blocking, min);
            let mut want: Vec<(u32, u32, f32)> =
                all.iter().copied().filter(|x| x.2 >= min).collect();
            let key = |x: &(u32, u32, f32)| {
                let (p, q) = (f.rank[x.0 as usize], f.rank[x.1 as usize]);
                (p.min(q), p.max(q))
            };
            want.sort_by(|x, y| y.2.total_cmp(&x.2).then(key(x).cmp(&key(y))));
            let got: Vec<(u32, u32, f32)> =
                scored.edges.iter().map(|e| (e.a, e.b, e.weight)).collect();
            assert_eq!(got, want, "min weight {min}");
            let in_histogram: u64 = scored.histogram.iter().sum();
            assert_eq!(in_histogram + scored.below_bound, all.len() as u64);
        }
        // And it does skip: near the top, pairs with no hope are not scored.
        assert!(scorer.score_all(&blocking, hi - 0.5).below_bound > 0);
    }

    /// A record from drawn parts: names from a small pool (so swaps, shared
    /// values and aliases happen), dates that agree, transpose or differ.
    fn drawn(
        k: usize,
        g: usize,
        s: usize,
        dob: usize,
        pc: usize,
        sex: usize,
    ) -> crate::model::Person {
        const NAMES: [&str; 10] = [
            "ann", "anne", "smith", "smyth", "millie", "amelia", "mia", "maria", "john", "jon",
        ];
        let mut p = person(
            &k.to_string(),
            NAMES[g],
            NAMES[s],
            ["LN1 1AA", "LN1 1AB", "LN2 4ZZ", ""][pc],
        );
        p.dob = [
            None,
            Some(crate::model::PartialDate::full(2015, 4, 3)),
            Some(crate::model::PartialDate::full(2015, 3, 4)),
            Some(crate::model::PartialDate::full(2016, 4, 3)),
        ][dob];
        p.sex = [None, Some(crate::model::Sex::F), Some(crate::model::Sex::M)][sex];
        p
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
        /// Issue 16: score(a, b) = score(b, a), level by level and in each
        /// term-frequency adjustment, for any pair of records (forename and
        /// surname swaps included).
        #[test]
        fn scoring_is_order_free(
            parts in proptest::collection::vec((0..10usize, 0..10usize, 0..4usize, 0..4usize, 0..3usize), 2..12)
        ) {
            let settings = Settings::default_settings();
            let records: Vec<_> = parts
                .iter()
                .enumerate()
                .map(|(k, &(g, s, d, pc, sex))| drawn(k, g, s, d, pc, sex))
                .collect();
            let f = Features::build(&records, &settings);
            let model = super::super::train::Model {
                model_version: 1,
                probability_two_random_records_match: 0.001,
                em_match_share: 0.1,
                em_iterations: 0,
                em_converged: true,
                em_sessions: Vec::new(),
                candidate_pairs: 0,
                records: 0,
                comparisons: settings
                    .comparisons
                    .iter()
                    .map(|c| super::super::train::ComparisonParams {
                        name: c.name.clone(),
                        levels: (1..=c.else_level())
                            .map(|l| {
                                let (m, u) = (1.0 / (l as f64 + 1.0), 0.5f64.powi(8 - l as i32));
                                super::super::train::LevelParams {
                                    label: c.level_label(l),
                                    m,
                                    u,
                                    weight: (m / u).log2(),
                                }
                            })
                            .collect(),
                    })
                    .collect(),
            };
            let scorer = Scorer::new(&f, &settings, &model);
            for i in 0..records.len() {
                for j in 0..records.len() {
                    let (mut x, mut y) = (Vec::new(), Vec::new());
                    let (wx, wy) = (scorer.weight(i, j, Some(&mut x)), scorer.weight(j, i, Some(&mut y)));
                    proptest::prop_assert_eq!(wx.to_bits(), wy.to_bits(), "{} {}", i, j);
                    proptest::prop_assert_eq!(&x, &y);
                    proptest::prop_assert_eq!(
                        scorer.weight_at_least(i, j, f32::MIN).map(f32::to_bits),
                        scorer.weight_at_least(j, i, f32::MIN).map(f32::to_bits)
                    );
                }
            }
        }
    }
}
