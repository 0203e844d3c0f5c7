//! Double Metaphone: the phonetic codes the link stage compares names by.
//!
//! Written here by hand from Lawrence Philips' published algorithm (C/C++
//! Users Journal, June 2000) as corrected in the widely used C port. The
//! crate `rphonetic` also implements it; measured against it (the test in
//! `src/sample/metaphone_check.rs`, beside the name lists) on the 1,786 distinct words of every name the
//! project knows, the two agree on all but one, `raj`, where rphonetic keeps
//! the original's space as an alternate code. This file stays because
//! rphonetic panics on some accented input (onefamily folds accents first,
//! but a panic on any input is not allowed), returns owned `String`s through
//! a result type per call on the hot path of feature building, and keeping
//! it keeps every link result byte for byte. The test fails on any new
//! disagreement, so a change to either side is seen.

use super::name::is_apostrophe;
use unicode_normalization::char::decompose_compatible;

/// Ç and Ñ in the prepared word: Latin-1's bytes for them.
const C_CEDILLA: u8 = 0xC7;
const N_TILDE: u8 = 0xD1;

struct Metaphone {
    /// Upper-case word padded with five spaces, as the original indexes past
    /// the end and tests for a following space.
    w: Vec<u8>,
    primary: String,
    alternate: String,
}

impl Metaphone {
    fn at(&self, pos: isize) -> u8 {
        if pos < 0 {
            0
        } else {
            self.w.get(pos as usize).copied().unwrap_or(0)
        }
    }

    fn string_at(&self, start: isize, len: usize, options: &[&str]) -> bool {
        if start < 0 || start as usize >= self.w.len() {
            return false;
        }
        let start = start as usize;
        let Some(slice) = self.w.get(start..start + len) else {
            return false;
        };
        options.iter().any(|o| o.as_bytes() == slice)
    }

    fn is_vowel(&self, pos: isize) -> bool {
        matches!(self.at(pos), b'A' | b'E' | b'I' | b'O' | b'U' | b'Y')
    }

    fn slavo_germanic(&self) -> bool {
        self.w.iter().any(|&b| b == b'W' || b == b'K') || self.w.windows(2).any(|p| p == b"CZ")
    }

    fn add(&mut self, main: &str, alt: &str) {
        self.primary.push_str(main);
        self.alternate.push_str(alt);
    }

    fn add1(&mut self, both: &str) {
        self.add(both, both);
    }

    /// A letter with one code and no rules of its own: a doubled letter is
    /// read as one (`BB` is one `P`).
    fn letter(&mut self, cur: isize, code: &str) -> isize {
        self.add1(code);
        if self.at(cur + 1) == self.at(cur) {
            cur + 2
        } else {
            cur + 1
        }
    }
}

/// Prepare the word: ASCII letters upper-cased, Ç and Ñ kept (the algorithm
/// has rules for them), other accented letters folded, anything else a space.
fn metaphone_word(input: &str) -> Vec<u8> {
    let mut w = Vec::with_capacity(input.len() + 5);
    for c in input.chars() {
        match c {
            'a'..='z' | 'A'..='Z' => w.push(c.to_ascii_uppercase() as u8),
            'ç' | 'Ç' => w.push(C_CEDILLA),
            'ñ' | 'Ñ' => w.push(N_TILDE),
            // A letter lost to a bad encoding (`Ka?mierczak`): the word
            // stays one word and sounds as near as it can.
            c if is_apostrophe(c) || c == '?' || c == '\u{fffd}' => {}
            c if c.is_alphabetic() => decompose_compatible(c, |d| {
                if d.is_ascii_alphabetic() {
                    w.push(d.to_ascii_uppercase() as u8);
                }
            }),
            _ => {
                if w.last().is_some_and(|&b| b != b' ') {
                    w.push(b' ');
                }
            }
        }
    }
    while w.last() == Some(&b' ') {
        w.pop();
    }
    w
}

/// Double Metaphone codes (primary, alternate) of a word, at most four
/// characters each; the alternate equals the primary when the word has only
/// one pronunciation. `0` stands for "th", `X` for "sh"/"ch".
///
/// One arm per letter, as in Philips' original; the letters with rules of
/// their own (most of them) each have a function below, named after the
/// letter, that codes it and returns the position after what it read.
pub fn double_metaphone(input: &str) -> (String, String) {
    let mut w = metaphone_word(input);
    let length = w.len() as isize;
    let last = length - 1;
    w.extend_from_slice(b"     ");
    let mut m = Metaphone {
        w,
        primary: String::with_capacity(8),
        alternate: String::with_capacity(8),
    };
    let mut cur: isize = 0;

    if m.string_at(0, 2, &["GN", "KN", "PN", "WR", "PS"]) {
        cur += 1;
    }
    // Initial X is pronounced Z, e.g. Xavier.
    if m.at(0) == b'X' {
        m.add1("S");
        cur += 1;
    }

    while (m.primary.len() < 4 || m.alternate.len() < 4) && cur < length {
        cur = match m.at(cur) {
            b'A' | b'E' | b'I' | b'O' | b'U' | b'Y' => {
                // A vowel is coded only at the start.
                if cur == 0 {
                    m.add1("A");
                }
                cur + 1
            }
            b'B' => m.letter(cur, "P"),
            C_CEDILLA => {
                m.add1("S");
                cur + 1
            }
            b'C' => metaphone_c(&mut m, cur),
            b'D' => metaphone_d(&mut m, cur),
            b'F' => m.letter(cur, "F"),
            b'G' => metaphone_g(&mut m, cur),
            b'H' => metaphone_h(&mut m, cur),
            b'J' => metaphone_j(&mut m, cur, last),
            b'K' => m.letter(cur, "K"),
            b'L' => metaphone_l(&mut m, cur, last),
            b'M' => metaphone_m(&mut m, cur, last),
            b'N' => m.letter(cur, "N"),
            N_TILDE => {
                m.add1("N");
                cur + 1
            }
            b'P' => metaphone_p(&mut m, cur),
            b'Q' => m.letter(cur, "K"),
            b'R' => metaphone_r(&mut m, cur, last),
            b'S' => metaphone_s(&mut m, cur, last),
            b'T' => metaphone_t(&mut m, cur),
            b'V' => m.letter(cur, "F"),
            b'W' => metaphone_w(&mut m, cur, last),
            b'X' => metaphone_x(&mut m, cur, last),
            b'Z' => metaphone_z(&mut m, cur),
            _ => cur + 1,
        };
    }
    m.primary.truncate(4);
    m.alternate.truncate(4);
    (m.primary, m.alternate)
}

fn metaphone_d(m: &mut Metaphone, cur: isize) -> isize {
    if m.string_at(cur, 2, &["DG"]) {
        if m.string_at(cur + 2, 1, &["I", "E", "Y"]) {
            // edge
            m.add1("J");
            return cur + 3;
        }
        // edgar
        m.add1("TK");
        return cur + 2;
    }
    m.add1("T");
    if m.string_at(cur, 2, &["DT", "DD"]) {
        cur + 2
    } else {
        cur + 1
    }
}

fn metaphone_h(m: &mut Metaphone, cur: isize) -> isize {
    // Kept only when first or between vowels.
    if (cur == 0 || m.is_vowel(cur - 1)) && m.is_vowel(cur + 1) {
        m.add1("H");
        cur + 2
    } else {
        cur + 1
    }
}

fn metaphone_l(m: &mut Metaphone, cur: isize, last: isize) -> isize {
    if m.at(cur + 1) != b'L' {
        m.add1("L");
        return cur + 1;
    }
    // Spanish, e.g. cabrillo, gallegos.
    let spanish = (cur == last - 2 && m.string_at(cur - 1, 4, &["ILLO", "ILLA", "ALLE"]))
        || ((m.string_at(last - 1, 2, &["AS", "OS"]) || m.string_at(last, 1, &["A", "O"]))
            && m.string_at(cur - 1, 4, &["ALLE"]));
    if spanish {
        m.add("L", "");
    } else {
        m.add1("L");
    }
    cur + 2
}

fn metaphone_m(m: &mut Metaphone, cur: isize, last: isize) -> isize {
    // dumb, thumb
    let umb =
        m.string_at(cur - 1, 3, &["UMB"]) && (cur + 1 == last || m.string_at(cur + 2, 2, &["ER"]));
    m.add1("M");
    if umb || m.at(cur + 1) == b'M' {
        cur + 2
    } else {
        cur + 1
    }
}

fn metaphone_p(m: &mut Metaphone, cur: isize) -> isize {
    if m.at(cur + 1) == b'H' {
        m.add1("F");
        return cur + 2;
    }
    // campbell, raspberry
    m.add1("P");
    if m.string_at(cur + 1, 1, &["P", "B"]) {
        cur + 2
    } else {
        cur + 1
    }
}

fn metaphone_r(m: &mut Metaphone, cur: isize, last: isize) -> isize {
    // French, e.g. rogier, but not hochmeier.
    if cur == last
        && !m.slavo_germanic()
        && m.string_at(cur - 2, 2, &["IE"])
        && !m.string_at(cur - 4, 2, &["ME", "MA"])
    {
        m.add("", "R");
    } else {
        m.add1("R");
    }
    if m.at(cur + 1) == b'R' {
        cur + 2
    } else {
        cur + 1
    }
}

fn metaphone_t(m: &mut Metaphone, cur: isize) -> isize {
    if m.string_at(cur, 4, &["TION"]) || m.string_at(cur, 3, &["TIA", "TCH"]) {
        m.add1("X");
        return cur + 3;
    }
    if m.string_at(cur, 2, &["TH"]) || m.string_at(cur, 3, &["TTH"]) {
        // thomas, thames, or Germanic
        if m.string_at(cur + 2, 2, &["OM", "AM"])
            || m.string_at(0, 4, &["VAN ", "VON "])
            || m.string_at(0, 3, &["SCH"])
        {
            m.add1("T");
        } else {
            m.add("0", "T");
        }
        return cur + 2;
    }
    m.add1("T");
    if m.string_at(cur + 1, 1, &["T", "D"]) {
        cur + 2
    } else {
        cur + 1
    }
}

fn metaphone_x(m: &mut Metaphone, cur: isize, last: isize) -> isize {
    // French, e.g. breaux.
    let silent = cur == last
        && (m.string_at(cur - 3, 3, &["IAU", "EAU"]) || m.string_at(cur - 2, 2, &["AU", "OU"]));
    if !silent {
        m.add1("KS");
    }
    if m.string_at(cur + 1, 1, &["C", "X"]) {
        cur + 2
    } else {
        cur + 1
    }
}

fn metaphone_z(m: &mut Metaphone, cur: isize) -> isize {
    if m.at(cur + 1) == b'H' {
        // Chinese pinyin, e.g. zhao.
        m.add1("J");
        return cur + 2;
    }
    if m.string_at(cur + 1, 2, &["ZO", "ZI", "ZA"])
        || (m.slavo_germanic() && cur > 0 && m.at(cur - 1) != b'T')
    {
        m.add("S", "TS");
    } else {
        m.add1("S");
    }
    if m.at(cur + 1) == b'Z' {
        cur + 2
    } else {
        cur + 1
    }
}

fn metaphone_c(m: &mut Metaphone, cur: isize) -> isize {
    // Various Germanic.
    if cur > 1
        && !m.is_vowel(cur - 2)
        && m.string_at(cur - 1, 3, &["ACH"])
        && m.at(cur + 2) != b'I'
        && (m.at(cur + 2) != b'E' || m.string_at(cur - 2, 6, &["BACHER", "MACHER"]))
    {
        m.add1("K");
        return cur + 2;
    }
    if cur == 0 && m.string_at(cur, 6, &["CAESAR"]) {
        m.add1("S");
        return cur + 2;
    }
    // Italian chianti.
    if m.string_at(cur, 4, &["CHIA"]) {
        m.add1("K");
        return cur + 2;
    }
    if m.string_at(cur, 2, &["CH"]) {
        // michael
        if cur > 0 && m.string_at(cur, 4, &["CHAE"]) {
            m.add("K", "X");
            return cur + 2;
        }
        // Greek roots, e.g. chemistry, chorus.
        if cur == 0
            && (m.string_at(cur + 1, 5, &["HARAC", "HARIS"])
                || m.string_at(cur + 1, 3, &["HOR", "HYM", "HIA", "HEM"]))
            && !m.string_at(0, 5, &["CHORE"])
        {
            m.add1("K");
            return cur + 2;
        }
        // Germanic, Greek, or otherwise 'ch' for 'kh'.
        if m.string_at(0, 4, &["VAN ", "VON "])
            || m.string_at(0, 3, &["SCH"])
            || m.string_at(cur - 2, 6, &["ORCHES", "ARCHIT", "ORCHID"])
            || m.string_at(cur + 2, 1, &["T", "S"])
            || ((m.string_at(cur - 1, 1, &["A", "O", "U", "E"]) || cur == 0)
                && m.string_at(
                    cur + 2,
                    1,
                    &["L", "R", "N", "M", "B", "H", "F", "V", "W", " "],
                ))
        {
            m.add1("K");
        } else if cur > 0 {
            if m.string_at(0, 2, &["MC"]) {
                // McHugh
                m.add1("K");
            } else {
                m.add("X", "K");
            }
        } else {
            m.add1("X");
        }
        return cur + 2;
    }
    // czerny
    if m.string_at(cur, 2, &["CZ"]) && !m.string_at(cur - 2, 4, &["WICZ"]) {
        m.add("S", "X");
        return cur + 2;
    }
    // focaccia
    if m.string_at(cur + 1, 3, &["CIA"]) {
        m.add1("X");
        return cur + 3;
    }
    // Double C, but not McClellan.
    if m.string_at(cur, 2, &["CC"]) && !(cur == 1 && m.at(0) == b'M') {
        // bellocchio, but not bacchus
        if m.string_at(cur + 2, 1, &["I", "E", "H"]) && !m.string_at(cur + 2, 2, &["HU"]) {
            // accident, accede, succeed
            if (cur == 1 && m.at(cur - 1) == b'A') || m.string_at(cur - 1, 5, &["UCCEE", "UCCES"]) {
                m.add1("KS");
            } else {
                // bacci, bertucci
                m.add1("X");
            }
            return cur + 3;
        }
        // Pierce's rule.
        m.add1("K");
        return cur + 2;
    }
    if m.string_at(cur, 2, &["CK", "CG", "CQ"]) {
        m.add1("K");
        return cur + 2;
    }
    if m.string_at(cur, 2, &["CI", "CE", "CY"]) {
        // Italian or English.
        if m.string_at(cur, 3, &["CIO", "CIE", "CIA"]) {
            m.add("S", "X");
        } else {
            m.add1("S");
        }
        return cur + 2;
    }
    m.add1("K");
    // mac caffrey, mac gregor
    if m.string_at(cur + 1, 2, &[" C", " Q", " G"]) {
        cur + 3
    } else if m.string_at(cur + 1, 1, &["C", "K", "Q"]) && !m.string_at(cur + 1, 2, &["CE", "CI"]) {
        cur + 2
    } else {
        cur + 1
    }
}

fn metaphone_g(m: &mut Metaphone, cur: isize) -> isize {
    if m.at(cur + 1) == b'H' {
        if cur > 0 && !m.is_vowel(cur - 1) {
            m.add1("K");
            return cur + 2;
        }
        // ghislane, ghiradelli
        if cur == 0 {
            if m.at(cur + 2) == b'I' {
                m.add1("J");
            } else {
                m.add1("K");
            }
            return cur + 2;
        }
        // Parker's rule: hugh, bough, broughton.
        if (cur > 1 && m.string_at(cur - 2, 1, &["B", "H", "D"]))
            || (cur > 2 && m.string_at(cur - 3, 1, &["B", "H", "D"]))
            || (cur > 3 && m.string_at(cur - 4, 1, &["B", "H"]))
        {
            return cur + 2;
        }
        // laugh, McLaughlin, cough, gough, rough, tough
        if cur > 2 && m.at(cur - 1) == b'U' && m.string_at(cur - 3, 1, &["C", "G", "L", "R", "T"]) {
            m.add1("F");
        } else if cur > 0 && m.at(cur - 1) != b'I' {
            m.add1("K");
        }
        return cur + 2;
    }
    if m.at(cur + 1) == b'N' {
        if cur == 1 && m.is_vowel(0) && !m.slavo_germanic() {
            m.add("KN", "N");
        } else if !m.string_at(cur + 2, 2, &["EY"]) && m.at(cur + 1) != b'Y' && !m.slavo_germanic()
        {
            // not cagney
            m.add("N", "KN");
        } else {
            m.add1("KN");
        }
        return cur + 2;
    }
    // tagliaro
    if m.string_at(cur + 1, 2, &["LI"]) && !m.slavo_germanic() {
        m.add("KL", "L");
        return cur + 2;
    }
    // -ges-, -gep-, -gel-, -gie- at the beginning
    if cur == 0
        && (m.at(cur + 1) == b'Y'
            || m.string_at(
                cur + 1,
                2,
                &[
                    "ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER",
                ],
            ))
    {
        m.add("K", "J");
        return cur + 2;
    }
    // -ger-, -gy-
    if (m.string_at(cur + 1, 2, &["ER"]) || m.at(cur + 1) == b'Y')
        && !m.string_at(0, 6, &["DANGER", "RANGER", "MANGER"])
        && !m.string_at(cur - 1, 1, &["E", "I"])
        && !m.string_at(cur - 1, 3, &["RGY", "OGY"])
    {
        m.add("K", "J");
        return cur + 2;
    }
    // Italian, e.g. biaggi.
    if m.string_at(cur + 1, 1, &["E", "I", "Y"]) || m.string_at(cur - 1, 4, &["AGGI", "OGGI"]) {
        if m.string_at(0, 4, &["VAN ", "VON "])
            || m.string_at(0, 3, &["SCH"])
            || m.string_at(cur + 1, 2, &["ET"])
        {
            // Obviously Germanic.
            m.add1("K");
        } else if m.string_at(cur + 1, 4, &["IER "]) {
            // Always soft with a French ending.
            m.add1("J");
        } else {
            m.add("J", "K");
        }
        return cur + 2;
    }
    m.add1("K");
    if m.at(cur + 1) == b'G' {
        cur + 2
    } else {
        cur + 1
    }
}

fn metaphone_j(m: &mut Metaphone, cur: isize, last: isize) -> isize {
    // Obviously Spanish: jose, san jacinto.
    if m.string_at(cur, 4, &["JOSE"]) || m.string_at(0, 4, &["SAN "]) {
        if (cur == 0 && m.at(cur + 4) == b' ') || m.string_at(0, 4, &["SAN "]) {
            m.add1("H");
        } else {
            m.add("J", "H");
        }
        return cur + 1;
    }
    if cur == 0 && !m.string_at(cur, 4, &["JOSE"]) {
        // Yankelovich / Jankelowicz
        m.add("J", "A");
    } else if m.is_vowel(cur - 1)
        && !m.slavo_germanic()
        && (m.at(cur + 1) == b'A' || m.at(cur + 1) == b'O')
    {
        // Spanish pronunciation, e.g. bajador.
        m.add("J", "H");
    } else if cur == last {
        m.add("J", "");
    } else if !m.string_at(cur + 1, 1, &["L", "T", "K", "S", "N", "M", "B", "Z"])
        && !m.string_at(cur - 1, 1, &["S", "K", "L"])
    {
        m.add1("J");
    }
    if m.at(cur + 1) == b'J' {
        cur + 2
    } else {
        cur + 1
    }
}

fn metaphone_s(m: &mut Metaphone, cur: isize, last: isize) -> isize {
    // island, isle, carlisle, carlysle
    if m.string_at(cur - 1, 3, &["ISL", "YSL"]) {
        return cur + 1;
    }
    // sugar-
    if cur == 0 && m.string_at(cur, 5, &["SUGAR"]) {
        m.add("X", "S");
        return cur + 1;
    }
    if m.string_at(cur, 2, &["SH"]) {
        // Germanic
        if m.string_at(cur + 1, 4, &["HEIM", "HOEK", "HOLM", "HOLZ"]) {
            m.add1("S");
        } else {
            m.add1("X");
        }
        return cur + 2;
    }
    // Italian and Armenian.
    if m.string_at(cur, 3, &["SIO", "SIA"]) || m.string_at(cur, 4, &["SIAN"]) {
        if m.slavo_germanic() {
            m.add1("S");
        } else {
            m.add("S", "X");
        }
        return cur + 3;
    }
    // German and anglicisations, e.g. smith/schmidt, snider/schneider; and
    // -sz- in Slavic languages.
    if (cur == 0 && m.string_at(cur + 1, 1, &["M", "N", "L", "W"]))
        || m.string_at(cur + 1, 1, &["Z"])
    {
        m.add("S", "X");
        return if m.string_at(cur + 1, 1, &["Z"]) {
            cur + 2
        } else {
            cur + 1
        };
    }
    if m.string_at(cur, 2, &["SC"]) {
        // Schlesinger's rule.
        if m.at(cur + 2) == b'H' {
            // Dutch, e.g. school, schooner.
            if m.string_at(cur + 3, 2, &["OO", "ER", "EN", "UY", "ED", "EM"]) {
                // schermerhorn, schenker
                if m.string_at(cur + 3, 2, &["ER", "EN"]) {
                    m.add("X", "SK");
                } else {
                    m.add1("SK");
                }
                return cur + 3;
            }
            if cur == 0 && !m.is_vowel(3) && m.at(3) != b'W' {
                m.add("X", "S");
            } else {
                m.add1("X");
            }
            return cur + 3;
        }
        if m.string_at(cur + 2, 1, &["I", "E", "Y"]) {
            m.add1("S");
            return cur + 3;
        }
        m.add1("SK");
        return cur + 3;
    }
    // French, e.g. resnais, artois.
    if cur == last && m.string_at(cur - 2, 2, &["AI", "OI"]) {
        m.add("", "S");
    } else {
        m.add1("S");
    }
    if m.string_at(cur + 1, 1, &["S", "Z"]) {
        cur + 2
    } else {
        cur + 1
    }
}

fn metaphone_w(m: &mut Metaphone, cur: isize, last: isize) -> isize {
    if m.string_at(cur, 2, &["WR"]) {
        m.add1("R");
        return cur + 2;
    }
    if cur == 0 && (m.is_vowel(cur + 1) || m.string_at(cur, 2, &["WH"])) {
        if m.is_vowel(cur + 1) {
            // Wasserman should match Vasserman.
            m.add("A", "F");
        } else {
            // Uomo should match Womo.
            m.add1("A");
        }
    }
    // Arnow should match Arnoff.
    if (cur == last && m.is_vowel(cur - 1))
        || m.string_at(cur - 1, 5, &["EWSKI", "EWSKY", "OWSKI", "OWSKY"])
        || m.string_at(0, 3, &["SCH"])
    {
        m.add("", "F");
        return cur + 1;
    }
    // Polish, e.g. filipowicz.
    if m.string_at(cur, 4, &["WICZ", "WITZ"]) {
        m.add("TS", "FX");
        return cur + 4;
    }
    cur + 1
}
