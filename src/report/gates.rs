//! CI gates: thresholds a run must meet, on top of the reconciliation
//! balancing, for `onefamily run` to exit 0. Each gate is evaluated on the
//! finished report and written into it (report.json, report.html and the
//! Markdown summary), passed or failed, with its threshold and the value
//! measured.

use super::Report;
pub use crate::mapping::gates::{parse_rate, ProjectGates, SourceGates};
use serde::Serialize;

/// A reject-rate threshold: for the whole run, or for one source.
#[derive(Clone, Debug, PartialEq)]
pub struct RejectRate {
    pub source: Option<String>,
    pub rate: f64,
}

/// Parse `RATE` or `SOURCE=RATE`, a rate being a fraction from 0 to 1
/// (`0.02`) or a percentage (`2%`).
pub fn parse_reject_rate(s: &str) -> Result<RejectRate, String> {
    let (source, rate) = match s.rsplit_once('=') {
        Some((src, r)) if !src.trim().is_empty() => (Some(src.trim().to_string()), r),
        Some(_) => return Err(format!("{s:?}: expected RATE or SOURCE=RATE")),
        None => (None, s),
    };
    Ok(RejectRate {
        source,
        rate: parse_rate(rate)?,
    })
}

/// The thresholds a run was given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gates {
    /// Rejected rows / rows read; overall (source `None`) and per source.
    /// When none is given, the run allows no rejected row at all.
    pub max_reject_rate: Vec<RejectRate>,
    /// Person records that linked to at least one other record / person
    /// records. A collapse here means a mapping or the model broke.
    pub min_linked_rate: Option<f64>,
    /// Fewest staged person records: catches an empty or truncated extract.
    pub min_records: Option<u64>,
}

/// One gate, evaluated.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GateResult {
    pub name: String,
    pub threshold: String,
    pub value: String,
    pub passed: bool,
}

fn ratio(n: u64, d: u64) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

fn pct(v: f64) -> String {
    format!("{:.2}%", v * 100.0)
}

impl Gates {
    /// Evaluate every gate against a finished report.
    pub fn evaluate(&self, report: &Report) -> Vec<GateResult> {
        let mut out = Vec::new();
        let read: u64 = report.sources.iter().map(|s| s.rows_read).sum();
        let rejected: u64 = report.sources.iter().map(|s| s.rows_rejected).sum();
        if self.max_reject_rate.is_empty() {
            out.push(GateResult {
                name: "rejected rows (none allowed without --max-reject-rate)".into(),
                threshold: "0".into(),
                value: format!("{rejected} of {read} rows"),
                passed: rejected == 0,
            });
        }
        for g in &self.max_reject_rate {
            match &g.source {
                None => {
                    let rate = ratio(rejected, read);
                    out.push(GateResult {
                        name: "reject rate, all sources".into(),
                        threshold: format!("≤ {}", pct(g.rate)),
                        value: format!("{} ({rejected} of {read} rows)", pct(rate)),
                        passed: rate <= g.rate,
                    });
                }
                Some(name) => {
                    let (value, passed) = match report.sources.iter().find(|s| &s.name == name) {
                        Some(s) => {
                            let rate = ratio(s.rows_rejected, s.rows_read);
                            (
                                format!(
                                    "{} ({} of {} rows)",
                                    pct(rate),
                                    s.rows_rejected,
                                    s.rows_read
                                ),
                                rate <= g.rate,
                            )
                        }
                        None => ("no source of that name in the project".to_string(), false),
                    };
                    out.push(GateResult {
                        name: format!("reject rate, source {name}"),
                        threshold: format!("≤ {}", pct(g.rate)),
                        value,
                        passed,
                    });
                }
            }
        }
        if let Some(min) = self.min_linked_rate {
            let records = report.persons.records;
            let linked: u64 = report
                .persons
                .cluster_sizes
                .iter()
                .filter(|(size, _)| **size > 1)
                .map(|(size, n)| size * n)
                .sum();
            let rate = ratio(linked, records);
            out.push(GateResult {
                name: "linked rate (person records linked to another record)".into(),
                threshold: format!("≥ {}", pct(min)),
                value: format!("{} ({linked} of {records} records)", pct(rate)),
                passed: rate >= min,
            });
        }
        if let Some(min) = self.min_records {
            let records = report.persons.records;
            out.push(GateResult {
                name: "staged person records".into(),
                threshold: format!("≥ {min}"),
                value: records.to_string(),
                passed: records >= min,
            });
        }
        out
    }
}

/// What `check` and the run report say about a source's coverage and
/// shape: unread columns and sheets, a header that does not fit, counts
/// that part. One message each.
pub fn coverage_problems(i: &crate::model::integrity::Integrity) -> Vec<String> {
    let mut out = Vec::new();
    if !i.columns.unread.is_empty() {
        out.push(format!(
            "{} column(s) neither mapped nor ignored: {} (map them or list them in `ignore`)",
            i.columns.unread.len(),
            quoted(&i.columns.unread)
        ));
    }
    let unread: Vec<String> = i
        .sheets
        .iter()
        .filter(|s| s.status == "unread" && s.rows > 0)
        .map(|s| format!("{:?} ({} rows)", s.name, s.rows))
        .collect();
    if !unread.is_empty() {
        out.push(format!(
            "sheet(s) no mapping reads: {} (map them or list them in `ignore_sheets`)",
            unread.join(", ")
        ));
    }
    if let Some(h) = &i.header_mismatch {
        out.push(format!("header does not fit the rows: {h}"));
    }
    if let Some(p) = &i.parted_at {
        out.push(format!("rows read and the independent count part at {p}"));
    }
    for l in &i.lookups {
        if l.unmatched > 0 {
            out.push(format!(
                "lookup {:?}: {} row(s) found no row in {} (first at {}); their looked-up fields are blank",
                l.name,
                l.unmatched,
                l.from,
                l.first_unmatched.join(", ")
            ));
        }
        if l.duplicate_keys > 0 {
            out.push(format!(
                "lookup {:?}: {} holds {} key(s) more than once; the first row is used",
                l.name, l.from, l.duplicate_keys
            ));
        }
    }
    out
}

fn quoted(names: &[String]) -> String {
    const SHOWN: usize = 12;
    let mut v: Vec<String> = names.iter().take(SHOWN).map(|n| format!("{n:?}")).collect();
    if names.len() > SHOWN {
        v.push(format!("and {} more", names.len() - SHOWN));
    }
    v.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_parse() {
        let ok = [
            ("0.02", None, 0.02),
            ("2%", None, 0.02),
            ("yot=0.5", Some("yot"), 0.5),
            ("family support = 10 %", Some("family support"), 0.1),
            ("0", None, 0.0),
            ("1", None, 1.0),
        ];
        for (s, src, rate) in ok {
            let r = parse_reject_rate(s).unwrap();
            assert_eq!(r.source.as_deref(), src, "{s}");
            assert!((r.rate - rate).abs() < 1e-12, "{s}");
        }
        for bad in ["", "x", "1.5", "-0.1", "=0.1", "yot=", "150%"] {
            assert!(parse_reject_rate(bad).is_err(), "{bad}");
        }
    }
}
