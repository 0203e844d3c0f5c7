//! The byte level of a dump: a buffered reader that counts lines and looks
//! two bytes ahead, and the tokens every dialect shares (blanks and
//! comments, identifiers, quoted strings, numbers). Dialect differences are
//! switches here, not separate lexers: MySQL escapes with backslashes in
//! every string and quotes names with backticks, PostgreSQL only in `E'…'`
//! strings and quotes names with `"`, SQL Server with `[…]` and `N'…'`.
//! Errors carry the line and never a byte of the data.

use crate::mapping::DumpDialect as Dialect;
use std::io::Read;

/// A problem with the dump file itself, at a line. Never holds a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DumpError {
    pub line: u64,
    pub message: String,
}

impl DumpError {
    pub fn new(line: u64, message: impl Into<String>) -> DumpError {
        DumpError {
            line,
            message: message.into(),
        }
    }
}

pub(crate) type Res<T> = Result<T, DumpError>;

/// A byte reader with line numbers and a two-byte look-ahead. Memory is the
/// buffer, whatever the file's size.
pub(crate) struct Src<R> {
    r: R,
    buf: Vec<u8>,
    pos: usize,
    len: usize,
    eof: bool,
    /// 1-based line of the next byte.
    pub line: u64,
    pub dialect: Dialect,
}

const BUF: usize = 1 << 16;

impl<R: Read> Src<R> {
    pub fn new(r: R, dialect: Dialect) -> Src<R> {
        Src {
            r,
            buf: vec![0; BUF],
            pos: 0,
            len: 0,
            eof: false,
            line: 1,
            dialect,
        }
    }

    fn io(&self, e: std::io::Error) -> DumpError {
        DumpError::new(self.line, format!("cannot read the file: {}", e.kind()))
    }

    /// Make at least `n` bytes available unless the file ends first.
    fn fill(&mut self, n: usize) -> Res<()> {
        while self.len - self.pos < n && !self.eof {
            if self.pos > 0 {
                self.buf.copy_within(self.pos..self.len, 0);
                self.len -= self.pos;
                self.pos = 0;
            }
            match self.r.read(&mut self.buf[self.len..]) {
                Ok(0) => self.eof = true,
                Ok(k) => self.len += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(self.io(e)),
            }
        }
        Ok(())
    }

    pub fn peek(&mut self) -> Res<Option<u8>> {
        self.fill(1)?;
        Ok((self.pos < self.len).then(|| self.buf[self.pos]))
    }

    pub fn peek_at(&mut self, k: usize) -> Res<Option<u8>> {
        self.fill(k + 1)?;
        Ok((self.pos + k < self.len).then(|| self.buf[self.pos + k]))
    }

    pub fn bump(&mut self) -> Res<Option<u8>> {
        let b = self.peek()?;
        if let Some(b) = b {
            self.pos += 1;
            if b == b'\n' {
                self.line += 1;
            }
        }
        Ok(b)
    }

    /// Skip blanks and comments (`--`, `/* */`, and `#` in MySQL). MySQL's
    /// executable comments (`/*!40101 SET … */`) only set session options
    /// in a dump, so they are skipped like any other comment.
    pub fn skip_blank(&mut self) -> Res<()> {
        loop {
            match self.peek()? {
                Some(b) if b.is_ascii_whitespace() => {
                    self.bump()?;
                }
                Some(b'-') if self.peek_at(1)? == Some(b'-') => self.skip_line()?,
                Some(b'#') if self.dialect == Dialect::MySql => self.skip_line()?,
                Some(b'/') if self.peek_at(1)? == Some(b'*') => {
                    let start = self.line;
                    self.bump()?;
                    self.bump()?;
                    loop {
                        match self.bump()? {
                            None => return Err(DumpError::new(start, "a comment never ends")),
                            Some(b'*') if self.peek()? == Some(b'/') => {
                                self.bump()?;
                                break;
                            }
                            _ => {}
                        }
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    /// Skip to just after the next newline.
    pub fn skip_line(&mut self) -> Res<()> {
        while let Some(b) = self.bump()? {
            if b == b'\n' {
                break;
            }
        }
        Ok(())
    }

    /// Skip spaces and tabs only (not newlines, which end T-SQL statements).
    pub fn skip_spaces(&mut self) -> Res<()> {
        while let Some(b' ' | b'\t' | b'\r') = self.peek()? {
            self.bump()?;
        }
        Ok(())
    }

    /// A bare word (keyword or unquoted name), as written; empty if none.
    pub fn word(&mut self) -> Res<String> {
        let mut w = String::new();
        while let Some(b) = self.peek()? {
            if b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'@' | b'#') || b >= 0x80 {
                w.push(b as char);
                self.bump()?;
            } else {
                break;
            }
        }
        Ok(w)
    }

    /// A keyword, upper-cased, after blanks; empty if the next token is not a word.
    pub fn keyword(&mut self) -> Res<String> {
        self.skip_blank()?;
        let w = self.word()?;
        Ok(w.to_ascii_uppercase())
    }

    /// One part of a name: quoted in the dialect's ways or bare.
    pub fn name_part(&mut self) -> Res<Option<String>> {
        let close = match self.peek()? {
            Some(b'`') => b'`',
            Some(b'"') => b'"',
            Some(b'[') if self.dialect == Dialect::SqlServer => b']',
            Some(b) if b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80 => {
                let bytes: Vec<u8> = self.word()?.chars().map(|c| c as u8).collect();
                return Ok(Some(String::from_utf8_lossy(&bytes).into_owned()));
            }
            _ => return Ok(None),
        };
        let start = self.line;
        self.bump()?;
        let mut out = Vec::new();
        loop {
            match self.bump()? {
                None => return Err(DumpError::new(start, "a quoted name never ends")),
                Some(b) if b == close => {
                    if self.peek()? == Some(close) {
                        self.bump()?;
                        out.push(close);
                    } else {
                        break;
                    }
                }
                Some(b) => out.push(b),
            }
        }
        Ok(Some(String::from_utf8_lossy(&out).into_owned()))
    }

    /// A possibly qualified name (`db.schema.table`): its parts.
    pub fn name(&mut self) -> Res<Vec<String>> {
        self.skip_blank()?;
        let mut parts = Vec::new();
        while let Some(p) = self.name_part()? {
            parts.push(p);
            if self.peek()? == Some(b'.') {
                self.bump()?;
            } else {
                break;
            }
        }
        Ok(parts)
    }

    /// The body of a quoted string, the opening quote already read.
    /// `backslash`: backslash escapes apply. Bytes that are not UTF-8 give
    /// `Err(bytes)` so the caller can keep them as an unreadable value.
    pub fn string_body(&mut self, backslash: bool) -> Res<Result<String, Vec<u8>>> {
        let start = self.line;
        let mut out = Vec::new();
        loop {
            match self.bump()? {
                None => return Err(DumpError::new(start, "a quoted string never ends")),
                Some(b'\'') => {
                    if self.peek()? == Some(b'\'') {
                        self.bump()?;
                        out.push(b'\'');
                    } else {
                        break;
                    }
                }
                Some(b'\\') if backslash => {
                    let Some(e) = self.bump()? else {
                        return Err(DumpError::new(start, "a quoted string never ends"));
                    };
                    out.push(match e {
                        b'0' => 0,
                        b'b' => 8,
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'Z' => 26,
                        b'f' if self.dialect == Dialect::Postgres => 12,
                        b'v' if self.dialect == Dialect::Postgres => 11,
                        other => other,
                    });
                }
                Some(b) => out.push(b),
            }
        }
        Ok(String::from_utf8(out).map_err(|e| e.into_bytes()))
    }

    /// A number as written (`-12`, `3.5e-2`), its first byte not yet read.
    pub fn number(&mut self) -> Res<String> {
        let mut s = String::new();
        if let Some(b @ (b'-' | b'+')) = self.peek()? {
            self.bump()?;
            if b == b'-' {
                s.push('-');
            }
            self.skip_blank()?;
        }
        let mut exp = false;
        while let Some(b) = self.peek()? {
            let sign_after_e = exp && matches!(b, b'-' | b'+') && s.ends_with(['e', 'E']);
            if b.is_ascii_digit() || b == b'.' || sign_after_e {
                s.push(b as char);
            } else if matches!(b, b'e' | b'E') && !exp {
                exp = true;
                s.push(b as char);
            } else {
                break;
            }
            self.bump()?;
        }
        if !s.bytes().any(|b| b.is_ascii_digit()) {
            return Err(DumpError::new(self.line, "a number with no digits"));
        }
        Ok(s)
    }

    /// Hex digits (after `0x` or inside `X'…'`) as bytes.
    pub fn hex_digits(&mut self) -> Res<Vec<u8>> {
        let mut digits = Vec::new();
        while let Some(b) = self.peek()? {
            if b.is_ascii_hexdigit() {
                digits.push(b);
                self.bump()?;
            } else {
                break;
            }
        }
        Ok(hex_bytes(&digits))
    }
}

/// Hex digit text to bytes (an odd leading digit stands alone).
pub(crate) fn hex_bytes(digits: &[u8]) -> Vec<u8> {
    let val = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
    let mut out = Vec::with_capacity(digits.len() / 2 + 1);
    let mut rest = digits;
    if rest.len() % 2 == 1 {
        out.push(val(rest[0]));
        rest = &rest[1..];
    }
    for pair in rest.chunks(2) {
        out.push(val(pair[0]) << 4 | val(pair[1]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str, d: Dialect) -> Src<&[u8]> {
        Src::new(text.as_bytes(), d)
    }

    #[test]
    fn strings_by_dialect() {
        let mut s = src(r"O\'Neill\\x' rest", Dialect::MySql);
        assert_eq!(s.string_body(true).unwrap(), Ok(r"O'Neill\x".to_string()));
        let mut s = src(r"C:\path''s'", Dialect::SqlServer);
        assert_eq!(s.string_body(false).unwrap(), Ok(r"C:\path's".to_string()));
        let mut s = src("never ends", Dialect::Postgres);
        assert_eq!(s.string_body(false).unwrap_err().line, 1);
    }

    #[test]
    fn names_and_comments() {
        let mut s = src(
            "/*!40101 SET x=1 */ -- note\n `my``db`.`t 1`",
            Dialect::MySql,
        );
        assert_eq!(s.name().unwrap(), vec!["my`db", "t 1"]);
        assert_eq!(s.line, 2);
        let mut s = src("[dbo].[tblClient] (", Dialect::SqlServer);
        assert_eq!(s.name().unwrap(), vec!["dbo", "tblClient"]);
        let mut s = src("public.\"Young People\"", Dialect::Postgres);
        assert_eq!(s.name().unwrap(), vec!["public", "Young People"]);
    }

    #[test]
    fn numbers_and_hex() {
        let mut s = src("-12.5e-3,", Dialect::MySql);
        assert_eq!(s.number().unwrap(), "-12.5e-3");
        assert!(src("-x", Dialect::MySql).number().is_err());
        assert_eq!(hex_bytes(b"0A1"), vec![0, 0xA1]);
        assert_eq!(hex_bytes(b"ff"), vec![0xff]);
    }
}
