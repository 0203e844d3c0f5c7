//! Comparing two records: each comparison's level, strongest first. Pure
//! and allocation-free, because it runs for every candidate pair.

use super::features::{dob_parts, Features};
use super::settings::{Comparison, Field, LevelKind};

/// Jaro–Winkler similarity of two strings (prefix scale 0.1, prefix ≤ 4).
///
/// Written here rather than taken from strsim because strsim allocates a
/// vector per call; this runs once per candidate pair and name, so it works
/// on fixed stack buffers (names longer than 64 characters are compared on
/// their first 64, which no real name reaches).
pub fn jaro_winkler(a: &str, b: &str) -> f32 {
    const MAX: usize = 64;
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
    let (a, b) = (&ab[..la], &bb[..lb]);
    if la == 0 || lb == 0 {
        return if la == lb { 1.0 } else { 0.0 };
    }
    if a == b {
        return 1.0;
    }
    let window = (la.max(lb) / 2).saturating_sub(1);
    let mut a_match = [false; MAX];
    let mut b_match = [false; MAX];
    let mut matches = 0usize;
    for i in 0..la {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(lb);
        for j in lo..hi {
            if !b_match[j] && a[i] == b[j] {
                a_match[i] = true;
                b_match[j] = true;
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let mut k = 0usize;
    for i in 0..la {
        if a_match[i] {
            while !b_match[k] {
                k += 1;
            }
            if a[i] != b[k] {
                transpositions += 1;
            }
            k += 1;
        }
    }
    let m = matches as f32;
    let jaro = (m / la as f32 + m / lb as f32 + (m - transpositions as f32 / 2.0) / m) / 3.0;
    let prefix = a
        .iter()
        .zip(b.iter())
        .take(4)
        .take_while(|(x, y)| x == y)
        .count() as f32;
    jaro + prefix * 0.1 * (1.0 - jaro)
}

/// Whether two names (already normalised) share a surname part: "smith-jones"
/// and "jones", "de la cruz" and "cruz".
fn shares_part(a: &str, b: &str) -> bool {
    fn parts(s: &str) -> smallparts::Parts<'_> {
        s.split(['-', ' ']).filter(|p| p.len() > 1).collect()
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

/// The column of `field` to read for record `j` of a pair, after a name swap.
fn swapped(field: &Field, swap: bool) -> Field {
    match (field, swap) {
        (Field::Given, true) => Field::Family,
        (Field::Family, true) => Field::Given,
        (f, _) => f.clone(),
    }
}

/// Whether record `j` has forename and surname the other way round from `i`.
pub fn is_name_swap(f: &Features, i: usize, j: usize) -> bool {
    let (g, s) = (f.col(&Field::Given), f.col(&Field::Family));
    if g.is_empty() || s.is_empty() {
        return false;
    }
    let (gi, si, gj, sj) = (g[i], s[i], g[j], s[j]);
    gi != 0 && si != 0 && gi != si && gi == sj && si == gj
}

/// The level of comparison `c` for records `i` and `j`: 0 null, 1..=n the
/// named levels in order, n + 1 else. Also returns the interned value when
/// the exact level matched (for term-frequency adjustment).
pub fn level(f: &Features, c: &Comparison, i: usize, j: usize, swap: bool) -> (u8, u32) {
    let else_level = c.else_level();
    match c.field {
        Field::Dob => {
            let (a, b) = (f.dob[i], f.dob[j]);
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
        Field::Sex => {
            let (a, b) = (f.sex[i], f.sex[j]);
            if a == 0 || b == 0 {
                return (0, 0);
            }
            if a == b && c.levels.first() == Some(&LevelKind::Exact) {
                (1, 0)
            } else {
                (else_level, 0)
            }
        }
        ref field => {
            let a = f.col(field)[i];
            let b = f.col(&swapped(field, swap))[j];
            if a == 0 || b == 0 {
                return (0, 0);
            }
            let (sa, sb) = (f.strings.get(a), f.strings.get(b));
            let mut jw: Option<f32> = None;
            for (k, kind) in c.levels.iter().enumerate() {
                let hit = match *kind {
                    LevelKind::Exact => a == b,
                    LevelKind::Alias => crate::standardise::name::same_alias_group(sa, sb),
                    LevelKind::JaroWinkler(t) => {
                        *jw.get_or_insert_with(|| jaro_winkler(sa, sb)) >= t
                    }
                    LevelKind::Phonetic => {
                        let (pa, qa) = f.metaphone.get(a as usize).copied().unwrap_or((0, 0));
                        let (pb, qb) = f.metaphone.get(b as usize).copied().unwrap_or((0, 0));
                        pa != 0
                            && (pa == pb
                                || (qa != 0 && (qa == pb || qa == qb))
                                || (qb != 0 && pa == qb))
                    }
                    LevelKind::Initial => {
                        let (ca, cb) = (sa.chars().next(), sb.chars().next());
                        ca == cb && (sa.chars().count() == 1 || sb.chars().count() == 1)
                    }
                    LevelKind::SurnamePart => shares_part(sa, sb),
                    LevelKind::PostcodeSector => {
                        f.postcode_sector[i] != 0 && f.postcode_sector[i] == f.postcode_sector[j]
                    }
                    LevelKind::PostcodeDistrict => {
                        f.postcode_district[i] != 0
                            && f.postcode_district[i] == f.postcode_district[j]
                    }
                    LevelKind::PostcodeArea => {
                        f.postcode_area[i] != 0 && f.postcode_area[i] == f.postcode_area[j]
                    }
                    LevelKind::DobTransposed | LevelKind::DobOnePart | LevelKind::DobYear => false,
                };
                if hit {
                    return (k as u8 + 1, if *kind == LevelKind::Exact { a } else { 0 });
                }
            }
            (else_level, 0)
        }
    }
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
