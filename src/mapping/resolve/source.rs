//! One mapping file's `[source]` section resolved into where its rows are
//! (`Location`), how its header is found (`header_row`, `header_rows`),
//! which sheets or files it spans, and its `[[lookup]]` tables; then the
//! record sections (`records`) and the checks that need the whole mapping.

use super::*;

/// The kinds a `[source]` key applies to, so a key written for another
/// kind of file (a `sheet` on a CSV) is an error rather than ignored.
struct Applies {
    key: &'static str,
    span: Option<Range<usize>>,
    applies: bool,
    to: &'static str,
}

fn check_keys_apply(cx: &mut Cx, s: &RawSource, kind: SourceKind) {
    let tabular = kind == SourceKind::Csv || kind.is_spreadsheet();
    let sp = |v: Option<Range<usize>>| v;
    let rules = [
        Applies {
            key: "path",
            span: sp(s.path.as_ref().map(|v| v.span())),
            applies: !kind.is_server(),
            to: "file",
        },
        Applies {
            key: "url",
            span: s.url.as_ref().map(|v| v.span()),
            applies: kind.is_server(),
            to: "server",
        },
        Applies {
            key: "table",
            span: s.table.as_ref().map(|v| v.span()),
            applies: kind.is_database(),
            to: "database",
        },
        Applies {
            key: "query",
            span: s.query.as_ref().map(|v| v.span()),
            applies: kind.is_database(),
            to: "database",
        },
        Applies {
            key: "modified",
            span: s.modified.as_ref().map(|v| v.span()),
            applies: kind.is_server(),
            to: "server",
        },
        Applies {
            key: "fingerprint",
            span: s.fingerprint.as_ref().map(|v| v.span()),
            applies: kind.is_server(),
            to: "server",
        },
        Applies {
            key: "encoding",
            span: s.encoding.as_ref().map(|v| v.span()),
            applies: kind == SourceKind::Csv,
            to: "csv",
        },
        Applies {
            key: "delimiter",
            span: s.delimiter.as_ref().map(|v| v.span()),
            applies: kind == SourceKind::Csv,
            to: "csv",
        },
        Applies {
            key: "sheet",
            span: s.sheet.as_ref().map(|v| v.span()),
            applies: kind.is_spreadsheet(),
            to: "spreadsheet",
        },
        Applies {
            key: "sheet_index",
            span: s.sheet_index.as_ref().map(|v| v.span()),
            applies: kind.is_spreadsheet(),
            to: "spreadsheet",
        },
        Applies {
            key: "sheets",
            span: s.sheets.as_ref().map(|v| v.span()),
            applies: kind.is_spreadsheet(),
            to: "spreadsheet",
        },
        Applies {
            key: "header_row",
            span: s.header_row.as_ref().map(|v| v.span()),
            applies: tabular,
            to: "csv and spreadsheet",
        },
        Applies {
            key: "header_rows",
            span: s.header_rows.as_ref().map(|v| v.span()),
            applies: tabular,
            to: "csv and spreadsheet",
        },
        Applies {
            key: "totals_column",
            span: s.totals_column.as_ref().map(|v| v.span()),
            applies: tabular,
            to: "csv and spreadsheet",
        },
        Applies {
            key: "totals_pattern",
            span: s.totals_pattern.as_ref().map(|v| v.span()),
            applies: tabular,
            to: "csv and spreadsheet",
        },
        Applies {
            key: "tls",
            span: s.tls.as_ref().map(|v| v.span()),
            applies: kind.is_server(),
            to: "server",
        },
        Applies {
            key: "dialect",
            span: s.dialect.as_ref().map(|v| v.span()),
            applies: kind == SourceKind::Dump,
            to: "dump",
        },
        Applies {
            key: "ignore_tables",
            span: s.ignore_tables.as_ref().map(|v| v.span()),
            applies: kind == SourceKind::Dump,
            to: "dump",
        },
    ];
    for r in rules {
        if let (Some(span), false) = (r.span, r.applies) {
            cx.err(
                span,
                format!(
                    "`{}` applies to {} sources, not to kind {kind}",
                    r.key, r.to
                ),
            );
        }
    }
}

/// `name`, `service`, `kind` and `draft`; `None` when the kind is unknown.
fn identity(cx: &mut Cx, s: &RawSource) -> Option<(String, String, SourceKind)> {
    let name = s.name.get_ref().trim().to_string();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        cx.err(
            s.name.span(),
            format!("source name {name:?} must be letters, digits, `_` and `-`"),
        );
    }
    if let Some(d) = s.draft.as_ref().filter(|d| *d.get_ref()) {
        cx.err(
            d.span(),
            "draft mapping: confirm the guesses marked `# guess` and remove `draft = true`",
        );
    }
    let service = s.service.get_ref().trim().to_string();
    if service.is_empty() {
        cx.err(s.service.span(), "service is empty");
    }
    let Some(kind) = SourceKind::parse(s.kind.get_ref()) else {
        let all: Vec<_> = SourceKind::ALL.iter().map(|k| k.as_str()).collect();
        cx.err(
            s.kind.span(),
            format!(
                "unknown source kind {:?}; expected one of {}",
                s.kind.get_ref(),
                all.join(", ")
            ),
        );
        return None;
    };
    Some((name, service, kind))
}

/// `table` or `query` of a database or dump.
fn relation(
    cx: &mut Cx,
    s: &RawSource,
    kind: SourceKind,
    span: &Range<usize>,
    lines: &mut SourceLines,
) -> Option<Relation> {
    if !kind.is_database() {
        return None;
    }
    match (&s.table, &s.query) {
        (Some(t), None) => {
            lines.relation = cx.line(t.span());
            let name = t.get_ref().trim().to_string();
            if name.is_empty() {
                cx.err(t.span(), "table is empty");
            }
            Some(Relation::Table(name))
        }
        (None, Some(q)) => {
            lines.relation = cx.line(q.span());
            if let Err(msg) = validate_query(q.get_ref()) {
                cx.err(q.span(), msg);
            }
            Some(Relation::Query(
                q.get_ref().trim().trim_end_matches(';').to_string(),
            ))
        }
        (Some(_), Some(q)) => {
            cx.err(q.span(), "give `table` or `query`, not both");
            None
        }
        (None, None) => {
            cx.err(
                span.clone(),
                format!("kind {kind} needs `table` or `query`"),
            );
            None
        }
    }
}

fn server_url(
    cx: &mut Cx,
    s: &RawSource,
    kind: SourceKind,
    span: &Range<usize>,
    lines: &mut SourceLines,
) -> Option<Secret> {
    if !kind.is_server() {
        return None;
    }
    let Some(u) = &s.url else {
        cx.err(
            span.clone(),
            format!("kind {kind} needs `url` (use ${{ENV}} for secrets)"),
        );
        return None;
    };
    lines.url = cx.line(u.span());
    match interpolate(u.get_ref()) {
        Ok(url) => Some(Secret::new(crate::redact::normalise_url(&url))),
        Err(msg) => {
            cx.err(u.span(), format!("url: {msg}"));
            None
        }
    }
}

fn csv_options(
    cx: &mut Cx,
    s: &RawSource,
    lines: &mut SourceLines,
) -> (&'static encoding_rs::Encoding, u8) {
    let encoding = match &s.encoding {
        Some(e) => {
            lines.encoding = cx.line(e.span());
            encoding_rs::Encoding::for_label(e.get_ref().trim().as_bytes()).unwrap_or_else(|| {
                cx.err(e.span(), format!("unknown encoding {:?}", e.get_ref()));
                encoding_rs::UTF_8
            })
        }
        None => encoding_rs::UTF_8,
    };
    let delimiter = match &s.delimiter {
        Some(d) => {
            let v = d.get_ref();
            if v.len() == 1 && v.is_ascii() {
                v.as_bytes()[0]
            } else {
                cx.err(d.span(), "delimiter must be one ASCII character");
                b','
            }
        }
        None => b',',
    };
    (encoding, delimiter)
}

/// `sheet`, `sheet_index` or `sheets` (one of them).
fn sheet_selection(cx: &mut Cx, s: &RawSource, lines: &mut SourceLines) -> SheetSel {
    let given = [
        s.sheet.as_ref().map(|v| v.span()),
        s.sheet_index.as_ref().map(|v| v.span()),
        s.sheets.as_ref().map(|v| v.span()),
    ];
    let mut present = given.iter().flatten();
    let first = present.next().cloned();
    if let Some(second) = present.next() {
        cx.err(
            second.clone(),
            "give one of `sheet`, `sheet_index` and `sheets`",
        );
        return SheetSel::First;
    }
    if let Some(span) = first {
        lines.sheet = cx.line(span);
    }
    if let Some(n) = &s.sheet {
        return SheetSel::Name(n.get_ref().clone());
    }
    if let Some(i) = &s.sheet_index {
        return match usize::try_from(*i.get_ref()) {
            Ok(i) => SheetSel::Index(i),
            Err(_) => {
                cx.err(i.span(), "sheet_index must be 0 or more");
                SheetSel::First
            }
        };
    }
    let Some(v) = &s.sheets else {
        return SheetSel::First;
    };
    let names: Option<Vec<String>> = match v.get_ref() {
        toml::Value::String(p) => Some(vec![p.clone()]),
        toml::Value::Array(a) => a.iter().map(|x| x.as_str().map(str::to_string)).collect(),
        _ => None,
    };
    match names {
        Some(n) if !n.is_empty() && n.iter().all(|x| !x.trim().is_empty()) => SheetSel::Many(n),
        _ => {
            cx.err(
                v.span(),
                "`sheets` is a sheet name or pattern (\"20*\"), or a non-empty list of them",
            );
            SheetSel::First
        }
    }
}

/// `header_row` and `header_rows`: the header's bottom row (or `None`:
/// detect it) and how many rows it spans.
fn header_spec(cx: &mut Cx, s: &RawSource, lines: &mut SourceLines) -> (Option<u32>, u32) {
    let mut row = s.header_row.as_ref().and_then(|h| {
        lines.header_row = cx.line(h.span());
        match u32::try_from(*h.get_ref()) {
            Ok(r) if r >= 1 => Some(r),
            _ => {
                cx.err(h.span(), "header_row is 1-based: 1 or more");
                None
            }
        }
    });
    let Some(h) = &s.header_rows else {
        return (row, 1);
    };
    lines.header_row = lines.header_row.or(cx.line(h.span()));
    let bad = "header_rows is a number of rows (2) or a range of rows (\"4-5\")";
    let rows = match h.get_ref() {
        toml::Value::Integer(n) => match u32::try_from(*n) {
            Ok(n) if (1..=10).contains(&n) => Some(n),
            _ => None,
        },
        toml::Value::String(r) => {
            let parsed = r.split_once('-').and_then(|(a, b)| {
                Some((a.trim().parse::<u32>().ok()?, b.trim().parse::<u32>().ok()?))
            });
            match parsed {
                Some((a, b)) if a >= 1 && b >= a && b - a < 10 => {
                    if row.is_some_and(|r| r != b) {
                        cx.err(h.span(), "header_rows ends on another row than header_row");
                    }
                    row = Some(b);
                    Some(b - a + 1)
                }
                _ => None,
            }
        }
        _ => None,
    };
    match rows {
        Some(n) => {
            if row.is_some_and(|r| r < n) {
                cx.err(h.span(), "header_rows spans rows above the first");
            }
            (row, n)
        }
        None => {
            cx.err(h.span(), bad);
            (row, 1)
        }
    }
}

/// `[[lookup]]` tables: which part of the source each reads, and its key.
fn resolve_lookups(
    cx: &mut Cx,
    raw: Vec<S<RawLookup>>,
    kind: SourceKind,
    dir: &Path,
) -> Vec<Lookup> {
    let mut out: Vec<Lookup> = Vec::new();
    for l in raw {
        let span = l.span();
        let line = cx.line(span.clone());
        let l = l.into_inner();
        let name = l.name.get_ref().trim().to_string();
        if name.is_empty() || out.iter().any(|o| o.name == name) {
            cx.err(
                l.name.span(),
                format!("lookup name {name:?} is empty or used twice"),
            );
            continue;
        }
        let from = match (&l.sheet, &l.path, &l.table) {
            (Some(s), None, None) if kind.is_spreadsheet() => {
                Some(LookupFrom::Sheet(s.get_ref().trim().to_string()))
            }
            (None, Some(p), None) if !kind.is_server() && !kind.is_database() => {
                path_in(cx, dir, p, "lookup path").map(LookupFrom::File)
            }
            (None, None, Some(t)) if kind.is_database() => {
                Some(LookupFrom::Table(t.get_ref().trim().to_string()))
            }
            _ => {
                let which = if kind.is_spreadsheet() {
                    "`sheet` (or `path` for another file)"
                } else if kind.is_database() {
                    "`table`"
                } else {
                    "`path`"
                };
                cx.err(
                    span.clone(),
                    format!(
                        "lookup {name:?}: a {kind} source's lookup needs {which}, and only that"
                    ),
                );
                None
            }
        };
        let header_row = l
            .header_row
            .as_ref()
            .and_then(|h| match u32::try_from(*h.get_ref()) {
                Ok(r) if r >= 1 => Some(r),
                _ => {
                    cx.err(h.span(), "header_row is 1-based: 1 or more");
                    None
                }
            });
        let (key, on) = (l.key.get_ref().trim(), l.on.get_ref().trim());
        if key.is_empty() || on.is_empty() {
            cx.err(
                span,
                format!("lookup {name:?}: `key` and `on` name columns"),
            );
            continue;
        }
        if let Some(from) = from {
            out.push(Lookup {
                name,
                from,
                key: ColName::new(key),
                on: ColName::new(on),
                header_row,
                line,
            });
        }
    }
    out
}

/// The record sections as written.
struct RawRecords {
    person: Option<S<RawPerson>>,
    involvement: Vec<S<RawInvolvement>>,
    referral: Vec<S<RawReferral>>,
    assessment: Vec<S<RawAssessment>>,
    consent: Vec<S<RawConsent>>,
}

/// The record sections, in file order.
struct Records {
    person: Option<PersonMapping>,
    involvements: Vec<RecordMapping<InvolvementField>>,
    referrals: Vec<RecordMapping<ReferralField>>,
    assessments: Vec<RecordMapping<AssessmentField>>,
    consents: Vec<RecordMapping<ConsentField>>,
}

fn resolve_records(cx: &mut Cx, raw: RawRecords) -> Records {
    let person = raw.person.and_then(|p| resolve_person(cx, p));
    let involvements = raw
        .involvement
        .into_iter()
        .filter_map(|r| resolve_involvement(cx, r))
        .collect();
    let referrals = raw
        .referral
        .into_iter()
        .filter_map(|r| resolve_referral(cx, r))
        .collect();
    let assessments = raw
        .assessment
        .into_iter()
        .filter_map(|r| resolve_assessment(cx, r))
        .collect();
    let consents = raw
        .consent
        .into_iter()
        .filter_map(|r| resolve_consent(cx, r))
        .collect();
    Records {
        person,
        involvements,
        referrals,
        assessments,
        consents,
    }
}

/// The tables a server source's fingerprint counts: its `table` (with
/// `modified`), then each `fingerprint` entry, then its lookups' tables,
/// each once. `modified` with a `query` names no table: an error.
fn watch(cx: &mut Cx, s: &RawSource, relation: &Relation, lookups: &[Lookup]) -> Vec<Watch> {
    let mut out: Vec<Watch> = Vec::new();
    let mut add = |w: Watch| {
        if !out.iter().any(|o| o.table == w.table) {
            out.push(w);
        }
    };
    let modified = s.modified.as_ref().map(|m| m.get_ref().trim().to_string());
    match relation {
        Relation::Table(t) => add(Watch {
            table: t.clone(),
            modified,
        }),
        Relation::Query(_) => {
            if let Some(m) = &s.modified {
                cx.err(
                    m.span(),
                    "`modified` names a column of the source's `table`; a query lists its tables as `fingerprint = [{ table = \"…\", modified = \"…\" }]`",
                );
            }
        }
    }
    for w in s.fingerprint.iter().flat_map(|f| f.get_ref()) {
        if w.table.trim().is_empty() {
            cx.err(
                s.fingerprint.as_ref().map_or(0..0, |f| f.span()),
                "a `fingerprint` entry names no table",
            );
            continue;
        }
        add(Watch {
            table: w.table.trim().to_string(),
            modified: w.modified.as_ref().map(|m| m.trim().to_string()),
        });
    }
    for l in lookups {
        if let LookupFrom::Table(t) = &l.from {
            add(Watch {
                table: t.clone(),
                modified: None,
            });
        }
    }
    out
}

pub(super) fn resolve_mapping(cx: &mut Cx, raw: RawMapping) -> Option<SourceMapping> {
    let dir = cx.file.parent().unwrap_or(Path::new(".")).to_path_buf();
    let RawMapping {
        source,
        person,
        involvement,
        referral,
        assessment,
        consent,
        lookup: lookups_raw,
    } = raw;
    let source_span = source.span();
    let repeat_present = person
        .as_ref()
        .is_some_and(|p| p.get_ref().repeat.is_some());
    let s = source.into_inner();
    let mut lines = SourceLines {
        source: cx.line(s.name.span()),
        ..SourceLines::default()
    };
    let (name, service, kind) = identity(cx, &s)?;
    check_keys_apply(cx, &s, kind);
    let path = if kind.is_server() {
        None
    } else if let Some(p) = &s.path {
        lines.path = cx.line(p.span());
        path_in(cx, dir.as_path(), p, "path")
    } else {
        cx.err(source_span.clone(), format!("kind {kind} needs `path`"));
        None
    };
    let relation = relation(cx, &s, kind, &source_span, &mut lines);
    let url = server_url(cx, &s, kind, &source_span, &mut lines);
    let (encoding, delimiter) = csv_options(cx, &s, &mut lines);
    let sheet = sheet_selection(cx, &s, &mut lines);
    let (header_row, header_rows) = header_spec(cx, &s, &mut lines);
    if kind.is_database()
        && path
            .as_ref()
            .is_some_and(|p| is_pattern(&p.to_string_lossy()))
    {
        cx.err(
            s.path.as_ref().map_or(0..0, |p| p.span()),
            "a file pattern (`*`, `?`) applies to csv and spreadsheet sources",
        );
    }
    let tls = s.tls.as_ref().map(|t| *t.get_ref()).unwrap_or(true);
    let totals = Totals {
        column: s.totals_column.as_ref().map(|c| ColName::new(c.get_ref())),
        pattern: s
            .totals_pattern
            .as_ref()
            .map(|p| p.get_ref().trim().to_lowercase())
            .unwrap_or_else(|| "total".to_string()),
    };
    let lookups = resolve_lookups(cx, lookups_raw, kind, &dir);
    let records = resolve_records(
        cx,
        RawRecords {
            person,
            involvement,
            referral,
            assessment,
            consent,
        },
    );

    // Keep going without a location so the record mappings are checked too.
    let location = match kind {
        SourceKind::Sqlite => path
            .zip(relation)
            .map(|(path, relation)| Location::Sqlite { path, relation }),
        SourceKind::Mysql | SourceKind::Postgres | SourceKind::SqlServer => {
            url.zip(relation).map(|(url, relation)| {
                let watch = watch(cx, &s, &relation, &lookups);
                Location::Server {
                    url,
                    relation,
                    tls,
                    watch,
                }
            })
        }
        SourceKind::Dump => path.zip(relation).map(|(path, relation)| {
            let (dialect, ignore) = dump_options(cx, &s);
            Location::Dump {
                path,
                dialect,
                relation,
                ignore,
            }
        }),
        SourceKind::Csv => path.map(|path| Location::Csv {
            path,
            encoding,
            delimiter,
        }),
        _ => path.map(|path| Location::Sheet { path, sheet }),
    };
    let mut m = SourceMapping {
        name,
        service,
        kind,
        file: cx.file.to_path_buf(),
        duplicate_free: s.duplicate_free,
        location: location?,
        header_row,
        header_rows,
        lookups,
        totals,
        person: records.person,
        involvements: records.involvements,
        referrals: records.referrals,
        assessments: records.assessments,
        consents: records.consents,
        lines,
        ignore: s.ignore,
        ignore_sheets: s.ignore_sheets,
    };
    lookup_columns_in_templates(&mut m);
    whole_mapping_checks(cx, &m, repeat_present, &source_span);
    Some(m)
}

/// `{booking.Family Ref}` in a template is the column `Family Ref` of the
/// lookup `booking` when the mapping declares a lookup of that name (the
/// longest such name, should one name begin another). Anything else stays
/// a heading of the source's own, so a heading with a dot (`D.O.B`) reads
/// as before; if it is not in the header either, the missing-column
/// problem says which lookups there are.
fn lookup_columns_in_templates(m: &mut SourceMapping) {
    let names: Vec<String> = m.lookups.iter().map(|l| l.name.clone()).collect();
    if names.is_empty() {
        return;
    }
    let fix = |f: &mut FieldMapping| {
        let Value::Template(t) = &mut f.value else {
            return;
        };
        for part in &mut t.parts {
            let Part::Col(c) = part else { continue };
            if c.lookup.is_some() {
                continue;
            }
            let found = names
                .iter()
                .filter_map(|n| {
                    let rest = c.raw.strip_prefix(n.as_str())?.strip_prefix('.')?;
                    (!rest.trim().is_empty()).then_some((n, rest))
                })
                .max_by_key(|(n, _)| n.len());
            if let Some((n, rest)) = found {
                *c = ColName::in_lookup(rest, n);
            }
        }
    };
    if let Some(p) = &mut m.person {
        fix(&mut p.key);
        p.fields.iter_mut().for_each(|(_, f)| fix(f));
        p.identifiers.iter_mut().for_each(|(_, f)| fix(f));
    }
    macro_rules! records {
        ($($list:ident),*) => {$(
            for r in &mut m.$list {
                fix(&mut r.key);
                r.fields.iter_mut().for_each(|(_, f)| fix(f));
            }
        )*};
    }
    records!(involvements, referrals, assessments, consents);
}

/// Checks over the resolved mapping as a whole: it maps something, `{n}`
/// only with a repeat, every `$` column is a position, every lookup column
/// names a declared lookup, `_sheet` / `_file` only where a reader supplies
/// them.
fn whole_mapping_checks(
    cx: &mut Cx,
    m: &SourceMapping,
    repeat_present: bool,
    source_span: &Range<usize>,
) {
    if m.person.is_none() && !m.maps_records() && !repeat_present {
        cx.err(
            source_span.clone(),
            "the mapping maps nothing: add [person], [[involvement]], [[referral]], [[assessment]] or [[consent]]",
        );
    }
    if !repeat_present {
        for f in m.fields() {
            if f.uses_slot() {
                let line = f.line;
                cx.errors.push(Error::config(
                    cx.file,
                    line,
                    format!(
                        "`{}` uses {{n}}, which only means something with [person.repeat]",
                        f.name
                    ),
                ));
            }
        }
    }
    let tabular = m.kind == SourceKind::Csv || m.kind.is_spreadsheet();
    for (c, _, line) in m.columns() {
        let problem = if c.raw.starts_with('$') && c.pos.is_none() {
            Some(format!(
                "column {:?}: `$` is followed by a column letter (`$C`) or a 1-based index (`$3`)",
                c.raw
            ))
        } else if let Some(l) = c
            .lookup
            .as_deref()
            .filter(|l| !m.lookups.iter().any(|x| x.name == *l))
        {
            Some(format!(
                "column {:?} names lookup {l:?}, which no [[lookup]] declares",
                c.raw
            ))
        } else if c.is_supplied() && !tabular {
            Some(format!(
                "column {:?} is supplied only by csv and spreadsheet sources",
                c.raw
            ))
        } else if c.pos.is_some() && !tabular {
            Some(format!(
                "column {:?}: positions apply to csv and spreadsheet sources; name the column",
                c.raw
            ))
        } else {
            None
        };
        if let Some(msg) = problem {
            cx.errors.push(Error::config(cx.file, line, msg));
        }
    }
}
