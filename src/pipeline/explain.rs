//! What `explain`, `explain-family` and `review export` answer from: the
//! staging store and the last link's output in a run's folder, rather than
//! the pipeline run again. `explain` of one pair reads its two records
//! through the store's person index and scores them with the last link's
//! model and term frequencies (`store::terms`); when any of those is
//! missing or stale it says why and takes the full path (stage, standardise
//! and build every comparison column), which gives the same weights.
//! `explain-family` and `review export` answer from the views the last
//! link left (`store::views`: the family view, the review sheet's rows)
//! when they fit today's extracts, settings and decisions, reading no
//! extract; failing that from the stored link's clusters and review band
//! (`store::linked`: the store's records standardised and families formed
//! again, no linking); failing that by linking the whole estate. The log
//! says which and why. Every source is checked unchanged first, as a run
//! checks before reusing it (a server source on its server).

use super::{find_record, link_project, link_settings, prepare_staged, root_span, LinkOptions};
use crate::error::{Error, Result};
use crate::link;
use crate::mapping::Project;
use crate::model::staging::Staging;
use crate::model::Unified;
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
            snapshot: None,
            engine: Default::default(),
        }
    }
}

/// An explanation, with where its records came from.
pub struct Explained<T> {
    pub explanation: T,
    /// `sources_read` is 0 when every extract came from the store.
    pub staging: crate::model::staging::Staging,
    /// Whether the whole estate was linked again to answer (false when the
    /// store and the last link's output answered).
    pub whole_estate: bool,
    /// Whether the store's extracts were read whole and standardised
    /// (false when the last link's views, or for `explain` the pair's two
    /// records alone, answered).
    pub extracts_read: bool,
}

/// Every source's provenance when each is unchanged since it was staged
/// (its files hashed, or a server source's counts asked of its server, as
/// a run checks before reusing an extract); else why not.
async fn unchanged_sources(project: &Project, store: &Store) -> std::result::Result<Staging, Why> {
    let mut staging = Staging::default();
    for m in &project.sources {
        let hash = crate::store::mapping_hash(project, m);
        let (_, p) = crate::store::unchanged(store, m, &hash)
            .await
            .ok_or_else(|| format!("{} is not staged, or changed since it was", m.name))?;
        staging.sources.push(p);
    }
    Ok(staging)
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
    // A record named wrongly (no `source:`, no such source) is said at
    // once, not after the whole estate is read to look for it.
    let sources = super::source_infos(&crate::mapping::load_project(project_file)?);
    for spec in [a, b] {
        super::locate(&sources, spec, |_, _| Some(0))?;
    }
    let root = root_span("explain");
    let link = opts.announce(project_file);
    if !opts.refresh {
        match pair_from_store(project_file, opts, &link, a, b)
            .instrument(root.clone())
            .await
        {
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
        extracts_read: true,
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
async fn pair_from_store(
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
    let staging = unchanged_sources(&project, &store).await?;
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
        engine: Default::default(),
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
        extracts_read: false,
    })
}

/// What names a family: a linked estate, or the last link's family view.
trait Families {
    /// The index of the family with this ID.
    fn family(&self, id: &str) -> Option<u32>;
    /// The record named `source:key`, with `find_record`'s errors.
    fn record(&self, spec: &str) -> Result<usize>;
    /// The family of a record.
    fn family_of(&self, record: usize) -> Option<u32>;
}

impl Families for Unified {
    fn family(&self, id: &str) -> Option<u32> {
        self.families
            .iter()
            .position(|f| f.id == id)
            .map(|i| i as u32)
    }
    fn record(&self, spec: &str) -> Result<usize> {
        find_record(&self.records, &self.sources, spec)
    }
    fn family_of(&self, record: usize) -> Option<u32> {
        self.record_family.get(record).copied().flatten()
    }
}

impl Families for crate::store::views::FamilyView {
    fn family(&self, id: &str) -> Option<u32> {
        self.family(id)
    }
    fn record(&self, spec: &str) -> Result<usize> {
        super::locate(self.sources(), spec, |s, key| self.record(s, key))
    }
    fn family_of(&self, record: usize) -> Option<u32> {
        self.family_of(record)
    }
}

/// Family `family`, named by its ID or by one of its records as
/// `source:key`.
fn family_index(estate: &impl Families, family: &str) -> Result<u32> {
    if family.contains(':') {
        let r = estate.record(family)?;
        estate
            .family_of(r)
            .ok_or_else(|| Error::Other(format!("record {family:?} belongs to no family")))
    } else {
        estate.family(family).ok_or_else(|| {
                Error::Other(format!(
                    "no family {family:?} in this run (a family's ID can change when its groupings change; name one of its records as source:key instead)"
                ))
            })
    }
}

/// The groupings, joins and near misses behind one family, named by its ID
/// or by one of its records as `source:key`; decisions applied as a run
/// applies them. From the last link's family view when it fits (no
/// extract read), else as the module's paragraph says.
pub async fn explain_family(
    project_file: &Path,
    opts: &ExplainOptions,
    family: &str,
) -> Result<Explained<link::family_explain::FamilyExplanation>> {
    if !opts.refresh && opts.model.is_none() {
        let root = root_span("explain-family");
        match family_from_view(project_file, opts, family)
            .instrument(root.clone())
            .await
        {
            Ok(answer) => return answer,
            Err(why) => info!("Not from the stored family view: {why}."),
        }
    }
    let (linked, whole) = linked(project_file, opts, false).await?;
    let unified = &linked.unified;
    let index = family_index(unified, family)?;
    Ok(Explained {
        explanation: link::family_explain::explain_family(
            unified,
            index,
            linked.settings.family.lead_worker.as_str(),
        ),
        staging: linked.staging.clone(),
        whole_estate: whole,
        extracts_read: true,
    })
}

/// The stored link's inputs today, for a view made with decisions applied.
fn inputs_now(
    project: &Project,
    store: &Store,
) -> std::result::Result<crate::store::linked::Inputs, Why> {
    crate::store::linked::Inputs::of(project, store, true)
        .ok_or_else(|| "a source has no entry in the staging store".to_string())
}

/// `explain-family` from the family view the last link left
/// (`store::views`): every source unchanged, the view stamped with today's
/// inputs; then the answer (or the error of a family that is not there)
/// comes from it as from a full link. `Err` says why the view cannot answer.
async fn family_from_view(
    project_file: &Path,
    opts: &ExplainOptions,
    family: &str,
) -> std::result::Result<Result<Explained<link::family_explain::FamilyExplanation>>, Why> {
    let project = crate::mapping::load_project(project_file).map_err(|e| e.to_string())?;
    let settings = link_settings(&project).map_err(|e| e.to_string())?;
    let store = Store::of_out(&opts.out);
    let staging = unchanged_sources(&project, &store).await?;
    let now = inputs_now(&project, &store)?;
    let view = crate::store::views::read_families(&opts.out, &now, super::source_infos(&project))?;
    info!("From the stored family view: no extract read, no family formed.");
    Ok(family_index(&view, family).map(|index| {
        let unified = view.into_unified(index);
        Explained {
            explanation: link::family_explain::explain_family(
                &unified,
                index,
                settings.family.lead_worker.as_str(),
            ),
            staging,
            whole_estate: false,
            extracts_read: false,
        }
    }))
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
    /// Whether the store's extracts were read whole (false: the rows the
    /// last link left answered).
    pub extracts_read: bool,
}

/// `review export` from the rows the last link left (`store::views`):
/// every source unchanged, the rows stamped with today's inputs and
/// `[review] fields`; then the sheet is written from them. `Err` says why
/// they cannot answer.
async fn review_from_view(
    project_file: &Path,
    opts: &ExplainOptions,
) -> std::result::Result<Result<ReviewExport>, Why> {
    let project = crate::mapping::load_project(project_file).map_err(|e| e.to_string())?;
    let store = Store::of_out(&opts.out);
    let staging = unchanged_sources(&project, &store).await?;
    let now = inputs_now(&project, &store)?;
    let fields = &project.review_fields;
    let stamp = crate::store::views::fields_stamp(fields);
    let crate::store::views::StoredReview {
        families,
        band,
        mut rows,
    } = crate::store::views::open_review(&opts.out, &now, &stamp)?;
    info!("From the stored review sheet: no extract read, no pair scored.");
    // The rows are read as they are written: one the view cannot give back
    // (damaged inside the rows, its sizes whole) leaves the last sheet in
    // place and the answer to the other ways.
    let written = match crate::review::sheet::write_rows(&opts.out, fields, &mut rows, &families) {
        Err(_) if rows.failed() => return Err("the stored review sheet is unreadable".into()),
        written => written,
    };
    Ok(written.map(|w| {
        info!(pairs = w.rows, band, "Review sheet written.");
        ReviewExport {
            pairs: w.rows,
            band,
            xlsx: w.xlsx,
            staging,
            whole_estate: false,
            extracts_read: false,
        }
    }))
}

/// Write review.xlsx and review.csv into `out`: one row per undecided pair
/// in the clerical review band. From the rows the last link left when they
/// fit, else as the module's paragraph says.
pub async fn review_export(project_file: &Path, opts: &ExplainOptions) -> Result<ReviewExport> {
    let out = opts.out.as_path();
    if !opts.refresh && opts.model.is_none() {
        let root = root_span("review");
        match review_from_view(project_file, opts)
            .instrument(root.clone())
            .await
        {
            Ok(answer) => return answer,
            Err(why) => info!("Not from the stored review sheet: {why}."),
        }
    }
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
        extracts_read: true,
    })
}
