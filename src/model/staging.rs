//! Where each source's records came from in one run: read from the source
//! now, reused from the staging store, or taken from a snapshot. Plain
//! records, so that the report can carry them without importing the store.

use serde::{Deserialize, Serialize};

/// How a source's staged extract came to this run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Read from the source in this run (and written to the store).
    Extracted,
    /// The store's extract: the source's inputs and mapping are unchanged.
    Reused,
    /// A snapshot's extract: the source itself was not consulted.
    Snapshot,
}

/// One source's line of provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    pub source: String,
    pub origin: Origin,
    /// When the staged extract was read from the source (UTC, RFC 3339).
    pub extracted_at: String,
    /// What the source's inputs looked like then: `sha256:…` over its
    /// files, `server:sha256:…` over a server source's row counts and
    /// latest modified values or checksums; empty when it had none.
    pub fingerprint: String,
    /// SHA-256 of the mapping as it was applied (`crate::store::mapping_hash`).
    pub mapping_hash: String,
    /// One line for people: `family_support: reused extract of 2026-11-30 09:12, mapping unchanged`.
    pub note: String,
}

/// What a run's report says about staging.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Staging {
    /// Sources read from their systems in this run: 0 when every extract
    /// was reused. Counted where `extract` is called, not timed.
    pub sources_read: u64,
    /// The snapshot's file name, when the run used one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    pub sources: Vec<Provenance>,
    /// Where the person clusters came from: linked in this command, or
    /// the stored link of an earlier `link` or `run` (`load`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<LinkProvenance>,
}

/// How a command came by its person clusters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkOrigin {
    /// Linked in this command.
    Linked,
    /// The stored link (`<out>/link/clusters.bin`): its inputs are unchanged.
    Reused,
}

/// The link's line of provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LinkProvenance {
    pub origin: LinkOrigin,
    /// One line for people: `reused the stored link (extracts, link settings and decisions
    /// unchanged)`, or `linked: …` with why the stored link could not be used.
    pub note: String,
}
