//! The run's result, said first. After the reconciliation and the CLI's
//! gates, `finish` adds what catches a broken source by default: the
//! independent count checked against rows read (a reconciliation check),
//! the per-source gates of the project file (no rows, too many rejected,
//! a date field that mostly does not parse, a header that does not fit),
//! coverage warnings (columns and sheets nobody reads), per-source problem
//! flags, and the verdict `passed` / `failed_gates` / `not_balanced` that
//! report.json, the HTML summary band and the Markdown summary's first line
//! lead with.

use super::gates::{GateResult, Gates, ProjectGates};
use super::{Check, Report};
use serde::Serialize;

/// The run's result, worst finding first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Passed,
    FailedGates,
    NotBalanced,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Passed => "passed",
            Verdict::FailedGates => "failed_gates",
            Verdict::NotBalanced => "not_balanced",
        }
    }
}

fn pct(n: u64, d: u64) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

/// Complete a report whose reconciliation is done: checks, gates,
/// problems, warnings and the verdict.
pub fn finish(report: &mut Report, cli: &Gates, project: &ProjectGates) {
    cover_shared_workbooks(report);
    for s in &report.sources {
        let Some(physical) = s.physical_rows else {
            continue;
        };
        report.reconciliation.checks.push(Check {
            name: format!("{}: rows read match the independent count", s.name),
            passed: s.integrity.parted_at.is_none(),
            detail: match &s.integrity.parted_at {
                None => format!("{} rows read, {physical} counted", s.rows_read),
                Some(at) => format!(
                    "{} rows read, {physical} counted; first difference at {at}",
                    s.rows_read
                ),
            },
        });
    }
    report.reconciliation.balanced = report.reconciliation.checks.iter().all(|c| c.passed);
    let mut gates = cli.evaluate(report);
    gates.extend(source_gates(report, cli, project));
    report.gates = gates;
    let mut warnings = Vec::new();
    for s in &mut report.sources {
        let g = project.for_source(&s.name);
        let mut p = Vec::new();
        if s.rows_read == 0 {
            p.push("empty");
        } else if s.rows_rejected == s.rows_read {
            p.push("fully_rejected");
        }
        if s.rows_read > 0 && pct(s.rows_rejected, s.rows_read) > g.max_reject_rate {
            p.push("over_reject_gate");
        }
        if s.integrity.parted_at.is_some() {
            p.push("counts_part");
        }
        if s.integrity.header_mismatch.is_some() {
            p.push("header_mismatch");
        }
        if s.integrity
            .dates
            .iter()
            .any(|d| pct(d.parsed, d.non_blank) < g.min_parse_rate)
        {
            p.push("dates_unparsed");
        }
        let unread_sheets = s
            .integrity
            .sheets
            .iter()
            .any(|x| x.status == "unread" && x.rows > 0);
        if !s.integrity.columns.unread.is_empty() || unread_sheets {
            p.push("unread_data");
        }
        for w in super::gates::coverage_problems(&s.integrity) {
            warnings.push(format!("{}: {w}", s.name));
        }
        s.problems = p;
    }
    report.warnings = warnings;
    report.result = if !report.reconciliation.balanced {
        Verdict::NotBalanced
    } else if report.gates.iter().any(|g| !g.passed) {
        Verdict::FailedGates
    } else {
        Verdict::Passed
    };
}

/// Sources reading sheets of one workbook cover each other's sheets: a
/// sheet is unread only when no source of the project maps or ignores it.
fn cover_shared_workbooks(report: &mut Report) {
    let mut covered: Vec<(String, String)> = Vec::new();
    for s in &report.sources {
        if let Some(w) = &s.integrity.workbook {
            for x in s.integrity.sheets.iter().filter(|x| x.status != "unread") {
                covered.push((w.clone(), x.name.clone()));
            }
        }
    }
    for s in &mut report.sources {
        let Some(w) = s.integrity.workbook.clone() else {
            continue;
        };
        for x in s
            .integrity
            .sheets
            .iter_mut()
            .filter(|x| x.status == "unread")
        {
            if covered.iter().any(|(cw, cn)| *cw == w && *cn == x.name) {
                x.status = "read by another source";
            }
        }
    }
}

/// The project's per-source gates. A `--max-reject-rate SOURCE=RATE` on
/// the command line overrides the project's reject gate for that source.
fn source_gates(report: &Report, cli: &Gates, project: &ProjectGates) -> Vec<GateResult> {
    let mut out = Vec::new();
    for s in &report.sources {
        let g = project.for_source(&s.name);
        if !g.allow_empty {
            out.push(GateResult {
                name: format!("source {} has rows", s.name),
                threshold: "≥ 1 row read".into(),
                value: format!("{} rows read", s.rows_read),
                passed: s.rows_read > 0,
            });
        }
        let overridden = cli
            .max_reject_rate
            .iter()
            .any(|r| r.source.as_deref() == Some(s.name.as_str()));
        if !overridden {
            let rate = pct(s.rows_rejected, s.rows_read);
            out.push(GateResult {
                name: format!("reject rate, source {} (project gate)", s.name),
                threshold: format!("≤ {:.2}%", g.max_reject_rate * 100.0),
                value: format!(
                    "{:.2}% ({} of {} rows)",
                    rate * 100.0,
                    s.rows_rejected,
                    s.rows_read
                ),
                passed: rate <= g.max_reject_rate,
            });
        }
        for d in &s.integrity.dates {
            let rate = pct(d.parsed, d.non_blank);
            out.push(GateResult {
                name: format!("{}: {} parses", s.name, d.field),
                threshold: format!("≥ {:.2}% of non-blank cells", g.min_parse_rate * 100.0),
                value: format!("{:.2}% ({} of {})", rate * 100.0, d.parsed, d.non_blank),
                passed: rate >= g.min_parse_rate,
            });
        }
        if !g.allow_header_mismatch {
            out.push(GateResult {
                name: format!("{}: header fits the rows", s.name),
                threshold: "every row as wide as the header".into(),
                value: s
                    .integrity
                    .header_mismatch
                    .clone()
                    .unwrap_or_else(|| "fits".into()),
                passed: s.integrity.header_mismatch.is_none(),
            });
        }
    }
    out
}

/// The Markdown summary's first lines: the verdict, then every source in
/// trouble, so a broken source is at the top and not under the checks.
pub fn headline(report: &Report) -> String {
    use std::fmt::Write as _;
    let failed_checks = report
        .reconciliation
        .checks
        .iter()
        .filter(|c| !c.passed)
        .count();
    let failed_gates = report.gates.iter().filter(|g| !g.passed).count();
    let mut s = match report.result {
        Verdict::Passed => "**Result: passed**\n".to_string(),
        Verdict::FailedGates => format!("**Result: failed gates** ({failed_gates} gate(s) failed)\n"),
        Verdict::NotBalanced => format!(
            "**Result: not balanced** ({failed_checks} check(s) and {failed_gates} gate(s) failed)\n"
        ),
    };
    for x in report.sources.iter().filter(|x| !x.problems.is_empty()) {
        let _ = writeln!(
            s,
            "- **{}**: {} — {} read, {} staged, {} skipped, {} rejected ({:.1}%)",
            x.name,
            x.problems.join(", "),
            x.rows_read,
            x.rows_staged,
            x.rows_skipped,
            x.rows_rejected,
            pct(x.rows_rejected, x.rows_read) * 100.0
        );
    }
    for w in &report.warnings {
        let _ = writeln!(s, "- warning: {w}");
    }
    s.push('\n');
    s
}
