//! The measures file: what each performance measure counts, as data. A serde
//! `RawFile` (unknown keys refused) is resolved into checked `Measure`s whose
//! kind carries exactly the fields it needs; every problem in a file is
//! collected with the measure it belongs to, so `measures --check` shows them
//! all at once. The default file ships in the binary; a council's own file
//! adds measures to it, replaces a default one by using its id, or replaces
//! them all.

use crate::{Error, Result};
use serde::Deserialize;
use std::path::Path;

/// The default measures, compiled in.
pub const DEFAULT_MEASURES: &str = include_str!("default_measures.toml");

/// The record tables a measure can count: each has `source`, `source_key`,
/// `person_id` and `family_id`, and lineage rows of the same kind.
pub const RECORD_TABLES: [&str; 4] = ["referral", "involvement", "assessment", "consent"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    /// Drop the default measures and keep only this file's.
    #[serde(default)]
    replace_defaults: bool,
    #[serde(default)]
    measure: Vec<RawMeasure>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeasure {
    id: String,
    group: String,
    title: String,
    definition: String,
    /// Set instead of a counting rule when the estate cannot support the measure.
    not_computable: Option<String>,
    kind: Option<String>,
    table: Option<String>,
    date: Option<String>,
    #[serde(rename = "where")]
    filter: Option<String>,
    breakdown: Option<String>,
    breakdown_split: Option<String>,
    count: Option<String>,
    value: Option<String>,
    numerator: Option<String>,
    start: Option<String>,
    end: Option<String>,
    open_when: Option<String>,
    per_distinct: Option<String>,
    at_least_distinct: Option<String>,
    at_least: Option<usize>,
    all_null: Option<String>,
    statistic: Option<String>,
    days: Option<i64>,
    to: Option<RawRelated>,
    prior: Option<RawRelated>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelated {
    table: String,
    date: String,
    #[serde(rename = "where")]
    filter: Option<String>,
    #[serde(default)]
    other_source: bool,
    within_days: i64,
}

/// What a measure counts each event or open case as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Each record (a contact, an involvement): linking changes nothing.
    Rows,
    /// Distinct persons (unified, or each source's person record).
    Persons,
    /// Distinct families (unified, or each source's family grouping).
    Families,
}

impl Unit {
    pub fn noun(self) -> &'static str {
        match self {
            Unit::Rows => "records",
            Unit::Persons => "persons",
            Unit::Families => "families",
        }
    }

    /// The noun for one.
    pub fn one(self) -> &'static str {
        match self {
            Unit::Rows => "record",
            Unit::Persons => "person",
            Unit::Families => "family",
        }
    }
}

/// A statistic over days between two dates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Statistic {
    Median,
    P90,
    Mean,
    /// Percentage of events with the interval at most this many days.
    Within(i64),
}

/// Events in another table, matched to a measure's events through the same
/// person or family.
#[derive(Clone, Debug)]
pub struct Related {
    pub table: String,
    pub date: String,
    pub filter: Option<String>,
    /// Only events recorded by a source other than the event's own.
    pub other_source: bool,
    pub within_days: i64,
}

/// The counting rule of a measure.
#[derive(Clone, Debug)]
pub enum Kind {
    /// Events dated in the month.
    Count,
    /// Events dated in the month meeting `numerator`, of all of them.
    Share { numerator: String, percent: bool },
    /// Cases open at the month's last day: started on or before it and
    /// ended after it, or not ended and open by `open_when`.
    Open {
        end: String,
        open_when: String,
        per_distinct: Option<String>,
        at_least_distinct: Option<(String, usize)>,
        all_null: Option<String>,
    },
    /// Days from `start` to `end` of the same row, or from the event's date
    /// to the first related event of the same unit on or after it.
    Duration {
        start: String,
        end: Option<String>,
        to: Option<Related>,
        statistic: Statistic,
    },
    /// Events of the month whose unit had a `prior` event within its window
    /// before the event's date.
    Recurrence { prior: Related, percent: bool },
}

/// One checked measure.
#[derive(Clone, Debug)]
pub struct Measure {
    pub id: String,
    pub group: String,
    pub title: String,
    pub definition: String,
    pub rule: Option<Rule>,
    /// Why it cannot be computed from what the estate holds.
    pub not_computable: Option<String>,
}

/// The part of a measure that reads the target.
#[derive(Clone, Debug)]
pub struct Rule {
    pub table: String,
    pub date: String,
    pub filter: Option<String>,
    pub breakdown: Option<String>,
    pub breakdown_split: Option<String>,
    pub unit: Unit,
    pub kind: Kind,
}

/// The default measures, or the defaults with a council's file applied.
pub fn load(path: Option<&Path>) -> Result<Vec<Measure>> {
    let default = Path::new("<default measures>");
    let mut measures = parse(DEFAULT_MEASURES, default)?;
    let Some(path) = path else {
        return Ok(measures);
    };
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let raw: RawFile = toml::from_str(&text).map_err(|e| toml_error(path, &text, &e))?;
    if raw.replace_defaults {
        measures.clear();
    }
    for m in resolve_all(raw.measure, path)? {
        match measures.iter_mut().find(|d| d.id == m.id) {
            Some(d) => *d = m,
            None => measures.push(m),
        }
    }
    Ok(measures)
}

/// Parse and resolve one file's text.
pub fn parse(text: &str, path: &Path) -> Result<Vec<Measure>> {
    let raw: RawFile = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
    resolve_all(raw.measure, path)
}

fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> Error {
    let line = e
        .span()
        .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
    Error::config(path, line, e.message().to_string())
}

fn resolve_all(raw: Vec<RawMeasure>, path: &Path) -> Result<Vec<Measure>> {
    let mut problems = Vec::new();
    let mut out: Vec<Measure> = Vec::new();
    for r in raw {
        if out.iter().any(|m| m.id == r.id) {
            problems.push(Error::config(
                path,
                None,
                format!("measure {}: the id is used twice", r.id),
            ));
            continue;
        }
        match resolve(&r) {
            Ok(m) => out.push(m),
            Err(msgs) => problems.extend(
                msgs.into_iter()
                    .map(|m| Error::config(path, None, format!("measure {}: {m}", r.id))),
            ),
        }
    }
    match problems.len() {
        0 => Ok(out),
        1 => Err(problems.remove(0)),
        _ => Err(Error::ConfigMany(problems)),
    }
}

fn resolve(r: &RawMeasure) -> std::result::Result<Measure, Vec<String>> {
    let mut problems = Vec::new();
    if r.id.is_empty() || !r.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        problems.push("id must be letters, digits and _".to_string());
    }
    let base = Measure {
        id: r.id.clone(),
        group: r.group.clone(),
        title: r.title.clone(),
        definition: r.definition.clone(),
        rule: None,
        not_computable: r.not_computable.clone(),
    };
    if r.not_computable.is_some() {
        if r.kind.is_some() || r.table.is_some() {
            problems.push("not_computable excludes kind and table".into());
        }
        return if problems.is_empty() {
            Ok(base)
        } else {
            Err(problems)
        };
    }
    let need = |field: &Option<String>, name: &str, problems: &mut Vec<String>| -> String {
        match field {
            Some(v) if !v.trim().is_empty() => v.clone(),
            _ => {
                problems.push(format!("{name} is required"));
                String::new()
            }
        }
    };
    let table = need(&r.table, "table", &mut problems);
    if !table.is_empty() && !RECORD_TABLES.contains(&table.as_str()) {
        problems.push(format!(
            "table {table} is not one of {}",
            RECORD_TABLES.join(", ")
        ));
    }
    let date = need(&r.date, "date", &mut problems);
    let unit = match r.count.as_deref().unwrap_or("rows") {
        "rows" => Unit::Rows,
        "persons" => Unit::Persons,
        "families" => Unit::Families,
        other => {
            problems.push(format!("count {other}: use rows, persons or families"));
            Unit::Rows
        }
    };
    let percent = match r.value.as_deref().unwrap_or("percent") {
        "percent" => true,
        "count" => false,
        other => {
            problems.push(format!("value {other}: use percent or count"));
            true
        }
    };
    let kind_name = need(&r.kind, "kind", &mut problems);
    let kind = match kind_name.as_str() {
        "count" => Some(Kind::Count),
        "share" => Some(Kind::Share {
            numerator: need(&r.numerator, "numerator", &mut problems),
            percent,
        }),
        "open" => Some(open_kind(r, &mut problems)),
        "duration" => Some(Kind::Duration {
            start: r.start.clone().unwrap_or_else(|| date.clone()),
            end: r.end.clone(),
            to: r.to.as_ref().map(|t| related(t, &mut problems)),
            statistic: statistic(r, &mut problems),
        }),
        "recurrence" => match &r.prior {
            Some(p) => Some(Kind::Recurrence {
                prior: related(p, &mut problems),
                percent,
            }),
            None => {
                problems.push("prior is required".into());
                None
            }
        },
        "" => None,
        other => {
            problems.push(format!(
                "kind {other}: use count, share, open, duration or recurrence"
            ));
            None
        }
    };
    if let Some(Kind::Duration { end, to, .. }) = &kind {
        if end.is_some() == to.is_some() {
            problems.push(
                "a duration needs end (a column of the row) or to (a related table), one of them"
                    .into(),
            );
        }
    }
    match kind {
        Some(kind) if problems.is_empty() => Ok(Measure {
            rule: Some(Rule {
                table,
                date,
                filter: r.filter.clone(),
                breakdown: r.breakdown.clone(),
                breakdown_split: r.breakdown_split.clone(),
                unit,
                kind,
            }),
            ..base
        }),
        _ => Err(problems),
    }
}

fn open_kind(r: &RawMeasure, problems: &mut Vec<String>) -> Kind {
    let at_least_distinct = match (&r.at_least_distinct, r.at_least) {
        (Some(col), n) => Some((col.clone(), n.unwrap_or(2))),
        (None, Some(_)) => {
            problems.push("at_least needs at_least_distinct".into());
            None
        }
        (None, None) => None,
    };
    Kind::Open {
        end: r.end.clone().unwrap_or_else(|| {
            problems.push("end is required".into());
            String::new()
        }),
        open_when: r.open_when.clone().unwrap_or_else(|| "1 = 0".into()),
        per_distinct: r.per_distinct.clone(),
        at_least_distinct,
        all_null: r.all_null.clone(),
    }
}

fn related(t: &RawRelated, problems: &mut Vec<String>) -> Related {
    if !RECORD_TABLES.contains(&t.table.as_str()) {
        problems.push(format!(
            "related table {} is not one of {}",
            t.table,
            RECORD_TABLES.join(", ")
        ));
    }
    if t.within_days < 0 {
        problems.push("within_days must not be negative".into());
    }
    Related {
        table: t.table.clone(),
        date: t.date.clone(),
        filter: t.filter.clone(),
        other_source: t.other_source,
        within_days: t.within_days,
    }
}

fn statistic(r: &RawMeasure, problems: &mut Vec<String>) -> Statistic {
    match r.statistic.as_deref().unwrap_or("median") {
        "median" => Statistic::Median,
        "p90" => Statistic::P90,
        "mean" => Statistic::Mean,
        "within" => match r.days {
            Some(d) if d >= 0 => Statistic::Within(d),
            _ => {
                problems.push("statistic within needs days (0 or more)".into());
                Statistic::Median
            }
        },
        other => {
            problems.push(format!(
                "statistic {other}: use median, p90, mean or within"
            ));
            Statistic::Median
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_file_resolves() {
        let m = load(None).unwrap();
        assert!(m.len() >= 20, "{}", m.len());
        assert!(m.iter().any(|m| m.not_computable.is_some()));
        assert!(m.iter().all(|m| !m.definition.trim().is_empty()));
    }

    #[test]
    fn every_problem_is_reported_with_the_measure() {
        let text = r#"
[[measure]]
id = "a"
group = "g"
title = "t"
definition = "d"
kind = "share"
table = "person"
date = "dob"

[[measure]]
id = "b"
group = "g"
title = "t"
definition = "d"
kind = "duration"
table = "assessment"
date = "start_date"
statistic = "within"
"#;
        let e = parse(text, Path::new("m.toml")).unwrap_err().to_string();
        assert!(e.contains("measure a: numerator is required"), "{e}");
        assert!(e.contains("measure a: table person"), "{e}");
        assert!(e.contains("measure b: statistic within needs days"), "{e}");
        assert!(e.contains("measure b: a duration needs end"), "{e}");
    }

    #[test]
    fn unknown_key_names_file_and_line() {
        let text = "[[measure]]\nid = \"a\"\ngroup = \"g\"\ntitle = \"t\"\ndefinition = \"d\"\ncolour = 1\n";
        let e = parse(text, Path::new("m.toml")).unwrap_err().to_string();
        assert!(e.starts_with("m.toml:6"), "{e}");
        assert!(e.contains("colour"), "{e}");
    }
}
