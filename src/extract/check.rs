//! `onefamily check`: validate a project's mappings against the live sources
//! and profile the mapped columns, collecting every problem in one run (like
//! vector's `validate`): configuration errors, missing files, unreachable
//! servers, missing tables, sheets and columns, values that do not parse
//! (counts and first positions, never the values), code values with no
//! entry in the code list (code values are not personal data and are shown),
//! and cells of the wrong type. Each problem names its file and line.

use super::stage::Profile;
use super::{Fail, FailAt};
use crate::error::Error;
use crate::extract;
use crate::mapping::{self, Project, SourceKind, SourceMapping, Value};
use crate::model::{Position, RejectReason, SourceExtract};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Everything `check` found.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub project: PathBuf,
    pub problems: Vec<Problem>,
    pub profiles: Vec<SourceProfile>,
}

/// One problem, with the file and line to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub line: Option<usize>,
    /// The source it concerns, when there is one.
    pub source: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        write!(f, ":")?;
        if let Some(s) = &self.source {
            write!(f, " [{s}]")?;
        }
        write!(f, " {}", self.message)
    }
}

/// What one source holds, as mapped.
#[derive(Clone, Debug, Default)]
pub struct SourceProfile {
    pub source: String,
    pub kind: String,
    pub rows_read: u64,
    pub rows_staged: u64,
    pub rows_skipped: u64,
    pub rows_rejected: u64,
    pub persons: usize,
    pub involvements: usize,
    pub referrals: usize,
    pub assessments: usize,
    pub consents: usize,
    /// Rejects by reason: count and the first positions.
    pub rejects: Vec<(RejectReason, u64, Vec<Position>)>,
    pub columns: Vec<ColumnProfile>,
}

/// One mapped column: counts only, never values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ColumnProfile {
    pub column: String,
    /// Rows looked at (not skipped as blank or totals).
    pub rows: u64,
    /// Empty or NULL.
    pub nulls: u64,
    pub distinct: u64,
    /// Cells of a type that cannot be read (blobs, `#REF!`).
    pub unreadable: u64,
    /// Values of a date field in this column that matched no declared format.
    pub parse_failures: u64,
}

impl CheckReport {
    pub fn problems(&self) -> usize {
        self.problems.len()
    }

    /// Print to stdout (what `onefamily check` shows).
    pub fn print(&self) {
        print!("{self}");
    }
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "check {}", self.project.display())?;
        if self.problems.is_empty() {
            writeln!(f, "no problems found")?;
        } else {
            writeln!(f, "{} problem(s):", self.problems.len())?;
            for p in &self.problems {
                writeln!(f, "  - {p}")?;
            }
        }
        for s in &self.profiles {
            writeln!(f)?;
            writeln!(
                f,
                "source {} ({}): {} rows read, {} staged, {} skipped, {} rejected; {} persons, {} involvements, {} referrals, {} assessments, {} consents",
                s.source,
                s.kind,
                s.rows_read,
                s.rows_staged,
                s.rows_skipped,
                s.rows_rejected,
                s.persons,
                s.involvements,
                s.referrals,
                s.assessments,
                s.consents
            )?;
            for (reason, n, first) in &s.rejects {
                let at: Vec<String> = first.iter().map(ToString::to_string).collect();
                writeln!(
                    f,
                    "  rejected {}: {n} (first at {})",
                    reason.as_str(),
                    at.join(", ")
                )?;
            }
            let w = s
                .columns
                .iter()
                .map(|c| c.column.chars().count())
                .max()
                .unwrap_or(6)
                .max(6);
            writeln!(
                f,
                "  {:<w$}  {:>9}  {:>9}  {:>9}  {:>10}  {:>14}",
                "column", "rows", "nulls", "distinct", "unreadable", "parse failures"
            )?;
            for c in &s.columns {
                writeln!(
                    f,
                    "  {:<w$}  {:>9}  {:>9}  {:>9}  {:>10}  {:>14}",
                    c.column, c.rows, c.nulls, c.distinct, c.unreadable, c.parse_failures
                )?;
            }
        }
        Ok(())
    }
}

/// Check a project: every problem in every file and source, in one run.
pub async fn check(project_path: &Path) -> CheckReport {
    let (project, errors) = mapping::load_collecting(project_path);
    let mut report = CheckReport {
        project: project_path.to_path_buf(),
        ..CheckReport::default()
    };
    for e in errors {
        report.problems.push(problem_of(e, project_path));
    }
    let Some(project) = project else {
        return report;
    };
    let mut tasks = Vec::new();
    for (idx, m) in project.sources.iter().enumerate() {
        let m = Arc::new(m.clone());
        let cx = extract::ReadCtx {
            lookups: None,
            idx: idx as u16,
            profile: true,
            reference: project.reference_date,
            limits: project.limits,
            sink: None,
        };
        tasks.push(tokio::spawn(async move { extract::run(cx, m).await }));
    }
    // Every source's person keys, to check the decisions' records against.
    let mut keys: BTreeMap<&str, std::collections::HashSet<String>> = BTreeMap::new();
    for (t, m) in tasks.into_iter().zip(&project.sources) {
        match t.await {
            Ok(Ok((out, profile))) => {
                let profile = profile.unwrap_or_default();
                report.problems.extend(profile_problems(m, &out, &profile));
                for (line, message) in extract::dump::coverage_problems(m, &out) {
                    report.problems.push(Problem {
                        file: m.file.clone(),
                        line,
                        source: Some(m.name.clone()),
                        message,
                    });
                }
                report.profiles.push(source_profile(m, &out, &profile));
                keys.insert(&m.name, out.persons.iter().map(|p| p.key.clone()).collect());
            }
            Ok(Err(fail)) => report.problems.extend(fail_problems(m, fail)),
            Err(e) => report.problems.push(Problem {
                file: m.file.clone(),
                line: m.lines.source,
                source: Some(m.name.clone()),
                message: format!("the check of this source stopped unexpectedly: {e}"),
            }),
        }
    }
    report
        .problems
        .extend(decision_problems(&project, &keys, project_path));
    sort_problems(&project, &mut report.problems);
    report
}

/// The reviewers' decisions file: every bad row, and every decision whose
/// source is not in the project or whose record the source no longer holds
/// (a run would report such a decision stale and not apply it). Sources
/// that could not be read are not checked for records.
fn decision_problems(
    project: &Project,
    keys: &BTreeMap<&str, std::collections::HashSet<String>>,
    project_path: &Path,
) -> Vec<Problem> {
    let file = &project.decisions_file;
    let decisions = match crate::review::read(file) {
        Ok(d) => d,
        Err(Error::ConfigMany(errors)) => {
            return errors
                .into_iter()
                .map(|e| problem_of(e, project_path))
                .collect()
        }
        Err(e) => return vec![problem_of(e, project_path)],
    };
    let mut problems = Vec::new();
    for (i, d) in decisions.iter().enumerate() {
        for record in [&d.left, &d.right].into_iter().filter(|r| !r.is_empty()) {
            let Some((source, key)) = crate::review::split_record(record) else {
                continue;
            };
            let message = if project.source_index(source).is_none() {
                format!(
                    "decision {}: no source named {source:?} in the project",
                    i + 1
                )
            } else if keys.get(source).is_some_and(|k| !k.contains(key)) {
                format!(
                    "decision {}: source {source:?} holds no person record with this key \
                     (changed or deleted since the decision): it would not be applied",
                    i + 1
                )
            } else {
                continue;
            };
            problems.push(Problem {
                file: file.clone(),
                // Rows are read in file order, one line each after the header.
                line: Some(i + 2),
                source: None,
                message,
            });
        }
    }
    problems
}

fn problem_of(e: Error, project: &Path) -> Problem {
    match e {
        Error::Config {
            file,
            line,
            message,
        } => Problem {
            file,
            line,
            source: None,
            message,
        },
        other => Problem {
            file: project.to_path_buf(),
            line: None,
            source: None,
            message: other.to_string(),
        },
    }
}

/// Project file first, then mapping files in project order, by line.
fn sort_problems(project: &Project, problems: &mut [Problem]) {
    let rank = |p: &Problem| -> usize {
        if p.file == project.file {
            0
        } else {
            project
                .sources
                .iter()
                .position(|s| s.file == p.file)
                .map(|i| i + 1)
                .unwrap_or(usize::MAX)
        }
    };
    problems.sort_by_key(|p| (rank(p), p.line.unwrap_or(0)));
}

fn fail_problems(m: &SourceMapping, fail: Fail) -> Vec<Problem> {
    let mk = |line: Option<usize>, message: String| Problem {
        file: m.file.clone(),
        line,
        source: Some(m.name.clone()),
        message,
    };
    if !fail.missing.is_empty() {
        return fail
            .missing
            .iter()
            .map(|x| {
                let looked_in = fail.looked_in.trim_end_matches(';');
                let message = match &x.note {
                    Some(note) => format!("{note}: {looked_in}"),
                    None => format!("column {:?} not found: {looked_in}", x.column),
                };
                mk(x.line, message)
            })
            .collect();
    }
    let line = match fail.at {
        FailAt::Path => m.lines.path,
        FailAt::Url => m.lines.url,
        FailAt::Relation => m.lines.relation,
        FailAt::Sheet => m.lines.sheet,
        FailAt::Encoding => m.lines.encoding.or(m.lines.path),
        FailAt::HeaderRow => m.lines.header_row,
        FailAt::Source => None,
    }
    .or(m.lines.source);
    vec![mk(line, fail.message)]
}

const SHOWN_CODES: usize = 12;

/// Parse failures, their first positions and unmapped codes of one field.
type FieldTally = (u64, Vec<Position>, BTreeMap<String, u64>);

fn profile_problems(m: &SourceMapping, out: &SourceExtract, profile: &Profile) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mk = |line: Option<usize>, message: String| Problem {
        file: m.file.clone(),
        line,
        source: Some(m.name.clone()),
        message,
    };
    // A field bound once per slot appears once per slot: merge by name+line.
    let mut merged: BTreeMap<(Option<usize>, String), FieldTally> = BTreeMap::new();
    for fs in &profile.fields {
        let e = merged.entry((fs.line, fs.name.clone())).or_default();
        e.0 += fs.parse_failures;
        e.1.extend(fs.failure_positions.iter().cloned());
        for (v, n) in &fs.unmapped {
            *e.2.entry(v.clone()).or_default() += n;
        }
    }
    for ((line, name), (failures, mut positions, unmapped)) in merged {
        if failures > 0 {
            positions.sort();
            positions.truncate(5);
            let at: Vec<String> = positions.iter().map(ToString::to_string).collect();
            problems.push(mk(
                line,
                format!("`{name}`: {failures} value(s) match none of the declared formats (first at {})", at.join(", ")),
            ));
        }
        if !unmapped.is_empty() && !crate::redact::codes_may_show(unmapped.keys()) {
            let total: u64 = unmapped.values().sum();
            problems.push(mk(
                line,
                format!(
                    "`{name}`: {total} value(s) in {} distinct have no entry in `codes`; \
                     they look like names or dates, not codes: is the column the right one?",
                    unmapped.len()
                ),
            ));
        } else if !unmapped.is_empty() {
            let total: u64 = unmapped.values().sum();
            let mut shown: Vec<String> = unmapped
                .iter()
                .take(SHOWN_CODES)
                .map(|(v, n)| format!("{:?} ({n})", v.chars().take(40).collect::<String>()))
                .collect();
            if unmapped.len() > SHOWN_CODES {
                shown.push(format!("and {} more", unmapped.len() - SHOWN_CODES));
            }
            problems.push(mk(
                line,
                format!(
                    "`{name}`: {total} value(s) have no entry in `codes`: {}",
                    shown.join(", ")
                ),
            ));
        }
    }
    problems.extend(
        crate::report::gates::coverage_problems(&out.integrity)
            .into_iter()
            .map(|msg| mk(m.lines.source, msg)),
    );
    // Cells of the wrong type are a mapping problem (the column is not what
    // the mapping thinks it is), unlike missing keys or duplicates.
    let unreadable: Vec<_> = out
        .rejects
        .iter()
        .filter(|r| r.reason == RejectReason::UnreadableCell)
        .collect();
    if !unreadable.is_empty() {
        let mut by_col: BTreeMap<&str, Vec<&Position>> = BTreeMap::new();
        for r in &unreadable {
            by_col
                .entry(r.column.as_deref().unwrap_or("?"))
                .or_default()
                .push(&r.position);
        }
        for (col, ps) in by_col {
            let line = m
                .fields()
                .find(|f| matches!(&f.value, Value::Column(c) if c.raw.eq_ignore_ascii_case(col)))
                .and_then(|f| f.line);
            let at: Vec<String> = ps.iter().take(5).map(ToString::to_string).collect();
            problems.push(mk(
                line.or(m.lines.source),
                format!(
                    "column {col:?}: {} cell(s) of a type that cannot be read (first at {})",
                    ps.len(),
                    at.join(", ")
                ),
            ));
        }
    }
    problems
}

fn source_profile(m: &SourceMapping, out: &SourceExtract, profile: &Profile) -> SourceProfile {
    let mut rejects: BTreeMap<RejectReason, (u64, Vec<Position>)> = BTreeMap::new();
    for r in &out.rejects {
        let e = rejects.entry(r.reason).or_default();
        e.0 += 1;
        if e.1.len() < 5 {
            e.1.push(r.position.clone());
        }
    }
    // Date parse failures belong to the column a date field reads.
    let mut failures: BTreeMap<String, u64> = BTreeMap::new();
    for fs in &profile.fields {
        if fs.parse_failures > 0 {
            if let Some(f) = m.fields().find(|f| f.name == fs.name && f.line == fs.line) {
                if let Value::Column(c) = &f.value {
                    let col = if c.slotted {
                        None
                    } else {
                        Some(c.raw.to_lowercase())
                    };
                    if let Some(col) = col {
                        *failures.entry(col).or_default() += fs.parse_failures;
                    }
                }
            }
        }
    }
    SourceProfile {
        source: m.name.clone(),
        kind: kind_label(m.kind),
        rows_read: out.rows_read,
        rows_staged: out.rows_staged,
        rows_skipped: out.skipped.len() as u64,
        rows_rejected: out.rows_rejected,
        persons: out.persons.len(),
        involvements: out.involvements.len(),
        referrals: out.referrals.len(),
        assessments: out.assessments.len(),
        consents: out.consents.len(),
        rejects: rejects.into_iter().map(|(r, (n, p))| (r, n, p)).collect(),
        columns: profile
            .columns
            .iter()
            .map(|c| ColumnProfile {
                column: c.name.clone(),
                rows: c.rows,
                nulls: c.nulls,
                distinct: c.distinct.len() as u64,
                unreadable: c.unreadable,
                parse_failures: failures.get(&c.name.to_lowercase()).copied().unwrap_or(0),
            })
            .collect(),
    }
}

fn kind_label(k: SourceKind) -> String {
    k.as_str().to_string()
}
