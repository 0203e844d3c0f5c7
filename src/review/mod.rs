//! Clerical review: the pairs no model can decide, decided by people, and
//! those decisions replayed on every later run.
//!
//! `review export` writes the clerical review band (pairs below the link
//! threshold and above the review threshold) as a sheet (`sheet`); reviewers
//! fill its Decision column; `review import` validates the whole sheet and
//! merges it into the decisions file (`mappings/decisions.csv`, kept under
//! version control beside the mappings). Every run then reads that file
//! (`Replay`): person decisions become must-link / cannot-link constraints
//! on clustering, family overrides are applied to the formed families
//! (`link::family_overrides`), and what could not be applied — records that
//! no longer exist, decisions that contradict each other — is reported in
//! `report.json` under `review`, never dropped silently.
//!
//! Decisions are keyed by the records they name (`source:key`), never by a
//! sheet's row order, and the file holds one decision per pair: a later
//! decision replaces an earlier one.

pub mod sheet;

use crate::error::{Error, Result};
use crate::link::cluster::UnionFind;
use crate::link::family_overrides::Override;
pub use crate::model::decision::{split_record, Action, Decision, Verdict};
pub use crate::model::ReviewField;
use crate::model::{Person, SourceInfo};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::Path;

/// The decisions file's header, in order.
pub const HEADER: [&str; 8] = [
    "kind",
    "left",
    "right",
    "decision",
    "worker",
    "reviewer",
    "decided_at",
    "comment",
];

/// One row of the decisions file, as written.
#[derive(Debug, serde::Deserialize)]
struct Row {
    kind: String,
    left: String,
    #[serde(default)]
    right: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    worker: String,
    #[serde(default)]
    reviewer: String,
    #[serde(default)]
    decided_at: String,
    #[serde(default)]
    comment: String,
}

/// Check one row of the decisions file into a decision.
fn decision_of(row: Row) -> std::result::Result<Decision, String> {
    let needs_pair = |what: &str| -> std::result::Result<(), String> {
        for side in [&row.left, &row.right] {
            if split_record(side).is_none() {
                return Err(format!(
                    "{what}: left and right must each name a record as source:key"
                ));
            }
        }
        if row.left == row.right {
            return Err(format!("{what}: left and right name the same record"));
        }
        Ok(())
    };
    let action = match row.kind.trim() {
        "person" => {
            needs_pair("person")?;
            // Values are not repeated in messages: a shifted column can
            // put a name in any cell.
            Action::Person(Verdict::parse(&row.decision).ok_or_else(|| {
                "person: the decision is not one of same, different, unsure".to_string()
            })?)
        }
        "family_merge" => {
            needs_pair("family_merge")?;
            Action::FamilyMerge
        }
        "family_split" => {
            needs_pair("family_split")?;
            Action::FamilySplit
        }
        "lead_worker" => {
            if split_record(&row.left).is_none() {
                return Err("lead_worker: left must name a record as source:key".into());
            }
            if row.worker.trim().is_empty() {
                return Err("lead_worker: the worker column is empty".into());
            }
            Action::LeadWorker(row.worker.trim().to_string())
        }
        _ => {
            return Err(
                "the kind is not one of person, family_merge, family_split, lead_worker".into(),
            )
        }
    };
    let (mut left, mut right) = (row.left.trim().to_string(), row.right.trim().to_string());
    // Symmetric decisions are stored in one order, so a pair has one key.
    if matches!(action, Action::Person(_) | Action::FamilyMerge) && right < left {
        std::mem::swap(&mut left, &mut right);
    }
    Ok(Decision {
        action,
        left,
        right,
        reviewer: row.reviewer.trim().to_string(),
        decided_at: row.decided_at.trim().to_string(),
        comment: row.comment.trim().to_string(),
    })
}

/// Read the decisions file. A missing file holds no decisions; any bad row
/// is an error naming the file and line (every bad row, together).
pub fn read(path: &Path) -> Result<Vec<Decision>> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    let mut reader = csv::Reader::from_path(path)
        .map_err(|e| Error::config(path, None, format!("cannot read the decisions file: {e}")))?;
    let headers = reader
        .headers()
        .map_err(|e| Error::config(path, Some(1), e.to_string()))?
        .clone();
    for col in ["kind", "left"] {
        if !headers.iter().any(|h| h == col) {
            return Err(Error::config(
                path,
                Some(1),
                format!("no {col:?} column: the header is {}", HEADER.join(",")),
            ));
        }
    }
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (i, row) in reader.deserialize::<Row>().enumerate() {
        let line = i + 2;
        match row.map_err(|e| e.to_string()).and_then(decision_of) {
            Ok(d) => out.push(d),
            Err(msg) => problems.push(Error::config(path, Some(line), msg)),
        }
    }
    match problems.len() {
        0 => Ok(out),
        1 => Err(problems.remove(0)),
        _ => Err(Error::ConfigMany(problems)),
    }
}

/// Write the decisions file, sorted by kind and records so that it diffs
/// well under version control: to a temporary file beside it, then renamed
/// over it, so a reader never sees half a file.
pub fn write(path: &Path, decisions: &[Decision]) -> Result<()> {
    let mut sorted: Vec<&Decision> = decisions.iter().collect();
    sorted.sort_by(|a, b| a.key().cmp(&b.key()));
    let mut w = csv::Writer::from_writer(Vec::new());
    let io = |e: csv::Error| Error::Other(format!("{}: {e}", path.display()));
    w.write_record(HEADER).map_err(io)?;
    for d in sorted {
        let (decision, worker) = d.decision_and_worker();
        w.write_record([
            d.action.kind(),
            &d.left,
            &d.right,
            decision,
            worker,
            &d.reviewer,
            &d.decided_at,
            &d.comment,
        ])
        .map_err(io)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::Other(format!("{}: {e}", path.display())))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "decisions.csv".into());
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    std::fs::write(&tmp, bytes).map_err(|e| Error::io(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
}

/// What merging new decisions into the recorded ones did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct MergeCounts {
    pub added: u64,
    pub replaced: u64,
    pub unchanged: u64,
}

/// Merge `new` into `recorded`: a decision for a pair already decided
/// replaces the recorded one, unless it says the same thing (then the
/// recorded one, with its reviewer and time, stays: re-importing a sheet
/// changes nothing).
pub fn merge(recorded: &mut Vec<Decision>, new: Vec<Decision>) -> MergeCounts {
    let mut counts = MergeCounts::default();
    let mut at: HashMap<(u8, String, String), usize> = recorded
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (c, a, b) = d.key();
            ((c, a.to_string(), b.to_string()), i)
        })
        .collect();
    for d in new {
        let (c, a, b) = d.key();
        let key = (c, a.to_string(), b.to_string());
        match at.get(&key) {
            Some(&i) if recorded[i].same_content(&d) => counts.unchanged += 1,
            Some(&i) => {
                recorded[i] = d;
                counts.replaced += 1;
            }
            None => {
                at.insert(key, recorded.len());
                recorded.push(d);
                counts.added += 1;
            }
        }
    }
    counts
}

/// A decision that names a record this run does not hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Stale {
    pub kind: &'static str,
    pub left: String,
    pub right: String,
    /// The records (`source:key`) not found: renamed, rejected or gone.
    pub missing: Vec<String>,
}

/// Decisions that cannot all hold: two records decided different, but
/// joined by a chain of decisions that they are the same.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// `person` or `family`.
    pub level: &'static str,
    /// The pair decided apart (`different` or `family_split`): not applied.
    pub apart: [String; 2],
    /// The pairs decided together that join them, in order along the chain.
    pub via: Vec<[String; 2]>,
}

/// A family override that was read and resolved but could not be honoured.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NotHonoured {
    pub kind: &'static str,
    pub left: String,
    pub right: String,
    pub reason: String,
}

/// `report.json`'s `review` section: what the decisions file held and what
/// became of it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ReviewSection {
    pub decisions_file: String,
    /// `--ignore-decisions`: read and checked, not applied.
    pub ignored: bool,
    pub decisions_read: u64,
    /// Person decisions by verdict.
    pub same: u64,
    pub different: u64,
    pub unsure: u64,
    /// Person decisions applied as must-link and cannot-link constraints.
    pub applied_must_link: u64,
    pub applied_cannot_link: u64,
    /// Family overrides read, and applied (merges, splits, lead-worker pins).
    pub family_overrides: u64,
    pub applied_family_merge: u64,
    pub applied_family_split: u64,
    pub applied_lead_worker: u64,
    pub stale_count: u64,
    pub stale: Vec<Stale>,
    pub conflict_count: u64,
    pub conflicts: Vec<Conflict>,
    pub not_honoured: Vec<NotHonoured>,
}

/// The decisions file resolved against this run's records: what clustering
/// and family forming must honour.
#[derive(Clone, Debug, Default)]
pub struct Replay {
    pub decisions: Vec<Decision>,
    pub must_link: Vec<(u32, u32)>,
    pub cannot_link: Vec<(u32, u32)>,
    /// Family overrides with their decision's index in `decisions`.
    pub family: Vec<(usize, Override)>,
    pub section: ReviewSection,
}

/// Breadth-first path between two nodes over undirected pairs.
fn path_between(edges: &[[String; 2]], from: &str, to: &str) -> Vec<[String; 2]> {
    let mut adj: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, [a, b]) in edges.iter().enumerate() {
        adj.entry(a).or_default().push(i);
        adj.entry(b).or_default().push(i);
    }
    let mut came: HashMap<&str, usize> = HashMap::new();
    let mut queue = VecDeque::from([from]);
    while let Some(n) = queue.pop_front() {
        if n == to {
            break;
        }
        for &e in adj.get(n).map(Vec::as_slice).unwrap_or_default() {
            let [a, b] = &edges[e];
            let next = if a == n { b.as_str() } else { a.as_str() };
            if next != from && !came.contains_key(next) {
                came.insert(next, e);
                queue.push_back(next);
            }
        }
    }
    let mut path = Vec::new();
    let mut n = to;
    while n != from {
        let Some(&e) = came.get(n) else { break };
        path.push(edges[e].clone());
        let [a, b] = &edges[e];
        n = if a == n { b } else { a };
    }
    path.reverse();
    path
}

impl Replay {
    /// Resolve `decisions` against the run's records (`source:key` → every
    /// record with that source and key: one key may have staged several).
    pub fn resolve(
        decisions: Vec<Decision>,
        records: &[Person],
        sources: &[SourceInfo],
        decisions_file: &Path,
    ) -> Replay {
        let source_ix: HashMap<&str, u16> = sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.name.as_str(), i as u16))
            .collect();
        let mut by_key: crate::FastMap<(u16, &str), Vec<u32>> = crate::FastMap::default();
        // With no decisions nothing is looked up: no index of every record.
        let indexed = if decisions.is_empty() {
            &[][..]
        } else {
            records
        };
        for (i, r) in indexed.iter().enumerate() {
            by_key
                .entry((r.source(), r.key()))
                .or_default()
                .push(i as u32);
        }
        fn find<'a>(
            by_key: &'a crate::FastMap<(u16, &'a str), Vec<u32>>,
            source_ix: &HashMap<&str, u16>,
            spec: &'a str,
        ) -> Option<&'a Vec<u32>> {
            let (s, k) = split_record(spec)?;
            by_key.get(&(*source_ix.get(s)?, k))
        }
        let mut section = ReviewSection {
            decisions_file: decisions_file.display().to_string(),
            decisions_read: decisions.len() as u64,
            ..Default::default()
        };
        let mut must: Vec<(usize, Vec<u32>, Vec<u32>)> = Vec::new();
        let mut cannot: Vec<(usize, Vec<u32>, Vec<u32>)> = Vec::new();
        let mut family = Vec::new();
        for (i, d) in decisions.iter().enumerate() {
            match &d.action {
                Action::Person(Verdict::Same) => section.same += 1,
                Action::Person(Verdict::Different) => section.different += 1,
                Action::Person(Verdict::Unsure) => section.unsure += 1,
                _ => section.family_overrides += 1,
            }
            let sides: Vec<&str> = [d.left.as_str(), d.right.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            let found: Vec<Option<&Vec<u32>>> =
                sides.iter().map(|s| find(&by_key, &source_ix, s)).collect();
            let missing: Vec<String> = sides
                .iter()
                .zip(&found)
                .filter(|(_, f)| f.is_none())
                .map(|(s, _)| s.to_string())
                .collect();
            if !missing.is_empty() {
                section.stale.push(Stale {
                    kind: d.action.kind(),
                    left: d.left.clone(),
                    right: d.right.clone(),
                    missing,
                });
                continue;
            }
            let l = found[0].expect("found").clone();
            let r = found.get(1).map(|f| f.expect("found").clone());
            match (&d.action, r) {
                (Action::Person(Verdict::Same), Some(r)) => must.push((i, l, r)),
                (Action::Person(Verdict::Different), Some(r)) => cannot.push((i, l, r)),
                (Action::FamilyMerge, Some(r)) => family.push((i, Override::Merge(l[0], r[0]))),
                (Action::FamilySplit, Some(r)) => family.push((
                    i,
                    Override::Split {
                        stay: l[0],
                        leave: r[0],
                    },
                )),
                (Action::LeadWorker(w), _) => family.push((
                    i,
                    Override::LeadWorker {
                        record: l[0],
                        worker: w.clone(),
                    },
                )),
                _ => {}
            }
        }
        section.stale_count = section.stale.len() as u64;

        // Must-links are all applied; a cannot-link between records they
        // join cannot be honoured, and is reported with the chain.
        let mut uf = UnionFind::new(records.len());
        let mut must_link = Vec::new();
        for (_, l, r) in &must {
            for &a in l.iter().chain(r) {
                must_link.push((l[0].min(a), l[0].max(a)));
                uf.union(l[0], a);
            }
        }
        must_link.retain(|(a, b)| a != b);
        section.applied_must_link = must.len() as u64;
        let same_pairs: Vec<[String; 2]> = must
            .iter()
            .map(|(i, _, _)| [decisions[*i].left.clone(), decisions[*i].right.clone()])
            .collect();
        let mut cannot_link = Vec::new();
        for (i, l, r) in &cannot {
            let d = &decisions[*i];
            if uf.find(l[0]) == uf.find(r[0]) {
                section.conflicts.push(Conflict {
                    level: "person",
                    apart: [d.left.clone(), d.right.clone()],
                    via: path_between(&same_pairs, &d.left, &d.right),
                });
                continue;
            }
            section.applied_cannot_link += 1;
            for &a in l {
                for &b in r {
                    cannot_link.push((a.min(b), a.max(b)));
                }
            }
        }
        section.conflict_count = section.conflicts.len() as u64;
        Replay {
            decisions,
            must_link,
            cannot_link,
            family,
            section,
        }
    }

    /// Read the project's decisions file and resolve it.
    pub fn read(
        project: &crate::mapping::Project,
        records: &[Person],
        sources: &[SourceInfo],
    ) -> Result<Replay> {
        let decisions = read(&project.decisions_file)?;
        Ok(Replay::resolve(
            decisions,
            records,
            sources,
            &project.decisions_file,
        ))
    }

    /// `--ignore-decisions`: keep the report of what the file holds, apply
    /// nothing (to measure the model on its own).
    pub fn ignore(&mut self) {
        self.must_link.clear();
        self.cannot_link.clear();
        self.family.clear();
        self.section.ignored = true;
        self.section.applied_must_link = 0;
        self.section.applied_cannot_link = 0;
    }

    /// Apply the family overrides to the formed families (the one place the
    /// pipeline does), record the outcome in the section, and hand the
    /// decisions to the load.
    pub fn apply_families(
        &mut self,
        unified: &mut crate::model::Unified,
        rules: &crate::link::settings::FamilyRules,
    ) {
        let overrides: Vec<Override> = self.family.iter().map(|(_, o)| o.clone()).collect();
        let outcome = crate::link::family_overrides::apply(unified, &overrides, rules);
        let s = &mut self.section;
        s.applied_family_merge = outcome.merged;
        s.applied_family_split = outcome.split;
        s.applied_lead_worker = outcome.pinned;
        for (k, reason) in outcome.not_honoured {
            let d = &self.decisions[self.family[k].0];
            s.not_honoured.push(NotHonoured {
                kind: d.action.kind(),
                left: d.left.clone(),
                right: d.right.clone(),
                reason,
            });
        }
        for (k, via) in outcome.conflicts {
            let d = &self.decisions[self.family[k].0];
            s.conflicts.push(Conflict {
                level: "family",
                apart: [d.left.clone(), d.right.clone()],
                via: via
                    .into_iter()
                    .map(|m| {
                        let d = &self.decisions[self.family[m].0];
                        [d.left.clone(), d.right.clone()]
                    })
                    .collect(),
            });
        }
        s.conflict_count = s.conflicts.len() as u64;
        unified.decisions = self.decisions.clone();
    }

    /// One warning line per kind of problem, with counts only (the report
    /// names the records).
    pub fn warn(&self) {
        let s = &self.section;
        if s.stale_count > 0 {
            tracing::warn!(
                stale = s.stale_count,
                "Review decisions name records this run does not hold: see report.json review.stale."
            );
        }
        if s.conflict_count > 0 {
            tracing::warn!(
                conflicts = s.conflict_count,
                "Review decisions contradict each other: see report.json review.conflicts."
            );
        }
        if !s.not_honoured.is_empty() {
            tracing::warn!(
                not_honoured = s.not_honoured.len(),
                "Family overrides could not be honoured: see report.json review.not_honoured."
            );
        }
    }
}

/// Person decisions by pair, for evaluation: (left, right) → verdict.
pub fn labels(decisions: &[Decision]) -> BTreeMap<(String, String), Verdict> {
    decisions
        .iter()
        .filter_map(|d| match d.action {
            Action::Person(v) => Some(((d.left.clone(), d.right.clone()), v)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests;
