//! CI gates: thresholds a run must meet, on top of the reconciliation
//! balancing, for `onefamily run` to exit 0. Each gate is evaluated on the
//! finished report and written into it (report.json, report.html and the
//! Markdown summary), passed or failed, with its threshold and the value
//! measured.

use super::Report;
use crate::mapping::raw::{RawGates, RawLimits, S};
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::Range;

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

/// A fraction from 0 to 1, or a percentage with `%`.
pub fn parse_rate(s: &str) -> Result<f64, String> {
    let t = s.trim();
    let (num, scale) = match t.strip_suffix('%') {
        Some(n) => (n.trim(), 100.0),
        None => (t, 1.0),
    };
    let v: f64 = num
        .parse()
        .map_err(|_| format!("{s:?}: expected a rate such as 0.02 or 2%"))?;
    let v = v / scale;
    if !(0.0..=1.0).contains(&v) {
        return Err(format!("{s:?}: a rate is between 0 and 1 (0% and 100%)"));
    }
    Ok(v)
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

/// The gates every source must pass unless the project says otherwise:
/// they catch a broken source by default.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceGates {
    /// Largest share of the source's rows rejected.
    pub max_reject_rate: f64,
    /// Smallest share of a mapped date field's non-blank cells that parse.
    pub min_parse_rate: f64,
    pub allow_empty: bool,
    pub allow_header_mismatch: bool,
}

impl Default for SourceGates {
    fn default() -> SourceGates {
        SourceGates {
            max_reject_rate: 0.05,
            min_parse_rate: 0.8,
            allow_empty: false,
            allow_header_mismatch: false,
        }
    }
}

/// `[gates]` of the project file: defaults and per-source overrides.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProjectGates {
    pub default: SourceGates,
    pub sources: BTreeMap<String, SourceGates>,
}

impl ProjectGates {
    pub fn for_source(&self, name: &str) -> &SourceGates {
        self.sources.get(name).unwrap_or(&self.default)
    }
}

type Problems = Vec<(Range<usize>, String)>;

fn rate_of(v: &S<toml::Value>, key: &str, problems: &mut Problems) -> Option<f64> {
    let parsed = match v.get_ref() {
        toml::Value::String(s) => parse_rate(s),
        toml::Value::Float(f) => parse_rate(&f.to_string()),
        toml::Value::Integer(i) => parse_rate(&i.to_string()),
        _ => Err(format!("{key}: expected a rate such as 0.05 or \"5%\"")),
    };
    parsed
        .map_err(|e| problems.push((v.span(), format!("[gates] {key}: {e}"))))
        .ok()
}

fn apply(raw: &RawGates, base: &SourceGates, problems: &mut Problems) -> SourceGates {
    let mut g = base.clone();
    if let Some(r) = raw
        .max_reject_rate
        .as_ref()
        .and_then(|v| rate_of(v, "max_reject_rate", problems))
    {
        g.max_reject_rate = r;
    }
    if let Some(r) = raw
        .min_parse_rate
        .as_ref()
        .and_then(|v| rate_of(v, "min_parse_rate", problems))
    {
        g.min_parse_rate = r;
    }
    if let Some(b) = raw.allow_empty {
        g.allow_empty = b;
    }
    if let Some(b) = raw.allow_header_mismatch {
        g.allow_header_mismatch = b;
    }
    g
}

/// Resolve `[gates]` and `[limits]`; Err: every problem with its span.
pub(crate) fn resolve(
    gates: Option<&S<RawGates>>,
    limits: Option<&S<RawLimits>>,
) -> Result<(ProjectGates, crate::extract::Limits), Problems> {
    let mut problems = Vec::new();
    let mut out = ProjectGates::default();
    if let Some(g) = gates {
        out.default = apply(g.get_ref(), &SourceGates::default(), &mut problems);
        for (name, raw) in &g.get_ref().sources {
            if !raw.get_ref().sources.is_empty() {
                problems.push((
                    raw.span(),
                    format!("[gates.sources.{name}] cannot hold sources"),
                ));
            }
            let resolved = apply(raw.get_ref(), &out.default, &mut problems);
            out.sources.insert(name.clone(), resolved);
        }
    }
    let mut l = crate::extract::Limits::default();
    if let Some(raw) = limits {
        let raw = raw.get_ref();
        for (v, slot, key) in [
            (&raw.max_cell_bytes, &mut l.cell_bytes, "max_cell_bytes"),
            (&raw.max_row_bytes, &mut l.row_bytes, "max_row_bytes"),
        ] {
            if let Some(v) = v {
                match u64::try_from(*v.get_ref()) {
                    Ok(n) if n > 0 => *slot = n,
                    _ => problems.push((
                        v.span(),
                        format!("[limits] {key}: a number of bytes above 0"),
                    )),
                }
            }
        }
    }
    if problems.is_empty() {
        Ok((out, l))
    } else {
        Err(problems)
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
