//! Clerical review on the bundled estate, end to end: export the review
//! band, fill the sheet from the truth as a reviewer would (in a re-ordered,
//! partly deleted copy), import it into a copy of the mappings, and re-run:
//! the decided pairs come out as decided, person F1 rises, a second import
//! changes nothing, and the target holds the decisions.

use crate::util::{self, onefamily, read, text};
use calamine::{Data, Reader};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A copy of the committed mappings beside a link to the sample data, so
/// the project's relative paths hold and nothing committed is touched.
fn project_copy(dir: &Path) -> PathBuf {
    let mappings = dir.join("mappings");
    std::fs::create_dir_all(&mappings).unwrap();
    for entry in std::fs::read_dir(util::root().join("mappings")).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, mappings.join(p.file_name().unwrap())).unwrap();
        }
    }
    std::os::unix::fs::symlink(util::root().join("sample-data"), dir.join("sample-data")).unwrap();
    mappings.join("project.toml")
}

fn run(args: &[&str]) -> String {
    let o = onefamily(args);
    assert!(o.status.code().is_some_and(|c| c <= 1), "{}", text(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// `source:key` → true person id.
fn truth() -> HashMap<String, String> {
    read(&util::root().join("sample-data/truth.csv"))
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (format!("{}:{}", f[0], f[1]), f[2].to_string())
        })
        .collect()
}

/// `source:key` → person id in a crosswalk.
fn crosswalk(path: &Path) -> HashMap<String, String> {
    read(path)
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (format!("{}:{}", f[0], f[1]), f[2].to_string())
        })
        .collect()
}

fn person_f1(out: &Path) -> f64 {
    onefamily::evaluate::evaluate(
        &util::root().join("sample-data/truth.csv"),
        &out.join("crosswalk.csv"),
    )
    .unwrap()
    .persons
    .pairwise
    .f1
}

fn cell(c: &Data) -> String {
    match c {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[test]
fn decisions_from_the_sheet_are_replayed_and_raise_f1() {
    let dir = util::tempdir();
    let project = project_copy(dir.path());
    let p = project.to_str().unwrap();
    let before = dir.path().join("before");
    let b = before.to_str().unwrap();
    run(&["--quiet", "link", "--project", p, "--out", b]);
    let f1_before = person_f1(&before);

    // Export: one row per pair of the band, strongest first.
    // A saved model reproduces the run: train once.
    let model = before.join("model.json");
    let m = model.to_str().unwrap();
    let said = run(&[
        "--quiet",
        "review",
        "export",
        "--project",
        p,
        "--out",
        b,
        "--model",
        m,
    ]);
    assert!(said.contains("pairs to review"), "{said}");
    let mut book = calamine::open_workbook_auto(before.join("review.xlsx")).unwrap();
    let sheet = book.worksheet_range("Review").unwrap();
    let rows: Vec<Vec<String>> = sheet.rows().map(|r| r.iter().map(cell).collect()).collect();
    let header = rows[0].clone();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name} in {header:?}"))
    };
    let (left, right, decision, prob) = (
        col("left"),
        col("right"),
        col("Decision"),
        col("Probability"),
    );
    for name in [
        "L given name",
        "R family name",
        "L date of birth",
        "For",
        "Against",
    ] {
        col(name);
    }
    let pairs = &rows[1..];
    assert!(
        pairs.len() >= 20,
        "a review band to work on: {} pairs",
        pairs.len()
    );
    // Issue 16: the Instructions sheet gives the band's size and the
    // model's estimate of the same persons in it; the Families sheet lists
    // the members of implausible families, as many as it says.
    let names = book.sheet_names();
    assert_eq!(names, ["Review", "Families", "Instructions"]);
    let help: Vec<String> = book
        .worksheet_range("Instructions")
        .unwrap()
        .rows()
        .map(|r| r.iter().map(cell).collect::<String>())
        .collect();
    let size = help.iter().find(|l| l.starts_with("This sheet: ")).unwrap();
    assert!(
        size.starts_with(&format!("This sheet: {} pairs to decide", pairs.len())),
        "{size}"
    );
    assert!(size.contains("the model expects about"), "{size}");
    let families: Vec<Vec<String>> = book
        .worksheet_range("Families")
        .unwrap()
        .rows()
        .map(|r| r.iter().map(cell).collect())
        .collect();
    assert_eq!(
        families[0][..3],
        ["family", "why to split", "role"].map(String::from)
    );
    let distinct: std::collections::BTreeSet<&str> =
        families[1..].iter().map(|r| r[0].as_str()).collect();
    assert!(
        size.contains(&format!("lists {} families to check", distinct.len())),
        "{size}"
    );
    assert!(families[1..]
        .iter()
        .all(|r| !r[1].is_empty() && !r[5].is_empty()));
    let csv_rows = read(&before.join("review.csv")).lines().count() - 1;
    assert_eq!(csv_rows, pairs.len(), "the CSV holds the same rows");
    // Most consequential first (a Same joining two families with open
    // cases or two lead workers, then one that moves a child's
    // identifiers), then most uncertain first.
    let (if_same, weight) = (col("If Same"), col("Match weight"));
    let rank = |r: &Vec<String>| {
        let c = &r[if_same];
        if c.contains("open cases") || c.contains("lead workers") {
            0
        } else if c.contains("a child's NHS number or UPN") {
            1
        } else if c.starts_with("Same joins two families") {
            2
        } else if c.starts_with("Same merges") {
            3
        } else {
            4
        }
    };
    let w_of = |r: &Vec<String>| r[weight].parse::<f64>().unwrap().abs();
    assert!(
        pairs
            .windows(2)
            .all(|w| (rank(&w[0]), w_of(&w[0])) <= (rank(&w[1]), w_of(&w[1]))),
        "sorted by consequence, then uncertainty"
    );
    assert!(
        pairs.iter().any(|r| rank(r) == 0),
        "some pairs join open families"
    );
    assert!(pairs
        .iter()
        .all(|r| (0.0..=1.0).contains(&r[prob].parse::<f64>().unwrap())));

    // Fill from the truth, in a copy whose rows are reversed and whose
    // first row is deleted: import must go by the keys.
    let truth = truth();
    let mut filled = rust_xlsxwriter::Workbook::new();
    let ws = filled.add_worksheet();
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, h).unwrap();
    }
    let mut expected: Vec<(String, String, bool)> = Vec::new();
    for (i, r) in pairs.iter().skip(1).rev().enumerate() {
        let same = truth[&r[left]] == truth[&r[right]];
        expected.push((r[left].clone(), r[right].clone(), same));
        for (c, v) in r.iter().enumerate() {
            ws.write_string(i as u32 + 1, c as u16, v).unwrap();
        }
        let verdict = if same { "Same" } else { "Different" };
        ws.write_string(i as u32 + 1, decision as u16, verdict)
            .unwrap();
    }
    let filled_path = dir.path().join("filled.xlsx");
    filled.save(&filled_path).unwrap();
    let f = filled_path.to_str().unwrap();
    let said = run(&[
        "--quiet",
        "review",
        "import",
        f,
        "--project",
        p,
        "--reviewer",
        "Test Reviewer",
    ]);
    assert!(
        said.contains(&format!("{} added", expected.len())),
        "{said}"
    );
    let decisions_path = dir.path().join("mappings/decisions.csv");
    let recorded = read(&decisions_path);
    assert_eq!(recorded.lines().count(), expected.len() + 1);
    assert!(recorded.contains("Test Reviewer"));

    // The same sheet again: nothing changes, to the byte.
    let said = run(&["--quiet", "review", "import", f, "--project", p]);
    assert!(said.contains("0 added, 0 replaced"), "{said}");
    assert_eq!(read(&decisions_path), recorded);

    // Re-run: every decided pair comes out as decided.
    let after = dir.path().join("after");
    let a = after.to_str().unwrap();
    run(&["--quiet", "run", "--project", p, "--out", a, "--model", m]);
    let xw = crosswalk(&after.join("crosswalk.csv"));
    let report: serde_json::Value =
        serde_json::from_str(&read(&after.join("report.json"))).unwrap();
    let review = &report["review"];
    assert_eq!(review["decisions_read"], expected.len() as u64, "{review}");
    assert_eq!(review["stale_count"], 0, "{review}");
    let conflicts = review["conflict_count"].as_u64().unwrap();
    let mut wrong = 0;
    for (l, r, same) in &expected {
        if (xw[l] == xw[r]) != *same {
            wrong += 1;
        }
    }
    assert_eq!(
        wrong, conflicts,
        "only decisions reported in conflict may come out otherwise"
    );
    let f1_after = person_f1(&after);
    assert!(
        f1_after > f1_before,
        "person F1 {f1_before:.4} → {f1_after:.4}"
    );

    // The target holds the decisions.
    assert_eq!(
        report["load"]["tables"]["review_decision"]["inserted"],
        expected.len() as u64
    );

    // Against the labels: the run that applied them agrees with them; the
    // model on its own (the run before) is what they measure.
    let labels = decisions_path.to_str().unwrap();
    let scored = |out: &Path| -> serde_json::Value {
        let xw = out.join("crosswalk.csv");
        let o = onefamily(&[
            "evaluate",
            "--labels",
            labels,
            "--crosswalk",
            xw.to_str().unwrap(),
            "--json",
        ]);
        assert!(o.status.success(), "{}", text(&o));
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let model_alone = scored(&before);
    assert_eq!(model_alone["labelled_pairs"], expected.len() as u64);
    assert!(model_alone["scores"]["recall"].as_f64().unwrap() < 1.0);
    let replayed = scored(&after);
    assert_eq!(
        replayed["false_negatives"].as_u64().unwrap()
            + replayed["false_positives"].as_u64().unwrap(),
        conflicts
    );

    // --ignore-decisions gives back the model's own crosswalk.
    let ignored = dir.path().join("ignored");
    run(&[
        "--quiet",
        "link",
        "--project",
        p,
        "--out",
        ignored.to_str().unwrap(),
        "--model",
        m,
        "--ignore-decisions",
    ]);
    assert_eq!(
        read(&ignored.join("crosswalk.csv")),
        read(&before.join("crosswalk.csv"))
    );
}

#[test]
fn a_bad_sheet_is_refused_whole_with_exit_2() {
    let dir = util::tempdir();
    let project = project_copy(dir.path());
    let decisions = dir.path().join("mappings/decisions.csv");
    let committed = read(&decisions);
    let sheet = dir.path().join("bad.csv");
    std::fs::write(
        &sheet,
        "left,right,Decision,Reviewer\n\
         childrens_centres:100001,youth_offending:1,Same,R\n\
         childrens_centres:100002,youth_offending:2,Perhaps,R\n",
    )
    .unwrap();
    let o = onefamily(&[
        "review",
        "import",
        sheet.to_str().unwrap(),
        "--project",
        project.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bad.csv:3")
            && err.contains("not one of Same, Different, Unsure")
            && !err.contains("Perhaps"),
        "{err}"
    );
    assert_eq!(read(&decisions), committed, "nothing half-applied");

    let o = onefamily(&[
        "review",
        "import",
        dir.path().join("missing.xlsx").to_str().unwrap(),
        "--project",
        project.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("missing.xlsx"));
}

#[test]
fn family_overrides_and_stale_decisions_are_applied_and_reported() {
    let dir = util::tempdir();
    let project = project_copy(dir.path());
    let p = project.to_str().unwrap();
    let before = dir.path().join("before");
    run(&[
        "--quiet",
        "link",
        "--project",
        p,
        "--out",
        before.to_str().unwrap(),
    ]);
    // Two records of two families the model formed, and two records of one
    // source grouping (a tracker row holds a family: keys REF#1, REF#2).
    let families: HashMap<String, String> = read(&before.join("crosswalk.csv"))
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (format!("{}:{}", f[0], f[1]), f[3].to_string())
        })
        .collect();
    let mut keys: Vec<&String> = families.keys().collect();
    keys.sort();
    let a = keys[0].clone();
    let b = keys
        .iter()
        .find(|k| families[**k] != families[&a])
        .unwrap()
        .to_string();
    let tracker: Vec<&&String> = keys
        .iter()
        .filter(|k| k.starts_with("supporting_families:"))
        .collect();
    let (t1, t2) = (tracker[0].to_string(), tracker[1].to_string());
    assert_eq!(t1.split('#').next(), t2.split('#').next(), "{t1} {t2}");
    let (l, r) = if a < b { (&a, &b) } else { (&b, &a) };
    std::fs::write(
        dir.path().join("mappings/decisions.csv"),
        format!(
            "kind,left,right,decision,worker,reviewer,decided_at,comment\n\
             family_merge,{l},{r},,,M,2026-01-01T00:00:00Z,\n\
             family_split,{t1},{t2},,,M,2026-01-01T00:00:00Z,\n\
             lead_worker,{a},,,Pinned Worker,M,2026-01-01T00:00:00Z,\n\
             person,{a},front_door:NO-SUCH-KEY,same,,M,2026-01-01T00:00:00Z,\n"
        ),
    )
    .unwrap();
    let after = dir.path().join("after");
    let m = before.join("model.json");
    run(&[
        "--quiet",
        "run",
        "--project",
        p,
        "--out",
        after.to_str().unwrap(),
        "--model",
        m.to_str().unwrap(),
        "--dry-run",
    ]);
    let report: serde_json::Value =
        serde_json::from_str(&read(&after.join("report.json"))).unwrap();
    let review = &report["review"];
    assert_eq!(review["decisions_read"], 4, "{review}");
    // report.html lists what needs a person: the stale decision and the
    // split that could not be honoured.
    let html = read(&after.join("report.html"));
    assert!(
        html.contains("Clerical review decisions"),
        "no review section"
    );
    assert!(
        html.contains("<td>stale</td>"),
        "the stale decision is listed"
    );
    assert!(
        html.contains("<td>not honoured</td>"),
        "the split not honoured is listed"
    );
    assert_eq!(review["applied_family_merge"], 1, "{review}");
    assert_eq!(review["applied_lead_worker"], 1, "{review}");
    assert_eq!(review["applied_family_split"], 0, "{review}");
    assert_eq!(
        review["not_honoured"][0]["kind"], "family_split",
        "{review}"
    );
    assert_eq!(review["stale_count"], 1, "{review}");
    assert_eq!(
        review["stale"][0]["missing"][0], "front_door:NO-SUCH-KEY",
        "{review}"
    );
    let xw: HashMap<String, String> = read(&after.join("crosswalk.csv"))
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (format!("{}:{}", f[0], f[1]), f[3].to_string())
        })
        .collect();
    assert_eq!(xw[&a], xw[&b], "merged into one family");
    let before_count = families
        .values()
        .collect::<std::collections::BTreeSet<_>>()
        .len() as u64;
    assert_eq!(
        report["families"]["unified"].as_u64().unwrap() + 1,
        before_count,
        "one family fewer"
    );
}
