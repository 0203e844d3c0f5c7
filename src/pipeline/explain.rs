//! What `explain`, `explain-family` and `review export` answer from: the
//! staging store and the last link's output in a run's folder, rather than
//! the pipeline run again. `explain` of one pair reads its two records
//! through the store's person index and scores them with the last link's
//! model and term frequencies (`store::terms`); when any of those is
//! missing or stale it says why and takes the full path (stage, standardise
//! and build every comparison column), which gives the same weights.
//! `explain-family` and `review export` take the stored link's clusters
//! and review band (`store::linked`) when it fits, instead of linking again.

use super::{find_record, link_project, link_settings, prepare_staged, root_span, LinkOptions};
use crate::error::{Error, Result};
use crate::link;
use crate::store::{StageOptions, Store};
use std::path::{Path, PathBuf};
use tracing::{info, Instrument};

/// What `explain`, `explain-family` and `review export` read besides the
/// project: the output folder of the last run or link, whose staging store
/// and `model.json` they answer from.
#[derive(Clone, Debug, Default)]
pub struct ExplainOptions {
    /// A trained model instead of the last link's.
    pub model: Option<PathBuf>,
    pub out: PathBuf,
    /// `--refresh`: re-read every source first.
    pub refresh: bool,
}

impl ExplainOptions {
    /// Say where the answer comes from, before any work, and pick the
    /// model: the one asked for, else the last link's when it fits the
    /// project's link settings, else none (train, as a link does).
    fn announce(&self, project_file: &Path) -> LinkOptions {
        let store = Store::of_out(&self.out);
        if !self.refresh && !store.exists() {
            info!(
                store = %store.dir.display(),
                "No staging store: reading every source (later commands reuse it)."
            );
        }
        let model = self.model.clone().or_else(|| {
            let last = self.out.join("model.json");
            if !last.is_file() {
                info!("No model.json from a link: training a model.");
                return None;
            }
            let settings = crate::mapping::load_project(project_file)
                .and_then(|p| link_settings(&p))
                .ok()?;
            match link::train::Model::load(&last, &settings) {
                Ok(_) => {
                    info!(model = %last.display(), "Scoring with the last link's model.");
                    Some(last)
                }
                Err(e) => {
                    tracing::warn!(model = %last.display(), "The last link's model does not fit: training. {e}");
                    None
                }
            }
        });
        LinkOptions {
            model,
            ignore_decisions: false,
            out: self.out.clone(),
            refresh: self.refresh,
        }
    }
}

/// An explanation, with where its records came from.
pub struct Explained<T> {
    pub explanation: T,
    /// `sources_read` is 0 when every extract came from the store.
    pub staging: crate::model::staging::Staging,
    /// Whether the whole estate was staged and standardised to answer
    /// (false when the store and the last link's output answered alone).
    pub whole_estate: bool,
}

/// Why records `a` and `b` (each `source:key`) did or did not link: from
/// the staging store and the last link's model, reading a source only when
/// it changed or was never staged.
pub async fn explain(
    project_file: &Path,
    opts: &ExplainOptions,
    a: &str,
    b: &str,
) -> Result<Explained<link::explain::Explanation>> {
    let root = root_span("explain");
    let link = opts.announce(project_file);
    if !opts.refresh {
        match root.in_scope(|| pair_from_store(project_file, opts, &link, a, b)) {
            Ok(e) => return Ok(e),
            Err(why) => info!("Explaining from the whole estate: {why}."),
        }
    }
    let store = Store::of_out(&opts.out);
    let stage = StageOptions {
        refresh: opts.refresh,
        ..StageOptions::default()
    };
    let prepared = async {
        let project = crate::mapping::load_project(project_file)?;
        prepare_staged(project, link.model.as_deref(), Some(&store), &stage).await
    }
    .instrument(root.clone())
    .await?;
    let i = find_record(&prepared.records, &prepared.sources, a)?;
    let j = find_record(&prepared.records, &prepared.sources, b)?;
    Ok(Explained {
        explanation: link::explain::explain_records(
            &prepared.records,
            &prepared.settings,
            &prepared.options,
            (i, j),
            (a.to_string(), b.to_string()),
        ),
        staging: prepared.staging,
        whole_estate: true,
    })
}

/// Why the quick path cannot answer (said in the log; never personal data).
type Why = String;

/// `explain` of one pair from the store alone: every source unchanged
/// since it was staged (checked as a run checks before reusing), the two
/// records read through the store's person index, standardised, and their
/// comparison columns built on their own with the estate's term
/// frequencies from the last link (`store::terms`): the weights a full
/// relink gives, without reading or standardising the rest of the estate.
fn pair_from_store(
    project_file: &Path,
    opts: &ExplainOptions,
    link: &LinkOptions,
    a: &str,
    b: &str,
) -> std::result::Result<Explained<link::explain::Explanation>, Why> {
    let no_model = || "no model from a link to score with".to_string();
    let model_file = link.model.as_deref().ok_or_else(no_model)?;
    let project = crate::mapping::load_project(project_file).map_err(|e| e.to_string())?;
    let settings = link_settings(&project).map_err(|e| e.to_string())?;
    let model = link::train::Model::load(model_file, &settings).map_err(|e| e.to_string())?;
    let store = Store::of_out(&opts.out);
    let mut staging = crate::model::staging::Staging::default();
    for m in &project.sources {
        let hash = crate::store::mapping_hash(&project, m);
        let (_, p) = crate::store::unchanged(&store, m, &hash)
            .ok_or_else(|| format!("{} is not staged, or changed since it was", m.name))?;
        staging.sources.push(p);
    }
    let stamp = crate::store::terms::stamp(&project, &store).ok_or_else(no_model)?;
    let tables = crate::store::terms::read(&opts.out, &stamp).ok_or_else(|| {
        "the last link's term frequencies are missing or were computed from other extracts or settings".to_string()
    })?;
    let sources = super::source_infos(&project);
    let record = |spec: &str| -> std::result::Result<crate::model::Person, Why> {
        let not_found = || format!("{spec:?} is not in the store's person index");
        let (source, key) = spec.split_once(':').ok_or_else(not_found)?;
        let idx = project.source_index(source).ok_or_else(not_found)?;
        let mf = store.manifest_of(source).ok_or_else(not_found)?;
        let mut staged = store.person(&mf, key).ok_or_else(not_found)?;
        staged.source = idx as u16;
        Ok(crate::standardise::person(staged, project.reference_date))
    };
    let records = vec![record(a)?, record(b)?];
    let replay =
        crate::review::Replay::read(&project, &records, &sources).map_err(|e| e.to_string())?;
    // A cannot-link between the two is not honoured when must-links join
    // them through other records: only the whole estate can tell.
    if !replay.cannot_link.is_empty() && replay.section.stale_count > 0 {
        return Err(
            "a cannot-link decision on the pair may meet must-links through other records".into(),
        );
    }
    let options = link::LinkOptions {
        model: Some(model),
        duplicate_free: project.sources.iter().map(|s| s.duplicate_free).collect(),
        source_names: project.sources.iter().map(|s| s.name.clone()).collect(),
        must_link: replay.must_link.clone(),
        cannot_link: replay.cannot_link.clone(),
    };
    let mut f = link::features(&records, &settings, &options);
    crate::store::terms::apply(&mut f, &tables);
    let model = options.model.as_ref().ok_or_else(no_model)?;
    info!("Explained from the store: two records read, no source read.");
    Ok(Explained {
        explanation: link::explain::explain_pair(
            &f,
            &settings,
            model,
            &options,
            0,
            1,
            (a.to_string(), b.to_string()),
        ),
        staging,
        whole_estate: false,
    })
}

/// The groupings, joins and near misses behind one family, named by its ID
/// or by one of its records as `source:key`; decisions applied as a run
/// applies them. From the store and the last link's model, as `explain`.
pub async fn explain_family(
    project_file: &Path,
    opts: &ExplainOptions,
    family: &str,
) -> Result<Explained<link::family_explain::FamilyExplanation>> {
    let (linked, whole) = linked(project_file, opts, false).await?;
    let unified = &linked.unified;
    let index = if family.contains(':') {
        let r = find_record(&unified.records, &unified.sources, family)?;
        unified.record_family[r]
            .ok_or_else(|| Error::Other(format!("record {family:?} belongs to no family")))?
    } else {
        unified
            .families
            .iter()
            .position(|f| f.id == family)
            .ok_or_else(|| {
                Error::Other(format!(
                    "no family {family:?} in this run (a family's ID can change when its groupings change; name one of its records as source:key instead)"
                ))
            })? as u32
    };
    Ok(Explained {
        explanation: link::family_explain::explain_family(
            unified,
            index,
            linked.settings.family.lead_worker.as_str(),
        ),
        staging: linked.staging.clone(),
        whole_estate: whole,
    })
}

/// The linked estate `explain-family` and `review export` answer from:
/// with no `--model` or `--refresh`, the stored link (`store::linked`)
/// when it fits today's extracts, settings and decisions: the store's
/// records standardised, families formed from the stored clusters, and for
/// the review sheet (`features`) the estate's comparison columns built and
/// the stored review band scored with the last link's model; no blocking,
/// training, scoring of candidate pairs or clustering. Otherwise (or when
/// the stored link is stale: the log says why) a full link. The flag is
/// true when the estate was linked again.
async fn linked(
    project_file: &Path,
    opts: &ExplainOptions,
    features: bool,
) -> Result<(super::Linked, bool)> {
    let link_opts = opts.announce(project_file);
    let full = || async {
        link_project(project_file, &link_opts)
            .await
            .map(|l| (l, true))
    };
    if opts.refresh || opts.model.is_some() {
        return full().await;
    }
    let Some(model) = link_opts.model.as_deref() else {
        return full().await;
    };
    let root = root_span("link");
    let stored = async {
        let project = crate::mapping::load_project(project_file)?;
        let store = Store::of_out(&opts.out);
        let prepared =
            prepare_staged(project, Some(model), Some(&store), &StageOptions::default()).await?;
        let fits = crate::store::linked::Inputs::of(&prepared.project, &store, true)
            .ok_or_else(|| "a source has no entry in the staging store".to_string())
            .and_then(|now| crate::store::linked::read(&opts.out, &now))
            .and_then(|l| {
                let mut n = vec![0u64; prepared.project.sources.len()];
                for r in &prepared.records {
                    if let Some(c) = n.get_mut(r.source() as usize) {
                        *c += 1;
                    }
                }
                if n == l.records {
                    Ok(l)
                } else {
                    Err("the stored link names other records than the store holds".into())
                }
            });
        let stored = match (fits, prepared.options.model.clone()) {
            (Ok(l), Some(m)) => (l, m),
            (Err(why), _) => {
                info!("Linking the whole estate: {why}.");
                return Ok::<_, Error>(None);
            }
            (Ok(_), None) => return Ok(None),
        };
        let (l, model) = stored;
        info!("From the stored link: no candidate pair scored, no clusters formed.");
        let super::Prepared {
            project,
            mut extracts,
            sources,
            records,
            settings,
            options,
            mut replay,
            staging,
        } = prepared;
        // explain-family scores nothing: the columns of no records.
        let f = link::features(if features { &records } else { &[] }, &settings, &options);
        let labels = l.labels.clone();
        let unified = crate::unify::unify_clusters_reviewed(
            sources,
            records,
            &mut extracts,
            &settings,
            (l.labels, l.count),
            &mut replay,
        );
        let clusters = link::PersonClusters {
            labels,
            count: l.count,
            model,
            stats: l.stats,
            review: l.review,
            features: f,
        };
        Ok(Some(super::Linked {
            project,
            extracts,
            unified,
            clusters,
            settings,
            replay,
            staging,
        }))
    }
    .instrument(root.clone())
    .await?;
    drop(root);
    match stored {
        Some(l) => Ok((l, false)),
        None => full().await,
    }
}

/// What `review export` wrote.
pub struct ReviewExport {
    /// Rows on the sheet.
    pub pairs: usize,
    /// Pairs in the review band, decided or not.
    pub band: usize,
    pub xlsx: PathBuf,
    pub staging: crate::model::staging::Staging,
    /// Whether the estate was linked again (false: from the stored link).
    pub whole_estate: bool,
}

/// Write review.xlsx and review.csv into `out`: one row per undecided pair
/// in the clerical review band.
pub async fn review_export(project_file: &Path, opts: &ExplainOptions) -> Result<ReviewExport> {
    let out = opts.out.as_path();
    let (linked, whole) = linked(project_file, opts, true).await?;
    let fields = &linked.project.review_fields;
    let rows = crate::review::sheet::rows(
        &linked.unified,
        &linked.clusters,
        &linked.settings,
        fields,
        &linked.replay.decisions,
    );
    let families = crate::review::sheet::family_rows(&linked.unified);
    let (xlsx, _) = crate::review::sheet::write(out, fields, &rows, &families)?;
    info!(
        pairs = rows.len(),
        band = linked.clusters.review.len(),
        "Review sheet written."
    );
    Ok(ReviewExport {
        pairs: rows.len(),
        band: linked.clusters.review.len(),
        xlsx,
        staging: linked.staging,
        whole_estate: whole,
    })
}
