//! The summary band at the top of the page and the glossary at its foot.
//!
//! The band says the run's result first, in the colour of its worst
//! finding: a failed check (not balanced), a failed gate, or a source with
//! a problem (no rows read, every row rejected, nothing staged) is red,
//! whatever else passed, so a green band never sits above a broken source.
//! Stale or conflicting review decisions are amber. Then the figures a data
//! manager quotes: rows in, records, people and families out.

use super::super::Report;
use super::format::{count, group_digits, num, percent};
use serde::Serialize;

/// How bad a finding is; the band takes the worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Ok,
    Warn,
    Bad,
}

#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub text: String,
    /// Where on the page the detail is.
    pub href: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Figure {
    pub value: String,
    pub label: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct GateLine {
    pub passed: bool,
    pub text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    pub severity: Severity,
    pub result: String,
    pub flow: String,
    pub findings: Vec<Finding>,
    pub figures: Vec<Figure>,
    /// The failed gates only: with a gate per source and mapped date
    /// field, the passing ones would bury them (the Gates section lists all).
    pub gates: Vec<GateLine>,
    /// "51 of 52 passed".
    pub gates_passed: String,
    pub checks: String,
}

/// A source's problem, if it has one: no rows, every row rejected, or no
/// row staged. The band and the sources table both use it.
pub fn source_problem(s: &super::super::SourceSection) -> Option<String> {
    problem(s.rows_read, s.rows_staged, s.rows_rejected)
}

fn problem(read: u64, staged: u64, rejected: u64) -> Option<String> {
    if read == 0 {
        Some("no rows read".into())
    } else if rejected == read {
        Some(format!(
            "every row rejected ({} of {})",
            num(rejected),
            num(read)
        ))
    } else if staged == 0 {
        Some(format!(
            "no row staged ({} read, all skipped or rejected)",
            num(read)
        ))
    } else {
        None
    }
}

/// The band's headline and colour from what failed: checks and gates and
/// broken sources are red, in that order of telling; warnings amber.
fn verdict(
    failed_checks: u64,
    failed_gates: u64,
    problem_sources: u64,
    warn: bool,
) -> (Severity, String) {
    let bad = failed_checks + failed_gates + problem_sources > 0;
    let severity = if bad {
        Severity::Bad
    } else if warn {
        Severity::Warn
    } else {
        Severity::Ok
    };
    let result = if failed_checks > 0 {
        "Not balanced".to_string()
    } else if failed_gates > 0 {
        format!("Failed: {}", count(failed_gates, "gate", "gates"))
    } else if problem_sources == 1 {
        "Passed its gates, but 1 source has a problem".to_string()
    } else if problem_sources > 1 {
        format!(
            "Passed its gates, but {} sources have a problem",
            num(problem_sources)
        )
    } else if warn {
        "Passed, with warnings".to_string()
    } else {
        "Passed".to_string()
    };
    (severity, result)
}

pub fn summary(report: &Report) -> Summary {
    let rec = &report.reconciliation;
    let failed_checks = rec.checks.iter().filter(|c| !c.passed).count() as u64;
    let failed_gates = report.gates.iter().filter(|g| !g.passed).count() as u64;
    // Failed gates are told in the band's list of gates, not as findings.
    let mut findings = Vec::new();
    if failed_checks > 0 {
        findings.push(Finding {
            severity: Severity::Bad,
            text: format!(
                "Not balanced: {} of {} failed",
                count(failed_checks, "check", "checks"),
                num(rec.checks.len() as u64)
            ),
            href: "#reconciliation".into(),
        });
    }
    let sources = source_findings(report);
    let problem_sources = sources.len() as u64;
    findings.extend(sources);
    findings.extend(review_findings(&report.review));
    let warn = findings.iter().any(|f| f.severity == Severity::Warn);
    let (severity, result) = verdict(failed_checks, failed_gates, problem_sources, warn);
    let (p, f) = (&report.persons, &report.families);
    let read: u64 = report.sources.iter().map(|s| s.rows_read).sum();
    let flow = format!(
        "{} from {} → {} → {} in {}",
        count(read, "row read", "rows read"),
        count(report.sources.len() as u64, "source", "sources"),
        count(p.records, "person record", "person records"),
        count(p.unified, "person", "people"),
        count(f.unified, "family", "families"),
    );
    let passed = rec.checks.len() as u64 - failed_checks;
    Summary {
        severity,
        result,
        flow,
        findings,
        figures: figures(report),
        gates: failed_gate_lines(report),
        gates_passed: format!(
            "{} of {} passed",
            num(report.gates.len() as u64 - failed_gates),
            num(report.gates.len() as u64)
        ),
        checks: format!(
            "{} of {} passed{}",
            num(passed),
            count(
                rec.checks.len() as u64,
                "reconciliation check",
                "reconciliation checks"
            ),
            if rec.target_checked {
                ""
            } else {
                " (a dry run: the target was not checked)"
            }
        ),
    }
}

/// A red finding for every source with a problem.
fn source_findings(report: &Report) -> Vec<Finding> {
    report
        .sources
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            source_problem(s).map(|p| Finding {
                severity: Severity::Bad,
                text: format!("Source {}: {p}", s.name),
                href: format!("#source-{i}"),
            })
        })
        .collect()
}

/// Amber findings for review decisions that name records this run does not
/// hold, conflict, or could not be honoured.
fn review_findings(rv: &crate::review::ReviewSection) -> Vec<Finding> {
    let mut findings = Vec::new();
    if rv.stale_count > 0 {
        findings.push(Finding {
            severity: Severity::Warn,
            text: format!(
                "{} name records this run does not hold",
                count(rv.stale_count, "review decision", "review decisions")
            ),
            href: "#review".into(),
        });
    }
    if rv.conflict_count > 0 || !rv.not_honoured.is_empty() {
        findings.push(Finding {
            severity: Severity::Warn,
            text: format!(
                "{} in conflict, {} not honoured",
                count(rv.conflict_count, "review decision", "review decisions"),
                num(rv.not_honoured.len() as u64)
            ),
            href: "#review".into(),
        });
    }
    findings
}

/// The figures a data manager quotes: rows in, rejected and skipped;
/// people and families out.
fn figures(report: &Report) -> Vec<Figure> {
    let read: u64 = report.sources.iter().map(|s| s.rows_read).sum();
    let rejected: u64 = report.sources.iter().map(|s| s.rows_rejected).sum();
    let skipped: u64 = report.sources.iter().map(|s| s.rows_skipped).sum();
    let (p, f) = (&report.persons, &report.families);
    let figure = |value: u64, label: &str| Figure {
        value: num(value),
        label: label.into(),
    };
    let one_or_many =
        |n: u64, one: &'static str, many: &'static str| if n == 1 { one } else { many };
    vec![
        figure(read, "rows read"),
        figure(
            rejected,
            &format!(
                "{} ({})",
                one_or_many(rejected, "row rejected", "rows rejected"),
                percent(rejected, read)
            ),
        ),
        figure(skipped, one_or_many(skipped, "row skipped", "rows skipped")),
        figure(p.unified, one_or_many(p.unified, "person", "people")),
        figure(f.unified, one_or_many(f.unified, "family", "families")),
        figure(f.multi_service, "known to more than one service"),
    ]
}

/// One line per failed gate: its value against its threshold.
fn failed_gate_lines(report: &Report) -> Vec<GateLine> {
    report
        .gates
        .iter()
        .filter(|g| !g.passed)
        .map(|g| GateLine {
            passed: g.passed,
            text: format!(
                "{}: {} (threshold {})",
                g.name,
                group_digits(&g.value),
                group_digits(&g.threshold)
            ),
        })
        .collect()
}

/// A glossary entry; `id` makes it a link target.
#[derive(Clone, Debug, Serialize)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub meaning: &'static str,
}

const TERMS: [(&str, &str); 20] = [
    ("staged", "A source row read, checked and turned into canonical records (persons, involvements, referrals, assessments, consents), ready to link and load."),
    ("skipped", "A row that held no record (a blank row, a totals row at the foot of a tracker): counted, never an error."),
    ("rejected", "A row that could not be staged, with its reason and position in rejects.csv. Rows read = staged + skipped + rejected, for every source."),
    ("person record", "One person as one source holds them; a spreadsheet row can hold several (one per family member)."),
    ("cluster", "The person records that linking decides are one person; each cluster becomes one unified person."),
    ("merged", "Records folded into another: several records of one person become one person, several groupings of one family one family."),
    ("excluded by rule", "Left out by a rule, not lost: for example no plan for a family with no open involvement."),
    ("duplicate keys", "Records staged twice under the same source key: loaded once."),
    ("lineage", "One row per staged record in the target, naming the unified person and family it became: how every source row is traced."),
    ("crosswalk", "crosswalk.csv: every source person record with its unified person and family IDs."),
    ("candidate pair", "Two records that a blocking rule puts side by side to be compared; pairs no rule finds are never compared."),
    ("blocking rule", "A cheap test (e.g. same postcode and year of birth) that picks the candidate pairs worth comparing."),
    ("match weight", "The evidence that two records are one person, in bits: each agreeing field adds, each disagreeing one subtracts."),
    ("match probability", "The match weight as a probability. At or above the link threshold two records link; between the review and link thresholds they go to clerical review."),
    ("clerical review band", "Pairs the model cannot decide: exported to review.xlsx for a person to mark Same, Different or Unsure; decisions are replayed on every run."),
    ("source grouping", "A source's own family, case or household: the unit families are built from."),
    ("family link", "Two families that share an adult (a parent's new partnership): linked, never merged."),
    ("lead-worker conflict", "A family whose open involvements have different workers: one lead worker is chosen by rule, a manager should confirm."),
    ("control total", "A figure the service knows (open involvements per service, open plans), counted in the staged records and again in the target."),
    ("gate", "A threshold the run must meet (reject rate, linked rate, records): a failed gate fails the run (exit 1)."),
];

pub fn glossary() -> Vec<Term> {
    TERMS
        .iter()
        .map(|(term, meaning)| Term {
            id: format!("term-{}", term.replace(' ', "-")),
            term: term.to_string(),
            meaning,
        })
        .collect()
}

/// What a reject or skip reason means, for the glossary the reasons link to.
pub fn reason_meaning(reason: &str) -> &'static str {
    match reason {
        "missing_key" => "The key template produced an empty key: the row cannot be named, so nothing from it can be traced.",
        "duplicate_key" => "A second row with a key already seen in this source.",
        "no_identifying_data" => "No name, no date of birth and no identifier: nothing to link on.",
        "unreadable_cell" => "A cell could not be read as text (wrong type, bad encoding).",
        "malformed_row" => "A row with fewer or more fields than the header (CSV).",
        "unparseable_date" => "A consent's given or withdrawn date matches no declared format or names no real day.",
        "withdrawn_before_given" => "A consent withdrawn before it was given.",
        "blank_row" => "Skipped: every mapped cell empty.",
        "totals_row" => "Skipped: a totals or summary row at the foot of a tracker.",
        "no_record" => "Skipped: the source maps only assessments or consents, and this row holds none.",
        _ => "See mappings/README.md, which lists every reject and skip reason.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_with_no_rows_or_every_row_rejected_is_a_problem() {
        assert_eq!(problem(0, 0, 0).as_deref(), Some("no rows read"));
        assert_eq!(
            problem(800, 0, 800).as_deref(),
            Some("every row rejected (800 of 800)")
        );
        assert!(problem(15, 0, 0).unwrap().starts_with("no row staged"));
        assert_eq!(problem(3210, 3209, 1), None);
    }

    #[test]
    fn the_band_takes_the_worst_finding() {
        assert_eq!(verdict(0, 0, 0, false), (Severity::Ok, "Passed".into()));
        assert_eq!(verdict(0, 0, 0, true).0, Severity::Warn);
        // Never green while a gate failed or a source is broken.
        assert_eq!(
            verdict(0, 1, 0, false),
            (Severity::Bad, "Failed: 1 gate".into())
        );
        assert_eq!(
            verdict(0, 3, 0, true),
            (Severity::Bad, "Failed: 3 gates".into())
        );
        let (sev, text) = verdict(0, 0, 1, false);
        assert_eq!(sev, Severity::Bad);
        assert!(text.contains("1 source has a problem"), "{text}");
        assert_eq!(
            verdict(2, 1, 1, true),
            (Severity::Bad, "Not balanced".into())
        );
    }

    #[test]
    fn every_reason_the_model_knows_has_a_meaning() {
        use crate::model::{RejectReason, SkipReason};
        let fallback = reason_meaning("no_such_reason");
        for r in [
            RejectReason::MissingKey,
            RejectReason::DuplicateKey,
            RejectReason::NoIdentifyingData,
            RejectReason::UnreadableCell,
            RejectReason::MalformedRow,
            RejectReason::UnparseableDate,
            RejectReason::WithdrawnBeforeGiven,
        ] {
            assert_ne!(reason_meaning(r.as_str()), fallback, "{}", r.as_str());
        }
        for r in [
            SkipReason::BlankRow,
            SkipReason::TotalsRow,
            SkipReason::NoRecord,
        ] {
            assert_ne!(reason_meaning(r.as_str()), fallback, "{}", r.as_str());
        }
    }
}
