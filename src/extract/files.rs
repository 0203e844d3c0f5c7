//! A source's `path` may name several files by a pattern in its last part
//! (`contacts_*.csv`: one export per month), read as one source in the
//! order of their names. A pattern that matches nothing is an error, as a
//! missing file is.

use super::{Fail, FailAt};
use crate::mapping::{glob_match, is_pattern};
use std::path::{Path, PathBuf};

/// The files a path names: itself, or every file its pattern matches,
/// sorted by name.
pub(crate) fn matching(path: &Path) -> Result<Vec<PathBuf>, Fail> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !is_pattern(&name) {
        if !path.is_file() {
            return Err(Fail::new(
                FailAt::Path,
                format!("file not found: {}", path.display()),
            ));
        }
        return Ok(vec![path.to_path_buf()]);
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if is_pattern(&dir.to_string_lossy()) {
        return Err(Fail::new(
            FailAt::Path,
            format!(
                "{}: a pattern may only be in the file name, not in its folders",
                path.display()
            ),
        ));
    }
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Fail::new(FailAt::Path, format!("cannot list {}: {e}", dir.display())))?;
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| glob_match(&name, &n.to_string_lossy()))
        })
        .collect();
    out.sort();
    if out.is_empty() {
        return Err(Fail::new(
            FailAt::Path,
            format!("no file matches {}", path.display()),
        ));
    }
    Ok(out)
}

/// A file's name, for `_file` and positions.
pub(crate) fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
