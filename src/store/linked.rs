//! What a link leaves for `load`: the person clusters as one label per
//! staged person record (a reference into the store by position: the
//! records of each source's staged extract in project order, as
//! standardising lists them), the pairs in the clerical review band with
//! their weights and refusals, and the linkage statistics the report shows.
//! No raw value is copied: `load` reads the records from the store, and
//! families, lead workers and plans are formed again from the clusters
//! (cheap, deterministic, and the same code a run uses).
//!
//! The link is stamped with what it depends on (`Inputs`): every source's
//! staged extract (its data hash and mapping hash in the store), the link
//! settings' file, the reviewers' decisions file, whether decisions were
//! applied, the reference date and onefamily's build (its version and a
//! hash of its code). `views` keeps what `explain-family` and `review
//! export` print under the same stamp. A stored link whose
//! inputs differ from today's is stale, and `read` says which input moved,
//! so the caller can say why it links again.
//!
//! Format: `<out>/link/clusters.bin`, laid out by hand like `terms.bin`: a
//! magic; the inputs and the statistics as length-prefixed JSON; then the
//! labels and review edges as little-endian numbers. The statistics' floats
//! are also kept as their bits, since serde_json's parser may miss a float
//! by one unit in the last place and the report must not move.

use super::bytes::{put, Cursor};
use super::{sha256_hex, write_atomic, Store};
use crate::error::{Error, Result};
use crate::link::cluster::Refusal;
use crate::link::score::Edge;
use crate::link::LinkStats;
use crate::mapping::Project;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"OFLINK01";

/// The file a link's result goes to.
pub fn path(out: &Path) -> PathBuf {
    out.join("link").join("clusters.bin")
}

/// What a stored link was computed from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Inputs {
    pub format: u32,
    pub onefamily: String,
    /// A hash of the crate's code this build was compiled from (`build.rs`):
    /// two builds of one version may link differently.
    #[serde(default)]
    pub code: String,
    pub reference_date: String,
    /// SHA-256 of the link settings' file, or `built-in`.
    pub settings: String,
    /// SHA-256 of the decisions file, or `none` when there is none.
    pub decisions: String,
    pub decisions_applied: bool,
    /// Per source, in project order: (name, data hash, mapping hash).
    pub sources: Vec<(String, String, String)>,
}

impl Inputs {
    /// Today's inputs of a link over `store`; `None` when a source has no
    /// entry in the store or a file named by the project cannot be read.
    pub fn of(project: &Project, store: &Store, decisions_applied: bool) -> Option<Inputs> {
        let settings = match &project.link_file {
            Some(p) => sha256_hex(&std::fs::read(p).ok()?),
            None => "built-in".to_string(),
        };
        let decisions = match std::fs::read(&project.decisions_file) {
            Ok(b) => sha256_hex(&b),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => "none".to_string(),
            Err(_) => return None,
        };
        let sources = project
            .sources
            .iter()
            .map(|m| {
                let mf = store.manifest_of(&m.name)?;
                Some((m.name.clone(), mf.data_sha256, mf.mapping_hash))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Inputs {
            format: super::FORMAT,
            onefamily: env!("CARGO_PKG_VERSION").to_string(),
            code: env!("ONEFAMILY_CODE").to_string(),
            reference_date: project.reference_date.to_string(),
            settings,
            decisions,
            decisions_applied,
            sources,
        })
    }

    /// Why a link made from `self` does not fit `now`, in words for the
    /// log and the report (names sources, never values); `None` when it fits.
    pub fn stale_because(&self, now: &Inputs) -> Option<String> {
        if self.format != now.format || self.onefamily != now.onefamily || self.code != now.code {
            return Some("it was made by another build of onefamily".into());
        }
        if self.settings != now.settings {
            return Some("the link settings changed since".into());
        }
        if self.reference_date != now.reference_date {
            return Some("the project's reference date changed since".into());
        }
        if self.decisions_applied != now.decisions_applied {
            return Some(if now.decisions_applied {
                "it ignored reviewers' decisions".into()
            } else {
                "it applied reviewers' decisions".into()
            });
        }
        if self.decisions != now.decisions {
            return Some("the reviewers' decisions file changed since".into());
        }
        let names = |i: &Inputs| i.sources.iter().map(|s| s.0.clone()).collect::<Vec<_>>();
        if names(self) != names(now) {
            return Some("the project's sources changed since".into());
        }
        let moved: Vec<&str> = self
            .sources
            .iter()
            .zip(&now.sources)
            .filter(|(a, b)| a != b)
            .map(|(a, _)| a.0.as_str())
            .collect();
        (!moved.is_empty()).then(|| format!("{} re-staged since", moved.join(", ")))
    }

    /// Why a model trained from `self` would not be the one training on
    /// `now` gives; `None` when it would. Training reads the records and
    /// the link settings, never reviewers' decisions (they steer clustering
    /// only), so the decisions file and whether it is applied do not count.
    pub fn training_differs(&self, now: &Inputs) -> Option<String> {
        let ignoring_decisions = |i: &Inputs| Inputs {
            decisions: String::new(),
            decisions_applied: true,
            ..i.clone()
        };
        ignoring_decisions(self).stale_because(&ignoring_decisions(now))
    }
}

/// A link's result, as `load` needs it.
#[derive(Clone, Debug)]
pub struct StoredLink {
    pub inputs: Inputs,
    /// Person records per source, in project order (a check on `labels`).
    pub records: Vec<u64>,
    /// The cluster of each person record, in the order standardising lists them.
    pub labels: Vec<u32>,
    pub count: usize,
    pub stats: LinkStats,
    /// The clerical review band, strongest first.
    pub review: Vec<Edge>,
    /// SHA-256 of the `model.json` the link scored with and wrote.
    pub model_sha256: String,
}

#[derive(Serialize, Deserialize)]
struct Header {
    inputs: Inputs,
    #[serde(default)]
    model_sha256: String,
    records: Vec<u64>,
    count: u64,
    stats: LinkStats,
    /// `stats`' floats, bit for bit (see `floats`).
    float_bits: Vec<u64>,
}

/// Every float of the statistics, in a fixed order.
fn floats(s: &mut LinkStats) -> Vec<&mut f64> {
    let mut v = vec![
        &mut s.review_expected_matches,
        &mut s.link_threshold_probability,
        &mut s.review_threshold_probability,
    ];
    for e in &mut s.em_sessions {
        v.push(&mut e.match_share);
        v.push(&mut e.last_change);
    }
    v
}

/// Write a link's result.
pub fn write(out: &Path, link: &StoredLink) -> Result<()> {
    let file = path(out);
    let dir = file.parent().unwrap_or(out);
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut stats = link.stats.clone();
    let float_bits = floats(&mut stats).iter().map(|f| f.to_bits()).collect();
    let header = Header {
        inputs: link.inputs.clone(),
        model_sha256: link.model_sha256.clone(),
        records: link.records.clone(),
        count: link.count as u64,
        stats,
        float_bits,
    };
    let json = serde_json::to_string(&header).map_err(|e| Error::Other(e.to_string()))?;
    let mut b = Vec::with_capacity(json.len() + 4 * link.labels.len() + 16 * link.review.len());
    b.extend_from_slice(MAGIC);
    put(&mut b, json.as_bytes());
    b.extend_from_slice(&(link.labels.len() as u64).to_le_bytes());
    for l in &link.labels {
        b.extend_from_slice(&l.to_le_bytes());
    }
    b.extend_from_slice(&(link.review.len() as u64).to_le_bytes());
    for e in &link.review {
        b.extend_from_slice(&e.a.to_le_bytes());
        b.extend_from_slice(&e.b.to_le_bytes());
        b.extend_from_slice(&e.weight.to_bits().to_le_bytes());
        let refusal = match e.refused {
            Some(r) => serde_json::to_string(&r).map_err(|e| Error::Other(e.to_string()))?,
            None => String::new(),
        };
        put(&mut b, refusal.as_bytes());
    }
    write_atomic(&file, &b)
}

/// The header of the stored link's bytes, and a cursor after it.
fn header(bytes: &[u8]) -> std::result::Result<(Header, Cursor<'_>), String> {
    let torn = || "the stored link is unreadable".to_string();
    let mut r = Cursor::new(bytes);
    if r.take(MAGIC.len()).ok_or_else(torn)? != MAGIC {
        return Err("the stored link was written by another build of onefamily".into());
    }
    let header: Header = serde_json::from_str(r.str().ok_or_else(torn)?).map_err(|_| torn())?;
    Ok((header, r))
}

/// The last link's model (`<out>/model.json`) when a relink on `now`'s
/// inputs would train the same model: the stored link's inputs differ from
/// `now`'s in reviewers' decisions alone (`Inputs::training_differs`), and
/// `model.json` is the file that link wrote (its SHA-256). Otherwise why
/// not. A model given with `--model` to that link counts as its model.
pub fn model_fits(out: &Path, now: &Inputs) -> std::result::Result<PathBuf, String> {
    let bytes = std::fs::read(path(out)).map_err(|_| "no stored link".to_string())?;
    let (header, _) = header(&bytes)?;
    if let Some(why) = header.inputs.training_differs(now) {
        return Err(why);
    }
    let model = out.join("model.json");
    let written = std::fs::read(&model).map_err(|_| "no model.json".to_string())?;
    if header.model_sha256.is_empty() || sha256_hex(&written) != header.model_sha256 {
        return Err("model.json is not the one the stored link wrote".into());
    }
    Ok(model)
}

/// The stored link at `out` when it is there, whole, and made from `now`'s
/// inputs; otherwise why not (for the log and the report).
pub fn read(out: &Path, now: &Inputs) -> std::result::Result<StoredLink, String> {
    let bytes = std::fs::read(path(out)).map_err(|_| "no stored link".to_string())?;
    let torn = || "the stored link is unreadable".to_string();
    let (mut header, mut r) = header(&bytes)?;
    if let Some(why) = header.inputs.stale_because(now) {
        return Err(format!("the stored link is stale: {why}"));
    }
    let bits = std::mem::take(&mut header.float_bits);
    let mut fl = floats(&mut header.stats);
    if fl.len() != bits.len() {
        return Err(torn());
    }
    for (f, b) in fl.iter_mut().zip(bits) {
        **f = f64::from_bits(b);
    }
    let n = r.u64().ok_or_else(torn)? as usize;
    if n > bytes.len() / 4 {
        return Err(torn());
    }
    let labels = (0..n)
        .map(|_| r.u32())
        .collect::<Option<Vec<u32>>>()
        .ok_or_else(torn)?;
    let count = usize::try_from(header.count).map_err(|_| torn())?;
    let total: u64 = header.records.iter().sum();
    if total != labels.len() as u64 || labels.iter().any(|&l| l as usize >= count) {
        return Err(torn());
    }
    let m = r.u64().ok_or_else(torn)? as usize;
    if m > bytes.len() / 16 {
        return Err(torn());
    }
    let mut review = Vec::with_capacity(m);
    for _ in 0..m {
        let (a, b) = (r.u32().ok_or_else(torn)?, r.u32().ok_or_else(torn)?);
        let weight = f32::from_bits(r.u32().ok_or_else(torn)?);
        let refusal = r.str().ok_or_else(torn)?;
        let refused: Option<Refusal> = if refusal.is_empty() {
            None
        } else {
            Some(serde_json::from_str(refusal).map_err(|_| torn())?)
        };
        if a as usize >= labels.len() || b as usize >= labels.len() {
            return Err(torn());
        }
        review.push(Edge {
            a,
            b,
            weight,
            refused,
        });
    }
    if r.at != bytes.len() {
        return Err(torn());
    }
    Ok(StoredLink {
        inputs: header.inputs,
        records: header.records,
        labels,
        count,
        stats: header.stats,
        review,
        model_sha256: header.model_sha256,
    })
}
#[cfg(test)]
mod tests {
    use super::*;

    fn inputs() -> Inputs {
        Inputs {
            format: crate::store::FORMAT,
            onefamily: "1".into(),
            code: "c".into(),
            reference_date: "2026-01-01".into(),
            settings: "s".into(),
            decisions: "none".into(),
            decisions_applied: true,
            sources: vec![
                ("a".into(), "d1".into(), "m1".into()),
                ("b".into(), "d2".into(), "m2".into()),
            ],
        }
    }

    #[test]
    fn a_stale_link_names_what_moved() {
        let then = inputs();
        assert_eq!(then.stale_because(&inputs()), None);
        type Change = fn(&mut Inputs);
        let cases: Vec<(Change, &str)> = vec![
            (|i| i.onefamily = "2".into(), "another build"),
            (|i| i.code = "d".into(), "another build"),
            (|i| i.settings = "t".into(), "link settings"),
            (|i| i.reference_date = "2027-01-01".into(), "reference date"),
            (
                |i| i.decisions_applied = false,
                "applied reviewers' decisions",
            ),
            (|i| i.decisions = "x".into(), "decisions file"),
            (|i| i.sources[1].1 = "d3".into(), "b re-staged"),
            (|i| i.sources[0].2 = "m3".into(), "a re-staged"),
            (|i| i.sources.truncate(1), "sources changed"),
        ];
        for (change, want) in cases {
            let mut now = inputs();
            change(&mut now);
            let why = then.stale_because(&now).unwrap_or_default();
            assert!(why.contains(want), "{why:?} should name {want:?}");
            // The model is retrained for every change but the decisions.
            let decisions = want.contains("decisions");
            assert_eq!(then.training_differs(&now).is_none(), decisions, "{want}");
        }
    }

    #[test]
    fn a_missing_or_torn_link_is_refused_not_misread() {
        let dir = tempfile::tempdir().unwrap();
        let now = inputs();
        assert_eq!(read(dir.path(), &now).unwrap_err(), "no stored link");
        let file = path(dir.path());
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        for bytes in [
            &b""[..],
            b"OFLINK01",
            b"OFLINK01\xff\xff\xff\xff\xff\xff\xff\xff",
            b"NOTALINK",
        ] {
            std::fs::write(&file, bytes).unwrap();
            assert!(read(dir.path(), &now).is_err());
        }
    }
}
