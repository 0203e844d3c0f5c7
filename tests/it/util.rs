//! Shared helpers for the integration tests: the built binary, the
//! repository's paths, fresh temporary folders, and the database servers.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run the `onefamily` binary with `args` in the repository root.
pub fn onefamily(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_onefamily"))
        .args(args)
        .current_dir(root())
        .env_remove("RUST_LOG")
        .output()
        .expect("the onefamily binary runs")
}

/// Run the binary with extra environment variables.
pub fn onefamily_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_onefamily"));
    cmd.args(args).current_dir(root()).env_remove("RUST_LOG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the onefamily binary runs")
}

/// Stdout and stderr as text, for assertion messages.
pub fn text(out: &Output) -> String {
    format!(
        "status: {:?}\n--- stdout\n{}\n--- stderr\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The bundled estate's mappings copied into `dir/mappings`, reading the
/// repository's sample-data, each file's text passed through `edit` (with
/// its file name) first. Returns the copy's project file.
pub fn bundled_project(dir: &Path, edit: &dyn Fn(&str, String) -> String) -> PathBuf {
    let root = root();
    let mappings = dir.join("mappings");
    std::fs::create_dir_all(&mappings).unwrap();
    for entry in std::fs::read_dir(root.join("mappings")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml" || e == "csv") {
            let text =
                read(&path).replace("../sample-data", root.join("sample-data").to_str().unwrap());
            let name = path.file_name().unwrap();
            let text = edit(name.to_str().unwrap(), text);
            std::fs::write(mappings.join(name), text).unwrap();
        }
    }
    mappings.join("project.toml")
}

/// A temporary folder named with digits only (`PID-NANOS-N`), where
/// tempfile's own names hold random letters: the privacy tests check
/// that a planted name such as "Zo" is nowhere in an error or report that
/// quotes the folder's path, and a random name once held it.
pub fn tempdir() -> tempfile::TempDir {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    tempfile::Builder::new()
        .prefix(&format!("{}-{nanos}-{n}", std::process::id()))
        .rand_bytes(0)
        .tempdir()
        .expect("a temporary folder")
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The machine's PostgreSQL and MariaDB (see DEVELOPERS.md): tests that need
/// them fail when they are down, they never skip.
pub const POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";
pub const MARIADB_URL: &str = "mysql://root@127.0.0.1:3306/test";
