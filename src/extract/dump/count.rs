//! An independent count of a dump's tuples per table, for reconciliation:
//! a second pass that shares nothing with the parser but the table-name
//! rule. It only follows quoting (so a `(` or `;` inside a string does not
//! count) and counts, per INSERT, the `(` that open a row at depth 0 after
//! `VALUES`, and per COPY block its lines before `\.`. A parser that drops,
//! doubles or merges rows disagrees with it.

use crate::mapping::DumpDialect as Dialect;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};

/// Tuples per table (keyed by the lower-cased table name without schema).
pub(crate) fn count_tuples<R: Read>(
    r: R,
    dialect: Dialect,
) -> std::io::Result<BTreeMap<String, u64>> {
    let mut input = BufReader::with_capacity(1 << 16, r);
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    let mut st = State::default();
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if let Some(table) = &st.copy {
            if line.starts_with(b"\\.") {
                st.copy = None;
            } else {
                *counts.entry(table.clone()).or_default() += 1;
            }
            continue;
        }
        scan_line(&line, dialect, &mut st, &mut counts);
    }
    Ok(counts)
}

#[derive(Default)]
struct State {
    /// Inside a quoted string or name: its closing byte; whether `\` escapes.
    quote: Option<(u8, bool)>,
    block_comment: bool,
    depth: i32,
    /// Words of the current statement seen at depth 0 (the first few).
    words: Vec<String>,
    /// The current INSERT's table once `VALUES` was seen.
    values_of: Option<String>,
    /// Inside a COPY block: its table.
    copy: Option<String>,
    /// Name text being gathered after INSERT [INTO] / COPY.
    name: Option<String>,
}

fn scan_line(line: &[u8], d: Dialect, st: &mut State, counts: &mut BTreeMap<String, u64>) {
    let mut i = 0;
    let mut word = String::new();
    // A T-SQL statement may end at a line's end: a new INSERT starts afresh.
    while i < line.len() {
        let b = line[i];
        if st.block_comment {
            if b == b'*' && line.get(i + 1) == Some(&b'/') {
                st.block_comment = false;
                i += 1;
            }
            i += 1;
            continue;
        }
        if let Some((close, backslash)) = st.quote {
            if backslash && b == b'\\' {
                i += 2;
                continue;
            }
            if b == close {
                if line.get(i + 1) == Some(&close) {
                    i += 2;
                    continue;
                }
                st.quote = None;
                if close != b'\'' {
                    // A quoted name is part of a name being gathered.
                    if let Some(n) = &mut st.name {
                        n.push('\u{1}');
                    }
                }
            } else if close != b'\'' {
                if let Some(n) = &mut st.name {
                    n.push(b as char);
                }
            }
            i += 1;
            continue;
        }
        let is_word = b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80;
        if is_word {
            word.push(b as char);
            i += 1;
            continue;
        }
        if !word.is_empty() {
            end_word(&mut word, st);
        }
        match b {
            b'-' if line.get(i + 1) == Some(&b'-') => return,
            b'#' if d == Dialect::MySql => return,
            b'/' if line.get(i + 1) == Some(&b'*') => {
                st.block_comment = true;
                i += 1;
            }
            b'\'' => {
                let prev = if i > 0 { line[i - 1] } else { b' ' };
                let backslash =
                    d == Dialect::MySql || (d == Dialect::Postgres && matches!(prev, b'E' | b'e'));
                st.quote = Some((b'\'', backslash));
            }
            b'`' | b'"' => st.quote = Some((b, false)),
            b'[' if d == Dialect::SqlServer => st.quote = Some((b']', false)),
            b'.' => {
                if let Some(n) = &mut st.name {
                    n.push('.');
                }
            }
            b'(' => {
                finish_name(st);
                if st.depth == 0 {
                    if let Some(t) = &st.values_of {
                        *counts.entry(t.clone()).or_default() += 1;
                    }
                }
                st.depth += 1;
            }
            b')' => st.depth -= 1,
            b';' if st.depth <= 0 => {
                finish_name(st);
                if st.words.first().map(String::as_str) == Some("COPY") {
                    if let Some(t) = st.words.get(1) {
                        st.copy = Some(t.clone());
                    }
                }
                st.words.clear();
                st.values_of = None;
                st.depth = 0;
            }
            b' ' | b'\t' | b'\r' | b'\n'
                if st
                    .name
                    .as_ref()
                    .is_some_and(|n| !n.is_empty() && !n.ends_with('.')) =>
            {
                finish_name(st);
            }
            _ => {}
        }
        i += 1;
    }
    if !word.is_empty() {
        end_word(&mut word, st);
    }
}

fn end_word(word: &mut String, st: &mut State) {
    let w = std::mem::take(word);
    if st.depth != 0 {
        return;
    }
    if let Some(n) = &mut st.name {
        n.push_str(&w);
        return;
    }
    let up = w.to_ascii_uppercase();
    match up.as_str() {
        // A new INSERT ends whatever came before (T-SQL needs no `;`).
        "INSERT" | "COPY" => {
            st.words = vec![up];
            st.values_of = None;
            st.name = Some(String::new());
        }
        "INTO" if st.words.len() == 1 && st.words[0] == "INSERT" => st.name = Some(String::new()),
        "VALUES" | "VALUE" if st.words.first().map(String::as_str) == Some("INSERT") => {
            st.values_of = st.words.get(1).cloned();
        }
        // T-SQL statements without `;` that may follow an INSERT's rows.
        "GO" | "SET" | "CREATE" | "ALTER" | "DROP" if st.values_of.is_some() => {
            st.words.clear();
            st.values_of = None;
        }
        _ => {}
    }
}

/// The table name gathered after INSERT / COPY: its last part, lower-cased.
fn finish_name(st: &mut State) {
    let Some(n) = st.name.take() else { return };
    let n = n.replace('\u{1}', "");
    let up = n.to_ascii_uppercase();
    if up == "INTO" || up.is_empty() {
        if up == "INTO" {
            st.name = Some(String::new());
        }
        return;
    }
    let last = n.rsplit('.').next().unwrap_or(&n).to_lowercase();
    st.words.push(last);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(text: &str, d: Dialect) -> Vec<(String, u64)> {
        count_tuples(text.as_bytes(), d)
            .unwrap()
            .into_iter()
            .collect()
    }

    #[test]
    fn counts_rows_not_parentheses_in_strings() {
        let dump = "INSERT INTO `t` VALUES (1,'a (b); c'),(2,'O\\'Neill ('),(3,NULL);\n\
                    INSERT INTO `db`.`u` (`x`) VALUES ('(');\n";
        assert_eq!(
            counts(dump, Dialect::MySql),
            vec![("t".to_string(), 3), ("u".to_string(), 1)]
        );
    }

    #[test]
    fn counts_copy_lines_and_tsql_without_semicolons() {
        let pg = "COPY public.people (id, name) FROM stdin;\n1\tAnn\n2\t\\N\n\\.\n";
        assert_eq!(
            counts(pg, Dialect::Postgres),
            vec![("people".to_string(), 2)]
        );
        let ms = "SET IDENTITY_INSERT [dbo].[T] ON\nINSERT [dbo].[T] ([a]) VALUES (CAST(N'2010-01-01' AS Date))\n\
                  INSERT [dbo].[T] ([a]) VALUES (N'x)')\nGO\n";
        assert_eq!(counts(ms, Dialect::SqlServer), vec![("t".to_string(), 2)]);
    }
}
