//! The stages in order, from plain options: read the project once, extract
//! every source, standardise, link persons and families, load the target,
//! write the reconciliation pack. Commands (`crate::commands`) call these
//! functions and print what they return; nothing here knows the command line
//! or writes to stdout. Each stage is a tracing span (`crate::timing`), from
//! which the log's stage lines and `timings.json` both come.

use crate::error::{Error, Result};
use crate::link;
use crate::mapping::Project;
use crate::model::{Person, SourceExtract, SourceInfo, Unified};
use crate::report;
use crate::store::{StageOptions, Store};
use crate::timing::Timings;
use crate::unify::{standardise_all, unify_reviewed};
use std::path::{Path, PathBuf};
use tracing::field::Empty;
use tracing::{info, info_span, Instrument, Span};

mod explain;
mod load;
pub use explain::{
    explain, explain_family, review_export, ExplainOptions, Explained, ReviewExport,
};
pub use load::load;

/// The root span of every entry point below: stages are its children, and
/// `Timings::collect` finds a run's spans by it.
const ROOT: &str = "onefamily";

fn root_span(command: &'static str) -> Span {
    info_span!("onefamily", command, records = Empty)
}

/// What `run` needs besides the project file.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// Where the reconciliation pack goes.
    pub out: PathBuf,
    /// Target database URL; the project's `[target] url` when `None`.
    pub target: Option<String>,
    /// Diff against the target, write nothing to it.
    pub dry_run: bool,
    /// A trained model (a run's model.json) instead of training.
    pub model: Option<PathBuf>,
    /// Read and report reviewers' decisions but do not apply them.
    pub ignore_decisions: bool,
    pub gates: report::gates::Gates,
    /// `--refresh` (re-read every source) and `--snapshot FILE`; the
    /// staging store is `<out>/stage`.
    pub stage: StageOptions,
    /// Where blocking runs (`--engine`).
    pub engine: link::engine::Engine,
}

/// What the link-only entry points need besides the project file.
#[derive(Clone, Debug, Default)]
pub struct LinkOptions {
    /// The output folder: its staging store (`stage/`) holds the extracts,
    /// and its `model.json` is the last link's model.
    pub out: PathBuf,
    /// `--refresh`: re-read every source.
    pub refresh: bool,
    /// `--snapshot FILE`: every extract from this snapshot, no source read.
    pub snapshot: Option<PathBuf>,
    /// A trained model (a run's model.json) instead of training.
    pub model: Option<PathBuf>,
    /// Read and report reviewers' decisions but do not apply them.
    pub ignore_decisions: bool,
    /// Where blocking runs (`--engine`).
    pub engine: link::engine::Engine,
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The link settings a project names, or the built-in ones.
pub fn link_settings(project: &Project) -> Result<link::settings::Settings> {
    match &project.link_file {
        Some(path) => link::settings::Settings::load(path),
        None => Ok(link::settings::Settings::default_settings()),
    }
}

/// Everything up to linking: what `run`, `explain` and the tests share.
pub struct Prepared {
    pub project: Project,
    pub extracts: Vec<SourceExtract>,
    pub sources: Vec<SourceInfo>,
    pub records: Vec<Person>,
    pub settings: link::settings::Settings,
    pub options: link::LinkOptions,
    /// Reviewers' decisions, resolved against the records; already in `options`.
    pub replay: crate::review::Replay,
    /// Where each source's extract came from.
    pub staging: crate::model::staging::Staging,
}

impl Prepared {
    /// Link the records into persons and families, reviewers' decisions
    /// applied (the `link` stage of `run` and `link`).
    fn link(self, root: &Span) -> Result<Linked> {
        let Prepared {
            project,
            mut extracts,
            sources,
            records,
            settings,
            options,
            mut replay,
            staging,
        } = self;
        root.record("records", records.len() as u64);
        let (unified, clusters) = info_span!("link").in_scope(|| {
            unify_reviewed(
                sources,
                records,
                &mut extracts,
                &settings,
                &options,
                &mut replay,
            )
        })?;
        // What forming families built and dropped, before the report's rows.
        crate::memory::release();
        info!(
            persons = unified.persons.len(),
            families = unified.families.len(),
            "Linked."
        );
        Ok(Linked {
            project,
            extracts,
            unified,
            clusters,
            settings,
            replay,
            staging,
        })
    }

    /// `--ignore-decisions`: the model on its own; decisions are still read
    /// and reported.
    pub fn ignore_decisions(&mut self) {
        self.replay.ignore();
        self.options.must_link.clear();
        self.options.cannot_link.clear();
    }
}

/// Each source of a project as the linked records name it.
fn source_infos(project: &Project) -> Vec<SourceInfo> {
    project
        .sources
        .iter()
        .map(|s| SourceInfo {
            name: s.name.clone(),
            service: s.service.clone(),
            kind: s.kind.as_str().to_string(),
        })
        .collect()
}

/// Extract every source of a loaded project and standardise, keeping
/// nothing: no staging store.
pub async fn prepare(project: Project, model: Option<&Path>) -> Result<Prepared> {
    prepare_staged(project, model, None, &StageOptions::default()).await
}

/// Stage every source of a loaded project (reused from `store` when
/// unchanged, see `crate::store`) and standardise.
pub async fn prepare_staged(
    project: Project,
    model: Option<&Path>,
    store: Option<&Store>,
    stage: &StageOptions,
) -> Result<Prepared> {
    let settings = link_settings(&project)?;
    let model = model
        .map(|m| link::train::Model::load(m, &settings))
        .transpose()?;
    let staged = crate::store::stage(&project, store, stage)
        .instrument(info_span!("extract"))
        .await?;
    let mut extracts = staged.extracts;
    let rows: u64 = extracts.iter().map(|x| x.rows_read).sum();
    info!(
        sources = extracts.len(),
        read = staged.staging.sources_read,
        rows,
        "Extracted."
    );
    let sources = source_infos(&project);
    let records = info_span!("standardise")
        .in_scope(|| standardise_all(&mut extracts, project.reference_date));
    info!(records = records.len(), "Standardised.");
    let replay = crate::review::Replay::read(&project, &records, &sources)?;
    let options = link::LinkOptions {
        model,
        duplicate_free: project.sources.iter().map(|s| s.duplicate_free).collect(),
        source_names: project.sources.iter().map(|s| s.name.clone()).collect(),
        must_link: replay.must_link.clone(),
        cannot_link: replay.cannot_link.clone(),
        engine: Default::default(),
    };
    Ok(Prepared {
        project,
        extracts,
        sources,
        records,
        settings,
        options,
        replay,
        staging: staged.staging,
    })
}

/// What `extract` staged.
pub struct Extracted {
    pub staging: crate::model::staging::Staging,
    /// The snapshot written, with how many sources it holds.
    pub snapshot: Option<(PathBuf, usize)>,
    pub store: PathBuf,
}

/// `extract`: stage one source or all into `<out>/stage`, reusing what is
/// unchanged unless `stage.refresh`; then, with `snapshot`, pack the store
/// into that file, encrypted with the passphrase from the environment.
pub async fn extract(
    project_file: &Path,
    out: &Path,
    stage: &StageOptions,
    snapshot: Option<&Path>,
) -> Result<Extracted> {
    // The passphrase first: a missing one stops before any source is read.
    let pass = snapshot
        .map(|_| crate::store::snapshot::passphrase())
        .transpose()?;
    let project = crate::mapping::load_project(project_file)?;
    let store = Store::of_out(out);
    let root = root_span("extract");
    let staged = async {
        crate::store::stage(&project, Some(&store), stage)
            .instrument(info_span!("extract"))
            .await
    }
    .instrument(root.clone())
    .await;
    drop(root);
    let staged = staged?;
    let snapshot = match (snapshot, pass) {
        (Some(file), Some(pass)) => {
            let n = crate::store::snapshot::pack(&store, file, &pass)?;
            info!(sources = n, "Snapshot written.");
            Some((file.to_path_buf(), n))
        }
        _ => None,
    };
    Ok(Extracted {
        staging: staged.staging,
        snapshot,
        store: store.dir,
    })
}

/// Everything a run computed, for tests and the commands.
pub struct RunResult {
    pub report: report::Report,
    pub unified: Unified,
}

/// Run a project end to end and write the reconciliation pack and
/// `timings.json` into `opts.out`.
pub async fn run(project_file: &Path, opts: &RunOptions) -> Result<RunResult> {
    let root = root_span("run");
    let result = run_stages(project_file, opts, &root)
        .instrument(root.clone())
        .await;
    drop(root);
    let result = result?;
    Timings::collect(ROOT).write(&opts.out)?;
    Ok(result)
}

async fn run_stages(project_file: &Path, opts: &RunOptions, root: &Span) -> Result<RunResult> {
    let started = now();
    let (project, target_url) = load::open_target(project_file, opts).await?;
    let out = opts.out.as_path();
    let store = Store::of_out(out);
    let mut prepared =
        prepare_staged(project, opts.model.as_deref(), Some(&store), &opts.stage).await?;
    if opts.ignore_decisions {
        prepared.ignore_decisions();
    }
    prepared.options.engine = opts.engine.clone();
    let Linked {
        project,
        extracts,
        unified,
        clusters,
        settings,
        replay,
        mut staging,
    } = prepared.link(root)?;
    load::write_link(
        &project,
        &store,
        out,
        (&unified, &clusters, &replay),
        &settings,
        !opts.ignore_decisions,
    )?;
    staging.link = Some(crate::model::staging::LinkProvenance {
        origin: crate::model::staging::LinkOrigin::Linked,
        note: "linked in this run".into(),
    });
    load::finish(
        load::LinkResult {
            project,
            extracts,
            unified,
            stats: clusters.stats,
            staging,
            replay,
        },
        opts,
        &target_url,
        started,
    )
    .await
}

/// A project linked into persons and families, reviewers' decisions
/// applied: what `link`, `explain-family` and `review export` work from.
pub struct Linked {
    pub project: Project,
    pub extracts: Vec<SourceExtract>,
    pub unified: Unified,
    pub clusters: link::PersonClusters,
    pub settings: link::settings::Settings,
    pub replay: crate::review::Replay,
    pub staging: crate::model::staging::Staging,
}

async fn link_stages(project_file: &Path, opts: &LinkOptions, root: &Span) -> Result<Linked> {
    let project = crate::mapping::load_project(project_file)?;
    let store = Store::of_out(&opts.out);
    let stage = StageOptions {
        refresh: opts.refresh,
        only: None,
        snapshot: opts.snapshot.clone(),
    };
    let mut prepared = prepare_staged(project, opts.model.as_deref(), Some(&store), &stage).await?;
    if opts.ignore_decisions {
        prepared.ignore_decisions();
    }
    prepared.options.engine = opts.engine.clone();
    prepared.link(root)
}

/// Extract, standardise and link a project; write nothing.
pub async fn link_project(project_file: &Path, opts: &LinkOptions) -> Result<Linked> {
    let root = root_span("link");
    let linked = link_stages(project_file, opts, &root)
        .instrument(root.clone())
        .await;
    drop(root);
    linked
}

/// The link stage on its own, for re-running linkage after a settings
/// change and for measuring it: writes crosswalk.csv, model.json, the
/// term frequencies and stored link (`<out>/link/`, which `load` reads) and
/// timings.json into `out`; touches no target.
pub async fn link_only(project_file: &Path, out: &Path, opts: &LinkOptions) -> Result<Linked> {
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let opts = LinkOptions {
        out: out.to_path_buf(),
        ..opts.clone()
    };
    let root = root_span("link");
    let linked = async {
        let linked = link_stages(project_file, &opts, &root).await?;
        info_span!("report").in_scope(|| -> Result<()> {
            // The crosswalk beside what the link leaves for later commands:
            // both only read the finished link.
            let span = tracing::Span::current();
            let (written, crosswalk) = rayon::join(
                || {
                    let _report = span.enter();
                    load::write_link(
                        &linked.project,
                        &Store::of_out(out),
                        out,
                        (&linked.unified, &linked.clusters, &linked.replay),
                        &linked.settings,
                        !opts.ignore_decisions,
                    )
                },
                || report::write_crosswalk(&out.join("crosswalk.csv"), &linked.unified),
            );
            written?;
            crosswalk?;
            Ok(())
        })?;
        Ok::<_, Error>(linked)
    }
    .instrument(root.clone())
    .await;
    drop(root);
    let linked = linked?;
    Timings::collect(ROOT).write(out)?;
    Ok(linked)
}

/// Find a record by `source:key`.
pub fn find_record(records: &[Person], sources: &[SourceInfo], spec: &str) -> Result<usize> {
    locate(sources, spec, |s, key| {
        records
            .iter()
            .position(|r| r.source() as usize == s && r.key() == key)
    })
}

/// Find a record by `source:key` with `find` (source index, key → record),
/// with `find_record`'s errors.
fn locate(
    sources: &[SourceInfo],
    spec: &str,
    find: impl Fn(usize, &str) -> Option<usize>,
) -> Result<usize> {
    let (source, key) = spec
        .split_once(':')
        .ok_or_else(|| Error::Other(format!("{spec:?}: name a record as source:key")))?;
    let s = sources
        .iter()
        .position(|s| s.name == source)
        .ok_or_else(|| Error::Other(format!("no source named {source:?} in the project")))?;
    find(s, key).ok_or_else(|| {
        Error::Other(format!(
            "no person record {spec:?} (it may have been rejected: see rejects.csv)"
        ))
    })
}

/// Record a filled review sheet's decisions in the project's decisions
/// file; returns what was imported and the file written.
pub fn review_import(
    project_file: &Path,
    sheet: &Path,
    reviewer: Option<&str>,
) -> Result<(crate::review::sheet::Imported, PathBuf)> {
    let project = crate::mapping::load_project(project_file)?;
    let done = crate::review::sheet::import(sheet, &project, reviewer, &now())?;
    let c = &done.counts;
    info!(
        decisions = done.decisions,
        undecided = done.undecided,
        added = c.added,
        replaced = c.replaced,
        unchanged = c.unchanged,
        "Review decisions imported."
    );
    Ok((done, project.decisions_file))
}
