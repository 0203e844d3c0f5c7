//! The link stage on the bundled estate: the same crosswalk whatever the
//! thread count, a saved model reproduces it, and `explain` shows each
//! comparison's contribution without personal values.

use crate::util::{self, onefamily_env, read, text};

fn link(out: &std::path::Path, threads: &str, model: Option<&std::path::Path>) -> String {
    let mut args = vec![
        "--quiet",
        "link",
        "--project",
        "mappings/project.toml",
        "--out",
        out.to_str().unwrap(),
    ];
    let model_arg;
    if let Some(m) = model {
        model_arg = m.to_str().unwrap().to_string();
        args.extend(["--model", &model_arg]);
    }
    let o = onefamily_env(&args, &[("RAYON_NUM_THREADS", threads)]);
    assert!(o.status.success(), "{}", text(&o));
    read(&out.join("crosswalk.csv"))
}

#[test]
fn same_crosswalk_on_one_and_two_threads_and_from_a_saved_model() {
    let dir = util::tempdir();
    let one = link(&dir.path().join("one"), "1", None);
    let two = link(&dir.path().join("two"), "2", None);
    assert!(one.lines().count() > 4000);
    assert_eq!(
        one, two,
        "the crosswalk does not depend on the thread count"
    );
    assert_eq!(
        read(&dir.path().join("one/model.json")),
        read(&dir.path().join("two/model.json")),
        "training is deterministic"
    );
    let again = link(
        &dir.path().join("again"),
        "2",
        Some(&dir.path().join("one/model.json")),
    );
    assert_eq!(one, again, "a saved model reproduces the run");
}

#[test]
fn explain_shows_the_waterfall_without_values() {
    let truth = read(&util::root().join("sample-data/truth.csv"));
    // Two records of one true person from different sources.
    let mut by_person: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for line in truth.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        by_person
            .entry(f[2])
            .or_default()
            .push(format!("{}:{}", f[0], f[1]));
    }
    let pair = by_person
        .values()
        .find(|v| v.len() >= 2)
        .expect("a person with two records");
    let o = onefamily_env(&["--quiet", "explain", &pair[0], &pair[1]], &[]);
    assert!(o.status.success(), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    for word in [
        "forename",
        "surname",
        "date_of_birth",
        "prior",
        "match weight",
        "match probability",
    ] {
        assert!(out.contains(word), "{word} in:\n{out}");
    }
    let o = onefamily_env(&["--quiet", "explain", "nosuchsource:1", &pair[1]], &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}
