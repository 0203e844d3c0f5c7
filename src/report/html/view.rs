//! The page's view of a `Report`: every table, chart and sentence figure
//! the template prints, computed and formatted here so the template only
//! lays them out. Text is plain (the template escapes it); geometry is
//! numbers.

use super::super::Report;
use serde::Serialize;
use std::collections::BTreeMap;

/// One table cell: text, optionally marked as a result (`ok` / `bad`) or
/// shaded (a heat-map cell, `alpha` from 0 to 0.8).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Cell {
    pub text: String,
    pub class: Option<&'static str>,
    pub alpha: Option<String>,
}

impl Cell {
    fn text(s: impl Into<String>) -> Cell {
        Cell {
            text: s.into(),
            ..Cell::default()
        }
    }

    fn result(text: impl Into<String>, ok: bool) -> Cell {
        Cell {
            text: text.into(),
            class: Some(if ok { "ok" } else { "bad" }),
            alpha: None,
        }
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::text(s)
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::text(s)
    }
}

impl From<u64> for Cell {
    fn from(n: u64) -> Cell {
        Cell::text(n.to_string())
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    fn new(header: &[&str], rows: Vec<Vec<Cell>>) -> Table {
        Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows,
        }
    }
}

/// One bar of a horizontal bar chart, placed.
#[derive(Clone, Debug, Serialize)]
pub struct Bar {
    pub label: String,
    pub value: u64,
    pub y: usize,
    pub text_y: usize,
    pub width: u64,
    pub value_x: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Chart {
    pub title: String,
    pub height: usize,
    pub bars: Vec<Bar>,
}

/// A horizontal bar chart of `label → count`, scaled to the largest.
fn bar_chart(title: &str, data: &[(String, u64)]) -> Chart {
    let max = data.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let row_h = 22;
    let bars = data
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let y = 10 + i * row_h;
            let width = (*value as f64 / max as f64 * 400.0).round() as u64;
            Bar {
                label: label.clone(),
                value: *value,
                y,
                text_y: y + 13,
                width,
                value_x: 165 + width,
            }
        })
        .collect();
    Chart {
        title: title.to_string(),
        height: 30 + data.len() * row_h,
        bars,
    }
}

fn counts_chart(title: &str, data: &BTreeMap<u64, u64>, unit: &str) -> Chart {
    let rows: Vec<(String, u64)> = data
        .iter()
        .map(|(k, v)| (format!("{k} {unit}"), *v))
        .collect();
    bar_chart(title, &rows)
}

fn pass(ok: bool) -> Cell {
    Cell::result(if ok { "pass" } else { "FAIL" }, ok)
}

fn joined(m: &BTreeMap<String, u64>) -> String {
    m.iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Everything the page prints.
#[derive(Debug, Serialize)]
pub struct View<'a> {
    pub report: &'a Report,
    pub config_hash: &'a str,
    pub checks: Table,
    pub entities: Table,
    pub control_totals: Table,
    pub gates: Table,
    pub sources: Table,
    pub cluster_sizes: Chart,
    pub link_threshold: String,
    pub review_threshold: String,
    pub blocking_rules: Table,
    pub match_weights: Chart,
    pub by_service_count: Chart,
    pub assessments_chart: Option<Chart>,
    pub overlap: Table,
    pub changed_by_rule: Table,
    pub formation_conflicts: Table,
    pub lead_worker_conflicts: Table,
    pub review_rows: Option<Table>,
    pub quality: Table,
    pub load: Option<Table>,
}

impl<'a> View<'a> {
    pub fn new(report: &'a Report) -> View<'a> {
        let r = &report.run;
        let f = &report.families;
        let l = &report.linkage;
        View {
            report,
            config_hash: &r.config_hash[..r.config_hash.len().min(16)],
            checks: checks(report),
            entities: entities(report),
            control_totals: control_totals(report),
            gates: gates(report),
            sources: sources(report),
            cluster_sizes: counts_chart(
                "Cluster sizes (records per person)",
                &report.persons.cluster_sizes,
                "records",
            ),
            link_threshold: l.link_threshold_probability.to_string(),
            review_threshold: l.review_threshold_probability.to_string(),
            blocking_rules: blocking_rules(report),
            match_weights: match_weights(report),
            by_service_count: counts_chart(
                "Families by number of services that know them",
                &f.by_service_count,
                "services",
            ),
            assessments_chart: (f.assessments.assessments > 0).then(|| {
                counts_chart(
                    "Families by number of assessments",
                    &f.assessments.assessments_per_family,
                    "assessments",
                )
            }),
            overlap: overlap(report),
            changed_by_rule: Table::new(
                &["rule", "families it joined groupings in"],
                f.changed_by_rule
                    .iter()
                    .map(|(rule, n)| vec![Cell::from(*rule), Cell::from(*n)])
                    .collect(),
            ),
            formation_conflicts: Table::new(
                &["grouping", "placed in", "also fits", "why"],
                f.formation_conflicts
                    .iter()
                    .map(|c| {
                        vec![
                            Cell::from(c.grouping.as_str()),
                            Cell::from(c.placed_in.as_str()),
                            Cell::from(c.also_fits.join(" ")),
                            Cell::from(c.reason),
                        ]
                    })
                    .collect(),
            ),
            lead_worker_conflicts: lead_worker_conflicts(report),
            review_rows: review_rows(report),
            quality: quality(report),
            load: load(report),
        }
    }
}

fn checks(report: &Report) -> Table {
    Table::new(
        &["check", "result", "detail"],
        report
            .reconciliation
            .checks
            .iter()
            .map(|c| {
                vec![
                    Cell::from(c.name.as_str()),
                    pass(c.passed),
                    Cell::from(c.detail.as_str()),
                ]
            })
            .collect(),
    )
}

fn entities(report: &Report) -> Table {
    Table::new(
        &[
            "entity",
            "counted from",
            "staged",
            "merged",
            "excluded by rule",
            "duplicate keys",
            "expected",
            if report.run.dry_run {
                "would be loaded"
            } else {
                "loaded"
            },
            "why they differ",
        ],
        report
            .reconciliation
            .entities
            .iter()
            .map(|e| {
                vec![
                    Cell::from(e.entity.as_str()),
                    Cell::from(e.from.as_str()),
                    Cell::from(e.staged),
                    Cell::from(e.merged),
                    Cell::from(e.excluded),
                    Cell::from(e.duplicate_keys),
                    Cell::from(e.expected),
                    Cell::result(e.loaded.to_string(), e.expected == e.loaded),
                    Cell::from(e.reason.as_str()),
                ]
            })
            .collect(),
    )
}

fn control_totals(report: &Report) -> Table {
    Table::new(
        &["control total", "staged", "in the target"],
        report
            .reconciliation
            .control_totals
            .iter()
            .map(|c| {
                vec![
                    Cell::from(c.name.as_str()),
                    Cell::from(c.staged),
                    match c.loaded {
                        Some(n) => Cell::result(n.to_string(), n == c.staged),
                        None => Cell::from("not loaded (dry run)"),
                    },
                ]
            })
            .collect(),
    )
}

fn gates(report: &Report) -> Table {
    Table::new(
        &["gate", "threshold", "value", "result"],
        report
            .gates
            .iter()
            .map(|g| {
                vec![
                    Cell::from(g.name.as_str()),
                    Cell::from(g.threshold.as_str()),
                    Cell::from(g.value.as_str()),
                    pass(g.passed),
                ]
            })
            .collect(),
    )
}

fn sources(report: &Report) -> Table {
    Table::new(
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
        report
            .sources
            .iter()
            .map(|x| {
                let reasons: Vec<String> = x
                    .rejects_by_reason
                    .iter()
                    .chain(x.skipped_by_reason.iter())
                    .map(|(k, v)| format!("{k} {v}"))
                    .collect();
                vec![
                    Cell::from(x.name.as_str()),
                    Cell::from(x.service.as_str()),
                    Cell::from(x.kind.as_str()),
                    Cell::from(x.rows_read),
                    Cell::from(x.rows_staged),
                    Cell::from(x.rows_skipped),
                    Cell::from(x.rows_rejected),
                    Cell::from(x.records_staged),
                    Cell::from(x.involvements),
                    Cell::from(x.referrals),
                    Cell::from(x.assessments),
                    Cell::from(x.consents),
                    Cell::from(reasons.join(", ")),
                ]
            })
            .collect(),
    )
}

fn blocking_rules(report: &Report) -> Table {
    Table::new(
        &[
            "blocking rule",
            "comparisons",
            "blocks",
            "largest block",
            "blocks over the cap",
            "pairs not compared",
        ],
        report
            .linkage
            .blocking_rules
            .iter()
            .map(|r| {
                vec![
                    Cell::from(r.rule.as_str()),
                    Cell::from(r.comparisons),
                    Cell::from(r.blocks),
                    Cell::from(r.largest_block),
                    Cell::from(r.capped_blocks),
                    Cell::from(r.capped_pairs),
                ]
            })
            .collect(),
    )
}

fn match_weights(report: &Report) -> Chart {
    let l = &report.linkage;
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
    bar_chart("Match-weight distribution of candidate pairs", &hist)
}

fn overlap(report: &Report) -> Table {
    let f = &report.families;
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
    let rows = f
        .services
        .iter()
        .zip(&f.overlap)
        .map(|(name, counts)| {
            let mut row = vec![Cell::from(name.as_str())];
            for v in counts {
                let alpha = (*v as f64 / max as f64 * 0.8 * 100.0).round() / 100.0;
                row.push(Cell {
                    text: v.to_string(),
                    class: None,
                    alpha: Some(alpha.to_string()),
                });
            }
            row
        })
        .collect();
    Table::new(&header, rows)
}

fn lead_worker_conflicts(report: &Report) -> Table {
    Table::new(
        &["family", "lead worker", "open involvements"],
        report
            .families
            .lead_worker_conflict_list
            .iter()
            .map(|c| {
                vec![
                    Cell::from(c.family.as_str()),
                    Cell::from(format!("{} ({})", c.lead_worker, c.lead_service)),
                    Cell::from(
                        c.open
                            .iter()
                            .map(|(svc, w)| format!("{w} ({svc})"))
                            .collect::<Vec<_>>()
                            .join("; "),
                    ),
                ]
            })
            .collect(),
    )
}

fn review_rows(report: &Report) -> Option<Table> {
    let r = &report.review;
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for x in &r.stale {
        rows.push(vec![
            "stale".into(),
            x.kind.into(),
            format!("{} / {}", x.left, x.right).into(),
            format!("not found: {}", x.missing.join(", ")).into(),
        ]);
    }
    for c in &r.conflicts {
        let via: Vec<String> = c.via.iter().map(|[a, b]| format!("{a} = {b}")).collect();
        rows.push(vec![
            "conflict".into(),
            c.level.into(),
            format!("{} / {}", c.apart[0], c.apart[1]).into(),
            format!("decided apart, but joined by {}", via.join(", ")).into(),
        ]);
    }
    for n in &r.not_honoured {
        rows.push(vec![
            "not honoured".into(),
            n.kind.into(),
            format!("{} / {}", n.left, n.right).into(),
            n.reason.as_str().into(),
        ]);
    }
    (!rows.is_empty()).then(|| Table::new(&["", "kind", "records", "why"], rows))
}

fn quality(report: &Report) -> Table {
    Table::new(
        &[
            "source",
            "records",
            "NHS number valid / invalid / placeholder / missing",
            "UPN valid / invalid / placeholder / missing",
            "postcodes",
            "dates of birth",
            "unmapped codes",
        ],
        report
            .quality
            .iter()
            .map(|q| {
                vec![
                    Cell::from(q.source.as_str()),
                    Cell::from(q.records),
                    Cell::from(format!(
                        "{} / {} / {} / {}",
                        q.nhs_number.valid,
                        q.nhs_number.invalid,
                        q.nhs_number.placeholder,
                        q.nhs_number.missing
                    )),
                    Cell::from(format!(
                        "{} / {} / {} / {}",
                        q.upn.valid, q.upn.invalid, q.upn.placeholder, q.upn.missing
                    )),
                    Cell::from(joined(&q.postcode)),
                    Cell::from(joined(&q.dob)),
                    Cell::from(joined(&q.unmapped_codes)),
                ]
            })
            .collect(),
    )
}

fn load(report: &Report) -> Option<Table> {
    let tables = report.load.get("tables").and_then(|t| t.as_object())?;
    let rows = tables
        .iter()
        .map(|(name, c)| {
            let n = |k: &str| Cell::from(c.get(k).and_then(|v| v.as_u64()).unwrap_or(0));
            vec![
                Cell::from(name.as_str()),
                n("inserted"),
                n("updated"),
                n("unchanged"),
                n("retired"),
            ]
        })
        .collect();
    Some(Table::new(
        &["table", "inserted", "updated", "unchanged", "retired"],
        rows,
    ))
}
