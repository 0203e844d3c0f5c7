//! Errors, by the phase that raised them. Each carries where it happened (file
//! and line, source, sheet, row, column) and never a personal value or a
//! password: messages are built from names and positions only.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A project or mapping file is wrong: unknown key, bad value, missing file.
    #[error("{}{}: {message}", file.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Config {
        file: PathBuf,
        line: Option<usize>,
        message: String,
    },

    /// Several configuration problems found together (`check`, project load).
    #[error("{} problem(s) in the configuration:\n{}", .0.len(), .0.iter().map(|e| format!("  - {e}")).collect::<Vec<_>>().join("\n"))]
    ConfigMany(Vec<Error>),

    /// A source could not be opened or read as a whole (unreachable server,
    /// missing file, missing table, sheet or column, corrupt file).
    #[error("source {source_name}: {message}")]
    Source {
        source_name: String,
        message: String,
    },

    /// The target could not be prepared or written.
    #[error("target: {0}")]
    Load(String),

    /// Writing a report or output file failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// Anything else, with enough context to act on.
    #[error("{0}")]
    Other(String),
}

impl Error {
    pub fn config(
        file: impl Into<PathBuf>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        Error::Config {
            file: file.into(),
            line,
            message: message.into(),
        }
    }

    pub fn source(name: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Source {
            source_name: name.into(),
            message: message.into(),
        }
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// Remove a password from anything that looks like a connection string, so an
/// error from a driver can be shown. Covers URL userinfo (`user:pass@`) and
/// ADO `password=…;` / `pwd=…;` pairs.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // URL userinfo: scheme://user:secret@host. The userinfo runs to the
    // last `@` on the line (before any other URL), so a password holding
    // `/`, `@`, `:` or a space is hidden whole; hiding too much is the safe
    // side.
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        let (head, tail) = rest.split_at(i + 3);
        out.push_str(head);
        let line_end = tail.find(['\n', '\r']).unwrap_or(tail.len());
        let scope = &tail[..line_end];
        let scope = &scope[..scope.find("://").unwrap_or(scope.len())];
        let userinfo_end = scope.rfind('@');
        match userinfo_end {
            Some(at) => {
                let userinfo = &tail[..at];
                match userinfo.find(':') {
                    Some(colon) => {
                        out.push_str(&userinfo[..colon]);
                        out.push_str(":***");
                    }
                    None => out.push_str(userinfo),
                }
                rest = &tail[at..];
            }
            None => rest = tail,
        }
    }
    out.push_str(rest);
    // ADO pairs: password=secret; pwd=secret
    let lower = out.to_ascii_lowercase();
    let mut result = String::with_capacity(out.len());
    let mut i = 0;
    while i < out.len() {
        let hit = ["password=", "pwd="].iter().find(|k| {
            lower[i..].starts_with(**k)
                && (i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphanumeric())
        });
        match hit {
            Some(k) => {
                result.push_str(&out[i..i + k.len()]);
                result.push_str("***");
                i += k.len();
                while i < out.len() && out.as_bytes()[i] != b';' {
                    i += 1;
                }
            }
            None => {
                let ch = out[i..].chars().next().expect("in bounds");
                result.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn redacts_passwords() {
        let cases = [
            (
                "mysql://root:s3cret@127.0.0.1/test",
                "mysql://root:***@127.0.0.1/test",
            ),
            ("postgres://u@h/db", "postgres://u@h/db"),
            (
                "server=tcp:h,1433;user id=sa;Password=Hunter2;database=x",
                "server=tcp:h,1433;user id=sa;Password=***;database=x",
            ),
            ("pwd=abc", "pwd=***"),
            ("no secrets here", "no secrets here"),
        ];
        for (input, want) in cases {
            assert_eq!(redact(input), want);
        }
    }
}
