//! `measures.html`: one self-contained page (no scripts, no network fetch):
//! what linking changed first, then per group every measure with its trend
//! as inline SVG (unified solid, legacy dashed), its definition beside the
//! chart, and the latest month's figures by breakdown.

use super::compute::{Figure, Month, ALL};
use super::output::{latest_total, num};
use super::{Computed, Measure, Results};
use crate::{Error, Result};
use std::fmt::Write;
use std::path::Path;

fn esc(s: &str) -> String {
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

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em auto;color:#1a202c;max-width:1180px;padding:0 1em}
h1{margin-bottom:.2em}h2{border-bottom:2px solid #2b6cb0;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}th,td{border:1px solid #cbd5e0;padding:3px 8px;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}thead{background:#edf2f7}th.why{text-align:left}
td.why{text-align:left;max-width:520px;font-size:.92em}
.measure{border:1px solid #e2e8f0;border-radius:6px;padding:.6em 1em;margin:1em 0;background:#fff}
.measure h3{margin:.2em 0 .5em}.row{display:flex;gap:1.5em;flex-wrap:wrap;align-items:flex-start}
.def{flex:1;min-width:280px;font-size:.93em;color:#2d3748}.def p{margin:.2em 0 .6em}
.note{color:#4a5568;font-size:.9em}.up{color:#276749}.down{color:#c53030}
.legend span{display:inline-block;margin-right:1em;font-size:.85em}
.na{color:#718096;font-style:italic}";

pub fn write(results: &Results, path: &Path) -> Result<()> {
    let mut s = String::new();
    let (first, last) = match (results.months.first(), results.months.last()) {
        (Some(f), Some(l)) => (f.to_string(), l.to_string()),
        _ => (String::new(), String::new()),
    };
    let _ = write!(
        s,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Early Help measures</title>\
         <style>{STYLE}</style></head><body><h1>Early Help performance measures</h1>\
         <p class=\"note\">{} measures per calendar month, {first} to {last}, from <code>{}</code>. \
         Each is counted twice: over the unified persons and families, and as the legacy systems would \
         count them (each system's own person record and family grouping). Definitions sit beside every chart; \
         <code>measures.csv</code> and <code>measures.xlsx</code> hold every figure.</p>",
        results.measures.len(),
        esc(&results.target),
    );
    linking_section(&mut s, results);
    let mut groups: Vec<&str> = Vec::new();
    for (m, _) in &results.measures {
        if !groups.contains(&m.group.as_str()) {
            groups.push(&m.group);
        }
    }
    for g in groups {
        let _ = write!(s, "<h2>{}</h2>", esc(g));
        for (m, c) in results.measures.iter().filter(|(m, _)| m.group == g) {
            measure_card(&mut s, results, m, c);
        }
    }
    s.push_str("</body></html>\n");
    std::fs::write(path, s).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn linking_section(s: &mut String, results: &Results) {
    let month = results
        .months
        .last()
        .map(|m| m.to_string())
        .unwrap_or_default();
    let _ = write!(
        s,
        "<h2>What linking changed</h2><p class=\"note\">The latest month ({month}), each measure's total as \
         the unified store counts it beside the count the legacy systems would give, and the merges behind \
         the difference. Read this before signing the figures off.</p>\
         <table><thead><tr><th>Measure</th><th>Unified</th><th>Legacy</th><th>Difference</th><th class=\"why\">Why</th></tr></thead><tbody>"
    );
    for (m, c) in &results.measures {
        let Some((_, [u, l])) = latest_total(results, c) else {
            continue;
        };
        let diff = u.value.zip(l.value).map(|(a, b)| a - b);
        let class = match diff {
            Some(d) if d > 0.0 => "up",
            Some(d) if d < 0.0 => "down",
            _ => "",
        };
        let _ = write!(
            s,
            "<tr><td><a href=\"#{id}\">{}</a></td><td>{}</td><td>{}</td><td class=\"{class}\">{}</td><td class=\"why\">{}</td></tr>",
            esc(&m.title),
            num(u.value),
            num(l.value),
            diff.map(|d| format!("{}{}", if d > 0.0 { "+" } else { "" }, num(Some(d))))
                .unwrap_or_default(),
            esc(&c.explanation),
            id = esc(&m.id),
        );
    }
    s.push_str("</tbody></table>");
}

fn measure_card(s: &mut String, results: &Results, m: &Measure, c: &Computed) {
    let _ = write!(
        s,
        "<div class=\"measure\" id=\"{}\"><h3>{}</h3><div class=\"row\">",
        esc(&m.id),
        esc(&m.title)
    );
    if let Some(reason) = &m.not_computable {
        let _ = write!(
            s,
            "<div class=\"def\"><p>{}</p><p class=\"na\">Not computable: {}</p></div></div></div>",
            esc(&m.definition),
            esc(reason)
        );
        return;
    }
    let series: Vec<(Month, Figure, Figure)> = results
        .months
        .iter()
        .map(|mo| {
            let f = c
                .figures
                .get(&(*mo, ALL.to_string()))
                .copied()
                .unwrap_or_default();
            (*mo, f[0], f[1])
        })
        .collect();
    s.push_str(&chart(&m.title, &series));
    let _ = write!(
        s,
        "<div class=\"def\"><p><b>Definition.</b> {}</p><p class=\"note\"><code>{}</code>{}</p>",
        esc(&m.definition),
        esc(&m.id),
        if c.undated > 0 {
            format!(
                " · {} selected record(s) have no full date and are not counted",
                c.undated
            )
        } else {
            String::new()
        }
    );
    latest_table(s, results, c);
    s.push_str("</div></div></div>");
}

fn latest_table(s: &mut String, results: &Results, c: &Computed) {
    let Some(last) = results.months.last() else {
        return;
    };
    let _ = write!(
        s,
        "<table><thead><tr><th>{last}</th><th>Value</th><th>Num.</th><th>Den.</th><th>Legacy</th></tr></thead><tbody>"
    );
    for (month, breakdown, [u, l]) in super::output::ordered(c) {
        if month != *last {
            continue;
        }
        let b = if breakdown == ALL {
            "<b>All</b>".to_string()
        } else {
            esc(breakdown)
        };
        let _ = write!(
            s,
            "<tr><td>{b}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            num(u.value),
            num(u.numerator),
            num(u.denominator),
            num(l.value)
        );
    }
    s.push_str("</tbody></table>");
}

/// A line chart of the monthly totals: unified solid, legacy dashed; a gap
/// where a month has no value.
fn chart(title: &str, series: &[(Month, Figure, Figure)]) -> String {
    let (w, h, left, right, top, bottom) = (600.0, 200.0, 48.0, 12.0, 14.0, 28.0);
    let max = series
        .iter()
        .flat_map(|(_, u, l)| [u.value, l.value])
        .flatten()
        .fold(0.0f64, f64::max);
    let max = nice_max(max);
    let n = series.len().max(2) as f64;
    let x = |i: usize| left + (w - left - right) * i as f64 / (n - 1.0);
    let y = |v: f64| top + (h - top - bottom) * (1.0 - v / max);
    let mut s = String::new();
    let _ = write!(
        s,
        "<div><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{}\" style=\"background:#f7fafc\">",
        esc(title)
    );
    for k in 0..=4 {
        let v = max * k as f64 / 4.0;
        let yy = y(v);
        let _ = write!(
            s,
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"#e2e8f0\"/>\
             <text x=\"{}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\" fill=\"#4a5568\">{}</text>",
            w - right,
            left - 4.0,
            yy + 3.0,
            num(Some((v * 100.0).round() / 100.0))
        );
    }
    for (i, (m, _, _)) in series.iter().enumerate() {
        if m.month == 1 || i == 0 {
            let xx = x(i);
            let _ = write!(
                s,
                "<line x1=\"{xx:.1}\" x2=\"{xx:.1}\" y1=\"{top}\" y2=\"{}\" stroke=\"#edf2f7\"/>\
                 <text x=\"{xx:.1}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#4a5568\">{}</text>",
                h - bottom,
                h - bottom + 14.0,
                if m.month == 1 { m.year.to_string() } else { m.to_string() }
            );
        }
    }
    for (which, colour, dash) in [(1usize, "#dd6b20", "5,4"), (0, "#2b6cb0", "")] {
        let mut path = String::new();
        let mut pen_down = false;
        for (i, (_, u, l)) in series.iter().enumerate() {
            let v = if which == 0 { u.value } else { l.value };
            match v {
                Some(v) => {
                    let _ = write!(
                        path,
                        "{}{:.1},{:.1} ",
                        if pen_down { "L" } else { "M" },
                        x(i),
                        y(v)
                    );
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        if !path.is_empty() {
            let _ = write!(
                s,
                "<path d=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.8\" stroke-dasharray=\"{dash}\"/>",
                path.trim_end()
            );
        }
    }
    s.push_str(
        "</svg><div class=\"legend\"><span style=\"color:#2b6cb0\">━ unified</span>\
         <span style=\"color:#dd6b20\">╍ as the legacy systems count</span></div></div>",
    );
    s
}

/// A round axis top at or above `v` (1, 2 or 5 times a power of ten).
fn nice_max(v: f64) -> f64 {
    if v <= 0.0 || !v.is_finite() {
        return 1.0;
    }
    let p = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|k| k * p)
        .find(|c| *c >= v)
        .unwrap_or(10.0 * p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(nice_max(0.0), 1.0);
        assert_eq!(nice_max(7.0), 10.0);
        assert_eq!(nice_max(130.0), 200.0);
        assert_eq!(nice_max(100.0), 100.0);
        assert_eq!(esc("<a&'>"), "&lt;a&amp;&#39;&gt;");
    }
}
