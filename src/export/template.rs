//! Target mappings: a case system's import template as TOML, one file per
//! entity in a folder (`targets/NAME/*.toml`), the mirror of a source
//! mapping. Parsed with unknown keys refused, then checked against the
//! unified schema: every relation and field named must exist, so a typo is
//! found before a trial load's files are written, never after.

use crate::{Error, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One entity file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntityFile {
    entity: RawEntity,
    #[serde(default)]
    column: Vec<RawColumn>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntity {
    name: String,
    /// The file written: `NAME.csv` or `NAME.xlsx`.
    file: String,
    /// The unified table or view the rows come from (`person`, `ssd_family`).
    from: String,
    /// An SQL condition over `from`'s columns, narrowing the rows.
    #[serde(rename = "where")]
    filter: Option<String>,
    /// The column of `from` that identifies a row (default `id`): what a
    /// reject names and rows are ordered by.
    key: Option<String>,
    /// CSV: `utf-8` (default) or `windows-1252`.
    encoding: Option<String>,
    /// CSV: one character (default `,`).
    delimiter: Option<String>,
    /// CSV: `lf` (default) or `crlf`.
    line_ending: Option<String>,
    /// Output columns whose values may appear once in the file: a later row
    /// with a value already written is rejected.
    #[serde(default)]
    unique: Vec<String>,
    /// Deltas (`--since`): the header of the first column, which says
    /// `insert`, `update` or `delete` (default `Change`).
    change_column: Option<String>,
    /// An independent count of the rows that must be accounted for (an SQL
    /// `SELECT COUNT(*) …` over the unified schema); default: the rows of
    /// `from` (current ones, narrowed by `where`).
    eligible: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawColumn {
    /// The header the supplier's template names.
    name: String,
    field: Option<String>,
    value: Option<String>,
    template: Option<String>,
    /// Canonical code → the supplier's code. A value with no entry is a
    /// reject (a template's code list is closed).
    codes: Option<BTreeMap<String, String>>,
    /// chrono format for a date field (`%d/%m/%Y`); the unified store holds
    /// ISO dates.
    date_format: Option<String>,
    #[serde(default)]
    mandatory: bool,
    max_length: Option<usize>,
    allowed: Option<Vec<String>>,
}

/// Where a column's value comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Field(String),
    Const(String),
    /// Literal text and `{field}` placeholders, in order.
    Template(Vec<Piece>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Field(String),
}

#[derive(Clone, Debug)]
pub struct Column {
    pub name: String,
    pub source: Source,
    pub codes: Option<BTreeMap<String, String>>,
    pub date_format: Option<String>,
    pub mandatory: bool,
    pub max_length: Option<usize>,
    pub allowed: Option<Vec<String>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
}

#[derive(Clone, Debug)]
pub struct Entity {
    pub name: String,
    /// The template file it came from, for messages.
    pub path: PathBuf,
    pub file: String,
    pub format: Format,
    pub from: String,
    pub filter: Option<String>,
    pub key: String,
    pub encoding: Encoding,
    pub delimiter: u8,
    pub crlf: bool,
    pub unique: Vec<String>,
    pub eligible: Option<String>,
    pub change_column: String,
    pub columns: Vec<Column>,
}

impl Entity {
    /// The fields of `from` the columns read, the key first, each once.
    pub fn fields(&self) -> Vec<String> {
        let mut out = vec![self.key.clone()];
        for c in &self.columns {
            let names: Vec<&String> = match &c.source {
                Source::Field(f) => vec![f],
                Source::Const(_) => Vec::new(),
                Source::Template(pieces) => pieces
                    .iter()
                    .filter_map(|p| match p {
                        Piece::Field(f) => Some(f),
                        Piece::Text(_) => None,
                    })
                    .collect(),
            };
            for n in names {
                if !out.contains(n) {
                    out.push(n.clone());
                }
            }
        }
        out
    }
}

/// A target template: its name (the folder's) and entities, in file-name
/// order.
#[derive(Clone, Debug)]
pub struct Template {
    pub name: String,
    pub dir: PathBuf,
    pub entities: Vec<Entity>,
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !s.starts_with(|c: char| c.is_ascii_digit())
}

fn parse_template_text(text: &str) -> std::result::Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            out.push(Piece::Text(rest[..open].to_string()));
        }
        let Some(close) = rest[open..].find('}') else {
            return Err("a `{` is not closed".into());
        };
        let name = rest[open + 1..open + close].trim();
        if !is_identifier(name) {
            return Err(format!("`{{{name}}}` is not a field name"));
        }
        out.push(Piece::Field(name.to_string()));
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_string()));
    }
    Ok(out)
}

/// Read every `*.toml` in `dir` as one entity. Every problem of every file
/// is collected, each naming its file, before any is returned.
pub fn load(dir: &Path) -> Result<Template> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| {
            Error::Other(format!(
                "{}: cannot read the template folder: {}",
                dir.display(),
                e.kind()
            ))
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::Other(format!(
            "{}: no entity files (*.toml) in the template folder",
            dir.display()
        )));
    }
    let mut problems = Vec::new();
    let mut entities = Vec::new();
    for path in files {
        match entity(&path) {
            Ok(e) => entities.push(e),
            Err(mut p) => problems.append(&mut p),
        }
    }
    let mut seen = BTreeMap::new();
    for e in &entities {
        if let Some(other) = seen.insert(e.file.to_lowercase(), &e.path) {
            problems.push(format!(
                "{}: writes {}, as {} does",
                e.path.display(),
                e.file,
                other.display()
            ));
        }
    }
    if !problems.is_empty() {
        return Err(Error::Other(format!(
            "the target template has {} problem(s):\n  - {}",
            problems.len(),
            problems.join("\n  - ")
        )));
    }
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "target".into());
    Ok(Template {
        name,
        dir: dir.to_path_buf(),
        entities,
    })
}

fn entity(path: &Path) -> std::result::Result<Entity, Vec<String>> {
    let at = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| vec![format!("{at}: cannot read: {}", e.kind())])?;
    let raw: RawEntityFile = toml::from_str(&text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].lines().count().max(1));
        vec![match line {
            Some(l) => format!("{at}:{l}: {}", e.message()),
            None => format!("{at}: {}", e.message()),
        }]
    })?;
    let mut problems = Vec::new();
    let mut p = |msg: String| problems.push(format!("{at}: {msg}"));
    let e = raw.entity;
    let format = match Path::new(&e.file)
        .extension()
        .and_then(|x| x.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("csv") => Format::Csv,
        Some("xlsx") => Format::Xlsx,
        _ => {
            p(format!("`file` {:?} must end in .csv or .xlsx", e.file));
            Format::Csv
        }
    };
    if e.file.contains(['/', '\\']) || e.file.starts_with('.') {
        p(format!("`file` {:?} must be a plain file name", e.file));
    }
    if !is_identifier(&e.from) {
        p(format!("`from` {:?} must name one table or view", e.from));
    }
    let encoding = match e
        .encoding
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("utf-8") | Some("utf8") => Encoding::Utf8,
        Some("windows-1252") | Some("cp1252") => Encoding::Windows1252,
        Some(other) => {
            p(format!(
                "`encoding` {other:?} must be utf-8 or windows-1252"
            ));
            Encoding::Utf8
        }
    };
    let delimiter = match e.delimiter.as_deref() {
        None => b',',
        Some(d) if d.len() == 1 && d.is_ascii() => d.as_bytes()[0],
        Some("\\t") | Some("tab") => b'\t',
        Some(d) => {
            p(format!("`delimiter` {d:?} must be one character"));
            b','
        }
    };
    let crlf = match e.line_ending.as_deref() {
        None | Some("lf") => false,
        Some("crlf") => true,
        Some(other) => {
            p(format!("`line_ending` {other:?} must be lf or crlf"));
            false
        }
    };
    let columns = columns(raw.column, &mut p);
    if columns.is_empty() {
        p("no `[[column]]`".into());
    }
    for u in &e.unique {
        if !columns.iter().any(|c| &c.name == u) {
            p(format!("`unique` names {u:?}, which is not a column"));
        }
    }
    if let Some(q) = &e.eligible {
        let lower = q.trim_start().to_ascii_lowercase();
        if !lower.starts_with("select") || q.contains(';') {
            p("`eligible` must be one SELECT COUNT(*) … statement".into());
        }
    }
    if let Some(w) = &e.filter {
        if w.contains(';') {
            p("`where` must be one condition".into());
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let key = e.key.unwrap_or_else(|| "id".into());
    Ok(Entity {
        name: e.name,
        path: path.to_path_buf(),
        file: e.file,
        format,
        from: e.from,
        filter: e.filter,
        key,
        encoding,
        delimiter,
        crlf,
        unique: e.unique,
        eligible: e.eligible,
        change_column: e.change_column.unwrap_or_else(|| "Change".into()),
        columns,
    })
}

/// The `[[column]]`s of one entity file, each problem passed to `p`.
fn columns(raw: Vec<RawColumn>, p: &mut impl FnMut(String)) -> Vec<Column> {
    let mut columns = Vec::new();
    for c in raw {
        let given = [c.field.is_some(), c.value.is_some(), c.template.is_some()];
        if given.iter().filter(|&&b| b).count() != 1 {
            p(format!(
                "column {:?} needs exactly one of `field`, `value`, `template`",
                c.name
            ));
            continue;
        }
        let source = if let Some(f) = c.field {
            if !is_identifier(&f) {
                p(format!(
                    "column {:?}: `field` {f:?} is not a field name",
                    c.name
                ));
            }
            Source::Field(f)
        } else if let Some(v) = c.value {
            Source::Const(v)
        } else {
            match parse_template_text(c.template.as_deref().unwrap_or_default()) {
                Ok(t) => Source::Template(t),
                Err(msg) => {
                    p(format!("column {:?}: `template`: {msg}", c.name));
                    continue;
                }
            }
        };
        if let Some(f) = &c.date_format {
            // A date formats with it: an unknown or time-of-day specifier
            // fails here, not on the first row.
            let probe =
                chrono::NaiveDate::from_ymd_opt(2001, 2, 3).and_then(|d| super::format_date(d, f));
            if f.is_empty() || probe.is_none() {
                p(format!(
                    "column {:?}: `date_format` {f:?} is not a date format",
                    c.name
                ));
            }
        }
        if c.max_length == Some(0) {
            p(format!(
                "column {:?}: `max_length` must be at least 1",
                c.name
            ));
        }
        if columns.iter().any(|x: &Column| x.name == c.name) {
            p(format!("column {:?} is named twice", c.name));
        }
        columns.push(Column {
            name: c.name,
            source,
            codes: c.codes,
            date_format: c.date_format,
            mandatory: c.mandatory,
            max_length: c.max_length,
            allowed: c.allowed,
        });
    }
    columns
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_split_into_text_and_fields() {
        assert_eq!(
            parse_template_text("{given_name} {family_name}!").unwrap(),
            vec![
                Piece::Field("given_name".into()),
                Piece::Text(" ".into()),
                Piece::Field("family_name".into()),
                Piece::Text("!".into()),
            ]
        );
        assert!(parse_template_text("{oops").is_err());
        assert!(parse_template_text("{not a field}").is_err());
    }

    #[test]
    fn every_problem_of_a_file_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.toml"),
            "[entity]\nname = \"a\"\nfile = \"../a.txt\"\nfrom = \"person; drop\"\nunique = [\"Nope\"]\n\n[[column]]\nname = \"X\"\nfield = \"id\"\nvalue = \"y\"\n",
        )
        .unwrap();
        let err = load(dir.path()).unwrap_err().to_string();
        for want in [
            ".csv or .xlsx",
            "plain file name",
            "one table or view",
            "exactly one of",
            "`unique` names",
        ] {
            assert!(err.contains(want), "{want}: {err}");
        }
        std::fs::write(dir.path().join("a.toml"), "[entity]\nname = 1\n").unwrap();
        let err = load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("a.toml:2"), "{err}");
    }
}
