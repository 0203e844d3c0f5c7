//! The command line itself: help names every environment variable without
//! its value, the path rule and the exit codes; `--quiet` leaves stderr
//! empty; relative paths resolve by where they were written.

use crate::util::{self, onefamily, onefamily_env, text};

#[test]
fn help_shows_whether_a_secret_is_set_never_its_value() {
    let url = "postgres://u:p%2Fa@h/db";
    for args in [&["run", "--help"][..], &["--help"][..]] {
        let o = onefamily_env(args, &[("ONEFAMILY_TARGET", url)]);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
        let all = text(&o);
        for secret in [url, "p%2Fa", "u:p", "@h/db"] {
            assert!(!all.contains(secret), "{args:?} help shows {secret:?}");
        }
        assert!(all.contains("ONEFAMILY_TARGET"), "{all}");
        assert!(all.contains("RUST_LOG"), "{all}");
        assert!(all.contains("[set]"), "the target shows as set: {all}");
    }
    let o = onefamily(&["--help"]);
    let help = String::from_utf8_lossy(&o.stdout);
    assert!(help.contains("[not set]"), "{help}");
    for code in ["0  finished clean", "1  finished with", "2  could not run"] {
        assert!(help.contains(code), "exit code {code:?} in help: {help}");
    }
}

#[test]
fn quiet_leaves_stderr_empty() {
    let dir = util::tempdir();
    let out = dir.path().join("estate");
    let out = out.to_str().unwrap();
    let args = ["sample", "--families", "5", "--seed", "7", "--out", out];
    let loud = onefamily(&args);
    assert_eq!(loud.status.code(), Some(0), "{}", text(&loud));
    assert!(
        String::from_utf8_lossy(&loud.stderr).contains("Sample estate written"),
        "{}",
        text(&loud)
    );
    let quiet = onefamily(&[&["-q"][..], &args[..]].concat());
    assert_eq!(quiet.status.code(), Some(0), "{}", text(&quiet));
    assert!(quiet.stderr.is_empty(), "{}", text(&quiet));
}

#[test]
fn help_states_the_path_rule_and_every_variable() {
    let o = onefamily(&["run", "--help"]);
    let help = String::from_utf8_lossy(&o.stdout);
    for part in [
        "Environment",
        "Paths:",
        "Exit codes:",
        "current directory",
        "relative to the file that names them",
    ] {
        assert!(help.contains(part), "{part:?} in help: {help}");
    }
    for (name, _) in onefamily::cli::ENVIRONMENT {
        assert!(help.contains(name), "{name} in help: {help}");
    }
}

/// Paths on the command line are relative to the current directory, paths
/// in the project file relative to that file: run from a folder that is
/// neither the repository nor the project's, `--out` and a relative
/// `--target sqlite://` land side by side in it, and the project's own
/// target lands beside the project.
#[test]
fn command_line_paths_follow_the_current_directory_project_paths_the_project() {
    let dir = util::tempdir();
    let estate = dir.path().join("estate");
    let o = onefamily(&[
        "sample",
        "--families",
        "30",
        "--seed",
        "5",
        "--out",
        estate.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let project = estate.join("mappings").join("project.toml");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_onefamily"))
            .args(args)
            .current_dir(&elsewhere)
            .env_remove("RUST_LOG")
            .env_remove("ONEFAMILY_TARGET")
            .output()
            .expect("the onefamily binary runs")
    };
    let p = project.to_str().unwrap();
    let o = run(&[
        "run",
        "--project",
        p,
        "--out",
        "out",
        "--target",
        "sqlite://out/unified.db",
    ]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", text(&o));
    assert!(elsewhere.join("out/report.json").exists(), "{}", text(&o));
    assert!(elsewhere.join("out/unified.db").exists(), "{}", text(&o));
    // The run says where both went.
    let log = String::from_utf8_lossy(&o.stderr);
    assert!(
        log.contains("Writing.") && log.contains("out/unified.db"),
        "{log}"
    );
    // Without --target: the project's `sqlite://../out/unified.db`, from
    // the project's folder; the reports still follow --out.
    let o = run(&["run", "--project", p, "--out", "reports"]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", text(&o));
    assert!(
        elsewhere.join("reports/report.json").exists(),
        "{}",
        text(&o)
    );
    assert!(estate.join("out/unified.db").exists(), "{}", text(&o));
}
