//! Raw serde data → checked `Project`. Every problem is pushed onto one list
//! with its file and line (from the TOML spans) and resolution carries on,
//! so one run of `check` shows them all.

use super::raw::*;
use super::*;
use crate::error::Error;
use crate::model::{NameOrder, Role};
use std::ops::Range;

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
        let p = dir.join(l.get_ref());
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

    let review = raw.review.as_ref();
    let decisions_file = dir.join(
        review
            .and_then(|r| r.decisions.as_ref())
            .map_or("decisions.csv", |d| d.get_ref().as_str()),
    );
    let review_fields = match review.and_then(|r| r.fields.as_ref()) {
        None => crate::review::Field::DEFAULT.to_vec(),
        Some(list) => list
            .iter()
            .filter_map(|f| {
                let parsed = crate::review::Field::parse(f.get_ref());
                if parsed.is_none() {
                    cx.err(
                        f.span(),
                        format!(
                            "[review] fields: unknown field {:?} (known: {})",
                            f.get_ref(),
                            crate::review::Field::ALL
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

    let mut mappings = Vec::new();
    let mut names: HashMap<String, PathBuf> = HashMap::new();
    for entry in sources.map(|s| s.get_ref().as_slice()).unwrap_or_default() {
        let file = dir.join(entry.get_ref());
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
    let (gates, limits) = crate::report::gates::resolve(raw.gates.as_ref(), raw.limits.as_ref())
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

struct Cx<'a> {
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

fn resolve_mapping(cx: &mut Cx, raw: RawMapping) -> Option<SourceMapping> {
    let dir = cx.file.parent().unwrap_or(Path::new(".")).to_path_buf();
    let source_span = raw.source.span();
    let s = raw.source.into_inner();
    let mut lines = SourceLines {
        source: cx.line(s.name.span()),
        ..SourceLines::default()
    };
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

    // Keys that do not apply to the kind are errors: a `sheet` on a CSV is
    // almost certainly a mapping written for another file.
    let not_for =
        |cx: &mut Cx, present: Option<Range<usize>>, key: &str, applies: bool, to: &str| {
            if let (Some(span), false) = (present, applies) {
                cx.err(
                    span,
                    format!("`{key}` applies to {to} sources, not to kind {kind}"),
                );
            }
        };
    not_for(
        cx,
        s.path.as_ref().map(|v| v.span()),
        "path",
        !kind.is_server(),
        "file",
    );
    not_for(
        cx,
        s.url.as_ref().map(|v| v.span()),
        "url",
        kind.is_server(),
        "server",
    );
    not_for(
        cx,
        s.table.as_ref().map(|v| v.span()),
        "table",
        kind.is_database(),
        "database",
    );
    not_for(
        cx,
        s.query.as_ref().map(|v| v.span()),
        "query",
        kind.is_database(),
        "database",
    );
    not_for(
        cx,
        s.encoding.as_ref().map(|v| v.span()),
        "encoding",
        kind == SourceKind::Csv,
        "csv",
    );
    not_for(
        cx,
        s.delimiter.as_ref().map(|v| v.span()),
        "delimiter",
        kind == SourceKind::Csv,
        "csv",
    );
    not_for(
        cx,
        s.sheet.as_ref().map(|v| v.span()),
        "sheet",
        kind.is_spreadsheet(),
        "spreadsheet",
    );
    not_for(
        cx,
        s.sheet_index.as_ref().map(|v| v.span()),
        "sheet_index",
        kind.is_spreadsheet(),
        "spreadsheet",
    );
    let tabular = kind == SourceKind::Csv || kind.is_spreadsheet();
    not_for(
        cx,
        s.header_row.as_ref().map(|v| v.span()),
        "header_row",
        tabular,
        "csv and spreadsheet",
    );
    not_for(
        cx,
        s.totals_column.as_ref().map(|v| v.span()),
        "totals_column",
        tabular,
        "csv and spreadsheet",
    );
    not_for(
        cx,
        s.totals_pattern.as_ref().map(|v| v.span()),
        "totals_pattern",
        tabular,
        "csv and spreadsheet",
    );
    not_for(
        cx,
        s.tls.as_ref().map(|v| v.span()),
        "tls",
        kind.is_server(),
        "server",
    );

    let path = if kind.is_server() {
        None
    } else {
        match &s.path {
            Some(p) => {
                lines.path = cx.line(p.span());
                Some(dir.join(p.get_ref().trim()))
            }
            None => {
                cx.err(source_span.clone(), format!("kind {kind} needs `path`"));
                None
            }
        }
    };
    let relation = if kind.is_database() {
        match (&s.table, &s.query) {
            (Some(t), None) => {
                lines.relation = cx.line(t.span());
                let t = t.get_ref().trim().to_string();
                if t.is_empty() {
                    cx.err(s.table.as_ref().unwrap().span(), "table is empty");
                }
                Some(Relation::Table(t))
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
                    source_span.clone(),
                    format!("kind {kind} needs `table` or `query`"),
                );
                None
            }
        }
    } else {
        None
    };
    let url = if kind.is_server() {
        match &s.url {
            Some(u) => {
                lines.url = cx.line(u.span());
                match interpolate(u.get_ref()) {
                    Ok(url) => Some(Secret::new(crate::redact::normalise_url(&url))),
                    Err(msg) => {
                        cx.err(u.span(), format!("url: {msg}"));
                        None
                    }
                }
            }
            None => {
                cx.err(
                    source_span.clone(),
                    format!("kind {kind} needs `url` (use ${{ENV}} for secrets)"),
                );
                None
            }
        }
    } else {
        None
    };
    let encoding = match &s.encoding {
        Some(e) => {
            lines.encoding = cx.line(e.span());
            match encoding_rs::Encoding::for_label(e.get_ref().trim().as_bytes()) {
                Some(enc) => enc,
                None => {
                    cx.err(e.span(), format!("unknown encoding {:?}", e.get_ref()));
                    encoding_rs::UTF_8
                }
            }
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
    let sheet = match (&s.sheet, &s.sheet_index) {
        (Some(n), None) => {
            lines.sheet = cx.line(n.span());
            SheetSel::Name(n.get_ref().clone())
        }
        (None, Some(i)) => {
            lines.sheet = cx.line(i.span());
            match usize::try_from(*i.get_ref()) {
                Ok(i) => SheetSel::Index(i),
                Err(_) => {
                    cx.err(i.span(), "sheet_index must be 0 or more");
                    SheetSel::First
                }
            }
        }
        (Some(_), Some(i)) => {
            cx.err(i.span(), "give `sheet` or `sheet_index`, not both");
            SheetSel::First
        }
        (None, None) => SheetSel::First,
    };
    let header_row = s.header_row.as_ref().and_then(|h| {
        lines.header_row = cx.line(h.span());
        match u32::try_from(*h.get_ref()) {
            Ok(r) if r >= 1 => Some(r),
            _ => {
                cx.err(h.span(), "header_row is 1-based: 1 or more");
                None
            }
        }
    });
    let tls = s.tls.as_ref().map(|t| *t.get_ref()).unwrap_or(true);
    let totals = Totals {
        column: s.totals_column.as_ref().map(|c| ColName::new(c.get_ref())),
        pattern: s
            .totals_pattern
            .as_ref()
            .map(|p| p.get_ref().trim().to_lowercase())
            .unwrap_or_else(|| "total".to_string()),
    };

    // Keep going without a location so the record mappings are checked too.
    let location = match kind {
        SourceKind::Sqlite => path
            .clone()
            .zip(relation.clone())
            .map(|(path, relation)| Location::Sqlite { path, relation }),
        SourceKind::Mysql | SourceKind::Postgres | SourceKind::SqlServer => url
            .zip(relation.clone())
            .map(|(url, relation)| Location::Server { url, relation, tls }),
        SourceKind::Csv => path.clone().map(|path| Location::Csv {
            path,
            encoding,
            delimiter,
        }),
        _ => path.clone().map(|path| Location::Sheet { path, sheet }),
    };
    let repeat_present = raw
        .person
        .as_ref()
        .map(|p| p.get_ref().repeat.is_some())
        .unwrap_or(false);
    let person = raw.person.and_then(|p| resolve_person(cx, p));
    let mut involvements = Vec::new();
    for inv in raw.involvement {
        involvements.extend(resolve_involvement(cx, inv));
    }
    let mut referrals = Vec::new();
    for r in raw.referral {
        referrals.extend(resolve_referral(cx, r));
    }
    let mut assessments = Vec::new();
    for a in raw.assessment {
        assessments.extend(resolve_assessment(cx, a));
    }
    let mut consents = Vec::new();
    for c in raw.consent {
        consents.extend(resolve_consent(cx, c));
    }
    let location = location?;
    let m = SourceMapping {
        name,
        service,
        kind,
        file: cx.file.to_path_buf(),
        duplicate_free: s.duplicate_free,
        location,
        header_row,
        totals,
        person,
        involvements,
        referrals,
        assessments,
        consents,
        lines,
        ignore: s.ignore,
        ignore_sheets: s.ignore_sheets,
    };
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
    Some(m)
}

fn resolve_person(cx: &mut Cx, p: S<RawPerson>) -> Option<PersonMapping> {
    let span = p.span();
    let p = p.into_inner();
    let key = match p.key {
        Some(k) => field(cx, "key", FieldKind::Text, true, k),
        None => {
            cx.err(span, "[person] needs `key`");
            None
        }
    };
    let mut fields = Vec::new();
    let mut add = |cx: &mut Cx, id: PersonField, name: &str, raw: Option<S<RawField>>| {
        if let Some(r) = raw {
            let template_default = id == PersonField::Family;
            if let Some(f) = field(cx, name, id.kind(), template_default, r) {
                fields.push((id, f));
            }
        }
    };
    add(cx, PersonField::Family, "family", p.family);
    add(cx, PersonField::Role, "role", p.role);
    add(cx, PersonField::Title, "title", p.title);
    add(cx, PersonField::GivenNames, "given_names", p.given_names);
    add(cx, PersonField::FamilyName, "family_name", p.family_name);
    add(cx, PersonField::Name, "name", p.name);
    add(cx, PersonField::OtherNames, "other_names", p.other_names);
    add(cx, PersonField::Dob, "dob", p.dob);
    add(cx, PersonField::Sex, "sex", p.sex);
    add(cx, PersonField::Ethnicity, "ethnicity", p.ethnicity);
    add(cx, PersonField::NhsNumber, "nhs_number", p.nhs_number);
    add(cx, PersonField::Upn, "upn", p.upn);
    add(cx, PersonField::Nino, "nino", p.nino);
    add(cx, PersonField::Uprn, "uprn", p.uprn);
    if let Some(lines) = p.address {
        for l in lines.into_inner() {
            add(cx, PersonField::Address, "address", Some(l));
        }
    }
    add(cx, PersonField::Town, "town", p.town);
    add(cx, PersonField::Postcode, "postcode", p.postcode);
    add(cx, PersonField::Phone, "phone", p.phone);
    add(cx, PersonField::Email, "email", p.email);
    add(cx, PersonField::ParentText, "parent_text", p.parent_text);
    let mut identifiers = Vec::new();
    for (ty, raw) in p.identifiers {
        let label = format!("identifiers.{ty}");
        if ty.trim().is_empty() {
            cx.err(raw.span(), "an identifier type is empty");
            continue;
        }
        if let Some(f) = field(cx, &label, FieldKind::Text, false, raw) {
            identifiers.push((ty, f));
        }
    }
    let repeat = p.repeat.and_then(|r| {
        let line = cx.line(r.span());
        let r = r.into_inner();
        let slots = match u16::try_from(*r.slots.get_ref()) {
            Ok(n) if (1..=1000).contains(&n) => n,
            _ => {
                cx.err(r.slots.span(), "slots must be between 1 and 1000");
                return None;
            }
        };
        let mut when_any = Vec::new();
        for c in r.when_any {
            let col = ColName::new(c.get_ref());
            if !col.slotted {
                cx.err(
                    c.span(),
                    format!("when_any column {:?} has no {{n}}", c.get_ref()),
                );
            }
            when_any.push(col);
        }
        Some(Repeat {
            slots,
            when_any,
            line,
        })
    });
    let key = key?;
    if let Some(r) = &repeat {
        if !key.uses_slot() {
            let line = key.line;
            cx.errors.push(Error::config(
                cx.file,
                line,
                "with [person.repeat], the person key must use {n} (e.g. \"{Family Ref}#{n}\") or a {n} column so each slot has its own key",
            ));
        }
        let _ = r;
    }
    Some(PersonMapping {
        key,
        fields,
        identifiers,
        repeat,
    })
}

fn resolve_involvement(
    cx: &mut Cx,
    r: S<RawInvolvement>,
) -> Option<RecordMapping<InvolvementField>> {
    let span = r.span();
    let line = cx.line(span.clone());
    let r = r.into_inner();
    let key = match r.key {
        Some(k) => field(cx, "involvement.key", FieldKind::Text, true, k),
        None => {
            cx.err(span, "[[involvement]] needs `key`");
            None
        }
    };
    let mut fields = Vec::new();
    let list = [
        (InvolvementField::Person, "person", r.person),
        (InvolvementField::Family, "family", r.family),
        (InvolvementField::Start, "start", r.start),
        (InvolvementField::End, "end", r.end),
        (InvolvementField::Status, "status", r.status),
        (InvolvementField::Worker, "worker", r.worker),
        (InvolvementField::Team, "team", r.team),
        (InvolvementField::Reason, "reason", r.reason),
        (InvolvementField::EndReason, "end_reason", r.end_reason),
        (InvolvementField::Outcomes, "outcomes", r.outcomes),
        (InvolvementField::Service, "service", r.service),
    ];
    for (id, name, raw) in list {
        if let Some(raw) = raw {
            let template = matches!(id, InvolvementField::Person | InvolvementField::Family);
            if let Some(f) = field(cx, &format!("involvement.{name}"), id.kind(), template, raw) {
                fields.push((id, f));
            }
        }
    }
    Some(RecordMapping {
        key: key?,
        fields,
        when_any: Vec::new(),
        line,
    })
}

fn resolve_referral(cx: &mut Cx, r: S<RawReferral>) -> Option<RecordMapping<ReferralField>> {
    let span = r.span();
    let line = cx.line(span.clone());
    let r = r.into_inner();
    let key = match r.key {
        Some(k) => field(cx, "referral.key", FieldKind::Text, true, k),
        None => {
            cx.err(span, "[[referral]] needs `key`");
            None
        }
    };
    let mut fields = Vec::new();
    let list = [
        (ReferralField::Person, "person", r.person),
        (ReferralField::Family, "family", r.family),
        (ReferralField::Date, "date", r.date),
        (
            ReferralField::ReferralSource,
            "referral_source",
            r.referral_source,
        ),
        (ReferralField::Reason, "reason", r.reason),
        (ReferralField::Outcome, "outcome", r.outcome),
    ];
    for (id, name, raw) in list {
        if let Some(raw) = raw {
            let template = matches!(id, ReferralField::Person | ReferralField::Family);
            if let Some(f) = field(cx, &format!("referral.{name}"), id.kind(), template, raw) {
                fields.push((id, f));
            }
        }
    }
    Some(RecordMapping {
        key: key?,
        fields,
        when_any: Vec::new(),
        line,
    })
}

/// The key of an `[[assessment]]` or `[[consent]]` (`what`: the section).
fn record_key(
    cx: &mut Cx,
    what: &str,
    span: Range<usize>,
    key: Option<S<RawField>>,
) -> Option<Field> {
    match key {
        Some(k) => field(cx, &format!("{what}.key"), FieldKind::Text, true, k),
        None => {
            cx.err(span, format!("[[{what}]] needs `key`"));
            None
        }
    }
}

fn resolve_assessment(cx: &mut Cx, r: S<RawAssessment>) -> Option<RecordMapping<AssessmentField>> {
    let span = r.span();
    let line = cx.line(span.clone());
    let r = r.into_inner();
    let key = record_key(cx, "assessment", span, r.key);
    for (name, v) in [("summary", r.summary), ("notes", r.notes)] {
        if let Some(v) = v {
            cx.err(
                v.span(),
                format!(
                    "`assessment.{name}` is not carried: an assessment's free text may hold \
                     personal data the unified record does not need; remove it"
                ),
            );
        }
    }
    let mut raws = vec![
        (AssessmentField::Person, "person", r.person),
        (AssessmentField::Family, "family", r.family),
        (AssessmentField::Type, "type", r.assessment_type),
        (AssessmentField::Started, "started", r.started),
        (AssessmentField::Completed, "completed", r.completed),
        (AssessmentField::Status, "status", r.status),
        (AssessmentField::Author, "author", r.author),
        (
            AssessmentField::Organisation,
            "organisation",
            r.organisation,
        ),
    ];
    if let Some(needs) = r.needs {
        let span = needs.span();
        match needs.into_inner() {
            RawFields::One(f) => {
                raws.push((AssessmentField::Needs, "needs", Some(S::new(span, f))))
            }
            RawFields::Many(list) if list.is_empty() => {
                cx.err(span, "`assessment.needs` is an empty list");
            }
            RawFields::Many(list) => raws.extend(
                list.into_iter()
                    .map(|f| (AssessmentField::Needs, "needs", Some(f))),
            ),
        }
    }
    let fields = record_fields(cx, "assessment", raws, AssessmentField::kind, |id| {
        matches!(id, AssessmentField::Person | AssessmentField::Family)
    });
    let when_any = when_any(cx, "assessment", r.when_any);
    Some(RecordMapping {
        key: key?,
        fields,
        when_any,
        line,
    })
}

fn resolve_consent(cx: &mut Cx, r: S<RawConsent>) -> Option<RecordMapping<ConsentField>> {
    let span = r.span();
    let line = cx.line(span.clone());
    let r = r.into_inner();
    let key = record_key(cx, "consent", span.clone(), r.key);
    if r.person.is_none() && r.family.is_none() {
        cx.err(
            span,
            "[[consent]] needs `person` or `family`: a consent is given for someone",
        );
    }
    let list = [
        (ConsentField::Person, "person", r.person),
        (ConsentField::Family, "family", r.family),
        (ConsentField::GivenBy, "given_by", r.given_by),
        (ConsentField::Scope, "scope", r.scope),
        (ConsentField::Given, "given", r.given),
        (ConsentField::Withdrawn, "withdrawn", r.withdrawn),
    ];
    let fields = record_fields(cx, "consent", list.into(), ConsentField::kind, |id| {
        matches!(
            id,
            ConsentField::Person | ConsentField::Family | ConsentField::GivenBy
        )
    });
    let when_any = when_any(cx, "consent", r.when_any);
    Some(RecordMapping {
        key: key?,
        fields,
        when_any,
        line,
    })
}

/// The named fields of an `[[assessment]]` or `[[consent]]`, resolved;
/// those `template` picks are read as templates by default (keys).
fn record_fields<F: Copy>(
    cx: &mut Cx,
    what: &str,
    raws: Vec<(F, &str, Option<S<RawField>>)>,
    kind: impl Fn(F) -> FieldKind,
    template: impl Fn(F) -> bool,
) -> Vec<(F, Field)> {
    raws.into_iter()
        .filter_map(|(id, name, raw)| {
            let f = field(cx, &format!("{what}.{name}"), kind(id), template(id), raw?)?;
            Some((id, f))
        })
        .collect()
}

/// `when_any` of an `[[assessment]]` or `[[consent]]`: plain column names.
fn when_any(cx: &mut Cx, what: &str, cols: Vec<S<String>>) -> Vec<ColName> {
    let mut out = Vec::new();
    for c in cols {
        if c.get_ref().trim().is_empty() {
            cx.err(c.span(), format!("`{what}.when_any` names an empty column"));
            continue;
        }
        out.push(ColName::new(c.get_ref()));
    }
    out
}

/// Assessment factors (the CIN census list many councils borrow for Early
/// Help needs): 1–6 with A child, B parent or carer, C other household
/// member; the rest as the census numbers them.
pub const ASSESSMENT_FACTORS: &[&str] = &[
    "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A",
    "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A",
    "16A", "17A", "18B", "18C", "19B", "19C", "20", "21", "22A", "23A", "24A",
];

/// What a consent covers.
pub const CONSENT_SCOPES: &[&str] = &["assessment", "information_sharing", "both"];

/// CIN census referral source codes.
const CIN_REFERRAL_SOURCES: &[&str] = &[
    "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C",
    "5D", "6", "7", "8", "9", "10",
];
const END_REASONS: &[&str] = &[
    "outcomes_met",
    "stepped_up",
    "stepped_down",
    "consent_withdrawn",
    "not_engaging",
    "moved_away",
    "transferred",
    "aged_out",
    "died",
    "other",
];

/// The canonical values a field's codes may map to, when the list is closed.
fn canonical_values(name: &str) -> Option<&'static [&'static str]> {
    match name {
        "sex" => Some(&["F", "M", "U"]),
        "role" => Some(&["child", "parent", "carer", "other_adult", "unknown"]),
        "involvement.status" => Some(&["open", "closed"]),
        "involvement.end_reason" => Some(END_REASONS),
        "referral.referral_source" => Some(CIN_REFERRAL_SOURCES),
        "assessment.needs" => Some(ASSESSMENT_FACTORS),
        "consent.scope" => Some(CONSENT_SCOPES),
        _ => None,
    }
}

/// Resolve one field value. `template_default`: a bare string holding `{…}`
/// is a template (keys, `family`, `person`); one without braces is a column.
fn field(
    cx: &mut Cx,
    name: &str,
    kind: FieldKind,
    template_default: bool,
    raw: S<RawField>,
) -> Option<Field> {
    let span = raw.span();
    let line = cx.line(span.clone());
    let mut out = Field {
        name: name.to_string(),
        kind,
        value: Value::Const(String::new()),
        formats: Vec::new(),
        codes: None,
        order: NameOrder::default(),
        line,
    };
    let template = |cx: &mut Cx, t: &str| match Template::parse(t) {
        Ok(t) => Some(Value::Template(t)),
        Err(msg) => {
            cx.err(span.clone(), format!("`{name}`: {msg}"));
            None
        }
    };
    match raw.into_inner() {
        RawField::Name(s) => {
            if s.trim().is_empty() {
                cx.err(span.clone(), format!("`{name}` names an empty column"));
                return None;
            }
            let braces = s.replace("{n}", "").contains('{');
            out.value = if template_default && (braces || s.starts_with('{')) {
                template(cx, &s)?
            } else {
                Value::Column(ColName::new(&s))
            };
        }
        RawField::Table(t) => {
            let given = [t.column.is_some(), t.value.is_some(), t.template.is_some()];
            if given.iter().filter(|&&b| b).count() != 1 {
                cx.err(
                    span.clone(),
                    format!("`{name}` needs exactly one of `column`, `value`, `template`"),
                );
                return None;
            }
            out.value = if let Some(c) = t.column {
                if c.trim().is_empty() {
                    cx.err(span.clone(), format!("`{name}` names an empty column"));
                    return None;
                }
                Value::Column(ColName::new(&c))
            } else if let Some(v) = t.value {
                Value::Const(v)
            } else {
                template(cx, t.template.as_deref().unwrap_or_default())?
            };
            if let Some(formats) = t.formats {
                if kind != FieldKind::Date {
                    cx.err(
                        span.clone(),
                        format!("`formats` applies to date fields, not to `{name}`"),
                    );
                }
                for spec in formats {
                    match DateFormat::parse(&spec) {
                        Ok(f) => out.formats.push(f),
                        Err(msg) => cx.err(
                            span.clone(),
                            format!("`{name}`: date format {spec:?}: {msg}"),
                        ),
                    }
                }
            }
            if let Some(codes) = t.codes {
                if !matches!(kind, FieldKind::Coded | FieldKind::Role | FieldKind::List) {
                    cx.err(
                        span.clone(),
                        format!("`codes` applies to coded fields, not to `{name}`"),
                    );
                }
                if let Some(allowed) = canonical_values(name) {
                    for (k, v) in &codes {
                        if !allowed.contains(&v.trim()) {
                            cx.err(
                                span.clone(),
                                format!(
                                    "`{name}`: code {k:?} maps to {v:?}, which is not one of {}",
                                    allowed.join(", ")
                                ),
                            );
                        }
                    }
                }
                out.codes = Some(Codes::new(
                    codes
                        .into_iter()
                        .map(|(k, v)| (k, v.trim().to_string()))
                        .collect(),
                ));
            }
            if let Some(order) = t.order {
                if name != "name" {
                    cx.err(
                        span.clone(),
                        format!("`order` applies to `name`, not to `{name}`"),
                    );
                }
                out.order = match order.trim() {
                    "forenames_surname" => NameOrder::ForenamesSurname,
                    "surname_forenames" => NameOrder::SurnameForenames,
                    other => {
                        cx.err(
                            span.clone(),
                            format!(
                                "`order` {other:?} must be forenames_surname or surname_forenames"
                            ),
                        );
                        NameOrder::default()
                    }
                };
            }
        }
    }
    // A constant must itself be canonical where the list is closed.
    if let Value::Const(v) = &out.value {
        if kind == FieldKind::Role && Role::parse(v).is_none() {
            cx.err(
                span.clone(),
                format!("role {v:?} must be child, parent, carer or other_adult"),
            );
        } else if let Some(allowed) =
            canonical_values(name).filter(|_| out.codes.is_none() && kind != FieldKind::Role)
        {
            let bad = if kind == FieldKind::List {
                v.split(';')
                    .map(str::trim)
                    .any(|x| !x.is_empty() && !allowed.contains(&x))
            } else {
                !allowed.contains(&v.trim())
            };
            if bad {
                cx.err(
                    span.clone(),
                    format!("`{name}` {v:?} is not one of {}", allowed.join(", ")),
                );
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn interpolates_env() {
        std::env::set_var("ONEFAMILY_TEST_URL_PW", "s3cret");
        let cases = [
            (
                "mysql://root:${ONEFAMILY_TEST_URL_PW}@h/db",
                Ok("mysql://root:s3cret@h/db".to_string()),
            ),
            ("plain", Ok("plain".to_string())),
            (
                "${ONEFAMILY_TEST_NOT_SET_XYZ}",
                Err("environment variable ONEFAMILY_TEST_NOT_SET_XYZ is not set".to_string()),
            ),
            (
                "${bad name}",
                Err("`${bad name}` is not an environment variable name".to_string()),
            ),
            ("${OPEN", Err("`${` without its closing `}`".to_string())),
        ];
        for (text, want) in cases {
            assert_eq!(interpolate(text), want, "{text}");
        }
    }

    #[test]
    fn only_select_queries() {
        let ok = [
            "SELECT * FROM t",
            "  select a from t;",
            "WITH x AS (SELECT 1) SELECT * FROM x",
            "-- note\nSELECT 1",
            "/* c */ SELECT 1",
        ];
        for q in ok {
            assert!(validate_query(q).is_ok(), "{q}");
        }
        let bad = [
            "DELETE FROM t",
            "SELECT 1; DROP TABLE t",
            "UPDATE t SET a = 1",
            "",
            "EXEC sp_x",
            "SELECTX",
        ];
        for q in bad {
            assert!(validate_query(q).is_err(), "{q}");
        }
    }

    #[test]
    fn relative_sqlite_target() {
        assert_eq!(
            relative_sqlite_url("sqlite://../out/u.db", Path::new("m")),
            "sqlite://m/../out/u.db"
        );
        assert_eq!(
            relative_sqlite_url("sqlite:///abs.db", Path::new("m")),
            "sqlite:///abs.db"
        );
        assert_eq!(
            relative_sqlite_url("postgres://h/db", Path::new("m")),
            "postgres://h/db"
        );
    }

    #[test]
    fn loads_a_good_project() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(
            d,
            "project.toml",
            "[project]\nname = \"t\"\nreference_date = \"2026-01-01\"\n[target]\nurl = \"sqlite://out.db\"\nsources = [\"a.toml\", \"b.toml\"]\n",
        );
        write(
            d,
            "a.toml",
            r#"[source]
name = "a"
service = "A"
kind = "csv"
path = "a.csv"
encoding = "windows-1252"
delimiter = ";"
[person]
key = "id"
family = "{fam}"
given_names = { template = "{first} {middle}" }
dob = { column = "dob", formats = ["%d/%m/%Y", "excel"] }
sex = { column = "sex", codes = { "1" = "M", "2" = "F" } }
role = { value = "child" }
address = ["a1", { column = "a2" }]
identifiers = { yot = "yot_no" }
[[involvement]]
key = "{id}-x"
status = { column = "st", codes = { o = "open" } }
[[referral]]
key = "{id}-r"
referral_source = { column = "rs", codes = { SCH = "2A" } }
"#,
        );
        write(
            d,
            "b.toml",
            r#"[source]
name = "b"
service = "B"
kind = "xlsx"
path = "b.xlsx"
sheet = "Tracker"
[person]
key = "{Family Ref}#{n}"
family = "{Family Ref}"
given_names = "Member {n} Forename"
[person.repeat]
slots = 3
when_any = ["Member {n} Forename"]
"#,
        );
        let p = crate::mapping::load_project(&d.join("project.toml")).unwrap();
        assert_eq!(p.sources.len(), 2);
        assert_eq!(
            p.reference_date,
            chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
        );
        assert_eq!(
            p.target_url.as_deref(),
            Some(format!("sqlite://{}", d.join("out.db").display()).as_str())
        );
        let a = &p.sources[0];
        assert_eq!(a.kind, SourceKind::Csv);
        let Location::Csv {
            encoding,
            delimiter,
            ..
        } = &a.location
        else {
            panic!()
        };
        assert_eq!((encoding.name(), *delimiter), ("windows-1252", b';'));
        let person = a.person.as_ref().unwrap();
        // A bare key without braces is a column.
        assert_eq!(person.key.value, Value::Column(ColName::new("id")));
        assert!(matches!(person.fields[0].1.value, Value::Template(_)));
        assert_eq!(
            person
                .fields
                .iter()
                .filter(|(id, _)| *id == PersonField::Address)
                .count(),
            2
        );
        assert_eq!(person.identifiers[0].0, "yot");
        let b = &p.sources[1];
        assert_eq!(b.repeat().unwrap().slots, 3);
        // 3 slots × (key, given_names, when_any) + family once.
        let cols = b.columns();
        assert!(cols
            .iter()
            .any(|(c, s, _)| c.for_slot(*s) == "Member 3 Forename"));
        assert_eq!(p.config_hash().len(), 64);
        // The link settings are configuration: naming a file, or changing
        // it, changes the hash.
        let project = std::fs::read_to_string(d.join("project.toml")).unwrap();
        write(d, "link.toml", crate::link::settings::DEFAULT);
        write(
            d,
            "project.toml",
            &project.replacen("[target]", "link = \"link.toml\"\n[target]", 1),
        );
        let with_link = crate::mapping::load_project(&d.join("project.toml")).unwrap();
        assert!(with_link.link_file.is_some());
        let before = with_link.config_hash();
        assert_ne!(before, p.config_hash());
        write(
            d,
            "link.toml",
            &crate::link::settings::DEFAULT
                .replace("max_block_size = 2000", "max_block_size = 1000"),
        );
        let changed = crate::mapping::load_project(&d.join("project.toml")).unwrap();
        assert_ne!(before, changed.config_hash());
    }

    /// Every planted problem is reported, with its line.
    #[test]
    fn collects_every_problem() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(
            d,
            "project.toml",
            "[project]\nname = \"t\"\nreference_date = \"01/01/2026\"\nsources = [\"a.toml\", \"missing.toml\", \"c.toml\", \"d.toml\"]\n",
        );
        write(
            d,
            "a.toml",
            r#"[source]
name = "a b"
service = "A"
kind = "mysql"
url = "${ONEFAMILY_TEST_UNSET_VAR}"
query = "DELETE FROM x"
sheet = "S"
[person]
key = "id"
dob = { column = "dob", formats = ["%Q"] }
sex = { column = "sex", codes = { "1" = "Male" } }
given_names = { column = "g", codes = { a = "b" } }
role = { value = "boss" }
"#,
        );
        write(d, "c.toml", "[source]\nname = \"c\"\nservice = \"C\"\nkind = \"csv\"\npath = \"c.csv\"\nbogus = 1\n");
        write(
            d,
            "d.toml",
            "[source]\nname = \"d\"\nservice = \"D\"\nkind = \"parquet\"\npath = \"d.pq\"\n",
        );
        let (_, errors) = load(&d.join("project.toml"));
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        let all = text.join("\n");
        let want = [
            ("project.toml:3", "reference_date"),
            ("project.toml:4", "missing.toml"),
            ("a.toml:2", "must be letters"),
            ("a.toml:5", "ONEFAMILY_TEST_UNSET_VAR is not set"),
            ("a.toml:6", "SELECT or WITH"),
            ("a.toml:7", "`sheet` applies to spreadsheet"),
            ("a.toml:10", "date format"),
            ("a.toml:11", "\"Male\""),
            ("a.toml:12", "`codes` applies to coded fields"),
            ("a.toml:13", "role \"boss\""),
            ("c.toml:6", "unknown field `bogus`"),
            ("d.toml:4", "unknown source kind"),
        ];
        for (at, msg) in want {
            assert!(
                text.iter().any(|t| t.contains(at) && t.contains(msg)),
                "missing {at} {msg} in:\n{all}"
            );
        }
    }

    /// `[[assessment]]` and `[[consent]]`: every key resolves to its field,
    /// `needs` takes one column or several.
    #[test]
    fn assessments_and_consents_resolve() {
        let text = r#"[source]
name = "eha"
service = "Early Help"
kind = "csv"
path = "eha.csv"
[[assessment]]
key = "EHA Ref"
family = "Family Ref"
type = { value = "EHA" }
started = { column = "Start", formats = ["%d/%m/%Y"] }
completed = "Completed"
status = { column = "Status", codes = { C = "completed" } }
author = "Author"
organisation = "Org"
needs = ["Need 1", { column = "Need 2", codes = { DV = "3B" } }]
[[consent]]
key = "{EHA Ref}-c"
person = "Child"
given_by = "Given by"
scope = { column = "Scope", codes = { EHA = "assessment", Share = "information_sharing" } }
given = "Consent date"
withdrawn = "Withdrawn"
"#;
        let mut errors = Vec::new();
        let m = load_mapping(Path::new("m.toml"), text, &mut errors).expect("mapping");
        assert!(errors.is_empty(), "{errors:?}");
        let a = &m.assessments[0];
        let ids: Vec<AssessmentField> = a.fields.iter().map(|(id, _)| *id).collect();
        assert_eq!(
            ids.iter()
                .filter(|id| **id == AssessmentField::Needs)
                .count(),
            2
        );
        assert!(ids.contains(&AssessmentField::Type));
        let needs2 = &a
            .fields
            .iter()
            .rfind(|(id, _)| *id == AssessmentField::Needs)
            .unwrap()
            .1;
        assert_eq!(needs2.codes.as_ref().unwrap().lookup("dv"), Some("3B"));
        let c = &m.consents[0];
        assert!(matches!(c.key.value, Value::Template(_)));
        assert_eq!(c.fields.len(), 5);
        assert!(m.maps_records());
        // Every mapped column is listed for the header check.
        let cols: Vec<String> = m.columns().iter().map(|(c, _, _)| c.raw.clone()).collect();
        for want in ["EHA Ref", "Need 2", "Withdrawn", "Given by"] {
            assert!(cols.iter().any(|c| c == want), "{want} in {cols:?}");
        }
    }

    /// Bad assessment and consent mappings: each problem with its line.
    #[test]
    fn assessment_and_consent_problems_name_their_line() {
        let text = r#"[source]
name = "eha"
service = "Early Help"
kind = "csv"
path = "eha.csv"
[[assessment]]
family = "Family Ref"
needs = { column = "Needs", codes = { DV = "domestic abuse" } }
summary = "Summary"
started = { column = "Start", formats = ["%Q"] }
[[consent]]
key = "Ref"
scope = { value = "everything" }
given = { column = "Given", codes = { a = "b" } }
[[assessment]]
key = "K"
needs = { value = "3A;99Z" }
"#;
        let mut errors = Vec::new();
        load_mapping(Path::new("m.toml"), text, &mut errors);
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        let all = text.join("\n");
        let want = [
            ("m.toml:6", "[[assessment]] needs `key`"),
            ("m.toml:8", "\"domestic abuse\", which is not one of"),
            ("m.toml:9", "free text may hold personal data"),
            ("m.toml:10", "date format"),
            ("m.toml:11", "[[consent]] needs `person` or `family`"),
            ("m.toml:13", "`consent.scope` \"everything\" is not one of"),
            ("m.toml:14", "`codes` applies to coded fields"),
            ("m.toml:17", "`assessment.needs` \"3A;99Z\""),
        ];
        for (at, msg) in want {
            assert!(
                text.iter().any(|t| t.contains(at) && t.contains(msg)),
                "missing {at} {msg} in:\n{all}"
            );
        }
    }
}
