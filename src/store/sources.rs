//! Every source of a project, staged: each one's extract reused from the
//! store when its inputs and mapping are unchanged, read from the source
//! (and stored) otherwise, or taken from a snapshot with no source read.
//! Each source runs in a `source` span (`crate::timing`) whose `origin`
//! field says which, so `timings.json` shows it too.

use super::{decode, fingerprint, manifest, mapping_hash, when, Store};
use crate::error::{Error, Result};
use crate::mapping::{Location, Project};
use crate::model::staging::{Origin, Provenance, Staging};
use crate::model::SourceExtract;
use std::path::PathBuf;
use tracing::field::Empty;
use tracing::{debug_span, info, Instrument};

/// How a command gets its staged extracts.
#[derive(Clone, Debug, Default)]
pub struct StageOptions {
    /// Re-read every source named, whatever the store holds (`--refresh`).
    pub refresh: bool,
    /// Only this source (`extract --source NAME`).
    pub only: Option<String>,
    /// Take every extract from this snapshot and read no source
    /// (`--snapshot FILE`); its passphrase comes from the environment.
    pub snapshot: Option<PathBuf>,
}

/// What staging produced: the extracts in project order (only the one
/// asked for with `only`) and the report's provenance.
pub struct Staged {
    pub extracts: Vec<SourceExtract>,
    pub staging: Staging,
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Stage the project's sources into `store` as `opts` says; with no
/// store, read every source and keep nothing (a library caller's extract).
pub async fn stage(
    project: &Project,
    store: Option<&Store>,
    opts: &StageOptions,
) -> Result<Staged> {
    let mut staging = Staging::default();
    let snapshot = match (&opts.snapshot, store) {
        (Some(_), None) => {
            return Err(Error::Other(
                "a snapshot is opened into a staging store: name an output folder".into(),
            ))
        }
        (Some(file), Some(store)) => {
            let pass = super::snapshot::passphrase()?;
            let manifests = super::snapshot::unpack(file, &pass, store)?;
            staging.snapshot = Some(
                file.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            );
            info!(sources = manifests.len(), "Snapshot opened.");
            Some(manifests)
        }
        (None, _) => None,
    };
    if let Some(only) = &opts.only {
        if project.source_index(only).is_none() {
            return Err(Error::Other(format!(
                "no source named {only:?} in the project"
            )));
        }
    }
    let mut extracts = Vec::with_capacity(project.sources.len());
    crate::progress::length(project.sources.len() as u64, "sources");
    for (idx, m) in project.sources.iter().enumerate() {
        if opts.only.as_ref().is_some_and(|o| *o != m.name) {
            continue;
        }
        let span = debug_span!(
            "source",
            source = %m.name,
            kind = m.kind.as_str(),
            origin = Empty,
            rows = Empty,
            records = Empty
        );
        let hash = mapping_hash(project, m);
        // Fingerprinted before the read: a file or table that changes
        // during it leaves a fingerprint that no longer matches. A snapshot
        // run consults no source, so takes none.
        let fp = match snapshot {
            Some(_) => Err(String::new()),
            None => source_fingerprint(m).instrument(span.clone()).await,
        };
        let found = span.in_scope(|| match (&snapshot, store) {
            (Some(manifests), Some(store)) => Some(from_snapshot(store, manifests, m, idx, &hash)),
            (None, Some(store)) => reusable(store, m, idx, &hash, opts.refresh, fp.as_deref().ok()),
            (_, None) => None,
        });
        let (x, p) = match found {
            Some(found) => found?,
            None => {
                let (fp, why) = match fp {
                    Ok(fp) => (fp, None),
                    Err(why) => (String::new(), Some(why)),
                };
                let is_server = matches!(m.location, Location::Server { .. });
                if let (true, Some(why)) = (is_server, &why) {
                    info!(source = %m.name, "No fingerprint: reading the source. {why}");
                }
                let at = now();
                // With a store, the person records are written while the
                // source is read (`super::stream`).
                let streaming = store.map(|s| s.stream(&m.name)).transpose()?;
                let sink = streaming.as_ref().map(|s| s.sink());
                let read = crate::extract::extract_source_to(project, idx, sink)
                    .instrument(span.clone())
                    .await;
                let mut x = match read {
                    Ok(x) => x,
                    Err(e) => {
                        if let Some(streaming) = streaming {
                            streaming.abandon();
                        }
                        return Err(e);
                    }
                };
                if let Some(streaming) = streaming {
                    streaming.finish(&mut x, |x, sha| {
                        manifest(m, x, hash.clone(), fp.clone(), at.clone(), sha)
                    })?;
                }
                staging.sources_read += 1;
                let mut note = format!("{}: extracted {}", m.name, when(&at));
                if let (true, Some(why)) = (is_server, why) {
                    note.push_str(&format!(" (no fingerprint: re-read; {why})"));
                }
                (x, provenance(m, Origin::Extracted, at, fp, hash, note))
            }
        };
        span.record("origin", as_str(p.origin));
        span.record("rows", x.rows_read);
        span.record("records", x.records());
        drop(span);
        extracts.push(x);
        staging.sources.push(p);
        crate::progress::add(1);
    }
    Ok(Staged { extracts, staging })
}

/// A source's fingerprint now: its files' hash, or a server source's
/// counts and checksums (`crate::extract::fingerprint`); or why it has none
/// (the source is then read).
async fn source_fingerprint(
    m: &crate::mapping::SourceMapping,
) -> std::result::Result<String, String> {
    match &m.location {
        Location::Server { .. } => crate::extract::fingerprint::server(m).await,
        _ => fingerprint(m).ok_or_else(|| "its files cannot be read".to_string()),
    }
}

fn as_str(o: Origin) -> &'static str {
    match o {
        Origin::Extracted => "extracted",
        Origin::Reused => "reused",
        Origin::Snapshot => "snapshot",
    }
}

fn provenance(
    m: &crate::mapping::SourceMapping,
    origin: Origin,
    extracted_at: String,
    fingerprint: String,
    mapping_hash: String,
    note: String,
) -> Provenance {
    Provenance {
        source: m.name.clone(),
        origin,
        extracted_at,
        fingerprint,
        mapping_hash,
        note,
    }
}

type Found = (SourceExtract, Provenance);

/// The store's extract of `m`, when it may stand for reading the source:
/// same inputs (fingerprint), same mapping, same onefamily, intact data.
fn reusable(
    store: &Store,
    m: &crate::mapping::SourceMapping,
    idx: usize,
    hash: &str,
    refresh: bool,
    fp: Option<&str>,
) -> Option<Result<Found>> {
    if refresh {
        return None;
    }
    let (mf, p) = unchanged_as(store, m, hash, fp?)?;
    let data = store.data_of(&m.name, &mf)?;
    let x = decode(&data, idx as u16, &m.name).ok()?;
    info!(
        source = %m.name,
        extracted_at = %when(&p.extracted_at),
        "Reused the staged extract: inputs and mapping unchanged."
    );
    Some(Ok((x, p)))
}

/// The manifest of the store's entry for `m` and the provenance a reuse
/// reports, when the entry may stand for reading the source (same mapping
/// hash `hash`, same onefamily, same kind, same inputs), without reading
/// the extract. Cheapest first: the manifest, then the source's
/// fingerprint taken as a run takes it (its files hashed, a read of them
/// with no parsing; a server source's counts or checksums asked of its
/// server). A source with no fingerprint now is not unchanged.
pub(crate) async fn unchanged(
    store: &Store,
    m: &crate::mapping::SourceMapping,
    hash: &str,
) -> Option<(super::Manifest, Provenance)> {
    let mf = store.manifest_of(&m.name)?;
    if mf.mapping_hash != hash {
        return None;
    }
    let fp = source_fingerprint(m).await.ok()?;
    unchanged_as(store, m, hash, &fp)
}

/// `unchanged` with the source's fingerprint `fp` taken now.
fn unchanged_as(
    store: &Store,
    m: &crate::mapping::SourceMapping,
    hash: &str,
    fp: &str,
) -> Option<(super::Manifest, Provenance)> {
    let mf = store.manifest_of(&m.name)?;
    if mf.mapping_hash != hash
        || mf.onefamily != env!("CARGO_PKG_VERSION")
        || mf.kind != m.kind.as_str()
        || fp.is_empty()
        || mf.fingerprint != fp
    {
        return None;
    }
    let fp = fp.to_string();
    let at = mf.extracted_at.clone();
    let note = format!(
        "{}: reused extract of {}, mapping unchanged",
        m.name,
        when(&at)
    );
    let p = provenance(m, Origin::Reused, at, fp, hash.to_string(), note);
    Some((mf, p))
}

/// A snapshot's extract of `m`: it must be there, staged through the same
/// mapping, since a snapshot run reads no source to make up for it.
fn from_snapshot(
    store: &Store,
    manifests: &[super::Manifest],
    m: &crate::mapping::SourceMapping,
    idx: usize,
    hash: &str,
) -> Result<Found> {
    let Some(mf) = manifests.iter().find(|mf| mf.source == m.name) else {
        return Err(Error::source(
            &m.name,
            "not in the snapshot: a snapshot run reads no source; extract a new snapshot",
        ));
    };
    if mf.mapping_hash != hash {
        return Err(Error::source(
            &m.name,
            "its mapping (or onefamily's build) changed since the snapshot was taken, and a snapshot run reads no source: extract a new snapshot",
        ));
    }
    let e = store
        .entry(&m.name)
        .ok_or_else(|| Error::source(&m.name, "the snapshot's extract could not be stored"))?;
    let x = decode(&e.data, idx as u16, &m.name)?;
    let at = mf.extracted_at.clone();
    info!(source = %m.name, extracted_at = %when(&at), "Extract taken from the snapshot.");
    let note = format!("{}: extract of {} from the snapshot", m.name, when(&at));
    let p = provenance(
        m,
        Origin::Snapshot,
        at,
        mf.fingerprint.clone(),
        hash.to_string(),
        note,
    );
    Ok((x, p))
}
