//! Raw serde data → checked `Project`. Every problem is pushed onto one list
//! with its file and line (from the TOML spans) and resolution carries on,
//! so one run of `check` shows them all.

use super::raw::*;
use super::*;
use crate::error::Error;
use crate::model::{NameOrder, Role, SingleName};
use std::ops::Range;

mod field;
mod records;
mod source;
use field::field;
use records::*;
pub use records::{ASSESSMENT_FACTORS, CONSENT_SCOPES};
use source::resolve_mapping;

/// Load what can be loaded; the project is `None` only when the project file
/// itself is unusable. Sources whose mapping file has problems are left out.
pub(crate) fn load(path: &Path) -> (Option<Project>, Vec<Error>) {
    let mut errors = Vec::new();
    let src = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            errors.push(Error::config(
                path,
                None,
                format!("cannot read the project file: {e}"),
            ));
            return (None, errors);
        }
    };
    let raw: RawProject = match toml::from_str(&src) {
        Ok(r) => r,
        Err(e) => {
            errors.push(toml_error(path, &src, &e));
            return (None, errors);
        }
    };
    let mut cx = Cx {
        file: path,
        src: &src,
        errors: &mut errors,
    };
    let dir = path.parent().unwrap_or(Path::new("."));

    let name = raw.project.name.get_ref().trim().to_string();
    if name.is_empty() {
        cx.err(raw.project.name.span(), "[project].name is empty");
    }
    let reference_date = match &raw.project.reference_date {
        Some(d) => match chrono::NaiveDate::parse_from_str(d.get_ref().trim(), "%Y-%m-%d") {
            Ok(d) => d,
            Err(_) => {
                cx.err(d.span(), "reference_date must be a date written YYYY-MM-DD");
                chrono::Local::now().date_naive()
            }
        },
        None => chrono::Local::now().date_naive(),
    };

    let target = raw.target.as_ref();
    let target_url =
        target
            .and_then(|t| t.url.as_ref())
            .and_then(|u| match interpolate(u.get_ref()) {
                Ok(url) => Some(relative_sqlite_url(&url, dir)),
                Err(msg) => {
                    cx.err(u.span(), format!("[target].url: {msg}"));
                    None
                }
            });
    // `sources` and `link` may sit at the top level, in [project] or in
    // [target]: TOML puts keys written after a table header into that table,
    // and the README's own example leaves them under [target].
    let sources = one_of(
        &mut cx,
        "sources",
        [
            raw.sources.as_ref(),
            raw.project.sources.as_ref(),
            target.and_then(|t| t.sources.as_ref()),
        ],
    );
    if sources.is_none()
        && !cx
            .errors
            .iter()
            .any(|e| e.to_string().contains("`sources`"))
    {
        cx.err(
            0..0,
            "no `sources`: list the mapping files, e.g. sources = [\"childrens_centres.toml\"]",
        );
    }
    let link = one_of(
        &mut cx,
        "link",
        [
            raw.link.as_ref(),
            raw.project.link.as_ref(),
            target.and_then(|t| t.link.as_ref()),
        ],
    );
    let link_file = link.and_then(|l| {
        let p = path_in(&mut cx, dir, l, "link")?;
        if p.is_file() {
            Some(p)
        } else {
            cx.err(
                l.span(),
                format!("link settings file not found: {}", p.display()),
            );
            None
        }
    });

    let (decisions_file, review_fields) = review_settings(&mut cx, raw.review.as_ref(), dir);
    let sources = sources.map(|s| s.get_ref().as_slice()).unwrap_or_default();
    let mappings = load_mappings(&mut cx, dir, sources);
    let (gates, limits) = project_gates(&mut cx, &raw, &mappings);
    let project = Project {
        file: path.to_path_buf(),
        name,
        reference_date,
        target_url,
        link_file,
        sources: mappings,
        decisions_file,
        review_fields,
        gates,
        limits,
    };
    (Some(project), errors)
}

/// `[review]`: the decisions file and the fields the review sheet shows.
fn review_settings(
    cx: &mut Cx,
    review: Option<&RawReview>,
    dir: &Path,
) -> (PathBuf, Vec<crate::model::ReviewField>) {
    let decisions_file = match review.and_then(|r| r.decisions.as_ref()) {
        Some(d) => {
            path_in(cx, dir, d, "[review].decisions").unwrap_or_else(|| dir.join("decisions.csv"))
        }
        None => dir.join("decisions.csv"),
    };
    let review_fields = match review.and_then(|r| r.fields.as_ref()) {
        None => crate::model::ReviewField::DEFAULT.to_vec(),
        Some(list) => list
            .iter()
            .filter_map(|f| {
                let parsed = crate::model::ReviewField::parse(f.get_ref());
                if parsed.is_none() {
                    cx.err(
                        f.span(),
                        format!(
                            "[review] fields: unknown field {:?} (known: {})",
                            f.get_ref(),
                            crate::model::ReviewField::ALL
                                .iter()
                                .map(|f| f.name())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    );
                }
                parsed
            })
            .collect(),
    };
    (decisions_file, review_fields)
}

/// Every mapping file the project names, in order; a repeated source name
/// is a problem.
fn load_mappings(cx: &mut Cx, dir: &Path, sources: &[S<String>]) -> Vec<SourceMapping> {
    let mut mappings: Vec<SourceMapping> = Vec::new();
    let mut names: HashMap<String, PathBuf> = HashMap::new();
    for entry in sources {
        let Some(file) = path_in(cx, dir, entry, "sources") else {
            continue;
        };
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) => {
                cx.err(
                    entry.span(),
                    format!("cannot read mapping file {}: {e}", file.display()),
                );
                continue;
            }
        };
        if let Some(m) = load_mapping(&file, &text, cx.errors) {
            if let Some(first) = names.get(&m.name) {
                let line = m.lines.source;
                cx.errors.push(Error::config(
                    &m.file,
                    line,
                    format!(
                        "source name {:?} is already used by {}",
                        m.name,
                        first.display()
                    ),
                ));
                continue;
            }
            names.insert(m.name.clone(), m.file.clone());
            mappings.push(m);
        }
    }
    if mappings.len() > usize::from(u16::MAX) {
        cx.err(0..0, "too many sources");
    }
    mappings
}

/// `[gates]` and `[limits]`; a per-source gate must name a source.
fn project_gates(
    cx: &mut Cx,
    raw: &RawProject,
    mappings: &[SourceMapping],
) -> (gates::ProjectGates, Limits) {
    let (gates, limits) = crate::mapping::gates::resolve(raw.gates.as_ref(), raw.limits.as_ref())
        .unwrap_or_else(|problems| {
            for (span, msg) in problems {
                cx.err(span, msg);
            }
            Default::default()
        });
    for name in gates.sources.keys() {
        if !mappings.iter().any(|m| &m.name == name) {
            let span = raw.gates.as_ref().map_or(0..0, |g| g.span());
            cx.err(
                span,
                format!("[gates.sources.{name}]: no source of that name"),
            );
        }
    }
    (gates, limits)
}

fn one_of<'r, T>(cx: &mut Cx, key: &str, places: [Option<&'r S<T>>; 3]) -> Option<&'r S<T>> {
    let given: Vec<&S<T>> = places.into_iter().flatten().collect();
    if given.len() > 1 {
        cx.err(
            given[1].span(),
            format!("`{key}` is given more than once (top level, [project], [target]); keep one"),
        );
        return None;
    }
    given.first().copied()
}

/// One mapping file; `None` when it has problems (pushed onto `errors`).
pub(crate) fn load_mapping(
    file: &Path,
    text: &str,
    errors: &mut Vec<Error>,
) -> Option<SourceMapping> {
    let raw: RawMapping = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            errors.push(toml_error(file, text, &e));
            return None;
        }
    };
    let before = errors.len();
    let mut cx = Cx {
        file,
        src: text,
        errors,
    };
    let m = resolve_mapping(&mut cx, raw);
    (cx.errors.len() == before).then_some(m).flatten()
}

pub(super) struct Cx<'a> {
    file: &'a Path,
    src: &'a str,
    errors: &'a mut Vec<Error>,
}

impl Cx<'_> {
    fn line(&self, span: Range<usize>) -> Option<usize> {
        (span.end > 0).then(|| line_of(self.src, span.start))
    }
    fn err(&mut self, span: Range<usize>, msg: impl Into<String>) {
        let line = self.line(span);
        self.errors.push(Error::config(self.file, line, msg));
    }
}

fn toml_error(file: &Path, src: &str, e: &toml::de::Error) -> Error {
    let line = e.span().map(|s| line_of(src, s.start));
    Error::config(file, line, e.message().trim().to_string())
}

/// Replace `${NAME}` with the environment variable's value. A missing
/// variable is named in the error; values never are.
pub(crate) fn interpolate(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let end = after.find('}').ok_or("`${` without its closing `}`")?;
        let name = &after[..end];
        let valid = !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !name.starts_with(|c: char| c.is_ascii_digit());
        if !valid {
            return Err(format!("`${{{name}}}` is not an environment variable name"));
        }
        match std::env::var(name) {
            Ok(v) => out.push_str(&v),
            Err(_) => return Err(format!("environment variable {name} is not set")),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `when = { column, equals | in | not_blank }`: exactly one test.
fn resolve_when(cx: &mut Cx, w: Option<S<RawWhen>>) -> Option<When> {
    let w = w?;
    let span = w.span();
    let line = cx.line(span.clone());
    let w = w.into_inner();
    let column = w.column.trim();
    if column.is_empty() {
        cx.err(span, "`when` needs a `column`");
        return None;
    }
    let test = match (w.equals, w.in_, w.not_blank) {
        (Some(v), None, None) => WhenTest::Equals(v),
        (None, Some(vs), None) if !vs.is_empty() => WhenTest::In(vs),
        (None, None, Some(true)) => WhenTest::NotBlank,
        _ => {
            cx.err(
                span,
                "`when` needs exactly one test: equals = \"…\", in = [\"…\", …] or not_blank = true",
            );
            return None;
        }
    };
    Some(When {
        column: ColName::new(column),
        test,
        line,
    })
}

/// A path from a project or mapping file: `${NAME}` replaced from the
/// environment (an unset variable is an error naming it, never a value),
/// then relative to the file's folder.
fn path_in(cx: &mut Cx, dir: &Path, p: &S<String>, key: &str) -> Option<PathBuf> {
    match interpolate(p.get_ref().trim()) {
        Ok(text) => Some(dir.join(text)),
        Err(msg) => {
            cx.err(p.span(), format!("{key}: {msg}"));
            None
        }
    }
}

/// `dialect` and `ignore_tables` of a dump source.
fn dump_options(cx: &mut Cx, s: &RawSource) -> (Option<DumpDialect>, Vec<(String, Option<usize>)>) {
    let dialect = s.dialect.as_ref().and_then(|d| {
        let parsed = DumpDialect::parse(d.get_ref());
        if parsed.is_none() {
            let all: Vec<_> = DumpDialect::ALL.iter().map(|k| k.as_str()).collect();
            cx.err(
                d.span(),
                format!(
                    "unknown dialect {:?}; expected one of {}",
                    d.get_ref(),
                    all.join(", ")
                ),
            );
        }
        parsed
    });
    let ignore = s
        .ignore_tables
        .iter()
        .flat_map(|l| l.get_ref().iter())
        .map(|t| (t.get_ref().trim().to_string(), cx.line(t.span())))
        .collect();
    (dialect, ignore)
}

/// `sqlite://relative/path` is relative to the project file, like every other
/// path in these files.
fn relative_sqlite_url(url: &str, dir: &Path) -> String {
    match url.strip_prefix("sqlite://") {
        Some(rest)
            if !rest.starts_with('/') && !rest.starts_with(':') && !dir.as_os_str().is_empty() =>
        {
            format!("sqlite://{}", dir.join(rest).display())
        }
        _ => url.to_string(),
    }
}

/// A query must be one SELECT (or WITH … SELECT): sources are only read.
pub(crate) fn validate_query(q: &str) -> Result<(), String> {
    let mut s = q.trim_start();
    // Leading comments are common in pasted queries.
    loop {
        if let Some(r) = s.strip_prefix("--") {
            s = r
                .split_once('\n')
                .map(|(_, b)| b)
                .unwrap_or("")
                .trim_start();
        } else if let Some(r) = s.strip_prefix("/*") {
            s = r
                .split_once("*/")
                .map(|(_, b)| b)
                .unwrap_or("")
                .trim_start();
        } else {
            break;
        }
    }
    let first: String = s
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_uppercase();
    if first != "SELECT" && first != "WITH" {
        return Err("a query must start with SELECT or WITH: sources are only ever read".into());
    }
    let body = s.trim_end().trim_end_matches(';');
    if body.contains(';') {
        return Err("a query must be a single statement (no `;` inside)".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests;
