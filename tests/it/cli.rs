//! The command line itself: help names every environment variable without
//! its value and the exit codes; `--quiet` leaves stderr empty.

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
