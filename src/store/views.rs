//! What a link leaves so that `explain-family` and `review export` answer
//! without reading the store's extracts, standardising the estate or
//! forming families again: the two answers' inputs, computed once when the
//! link ran, under the stored link's stamp (`linked::Inputs`).
//!
//! - `<out>/link/families.bin`, the family view: what
//!   `link::family_explain::explain_family` reads of the linked estate and
//!   nothing more. Each person record's source, key and source family key
//!   and its family; each person's ID, role and records; each family's ID,
//!   members, lead worker, lead-worker conflict and whether each of its
//!   involvements is open; the family links; the formation's groupings,
//!   joins, placements and conflicts (a conflict's reason is not kept:
//!   explain-family does not print it). `FamilyView::unified` puts them
//!   back into a `Unified` that explain-family reads as it reads a full
//!   link's: the same function answers both ways, and a test compares the
//!   two answers. No name, date or address of a person is copied.
//! - `<out>/link/review.bin`: the review sheet's rows and its Families
//!   sheet's rows, as `review::sheet::rows` and `family_rows` made them
//!   after the link (reviewers' decisions applied), and the size of the
//!   review band, stamped besides with the project's `[review] fields`
//!   they show. They hold the records' names and dates as the sheet does,
//!   in the run's folder beside the store they came from.
//!
//! A view made from other inputs than today's is stale, and `read` says
//! which input moved (as the stored link does); a torn file is refused,
//! never misread, and every index in it is checked before use.
//!
//! Format: laid out by hand like `clusters.bin` (`bytes`): a magic, the
//! stamp as length-prefixed JSON, then little-endian numbers and
//! length-prefixed strings; floats as their bits. `review.bin` puts its
//! sizes between the magic and the stamp, so that its rows can be read one
//! at a time (`review`).

use super::bytes::{put, Cursor};
use super::linked::Inputs;
use crate::error::{Error, Result};
use crate::model::family::{FamilyConflict, FamilyRule, Formation, GroupingInfo, Join, Placement};
use crate::model::{
    Coded, FamilyLink, Involvement, Name, Person, Role, SourceInfo, StagedPerson, Unified,
    UnifiedFamily, UnifiedPerson,
};
use std::path::{Path, PathBuf};

mod review;
pub use review::{
    fields_stamp, open_review, write_review, Spill, Spilled, StoredReview, StoredRows,
};

const FAMILIES_MAGIC: &[u8; 8] = b"OFFAMV01";
/// `02`: the Families rows before the sheet rows, each row length-prefixed
/// (`review`).
const REVIEW_MAGIC: &[u8; 8] = b"OFREVW02";

/// The family view's file.
pub fn families_path(out: &Path) -> PathBuf {
    out.join("link").join("families.bin")
}

/// The review rows' file.
pub fn review_path(out: &Path) -> PathBuf {
    out.join("link").join("review.bin")
}

/// "None" for an optional index.
const NONE: u32 = u32::MAX;

fn rule_code(r: FamilyRule) -> u8 {
    // Exhaustive: a new rule fails to compile here until it has a code.
    match r {
        FamilyRule::SharedChild => 0,
        FamilyRule::SameAdults => 1,
        FamilyRule::AdultOnlyGroupingJoins => 2,
        FamilyRule::SharedAdultAndAddress => 3,
        FamilyRule::NamedParents => 4,
        FamilyRule::SharedAddress => 5,
        FamilyRule::SiblingsTogether => 6,
    }
}

fn rule_of(c: u8) -> Option<FamilyRule> {
    Some(match c {
        0 => FamilyRule::SharedChild,
        1 => FamilyRule::SameAdults,
        2 => FamilyRule::AdultOnlyGroupingJoins,
        3 => FamilyRule::SharedAdultAndAddress,
        4 => FamilyRule::NamedParents,
        5 => FamilyRule::SharedAddress,
        6 => FamilyRule::SiblingsTogether,
        _ => return None,
    })
}

fn role_code(r: Role) -> u8 {
    match r {
        Role::Child => 0,
        Role::Parent => 1,
        Role::Carer => 2,
        Role::OtherAdult => 3,
        Role::Unknown => 4,
    }
}

fn role_of(c: u8) -> Option<Role> {
    Some(match c {
        0 => Role::Child,
        1 => Role::Parent,
        2 => Role::Carer,
        3 => Role::OtherAdult,
        4 => Role::Unknown,
        _ => return None,
    })
}

/// A writer of the layout `Reader` reads, into a temporary file beside
/// `path` that `finish` renames into place (as `write_atomic` does). It
/// writes out its buffer whenever it passes `SPILL` bytes: a million-record
/// view held whole (and grown by doubling) added a few hundred megabytes to
/// the link's peak memory.
struct Writer {
    b: Vec<u8>,
    path: PathBuf,
    tmp: tempfile::NamedTempFile,
    /// The first write that failed: reported by `finish`.
    failed: Option<std::io::Error>,
}

/// Bytes a `Writer` buffers before writing them out.
const SPILL: usize = 1 << 20;

impl Writer {
    fn create(path: &Path) -> Result<Writer> {
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(dir, e))?;
        Ok(Writer {
            b: Vec::with_capacity(SPILL + 4096),
            path: path.to_path_buf(),
            tmp,
            failed: None,
        })
    }

    fn spill(&mut self) {
        if self.failed.is_none() {
            if let Err(e) = std::io::Write::write_all(&mut self.tmp, &self.b) {
                self.failed = Some(e);
            }
        }
        self.b.clear();
    }

    /// Write what is left and rename the file into place.
    fn finish(mut self) -> Result<()> {
        self.spill();
        if let Some(e) = self.failed {
            return Err(Error::io(&self.path, e));
        }
        self.tmp
            .persist(&self.path)
            .map_err(|e| Error::io(&self.path, e.error))?;
        Ok(())
    }

    fn u8(&mut self, v: u8) {
        self.b.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.b.extend_from_slice(&v.to_le_bytes());
        if self.b.len() >= SPILL {
            self.spill();
        }
    }
    fn len(&mut self, n: usize) {
        self.b.extend_from_slice(&(n as u64).to_le_bytes());
    }
    /// Bytes already in the file's layout.
    fn raw(&mut self, bytes: &[u8]) {
        self.b.extend_from_slice(bytes);
        if self.b.len() >= SPILL {
            self.spill();
        }
    }
    fn str(&mut self, s: &str) {
        put(&mut self.b, s.as_bytes());
        if self.b.len() >= SPILL {
            self.spill();
        }
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }
    fn stamp(&mut self, magic: &[u8; 8], inputs: &Inputs) -> Result<()> {
        self.b.extend_from_slice(magic);
        let json = serde_json::to_string(inputs).map_err(|e| Error::Other(e.to_string()))?;
        self.str(&json);
        Ok(())
    }
}

/// A bounds-checked reader: `None` past the end or on a value out of range.
struct Reader<'a> {
    c: Cursor<'a>,
}

impl<'a> Reader<'a> {
    fn u8(&mut self) -> Option<u8> {
        Some(self.c.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        self.c.u32()
    }
    /// An index below `limit`.
    fn idx(&mut self, limit: usize) -> Option<u32> {
        let v = self.c.u32()?;
        ((v as usize) < limit).then_some(v)
    }
    /// An optional index below `limit`.
    fn opt_idx(&mut self, limit: usize) -> Option<Option<u32>> {
        match self.c.u32()? {
            NONE => Some(None),
            v => ((v as usize) < limit).then_some(Some(v)),
        }
    }
    /// A count of items each at least `min` bytes long: no more than the
    /// rest of the file can hold, so a torn count allocates nothing huge.
    fn len(&mut self, min: usize) -> Option<usize> {
        let n = usize::try_from(self.c.u64()?).ok()?;
        let rest = self.c.remaining();
        (n.checked_mul(min.max(1))? <= rest).then_some(n)
    }
    fn f64(&mut self) -> Option<f64> {
        Some(f64::from_bits(self.c.u64()?))
    }
    fn str(&mut self) -> Option<String> {
        self.c.str().map(str::to_string)
    }
    fn opt_str(&mut self) -> Option<Option<String>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(self.str()?)),
            _ => None,
        }
    }
    fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.len(4)?;
        (0..n).map(|_| self.str()).collect()
    }
    fn bool(&mut self) -> Option<bool> {
        match self.u8()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
    fn role(&mut self) -> Option<Role> {
        role_of(self.u8()?)
    }
    fn rule(&mut self) -> Option<FamilyRule> {
        rule_of(self.u8()?)
    }
}

/// A view's bytes opened past their magic and stamp, when the stamp is
/// `now`'s; else why not.
fn open<'a>(
    bytes: &'a [u8],
    magic: &[u8; 8],
    now: &Inputs,
    what: &str,
) -> std::result::Result<Reader<'a>, String> {
    let torn = || format!("the stored {what} is unreadable");
    let mut c = Cursor::new(bytes);
    if c.take(magic.len()).ok_or_else(torn)? != magic {
        return Err(other_build(what));
    }
    let mut r = Reader { c };
    stamped(&mut r, now, what)?;
    Ok(r)
}

/// Why a view of another layout (another magic) is not read.
fn other_build(what: &str) -> String {
    format!("the stored {what} was written by another build of onefamily")
}

/// Read a view's stamp: `Ok` when it is `now`'s, else why not.
fn stamped(r: &mut Reader, now: &Inputs, what: &str) -> std::result::Result<(), String> {
    let torn = || format!("the stored {what} is unreadable");
    let inputs: Inputs = serde_json::from_str(r.c.str().ok_or_else(torn)?).map_err(|_| torn())?;
    if let Some(why) = inputs.stale_because(now) {
        return Err(format!("the stored {what} is stale: {why}"));
    }
    Ok(())
}

/// Write the family view of a linked estate.
pub fn write_families(out: &Path, inputs: &Inputs, u: &Unified) -> Result<()> {
    let mut w = Writer::create(&families_path(out))?;
    w.stamp(FAMILIES_MAGIC, inputs)?;
    w.len(u.records.len());
    for (r, rec) in u.records.iter().enumerate() {
        w.u32(rec.source() as u32);
        w.str(rec.key());
        w.opt_str(rec.staged.family_key.as_deref());
        w.u32(u.record_family.get(r).copied().flatten().unwrap_or(NONE));
    }
    w.len(u.persons.len());
    for p in &u.persons {
        w.str(&p.id);
        w.u8(role_code(p.role));
        w.len(p.records.len());
        p.records.iter().for_each(|&r| w.u32(r));
    }
    w.len(u.families.len());
    for f in &u.families {
        w.str(&f.id);
        w.len(f.members.len());
        for &(p, role) in &f.members {
            w.u32(p);
            w.u8(role_code(role));
        }
        w.len(f.involvements.len());
        for &i in &f.involvements {
            let open = u.involvements.get(i as usize).is_some_and(|x| x.is_open());
            w.u8(open as u8);
        }
        match &f.lead_worker {
            Some((worker, service)) => {
                w.u8(1);
                w.str(worker);
                w.str(service);
            }
            None => w.u8(0),
        }
        w.u8(f.lead_conflict as u8);
    }
    w.len(u.family_links.len());
    for l in &u.family_links {
        w.u32(l.family_a);
        w.u32(l.family_b);
        w.u32(l.via_person);
    }
    let f = &u.family_formation;
    w.len(f.groupings.len());
    for g in &f.groupings {
        w.u32(g.source as u32);
        w.str(&g.key);
        w.u32(g.family);
        w.u32(g.children);
        w.u32(g.adults);
    }
    w.len(f.joins.len());
    for j in &f.joins {
        w.u32(j.a);
        w.u32(j.b);
        w.u8(rule_code(j.rule));
        w.u32(j.via_person);
    }
    w.len(f.placements.len());
    for p in &f.placements {
        w.u32(p.person);
        w.u32(p.family);
        w.u8(rule_code(p.rule));
        w.u32(p.via_person.unwrap_or(NONE));
    }
    w.len(f.conflicts.len());
    for c in &f.conflicts {
        w.u32(c.grouping);
        w.len(c.candidates.len());
        c.candidates.iter().for_each(|&x| w.u32(x));
    }
    w.finish()
}

/// A person record as the family view keeps it: its source, key and
/// source family key, nothing standardised.
fn bare_record(source: u16, key: String, family_key: Option<String>) -> Person {
    Person {
        staged: StagedPerson {
            source,
            key,
            family_key,
            ..Default::default()
        },
        name: Name::default(),
        dob: None,
        sex: None,
        nhs_number: None,
        upn: None,
        postcode: None,
        extra: None,
    }
}

/// An involvement that is open or closed, and nothing else.
fn bare_involvement(open: bool) -> Involvement {
    let code = if open { "open" } else { "closed" };
    Involvement {
        status: Some(Coded {
            raw: code.to_string(),
            code: Some(code.to_string()),
        }),
        ..Default::default()
    }
}

/// One person record of the view.
struct ViewRecord {
    source: u16,
    key: String,
    family_key: Option<String>,
    family: Option<u32>,
}

/// One family of the view: its involvements as open or closed.
struct ViewFamily {
    family: UnifiedFamily,
    open: Vec<bool>,
}

/// The family view of a link, read back (see the module's paragraph).
pub struct FamilyView {
    sources: Vec<SourceInfo>,
    records: Vec<ViewRecord>,
    /// ID, role and records of each person.
    persons: Vec<(String, Role, Vec<u32>)>,
    families: Vec<ViewFamily>,
    family_links: Vec<FamilyLink>,
    formation: Formation,
}

impl FamilyView {
    pub fn sources(&self) -> &[SourceInfo] {
        &self.sources
    }

    /// The record of source `source` with key `key`.
    pub fn record(&self, source: usize, key: &str) -> Option<usize> {
        self.records
            .iter()
            .position(|r| r.source as usize == source && r.key == key)
    }

    /// The family of record `r`.
    pub fn family_of(&self, r: usize) -> Option<u32> {
        self.records.get(r).and_then(|r| r.family)
    }

    /// The family with ID `id`.
    pub fn family(&self, id: &str) -> Option<u32> {
        self.families
            .iter()
            .position(|f| f.family.id == id)
            .map(|f| f as u32)
    }

    /// The linked estate as `explain_family(_, family, _)` reads it: every
    /// family, person (ID and role), grouping, join, placement, conflict
    /// and family link; the records of the people that family's
    /// explanation names (its members, and the people behind its joins,
    /// placements and family links), renumbered; the family's own
    /// involvements as open or closed. The rest of the estate's records
    /// and involvements are left out, so the answer holds only what it shows.
    pub fn into_unified(self, family: u32) -> Unified {
        let f = family as usize;
        let mut wanted = vec![false; self.persons.len()];
        let mut want = |p: u32| {
            if let Some(w) = wanted.get_mut(p as usize) {
                *w = true;
            }
        };
        if let Some(x) = self.families.get(f) {
            x.family.members.iter().for_each(|&(p, _)| want(p));
        }
        let form = &self.formation;
        let in_family = |g: u32| form.groupings.get(g as usize).map(|g| g.family) == Some(family);
        for j in &form.joins {
            if in_family(j.a) || in_family(j.b) {
                want(j.via_person);
            }
        }
        for p in form.placements.iter().filter(|p| p.family == family) {
            want(p.person);
            p.via_person.into_iter().for_each(&mut want);
        }
        for l in &self.family_links {
            if l.family_a == family || l.family_b == family {
                want(l.via_person);
            }
        }
        let mut u = Unified {
            sources: self.sources,
            family_links: self.family_links,
            family_formation: self.formation,
            ..Default::default()
        };
        let mut records = self.records.into_iter().map(Some).collect::<Vec<_>>();
        for (p, (id, role, recs)) in self.persons.into_iter().enumerate() {
            let mut mine = Vec::new();
            if wanted[p] {
                for r in recs {
                    let Some(rec) = records.get_mut(r as usize).and_then(Option::take) else {
                        continue;
                    };
                    mine.push(u.records.len() as u32);
                    u.records
                        .push(bare_record(rec.source, rec.key, rec.family_key));
                    u.record_person.push(p as u32);
                    u.record_family.push(rec.family);
                }
            }
            u.persons.push(UnifiedPerson::bare(id, role, mine));
        }
        for (i, mut x) in self.families.into_iter().enumerate() {
            if i == f {
                for open in x.open {
                    x.family.involvements.push(u.involvements.len() as u32);
                    u.involvements.push(bare_involvement(open));
                }
            }
            u.families.push(x.family);
        }
        u
    }
}

/// The family view of the last link, when it is there, whole and made from
/// `now`'s inputs; else why not. `sources` are the project's.
pub fn read_families(
    out: &Path,
    now: &Inputs,
    sources: Vec<SourceInfo>,
) -> std::result::Result<FamilyView, String> {
    let bytes =
        std::fs::read(families_path(out)).map_err(|_| "no stored family view".to_string())?;
    let mut r = open(&bytes, FAMILIES_MAGIC, now, "family view")?;
    families_from(&mut r, sources).ok_or_else(|| "the stored family view is unreadable".into())
}

fn families_from(r: &mut Reader, sources: Vec<SourceInfo>) -> Option<FamilyView> {
    let ns = sources.len();
    let n = r.len(4 + 4 + 1 + 4)?;
    let mut records = Vec::with_capacity(n);
    let mut record_family = Vec::with_capacity(n);
    for _ in 0..n {
        records.push(ViewRecord {
            source: u16::try_from(r.idx(ns)?).ok()?,
            key: r.str()?,
            family_key: r.opt_str()?,
            family: None,
        });
        record_family.push(r.u32()?);
    }
    let nr = records.len();
    let n = r.len(4 + 1 + 8)?;
    let persons = (0..n)
        .map(|_| {
            let id = r.str()?;
            let role = r.role()?;
            let m = r.len(4)?;
            let recs = (0..m).map(|_| r.idx(nr)).collect::<Option<Vec<u32>>>()?;
            Some((id, role, recs))
        })
        .collect::<Option<Vec<_>>>()?;
    let np = persons.len();
    let n = r.len(4 + 8 + 8 + 1 + 1)?;
    let mut families = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.str()?;
        let m = r.len(5)?;
        let members = (0..m)
            .map(|_| Some((r.idx(np)?, r.role()?)))
            .collect::<Option<Vec<_>>>()?;
        let m = r.len(1)?;
        let open = (0..m).map(|_| r.bool()).collect::<Option<Vec<_>>>()?;
        let lead_worker = match r.u8()? {
            0 => None,
            1 => Some((r.str()?, r.str()?)),
            _ => return None,
        };
        families.push(ViewFamily {
            family: UnifiedFamily {
                id,
                members,
                groupings: Vec::new(),
                involvements: Vec::new(),
                lead_worker,
                lead_conflict: r.bool()?,
            },
            open,
        });
    }
    let nf = families.len();
    for (rec, f) in records.iter_mut().zip(record_family) {
        rec.family = match f {
            NONE => None,
            f if (f as usize) < nf => Some(f),
            _ => return None,
        };
    }
    let n = r.len(12)?;
    let family_links = (0..n)
        .map(|_| {
            Some(FamilyLink {
                family_a: r.idx(nf)?,
                family_b: r.idx(nf)?,
                via_person: r.idx(np)?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let mut f = Formation::default();
    let n = r.len(4 + 4 + 12)?;
    f.groupings = (0..n)
        .map(|_| {
            Some(GroupingInfo {
                source: u16::try_from(r.idx(ns)?).ok()?,
                key: r.str()?,
                family: r.idx(nf)?,
                children: r.u32()?,
                adults: r.u32()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let ng = f.groupings.len();
    let n = r.len(13)?;
    f.joins = (0..n)
        .map(|_| {
            Some(Join {
                a: r.idx(ng)?,
                b: r.idx(ng)?,
                rule: r.rule()?,
                via_person: r.idx(np)?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let n = r.len(13)?;
    f.placements = (0..n)
        .map(|_| {
            Some(Placement {
                person: r.idx(np)?,
                family: r.idx(nf)?,
                rule: r.rule()?,
                via_person: r.opt_idx(np)?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let n = r.len(12)?;
    f.conflicts = (0..n)
        .map(|_| {
            let grouping = r.idx(ng)?;
            let m = r.len(4)?;
            Some(FamilyConflict {
                grouping,
                candidates: (0..m).map(|_| r.idx(nf)).collect::<Option<Vec<_>>>()?,
                reason: "",
            })
        })
        .collect::<Option<Vec<_>>>()?;
    (r.c.remaining() == 0).then_some(FamilyView {
        sources,
        records,
        persons,
        families,
        family_links,
        formation: f,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn inputs() -> Inputs {
        Inputs {
            format: crate::store::FORMAT,
            onefamily: "1".into(),
            code: "c".into(),
            reference_date: "2026-01-01".into(),
            settings: "s".into(),
            decisions: "none".into(),
            decisions_applied: true,
            sources: vec![("a".into(), "d1".into(), "m1".into())],
        }
    }

    fn sources() -> Vec<SourceInfo> {
        vec![SourceInfo {
            name: "a".into(),
            service: "s".into(),
            kind: "csv".into(),
        }]
    }

    /// Two families of one source sharing an adult, one joined from two
    /// groupings, with a placement and a conflict.
    fn estate() -> Unified {
        let mut u = Unified {
            sources: sources(),
            ..Default::default()
        };
        for (key, fk) in [
            ("1", Some("G1")),
            ("2", Some("G2")),
            ("3", None),
            ("4", Some("G3")),
        ] {
            u.records
                .push(bare_record(0, key.into(), fk.map(str::to_string)));
        }
        u.record_family = vec![Some(0), Some(0), Some(0), Some(1)];
        u.record_person = vec![0, 0, 1, 2];
        u.persons = vec![
            UnifiedPerson::bare("P1".into(), Role::Parent, vec![0, 1]),
            UnifiedPerson::bare("P2".into(), Role::Child, vec![2]),
            UnifiedPerson::bare("P3".into(), Role::Child, vec![3]),
        ];
        u.involvements = vec![bare_involvement(true), bare_involvement(false)];
        u.families = vec![
            UnifiedFamily {
                id: "F1".into(),
                members: vec![(0, Role::Parent), (1, Role::Child)],
                groupings: Vec::new(),
                involvements: vec![0, 1],
                lead_worker: Some(("W".into(), "S".into())),
                lead_conflict: true,
            },
            UnifiedFamily {
                id: "F2".into(),
                members: vec![(0, Role::Parent), (2, Role::Child)],
                groupings: Vec::new(),
                involvements: Vec::new(),
                lead_worker: None,
                lead_conflict: false,
            },
        ];
        u.family_links = vec![FamilyLink {
            family_a: 0,
            family_b: 1,
            via_person: 0,
        }];
        let g = |key: &str, family| GroupingInfo {
            source: 0,
            key: key.into(),
            family,
            children: 1,
            adults: 1,
        };
        u.family_formation.groupings = vec![g("G1", 0), g("G2", 0), g("G3", 1)];
        u.family_formation.joins = vec![Join {
            a: 0,
            b: 1,
            rule: FamilyRule::SameAdults,
            via_person: 0,
        }];
        u.family_formation.placements = vec![Placement {
            person: 1,
            family: 0,
            rule: FamilyRule::SiblingsTogether,
            via_person: None,
        }];
        u.family_formation.conflicts = vec![FamilyConflict {
            grouping: 2,
            candidates: vec![1, 0],
            reason: "",
        }];
        u
    }

    #[test]
    fn explain_family_reads_the_view_as_it_reads_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let u = estate();
        write_families(dir.path(), &inputs(), &u).unwrap();
        for f in 0..2 {
            let view = read_families(dir.path(), &inputs(), sources()).unwrap();
            assert_eq!(view.family(&u.families[f as usize].id), Some(f));
            let back = view.into_unified(f);
            let a = crate::link::family_explain::explain_family(&u, f, "rule");
            let b = crate::link::family_explain::explain_family(&back, f, "rule");
            assert_eq!(
                serde_json::to_string(&a).unwrap(),
                serde_json::to_string(&b).unwrap()
            );
            assert_eq!(a.to_string(), b.to_string());
        }
        let view = read_families(dir.path(), &inputs(), sources()).unwrap();
        for (r, rec) in u.records.iter().enumerate() {
            assert_eq!(view.record(0, rec.key()), Some(r));
            assert_eq!(view.family_of(r), u.record_family[r]);
        }
        assert_eq!(view.record(0, "5"), None);
        assert_eq!(view.family("F3"), None);
    }

    #[test]
    fn a_stale_torn_or_out_of_range_view_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        assert_eq!(
            read_families(d, &inputs(), sources()).err().unwrap(),
            "no stored family view"
        );
        write_families(d, &inputs(), &estate()).unwrap();
        let mut now = inputs();
        now.settings = "t".into();
        let why = read_families(d, &now, sources()).err().unwrap();
        assert!(why.contains("link settings changed"), "{why}");
        let whole = std::fs::read(families_path(d)).unwrap();
        // Every cut of the file is refused, never misread or a panic.
        for cut in 0..whole.len() {
            std::fs::write(families_path(d), &whole[..cut]).unwrap();
            assert!(read_families(d, &inputs(), sources()).is_err(), "{cut}");
        }
        // A source index past the project's sources is refused.
        std::fs::write(families_path(d), &whole).unwrap();
        assert!(read_families(d, &inputs(), Vec::new()).is_err());
        // Every single byte flipped either reads or is refused: no panic.
        for at in 0..whole.len() {
            let mut b = whole.clone();
            b[at] ^= 0xff;
            std::fs::write(families_path(d), &b).unwrap();
            if let Ok(view) = read_families(d, &inputs(), sources()) {
                if !view.families.is_empty() {
                    let u = view.into_unified(0);
                    let _ = crate::link::family_explain::explain_family(&u, 0, "rule");
                }
            }
        }
    }
}
