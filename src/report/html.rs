//! `report.html`: one self-contained page for people (no scripts, no
//! network fetches; charts are inline SVG), built from the same `Report` as
//! `report.json` so the two never disagree.
//!
//! The page is a minijinja template (`html/page.html`, embedded in the
//! binary) over a view (`view`) that holds every figure already formatted.
//! The template escapes every value it prints unless the view marks it as
//! markup, so a source or worker name holding `<` cannot break the page.

mod view;

use super::Report;
use minijinja::{AutoEscape, Environment, Value};

/// Escape text for HTML element content and attribute values. The
/// template engine's formatter uses it for every value it prints; nothing
/// else needs to call it.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The templates, embedded so the binary needs no files beside it.
const TEMPLATES: [(&str, &str); 2] = [
    ("page.html", include_str!("html/page.html")),
    ("macros.html", include_str!("html/macros.html")),
];

/// The environment: HTML auto-escaping for every `.html` template (the
/// default callback), printed through `esc` so the page's escaping is the
/// same whatever the engine's own choice of entities.
fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_formatter(|out, state, value| {
        if matches!(state.auto_escape(), AutoEscape::Html) && !value.is_safe() {
            // `none` and undefined print nothing, as in the engine's own formatter.
            if value.is_none() || value.is_undefined() {
                return Ok(());
            }
            let text = match value.as_str() {
                Some(s) => esc(s),
                None => esc(&value.to_string()),
            };
            return out.write_str(&text).map_err(minijinja::Error::from);
        }
        minijinja::escape_formatter(out, state, value)
    });
    for (name, source) in TEMPLATES {
        // The templates are part of the binary and tested: a syntax error
        // is caught by the tests, and here reported, never a panic.
        if let Err(e) = env.add_template(name, source) {
            tracing::error!(template = name, error = %e, "Report template does not parse.");
        }
    }
    env
}

/// Render the whole page. A template error (a bug, caught by the tests)
/// yields a minimal page that says so rather than no report at all.
pub fn render(report: &Report) -> String {
    let env = environment();
    let view = view::View::new(report);
    let result = env
        .get_template("page.html")
        .and_then(|t| t.render(Value::from(minijinja::value::Serde(&view))));
    match result {
        Ok(mut page) => {
            page.push('\n');
            page
        }
        Err(e) => format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>onefamily report</title></head><body><p>The report page could not be rendered: {}. report.json holds the whole report.</p></body></html>\n",
            esc(&e.to_string())
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("<a href=\"x\">O'Neil & co</a>"),
            "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;"
        );
    }

    #[test]
    fn every_template_parses() {
        let env = environment();
        for (name, _) in TEMPLATES {
            assert!(env.get_template(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn the_template_escapes_values_by_default() {
        let env = environment();
        let out = env
            .render_str(
                "{{ x }}|{{ y|safe }}",
                minijinja::context! { x => "<b>O'Neil</b>", y => "<i>" },
            )
            .unwrap();
        // render_str's template has no .html name: escape explicitly there.
        assert!(out.ends_with("|<i>"), "{out}");
        let t = env.template_from_named_str("t.html", "{{ x }}").unwrap();
        assert_eq!(
            t.render(minijinja::context! { x => "<b>O'Neil & co</b>" })
                .unwrap(),
            "&lt;b&gt;O&#39;Neil &amp; co&lt;/b&gt;"
        );
    }
}
