//! One mapped field's value resolved: a column, a template, a constant or
//! a code translation, with its kind checked and every problem reported at
//! its line.

use super::*;

/// Resolve one field value. `template_default`: a bare string holding `{…}`
/// is a template (keys, `family`, `person`); one without braces is a column.
pub(super) fn field(
    cx: &mut Cx,
    name: &str,
    kind: FieldKind,
    template_default: bool,
    raw: S<RawField>,
) -> Option<FieldMapping> {
    let span = raw.span();
    let line = cx.line(span.clone());
    let mut out = FieldMapping {
        name: name.to_string(),
        kind,
        value: Value::Const(String::new()),
        formats: Vec::new(),
        codes: None,
        order: NameOrder::default(),
        single: SingleName::default(),
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
        RawField::Table(t) => table(cx, name, kind, &span, *t, &mut out, template)?,
    }
    check_constant(cx, name, kind, &span, &out);
    Some(out)
}

/// A field written as a table: its value, then `formats`, `codes`, `order`.
fn table(
    cx: &mut Cx,
    name: &str,
    kind: FieldKind,
    span: &Range<usize>,
    t: RawFieldTable,
    out: &mut FieldMapping,
    template: impl Fn(&mut Cx, &str) -> Option<Value>,
) -> Option<()> {
    let given = [
        t.column.is_some(),
        t.column_letter.is_some(),
        t.column_index.is_some(),
        t.value.is_some(),
        t.template.is_some(),
    ];
    if given.iter().filter(|&&b| b).count() != 1 {
        cx.err(
            span.clone(),
            format!("`{name}` needs exactly one of `column`, `column_letter`, `column_index`, `value`, `template`"),
        );
        return None;
    }
    if t.lookup.is_some() && t.column.is_none() {
        cx.err(
            span.clone(),
            format!("`{name}`: `lookup` goes with `column`"),
        );
        return None;
    }
    out.value = if let Some(c) = t.column {
        if c.trim().is_empty() {
            cx.err(span.clone(), format!("`{name}` names an empty column"));
            return None;
        }
        match &t.lookup {
            Some(l) => Value::Column(ColName::in_lookup(&c, l)),
            None => Value::Column(ColName::new(&c)),
        }
    } else if let Some(l) = t.column_letter {
        let ok = !l.trim().is_empty() && l.trim().bytes().all(|b| b.is_ascii_alphabetic());
        if !ok || crate::mapping::template::position(&l).is_none() {
            cx.err(
                span.clone(),
                format!("`{name}`: column_letter {l:?} is not a column letter (A … XFD)"),
            );
            return None;
        }
        Value::Column(ColName::new(&format!("${}", l.trim())))
    } else if let Some(i) = t.column_index {
        if !(1..=16384).contains(&i) {
            cx.err(
                span.clone(),
                format!("`{name}`: column_index is 1-based: 1 or more"),
            );
            return None;
        }
        Value::Column(ColName::new(&format!("${i}")))
    } else if let Some(v) = t.value {
        Value::Const(v)
    } else {
        template(cx, t.template.as_deref().unwrap_or_default())?
    };
    if let Some(formats) = t.formats {
        field_formats(cx, name, kind, span, formats, out);
    }
    if let Some(codes) = t.codes {
        field_codes(cx, name, kind, span, codes, out);
    }
    name_options(cx, span, name, t.order, t.single, out);
    Some(())
}

fn field_formats(
    cx: &mut Cx,
    name: &str,
    kind: FieldKind,
    span: &Range<usize>,
    formats: Vec<String>,
    out: &mut FieldMapping,
) {
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

fn field_codes(
    cx: &mut Cx,
    name: &str,
    kind: FieldKind,
    span: &Range<usize>,
    codes: std::collections::BTreeMap<String, String>,
    out: &mut FieldMapping,
) {
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

/// A constant must itself be canonical where the list is closed.
fn check_constant(
    cx: &mut Cx,
    name: &str,
    kind: FieldKind,
    span: &Range<usize>,
    out: &FieldMapping,
) {
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
}

/// The options only `name` takes: the order of its words, and what a
/// one-word name is.
fn name_options(
    cx: &mut Cx,
    span: &std::ops::Range<usize>,
    name: &str,
    order: Option<String>,
    single: Option<String>,
    out: &mut FieldMapping,
) {
    for (key, given) in [("order", order.is_some()), ("single", single.is_some())] {
        if given && name != "name" {
            cx.err(
                span.clone(),
                format!("`{key}` applies to `name`, not to `{name}`"),
            );
        }
    }
    if let Some(order) = order {
        out.order = match order.trim() {
            "forenames_surname" => NameOrder::ForenamesSurname,
            "surname_forenames" => NameOrder::SurnameForenames,
            other => {
                cx.err(
                    span.clone(),
                    format!("`order` {other:?} must be forenames_surname or surname_forenames"),
                );
                NameOrder::default()
            }
        };
    }
    if let Some(single) = single {
        out.single = match single.trim() {
            "family" => SingleName::Family,
            "given" => SingleName::Given,
            other => {
                cx.err(
                    span.clone(),
                    format!("`single` {other:?} must be given or family"),
                );
                SingleName::default()
            }
        };
    }
}
