//! Comparing two records: each comparison's level, strongest first. Pure
//! and allocation-free, because it runs for every candidate pair.

use super::features::{dob_parts, Features};
use super::settings::{Comparison, LevelKind, LinkField, Settings};
use rayon::prelude::*;

/// Jaro–Winkler similarity of two strings (prefix scale 0.1, prefix ≤ 4).
///
/// Written here rather than taken from strsim because strsim allocates a
/// vector per call; this runs once per candidate pair and name, so it works
/// on the bytes of ASCII names directly (normalised names almost always
/// are) and on fixed stack buffers otherwise, with the matched flags as bit
/// masks. Names longer than 64 characters are compared on their first 64,
/// which no real name reaches.
pub fn jaro_winkler(a: &str, b: &str) -> f32 {
    const MAX: usize = 64;
    if a.is_ascii() && b.is_ascii() {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        return jaro_winkler_of(&a[..a.len().min(MAX)], &b[..b.len().min(MAX)]);
    }
    let mut ab = ['\0'; MAX];
    let mut bb = ['\0'; MAX];
    let mut la = 0;
    for c in a.chars().take(MAX) {
        ab[la] = c;
        la += 1;
    }
    let mut lb = 0;
    for c in b.chars().take(MAX) {
        bb[lb] = c;
        lb += 1;
    }
    jaro_winkler_of(&ab[..la], &bb[..lb])
}

/// An upper bound on `jaro_winkler(a, b)`, from how many letters of each
/// the other holds at all: every match of Jaro's pairs a letter of `a` with
/// the same letter of `b`, so the matches are at most the smaller of those
/// two counts, and Winkler's prefix boost at most 4 × 0.1. A linear pass
/// over the bytes instead of Jaro's windowed search: most candidate pairs'
/// forenames or addresses share too few letters to reach a level, and the
/// bound tells so without the search. Names that are not ASCII get 1 (no
/// bound).
fn jaro_winkler_bound(a: &str, b: &str) -> f64 {
    const MAX: usize = 64;
    if !a.is_ascii() || !b.is_ascii() || a.is_empty() || b.is_empty() {
        return 1.0;
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (a, b) = (&a[..a.len().min(MAX)], &b[..b.len().min(MAX)]);
    let mask = |s: &[u8]| s.iter().fold(0u128, |m, &c| m | (1u128 << c));
    let (ma, mb) = (mask(a), mask(b));
    let held = |s: &[u8], m: u128| s.iter().filter(|&&c| (m >> c) & 1 == 1).count();
    let m = held(a, mb).min(held(b, ma)) as f64;
    if m == 0.0 {
        return 0.0;
    }
    bound_of_matches(m, a.len() as f64, b.len() as f64)
}

/// Jaro–Winkler at its most for `m` matches between texts of lengths `la`
/// and `lb`: no transpositions, and Winkler's prefix boost at most 4 × 0.1.
fn bound_of_matches(m: f64, la: f64, lb: f64) -> f64 {
    let jaro = (m / la + m / lb + 1.0) / 3.0;
    if jaro <= 0.7 {
        jaro
    } else {
        jaro + 0.4 * (1.0 - jaro)
    }
}

/// How many of each letter an ASCII text's first 64 bytes hold, in 32
/// buckets (a byte's low five bits: a–z apart, A–Z with them, other bytes
/// sharing a letter's bucket), with its length: what `jaro_winkler_bound_of`
/// reads in place of the two texts.
#[derive(Clone, Copy)]
pub struct Letters {
    counts: [u8; 32],
    len: u8,
}

impl Letters {
    /// None for an empty or non-ASCII text (no bound is taken from it).
    fn of(s: &str) -> Option<Letters> {
        if s.is_empty() || !s.is_ascii() {
            return None;
        }
        let bytes = &s.as_bytes()[..s.len().min(64)];
        let mut counts = [0u8; 32];
        for &c in bytes {
            counts[(c & 31) as usize] += 1;
        }
        Some(Letters {
            counts,
            len: bytes.len() as u8,
        })
    }
}

/// An upper bound on `jaro_winkler` from the two texts' letter counts: a
/// match of Jaro's pairs a letter of one with the same letter of the other,
/// each used once, so the matches are at most the sum over buckets of the
/// smaller count (a bucket holding several letters only loosens it). For
/// texts of letters of one case alone it is never looser than
/// `jaro_winkler_bound`, and tighter where letters repeat. Kept per
/// distinct text (`Compiled`), so a pair reads two small arrays rather than
/// building both texts' letter masks; the masks were 6% of the 1M link's
/// CPU samples.
fn jaro_winkler_bound_of(a: &Letters, b: &Letters) -> f64 {
    // The sum of minimums is at most the shorter text's length, at most
    // 64: a byte holds it, and byte lanes take the 32 minimums and their
    // sum in fewer vector steps than lanes widened to u32 (3.0 against
    // 4.5 ns a call, measured apart).
    let m = a
        .counts
        .iter()
        .zip(&b.counts)
        .fold(0u8, |s, (&x, &y)| s.wrapping_add(x.min(y)));
    if m == 0 {
        return 0.0;
    }
    bound_of_matches(m as f64, a.len as f64, b.len as f64)
}

/// Jaro–Winkler over two sequences of at most 64 symbols.
#[inline]
fn jaro_winkler_of<T: Copy + Eq>(a: &[T], b: &[T]) -> f32 {
    let (la, lb) = (a.len(), b.len());
    if la == 0 || lb == 0 {
        return if la == lb { 1.0 } else { 0.0 };
    }
    if a == b {
        return 1.0;
    }
    let window = (la.max(lb) / 2).saturating_sub(1);
    let mut a_match = 0u64;
    let mut b_match = 0u64;
    let mut matches = 0usize;
    for (i, x) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(lb);
        if lo >= hi {
            break;
        }
        for (j, y) in (lo..hi).zip(&b[lo..hi]) {
            if b_match & (1 << j) == 0 && x == y {
                a_match |= 1 << i;
                b_match |= 1 << j;
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let mut rest = b_match;
    for (i, x) in a.iter().enumerate() {
        if a_match & (1 << i) != 0 {
            let k = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            if *x != b[k] {
                transpositions += 1;
            }
        }
    }
    let m = matches as f64;
    // Half the out-of-order matches, rounded down, as Winkler's code counts.
    let t = (transpositions / 2) as f64;
    let jaro = (m / la as f64 + m / lb as f64 + (m - t) / m) / 3.0;
    // Winkler's boost for a shared prefix applies above 0.7 only, as in
    // strsim, DuckDB (Splink) and Winkler's own code.
    if jaro <= 0.7 {
        return jaro as f32;
    }
    let prefix = a
        .iter()
        .zip(b.iter())
        .take(4)
        .take_while(|(x, y)| x == y)
        .count() as f64;
    (jaro + prefix * 0.1 * (1.0 - jaro)) as f32
}

/// Whether two names (already normalised) share a surname part: "smith-jones"
/// and "jones", "de la cruz" and "cruz".
fn shares_part(a: &str, b: &str) -> bool {
    fn parts(s: &str) -> smallparts::Parts<'_> {
        s.split(['-', ' ']).filter(|p| p.len() > 1).collect()
    }
    let multi = |s: &str| s.bytes().any(|c| c == b'-' || c == b' ');
    if !multi(a) && !multi(b) {
        return false;
    }
    let pa = parts(a);
    let pb = parts(b);
    (pa.len > 1 || pb.len > 1) && pa.iter().any(|x| pb.iter().any(|y| x == y))
}

/// A tiny fixed-capacity list of string parts, so splitting a surname does
/// not allocate.
mod smallparts {
    pub struct Parts<'a> {
        items: [&'a str; 6],
        pub len: usize,
    }
    impl<'a> FromIterator<&'a str> for Parts<'a> {
        fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Self {
            let mut p = Parts {
                items: [""; 6],
                len: 0,
            };
            for s in iter.into_iter().take(6) {
                p.items[p.len] = s;
                p.len += 1;
            }
            p
        }
    }
    impl<'a> Parts<'a> {
        pub fn iter(&self) -> impl Iterator<Item = &&'a str> {
            self.items[..self.len].iter()
        }
    }
}

/// What one slot of a record's packed row holds.
#[derive(Clone, PartialEq)]
enum Slot {
    Text(LinkField),
    Dob,
    Sex,
    Sector,
    District,
    Area,
    KnownAs,
    PreviousFamily,
}

/// The comparisons of a run with their columns looked up once, so that
/// comparing a pair reads slices and never a map.
///
/// Every per-record value a comparison reads is copied into one row per
/// record (`rows`, `stride` values each). A pair's comparisons then read one
/// or two cache lines of each record instead of one line per column: a
/// profile of the 1M-record link put about half of `level`'s time on the
/// loads of column values from a dozen separate columns.
pub struct Compiled<'a> {
    pub f: &'a Features,
    pub comparisons: &'a [Comparison],
    /// Each record's row, the slots, and what is kept per string.
    table: Rows,
}

impl<'a> Compiled<'a> {
    /// About the bytes it holds on the heap beside the features it reads
    /// (`Features::heap_bytes`).
    #[cfg(feature = "ballista")]
    pub fn heap_bytes(&self) -> usize {
        use crate::memory::vec_bytes;
        vec_bytes(&self.table.jw_floor)
            + vec_bytes(&self.table.rows)
            + vec_bytes(&self.table.slots)
            + vec_bytes(&self.table.letters_at)
            + vec_bytes(&self.table.letters)
    }

    pub fn new(f: &'a Features, settings: &'a Settings) -> Self {
        Compiled::with_rows(f, settings, Rows::new(f, settings))
    }

    /// Over `rows`, which must be `Rows::new` of these features and
    /// settings, perhaps before the features' per-record columns were let
    /// go (`Features::keep_per_string_only`): comparing reads the rows and
    /// the per-string tables alone.
    pub fn with_rows(f: &'a Features, settings: &'a Settings, table: Rows) -> Self {
        Compiled {
            f,
            comparisons: &settings.comparisons,
            table,
        }
    }

    /// Record `r`'s forename (interned), where the comparisons read
    /// forenames and surnames swapped (from its row); from the features'
    /// column otherwise, 0 where there is none.
    pub fn forename(&self, r: usize) -> u32 {
        match self.table.swap_slots {
            Some((given, _)) => self.at(r, given),
            None => self.f.col(&LinkField::Given).get(r).copied().unwrap_or(0),
        }
    }
}

/// What `Compiled` copies out of the features' per-record columns (every
/// value a comparison reads, a row per record) and works out per string,
/// owned, so that the columns can be let go once it is made (a cluster
/// executor's scoring package, `ballista_score::Loaded`).
pub struct Rows {
    /// Per comparison: its lowest Jaro-Winkler threshold (2 without one).
    jw_floor: Vec<f32>,
    rows: Vec<u32>,
    stride: usize,
    /// Per comparison: the slot read for record `i`, and for record `j`
    /// after a forename/surname swap (the same slot for other fields).
    slots: Vec<(usize, usize)>,
    /// The forename and surname slots, when both fields are present and
    /// the settings compare them swapped.
    swap_slots: Option<(usize, usize)>,
    /// The postcode sector, district and area slots.
    sector: usize,
    district: usize,
    area: usize,
    /// The preferred forename and previous surname slots, where a level
    /// reads them (`usize::MAX` otherwise): copied into the row, as the
    /// alias and previous-name levels read them for every pair whose names
    /// differ, and from their own columns each was a miss of the cache.
    known_as: usize,
    previous_family: usize,
    /// Per interned text a Jaro–Winkler level reads: its `Letters`, at
    /// `letters_at[id] - 1` (0: none kept, the texts are read instead).
    letters_at: Vec<u32>,
    letters: Vec<Letters>,
}

impl Rows {
    pub fn new(f: &Features, settings: &Settings) -> Rows {
        let mut layout: Vec<Slot> = Vec::new();
        let mut slot = |s: Slot| match layout.iter().position(|x| *x == s) {
            Some(p) => p,
            None => {
                layout.push(s);
                layout.len() - 1
            }
        };
        let slots = settings
            .comparisons
            .iter()
            .map(|c| match c.field {
                LinkField::Dob => (slot(Slot::Dob), slot(Slot::Dob)),
                LinkField::Sex => (slot(Slot::Sex), slot(Slot::Sex)),
                ref field => {
                    let swapped = match field {
                        LinkField::Given => LinkField::Family,
                        LinkField::Family => LinkField::Given,
                        other => other.clone(),
                    };
                    (slot(Slot::Text(field.clone())), slot(Slot::Text(swapped)))
                }
            })
            .collect();
        let present = |field: &LinkField| !f.col(field).is_empty();
        let swap_slots = (settings.name_swap
            && present(&LinkField::Given)
            && present(&LinkField::Family))
        .then(|| {
            (
                slot(Slot::Text(LinkField::Given)),
                slot(Slot::Text(LinkField::Family)),
            )
        });
        let postcode_levels = settings.comparisons.iter().any(|c| {
            c.levels.iter().any(|l| {
                matches!(
                    l,
                    LevelKind::PostcodeSector
                        | LevelKind::PostcodeDistrict
                        | LevelKind::PostcodeArea
                )
            })
        });
        let (sector, district, area) = if postcode_levels {
            (slot(Slot::Sector), slot(Slot::District), slot(Slot::Area))
        } else {
            (0, 0, 0)
        };
        let reads = |level: LevelKind, field: LinkField| {
            settings
                .comparisons
                .iter()
                .any(|c| c.field == field && c.levels.contains(&level))
        };
        let known_as = if reads(LevelKind::Alias, LinkField::Given) && !f.known_as.is_empty() {
            slot(Slot::KnownAs)
        } else {
            usize::MAX
        };
        let previous_family =
            if reads(LevelKind::PreviousName, LinkField::Family) && !f.previous_family.is_empty() {
                slot(Slot::PreviousFamily)
            } else {
                usize::MAX
            };
        let stride = layout.len().max(1);
        let mut rows = vec![0u32; f.n * stride];
        let value = |s: &Slot, r: usize| -> u32 {
            let at = |col: &[u32]| col.get(r).copied().unwrap_or(0);
            match s {
                Slot::Text(field) => at(f.col(field)),
                Slot::Dob => at(&f.dob),
                Slot::Sex => f.sex.get(r).copied().unwrap_or(0) as u32,
                Slot::Sector => at(&f.postcode_sector),
                Slot::District => at(&f.postcode_district),
                Slot::Area => at(&f.postcode_area),
                Slot::KnownAs => at(&f.known_as),
                Slot::PreviousFamily => at(&f.previous_family),
            }
        };
        if !layout.is_empty() {
            rows.par_chunks_mut(stride)
                .enumerate()
                .for_each(|(r, row)| {
                    for (v, s) in row.iter_mut().zip(&layout) {
                        *v = value(s, r);
                    }
                });
        }
        // The letters of every text a Jaro–Winkler level can read: the
        // columns of its comparisons' slots, swapped ones included.
        let mut letters_at = Vec::new();
        let mut letters = Vec::new();
        let jw_slots: Vec<usize> = settings
            .comparisons
            .iter()
            .zip(&slots)
            .filter(|(c, _)| {
                c.levels
                    .iter()
                    .any(|l| matches!(l, LevelKind::JaroWinkler(_)))
            })
            .flat_map(|(_, &(x, y))| [x, y])
            .collect();
        if !jw_slots.is_empty() {
            letters_at = vec![0u32; f.strings.len()];
            for r in 0..f.n {
                for &s in &jw_slots {
                    let id = rows[r * stride + s] as usize;
                    if id != 0 && letters_at[id] == 0 {
                        letters_at[id] = match Letters::of(f.strings.get(id as u32)) {
                            Some(l) => {
                                letters.push(l);
                                letters.len() as u32
                            }
                            None => u32::MAX,
                        };
                    }
                }
            }
        }
        let jw_floor = settings
            .comparisons
            .iter()
            .map(|c| {
                c.levels
                    .iter()
                    .filter_map(|l| match l {
                        LevelKind::JaroWinkler(t) => Some(*t),
                        _ => None,
                    })
                    .fold(2.0f32, f32::min)
            })
            .collect();
        Rows {
            jw_floor,
            rows,
            stride,
            slots,
            swap_slots,
            sector,
            district,
            area,
            known_as,
            previous_family,
            letters_at,
            letters,
        }
    }
}

impl<'a> Compiled<'a> {
    /// The kept letters of interned text `id`, if any.
    #[inline]
    fn letters_of(&self, id: u32) -> Option<&Letters> {
        let at = *self.table.letters_at.get(id as usize)?;
        self.table.letters.get(at.checked_sub(1)? as usize)
    }

    /// Records `i`'s and `j`'s values in slot `s`, or (0, 0) when the row
    /// holds no such slot.
    #[inline]
    fn both(&self, s: usize, i: usize, j: usize) -> (u32, u32) {
        if s == usize::MAX {
            (0, 0)
        } else {
            (self.at(i, s), self.at(j, s))
        }
    }

    /// Record `r`'s value in slot `s`.
    #[inline]
    fn at(&self, r: usize, s: usize) -> u32 {
        self.table.rows[r * self.table.stride + s]
    }

    /// Start loading record `r`'s packed row into the cache, for a pair
    /// compared shortly (see `Blocking::for_each_pair_ahead`).
    #[inline]
    pub fn prefetch(&self, r: usize) {
        crate::memory::prefetch(&self.table.rows, r * self.table.stride);
        crate::memory::prefetch(&self.table.rows, (r + 1) * self.table.stride - 1);
    }

    /// The value of comparison `k`'s own field (not swapped) for record `r`.
    #[inline]
    pub fn own_value(&self, k: usize, r: usize) -> u32 {
        self.at(r, self.table.slots[k].0)
    }

    /// Whether comparison `k` compares a name field (forename or surname),
    /// whose columns a swap exchanges.
    #[inline]
    pub fn is_name(&self, k: usize) -> bool {
        matches!(
            self.comparisons[k].field,
            LinkField::Given | LinkField::Family
        )
    }

    /// Whether the settings compare forename with surname and record `j`
    /// has them the other way round from `i`.
    #[inline]
    pub fn swap(&self, i: usize, j: usize) -> bool {
        let Some((g, s)) = self.table.swap_slots else {
            return false;
        };
        let (gi, si, gj, sj) = (self.at(i, g), self.at(i, s), self.at(j, g), self.at(j, s));
        gi != 0 && si != 0 && gi != si && gi == sj && si == gj
    }

    /// The level of comparison `k` for records `i` and `j`: 0 null, 1..=n
    /// the named levels in order, n + 1 else. Also returns the interned
    /// value when the exact level matched (for term-frequency adjustment).
    #[inline]
    pub fn level(&self, k: usize, i: usize, j: usize, swap: bool) -> (u8, u32) {
        let c = &self.comparisons[k];
        let f = self.f;
        let else_level = c.else_level();
        match c.field {
            LinkField::Dob => {
                let slot = self.table.slots[k].0;
                let (a, b) = (self.at(i, slot), self.at(j, slot));
                if a == 0 || b == 0 {
                    return (0, 0);
                }
                let (ya, ma, da) = dob_parts(a);
                let (yb, mb, db) = dob_parts(b);
                for (k, kind) in c.levels.iter().enumerate() {
                    let hit = match kind {
                        LevelKind::Exact => a == b,
                        LevelKind::DobTransposed => {
                            ya == yb && ma == db && da == mb && ma != da && ma != 0 && da != 0
                        }
                        LevelKind::DobOnePart => {
                            let same = (ya == yb) as u8
                                + (ma == mb && ma != 0) as u8
                                + (da == db && da != 0) as u8;
                            same == 2
                        }
                        LevelKind::DobYear => ya == yb,
                        _ => false,
                    };
                    if hit {
                        return (k as u8 + 1, 0);
                    }
                }
                (else_level, 0)
            }
            LinkField::Sex => {
                let slot = self.table.slots[k].0;
                let (a, b) = (self.at(i, slot), self.at(j, slot));
                if a == 0 || b == 0 {
                    return (0, 0);
                }
                if a == b && c.levels.first() == Some(&LevelKind::Exact) {
                    (1, 0)
                } else {
                    (else_level, 0)
                }
            }
            _ => {
                let (slot_i, slot_j) = self.table.slots[k];
                let a = self.at(i, slot_i);
                let b = self.at(j, if swap { slot_j } else { slot_i });
                if a == 0 || b == 0 {
                    return (0, 0);
                }
                // The texts only for the levels that read them: an exact
                // or postcode level decides on the ids alone.
                let texts = || (f.strings.get(a), f.strings.get(b));
                let jw_floor = self.table.jw_floor[k] as f64;
                let mut jw: Option<f32> = None;
                for (k, kind) in c.levels.iter().enumerate() {
                    let hit = match *kind {
                        LevelKind::Exact => a == b,
                        LevelKind::Alias => {
                            f.same_alias(a, b)
                                || (!swap
                                    && c.field == LinkField::Given
                                    && f.known_as_agrees(
                                        self.both(self.table.known_as, i, j),
                                        a,
                                        b,
                                    ))
                        }
                        LevelKind::PreviousName => {
                            !swap
                                && c.field == LinkField::Family
                                && f.previous_family_agrees(
                                    self.both(self.table.previous_family, i, j),
                                    a,
                                    b,
                                )
                        }
                        LevelKind::JaroWinkler(t) => {
                            *jw.get_or_insert_with(|| {
                                // Below every Jaro-Winkler level of this
                                // comparison by the letters the two share:
                                // no level can hit, whatever the value.
                                let bound = match (self.letters_of(a), self.letters_of(b)) {
                                    (Some(x), Some(y)) => jaro_winkler_bound_of(x, y),
                                    _ => {
                                        let (sa, sb) = texts();
                                        jaro_winkler_bound(sa, sb)
                                    }
                                };
                                if bound < jw_floor - 1e-6 {
                                    0.0
                                } else {
                                    let (sa, sb) = texts();
                                    jaro_winkler(sa, sb)
                                }
                            }) >= t
                        }
                        LevelKind::Phonetic => {
                            let (pa, qa) = f.metaphone.get(a as usize).copied().unwrap_or((0, 0));
                            let (pb, qb) = f.metaphone.get(b as usize).copied().unwrap_or((0, 0));
                            // Either code of one agrees with either code of
                            // the other: the same test read from both sides.
                            pa != 0
                                && pb != 0
                                && (pa == pb
                                    || (qa != 0 && (qa == pb || qa == qb))
                                    || (qb != 0 && pa == qb))
                        }
                        LevelKind::Initial => {
                            let (sa, sb) = texts();
                            let (ca, cb) = (sa.chars().next(), sb.chars().next());
                            ca == cb && (sa.chars().count() == 1 || sb.chars().count() == 1)
                        }
                        LevelKind::SurnamePart => {
                            let (sa, sb) = texts();
                            shares_part(sa, sb)
                        }
                        LevelKind::PostcodeSector => self.same_part(self.table.sector, i, j),
                        LevelKind::PostcodeDistrict => self.same_part(self.table.district, i, j),
                        LevelKind::PostcodeArea => self.same_part(self.table.area, i, j),
                        LevelKind::DobTransposed | LevelKind::DobOnePart | LevelKind::DobYear => {
                            false
                        }
                    };
                    if hit {
                        return (k as u8 + 1, if *kind == LevelKind::Exact { a } else { 0 });
                    }
                }
                (else_level, 0)
            }
        }
    }
}

impl Compiled<'_> {
    /// Whether records `i` and `j` hold the same non-empty value in slot `s`.
    #[inline]
    fn same_part(&self, s: usize, i: usize, j: usize) -> bool {
        let a = self.at(i, s);
        a != 0 && a == self.at(j, s)
    }
}

/// Whether record `j` has forename and surname the other way round from
/// `i`, given the forename and surname columns.
#[inline]
pub fn is_name_swap(given: &[u32], family: &[u32], i: usize, j: usize) -> bool {
    if given.is_empty() || family.is_empty() {
        return false;
    }
    let (gi, si, gj, sj) = (given[i], family[i], given[j], family[j]);
    gi != 0 && si != 0 && gi != si && gi == sj && si == gj
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jaro_winkler_matches_the_published_values() {
        // Winkler's examples, as strsim computes them.
        let cases = [
            ("martha", "marhta"),
            ("dwayne", "duane"),
            ("dixon", "dicksonx"),
            ("jones", "johnson"),
            ("", "a"),
            ("abc", "abc"),
        ];
        for (a, b) in cases {
            let want = strsim::jaro_winkler(a, b) as f32;
            assert!(
                (jaro_winkler(a, b) - want).abs() < 1e-5,
                "{a} {b}: {} vs {want}",
                jaro_winkler(a, b)
            );
        }
        assert!((jaro_winkler("martha", "marhta") - 0.9611).abs() < 1e-3);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The byte path (ASCII) and the character path (anything else)
        /// agree with strsim on any pair of short names.
        #[test]
        fn jaro_winkler_agrees_with_strsim(a in "[a-eé -]{0,12}", b in "[a-eé -]{0,12}") {
            let want = strsim::jaro_winkler(&a, &b) as f32;
            proptest::prop_assert!((jaro_winkler(&a, &b) - want).abs() < 1e-5, "{} {}: {} vs {}", a, b, jaro_winkler(&a, &b), want);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The bound is never below the value, on short names of a few
        /// letters (where near-misses are common) and on longer texts; the
        /// value is an f32, so by at most its rounding, which the 1e-6
        /// margin `level` leaves covers.
        #[test]
        fn the_jaro_winkler_bound_is_never_below_the_value(
            a in "[a-f' -]{0,12}",
            b in "[a-f' -]{0,12}",
            c in "[a-z0-9 ]{0,70}",
            d in "[a-z0-9 ]{0,70}",
        ) {
            for (x, y) in [(&a, &b), (&c, &d), (&a, &c)] {
                let v = jaro_winkler(x, y) as f64;
                proptest::prop_assert!(jaro_winkler_bound(x, y) + 1e-7 >= v, "{} {}: bound {} < {}", x, y, jaro_winkler_bound(x, y), v);
                if let (Some(lx), Some(ly)) = (Letters::of(x), Letters::of(y)) {
                    let counted = jaro_winkler_bound_of(&lx, &ly);
                    proptest::prop_assert!(counted + 1e-7 >= v, "{} {}: counted bound {} < {}", x, y, counted, v);
                }
            }
        }
    }

    #[test]
    fn the_jaro_winkler_bound_rules_out_names_sharing_few_letters() {
        assert!(jaro_winkler_bound("john", "mary") == 0.0);
        assert!(jaro_winkler_bound("james", "jane") < 0.88);
        assert!(jaro_winkler_bound("martha", "marhta") >= 0.96);
        let l = |s: &str| Letters::of(s).unwrap();
        assert!(jaro_winkler_bound_of(&l("john"), &l("mary")) == 0.0);
        // Counts, not only which letters: each text holds every letter of
        // the other, yet at most two of the three can be paired.
        assert!(jaro_winkler_bound_of(&l("aab"), &l("abb")) < jaro_winkler_bound("aab", "abb"));
        assert!(jaro_winkler_bound_of(&l("martha"), &l("marhta")) >= 0.96);
    }

    #[test]
    fn surname_parts() {
        assert!(shares_part("smith-jones", "jones"));
        assert!(shares_part("de la cruz", "cruz"));
        assert!(
            !shares_part("smith", "smith"),
            "a whole-name agreement is the exact level's job"
        );
        assert!(!shares_part("smith-jones", "brown"));
    }
}
