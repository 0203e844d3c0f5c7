//! The page's engine: escaping by default, the number filters, every
//! template parsing. The whole page is tested on real runs in
//! `tests/it/report.rs` (headless Chromium).

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
fn values_are_escaped_unless_marked_safe() {
    let env = environment();
    let t = env
        .template_from_named_str("t.html", "{{ x }}|{{ y|safe }}")
        .unwrap();
    assert_eq!(
        t.render(minijinja::context! { x => "<b>O'Neil & co</b>", y => "<i>" })
            .unwrap(),
        "&lt;b&gt;O&#39;Neil &amp; co&lt;/b&gt;|<i>"
    );
}

#[test]
fn macros_escape_cells_and_links() {
    let env = environment();
    let t = env
        .template_from_named_str("t.html", "{% import \"macros.html\" as m %}{{ m.cell(c) }}")
        .unwrap();
    let cell = view::Cell::link("<x>", "#a\"b");
    let out = t
        .render(minijinja::context! { c => Value::from(minijinja::value::Serde(&cell)) })
        .unwrap();
    assert_eq!(out, "<a href=\"#a&quot;b\">&lt;x&gt;</a>");
}

#[test]
fn number_filters_format_for_people() {
    let env = environment();
    let t = env
        .template_from_named_str(
            "t.html",
            "{{ a|num }} · {{ b|count(\"record\") }} · {{ c|count(\"family\") }} · {{ d|count(\"person\", \"people\") }}",
        )
        .unwrap();
    assert_eq!(
        t.render(minijinja::context! { a => 262335u64, b => 1u64, c => 1205u64, d => 14267u64 })
            .unwrap(),
        "262,335 · 1 record · 1,205 families · 14,267 people"
    );
}
