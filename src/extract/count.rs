//! Counts the parsers cannot fake. A CSV file is scanned byte by byte with a
//! quote-aware record count and a line count that share nothing with the csv
//! crate's parser; a spreadsheet's sheets are counted by their non-empty
//! rows through calamine's used cells, not through the stager's row loop.
//! The reader then compares the rows it read with these counts, position by
//! position, and names the first place where they part: an unterminated
//! quote that swallowed 400 rows, or a truncated file, shows up as a
//! reconciliation failure instead of a smaller green "rows read".
//!
//! The CSV scan also finds records above the configured size limits, so the
//! reader can reject them (`cell_too_large`, `row_too_large`) without ever
//! holding them: `SkipRanges` hands the parser only their line breaks.

use crate::model::{DateFlag, DateValue, RejectReason, SourceExtract};
use std::io::{self, BufRead, Read};

pub use crate::model::integrity::{ColumnCoverage, DateParse, Integrity, SheetCount};

/// Columns of a header against the mapped positions and the `ignore`
/// list. A column with no name is not listed (its data, if any, is a
/// header mismatch).
pub(crate) fn column_coverage(
    names: &[String],
    mapped: &[u32],
    ignore: &[String],
) -> ColumnCoverage {
    let mut c = ColumnCoverage::default();
    for (i, n) in names.iter().enumerate() {
        let n = n.trim();
        if n.is_empty() {
            continue;
        }
        if mapped.binary_search(&(i as u32)).is_ok() {
            c.mapped.push(n.to_string());
        } else if ignore.iter().any(|g| g.trim().eq_ignore_ascii_case(n)) {
            c.ignored.push(n.to_string());
        } else {
            c.unread.push(n.to_string());
        }
    }
    c
}

/// How each mapped date field of the staged records parsed.
pub(crate) fn date_parse(x: &SourceExtract) -> Vec<DateParse> {
    let mut out: Vec<DateParse> = Vec::new();
    let mut add = |field: &str, v: Option<&DateValue>| {
        let Some(v) = v else { return };
        if v.raw.trim().is_empty() {
            return;
        }
        let ok = !matches!(v.flag, Some(DateFlag::Unparsed | DateFlag::Impossible));
        match out.iter_mut().find(|d| d.field == field) {
            Some(d) => {
                d.non_blank += 1;
                d.parsed += u64::from(ok);
            }
            None => out.push(DateParse {
                field: field.to_string(),
                non_blank: 1,
                parsed: u64::from(ok),
            }),
        }
    };
    for p in &x.persons {
        add("person dob", p.dob.as_ref());
    }
    for i in &x.involvements {
        add("involvement start", i.start.as_ref());
        add("involvement end", i.end.as_ref());
    }
    for r in &x.referrals {
        add("referral date", r.date.as_ref());
    }
    for a in &x.assessments {
        add("assessment started", a.started.as_ref());
        add("assessment completed", a.completed.as_ref());
    }
    for c in &x.consents {
        add("consent given", c.given.as_ref());
        add("consent withdrawn", c.withdrawn.as_ref());
    }
    out
}

/// The header against the rows' widths: `Some` when most non-blank rows
/// have another number of fields than the header has names.
pub(crate) fn width_mismatch(
    header: usize,
    widths: &std::collections::BTreeMap<usize, u64>,
) -> Option<String> {
    let (&common, &n) = widths
        .iter()
        .max_by_key(|(w, n)| (**n, std::cmp::Reverse(**w)))?;
    let total: u64 = widths.values().sum();
    (common != header && n * 2 > total)
        .then(|| format!("the header has {header} columns but {n} of {total} rows have {common}"))
}

pub use crate::mapping::Limits;

/// A record over a size limit: where it is and why it is rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Oversized {
    /// Index of the record in `CsvCount::starts`.
    pub index: usize,
    pub line: u64,
    /// Byte offsets of the record in the scanned input, terminator excluded.
    pub start: u64,
    pub end: u64,
    pub reason: RejectReason,
}

/// What the independent CSV scan found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct CsvCount {
    /// The 1-based line on which each record starts (empty lines are not
    /// records, as in every CSV reader).
    pub starts: Vec<u64>,
    /// For each record, the byte a parser starts looking for it from: just
    /// after the byte that ended the record before (the `\r` of a `\r\n`),
    /// empty lines and oversized records passed over as a parser passes
    /// them. This is the position the csv crate gives a record, so the two
    /// can be matched record by record.
    pub from: Vec<u64>,
    /// Physical lines (a last line without a line break counts).
    pub lines: u64,
    /// A quote opened on this line was never closed: the records from this
    /// line on are counted one per non-empty line.
    pub open_quote: Option<u64>,
    /// Fields of each record (delimiters outside quotes, plus one).
    pub fields: Vec<u32>,
    /// Records spanning several non-empty lines: (index, those lines). A
    /// quoted field may hold line breaks, but a record that does and has
    /// not the header's width is a stray quote that swallowed rows: those
    /// are counted one per line (`Matcher`).
    pub multiline: Vec<(usize, Vec<u64>)>,
    pub oversized: Vec<Oversized>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum St {
    FieldStart,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: the end of it, or the first of a pair.
    QuoteInQuoted,
}

/// Scan CSV bytes. `delimiter` is one ASCII byte; quotes are `"`, doubled
/// inside a quoted field. `\n`, `\r\n` and a lone `\r` end a record outside
/// quotes.
pub(crate) fn count_csv<R: Read>(input: R, delimiter: u8, limits: Limits) -> io::Result<CsvCount> {
    let mut input = io::BufReader::with_capacity(1 << 16, input);
    let mut out = CsvCount::default();
    let mut st = St::FieldStart;
    let mut line: u64 = 1;
    let mut offset: u64 = 0;
    // The record being scanned: its first line and byte, its size so far,
    // the size of its current field, and its non-empty lines (for the
    // count by lines when a quote never closes).
    let mut rec_line = 1u64;
    let mut rec_start = 0u64;
    let mut rec_bytes = 0u64;
    let mut field_bytes = 0u64;
    let mut too_large: Option<RejectReason> = None;
    let mut rec_lines: Vec<u64> = Vec::new();
    let mut fields = 1u32;
    let mut search_from = 0u64;
    let mut newlines = 0u64;
    let mut last = b'\n';
    let mut prev_cr = false;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        let n = buf.len();
        let mut i = 0;
        while i < n {
            let b = buf[i];
            i += 1;
            let here = offset;
            offset += 1;
            last = b;
            if b == b'\n' {
                newlines += 1;
                line += 1;
                if prev_cr {
                    // The second byte of \r\n: the record already ended.
                    prev_cr = false;
                    continue;
                }
            }
            let is_break = b == b'\n' || b == b'\r';
            prev_cr = b == b'\r';
            if is_break && st != St::Quoted {
                if rec_bytes > 0 {
                    out.starts.push(rec_line);
                    out.from.push(search_from);
                    out.fields.push(fields);
                    if rec_lines.len() > 1 {
                        out.multiline
                            .push((out.starts.len() - 1, std::mem::take(&mut rec_lines)));
                    }
                    match too_large.take() {
                        Some(reason) => out.oversized.push(Oversized {
                            index: out.starts.len() - 1,
                            line: rec_line,
                            start: rec_start,
                            end: here,
                            reason,
                        }),
                        None => search_from = offset,
                    }
                }
                st = St::FieldStart;
                rec_bytes = 0;
                field_bytes = 0;
                continue;
            }
            if rec_bytes == 0 {
                rec_line = line;
                rec_start = here;
                rec_lines.clear();
                fields = 1;
            }
            if !is_break && rec_lines.last() != Some(&line) {
                rec_lines.push(line);
            }
            rec_bytes += 1;
            field_bytes += 1;
            st = match (st, b) {
                (St::FieldStart | St::Unquoted | St::QuoteInQuoted, d) if d == delimiter => {
                    field_bytes = 0;
                    fields += 1;
                    St::FieldStart
                }
                (St::FieldStart, b'"') => St::Quoted,
                (St::FieldStart | St::Unquoted, _) => St::Unquoted,
                (St::Quoted, b'"') => St::QuoteInQuoted,
                (St::Quoted, _) => St::Quoted,
                (St::QuoteInQuoted, b'"') => St::Quoted,
                (St::QuoteInQuoted, _) => St::Unquoted,
            };
            if too_large.is_none() {
                if field_bytes > limits.cell_bytes {
                    too_large = Some(RejectReason::CellTooLarge);
                } else if rec_bytes > limits.row_bytes {
                    too_large = Some(RejectReason::RowTooLarge);
                }
            }
            // Inside a field the bytes up to the next one that can change
            // the state (a delimiter outside quotes, a quote inside them, a
            // line break) only add to the sizes: passed over at once, as the
            // byte-by-byte steps above would have counted them.
            let stop = match st {
                St::Unquoted => delimiter,
                St::Quoted => b'"',
                St::FieldStart | St::QuoteInQuoted => continue,
            };
            let run = memchr::memchr3(stop, b'\n', b'\r', &buf[i..]).unwrap_or(n - i);
            if run == 0 {
                continue;
            }
            let run64 = run as u64;
            // After a line break inside quotes the run is the line's first
            // text; no byte of it is a break.
            if rec_lines.last() != Some(&line) {
                rec_lines.push(line);
            }
            prev_cr = false;
            if too_large.is_none() {
                // The first byte of the run at which each limit is passed
                // (1-based), the cell's first when both are passed at once.
                let cell_at = limits
                    .cell_bytes
                    .saturating_add(1)
                    .saturating_sub(field_bytes);
                let row_at = limits.row_bytes.saturating_add(1).saturating_sub(rec_bytes);
                if cell_at <= run64 && cell_at <= row_at {
                    too_large = Some(RejectReason::CellTooLarge);
                } else if row_at <= run64 {
                    too_large = Some(RejectReason::RowTooLarge);
                }
            }
            offset += run64;
            rec_bytes += run64;
            field_bytes += run64;
            last = buf[i + run - 1];
            i += run;
        }
        input.consume(n);
    }
    out.lines = newlines + u64::from(last != b'\n');
    if rec_bytes > 0 {
        let index = out.starts.len();
        if st == St::Quoted {
            // Never closed: count what follows the quote by lines, as a
            // reader that does not trust the quote would.
            out.open_quote = Some(rec_line);
            for (i, &l) in rec_lines.iter().enumerate() {
                out.starts.push(l);
                // Only the first is where a parser would find a record.
                out.from.push(if i == 0 { search_from } else { u64::MAX });
            }
            out.fields.extend(rec_lines.iter().map(|_| fields));
        } else {
            out.starts.push(rec_line);
            out.from.push(search_from);
            out.fields.push(fields);
            if rec_lines.len() > 1 {
                out.multiline.push((out.starts.len() - 1, rec_lines));
            }
        }
        if let Some(reason) = too_large {
            out.oversized.push(Oversized {
                index,
                line: rec_line,
                start: rec_start,
                end: offset,
                reason,
            });
        }
    }
    Ok(out)
}

/// Compare the data rows a reader saw (the line each started on) with the
/// independent count's records after the header. `None` when they agree;
/// otherwise where they first part, in words.
pub(crate) fn first_difference(read: &[u64], counted: &[u64]) -> Option<String> {
    let at = read.iter().zip(counted).position(|(a, b)| a != b);
    match at {
        Some(i) => Some(format!(
            "line {}: the parser read a row starting on line {}, the independent count a record starting on line {}",
            read[i].min(counted[i]),
            read[i],
            counted[i]
        )),
        None if read.len() < counted.len() => Some(format!(
            "line {}: the independent count has {} more record(s) from here that the parser never read",
            counted[read.len()],
            counted.len() - read.len()
        )),
        None if read.len() > counted.len() => Some(format!(
            "line {}: the parser read {} row(s) from here that the independent count does not have",
            read[counted.len()],
            read.len() - counted.len()
        )),
        None => None,
    }
}

/// Matches the parser's records, as they come, with the independent
/// count's: gives each parsed row its true line (the csv crate reports the
/// line where its search began, one early after a `\r\n` or an empty
/// line), hands back the oversized records passed over, and remembers the
/// first place where the two part.
pub(crate) struct Matcher<'a> {
    count: &'a CsvCount,
    k: usize,
    next_oversized: usize,
    pub parted: Option<String>,
    /// Records the parser never read / rows it read the count lacks.
    pub missed: u64,
    pub extra: u64,
    pub swallowed: u64,
    width: Option<u32>,
}

impl<'a> Matcher<'a> {
    pub fn new(count: &'a CsvCount) -> Matcher<'a> {
        Matcher {
            count,
            k: 0,
            next_oversized: 0,
            parted: None,
            missed: 0,
            extra: 0,
            swallowed: 0,
            width: None,
        }
    }

    fn note(&mut self, what: String) {
        if self.parted.is_none() {
            self.parted = Some(what);
        }
    }

    fn is_oversized(&mut self, k: usize) -> Option<&'a Oversized> {
        let o = self.count.oversized.get(self.next_oversized)?;
        (o.index == k).then(|| {
            self.next_oversized += 1;
            o
        })
    }

    /// The parser's next record, found searching from byte `from`
    /// (`fallback`: its own line, used when the count has no such record).
    /// Oversized records passed over are pushed onto `over`.
    pub fn next(&mut self, from: u64, fallback: u64, over: &mut Vec<&'a Oversized>) -> u64 {
        while self.k < self.count.starts.len() && self.count.from[self.k] <= from {
            let k = self.k;
            if let Some(o) = self.is_oversized(k) {
                over.push(o);
                self.k += 1;
                continue;
            }
            if self.count.from[k] == from {
                self.k += 1;
                self.swallowed(k);
                return self.count.starts[k];
            }
            self.missed += 1;
            self.note(format!(
                "line {}: a record the parser never read",
                self.count.starts[k]
            ));
            self.k += 1;
        }
        self.extra += 1;
        self.note(format!(
            "line {fallback}: the parser read a row the independent count does not have"
        ));
        fallback
    }

    /// After the last parsed record: what the count has left.
    pub fn finish(&mut self, over: &mut Vec<&'a Oversized>) {
        while self.k < self.count.starts.len() {
            let k = self.k;
            if let Some(o) = self.is_oversized(k) {
                over.push(o);
            } else {
                self.missed += 1;
                self.note(format!(
                    "line {}: a record the parser never read",
                    self.count.starts[k]
                ));
            }
            self.k += 1;
        }
    }

    /// The header's width, once found: from then on a multi-line record of
    /// another width counts one row per line.
    pub fn set_width(&mut self, width: usize) {
        self.width = Some(width as u32);
    }

    fn swallowed(&mut self, k: usize) {
        let Some(width) = self.width else { return };
        if self.count.fields[k] == width {
            return;
        }
        let Ok(i) = self.count.multiline.binary_search_by_key(&k, |(j, _)| *j) else {
            return;
        };
        let lines = &self.count.multiline[i].1;
        self.missed += lines.len() as u64 - 1;
        self.swallowed += lines.len() as u64 - 1;
        self.note(format!(
            "line {}: {} line(s) swallowed into the record starting on line {} (a stray quote?)",
            lines[1],
            lines.len() - 1,
            lines[0]
        ));
    }

    /// Data rows by the independent count: records after the header, a
    /// swallowing record counted by its lines.
    pub fn physical_rows(&self, header_index: usize) -> u64 {
        let width = self.width.unwrap_or(0);
        let extra: u64 = self
            .count
            .multiline
            .iter()
            .filter(|(k, _)| *k >= header_index && self.count.fields[*k] != width)
            .map(|(_, l)| l.len() as u64 - 1)
            .sum();
        self.count.starts.len().saturating_sub(header_index) as u64 + extra
    }

    /// Records matched or passed so far (the count's index).
    pub fn position(&self) -> usize {
        self.k
    }
}

/// Hands a reader its input with some byte ranges blanked: every byte in
/// them becomes a line break, so the parser passes over empty lines where
/// they were, holds none of it, and every later byte keeps its offset.
pub(crate) struct SkipRanges<R> {
    inner: R,
    ranges: Vec<(u64, u64)>,
    next: usize,
    offset: u64,
}

impl<R: Read> SkipRanges<R> {
    pub fn new(inner: R, oversized: &[Oversized]) -> SkipRanges<R> {
        SkipRanges {
            inner,
            ranges: oversized.iter().map(|o| (o.start, o.end)).collect(),
            next: 0,
            offset: 0,
        }
    }
}

impl<R: Read> Read for SkipRanges<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        loop {
            let n = self.inner.read(out)?;
            if n == 0 {
                return Ok(0);
            }
            let start = self.offset;
            self.offset += n as u64;
            while self.next < self.ranges.len() && self.ranges[self.next].1 <= start {
                self.next += 1;
            }
            // Nothing to blank in what was read (every read, as a rule):
            // handed on as it is, not byte by byte.
            if self
                .ranges
                .get(self.next)
                .is_none_or(|&(s, _)| s >= self.offset)
            {
                return Ok(n);
            }
            let mut w = 0;
            for r in 0..n {
                let at = start + r as u64;
                while self.next < self.ranges.len() && self.ranges[self.next].1 <= at {
                    self.next += 1;
                }
                let skip = self
                    .ranges
                    .get(self.next)
                    .is_some_and(|&(s, e)| at >= s && at < e);
                out[w] = if skip { b'\n' } else { out[r] };
                w += 1;
            }
            if w > 0 {
                return Ok(w);
            }
        }
    }
}

/// A sheet and its non-empty rows (1-based sheet row numbers), counted from
/// calamine's used cells.
pub(crate) fn nonempty_rows(range: &calamine::Range<calamine::Data>) -> Vec<u64> {
    let mut rows: Vec<u64> = range
        .used_cells()
        .filter(|(_, _, d)| !is_empty(d))
        .map(|(r, _, _)| range.start().map(|s| s.0).unwrap_or(0) as u64 + r as u64 + 1)
        .collect();
    rows.dedup();
    rows
}

fn is_empty(d: &calamine::Data) -> bool {
    match d {
        calamine::Data::Empty => true,
        calamine::Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(s: &str) -> CsvCount {
        count_csv(s.as_bytes(), b',', Limits::default()).unwrap()
    }

    #[test]
    fn counts_records_by_their_first_line() {
        let c = count("a,b\n1,\"x\ny\"\n\n2,z\r\n3,\"q\"\"\"\r4,w");
        assert_eq!(c.starts, vec![1, 2, 5, 6, 6]);
        assert_eq!(c.open_quote, None);
        assert_eq!(count("").starts, Vec::<u64>::new());
        assert_eq!(count("a\n").starts, vec![1]);
    }

    #[test]
    fn an_unterminated_quote_is_counted_by_lines() {
        let c = count("a,b\n1,x\n2,\"oops\n3,y\n4,z\n");
        assert_eq!(c.open_quote, Some(3));
        assert_eq!(c.starts, vec![1, 2, 3, 4, 5]);
    }

    #[test]
    fn finds_oversized_records_and_skips_them_keeping_lines() {
        let limits = Limits {
            cell_bytes: 5,
            row_bytes: 12,
        };
        let text = "a,b\n1,\"xxxxxx\nyy\"\n2,ok\n3,4,5,6,7,8,9\n";
        let c = count_csv(text.as_bytes(), b',', limits).unwrap();
        let lines: Vec<(u64, RejectReason)> =
            c.oversized.iter().map(|o| (o.line, o.reason)).collect();
        assert_eq!(
            lines,
            vec![
                (2, RejectReason::CellTooLarge),
                (5, RejectReason::RowTooLarge)
            ]
        );
        let mut out = String::new();
        SkipRanges::new(text.as_bytes(), &c.oversized)
            .read_to_string(&mut out)
            .unwrap();
        // Same length, same offsets; the oversized records are line breaks.
        assert_eq!(out.find("2,ok"), text.find("2,ok"));
        assert_eq!(out.replace('\n', ""), "a,b2,ok");
        assert_eq!(out.len(), text.len());
    }

    /// Reads a few bytes at a time, so blanked ranges start, end and lie
    /// wholly inside or outside one read.
    struct Dribble<'a>(&'a [u8], usize);

    impl Read for Dribble<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.1.min(self.0.len()).min(out.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn ranges_are_blanked_whatever_the_reads_cut() {
        let limits = Limits {
            cell_bytes: 5,
            row_bytes: 12,
        };
        let text = "a,b\n1,\"xxxxxx\nyy\"\n2,ok\n3,4,5,6,7,8,9\n4,ok\n5,123456\n";
        let c = count_csv(text.as_bytes(), b',', limits).unwrap();
        assert_eq!(c.oversized.len(), 3);
        let mut want = text.as_bytes().to_vec();
        for o in &c.oversized {
            want[o.start as usize..o.end as usize].fill(b'\n');
        }
        for step in 1..=text.len() {
            let mut got = Vec::new();
            SkipRanges::new(Dribble(text.as_bytes(), step), &c.oversized)
                .read_to_end(&mut got)
                .unwrap();
            assert_eq!(got, want, "reads of {step} bytes");
        }
    }

    #[test]
    fn names_where_counts_part() {
        assert_eq!(first_difference(&[2, 3], &[2, 3]), None);
        assert!(first_difference(&[2, 3], &[2, 3, 4])
            .unwrap()
            .starts_with("line 4:"));
        assert!(first_difference(&[2, 4], &[2, 3])
            .unwrap()
            .starts_with("line 3:"));
    }

    /// The scan as it was before it passed over runs of plain bytes
    /// (byte by byte through the state machine): the fast scan must find
    /// exactly what it found.
    fn bytewise<R: Read>(input: R, delimiter: u8, limits: Limits) -> io::Result<CsvCount> {
        let mut input = io::BufReader::with_capacity(1 << 16, input);
        let mut out = CsvCount::default();
        let mut st = St::FieldStart;
        let mut line: u64 = 1;
        let mut offset: u64 = 0;
        // The record being scanned: its first line and byte, its size so far,
        // the size of its current field, and its non-empty lines (for the
        // count by lines when a quote never closes).
        let mut rec_line = 1u64;
        let mut rec_start = 0u64;
        let mut rec_bytes = 0u64;
        let mut field_bytes = 0u64;
        let mut too_large: Option<RejectReason> = None;
        let mut rec_lines: Vec<u64> = Vec::new();
        let mut fields = 1u32;
        let mut search_from = 0u64;
        let mut newlines = 0u64;
        let mut last = b'\n';
        let mut prev_cr = false;
        loop {
            let buf = input.fill_buf()?;
            if buf.is_empty() {
                break;
            }
            let n = buf.len();
            for &b in buf {
                let here = offset;
                offset += 1;
                last = b;
                if b == b'\n' {
                    newlines += 1;
                    line += 1;
                    if prev_cr {
                        // The second byte of \r\n: the record already ended.
                        prev_cr = false;
                        continue;
                    }
                }
                let is_break = b == b'\n' || b == b'\r';
                prev_cr = b == b'\r';
                if is_break && st != St::Quoted {
                    if rec_bytes > 0 {
                        out.starts.push(rec_line);
                        out.from.push(search_from);
                        out.fields.push(fields);
                        if rec_lines.len() > 1 {
                            out.multiline
                                .push((out.starts.len() - 1, std::mem::take(&mut rec_lines)));
                        }
                        match too_large.take() {
                            Some(reason) => out.oversized.push(Oversized {
                                index: out.starts.len() - 1,
                                line: rec_line,
                                start: rec_start,
                                end: here,
                                reason,
                            }),
                            None => search_from = offset,
                        }
                    }
                    st = St::FieldStart;
                    rec_bytes = 0;
                    field_bytes = 0;
                    continue;
                }
                if rec_bytes == 0 {
                    rec_line = line;
                    rec_start = here;
                    rec_lines.clear();
                    fields = 1;
                }
                if !is_break && rec_lines.last() != Some(&line) {
                    rec_lines.push(line);
                }
                rec_bytes += 1;
                field_bytes += 1;
                st = match (st, b) {
                    (St::FieldStart | St::Unquoted | St::QuoteInQuoted, d) if d == delimiter => {
                        field_bytes = 0;
                        fields += 1;
                        St::FieldStart
                    }
                    (St::FieldStart, b'"') => St::Quoted,
                    (St::FieldStart | St::Unquoted, _) => St::Unquoted,
                    (St::Quoted, b'"') => St::QuoteInQuoted,
                    (St::Quoted, _) => St::Quoted,
                    (St::QuoteInQuoted, b'"') => St::Quoted,
                    (St::QuoteInQuoted, _) => St::Unquoted,
                };
                if too_large.is_none() {
                    if field_bytes > limits.cell_bytes {
                        too_large = Some(RejectReason::CellTooLarge);
                    } else if rec_bytes > limits.row_bytes {
                        too_large = Some(RejectReason::RowTooLarge);
                    }
                }
            }
            input.consume(n);
        }
        out.lines = newlines + u64::from(last != b'\n');
        if rec_bytes > 0 {
            let index = out.starts.len();
            if st == St::Quoted {
                // Never closed: count what follows the quote by lines, as a
                // reader that does not trust the quote would.
                out.open_quote = Some(rec_line);
                for (i, &l) in rec_lines.iter().enumerate() {
                    out.starts.push(l);
                    // Only the first is where a parser would find a record.
                    out.from.push(if i == 0 { search_from } else { u64::MAX });
                }
                out.fields.extend(rec_lines.iter().map(|_| fields));
            } else {
                out.starts.push(rec_line);
                out.from.push(search_from);
                out.fields.push(fields);
                if rec_lines.len() > 1 {
                    out.multiline.push((out.starts.len() - 1, rec_lines));
                }
            }
            if let Some(reason) = too_large {
                out.oversized.push(Oversized {
                    index,
                    line: rec_line,
                    start: rec_start,
                    end: offset,
                    reason,
                });
            }
        }
        Ok(out)
    }

    proptest::proptest! {
        #[test]
        fn passing_over_runs_counts_as_byte_by_byte(
            bytes in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b'b', b',', b'"', b'\n', b'\r', b' ', 0xc3]),
                0..300,
            ),
            cell in 1u64..12,
            row in 1u64..40,
        ) {
            let limits = Limits { cell_bytes: cell, row_bytes: row };
            let fast = count_csv(&bytes[..], b',', limits).unwrap();
            let slow = bytewise(&bytes[..], b',', limits).unwrap();
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn runs_across_the_read_buffer_count_as_byte_by_byte() {
        // Fields longer than the scan's 64 KiB buffer, quoted and not, and
        // a record over the limits that starts in one buffer and ends in the next.
        let mut text = String::from("a,b\n");
        for i in 0..40_000 {
            text.push_str(&format!("{i},\"q{i}\nz\"\r\n"));
        }
        text.push_str(&"x".repeat(70_000));
        text.push_str(",\"");
        text.push_str(&"y".repeat(70_000));
        text.push_str("\"\n1,2\n");
        let limits = Limits {
            cell_bytes: 65_000,
            row_bytes: 100_000,
        };
        let fast = count_csv(text.as_bytes(), b',', limits).unwrap();
        assert_eq!(fast, bytewise(text.as_bytes(), b',', limits).unwrap());
        assert_eq!(fast.oversized.len(), 1);
        assert_eq!(fast.starts.len(), 40_003);
    }
}
