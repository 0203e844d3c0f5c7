//! CSV exports. UTF-8 (a BOM is stripped) is streamed from the file; any
//! other declared encoding is decoded as a whole first (encoding_rs), and a
//! byte sequence invalid for it is an error naming the line. Quoted newlines
//! are fine; positions are the line number of a record's first line. The
//! header is `header_row` or the first row holding every mapped column.
//!
//! Before parsing, `count` scans the same bytes on its own: its records are
//! compared line by line with the rows parsed (a difference is a
//! reconciliation failure naming the line), and records over the size
//! limits reach the parser as empty lines and are rejected by their line.

use super::count::{self, CsvCount, SkipRanges};
use super::stage::{PartHeader, RowDigest, RowHasher, Stager};
use super::{find_header, Extracted, Fail, FailAt, ReadCtx, HEADER_SEARCH_ROWS};
use crate::extract::cell::Cell;
use crate::mapping::{Location, SourceMapping};
use crate::model::RejectReason;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

pub(crate) fn read(cx: ReadCtx, m: &SourceMapping) -> Result<Extracted, Fail> {
    let Location::Csv { path, .. } = &m.location else {
        return Err(Fail::new(FailAt::Source, "not a CSV mapping"));
    };
    let files = super::files::matching(path)?;
    let many = files.len() > 1;
    let mut stager: Option<Stager> = None;
    let mut acc = FileTotals::default();
    for file in &files {
        read_file(cx.clone(), m, file, many, &mut stager, &mut acc)?;
    }
    let Some(stager) = stager else {
        return Err(Fail::new(FailAt::Path, "no file was read"));
    };
    // A month with nothing to export is a header alone: counted with no
    // rows. Every file so is no export at all (a wrong folder, a failed
    // export job), which must not pass as a source with nothing in it.
    if many && acc.files.iter().all(|f| f.rows == 0) {
        return Err(Fail::new(
            FailAt::Path,
            format!(
                "every one of the {} files {} matches holds a header only: no rows",
                files.len(),
                path.display()
            ),
        ));
    }
    let (mut out, profile) = stager.finish();
    out.physical_rows = Some(acc.physical_rows);
    let i = &mut out.integrity;
    i.physical_lines = Some(acc.physical_lines);
    i.parted_at = acc.parted_at;
    i.header_mismatch = acc.header_mismatch;
    if many {
        i.sheets = acc.files;
    }
    Ok((out, profile))
}

/// What the files of one source add up to, each counted on its own.
#[derive(Default)]
struct FileTotals {
    physical_rows: u64,
    physical_lines: u64,
    parted_at: Option<String>,
    header_mismatch: Option<String>,
    files: Vec<super::SheetCount>,
}

/// One file of the source, staged into `stager` (created by the first).
fn read_file<'a>(
    cx: ReadCtx,
    m: &'a SourceMapping,
    path: &Path,
    many: bool,
    stager: &mut Option<Stager<'a>>,
    acc: &mut FileTotals,
) -> Result<(), Fail> {
    let Location::Csv {
        encoding,
        delimiter,
        ..
    } = &m.location
    else {
        return Err(Fail::new(FailAt::Source, "not a CSV mapping"));
    };
    let f = FileCx {
        path,
        many,
        stager,
        acc,
    };
    let file = std::fs::File::open(path)
        .map_err(|e| Fail::new(FailAt::Path, format!("cannot open {}: {e}", path.display())))?;
    let mut input = BufReader::with_capacity(1 << 16, file);
    let head = input
        .fill_buf()
        .map_err(|e| Fail::new(FailAt::Path, format!("cannot read {}: {e}", path.display())))?;
    // A byte-order mark says what the file is, whatever was declared.
    let bom = encoding_rs::Encoding::for_bom(head);
    let encoding = bom.map(|(e, _)| e).unwrap_or(encoding);
    if encoding == encoding_rs::UTF_8 {
        let skip = bom.map(|(_, len)| len).unwrap_or(0);
        input.consume(skip);
        let counted = {
            let mut again = std::fs::File::open(path).map_err(|e| {
                Fail::new(FailAt::Path, format!("cannot open {}: {e}", path.display()))
            })?;
            let mut bom_bytes = vec![0u8; skip];
            again
                .read_exact(&mut bom_bytes)
                .and_then(|_| count::count_csv(again, *delimiter, cx.limits))
                .map_err(|e| {
                    Fail::new(FailAt::Path, format!("cannot read {}: {e}", path.display()))
                })?
        };
        let rdr = reader(*delimiter, SkipRanges::new(input, &counted.oversized));
        run(cx, m, f, rdr, counted)
    } else {
        let mut bytes = Vec::new();
        input
            .read_to_end(&mut bytes)
            .map_err(|e| Fail::new(FailAt::Path, format!("cannot read {}: {e}", path.display())))?;
        let start = bom.map(|(_, n)| n).unwrap_or(0);
        let text = decode(encoding, &bytes[start..]).map_err(|line| {
            Fail::new(
                FailAt::Encoding,
                format!(
                    "{} line {line}: bytes that are not valid {} (check `encoding`)",
                    path.display(),
                    encoding.name()
                ),
            )
        })?;
        let counted = count::count_csv(text.as_bytes(), *delimiter, cx.limits)
            .map_err(|e| Fail::new(FailAt::Path, format!("cannot read {}: {e}", path.display())))?;
        let rdr = reader(
            *delimiter,
            SkipRanges::new(text.as_bytes(), &counted.oversized),
        );
        run(cx, m, f, rdr, counted)
    }
}

fn reader<R: Read>(delimiter: u8, r: R) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(r)
}

/// Decode without replacement; Err: the 1-based line of the first bad bytes.
fn decode(encoding: &'static encoding_rs::Encoding, bytes: &[u8]) -> Result<String, usize> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let cap = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len() * 3);
    let mut out = String::with_capacity(cap);
    let (result, _read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(out),
        encoding_rs::DecoderResult::Malformed(_, _) => Err(out.matches('\n').count() + 1),
        encoding_rs::DecoderResult::OutputFull => Err(out.matches('\n').count() + 1),
    }
}

/// The file being read and where its rows go.
struct FileCx<'f, 'a> {
    path: &'f Path,
    /// One of several files: positions name the file.
    many: bool,
    stager: &'f mut Option<Stager<'a>>,
    acc: &'f mut FileTotals,
}

fn run<'a, R: Read + Send>(
    cx: ReadCtx,
    m: &'a SourceMapping,
    f: FileCx<'_, 'a>,
    mut rdr: csv::Reader<R>,
    counted: CsvCount,
) -> Result<(), Fail> {
    let path = f.path;
    let mut record = csv::StringRecord::new();
    let read_err = |e: csv::Error| read_error(path, e);
    let mut matcher = count::Matcher::new(&counted);
    let mut over = Vec::new();
    // Rows up to the header are kept to find it.
    let mut top: Vec<(u64, Vec<String>)> = Vec::new();
    let header_at = loop {
        if !rdr.read_record(&mut record).map_err(read_err)? {
            break None;
        }
        let (byte, line) = record
            .position()
            .map(|p| (p.byte(), p.line()))
            .unwrap_or_default();
        // Records too large to read above the header are not data rows.
        let line = matcher.next(byte, line, &mut over);
        over.clear();
        top.push((line, record.iter().map(str::to_string).collect()));
        match m.header_row {
            Some(h) if line == u64::from(h) => break Some(top.len() - 1),
            Some(h) if line > u64::from(h) => {
                return Err(Fail::new(
                    FailAt::HeaderRow,
                    format!("{} has no record starting on line {h}", path.display()),
                ))
            }
            Some(_) => {}
            None => {
                let k = m.header_rows.max(1) as usize;
                if top.len() >= k && find_header(m, &top[top.len() - k..], true).is_ok() {
                    break Some(top.len() - 1);
                }
                if top.len() >= HEADER_SEARCH_ROWS {
                    break None;
                }
            }
        }
    };
    let Some(h) = header_at else {
        return Err(no_header(m, path, &top));
    };
    if (h + 1) < m.header_rows as usize {
        return Err(Fail::new(
            FailAt::HeaderRow,
            format!(
                "{}: the header's {} rows start above the first line",
                path.display(),
                m.header_rows
            ),
        ));
    }
    let paths = super::header_of(m, &top[..=h], true);
    let file_name = super::files::name_of(path);
    let label = if f.many {
        file_name.clone()
    } else {
        String::new()
    };
    let header = PartHeader::from_paths(&paths, label, "", &file_name);
    let bound = match f.stager.take() {
        None => Stager::bind(cx, m, header, true),
        Some(prev) => prev.next_part(cx, m, header),
    };
    let mut stager = bound.map_err(|missing| {
        Fail::missing(
            missing,
            format!("{} header (line {})", path.display(), top[h].0),
        )
    })?;
    let width = top[h].1.len();
    let header_index = matcher.position();
    stager.reserve_rows(counted.starts.len().saturating_sub(header_index));
    matcher.set_width(width);
    // The widths of the non-blank rows, to see a header that does not fit.
    let mut widths: std::collections::BTreeMap<usize, u64> = Default::default();
    // The parse and each row's hash on a thread of its own, the staging
    // here, where every other kind of source makes its records. On one
    // thread, at a million rows (the peers' file), staging a row (its
    // fields read, its hash, its key's look-up) took four fifths of the
    // reader's time and the parse the rest, while the staging store's
    // writer used two thirds of the other core: the extract took 1.80-1.87
    // s, and 1.50-1.60 s so (runs alternated, the machine otherwise idle).
    std::thread::scope(|scope| -> Result<(), Fail> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(BATCHES_IN_FLIGHT);
        let (spare_tx, spare_rx) = std::sync::mpsc::channel::<Batch>();
        let (matcher, widths, over) = (&mut matcher, &mut widths, &mut over);
        // Each row's hash here too, where the row's cells are its fields.
        let hash_here = stager.base() == width;
        let parse = scope.spawn(move || -> Result<(), Fail> {
            let mut batch = Batch::default();
            while rdr.read_record(&mut record).map_err(read_err)? {
                let (byte, line) = record
                    .position()
                    .map(|p| (p.byte(), p.line()))
                    .unwrap_or_default();
                let line = matcher.next(byte, line, over);
                for o in over.drain(..) {
                    batch.items.push(Item::Reject(o.line, o.reason));
                }
                let blank = record.iter().all(|f| super::stage::trim_cell(f).is_empty());
                if !blank {
                    *widths.entry(record.len()).or_default() += 1;
                }
                if record.len() != width {
                    // A run of delimiters or a whitespace line: blank,
                    // whatever its width.
                    batch.items.push(if blank {
                        Item::Blank(line)
                    } else {
                        Item::Reject(line, RejectReason::MalformedRow)
                    });
                } else {
                    let mut h = hash_here.then(|| RowHasher::new(None));
                    for f in record.iter() {
                        batch.text.push_str(f);
                        batch.ends.push(batch.text.len());
                        if let Some(h) = &mut h {
                            h.text_cell(f);
                        }
                    }
                    batch.digests.extend(h.map(RowHasher::finish));
                    batch.items.push(Item::Row(line));
                }
                if batch.items.len() >= BATCH_ROWS {
                    let next = spare_rx.try_recv().unwrap_or_default();
                    // The stager has stopped only when this thread's
                    // caller is unwinding.
                    if tx.send(std::mem::replace(&mut batch, next)).is_err() {
                        return Ok(());
                    }
                }
            }
            if !batch.items.is_empty() {
                let _ = tx.send(batch);
            }
            Ok(())
        });
        let mut cells: Vec<Cell> = vec![Cell::Null; width];
        for mut batch in rx.iter() {
            batch.stage(&mut stager, &mut cells);
            // The parse has stopped when nobody takes it back.
            let _ = spare_tx.send(batch);
        }
        match parse.join() {
            Ok(parsed) => parsed,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })?;
    matcher.finish(&mut over);
    for o in over.drain(..) {
        stager.reject_row(o.line, o.reason);
    }
    *f.stager = Some(stager);
    let acc = f.acc;
    let physical = matcher.physical_rows(header_index);
    acc.physical_rows += physical;
    acc.physical_lines += counted.lines;
    acc.files.push(super::SheetCount {
        name: file_name,
        rows: physical,
        status: "mapped",
    });
    let parted = matcher.parted.take().map(|d| {
        let mut d = format!(
            "{d} ({} record(s) never read, {} row(s) read beyond the count)",
            matcher.missed, matcher.extra
        );
        if let Some(q) = counted.open_quote {
            d.push_str(&format!("; a quote opened on line {q} is never closed"));
        }
        if f.many {
            d = format!("{}: {d}", path.display());
        }
        d
    });
    acc.parted_at = acc.parted_at.take().or(parted);
    let mismatch = count::width_mismatch(width, &widths);
    acc.header_mismatch = acc.header_mismatch.take().or(mismatch);
    Ok(())
}

/// Rows handed from the parse to the staging thread at a time, and how
/// many batches may wait for it: enough that neither side waits on the
/// other for each row, few enough to add nothing to the run's peak.
const BATCH_ROWS: usize = 1024;
const BATCHES_IN_FLIGHT: usize = 4;

/// Parsed rows on their way to the stager, in the file's order.
#[derive(Default)]
struct Batch {
    /// The fields of every `Item::Row`, one after another.
    text: String,
    /// Where each field ends in `text`; a row has the header's width.
    ends: Vec<usize>,
    /// Each `Item::Row`'s hash, when the parse works them out.
    digests: Vec<RowDigest>,
    items: Vec<Item>,
}

enum Item {
    /// A row of the header's width: its line.
    Row(u64),
    /// A row of blank fields only, whatever its width.
    Blank(u64),
    Reject(u64, RejectReason),
}

impl Batch {
    /// Stage every item, in order, and empty the batch for its next use.
    fn stage(&mut self, stager: &mut Stager<'_>, cells: &mut [Cell]) {
        let mut field = 0;
        let mut from = 0;
        let mut digests = self.digests.iter();
        for item in &self.items {
            match *item {
                Item::Row(line) => {
                    for c in cells.iter_mut() {
                        let to = self.ends[field];
                        c.set_text(&self.text[from..to]);
                        from = to;
                        field += 1;
                    }
                    stager.row_digested(line, cells, digests.next());
                }
                Item::Blank(line) => {
                    for c in cells.iter_mut() {
                        *c = Cell::Null;
                    }
                    stager.row(line, cells);
                }
                Item::Reject(line, reason) => stager.reject_row(line, reason),
            }
        }
        self.text.clear();
        self.ends.clear();
        self.digests.clear();
        self.items.clear();
    }
}

/// Why no header was found: an empty file, a `header_row` past its end, or
/// the mapped columns no row holds.
fn no_header(m: &SourceMapping, path: &Path, top: &[(u64, Vec<String>)]) -> Fail {
    if top.is_empty() {
        return Fail::new(
            FailAt::Path,
            format!("{} is empty: no header row", path.display()),
        );
    }
    if m.header_row.is_some() {
        return Fail::new(
            FailAt::HeaderRow,
            format!("{} ends before header_row", path.display()),
        );
    }
    let missing = find_header(m, top, true).err().unwrap_or_default();
    Fail::missing(
        missing,
        format!(
            "{}: no row among the first {} holds every mapped column;",
            path.display(),
            top.len()
        ),
    )
}

/// A csv crate error as a source failure, with the file and line.
fn read_error(path: &Path, e: csv::Error) -> Fail {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => Fail::new(
            FailAt::Encoding,
            format!(
                "{} line {line}: bytes that are not valid UTF-8 (declare `encoding`, e.g. \"windows-1252\")",
                path.display()
            ),
        ),
        csv::ErrorKind::Io(io) => Fail::new(FailAt::Path, format!("{} line {line}: {io}", path.display())),
        _ => Fail::new(FailAt::Source, format!("{} line {line}: not readable as CSV", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_or_names_the_line() {
        let latin = b"a,b\ncaf\xe9,1\n";
        assert_eq!(
            decode(encoding_rs::WINDOWS_1252, latin).unwrap(),
            "a,b\ncafé,1\n"
        );
        // Shift_JIS lead byte without its trail byte on line 3.
        let sjis = b"a,b\nx,1\n\x81\n";
        assert_eq!(decode(encoding_rs::SHIFT_JIS, sjis), Err(3));
    }
}
