//! Dump files as sources: a `mysqldump` file, a plain `pg_dump` (COPY
//! blocks or `--inserts`) or a SQL Server script of INSERTs, read without a
//! server. The dump's tuples stream from the parser (`parse`, on a blocking
//! thread) into a temporary on-disk SQLite database whose columns keep the
//! values as written (TEXT; dates and date-times declared so, to read as
//! the server would type them); the mapping's `table` or `query` then runs
//! there, so a query may join the dump's tables as it would on the server.
//! Memory holds a batch of tuples, never the file. A second, independent
//! pass (`count`) counts every table's tuples; the two must agree, and
//! every table is reported as mapped, ignored (`ignore_tables`) or unread.

mod count;
mod lex;
mod load;
mod parse;
mod value;

use super::{Extracted, Fail, FailAt, ReadCtx};
use crate::mapping::{DumpDialect, Location, Relation, SourceMapping};
use crate::model::{Coverage, CoverageStatus, SourceExtract};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

pub(crate) use lex::DumpError;

// Owned arguments: nested async fns over borrowed mappings trip rustc's
// "Send is not general enough" (rust-lang/rust#102211) under tokio::spawn.
pub(crate) async fn read(cx: ReadCtx, m: Arc<SourceMapping>) -> Result<Extracted, Fail> {
    let Location::Dump {
        path,
        dialect,
        relation,
        ignore,
    } = m.location.clone()
    else {
        return Err(Fail::new(FailAt::Source, "not a dump mapping"));
    };
    if !path.is_file() {
        return Err(Fail::new(
            FailAt::Path,
            format!("file not found: {}", path.display()),
        ));
    }
    let dialect = match dialect {
        Some(d) => d,
        None => detect(&path)?,
    };
    let wanted = Wanted::new(&relation, &ignore);
    let loaded = load::load(path.clone(), dialect, wanted.clone()).await?;
    let file = path.display().to_string();
    // The independent count, then the two must agree table by table.
    let counted = {
        let p = path.clone();
        tokio::task::spawn_blocking(move || {
            let f = open_text(&p)?;
            count::count_tuples(f, dialect)
        })
        .await
        .map_err(|e| {
            Fail::new(
                FailAt::Source,
                format!("the count stopped unexpectedly: {e}"),
            )
        })?
        .map_err(|e| Fail::new(FailAt::Path, format!("cannot read {file}: {}", e.kind())))?
    };
    reconcile(&file, &loaded.tables, &counted)?;
    let tables = loaded.tables.clone();
    let mut extracted = load::stage(cx, m, loaded, relation.clone(), file).await?;
    let (out, _) = &mut extracted;
    fill_coverage(out, &tables, &counted, &wanted, &relation);
    Ok(extracted)
}

/// One table of a dump as `init` sees it: its name as written, its
/// columns, and its first rows (at most `limit`), values as the dump wrote
/// them.
pub(crate) struct PeekedTable {
    pub name: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<super::Cell>>,
    pub total_rows: u64,
}

/// Read a dump file's tables for `init` (no mapping yet): the dialect told
/// from the file, every table's first `limit` rows. Blocking.
pub(crate) fn peek_tables(
    path: &Path,
    limit: usize,
) -> Result<(DumpDialect, Vec<PeekedTable>), String> {
    struct Keep {
        limit: usize,
        tables: Vec<PeekedTable>,
    }
    impl parse::Sink for Keep {
        fn table(&mut self, idx: usize, def: &parse::TableDef) -> lex::Res<()> {
            while self.tables.len() <= idx {
                self.tables.push(PeekedTable {
                    name: String::new(),
                    columns: Vec::new(),
                    rows: Vec::new(),
                    total_rows: 0,
                });
            }
            self.tables[idx].name = def.name.clone();
            self.tables[idx].columns = def.columns.iter().map(|(n, _)| n.clone()).collect();
            Ok(())
        }
        fn row(&mut self, idx: usize, values: Vec<parse::Val>, _line: u64) -> lex::Res<()> {
            let Some(t) = self.tables.get_mut(idx) else {
                return Ok(());
            };
            t.total_rows += 1;
            if t.rows.len() < self.limit {
                t.rows.push(
                    values
                        .into_iter()
                        .map(|v| match v {
                            parse::Val::Null => super::Cell::Null,
                            parse::Val::Text(s) => super::Cell::Text(s),
                            parse::Val::Blob(_) => super::Cell::Unreadable("blob"),
                        })
                        .collect(),
                );
            }
            Ok(())
        }
    }
    let dialect = detect(path).map_err(|f| f.message)?;
    let file =
        open_text(path).map_err(|e| format!("cannot read {}: {}", path.display(), e.kind()))?;
    let mut parser = parse::Parser::new(std::io::BufReader::new(file), dialect);
    let mut keep = Keep {
        limit,
        tables: Vec::new(),
    };
    parser
        .run(&mut keep)
        .map_err(|e| format!("{} line {}: {}", path.display(), e.line, e.message))?;
    Ok((dialect, keep.tables))
}

/// Tables a mapping reads: its `table`, or those its `query` names.
#[derive(Clone, Debug)]
pub(crate) struct Wanted {
    table: Option<String>,
    /// Lower-cased words of the query, to find the tables it names.
    query_words: Vec<String>,
    ignore: Vec<String>,
}

impl Wanted {
    fn new(relation: &Relation, ignore: &[(String, Option<usize>)]) -> Wanted {
        let (table, query_words) = match relation {
            Relation::Table(t) => (Some(last_part(t)), Vec::new()),
            Relation::Query(q) => (None, query_words(q)),
        };
        Wanted {
            table,
            query_words,
            ignore: ignore.iter().map(|(t, _)| last_part(t)).collect(),
        }
    }

    /// Whether the mapping reads this table (its key: lower-cased, no schema).
    pub fn reads(&self, key: &str) -> bool {
        match &self.table {
            Some(t) => t == key,
            None => self.query_words.iter().any(|w| w == key),
        }
    }

    fn ignores(&self, key: &str) -> bool {
        self.ignore.iter().any(|t| t == key)
    }
}

/// `dbo.tblClient`, `"public"."people"` → `tblclient`, `people`.
fn last_part(name: &str) -> String {
    let last = name.rsplit('.').next().unwrap_or(name);
    last.trim_matches(|c| matches!(c, '"' | '`' | '[' | ']'))
        .to_lowercase()
}

/// The identifier-like words of a query (`FROM young_people yp` → `young_people`, `yp`).
fn query_words(q: &str) -> Vec<String> {
    let mut out: Vec<String> = q
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Open a dump file as UTF-8 text, whatever it was saved as: SQL Server
/// Management Studio's "Generate Scripts" writes UTF-16 (with a byte-order
/// mark by default, without one when asked), which every reader here would
/// otherwise see as bytes with a NUL between each character. A UTF-16 file
/// is told by its byte-order mark or, without one, by NUL bytes in every
/// other place of its first characters; anything else passes through
/// untouched (a UTF-8 byte-order mark is dropped). The parser and the
/// independent count both read through this, so their lines agree.
pub(crate) fn open_text(path: &Path) -> std::io::Result<Box<dyn Read + Send>> {
    let mut head = [0u8; 8];
    let n = {
        let mut f = std::fs::File::open(path)?;
        let mut n = 0;
        while n < head.len() {
            match f.read(&mut head[n..])? {
                0 => break,
                k => n += k,
            }
        }
        n
    };
    let utf16 = utf16_without_bom(&head[..n]);
    let file = std::fs::File::open(path)?;
    Ok(Box::new(
        encoding_rs_io::DecodeReaderBytesBuilder::new()
            .encoding(utf16)
            .bom_sniffing(true)
            .build(file),
    ))
}

/// UTF-16 told from NUL bytes alone: ASCII text (SQL keywords) saved as
/// UTF-16 has a NUL in every other byte. A byte-order mark, when there is
/// one, is read by the decoder and wins over this.
fn utf16_without_bom(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if head.len() < 4 {
        return None;
    }
    let pairs = &head[..head.len() / 2 * 2];
    let all = |f: fn(&[u8]) -> bool| pairs.chunks(2).all(f);
    if all(|p| p[0] != 0 && p[1] == 0) {
        Some(encoding_rs::UTF_16LE)
    } else if all(|p| p[0] == 0 && p[1] != 0) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Tell the dialect from the first 64 KiB: mysqldump's and pg_dump's own
/// header comments, then marks only one dialect writes.
fn detect(path: &Path) -> Result<DumpDialect, Fail> {
    let mut head = vec![0u8; 1 << 16];
    let n = open_text(path)
        .and_then(|mut f| read_up_to(&mut f, &mut head))
        .map_err(|e| {
            Fail::new(
                FailAt::Path,
                format!("cannot read {}: {}", path.display(), e.kind()),
            )
        })?;
    detect_text(&String::from_utf8_lossy(&head[..n])).ok_or_else(|| {
        Fail::new(
            FailAt::Source,
            format!(
                "{}: cannot tell which database wrote this dump; set dialect = \"mysql\", \"postgres\" or \"sqlserver\"",
                path.display()
            ),
        )
    })
}

/// Fill `buf` as far as the reader goes (a decoding reader hands out a
/// little at a time).
fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

fn detect_text(head: &str) -> Option<DumpDialect> {
    let lower = head.to_lowercase();
    let has = |s: &str| lower.contains(s);
    if has("-- mysql dump")
        || has("-- mariadb dump")
        || head.contains("/*!40")
        || head.contains('`')
    {
        return Some(DumpDialect::MySql);
    }
    if has("postgresql database dump") || has("pg_catalog") || has(" from stdin;") {
        return Some(DumpDialect::Postgres);
    }
    if has("\ngo\n")
        || has("\ngo\r\n")
        || has("set identity_insert")
        || has("set nocount")
        || head.contains("[dbo]")
    {
        return Some(DumpDialect::SqlServer);
    }
    if has("mariadb") || has("mysql") {
        return Some(DumpDialect::MySql);
    }
    None
}

/// Parsed tuples against counted tuples, table by table.
fn reconcile(
    file: &str,
    tables: &[load::Loaded],
    counted: &BTreeMap<String, u64>,
) -> Result<(), Fail> {
    let mut keys: Vec<&String> = counted.keys().collect();
    keys.extend(tables.iter().map(|t| &t.key));
    keys.sort();
    keys.dedup();
    for key in keys {
        let parsed = tables.iter().find(|t| &t.key == key).map_or(0, |t| t.rows);
        let count = counted.get(key).copied().unwrap_or(0);
        if parsed != count {
            return Err(Fail::new(
                FailAt::Source,
                format!(
                    "{file}: table {key:?}: the reader found {parsed} rows where an independent count finds {count}; the dump holds something the reader does not understand"
                ),
            ));
        }
    }
    Ok(())
}

fn fill_coverage(
    out: &mut SourceExtract,
    tables: &[load::Loaded],
    counted: &BTreeMap<String, u64>,
    wanted: &Wanted,
    relation: &Relation,
) {
    for t in tables {
        let status = if wanted.reads(&t.key) {
            CoverageStatus::Mapped
        } else if wanted.ignores(&t.key) {
            CoverageStatus::Ignored
        } else {
            CoverageStatus::Unread
        };
        out.coverage.push(Coverage {
            part: t.name.clone(),
            status,
            physical_rows: counted.get(&t.key).copied().unwrap_or(0),
        });
    }
    if let Relation::Table(name) = relation {
        out.physical_rows = counted.get(&last_part(name)).copied().or(Some(0));
    }
}

/// `check` problems from a dump's coverage: unread tables, and `ignore_tables`
/// entries naming no table of the dump. (line, message) pairs.
pub(crate) fn coverage_problems(
    m: &SourceMapping,
    out: &SourceExtract,
) -> Vec<(Option<usize>, String)> {
    let Location::Dump { ignore, .. } = &m.location else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    for c in &out.coverage {
        if c.status == CoverageStatus::Unread {
            problems.push((
                m.lines.relation.or(m.lines.source),
                format!(
                    "the dump's table {:?} ({} rows) is neither read by this mapping nor listed in `ignore_tables`",
                    c.part, c.physical_rows
                ),
            ));
        }
    }
    for (t, line) in ignore {
        let key = last_part(t);
        if !out.coverage.iter().any(|c| last_part(&c.part) == key) {
            problems.push((
                *line,
                format!("`ignore_tables` names table {t:?}, which the dump does not hold"),
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_dialects_apart() {
        let cases = [
            ("-- MySQL dump 10.13\n", Some(DumpDialect::MySql)),
            ("INSERT INTO `t` VALUES (1);", Some(DumpDialect::MySql)),
            (
                "--\n-- PostgreSQL database dump\n--\n",
                Some(DumpDialect::Postgres),
            ),
            (
                "COPY public.t (a) FROM stdin;\n",
                Some(DumpDialect::Postgres),
            ),
            (
                "SET NOCOUNT ON;\nINSERT INTO dbo.t",
                Some(DumpDialect::SqlServer),
            ),
            (
                "INSERT [dbo].[t] ([a]) VALUES (1)\nGO\n",
                Some(DumpDialect::SqlServer),
            ),
            (
                "-- export for MariaDB\nINSERT INTO t VALUES (1);",
                Some(DumpDialect::MySql),
            ),
            ("INSERT INTO t VALUES (1);", None),
        ];
        for (text, want) in cases {
            assert_eq!(detect_text(text), want, "{text}");
        }
    }

    #[test]
    fn a_query_reads_the_tables_it_names() {
        let w = Wanted::new(
            &Relation::Query(
                "SELECT * FROM young_people yp JOIN orders o ON o.yot_no = yp.yot_no".into(),
            ),
            &[("audit_log".into(), None)],
        );
        assert!(w.reads("young_people") && w.reads("orders"));
        assert!(!w.reads("parent_carers"));
        assert!(w.ignores("audit_log"));
        let w = Wanted::new(&Relation::Table("dbo.tblClient".into()), &[]);
        assert!(w.reads("tblclient") && !w.reads("tblfamily"));
    }
}
