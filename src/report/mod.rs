//! Reports: the reconciliation pack a data team reads after every run.
//! `report.json` for CI gates, `report.html` for people, `crosswalk.csv`
//! (every source person record → unified person and family) and
//! `rejects.csv` (every rejected or skipped row with its position and
//! reason). Reports hold counts, codes and keys; never names, dates of birth
//! or identifiers.

pub mod html;
pub mod quality;

use crate::error::{Error, Result};
use crate::model::{SourceExtract, Unified};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// The run's identity. `started` and `finished` are the only fields that
/// differ between two runs of the same inputs and configuration.
#[derive(Clone, Debug, Serialize)]
pub struct RunSection {
    pub id: String,
    pub started: String,
    pub finished: String,
    pub dry_run: bool,
    pub config_hash: String,
    pub code_version: String,
    pub project: String,
}

/// Counts for one source: rows in, records out, and why the difference.
#[derive(Clone, Debug, Serialize)]
pub struct SourceSection {
    pub name: String,
    pub service: String,
    pub kind: String,
    pub rows_read: u64,
    pub rows_staged: u64,
    pub rows_skipped: u64,
    pub rows_rejected: u64,
    /// Person records staged (a row can hold several, or none).
    pub records_staged: u64,
    pub involvements: u64,
    pub referrals: u64,
    pub rejects_by_reason: BTreeMap<String, u64>,
    pub skipped_by_reason: BTreeMap<String, u64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PersonsSection {
    pub records: u64,
    pub unified: u64,
    /// Cluster size → how many clusters of that size.
    pub cluster_sizes: BTreeMap<u64, u64>,
    pub largest_cluster: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct FamiliesSection {
    pub unified: u64,
    /// Families known to more than one service: the number the council could not produce.
    pub multi_service: u64,
    /// Number of services → number of families.
    pub by_service_count: BTreeMap<u64, u64>,
    /// services[i] × services[j]: families known to both.
    pub services: Vec<String>,
    pub overlap: Vec<Vec<u64>>,
    pub with_open_involvement: u64,
    pub with_lead_worker: u64,
    pub lead_worker_conflicts: u64,
    pub family_links: u64,
    /// Families formed from more than one source grouping.
    pub formed_from_several_groupings: u64,
    /// Family rule → families that hold at least one join it made: the
    /// families that changed because of a rule.
    pub changed_by_rule: BTreeMap<&'static str, u64>,
    /// Groupings placed by a tie-break, for a person to decide (first 200).
    pub formation_conflicts: Vec<FormationConflict>,
    pub formation_conflicts_total: u64,
    /// Families whose open involvements are led by different workers (first 200).
    pub lead_worker_conflict_list: Vec<LeadWorkerConflict>,
    /// Parents named only in free text: matched to a known adult, or not
    /// (never created as persons).
    pub free_text_parents: crate::link::family::FreeTextParents,
}

/// A source grouping that could belong to more than one family.
#[derive(Clone, Debug, Serialize)]
pub struct FormationConflict {
    /// `source:key` of the grouping.
    pub grouping: String,
    pub placed_in: String,
    pub also_fits: Vec<String>,
    pub reason: &'static str,
}

/// A family whose open involvements have different workers.
#[derive(Clone, Debug, Serialize)]
pub struct LeadWorkerConflict {
    pub family: String,
    pub lead_worker: String,
    pub lead_service: String,
    /// Each open involvement's (service, worker).
    pub open: Vec<(String, String)>,
}

/// Lists in the report stop here; totals are always whole.
const LIST_LIMIT: usize = 200;

#[derive(Clone, Debug, Serialize)]
pub struct Check {
    pub name: String,
    pub passed: bool,
    pub detail: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Reconciliation {
    pub balanced: bool,
    pub checks: Vec<Check>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub run: RunSection,
    pub sources: Vec<SourceSection>,
    pub persons: PersonsSection,
    pub linkage: crate::link::LinkStats,
    pub families: FamiliesSection,
    pub quality: Vec<quality::SourceQuality>,
    pub load: serde_json::Value,
    pub reconciliation: Reconciliation,
    /// Reviewers' decisions: read, applied, stale, in conflict.
    pub review: crate::review::ReviewSection,
}

/// Per-source counts from the extracts and the unified records.
pub fn sources(extracts: &[SourceExtract], unified: &Unified) -> Vec<SourceSection> {
    let mut records = vec![0u64; unified.sources.len()];
    let mut involvements = vec![0u64; unified.sources.len()];
    let mut referrals = vec![0u64; unified.sources.len()];
    for r in &unified.records {
        records[r.source() as usize] += 1;
    }
    for i in &unified.involvements {
        involvements[i.source as usize] += 1;
    }
    for r in &unified.referrals {
        referrals[r.source as usize] += 1;
    }
    extracts
        .iter()
        .map(|x| {
            let info = &unified.sources[x.source as usize];
            let mut rejects_by_reason = BTreeMap::new();
            for r in &x.rejects {
                *rejects_by_reason
                    .entry(r.reason.as_str().to_string())
                    .or_insert(0) += 1;
            }
            let mut skipped_by_reason = BTreeMap::new();
            for (_, why) in &x.skipped {
                *skipped_by_reason
                    .entry(why.as_str().to_string())
                    .or_insert(0) += 1;
            }
            SourceSection {
                name: info.name.clone(),
                service: info.service.clone(),
                kind: info.kind.clone(),
                rows_read: x.rows_read,
                rows_staged: x.rows_staged,
                rows_skipped: x.skipped.len() as u64,
                rows_rejected: x.rows_rejected,
                records_staged: records[x.source as usize],
                involvements: involvements[x.source as usize],
                referrals: referrals[x.source as usize],
                rejects_by_reason,
                skipped_by_reason,
            }
        })
        .collect()
}

/// Cluster-size distribution and the rule counts.
pub fn persons(unified: &Unified) -> PersonsSection {
    let mut cluster_sizes = BTreeMap::new();
    for p in &unified.persons {
        *cluster_sizes.entry(p.records.len() as u64).or_insert(0) += 1;
    }
    PersonsSection {
        records: unified.records.len() as u64,
        unified: unified.persons.len() as u64,
        largest_cluster: cluster_sizes.keys().next_back().copied().unwrap_or(0),
        cluster_sizes,
    }
}

/// Families, the services that know them, and their overlap.
pub fn families(unified: &Unified) -> FamiliesSection {
    let services: Vec<String> = {
        let mut s: Vec<String> = unified.sources.iter().map(|s| s.service.clone()).collect();
        s.dedup();
        s
    };
    let service_idx = |name: &str| services.iter().position(|s| s == name);
    let n = services.len();
    // Services that know each family: through its records and its involvements.
    let mut known: Vec<Vec<bool>> = vec![vec![false; n]; unified.families.len()];
    for (r, f) in unified.record_family.iter().enumerate() {
        if let Some(f) = f {
            let svc = &unified.sources[unified.records[r].source() as usize].service;
            if let Some(s) = service_idx(svc) {
                known[*f as usize][s] = true;
            }
        }
    }
    for (i, f) in unified.involvement_family.iter().enumerate() {
        if let (Some(f), Some(s)) = (f, service_idx(&unified.involvements[i].service)) {
            known[*f as usize][s] = true;
        }
    }
    let mut overlap = vec![vec![0u64; n]; n];
    let mut by_service_count = BTreeMap::new();
    let mut multi = 0;
    for k in &known {
        let count = k.iter().filter(|b| **b).count() as u64;
        *by_service_count.entry(count).or_insert(0) += 1;
        if count > 1 {
            multi += 1;
        }
        for a in 0..n {
            if !k[a] {
                continue;
            }
            for b in 0..n {
                if k[b] {
                    overlap[a][b] += 1;
                }
            }
        }
    }
    let with_open = unified
        .families
        .iter()
        .filter(|f| {
            f.involvements
                .iter()
                .any(|&i| unified.involvements[i as usize].is_open())
        })
        .count() as u64;
    FamiliesSection {
        unified: unified.families.len() as u64,
        multi_service: multi,
        by_service_count,
        services,
        overlap,
        with_open_involvement: with_open,
        with_lead_worker: unified
            .families
            .iter()
            .filter(|f| f.lead_worker.is_some())
            .count() as u64,
        lead_worker_conflicts: unified.families.iter().filter(|f| f.lead_conflict).count() as u64,
        family_links: unified.family_links.len() as u64,
        formed_from_several_groupings: unified
            .families
            .iter()
            .filter(|f| f.groupings.len() > 1)
            .count() as u64,
        changed_by_rule: unified.family_formation.families_by_rule.clone(),
        formation_conflicts: formation_conflicts(unified),
        formation_conflicts_total: unified.family_formation.conflicts.len() as u64,
        lead_worker_conflict_list: lead_worker_conflicts(unified),
        free_text_parents: unified.family_formation.free_text_parents.clone(),
    }
}

fn formation_conflicts(unified: &Unified) -> Vec<FormationConflict> {
    let f = &unified.family_formation;
    let fid = |i: u32| unified.families[i as usize].id.clone();
    f.conflicts
        .iter()
        .take(LIST_LIMIT)
        .map(|c| {
            let g = &f.groupings[c.grouping as usize];
            FormationConflict {
                grouping: format!("{}:{}", unified.sources[g.source as usize].name, g.key),
                placed_in: fid(g.family),
                also_fits: c
                    .candidates
                    .iter()
                    .filter(|&&x| x != g.family)
                    .map(|&x| fid(x))
                    .collect(),
                reason: c.reason,
            }
        })
        .collect()
}

fn lead_worker_conflicts(unified: &Unified) -> Vec<LeadWorkerConflict> {
    unified
        .families
        .iter()
        .filter(|f| f.lead_conflict)
        .take(LIST_LIMIT)
        .map(|f| {
            let (lead_worker, lead_service) = f.lead_worker.clone().unwrap_or_default();
            let mut open: Vec<(String, String)> = f
                .involvements
                .iter()
                .map(|&i| &unified.involvements[i as usize])
                .filter(|i| i.is_open())
                .filter_map(|i| Some((i.service.clone(), i.worker.clone()?)))
                .collect();
            open.sort();
            open.dedup();
            LeadWorkerConflict {
                family: f.id.clone(),
                lead_worker,
                lead_service,
                open,
            }
        })
        .collect()
}

/// The reconciliation checks. `balanced` only when every one holds.
pub fn reconcile(
    extracts: &[SourceExtract],
    unified: &Unified,
    crosswalk_rows: u64,
    crosswalk_duplicates: u64,
) -> Reconciliation {
    let mut checks = Vec::new();
    for x in extracts {
        let name = &unified.sources[x.source as usize].name;
        checks.push(Check {
            name: format!("{name}: rows read = staged + skipped + rejected"),
            passed: x.balanced(),
            detail: format!(
                "{} = {} + {} + {}",
                x.rows_read,
                x.rows_staged,
                x.skipped.len(),
                x.rows_rejected
            ),
        });
    }
    // Person records leave the extracts when they are standardised: count
    // what reached the unified records, which is what the crosswalk lists.
    let staged = unified.records.len() as u64;
    checks.push(Check {
        name: "every staged person record is in the crosswalk exactly once".into(),
        passed: crosswalk_rows == staged && crosswalk_duplicates == 0,
        detail: format!(
            "{staged} staged, {crosswalk_rows} crosswalk rows, {crosswalk_duplicates} duplicated"
        ),
    });
    let assigned = unified.record_family.iter().filter(|f| f.is_some()).count() as u64;
    checks.push(Check {
        name: "every person record belongs to a unified person and family".into(),
        passed: unified.record_person.len() as u64 == staged && assigned == staged,
        detail: format!(
            "{} with a person, {assigned} with a family",
            unified.record_person.len()
        ),
    });
    Reconciliation {
        balanced: checks.iter().all(|c| c.passed),
        checks,
    }
}

fn create(path: &Path) -> Result<std::io::BufWriter<std::fs::File>> {
    std::fs::File::create(path)
        .map(std::io::BufWriter::new)
        .map_err(|e| Error::io(path, e))
}

/// Write `crosswalk.csv`, sorted by source and key. Returns (rows, duplicates).
pub fn write_crosswalk(path: &Path, unified: &Unified) -> Result<(u64, u64)> {
    let mut rows: Vec<(&str, &str, &str, &str)> = unified
        .records
        .iter()
        .enumerate()
        .map(|(r, rec)| {
            let person = &unified.persons[unified.record_person[r] as usize].id;
            let family =
                unified.record_family[r].map_or("", |f| unified.families[f as usize].id.as_str());
            (
                unified.sources[rec.source() as usize].name.as_str(),
                rec.key(),
                person.as_str(),
                family,
            )
        })
        .collect();
    rows.sort_unstable();
    let duplicates = rows
        .windows(2)
        .filter(|w| w[0].0 == w[1].0 && w[0].1 == w[1].1)
        .count() as u64;
    let mut w = csv::Writer::from_writer(create(path)?);
    let io = |e: csv::Error| Error::Other(format!("{}: {e}", path.display()));
    w.write_record(["source", "source_key", "person_id", "family_id"])
        .map_err(io)?;
    for r in &rows {
        w.write_record([r.0, r.1, r.2, r.3]).map_err(io)?;
    }
    w.flush().map_err(|e| Error::io(path, e))?;
    Ok((rows.len() as u64, duplicates))
}

/// Write `rejects.csv`: every rejected row, then every skipped row.
pub fn write_rejects(path: &Path, extracts: &[SourceExtract], unified: &Unified) -> Result<()> {
    let mut w = csv::Writer::from_writer(create(path)?);
    let io = |e: csv::Error| Error::Other(format!("{}: {e}", path.display()));
    w.write_record(["source", "source_key", "position", "column", "reason"])
        .map_err(io)?;
    for x in extracts {
        let name = unified.sources[x.source as usize].name.as_str();
        for r in &x.rejects {
            w.write_record([
                name,
                r.key.as_deref().unwrap_or(""),
                &r.position.to_string(),
                r.column.as_deref().unwrap_or(""),
                r.reason.as_str(),
            ])
            .map_err(io)?;
        }
        for (pos, why) in &x.skipped {
            w.write_record([name, "", &pos.to_string(), "", why.as_str()])
                .map_err(io)?;
        }
    }
    w.flush().map_err(|e| Error::io(path, e))
}

/// Write `report.json` and `report.html`.
pub fn write(out: &Path, report: &Report) -> Result<()> {
    let json = serde_json::to_string_pretty(report).map_err(|e| Error::Other(e.to_string()))?;
    let path = out.join("report.json");
    std::fs::write(&path, json + "\n").map_err(|e| Error::io(&path, e))?;
    let path = out.join("report.html");
    let mut f = create(&path)?;
    f.write_all(html::render(report).as_bytes())
        .map_err(|e| Error::io(&path, e))?;
    f.flush().map_err(|e| Error::io(&path, e))
}

/// A short Markdown summary for CI logs.
pub fn summary(report: &Report) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "## onefamily run {}{}\n\n",
        report.run.id,
        if report.run.dry_run { " (dry run)" } else { "" }
    ));
    s.push_str("| source | rows read | staged | skipped | rejected | person records |\n|---|---:|---:|---:|---:|---:|\n");
    for x in &report.sources {
        s.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            x.name, x.rows_read, x.rows_staged, x.rows_skipped, x.rows_rejected, x.records_staged
        ));
    }
    s.push_str(&format!(
        "\n{} person records → {} people; {} families, {} known to more than one service; {} lead-worker conflicts.\n",
        report.persons.records,
        report.persons.unified,
        report.families.unified,
        report.families.multi_service,
        report.families.lead_worker_conflicts
    ));
    if let Some(tables) = report.load.get("tables").and_then(|t| t.as_object()) {
        let sum = |k: &str| {
            tables
                .values()
                .filter_map(|c| c.get(k)?.as_u64())
                .sum::<u64>()
        };
        s.push_str(&format!(
            "Load{}: {} inserted, {} updated, {} unchanged, {} retired.\n",
            if report.run.dry_run {
                " (would be)"
            } else {
                ""
            },
            sum("inserted"),
            sum("updated"),
            sum("unchanged"),
            sum("retired")
        ));
    }
    s.push_str(&format!(
        "Reconciliation: {}\n",
        if report.reconciliation.balanced {
            "balanced"
        } else {
            "NOT BALANCED"
        }
    ));
    for c in report.reconciliation.checks.iter().filter(|c| !c.passed) {
        s.push_str(&format!("- failed: {} ({})\n", c.name, c.detail));
    }
    s
}
