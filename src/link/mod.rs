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

#[cfg(feature = "ballista")]
pub mod ballista;
#[cfg(feature = "ballista")]
pub mod ballista_score;
pub mod block;
pub mod cluster;
pub mod compare;
pub mod context;
pub mod engine;
pub mod explain;
pub mod family;
pub mod family_checks;
pub mod family_explain;
pub mod family_named;
pub mod family_overrides;
pub mod family_place;
pub mod features;
pub mod score;
pub mod settings;
pub mod train;
pub mod unify;

use crate::error::Result;
use crate::model::Person;
use features::Features;
use score::{Edge, Scorer};
use serde::{Deserialize, Serialize};
use settings::{LinkField, Settings};
use std::collections::BTreeMap;
use tracing::{debug_span, info};

/// What the caller decides beyond the settings.
#[derive(Clone, Debug, Default)]
pub struct LinkOptions {
    /// A trained model to use instead of training (`--model FILE`).
    pub model: Option<train::Model>,
    /// Per source: declared duplicate-free.
    pub duplicate_free: Vec<bool>,
    /// Per source: its name, which orders records canonically (so that the
    /// order of `sources` in the project changes nothing). Empty: by index.
    pub source_names: Vec<String>,
    /// Reviewer decisions, as record index pairs.
    pub must_link: Vec<(u32, u32)>,
    pub cannot_link: Vec<(u32, u32)>,
    /// Where training (without a model), blocking and scoring run
    /// (`--engine`): here, or on a Ballista cluster.
    pub engine: engine::Engine,
}

/// Summary of a linking run, for the report (and a stored link).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LinkStats {
    pub candidate_pairs: u64,
    pub blocking_rules: Vec<block::RuleStats>,
    pub links: u64,
    /// Pairs in the clerical review band: refused links and pairs between
    /// the review and link thresholds.
    pub review_pairs: u64,
    /// Pairs above the link threshold that a guard refused (in the band).
    pub refused_links: u64,
    /// Joins made by family context (`context`) after the model's links.
    pub context_links: u64,
    /// How many of the band's other pairs (those the model was unsure of)
    /// are the same person, by the model: the sum of their match
    /// probabilities. Refused links are left out: the model's probability
    /// is what the guard overrode.
    pub review_expected_matches: f64,
    /// Refused links by guard and reason.
    pub refused_by: BTreeMap<String, u64>,
    /// Pairs between the review and link thresholds left out of the band.
    pub review_left_out: BandLeftOut,
    pub guards: cluster::GuardCounts,
    /// Match weight (floor) → candidate pairs, of the pairs fully scored.
    pub match_weight_histogram: BTreeMap<i32, u64>,
    /// Candidate pairs whose best possible weight, before their string
    /// comparisons, was already below the review threshold: not fully
    /// scored, so in no bucket of the histogram.
    pub pairs_below_review_unscored: u64,
    pub link_threshold_probability: f64,
    pub review_threshold_probability: f64,
    /// The EM sessions that trained the model (see `train::EmSession`):
    /// whether each converged, in how many iterations.
    pub em_sessions: Vec<train::EmSession>,
}

/// Pairs between the review and link thresholds that the band leaves out,
/// and why.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct BandLeftOut {
    /// A guard's contrary evidence already says two people.
    pub contrary_evidence: u64,
    /// One name and nothing else: no date of birth, address or identifier
    /// agrees, and their groupings share no linked person.
    pub names_only: u64,
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
pub fn contrary(f: &Features, identifiers: &[&[u32]], a: u32, b: u32) -> Option<cluster::Contrary> {
    let (a, b) = (a as usize, b as usize);
    if identifiers.iter().any(|col| {
        col.get(a)
            .is_some_and(|&v| v != 0 && col.get(b) == Some(&v))
    }) {
        return None;
    }
    // A child and a parent or carer of one source's grouping. Roles, not
    // the grouping alone: a source with a row per contact lists one child
    // once per contact under one family key.
    let roles = (f.role.get(a).copied(), f.role.get(b).copied());
    let parent_and_child = matches!(roles, (Some(1), Some(2)) | (Some(2), Some(1)));
    if parent_and_child
        && f.grouping
            .get(a)
            .is_some_and(|&g| g != 0 && f.grouping.get(b) == Some(&g))
    {
        return Some(cluster::Contrary::SameGrouping);
    }
    if compare::is_name_swap(f.col(&LinkField::Given), f.col(&LinkField::Family), a, b) {
        return None;
    }
    let (da, db) = (features::dob_parts(f.dob[a]), features::dob_parts(f.dob[b]));
    let full = |d: (u32, u32, u32)| d.0 != 0 && d.1 != 0 && d.2 != 0;
    let mut one_age = false;
    if full(da) && full(db) {
        let transposed = da.0 == db.0 && da.1 == db.2 && da.2 == db.1;
        let parts_equal = (da.0 == db.0) as u8 + (da.1 == db.1) as u8 + (da.2 == db.2) as u8;
        if parts_equal < 2 && !transposed {
            return Some(cluster::Contrary::DatesOfBirthApart);
        }
        one_age = true;
    }
    // A child and a parent of one name at one address (a father and his
    // son, the father's date of birth missing): the roles are the evidence
    // the dates cannot give.
    if !one_age && parent_and_child {
        return Some(cluster::Contrary::ParentAndChild);
    }
    // Two children of one name, each with a mother their own records give,
    // and the mothers clearly two women: two children (common names and a
    // shared birthday collide more often as an estate grows).
    if different_mothers(f, a, b) {
        return Some(cluster::Contrary::DifferentMothers);
    }
    let given = f.col(&LinkField::Given);
    let (ga, gb) = (given[a], given[b]);
    if ga == 0 || gb == 0 || ga == gb {
        return None;
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
        return None;
    }
    let (sa, sb) = (f.strings.get(ga), f.strings.get(gb));
    let initial = (sa.chars().count() == 1 || sb.chars().count() == 1)
        && sa.chars().next() == sb.chars().next();
    if initial || f.same_alias(ga, gb) || compare::jaro_winkler(sa, sb) >= 0.8 {
        return None;
    }
    let family = f.col(&LinkField::Family);
    let (fa, fb) = (family[a], family[b]);
    if fa == 0 || fb == 0 {
        return None;
    }
    (fa == fb || compare::jaro_winkler(f.strings.get(fa), f.strings.get(fb)) >= 0.9)
        .then_some(cluster::Contrary::SiblingForenames)
}

/// How much a pair's own contrary evidence (see `contrary`) takes off its
/// match weight, or None when there is none or the weight overwhelms it: a
/// guard's evidence is a comparison with a weight too, so that a pair whose
/// own records say two people (twins, a father and his son of one name) is
/// scored as the non-link it is rather than linked and then refused. The
/// weight is what the guard's override asks beyond the link threshold: a
/// pair still links exactly when its weight reaches
/// `override_match_weight`. Evidence no weight overrides (one grouping's
/// child and parent) brings the pair to minus that weight.
pub fn contrary_penalty(
    f: &Features,
    identifiers: &[&[u32]],
    settings: &Settings,
    weight: f32,
    a: u32,
    b: u32,
) -> Option<(cluster::Contrary, f32)> {
    let override_w = settings.guard_override_weight as f32;
    let link_w = score::weight_for(settings.link_threshold) as f32;
    let c = contrary(f, identifiers, a, b)?;
    if !c.overridable() {
        return Some((c, weight + override_w));
    }
    (weight < override_w).then_some((c, (override_w - link_w).max(0.0)))
}

/// Every scored pair with its own contrary evidence weighed in
/// (`contrary_penalty`); those that fall below the review threshold leave,
/// and are counted. The rest stay strongest first, ties in canonical order.
fn contrary_as_weight(
    f: &Features,
    settings: &Settings,
    mut edges: Vec<Edge>,
    review_w: f32,
) -> (Vec<Edge>, u64) {
    use rayon::prelude::*;
    let identifiers = identifier_columns(f);
    let changed = edges
        .par_iter_mut()
        .map(
            |e| match contrary_penalty(f, &identifiers, settings, e.weight, e.a, e.b) {
                Some((_, p)) => {
                    e.weight -= p;
                    1u64
                }
                None => 0,
            },
        )
        .sum::<u64>();
    if changed == 0 {
        return (edges, 0);
    }
    let before = edges.len();
    edges.retain(|e| e.weight >= review_w);
    let dropped = (before - edges.len()) as u64;
    let rank = &f.rank;
    let key = |e: &Edge| {
        let (x, y) = (rank[e.a as usize], rank[e.b as usize]);
        (x.min(y), x.max(y))
    };
    // Pairs are unique, so the canonical tie-break makes the order total.
    edges.par_sort_unstable_by(|x, y| y.weight.total_cmp(&x.weight).then(key(x).cmp(&key(y))));
    (edges, dropped)
}

/// Whether records `a` and `b` are children whose own records give them
/// mothers, and no mother of one could be a mother of the other: no two of
/// their forenames are one name (the same, an alias, an initial of it or a
/// close spelling), nor is one's forename the other's surname (a name
/// written surname first).
fn different_mothers(f: &Features, a: usize, b: usize) -> bool {
    let (Some(ma), Some(mb)) = (f.mothers.get(a), f.mothers.get(b)) else {
        return false;
    };
    if ma.is_empty() || mb.is_empty() {
        return false;
    }
    let one_name = |x: &str, y: &str| {
        if x == y || compare::jaro_winkler(x, y) >= 0.8 {
            return true;
        }
        let initial = (x.chars().count() == 1 || y.chars().count() == 1)
            && x.chars().next() == y.chars().next();
        initial
            || crate::standardise::name::alias_related(
                &crate::standardise::name::alias_entries(x),
                &crate::standardise::name::alias_entries(y),
                || false,
            )
    };
    let same_woman = |x: &features::Mother, y: &features::Mother| {
        one_name(&x.0, &y.0)
            || (!y.1.is_empty() && one_name(&x.0, &y.1))
            || (!x.1.is_empty() && one_name(&x.1, &y.0))
    };
    !ma.iter().any(|x| mb.iter().any(|y| same_woman(x, y)))
}

/// The guard that refuses records `a` and `b` as a pair, on their own
/// evidence (what `explain` shows; clustering also checks the rest of each
/// side's cluster): different valid identifiers, one duplicate-free source,
/// a reviewer's cannot-link, or contrary evidence the pair's weight does
/// not overwhelm.
pub fn pair_refusal(
    f: &Features,
    settings: &Settings,
    options: &LinkOptions,
    weight: f32,
    a: u32,
    b: u32,
) -> Option<cluster::Refusal> {
    let (i, j) = (a as usize, b as usize);
    let differ = |col: &[u32]| {
        col.get(i)
            .zip(col.get(j))
            .is_some_and(|(&x, &y)| x != 0 && y != 0 && x != y)
    };
    if differ(f.col(&LinkField::NhsNumber)) || differ(f.col(&LinkField::Upn)) {
        return Some(cluster::Refusal::ConflictingIdentifier);
    }
    let (sa, sb) = (f.source[i], f.source[j]);
    if sa == sb
        && options
            .duplicate_free
            .get(sa as usize)
            .copied()
            .unwrap_or(false)
    {
        return Some(cluster::Refusal::DuplicateFreeSource);
    }
    if options
        .cannot_link
        .iter()
        .any(|&(x, y)| (x, y) == (a, b) || (y, x) == (a, b))
    {
        return Some(cluster::Refusal::CannotLink);
    }
    contrary(f, &identifier_columns(f), a, b)
        .filter(|c| !c.overridable() || weight < settings.guard_override_weight as f32)
        .map(cluster::Refusal::Contrary)
}

/// Whether the model alone may not link records `a` and `b`: one of them
/// holds a name and nothing else (no date of birth, no postcode) and
/// nothing but the name agrees (`Refusal::NamesOnly`). A crèche list's
/// "Ayesha Begum" is not the only Ayesha Begum of a county; family context
/// may still link her.
pub fn names_only(f: &Features, scorer: &Scorer<'_>, a: u32, b: u32) -> bool {
    let bare = |i: usize| f.dob[i] == 0 && f.postcode_sector[i] == 0;
    (bare(a as usize) || bare(b as usize)) && !scorer.evidence_beyond_names(a as usize, b as usize)
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

/// How many passes family context may take to reach its fixed point (each
/// pass only adds joins, so it gets there; this bounds a pathological chain).
const MAX_CONTEXT_PASSES: usize = 10;

/// Clusters from the model's links (strongest first), then family context
/// to a fixed point (see `context`): each pass's proposed pairs follow the
/// model's links through every guard. Returns the clustering, with only the
/// model's refused links as refusals, and how many joins context made.
fn cluster_links(
    records: &[Person],
    f: &Features,
    scorer: &Scorer<'_>,
    links: &[Edge],
    input: &cluster::GuardInput<'_>,
    override_weight: f32,
) -> (cluster::Guarded, u64) {
    let identifiers = identifier_columns(f);
    // Contrary evidence gives way when the pair itself is overwhelming (all
    // else agrees, as a dataset whose duplicates carry heavy typos needs).
    let contrary_of = |a: u32, b: u32| {
        contrary(f, &identifiers, a, b).filter(|c| {
            !c.overridable() || scorer.weight(a as usize, b as usize, None) < override_weight
        })
    };
    let pairs = || links.iter().map(|e| (e.a, e.b));
    // Each link's own evidence on every thread; the guarded union below
    // reads it instead of working it out on one (every pass the same).
    let known: Vec<Option<cluster::Contrary>> = {
        use rayon::prelude::*;
        links.par_iter().map(|e| contrary_of(e.a, e.b)).collect()
    };
    let mut result = cluster::guarded_known(f.n, pairs(), input, contrary_of, &known);
    let first_merged = result.counts.merged;
    let groupings = context::Groupings::new(f);
    let mut extra: Vec<(u32, u32)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for _ in 0..MAX_CONTEXT_PASSES {
        if groupings.is_empty() {
            break;
        }
        let new: Vec<(u32, u32)> = context::propose(f, &groupings, &result.labels)
            .into_iter()
            .chain(context::propose_named(
                records,
                f,
                &groupings,
                &result.labels,
            ))
            .filter(|p| seen.insert(*p))
            .collect();
        if new.is_empty() {
            break;
        }
        extra.extend(new);
        result = cluster::guarded_known(
            f.n,
            pairs().chain(extra.iter().copied()),
            input,
            contrary_of,
            &known,
        );
    }
    result.refused.retain(|&(pos, _)| pos < links.len());
    let context = result.counts.merged - first_merged;
    (result, context)
}

/// The linker's columns for these records, in the canonical order the
/// options' source names give, with which sources' records can match each
/// other (the link type and duplicate-free sources): what `link_persons`
/// and `explain` both build, so that both train the same model.
pub fn features(records: &[Person], settings: &Settings, options: &LinkOptions) -> Features {
    let mut f = Features::build_ranked(records, settings, &options.source_names);
    let sources = options
        .duplicate_free
        .len()
        .max(f.source.iter().map(|&s| s as usize + 1).max().unwrap_or(0));
    f.within_source = (0..sources)
        .map(|s| {
            settings.link_type != settings::LinkType::LinkOnly
                && !options.duplicate_free.get(s).copied().unwrap_or(false)
        })
        .collect();
    f
}

/// Link every record against every other.
pub fn link_persons(
    records: &[Person],
    settings: &Settings,
    options: &LinkOptions,
) -> Result<PersonClusters> {
    // Each sub-stage is a span: `crate::timing` logs and records its time.
    let f = debug_span!("features").in_scope(|| features(records, settings, options));
    let link_w = score::weight_for(settings.link_threshold) as f32;
    let review_w = score::weight_for(settings.review_threshold) as f32;
    let (model, scorer, scored, mut rules) = match &options.engine {
        engine::Engine::Local => {
            let blocking =
                debug_span!("blocking").in_scope(|| block::Blocking::build(&f, settings));
            let model = match &options.model {
                Some(m) => m.clone(),
                None => debug_span!("training").in_scope(|| train::train(&f, &blocking, settings)),
            };
            let scorer = Scorer::new(&f, settings, &model);
            let scored = debug_span!("scoring").in_scope(|| scorer.score_all(&blocking, review_w));
            // The blocks' statistics kept, the blocks freed.
            (model, scorer, scored, blocking.stats)
        }
        engine::Engine::Ballista(cluster) => {
            // Training, when there is no model: the cluster counts the
            // sampled pairs' comparison patterns, this node fits the model.
            let model = match &options.model {
                Some(m) => m.clone(),
                None => debug_span!("training").in_scope(|| -> Result<train::Model> {
                    let patterns = engine::cluster_patterns(&f, settings, cluster)?;
                    let compiled = compare::Compiled::new(&f, settings);
                    Ok(train::fit(&f, &compiled, settings, patterns))
                })?,
            };
            let scorer = Scorer::new(&f, settings, &model);
            let linked = debug_span!("scoring")
                .in_scope(|| engine::cluster_link(&f, settings, &model, review_w, cluster))?;
            let scored = scorer.finish(linked.scored);
            (model, scorer, scored, linked.stats)
        }
    };
    info!(
        records = f.n,
        lambda = model.probability_two_random_records_match,
        em_iterations = model.em_iterations,
        converged = model.em_converged,
        "Model ready."
    );
    let score::Scored {
        edges,
        per_rule,
        histogram,
        below_bound,
    } = scored;
    let clustering = debug_span!("clustering").entered();
    let (edges, contrary_dropped) = contrary_as_weight(&f, settings, edges, review_w);
    let split = edges.partition_point(|e| e.weight >= link_w);
    // Links of a name and nothing else are refused before clustering.
    let (model_links, bare): (Vec<Edge>, Vec<Edge>) = edges[..split]
        .iter()
        .partition(|e| !names_only(&f, &scorer, e.a, e.b));
    let input = cluster::GuardInput {
        nhs: f.col(&LinkField::NhsNumber),
        upn: f.col(&LinkField::Upn),
        source: &f.source,
        duplicate_free: &options.duplicate_free,
        must_link: &options.must_link,
        cannot_link: &options.cannot_link,
        max_cluster_size: settings.max_cluster_size,
    };
    let override_weight = settings.guard_override_weight as f32;
    let (
        cluster::Guarded {
            labels,
            count,
            counts: guards,
            refused,
        },
        context_links,
    ) = cluster_links(records, &f, &scorer, &model_links, &input, override_weight);
    // A refused link is a decision a person should see: it joins the review
    // band with its reason, ahead of the pairs the model was unsure of.
    let mut review: Vec<Edge> = refused
        .iter()
        .map(|&(pos, why)| Edge {
            refused: Some(why),
            ..model_links[pos]
        })
        .collect();
    let groupings = context::Groupings::new(&f);
    // A name-only link is worth a person's look where family context
    // brings the two records near (and context did not join them).
    let mut bare_left_out = 0;
    for e in &bare {
        if labels[e.a as usize] != labels[e.b as usize] {
            if groupings.share_a_person(&labels, e.a, e.b) {
                review.push(Edge {
                    refused: Some(cluster::Refusal::NamesOnly),
                    ..*e
                });
            } else {
                bare_left_out += 1;
            }
        }
    }
    let refused_links = review.len() as u64;
    // The band holds what a person can decide and the guards cannot: a pair
    // with contrary evidence is already decided (the guard would refuse it),
    // and two records that share only a name, with no date, address or
    // identifier and no family context, hold nothing to decide on.
    let identifiers = identifier_columns(&f);
    let mut left_out = BandLeftOut {
        names_only: bare_left_out,
        contrary_evidence: contrary_dropped,
    };
    // Each pair's place decided on every thread, then counted in order.
    #[derive(Clone, Copy, PartialEq)]
    enum Band {
        Keep,
        Contrary,
        NamesOnly,
    }
    let band: Vec<Band> = {
        use rayon::prelude::*;
        edges[split..]
            .par_iter()
            .map(|e| {
                if contrary(&f, &identifiers, e.a, e.b).is_some() {
                    Band::Contrary
                } else if !scorer.evidence_beyond_names(e.a as usize, e.b as usize)
                    && !groupings.share_a_person(&labels, e.a, e.b)
                {
                    Band::NamesOnly
                } else {
                    Band::Keep
                }
            })
            .collect()
    };
    review.reserve(band.iter().filter(|&&b| b == Band::Keep).count());
    for (e, b) in edges[split..].iter().zip(band) {
        match b {
            Band::Keep => review.push(*e),
            Band::Contrary => left_out.contrary_evidence += 1,
            Band::NamesOnly => left_out.names_only += 1,
        }
    }
    for (r, c) in rules.iter_mut().zip(&per_rule) {
        r.comparisons = *c;
    }
    let stats = LinkStats {
        candidate_pairs: per_rule.iter().sum(),
        blocking_rules: rules,
        links: split as u64,
        review_pairs: review.len() as u64,
        refused_links,
        context_links,
        review_expected_matches: review
            .iter()
            .filter(|e| e.refused.is_none())
            .map(|e| score::probability(e.weight as f64))
            .sum(),
        review_left_out: left_out,
        refused_by: review
            .iter()
            .filter_map(|e| e.refused)
            .fold(BTreeMap::new(), |mut m, why| {
                *m.entry(why.reason().to_string()).or_insert(0) += 1;
                m
            }),
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
        em_sessions: model.em_sessions.clone(),
    };
    drop(clustering);
    info!(
        candidate_pairs = stats.candidate_pairs,
        links = stats.links,
        clusters = count,
        "Linked persons."
    );
    Ok(PersonClusters {
        labels,
        count,
        model,
        stats,
        review,
        features: f,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PartialDate, StagedPerson};

    fn person(key: &str, given: &str, family: &str, dob: (i32, u8, u8)) -> Person {
        let staged = StagedPerson {
            key: key.into(),
            given_names: Some(given.into()),
            family_name: Some(family.into()),
            postcode: Some("LN1 1AA".into()),
            ..Default::default()
        };
        let mut p = crate::standardise::person(
            staged,
            chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        );
        p.dob = Some(PartialDate::full(dob.0, dob.1, dob.2));
        p
    }

    /// Issue 16: twins Millie and Mia (Millie ~ Amelia, Mia ~ Amelia and
    /// Maria) are two girls: their forenames are not aliases, the twin
    /// guard refuses them with its reason, while Millie and Amelia stay
    /// aliases.
    #[test]
    fn twins_millie_and_mia_are_not_aliases() {
        let settings = Settings::default_settings();
        let records = [
            person("1", "Millie", "Okafor", (2019, 5, 2)),
            person("2", "Mia", "Okafor", (2019, 5, 2)),
            person("3", "Amelia", "Okafor", (2019, 5, 2)),
        ];
        let f = Features::build(&records, &settings);
        let given = f.col(&LinkField::Given);
        assert!(!f.same_alias(given[0], given[1]), "millie !~ mia");
        assert!(f.same_alias(given[0], given[2]), "millie ~ amelia");
        assert!(f.same_alias(given[1], given[2]), "mia ~ amelia");
        let ids = identifier_columns(&f);
        assert_eq!(
            contrary(&f, &ids, 0, 1),
            Some(cluster::Contrary::SiblingForenames)
        );
        assert_eq!(contrary(&f, &ids, 0, 2), None);
        let options = LinkOptions::default();
        let refusal = pair_refusal(&f, &settings, &options, 10.0, 0, 1);
        assert_eq!(
            refusal,
            Some(cluster::Refusal::Contrary(
                cluster::Contrary::SiblingForenames
            ))
        );
        assert!(refusal.unwrap().reason().contains("siblings or twins"));
    }

    /// Issue 16: a father and his son of one name at one address, the
    /// father's date of birth missing. One source lists them as two members
    /// of one household: two people, whatever the weight; another source
    /// that records one as a child and the other as a parent: the roles
    /// count against the merge. An agreeing identifier wins over both.
    #[test]
    fn household_roles_keep_a_father_and_his_son_apart() {
        use crate::model::Role;
        let settings = Settings::default_settings();
        let member = |key: &str, source: u16, role: Role, dob: Option<(i32, u8, u8)>| {
            let mut p = person(key, "Daniel", "Hughes", (2010, 6, 1));
            p.staged.source = source;
            p.staged.family_key = Some("H1".into());
            p.staged.role = Some(role);
            p.dob = dob.map(|d| PartialDate::full(d.0, d.1, d.2));
            p
        };
        let records = [
            member("1", 0, Role::Parent, None),
            member("2", 0, Role::Child, Some((2010, 6, 1))),
            member("3", 1, Role::Child, Some((2010, 6, 1))),
        ];
        let f = Features::build(&records, &settings);
        let ids = identifier_columns(&f);
        assert_eq!(
            contrary(&f, &ids, 0, 1),
            Some(cluster::Contrary::SameGrouping)
        );
        assert_eq!(
            contrary(&f, &ids, 0, 2),
            Some(cluster::Contrary::ParentAndChild)
        );
        assert_eq!(contrary(&f, &ids, 1, 2), None, "the son in two sources");
        let options = LinkOptions::default();
        // Not even an overwhelming weight joins one household's two members.
        assert_eq!(
            pair_refusal(&f, &settings, &options, 1000.0, 0, 1),
            Some(cluster::Refusal::Contrary(cluster::Contrary::SameGrouping))
        );
        assert_eq!(pair_refusal(&f, &settings, &options, 1000.0, 0, 2), None);
        // One NHS number on both: one person after all.
        let mut same = records.clone();
        same[0].nhs_number = Some(Box::new(crate::standardise::nhs::parse("999 000 0018")));
        same[1].nhs_number = same[0].nhs_number.clone();
        let f = Features::build(&same, &settings);
        assert!(
            f.col(&LinkField::NhsNumber)[0] != 0,
            "a valid test NHS number"
        );
        assert_eq!(contrary(&f, &identifier_columns(&f), 0, 1), None);
    }

    /// Two boys of one common name and one birthday, at different
    /// addresses, each recorded with his mother: a generated 25,000-family
    /// estate held 86 such false links (two children of one name and date
    /// of birth grow as the square of an estate). Mothers with clearly
    /// different forenames make them two children; the same mother (her
    /// name written surname first, or named in free text) does not.
    #[test]
    fn two_children_with_different_mothers_are_two_children() {
        use crate::model::{Role, Sex};
        let settings = Settings::default_settings();
        let member = |key: &str, family: &str, given: &str, role: Role, sex: Sex| {
            let mut p = person(key, given, "Wilson", (2014, 7, 20));
            p.staged.family_key = Some(family.into());
            p.staged.role = Some(role);
            p.sex = Some(sex);
            p
        };
        let mut records = vec![
            member("1", "H1", "Jayden", Role::Child, Sex::M),
            member("2", "H1", "Kelly", Role::Parent, Sex::F),
            member("3", "H2", "Jayden", Role::Child, Sex::M),
            member("4", "H2", "Gemma", Role::Parent, Sex::F),
            // The first boy again: his mother written surname first.
            member("5", "H3", "Jayden", Role::Child, Sex::M),
            member("6", "H3", "Wilson", Role::Parent, Sex::F),
            // And once more with no grouping, his mother named in free text.
            member("7", "", "Jayden", Role::Child, Sex::M),
            // A father in the household is no mother.
            member("8", "H2", "Kelly", Role::Parent, Sex::M),
        ];
        records[5].name.family = Some("kelly".into());
        records[6].staged.family_key = None;
        records[6].staged.extra_mut().parent_text =
            Some("Mum: Kelly WILSON; Dad: Lee WILSON".into());
        let f = Features::build(&records, &settings);
        let ids = identifier_columns(&f);
        assert_eq!(
            contrary(&f, &ids, 0, 2),
            Some(cluster::Contrary::DifferentMothers)
        );
        assert_eq!(
            contrary(&f, &ids, 0, 4),
            None,
            "her name written surname first"
        );
        assert_eq!(contrary(&f, &ids, 0, 6), None, "named in free text");
        assert_eq!(
            contrary(&f, &ids, 2, 6),
            Some(cluster::Contrary::DifferentMothers)
        );
        assert!(
            f.mothers[1].is_empty() && f.mothers[7].is_empty(),
            "adults: no mothers compared"
        );
        assert_eq!(f.mothers[2].len(), 1, "the father is not a mother");
        let refusal = pair_refusal(&f, &settings, &LinkOptions::default(), 10.0, 0, 2);
        assert!(refusal.unwrap().reason().contains("different mothers"));
        // An agreeing NHS number is one child whatever the mothers.
        records[0].nhs_number = Some(Box::new(crate::standardise::nhs::parse("999 000 0018")));
        records[2].nhs_number = records[0].nhs_number.clone();
        let f = Features::build(&records, &settings);
        assert_eq!(contrary(&f, &identifier_columns(&f), 0, 2), None);
    }

    /// Contrary evidence is weighed in, not only guarded: twins whose
    /// shared surname, birthday and address would link them at weight 20
    /// score below the review threshold (on a generated 25,000-family
    /// estate such pairs were 1,800 of the 4,976 review pairs, as links a
    /// guard refused); an overwhelming weight still links, exactly as the
    /// guard's override allowed; one grouping's child and parent go to
    /// minus the override weight whatever their weight.
    #[test]
    fn contrary_evidence_is_a_weight() {
        use crate::model::Role;
        let settings = Settings::default_settings();
        let mut records = vec![
            person("1", "Millie", "Okafor", (2019, 5, 2)),
            person("2", "Mia", "Okafor", (2019, 5, 2)),
            person("3", "Amelia", "Okafor", (2019, 5, 2)),
            person("4", "Daniel", "Hughes", (2010, 6, 1)),
            person("5", "Daniel", "Hughes", (2010, 6, 1)),
        ];
        for (r, role) in [(3, Role::Parent), (4, Role::Child)] {
            records[r].staged.family_key = Some("H1".into());
            records[r].staged.role = Some(role);
        }
        records[3].dob = None;
        let f = Features::build(&records, &settings);
        let ids = identifier_columns(&f);
        let link_w = score::weight_for(settings.link_threshold) as f32;
        let review_w = score::weight_for(settings.review_threshold) as f32;
        let over = settings.guard_override_weight as f32;
        let (kind, p) = contrary_penalty(&f, &ids, &settings, 20.0, 0, 1).unwrap();
        assert_eq!(kind, cluster::Contrary::SiblingForenames);
        assert!((p - (over - link_w)).abs() < 1e-4);
        assert_eq!(
            contrary_penalty(&f, &ids, &settings, over + 1.0, 0, 1),
            None
        );
        assert_eq!(contrary_penalty(&f, &ids, &settings, 20.0, 0, 2), None);
        let (kind, p) = contrary_penalty(&f, &ids, &settings, 1000.0, 3, 4).unwrap();
        assert_eq!(kind, cluster::Contrary::SameGrouping);
        assert_eq!(1000.0 - p, -over);
        let edge = |a, b, weight| Edge {
            a,
            b,
            weight,
            refused: None,
        };
        let edges = vec![
            edge(0, 1, 20.0),
            edge(3, 4, 40.0),
            edge(0, 2, 15.0),
            edge(1, 2, over + 1.0),
        ];
        let (kept, dropped) = contrary_as_weight(&f, &settings, edges, review_w);
        assert_eq!(dropped, 2, "the twins and the father and son");
        assert_eq!(
            kept.iter().map(|e| (e.a, e.b)).collect::<Vec<_>>(),
            vec![(1, 2), (0, 2)],
            "strongest first"
        );
    }
}
