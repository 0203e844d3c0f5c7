//! The one redaction layer for messages that may carry a source value or a
//! secret. Parser and driver errors (calamine, csv, sqlx, tiberius) quote
//! what they choked on — a date of birth in raw XML, a name in a bad
//! literal — so their text passes through `message`, which replaces each
//! quoted or number-like value by its kind and length. Connection URLs are
//! taken apart for their credentials before anything else sees them
//! (`credentials`, `normalise_url`), whatever characters the password
//! holds: `/`, `@`, `:`, a space or `%` would otherwise make a driver
//! mis-split the URL and print the pieces back in its error.

/// A value replaced by its kind and length: what a data team needs to find
/// the problem, and nothing of the person.
pub fn shape(value: &str) -> String {
    let n = value.chars().count();
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let kind = if n > 0 && digits == n {
        "number"
    } else if digits >= 4
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || "-/.: T".contains(c))
    {
        "date or number"
    } else {
        "text"
    };
    format!("<{kind}, {n} chars>")
}

/// A parser's or driver's message with its values replaced by their shape
/// (`shape`) and URL passwords removed: quoted text (`'…'`, `"…"`, `` `…` ``)
/// and runs that look like dates or long numbers.
pub fn message(text: &str) -> String {
    let text = crate::error::redact(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // A quote opens a value when it does not sit inside a word (so
        // "can't" stays as it is) and a matching quote closes it.
        let opens = matches!(c, '\'' | '"' | '`')
            && (i == 0 || !chars[i - 1].is_alphanumeric())
            && chars[i + 1..].contains(&c);
        if opens {
            let close = i + 1 + chars[i + 1..].iter().position(|&x| x == c).unwrap_or(0);
            let inner: String = chars[i + 1..close].iter().collect();
            out.push(c);
            out.push_str(&shape(&inner));
            out.push(c);
            i = close + 1;
            continue;
        }
        if c.is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            let mut j = i;
            while j < chars.len() && (chars[j].is_ascii_digit() || "-/.:".contains(chars[j])) {
                j += 1;
            }
            // Trailing punctuation belongs to the sentence.
            while j > i && !chars[j - 1].is_ascii_digit() {
                j -= 1;
            }
            let run: String = chars[i..j].iter().collect();
            let digits = run.chars().filter(char::is_ascii_digit).count();
            let separated = run.len() > digits;
            if digits >= 6 || (separated && digits >= 4) {
                out.push_str(&shape(&run));
            } else {
                out.push_str(&run);
            }
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// A log writer for events from other crates (sqlx, tiberius, calamine…),
/// whose messages can quote a statement or a value: each event's text goes
/// through `message` before it reaches stderr. The fmt layer formats one
/// event into one buffer and writes it with one `write_all`, so each write
/// is a whole line and redaction never sees half a value. onefamily's own
/// events are not passed here: they carry counts and names of sources, not
/// values, and redacting them would blur their figures.
pub struct RedactingWriter<W>(pub W);

impl<W: std::io::Write> std::io::Write for RedactingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        // The line's own timestamp is the log's, not a value: kept.
        let stamp = text
            .split_once(' ')
            .map(|(t, _)| t)
            .filter(|t| {
                t.starts_with(|c: char| c.is_ascii_digit())
                    && t.chars()
                        .all(|c| c.is_ascii_digit() || "-T:.Z+".contains(c))
            })
            .map_or(0, |t| t.len());
        self.0.write_all(text[..stamp].as_bytes())?;
        self.0.write_all(message(&text[stamp..]).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// `MakeWriter` for `RedactingWriter` over stderr.
pub fn redacted_stderr() -> RedactingWriter<std::io::Stderr> {
    RedactingWriter(std::io::stderr())
}

/// The user and password of a `scheme://user:password@host…` URL. The
/// userinfo ends at the last `@`, so a password may hold `@`, `/`, `:` or a
/// space; `None` without userinfo.
pub fn credentials(url: &str) -> Option<(&str, Option<&str>)> {
    let (_, rest) = url.split_once("://")?;
    let at = rest.rfind('@')?;
    let userinfo = &rest[..at];
    Some(match userinfo.split_once(':') {
        Some((u, p)) => (u, Some(p)),
        None => (userinfo, None),
    })
}

/// A server URL a driver can parse whatever its password holds: when the
/// user or password has a character a URL cannot carry raw, both are
/// percent-encoded. A URL already encoded (`%40` for `@`) is left alone.
/// ADO strings (SQL Server) and other text pass through unchanged.
pub fn normalise_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let Some(at) = rest.rfind('@') else {
        return url.to_string();
    };
    let (userinfo, host) = (&rest[..at], &rest[at + 1..]);
    let (user, password) = match userinfo.split_once(':') {
        Some((u, p)) => (u, Some(p)),
        None => (userinfo, None),
    };
    let raw = |s: &str| !is_encoded(s);
    if !raw(user) && password.is_none_or(|p| !raw(p)) {
        return url.to_string();
    }
    let mut out = format!("{scheme}://{}", encode(user));
    if let Some(p) = password {
        out.push(':');
        out.push_str(&encode(p));
    }
    out.push('@');
    out.push_str(host);
    out
}

/// Whether `s` is valid as URL userinfo as written: unreserved characters,
/// sub-delimiters and `%XX` escapes only.
fn is_encoded(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                if i + 2 >= b.len()
                    || !(b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit())
                {
                    return false;
                }
                i += 3;
            }
            c if c.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=".contains(&c) => i += 1,
            _ => return false,
        }
    }
    true
}

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || b"-._~".contains(&c) {
            out.push(c as char);
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

/// Whether `check` may list a field's unmapped code values: not when they
/// look like dates, numbers or names (a code mapping pointed at the wrong
/// column), nor when there are too many distinct ones to be a code list.
pub fn codes_may_show<'a>(values: impl Iterator<Item = &'a String>) -> bool {
    let mut distinct = 0usize;
    let mut namelike = 0usize;
    for v in values {
        distinct += 1;
        let v = v.trim();
        if v.chars().filter(char::is_ascii_digit).count() >= 4 {
            return false;
        }
        let mut cs = v.chars();
        let looks_like_name = v.chars().count() >= 3
            && cs.next().is_some_and(char::is_uppercase)
            && cs.clone().any(char::is_lowercase)
            && cs.all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        namelike += usize::from(looks_like_name);
    }
    distinct <= 20 && namelike * 2 < distinct.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dependency_log_line_reaches_the_writer_redacted() {
        use std::io::Write;
        let mut w = RedactingWriter(Vec::new());
        let line = "2026-11-30T10:54:01.123456Z WARN sqlx::query: slow statement: SELECT * FROM p WHERE dob = '2011-04-09' AND surname = 'Ashworth'\n";
        w.write_all(line.as_bytes()).unwrap();
        let out = String::from_utf8(w.0).unwrap();
        assert!(
            !out.contains("2011-04-09") && !out.contains("Ashworth"),
            "{out}"
        );
        assert!(
            out.contains("slow statement") && out.ends_with('\n'),
            "{out}"
        );
    }

    const PASSWORD: &str = "p/a@s:s w%rd";

    #[test]
    fn messages_lose_their_values() {
        let cases = [
            (
                r#"Expecting 'table-cell', found 'Text(BytesText { content: Borrowed("2011-04-05") })'"#,
                "2011-04-05",
            ),
            ("invalid date 05/04/2011 in row 3", "05/04/2011"),
            ("nhs 9990001234 rejected", "9990001234"),
            (r#"Incorrect value: "Jane Smith" for column"#, "Jane"),
        ];
        for (msg, secret) in cases {
            let got = message(msg);
            assert!(!got.contains(secret), "{got}");
        }
        assert_eq!(message("row 3 can't be read"), "row 3 can't be read");
        assert_eq!(shape("2011-04-05"), "<date or number, 10 chars>");
    }

    #[test]
    fn urls_with_any_password_parse_and_never_show_it() {
        for scheme in ["mysql", "postgres"] {
            let url = format!("{scheme}://app:{PASSWORD}@127.0.0.1:3306/db");
            assert_eq!(credentials(&url), Some(("app", Some(PASSWORD))));
            let n = normalise_url(&url);
            assert_eq!(
                n,
                format!("{scheme}://app:p%2Fa%40s%3As%20w%25rd@127.0.0.1:3306/db")
            );
            // Already encoded: unchanged.
            assert_eq!(normalise_url(&n), n);
            for shown in [
                crate::error::redact(&url),
                message(&format!("bad url {url} here")),
            ] {
                assert!(!shown.contains("s w"), "{shown}");
                assert!(!shown.contains("p/a"), "{shown}");
            }
        }
        assert_eq!(
            normalise_url("server=tcp:h,1433;password=x y"),
            "server=tcp:h,1433;password=x y"
        );
    }

    #[test]
    fn code_values_that_look_like_names_or_dates_are_counted_not_shown() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert!(codes_may_show(s(&["X", "9", "unknown"]).iter()));
        assert!(!codes_may_show(s(&["Olivia", "Jack", "Amelia"]).iter()));
        assert!(!codes_may_show(s(&["2011-04-05"]).iter()));
    }
}
