//! The draft's text: one mapping file per table or sheet and the project
//! file. Each guess is on its own line under a `# guess:` comment saying
//! what it is based on (column names, shapes and shares; never a value),
//! the columns no guess maps are listed in `ignore`, and `draft = true`
//! keeps `check` and `run` refusing the file until a person has confirmed it.

use super::guess::{Draft, Extra, Guess};
use super::profile::Column;
use crate::extract::peek::Peeked;
use crate::mapping::SourceKind;
use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

/// A TOML basic string.
pub fn q(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn list(items: &[String]) -> String {
    let v: Vec<String> = items.iter().map(|s| q(s)).collect();
    format!("[{}]", v.join(", "))
}

/// `to` relative to the folder `from` (both made absolute first).
pub fn relative(from: &Path, to: &Path) -> PathBuf {
    let abs = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let (from, to) = (abs(from), abs(to));
    let a: Vec<Component> = from.components().collect();
    let b: Vec<Component> = to.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    // Nothing shared but the root: the absolute path reads better.
    if common <= 1 {
        return to;
    }
    let mut out = PathBuf::new();
    for _ in common..a.len() {
        out.push("..");
    }
    for c in &b[common..] {
        out.push(c);
    }
    out
}

/// Everything one mapping file needs.
pub struct Mapping<'a> {
    pub name: String,
    pub service: String,
    pub peeked: &'a Peeked,
    /// The file's path as the mapping writes it, or the URL (or `${VAR}`).
    pub location: String,
    pub header_row: Option<u64>,
    /// The header is `header_row` and the row above it (heading paths).
    pub two_row_header: bool,
    pub header: &'a [String],
    pub cols: &'a [Column],
    pub draft: &'a Draft,
    /// Set when the URL went into an environment variable.
    pub url_var: Option<String>,
    /// Several files read as one (`path` is a pattern): how many, and how
    /// many hold a header alone.
    pub files: Option<(usize, usize)>,
    /// `_file` or `_sheet`: the person key is `{_file}:{column}` (its
    /// values restart per file or sheet).
    pub part_in_key: Option<&'static str>,
}

/// The mapping file's text.
pub fn mapping(m: &Mapping) -> String {
    let mut s = String::new();
    let p = m.peeked;
    let what = if p.part.is_empty() {
        "this file".to_string()
    } else {
        format!("{} {:?}", part_word(p.kind), p.part)
    };
    let rows = m.cols.first().map_or(0, |c| c.rows);
    let _ = writeln!(
        s,
        "# Draft written by `onefamily init` from {what}: {} columns, {rows} rows read.\n\
         # Each line under a `# guess:` comment is a guess from the column's name\n\
         # and the shape of its values. Confirm or correct each one, then remove\n\
         # `draft = true`: until then `check` and `run` refuse this file.\n",
        m.header.len()
    );
    source(&mut s, m);
    person(&mut s, m);
    records(&mut s, m);
    s
}

fn part_word(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Csv => "file",
        SourceKind::Sqlite | SourceKind::Mysql | SourceKind::Postgres | SourceKind::Dump => "table",
        _ => "sheet",
    }
}

fn source(s: &mut String, m: &Mapping) {
    let p = m.peeked;
    let _ = writeln!(s, "[source]\nname = {}", q(&m.name));
    let _ = writeln!(
        s,
        "# guess: from the {} name\nservice = {}",
        if p.path.is_some() { "file" } else { "table" },
        q(&m.service)
    );
    let _ = writeln!(s, "kind = {}", q(p.kind.as_str()));
    let grouped = m.files.is_some();
    if let Some((n, empty)) = m.files {
        let what = if p.kind.is_spreadsheet() {
            "sheets"
        } else {
            "files"
        };
        let _ = writeln!(
            s,
            "# guess: {n} {what} named alike, with the same columns ({empty} a header only): one system in parts, read in order"
        );
    }
    if p.path.is_some() {
        let _ = writeln!(s, "path = {}", q(&m.location));
    } else {
        if let Some(v) = &m.url_var {
            let _ = writeln!(s, "# The URL holds a password: set {v} to it.");
        }
        let _ = writeln!(s, "url = {}", q(&m.location));
    }
    // Sheets a pattern reads are not others.
    let others: Vec<String> = p
        .siblings
        .iter()
        .filter(|x| **x != p.part && !(grouped && crate::mapping::glob_match(&p.part, x)))
        .cloned()
        .collect();
    match p.kind {
        SourceKind::Csv => {
            if let Some(e) = p.encoding {
                let _ = writeln!(
                    s,
                    "# guess: the bytes read as {e}\nencoding = {}",
                    q(&e.to_ascii_lowercase())
                );
            }
            if let Some(d) = p.delimiter.filter(|d| *d != b',') {
                let _ = writeln!(
                    s,
                    "# guess: splits the first line most\ndelimiter = {}",
                    q(&(d as char).to_string())
                );
            }
        }
        SourceKind::Sqlite => {
            let _ = writeln!(s, "table = {}", q(&p.part));
        }
        SourceKind::Mysql | SourceKind::Postgres => {
            let _ = writeln!(s, "table = {}", q(&p.part));
            fingerprint_keys(s, m);
        }
        SourceKind::Dump => {
            let _ = writeln!(s, "table = {}", q(&p.part));
            if !others.is_empty() {
                let _ = writeln!(s, "# The dump's other tables: each has its own draft, or none when empty.\nignore_tables = {}", list(&others));
            }
        }
        _ if grouped => {
            let _ = writeln!(s, "sheets = {}", q(&p.part));
            if !others.is_empty() {
                let _ = writeln!(s, "# The workbook's other sheets: each has its own draft, or none when blank.\nignore_sheets = {}", list(&others));
            }
        }
        _ => {
            let _ = writeln!(s, "sheet = {}", q(&p.part));
            if !others.is_empty() {
                let _ = writeln!(s, "# The workbook's other sheets: each has its own draft, or none when blank.\nignore_sheets = {}", list(&others));
            }
        }
    }
    // CSV: the reader finds the header by the mapped columns; a line number
    // would be off by the blank lines the parser passes over.
    if m.two_row_header {
        match m.header_row.filter(|_| p.kind != SourceKind::Csv) {
            Some(h) => {
                let _ = writeln!(
                    s,
                    "# guess: a heading row over the header, whose headings repeat under it\nheader_rows = \"{}-{h}\"",
                    h - 1
                );
            }
            None => {
                let _ = writeln!(
                    s,
                    "# guess: a heading row over the header, whose headings repeat under it\nheader_rows = 2"
                );
            }
        }
    } else if let Some(h) = m.header_row.filter(|h| *h > 1 && p.kind != SourceKind::Csv) {
        let _ = writeln!(
            s,
            "# guess: the first row filled across, with only text in it\nheader_row = {h}"
        );
    }
    let used = m.draft.used();
    let ignored: Vec<String> = m
        .header
        .iter()
        .enumerate()
        .filter(|(i, n)| !used.contains(i) && !n.trim().is_empty())
        .map(|(_, n)| n.clone())
        .collect();
    if !ignored.is_empty() {
        let _ = writeln!(s, "# Columns no guess maps: map them below or leave them here, counted and not read.\nignore = {}", list(&ignored));
    }
    let _ = writeln!(s, "draft = true\n");
}

/// A server table's fingerprint, which lets a later `extract`, `run` or
/// `link` reuse the staged extract while the table has not moved: its
/// last-modified column when one is obvious, else a hint to name one.
fn fingerprint_keys(s: &mut String, m: &Mapping) {
    match super::guess::modified_column(m.cols) {
        Some((c, why)) => {
            let _ = writeln!(
                s,
                "# guess: {why}: a later run tells whether the table moved by its row\n\
                 # count and this column's latest value (the fingerprint), and reuses the\n\
                 # staged extract while they are unchanged\nmodified = {}",
                q(&m.header[c])
            );
        }
        None => {
            let _ = writeln!(
                s,
                "# No column looks like when a row last changed: a later run tells whether\n\
                 # the table moved by its row count and a checksum computed on the server\n\
                 # (a full scan there, no row sent). If a column holds when a row last\n\
                 # changed, name it, which is cheaper:\n\
                 # modified = \"COLUMN\""
            );
        }
    }
}

fn template(m: &Mapping, col: usize) -> String {
    format!("{{{}}}", m.header[col])
}

/// The person key's template, `{_file}:` first when keys restart per file.
fn key_template(m: &Mapping, col: usize) -> String {
    match m.part_in_key {
        Some(part) => format!("{{{part}}}:{}", template(m, col)),
        None => template(m, col),
    }
}

fn person(s: &mut String, m: &Mapping) {
    let _ = writeln!(s, "[person]");
    match &m.draft.key {
        Some((c, why)) => {
            let _ = writeln!(s, "# guess: {why}\nkey = {}", q(&key_template(m, *c)));
        }
        None => {
            // No column can be a key: every column's text together.
            let all: String = m
                .header
                .iter()
                .filter(|n| !n.trim().is_empty())
                .map(|n| format!("{{{n}}}"))
                .collect::<Vec<_>>()
                .join("|");
            let _ = writeln!(s, "# guess: no column is unique or named as an identifier; every column together\nkey = {}", q(&all));
        }
    }
    if let Some((c, why)) = &m.draft.family {
        let _ = writeln!(s, "# guess: {why}\nfamily = {}", q(&template(m, *c)));
    }
    let addresses: Vec<&Guess> = m
        .draft
        .person
        .iter()
        .filter(|g| g.field == "address")
        .collect();
    for g in m.draft.person.iter().filter(|g| g.field != "address") {
        field(s, m, g);
    }
    if !addresses.is_empty() {
        let names: Vec<String> = addresses
            .iter()
            .map(|g| m.header[g.column].clone())
            .collect();
        let whys: Vec<String> = addresses.iter().map(|g| g.why.clone()).collect();
        let _ = writeln!(
            s,
            "# guess: {}\naddress = {}",
            whys.join("; "),
            list(&names)
        );
    }
    let _ = writeln!(s);
}

fn field(s: &mut String, m: &Mapping, g: &Guess) {
    let col = q(&m.header[g.column]);
    let value = match &g.extra {
        Extra::None => col,
        Extra::Dates(f) => {
            let f: Vec<String> = f.iter().map(|x| x.to_string()).collect();
            format!("{{ column = {col}, formats = {} }}", list(&f))
        }
        Extra::Codes(codes) => {
            let c: Vec<String> = codes
                .iter()
                .map(|(k, v)| format!("{} = {}", q(k), q(v)))
                .collect();
            format!("{{ column = {col}, codes = {{ {} }} }}", c.join(", "))
        }
        Extra::Order(o) => format!("{{ column = {col}, order = {} }}", q(o)),
    };
    let _ = writeln!(s, "# guess: {}\n{} = {value}", g.why, g.field);
}

fn records(s: &mut String, m: &Mapping) {
    let Some((key, _)) = &m.draft.key else { return };
    let links = |s: &mut String| {
        let _ = writeln!(s, "person = {}", q(&key_template(m, *key)));
        if let Some((f, _)) = &m.draft.family {
            let _ = writeln!(s, "family = {}", q(&template(m, *f)));
        }
    };
    if !m.draft.involvement.is_empty() {
        let _ = writeln!(s, "# guess: the row is an episode with the service (it has start or end dates)\n[[involvement]]");
        let _ = writeln!(s, "key = {}", q(&key_template(m, *key)));
        links(s);
        for g in &m.draft.involvement {
            field(s, m, g);
        }
        let _ = writeln!(s);
    }
    if let Some(g) = &m.draft.referral {
        let _ = writeln!(
            s,
            "# guess: the row records a referral (it has a referral date)\n[[referral]]"
        );
        let _ = writeln!(s, "key = {}", q(&key_template(m, *key)));
        links(s);
        field(s, m, g);
        let _ = writeln!(s);
    }
}

/// The project file's text.
pub fn project(name: &str, sources: &[String]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Draft project written by `onefamily init`: one mapping file per table or\n\
         # sheet found. Confirm each mapping's guesses, remove the ones that are not\n\
         # sources of people (reference tables, lookups), then run `onefamily check`.\n"
    );
    let _ = writeln!(s, "sources = [");
    for src in sources {
        let _ = writeln!(s, "  {},", q(src));
    }
    let _ = writeln!(s, "]\n\n[project]\nname = {}", q(name));
    s
}
