//! The run's CI face and its report for people: gates and exit codes with
//! their messages, the Markdown summary, and report.html rendered by a real
//! browser (headless Chromium, which must be installed: `make test`
//! installs it; the test fails, never skips, without it).

use crate::util::{self, onefamily, read, text};
use serde_json::Value;
use std::path::{Path, PathBuf};
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
    // The three asked for on the command line, beside the per-source gates
    // every run has by default.
    let names: Vec<&str> = gates.iter().map(|g| g["name"].as_str().unwrap()).collect();
    for asked in [
        "reject rate, all sources",
        "linked rate (person records linked to another record)",
        "staged person records",
    ] {
        assert!(names.contains(&asked), "{asked}: {names:?}");
    }
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

/// Reference screenshots of the summary band, committed beside this file.
/// `ONEFAMILY_UPDATE_SCREENSHOTS=1` rewrites them (look at them first).
fn reference(name: &str) -> PathBuf {
    util::root().join(format!("tests/it/report/{name}.png"))
}

fn chromium(args: &[&str]) -> std::process::Output {
    assert!(
        Path::new(CHROMIUM).exists(),
        "{CHROMIUM} is missing: `make test` installs it (apt-get install -y chromium)"
    );
    let profile = util::tempdir();
    let o = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--font-render-hinting=none",
            "--enable-logging=stderr",
            "--v=0",
            "--no-first-run",
            &format!("--user-data-dir={}", profile.path().display()),
        ])
        .args(args)
        .output()
        .expect("chromium runs");
    assert!(o.status.success(), "{}", text(&o));
    o
}

/// Console messages, script errors and failed loads: Chromium logs them
/// to stderr as CONSOLE lines.
fn console_lines(o: &std::process::Output) -> Vec<String> {
    String::from_utf8_lossy(&o.stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
        .map(str::to_string)
        .collect()
}

/// The measuring script appended to a copy of the page (the report itself
/// has no script): every element's box against the viewport, except what
/// sits inside a `.scroll` box (a table that scrolls inside its box is the
/// design); the result is written into the DOM for `--dump-dom`.
const LAYOUT_PROBE: &str = r#"<script>
(() => {
  const vw = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.parentElement && el.parentElement.closest('.scroll')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > vw + 1 || r.left < -1) {
      wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' right=' + Math.round(r.right));
    }
  }
  const out = document.createElement('pre');
  out.id = 'layout-probe';
  out.textContent = 'viewport=' + vw + ' scroll_width=' + document.documentElement.scrollWidth + ' wide=' + wide.length + ' ' + wide.slice(0, 15).join(' | ');
  document.body.appendChild(out);
})();
</script>"#;

/// Render `page` at `width` px and check its layout: nothing wider than
/// the viewport, no console messages. Returns the probe's line.
fn check_layout(page: &Path, width: u32) -> String {
    let dir = util::tempdir();
    let probe = dir.path().join("probe.html");
    let html = read(page).replace("</body>", &format!("{LAYOUT_PROBE}</body>"));
    std::fs::write(&probe, html).unwrap();
    let o = chromium(&[
        &format!("--window-size={width},900"),
        "--dump-dom",
        &format!("file://{}", probe.display()),
    ]);
    let console = console_lines(&o);
    assert!(console.is_empty(), "console messages: {console:#?}");
    let dom = String::from_utf8_lossy(&o.stdout);
    let line = dom
        .split("<pre id=\"layout-probe\">")
        .nth(1)
        .and_then(|s| s.split("</pre>").next())
        .unwrap_or_else(|| panic!("the probe ran: {dom}"))
        .to_string();
    assert!(
        line.starts_with(&format!("viewport={width} scroll_width={width} wide=0")),
        "at {width} px: {line}"
    );
    line
}

/// A copy of the page made deterministic for a screenshot: the run ID
/// and times (the only parts that change between runs) replaced, and the
/// fonts fixed to the DejaVu faces Debian's chromium installs.
fn screenshot_copy(page: &Path, dir: &Path) -> PathBuf {
    let html = read(page);
    let start = html.find("<p class=\"meta\">").expect("the run line");
    let end = start + html[start..].find("</p>").expect("its end") + 4;
    let html = format!(
        "{}<p class=\"meta\">Run <code>RUN-ID</code> · started … · finished …</p>{}",
        &html[..start],
        &html[end..]
    );
    // The staging line's times change from run to run, like the run line's.
    let html = match html.find("<p class=\"meta\">Extracts") {
        Some(start) => {
            let end = start + html[start..].find("</p>").expect("its end") + 4;
            format!(
                "{}<p class=\"meta\">Extracts: …</p>{}",
                &html[..start],
                &html[end..]
            )
        }
        None => html,
    }
    .replace(
        "</style>",
        "*{font-family:\"DejaVu Sans\",sans-serif!important}code{font-family:\"DejaVu Sans Mono\",monospace!important}</style>",
    );
    let path = dir.join("shot.html");
    std::fs::write(&path, html).unwrap();
    path
}

/// Decode a PNG into (width, height, RGBA bytes).
fn decode(path: &Path) -> (u32, u32, Vec<u8>) {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    let rgba = match info.color_type {
        png::ColorType::Rgba => buf,
        png::ColorType::Rgb => buf
            .chunks(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        png::ColorType::GrayscaleAlpha => buf
            .chunks(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        png::ColorType::Grayscale => buf.iter().flat_map(|&g| [g, g, g, 255]).collect(),
        png::ColorType::Indexed => panic!("EXPAND turns indexed colour into RGB"),
    };
    (info.width, info.height, rgba)
}

/// The share of pixels that differ by more than a small amount in any
/// channel: anti-aliasing moves a few; a changed band moves thousands.
fn differing_share(a: &Path, b: &Path) -> f64 {
    let (wa, ha, pa) = decode(a);
    let (wb, hb, pb) = decode(b);
    assert_eq!(
        (wa, ha),
        (wb, hb),
        "{} and {} differ in size",
        a.display(),
        b.display()
    );
    let differ = pa
        .chunks(4)
        .zip(pb.chunks(4))
        .filter(|(x, y)| x.iter().zip(y.iter()).any(|(p, q)| p.abs_diff(*q) > 40))
        .count();
    differ as f64 / (wa as f64 * ha as f64)
}

/// At most this share of pixels may differ from the reference.
const TOLERANCE: f64 = 0.005;

/// Screenshot the top of `page` (the summary band) at 1280 × 900 and
/// compare it with the committed reference `name`.
fn compare_screenshot(page: &Path, name: &str) {
    let dir = util::tempdir();
    let copy = screenshot_copy(page, dir.path());
    let shot = dir.path().join(format!("{name}.png"));
    let o = chromium(&[
        "--window-size=1280,900",
        &format!("--screenshot={}", shot.display()),
        &format!("file://{}", copy.display()),
    ]);
    let console = console_lines(&o);
    assert!(console.is_empty(), "console messages: {console:#?}");
    let want = reference(name);
    if std::env::var_os("ONEFAMILY_UPDATE_SCREENSHOTS").is_some() {
        std::fs::create_dir_all(want.parent().unwrap()).unwrap();
        std::fs::copy(&shot, &want).unwrap();
    }
    assert!(
        want.exists(),
        "no reference {}: run with ONEFAMILY_UPDATE_SCREENSHOTS=1, look at it, commit it",
        want.display()
    );
    let share = differing_share(&shot, &want);
    if share > TOLERANCE {
        let kept = std::env::temp_dir().join(format!("onefamily-{name}-actual.png"));
        std::fs::copy(&shot, &kept).unwrap();
        panic!(
            "{name}: {:.2}% of pixels differ from {} (tolerance {:.2}%); this run's screenshot is {}",
            share * 100.0,
            want.display(),
            TOLERANCE * 100.0,
            kept.display()
        );
    }
}

/// The report page's static promises: one self-contained file that
/// fetches nothing and runs no script.
fn assert_self_contained(html: &str) {
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
}

/// A passing run's report.html, rendered by headless Chromium: the DOM
/// holds every section, numbers are written for people, the page logs
/// nothing, and nothing is wider than the viewport at 1280 px or at the
/// narrowest window headless Chromium lays out (500 px): tables scroll
/// inside their box.
#[test]
fn report_html_renders_in_chromium_without_errors() {
    let dir = util::tempdir();
    let o = run(
        dir.path(),
        &["--max-reject-rate", "5%", "--min-records", "1000"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let html_path = dir.path().join("out/report.html");
    let html = read(&html_path);
    assert_self_contained(&html);
    check_layout(&html_path, 1280);
    check_layout(&html_path, 500);

    let report: Value = serde_json::from_str(&read(&dir.path().join("out/report.json"))).unwrap();
    let unified = report["persons"]["unified"].as_u64().unwrap();
    assert!(unified > 1000, "{unified}");
    let people = format!("{},{:03} people", unified / 1000, unified % 1000);
    let sources = report["sources"].as_array().unwrap();
    let rows_in: u64 = sources
        .iter()
        .map(|s| s["rows_read"].as_u64().unwrap())
        .sum();
    assert!(rows_in > 1000, "{rows_in}");
    let rows_read = format!(
        "{},{:03} rows read from {} sources",
        rows_in / 1000,
        rows_in % 1000,
        sources.len()
    );
    let lead = report["families"]["lead_worker_conflicts"]
        .as_u64()
        .unwrap();
    // More than the 50 shown, so the list is cut and says so.
    assert!(lead > 50, "{lead}");
    let lead_text = if lead >= 1000 {
        format!("{},{:03}", lead / 1000, lead % 1000)
    } else {
        lead.to_string()
    };
    let conflicts = format!(
        "Showing 50 of {lead_text}: the whole list is in <a href=\"lead_worker_conflicts.csv\">"
    );
    let o = chromium(&["--dump-dom", &format!("file://{}", html_path.display())]);
    let dom = String::from_utf8_lossy(&o.stdout);
    for part in [
        "<h1>onefamily: reconciliation and linkage report</h1>",
        "<section class=\"band sev-ok\" id=\"summary\">",
        "<h2>Passed</h2>",
        "<h2 id=\"reconciliation\">Reconciliation: <span class=\"ok\">balanced</span></h2>",
        "<h3>From sources to target</h3>",
        "<h3>Control totals</h3>",
        "<h2 id=\"gates\">Gates</h2>",
        "<h2 id=\"sources\">Sources</h2>",
        "<h2 id=\"rejects\">Rejected rows</h2>",
        "<h2 id=\"persons\">Persons</h2>",
        "Match-weight distribution of candidate pairs",
        "<h2 id=\"families\">Families</h2>",
        "Overlap between services",
        "<h2 id=\"quality\">Data quality per source</h2>",
        "<h2 id=\"load\">Load</h2>",
        "<h2 id=\"glossary\">Glossary</h2>",
        // Numbers for people: separators and plurals.
        people.as_str(),
        rows_read.as_str(),
        // Long lists say how much they show, and where the rest is.
        conflicts.as_str(),
    ] {
        assert!(dom.contains(part), "{part} missing from the rendered page");
    }
    assert!(!dom.contains(" 1 records"), "plural of one");
    assert!(dom.matches("<svg").count() >= 3, "the charts render as SVG");
    assert!(dom.contains("integrity: every active plan_item row points at active rows"));
    // The histogram draws both thresholds.
    let threshold = |k: &str| report["linkage"][k].as_f64().unwrap();
    let (review, link) = (
        format!("review ≥ {}", threshold("review_threshold_probability")),
        format!("link ≥ {}", threshold("link_threshold_probability")),
    );
    assert!(
        dom.contains(&review) && dom.contains(&link),
        "{review} {link}"
    );

    // Every family ID the page links to has its detail on the page, and
    // every reject's reason its meaning.
    let targets = |prefix: &str| -> Vec<String> {
        dom.match_indices(&format!("href=\"#{prefix}"))
            .map(|(i, _)| {
                let rest = &dom[i + 7..];
                rest[..rest.find('"').unwrap()].to_string()
            })
            .collect()
    };
    let families = targets("family-");
    assert!(families.len() >= 50, "{}", families.len());
    let reasons = targets("reason-");
    assert!(!reasons.is_empty());
    for t in families.iter().chain(&reasons) {
        assert!(dom.contains(&format!("id=\"{t}\"")), "#{t} leads nowhere");
    }
    // The whole lists are beside the page.
    let lead_csv = read(&dir.path().join("out/lead_worker_conflicts.csv"));
    assert_eq!(
        lead_csv.lines().count() as u64,
        1 + report["families"]["lead_worker_conflicts"]
            .as_u64()
            .unwrap(),
        "header and every conflict"
    );
    assert!(dir.path().join("out/family_conflicts.csv").exists());
    assert!(dir.path().join("out/review_problems.csv").exists());
}

/// The summary band of the demo run as `make demo` runs it (no gate given:
/// its planted rejects fail the default gate), in red with the gate named.
#[test]
fn report_summary_band_of_the_demo_run() {
    let dir = util::tempdir();
    let o = run(dir.path(), &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let page = dir.path().join("out/report.html");
    let html = read(&page);
    assert!(html.contains("<section class=\"band sev-bad\" id=\"summary\">"));
    assert!(html.contains("<h2>Failed: 1 gate</h2>"));
    // Never a green "balanced" while the run failed.
    assert!(!html.contains("<span class=\"ok\">balanced</span>"));
    check_layout(&page, 1280);
    compare_screenshot(&page, "summary_demo");
}

/// A run that fails a gate: red, "Failed: 1 gate", the failed gate marked.
#[test]
fn report_summary_band_of_a_failing_run() {
    let dir = util::tempdir();
    let o = run(
        dir.path(),
        &["--max-reject-rate", "5%", "--min-records", "1000000"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let page = dir.path().join("out/report.html");
    let html = read(&page);
    assert!(html.contains("<section class=\"band sev-bad\" id=\"summary\">"));
    assert!(html.contains("<h2>Failed: 1 gate</h2>"));
    // The count the gate read is the report's own, with thousands marked.
    let report: Value = serde_json::from_str(&read(&dir.path().join("out/report.json"))).unwrap();
    let records = report["persons"]["records"].as_u64().unwrap();
    assert!(records > 1_000, "{records}");
    let digits = records.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    assert!(html.contains(&format!(
        "<li class=\"sev-bad\">staged person records: {grouped} (threshold ≥ 1,000,000)</li>"
    )));
    check_layout(&page, 1280);
    compare_screenshot(&page, "summary_failing_gate");
}

/// A source whose every row is rejected: the run passes its overall gate
/// (the other sources outweigh it) but the band is red and names the
/// source; a service name holding markup is shown as text.
#[test]
fn report_summary_band_of_a_fully_rejected_source() {
    let dir = util::tempdir();
    let project = project_with_rejected_source(dir.path());
    let out = dir.path().join("out");
    let target = format!("sqlite://{}", dir.path().join("unified.db").display());
    let o = onefamily(&[
        "--quiet",
        "run",
        "--project",
        project.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--target",
        &target,
        "--max-reject-rate",
        "5%",
    ]);
    // The overall rate passes, but every source has its own reject gate
    // by default: a source whose every row is rejected fails the run.
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let page = out.join("report.html");
    let html = read(&page);
    assert!(html.contains("<section class=\"band sev-bad\" id=\"summary\">"));
    assert!(html.contains("<h2>Failed: 1 gate</h2>"), "{html}");
    assert!(html.contains("Source targeted_youth: every row rejected (800 of 800)"));
    assert!(!html.contains("<span class=\"ok\">balanced</span>"));
    assert!(html.contains("Targeted Youth &lt;TYS&gt; &amp; Co"));
    assert!(!html.contains("<TYS>"));
    check_layout(&page, 1280);
    compare_screenshot(&page, "summary_rejected_source");
}

/// A copy of the mappings whose targeted-youth source reads a copy of its
/// CSV with every person key blanked (each row a reject) and names its
/// service with markup characters.
fn project_with_rejected_source(dir: &Path) -> PathBuf {
    let mappings = dir.join("mappings");
    std::fs::create_dir_all(&mappings).unwrap();
    for entry in std::fs::read_dir(util::root().join("mappings")).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, mappings.join(p.file_name().unwrap())).unwrap();
        }
    }
    std::os::unix::fs::symlink(util::root().join("sample-data"), dir.join("sample-data")).unwrap();
    let csv = read(&util::root().join("sample-data/targeted_youth_support.csv"));
    let mut blanked = String::new();
    for (i, line) in csv.lines().enumerate() {
        if i == 0 {
            blanked.push_str(line);
        } else {
            // The key is the first column; the file has no quoted commas there.
            blanked.push_str(&line[line.find(',').unwrap()..]);
        }
        blanked.push('\n');
    }
    std::fs::write(dir.join("tys_blank_keys.csv"), blanked).unwrap();
    let mapping = mappings.join("targeted_youth.toml");
    let text = read(&mapping)
        .replace(
            "path = \"../sample-data/targeted_youth_support.csv\"",
            "path = \"../tys_blank_keys.csv\"",
        )
        .replace(
            "service = \"Targeted Youth Support\"",
            "service = \"Targeted Youth <TYS> & Co\"",
        );
    assert!(text.contains("tys_blank_keys.csv") && text.contains("<TYS>"));
    std::fs::write(&mapping, text).unwrap();
    mappings.join("project.toml")
}
