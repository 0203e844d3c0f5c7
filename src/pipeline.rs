//! The whole run, stage by stage: extract every source, standardise, link
//! persons, form families, load the target, write the reconciliation pack.
//! Each stage logs counts (never personal data) and shows a progress bar.

use crate::cli::{
    CheckArgs, ExplainArgs, ExplainFamilyArgs, LinkArgs, ReviewCommand, RunArgs, SampleArgs,
};
use crate::error::{Error, Result};
use crate::link;
use crate::model::{Person, SourceExtract, SourceInfo, Unified};
use crate::report;
use crate::unify::{standardise_all, unify_reviewed};
use std::path::Path;
use std::time::Instant;
use tracing::info;

/// How a command finished, when it finished at all (fatal errors are `Err`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing to report: exit 0.
    Clean,
    /// Finished, with rejects, problems or a failed gate: exit 1.
    Problems,
}

/// `onefamily sample`.
pub async fn sample(args: &SampleArgs) -> Result<Outcome> {
    crate::sample::write_estate(&args.out, args.families, args.seed)?;
    info!(
        families = args.families,
        seed = args.seed,
        "Sample estate written."
    );
    Ok(Outcome::Clean)
}

/// `onefamily check`.
pub async fn check(args: &CheckArgs) -> Result<Outcome> {
    let report = crate::extract::check(&args.project).await;
    print!("{report}");
    Ok(if report.problems() == 0 {
        Outcome::Clean
    } else {
        Outcome::Problems
    })
}

/// Everything a run computed, for tests and the stage subcommands.
pub struct RunResult {
    pub report: report::Report,
    pub unified: Unified,
    pub outcome: Outcome,
}

/// `onefamily run`.
pub async fn run(args: &RunArgs) -> Result<Outcome> {
    let result = run_project(
        &args.project,
        &args.out,
        args.target.as_deref(),
        args.dry_run,
        args.model.as_deref(),
        args.ignore_decisions,
        &args.gates.gates(),
    )
    .await?;
    print!("{}", report::summary(&result.report));
    println!("Reports written to {}", args.out.display());
    Ok(result.outcome)
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The link settings a project names, or the built-in ones.
pub fn link_settings(project: &crate::mapping::Project) -> Result<link::settings::Settings> {
    match &project.link_file {
        Some(path) => link::settings::Settings::load(path),
        None => Ok(link::settings::Settings::default_settings()),
    }
}

/// Everything up to linking: what `run`, `explain` and the tests share.
pub struct Prepared {
    pub project: crate::mapping::Project,
    pub extracts: Vec<SourceExtract>,
    pub sources: Vec<SourceInfo>,
    pub records: Vec<Person>,
    pub settings: link::settings::Settings,
    pub options: link::LinkOptions,
    pub timings: Timings,
    /// Reviewers' decisions, resolved against the records; already in `options`.
    pub replay: crate::review::Replay,
}

impl Prepared {
    /// `--ignore-decisions`: the model on its own; decisions are still read
    /// and reported.
    pub fn ignore_decisions(&mut self) {
        self.replay.ignore();
        self.options.must_link.clear();
        self.options.cannot_link.clear();
    }
}

/// Wall time of each stage and each source's extraction: written to
/// `timings.json`, apart from `report.json` so the report stays the same
/// from one run to the next.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Timings {
    pub stages: Vec<(String, f64)>,
    pub sources: Vec<SourceTiming>,
    pub records: u64,
    pub total_secs: f64,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct SourceTiming {
    pub source: String,
    pub kind: String,
    pub rows: u64,
    /// Records staged: persons, involvements, referrals, assessments and consents.
    pub records: u64,
    pub secs: f64,
    pub records_per_sec: f64,
}

impl Timings {
    fn stage(&mut self, name: &str, secs: f64) {
        self.stages.push((name.to_string(), secs));
    }

    /// Write `timings.json` into `out`.
    fn write(&self, out: &Path) -> Result<()> {
        let path = out.join("timings.json");
        let text = serde_json::to_string_pretty(self).map_err(|e| Error::Other(e.to_string()))?;
        std::fs::write(&path, text + "\n").map_err(|e| Error::io(&path, e))
    }
}

/// Read the project, extract every source and standardise.
pub async fn prepare(project_file: &Path, model: Option<&Path>) -> Result<Prepared> {
    let clock = Instant::now();
    let project = crate::mapping::load_project(project_file)?;
    let settings = link_settings(&project)?;
    let model = model
        .map(|m| link::train::Model::load(m, &settings))
        .transpose()?;
    let mut timings = Timings::default();
    let mut extracts = Vec::with_capacity(project.sources.len());
    let bar = crate::progress::bar(project.sources.len() as u64, "extract");
    for (idx, source) in project.sources.iter().enumerate() {
        let t = Instant::now();
        let x = crate::extract::extract_source(&project, idx).await?;
        let secs = t.elapsed().as_secs_f64();
        info!(source = %source.name, rows = x.rows_read, records = x.persons.len(), rejected = x.rows_rejected, secs, "Extracted source.");
        timings.sources.push(SourceTiming {
            source: source.name.clone(),
            kind: source.kind.as_str().to_string(),
            rows: x.rows_read,
            records: x.records(),
            secs,
            records_per_sec: x.records() as f64 / secs.max(1e-9),
        });
        extracts.push(x);
        bar.inc(1);
    }
    bar.finish_and_clear();
    let rows: u64 = extracts.iter().map(|x| x.rows_read).sum();
    timings.stage("extract", clock.elapsed().as_secs_f64());
    info!(
        sources = extracts.len(),
        rows,
        secs = clock.elapsed().as_secs_f32(),
        "Extracted."
    );
    let sources: Vec<SourceInfo> = project
        .sources
        .iter()
        .map(|s| SourceInfo {
            name: s.name.clone(),
            service: s.service.clone(),
            kind: s.kind.as_str().to_string(),
        })
        .collect();
    let t = Instant::now();
    let records = standardise_all(&mut extracts, project.reference_date);
    timings.stage("standardise", t.elapsed().as_secs_f64());
    info!(
        records = records.len(),
        secs = clock.elapsed().as_secs_f32(),
        "Standardised."
    );
    let replay = crate::review::Replay::read(&project, &records, &sources)?;
    let options = link::LinkOptions {
        model,
        duplicate_free: project.sources.iter().map(|s| s.duplicate_free).collect(),
        source_names: project.sources.iter().map(|s| s.name.clone()).collect(),
        must_link: replay.must_link.clone(),
        cannot_link: replay.cannot_link.clone(),
    };
    Ok(Prepared {
        project,
        extracts,
        sources,
        records,
        settings,
        options,
        timings,
        replay,
    })
}

/// Run a project end to end and write the reconciliation pack into `out`.
pub async fn run_project(
    project_file: &Path,
    out: &Path,
    target: Option<&str>,
    dry_run: bool,
    model: Option<&Path>,
    ignore_decisions: bool,
    gates: &report::gates::Gates,
) -> Result<RunResult> {
    let started = now();
    let clock = Instant::now();
    // Configuration and target first: a broken project or an unreachable
    // target stops the run before any source is read.
    let project = crate::mapping::load_project(project_file)?;
    let target_url = match target {
        Some(t) => t.to_string(),
        None => project.target_url.clone().ok_or_else(|| {
            Error::config(
                project_file,
                None,
                "no target: set [target] url or pass --target",
            )
        })?,
    };
    crate::load::preflight(&target_url).await?;
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;

    let mut prepared = prepare(project_file, model).await?;
    if ignore_decisions {
        prepared.ignore_decisions();
    }
    let Prepared {
        project,
        mut extracts,
        sources,
        records,
        settings,
        options,
        mut timings,
        mut replay,
    } = prepared;
    timings.records = records.len() as u64;
    let t = Instant::now();
    let (mut unified, clusters) = unify_reviewed(
        sources,
        records,
        &mut extracts,
        &settings,
        &options,
        &mut replay,
    );
    timings.stage("link", t.elapsed().as_secs_f64());
    info!(
        persons = unified.persons.len(),
        families = unified.families.len(),
        secs = clock.elapsed().as_secs_f32(),
        "Linked."
    );
    clusters.model.write(&out.join("model.json"))?;

    let config_hash = project.config_hash();
    let run_info = crate::load::RunInfo {
        id: format!("{}-{}", started.replace([':', '-'], ""), &config_hash[..8]),
        started: started.clone(),
        config_hash: config_hash.clone(),
        code_version: env!("CARGO_PKG_VERSION").to_string(),
    };
    let t = Instant::now();
    let load = crate::load::load(&unified, &run_info, &target_url, dry_run).await?;
    let verify = load.verify_elapsed.as_secs_f64();
    timings.stage("load", t.elapsed().as_secs_f64() - verify);
    timings.stage("verify", verify);
    // Reports name the IDs the target holds (stable across reruns).
    crate::load::apply_stable_ids(&mut unified, &load);
    info!(secs = clock.elapsed().as_secs_f32(), dry_run, "Loaded.");
    let t = Instant::now();

    let (crosswalk_rows, duplicates) =
        report::write_crosswalk(&out.join("crosswalk.csv"), &unified)?;
    report::write_rejects(&out.join("rejects.csv"), &extracts, &unified)?;
    let reconciliation = report::reconcile(&extracts, &unified, crosswalk_rows, duplicates, &load);
    let mut report = report::Report {
        run: report::RunSection {
            id: run_info.id.clone(),
            started,
            finished: now(),
            dry_run,
            config_hash,
            code_version: run_info.code_version.clone(),
            project: project.name.clone(),
        },
        sources: report::sources(&extracts, &unified),
        persons: report::persons(&unified),
        linkage: clusters.stats.clone(),
        families: report::families(&unified),
        quality: report::quality::per_source(&unified),
        load: serde_json::to_value(&load).map_err(|e| Error::Other(e.to_string()))?,
        reconciliation,
        review: replay.section,
        gates: Vec::new(),
        warnings: Vec::new(),
        result: report::outcome::Verdict::Passed,
    };
    report::outcome::finish(&mut report, gates, &project.gates);
    report::write(out, &report)?;
    timings.stage("report", t.elapsed().as_secs_f64());
    timings.total_secs = clock.elapsed().as_secs_f64();
    timings.write(out)?;
    let outcome = if report.passed() {
        Outcome::Clean
    } else {
        Outcome::Problems
    };
    info!(
        secs = clock.elapsed().as_secs_f32(),
        balanced = report.reconciliation.balanced,
        gates_failed = report.gates.iter().filter(|g| !g.passed).count(),
        "Run finished."
    );
    Ok(RunResult {
        report,
        unified,
        outcome,
    })
}

/// `onefamily link`: the link stage on its own, for re-running linkage after
/// a settings change and for measuring it. Writes crosswalk.csv, model.json
/// and timings.json; touches no target.
pub async fn link(args: &LinkArgs) -> Result<Outcome> {
    let clock = Instant::now();
    std::fs::create_dir_all(&args.out).map_err(|e| Error::io(&args.out, e))?;
    let mut prepared = prepare(&args.project, args.model.as_deref()).await?;
    if args.ignore_decisions {
        prepared.ignore_decisions();
    }
    let Prepared {
        mut extracts,
        sources,
        records,
        settings,
        options,
        mut timings,
        mut replay,
        ..
    } = prepared;
    timings.records = records.len() as u64;
    let t = Instant::now();
    let (unified, clusters) = unify_reviewed(
        sources,
        records,
        &mut extracts,
        &settings,
        &options,
        &mut replay,
    );
    timings.stage("link", t.elapsed().as_secs_f64());
    clusters.model.write(&args.out.join("model.json"))?;
    report::write_crosswalk(&args.out.join("crosswalk.csv"), &unified)?;
    timings.total_secs = clock.elapsed().as_secs_f64();
    timings.write(&args.out)?;
    println!(
        "{} person records → {} people, {} families; {} candidate pairs, {} links, {} in review. Crosswalk: {}",
        unified.records.len(),
        unified.persons.len(),
        unified.families.len(),
        clusters.stats.candidate_pairs,
        clusters.stats.links,
        clusters.stats.review_pairs,
        args.out.join("crosswalk.csv").display()
    );
    Ok(Outcome::Clean)
}

/// Find a record by `source:key`.
fn find_record(records: &[Person], sources: &[SourceInfo], spec: &str) -> Result<usize> {
    let (source, key) = spec
        .split_once(':')
        .ok_or_else(|| Error::Other(format!("{spec:?}: name a record as source:key")))?;
    let s = sources
        .iter()
        .position(|s| s.name == source)
        .ok_or_else(|| Error::Other(format!("no source named {source:?} in the project")))?;
    records
        .iter()
        .position(|r| r.source() as usize == s && r.key() == key)
        .ok_or_else(|| {
            Error::Other(format!(
                "no person record {spec:?} (it may have been rejected: see rejects.csv)"
            ))
        })
}

/// `onefamily explain A B`.
pub async fn explain(args: &ExplainArgs) -> Result<Outcome> {
    let prepared = prepare(&args.project, args.model.as_deref()).await?;
    let a = find_record(&prepared.records, &prepared.sources, &args.a)?;
    let b = find_record(&prepared.records, &prepared.sources, &args.b)?;
    let f = link::features(&prepared.records, &prepared.settings, &prepared.options);
    let model = match prepared.options.model.clone() {
        Some(m) => m,
        None => {
            let blocking = link::block::Blocking::build(&f, &prepared.settings);
            link::train::train(&f, &blocking, &prepared.settings)
        }
    };
    let e = link::explain::explain_pair(
        &f,
        &prepared.settings,
        &model,
        &prepared.options,
        a,
        b,
        (args.a.clone(), args.b.clone()),
    );
    print_explanation(&e, args.json)
}

/// Print an explanation as text, or as JSON with `--json`.
fn print_explanation<E: serde::Serialize + std::fmt::Display>(
    e: &E,
    json: bool,
) -> Result<Outcome> {
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(e).map_err(|e| Error::Other(e.to_string()))?
        );
    } else {
        print!("{e}");
    }
    Ok(Outcome::Clean)
}

/// `onefamily explain-family FAMILY`: the groupings, joins and near misses
/// behind one family. FAMILY is a family ID or a record as `source:key`.
pub async fn explain_family(args: &ExplainFamilyArgs) -> Result<Outcome> {
    let Prepared {
        mut extracts,
        sources,
        records,
        settings,
        options,
        mut replay,
        ..
    } = prepare(&args.project, args.model.as_deref()).await?;
    // With the reviewers' decisions applied, as the run applies them.
    let (unified, _) = unify_reviewed(
        sources,
        records,
        &mut extracts,
        &settings,
        &options,
        &mut replay,
    );
    let family = if args.family.contains(':') {
        let r = find_record(&unified.records, &unified.sources, &args.family)?;
        unified.record_family[r]
            .ok_or_else(|| Error::Other(format!("record {:?} belongs to no family", args.family)))?
    } else {
        unified
            .families
            .iter()
            .position(|f| f.id == args.family)
            .ok_or_else(|| {
                Error::Other(format!(
                    "no family {:?} in this run (a family's ID can change when its groupings change; name one of its records as source:key instead)",
                    args.family
                ))
            })? as u32
    };
    let e = link::family_explain::explain_family(
        &unified,
        family,
        settings.family.lead_worker.as_str(),
    );
    print_explanation(&e, args.json)
}

/// `onefamily review export` / `review import`.
pub async fn review(cmd: &ReviewCommand) -> Result<Outcome> {
    match cmd {
        ReviewCommand::Export(args) => {
            let prepared = prepare(&args.project, args.model.as_deref()).await?;
            let Prepared {
                project,
                mut extracts,
                sources,
                records,
                settings,
                options,
                mut replay,
                ..
            } = prepared;
            let fields = project.review_fields.clone();
            let (unified, clusters) = unify_reviewed(
                sources,
                records,
                &mut extracts,
                &settings,
                &options,
                &mut replay,
            );
            let rows = crate::review::sheet::rows(
                &unified.records,
                &unified.sources,
                &clusters,
                &settings,
                &fields,
                &replay.decisions,
            );
            let (xlsx, _) = crate::review::sheet::write(&args.out, &fields, &rows)?;
            info!(
                pairs = rows.len(),
                band = clusters.review.len(),
                "Review sheet written."
            );
            println!(
                "{} pairs to review ({} in the review band, {} already decided): {}",
                rows.len(),
                clusters.review.len(),
                clusters.review.len() - rows.len(),
                xlsx.display()
            );
            Ok(Outcome::Clean)
        }
        ReviewCommand::Import(args) => {
            let project = crate::mapping::load_project(&args.project)?;
            let done = crate::review::sheet::import(
                &args.file,
                &project,
                args.reviewer.as_deref(),
                &now(),
            )?;
            let c = done.counts;
            info!(
                decisions = done.decisions,
                undecided = done.undecided,
                added = c.added,
                replaced = c.replaced,
                unchanged = c.unchanged,
                "Review decisions imported."
            );
            println!(
                "{} decisions read ({} rows undecided): {} added, {} replaced, {} unchanged. Decisions file: {}",
                done.decisions,
                done.undecided,
                c.added,
                c.replaced,
                c.unchanged,
                project.decisions_file.display()
            );
            Ok(Outcome::Clean)
        }
    }
}
