//! Staged runs over a frozen extract: a second run reuses every source's
//! staged extract (counted, not timed) and reports the same; a mapping or
//! file change re-stages only its source; `explain` answers from the store;
//! a snapshot travels to a folder with no sources, reproduces the run, and
//! opens only with its passphrase.

use crate::util::{self, onefamily_env, read, text};
use serde_json::Value;
use std::path::Path;

const KEY: &str = "ONEFAMILY_SNAPSHOT_KEY";

fn run(project: &Path, out: &Path, target: &Path, extra: &[&str], env: &[(&str, &str)]) -> Value {
    let target = format!("sqlite://{}", target.display());
    let mut args = vec![
        "--quiet",
        "run",
        "--project",
        project.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--target",
        &target,
    ];
    args.extend(extra);
    let o = onefamily_env(&args, env);
    assert!(matches!(o.status.code(), Some(0) | Some(1)), "{}", text(&o));
    serde_json::from_str(&read(&out.join("report.json"))).unwrap()
}

/// The report without what names the moment and the target of a run, and
/// without what says how each extract came (compared on its own).
fn comparable(report: &Value) -> Value {
    let mut v = report.clone();
    for k in ["id", "started", "finished"] {
        v["run"][k] = Value::Null;
    }
    v["load"]["target"] = Value::Null;
    v["staging"] = Value::Null;
    // The decisions file is named by its path: a moved project's differs.
    v["review"]["decisions_file"] = Value::Null;
    v
}

/// Each source's (extracted_at, fingerprint, mapping_hash): which extract it used.
fn extracts_used(report: &Value) -> Vec<(String, String, String, String)> {
    report["staging"]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap().to_string();
            (
                s("source"),
                s("extracted_at"),
                s("fingerprint"),
                s("mapping_hash"),
            )
        })
        .collect()
}

fn origins(report: &Value) -> Vec<String> {
    report["staging"]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["origin"].as_str().unwrap().to_string())
        .collect()
}

/// A copy of the bundled project's folder (mapping files, link settings,
/// decisions) in `dir/mappings`, and with `data` the estate beside it, one
/// link per file so a test can replace one.
fn copy_project(dir: &Path, data: bool) -> std::path::PathBuf {
    let root = util::root();
    let to = dir.join("mappings");
    copy_dir(&root.join("mappings"), &to);
    if data {
        let d = dir.join("sample-data");
        std::fs::create_dir_all(&d).unwrap();
        for e in std::fs::read_dir(root.join("sample-data")).unwrap() {
            let e = e.unwrap();
            if e.path().is_file() {
                std::os::unix::fs::symlink(e.path(), d.join(e.file_name())).unwrap();
            }
        }
    }
    to.join("project.toml")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn a_second_run_reads_no_source_and_reports_the_same() {
    let dir = util::tempdir();
    let d = dir.path();
    let project = util::root().join("mappings/project.toml");
    let out = d.join("out");
    let first = run(&project, &out, &d.join("a.db"), &[], &[]);
    let crosswalk = read(&out.join("crosswalk.csv"));
    assert_eq!(
        first["staging"]["sources_read"], 8,
        "{:#}",
        first["staging"]
    );
    assert!(origins(&first).iter().all(|o| o == "extracted"));

    let second = run(&project, &out, &d.join("b.db"), &[], &[]);
    assert_eq!(
        second["staging"]["sources_read"], 0,
        "{:#}",
        second["staging"]
    );
    assert!(origins(&second).iter().all(|o| o == "reused"));
    let note = second["staging"]["sources"][2]["note"].as_str().unwrap();
    assert!(
        note.starts_with("family_support: reused extract of 20")
            && note.ends_with("mapping unchanged"),
        "{note}"
    );
    // timings.json counts it too: every source span says where it came from.
    let timings: Value = serde_json::from_str(&read(&out.join("timings.json"))).unwrap();
    let sources = timings["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 8);
    assert!(
        sources.iter().all(|s| s["origin"] == "reused"),
        "{sources:?}"
    );
    // The same extracts, and everything else the same.
    assert_eq!(extracts_used(&first), extracts_used(&second));
    assert_eq!(crosswalk, read(&out.join("crosswalk.csv")));
    assert_eq!(comparable(&first), comparable(&second));
    let html = read(&out.join("report.html"));
    assert!(
        html.contains("family_support: reused extract of"),
        "the page says so"
    );

    // --refresh reads every source again.
    let third = run(&project, &out, &d.join("c.db"), &["--refresh"], &[]);
    assert_eq!(third["staging"]["sources_read"], 8);
    assert_eq!(crosswalk, read(&out.join("crosswalk.csv")));
}

fn extract(project: &Path, out: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "--quiet",
        "extract",
        "--project",
        project.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    let o = onefamily_env(&args, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn manifest(out: &Path, source: &str) -> Value {
    serde_json::from_str(&read(&out.join("stage").join(source).join("manifest.json"))).unwrap()
}

#[test]
fn a_changed_mapping_or_file_restages_only_its_source() {
    let dir = util::tempdir();
    let project = copy_project(dir.path(), true);
    let out = dir.path().join("out");
    let said = extract(&project, &out, &[]);
    assert!(said.contains("8 sources read, 0 reused"), "{said}");
    let before: Vec<Value> = ["family_support", "front_door", "targeted_youth"]
        .iter()
        .map(|s| manifest(&out, s))
        .collect();

    // A comment in one mapping changes its hash, not what it reads.
    let fs = dir.path().join("mappings/family_support.toml");
    let mut text = read(&fs);
    text.push_str("\n# reviewed\n");
    std::fs::write(&fs, text).unwrap();
    let said = extract(&project, &out, &[]);
    assert!(said.contains("1 sources read, 7 reused"), "{said}");
    assert!(said.contains("family_support: extracted"), "{said}");
    assert!(said.contains("front_door: reused extract of"), "{said}");
    let fs_after = manifest(&out, "family_support");
    assert_ne!(fs_after["mapping_hash"], before[0]["mapping_hash"]);
    assert_eq!(fs_after["fingerprint"], before[0]["fingerprint"]);
    assert_eq!(manifest(&out, "front_door"), before[1], "untouched");

    // A source file changed: that source's fingerprint, and only it.
    let csv = dir.path().join("sample-data/targeted_youth_support.csv");
    let bytes = std::fs::read(&csv).unwrap();
    std::fs::remove_file(&csv).unwrap();
    std::fs::write(&csv, [bytes.as_slice(), b"\n"].concat()).unwrap();
    let said = extract(&project, &out, &[]);
    assert!(said.contains("1 sources read, 7 reused"), "{said}");
    assert!(said.contains("targeted_youth: extracted"), "{said}");
    assert_ne!(
        manifest(&out, "targeted_youth")["fingerprint"],
        before[2]["fingerprint"]
    );

    // One source on demand.
    let said = extract(&project, &out, &["--source", "front_door", "--refresh"]);
    assert!(said.contains("1 sources read, 0 reused"), "{said}");
    assert_eq!(said.lines().count(), 2, "{said}");
}

/// Two records of one true person from different sources.
fn a_pair() -> (String, String) {
    let truth = read(&util::root().join("sample-data/truth.csv"));
    let mut by_person: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for line in truth.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        by_person
            .entry(f[2])
            .or_default()
            .push(format!("{}:{}", f[0], f[1]));
    }
    let v = by_person.values().find(|v| v.len() >= 2).unwrap();
    (v[0].clone(), v[1].clone())
}

#[tokio::test]
async fn explain_answers_from_the_store_without_extracting() {
    let dir = util::tempdir();
    let project = util::root().join("mappings/project.toml");
    let opts = onefamily::pipeline::ExplainOptions {
        model: None,
        out: dir.path().join("out"),
        refresh: false,
    };
    let (a, b) = a_pair();
    // A record of no source is said at once: nothing is read for it.
    for bad in ["nosuch:1", "no colon"] {
        let e = onefamily::pipeline::explain(&project, &opts, &a, bad)
            .await
            .err()
            .unwrap()
            .to_string();
        assert!(
            e.contains("no source named") || e.contains("source:key"),
            "{e}"
        );
        assert!(!opts.out.join("stage").exists(), "no source read");
    }
    // No store yet: it reads every source, and keeps them.
    let first = onefamily::pipeline::explain(&project, &opts, &a, &b)
        .await
        .unwrap();
    assert_eq!(first.staging.sources_read, 8);
    let second = onefamily::pipeline::explain(&project, &opts, &a, &b)
        .await
        .unwrap();
    assert_eq!(second.staging.sources_read, 0, "answered from the store");
    assert_eq!(second.staging.sources.len(), 8);
    assert_eq!(
        serde_json::to_string(&first.explanation).unwrap(),
        serde_json::to_string(&second.explanation).unwrap()
    );
}

/// After a link, `explain` answers from the store and the link's term
/// frequencies alone (two records read, nothing else standardised), and
/// its weights are those of a full relink with every source re-read: for a
/// pair the link joined and for a pair it did not.
#[tokio::test]
async fn explain_from_the_store_scores_as_a_relink() {
    let dir = util::tempdir();
    let project = util::root().join("mappings/project.toml");
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
    assert!(out.join("link/terms.bin").is_file());
    // A linked pair (one person, two sources) and a pair the link kept apart.
    let crosswalk = read(&out.join("crosswalk.csv"));
    let rows: Vec<Vec<&str>> = crosswalk
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    let linked = rows
        .iter()
        .find_map(|a| {
            rows.iter()
                .find(|b| b[2] == a[2] && b[0] != a[0])
                .map(|b| (format!("{}:{}", a[0], a[1]), format!("{}:{}", b[0], b[1])))
        })
        .unwrap();
    let apart = rows
        .iter()
        .find(|b| b[2] != rows[0][2] && b[0] != rows[0][0])
        .map(|b| {
            (
                format!("{}:{}", rows[0][0], rows[0][1]),
                format!("{}:{}", b[0], b[1]),
            )
        })
        .unwrap();
    for (a, b) in [linked, apart] {
        let opts = onefamily::pipeline::ExplainOptions {
            model: None,
            out: out.clone(),
            refresh: false,
        };
        let quick = onefamily::pipeline::explain(&project, &opts, &a, &b)
            .await
            .unwrap();
        assert!(!quick.whole_estate, "answered from the store and the link");
        assert_eq!(quick.staging.sources_read, 0);
        let refresh = onefamily::pipeline::ExplainOptions {
            refresh: true,
            ..opts
        };
        let full = onefamily::pipeline::explain(&project, &refresh, &a, &b)
            .await
            .unwrap();
        assert!(full.whole_estate);
        assert_eq!(full.staging.sources_read, 8);
        assert_eq!(
            serde_json::to_string(&quick.explanation).unwrap(),
            serde_json::to_string(&full.explanation).unwrap(),
            "{a} {b}"
        );
    }
    // A link settings change leaves the link's term frequencies stale: the
    // whole estate answers (and says why in the log).
    let moved = copy_project(dir.path(), true);
    let settings = moved.with_file_name("link.toml");
    let mut text_of = read(&settings);
    text_of.push_str("\n# edited\n");
    std::fs::write(&settings, text_of).unwrap();
    let opts = onefamily::pipeline::ExplainOptions {
        model: None,
        out: out.clone(),
        refresh: false,
    };
    let (a, b) = a_pair();
    let e = onefamily::pipeline::explain(&moved, &opts, &a, &b)
        .await
        .unwrap();
    assert!(e.whole_estate);
}

#[test]
fn a_snapshot_travels_and_opens_only_with_its_passphrase() {
    let dir = util::tempdir();
    let here = dir.path().join("here");
    let project = util::root().join("mappings/project.toml");
    let snap = here.join("estate.snapshot");
    let key = "a long passphrase for the test";

    // No passphrase: refused before any source is read.
    let o = onefamily_env(
        &[
            "extract",
            "--project",
            project.to_str().unwrap(),
            "--out",
            here.join("out").to_str().unwrap(),
            "--snapshot",
            snap.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains(KEY), "{}", text(&o));
    assert!(!here.join("out/stage").exists());

    let o = onefamily_env(
        &[
            "--quiet",
            "extract",
            "--project",
            project.to_str().unwrap(),
            "--out",
            here.join("out").to_str().unwrap(),
            "--snapshot",
            snap.to_str().unwrap(),
        ],
        &[(KEY, key)],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let raw = std::fs::read(&snap).unwrap();
    assert!(
        !raw.windows(14).any(|w| w == b"family_support"),
        "nothing readable in the snapshot"
    );
    let original = run(&project, &here.join("out"), &here.join("a.db"), &[], &[]);
    let crosswalk = read(&here.join("out/crosswalk.csv"));

    // A fresh folder: the project's files and the snapshot, no sources.
    let there = dir.path().join("there");
    let moved = copy_project(&there, false);
    std::fs::copy(&snap, there.join("estate.snapshot")).unwrap();
    let snap = there.join("estate.snapshot");
    let args = |out: &str| -> Vec<String> {
        vec![
            "run".into(),
            "--project".into(),
            moved.to_str().unwrap().into(),
            "--out".into(),
            there.join(out).to_str().unwrap().into(),
            "--snapshot".into(),
            snap.to_str().unwrap().into(),
        ]
    };
    for (env, want) in [
        (vec![], KEY),
        (vec![(KEY, "not the passphrase")], "wrong passphrase"),
    ] {
        let a = args("refused");
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let o = onefamily_env(&a, &env);
        assert_eq!(o.status.code(), Some(2), "{}", text(&o));
        assert!(text(&o).contains(want), "{}", text(&o));
        assert!(!text(&o).contains("panicked"), "{}", text(&o));
        assert!(!there.join("refused/report.json").exists());
    }
    let out = there.join("out");
    let travelled = run(
        &moved,
        &out,
        &there.join("b.db"),
        &["--snapshot", snap.to_str().unwrap()],
        &[(KEY, key)],
    );
    assert_eq!(travelled["staging"]["sources_read"], 0);
    assert!(origins(&travelled).iter().all(|o| o == "snapshot"));
    assert_eq!(travelled["staging"]["snapshot"], "estate.snapshot");
    assert_eq!(extracts_used(&original), extracts_used(&travelled));
    assert_eq!(crosswalk, read(&out.join("crosswalk.csv")), "byte for byte");
    assert_eq!(comparable(&original), comparable(&travelled));

    // `link --snapshot` then `load --snapshot` in another fresh folder: no
    // source read, the load reuses the link, and the same crosswalk.
    let staged = there.join("staged");
    let with = ["--snapshot", snap.to_str().unwrap()];
    let o = onefamily_env(
        &[
            "--quiet",
            "link",
            "--project",
            moved.to_str().unwrap(),
            "--out",
            staged.to_str().unwrap(),
            with[0],
            with[1],
        ],
        &[(KEY, key)],
    );
    assert!(o.status.success(), "{}", text(&o));
    let target = format!("sqlite://{}", there.join("c.db").display());
    let load = |extra: &[&str], env: &[(&str, &str)]| {
        let mut a = vec![
            "--quiet",
            "load",
            "--project",
            moved.to_str().unwrap(),
            "--out",
            staged.to_str().unwrap(),
            "--target",
            &target,
        ];
        a.extend(extra);
        onefamily_env(&a, env)
    };
    let o = load(&with, &[]);
    assert_eq!(o.status.code(), Some(2), "no passphrase: {}", text(&o));
    assert!(text(&o).contains(KEY), "{}", text(&o));
    let o = load(&with, &[(KEY, key)]);
    assert!(matches!(o.status.code(), Some(0) | Some(1)), "{}", text(&o));
    let loaded: Value = serde_json::from_str(&read(&staged.join("report.json"))).unwrap();
    assert_eq!(loaded["staging"]["sources_read"], 0);
    assert!(origins(&loaded).iter().all(|o| o == "snapshot"));
    assert_eq!(loaded["staging"]["snapshot"], "estate.snapshot");
    assert_eq!(loaded["staging"]["link"]["origin"], "reused");
    assert_eq!(crosswalk, read(&staged.join("crosswalk.csv")));
    assert_eq!(comparable(&original), comparable(&loaded));
    let o = load(
        &["--snapshot", snap.to_str().unwrap(), "--refresh"],
        &[(KEY, key)],
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}

/// Every table of an SQLite target but the run ledger, each row's columns
/// as text, sorted, without the columns that name the run that wrote a row.
async fn target_rows(db: &Path) -> std::collections::BTreeMap<String, Vec<Vec<Option<String>>>> {
    use sqlx::{Connection, Row as _};
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
        .await
        .unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_sqlx%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' AND name <> 'migration_run'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert!(tables.len() > 10, "{tables:?}");
    let mut out = std::collections::BTreeMap::new();
    for t in tables {
        let cols: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT name FROM pragma_table_info('{t}') ORDER BY cid"
        )))
        .fetch_all(&mut conn)
        .await
        .unwrap();
        let cols: Vec<String> = cols
            .into_iter()
            .filter(|c| !["first_run", "last_run", "retired_run"].contains(&c.as_str()))
            .collect();
        let sel = cols
            .iter()
            .map(|c| format!("CAST({c} AS TEXT)"))
            .collect::<Vec<_>>()
            .join(", ");
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {sel} FROM {t}")))
            .fetch_all(&mut conn)
            .await
            .unwrap();
        let mut rows: Vec<Vec<Option<String>>> = rows
            .iter()
            .map(|r| (0..cols.len()).map(|i| r.get(i)).collect())
            .collect();
        rows.sort();
        out.insert(t, rows);
    }
    out
}

fn stage_command(
    command: &str,
    project: &Path,
    out: &Path,
    extra: &[&str],
) -> std::process::Output {
    let mut args = vec![
        "--quiet",
        command,
        "--project",
        project.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    onefamily_env(&args, &[])
}

/// `extract; link; load` gives what `run` gives: the same crosswalk,
/// rejects, report and target rows; `load` reads no source and does not
/// link again (the report's staging says so); a link settings change after
/// the link makes `load` link again and say why.
#[tokio::test]
async fn extract_link_load_gives_what_run_gives() {
    let dir = util::tempdir();
    let d = dir.path();
    let project = copy_project(d, true);
    let whole = d.join("whole");
    let ran = run(&project, &whole, &d.join("run.db"), &[], &[]);
    assert!(
        whole.join("link/clusters.bin").is_file(),
        "run keeps its link"
    );

    let staged = d.join("staged");
    let said = extract(&project, &staged, &[]);
    assert!(said.contains("8 sources read"), "{said}");
    let o = stage_command("link", &project, &staged, &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(staged.join("link/clusters.bin").is_file());
    let target = format!("sqlite://{}", d.join("load.db").display());
    let o = stage_command("load", &project, &staged, &["--target", &target]);
    assert!(matches!(o.status.code(), Some(0) | Some(1)), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("Link: reused the stored link"),
        "{}",
        text(&o)
    );
    let loaded: Value = serde_json::from_str(&read(&staged.join("report.json"))).unwrap();
    assert_eq!(
        loaded["staging"]["sources_read"], 0,
        "{:#}",
        loaded["staging"]
    );
    assert_eq!(loaded["staging"]["link"]["origin"], "reused");
    assert_eq!(ran["staging"]["link"]["origin"], "linked");
    for f in ["crosswalk.csv", "rejects.csv"] {
        assert_eq!(read(&whole.join(f)), read(&staged.join(f)), "{f}");
    }
    assert_eq!(comparable(&ran), comparable(&loaded));
    let rows = target_rows(&d.join("run.db")).await;
    assert!(rows["person"].len() > 100);
    assert_eq!(rows, target_rows(&d.join("load.db")).await);

    // Link settings edited after the link: the stored link is stale, so
    // `load` links again, says why, and loads what a run would.
    let settings = project.with_file_name("link.toml");
    let mut edited = read(&settings);
    edited.push_str("\n# reviewed by the data team\n");
    std::fs::write(&settings, edited).unwrap();
    let target = format!("sqlite://{}", d.join("again.db").display());
    let o = stage_command("load", &project, &staged, &["--target", &target]);
    assert!(matches!(o.status.code(), Some(0) | Some(1)), "{}", text(&o));
    let again: Value = serde_json::from_str(&read(&staged.join("report.json"))).unwrap();
    assert_eq!(again["staging"]["sources_read"], 0);
    assert_eq!(again["staging"]["link"]["origin"], "linked");
    let note = again["staging"]["link"]["note"].as_str().unwrap();
    assert!(note.contains("link settings changed"), "{note}");
    assert_eq!(
        read(&whole.join("crosswalk.csv")),
        read(&staged.join("crosswalk.csv"))
    );
    // …and leaves a fresh link: the next load reuses it.
    let target = format!("sqlite://{}", d.join("third.db").display());
    let o = stage_command("load", &project, &staged, &["--target", &target]);
    assert!(matches!(o.status.code(), Some(0) | Some(1)), "{}", text(&o));
    let third: Value = serde_json::from_str(&read(&staged.join("report.json"))).unwrap();
    assert_eq!(third["staging"]["link"]["origin"], "reused");

    // `load --refresh` reads every source again; the extracts come out the
    // same bytes, so the stored link still fits and is reused.
    let target = format!("sqlite://{}", d.join("fourth.db").display());
    let o = stage_command(
        "load",
        &project,
        &staged,
        &["--target", &target, "--refresh"],
    );
    assert!(matches!(o.status.code(), Some(0) | Some(1)), "{}", text(&o));
    let fourth: Value = serde_json::from_str(&read(&staged.join("report.json"))).unwrap();
    assert_eq!(fourth["staging"]["sources_read"], 8);
    assert!(origins(&fourth).iter().all(|o| o == "extracted"));
    assert_eq!(fourth["staging"]["link"]["origin"], "reused");
    assert_eq!(
        read(&whole.join("crosswalk.csv")),
        read(&staged.join("crosswalk.csv"))
    );

    // The decisions file edited (a sheet imported): the link is stale, but
    // training would give the last link's model again, so `load` links
    // with it and trains nothing.
    let decisions = project.with_file_name("decisions.csv");
    let mut edited = read(&decisions);
    edited.push('\n');
    std::fs::write(&decisions, edited).unwrap();
    let target = format!("sqlite://{}", d.join("fifth.db").display());
    let o = stage_command("load", &project, &staged, &["--target", &target]);
    assert!(matches!(o.status.code(), Some(0) | Some(1)), "{}", text(&o));
    let fifth: Value = serde_json::from_str(&read(&staged.join("report.json"))).unwrap();
    assert_eq!(fifth["staging"]["link"]["origin"], "linked");
    let note = fifth["staging"]["link"]["note"].as_str().unwrap();
    assert!(note.contains("decisions file changed"), "{note}");
    assert!(note.contains("model reused"), "{note}");
    let timings = read(&staged.join("timings.json"));
    assert!(timings.contains("\"scoring\""), "{timings}");
    assert!(!timings.contains("\"training\""), "{timings}");
    assert_eq!(
        read(&whole.join("crosswalk.csv")),
        read(&staged.join("crosswalk.csv"))
    );
    assert_eq!(comparable(&ran)["linkage"], comparable(&fifth)["linkage"]);
}

/// After a link, `explain-family` and `review export` answer from the
/// views the link left (no extract read), and without them from the
/// stored link (no candidate pair scored, nothing clustered), and say the
/// same as a full relink with every source re-read; a stale view is not
/// used.
#[tokio::test]
async fn explain_family_and_review_export_answer_from_the_stored_link() {
    let dir = util::tempdir();
    let project = copy_project(dir.path(), true);
    let out = dir.path().join("out");
    let o = stage_command("link", &project, &out, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let opts = onefamily::pipeline::ExplainOptions {
        model: None,
        out: out.clone(),
        refresh: false,
    };
    let refresh = onefamily::pipeline::ExplainOptions {
        refresh: true,
        ..opts.clone()
    };
    let (a, _) = a_pair();
    let p = project.as_path();
    let family = |opts: onefamily::pipeline::ExplainOptions, spec: String| async move {
        let e = onefamily::pipeline::explain_family(p, &opts, &spec)
            .await
            .unwrap();
        let text = (
            serde_json::to_string(&e.explanation).unwrap(),
            e.explanation.to_string(),
        );
        (
            text,
            e.whole_estate,
            e.extracts_read,
            e.staging.sources_read,
        )
    };
    // Families named by a record (with joins, several groupings) and by
    // their IDs, among them one formed by a placement rule if there is one.
    let crosswalk = read(&out.join("crosswalk.csv"));
    let mut specs = vec![a.clone()];
    let ids: std::collections::BTreeSet<&str> = crosswalk
        .lines()
        .skip(1)
        .filter_map(|l| l.rsplit(',').next())
        .collect();
    specs.extend(ids.iter().step_by(ids.len() / 5 + 1).map(|s| s.to_string()));
    assert!(specs.len() >= 5, "{specs:?}");
    let mut joined = 0;
    for spec in &specs {
        let (quick, whole, read_all, sources_read) = family(opts.clone(), spec.clone()).await;
        assert!(!whole && !read_all, "from the family view: {spec}");
        assert_eq!(sources_read, 0);
        let (full, whole, _, _) = family(refresh.clone(), spec.clone()).await;
        assert!(whole);
        assert_eq!(quick, full, "{spec}");
        joined += quick.1.contains("How they joined:") as usize;
    }
    assert!(
        joined > 0,
        "some family explained was joined from groupings"
    );
    // A family not there is an error from the view as from the full path.
    let missing = onefamily::pipeline::explain_family(&project, &opts, "F0000")
        .await
        .err()
        .unwrap()
        .to_string();
    assert!(missing.contains("no family \"F0000\""), "{missing}");

    let quick = onefamily::pipeline::review_export(&project, &opts)
        .await
        .unwrap();
    assert!(!quick.whole_estate && !quick.extracts_read, "from the view");
    assert!(quick.pairs > 0);
    let sheet = read(&out.join("review.csv"));
    let full = onefamily::pipeline::review_export(&project, &refresh)
        .await
        .unwrap();
    assert!(full.whole_estate);
    assert_eq!((quick.pairs, quick.band), (full.pairs, full.band));
    assert_eq!(sheet, read(&out.join("review.csv")));

    // A view torn inside its rows (its head whole) is found out as the
    // rows are written: then the stored link answers, with the same sheet.
    let view = out.join("link").join("review.bin");
    let whole_view = std::fs::read(&view).unwrap();
    let mut torn = whole_view.clone();
    // The first row's length: past the magic, three sizes and the head.
    let head = u64::from_le_bytes(torn[8..16].try_into().unwrap()) as usize;
    torn[32 + head] ^= 0xff;
    std::fs::write(&view, &torn).unwrap();
    let again = onefamily::pipeline::review_export(&project, &opts)
        .await
        .unwrap();
    assert!(!again.whole_estate && again.extracts_read, "from the link");
    assert_eq!(sheet, read(&out.join("review.csv")));
    std::fs::write(&view, &whole_view).unwrap();

    // Without the views: from the stored link, the same answers.
    for view in ["families.bin", "review.bin"] {
        std::fs::remove_file(out.join("link").join(view)).unwrap();
    }
    let (stored, whole, read_all, _) = family(opts.clone(), a.clone()).await;
    assert!(!whole && read_all, "from the stored link's clusters");
    assert_eq!(stored, family(refresh.clone(), a.clone()).await.0);
    let again = onefamily::pipeline::review_export(&project, &opts)
        .await
        .unwrap();
    assert!(!again.whole_estate && again.extracts_read);
    assert_eq!(sheet, read(&out.join("review.csv")));

    // A stale view is not used: a new link leaves fresh views, then the
    // decisions file changes and the answer comes from a full relink.
    let o = stage_command("link", &project, &out, &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(!family(opts.clone(), a.clone()).await.2, "fresh views");
    let decisions = project.with_file_name("decisions.csv");
    let mut edited = std::fs::read_to_string(&decisions).unwrap_or_default();
    edited.push('\n');
    std::fs::write(&decisions, edited).unwrap();
    let (_, whole, _, _) = family(opts.clone(), a.clone()).await;
    assert!(whole, "the views and the stored link are stale");
    let stale = onefamily::pipeline::review_export(&project, &opts)
        .await
        .unwrap();
    assert!(stale.whole_estate);
}
