//! The command line: one variant per subcommand (clap derive), and the
//! help's closing sections: the environment variables onefamily reads (those
//! that may hold a secret shown only as set or not set), how relative paths
//! resolve, and the exit codes.
//! `crate::commands` is the only reader of these types.

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use std::path::PathBuf;

/// Every environment variable onefamily reads itself, and what it means.
/// Help shows whether each is set, never its value: a target URL may hold
/// a password, and a log filter is no business of a screenshot either.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "ONEFAMILY_TARGET",
        "Target database URL for `run`, `load`, `measures` and `export` (as --target; sqlite://PATH or postgres://…). May hold a password.",
    ),
    (
        "ONEFAMILY_SNAPSHOT_KEY",
        "Passphrase of a snapshot (`extract --snapshot`, `run`, `link` and `load --snapshot`): it is encrypted at rest. Never given on the command line.",
    ),
    (
        "RUST_LOG",
        "Log filter (tracing's EnvFilter syntax, e.g. onefamily=debug); overrides -v and --quiet.",
    ),
    (
        "NO_COLOR",
        "Any value but empty: no colour in log lines (there is none anyway when stderr is not a terminal).",
    ),
];

/// How relative paths resolve: where a path is written decides what it is
/// relative to, so a project folder can be moved or run from anywhere.
pub const PATHS: &str = "Paths:
  On the command line and in environment variables (--project, --out,
  --model, --target sqlite://PATH, ONEFAMILY_TARGET): relative to the
  current directory.
  In a project or mapping file (source files, link settings, the decisions
  file, [target] url = \"sqlite://PATH\"): relative to the file that names them.
  So `--out out --target sqlite://out/unified.db` puts the reports and the
  database side by side wherever the command runs; a run logs both places.";

/// The exit codes, as `main` maps outcomes to them.
pub const EXIT_CODES: &str = "Exit codes:
  0  finished clean: the reconciliation balances, every check and gate passed
  1  finished with rejected rows, failed checks or failed gates
  2  could not run (bad configuration, unreachable source or target, a newer
     schema, another run loading the same target); nothing was committed";

/// The help's closing text, with each variable's state read now.
pub fn after_help() -> String {
    let width = ENVIRONMENT.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    let mut text = String::from("Environment (values are never shown):\n");
    for (name, meaning) in ENVIRONMENT {
        let state = if std::env::var_os(name).is_some() {
            "set"
        } else {
            "not set"
        };
        text.push_str(&format!("  {name:<width$}  [{state}] {meaning}\n"));
    }
    text.push_str(&format!(
        "  {:<width$}  Any variable a project or mapping file names as ${{NAME}} (connection\n  {:<width$}  strings, paths): read when the project is loaded, never printed.\n\n",
        "${NAME}", ""
    ));
    text.push_str(PATHS);
    text.push_str("\n\n");
    text.push_str(EXIT_CODES);
    text
}

impl Cli {
    /// Parse the process's arguments, with the environment's state, the
    /// path rule and the exit codes in the help of the top level and of
    /// every command that reads a project or writes files.
    pub fn parse_env() -> Cli {
        let after = after_help();
        let mut command = Cli::command().after_help(after.clone());
        for name in [
            "run",
            "extract",
            "link",
            "load",
            "check",
            "measures",
            "explain",
            "explain-family",
            "export",
        ] {
            command = command.mut_subcommand(name, |c| c.after_help(after.clone()));
        }
        let matches = command.get_matches();
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }
}

#[derive(Debug, Parser)]
#[command(
    name = "onefamily",
    version,
    about = "Migrate and consolidate Early Help records: one family, one worker, one plan."
)]
pub struct Cli {
    /// More log detail (-v info, -vv debug, -vvv trace). Logs never hold personal data.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,

    /// Nothing on stderr but errors: no progress display, no log lines.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract, standardise, link, load and report: the whole migration.
    /// Each source's extract is kept in <out>/stage and reused while its
    /// files and mapping are unchanged.
    Run(RunArgs),
    /// Extract sources into the staging store (<out>/stage), reusing what is
    /// unchanged; with --snapshot, pack the store into one encrypted file.
    Extract(ExtractArgs),
    /// Validate a project's mappings against its sources and profile them.
    Check(CheckArgs),
    /// Stage (reusing the store), standardise and link only: write the crosswalk, the model and
    /// the stored link (<out>/link), load nothing.
    Link(LinkArgs),
    /// Load the target and write the reconciliation pack from the staging store and the stored
    /// link of an earlier `extract` and `link`: no source re-read, no relink while they are
    /// unchanged (a stale link is linked again, and the report says why).
    Load(LoadArgs),
    /// Score a crosswalk against a truth file (pairwise and B-cubed).
    Evaluate(EvaluateArgs),
    /// Show why two person records did or did not link: each comparison's
    /// weight, from the staging store and the last link's model.
    Explain(ExplainArgs),
    /// Show which source groupings and person links made a family, the rule
    /// behind each join, and why near-miss groupings stayed apart.
    ExplainFamily(ExplainFamilyArgs),
    /// Write a synthetic legacy estate of eight Early Help systems.
    Sample(SampleArgs),
    /// Draft a project from a folder of legacy files (and database URLs):
    /// one mapping per table or sheet, every guess marked for a person to confirm.
    Init(InitArgs),
    /// Monthly performance measures from a loaded target, unified and as the
    /// legacy systems would count them: measures.csv, measures.xlsx, measures.html.
    Measures(MeasuresArgs),
    /// Write a loaded target as a case system's import files, from a target
    /// template (targets/NAME): one file per entity, export_rejects.csv, manifest.json.
    Export(ExportArgs),
    /// Clerical review: export the uncertain pairs to a sheet, import reviewers' decisions.
    #[command(subcommand)]
    Review(ReviewCommand),
    /// Run an Apache Ballista cluster's scheduler or executor, for `link` and
    /// `run --engine ballista://HOST:PORT` (a build with the `ballista` feature).
    #[command(subcommand)]
    Cluster(ClusterCommand),
}

#[derive(Debug, Subcommand)]
pub enum ClusterCommand {
    /// A Ballista scheduler: plans each job and hands its tasks to executors.
    Scheduler(SchedulerArgs),
    /// A Ballista executor: runs tasks, registered with a scheduler.
    Executor(ExecutorArgs),
}

#[derive(Debug, Args)]
pub struct SchedulerArgs {
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:50050")]
    pub bind: std::net::SocketAddr,
    /// The host name executors and clients reach this scheduler by (default: the bind address).
    #[arg(long)]
    pub external_host: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExecutorArgs {
    /// The scheduler, HOST:PORT.
    #[arg(long)]
    pub scheduler: String,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind_host: String,
    /// The host name the scheduler and other executors reach this one by (default: the bind address).
    #[arg(long)]
    pub external_host: Option<String>,
    /// Port of its Arrow Flight service (shuffle data and results).
    #[arg(long, default_value_t = 50051)]
    pub port: u16,
    /// Port of its gRPC service.
    #[arg(long, default_value_t = 50052)]
    pub grpc_port: u16,
    /// Tasks it runs at once (default: this machine's cores).
    #[arg(long)]
    pub cores: Option<usize>,
    /// Folder for its shuffle files (default: a temporary folder).
    #[arg(long)]
    pub work_dir: Option<PathBuf>,
    /// MiB its tasks' joins, sorts and groupings and the scoring packages
    /// they read may hold, all in one pool: sorts and groupings spill to
    /// the work folder beyond their share, a package that does not fit is
    /// refused (default: 70% of this machine's memory, or of its
    /// container's limit).
    #[arg(long)]
    pub memory_pool_mib: Option<u64>,
    /// Between jobs, once its private memory is past this many MiB, it
    /// stops taking tasks, leaves the cluster when its jobs are done and
    /// starts afresh in the same process, so that what it holds stays
    /// bounded however many jobs it runs (0: never).
    #[arg(long, default_value_t = 512)]
    pub restart_above_mib: u64,
}

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// Write review.xlsx and review.csv: one row per pair in the clerical review band.
    Export(ReviewExportArgs),
    /// Record the decisions of a filled review sheet (xlsx or csv) in the decisions file.
    Import(ReviewImportArgs),
}

#[derive(Debug, Args)]
pub struct ReviewExportArgs {
    /// The project file.
    #[arg(long, default_value = "mappings/project.toml")]
    pub project: PathBuf,
    /// Where review.xlsx and review.csv go; also the folder of the last
    /// run or link, whose staging store and model.json are read.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// Use this trained linkage model instead of the last link's (<out>/model.json).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Re-read every source instead of reusing the staging store.
    #[arg(long)]
    pub refresh: bool,
}

#[derive(Debug, Args)]
pub struct ReviewImportArgs {
    /// The filled review sheet (review.xlsx, or review.csv).
    pub file: PathBuf,
    /// The project file (its [review] decisions names the decisions file).
    #[arg(long, default_value = "mappings/project.toml")]
    pub project: PathBuf,
    /// Reviewer for rows whose Reviewer cell is empty.
    #[arg(long)]
    pub reviewer: Option<String>,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The project file.
    #[arg(long, default_value = "mappings/project.toml")]
    pub project: PathBuf,
    /// Where reports go.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// Target database URL (sqlite://PATH or postgres://…); overrides the project file.
    /// Its value, which may hold a password, is never shown in help.
    #[arg(long, env = "ONEFAMILY_TARGET", hide_env_values = true)]
    pub target: Option<String>,
    /// Do everything but write to the target; report what a real run would change.
    #[arg(long)]
    pub dry_run: bool,
    /// Use this trained linkage model (a run's model.json) instead of training.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Apply no reviewer decisions (read and report them only): the model on its own.
    #[arg(long)]
    pub ignore_decisions: bool,
    /// Re-read every source instead of reusing the staging store (<out>/stage).
    #[arg(long)]
    pub refresh: bool,
    /// Take every source's extract from this snapshot (`extract --snapshot`)
    /// and read no source; its passphrase is in ONEFAMILY_SNAPSHOT_KEY.
    #[arg(long, conflicts_with = "refresh")]
    pub snapshot: Option<PathBuf>,
    #[command(flatten)]
    pub engine: EngineArgs,
    #[command(flatten)]
    pub gates: GateArgs,
}

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// The project file.
    #[arg(long, default_value = "mappings/project.toml")]
    pub project: PathBuf,
    /// The output folder of the earlier `extract` and `link` (its stage/ and
    /// link/ are read); reports go here.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// Target database URL (sqlite://PATH or postgres://…); overrides the project file.
    /// Its value, which may hold a password, is never shown in help.
    #[arg(long, env = "ONEFAMILY_TARGET", hide_env_values = true)]
    pub target: Option<String>,
    /// Do everything but write to the target; report what a real load would change.
    #[arg(long)]
    pub dry_run: bool,
    /// Apply no reviewer decisions (read and report them only); the stored link
    /// fits only when it was made with --ignore-decisions too.
    #[arg(long)]
    pub ignore_decisions: bool,
    /// Re-read every source instead of reusing the staging store (<out>/stage);
    /// the stored link is still reused when the extracts come out the same.
    #[arg(long)]
    pub refresh: bool,
    /// Take every source's extract from this snapshot (`extract --snapshot`)
    /// and read no source; its passphrase is in ONEFAMILY_SNAPSHOT_KEY.
    #[arg(long, conflicts_with = "refresh")]
    pub snapshot: Option<PathBuf>,
    #[command(flatten)]
    pub gates: GateArgs,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The project file.
    #[arg(long, default_value = "mappings/project.toml")]
    pub project: PathBuf,
    /// The output folder whose staging store (stage/) is written.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// Only this source (its name in the mapping).
    #[arg(long)]
    pub source: Option<String>,
    /// Re-read the sources even when their files and mapping are unchanged.
    #[arg(long)]
    pub refresh: bool,
    /// Then pack the whole store into this file, encrypted with the
    /// passphrase in ONEFAMILY_SNAPSHOT_KEY, for `run --snapshot` elsewhere.
    #[arg(long)]
    pub snapshot: Option<PathBuf>,
}

/// CI gates of `run`: the run exits 1 when the reconciliation does not
/// balance or a gate fails, 0 when everything passes, 2 when it cannot run.
#[derive(Debug, Args)]
#[command(next_help_heading = "Gates (exit 1 when one fails)")]
pub struct GateArgs {
    /// Largest share of rejected rows, rejected / read: RATE for all sources
    /// together, SOURCE=RATE for one source; repeatable. RATE is a fraction
    /// (0.02) or a percentage (2%). Without it, any rejected row fails.
    #[arg(long, value_name = "[SOURCE=]RATE", value_parser = crate::report::gates::parse_reject_rate)]
    pub max_reject_rate: Vec<crate::report::gates::RejectRate>,
    /// Smallest share of person records linked to at least one other record.
    #[arg(long, value_name = "RATE", value_parser = crate::report::gates::parse_rate)]
    pub min_linked_rate: Option<f64>,
    /// Fewest staged person records (catches an empty or truncated extract).
    #[arg(long, value_name = "N")]
    pub min_records: Option<u64>,
}

impl GateArgs {
    pub fn gates(&self) -> crate::report::gates::Gates {
        crate::report::gates::Gates {
            max_reject_rate: self.max_reject_rate.clone(),
            min_linked_rate: self.min_linked_rate,
            min_records: self.min_records,
        }
    }
}

#[derive(Debug, Args)]
pub struct LinkArgs {
    /// The project file.
    #[arg(long, default_value = "mappings/project.toml")]
    pub project: PathBuf,
    /// Where crosswalk.csv, model.json and timings.json go.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// Use this trained linkage model (a run's model.json) instead of training.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Apply no reviewer decisions (read and report them only): the model on its own.
    #[arg(long)]
    pub ignore_decisions: bool,
    /// Re-read every source instead of reusing the staging store (<out>/stage).
    #[arg(long)]
    pub refresh: bool,
    /// Take every source's extract from this snapshot (`extract --snapshot`)
    /// and read no source; its passphrase is in ONEFAMILY_SNAPSHOT_KEY.
    #[arg(long, conflicts_with = "refresh")]
    pub snapshot: Option<PathBuf>,
    #[command(flatten)]
    pub engine: EngineArgs,
}

/// Where the link stage's training, blocking and scoring run.
#[derive(Debug, Args, Clone, Default)]
pub struct EngineArgs {
    /// Where training, blocking and scoring run: `local` (the default), or
    /// `ballista://HOST:PORT`, the scheduler of an Apache Ballista cluster
    /// that `onefamily cluster` runs (needs a build with the `ballista`
    /// feature, `make build-cluster`).
    #[arg(long, env = "ONEFAMILY_ENGINE", default_value = "local")]
    pub engine: String,
    /// A folder the cluster's scheduler and every executor see at this same
    /// path (a shared mount), for the blocking keys and what the executors
    /// train and score with (default: <out>/engine). The latter holds the
    /// compared values (standardised names, dates, postcodes), encrypted
    /// under a key used once; the files are removed when the link ends.
    #[arg(long)]
    pub engine_stage: Option<PathBuf>,
    /// On a cluster: cut the records into shards of at most this many, and
    /// weigh each pair of shards by a job of its own over those shards'
    /// features alone (default: one shard). More shards, more jobs.
    #[arg(long, value_parser = at_least_one)]
    pub engine_shard_records: Option<usize>,
    /// On a cluster: the partitions each step of a job is cut into, a task
    /// and a shuffle stream each (default: 16, Ballista's own). Set it to
    /// the executors' cores in all: fewer leaves cores idle, many more
    /// costs time and executor memory.
    #[arg(long, env = "ONEFAMILY_ENGINE_PARTITIONS", value_parser = at_least_one)]
    pub engine_partitions: Option<usize>,
}

impl EngineArgs {
    pub fn engine(
        &self,
        out: &std::path::Path,
    ) -> crate::error::Result<crate::link::engine::Engine> {
        let stage = self
            .engine_stage
            .clone()
            .unwrap_or_else(|| out.join("engine"));
        let mut engine = crate::link::engine::Engine::parse(&self.engine, stage)?;
        if let crate::link::engine::Engine::Ballista(cluster) = &mut engine {
            if let Some(asked) = self.engine_shard_records {
                cluster.shard_records = asked;
            }
            if let Some(asked) = self.engine_partitions {
                cluster.partitions = asked;
            }
        }
        // Refused before any source is read.
        if !cfg!(feature = "ballista") && engine != crate::link::engine::Engine::Local {
            return Err(crate::error::Error::Other(
                crate::link::engine::NOT_BUILT.into(),
            ));
        }
        Ok(engine)
    }
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The project file.
    #[arg(long, default_value = "mappings/project.toml")]
    pub project: PathBuf,
    /// The folder of the last run or link: its staging store and model.json.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// Use this trained linkage model instead of the last link's (<out>/model.json).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Re-read every source instead of reusing the staging store.
    #[arg(long)]
    pub refresh: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// The first record, as source:key.
    pub a: String,
    /// The second record, as source:key.
    pub b: String,
}

#[derive(Debug, Args)]
pub struct ExplainFamilyArgs {
    #[arg(long, default_value = "mappings/project.toml")]
    pub project: PathBuf,
    /// The folder of the last run or link: its staging store and model.json.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// A trained model instead of the last link's (<out>/model.json).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Re-read every source instead of reusing the staging store.
    #[arg(long)]
    pub refresh: bool,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// A family ID from crosswalk.csv or the report, or a record as
    /// `source:key` (its family is explained).
    pub family: String,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The project file.
    #[arg(long, default_value = "mappings/project.toml")]
    pub project: PathBuf,
}

#[derive(Debug, Args)]
pub struct EvaluateArgs {
    /// Truth file: source,source_key,person_id,family_id.
    #[arg(long, required_unless_present = "labels", conflicts_with = "labels")]
    pub truth: Option<PathBuf>,
    /// Reviewers' decisions (a decisions file) as labels: same = one person,
    /// different = two; unsure is left out.
    #[arg(long)]
    pub labels: Option<PathBuf>,
    /// The run's crosswalk: source,source_key,person_id,family_id.
    #[arg(long, default_value = "out/crosswalk.csv")]
    pub crosswalk: PathBuf,
    /// With --truth: a review sheet's CSV (review.csv); counts its pairs
    /// that are one person by the truth.
    #[arg(long, requires = "truth")]
    pub review: Option<PathBuf>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SampleArgs {
    /// How many true families to generate.
    #[arg(long, default_value_t = 1000)]
    pub families: usize,
    /// Random seed: the same seed writes byte-identical files.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Output folder.
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder of legacy files: CSV/TSV, workbooks, SQLite files, .sql dumps.
    pub dir: PathBuf,
    /// A database to read every table of (mysql://, postgres://); repeatable.
    /// A URL's password never goes into the mapping files.
    #[arg(long = "url", value_name = "URL")]
    pub urls: Vec<String>,
    /// Where the draft project is written.
    #[arg(long, default_value = "draft")]
    pub out: PathBuf,
    /// Overwrite an earlier draft in --out.
    #[arg(long)]
    pub force: bool,
    /// Read the folder's subfolders too.
    #[arg(long)]
    pub recursive: bool,
    /// Rows profiled per table or sheet.
    #[arg(long, default_value_t = 2000)]
    pub sample_rows: usize,
}

#[derive(Debug, Args)]
pub struct MeasuresArgs {
    /// The loaded target (sqlite://PATH or postgres://…), read only.
    /// Its value, which may hold a password, is never shown in help.
    #[arg(long, env = "ONEFAMILY_TARGET", hide_env_values = true)]
    pub target: Option<String>,
    /// First month (YYYY-MM); default: the earliest month the data holds, at most ten years back.
    #[arg(long, value_name = "YYYY-MM", value_parser = parse_month)]
    pub from: Option<crate::measures::Month>,
    /// Last month (YYYY-MM); default: the latest month the data holds.
    #[arg(long, value_name = "YYYY-MM", value_parser = parse_month)]
    pub to: Option<crate::measures::Month>,
    /// Where measures.csv, measures.xlsx and measures.html go.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// A measures file: adds to the default measures, or replaces one by its id
    /// (replace_defaults = true drops them all).
    #[arg(long, value_name = "FILE")]
    pub definitions: Option<PathBuf>,
    /// Validate the definitions against the unified schema (and the target,
    /// when given); write nothing.
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The loaded target (sqlite://PATH or postgres://…), read only.
    /// Its value, which may hold a password, is never shown in help.
    #[arg(long, env = "ONEFAMILY_TARGET", hide_env_values = true)]
    pub target: Option<String>,
    /// The target template: a folder of entity files (targets/NAME/*.toml).
    #[arg(long, value_name = "DIR")]
    pub template: PathBuf,
    /// Where the entity files, export_rejects.csv and manifest.json go.
    #[arg(long, default_value = "out/export")]
    pub out: PathBuf,
    /// Check the template against the unified schema; write nothing.
    #[arg(long)]
    pub check: bool,
    /// A delta for cutover: only what runs after RUN_ID inserted, updated or
    /// retired (a first column says which), and merges.csv of merged IDs.
    #[arg(long, value_name = "RUN_ID")]
    pub since: Option<String>,
}

impl MeasuresArgs {
    pub fn options(&self) -> crate::measures::Options {
        crate::measures::Options {
            target: self.target.clone(),
            from: self.from,
            to: self.to,
            out: self.out.clone(),
            definitions: self.definitions.clone(),
            check: self.check,
        }
    }
}

/// A count of at least 1 (clap names the option in its error).
fn at_least_one(s: &str) -> Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(0) => Err("at least 1".into()),
        Ok(n) => Ok(n),
        Err(_) => Err("expected a whole number, at least 1".into()),
    }
}

fn parse_month(s: &str) -> Result<crate::measures::Month, String> {
    crate::measures::Month::parse(s).ok_or_else(|| format!("{s}: expected YYYY-MM"))
}

#[cfg(test)]
mod tests {
    use super::{Cli, EngineArgs};
    use crate::link::engine::{Engine, DEFAULT_PARTITIONS, DEFAULT_SHARD_RECORDS};
    use clap::Parser;
    use std::path::Path;

    fn args(engine: &str, shard: Option<usize>, partitions: Option<usize>) -> EngineArgs {
        EngineArgs {
            engine: engine.into(),
            engine_stage: None,
            engine_shard_records: shard,
            engine_partitions: partitions,
        }
    }

    #[test]
    fn the_cluster_options_reach_the_engine_and_zero_is_refused() {
        let out = Path::new("/runs/out");
        // Here, the cluster's options have nothing to set.
        assert_eq!(
            args("local", Some(5), Some(3)).engine(out).unwrap(),
            Engine::Local
        );
        for option in ["--engine-shard-records", "--engine-partitions"] {
            let e = Cli::try_parse_from([
                "onefamily",
                "link",
                "--engine",
                "ballista://h:1",
                option,
                "0",
            ])
            .unwrap_err()
            .to_string();
            assert!(e.contains(option) && e.contains("at least 1"), "{e}");
        }
        if cfg!(feature = "ballista") {
            let Engine::Ballista(cluster) = args("ballista://h:1", None, None).engine(out).unwrap()
            else {
                panic!("a cluster")
            };
            assert_eq!(cluster.stage, out.join("engine"));
            assert_eq!(
                (cluster.shard_records, cluster.partitions),
                (DEFAULT_SHARD_RECORDS, DEFAULT_PARTITIONS)
            );
            let Engine::Ballista(cluster) = args("ballista://h:1", Some(9000), Some(3))
                .engine(out)
                .unwrap()
            else {
                panic!("a cluster")
            };
            assert_eq!((cluster.shard_records, cluster.partitions), (9000, 3));
        }
    }
}
