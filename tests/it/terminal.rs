//! What a person sees on the terminal. `onefamily run` on the bundled estate
//! under a pseudo-terminal (util-linux `script`, reading what the program
//! wrote to the terminal): the progress display shows the link and load
//! stages and leaves no line behind once the run ends. With stderr
//! redirected to a file the log holds no escape code, each source logs one
//! line with one reject count, and durations read rounded. `--quiet` draws
//! nothing at all.

use crate::util::{self, text};
use std::path::Path;
use std::process::{Command, Stdio};

const SCRIPT: &str = "/usr/bin/script";

/// Run `onefamily ARGS` with stderr on a fresh pseudo-terminal 200
/// columns wide (stdout to `stdout_file`), in the repository root; returns
/// the exit code and every byte written to the terminal.
fn under_terminal(args: &[&str], stdout_file: &Path, env: &[(&str, &str)]) -> (i32, Vec<u8>) {
    assert!(
        Path::new(SCRIPT).exists(),
        "{SCRIPT} (util-linux) is missing: apt-get install -y util-linux"
    );
    let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let mut line = format!(
        "stty cols 200 rows 50; exec {}",
        quote(env!("CARGO_BIN_EXE_onefamily"))
    );
    for a in args {
        line.push(' ');
        line.push_str(&quote(a));
    }
    line.push_str(&format!(" > {}", quote(stdout_file.to_str().unwrap())));
    let mut cmd = Command::new(SCRIPT);
    // -e: script exits with the program's code; the typescript goes nowhere.
    cmd.args(["-q", "-e", "-c", &line, "/dev/null"])
        .current_dir(util::root())
        .env_remove("RUST_LOG")
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stderr(Stdio::inherit());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let o = cmd.output().expect("script runs");
    (o.status.code().unwrap_or(-1), o.stdout)
}

/// The screen a terminal shows after `bytes`: carriage returns, cursor
/// moves and erases applied, colours and modes ignored, no wrapping (the
/// terminal is wider than any line the display draws).
fn screen(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let mut rows: Vec<Vec<char>> = vec![Vec::new()];
    let (mut row, mut col) = (0usize, 0usize);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => col = 0,
            '\n' => {
                row += 1;
                col = 0;
                if rows.len() <= row {
                    rows.push(Vec::new());
                }
            }
            '\x1b' => {
                if chars.peek() != Some(&'[') {
                    chars.next();
                    continue;
                }
                chars.next();
                let mut params = String::new();
                let mut last = ' ';
                for p in chars.by_ref() {
                    if p.is_ascii_alphabetic() || p == '@' || p == '~' {
                        last = p;
                        break;
                    }
                    params.push(p);
                }
                let n = params
                    .trim_start_matches('?')
                    .split(';')
                    .next()
                    .and_then(|v| v.parse::<usize>().ok());
                let line = &mut rows[row];
                match last {
                    'A' => row = row.saturating_sub(n.unwrap_or(1).max(1)),
                    'B' => {
                        row += n.unwrap_or(1).max(1);
                        while rows.len() <= row {
                            rows.push(Vec::new());
                        }
                    }
                    'C' => col += n.unwrap_or(1).max(1),
                    'D' => col = col.saturating_sub(n.unwrap_or(1).max(1)),
                    'G' => col = n.unwrap_or(1).max(1) - 1,
                    'K' => match n.unwrap_or(0) {
                        0 => line.truncate(col),
                        1 => line.iter_mut().take(col + 1).for_each(|c| *c = ' '),
                        _ => line.clear(),
                    },
                    'J' if n.unwrap_or(0) == 0 => {
                        line.truncate(col);
                        rows.truncate(row + 1);
                    }
                    _ => {} // colours, cursor visibility, modes
                }
            }
            c => {
                let line = &mut rows[row];
                while line.len() < col {
                    line.push(' ');
                }
                if col < line.len() {
                    line[col] = c;
                } else {
                    line.push(c);
                }
                col += 1;
            }
        }
    }
    rows.into_iter()
        .map(|r| r.into_iter().collect::<String>().trim_end().to_string())
        .filter(|r| !r.is_empty())
        .collect()
}

/// A line of the progress display: its stage path, its count or its spinner.
fn is_progress(line: &str) -> bool {
    line.contains(" › ") || line.contains("ETA") || line.contains(|c| ('⠁'..='⣿').contains(&c))
}

#[test]
fn the_screen_model_applies_returns_and_erases() {
    let drawn = b"log one\r\n\x1b[2K\rprogress \xe2\x80\xba 1\r\x1b[2Kprogress \xe2\x80\xba 2\r\x1b[2K\x1b[1A\x1b[2K\rlog two\r\nend";
    assert_eq!(screen(drawn), ["log two", "end"]);
    assert!(is_progress("link › scoring  [==> ] 1/2"));
    assert!(!is_progress("INFO Finished (source=a)."));
}

#[test]
fn progress_shows_link_and_load_on_a_terminal_and_leaves_no_line() {
    let dir = util::tempdir();
    let target = format!("sqlite://{}", dir.path().join("unified.db").display());
    let out = dir.path().join("out");
    let args = [
        "run",
        "--project",
        "mappings/project.toml",
        "--out",
        out.to_str().unwrap(),
        "--target",
        &target,
    ];
    let (code, tty) = under_terminal(&args, &dir.path().join("summary.md"), &[]);
    let raw = String::from_utf8_lossy(&tty);
    assert!(matches!(code, 0 | 1), "exit {code}:\n{raw}");
    assert!(out.join("report.json").exists(), "{raw}");
    // The display named the long stages while they ran…
    for stage in [
        "extract › ",
        "link › scoring",
        "link › families",
        "load › write ",
    ] {
        assert!(raw.contains(stage), "no {stage:?} on the terminal:\n{raw}");
    }
    assert!(raw.contains("blocks") && raw.contains("rows"), "{raw}");
    // …and took itself off the screen: what is left is the log.
    let shown = screen(&tty);
    let stale: Vec<&String> = shown.iter().filter(|l| is_progress(l)).collect();
    assert!(
        stale.is_empty(),
        "progress lines left: {stale:#?}\n{shown:#?}"
    );
    assert!(
        shown.iter().any(|l| l.contains("Run finished.")),
        "{shown:#?}"
    );
}

/// A generated estate of `families` families in `dir/estate`; its project file.
fn estate(dir: &Path, families: &str) -> std::path::PathBuf {
    let estate = dir.join("estate");
    let o = util::onefamily(&[
        "sample",
        "--families",
        families,
        "--seed",
        "3",
        "--out",
        estate.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    estate.join("mappings").join("project.toml")
}

/// `run` of `project` into `dir` (reports in `out`, SQLite target beside).
fn run_args(project: &Path, dir: &Path) -> Vec<String> {
    vec![
        "run".into(),
        "--project".into(),
        project.to_str().unwrap().into(),
        "--out".into(),
        dir.join("out").to_str().unwrap().into(),
        "--target".into(),
        format!("sqlite://{}", dir.join("unified.db").display()),
    ]
}

#[test]
fn no_color_keeps_colour_codes_off_a_terminal() {
    let dir = util::tempdir();
    let project = estate(dir.path(), "40");
    let args = run_args(&project, dir.path());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, tty) = under_terminal(&args, &dir.path().join("summary.md"), &[("NO_COLOR", "1")]);
    let raw = String::from_utf8_lossy(&tty);
    assert!(matches!(code, 0 | 1), "exit {code}:\n{raw}");
    assert!(
        raw.contains("Run finished."),
        "the run logs on the terminal:\n{raw}"
    );
    // Colour is SGR: ESC [ … m. The display's own cursor codes may stay.
    let sgr = raw.split('\x1b').skip(1).any(|s| {
        s.strip_prefix('[')
            .and_then(|s| s.find(|c: char| c.is_ascii_alphabetic()).map(|i| &s[i..]))
            .is_some_and(|s| s.starts_with('m'))
    });
    assert!(!sgr, "colour codes with NO_COLOR set:\n{raw:?}");
}

#[test]
fn redirected_log_has_no_escape_codes_one_line_per_source() {
    let dir = util::tempdir();
    let target = format!("sqlite://{}", dir.path().join("unified.db").display());
    let out = dir.path().join("out");
    let o = util::onefamily(&[
        "run",
        "--project",
        "mappings/project.toml",
        "--out",
        out.to_str().unwrap(),
        "--target",
        &target,
    ]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", text(&o));
    let log = String::from_utf8_lossy(&o.stderr);
    assert!(
        !log.contains('\x1b'),
        "escape codes in a redirected log:\n{log:?}"
    );
    assert!(!log.contains('\r'), "carriage returns in a redirected log");
    // One line per source, and it carries one reject count.
    let report: serde_json::Value =
        serde_json::from_str(&util::read(&out.join("report.json"))).unwrap();
    let sources = report["sources"].as_array().expect("sources");
    assert!(!sources.is_empty());
    for s in sources {
        let name = s["name"].as_str().expect("a source name");
        let lines: Vec<&str> = log
            .lines()
            .filter(|l| {
                l.contains(&format!("source={name} ")) || l.ends_with(&format!("source={name}"))
            })
            .collect();
        assert_eq!(lines.len(), 1, "{name}: {lines:#?}\n{log}");
        assert_eq!(lines[0].matches("rejects=").count(), 1, "{}", lines[0]);
    }
    // Durations read rounded, with their unit apart.
    let took: Vec<&str> = log
        .split("took=")
        .skip(1)
        .map(|t| t.split_whitespace().take(2).last().unwrap_or(""))
        .collect();
    assert!(!took.is_empty(), "{log}");
    for unit in took {
        assert!(
            ["ms", "s", "min", "h"].contains(&unit),
            "duration unit {unit:?}:\n{log}"
        );
    }
}

#[test]
fn quiet_draws_nothing_even_on_a_terminal() {
    let dir = util::tempdir();
    // Large enough that one planted bad row per source stays under the
    // per-source reject-rate gate: a clean run.
    let project = estate(dir.path(), "400");
    let mut args = run_args(&project, dir.path());
    args.insert(0, "-q".into());
    args.extend(["--max-reject-rate".into(), "100%".into()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, tty) = under_terminal(&args, &dir.path().join("summary.md"), &[]);
    let summary = util::read(&dir.path().join("summary.md"));
    assert_eq!(code, 0, "a clean run:\n{summary}");
    assert!(dir.path().join("out/report.json").exists());
    assert!(
        tty.is_empty(),
        "-q wrote to the terminal: {:?}",
        String::from_utf8_lossy(&tty)
    );
}
