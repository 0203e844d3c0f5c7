//! Statements of a dump: `CREATE TABLE` (for column names and the types
//! that change how a value reads), multi-row `INSERT … VALUES`, PostgreSQL
//! `COPY … FROM stdin` blocks, and every other statement skipped by a rule
//! per dialect. Each tuple goes to the caller as soon as it is read, so
//! memory holds one tuple, never the file. A statement or value onefamily
//! does not know is an error at its line; values are never quoted in one.

use super::lex::{hex_bytes, DumpError, Res, Src};
use crate::mapping::DumpDialect as Dialect;
use std::collections::HashMap;
use std::io::Read;

pub(crate) use super::value::{canonical, text, Class, Val};

/// A table the dump declares or inserts into.
#[derive(Clone, Debug)]
pub(crate) struct TableDef {
    /// The name without its schema, as written.
    pub name: String,
    pub columns: Vec<(String, Class)>,
}

/// What the parser hands over.
pub(crate) trait Sink {
    /// A table seen for the first time (index into the parser's tables).
    fn table(&mut self, idx: usize, def: &TableDef) -> Res<()>;
    /// One tuple, full width in the table's column order.
    fn row(&mut self, idx: usize, values: Vec<Val>, line: u64) -> Res<()>;
}

pub(crate) struct Parser<R> {
    s: Src<R>,
    pub tables: Vec<TableDef>,
    by_name: HashMap<String, usize>,
    /// MySQL `DELIMITER`: what ends a statement.
    delimiter: Vec<u8>,
}

/// The key a table is looked up by: its last name part, lower-cased.
pub(crate) fn table_key(name: &str) -> String {
    name.to_lowercase()
}

impl<R: Read> Parser<R> {
    pub fn new(r: R, dialect: Dialect) -> Parser<R> {
        Parser {
            s: Src::new(r, dialect),
            tables: Vec::new(),
            by_name: HashMap::new(),
            delimiter: b";".to_vec(),
        }
    }

    fn err<T>(&self, msg: impl Into<String>) -> Res<T> {
        Err(DumpError::new(self.s.line, msg))
    }

    /// Read the whole dump into `sink`.
    pub fn run(&mut self, sink: &mut impl Sink) -> Res<()> {
        loop {
            self.s.skip_blank()?;
            let line = self.s.line;
            match self.s.peek()? {
                None => return Ok(()),
                Some(b';') => {
                    self.s.bump()?;
                    continue;
                }
                // A psql meta-command on a line of its own: pg_dump since
                // 15.14 brackets its output in `\restrict KEY` and
                // `\unrestrict KEY`; none of them holds data.
                Some(b'\\') => {
                    self.s.skip_line()?;
                    continue;
                }
                _ => {}
            }
            let word = self.s.keyword()?;
            match word.as_str() {
                "" => {
                    return self.err(
                        "a statement onefamily cannot read (it does not start with a keyword)",
                    )
                }
                "INSERT" => self.insert(sink)?,
                "COPY" => self.copy(sink)?,
                "CREATE" => self.create(sink, line)?,
                // T-SQL's batch separator, on a line of its own.
                "GO" if self.s.dialect == Dialect::SqlServer => self.s.skip_line()?,
                "DELIMITER" if self.s.dialect == Dialect::MySql => {
                    self.s.skip_spaces()?;
                    let mut d = Vec::new();
                    while let Some(b) = self.s.peek()? {
                        if b.is_ascii_whitespace() {
                            break;
                        }
                        d.push(b);
                        self.s.bump()?;
                    }
                    if d.is_empty() {
                        return self.err("DELIMITER without a delimiter");
                    }
                    self.delimiter = d;
                }
                "SET" | "DROP" | "ALTER" | "LOCK" | "UNLOCK" | "USE" | "IF" | "BEGIN"
                | "COMMIT" | "START" | "SELECT" | "GRANT" | "REVOKE" | "COMMENT" | "PRINT"
                | "EXEC" | "EXECUTE" | "DECLARE" | "END" | "ROLLBACK" | "TRUNCATE" | "ANALYZE"
                | "VACUUM" | "REFRESH" | "SAVEPOINT" | "RELEASE" | "CHECKPOINT" | "\\CONNECT"
                | "SHOW" | "FLUSH" | "REINDEX" | "CLUSTER" | "DENY" => {
                    self.skip_statement(&word)?
                }
                _ => {
                    // The word is a keyword or a name, never a value, but
                    // a broken quote can turn data into "words": say only
                    // how long it is.
                    return Err(DumpError::new(
                        line,
                        format!(
                            "a statement onefamily cannot read (starting with a word of {} characters)",
                            word.chars().count()
                        ),
                    ));
                }
            }
        }
    }

    /// Skip the rest of a statement: to the delimiter outside quotes; in
    /// T-SQL (where `;` is optional) to the end of a line that the next
    /// line does not continue.
    fn skip_statement(&mut self, word: &str) -> Res<()> {
        let tsql = self.s.dialect == Dialect::SqlServer;
        // A T-SQL CREATE of a procedure, view or trigger runs to its batch's GO.
        let to_go = tsql && matches!(word, "CREATE" | "BEGIN");
        let start = self.s.line;
        let mut depth = 0i32;
        loop {
            let Some(b) = self.s.peek()? else {
                return Ok(());
            };
            match b {
                b'\'' => {
                    self.s.bump()?;
                    let backslash = self.s.dialect == Dialect::MySql;
                    let _ = self.s.string_body(backslash)?;
                }
                b'"' | b'`' => {
                    self.s.name_part()?;
                }
                b'[' if tsql => {
                    self.s.name_part()?;
                }
                b'-' | b'/' | b'#' => {
                    let before = self.s.line;
                    let at = self.s.peek_at(1)?;
                    if (b == b'-' && at == Some(b'-'))
                        || (b == b'/' && at == Some(b'*'))
                        || (b == b'#' && self.s.dialect == Dialect::MySql)
                    {
                        self.s.skip_blank()?;
                        if tsql
                            && self.s.line > before
                            && depth == 0
                            && !to_go
                            && self.t_sql_ends()?
                        {
                            return Ok(());
                        }
                    } else {
                        self.s.bump()?;
                    }
                }
                b'$' if self.s.dialect == Dialect::Postgres => self.dollar_quoted(start)?,
                b'(' => {
                    depth += 1;
                    self.s.bump()?;
                }
                b')' => {
                    depth -= 1;
                    self.s.bump()?;
                }
                b'\n' if tsql && depth <= 0 => {
                    self.s.bump()?;
                    if to_go {
                        self.s.skip_blank()?;
                        let at_go = self.s.peek()? == Some(b'G') || self.s.peek()? == Some(b'g');
                        if at_go
                            && self
                                .s
                                .peek_at(1)?
                                .is_some_and(|c| c.eq_ignore_ascii_case(&b'o'))
                        {
                            let after = self.s.peek_at(2)?;
                            if after.is_none_or(|c| c.is_ascii_whitespace() || c == b';') {
                                return Ok(());
                            }
                        }
                    } else if self.t_sql_ends()? {
                        return Ok(());
                    }
                }
                _ if depth <= 0 && b == self.delimiter[0] => {
                    if self.at_delimiter()? {
                        for _ in 0..self.delimiter.len() {
                            self.s.bump()?;
                        }
                        return Ok(());
                    }
                    self.s.bump()?;
                }
                _ => {
                    self.s.bump()?;
                }
            }
        }
    }

    fn at_delimiter(&mut self) -> Res<bool> {
        for k in 0..self.delimiter.len() {
            if self.s.peek_at(k)? != Some(self.delimiter[k]) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// At the start of a T-SQL line: does a new statement (or the end) begin here?
    fn t_sql_ends(&mut self) -> Res<bool> {
        self.s.skip_blank()?;
        let mut w = Vec::new();
        let mut k = 0;
        while let Some(b) = self.s.peek_at(k)? {
            if !b.is_ascii_alphabetic() {
                break;
            }
            w.push(b.to_ascii_uppercase());
            k += 1;
        }
        Ok(match self.s.peek()? {
            None | Some(b';') => true,
            _ => matches!(
                w.as_slice(),
                b"GO"
                    | b"INSERT"
                    | b"SET"
                    | b"CREATE"
                    | b"ALTER"
                    | b"DROP"
                    | b"USE"
                    | b"IF"
                    | b"BEGIN"
                    | b"COMMIT"
                    | b"PRINT"
                    | b"EXEC"
                    | b"DECLARE"
                    | b"GRANT"
                    | b"END"
                    | b"TRUNCATE"
            ),
        })
    }

    /// PostgreSQL `$tag$ … $tag$` (function bodies in a dump).
    fn dollar_quoted(&mut self, start: u64) -> Res<()> {
        let mut tag = vec![b'$'];
        self.s.bump()?;
        loop {
            match self.s.peek()? {
                Some(b'$') => {
                    self.s.bump()?;
                    tag.push(b'$');
                    break;
                }
                Some(b) if b.is_ascii_alphanumeric() || b == b'_' => {
                    tag.push(b);
                    self.s.bump()?;
                }
                // `$1` and the like: not a quote.
                _ => return Ok(()),
            }
        }
        let mut window: Vec<u8> = Vec::new();
        loop {
            let Some(b) = self.s.bump()? else {
                return Err(DumpError::new(start, "a $-quoted body never ends"));
            };
            window.push(b);
            if window.len() > tag.len() {
                window.remove(0);
            }
            if window == tag {
                return Ok(());
            }
        }
    }

    /// `CREATE TABLE name ( columns … )`; any other CREATE is skipped.
    fn create(&mut self, sink: &mut impl Sink, line: u64) -> Res<()> {
        let mut w = self.s.keyword()?;
        while matches!(
            w.as_str(),
            "TEMPORARY" | "TEMP" | "UNLOGGED" | "GLOBAL" | "LOCAL" | "OR" | "REPLACE"
        ) {
            w = self.s.keyword()?;
        }
        if w != "TABLE" {
            return self.skip_statement("CREATE");
        }
        let mut name = self.s.name()?;
        if name.len() == 1 && name[0].eq_ignore_ascii_case("IF") {
            // IF NOT EXISTS
            self.s.keyword()?;
            self.s.keyword()?;
            name = self.s.name()?;
        }
        let Some(table) = name.pop() else {
            return self.err("CREATE TABLE without a table name");
        };
        self.s.skip_blank()?;
        if self.s.peek()? != Some(b'(') {
            // CREATE TABLE … AS SELECT, PARTITION OF …: no columns to read.
            return self.skip_statement("CREATE");
        }
        self.s.bump()?;
        let mut columns = Vec::new();
        loop {
            self.s.skip_blank()?;
            if self.s.peek()? == Some(b')') {
                self.s.bump()?;
                break;
            }
            let part = self.s.name_part()?;
            let Some(col) = part else {
                return self.err("a column definition onefamily cannot read in CREATE TABLE");
            };
            let constraint = matches!(
                col.to_ascii_uppercase().as_str(),
                "PRIMARY"
                    | "KEY"
                    | "INDEX"
                    | "UNIQUE"
                    | "CONSTRAINT"
                    | "FOREIGN"
                    | "CHECK"
                    | "FULLTEXT"
                    | "SPATIAL"
                    | "EXCLUDE"
                    | "PERIOD"
            );
            let decl = self.column_rest()?;
            if !constraint {
                columns.push((col, Class::of(&decl)));
            }
            if self.s.peek()? == Some(b')') {
                self.s.bump()?;
                break;
            }
        }
        if columns.is_empty() {
            return self.err("CREATE TABLE with no columns");
        }
        self.define(sink, table, columns, line, true)?;
        // Table options (ENGINE=…, ON [PRIMARY]) up to the statement's end.
        self.skip_statement("TABLE")
    }

    /// The rest of one column definition, up to its `,` or the closing `)`
    /// (not consumed), as text: its type and options.
    fn column_rest(&mut self) -> Res<String> {
        let mut out = Vec::new();
        let mut depth = 0;
        loop {
            let Some(b) = self.s.peek()? else {
                return self.err("CREATE TABLE never ends");
            };
            match b {
                b'\'' => {
                    self.s.bump()?;
                    let backslash = self.s.dialect == Dialect::MySql;
                    let _ = self.s.string_body(backslash)?;
                    out.extend_from_slice(b"''");
                    continue;
                }
                b'(' => depth += 1,
                b')' if depth == 0 => break,
                b')' => depth -= 1,
                b',' if depth == 0 => {
                    self.s.bump()?;
                    break;
                }
                b'-' if self.s.peek_at(1)? == Some(b'-') => {
                    self.s.skip_blank()?;
                    continue;
                }
                _ => {}
            }
            out.push(b);
            self.s.bump()?;
        }
        Ok(String::from_utf8_lossy(&out).trim().to_string())
    }

    /// Register a table (from CREATE TABLE, or first seen in an INSERT or COPY).
    fn define(
        &mut self,
        sink: &mut impl Sink,
        name: String,
        columns: Vec<(String, Class)>,
        line: u64,
        created: bool,
    ) -> Res<usize> {
        let key = table_key(&name);
        if let Some(&i) = self.by_name.get(&key) {
            if created {
                // DROP + CREATE of the same table again: the later shape wins
                // only if it is the same shape, else the dump is ambiguous.
                let same = self.tables[i].columns.len() == columns.len()
                    && self.tables[i]
                        .columns
                        .iter()
                        .zip(&columns)
                        .all(|(a, b)| a.0.eq_ignore_ascii_case(&b.0));
                if !same {
                    return Err(DumpError::new(
                        line,
                        "CREATE TABLE for a table created before with other columns",
                    ));
                }
            }
            return Ok(i);
        }
        let def = TableDef { name, columns };
        let i = self.tables.len();
        sink.table(i, &def)?;
        self.tables.push(def);
        self.by_name.insert(key, i);
        Ok(i)
    }

    /// A parenthesised list of column names.
    fn column_list(&mut self) -> Res<Vec<String>> {
        self.s.bump()?; // (
        let mut cols = Vec::new();
        loop {
            self.s.skip_blank()?;
            let Some(c) = self.s.name_part()? else {
                return self.err("a column list onefamily cannot read");
            };
            cols.push(c);
            self.s.skip_blank()?;
            match self.s.bump()? {
                Some(b',') => {}
                Some(b')') => return Ok(cols),
                _ => return self.err("a column list onefamily cannot read"),
            }
        }
    }

    /// Which table column each listed column is (defining the table from
    /// the list when the dump has no CREATE TABLE for it).
    fn resolve_columns(
        &mut self,
        sink: &mut impl Sink,
        table: String,
        cols: Option<Vec<String>>,
        line: u64,
    ) -> Res<(usize, Option<Vec<usize>>)> {
        let known = self.by_name.get(&table_key(&table)).copied();
        let idx = match (known, &cols) {
            (Some(i), _) => i,
            (None, Some(c)) => {
                let columns = c.iter().map(|n| (n.clone(), Class::Text)).collect();
                self.define(sink, table, columns, line, false)?
            }
            (None, None) => {
                return self.err(
                    "INSERT without column names into a table the dump never creates: its columns are unknown",
                )
            }
        };
        let Some(cols) = cols else {
            return Ok((idx, None));
        };
        let def = &self.tables[idx];
        let mut map = Vec::with_capacity(cols.len());
        for c in &cols {
            match def
                .columns
                .iter()
                .position(|(n, _)| n.eq_ignore_ascii_case(c))
            {
                Some(p) => map.push(p),
                None => {
                    return self.err(format!(
                        "a column ({} characters) that table {:?} does not have",
                        c.chars().count(),
                        def.name
                    ))
                }
            }
        }
        let identity =
            map.len() == def.columns.len() && map.iter().enumerate().all(|(i, &p)| i == p);
        Ok((idx, (!identity).then_some(map)))
    }

    /// `INSERT [IGNORE] [INTO] name [(cols)] VALUES (…), (…) [;]`.
    fn insert(&mut self, sink: &mut impl Sink) -> Res<()> {
        let line = self.s.line;
        self.s.skip_blank()?;
        let mut name = loop {
            let parts = self.s.name()?;
            let first = parts.first().map(|p| p.to_ascii_uppercase());
            match first.as_deref() {
                Some("INTO" | "IGNORE" | "LOW_PRIORITY" | "DELAYED" | "HIGH_PRIORITY")
                    if parts.len() == 1 => {}
                Some(_) => break parts,
                None => return self.err("INSERT without a table name"),
            }
        };
        let table = name.pop().unwrap_or_default();
        self.s.skip_blank()?;
        let cols = if self.s.peek()? == Some(b'(') {
            Some(self.column_list()?)
        } else {
            None
        };
        let mut w = self.s.keyword()?;
        // PostgreSQL identity columns: OVERRIDING SYSTEM VALUE.
        while matches!(w.as_str(), "OVERRIDING" | "SYSTEM" | "USER" | "VALUE") {
            w = self.s.keyword()?;
        }
        if w != "VALUES" && w != "VALUE" {
            return self
                .err("an INSERT that is not INSERT … VALUES (onefamily reads literal rows only)");
        }
        let (idx, map) = self.resolve_columns(sink, table, cols, line)?;
        let width = self.tables[idx].columns.len();
        let given = map.as_ref().map_or(width, Vec::len);
        loop {
            self.s.skip_blank()?;
            let tuple_line = self.s.line;
            if self.s.bump()? != Some(b'(') {
                return Err(DumpError::new(
                    tuple_line,
                    "expected a row `(…)` in INSERT … VALUES",
                ));
            }
            let mut vals = Vec::with_capacity(given);
            loop {
                vals.push(self.value(idx, map.as_deref(), vals.len())?);
                self.s.skip_blank()?;
                match self.s.bump()? {
                    Some(b',') => {}
                    Some(b')') => break,
                    _ => {
                        return self
                            .err("a row onefamily cannot read: expected `,` or `)` after a value")
                    }
                }
            }
            if vals.len() != given {
                return Err(DumpError::new(
                    tuple_line,
                    format!(
                        "a row of {} values where the INSERT names {given} columns",
                        vals.len()
                    ),
                ));
            }
            let row = match &map {
                None => vals,
                Some(m) => {
                    let mut full = vec![Val::Null; width];
                    for (v, &p) in vals.into_iter().zip(m) {
                        full[p] = v;
                    }
                    full
                }
            };
            sink.row(idx, row, tuple_line)?;
            self.s.skip_blank()?;
            match self.s.peek()? {
                Some(b',') => {
                    self.s.bump()?;
                }
                Some(b';') => {
                    self.s.bump()?;
                    return Ok(());
                }
                None => return Ok(()),
                Some(b) if b.is_ascii_alphabetic() => {
                    // ON DUPLICATE KEY UPDATE / ON CONFLICT DO NOTHING; or,
                    // in T-SQL, the next statement.
                    if self.s.dialect == Dialect::SqlServer {
                        return Ok(());
                    }
                    return self.skip_statement("INSERT");
                }
                Some(_) if self.at_delimiter()? => {
                    for _ in 0..self.delimiter.len() {
                        self.s.bump()?;
                    }
                    return Ok(());
                }
                Some(_) => return self.err("expected `,` or `;` after a row"),
            }
        }
    }

    /// One literal value of a row, made canonical for its column's class.
    fn value(&mut self, table: usize, map: Option<&[usize]>, i: usize) -> Res<Val> {
        let v = self.literal()?;
        let col = map.map_or(Some(i), |m| m.get(i).copied());
        let class = col
            .and_then(|c| self.tables[table].columns.get(c))
            .map_or(Class::Text, |c| c.1);
        Ok(canonical(v, class))
    }

    fn literal(&mut self) -> Res<Val> {
        self.s.skip_blank()?;
        let d = self.s.dialect;
        let b = self.s.peek()?.unwrap_or(b')');
        let next = self.s.peek_at(1)?;
        let v = match b {
            b'\'' => {
                self.s.bump()?;
                text(self.s.string_body(d == Dialect::MySql)?)
            }
            b'N' | b'n' | b'E' | b'e' if next == Some(b'\'') => {
                self.s.bump()?;
                self.s.bump()?;
                let backslash = d == Dialect::MySql || matches!(b, b'E' | b'e');
                text(self.s.string_body(backslash)?)
            }
            b'X' | b'x' if next == Some(b'\'') => {
                self.s.bump()?;
                self.s.bump()?;
                let v = self.s.hex_digits()?;
                if self.s.bump()? != Some(b'\'') {
                    return self.err("a hex literal onefamily cannot read");
                }
                Val::Blob(v)
            }
            b'B' | b'b' if next == Some(b'\'') => {
                self.s.bump()?;
                self.s.bump()?;
                let bits = self.s.string_body(false)?.unwrap_or_default();
                match u64::from_str_radix(&bits, 2) {
                    Ok(n) => Val::Text(n.to_string()),
                    Err(_) => return self.err("a bit literal onefamily cannot read"),
                }
            }
            b'0' if matches!(next, Some(b'x' | b'X')) => {
                self.s.bump()?;
                self.s.bump()?;
                Val::Blob(self.s.hex_digits()?)
            }
            b'_' => {
                // A character-set introducer: _binary '…', _utf8mb4 '…'.
                let intro = self.s.word()?.to_ascii_lowercase();
                let v = self.literal()?;
                match (intro.as_str(), v) {
                    ("_binary", Val::Text(t)) => Val::Blob(t.into_bytes()),
                    (_, v) => v,
                }
            }
            b'(' => {
                self.s.bump()?;
                let v = self.literal()?;
                self.s.skip_blank()?;
                if self.s.bump()? != Some(b')') {
                    return self.err("a parenthesised value onefamily cannot read");
                }
                v
            }
            b'-' | b'+' | b'.' | b'0'..=b'9' => Val::Text(self.s.number()?),
            b if b.is_ascii_alphabetic() => {
                let w = self.s.word()?.to_ascii_uppercase();
                match w.as_str() {
                    "NULL" => Val::Null,
                    "TRUE" => Val::Text("1".into()),
                    "FALSE" => Val::Text("0".into()),
                    "CAST" => self.cast()?,
                    _ => {
                        return self.err(format!(
                            "a value onefamily cannot read: an expression, not a literal (a word of {} characters)",
                            w.chars().count()
                        ))
                    }
                }
            }
            _ => return self.err("a value onefamily cannot read"),
        };
        // PostgreSQL casts after a literal: '…'::date, '{}'::text[].
        self.s.skip_blank()?;
        if self.s.peek()? == Some(b':') && self.s.peek_at(1)? == Some(b':') {
            self.s.bump()?;
            self.s.bump()?;
            let ty = self.type_name()?;
            return Ok(canonical(v, Class::of(&ty)));
        }
        Ok(v)
    }

    /// A type name, with words and a `(n)` (`character varying(20)`, `[Date]`).
    fn type_name(&mut self) -> Res<String> {
        self.s.skip_blank()?;
        let mut ty = String::new();
        loop {
            self.s.skip_spaces()?;
            if let Some(p) = self.s.name_part()? {
                if !ty.is_empty() {
                    ty.push(' ');
                }
                ty.push_str(&p);
                continue;
            }
            match self.s.peek()? {
                Some(b'(') => {
                    while let Some(b) = self.s.bump()? {
                        if b == b')' {
                            break;
                        }
                    }
                }
                Some(b'[') => {
                    // text[]
                    self.s.bump()?;
                    self.s.bump()?;
                }
                _ => return Ok(ty),
            }
        }
    }

    /// T-SQL `CAST(N'2010-05-01' AS Date)`, `CAST(12.50 AS Decimal(9, 2))`.
    fn cast(&mut self) -> Res<Val> {
        self.s.skip_blank()?;
        if self.s.bump()? != Some(b'(') {
            return self.err("CAST without `(`");
        }
        let v = self.literal()?;
        if self.s.keyword()? != "AS" {
            return self.err("CAST without AS");
        }
        let ty = self.type_name()?;
        self.s.skip_blank()?;
        if self.s.bump()? != Some(b')') {
            return self.err("CAST without its closing `)`");
        }
        Ok(canonical(v, Class::of(&ty)))
    }

    /// `COPY name (cols) FROM stdin;` then tab-separated lines up to `\.`.
    fn copy(&mut self, sink: &mut impl Sink) -> Res<()> {
        let line = self.s.line;
        let mut name = self.s.name()?;
        let Some(table) = name.pop() else {
            return self.err("COPY without a table name");
        };
        self.s.skip_blank()?;
        let cols = if self.s.peek()? == Some(b'(') {
            Some(self.column_list()?)
        } else {
            None
        };
        if self.s.keyword()? != "FROM" || self.s.keyword()? != "STDIN" {
            return self.err("a COPY that is not COPY … FROM stdin (pg_dump's plain format)");
        }
        self.s.skip_spaces()?;
        if self.s.bump()? != Some(b';') {
            return self
                .err("COPY … FROM stdin with options onefamily cannot read (text format only)");
        }
        self.s.skip_line()?;
        let (idx, map) = self.resolve_columns(sink, table, cols, line)?;
        let width = self.tables[idx].columns.len();
        let given = map.as_ref().map_or(width, Vec::len);
        let mut field: Vec<u8> = Vec::new();
        loop {
            let row_line = self.s.line;
            if self.s.peek()? == Some(b'\\') && self.s.peek_at(1)? == Some(b'.') {
                self.s.skip_line()?;
                return Ok(());
            }
            if self.s.peek()?.is_none() {
                return Err(DumpError::new(
                    line,
                    "a COPY block without its closing `\\.`",
                ));
            }
            let mut vals = Vec::with_capacity(given);
            loop {
                field.clear();
                let mut null = false;
                let end = loop {
                    match self.s.bump()? {
                        None => break None,
                        Some(b'\t') => break Some(b'\t'),
                        Some(b'\n') => break Some(b'\n'),
                        Some(b'\\') => {
                            let e = self.s.bump()?.unwrap_or(b'\\');
                            match e {
                                b'N' if field.is_empty() => null = true,
                                b'b' => field.push(8),
                                b'f' => field.push(12),
                                b'n' => field.push(b'\n'),
                                b'r' => field.push(b'\r'),
                                b't' => field.push(b'\t'),
                                b'v' => field.push(11),
                                b'x' => {
                                    let mut d = Vec::new();
                                    while d.len() < 2 {
                                        match self.s.peek()? {
                                            Some(h) if h.is_ascii_hexdigit() => {
                                                d.push(h);
                                                self.s.bump()?;
                                            }
                                            _ => break,
                                        }
                                    }
                                    field.extend(hex_bytes(&d));
                                }
                                b'0'..=b'7' => {
                                    let mut n = u32::from(e - b'0');
                                    for _ in 0..2 {
                                        match self.s.peek()? {
                                            Some(o @ b'0'..=b'7') => {
                                                n = n * 8 + u32::from(o - b'0');
                                                self.s.bump()?;
                                            }
                                            _ => break,
                                        }
                                    }
                                    field.push(n as u8);
                                }
                                other => field.push(other),
                            }
                        }
                        Some(b) => field.push(b),
                    }
                };
                let v = if null {
                    Val::Null
                } else {
                    text(String::from_utf8(std::mem::take(&mut field)).map_err(|e| e.into_bytes()))
                };
                vals.push(v);
                if end != Some(b'\t') {
                    break;
                }
            }
            if vals.len() != given {
                return Err(DumpError::new(
                    row_line,
                    format!(
                        "a COPY line of {} fields where the COPY names {given} columns",
                        vals.len()
                    ),
                ));
            }
            let mut full = vec![Val::Null; width];
            for (i, v) in vals.into_iter().enumerate() {
                let p = map.as_ref().map_or(i, |m| m[i]);
                let class = self.tables[idx].columns[p].1;
                full[p] = canonical(v, class);
            }
            sink.row(idx, full, row_line)?;
        }
    }
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
