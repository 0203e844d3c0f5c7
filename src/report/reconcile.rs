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

    let entities = entities(unified, load);
    for e in &entities {
        checks.push(Check {
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
                if load.dry_run {
                    "would be loaded"
                } else {
                    "loaded"
                }
            ),
        });
    }

    let mut control_totals = Vec::new();
    let mut open_by_service: BTreeMap<String, u64> = BTreeMap::new();
    let mut seen = std::collections::HashSet::new();
    for inv in &unified.involvements {
        if inv.is_open() && seen.insert((inv.source, inv.key.as_str())) {
            *open_by_service.entry(inv.service.clone()).or_default() += 1;
        }
    }
    let open_families = unified
        .families
        .iter()
        .filter(|f| {
            f.involvements
                .iter()
                .any(|&i| unified.involvements[i as usize].is_open())
        })
        .count() as u64;
    let v = load.verified.as_ref();
    if let Some(v) = v {
        let mut services: Vec<&String> = open_by_service
            .keys()
            .chain(v.open_involvements.keys())
            .collect();
        services.sort();
        services.dedup();
        for s in services {
            control_totals.push(ControlTotal {
                name: format!("open involvements: {s}"),
                staged: open_by_service.get(s).copied().unwrap_or(0),
                loaded: Some(v.open_involvements.get(s).copied().unwrap_or(0)),
            });
        }
    } else {
        for (s, n) in &open_by_service {
            control_totals.push(ControlTotal {
                name: format!("open involvements: {s}"),
                staged: *n,
                loaded: None,
            });
        }
    }
    control_totals.push(ControlTotal {
        name: "open families (one open plan each)".into(),
        staged: open_families,
        loaded: v.map(|v| v.open_plans),
    });
    let withdrawn: std::collections::HashSet<_> = unified
        .consents
        .iter()
        .filter(|c| c.is_withdrawn())
        .map(|c| (c.source, c.key.as_str()))
        .collect();
    control_totals.push(ControlTotal {
        name: "consents withdrawn".into(),
        staged: withdrawn.len() as u64,
        loaded: v.map(|v| v.withdrawn_consents),
    });
    if let Some(v) = v {
        let bad: Vec<&ControlTotal> = control_totals
            .iter()
            .filter(|c| c.loaded != Some(c.staged))
            .collect();
        checks.push(Check {
            name: "control totals: open involvements per service, open plans and withdrawn consents match the target"
                .into(),
            passed: bad.is_empty(),
            detail: if bad.is_empty() {
                format!(
                    "{} open involvements in {} services, {} open plans",
                    open_by_service.values().sum::<u64>(),
                    open_by_service.len(),
                    open_families
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
        });

        // Every kind the lineage holds, counted the same way.
        let mut kinds = vec![("person", staged)];
        crate::for_each_attached_kind!(R => {
            kinds.push((R::KIND, R::in_unified(unified).records.len() as u64));
        });
        let held = |k: &str| v.lineage.get(k).copied().unwrap_or(0);
        checks.push(Check {
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
        });

        // One check per table: its references to other tables.
        let mut tables: Vec<&str> = Vec::new();
        for r in &v.references {
            if !tables.contains(&r.table.as_str()) {
                tables.push(&r.table);
            }
        }
        for t in tables {
            let refs: Vec<&crate::load::Reference> =
                v.references.iter().filter(|r| r.table == t).collect();
            checks.push(Check {
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
            });
        }
    }
    Reconciliation {
        balanced: checks.iter().all(|c| c.passed),
        target_checked: v.is_some(),
        checks,
        entities,
        control_totals,
    }
}

/// Entity counts from staged records to target rows.
pub(super) fn entities(u: &Unified, load: &crate::load::LoadReport) -> Vec<EntityCount> {
    use std::collections::HashSet;
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
    let records = u.records.len() as u64;
    let persons = u.persons.len() as u64;
    let families = u.families.len() as u64;
    let groupings: u64 = u.families.iter().map(|f| f.groupings.len() as u64).sum();
    fn distinct<'a>(keys: impl Iterator<Item = (u16, &'a str)>) -> u64 {
        keys.collect::<HashSet<_>>().len() as u64
    }
    let inv_keys = Involvement::in_unified(u).distinct_keys();
    let ref_keys = Referral::in_unified(u).distinct_keys();
    let rec_keys = distinct(u.records.iter().map(|r| (r.source(), r.key())));
    let ass_keys = Assessment::in_unified(u).distinct_keys();
    let con_keys = Consent::in_unified(u).distinct_keys();
    // A need written twice on one assessment is one row.
    let needs: u64 = u.assessments.iter().map(|a| a.needs.len() as u64).sum();
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
    let (n_ass, n_con) = (u.assessments.len() as u64, u.consents.len() as u64);
    let open_families = u
        .families
        .iter()
        .filter(|f| {
            f.involvements
                .iter()
                .any(|&i| u.involvements[i as usize].is_open())
        })
        .count() as u64;
    let plan_items = distinct(
        u.families
            .iter()
            .flat_map(|f| f.involvements.iter())
            .map(|&i| &u.involvements[i as usize])
            .filter(|i| i.is_open())
            .map(|i| (i.source, i.key.as_str())),
    );
    let staged_all =
        records + u.involvements.len() as u64 + u.referrals.len() as u64 + n_ass + n_con;
    let e = |entity: &str,
             from: &str,
             staged: u64,
             merged: u64,
             excluded: u64,
             dup: u64,
             reason: &str| {
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
    vec![
        e(
            "person",
            "staged person records",
            records,
            records.saturating_sub(persons),
            0,
            0,
            "records of one person merge into one",
        ),
        e(
            "family",
            "source family groupings",
            groupings.max(families),
            groupings.saturating_sub(families),
            0,
            0,
            "groupings of one family in several services merge into one",
        ),
        e(
            "involvement",
            "staged involvements",
            u.involvements.len() as u64,
            0,
            0,
            u.involvements.len() as u64 - inv_keys,
            "one row per source key",
        ),
        e(
            "referral",
            "staged referrals",
            u.referrals.len() as u64,
            0,
            0,
            u.referrals.len() as u64 - ref_keys,
            "one row per source key",
        ),
        e(
            "assessment",
            "staged assessments",
            n_ass,
            0,
            0,
            n_ass - ass_keys,
            "one row per source key",
        ),
        e(
            "assessment_need",
            "needs on staged assessments",
            needs,
            0,
            0,
            needs - need_keys,
            "one row per need of an assessment; a need written twice is one row",
        ),
        e(
            "consent",
            "staged consents",
            n_con,
            0,
            0,
            n_con - con_keys,
            "one row per source key",
        ),
        e(
            "plan",
            "unified families",
            families,
            0,
            families - open_families,
            0,
            "a plan only for a family with an open involvement",
        ),
        e(
            "plan_item",
            "staged involvements",
            u.involvements.len() as u64,
            0,
            inv_keys - plan_items,
            u.involvements.len() as u64 - inv_keys,
            "plan items are the open involvements of a family; closed ones and ones with no family are not",
        ),
        e(
            "lineage",
            "staged records (persons, involvements, referrals, assessments, consents)",
            staged_all,
            0,
            0,
            (records - rec_keys)
                + (u.involvements.len() as u64 - inv_keys)
                + (u.referrals.len() as u64 - ref_keys)
                + (n_ass - ass_keys)
                + (n_con - con_keys),
            "one lineage row per source record",
        ),
    ]
}
