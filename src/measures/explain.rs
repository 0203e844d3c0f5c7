//! Why a measure's unified figure differs from the legacy one, in words a
//! service manager can sign off: which records became one person or family
//! (and whether across systems or within one), and which events found a
//! closure or an assessment only once their records were joined. Reads the
//! traces `compute` keeps for the latest month; counts only, never a name.

use super::compute::{Month, Trace};
use super::definitions::{Kind, Rule, Unit};
use std::collections::{BTreeMap, BTreeSet};

/// The sentence for one measure in `month`.
pub fn explain(rule: &Rule, unified: &Trace, legacy: &Trace, month: Month) -> String {
    match &rule.kind {
        Kind::Duration { to: Some(_), .. } | Kind::Recurrence { .. } => {
            let what = match rule.kind {
                Kind::Recurrence { .. } => "an earlier closure",
                _ => "a following event",
            };
            related(unified, legacy, month, what)
        }
        Kind::Duration { .. } => {
            "Measured within each record (from its own two dates): linking changes nothing.".into()
        }
        _ if rule.unit == Unit::Rows => "Counted per record: linking changes nothing.".into(),
        _ => merges(rule.unit, unified, legacy, month),
    }
}

/// Units the legacy view counted separately that are one unified unit.
fn merges(unit: Unit, unified: &Trace, legacy: &Trace, month: Month) -> String {
    let mut groups: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (id, u) in &unified.units {
        if let Some(l) = legacy.units.get(id) {
            groups.entry(u).or_default().insert(l);
        }
    }
    let legacy_total: BTreeSet<&str> = legacy.units.values().map(String::as_str).collect();
    let merged: Vec<&BTreeSet<&str>> = groups.values().filter(|s| s.len() > 1).collect();
    let absorbed: usize = merged.iter().map(|s| s.len()).sum();
    // A legacy unit is `source<US>key`: units of one merge in several
    // sources were joined across systems.
    let across = merged
        .iter()
        .filter(|s| {
            s.iter()
                .map(|u| u.split('\u{1f}').next().unwrap_or(""))
                .collect::<BTreeSet<_>>()
                .len()
                > 1
        })
        .count();
    let noun = unit.noun();
    if merged.is_empty() {
        return format!(
            "In {month}: {} {noun} either way; no two of the records counted were joined by linking.",
            groups.len()
        );
    }
    format!(
        "In {month}: {} {noun} as the legacy systems count them, {} once linked: {} {} \
         held as several records ({absorbed} in all), {across} of them across two or more systems and {} within one system.",
        legacy_total.len(),
        groups.len(),
        merged.len(),
        if merged.len() == 1 {
            format!("{} was", unit.one())
        } else {
            format!("{noun} were each")
        },
        merged.len() - across,
    )
}

/// Events whose related event only one view finds.
fn related(unified: &Trace, legacy: &Trace, month: Month, what: &str) -> String {
    let total = unified.matches.len();
    let (mut only_unified, mut other_system, mut only_legacy) = (0, 0, 0);
    for (id, m) in &unified.matches {
        let l = legacy.matches.get(id).and_then(Option::as_ref);
        match (m, l) {
            (Some(other), None) => {
                only_unified += 1;
                if *other {
                    other_system += 1;
                }
            }
            (None, Some(_)) => only_legacy += 1,
            _ => {}
        }
    }
    let mut s = format!(
        "In {month}: {only_unified} of {total} events found {what} only once linked: {other_system} through a \
         record in another system, {} through another record of the same person or family in the same system.",
        only_unified - other_system
    );
    if only_legacy > 0 {
        s.push_str(&format!(
            " {only_legacy} found one only as the legacy systems count (records a split or review decision kept apart)."
        ));
    }
    s
}
