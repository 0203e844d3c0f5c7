//! Reports: the reconciliation pack a data team reads after every run.
//! `report.json` for CI gates, `report.html` for people, `crosswalk.csv`
//! (every source person record → unified person and family) and
//! `rejects.csv` (every rejected or skipped row with its position and
//! reason). Reports hold counts, codes and keys; never names, dates of birth
//! or identifiers.

pub mod gates;
pub mod html;
pub mod outcome;
pub mod quality;
mod reconcile;

pub use reconcile::reconcile;

use crate::error::{Error, Result};
use crate::model::{Assessment, Attached, Consent, Involvement, Referral, SourceExtract, Unified};
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
    pub assessments: u64,
    pub consents: u64,
    pub rejects_by_reason: BTreeMap<String, u64>,
    pub skipped_by_reason: BTreeMap<String, u64>,
    /// The first rejected rows (`html::SHOWN`), for the page to list with
    /// their positions; rejects.csv holds them all.
    #[serde(skip)]
    pub reject_list: Vec<RejectLine>,
    /// Data rows counted independently of the parser (file sources).
    pub physical_rows: Option<u64>,
    /// Coverage, header fit and date parsing (see `extract::count`).
    pub integrity: crate::model::integrity::Integrity,
    /// What is wrong with this source, worst first (`outcome`): `empty`,
    /// `fully_rejected`, `over_reject_gate`, `counts_part`, … Empty when
    /// nothing is.
    pub problems: Vec<&'static str>,
}

/// A rejected row as the page lists it.
#[derive(Clone, Debug, Default)]
pub struct RejectLine {
    pub key: String,
    pub position: String,
    pub column: String,
    pub reason: String,
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
    /// Families no real family could be, for a person to split (first 200;
    /// see `link::family_checks`), and how many fail each check.
    pub implausible_families: Vec<ImplausibleFamilyRow>,
    pub implausible_families_total: u64,
    pub implausible_by_reason: BTreeMap<&'static str, u64>,
    /// Families whose open involvements are led by different workers (first 200).
    pub lead_worker_conflict_list: Vec<LeadWorkerConflict>,
    /// Parents named only in free text: matched to a known adult, or not
    /// (never created as persons).
    pub free_text_parents: crate::link::family::FreeTextParents,
    /// Early Help Assessments and consents carried onto the families.
    pub assessments: AssessmentsSection,
    /// Every formation and lead-worker conflict (the lists above stop at
    /// 200): the page writes them whole to CSV files beside it.
    #[serde(skip)]
    pub all_formation_conflicts: Vec<FormationConflict>,
    #[serde(skip)]
    pub all_lead_worker_conflicts: Vec<LeadWorkerConflict>,
    #[serde(skip)]
    pub all_implausible_families: Vec<ImplausibleFamilyRow>,
    /// What `explain-family` says of each family the page names.
    #[serde(skip)]
    pub explained: std::sync::Arc<Vec<crate::link::family_explain::FamilyExplanation>>,
}

/// Assessments and consents on the unified families.
#[derive(Clone, Debug, Default, Serialize)]
pub struct AssessmentsSection {
    pub assessments: u64,
    /// Assessments that reached no family (their person or family key
    /// matched no record): loaded, but on nobody's family.
    pub assessments_without_family: u64,
    pub families_with_assessment: u64,
    /// Assessments per family → families (families with none included).
    pub assessments_per_family: BTreeMap<u64, u64>,
    /// Families with an open plan (an open involvement) and no assessment:
    /// Supporting Families asks for a whole-family assessment first.
    pub open_plan_without_assessment: u64,
    pub consents: u64,
    pub consents_withdrawn: u64,
    pub families_with_consent: u64,
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

/// An implausible family: its ID, make-up and every check it fails.
#[derive(Clone, Debug, Serialize)]
pub struct ImplausibleFamilyRow {
    pub family: String,
    pub adults: u32,
    pub children: u32,
    pub reasons: Vec<String>,
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

/// One kind of entity from the sources to the target: how many the run
/// staged, why fewer are loaded (merged, excluded by a rule, duplicate
/// source keys), and how many the target holds.
#[derive(Clone, Debug, Serialize)]
pub struct EntityCount {
    pub entity: String,
    /// What the count starts from (e.g. "staged person records").
    pub from: String,
    pub staged: u64,
    /// Staged records folded into another one (persons, families).
    pub merged: u64,
    /// Left out by a rule (e.g. no plan for a family with no open work).
    pub excluded: u64,
    /// Staged twice under the same source key: loaded once.
    pub duplicate_keys: u64,
    pub expected: u64,
    /// Active rows in the target (after a dry run: the rows it would hold).
    pub loaded: u64,
    pub reason: String,
}

/// A control total: a figure the service knows, from the staged records and
/// from the loaded target.
#[derive(Clone, Debug, Serialize)]
pub struct ControlTotal {
    pub name: String,
    pub staged: u64,
    /// `None` after a dry run: nothing was loaded to count.
    pub loaded: Option<u64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Reconciliation {
    pub balanced: bool,
    /// Whether the checks on the loaded target ran (not in a dry run).
    pub target_checked: bool,
    pub checks: Vec<Check>,
    pub entities: Vec<EntityCount>,
    pub control_totals: Vec<ControlTotal>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The run's result, first: `passed`, `failed_gates` or `not_balanced`.
    pub result: outcome::Verdict,
    pub run: RunSection,
    /// Where each source's extract came from: read now, reused from the
    /// staging store, or a snapshot's.
    pub staging: crate::model::staging::Staging,
    pub sources: Vec<SourceSection>,
    pub persons: PersonsSection,
    pub linkage: crate::link::LinkStats,
    pub families: FamiliesSection,
    pub quality: Vec<quality::SourceQuality>,
    pub load: serde_json::Value,
    pub reconciliation: Reconciliation,
    /// Reviewers' decisions: read, applied, stale, in conflict.
    pub review: crate::review::ReviewSection,
    /// CI gates (see `gates`); the run exits 1 when one fails.
    pub gates: Vec<gates::GateResult>,
    /// What a data team should look at though no gate failed: unread
    /// columns and sheets, one line each.
    pub warnings: Vec<String>,
}

impl Report {
    /// Balanced, and every gate passed.
    pub fn passed(&self) -> bool {
        self.reconciliation.balanced && self.gates.iter().all(|g| g.passed)
    }
}

/// Per-source counts from the extracts and the unified records.
pub fn sources(extracts: &[SourceExtract], unified: &Unified) -> Vec<SourceSection> {
    let mut records = vec![0u64; unified.sources.len()];
    for r in &unified.records {
        records[r.source() as usize] += 1;
    }
    let n = unified.sources.len();
    let involvements = Involvement::in_unified(unified).per_source(n);
    let referrals = Referral::in_unified(unified).per_source(n);
    let assessments = Assessment::in_unified(unified).per_source(n);
    let consents = Consent::in_unified(unified).per_source(n);
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
                assessments: assessments[x.source as usize],
                consents: consents[x.source as usize],
                rejects_by_reason,
                skipped_by_reason,
                reject_list: x
                    .rejects
                    .iter()
                    .take(html::SHOWN)
                    .map(|r| RejectLine {
                        key: r.key.clone().unwrap_or_default(),
                        position: r.position.to_string(),
                        column: r.column.clone().unwrap_or_default(),
                        reason: r.reason.as_str().to_string(),
                    })
                    .collect(),
                physical_rows: x.physical_rows,
                integrity: x.integrity.clone(),
                problems: Vec::new(),
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
    let (all_formation, all_lead) = (formation_conflicts(unified), lead_worker_conflicts(unified));
    let all_implausible = implausible_families(unified);
    let mut section = FamiliesSection {
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
        formation_conflicts: all_formation.iter().take(LIST_LIMIT).cloned().collect(),
        formation_conflicts_total: unified.family_formation.conflicts.len() as u64,
        lead_worker_conflict_list: all_lead.iter().take(LIST_LIMIT).cloned().collect(),
        implausible_families: all_implausible.iter().take(LIST_LIMIT).cloned().collect(),
        implausible_families_total: all_implausible.len() as u64,
        implausible_by_reason: unified
            .family_formation
            .implausible
            .iter()
            .flat_map(|f| &f.reasons)
            .fold(BTreeMap::new(), |mut m, r| {
                *m.entry(r.as_str()).or_insert(0) += 1;
                m
            }),
        all_implausible_families: all_implausible,
        free_text_parents: unified.family_formation.free_text_parents.clone(),
        assessments: assessments(unified),
        all_formation_conflicts: all_formation,
        all_lead_worker_conflicts: all_lead,
        explained: Default::default(),
    };
    section.explained = std::sync::Arc::new(html::families::explain_named(
        unified,
        &section,
        html::SHOWN,
    ));
    section
}

/// Assessments and consents per family, and the open plans with no assessment.
pub fn assessments(u: &Unified) -> AssessmentsSection {
    let mut per_family = vec![0u64; u.families.len()];
    for f in u.assessment_family.iter().flatten() {
        if let Some(n) = per_family.get_mut(*f as usize) {
            *n += 1;
        }
    }
    let mut consent_families = vec![false; u.families.len()];
    for f in u.consent_family.iter().flatten() {
        if let Some(b) = consent_families.get_mut(*f as usize) {
            *b = true;
        }
    }
    let mut assessments_per_family = BTreeMap::new();
    for n in &per_family {
        *assessments_per_family.entry(*n).or_insert(0) += 1;
    }
    let open_plan_without_assessment = u
        .families
        .iter()
        .zip(&per_family)
        .filter(|(f, n)| {
            **n == 0
                && f.involvements
                    .iter()
                    .any(|&i| u.involvements[i as usize].is_open())
        })
        .count() as u64;
    AssessmentsSection {
        assessments: u.assessments.len() as u64,
        assessments_without_family: (0..u.assessments.len())
            .filter(|&i| u.assessment_family.get(i).copied().flatten().is_none())
            .count() as u64,
        families_with_assessment: per_family.iter().filter(|n| **n > 0).count() as u64,
        assessments_per_family,
        open_plan_without_assessment,
        consents: u.consents.len() as u64,
        consents_withdrawn: u.consents.iter().filter(|c| c.is_withdrawn()).count() as u64,
        families_with_consent: consent_families.iter().filter(|b| **b).count() as u64,
    }
}

fn formation_conflicts(unified: &Unified) -> Vec<FormationConflict> {
    let f = &unified.family_formation;
    let fid = |i: u32| unified.families[i as usize].id.clone();
    f.conflicts
        .iter()
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

fn implausible_families(unified: &Unified) -> Vec<ImplausibleFamilyRow> {
    unified
        .family_formation
        .implausible
        .iter()
        .map(|f| ImplausibleFamilyRow {
            family: unified.families[f.family as usize].id.clone(),
            adults: f.adults,
            children: f.children,
            reasons: f.reasons.iter().map(|r| r.describe()).collect(),
        })
        .collect()
}

fn lead_worker_conflicts(unified: &Unified) -> Vec<LeadWorkerConflict> {
    unified
        .families
        .iter()
        .filter(|f| f.lead_conflict)
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

fn create(path: &Path) -> Result<std::io::BufWriter<std::fs::File>> {
    std::fs::File::create(path)
        .map(std::io::BufWriter::new)
        .map_err(|e| Error::io(path, e))
}

/// Write `crosswalk.csv`, sorted by source and key. Returns (rows, duplicates).
///
/// The records' indexes are sorted (16 bytes a record, with what most
/// comparisons need) rather than rows of the four texts (64 bytes a
/// record): at a million records those rows were the last stage's peak,
/// and the run's.
pub fn write_crosswalk(path: &Path, unified: &Unified) -> Result<(u64, u64)> {
    let row = |r: u32| {
        let r = r as usize;
        let rec = &unified.records[r];
        let person = unified.persons[unified.record_person[r] as usize]
            .id
            .as_str();
        let family =
            unified.record_family[r].map_or("", |f| unified.families[f as usize].id.as_str());
        (
            unified.sources[rec.source() as usize].name.as_str(),
            rec.key(),
            person,
            family,
        )
    };
    // Sources by name, once: the sort then compares two numbers first.
    let mut by_name: Vec<usize> = (0..unified.sources.len()).collect();
    by_name.sort_by(|&a, &b| unified.sources[a].name.cmp(&unified.sources[b].name));
    let mut rank = vec![0u32; unified.sources.len()];
    for (n, &s) in by_name.iter().enumerate() {
        // Sources of one name share a rank, as their names compare equal.
        rank[s] = match n {
            0 => 0,
            _ if unified.sources[s].name == unified.sources[by_name[n - 1]].name => {
                rank[by_name[n - 1]]
            }
            _ => n as u32,
        };
    }
    let rank_of = |r: u32| rank[unified.records[r as usize].source() as usize];
    let key = |r: u32| unified.records[r as usize].key();
    // Each row sorts by its source's rank and its key's first eight bytes
    // (zero-padded, so they order as the keys do) held beside its index:
    // most comparisons then read no record.
    let prefix = |k: &str| {
        let mut b = [0u8; 8];
        let n = k.len().min(8);
        b[..n].copy_from_slice(&k.as_bytes()[..n]);
        u64::from_be_bytes(b)
    };
    let mut rows: Vec<(u32, u64, u32)> = (0..unified.records.len() as u32)
        .map(|r| (rank_of(r), prefix(key(r)), r))
        .collect();
    // In parallel: rows that compare equal are equal in every column, so
    // the order written is the same as a sequential sort's.
    rayon::slice::ParallelSliceMut::par_sort_unstable_by(&mut rows[..], |a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then_with(|| key(a.2).cmp(key(b.2)))
            .then_with(|| {
                let (x, y) = (row(a.2), row(b.2));
                (x.2, x.3).cmp(&(y.2, y.3))
            })
    });
    let duplicates = rows
        .windows(2)
        .filter(|w| w[0].0 == w[1].0 && key(w[0].2) == key(w[1].2))
        .count() as u64;
    let mut w = csv::Writer::from_writer(create(path)?);
    let io = |e: csv::Error| Error::Other(format!("{}: {e}", path.display()));
    w.write_record(["source", "source_key", "person_id", "family_id"])
        .map_err(io)?;
    for &(_, _, r) in &rows {
        let r = row(r);
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

/// Write `report.json`, `report.html` and the CSV lists the page links to.
pub fn write(out: &Path, report: &Report) -> Result<()> {
    let json = serde_json::to_string_pretty(report).map_err(|e| Error::Other(e.to_string()))?;
    let path = out.join("report.json");
    std::fs::write(&path, json + "\n").map_err(|e| Error::io(&path, e))?;
    let path = out.join("report.html");
    let mut f = create(&path)?;
    f.write_all(html::render(report).as_bytes())
        .map_err(|e| Error::io(&path, e))?;
    f.flush().map_err(|e| Error::io(&path, e))?;
    html::write_lists(out, report)
}

/// A short Markdown summary for CI logs: per source counts, the load's
/// changes per table (what a dry run would change), the checks and the
/// gates.
pub fn summary(report: &Report) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let dry = report.run.dry_run;
    s.push_str(&outcome::headline(report));
    let _ = writeln!(
        s,
        "## onefamily run {}{}\n",
        report.run.id,
        if dry {
            " (dry run: nothing written)"
        } else {
            ""
        }
    );
    let st = &report.staging;
    let _ = writeln!(
        s,
        "Extracts: {} sources read, {} reused from the staging store{}.\n",
        st.sources_read,
        st.sources.len() as u64 - st.sources_read,
        st.snapshot
            .as_ref()
            .map(|f| format!(" (snapshot {f})"))
            .unwrap_or_default()
    );
    if let Some(l) = &st.link {
        let _ = writeln!(s, "Link: {}.\n", l.note);
    }
    s.push_str("### Sources\n\n| source | rows read | staged | skipped | rejected | person records |\n|---|---:|---:|---:|---:|---:|\n");
    let mut total = [0u64; 5];
    for x in &report.sources {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} |",
            x.name, x.rows_read, x.rows_staged, x.rows_skipped, x.rows_rejected, x.records_staged
        );
        for (t, v) in total.iter_mut().zip([
            x.rows_read,
            x.rows_staged,
            x.rows_skipped,
            x.rows_rejected,
            x.records_staged,
        ]) {
            *t += v;
        }
    }
    let _ = writeln!(
        s,
        "| **total** | {} | {} | {} | {} | {} |",
        total[0], total[1], total[2], total[3], total[4]
    );
    let _ = writeln!(
        s,
        "\n{} person records → {} people; {} families, {} known to more than one service; {} lead-worker conflicts.",
        report.persons.records,
        report.persons.unified,
        report.families.unified,
        report.families.multi_service,
        report.families.lead_worker_conflicts
    );
    if let Some(tables) = report.load.get("tables").and_then(|t| t.as_object()) {
        let _ = writeln!(
            s,
            "\n### Load{}\n\n| table | inserted | updated | unchanged | retired |\n|---|---:|---:|---:|---:|",
            if dry { ": what a real run would do" } else { "" }
        );
        let mut sum = [0u64; 4];
        for (name, c) in tables {
            let n: Vec<u64> = ["inserted", "updated", "unchanged", "retired"]
                .iter()
                .map(|k| c.get(*k).and_then(|v| v.as_u64()).unwrap_or(0))
                .collect();
            for (t, v) in sum.iter_mut().zip(&n) {
                *t += v;
            }
            let _ = writeln!(s, "| {name} | {} | {} | {} | {} |", n[0], n[1], n[2], n[3]);
        }
        let _ = writeln!(
            s,
            "| **total** | {} | {} | {} | {} |",
            sum[0], sum[1], sum[2], sum[3]
        );
    }
    let rec = &report.reconciliation;
    let _ = writeln!(
        s,
        "\n### Reconciliation: {}\n\n| check | result | detail |\n|---|---|---|",
        if rec.balanced {
            "balanced"
        } else {
            "NOT BALANCED"
        }
    );
    for c in &rec.checks {
        let _ = writeln!(
            s,
            "| {} | {} | {} |",
            c.name.replace('|', "/"),
            if c.passed { "pass" } else { "**FAIL**" },
            c.detail.replace('|', "/")
        );
    }
    if !rec.target_checked {
        s.push_str("\nChecks on the loaded target (lineage, control totals, integrity) not run: nothing was loaded.\n");
    }
    if !report.gates.is_empty() {
        s.push_str("\n### Gates\n\n| gate | threshold | value | result |\n|---|---|---|---|\n");
        for g in &report.gates {
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} |",
                g.name,
                g.threshold,
                g.value,
                if g.passed { "pass" } else { "**FAIL**" }
            );
        }
    }
    let failed_checks = rec.checks.iter().filter(|c| !c.passed).count();
    let failed_gates = report.gates.iter().filter(|g| !g.passed).count();
    let _ = writeln!(
        s,
        "\n**Result: {}**",
        if failed_checks + failed_gates == 0 {
            "passed".to_string()
        } else {
            format!("{failed_checks} check(s) and {failed_gates} gate(s) failed")
        }
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Role, SourceInfo, StagedPerson, UnifiedFamily, UnifiedPerson};

    /// Sources named out of order and two of one name, keys out of order,
    /// a key in two sources of one name, a record with no family: the
    /// crosswalk is the rows of the four texts sorted, as it was written
    /// before it sorted record indexes.
    #[test]
    fn the_crosswalk_is_the_rows_sorted_by_their_texts() {
        let source = |name: &str| SourceInfo {
            name: name.into(),
            service: "S".into(),
            kind: "csv".into(),
        };
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let record = |s: u16, key: &str| {
            let staged = StagedPerson {
                source: s,
                key: key.into(),
                ..Default::default()
            };
            crate::standardise::person(staged, day)
        };
        // Keys past the eight bytes the sort holds beside each row, too.
        let recs = [
            (0, "k2"),
            (0, "k10"),
            (1, "k1"),
            (2, "k1"),
            (0, "k1"),
            (2, "a"),
            (1, "abcdefgh-2"),
            (1, "abcdefgh-10"),
            (1, "abcdefgh"),
        ];
        let u = Unified {
            sources: vec![source("b"), source("a"), source("b")],
            records: recs.iter().map(|&(s, k)| record(s, k)).collect(),
            record_person: vec![2, 0, 1, 2, 0, 1, 0, 2, 1],
            record_family: vec![
                Some(1),
                Some(0),
                None,
                Some(0),
                Some(1),
                Some(0),
                None,
                Some(1),
                Some(0),
            ],
            persons: ["P9", "P1", "P5"]
                .iter()
                .map(|id| UnifiedPerson::bare(id.to_string(), Role::Child, vec![]))
                .collect(),
            families: ["F2", "F1"]
                .iter()
                .map(|id| UnifiedFamily {
                    id: id.to_string(),
                    members: vec![],
                    groupings: vec![],
                    involvements: vec![],
                    lead_worker: None,
                    lead_conflict: false,
                })
                .collect(),
            ..Default::default()
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("crosswalk.csv");
        let (rows, duplicates) = write_crosswalk(&path, &u).unwrap();
        assert_eq!((rows, duplicates), (9, 1), "k1 twice in sources named b");
        let mut want: Vec<[&str; 4]> = (0..recs.len())
            .map(|r| {
                let s = u.records[r].source() as usize;
                let f = u.record_family[r].map_or("", |f| u.families[f as usize].id.as_str());
                let p = u.persons[u.record_person[r] as usize].id.as_str();
                [u.sources[s].name.as_str(), u.records[r].key(), p, f]
            })
            .collect();
        want.sort();
        let mut text = String::from("source,source_key,person_id,family_id\n");
        for r in &want {
            text.push_str(&r.join(","));
            text.push('\n');
        }
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        assert!(text.starts_with("source,source_key,person_id,family_id\na,abcdefgh,"));
    }
}
