//! Linking: which source records are the same person, then which persons
//! form one family. Persons are linked with a Fellegi–Sunter model, in
//! Splink's vocabulary: blocking rules choose the candidate pairs (`block`),
//! comparisons with ordered levels compare them (`compare`, over columns
//! prepared once in `features`), m and u probabilities are trained from the
//! data (`train`), each pair gets a match weight (`score`), and clusters are
//! formed from the links, strongest first, with guards against chaining
//! (`cluster`). Unified persons take the best value of each field (`unify`);
//! families are formed from the sources' own groupings (`family`), then
//! reviewers' family overrides are applied (`family_overrides`).

pub mod block;
pub mod cluster;
pub mod compare;
pub mod explain;
pub mod family;
pub mod family_explain;
pub mod family_overrides;
pub mod features;
pub mod score;
pub mod settings;
pub mod train;
pub mod unify;

use crate::model::Person;
use features::Features;
use score::{Edge, Scorer};
use serde::Serialize;
use settings::{LinkField, Settings};
use std::collections::BTreeMap;
use tracing::info;

/// What the caller decides beyond the settings.
#[derive(Clone, Debug, Default)]
pub struct LinkOptions {
    /// A trained model to use instead of training (`--model FILE`).
    pub model: Option<train::Model>,
    /// Per source: declared duplicate-free.
    pub duplicate_free: Vec<bool>,
    /// Reviewer decisions, as record index pairs.
    pub must_link: Vec<(u32, u32)>,
    pub cannot_link: Vec<(u32, u32)>,
}

/// Summary of a linking run, for the report.
#[derive(Clone, Debug, Serialize)]
pub struct LinkStats {
    pub candidate_pairs: u64,
    pub blocking_rules: Vec<block::RuleStats>,
    pub links: u64,
    pub review_pairs: u64,
    pub guards: cluster::GuardCounts,
    /// Match weight (floor) → candidate pairs, of the pairs fully scored.
    pub match_weight_histogram: BTreeMap<i32, u64>,
    /// Candidate pairs whose best possible weight, before their string
    /// comparisons, was already below the review threshold: not fully
    /// scored, so in no bucket of the histogram.
    pub pairs_below_review_unscored: u64,
    pub link_threshold_probability: f64,
    pub review_threshold_probability: f64,
}

/// The person clusters: a dense cluster number per record.
pub struct PersonClusters {
    pub labels: Vec<u32>,
    pub count: usize,
    pub model: train::Model,
    pub stats: LinkStats,
    /// Pairs in the clerical review band (below the link threshold), strongest first.
    pub review: Vec<Edge>,
    pub features: Features,
}

/// Strong contrary evidence that two records are two people, unless an
/// identifier agrees or the names are swapped: full dates of birth that
/// differ by more than a typo (not transposed, not one part), or the same
/// surname with clearly different forenames — siblings and twins, whose
/// shared surname and address would otherwise outweigh the forename.
/// `identifiers` are the identifier columns (see `identifier_columns`).
fn contrary(f: &Features, identifiers: &[&[u32]], a: u32, b: u32) -> bool {
    let (a, b) = (a as usize, b as usize);
    if identifiers.iter().any(|col| {
        col.get(a)
            .is_some_and(|&v| v != 0 && col.get(b) == Some(&v))
    }) {
        return false;
    }
    if compare::is_name_swap(f.col(&LinkField::Given), f.col(&LinkField::Family), a, b) {
        return false;
    }
    let (da, db) = (features::dob_parts(f.dob[a]), features::dob_parts(f.dob[b]));
    let full = |d: (u32, u32, u32)| d.0 != 0 && d.1 != 0 && d.2 != 0;
    if full(da) && full(db) {
        let transposed = da.0 == db.0 && da.1 == db.2 && da.2 == db.1;
        let parts_equal = (da.0 == db.0) as u8 + (da.1 == db.1) as u8 + (da.2 == db.2) as u8;
        if parts_equal < 2 && !transposed {
            return true;
        }
    }
    let given = f.col(&LinkField::Given);
    let (ga, gb) = (given[a], given[b]);
    if ga == 0 || gb == 0 || ga == gb {
        return false;
    }
    // Known by a middle name in one system: not a different forename.
    let middle = f.col(&LinkField::Middle);
    if !middle.is_empty()
        && ((middle[a] != 0
            && f.strings
                .get(middle[a])
                .split(' ')
                .any(|m| m == f.strings.get(gb)))
            || (middle[b] != 0
                && f.strings
                    .get(middle[b])
                    .split(' ')
                    .any(|m| m == f.strings.get(ga))))
    {
        return false;
    }
    let (sa, sb) = (f.strings.get(ga), f.strings.get(gb));
    let initial = (sa.chars().count() == 1 || sb.chars().count() == 1)
        && sa.chars().next() == sb.chars().next();
    if initial || f.same_alias(ga, gb) || compare::jaro_winkler(sa, sb) >= 0.8 {
        return false;
    }
    let family = f.col(&LinkField::Family);
    let (fa, fb) = (family[a], family[b]);
    if fa == 0 || fb == 0 {
        return false;
    }
    fa == fb || compare::jaro_winkler(f.strings.get(fa), f.strings.get(fb)) >= 0.9
}

/// The columns whose agreement is evidence for one person that outweighs
/// contrary evidence: NHS number, UPN, and any other identifier the settings
/// compare (a YOT number, a social security number). Taken once per run,
/// not once per guard check.
fn identifier_columns(f: &Features) -> Vec<&[u32]> {
    let mut cols = vec![f.col(&LinkField::NhsNumber), f.col(&LinkField::Upn)];
    cols.extend(
        f.text
            .iter()
            .filter(|(field, _)| matches!(field, LinkField::Identifier(_)))
            .map(|(_, col)| col.as_slice()),
    );
    cols
}

/// Link every record against every other.
pub fn link_persons(
    records: &[Person],
    settings: &Settings,
    options: &LinkOptions,
) -> PersonClusters {
    let clock = std::time::Instant::now();
    let f = Features::build(records, settings);
    let features_secs = clock.elapsed().as_secs_f32();
    let blocking = block::Blocking::build(&f, settings);
    let blocking_secs = clock.elapsed().as_secs_f32();
    let model = match &options.model {
        Some(m) => m.clone(),
        None => train::train(&f, &blocking, settings),
    };
    info!(
        features_secs,
        blocking_secs = blocking_secs - features_secs,
        training_secs = clock.elapsed().as_secs_f32() - blocking_secs,
        "Link sub-stages."
    );
    let trained_at = clock.elapsed().as_secs_f32();
    info!(
        records = f.n,
        lambda = model.probability_two_random_records_match,
        em_iterations = model.em_iterations,
        converged = model.em_converged,
        "Model ready."
    );
    let scorer = Scorer::new(&f, settings, &model);
    let link_w = score::weight_for(settings.link_threshold) as f32;
    let review_w = score::weight_for(settings.review_threshold) as f32;
    let score::Scored {
        edges,
        per_rule,
        histogram,
        below_bound,
    } = scorer.score_all(&blocking, review_w);
    let scored_at = clock.elapsed().as_secs_f32();
    let split = edges.partition_point(|e| e.weight >= link_w);
    let input = cluster::GuardInput {
        nhs: f.col(&LinkField::NhsNumber),
        upn: f.col(&LinkField::Upn),
        source: &f.source,
        duplicate_free: &options.duplicate_free,
        must_link: &options.must_link,
        cannot_link: &options.cannot_link,
        max_cluster_size: settings.max_cluster_size,
    };
    // Contrary evidence gives way when the pair itself is overwhelming (all
    // else agrees, as a dataset whose duplicates carry heavy typos needs).
    let override_weight = settings.guard_override_weight as f32;
    let identifiers = identifier_columns(&f);
    let (labels, count, guards) = cluster::guarded(
        f.n,
        edges[..split].iter().map(|e| (e.a, e.b)),
        &input,
        |a, b| {
            contrary(&f, &identifiers, a, b)
                && scorer.weight(a as usize, b as usize, None) < override_weight
        },
    );
    let mut rules = blocking.stats.clone();
    for (r, c) in rules.iter_mut().zip(&per_rule) {
        r.comparisons = *c;
    }
    let stats = LinkStats {
        candidate_pairs: per_rule.iter().sum(),
        blocking_rules: rules,
        links: split as u64,
        review_pairs: (edges.len() - split) as u64,
        guards,
        match_weight_histogram: histogram
            .iter()
            .enumerate()
            .filter(|(_, &c)| c > 0)
            .map(|(k, &c)| (k as i32 + score::HISTOGRAM_MIN, c))
            .collect(),
        pairs_below_review_unscored: below_bound,
        link_threshold_probability: settings.link_threshold,
        review_threshold_probability: settings.review_threshold,
    };
    info!(
        candidate_pairs = stats.candidate_pairs,
        links = stats.links,
        clusters = count,
        scoring_secs = scored_at - trained_at,
        clustering_secs = clock.elapsed().as_secs_f32() - scored_at,
        "Linked persons."
    );
    let review = edges[split..].to_vec();
    PersonClusters {
        labels,
        count,
        model,
        stats,
        review,
        features: f,
    }
}
