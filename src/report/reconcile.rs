//! Reconciliation: every source row is staged, skipped or rejected; every
//! staged record is in the crosswalk and in the target's lineage exactly
//! once, counted per record kind the same way; the target's rows point at
//! active rows; and the control totals match what was loaded.

use super::*;
use crate::model::{Assessment, Attached, Consent, Involvement, Record, Referral};

/// The reconciliation: the checks, the entity counts from sources to target
/// and the control totals. `balanced` only when every check holds. The
/// checks on the loaded target (lineage, control totals, references) run on
/// what the load read back; a dry run has none.
pub fn reconcile(
    extracts: &[SourceExtract],
    unified: &Unified,
    crosswalk_rows: u64,
    crosswalk_duplicates: u64,
    load: &crate::load::LoadReport,
) -> Reconciliation {
    let mut checks = source_checks(extracts, unified);
    checks.extend(record_checks(unified, crosswalk_rows, crosswalk_duplicates));
    let entities = entities(unified, load);
    checks.extend(entities.iter().map(|e| entity_check(e, load.dry_run)));
    let staged = StagedTotals::of(unified);
    let v = load.verified.as_ref();
    let control_totals = staged.against(v);
    if let Some(v) = v {
        checks.push(control_totals_check(&control_totals, &staged));
        checks.push(lineage_check(unified, v));
        checks.extend(reference_checks(v));
    }
    Reconciliation {
        balanced: checks.iter().all(|c| c.passed),
        target_checked: v.is_some(),
        checks,
        entities,
        control_totals,
    }
}

/// For every source: rows read = staged + skipped + rejected.
fn source_checks(extracts: &[SourceExtract], unified: &Unified) -> Vec<Check> {
    extracts
        .iter()
        .map(|x| Check {
            name: format!(
                "{}: rows read = staged + skipped + rejected",
                unified.sources[x.source as usize].name
            ),
            passed: x.balanced(),
            detail: format!(
                "{} = {} + {} + {}",
                x.rows_read,
                x.rows_staged,
                x.skipped.len(),
                x.rows_rejected
            ),
        })
        .collect()
}

/// Every staged person record is in the crosswalk once, and has a person
/// and a family.
fn record_checks(unified: &Unified, crosswalk_rows: u64, crosswalk_duplicates: u64) -> [Check; 2] {
    // Person records leave the extracts when they are standardised: count
    // what reached the unified records, which is what the crosswalk lists.
    let staged = unified.records.len() as u64;
    let assigned = unified.record_family.iter().filter(|f| f.is_some()).count() as u64;
    [
        Check {
            name: "every staged person record is in the crosswalk exactly once".into(),
            passed: crosswalk_rows == staged && crosswalk_duplicates == 0,
            detail: format!(
                "{staged} staged, {crosswalk_rows} crosswalk rows, {crosswalk_duplicates} duplicated"
            ),
        },
        Check {
            name: "every person record belongs to a unified person and family".into(),
            passed: unified.record_person.len() as u64 == staged && assigned == staged,
            detail: format!(
                "{} with a person, {assigned} with a family",
                unified.record_person.len()
            ),
        },
    ]
}

/// One entity's staged count against its loaded count.
fn entity_check(e: &EntityCount, dry_run: bool) -> Check {
    Check {
        name: format!(
            "{}: {} → loaded, every difference explained",
            e.entity, e.from
        ),
        passed: e.expected == e.loaded,
        detail: format!(
            "{} staged − {} merged − {} excluded − {} duplicate keys = {} expected; {} {}",
            e.staged,
            e.merged,
            e.excluded,
            e.duplicate_keys,
            e.expected,
            e.loaded,
            if dry_run { "would be loaded" } else { "loaded" }
        ),
    }
}

/// The control totals of the staged records.
struct StagedTotals {
    /// Open involvements per service, each source key once.
    open_by_service: BTreeMap<String, u64>,
    /// Families with an open involvement: one open plan each.
    open_families: u64,
    /// Withdrawn consents, each source key once.
    withdrawn: u64,
}

impl StagedTotals {
    fn of(unified: &Unified) -> StagedTotals {
        let mut open_by_service: BTreeMap<String, u64> = BTreeMap::new();
        let mut seen = std::collections::HashSet::new();
        for inv in &unified.involvements {
            if inv.is_open() && seen.insert((inv.source, inv.key.as_str())) {
                *open_by_service.entry(inv.service.clone()).or_default() += 1;
            }
        }
        let withdrawn: std::collections::HashSet<_> = unified
            .consents
            .iter()
            .filter(|c| c.is_withdrawn())
            .map(|c| (c.source, c.key.as_str()))
            .collect();
        StagedTotals {
            open_by_service,
            open_families: open_families(unified),
            withdrawn: withdrawn.len() as u64,
        }
    }

    /// The totals beside what the target holds (`None` in a dry run); every
    /// service either side names has its line.
    fn against(&self, v: Option<&crate::load::Verified>) -> Vec<ControlTotal> {
        let mut totals = Vec::new();
        if let Some(v) = v {
            let mut services: Vec<&String> = self
                .open_by_service
                .keys()
                .chain(v.open_involvements.keys())
                .collect();
            services.sort();
            services.dedup();
            for s in services {
                totals.push(ControlTotal {
                    name: format!("open involvements: {s}"),
                    staged: self.open_by_service.get(s).copied().unwrap_or(0),
                    loaded: Some(v.open_involvements.get(s).copied().unwrap_or(0)),
                });
            }
        } else {
            for (s, n) in &self.open_by_service {
                totals.push(ControlTotal {
                    name: format!("open involvements: {s}"),
                    staged: *n,
                    loaded: None,
                });
            }
        }
        totals.push(ControlTotal {
            name: "open families (one open plan each)".into(),
            staged: self.open_families,
            loaded: v.map(|v| v.open_plans),
        });
        totals.push(ControlTotal {
            name: "consents withdrawn".into(),
            staged: self.withdrawn,
            loaded: v.map(|v| v.withdrawn_consents),
        });
        totals
    }
}

/// Families with at least one open involvement.
fn open_families(u: &Unified) -> u64 {
    u.families
        .iter()
        .filter(|f| {
            f.involvements
                .iter()
                .any(|&i| u.involvements[i as usize].is_open())
        })
        .count() as u64
}

/// Every control total matches the target; the detail names those that
/// do not.
fn control_totals_check(totals: &[ControlTotal], staged: &StagedTotals) -> Check {
    let bad: Vec<&ControlTotal> = totals
        .iter()
        .filter(|c| c.loaded != Some(c.staged))
        .collect();
    Check {
        name: "control totals: open involvements per service, open plans and withdrawn consents match the target"
            .into(),
        passed: bad.is_empty(),
        detail: if bad.is_empty() {
            format!(
                "{} open involvements in {} services, {} open plans",
                staged.open_by_service.values().sum::<u64>(),
                staged.open_by_service.len(),
                staged.open_families
            )
        } else {
            bad.iter()
                .map(|c| {
                    format!(
                        "{}: {} staged, {} loaded",
                        c.name,
                        c.staged,
                        c.loaded.unwrap_or(0)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        },
    }
}

/// Every kind the lineage holds, counted the same way: each staged record
/// once, and no kind the run did not stage.
fn lineage_check(unified: &Unified, v: &crate::load::Verified) -> Check {
    let mut kinds = vec![("person", unified.records.len() as u64)];
    crate::for_each_attached_kind!(R => {
        kinds.push((R::KIND, R::in_unified(unified).records.len() as u64));
    });
    let held = |k: &str| v.lineage.get(k).copied().unwrap_or(0);
    Check {
        name: "every staged record is in the target's lineage exactly once".into(),
        passed: kinds.iter().all(|(k, n)| held(k) == *n)
            && v.lineage_duplicates == 0
            && v.lineage
                .keys()
                .all(|k| kinds.iter().any(|(kind, _)| kind == k)),
        detail: format!(
            "{}; {} held twice",
            kinds
                .iter()
                .map(|(k, n)| format!("{k} {n} staged, {} in lineage", held(k)))
                .collect::<Vec<_>>()
                .join("; "),
            v.lineage_duplicates
        ),
    }
}

/// One check per table, in the order the load read them back: its
/// references to other tables point at active rows.
fn reference_checks(v: &crate::load::Verified) -> Vec<Check> {
    let mut tables: Vec<&str> = Vec::new();
    for r in &v.references {
        if !tables.contains(&r.table.as_str()) {
            tables.push(&r.table);
        }
    }
    tables
        .into_iter()
        .map(|t| {
            let refs: Vec<&crate::load::Reference> =
                v.references.iter().filter(|r| r.table == t).collect();
            Check {
                name: format!("integrity: every active {t} row points at active rows"),
                passed: refs.iter().all(|r| r.orphans == 0),
                detail: refs
                    .iter()
                    .map(|r| {
                        format!(
                            "{} → {}: {} of {} orphaned",
                            r.column, r.points_at, r.orphans, r.rows
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            }
        })
        .collect()
}

/// What the run staged of each entity, and how many distinct source keys.
struct Staged {
    records: u64,
    record_keys: u64,
    persons: u64,
    families: u64,
    groupings: u64,
    involvements: u64,
    involvement_keys: u64,
    referrals: u64,
    referral_keys: u64,
    assessments: u64,
    assessment_keys: u64,
    consents: u64,
    consent_keys: u64,
    needs: u64,
    /// A need written twice on one assessment is one row.
    need_keys: u64,
    open_families: u64,
    /// Open involvements of a family, each source key once.
    plan_items: u64,
}

impl Staged {
    fn of(u: &Unified) -> Staged {
        use std::collections::HashSet;
        fn distinct<'a>(keys: impl Iterator<Item = (u16, &'a str)>) -> u64 {
            keys.collect::<HashSet<_>>().len() as u64
        }
        let need_keys = u
            .assessments
            .iter()
            .flat_map(|a| {
                a.needs.iter().map(move |n| {
                    (
                        a.source,
                        a.key.as_str(),
                        n.code.as_deref().unwrap_or(&n.raw),
                    )
                })
            })
            .collect::<HashSet<_>>()
            .len() as u64;
        let plan_items = distinct(
            u.families
                .iter()
                .flat_map(|f| f.involvements.iter())
                .map(|&i| &u.involvements[i as usize])
                .filter(|i| i.is_open())
                .map(|i| (i.source, i.key.as_str())),
        );
        Staged {
            records: u.records.len() as u64,
            record_keys: distinct(u.records.iter().map(|r| (r.source(), r.key()))),
            persons: u.persons.len() as u64,
            families: u.families.len() as u64,
            groupings: u.families.iter().map(|f| f.groupings.len() as u64).sum(),
            involvements: u.involvements.len() as u64,
            involvement_keys: Involvement::in_unified(u).distinct_keys(),
            referrals: u.referrals.len() as u64,
            referral_keys: Referral::in_unified(u).distinct_keys(),
            assessments: u.assessments.len() as u64,
            assessment_keys: Assessment::in_unified(u).distinct_keys(),
            consents: u.consents.len() as u64,
            consent_keys: Consent::in_unified(u).distinct_keys(),
            needs: u.assessments.iter().map(|a| a.needs.len() as u64).sum(),
            need_keys,
            open_families: open_families(u),
            plan_items,
        }
    }
}

/// Entity counts from staged records to target rows.
pub(super) fn entities(u: &Unified, load: &crate::load::LoadReport) -> Vec<EntityCount> {
    let s = Staged::of(u);
    let loaded = |table: &str| -> u64 {
        match &load.verified {
            Some(v) => v.active_rows.get(table).copied().unwrap_or(0),
            // What the target would hold after the load: every row the run
            // produces; the rest is retired.
            None => load
                .tables
                .get(table)
                .map(|c| c.inserted + c.updated + c.unchanged)
                .unwrap_or(0),
        }
    };
    let e =
        |entity: &str, from: &str, staged: u64, [merged, excluded, dup]: [u64; 3], reason: &str| {
            EntityCount {
                entity: entity.into(),
                from: from.into(),
                staged,
                merged,
                excluded,
                duplicate_keys: dup,
                expected: staged.saturating_sub(merged + excluded + dup),
                loaded: loaded(entity),
                reason: reason.into(),
            }
        };
    // A kind loaded one row per source key: only duplicate keys fall away.
    let keyed = |entity: &str, from: &str, staged: u64, keys: u64| {
        e(
            entity,
            from,
            staged,
            [0, 0, staged - keys],
            "one row per source key",
        )
    };
    let staged_all = s.records + s.involvements + s.referrals + s.assessments + s.consents;
    let duplicates = (s.records - s.record_keys)
        + (s.involvements - s.involvement_keys)
        + (s.referrals - s.referral_keys)
        + (s.assessments - s.assessment_keys)
        + (s.consents - s.consent_keys);
    vec![
        e(
            "person",
            "staged person records",
            s.records,
            [s.records.saturating_sub(s.persons), 0, 0],
            "records of one person merge into one",
        ),
        e(
            "family",
            "source family groupings",
            s.groupings.max(s.families),
            [s.groupings.saturating_sub(s.families), 0, 0],
            "groupings of one family in several services merge into one",
        ),
        keyed("involvement", "staged involvements", s.involvements, s.involvement_keys),
        keyed("referral", "staged referrals", s.referrals, s.referral_keys),
        keyed("assessment", "staged assessments", s.assessments, s.assessment_keys),
        e(
            "assessment_need",
            "needs on staged assessments",
            s.needs,
            [0, 0, s.needs - s.need_keys],
            "one row per need of an assessment; a need written twice is one row",
        ),
        keyed("consent", "staged consents", s.consents, s.consent_keys),
        e(
            "plan",
            "unified families",
            s.families,
            [0, s.families - s.open_families, 0],
            "a plan only for a family with an open involvement",
        ),
        e(
            "plan_item",
            "staged involvements",
            s.involvements,
            [0, s.involvement_keys - s.plan_items, s.involvements - s.involvement_keys],
            "plan items are the open involvements of a family; closed ones and ones with no family are not",
        ),
        e(
            "lineage",
            "staged records (persons, involvements, referrals, assessments, consents)",
            staged_all,
            [0, 0, duplicates],
            "one lineage row per source record",
        ),
    ]
}
