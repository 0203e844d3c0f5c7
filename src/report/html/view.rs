//! The page's view of a `Report`: every table, chart and sentence figure
//! the template prints, computed and formatted here (thousands separators,
//! plurals, links) so the template only lays them out. Text is plain: the
//! template escapes it.

use super::chart::{self, BarChart, Histogram};
use super::format::{count, group_digits, num, percent};
use super::summary::{self, Summary, Term};
use super::{families::FamilyView, SHOWN};
use crate::report::Report;
use serde::Serialize;
use std::collections::BTreeMap;

/// One table cell.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Cell {
    pub text: String,
    /// `ok` / `bad`: a result, in colour.
    pub class: Option<&'static str>,
    /// Right-aligned, for numbers.
    pub num: bool,
    /// A link to a place on the page (or a file beside it).
    pub href: Option<String>,
    /// A heat-map cell's shade, 0 to 0.85; `light` text on dark shades.
    pub alpha: Option<String>,
    pub light: bool,
    /// A tooltip.
    pub title: Option<String>,
    /// A second, smaller line.
    pub sub: Option<String>,
    /// The diagonal of a heat map: shaded as a heading, not by its count.
    pub diag: bool,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell {
            text: s.into(),
            ..Cell::default()
        }
    }

    pub fn n(n: u64) -> Cell {
        Cell {
            text: num(n),
            num: true,
            ..Cell::default()
        }
    }

    pub fn result(text: impl Into<String>, ok: bool) -> Cell {
        Cell {
            text: text.into(),
            class: Some(if ok { "ok" } else { "bad" }),
            ..Cell::default()
        }
    }

    pub fn link(text: impl Into<String>, href: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            href: Some(href.into()),
            ..Cell::default()
        }
    }

    fn numeric(mut self) -> Cell {
        self.num = true;
        self
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::text(s)
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::text(s)
    }
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Row {
    /// An anchor, so other parts of the page can link to the row.
    pub id: Option<String>,
    pub cells: Vec<Cell>,
}

impl From<Vec<Cell>> for Row {
    fn from(cells: Vec<Cell>) -> Row {
        Row { id: None, cells }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Head {
    pub text: String,
    pub num: bool,
}

/// A table, and when it shows only part of a list, how much and where the
/// whole list is.
#[derive(Clone, Debug, Serialize)]
pub struct Table {
    pub header: Vec<Head>,
    pub rows: Vec<Row>,
    pub truncated: bool,
    pub shown: String,
    pub total: String,
    pub csv: Option<&'static str>,
}

impl Table {
    /// `header`: column names; a name starting with `#` is a number column.
    pub fn new(header: &[&str], rows: Vec<Row>) -> Table {
        let n = rows.len() as u64;
        Table {
            header: header
                .iter()
                .map(|h| Head {
                    text: h.trim_start_matches('#').to_string(),
                    num: h.starts_with('#'),
                })
                .collect(),
            rows,
            truncated: false,
            shown: num(n),
            total: num(n),
            csv: None,
        }
    }

    /// The first rows of a list of `total`, the whole of it in `csv`.
    fn part_of(mut self, total: u64, csv: &'static str) -> Table {
        self.truncated = (self.rows.len() as u64) < total;
        self.total = num(total);
        self.csv = Some(csv);
        self
    }
}

fn pass(ok: bool) -> Cell {
    Cell::result(if ok { "pass" } else { "FAIL" }, ok)
}

/// `name 3, other 1` with each name linking to its meaning.
fn reasons_text(m: &BTreeMap<String, u64>) -> String {
    m.iter()
        .map(|(k, v)| format!("{k} {}", num(*v)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Everything the page prints.
#[derive(Debug, Serialize)]
pub struct View<'a> {
    pub report: &'a Report,
    pub config_hash: &'a str,
    pub summary: Summary,
    pub checks: Table,
    pub entities: Table,
    pub control_totals: Table,
    pub gates: Table,
    pub sources: Table,
    pub rejects: Table,
    pub cluster_sizes: BarChart,
    pub link_threshold: String,
    pub review_threshold: String,
    pub blocking_rules: Table,
    pub histogram: Histogram,
    pub by_service_count: BarChart,
    pub assessments_chart: Option<BarChart>,
    pub overlap: Table,
    pub changed_by_rule: Table,
    pub formation_conflicts: Table,
    pub implausible_families: Table,
    pub lead_worker_conflicts: Table,
    pub review_rows: Table,
    pub quality: Table,
    pub load: Option<Table>,
    pub families: Vec<FamilyView>,
    pub glossary: Vec<Term>,
    pub reasons: Vec<Term>,
}

impl<'a> View<'a> {
    pub fn new(report: &'a Report) -> View<'a> {
        let r = &report.run;
        let f = &report.families;
        let l = &report.linkage;
        View {
            report,
            config_hash: &r.config_hash[..r.config_hash.len().min(16)],
            summary: summary::summary(report),
            checks: checks(report),
            entities: entities(report),
            control_totals: control_totals(report),
            gates: gates(report),
            sources: sources(report),
            rejects: rejects(report),
            cluster_sizes: chart::counts(
                "Cluster sizes (records per person)",
                &report.persons.cluster_sizes,
                "record",
                "records",
            ),
            link_threshold: l.link_threshold_probability.to_string(),
            review_threshold: l.review_threshold_probability.to_string(),
            blocking_rules: blocking_rules(report),
            histogram: chart::histogram(
                &l.match_weight_histogram,
                l.pairs_below_review_unscored,
                l.link_threshold_probability,
                l.review_threshold_probability,
            ),
            by_service_count: chart::counts(
                "Families by number of services that know them",
                &f.by_service_count,
                "service",
                "services",
            ),
            assessments_chart: (f.assessments.assessments > 0).then(|| {
                chart::counts(
                    "Families by number of assessments",
                    &f.assessments.assessments_per_family,
                    "assessment",
                    "assessments",
                )
            }),
            overlap: overlap(report),
            changed_by_rule: Table::new(
                &[
                    "rule",
                    "#families it changed (groupings joined or people placed)",
                ],
                f.changed_by_rule
                    .iter()
                    .map(|(rule, n)| vec![Cell::from(*rule), Cell::n(*n)].into())
                    .collect(),
            ),
            formation_conflicts: formation_conflicts(report),
            implausible_families: implausible_families(report),
            lead_worker_conflicts: lead_worker_conflicts(report),
            review_rows: review_rows(report),
            quality: quality(report),
            load: load(report),
            families: super::families::views(&f.explained),
            glossary: summary::glossary(),
            reasons: reasons(report),
        }
    }
}

/// Failed checks first: they are what a reader must see.
fn checks(report: &Report) -> Table {
    let mut checks: Vec<&crate::report::Check> = report.reconciliation.checks.iter().collect();
    checks.sort_by_key(|c| c.passed);
    Table::new(
        &["check", "result", "detail"],
        checks
            .into_iter()
            .map(|c| {
                vec![
                    Cell::from(c.name.as_str()),
                    pass(c.passed),
                    Cell::from(group_digits(&c.detail)),
                ]
                .into()
            })
            .collect(),
    )
}

fn entities(report: &Report) -> Table {
    Table::new(
        &[
            "entity",
            "counted from",
            "#staged",
            "#merged",
            "#excluded by rule",
            "#duplicate keys",
            "#expected",
            if report.run.dry_run {
                "#would be loaded"
            } else {
                "#loaded"
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
                    Cell::n(e.staged),
                    Cell::n(e.merged),
                    Cell::n(e.excluded),
                    Cell::n(e.duplicate_keys),
                    Cell::n(e.expected),
                    Cell::result(num(e.loaded), e.expected == e.loaded).numeric(),
                    Cell::from(e.reason.as_str()),
                ]
                .into()
            })
            .collect(),
    )
}

fn control_totals(report: &Report) -> Table {
    Table::new(
        &["control total", "#staged", "#in the target"],
        report
            .reconciliation
            .control_totals
            .iter()
            .map(|c| {
                vec![
                    Cell::from(c.name.as_str()),
                    Cell::n(c.staged),
                    match c.loaded {
                        Some(n) => Cell::result(num(n), n == c.staged).numeric(),
                        None => Cell::from("not loaded (dry run)"),
                    },
                ]
                .into()
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
                    Cell::from(group_digits(&g.threshold)),
                    Cell::from(group_digits(&g.value)),
                    pass(g.passed),
                ]
                .into()
            })
            .collect(),
    )
}

fn sources(report: &Report) -> Table {
    let rows = report
        .sources
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let problem = summary::source_problem(x);
            let rejected = if x.rows_rejected > 0 {
                Cell::link(
                    format!(
                        "{} ({})",
                        num(x.rows_rejected),
                        percent(x.rows_rejected, x.rows_read)
                    ),
                    format!("#rejects-{i}"),
                )
            } else {
                Cell::text("0")
            };
            let mut reasons = reasons_text(&x.rejects_by_reason);
            let skipped = reasons_text(&x.skipped_by_reason);
            if !skipped.is_empty() {
                if !reasons.is_empty() {
                    reasons.push_str("; ");
                }
                reasons.push_str(&format!("skipped: {skipped}"));
            }
            Row {
                id: Some(format!("source-{i}")),
                cells: vec![
                    Cell {
                        sub: Some(format!("{} · {}", x.service, x.kind)),
                        ..Cell::from(x.name.as_str())
                    },
                    Cell::n(x.rows_read),
                    Cell::n(x.rows_staged),
                    Cell::n(x.rows_skipped),
                    Cell {
                        class: problem.as_ref().map(|_| "bad"),
                        ..rejected.numeric()
                    },
                    match problem {
                        Some(p) => Cell::result(format!("{p}. {reasons}"), false),
                        None => Cell::from(reasons),
                    },
                    Cell::n(x.records_staged),
                    Cell::n(x.involvements),
                    Cell::n(x.referrals),
                    Cell::n(x.assessments),
                    Cell::n(x.consents),
                ],
            }
        })
        .collect();
    Table::new(
        &[
            "source",
            "#rows read",
            "#staged",
            "#skipped",
            "#rejected",
            "reasons",
            "#person records",
            "#involvements",
            "#referrals",
            "#assessments",
            "#consents",
        ],
        rows,
    )
}

/// The first rejected rows of each source, each with its position and its
/// reason (linked to what the reason means); every reject is in rejects.csv.
fn rejects(report: &Report) -> Table {
    let mut rows = Vec::new();
    for (i, s) in report.sources.iter().enumerate() {
        for (n, r) in s.reject_list.iter().enumerate() {
            rows.push(Row {
                id: Some(if n == 0 {
                    format!("rejects-{i}")
                } else {
                    format!("reject-{i}-{n}")
                }),
                cells: vec![
                    Cell::link(s.name.as_str(), format!("#source-{i}")),
                    Cell::from(r.key.as_str()),
                    Cell::from(r.position.as_str()),
                    Cell::from(r.column.as_str()),
                    Cell::link(r.reason.as_str(), format!("#reason-{}", r.reason)),
                ],
            });
        }
    }
    let total = report.sources.iter().map(|s| s.rows_rejected).sum();
    Table::new(&["source", "key", "position", "column", "reason"], rows)
        .part_of(total, "rejects.csv")
}

fn blocking_rules(report: &Report) -> Table {
    Table::new(
        &[
            "blocking rule",
            "#comparisons",
            "#blocks",
            "#largest block",
            "#blocks over the cap",
            "#pairs not compared",
        ],
        report
            .linkage
            .blocking_rules
            .iter()
            .map(|r| {
                vec![
                    Cell::from(r.rule.as_str()),
                    Cell::n(r.comparisons),
                    Cell::n(r.blocks),
                    Cell::n(r.largest_block),
                    Cell::n(r.capped_blocks),
                    Cell::n(r.capped_pairs),
                ]
                .into()
            })
            .collect(),
    )
}

/// The overlap between services as a heat map: each cell shaded by its
/// count against the largest off-diagonal count (the diagonal, each
/// service's own families, would wash the rest out), with the count in it.
fn overlap(report: &Report) -> Table {
    let f = &report.families;
    let mut header: Vec<&str> = vec![""];
    header.extend(f.services.iter().map(String::as_str));
    let max = f
        .overlap
        .iter()
        .enumerate()
        .flat_map(|(i, row)| row.iter().enumerate().filter(move |(j, _)| *j != i))
        .map(|(_, v)| *v)
        .max()
        .unwrap_or(1)
        .max(1);
    let rows = f
        .services
        .iter()
        .zip(&f.overlap)
        .enumerate()
        .map(|(i, (name, counts))| {
            let mut cells = vec![Cell::from(name.as_str())];
            for (j, v) in counts.iter().enumerate() {
                let alpha = (*v as f64 / max as f64 * 0.85 * 100.0).round() / 100.0;
                cells.push(Cell {
                    text: num(*v),
                    num: true,
                    alpha: (i != j).then(|| alpha.to_string()),
                    light: i != j && alpha > 0.45,
                    diag: i == j,
                    title: Some(format!(
                        "{}: {} known to {} and {}",
                        name,
                        count(*v, "family", "families"),
                        name,
                        f.services[j]
                    )),
                    ..Cell::default()
                });
            }
            cells.into()
        })
        .collect();
    let mut t = Table::new(&header, rows);
    for h in t.header.iter_mut().skip(1) {
        h.num = true;
    }
    t
}

fn family_link(id: &str) -> Cell {
    Cell::link(id, format!("#family-{id}"))
}

fn implausible_families(report: &Report) -> Table {
    let f = &report.families;
    Table::new(
        &["family", "adults", "children", "why"],
        f.implausible_families
            .iter()
            .take(SHOWN)
            .map(|x| {
                vec![
                    family_link(&x.family),
                    Cell::n(x.adults as u64),
                    Cell::n(x.children as u64),
                    Cell::from(x.reasons.join("; ")),
                ]
                .into()
            })
            .collect(),
    )
    .part_of(f.implausible_families_total, "implausible_families.csv")
}

fn formation_conflicts(report: &Report) -> Table {
    let f = &report.families;
    Table::new(
        &["grouping", "placed in", "also fits", "why"],
        f.formation_conflicts
            .iter()
            .take(SHOWN)
            .map(|c| {
                vec![
                    Cell::from(c.grouping.as_str()),
                    family_link(&c.placed_in),
                    // One link per family would need a list cell; the
                    // first is linked, the rest are in the CSV.
                    match c.also_fits.first() {
                        Some(first) if c.also_fits.len() == 1 => family_link(first),
                        _ => Cell::from(c.also_fits.join(" ")),
                    },
                    Cell::from(c.reason),
                ]
                .into()
            })
            .collect(),
    )
    .part_of(f.formation_conflicts_total, "family_conflicts.csv")
}

fn lead_worker_conflicts(report: &Report) -> Table {
    let f = &report.families;
    Table::new(
        &["family", "lead worker", "open involvements"],
        f.lead_worker_conflict_list
            .iter()
            .take(SHOWN)
            .map(|c| {
                vec![
                    family_link(&c.family),
                    Cell::from(format!("{} ({})", c.lead_worker, c.lead_service)),
                    Cell::from(
                        c.open
                            .iter()
                            .map(|(svc, w)| format!("{w} ({svc})"))
                            .collect::<Vec<_>>()
                            .join("; "),
                    ),
                ]
                .into()
            })
            .collect(),
    )
    .part_of(f.lead_worker_conflicts, "lead_worker_conflicts.csv")
}

/// Stale, conflicting and unhonoured decisions, as rows of text (also the
/// rows of review_problems.csv).
pub fn review_problem_rows(r: &crate::review::ReviewSection) -> Vec<[String; 4]> {
    let mut rows = Vec::new();
    for x in &r.stale {
        rows.push([
            "stale".into(),
            x.kind.into(),
            format!("{} / {}", x.left, x.right),
            format!("not found: {}", x.missing.join(", ")),
        ]);
    }
    for c in &r.conflicts {
        let via: Vec<String> = c.via.iter().map(|[a, b]| format!("{a} = {b}")).collect();
        rows.push([
            "conflict".into(),
            c.level.into(),
            format!("{} / {}", c.apart[0], c.apart[1]),
            format!("decided apart, but joined by {}", via.join(", ")),
        ]);
    }
    for n in &r.not_honoured {
        rows.push([
            "not honoured".into(),
            n.kind.into(),
            format!("{} / {}", n.left, n.right),
            n.reason.clone(),
        ]);
    }
    rows
}

fn review_rows(report: &Report) -> Table {
    let all = review_problem_rows(&report.review);
    let total = all.len() as u64;
    Table::new(
        &["problem", "kind", "records", "why"],
        all.into_iter()
            .take(SHOWN)
            .map(|r| r.into_iter().map(Cell::text).collect::<Vec<_>>().into())
            .collect(),
    )
    .part_of(total, "review_problems.csv")
}

fn quality(report: &Report) -> Table {
    Table::new(
        &[
            "source",
            "#records",
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
                let ids = |c: &crate::report::quality::IdCounts| {
                    format!(
                        "{} / {} / {} / {}",
                        num(c.valid),
                        num(c.invalid),
                        num(c.placeholder),
                        num(c.missing)
                    )
                };
                vec![
                    Cell::from(q.source.as_str()),
                    Cell::n(q.records),
                    Cell::from(ids(&q.nhs_number)),
                    Cell::from(ids(&q.upn)),
                    Cell::from(reasons_text(&q.postcode)),
                    Cell::from(reasons_text(&q.dob)),
                    Cell::from(reasons_text(&q.unmapped_codes)),
                ]
                .into()
            })
            .collect(),
    )
}

fn load(report: &Report) -> Option<Table> {
    let tables = report.load.get("tables").and_then(|t| t.as_object())?;
    let rows = tables
        .iter()
        .map(|(name, c)| {
            let n = |k: &str| Cell::n(c.get(k).and_then(|v| v.as_u64()).unwrap_or(0));
            vec![
                Cell::from(name.as_str()),
                n("inserted"),
                n("updated"),
                n("unchanged"),
                n("retired"),
            ]
            .into()
        })
        .collect();
    Some(Table::new(
        &["table", "#inserted", "#updated", "#unchanged", "#retired"],
        rows,
    ))
}

/// Every reject and skip reason this run met, with what it means.
fn reasons(report: &Report) -> Vec<Term> {
    let mut seen: Vec<&str> = report
        .sources
        .iter()
        .flat_map(|s| s.rejects_by_reason.keys().chain(s.skipped_by_reason.keys()))
        .map(String::as_str)
        .collect();
    seen.sort_unstable();
    seen.dedup();
    seen.into_iter()
        .map(|r| Term {
            id: format!("reason-{r}"),
            term: r.to_string(),
            meaning: summary::reason_meaning(r),
        })
        .collect()
}
