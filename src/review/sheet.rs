//! The review sheet: `review.xlsx` (and `review.csv`, the same rows) with one
//! row per pair in the clerical review band, the two records side by side,
//! the evidence for and against, and Decision / Comment / Reviewer columns
//! for a person to fill; and reading a filled sheet back, validated whole
//! before anything is recorded.
//!
//! The sheet is laid out for the person working it: the keys, the
//! probability and the Decision in the first columns, frozen; what a Same
//! would do (join two families with open cases, …) and why the pair is
//! here beside them; each record's role and age at referral beside its
//! names, so a mother and a daughter of one name do not look alike. Pairs
//! come most consequential first, then most uncertain first. An
//! Instructions sheet says what to do and how to import.
//!
//! Pairs are identified by their `left` and `right` columns (`source:key`),
//! so a sheet whose rows were sorted, filtered, edited or partly deleted is
//! read correctly; the row number is only used to name a bad cell.

use super::{Decision, ReviewField, Verdict};
use crate::error::{Error, Result};
use crate::link::explain::{explain_with, Explanation};
use crate::link::score::{probability, Scorer};
use crate::link::settings::Settings;
use crate::link::PersonClusters;
use crate::model::{PartialDate, Person, SourceInfo, Unified};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

mod layout;
#[cfg(test)]
mod tests;

pub use layout::{header, write, write_rows, Written};

/// How many reasons for and against a sheet row shows.
const REASONS: usize = 3;

/// One pair of the review band, ready to write.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SheetRow {
    pub left: String,
    pub right: String,
    pub match_weight: f64,
    pub match_probability: f64,
    /// Whether this run put the two records in one person anyway (through
    /// other links or decisions).
    pub linked_now: bool,
    pub left_values: Vec<String>,
    pub right_values: Vec<String>,
    /// Comparison levels with the largest positive / negative weights.
    pub reasons_for: String,
    pub reasons_against: String,
    /// For a link a guard refused: which guard, and why (else empty).
    pub refused_by: String,
    /// What deciding Same would do, in words, and its rank (see
    /// `consequence`: 0 joins two families with open cases or two lead
    /// workers … 4 already one person).
    pub consequence: String,
    pub rank: u8,
    /// Why the pair is in the review band.
    pub why: String,
    /// Each record's role in its family and age at referral.
    pub left_role: String,
    pub right_role: String,
    pub left_age: String,
    pub right_age: String,
    /// Pre-filled from an earlier `unsure` decision.
    pub decision: String,
    pub comment: String,
    pub reviewer: String,
}

/// One member of an implausible family, for the Families sheet: a person
/// splits the family with a `family_split` decision naming two records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FamilyRow {
    pub family: String,
    /// Every check the family fails.
    pub why: String,
    /// The member's records as `source:key`, the first one a split can name.
    pub records: String,
    pub role: String,
    pub name: String,
    pub born: String,
}

/// The members of every implausible family, family by family, adults first.
pub fn family_rows(u: &Unified) -> Vec<FamilyRow> {
    let mut out = Vec::new();
    for x in &u.family_formation.implausible {
        let family = &u.families[x.family as usize];
        let why: Vec<String> = x.reasons.iter().map(|r| r.describe()).collect();
        let mut members = family.members.clone();
        members.sort_by_key(|&(p, role)| (role == crate::model::Role::Child, p));
        for (p, role) in members {
            let person = &u.persons[p as usize];
            let records: Vec<String> = person
                .records
                .iter()
                .map(|&r| record_name(&u.records[r as usize], &u.sources))
                .collect();
            let name: Vec<&str> = [&person.given_name, &person.family_name]
                .into_iter()
                .filter_map(|n| n.as_deref())
                .collect();
            out.push(FamilyRow {
                family: family.id.clone(),
                why: why.join("; "),
                records: records.join(" "),
                role: role.as_str().to_string(),
                name: name.join(" "),
                born: person.dob.map(|d| d.to_string()).unwrap_or_default(),
            });
        }
    }
    out
}

/// `source:key` of a record.
pub fn record_name(p: &Person, sources: &[SourceInfo]) -> String {
    format!("{}:{}", sources[p.source() as usize].name, p.key())
}

/// The strongest reasons on one side of an explanation, as
/// `comparison: level (+w.w)`, strongest first.
fn reasons(e: &Explanation, positive: bool) -> String {
    let mut steps: Vec<(f64, String)> = e
        .steps
        .iter()
        .map(|s| (s.weight + s.tf_adjustment, s))
        .filter(|(w, _)| if positive { *w > 0.0 } else { *w < 0.0 })
        .map(|(w, s)| (w, format!("{}: {} ({w:+.1})", s.comparison, s.level)))
        .collect();
    steps.sort_by(|a, b| {
        let (x, y) = if positive { (b.0, a.0) } else { (a.0, b.0) };
        x.total_cmp(&y).then_with(|| a.1.cmp(&b.1))
    });
    steps
        .into_iter()
        .take(REASONS)
        .map(|(_, s)| s)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Each record's age at referral: the earliest referral its source holds
/// for it, else the start of its earliest involvement there (marked).
struct Ages<'a> {
    first: HashMap<(u16, &'a str), (PartialDate, bool)>,
}

impl<'a> Ages<'a> {
    fn of(u: &'a Unified) -> Self {
        let mut first = HashMap::new();
        for r in &u.referrals {
            note(
                &mut first,
                r.source,
                r.person_key.as_ref(),
                r.date.as_ref().and_then(|d| d.date.as_ref()),
                true,
            );
        }
        for i in &u.involvements {
            note(
                &mut first,
                i.source,
                i.person_key.as_ref(),
                i.start.as_ref().and_then(|d| d.date.as_ref()),
                false,
            );
        }
        Ages { first }
    }

    fn at(&self, p: &Person) -> String {
        let Some(dob) = &p.dob else {
            return String::new();
        };
        match self.first.get(&(p.source(), p.key())) {
            Some((at, true)) => age(dob, at).unwrap_or_default(),
            Some((at, false)) => age(dob, at)
                .map(|a| format!("{a} (at start)"))
                .unwrap_or_default(),
            None => String::new(),
        }
    }
}

/// Keep the earliest date per record: a referral beats an involvement's
/// start; otherwise the earlier date.
fn note<'a>(
    first: &mut HashMap<(u16, &'a str), (PartialDate, bool)>,
    source: u16,
    key: Option<&'a String>,
    date: Option<&PartialDate>,
    referral: bool,
) {
    let (Some(key), Some(date)) = (key, date) else {
        return;
    };
    let entry = first
        .entry((source, key.as_str()))
        .or_insert((*date, referral));
    if (referral && !entry.1) || (referral == entry.1 && date_key(date) < date_key(&entry.0)) {
        *entry = (*date, referral);
    }
}

fn date_key(d: &PartialDate) -> (i32, u8, u8) {
    (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0))
}

/// Whole years from `dob` to `at`; `~` when either lacks a month.
fn age(dob: &PartialDate, at: &PartialDate) -> Option<String> {
    let mut years = at.year - dob.year;
    match (dob.month, at.month) {
        (Some(dm), Some(am)) => {
            if (am, at.day.unwrap_or(1)) < (dm, dob.day.unwrap_or(1)) {
                years -= 1;
            }
            (years >= 0).then(|| years.to_string())
        }
        _ => (years >= 0).then(|| format!("~{years}")),
    }
}

/// What a Same on records `a` and `b` would do, and its rank: joining two
/// families that both have open cases, or that have two different lead
/// workers (0); giving a child's NHS number or UPN to another record (1);
/// joining two families (2); merging two people of one family (3);
/// nothing new, the two already being one person (4).
fn consequence(u: &Unified, open: &[bool], a: usize, b: usize, linked: bool) -> (u8, String) {
    if linked {
        return (4, "already one person: Different splits them".into());
    }
    let (ra, rb) = (&u.records[a], &u.records[b]);
    let identified = |r: &Person| {
        r.nhs_number.as_ref().and_then(|i| i.valid()).is_some()
            || r.upn.as_ref().and_then(|i| i.valid()).is_some()
    };
    let child = |r: &Person| r.role() == crate::model::Role::Child;
    let child_ids = (child(ra) || child(rb)) && (identified(ra) || identified(rb));
    let ids = "; a child's NHS number or UPN goes with it";
    let (rank, what) = match (u.record_family[a], u.record_family[b]) {
        (Some(fa), Some(fb)) if fa != fb => {
            let (fa, fb) = (fa as usize, fb as usize);
            let lead = |f: usize| u.families[f].lead_worker.as_ref().map(|(w, _)| w.as_str());
            let two_leads = matches!((lead(fa), lead(fb)), (Some(x), Some(y)) if x != y);
            let both_open = open[fa] && open[fb];
            match (both_open, two_leads) {
                (true, true) => (
                    0,
                    "Same joins two families with open cases and two lead workers",
                ),
                (true, false) => (0, "Same joins two families with open cases"),
                (false, true) => (0, "Same joins two families with different lead workers"),
                (false, false) => (2, "Same joins two families"),
            }
        }
        _ => (3, "Same merges two people of one family"),
    };
    if child_ids {
        (rank.min(1), format!("{what}{ids}"))
    } else {
        (rank, what.to_string())
    }
}

/// The review band's pairs, most consequential first, then most uncertain
/// first, leaving out pairs already decided same or different (an
/// `unsure` pair comes back, pre-filled).
pub fn rows(
    unified: &Unified,
    clusters: &PersonClusters,
    settings: &Settings,
    fields: &[ReviewField],
    decisions: &[Decision],
) -> Vec<SheetRow> {
    rows_as(unified, clusters, settings, fields, decisions, |r| r)
}

/// Where a row goes in the sheet: `rank`, then `|weight|`, then the two
/// records' names (`a` names the left record, `b` the right).
struct Place {
    rank: u8,
    weight: f64,
    a: usize,
    b: usize,
}

/// `rows`, each row handed to `keep` as soon as it is made and only what
/// `keep` returns kept: the stored view keeps a row's bytes, a third of the
/// row itself, so a large band's rows are never all held whole (at 3M
/// records the band's 2.2M rows held whole were the link's peak). Rows are
/// made in parallel; their order is the sheet's, whatever the thread count
/// (the sort's key is total: it ends with the two records' positions).
pub fn rows_as<T: Send>(
    unified: &Unified,
    clusters: &PersonClusters,
    settings: &Settings,
    fields: &[ReviewField],
    decisions: &[Decision],
    keep: impl Fn(SheetRow) -> T + Sync,
) -> Vec<T> {
    use rayon::prelude::*;
    let (records, sources) = (&unified.records, &unified.sources);
    let decided: HashMap<(&str, &str), &Decision> = decisions
        .iter()
        .filter(|d| matches!(d.action, super::Action::Person(_)))
        .map(|d| ((d.left.as_str(), d.right.as_str()), d))
        .collect();
    let open: Vec<bool> = unified
        .families
        .iter()
        .map(|f| {
            f.involvements
                .iter()
                .any(|&i| unified.involvements[i as usize].is_open())
        })
        .collect();
    let ages = Ages::of(unified);
    let scorer = Scorer::new(&clusters.features, settings, &clusters.model);
    let mut made: Vec<(Place, T)> = clusters
        .review
        .par_iter()
        .with_min_len(256)
        .filter_map(|e| {
            let (a, b) = (e.a as usize, e.b as usize);
            let (na, nb) = (
                record_name(&records[a], sources),
                record_name(&records[b], sources),
            );
            let (a, b, left, right) = if na <= nb {
                (a, b, na, nb)
            } else {
                (b, a, nb, na)
            };
            let earlier = decided.get(&(left.as_str(), right.as_str()));
            if earlier.is_some_and(|d| d.action != super::Action::Person(Verdict::Unsure)) {
                return None;
            }
            let ex = explain_with(
                &scorer,
                settings,
                &clusters.model,
                a,
                b,
                (String::new(), String::new()),
            );
            let values = |r: usize| {
                fields
                    .iter()
                    .map(|f| f.value(&records[r], sources))
                    .collect()
            };
            let linked_now = clusters.labels[a] == clusters.labels[b];
            let (rank, consequence) = consequence(unified, &open, a, b, linked_now);
            let refused_by = e.refused.map_or("", |r| r.reason()).to_string();
            let why = if !refused_by.is_empty() {
                format!("refused by a guard: {refused_by}")
            } else if earlier.is_some() {
                "decided Unsure before: still to decide".to_string()
            } else if linked_now {
                "below the link threshold, but joined through other records".to_string()
            } else {
                "between the review and link thresholds: the model cannot decide".to_string()
            };
            let place = Place {
                rank,
                weight: ex.match_weight.abs(),
                a,
                b,
            };
            let row = SheetRow {
                match_weight: ex.match_weight,
                match_probability: probability(ex.match_weight),
                linked_now,
                left_values: values(a),
                right_values: values(b),
                reasons_for: reasons(&ex, true),
                reasons_against: reasons(&ex, false),
                refused_by,
                consequence,
                rank,
                why,
                left_role: ReviewField::Role.value(&records[a], sources),
                right_role: ReviewField::Role.value(&records[b], sources),
                left_age: ages.at(&records[a]),
                right_age: ages.at(&records[b]),
                decision: earlier
                    .map(|_| Verdict::Unsure.label().to_string())
                    .unwrap_or_default(),
                comment: earlier.map(|d| d.comment.clone()).unwrap_or_default(),
                reviewer: earlier.map(|d| d.reviewer.clone()).unwrap_or_default(),
                left,
                right,
            };
            Some((place, keep(row)))
        })
        .collect();
    // By name without making the names: `source:key`, compared byte by
    // byte as the strings would be.
    let name = |r: usize| {
        let p = &records[r];
        sources[p.source() as usize]
            .name
            .bytes()
            .chain(*b":")
            .chain(p.key().bytes())
    };
    made.par_sort_unstable_by(|(x, _), (y, _)| {
        x.rank
            .cmp(&y.rank)
            .then_with(|| x.weight.total_cmp(&y.weight))
            .then_with(|| name(x.a).cmp(name(y.a)))
            .then_with(|| name(x.b).cmp(name(y.b)))
            .then_with(|| (x.a, x.b).cmp(&(y.a, y.b)))
    });
    made.into_iter().map(|(_, t)| t).collect()
}

/// What a filled sheet holds: its decisions (with their sheet row numbers)
/// and the rows left undecided.
#[derive(Debug, Default)]
pub struct Filled {
    pub decisions: Vec<(usize, Decision)>,
    pub undecided: u64,
}

/// At most this many bad rows are listed; the rest are counted.
const MAX_LISTED: usize = 20;

/// Read a filled sheet (xlsx/xls/ods by calamine, or `.csv`). Every bad row
/// is reported together with its sheet row number; nothing is returned
/// unless every row is good. `sources` are the project's source names;
/// `reviewer` fills rows whose Reviewer cell is empty (a row may still have
/// none: `import` requires one only of rows that change a decision); `now`
/// stamps them.
pub fn read_filled(
    path: &Path,
    sources: &[&str],
    reviewer: Option<&str>,
    now: &str,
) -> Result<Filled> {
    let table = read_table(path)?;
    let Some((header_row, header)) = table.first() else {
        return Err(Error::config(path, None, "the sheet is empty"));
    };
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let mut missing = Vec::new();
    let mut need = |name: &'static str| {
        let c = col(name);
        if c.is_none() {
            missing.push(name);
        }
        c.unwrap_or(0)
    };
    let (l, r, d) = (need("left"), need("right"), need("decision"));
    if !missing.is_empty() {
        return Err(Error::config(
            path,
            Some(*header_row),
            format!(
                "no {} column in the header: is this a review sheet from `onefamily review export`?",
                missing.join(", ")
            ),
        ));
    }
    let (comment_col, reviewer_col) = (col("comment"), col("reviewer"));
    let get = |cells: &[String], c: Option<usize>| {
        c.and_then(|c| cells.get(c))
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    };
    let mut problems = Vec::new();
    let mut filled = Filled::default();
    let mut seen: BTreeMap<(String, String), (usize, Verdict)> = BTreeMap::new();
    for (row, cells) in &table[1..] {
        let (left, right, decision) = (
            get(cells, Some(l)),
            get(cells, Some(r)),
            get(cells, Some(d)),
        );
        if left.is_empty() && right.is_empty() {
            continue;
        }
        if decision.is_empty() {
            filled.undecided += 1;
            continue;
        }
        let mut bad = |msg: String| problems.push(Error::config(path, Some(*row), msg));
        // The cell's value is not repeated: a shifted column can put a
        // name where the decision should be.
        let Some(verdict) = Verdict::parse(&decision) else {
            bad("the Decision is not one of Same, Different, Unsure".into());
            continue;
        };
        let known = |spec: &str| {
            super::split_record(spec).is_some_and(|(s, _)| sources.contains(&s.trim()))
        };
        if !known(&left) || !known(&right) {
            bad("left and right must each name a record of a project source as source:key".into());
            continue;
        }
        if left == right {
            bad("left and right name the same record".into());
            continue;
        }
        let who = match (get(cells, reviewer_col), reviewer) {
            (w, _) if !w.is_empty() => w,
            (_, Some(r)) => r.trim().to_string(),
            _ => String::new(),
        };
        let mut dec = Decision::person(&left, &right, verdict);
        dec.reviewer = who;
        dec.decided_at = now.to_string();
        dec.comment = get(cells, comment_col);
        let key = (dec.left.clone(), dec.right.clone());
        match seen.get(&key) {
            Some(&(first, v)) if v != verdict => {
                bad(format!(
                    "the same pair as row {first} with another decision ({} here, {} there)",
                    verdict.label(),
                    v.label()
                ));
                continue;
            }
            Some(_) => continue,
            None => {
                seen.insert(key, (*row, verdict));
            }
        }
        filled.decisions.push((*row, dec));
    }
    problems_to_result(path, problems).map(|_| filled)
}

/// Nothing, one error, or many (the first `MAX_LISTED`, then a count).
fn problems_to_result(path: &Path, mut problems: Vec<Error>) -> Result<()> {
    if problems.len() > MAX_LISTED {
        let more = problems.len() - MAX_LISTED;
        problems.truncate(MAX_LISTED);
        problems.push(Error::config(
            path,
            None,
            format!("… and {more} more bad rows"),
        ));
    }
    match problems.len() {
        0 => Ok(()),
        1 => Err(problems.remove(0)),
        _ => Err(Error::ConfigMany(problems)),
    }
}

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub decisions: u64,
    pub undecided: u64,
    pub counts: super::MergeCounts,
}

/// Import a filled sheet into the project's decisions file: validate every
/// row first, then write the file in one step (or not at all when nothing
/// changes). A row that changes a decision needs a reviewer.
pub fn import(
    file: &Path,
    project: &crate::mapping::Project,
    reviewer: Option<&str>,
    now: &str,
) -> Result<Imported> {
    let names: Vec<&str> = project.sources.iter().map(|s| s.name.as_str()).collect();
    let filled = read_filled(file, &names, reviewer, now)?;
    let mut recorded = super::read(&project.decisions_file)?;
    let unchanged = |d: &Decision| recorded.iter().any(|r| r.same_content(d));
    let anonymous: Vec<Error> = filled
        .decisions
        .iter()
        .filter(|(_, d)| d.reviewer.is_empty() && !unchanged(d))
        .map(|(row, _)| {
            Error::config(
                file,
                Some(*row),
                "no reviewer: fill the Reviewer column or pass --reviewer NAME",
            )
        })
        .collect();
    problems_to_result(file, anonymous)?;
    let decisions = filled.decisions.len() as u64;
    let counts = super::merge(
        &mut recorded,
        filled.decisions.into_iter().map(|(_, d)| d).collect(),
    );
    if counts.added + counts.replaced > 0 {
        super::write(&project.decisions_file, &recorded)?;
    }
    Ok(Imported {
        decisions,
        undecided: filled.undecided,
        counts,
    })
}

/// The sheet as text rows with their row numbers (1-based, as a person
/// reading the sheet counts them): the header first.
fn read_table(path: &Path) -> Result<Vec<(usize, Vec<String>)>> {
    let unreadable = |e: String| Error::config(path, None, format!("cannot read the sheet: {e}"));
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(path)
            .map_err(|e| unreadable(e.to_string()))?;
        let mut rows = Vec::new();
        // Rows are numbered as a spreadsheet program shows the file.
        for (i, rec) in reader.records().enumerate() {
            let rec = rec.map_err(|e| unreadable(e.to_string()))?;
            rows.push((i + 1, rec.iter().map(str::to_string).collect()));
        }
        return Ok(rows);
    }
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto(path).map_err(|e| unreadable(e.to_string()))?;
    let names = book.sheet_names();
    let name = names
        .iter()
        .find(|n| n.as_str() == "Review")
        .or(names.first())
        .cloned()
        .ok_or_else(|| unreadable("no worksheet".into()))?;
    let range = book
        .worksheet_range(&name)
        .map_err(|e| unreadable(e.to_string()))?;
    let first = range.start().map_or(0, |(r, _)| r as usize);
    let left_col = range.start().map_or(0, |(_, c)| c as usize);
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let mut text = vec![String::new(); left_col];
            text.extend(cells.iter().map(|c| match c {
                Data::Empty => String::new(),
                Data::String(s) => s.clone(),
                Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
                other => other.to_string(),
            }));
            (first + i + 1, text)
        })
        .collect())
}
