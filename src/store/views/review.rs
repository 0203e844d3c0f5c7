//! `<out>/link/review.bin`: the review sheet's rows and its Families
//! sheet's rows as the link made them (see the parent module), read back
//! one row at a time: at 10M records the band is 20M pairs and the file
//! 10 GB, more than `review export` could hold.
//!
//! Layout (`OFREVW02`): the magic; three sizes (u64): the head's bytes,
//! the number of sheet rows and their bytes; the head: the stamp, the
//! `[review] fields`, the band's size and the Families rows; then the
//! sheet rows, each its length (u32) and its bytes. The Families rows come
//! first so that they are read without passing the sheet rows; the sizes
//! must add up to the file's, so a torn file is refused before anything
//! is allocated for it or written from it. `OFREVW01` held the
//! Families rows after the sheet rows: its magic is refused, so an older
//! file is never misread (the export answers from the stored link, and the
//! next link writes this layout).

use super::{other_build, put, review_path, stamped, Cursor, Inputs, Reader, Writer, REVIEW_MAGIC};
use crate::error::{Error, Result};
use crate::review::sheet::{FamilyRow, SheetRow};
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

/// What the rows' `[review] fields` were, as a stamp.
pub fn fields_stamp(fields: &[crate::model::ReviewField]) -> String {
    format!("{fields:?}")
}

/// The review band's rows as a link makes them, each written to a
/// temporary file as soon as it is made, in whatever order the threads make
/// them; only where each one lies is kept (`Spilled`, 12 bytes). At 3M
/// records the band's 2.2M rows held in memory, even as their bytes, were
/// the link's peak; in the file they cost the page cache, which the system
/// may reclaim, not the process. `write_review` copies them into the view
/// in the sheet's order.
pub struct Spill {
    file: std::sync::Mutex<SpillFile>,
}

struct SpillFile {
    w: std::io::BufWriter<std::fs::File>,
    at: u64,
    /// The first write that failed: reported by `write_review`.
    failed: Option<std::io::Error>,
}

/// Where one row lies in a `Spill`.
#[derive(Clone, Copy, Debug)]
pub struct Spilled {
    at: u64,
    len: u32,
}

impl Spill {
    /// A spill beside the view it is for (`<out>/link`), removed when dropped.
    pub fn new(out: &Path) -> Result<Spill> {
        let dir = review_path(out);
        let dir = dir.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let file = tempfile::tempfile_in(dir).map_err(|e| Error::io(dir, e))?;
        Ok(Spill {
            file: std::sync::Mutex::new(SpillFile {
                w: std::io::BufWriter::with_capacity(1 << 20, file),
                at: 0,
                failed: None,
            }),
        })
    }

    /// Write one row (callable from many threads at once).
    pub fn keep(&self, x: &SheetRow) -> Spilled {
        use std::io::Write;
        let b = encode_row(x);
        let mut f = self.file.lock().unwrap_or_else(|e| e.into_inner());
        let at = f.at;
        f.at += b.len() as u64;
        if f.failed.is_none() {
            if let Err(e) = f.w.write_all(&b) {
                f.failed = Some(e);
            }
        }
        Spilled {
            at,
            len: b.len() as u32,
        }
    }
}

/// A row in the view's layout: length-prefixed strings, little-endian
/// numbers, floats as their bits (read back by `row_from`).
fn encode_row(x: &SheetRow) -> Vec<u8> {
    let mut b = Vec::with_capacity(1024);
    let str = |b: &mut Vec<u8>, s: &str| put(b, s.as_bytes());
    let strs = |b: &mut Vec<u8>, v: &[String]| {
        b.extend_from_slice(&(v.len() as u64).to_le_bytes());
        for s in v {
            put(b, s.as_bytes());
        }
    };
    str(&mut b, &x.left);
    str(&mut b, &x.right);
    b.extend_from_slice(&x.match_weight.to_bits().to_le_bytes());
    b.extend_from_slice(&x.match_probability.to_bits().to_le_bytes());
    b.push(x.linked_now as u8);
    strs(&mut b, &x.left_values);
    strs(&mut b, &x.right_values);
    for s in [
        &x.reasons_for,
        &x.reasons_against,
        &x.refused_by,
        &x.consequence,
    ] {
        str(&mut b, s);
    }
    b.push(x.rank);
    for s in [
        &x.why,
        &x.left_role,
        &x.right_role,
        &x.left_age,
        &x.right_age,
        &x.decision,
        &x.comment,
        &x.reviewer,
    ] {
        str(&mut b, s);
    }
    b
}

/// Write the review sheet's rows of a link: `band` pairs in the review
/// band, `rows` the sheet's rows in order (kept in `spill`), `families` the
/// Families sheet's.
pub fn write_review(
    out: &Path,
    inputs: &Inputs,
    fields: &str,
    band: usize,
    spill: Spill,
    rows: &[Spilled],
    families: &[FamilyRow],
) -> Result<()> {
    use std::io::{Seek, SeekFrom};
    let path = review_path(out);
    let SpillFile { w, failed, .. } = spill.file.into_inner().unwrap_or_else(|e| e.into_inner());
    if let Some(e) = failed {
        return Err(Error::io(&path, e));
    }
    let mut file = w
        .into_inner()
        .map_err(|e| Error::io(&path, e.into_error()))?;
    let mut head = Vec::new();
    let json = serde_json::to_string(inputs).map_err(|e| Error::Other(e.to_string()))?;
    put(&mut head, json.as_bytes());
    put(&mut head, fields.as_bytes());
    head.extend_from_slice(&(band as u64).to_le_bytes());
    head.extend_from_slice(&(families.len() as u64).to_le_bytes());
    for x in families {
        for s in [&x.family, &x.why, &x.records, &x.role, &x.name, &x.born] {
            put(&mut head, s.as_bytes());
        }
    }
    let bytes: u64 = rows.iter().map(|x| 4 + u64::from(x.len)).sum();
    let mut w = Writer::create(&path)?;
    w.raw(REVIEW_MAGIC);
    w.len(head.len());
    w.len(rows.len());
    w.raw(&bytes.to_le_bytes());
    w.raw(&head);
    let mut buf = Vec::new();
    for x in rows {
        buf.resize(x.len as usize, 0);
        file.seek(SeekFrom::Start(x.at))
            .and_then(|_| file.read_exact(&mut buf))
            .map_err(|e| Error::io(&path, e))?;
        w.raw(&x.len.to_le_bytes());
        w.raw(&buf);
    }
    w.finish()
}

/// The stored review sheet, opened: its Families rows and band read, its
/// sheet rows still in the file, read as `rows` is iterated.
pub struct StoredReview {
    pub families: Vec<FamilyRow>,
    /// Pairs in the review band, decided or not.
    pub band: usize,
    pub rows: StoredRows,
}

/// The sheet rows of a stored review sheet, in the sheet's order, read one
/// at a time. A row that cannot be read (damaged bytes inside the rows,
/// which the sizes checked at open cannot see) is an error, after which
/// the iterator ends; `failed` says so, for the caller to answer some
/// other way.
pub struct StoredRows {
    file: BufReader<std::fs::File>,
    path: PathBuf,
    /// Rows not yet read.
    left: u64,
    /// Bytes of rows not yet read.
    bytes: u64,
    buf: Vec<u8>,
    failed: bool,
    ended: bool,
}

/// No sheet row is this long (a row is some thirty cells, and a cell holds
/// at most 32,767 characters): a longer length is a torn one, refused
/// before it is allocated.
const MAX_ROW: u64 = 64 << 20;

/// The review rows of the last link, when they are there, whole, made from
/// `now`'s inputs and showing `fields`; else why not. Only the head is
/// read here; the file's size is checked against its sizes first, so a
/// truncated or extended file is refused now, before any row is used.
pub fn open_review(
    out: &Path,
    now: &Inputs,
    fields: &str,
) -> std::result::Result<StoredReview, String> {
    const WHAT: &str = "review sheet";
    let path = review_path(out);
    let file = std::fs::File::open(&path).map_err(|_| "no stored review sheet".to_string())?;
    let torn = || "the stored review sheet is unreadable".to_string();
    let size = file.metadata().map_err(|_| torn())?.len();
    let mut file = BufReader::with_capacity(1 << 20, file);
    let mut magic = [0u8; 8];
    file.read_exact(&mut magic).map_err(|_| torn())?;
    if &magic != REVIEW_MAGIC {
        return Err(other_build(WHAT));
    }
    let mut sizes = [0u64; 3];
    for n in &mut sizes {
        let mut b = [0u8; 8];
        file.read_exact(&mut b).map_err(|_| torn())?;
        *n = u64::from_le_bytes(b);
    }
    let [head_len, left, bytes] = sizes;
    // The sizes fill the file to its end, and every row is at least its
    // length.
    let whole = head_len
        .checked_add(bytes)
        .and_then(|n| n.checked_add(32))
        .is_some_and(|n| n == size)
        && left.checked_mul(4).is_some_and(|b| b <= bytes);
    if !whole {
        return Err(torn());
    }
    let mut head = vec![0u8; usize::try_from(head_len).map_err(|_| torn())?];
    file.read_exact(&mut head).map_err(|_| torn())?;
    let mut r = Reader {
        c: Cursor::new(&head),
    };
    stamped(&mut r, now, WHAT)?;
    if r.str().ok_or_else(torn)? != fields {
        return Err("the stored review sheet shows other [review] fields".into());
    }
    let (band, families) = head_from(&mut r)
        .filter(|_| r.c.remaining() == 0)
        .ok_or_else(torn)?;
    Ok(StoredReview {
        families,
        band,
        rows: StoredRows {
            file,
            path,
            left,
            bytes,
            buf: Vec::new(),
            failed: false,
            ended: false,
        },
    })
}

/// The head past the stamp and fields: the band and the Families rows.
fn head_from(r: &mut Reader) -> Option<(usize, Vec<FamilyRow>)> {
    let band = usize::try_from(r.c.u64()?).ok()?;
    let n = r.len(24)?;
    let mut families = Vec::with_capacity(n);
    for _ in 0..n {
        families.push(FamilyRow {
            family: r.str()?,
            why: r.str()?,
            records: r.str()?,
            role: r.str()?,
            name: r.str()?,
            born: r.str()?,
        });
    }
    Some((band, families))
}

impl StoredRows {
    /// Whether a row could not be read: the file is not as its head says.
    pub fn failed(&self) -> bool {
        self.failed
    }

    fn next_row(&mut self) -> Option<SheetRow> {
        let mut n = [0u8; 4];
        self.file.read_exact(&mut n).ok()?;
        let len = u64::from(u32::from_le_bytes(n));
        if len > MAX_ROW {
            return None;
        }
        self.bytes = self.bytes.checked_sub(4 + len)?;
        self.buf.resize(len as usize, 0);
        self.file.read_exact(&mut self.buf).ok()?;
        let mut r = Reader {
            c: Cursor::new(&self.buf),
        };
        let row = row_from(&mut r)?;
        (r.c.remaining() == 0).then_some(row)
    }
}

impl Iterator for StoredRows {
    type Item = Result<SheetRow>;

    fn next(&mut self) -> Option<Result<SheetRow>> {
        if self.ended {
            return None;
        }
        let row = if self.left == 0 {
            // Every row read: they must have used every byte the head gave.
            self.ended = true;
            if self.bytes == 0 {
                return None;
            }
            None
        } else {
            self.left -= 1;
            self.next_row()
        };
        match row {
            Some(row) => Some(Ok(row)),
            None => {
                self.failed = true;
                self.ended = true;
                Some(Err(Error::Other(format!(
                    "{}: the stored review sheet is unreadable",
                    self.path.display()
                ))))
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = usize::try_from(self.left).unwrap_or(usize::MAX);
        (
            0,
            if self.ended {
                Some(0)
            } else {
                left.checked_add(1)
            },
        )
    }
}

/// One sheet row as `encode_row` wrote it.
fn row_from(r: &mut Reader) -> Option<SheetRow> {
    let mut x = SheetRow {
        left: r.str()?,
        right: r.str()?,
        match_weight: r.f64()?,
        match_probability: r.f64()?,
        linked_now: r.bool()?,
        left_values: r.strs()?,
        right_values: r.strs()?,
        reasons_for: r.str()?,
        reasons_against: r.str()?,
        refused_by: r.str()?,
        consequence: r.str()?,
        rank: r.u8()?,
        ..Default::default()
    };
    for s in [
        &mut x.why,
        &mut x.left_role,
        &mut x.right_role,
        &mut x.left_age,
        &mut x.right_age,
        &mut x.decision,
        &mut x.comment,
        &mut x.reviewer,
    ] {
        *s = r.str()?;
    }
    Some(x)
}

#[cfg(test)]
mod tests {
    use super::super::tests::inputs;
    use super::*;

    fn rows() -> Vec<SheetRow> {
        vec![
            SheetRow {
                left: "a:1".into(),
                right: "a:2".into(),
                match_weight: 0.1 + 0.2,
                match_probability: 1.0 / 3.0,
                linked_now: true,
                left_values: vec!["x".into(), String::new()],
                right_values: vec!["y".into()],
                reasons_for: "f".into(),
                rank: 0,
                consequence: "Same joins two families with open cases".into(),
                why: "w".into(),
                reviewer: "r".into(),
                ..Default::default()
            },
            SheetRow {
                left: "b:1".into(),
                right: "b:2".into(),
                match_weight: -2.5,
                match_probability: 0.15,
                left_values: vec!["z".into()],
                refused_by: "two children".into(),
                rank: 3,
                ..Default::default()
            },
            SheetRow {
                left: "c:1".into(),
                right: "c:2".into(),
                match_weight: 1.25,
                match_probability: 0.7,
                decision: "Unsure".into(),
                comment: "a, \"quoted\"\nline".into(),
                rank: 4,
                ..Default::default()
            },
        ]
    }

    fn families() -> Vec<FamilyRow> {
        vec![
            FamilyRow {
                family: "F1".into(),
                born: "2001".into(),
                ..Default::default()
            },
            FamilyRow {
                family: "F1".into(),
                why: "too many adults".into(),
                records: "a:1 a:2".into(),
                role: "child".into(),
                ..Default::default()
            },
        ]
    }

    /// The view of `rows` and `families`, kept in another order than the
    /// sheet's, as threads would.
    fn stored(d: &Path, rows: &[SheetRow], families: &[FamilyRow]) {
        let spill = Spill::new(d).unwrap();
        let mut kept: Vec<Spilled> = rows.iter().rev().map(|r| spill.keep(r)).collect();
        kept.reverse();
        write_review(d, &inputs(), "[Key]", 4, spill, &kept, families).unwrap();
    }

    /// Everything the view gives back, or why not.
    fn read(
        d: &Path,
        now: &Inputs,
        fields: &str,
    ) -> std::result::Result<(Vec<SheetRow>, Vec<FamilyRow>, usize), String> {
        let s = open_review(d, now, fields)?;
        let rows: Result<Vec<SheetRow>> = s.rows.collect();
        Ok((rows.map_err(|e| e.to_string())?, s.families, s.band))
    }

    #[test]
    fn review_rows_come_back_bit_for_bit_one_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        stored(d, &rows(), &families());
        assert_eq!(
            read(d, &inputs(), "[Key]").unwrap(),
            (rows(), families(), 4)
        );
        // The Families rows and the band come before any sheet row is read.
        let s = open_review(d, &inputs(), "[Key]").unwrap();
        assert_eq!((s.families.len(), s.band), (2, 4));
        let mut rows_read = s.rows;
        assert_eq!(rows_read.next().unwrap().unwrap(), rows()[0]);
        assert!(!rows_read.failed());

        let why = read(d, &inputs(), "[Key, Given]").unwrap_err();
        assert!(why.contains("[review] fields"), "{why}");
        let mut now = inputs();
        now.decisions = "x".into();
        assert!(read(d, &now, "[Key]").unwrap_err().contains("decisions"));
        assert_eq!(
            read(&d.join("none"), &inputs(), "[Key]").unwrap_err(),
            "no stored review sheet"
        );
    }

    #[test]
    fn an_empty_band_is_a_view_too() {
        let dir = tempfile::tempdir().unwrap();
        stored(dir.path(), &[], &[]);
        assert_eq!(
            read(dir.path(), &inputs(), "[Key]").unwrap(),
            (Vec::new(), Vec::new(), 4)
        );
    }

    #[test]
    fn a_torn_or_corrupt_view_is_refused_never_misread() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        stored(d, &rows(), &families());
        let whole = std::fs::read(review_path(d)).unwrap();
        // Every cut is refused when the view is opened, before a row is
        // used: the head gives the file's size.
        for cut in 0..whole.len() {
            std::fs::write(review_path(d), &whole[..cut]).unwrap();
            assert!(open_review(d, &inputs(), "[Key]").is_err(), "{cut}");
        }
        // So is a byte too many.
        let mut longer = whole.clone();
        longer.push(0);
        std::fs::write(review_path(d), &longer).unwrap();
        assert!(open_review(d, &inputs(), "[Key]").is_err());
        // Every byte flipped: refused when opened, or a row that is an
        // error (and `failed`, and then the end), or rows read; no panic.
        let mut refused_late = 0;
        for at in 0..whole.len() {
            let mut b = whole.clone();
            b[at] ^= 0xff;
            std::fs::write(review_path(d), &b).unwrap();
            let Ok(s) = open_review(d, &inputs(), "[Key]") else {
                continue;
            };
            let mut rows = s.rows;
            let mut n = 0;
            while let Some(r) = rows.next() {
                n += 1;
                if r.is_err() {
                    assert!(rows.failed(), "{at}");
                    assert!(rows.next().is_none(), "{at}");
                    refused_late += 1;
                    break;
                }
            }
            assert!(n <= 4, "{at}");
        }
        // A row's length flipped passes the head's checks and is refused
        // when the row is read.
        assert!(refused_late > 0);
    }

    /// `OFREVW01` (before the rows streamed): the Families rows after the
    /// sheet rows, and no row's length. Such a file, whole and stamped
    /// with today's inputs, is refused (the export then answers from the
    /// stored link), never read in today's layout.
    #[test]
    fn a_view_of_the_previous_layout_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let mut w = Writer::create(&review_path(d)).unwrap();
        w.stamp(b"OFREVW01", &inputs()).unwrap();
        w.str("[Key]");
        w.len(4);
        w.len(rows().len());
        for r in rows() {
            w.raw(&encode_row(&r));
        }
        w.len(families().len());
        for x in families() {
            for s in [&x.family, &x.why, &x.records, &x.role, &x.name, &x.born] {
                w.str(s);
            }
        }
        w.finish().unwrap();
        let why = read(d, &inputs(), "[Key]").unwrap_err();
        assert!(why.contains("another build"), "{why}");
    }

    /// The sheet written from the stored view, row by row, is the sheet
    /// written from the rows in memory: the same CSV bytes, the same cells.
    #[test]
    fn the_streamed_export_of_a_view_is_the_in_memory_export() {
        use calamine::{open_workbook_auto, Reader as _};
        let dir = tempfile::tempdir().unwrap();
        let (view, memory) = (dir.path().join("view"), dir.path().join("memory"));
        let fields = crate::model::ReviewField::DEFAULT;
        stored(&view, &rows(), &families());
        let s = open_review(&view, &inputs(), "[Key]").unwrap();
        let streamed =
            crate::review::sheet::write_rows(&view, &fields, s.rows, &s.families).unwrap();
        assert_eq!(streamed.rows, 3);
        let (xlsx, csv) =
            crate::review::sheet::write(&memory, &fields, &rows(), &families()).unwrap();
        let text = std::fs::read(&csv).unwrap();
        assert_eq!(std::fs::read(&streamed.csv).unwrap(), text);
        assert_eq!(
            String::from_utf8(text)
                .unwrap()
                .lines()
                .next()
                .map(|l| l.starts_with("#,left,right")),
            Some(true)
        );
        let (mut a, mut b) = (
            open_workbook_auto(&streamed.xlsx).unwrap(),
            open_workbook_auto(&xlsx).unwrap(),
        );
        assert_eq!(a.sheet_names(), ["Review", "Families", "Instructions"]);
        assert_eq!(a.sheet_names(), b.sheet_names());
        for name in a.sheet_names() {
            let (x, y) = (
                a.worksheet_range(&name).unwrap(),
                b.worksheet_range(&name).unwrap(),
            );
            assert_eq!(x, y, "{name}");
            assert!(x.height() > 2, "{name}");
        }
    }
}
