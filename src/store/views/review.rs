//! `<out>/link/review.bin`: the review sheet's rows and its Families
//! sheet's rows as the link made them (see the parent module).

use super::{open, put, review_path, Inputs, Reader, Writer, REVIEW_MAGIC};
use crate::error::{Error, Result};
use crate::review::sheet::{FamilyRow, SheetRow};
use std::path::Path;

/// The review sheet as the last link left it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReviewRows {
    pub rows: Vec<SheetRow>,
    pub families: Vec<FamilyRow>,
    /// Pairs in the review band, decided or not.
    pub band: usize,
}

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
/// numbers, floats as their bits (read back by `review_from`).
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
    use std::io::{Read, Seek, SeekFrom};
    let path = review_path(out);
    let SpillFile { w, failed, .. } = spill.file.into_inner().unwrap_or_else(|e| e.into_inner());
    if let Some(e) = failed {
        return Err(Error::io(&path, e));
    }
    let mut file = w
        .into_inner()
        .map_err(|e| Error::io(&path, e.into_error()))?;
    let mut w = Writer::create(&path)?;
    w.stamp(REVIEW_MAGIC, inputs)?;
    w.str(fields);
    w.len(band);
    w.len(rows.len());
    let mut buf = Vec::new();
    for x in rows {
        buf.resize(x.len as usize, 0);
        file.seek(SeekFrom::Start(x.at))
            .and_then(|_| file.read_exact(&mut buf))
            .map_err(|e| Error::io(&path, e))?;
        w.raw(&buf);
    }
    w.len(families.len());
    for x in families {
        for s in [&x.family, &x.why, &x.records, &x.role, &x.name, &x.born] {
            w.str(s);
        }
    }
    w.finish()
}

/// The review rows of the last link, when they are there, whole, made from
/// `now`'s inputs and showing `fields`; else why not.
pub fn read_review(
    out: &Path,
    now: &Inputs,
    fields: &str,
) -> std::result::Result<ReviewRows, String> {
    let bytes =
        std::fs::read(review_path(out)).map_err(|_| "no stored review sheet".to_string())?;
    let mut r = open(&bytes, REVIEW_MAGIC, now, "review sheet")?;
    let torn = || "the stored review sheet is unreadable".to_string();
    if r.str().ok_or_else(torn)? != fields {
        return Err("the stored review sheet shows other [review] fields".into());
    }
    review_from(&mut r).ok_or_else(torn)
}

fn review_from(r: &mut Reader) -> Option<ReviewRows> {
    let band = usize::try_from(r.c.u64()?).ok()?;
    let n = r.len(8)?;
    let mut rows = Vec::with_capacity(n);
    for _ in 0..n {
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
        rows.push(x);
    }
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
    (r.c.remaining() == 0).then_some(ReviewRows {
        rows,
        families,
        band,
    })
}
