//! The run's CI face and its report for people: gates and exit codes with
//! their messages, the Markdown summary, and report.html rendered by a real
//! browser (headless Chromium, which must be installed: `make test`
//! installs it; the test fails, never skips, without it).

use crate::util::{self, onefamily, read, text};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// `onefamily run` on the bundled estate into an SQLite file in `dir`.
fn run(dir: &Path, extra: &[&str]) -> std::process::Output {
    let out = dir.join("out");
    let target = format!("sqlite://{}", dir.join("unified.db").display());
    let mut args = vec![
        "--quiet",
        "run",
        "--project",
        "mappings/project.toml",
        "--out",
        out.to_str().unwrap(),
        "--target",
        &target,
    ];
    args.extend_from_slice(extra);
    onefamily(&args)
}

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The bundled estate has planted bad rows: with no gate given, any reject
/// fails (exit 1); a reject rate it meets passes (exit 0); a failed gate
/// says which, with threshold and value, in the summary and report.json.
#[test]
fn gates_set_the_exit_code_and_say_why() {
    let dir = util::tempdir();
    let o = run(dir.path(), &["--dry-run"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let s = stdout(&o);
    assert!(
        s.contains("| rejected rows (none allowed without --max-reject-rate) | 0 |")
            && s.contains("**FAIL**"),
        "{s}"
    );
    // The dry run's per-table load table is on stdout.
    assert!(s.contains("### Load: what a real run would do"), "{s}");
    assert!(s.contains("| person | "), "{s}");
    assert!(
        !dir.path().join("unified.db").exists(),
        "a dry run writes nothing"
    );

    let o = run(
        dir.path(),
        &[
            "--dry-run",
            "--max-reject-rate",
            "5%",
            "--min-linked-rate",
            "0.2",
            "--min-records",
            "1000",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let s = stdout(&o);
    assert!(s.contains("**Result: passed**"), "{s}");
    let report: Value = serde_json::from_str(&read(&dir.path().join("out/report.json"))).unwrap();
    let gates = report["gates"].as_array().unwrap();
    assert_eq!(gates.len(), 3, "{gates:?}");
    assert!(gates.iter().all(|g| g["passed"] == Value::Bool(true)));

    let o = run(
        dir.path(),
        &[
            "--dry-run",
            "--max-reject-rate",
            "5%",
            "--max-reject-rate",
            "targeted_youth=0",
            "--max-reject-rate",
            "no_such_source=0.5",
            "--min-records",
            "1000000",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let s = stdout(&o);
    for line in [
        "| reject rate, all sources | ≤ 5.00% |",
        "| reject rate, source targeted_youth | ≤ 0.00% |",
        "| reject rate, source no_such_source | ≤ 50.00% | no source of that name in the project | **FAIL** |",
        "| staged person records | ≥ 1000000 |",
        "0 check(s) and 3 gate(s) failed",
    ] {
        assert!(s.contains(line), "{line}\n{s}");
    }
    let report: Value = serde_json::from_str(&read(&dir.path().join("out/report.json"))).unwrap();
    let failed: Vec<&str> = report["gates"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["passed"] == Value::Bool(false))
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        failed,
        [
            "reject rate, source targeted_youth",
            "reject rate, source no_such_source",
            "staged person records"
        ]
    );

    // A threshold that is not a rate is a usage error: exit 2, before any work.
    for bad in ["1.5", "yot=", "lots"] {
        let o = run(dir.path(), &["--max-reject-rate", bad]);
        assert_eq!(o.status.code(), Some(2), "{}", text(&o));
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("--max-reject-rate"),
            "{}",
            text(&o)
        );
    }
}

/// Headless Chromium, as Debian installs it.
const CHROMIUM: &str = "/usr/bin/chromium";

/// A real run's report.html, rendered by headless Chromium: the DOM holds
/// every section, the page logs nothing to the console (Chromium logs
/// console messages, script errors and failed loads to stderr as CONSOLE
/// lines), and it fetches nothing from the network.
#[test]
fn report_html_renders_in_chromium_without_errors() {
    assert!(
        Path::new(CHROMIUM).exists(),
        "{CHROMIUM} is missing: `make test` installs it (apt-get install -y chromium)"
    );
    let dir = util::tempdir();
    let o = run(
        dir.path(),
        &["--max-reject-rate", "5%", "--min-records", "1000"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let html_path = dir.path().join("out/report.html");
    let html = read(&html_path);
    for fetch in [
        "src=\"http",
        "href=\"http",
        "url(http",
        "@import",
        "<script",
        "<link",
    ] {
        assert!(!html.contains(fetch), "report.html must not fetch: {fetch}");
    }

    let profile = util::tempdir();
    let o = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            "--no-first-run",
            &format!("--user-data-dir={}", profile.path().display()),
            "--dump-dom",
            &format!("file://{}", html_path.display()),
        ])
        .output()
        .expect("chromium runs");
    assert!(o.status.success(), "{}", text(&o));
    let dom = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    let console: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
        .collect();
    assert!(console.is_empty(), "console messages: {console:#?}");
    for heading in [
        "<h1>onefamily: reconciliation and linkage report</h1>",
        "<h2>Reconciliation: <span class=\"ok\">balanced</span></h2>",
        "<h3>From sources to target</h3>",
        "<h3>Control totals</h3>",
        "<h2>Gates</h2>",
        "<h2>Sources</h2>",
        "<h2>Persons</h2>",
        "Match-weight distribution of candidate pairs",
        "<h2>Families</h2>",
        "Overlap between services",
        "<h2>Data quality per source</h2>",
        "<h2>Load</h2>",
    ] {
        assert!(
            dom.contains(heading),
            "{heading} missing from the rendered page"
        );
    }
    assert!(dom.matches("<svg").count() >= 3, "the charts render as SVG");
    assert!(dom.contains("integrity: every active plan_item row points at active rows"));
}
