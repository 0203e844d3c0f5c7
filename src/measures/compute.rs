//! The arithmetic of the measures, pure: from the records a rule selected to
//! one figure per month and breakdown, twice — once over unified persons and
//! families, once as the legacy systems would count (each source's own
//! person record and family grouping) — and a sentence saying which merges
//! made the two differ in the latest month.

use super::definitions::{Kind, Measure, Related, Rule, Statistic, Unit};
use super::store::Fetched;
use chrono::{Datelike, Days, NaiveDate};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    /// `YYYY-MM`.
    pub fn parse(text: &str) -> Option<Month> {
        let (y, m) = text.trim().split_once('-')?;
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        (y.len() == 4 && (1..=12).contains(&month)).then_some(Month { year, month })
    }

    pub fn of(d: NaiveDate) -> Month {
        Month {
            year: d.year(),
            month: d.month(),
        }
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                month: self.month + 1,
                ..self
            }
        }
    }

    pub fn previous(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                month: self.month - 1,
                ..self
            }
        }
    }

    /// The month's last day.
    pub fn last_day(self) -> NaiveDate {
        let n = self.next();
        NaiveDate::from_ymd_opt(n.year, n.month, 1)
            .and_then(|d| d.pred_opt())
            .unwrap_or(NaiveDate::MAX)
    }

    /// Every month from `self` to `to`, both included.
    pub fn through(self, to: Month) -> Vec<Month> {
        let mut out = Vec::new();
        let mut m = self;
        while m <= to {
            out.push(m);
            m = m.next();
        }
        out
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A full ISO date at the start of the text (`2024-03-05`, or a date-time);
/// partial dates (`2024-03`, `2024`) have no day and give `None`.
pub fn day(text: Option<&str>) -> Option<NaiveDate> {
    let t = text?.trim();
    NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok()
}

/// The two ways of counting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Unified,
    Legacy,
}

/// One figure: the value, and the counts it was computed from.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Figure {
    pub value: Option<f64>,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
}

/// The breakdown name of the total row.
pub const ALL: &str = "All";
/// The breakdown of a record whose breakdown value is blank.
pub const NOT_RECORDED: &str = "(not recorded)";

/// A measure's figures: per month and breakdown, unified then legacy.
#[derive(Clone, Debug, Default)]
pub struct Computed {
    pub figures: BTreeMap<(Month, String), [Figure; 2]>,
    /// What linking changed in the latest month, in words.
    pub explanation: String,
    /// Records the rule selected whose month-defining date is missing or partial.
    pub undated: usize,
}

/// A selected record with its dates parsed and its breakdown values.
struct Event<'a> {
    f: &'a Fetched,
    date: Option<NaiveDate>,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    groups: Vec<String>,
}

fn unit_key(f: &Fetched, unit: Unit, view: View) -> String {
    let record = || format!("record\u{1f}{}", f.id);
    let legacy = |k: &Option<String>| k.as_ref().map(|k| format!("{}\u{1f}{k}", f.source));
    match (unit, view) {
        (Unit::Rows, _) => f.id.clone(),
        (Unit::Persons, View::Unified) => f.person.clone().unwrap_or_else(record),
        (Unit::Families, View::Unified) => f
            .family
            .clone()
            .or_else(|| f.person.clone())
            .unwrap_or_else(record),
        (Unit::Persons, View::Legacy) => legacy(&f.legacy_person).unwrap_or_else(record),
        (Unit::Families, View::Legacy) => legacy(&f.legacy_family)
            .or_else(|| legacy(&f.legacy_person))
            .unwrap_or_else(record),
    }
}

/// Events of a related table, per unit, in date order.
struct Index<'a>(HashMap<String, Vec<(NaiveDate, &'a Fetched)>>);

impl<'a> Index<'a> {
    fn new(related: &'a [Fetched], unit: Unit, view: View) -> Index<'a> {
        let mut map: HashMap<String, Vec<(NaiveDate, &Fetched)>> = HashMap::new();
        for f in related {
            if let Some(d) = day(f.date.as_deref()) {
                map.entry(unit_key(f, unit, view)).or_default().push((d, f));
            }
        }
        for v in map.values_mut() {
            v.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
        }
        Index(map)
    }

    /// The first related event on or after `from` within the window (`to`).
    fn first_after(&self, e: &Event, key: &str, r: &Related) -> Option<(i64, &'a Fetched)> {
        let from = e.date?;
        let until = from.checked_add_days(Days::new(r.within_days as u64))?;
        self.0.get(key)?.iter().find_map(|(d, f)| {
            (*d >= from && *d <= until && (!r.other_source || f.source != e.f.source))
                .then(|| ((*d - from).num_days(), *f))
        })
    }

    /// The latest related event on or before the event's date within the
    /// window, other than the event's own record (`prior`).
    fn last_before(&self, e: &Event, key: &str, r: &Related) -> Option<&'a Fetched> {
        let to = e.date?;
        let since = to.checked_sub_days(Days::new(r.within_days as u64))?;
        self.0.get(key)?.iter().rev().find_map(|(d, f)| {
            (*d <= to
                && *d >= since
                && f.id != e.f.id
                && (!r.other_source || f.source != e.f.source))
                .then_some(*f)
        })
    }
}

/// Compute one measure over `months` from its records and its related
/// table's (empty when it has none).
pub fn compute(
    m: &Measure,
    records: &[Fetched],
    related: &[Fetched],
    months: &[Month],
) -> Computed {
    let Some(rule) = &m.rule else {
        return Computed::default();
    };
    let (Some(&first), Some(&last)) = (months.first(), months.last()) else {
        return Computed::default();
    };
    let events: Vec<Event> = records.iter().map(|f| event(f, rule)).collect();
    let undated = events.iter().filter(|e| e.date.is_none()).count();
    let mut out = Computed {
        undated,
        ..Computed::default()
    };
    let mut traces = Vec::new();
    for (i, view) in [View::Unified, View::Legacy].into_iter().enumerate() {
        let (figures, trace) = match &rule.kind {
            Kind::Open { .. } => open(rule, &events, months, view),
            _ => dated(rule, &events, related, (first, last), view),
        };
        for month in months {
            figures_default(&mut out.figures, *month, rule);
        }
        for (k, f) in figures {
            out.figures.entry(k).or_default()[i] = f;
        }
        traces.push(trace);
    }
    out.explanation = super::explain::explain(rule, &traces[0], &traces[1], last);
    out
}

/// Every month has a total row, so a trend has no gaps; counts start at 0.
fn figures_default(
    figures: &mut BTreeMap<(Month, String), [Figure; 2]>,
    month: Month,
    rule: &Rule,
) {
    let zero = match rule.kind {
        Kind::Count | Kind::Open { .. } => Figure {
            value: Some(0.0),
            numerator: Some(0.0),
            denominator: None,
        },
        _ => Figure {
            value: None,
            numerator: Some(0.0),
            denominator: Some(0.0),
        },
    };
    figures
        .entry((month, ALL.to_string()))
        .or_insert([zero, zero]);
}

fn event<'a>(f: &'a Fetched, rule: &Rule) -> Event<'a> {
    let mut groups = vec![ALL.to_string()];
    if rule.breakdown.is_some() {
        let raw = f.breakdown.as_deref().map(str::trim).unwrap_or("");
        let parts: BTreeSet<&str> = match &rule.breakdown_split {
            Some(sep) if !sep.is_empty() => raw
                .split(sep.as_str())
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect(),
            _ => [raw].into_iter().filter(|p| !p.is_empty()).collect(),
        };
        if parts.is_empty() {
            groups.push(NOT_RECORDED.to_string());
        }
        groups.extend(parts.into_iter().map(str::to_string));
    }
    Event {
        f,
        date: day(f.date.as_deref()),
        start: day(f.start.as_deref()),
        end: day(f.end.as_deref()),
        groups,
    }
}

/// Per month and group, the units counted in the latest month and, for
/// related-event measures, each event's match: what `explain` reads.
#[derive(Debug, Default)]
pub struct Trace {
    /// Unit (in this view) of each record counted in the latest month's total,
    /// by record id.
    pub units: BTreeMap<String, String>,
    /// For related-event measures: record id → whether the matched record
    /// is in another source than the event's (None: no match), for the
    /// latest month's events.
    pub matches: BTreeMap<String, Option<bool>>,
}

fn dated(
    rule: &Rule,
    events: &[Event],
    related: &[Fetched],
    (first, last): (Month, Month),
    view: View,
) -> (BTreeMap<(Month, String), Figure>, Trace) {
    let index = match &rule.kind {
        Kind::Duration { to: Some(_), .. } | Kind::Recurrence { .. } => {
            Some(Index::new(related, rule.unit, view))
        }
        _ => None,
    };
    // Per (month, group): units counted, units meeting the numerator, and
    // the days of each matched event.
    #[derive(Default)]
    struct Acc {
        all: BTreeSet<String>,
        hit: BTreeSet<String>,
        days: Vec<i64>,
    }
    let mut acc: BTreeMap<(Month, String), Acc> = BTreeMap::new();
    let mut trace = Trace::default();
    for e in events {
        let Some(date) = e.date else { continue };
        let month = Month::of(date);
        if month < first || month > last {
            continue;
        }
        let key = unit_key(e.f, rule.unit, view);
        let (hit, days) = match &rule.kind {
            Kind::Count => (true, None),
            Kind::Share { .. } => (e.f.flag, None),
            Kind::Duration { end: Some(_), .. } => match (e.start, e.end) {
                (Some(s), Some(t)) if t >= s => (true, Some((t - s).num_days())),
                _ => (false, None),
            },
            Kind::Duration { to: Some(r), .. } => {
                let found = index.as_ref().and_then(|i| i.first_after(e, &key, r));
                if month == last {
                    trace
                        .matches
                        .insert(e.f.id.clone(), found.map(|(_, f)| f.source != e.f.source));
                }
                (found.is_some(), found.map(|(d, _)| d))
            }
            Kind::Recurrence { prior, .. } => {
                let found = index.as_ref().and_then(|i| i.last_before(e, &key, prior));
                if month == last {
                    trace
                        .matches
                        .insert(e.f.id.clone(), found.map(|f| f.source != e.f.source));
                }
                (found.is_some(), None)
            }
            Kind::Duration { .. } | Kind::Open { .. } => (false, None),
        };
        if month == last {
            trace.units.insert(e.f.id.clone(), key.clone());
        }
        // Related-event measures count events, not units: a unit is what
        // finds the related event, and two referrals of one child are two.
        let counted = match rule.kind {
            Kind::Count | Kind::Share { .. } => key,
            _ => e.f.id.clone(),
        };
        for g in &e.groups {
            let a = acc.entry((month, g.clone())).or_default();
            a.all.insert(counted.clone());
            if hit {
                a.hit.insert(counted.clone());
            }
            if let Some(d) = days {
                a.days.push(d);
            }
        }
    }
    let figures = acc
        .into_iter()
        .map(|(k, a)| {
            let (n, d) = (a.hit.len() as f64, a.all.len() as f64);
            let pct = |n: f64, d: f64| (d > 0.0).then(|| 100.0 * n / d);
            let f = match &rule.kind {
                Kind::Count => Figure {
                    value: Some(d),
                    numerator: Some(d),
                    denominator: None,
                },
                Kind::Share { percent, .. } | Kind::Recurrence { percent, .. } => Figure {
                    value: if *percent { pct(n, d) } else { Some(n) },
                    numerator: Some(n),
                    denominator: Some(d),
                },
                Kind::Duration { statistic, .. } => {
                    let mut days = a.days;
                    days.sort_unstable();
                    statistic_figure(*statistic, &days, d)
                }
                Kind::Open { .. } => Figure::default(),
            };
            (k, f)
        })
        .collect();
    (figures, trace)
}

fn statistic_figure(s: Statistic, days: &[i64], events: f64) -> Figure {
    let matched = days.len() as f64;
    match s {
        Statistic::Within(limit) => {
            let within = days.iter().filter(|d| **d <= limit).count() as f64;
            Figure {
                value: (matched > 0.0).then(|| 100.0 * within / matched),
                numerator: Some(within),
                denominator: Some(matched),
            }
        }
        Statistic::Median | Statistic::P90 | Statistic::Mean => Figure {
            value: match s {
                Statistic::Median => percentile(days, 0.5),
                Statistic::P90 => percentile(days, 0.9),
                _ => (matched > 0.0).then(|| days.iter().sum::<i64>() as f64 / matched),
            },
            numerator: Some(matched),
            denominator: Some(events),
        },
    }
}

/// Excel's PERCENTILE.INC over sorted values: linear between closest ranks.
pub fn percentile(sorted: &[i64], p: f64) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let h = (n - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(n - 1);
    Some(sorted[lo] as f64 + (h - lo as f64) * (sorted[hi] - sorted[lo]) as f64)
}

fn open(
    rule: &Rule,
    events: &[Event],
    months: &[Month],
    view: View,
) -> (BTreeMap<(Month, String), Figure>, Trace) {
    let Kind::Open {
        per_distinct,
        at_least_distinct,
        all_null,
        ..
    } = &rule.kind
    else {
        return Default::default();
    };
    let keys: Vec<String> = events
        .iter()
        .map(|e| unit_key(e.f, rule.unit, view))
        .collect();
    let mut figures = BTreeMap::new();
    let mut trace = Trace::default();
    let last = months.last().copied();
    for &month in months {
        let day = month.last_day();
        // group → unit → the extra values of its open records.
        let mut open: BTreeMap<&str, BTreeMap<&str, Vec<Option<&str>>>> = BTreeMap::new();
        for (e, key) in events.iter().zip(&keys) {
            let Some(start) = e.start.or(e.date) else {
                continue;
            };
            let is_open = start <= day && e.end.map_or(e.f.open, |end| end > day);
            if !is_open {
                continue;
            }
            if Some(month) == last {
                trace.units.insert(e.f.id.clone(), key.clone());
            }
            for g in &e.groups {
                open.entry(g)
                    .or_default()
                    .entry(key)
                    .or_default()
                    .push(e.f.extra.as_deref());
            }
        }
        for (group, units) in open {
            let total = units.len() as f64;
            let distinct =
                |v: &Vec<Option<&str>>| v.iter().flatten().collect::<BTreeSet<_>>().len();
            let f = if per_distinct.is_some() {
                let workers: BTreeSet<&str> = units.values().flatten().flatten().copied().collect();
                let w = workers.len() as f64;
                Figure {
                    value: (w > 0.0).then(|| total / w),
                    numerator: Some(total),
                    denominator: Some(w),
                }
            } else if let Some((_, n)) = at_least_distinct {
                let c = units.values().filter(|v| distinct(v) >= *n).count() as f64;
                Figure {
                    value: Some(c),
                    numerator: Some(c),
                    denominator: Some(total),
                }
            } else if all_null.is_some() {
                let c = units
                    .values()
                    .filter(|v| v.iter().all(Option::is_none))
                    .count() as f64;
                Figure {
                    value: Some(c),
                    numerator: Some(c),
                    denominator: Some(total),
                }
            } else {
                Figure {
                    value: Some(total),
                    numerator: Some(total),
                    denominator: None,
                }
            };
            figures.insert((month, group.to_string()), f);
        }
    }
    (figures, trace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentile_matches_excel() {
        // PERCENTILE.INC({1,2,3,4,10}, 0.9) = 7.6; MEDIAN = 3.
        let p90 = percentile(&[1, 2, 3, 4, 10], 0.9).unwrap();
        assert!((p90 - 7.6).abs() < 1e-9, "{p90}");
        assert_eq!(percentile(&[1, 2, 3, 4, 10], 0.5), Some(3.0));
        assert_eq!(percentile(&[1, 2, 3, 4], 0.5), Some(2.5));
        assert_eq!(percentile(&[5], 0.9), Some(5.0));
        assert_eq!(percentile(&[], 0.5), None);
    }

    #[test]
    fn months() {
        let m = Month::parse("2024-12").unwrap();
        assert_eq!(m.next().to_string(), "2025-01");
        assert_eq!(m.next().previous(), m);
        assert_eq!(
            Month::parse("2024-01").unwrap().previous().to_string(),
            "2023-12"
        );
        assert_eq!(
            Month::parse("2024-02").unwrap().last_day().to_string(),
            "2024-02-29"
        );
        assert_eq!(m.through(Month::parse("2025-02").unwrap()).len(), 3);
        assert!(Month::parse("2024-13").is_none());
        assert!(Month::parse("24-01").is_none());
        assert_eq!(
            day(Some("2024-03-05 10:00:00")).unwrap().to_string(),
            "2024-03-05"
        );
        assert!(day(Some("2024-03")).is_none());
    }
}
