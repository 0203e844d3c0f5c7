//! The families the page names (in its conflict lists), each with what
//! `onefamily explain-family` says of it: the source groupings, the joins
//! and the person links behind them, the members with their records, the
//! near misses kept apart, and the lead worker. Keys and IDs only, no names
//! of family members.

use super::format::count;
use super::view::{Cell, Table};
use crate::link::family_explain::{explain_family, FamilyExplanation};
use crate::model::{Role, Unified};
use crate::report::FamiliesSection;
use serde::Serialize;

/// Explain the families that the first `shown` rows of the page's family
/// lists name, in ID order (one explanation per family).
pub fn explain_named(u: &Unified, f: &FamiliesSection, shown: usize) -> Vec<FamilyExplanation> {
    let mut ids: Vec<&str> = f
        .lead_worker_conflict_list
        .iter()
        .take(shown)
        .map(|c| c.family.as_str())
        .chain(f.formation_conflicts.iter().take(shown).flat_map(|c| {
            std::iter::once(c.placed_in.as_str()).chain(c.also_fits.iter().map(String::as_str))
        }))
        // Implausible families link to their detail too: it is what a
        // person reads to split one.
        .chain(
            f.implausible_families
                .iter()
                .take(shown)
                .map(|x| x.family.as_str()),
        )
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .filter_map(|id| u.families.iter().position(|fam| fam.id == id))
        // No lead-worker rule here: the page says the worker, not the rule.
        .map(|i| explain_family(u, i as u32, ""))
        .collect()
}

/// One family's detail, ready to print.
#[derive(Clone, Debug, Serialize)]
pub struct FamilyView {
    pub id: String,
    pub summary: String,
    pub lead: String,
    pub groupings: Table,
    pub joins: Vec<String>,
    pub members: Table,
    pub near_misses: Vec<String>,
}

fn role(r: Role) -> String {
    format!("{r:?}").to_lowercase()
}

pub fn views(explained: &[FamilyExplanation]) -> Vec<FamilyView> {
    explained.iter().map(view).collect()
}

fn view(e: &FamilyExplanation) -> FamilyView {
    let children = e.members.iter().filter(|m| m.role == Role::Child).count() as u64;
    let summary = format!(
        "{} ({} {}), {}, {} ({} open, {} closed)",
        count(e.members.len() as u64, "person", "people"),
        children,
        if children == 1 { "child" } else { "children" },
        count(
            e.groupings.len() as u64,
            "source grouping",
            "source groupings"
        ),
        count(
            (e.involvements_open + e.involvements_closed) as u64,
            "involvement",
            "involvements"
        ),
        e.involvements_open,
        e.involvements_closed,
    );
    let lead = match &e.lead_worker {
        Some((w, s)) => format!(
            "Lead worker: {w} ({s}){}",
            if e.lead_conflict {
                "; open involvements have other workers too: a lead-worker conflict"
            } else {
                ""
            }
        ),
        None => "Lead worker: none (no open involvement with a worker)".into(),
    };
    FamilyView {
        id: e.family.clone(),
        summary,
        lead,
        groupings: Table::new(
            &["source grouping", "#children", "#adults"],
            e.groupings
                .iter()
                .map(|g| {
                    vec![
                        Cell::from(g.grouping.as_str()),
                        Cell::n(g.children as u64),
                        Cell::n(g.adults as u64),
                    ]
                    .into()
                })
                .collect(),
        ),
        joins: e
            .joins
            .iter()
            .map(|j| {
                format!(
                    "{} + {}: {} ({}), through {}; person link {} ~ {}",
                    j.a,
                    j.b,
                    j.rule.describe(),
                    j.rule.as_str(),
                    j.via_person,
                    j.records_a.join(", "),
                    j.records_b.join(", ")
                )
            })
            .chain(e.placed.iter().map(|p| p.describe()))
            .collect(),
        members: Table::new(
            &["person", "role", "records"],
            e.members
                .iter()
                .map(|m| {
                    vec![
                        Cell::from(m.person.as_str()),
                        Cell::from(role(m.role)),
                        Cell::from(m.records.join(", ")),
                    ]
                    .into()
                })
                .collect(),
        ),
        near_misses: e
            .near_misses
            .iter()
            .map(|n| match &n.via_person {
                Some(p) => format!("{} via {}: {}", n.other_family, p, n.why_apart),
                None => format!("{}: {}", n.other_family, n.why_apart),
            })
            .collect(),
    }
}
