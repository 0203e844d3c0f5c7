//! `onefamily explain-family`: which source groupings and which person links
//! made a family, which rule joined each grouping, and why near-miss
//! groupings stayed apart. Record references (`source:key`) and unified IDs
//! only: no names or dates, so the output can be pasted into a ticket.

use super::family::{FamilyRule, Formation};
use crate::model::{Role, Unified};
use serde::Serialize;
use std::collections::BTreeSet;
use std::fmt;

#[derive(Debug, Serialize)]
pub struct FamilyExplanation {
    pub family: String,
    pub groupings: Vec<GroupingLine>,
    pub joins: Vec<JoinLine>,
    /// People no source groups, placed here by a rule.
    pub placed: Vec<PlacedLine>,
    pub members: Vec<MemberLine>,
    pub near_misses: Vec<NearMiss>,
    pub involvements_open: u32,
    pub involvements_closed: u32,
    pub lead_worker: Option<(String, String)>,
    pub lead_rule: String,
    pub lead_conflict: bool,
}

#[derive(Debug, Serialize)]
pub struct GroupingLine {
    pub grouping: String,
    pub children: u32,
    pub adults: u32,
}

#[derive(Debug, Serialize)]
pub struct JoinLine {
    pub a: String,
    pub b: String,
    pub rule: FamilyRule,
    pub via_person: String,
    /// The person's records in the two groupings: the person links behind the join.
    pub records_a: Vec<String>,
    pub records_b: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct PlacedLine {
    pub person: String,
    pub rule: FamilyRule,
    /// The member or sibling whose record was the evidence, if any.
    pub via_person: Option<String>,
    /// The person's records (none of them in a grouping).
    pub records: Vec<String>,
}

impl PlacedLine {
    /// One line for people: who, by which rule, through whom.
    pub fn describe(&self) -> String {
        format!(
            "{} placed by {} ({}){}; records {}",
            self.person,
            self.rule.as_str(),
            self.rule.describe(),
            self.via_person
                .as_deref()
                .map(|v| format!(", through {v}"))
                .unwrap_or_default(),
            self.records.join(", ")
        )
    }
}

#[derive(Debug, Serialize)]
pub struct MemberLine {
    pub person: String,
    pub role: Role,
    pub records: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct NearMiss {
    pub other_family: String,
    pub via_person: Option<String>,
    pub why_apart: String,
}

fn record_ref(u: &Unified, r: u32) -> String {
    let rec = &u.records[r as usize];
    format!("{}:{}", u.sources[rec.source() as usize].name, rec.key())
}

fn grouping_ref(u: &Unified, f: &Formation, g: u32) -> String {
    let g = &f.groupings[g as usize];
    format!("{}:{}", u.sources[g.source as usize].name, g.key)
}

/// The records of person `p` that sit in grouping `g`.
fn person_records_in(u: &Unified, p: u32, g: u32) -> Vec<String> {
    let f = &u.family_formation;
    let gi = &f.groupings[g as usize];
    u.persons[p as usize]
        .records
        .iter()
        .filter(|&&r| {
            let rec = &u.records[r as usize];
            rec.source() == gi.source && rec.staged.family_key.as_deref() == Some(gi.key.as_str())
        })
        .map(|&r| record_ref(u, r))
        .collect()
}

/// Explain family `family` (an index into `unified.families`).
pub fn explain_family(u: &Unified, family: u32, lead_rule: &str) -> FamilyExplanation {
    let fam = &u.families[family as usize];
    let f = &u.family_formation;
    let in_family: Vec<u32> = (0..f.groupings.len() as u32)
        .filter(|&g| f.groupings[g as usize].family == family)
        .collect();
    let groupings = in_family
        .iter()
        .map(|&g| GroupingLine {
            grouping: grouping_ref(u, f, g),
            children: f.groupings[g as usize].children,
            adults: f.groupings[g as usize].adults,
        })
        .collect();
    let joins = f
        .joins
        .iter()
        .filter(|j| f.groupings[j.a as usize].family == family)
        .map(|j| JoinLine {
            a: grouping_ref(u, f, j.a),
            b: grouping_ref(u, f, j.b),
            rule: j.rule,
            via_person: u.persons[j.via_person as usize].id.clone(),
            records_a: person_records_in(u, j.via_person, j.a),
            records_b: person_records_in(u, j.via_person, j.b),
        })
        .collect();
    let placed = f
        .placements
        .iter()
        .filter(|p| p.family == family)
        .map(|p| PlacedLine {
            person: u.persons[p.person as usize].id.clone(),
            rule: p.rule,
            via_person: p.via_person.map(|v| u.persons[v as usize].id.clone()),
            records: u.persons[p.person as usize]
                .records
                .iter()
                .map(|&r| record_ref(u, r))
                .collect(),
        })
        .collect();
    let members = fam
        .members
        .iter()
        .map(|&(p, role)| MemberLine {
            person: u.persons[p as usize].id.clone(),
            role,
            records: u.persons[p as usize]
                .records
                .iter()
                .map(|&r| record_ref(u, r))
                .collect(),
        })
        .collect();
    let mut near_misses = Vec::new();
    let mut seen = BTreeSet::new();
    for l in &u.family_links {
        let other = if l.family_a == family {
            l.family_b
        } else if l.family_b == family {
            l.family_a
        } else {
            continue;
        };
        if !seen.insert((other, l.via_person)) {
            continue;
        }
        near_misses.push(NearMiss {
            other_family: u.families[other as usize].id.clone(),
            via_person: Some(u.persons[l.via_person as usize].id.clone()),
            why_apart: "shares an adult, but each family has its own children: a parent's \
                        other partnership is a family of its own (a family link, not a merge)"
                .into(),
        });
    }
    for c in &f.conflicts {
        let placed = f.groupings[c.grouping as usize].family;
        if placed != family && !c.candidates.contains(&family) {
            continue;
        }
        let others: Vec<String> = c
            .candidates
            .iter()
            .filter(|&&x| x != family)
            .map(|&x| u.families[x as usize].id.clone())
            .collect();
        let g = grouping_ref(u, f, c.grouping);
        near_misses.push(NearMiss {
            other_family: others.join(" "),
            via_person: None,
            why_apart: if placed == family {
                format!("grouping {g} could also belong there; placed here by the earliest family (a conflict for a person to decide)")
            } else {
                format!("grouping {g} could belong here too; it was placed in the earlier family (a conflict for a person to decide)")
            },
        });
    }
    let (mut open, mut closed) = (0, 0);
    for &i in &fam.involvements {
        if u.involvements[i as usize].is_open() {
            open += 1;
        } else {
            closed += 1;
        }
    }
    FamilyExplanation {
        family: fam.id.clone(),
        groupings,
        joins,
        placed,
        members,
        near_misses,
        involvements_open: open,
        involvements_closed: closed,
        lead_worker: fam.lead_worker.clone(),
        lead_rule: lead_rule.to_string(),
        lead_conflict: fam.lead_conflict,
    }
}

impl fmt::Display for FamilyExplanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let children = self
            .members
            .iter()
            .filter(|m| m.role == Role::Child)
            .count();
        writeln!(
            f,
            "Family {}: {} people ({} children), {} source groupings, {} open and {} closed involvements",
            self.family,
            self.members.len(),
            children,
            self.groupings.len(),
            self.involvements_open,
            self.involvements_closed
        )?;
        writeln!(f, "\nSource groupings:")?;
        for g in &self.groupings {
            writeln!(
                f,
                "  {:<40} {} children, {} adults",
                g.grouping, g.children, g.adults
            )?;
        }
        if self.groupings.len() > 1 {
            writeln!(f, "\nHow they joined:")?;
        }
        for j in &self.joins {
            writeln!(
                f,
                "  {} + {}: {} ({}), through {}",
                j.a,
                j.b,
                j.rule.describe(),
                j.rule.as_str(),
                j.via_person
            )?;
            writeln!(
                f,
                "      person link: {} ~ {}",
                j.records_a.join(", "),
                j.records_b.join(", ")
            )?;
        }
        if !self.placed.is_empty() {
            writeln!(f, "\nPlaced without a source grouping:")?;
        }
        for p in &self.placed {
            writeln!(f, "  {}", p.describe())?;
        }
        writeln!(f, "\nMembers:")?;
        for m in &self.members {
            writeln!(
                f,
                "  {} {:<11} {}",
                m.person,
                format!("{:?}", m.role).to_lowercase(),
                m.records.join(", ")
            )?;
        }
        if self.near_misses.is_empty() {
            writeln!(f, "\nNear misses: none")?;
        } else {
            writeln!(f, "\nNear misses (kept apart):")?;
            for n in &self.near_misses {
                match &n.via_person {
                    Some(p) => writeln!(f, "  {} via {}: {}", n.other_family, p, n.why_apart)?,
                    None => writeln!(f, "  {}: {}", n.other_family, n.why_apart)?,
                }
            }
        }
        match &self.lead_worker {
            Some((w, s)) => writeln!(
                f,
                "\nLead worker: {w} ({s}), by rule {}{}",
                self.lead_rule,
                if self.lead_conflict {
                    "; open involvements have other workers too: a lead-worker conflict"
                } else {
                    ""
                }
            )?,
            None => writeln!(f, "\nLead worker: none (no open involvement with a worker)")?,
        }
        writeln!(
            f,
            "\nFor a person link's waterfall: onefamily explain SOURCE:KEY SOURCE:KEY"
        )
    }
}
