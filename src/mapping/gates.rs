//! The project file's `[gates]` and `[limits]`: the thresholds every source
//! must pass unless the project says otherwise, per source where it does,
//! resolved from the raw TOML with the problems `check` reports. The run
//! report evaluates them (`report::gates`).

use super::raw::{RawGates, RawLimits, S};
use std::collections::BTreeMap;
use std::ops::Range;

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
) -> Result<(ProjectGates, super::Limits), Problems> {
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
    let mut l = super::Limits::default();
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
