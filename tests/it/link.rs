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
    // Its own output folder: explain keeps the staging store there.
    let dir = util::tempdir();
    let folder = dir.path().to_str().unwrap();
    let o = onefamily_env(
        &["--quiet", "explain", "--out", folder, &pair[0], &pair[1]],
        &[],
    );
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
    let o = onefamily_env(
        &[
            "--quiet",
            "explain",
            "--out",
            folder,
            "nosuchsource:1",
            &pair[1],
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}

/// The hand-written hard cases (tests/fixtures/hard_cases), read beside the
/// bundled estate so that the model trains on a caseload of real size.
#[test]
fn hard_cases_link_and_stay_apart_as_they_should() {
    let root = util::root();
    let dir = util::tempdir();
    let estate = std::fs::read_to_string(root.join("mappings/project.toml")).unwrap();
    // The estate's own source list, then the fixture, all as absolute paths.
    let mut sources: Vec<String> = estate
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with('"') && l.ends_with(".toml\","))
        .map(|l| {
            root.join("mappings")
                .join(l.trim_matches(|c| c == '"' || c == ','))
        })
        .map(|p| format!("{:?}", p.to_str().unwrap()))
        .collect();
    assert_eq!(sources.len(), 8, "the estate's eight mapping files");
    let fixture = root.join("tests/fixtures/hard_cases/hard_cases.toml");
    sources.push(format!("{:?}", fixture.to_str().unwrap()));
    let project = dir.path().join("project.toml");
    std::fs::write(
        &project,
        format!(
            "sources = [{}]\nlink = {:?}\n[project]\nname = \"Hard cases\"\nreference_date = \"2026-01-01\"\n",
            sources.join(", "),
            root.join("mappings/link.toml").to_str().unwrap()
        ),
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = util::onefamily(&[
        "--quiet",
        "link",
        "--project",
        project.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let crosswalk = read(&out.join("crosswalk.csv"));
    let rows: Vec<Vec<&str>> = crosswalk
        .lines()
        .filter_map(|l| l.strip_prefix("hard_cases,"))
        .map(|l| l.split(',').collect())
        .collect();
    let person: std::collections::HashMap<String, String> = rows
        .iter()
        .map(|f| (f[0].to_string(), f[1].to_string()))
        .collect();
    let family: std::collections::HashMap<String, String> = rows
        .iter()
        .map(|f| (f[0].to_string(), f[2].to_string()))
        .collect();
    assert_eq!(person.len(), 43, "every fixture record is in the crosswalk");
    let same = |a: &str, b: &str, case: &str| {
        assert_eq!(person[a], person[b], "{case}: {a} and {b} are one person");
    };
    let apart = |a: &str, b: &str, case: &str| {
        assert_ne!(person[a], person[b], "{case}: {a} and {b} are two people");
    };
    same("T1", "T2", "in-source duplicate");
    same("T3", "T4", "in-source duplicate");
    for (a, b) in [("T1", "T3"), ("T1", "T5"), ("T3", "T5")] {
        apart(a, b, "twins");
    }
    same("N1", "N2", "nickname (William, Bill)");
    same("N3", "N4", "transliteration (Mohammed, Muhammad)");
    same("S1", "S2", "forename and surname swapped");
    same("D1", "D2", "day and month transposed");
    same("M1", "M2", "a mother's surname change, with her NHS number");
    apart("C1", "C2", "the same common name, different dates of birth");
    same("I1", "I2", "in-source duplicate without a postcode");
    // Family context: a course's crèche list names a child only (no date of
    // birth, no postcode) beside the booking's mother, who is a household's
    // mother: the child is that household's child of the name, so one
    // family does not hold the child twice.
    same("K1", "K4", "the booking's mother is the household's");
    same("K2", "K5", "family context: the name-only child");
    apart("K3", "K5", "family context: the sister");
    assert_eq!(
        family["K5"], family["K2"],
        "one family for the booking and the household"
    );
    let k_family: Vec<&str> = ["K1", "K2", "K3", "K4", "K5"]
        .iter()
        .filter(|k| family[**k] == family["K1"])
        .copied()
        .collect();
    assert_eq!(k_family.len(), 5);
    // Context never overrides a contradiction, and ambiguity links nobody.
    same("X1", "X3", "the booking's mother is the household's");
    apart("X2", "X4", "family context contradicted by sex");
    same("Y1", "Y3", "the booking's mother is the household's");
    apart("Y2", "Y4", "family context contradicted by surname");
    same("Z1", "Z4", "the booking's mother is the household's");
    apart("Z2", "Z3", "two sons of one name, born years apart");
    apart(
        "Z2",
        "Z5",
        "family context ambiguous: two sons of that name",
    );
    apart(
        "Z3",
        "Z5",
        "family context ambiguous: two sons of that name",
    );
    // Two boys of one common name and one birthday at two addresses, each
    // with his mother in his household: different mothers, two boys; the
    // first boy after a move, his mother's name written surname first, is
    // still the first boy.
    same("W1", "W5", "one boy after a move, the same mother");
    apart("W1", "W3", "one name and birthday, different mothers");
    apart("W3", "W5", "one name and birthday, different mothers");
}

/// The crosswalk (`source,key,person_id,family_id`, sorted) of a linked
/// project, with its records put in the order `shuffle` gives them.
fn crosswalk_of(project: &std::path::Path, shuffle: Option<u64>) -> String {
    use rand::seq::SliceRandom;
    use rand::SeedableRng;
    let rt = tokio::runtime::Runtime::new().unwrap();
    let project = onefamily::mapping::load_project(project).unwrap();
    let prepared = rt
        .block_on(onefamily::pipeline::prepare(project, None))
        .unwrap();
    let onefamily::pipeline::Prepared {
        mut extracts,
        sources,
        mut records,
        settings,
        options,
        ..
    } = prepared;
    if let Some(seed) = shuffle {
        records.shuffle(&mut rand_chacha::ChaCha8Rng::seed_from_u64(seed));
    }
    let (unified, _) =
        onefamily::unify::unify(sources, records, &mut extracts, &settings, &options).unwrap();
    let dir = util::tempdir();
    let path = dir.path().join("crosswalk.csv");
    onefamily::report::write_crosswalk(&path, &unified).unwrap();
    read(&path)
}

/// Issue 16: reversing `sources` in the project changed the crosswalk.
/// Same persons and families, same IDs, whatever the order of the sources
/// and of the rows (here shuffled across the whole estate).
#[test]
fn the_crosswalk_does_not_depend_on_source_or_row_order() {
    let dir = util::tempdir();
    onefamily::sample::write_estate(dir.path(), 400, 16).unwrap();
    let project = dir.path().join("mappings/project.toml");
    let before = crosswalk_of(&project, None);
    let text = read(&project);
    let (head, rest) = text.split_once("sources = [\n").unwrap();
    let (list, tail) = rest.split_once("]\n").unwrap();
    let mut names: Vec<&str> = list.lines().collect();
    assert!(names.len() >= 8, "{list}");
    names.reverse();
    let reversed = dir.path().join("mappings/reversed.toml");
    std::fs::write(
        &reversed,
        format!("{head}sources = [\n{}\n]\n{tail}", names.join("\n")),
    )
    .unwrap();
    assert!(before.lines().count() > 1500, "a real estate");
    for seed in [1, 2] {
        let after = crosswalk_of(&reversed, Some(seed));
        assert_eq!(
            before.lines().count(),
            after.lines().count(),
            "one row per record"
        );
        let differ: Vec<_> = before
            .lines()
            .zip(after.lines())
            .filter(|(x, y)| x != y)
            .take(5)
            .collect();
        assert!(differ.is_empty(), "seed {seed}: {differ:?}");
    }
}

/// Families F1 (pairwise) of a link of the bundled estate with `link.toml`
/// edited by `edit`.
fn families_f1(dir: &std::path::Path, edit: &dyn Fn(String) -> String) -> (f64, f64) {
    let project = util::bundled_project(dir, &|name, text| {
        if name == "link.toml" {
            edit(text)
        } else {
            text
        }
    });
    let out = dir.join("out");
    let o = util::onefamily(&[
        "--quiet",
        "link",
        "--project",
        project.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let o = util::onefamily(&[
        "evaluate",
        "--json",
        "--truth",
        "sample-data/truth.csv",
        "--crosswalk",
        out.join("crosswalk.csv").to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let f1 = |level: &str| v[level]["pairwise"]["f1"].as_f64().unwrap();
    (f1("persons"), f1("families"))
}

/// The bundled estate holds people no source groups (front-door contacts
/// without a Family ID, siblings referred together): the shared_address
/// and siblings_together rules place them, and families F1 rises with them
/// while the persons are untouched.
#[test]
fn rules_for_ungrouped_people_raise_families_f1_on_the_estate() {
    let dir = util::tempdir();
    let on = families_f1(&dir.path().join("on"), &|t| t);
    let off = families_f1(&dir.path().join("off"), &|t| {
        t.replace("shared_address = true", "shared_address = false")
            .replace("siblings_together = true", "siblings_together = false")
    });
    assert_eq!(on.0, off.0, "family rules do not move persons");
    assert!(
        on.1 > off.1,
        "families F1 with the rules {} > without {}",
        on.1,
        off.1
    );
}
