//! `onefamily init`: from a folder of legacy files (and database URLs) to a
//! draft project, one mapping per table or sheet. Each table is read by
//! `extract::peek` (the readers' libraries and cell conversions, nothing
//! staged), its header found, a sample of its rows profiled (`profile`),
//! its fields guessed from column names and profiles (`guess`), and the
//! mapping written with every guess marked (`write`). The draft carries
//! `draft = true`, which `check` refuses until a person has confirmed it.
//!
//! Lines for the person running it name files, sheets, tables and columns,
//! never a value; URLs are shown redacted.

pub mod group;
pub mod guess;
pub mod profile;
pub mod write;

use crate::error::{Error, Result};
use crate::extract::peek::{self, Peeked};
use crate::extract::Cell;
use crate::mapping::SourceKind;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What `init` is asked to do.
#[derive(Clone, Debug)]
pub struct Options {
    pub dir: PathBuf,
    pub urls: Vec<String>,
    pub out: PathBuf,
    pub force: bool,
    pub recursive: bool,
    /// Rows profiled per table.
    pub sample_rows: usize,
}

/// What `init` did: the files written and one line per thing it passed over.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub project: PathBuf,
    pub mappings: Vec<PathBuf>,
    pub lines: Vec<String>,
}

/// Write the draft project.
pub async fn init(o: &Options) -> Result<Summary> {
    let project = o.out.join("project.toml");
    if project.exists() && !o.force {
        return Err(Error::Other(format!(
            "{} exists; pass --force to overwrite the draft",
            project.display()
        )));
    }
    if !o.dir.is_dir() {
        return Err(Error::Other(format!("{} is not a folder", o.dir.display())));
    }
    std::fs::create_dir_all(&o.out).map_err(|e| Error::io(&o.out, e))?;
    let mut summary = Summary {
        project: project.clone(),
        ..Summary::default()
    };
    let mut tables = Vec::new();
    for file in files(&o.dir, o.recursive)? {
        match read_file(&file, o.sample_rows).await {
            Ok(Some(mut t)) => tables.append(&mut t),
            Ok(None) => summary.lines.push(format!(
                "{}: passed over, not a kind init reads (csv, tsv, xlsx, xlsm, xlsb, xls, ods, SQLite, .sql dump)",
                file.display()
            )),
            Err(e) => summary.lines.push(format!("{}: passed over: {e}", file.display())),
        }
    }
    for (n, url) in o.urls.iter().enumerate() {
        match peek::server(url, o.sample_rows).await {
            Ok(mut t) => {
                for p in &mut t {
                    p.url = Some(url_for_mapping(url, n));
                }
                tables.append(&mut t);
            }
            Err(e) => summary
                .lines
                .push(format!("passed over: {}", crate::error::redact(&e))),
        }
    }
    let tables = group::group(tables);
    let mut names = BTreeSet::new();
    let mut sources = Vec::new();
    for (p, g) in &tables {
        let Some((name, text)) = draft_one(o, p, g.as_ref(), &mut names, &mut summary.lines) else {
            continue;
        };
        let file = o.out.join(format!("{name}.toml"));
        std::fs::write(&file, text).map_err(|e| Error::io(&file, e))?;
        sources.push(format!("{name}.toml"));
        summary.mappings.push(file);
    }
    let title = o
        .dir
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "legacy estate".into());
    let text = write::project(&format!("Draft from {title}"), &sources);
    std::fs::write(&project, text).map_err(|e| Error::io(&project, e))?;
    Ok(summary)
}

/// The folder's files, sorted (and its subfolders' with `recursive`).
fn files(dir: &Path, recursive: bool) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for e in entries {
        let path = e.map_err(|e| Error::io(dir, e))?.path();
        if path.is_dir() {
            if recursive {
                out.extend(files(&path, true)?);
            }
        } else {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

/// Read one file's tables; `None`: not a kind init reads.
async fn read_file(path: &Path, limit: usize) -> std::result::Result<Option<Vec<Peeked>>, String> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let sheet_kind = match ext.as_str() {
        "xlsx" => Some(SourceKind::Xlsx),
        "xlsm" => Some(SourceKind::Xlsm),
        "xlsb" => Some(SourceKind::Xlsb),
        "xls" => Some(SourceKind::Xls),
        "ods" => Some(SourceKind::Ods),
        _ => None,
    };
    let path_owned = path.to_path_buf();
    if let Some(kind) = sheet_kind {
        return blocking(move || peek::sheets(&path_owned, kind, limit))
            .await
            .map(Some);
    }
    match ext.as_str() {
        "csv" | "tsv" => blocking(move || peek::csv(&path_owned, limit).map(|p| vec![p]))
            .await
            .map(Some),
        "sql" => blocking(move || peek::dump(&path_owned, limit))
            .await
            .map(Some),
        _ if is_sqlite(path) => peek::sqlite(path, limit).await.map(Some),
        "db" | "sqlite" | "sqlite3" => Err("not an SQLite database".into()),
        _ => Ok(None),
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> std::result::Result<T, String> + Send + 'static,
) -> std::result::Result<T, String> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|e| Err(format!("the reader stopped unexpectedly: {e}")))
}

fn is_sqlite(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && &head == b"SQLite format 3\0"
}

/// The URL as the mapping writes it: as given when it holds no password,
/// else `${ONEFAMILY_INIT_URL_n}` (secrets never go in mapping files).
fn url_for_mapping(url: &str, n: usize) -> String {
    if crate::extract::password_of(url).is_some() {
        format!("${{ONEFAMILY_INIT_URL_{}}}", n + 1)
    } else {
        url.to_string()
    }
}

/// A source name: letters, digits and `_`, lower case.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    let out = out.trim_end_matches('_').to_string();
    if out.is_empty() {
        "source".into()
    } else {
        out
    }
}

/// A service name from a file or table name: words, capitalised.
fn service(s: &str) -> String {
    slug(s)
        .split('_')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One table's source name and mapping text, or `None` with a line saying
/// why not.
fn draft_one(
    o: &Options,
    p: &Peeked,
    group: Option<&group::Group>,
    names: &mut BTreeSet<String>,
    lines: &mut Vec<String>,
) -> Option<(String, String)> {
    let label = label(p);
    // The bottom row of a two-row header (heading paths).
    let mut header_rows: Option<u64> = None;
    let (header, header_row, rows) = match &p.columns {
        Some(cols) => (
            cols.clone(),
            None,
            p.rows.iter().map(|(_, r)| r.clone()).collect::<Vec<_>>(),
        ),
        None => {
            let Some(h) = profile::header_row(&p.rows) else {
                lines.push(format!("{label}: passed over, blank"));
                return None;
            };
            let (header, two) = match profile::two_row_header(&p.rows, h) {
                Some(paths) => (paths, true),
                None => (p.rows[h].1.iter().map(Cell::to_text).collect(), false),
            };
            let rows = p.rows[h + 1..].iter().map(|(_, r)| r.clone()).collect();
            header_rows = two.then(|| p.rows[h].0);
            (header, Some(p.rows[h].0), rows)
        }
    };
    if rows.is_empty() {
        lines.push(format!("{label}: passed over, no rows below the header"));
        return None;
    }
    let cols = profile::profile(&header, &rows);
    let mut draft = guess::guess(&cols);
    let within = group.and_then(|g| key_within_files(g, &header, &rows, &cols, &draft));
    let file_in_key = within.is_some();
    if within.is_some() {
        draft = guess::guess_with_key(&cols, within);
    }
    let stem = match (&p.path, &p.url) {
        (Some(path), _) => path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default(),
        _ => String::new(),
    };
    let base = match (stem.is_empty(), p.siblings.len() > 1 || p.path.is_none()) {
        (true, _) => slug(&p.part),
        (false, true) => slug(&format!("{stem}_{}", p.part)),
        (false, false) => slug(&stem),
    };
    let mut name = base.clone();
    let mut n = 2;
    while names.contains(&name) {
        name = format!("{base}_{n}");
        n += 1;
    }
    names.insert(name.clone());
    let location = match (&p.path, &p.url) {
        // A pattern names no file: the folder is made relative.
        (Some(path), _) if group.is_some_and(|g| !g.sheets) => {
            let dir = path.parent().unwrap_or(Path::new("."));
            let name = path.file_name().unwrap_or_default();
            write::relative(&o.out, dir)
                .join(name)
                .display()
                .to_string()
        }
        (Some(path), _) => write::relative(&o.out, path).display().to_string(),
        (_, Some(url)) => url.clone(),
        _ => String::new(),
    };
    let url_var = p
        .url
        .as_ref()
        .filter(|u| u.starts_with("${"))
        .map(|u| u.trim_matches(['$', '{', '}']).to_string());
    let m = write::Mapping {
        name: name.clone(),
        service: service(if stem.is_empty() { &p.part } else { &stem }),
        peeked: p,
        location,
        header_row,
        two_row_header: header_rows.is_some(),
        header: &header,
        cols: &cols,
        draft: &draft,
        url_var,
        files: group.map(|g| (g.files, g.empty)),
        part_in_key: file_in_key.then_some(if group.is_some_and(|g| g.sheets) {
            "_sheet"
        } else {
            "_file"
        }),
    };
    let files = group
        .map(|g| {
            let what = if g.sheets { "sheets" } else { "files" };
            format!(" ({} {what} read as one)", g.files)
        })
        .unwrap_or_default();
    lines.push(format!(
        "{label}{files}: {name}.toml, {} of {} columns guessed",
        draft.used().len(),
        header.len()
    ));
    Some((name, write::mapping(&m)))
}

/// How a table is named in lines: file and part, or the redacted URL and table.
fn label(p: &Peeked) -> String {
    let at = match (&p.path, &p.url) {
        (Some(path), _) => path.display().to_string(),
        (_, Some(url)) => crate::error::redact(url),
        _ => String::new(),
    };
    if p.part.is_empty() {
        at
    } else {
        format!("{at} {:?}", p.part)
    }
}

/// Files (or sheets) read as one whose person key is not unique across
/// them: when a column's values repeat across files but far less within
/// each (a contact number that restarts every month), the key is the
/// file's name and that column, `{_file}:{Contact ID}` (`{_sheet}:…`). Decided by guessing the key again over
/// values tagged with their file; `None` leaves the draft's key as it is.
fn key_within_files(
    g: &group::Group,
    header: &[String],
    rows: &[Vec<Cell>],
    cols: &[profile::Column],
    draft: &guess::Draft,
) -> Option<(usize, String)> {
    if draft.key.as_ref().is_some_and(|(k, _)| cols[*k].unique()) {
        return None;
    }
    let tagged: Vec<Vec<Cell>> = rows
        .iter()
        .zip(&g.file_of_row)
        .map(|(r, f)| {
            r.iter()
                .map(|c| {
                    if c.is_blank() {
                        Cell::Null
                    } else {
                        Cell::Text(format!("{f}\u{1f}{}", c.to_text()))
                    }
                })
                .collect()
        })
        .collect();
    let within = profile::profile(header, &tagged);
    let (k, why) = guess::guess(&within).key?;
    let what = if g.sheets { "sheet" } else { "file" };
    (within[k].distinct > cols[k].distinct).then(|| {
        (
            k,
            format!(
                "{why}, counted within each {what}: its values repeat across the {} {what}s, so the {what}'s name is part of the key",
                g.files
            ),
        )
    })
}
