//! Extraction: read every source through its mapping into staged records.
//! One module per source kind (`csv`, `sheet` for every spreadsheet format,
//! `sqlite`, `mysql`, `postgres`, `sqlserver`), chosen by a `match` on the
//! closed `SourceKind`; each database kind keeps its column-type table in its
//! own `*_types.rs`. Readers only turn rows into `Cell`s; `stage` owns the
//! row rules (keys, rejects, skips, repeated columns, row hashes) once for
//! all of them.
//!
//! A problem with the source as a whole (missing file, unreachable server,
//! missing table, sheet or column, corrupt file, bad encoding) is an
//! `Error::Source` naming the source, file, sheet and column; a problem with
//! one row is a `Reject`. Neither ever holds a cell value or a password.

pub mod cell;
mod check;
pub(crate) mod count;
mod csv;
pub(crate) mod dump;
pub(crate) mod files;
pub(crate) mod fingerprint;
mod mysql;
mod mysql_types;
pub(crate) mod peek;
mod postgres;
mod postgres_types;
mod sheet;
pub(crate) mod sink;
mod sqlite;
pub(crate) mod sqlite_types;
mod sqlserver;
pub mod sqlserver_types;
pub(crate) mod stage;

pub use cell::Cell;
pub use check::{check, CheckReport, ColumnProfile, Problem, SourceProfile};
pub use count::{ColumnCoverage, DateParse, Integrity, Limits, SheetCount};

use crate::error::Error;
use crate::mapping::{Project, SourceKind, SourceMapping};
use crate::model::{SourceExtract, SourceIdx};
use stage::{Missing, Profile};
use std::sync::Arc;

/// Which key of the mapping a source-level failure is about, so `check`
/// can print the line that needs fixing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FailAt {
    Source,
    Path,
    Url,
    Relation,
    Sheet,
    Encoding,
    HeaderRow,
}

/// A source that could not be read as a whole.
#[derive(Debug)]
pub(crate) struct Fail {
    pub at: FailAt,
    pub message: String,
    /// Mapped columns the source lacks (with their mapping lines).
    pub missing: Vec<Missing>,
    /// Where the columns were looked for (`table registration`, `sheet Tracker row 3`).
    pub looked_in: String,
}

impl Fail {
    pub fn new(at: FailAt, message: impl Into<String>) -> Fail {
        Fail {
            at,
            message: message.into(),
            missing: Vec::new(),
            looked_in: String::new(),
        }
    }

    pub fn missing(missing: Vec<Missing>, looked_in: impl Into<String>) -> Fail {
        let looked_in = looked_in.into();
        let absent: Vec<String> = missing
            .iter()
            .filter(|m| m.note.is_none())
            .map(|m| format!("{:?}", m.column))
            .collect();
        let mut parts: Vec<String> = Vec::new();
        if !absent.is_empty() {
            parts.push(format!("{looked_in} has no column {}", absent.join(", ")));
        }
        for m in missing.iter().filter_map(|m| m.note.as_ref()) {
            parts.push(format!("{m} ({looked_in})"));
        }
        Fail {
            at: FailAt::Source,
            message: parts.join("; "),
            missing,
            looked_in,
        }
    }

    fn into_error(self, m: &SourceMapping) -> Error {
        let file = m
            .location
            .path()
            .map(|p| format!(" ({})", p.display()))
            .unwrap_or_default();
        Error::source(&m.name, format!("{}{file}", self.message))
    }
}

pub(crate) type Extracted = (SourceExtract, Option<Profile>);

/// What every reader needs besides the mapping.
#[derive(Clone, Debug)]
pub(crate) struct ReadCtx {
    /// The mapping's `[[lookup]]` tables, read before its rows.
    pub lookups: Option<Arc<Vec<stage::lookup::Loaded>>>,
    pub idx: SourceIdx,
    /// Collect a profile for `check`.
    pub profile: bool,
    /// The project's reference date: two-digit years pivot on it, so a run
    /// reads the same dates whatever the year it runs in.
    pub reference: chrono::NaiveDate,
    /// The largest cell and row read; larger ones are rejected unread.
    pub limits: Limits,
    /// Where staged person records go while the source is read (the
    /// staging store's writer); `run` gathers them back at the end.
    pub sink: Option<sink::PersonSink>,
}

/// Extract one source (index into `project.sources`).
pub async fn extract_source(project: &Project, idx: usize) -> crate::Result<SourceExtract> {
    extract_source_to(project, idx, None).await
}

/// Extract one source, handing its person records to `sink` as they are
/// staged (see `sink`); the extract returned holds them all the same.
pub(crate) async fn extract_source_to(
    project: &Project,
    idx: usize,
    sink: Option<sink::PersonSink>,
) -> crate::Result<SourceExtract> {
    let m = project
        .sources
        .get(idx)
        .ok_or_else(|| Error::Other(format!("no source number {idx} in the project")))?;
    let cx = ReadCtx {
        lookups: None,
        idx: idx as SourceIdx,
        profile: false,
        reference: project.reference_date,
        limits: project.limits,
        sink,
    };
    let (out, _) = run(cx, Arc::new(m.clone()))
        .await
        .map_err(|f| f.into_error(m))?;
    log_done(m, &out);
    Ok(out)
}

/// Extract every source, concurrently, in project order.
pub async fn extract_all(project: &Project) -> crate::Result<Vec<SourceExtract>> {
    let mut tasks = Vec::new();
    for (idx, m) in project.sources.iter().enumerate() {
        let m = Arc::new(m.clone());
        let cx = ReadCtx {
            lookups: None,
            idx: idx as SourceIdx,
            profile: false,
            reference: project.reference_date,
            limits: project.limits,
            sink: None,
        };
        tasks.push(tokio::spawn(async move {
            let r = run(cx, m.clone()).await;
            if let Ok((out, _)) = &r {
                log_done(&m, out);
            }
            r.map(|(out, _)| out).map_err(|f| f.into_error(&m))
        }));
    }
    let mut out = Vec::with_capacity(tasks.len());
    let mut errors = Vec::new();
    for (t, m) in tasks.into_iter().zip(&project.sources) {
        match t.await {
            Ok(Ok(x)) => out.push(x),
            Ok(Err(e)) => errors.push(e),
            Err(join) => errors.push(Error::source(
                &m.name,
                format!("extraction stopped unexpectedly: {join}"),
            )),
        }
    }
    match errors.len() {
        0 => Ok(out),
        1 => Err(errors.pop().expect("one")),
        _ => Err(Error::ConfigMany(errors)),
    }
}

/// The one log line per source. Its time is the caller's `source` span's
/// (`crate::timing`), not a stopwatch here.
fn log_done(m: &SourceMapping, out: &SourceExtract) {
    tracing::info!(
        source = %m.name,
        kind = %m.kind,
        rows = out.rows_read,
        persons = out.persons.len(),
        involvements = out.involvements.len(),
        referrals = out.referrals.len(),
        assessments = out.assessments.len(),
        consents = out.consents.len(),
        rejects = out.rejects.len(),
        skipped = out.skipped.len(),
        "Extracted."
    );
}

/// The one `match` over source kinds. File readers are blocking and run on
/// tokio's blocking pool; database readers are async. Every extract then
/// counts how its date fields parsed (for the parse-rate gate).
pub(crate) async fn run(mut cx: ReadCtx, m: Arc<SourceMapping>) -> Result<Extracted, Fail> {
    if !m.lookups.is_empty() {
        cx.lookups = Some(Arc::new(stage::lookup::load(&m).await?));
    }
    let sink = cx.sink.clone();
    let mut out = read(cx, m).await?;
    if let Some(sink) = sink {
        // Every record the reader handed over, back in order (the reader's
        // own vector holds none of them now).
        let handed = sink
            .finish()
            .ok_or_else(|| Fail::new(FailAt::Source, "the staging store's writer stopped"))?;
        out.0.persons = handed;
    }
    out.0.integrity.dates = count::date_parse(&out.0);
    Ok(out)
}

async fn read(cx: ReadCtx, m: Arc<SourceMapping>) -> Result<Extracted, Fail> {
    match m.kind {
        SourceKind::Csv => blocking(move || csv::read(cx, &m)).await,
        SourceKind::Xlsx
        | SourceKind::Xlsm
        | SourceKind::Xlsb
        | SourceKind::Xls
        | SourceKind::Ods => blocking(move || sheet::read(cx, &m)).await,
        SourceKind::Sqlite => sqlite::read(cx, &m).await,
        SourceKind::Mysql => mysql::read(cx, &m).await,
        SourceKind::Postgres => postgres::read(cx, &m).await,
        SourceKind::SqlServer => sqlserver::read(cx, &m).await,
        SourceKind::Dump => dump::read(cx, m).await,
    }
}

async fn blocking(
    f: impl FnOnce() -> Result<Extracted, Fail> + Send + 'static,
) -> Result<Extracted, Fail> {
    match tokio::task::spawn_blocking(f).await {
        Ok(r) => r,
        Err(e) => Err(Fail::new(
            FailAt::Source,
            format!("reader stopped unexpectedly: {e}"),
        )),
    }
}

/// Clean a driver's error message for display: passwords out (URL userinfo,
/// ADO pairs, and the literal password, raw or percent-encoded, if the
/// driver echoed it), and every quoted or number-like value replaced by its
/// shape (`redact::message`): a database's error may quote the value it
/// could not convert.
pub(crate) fn scrub(message: &str, url: &str) -> String {
    let mut out = message.to_string();
    if let Some(pw) = password_of(url) {
        if pw.len() >= 3 {
            let encoded = crate::redact::normalise_url(&format!("x://u:{pw}@h"));
            if let Some((_, Some(enc))) = crate::redact::credentials(&encoded) {
                if enc.len() >= 3 {
                    out = out.replace(enc, "***");
                }
            }
            out = out.replace(&pw, "***");
        }
    }
    crate::redact::message(&out)
}

/// The password in a URL (`scheme://user:pw@host`, the userinfo running to
/// the last `@`) or ADO string (`password=pw;`).
pub(crate) fn password_of(url: &str) -> Option<String> {
    if url.contains("://") {
        return crate::redact::credentials(url).and_then(|(_, p)| p.map(str::to_string));
    }
    for pair in url.split(';') {
        if let Some((k, v)) = pair.split_once('=') {
            let k = k.trim().to_ascii_lowercase();
            if k == "password" || k == "pwd" {
                return Some(
                    v.trim()
                        .trim_matches(|c| c == '\'' || c == '"' || c == '{' || c == '}')
                        .to_string(),
                );
            }
        }
    }
    None
}

/// Header detection for CSV and spreadsheets: the first of `rows` that,
/// with the `header_rows - 1` rows above it, holds every mapped column
/// name (trimmed, case-insensitive; paths of headings over several rows).
/// Err: the mapped columns missing from the best candidate.
pub(crate) fn find_header(
    m: &SourceMapping,
    rows: &[(u64, Vec<String>)],
    fill_left: bool,
) -> Result<usize, Vec<Missing>> {
    let required = stage::required_names(m);
    let lookups: Vec<&str> = m.lookups.iter().map(|l| l.name.as_str()).collect();
    let k = m.header_rows.max(1) as usize;
    let mut best: Option<(usize, Vec<Missing>)> = None;
    for i in (k - 1)..rows.len() {
        let window: Vec<&[String]> = rows[i + 1 - k..=i].iter().map(|r| r.1.as_slice()).collect();
        let index = stage::HeaderIndex::from_paths(&stage::header_paths(&window, fill_left));
        let missing: Vec<Missing> = required
            .iter()
            .filter(|(name, _)| index.find(name) == stage::Found::Absent)
            .map(|(name, line)| Missing::absent_in(name.clone(), *line, &lookups))
            .collect();
        if missing.is_empty() {
            return Ok(i);
        }
        if best.as_ref().is_none_or(|(_, b)| missing.len() < b.len()) {
            best = Some((i, missing));
        }
    }
    Err(best.map(|(_, m)| m).unwrap_or_else(|| {
        required
            .into_iter()
            .map(|(column, line)| Missing::absent_in(column, line, &lookups))
            .collect()
    }))
}

/// The header's rows (the last `header_rows` of `top`) as paths of headings.
pub(crate) fn header_of(
    m: &SourceMapping,
    top: &[(u64, Vec<String>)],
    fill_left: bool,
) -> Vec<Vec<String>> {
    let k = (m.header_rows.max(1) as usize).min(top.len());
    let window: Vec<&[String]> = top[top.len() - k..]
        .iter()
        .map(|r| r.1.as_slice())
        .collect();
    stage::header_paths(&window, fill_left)
}

/// How long a server gets to answer a connection.
pub(crate) const CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

/// How many rows header detection looks at before giving up.
pub(crate) const HEADER_SEARCH_ROWS: usize = 50;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_passwords_to_scrub() {
        let cases = [
            ("mysql://root:s3cret@127.0.0.1/test", Some("s3cret")),
            ("postgres://u@h/db", None),
            (
                "server=tcp:h,1433;user id=sa;Password=Hunter2;database=x",
                Some("Hunter2"),
            ),
            ("server=h;pwd='x;y'", Some("x")),
        ];
        for (url, want) in cases {
            assert_eq!(password_of(url).as_deref(), want, "{url}");
        }
        assert_eq!(
            scrub(
                "login failed for sa with Hunter2",
                "server=h;password=Hunter2"
            ),
            "login failed for sa with ***"
        );
    }
}
