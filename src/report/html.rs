//! `report.html`: one self-contained page for people (no scripts, no
//! network fetches; charts are inline SVG), built from the same `Report` as
//! `report.json` so the two never disagree.

use super::Report;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Escape text for HTML element content and attribute values.
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

/// A horizontal bar chart of `label → count`.
pub fn bar_chart(title: &str, data: &[(String, u64)]) -> String {
    let max = data.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let row_h = 22;
    let height = 30 + data.len() * row_h;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<figure><figcaption>{}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="620" height="{height}" role="img" aria-label="{}">"#,
        esc(title),
        esc(title)
    );
    for (i, (label, value)) in data.iter().enumerate() {
        let y = 10 + i * row_h;
        let w = (*value as f64 / max as f64 * 400.0).round() as u64;
        let _ = write!(
            s,
            r##"<text x="150" y="{}" text-anchor="end" font-size="12">{}</text><rect x="160" y="{}" width="{w}" height="16" fill="#2b6cb0"/><text x="{}" y="{}" font-size="12">{value}</text>"##,
            y + 13,
            esc(label),
            y,
            165 + w,
            y + 13
        );
    }
    s.push_str("</svg></figure>");
    s
}

fn counts_chart(title: &str, data: &BTreeMap<u64, u64>, unit: &str) -> String {
    let rows: Vec<(String, u64)> = data
        .iter()
        .map(|(k, v)| (format!("{k} {unit}"), *v))
        .collect();
    bar_chart(title, &rows)
}

/// Assessments and consents on the families: counts only.
fn assessments_html(s: &mut String, a: &super::AssessmentsSection) {
    let _ = write!(
        s,
        "<h3>Assessments and consent</h3><p>{} assessments on <b>{}</b> families ({} on no family); \
         <b>{}</b> families with an open plan but no assessment. {} consents on {} families, <b>{}</b> withdrawn.</p>",
        a.assessments,
        a.families_with_assessment,
        a.assessments_without_family,
        a.open_plan_without_assessment,
        a.consents,
        a.families_with_consent,
        a.consents_withdrawn
    );
    if a.assessments > 0 {
        s.push_str(&counts_chart(
            "Families by number of assessments",
            &a.assessments_per_family,
            "assessments",
        ));
    }
}

/// A table from a header and rows of cells (already escaped where needed).
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut s = String::from("<table><thead><tr>");
    for h in header {
        let _ = write!(s, "<th>{}</th>", esc(h));
    }
    s.push_str("</tr></thead><tbody>");
    for r in rows {
        s.push_str("<tr>");
        for c in r {
            let _ = write!(s, "<td>{c}</td>");
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table>");
    s
}

/// Render the whole page.
pub fn render(report: &Report) -> String {
    let mut s = String::new();
    let r = &report.run;
    let _ = write!(
        s,
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>onefamily run {id}</title><style>
body{{font-family:system-ui,sans-serif;margin:2em;color:#1a202c;max-width:1100px}}
table{{border-collapse:collapse;margin:1em 0}}th,td{{border:1px solid #cbd5e0;padding:4px 8px;text-align:right}}
th:first-child,td:first-child{{text-align:left}}thead{{background:#edf2f7}}
.ok{{color:#276749;font-weight:bold}}.bad{{color:#c53030;font-weight:bold}}
figure{{margin:1em 0}}figcaption{{font-weight:bold;margin-bottom:.3em}}
</style></head><body><h1>onefamily: reconciliation and linkage report</h1>
<p>Run <code>{id}</code>{dry} · started {started} · finished {finished} · configuration <code>{hash}</code> · onefamily {version}</p>"#,
        id = esc(&r.id),
        dry = if r.dry_run {
            " (dry run: nothing written)"
        } else {
            ""
        },
        started = esc(&r.started),
        finished = esc(&r.finished),
        hash = esc(&r.config_hash[..r.config_hash.len().min(16)]),
        version = esc(&r.code_version),
    );

    let rec = &report.reconciliation;
    let _ = write!(
        s,
        "<h2>Reconciliation: <span class=\"{}\">{}</span></h2>",
        if rec.balanced { "ok" } else { "bad" },
        if rec.balanced {
            "balanced"
        } else {
            "NOT balanced"
        }
    );
    let rows: Vec<Vec<String>> = rec
        .checks
        .iter()
        .map(|c| {
            vec![
                esc(&c.name),
                format!(
                    "<span class=\"{}\">{}</span>",
                    if c.passed { "ok" } else { "bad" },
                    if c.passed { "pass" } else { "FAIL" }
                ),
                esc(&c.detail),
            ]
        })
        .collect();
    s.push_str(&table(&["check", "result", "detail"], &rows));
    if !rec.target_checked {
        s.push_str("<p>Checks on the loaded target (lineage, control totals, integrity) not run: a dry run loads nothing.</p>");
    }

    s.push_str("<h3>From sources to target</h3>");
    let rows: Vec<Vec<String>> = rec
        .entities
        .iter()
        .map(|e| {
            vec![
                esc(&e.entity),
                esc(&e.from),
                e.staged.to_string(),
                e.merged.to_string(),
                e.excluded.to_string(),
                e.duplicate_keys.to_string(),
                e.expected.to_string(),
                format!(
                    "<span class=\"{}\">{}</span>",
                    if e.expected == e.loaded { "ok" } else { "bad" },
                    e.loaded
                ),
                esc(&e.reason),
            ]
        })
        .collect();
    s.push_str(&table(
        &[
            "entity",
            "counted from",
            "staged",
            "merged",
            "excluded by rule",
            "duplicate keys",
            "expected",
            if r.dry_run {
                "would be loaded"
            } else {
                "loaded"
            },
            "why they differ",
        ],
        &rows,
    ));

    s.push_str("<h3>Control totals</h3>");
    let rows: Vec<Vec<String>> = rec
        .control_totals
        .iter()
        .map(|c| {
            vec![
                esc(&c.name),
                c.staged.to_string(),
                match c.loaded {
                    Some(n) => format!(
                        "<span class=\"{}\">{n}</span>",
                        if n == c.staged { "ok" } else { "bad" }
                    ),
                    None => "not loaded (dry run)".into(),
                },
            ]
        })
        .collect();
    s.push_str(&table(&["control total", "staged", "in the target"], &rows));

    s.push_str("<h2>Gates</h2>");
    let rows: Vec<Vec<String>> = report
        .gates
        .iter()
        .map(|g| {
            vec![
                esc(&g.name),
                esc(&g.threshold),
                esc(&g.value),
                format!(
                    "<span class=\"{}\">{}</span>",
                    if g.passed { "ok" } else { "bad" },
                    if g.passed { "pass" } else { "FAIL" }
                ),
            ]
        })
        .collect();
    s.push_str(&table(&["gate", "threshold", "value", "result"], &rows));

    s.push_str("<h2>Sources</h2>");
    let rows: Vec<Vec<String>> = report
        .sources
        .iter()
        .map(|x| {
            let reasons: Vec<String> = x
                .rejects_by_reason
                .iter()
                .chain(x.skipped_by_reason.iter())
                .map(|(k, v)| format!("{} {v}", esc(k)))
                .collect();
            vec![
                esc(&x.name),
                esc(&x.service),
                esc(&x.kind),
                x.rows_read.to_string(),
                x.rows_staged.to_string(),
                x.rows_skipped.to_string(),
                x.rows_rejected.to_string(),
                x.records_staged.to_string(),
                x.involvements.to_string(),
                x.referrals.to_string(),
                x.assessments.to_string(),
                x.consents.to_string(),
                reasons.join(", "),
            ]
        })
        .collect();
    s.push_str(&table(
        &[
            "source",
            "service",
            "kind",
            "rows read",
            "staged",
            "skipped",
            "rejected",
            "person records",
            "involvements",
            "referrals",
            "assessments",
            "consents",
            "reasons",
        ],
        &rows,
    ));

    let p = &report.persons;
    let _ = write!(
        s,
        "<h2>Persons</h2><p>{} source person records resolve to <b>{}</b> people (largest cluster: {} records).</p>",
        p.records, p.unified, p.largest_cluster
    );
    s.push_str(&counts_chart(
        "Cluster sizes (records per person)",
        &p.cluster_sizes,
        "records",
    ));
    let l = &report.linkage;
    let _ = write!(
        s,
        "<h3>Linkage</h3><p>{} candidate pairs compared; {} links at match probability ≥ {}; {} pairs in the clerical review band (≥ {}). Links not followed: {} conflicting identifiers, {} duplicate-free sources, {} contrary evidence (e.g. twins), {} reviewer cannot-links.</p>",
        l.candidate_pairs,
        l.links,
        l.link_threshold_probability,
        l.review_pairs,
        l.review_threshold_probability,
        l.guards.conflicting_identifier,
        l.guards.duplicate_free_source,
        l.guards.contrary_evidence,
        l.guards.cannot_link
    );
    let rules: Vec<Vec<String>> = l
        .blocking_rules
        .iter()
        .map(|r| {
            vec![
                esc(&r.rule),
                r.comparisons.to_string(),
                r.blocks.to_string(),
                r.largest_block.to_string(),
                r.capped_blocks.to_string(),
                r.capped_pairs.to_string(),
            ]
        })
        .collect();
    s.push_str(&table(
        &[
            "blocking rule",
            "comparisons",
            "blocks",
            "largest block",
            "blocks over the cap",
            "pairs not compared",
        ],
        &rules,
    ));
    let hist: Vec<(String, u64)> = std::iter::once((
        "below the review band, not fully scored".to_string(),
        l.pairs_below_review_unscored,
    ))
    .filter(|(_, c)| *c > 0)
    .chain(
        l.match_weight_histogram
            .iter()
            .map(|(w, c)| (format!("weight {w}"), *c)),
    )
    .collect();
    s.push_str(&bar_chart(
        "Match-weight distribution of candidate pairs",
        &hist,
    ));

    let f = &report.families;
    let _ = write!(
        s,
        "<h2>Families</h2><p><b>{}</b> families; <b>{}</b> known to more than one service; {} with an open involvement; {} with a lead worker; <b>{}</b> lead-worker conflicts for a manager; {} family links through a shared adult.</p>",
        f.unified, f.multi_service, f.with_open_involvement, f.with_lead_worker, f.lead_worker_conflicts, f.family_links
    );
    s.push_str(&counts_chart(
        "Families by number of services that know them",
        &f.by_service_count,
        "services",
    ));
    assessments_html(&mut s, &f.assessments);
    s.push_str("<h3>Overlap between services (families known to both)</h3>");
    let mut header: Vec<&str> = vec![""];
    header.extend(f.services.iter().map(String::as_str));
    let max = f
        .overlap
        .iter()
        .flatten()
        .copied()
        .max()
        .unwrap_or(1)
        .max(1);
    let rows: Vec<Vec<String>> = f
        .services
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut row = vec![esc(name)];
            for v in &f.overlap[i] {
                let alpha = (*v as f64 / max as f64 * 0.8 * 100.0).round() / 100.0;
                row.push(format!("<span style=\"background:rgba(43,108,176,{alpha});padding:2px 6px\">{v}</span>"));
            }
            row
        })
        .collect();
    s.push_str(&table(&header, &rows));

    s.push_str("<h3>Families changed by a rule</h3>");
    let _ = write!(
        s,
        "<p>{} families were formed from more than one source grouping. Parents named only in free text: {} named on {} records, {} matched to a known adult, {} matched nobody (not created as persons).</p>",
        f.formed_from_several_groupings,
        f.free_text_parents.named,
        f.free_text_parents.records,
        f.free_text_parents.matched,
        f.free_text_parents.unmatched
    );
    let rows: Vec<Vec<String>> = f
        .changed_by_rule
        .iter()
        .map(|(rule, n)| vec![esc(rule), n.to_string()])
        .collect();
    s.push_str(&table(&["rule", "families it joined groupings in"], &rows));
    let _ = write!(
        s,
        "<h3>Groupings for a person to place ({})</h3>",
        f.formation_conflicts_total
    );
    let rows: Vec<Vec<String>> = f
        .formation_conflicts
        .iter()
        .map(|c| {
            vec![
                esc(&c.grouping),
                esc(&c.placed_in),
                esc(&c.also_fits.join(" ")),
                esc(c.reason),
            ]
        })
        .collect();
    s.push_str(&table(
        &["grouping", "placed in", "also fits", "why"],
        &rows,
    ));
    let _ = write!(
        s,
        "<h3>Lead-worker conflicts ({})</h3>",
        f.lead_worker_conflicts
    );
    let rows: Vec<Vec<String>> = f
        .lead_worker_conflict_list
        .iter()
        .map(|c| {
            vec![
                esc(&c.family),
                esc(&format!("{} ({})", c.lead_worker, c.lead_service)),
                esc(&c
                    .open
                    .iter()
                    .map(|(svc, w)| format!("{w} ({svc})"))
                    .collect::<Vec<_>>()
                    .join("; ")),
            ]
        })
        .collect();
    s.push_str(&table(
        &["family", "lead worker", "open involvements"],
        &rows,
    ));

    review_section(&mut s, &report.review);

    s.push_str("<h2>Data quality per source</h2>");
    let rows: Vec<Vec<String>> = report
        .quality
        .iter()
        .map(|q| {
            let map = |m: &BTreeMap<String, u64>| {
                m.iter()
                    .map(|(k, v)| format!("{} {v}", esc(k)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            vec![
                esc(&q.source),
                q.records.to_string(),
                format!(
                    "{} / {} / {} / {}",
                    q.nhs_number.valid,
                    q.nhs_number.invalid,
                    q.nhs_number.placeholder,
                    q.nhs_number.missing
                ),
                format!(
                    "{} / {} / {} / {}",
                    q.upn.valid, q.upn.invalid, q.upn.placeholder, q.upn.missing
                ),
                map(&q.postcode),
                map(&q.dob),
                map(&q.unmapped_codes),
            ]
        })
        .collect();
    s.push_str(&table(
        &[
            "source",
            "records",
            "NHS number valid / invalid / placeholder / missing",
            "UPN valid / invalid / placeholder / missing",
            "postcodes",
            "dates of birth",
            "unmapped codes",
        ],
        &rows,
    ));

    let _ = write!(
        s,
        "<h2>Load{}</h2>",
        if r.dry_run {
            ": what a real run would change"
        } else {
            ""
        }
    );
    if let Some(tables) = report.load.get("tables").and_then(|t| t.as_object()) {
        let rows: Vec<Vec<String>> = tables
            .iter()
            .map(|(name, c)| {
                let n = |k: &str| c.get(k).and_then(|v| v.as_u64()).unwrap_or(0).to_string();
                vec![
                    esc(name),
                    n("inserted"),
                    n("updated"),
                    n("unchanged"),
                    n("retired"),
                ]
            })
            .collect();
        s.push_str(&table(
            &["table", "inserted", "updated", "unchanged", "retired"],
            &rows,
        ));
    }
    s.push_str("</body></html>\n");
    s
}

/// Reviewers' decisions: what the decisions file held, what was applied, and
/// what needs a person (stale decisions, conflicts, overrides not honoured).
fn review_section(s: &mut String, r: &crate::review::ReviewSection) {
    let _ = write!(
        s,
        "<h2>Clerical review decisions</h2><p>{} decisions read from <code>{}</code>{}: {} same, {} different, {} unsure; applied {} must-link and {} cannot-link; family overrides {} read ({} merges, {} splits, {} lead-worker pins applied); <b>{}</b> stale, <b>{}</b> in conflict.</p>",
        r.decisions_read,
        esc(&r.decisions_file),
        if r.ignored { " (ignored: --ignore-decisions)" } else { "" },
        r.same,
        r.different,
        r.unsure,
        r.applied_must_link,
        r.applied_cannot_link,
        r.family_overrides,
        r.applied_family_merge,
        r.applied_family_split,
        r.applied_lead_worker,
        r.stale_count,
        r.conflict_count
    );
    let mut rows: Vec<Vec<String>> = Vec::new();
    for x in &r.stale {
        rows.push(vec![
            "stale".into(),
            esc(x.kind),
            esc(&format!("{} / {}", x.left, x.right)),
            esc(&format!("not found: {}", x.missing.join(", "))),
        ]);
    }
    for c in &r.conflicts {
        let via: Vec<String> = c.via.iter().map(|[a, b]| format!("{a} = {b}")).collect();
        rows.push(vec![
            "conflict".into(),
            esc(c.level),
            esc(&format!("{} / {}", c.apart[0], c.apart[1])),
            esc(&format!("decided apart, but joined by {}", via.join(", "))),
        ]);
    }
    for n in &r.not_honoured {
        rows.push(vec![
            "not honoured".into(),
            esc(n.kind),
            esc(&format!("{} / {}", n.left, n.right)),
            esc(&n.reason),
        ]);
    }
    if !rows.is_empty() {
        s.push_str(&table(&["", "kind", "records", "why"], &rows));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("<a href=\"x\">O'Neil & co</a>"),
            "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;"
        );
    }

    #[test]
    fn bar_chart_scales_to_the_largest_value() {
        let svg = bar_chart("t", &[("a".into(), 5), ("b".into(), 10)]);
        assert!(svg.contains("width=\"200\""));
        assert!(svg.contains("width=\"400\""));
    }
}
