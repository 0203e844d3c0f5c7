//! `load` on its own, and the half of `run` that follows linking: open
//! the target, write what a link leaves for later commands (the model,
//! the term frequencies, the stored link: `crate::store::linked`), load
//! the target and write the reconciliation pack.
//!
//! `load` reads the staging store and the stored link of the output
//! folder: it reads no source whose extract is staged and unchanged, and
//! does not link again when the stored link was made from the same
//! extracts, link settings, decisions file, reference date and build. It
//! forms families again from the stored clusters (the rules a run uses,
//! over the same records, so the same families). When the stored link is
//! missing or stale it links again, as `run` would, writes the new link,
//! and says why in the log and in the report's `staging.link`: a data team
//! that edits link.toml and runs `load` expects the load to follow the
//! edit, not to refuse or to load an out-of-date link.

use super::{prepare_staged, root_span, Prepared, RunOptions, RunResult, ROOT};
use crate::error::{Error, Result};
use crate::link;
use crate::mapping::Project;
use crate::model::staging::{LinkOrigin, LinkProvenance, Staging};
use crate::model::{SourceExtract, Unified};
use crate::report;
use crate::store::linked::{Inputs, StoredLink};
use crate::store::Store;
use crate::timing::Timings;
use crate::unify::{unify_clusters_reviewed, unify_reviewed};
use std::path::Path;
use tracing::{info, info_span, Instrument, Span};

/// What loading and reporting need from the stages before.
pub(super) struct LinkResult {
    pub project: Project,
    pub extracts: Vec<SourceExtract>,
    pub unified: Unified,
    pub stats: link::LinkStats,
    pub staging: Staging,
    pub replay: crate::review::Replay,
}

/// Read the project and check the target before any source is read: a
/// broken project or an unreachable target stops the command first.
pub(super) async fn open_target(
    project_file: &Path,
    opts: &RunOptions,
) -> Result<(Project, String)> {
    let out = opts.out.as_path();
    let project = crate::mapping::load_project(project_file)?;
    let target_url = match &opts.target {
        Some(t) => t.clone(),
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
    // Relative paths resolve by where they were written (see `--help`,
    // Paths): say where both ended up, so a run from another folder shows it.
    info!(
        out = %std::path::absolute(out).unwrap_or_else(|_| out.to_path_buf()).display(),
        target = %crate::error::redact(&target_url),
        "Writing."
    );
    Ok((project, target_url))
}

/// Write what a link leaves beside the store: `model.json`, the term
/// frequencies `explain` scores with (`store::terms`), the stored link
/// `load` reads (`store::linked`) and the views `explain-family` and
/// `review export` answer from (`store::views`: the family view, and the
/// review sheet's rows as `review::sheet` makes them from this link and
/// `replay`'s decisions), all stamped with the extracts they came from.
/// Without a store entry for every source (a link of sources never
/// staged) only the model is written.
pub(super) fn write_link(
    project: &Project,
    store: &Store,
    out: &Path,
    linked: (&Unified, &link::PersonClusters, &crate::review::Replay),
    settings: &link::settings::Settings,
    decisions_applied: bool,
) -> Result<()> {
    let (unified, clusters, replay) = linked;
    let model_file = out.join("model.json");
    clusters.model.write(&model_file)?;
    let inputs = Inputs::of(project, store, decisions_applied);
    // The term frequencies with the stored link, the family view, and the
    // review sheet's rows with their view read the same finished link and
    // write their own files: side by side, each in its own span under this
    // one (each was a single thread, and one after another they were about
    // a tenth of the 1M link's wall time).
    let span = tracing::Span::current();
    let terms = || -> Result<()> {
        let _terms = span.in_scope(|| tracing::debug_span!("terms")).entered();
        if let Some(stamp) = crate::store::terms::stamp(project, store) {
            crate::store::terms::write(
                out,
                &stamp,
                &crate::store::terms::tables(&clusters.features, settings),
            )?;
        }
        let Some(inputs) = &inputs else {
            return Ok(());
        };
        crate::store::linked::write(
            out,
            &StoredLink {
                inputs: inputs.clone(),
                records: per_source(
                    unified.records.iter().map(|r| r.source()),
                    project.sources.len(),
                ),
                labels: clusters.labels.clone(),
                count: clusters.count,
                stats: clusters.stats.clone(),
                review: clusters.review.clone(),
                model_sha256: crate::store::sha256_hex(
                    &std::fs::read(&model_file).map_err(|e| Error::io(&model_file, e))?,
                ),
            },
        )
    };
    let families_view = || -> Result<()> {
        let Some(inputs) = &inputs else {
            return Ok(());
        };
        span.in_scope(|| tracing::debug_span!("families_view"))
            .in_scope(|| crate::store::views::write_families(out, inputs, unified))
    };
    let review_view = || -> Result<()> {
        let Some(inputs) = &inputs else {
            return Ok(());
        };
        let rows_span = span.in_scope(|| tracing::debug_span!("review_rows"));
        let _rows = rows_span.enter();
        let fields = &project.review_fields;
        let spill = crate::store::views::Spill::new(out)?;
        let rows = crate::review::sheet::rows_as(
            unified,
            clusters,
            settings,
            fields,
            &replay.decisions,
            |r| spill.keep(&r),
        );
        let families = crate::review::sheet::family_rows(unified);
        drop(_rows);
        drop(rows_span);
        let stamp = crate::store::views::fields_stamp(fields);
        span.in_scope(|| tracing::debug_span!("review_view"))
            .in_scope(|| {
                crate::store::views::write_review(
                    out,
                    inputs,
                    &stamp,
                    clusters.review.len(),
                    spill,
                    &rows,
                    &families,
                )
            })
    };
    let (a, (b, c)) = rayon::join(terms, || rayon::join(families_view, review_view));
    a.and(b).and(c)
}

/// Person records per source, from each record's source index.
fn per_source(records: impl Iterator<Item = u16>, sources: usize) -> Vec<u64> {
    let mut n = vec![0u64; sources];
    for s in records {
        if let Some(c) = n.get_mut(s as usize) {
            *c += 1;
        }
    }
    n
}

/// Load the target and write the reconciliation pack into `opts.out`.
pub(super) async fn finish(
    done: LinkResult,
    opts: &RunOptions,
    target_url: &str,
    started: String,
) -> Result<RunResult> {
    let out = opts.out.as_path();
    let LinkResult {
        project,
        extracts,
        mut unified,
        stats,
        staging,
        replay,
    } = done;
    let config_hash = project.config_hash();
    let run_info = crate::load::RunInfo {
        id: format!("{}-{}", started.replace([':', '-'], ""), &config_hash[..8]),
        started: started.clone(),
        config_hash: config_hash.clone(),
        code_version: env!("CARGO_PKG_VERSION").to_string(),
    };
    let load = crate::load::load(&unified, &run_info, target_url, opts.dry_run)
        .instrument(info_span!("load"))
        .await?;
    // Reports name the IDs the target holds (stable across reruns).
    crate::load::apply_stable_ids(&mut unified, &load);

    let report = info_span!("report").in_scope(|| -> Result<report::Report> {
        let (crosswalk_rows, duplicates) =
            report::write_crosswalk(&out.join("crosswalk.csv"), &unified)?;
        report::write_rejects(&out.join("rejects.csv"), &extracts, &unified)?;
        let reconciliation =
            report::reconcile(&extracts, &unified, crosswalk_rows, duplicates, &load);
        let mut report = report::Report {
            run: report::RunSection {
                id: run_info.id.clone(),
                started,
                finished: super::now(),
                dry_run: opts.dry_run,
                config_hash,
                code_version: run_info.code_version.clone(),
                project: project.name.clone(),
            },
            staging,
            sources: report::sources(&extracts, &unified),
            persons: report::persons(&unified),
            linkage: stats,
            families: report::families(&unified),
            quality: report::quality::per_source(&unified),
            load: serde_json::to_value(&load).map_err(|e| Error::Other(e.to_string()))?,
            reconciliation,
            review: replay.section,
            gates: Vec::new(),
            warnings: Vec::new(),
            result: report::outcome::Verdict::Passed,
        };
        report::outcome::finish(&mut report, &opts.gates, &project.gates);
        report::write(out, &report)?;
        Ok(report)
    })?;
    info!(
        balanced = report.reconciliation.balanced,
        gates_failed = report.gates.iter().filter(|g| !g.passed).count(),
        "Run finished."
    );
    Ok(RunResult { report, unified })
}

/// `load`: the target and the reconciliation pack from the staging store
/// and the stored link in `opts.out` (see the module's paragraph), and
/// `timings.json`. `opts.model` is not read: a stale link is linked again
/// with a trained model, as `link` without `--model` would.
pub async fn load(project_file: &Path, opts: &RunOptions) -> Result<RunResult> {
    let root = root_span("load");
    let result = load_stages(project_file, opts, &root)
        .instrument(root.clone())
        .await;
    drop(root);
    let result = result?;
    Timings::collect(ROOT).write(&opts.out)?;
    Ok(result)
}

async fn load_stages(project_file: &Path, opts: &RunOptions, root: &Span) -> Result<RunResult> {
    let started = super::now();
    let (project, target_url) = open_target(project_file, opts).await?;
    let out = opts.out.as_path();
    let store = Store::of_out(out);
    if !store.exists() && opts.stage.snapshot.is_none() {
        info!(
            store = %store.dir.display(),
            "No staging store: reading every source (run `extract` and `link` first to load from them)."
        );
    }
    let mut prepared = prepare_staged(project, None, Some(&store), &opts.stage).await?;
    if opts.ignore_decisions {
        prepared.ignore_decisions();
    }
    let decisions_applied = !opts.ignore_decisions;
    let stored = Inputs::of(&prepared.project, &store, decisions_applied)
        .ok_or_else(|| "a source has no entry in the staging store".to_string())
        .and_then(|now| crate::store::linked::read(out, &now))
        .and_then(|link| {
            let staged = per_source(
                prepared.records.iter().map(|r| r.source()),
                prepared.project.sources.len(),
            );
            if staged == link.records {
                Ok(link)
            } else {
                Err("the stored link names other records than the store holds".into())
            }
        });
    let Prepared {
        project,
        mut extracts,
        sources,
        records,
        settings,
        mut options,
        mut replay,
        mut staging,
    } = prepared;
    root.record("records", records.len() as u64);
    let (unified, stats, provenance) = match stored {
        Ok(link) => {
            info!(
                clusters = link.count,
                "Reusing the stored link: extracts, link settings and decisions unchanged."
            );
            let unified = info_span!("link").in_scope(|| {
                unify_clusters_reviewed(
                    sources,
                    records,
                    &mut extracts,
                    &settings,
                    (link.labels, link.count),
                    &mut replay,
                )
            });
            let note = "reused the stored link (extracts, link settings and decisions unchanged)";
            (unified, link.stats, (LinkOrigin::Reused, note.to_string()))
        }
        Err(why) => {
            info!("Linking: {why}.");
            // Reviewers' decisions alone moved (a sheet imported): the
            // last link's model is what training would give again.
            let model = Inputs::of(&project, &store, decisions_applied)
                .ok_or_else(|| "a source has no entry in the staging store".to_string())
                .and_then(|now| crate::store::linked::model_fits(out, &now));
            let mut note = format!("linked: {why}");
            match model {
                Ok(file) => {
                    options.model = Some(link::train::Model::load(&file, &settings)?);
                    info!("Reusing the last link's model: its training inputs are unchanged.");
                    note.push_str(
                        "; the last link's model reused (only reviewers' decisions changed)",
                    );
                }
                Err(retrain) => {
                    info!("Training a model: {retrain}.");
                    note.push_str("; model trained");
                }
            }
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
            write_link(
                &project,
                &store,
                out,
                (&unified, &clusters, &replay),
                &settings,
                decisions_applied,
            )?;
            (unified, clusters.stats, (LinkOrigin::Linked, note))
        }
    };
    info!(
        persons = unified.persons.len(),
        families = unified.families.len(),
        "Linked."
    );
    staging.link = Some(LinkProvenance {
        origin: provenance.0,
        note: provenance.1,
    });
    finish(
        LinkResult {
            project,
            extracts,
            unified,
            stats,
            staging,
            replay,
        },
        opts,
        &target_url,
        started,
    )
    .await
}
