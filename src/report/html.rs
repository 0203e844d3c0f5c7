//! `report.html`: one self-contained page for people (no scripts, no
//! network fetches; charts are inline SVG), built from the same `Report` as
//! `report.json` so the two never disagree, and the CSV files its long
//! lists point to.
//!
//! The page reads top-down as a data manager needs it: the run's result
//! in the colour of its worst finding (`summary`), then reconciliation,
//! then everything else, with a glossary at the foot. It is a minijinja
//! template (`html/page.html`, embedded in the binary) over a view (`view`)
//! that holds every figure already formatted for people. The engine
//! escapes every value it prints, so a source or worker name holding `<`
//! cannot break the page.

mod chart;
pub mod families;
pub mod format;
mod summary;
mod view;

use super::Report;
use crate::error::{Error, Result};
use minijinja::{AutoEscape, Environment, Value};
use std::path::Path;

/// Long lists show this many rows on the page; the CSV beside it has all.
pub const SHOWN: usize = 50;

/// Escape text for HTML element content and attribute values. The
/// template engine's formatter uses it for every value it prints; nothing
/// else needs to call it.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The templates, embedded so the binary needs no files beside it.
const TEMPLATES: [(&str, &str); 2] = [
    ("page.html", include_str!("html/page.html")),
    ("macros.html", include_str!("html/macros.html")),
];

/// `{{ n|num }}`: a count with thousands separators.
fn num_filter(v: Value) -> String {
    match u64::try_from(v.clone()) {
        Ok(n) => format::num(n),
        Err(_) => v.to_string(),
    }
}

/// `{{ n|count("family", "families") }}`: "1 family", "1,205 families";
/// without a plural, the noun's regular one.
fn count_filter(v: Value, one: &str, many: Option<&str>) -> String {
    let many = many.map_or_else(|| format::plural(one), str::to_string);
    match u64::try_from(v.clone()) {
        Ok(n) => format::count(n, one, &many),
        Err(_) => format!("{v} {many}"),
    }
}

/// The environment: HTML auto-escaping for every `.html` template (the
/// engine's default), printed through `esc`; the number filters.
fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_formatter(|out, state, value| {
        if matches!(state.auto_escape(), AutoEscape::Html) && !value.is_safe() {
            // `none` and undefined print nothing, as in the engine's own formatter.
            if value.is_none() || value.is_undefined() {
                return Ok(());
            }
            let text = match value.as_str() {
                Some(s) => esc(s),
                None => esc(&value.to_string()),
            };
            return out.write_str(&text).map_err(minijinja::Error::from);
        }
        minijinja::escape_formatter(out, state, value)
    });
    env.add_filter("num", num_filter);
    env.add_filter("count", count_filter);
    for (name, source) in TEMPLATES {
        // The templates are part of the binary and tested: a syntax error
        // is caught by the tests, and here reported, never a panic.
        if let Err(e) = env.add_template(name, source) {
            tracing::error!(template = name, error = %e, "Report template does not parse.");
        }
    }
    env
}

/// Render the whole page. A template error (a bug, caught by the tests)
/// yields a minimal page that says so rather than no report at all.
pub fn render(report: &Report) -> String {
    let env = environment();
    let view = view::View::new(report);
    let result = env
        .get_template("page.html")
        .and_then(|t| t.render(Value::from(minijinja::value::Serde(&view))));
    match result {
        Ok(mut page) => {
            page.push('\n');
            page
        }
        Err(e) => format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>onefamily report</title></head><body><p>The report page could not be rendered: {}. report.json holds the whole report.</p></body></html>\n",
            esc(&e.to_string())
        ),
    }
}

/// Write one CSV list beside the report.
fn write_csv<const N: usize>(
    path: &Path,
    header: [&str; N],
    rows: impl Iterator<Item = [String; N]>,
) -> Result<()> {
    let io = |e: csv::Error| Error::Other(format!("{}: {e}", path.display()));
    let mut w = csv::Writer::from_path(path).map_err(io)?;
    w.write_record(header).map_err(io)?;
    for r in rows {
        w.write_record(&r).map_err(io)?;
    }
    w.flush().map_err(|e| Error::io(path, e))
}

/// The whole of every list the page shows only the start of (rejects are
/// in `rejects.csv`, written with the crosswalk): written every run, empty
/// or not, so the page's links always lead somewhere.
pub fn write_lists(out: &Path, report: &Report) -> Result<()> {
    let f = &report.families;
    write_csv(
        &out.join("lead_worker_conflicts.csv"),
        [
            "family_id",
            "lead_worker",
            "lead_service",
            "open_involvements",
        ],
        f.all_lead_worker_conflicts.iter().map(|c| {
            [
                c.family.clone(),
                c.lead_worker.clone(),
                c.lead_service.clone(),
                c.open
                    .iter()
                    .map(|(svc, w)| format!("{w} ({svc})"))
                    .collect::<Vec<_>>()
                    .join("; "),
            ]
        }),
    )?;
    write_csv(
        &out.join("family_conflicts.csv"),
        ["grouping", "placed_in", "also_fits", "why"],
        f.all_formation_conflicts.iter().map(|c| {
            [
                c.grouping.clone(),
                c.placed_in.clone(),
                c.also_fits.join(" "),
                c.reason.to_string(),
            ]
        }),
    )?;
    write_csv(
        &out.join("implausible_families.csv"),
        ["family", "adults", "children", "why"],
        f.all_implausible_families.iter().map(|x| {
            [
                x.family.clone(),
                x.adults.to_string(),
                x.children.to_string(),
                x.reasons.join("; "),
            ]
        }),
    )?;
    write_csv(
        &out.join("review_problems.csv"),
        ["problem", "kind", "records", "why"],
        view::review_problem_rows(&report.review).into_iter(),
    )
}

#[cfg(test)]
mod tests;
