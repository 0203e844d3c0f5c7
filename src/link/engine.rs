//! Where the link stage's blocking and scoring run: here (the default), or
//! as Apache DataFusion plans on an Apache Ballista cluster (`--engine
//! ballista://HOST:PORT`, with the `ballista` feature: `super::ballista`).
//!
//! On a cluster, this node works out every record's blocking keys (one
//! pass, `block::rule_keys`) and writes them, with nothing else of the
//! record, as Parquet to a folder the executors read at the same path;
//! beside them it writes what scoring reads (the features, settings and
//! model: `super::ballista_score`). The cluster finds each rule's blocks,
//! leaves out those over `max_block_size`, and self-joins the rest, leaving
//! out the pairs an earlier rule found and pairs that cannot match: the
//! same candidate pairs, rule by rule, as `block::Blocking` here. It weighs
//! each pair where it is found, with this node's scorer, and sends back the
//! pairs at or above the review floor and counts of the rest: what scoring
//! here gives. This node clusters and forms families over them as over its
//! own.
//!
//! Without a model given (`--model`), the cluster counts training's
//! comparison patterns first, over the same sampled blocks as training
//! here, and this node fits the model to those counts.

use super::block::{self, RuleStats};
use super::features::Features;
use super::settings::Settings;
use crate::error::{Error, Result};
use std::path::PathBuf;

/// The link stage's engine for blocking and scoring.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Engine {
    /// Blocking and scoring here, on every thread.
    #[default]
    Local,
    /// Blocking and scoring on a Ballista cluster.
    Ballista(Cluster),
}

/// A Ballista cluster and how the link's jobs use it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    /// The scheduler, `host:port`.
    pub scheduler: String,
    /// The folder, seen at this same path by every executor, that the
    /// blocking keys and scoring packages are written to.
    pub stage: PathBuf,
    /// The most records of a shard (`ballista::shards`): a job's package
    /// holds the features of two shards at most.
    pub shard_records: usize,
    /// The partitions each step of a job's plan is cut into (DataFusion's
    /// `target_partitions`): a task each, and as many shuffle streams
    /// between steps.
    pub partitions: usize,
}

/// Records per shard unless `--engine-shard-records` says otherwise: all
/// of them, one shard. Shards of the peers' 1M and 3M files measured no
/// lower executor peak, and at 1M took 2.4 times as long (README, "Linking
/// on a cluster"), so cutting is asked for, not done by default. (Those
/// peaks were mostly freed memory the allocator kept, which executors now
/// hand back at once: `memory::purge_at_once`.)
pub const DEFAULT_SHARD_RECORDS: usize = usize::MAX;

/// A job's partitions unless `--engine-partitions` says otherwise:
/// Ballista's own default (`SessionConfig::new_with_ballista`), whatever
/// the cluster's cores, for the client cannot ask the scheduler how many
/// task slots its executors have. Measured on two executors of one core
/// (README, "Linking on a cluster"), 2 was faster than 16 and, in shards,
/// leaner (in one shard each task held more, and the executors peaked
/// higher); on a larger cluster fewer than its slots would leave cores
/// idle, so the number is asked for, not guessed.
pub const DEFAULT_PARTITIONS: usize = 16;

/// The scheduler port a `ballista://HOST` without one means (Ballista's).
pub const DEFAULT_SCHEDULER_PORT: u16 = 50050;

impl Engine {
    /// `--engine`: `local`, or `ballista://HOST[:PORT]`. `stage` is the
    /// folder for the keys (`--engine-stage`).
    pub fn parse(text: &str, stage: PathBuf) -> Result<Engine> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("local") {
            return Ok(Engine::Local);
        }
        let bad = || {
            Error::Other(
                "--engine: expected `local` or `ballista://HOST:PORT` (the scheduler's host and port)"
                    .into(),
            )
        };
        let rest = text.strip_prefix("ballista://").ok_or_else(bad)?;
        let rest = rest.trim_end_matches('/');
        if rest.is_empty() || rest.contains(['/', '@', '?', '#', ' ']) {
            return Err(bad());
        }
        let scheduler = match rest.rsplit_once(':') {
            // An IPv6 address in brackets keeps its colons.
            Some((host, port)) if !host.is_empty() && !port.contains(']') => {
                port.parse::<u16>().map_err(|_| bad())?;
                format!("{host}:{port}")
            }
            _ => format!("{rest}:{DEFAULT_SCHEDULER_PORT}"),
        };
        Ok(Engine::Ballista(Cluster {
            scheduler,
            stage,
            shard_records: DEFAULT_SHARD_RECORDS,
            partitions: DEFAULT_PARTITIONS,
        }))
    }

    /// How the report and log name it (no credentials can be in it: the
    /// parse refuses a user part).
    pub fn describe(&self) -> String {
        match self {
            Engine::Local => "local".into(),
            Engine::Ballista(cluster) => format!("ballista://{}", cluster.scheduler),
        }
    }
}

/// What a cluster's link gives back: the scored pairs (as `Scorer`'s own
/// scoring gives them, before `Scorer::finish`), and each rule's blocks for
/// the report.
pub struct ClusterLink {
    pub scored: super::score::Scored,
    pub stats: Vec<RuleStats>,
}

/// Each record's blocking keys and what decides which pairs may be
/// compared: the input a cluster's plans read.
pub struct KeyTable {
    /// Rules, in order.
    pub rules: usize,
    /// `keys[record * rules + rule]`, 0 = no key.
    pub keys: Vec<u64>,
    /// Each EM training rule's key of every record, 0 = no key (for
    /// training on a cluster; empty for scoring).
    pub training: Vec<Vec<u64>>,
    /// Each record's source, and per source whether its records can match
    /// each other; both empty when every pair may be compared.
    pub source: Vec<u16>,
    pub within_source: Vec<bool>,
}

impl KeyTable {
    pub fn build(f: &Features, settings: &Settings) -> KeyTable {
        let (source, within_source) = block::source_restriction(f);
        KeyTable {
            rules: settings.blocking_rules.len(),
            keys: block::rule_keys(f, &settings.blocking_rules),
            training: Vec::new(),
            source,
            within_source,
        }
    }

    /// The table with the EM training rules' keys too, each as the rule
    /// alone gives them (as training here blocks on each rule alone).
    pub fn with_training(mut self, f: &Features, settings: &Settings) -> KeyTable {
        self.training = settings
            .training
            .em_blocking_rules
            .iter()
            .map(|rule| block::rule_keys(f, std::slice::from_ref(rule)))
            .collect();
        self
    }

    pub fn records(&self) -> usize {
        match self.keys.len().checked_div(self.rules) {
            Some(n) => n,
            None => self.training.first().map_or(0, Vec::len),
        }
    }
}

/// Blocking and scoring on `cluster`, the keys and the scoring packages
/// written into its stage; pairs kept at or above `min_weight`.
#[cfg(feature = "ballista")]
pub fn cluster_link(
    f: &Features,
    settings: &Settings,
    model: &super::train::Model,
    min_weight: f32,
    cluster: &Cluster,
) -> Result<ClusterLink> {
    let names: Vec<String> = settings
        .blocking_rules
        .iter()
        .map(|r| r.name.clone())
        .collect();
    let package = super::ballista_score::PackageRef {
        features: f,
        settings,
        model: Some(model),
        ranges: &[],
    };
    super::ballista::link(
        cluster,
        KeyTable::build(f, settings),
        &names,
        settings.max_block_size,
        &package,
        min_weight,
    )
}

/// Training's comparison patterns counted on `cluster` (the keys, with the
/// training rules' keys, and packages without a model written into its
/// stage): what `train::local_patterns` counts here, from the same sampled
/// blocks.
#[cfg(feature = "ballista")]
pub fn cluster_patterns(
    f: &Features,
    settings: &Settings,
    cluster: &Cluster,
) -> Result<super::train::TrainingPatterns> {
    let package = super::ballista_score::PackageRef {
        features: f,
        settings,
        model: None,
        ranges: &[],
    };
    super::ballista::train(
        cluster,
        KeyTable::build(f, settings).with_training(f, settings),
        settings.max_block_size,
        settings.training.em_max_pairs,
        &package,
    )
}

/// Without the `ballista` feature the command line refuses the engine
/// before any source is read; this says the same, should it be reached.
#[cfg(not(feature = "ballista"))]
pub fn cluster_patterns(
    _f: &Features,
    _settings: &Settings,
    _cluster: &Cluster,
) -> Result<super::train::TrainingPatterns> {
    Err(Error::Other(NOT_BUILT.into()))
}

/// Without the `ballista` feature the command line refuses the engine
/// before any source is read; this says the same, should it be reached.
#[cfg(not(feature = "ballista"))]
pub fn cluster_link(
    _f: &Features,
    _settings: &Settings,
    _model: &super::train::Model,
    _min_weight: f32,
    _cluster: &Cluster,
) -> Result<ClusterLink> {
    Err(Error::Other(NOT_BUILT.into()))
}

/// What a build without the `ballista` feature says when asked for it.
pub const NOT_BUILT: &str = "this onefamily was built without the Ballista engine: build it with `make build-cluster` (cargo build --release --features ballista)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engines_parse() {
        let stage = PathBuf::from("/shared/keys");
        assert_eq!(
            Engine::parse("local", stage.clone()).unwrap(),
            Engine::Local
        );
        assert_eq!(
            Engine::parse("ballista://sched.example:50099", stage.clone()).unwrap(),
            Engine::Ballista(Cluster {
                scheduler: "sched.example:50099".into(),
                stage: stage.clone(),
                shard_records: DEFAULT_SHARD_RECORDS,
                partitions: DEFAULT_PARTITIONS,
            })
        );
        assert_eq!(
            Engine::parse("ballista://10.0.0.5/", stage.clone()).unwrap(),
            Engine::Ballista(Cluster {
                scheduler: "10.0.0.5:50050".into(),
                stage: stage.clone(),
                shard_records: DEFAULT_SHARD_RECORDS,
                partitions: DEFAULT_PARTITIONS,
            })
        );
        for bad in [
            "spark://x:1",
            "ballista://",
            "ballista://x:notaport",
            "ballista://user:secret@x:1",
            "ballista://x:1/path",
        ] {
            let e = Engine::parse(bad, stage.clone()).unwrap_err().to_string();
            assert!(e.contains("--engine"), "{bad}: {e}");
            assert!(!e.contains("secret"), "{e}");
        }
    }
}
