//! The ways real records go wrong, applied per record appearance at rates a
//! data team would recognise: typing slips, nicknames, transliterations,
//! swapped names, transposed dates, missing values, titles typed into name
//! fields, mistyped identifiers. The rates are listed once here (and printed
//! in the estate README) so the linker can be judged against known noise.

use super::names::{self, TITLES_F, TITLES_M};
use super::population::{Estate, Rec, Rel};
use chrono::{Datelike, NaiveDate};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

pub const TYPO: f64 = 0.03;
pub const NICKNAME: f64 = 0.05;
pub const VARIANT: f64 = 0.2;
pub const OLD_SURNAME: f64 = 0.35;
pub const SWAP_NAMES: f64 = 0.015;
pub const TITLE_IN_NAME: f64 = 0.03;
pub const CASE_NOISE: f64 = 0.05;
pub const SPACE_NOISE: f64 = 0.03;
pub const DOB_MISSING: f64 = 0.02;
pub const DOB_DAY_MONTH: f64 = 0.02;
pub const DOB_YEAR: f64 = 0.01;
pub const ID_TYPO: f64 = 0.02;
pub const POSTCODE_MISSING: f64 = 0.03;
pub const POSTCODE_FORMAT: f64 = 0.05;
pub const NEE: f64 = 0.15;
pub const KNOWN_AS: f64 = 0.3;
pub const LOST_LETTER: f64 = 0.15;

/// The rates as README lines.
pub const RATES: &[(&str, f64)] = &[
    (
        "one-character typo in a forename (and, separately, in a surname)",
        TYPO,
    ),
    (
        "nickname for a formal forename (William → Bill), where one exists",
        NICKNAME,
    ),
    (
        "other spelling of a name that has variants (Mohammed/Muhammad, Zoë/Zoe)",
        VARIANT,
    ),
    (
        "a married mother recorded under her birth surname",
        OLD_SURNAME,
    ),
    ("forename and surname swapped", SWAP_NAMES),
    ("title typed into the name field (adults)", TITLE_IN_NAME),
    (
        "case noise (SURNAME in capitals, all lower case)",
        CASE_NOISE,
    ),
    (
        "whitespace noise (leading, trailing, doubled spaces)",
        SPACE_NOISE,
    ),
    ("date of birth missing", DOB_MISSING),
    (
        "day and month transposed in the date of birth (when both ≤ 12)",
        DOB_DAY_MONTH,
    ),
    ("year of birth mistyped", DOB_YEAR),
    ("NHS number or UPN mistyped so it fails its check", ID_TYPO),
    ("postcode missing", POSTCODE_MISSING),
    (
        "postcode without its space or in lower case",
        POSTCODE_FORMAT,
    ),
    (
        "a married mother's birth surname written beside her surname: Smith (née Jones)",
        NEE,
    ),
    (
        "a nickname written beside the formal forename: William (Bill), of those given a nickname",
        KNOWN_AS,
    ),
    (
        "accented letters lost to a bad encoding: Zo?, Ka?mierczak, of names that have them",
        LOST_LETTER,
    ),
];

/// How one system shows one person on one record.
pub struct Shown {
    pub title: Option<&'static str>,
    /// True when the title was typed into the forename field.
    pub title_in_name: bool,
    pub given: String,
    pub middle: Option<&'static str>,
    pub surname: String,
    pub dob: Option<NaiveDate>,
    pub nhs: Option<String>,
    pub upn: Option<String>,
    pub postcode: Option<String>,
}

impl Shown {
    /// The forename field as typed, with a title in it when that slip happened.
    pub fn forename_field(&self) -> String {
        match (self.title_in_name, self.title) {
            (true, Some(t)) => format!("{t} {}", self.given),
            _ => self.given.clone(),
        }
    }
}

/// One-character edit: substitute, delete, insert or transpose.
pub fn typo(rng: &mut ChaCha8Rng, s: &str) -> String {
    let mut c: Vec<char> = s.chars().collect();
    if c.len() < 3 {
        return s.to_string();
    }
    let i = rng.gen_range(1..c.len() - 1);
    let letter = (b'a' + rng.gen_range(0..26u8)) as char;
    match rng.gen_range(0..4) {
        0 => c[i] = letter,
        1 => {
            c.remove(i);
        }
        2 => c.insert(i, letter),
        _ => c.swap(i, i + 1),
    }
    c.into_iter().collect()
}

fn case_noise(rng: &mut ChaCha8Rng, s: &mut String, upper: bool) {
    *s = if upper || rng.gen_bool(0.5) {
        s.to_uppercase()
    } else {
        s.to_lowercase()
    };
}

fn space_noise(rng: &mut ChaCha8Rng, s: &mut String) {
    match rng.gen_range(0..3) {
        0 => s.insert(0, ' '),
        1 => s.push(' '),
        _ => {
            if let Some(i) = s.find(' ') {
                s.insert(i, ' ');
            } else {
                s.push_str("  ");
            }
        }
    }
}

/// Change one digit so the identifier fails its check; keeps the length.
fn mistype_digits(rng: &mut ChaCha8Rng, s: &str, valid: impl Fn(&str) -> bool) -> String {
    let digits: Vec<usize> = s
        .char_indices()
        .filter(|(i, c)| c.is_ascii_digit() && *i > 0)
        .map(|(i, _)| i)
        .collect();
    for _ in 0..20 {
        let mut b = s.as_bytes().to_vec();
        let i = digits[rng.gen_range(0..digits.len())];
        let d = b'0' + rng.gen_range(0..10u8);
        if b[i] == d {
            continue;
        }
        b[i] = d;
        let t = String::from_utf8(b).unwrap_or_default();
        if !valid(&t) {
            return t;
        }
    }
    // Every single-digit change happened to pass: swap two characters instead.
    let mut b = s.as_bytes().to_vec();
    b.swap(s.len() - 1, s.len() - 2);
    String::from_utf8(b).unwrap_or_default()
}

fn nhs_valid(s: &str) -> bool {
    crate::standardise::nhs::parse(s).status == crate::model::IdStatus::Valid
}

fn upn_valid(s: &str) -> bool {
    crate::standardise::upn::parse(s).status == crate::model::IdStatus::Valid
}

/// What a system holds, so a writer does not pay for what it never prints.
pub struct Holds {
    /// Chance the NHS number is on this record at all.
    pub nhs: f64,
    pub upn: bool,
}

/// Render `rec` as one system saw it.
pub fn show(rng: &mut ChaCha8Rng, e: &Estate, rec: &Rec, holds: &Holds) -> Shown {
    let p = e.person(rec.person);
    let adult = !rec.rel.is_child();
    let mut given: &str = p.given;
    let mut surname: &str = p.surname;
    if let Some(old) = p.birth_surname {
        if rng.gen_bool(OLD_SURNAME) {
            surname = old;
        }
    }
    let mut known_as = None;
    if rng.gen_bool(NICKNAME) {
        if let Some(n) = names::nickname_of(rng, given) {
            if rng.gen_bool(KNOWN_AS) {
                known_as = Some(n);
            } else {
                given = n;
            }
        }
    }
    if rng.gen_bool(VARIANT) {
        if let Some(v) = names::variant_of(rng, given) {
            given = v;
        }
    }
    if rng.gen_bool(VARIANT) {
        if let Some(v) = names::variant_of(rng, surname) {
            surname = v;
        }
    }
    let mut given = if rng.gen_bool(TYPO) {
        typo(rng, given)
    } else {
        given.to_string()
    };
    let mut surname = if rng.gen_bool(TYPO) {
        typo(rng, surname)
    } else {
        surname.to_string()
    };
    if rng.gen_bool(SWAP_NAMES) {
        std::mem::swap(&mut given, &mut surname);
    }
    if rng.gen_bool(CASE_NOISE) {
        case_noise(rng, &mut surname, true);
        if rng.gen_bool(0.4) {
            case_noise(rng, &mut given, false);
        }
    }
    if rng.gen_bool(SPACE_NOISE) {
        if rng.gen_bool(0.5) {
            space_noise(rng, &mut given);
        } else {
            space_noise(rng, &mut surname);
        }
    }
    if let Some(nick) = known_as {
        given = format!("{given} ({nick})");
    }
    if let Some(old) = p
        .birth_surname
        .filter(|&old| old != surname && surname == p.surname)
    {
        if rng.gen_bool(NEE) {
            surname = match rng.gen_range(0..3) {
                0 => format!("{surname} (née {old})"),
                1 => format!("{surname} (nee {old})"),
                _ => format!("{surname} nee {old}"),
            };
        }
    }
    for name in [&mut given, &mut surname] {
        if !name.is_ascii() && rng.gen_bool(LOST_LETTER) {
            *name = name
                .chars()
                .map(|c| if c.is_ascii() { c } else { '?' })
                .collect();
        }
    }
    let title = if adult {
        Some(if p.female {
            *names::pick(rng, TITLES_F)
        } else {
            TITLES_M[0]
        })
    } else {
        None
    };
    let title_in_name = adult && rng.gen_bool(TITLE_IN_NAME);
    let dob = if rng.gen_bool(DOB_MISSING) {
        None
    } else if rng.gen_bool(DOB_DAY_MONTH) && p.dob.day() <= 12 && p.dob.day() != p.dob.month() {
        NaiveDate::from_ymd_opt(p.dob.year(), p.dob.day(), p.dob.month())
    } else if rng.gen_bool(DOB_YEAR) {
        let dy = *names::pick(rng, &[-1, 1, -10, 10]);
        p.dob.with_year(p.dob.year() + dy).or(Some(p.dob))
    } else {
        Some(p.dob)
    };
    let nhs = match &p.nhs {
        Some(n) if rng.gen_bool(holds.nhs) => Some(if rng.gen_bool(ID_TYPO) {
            mistype_digits(rng, n, nhs_valid)
        } else {
            n.clone()
        }),
        _ => None,
    };
    let upn = match &p.upn {
        Some(u) if holds.upn => Some(if rng.gen_bool(ID_TYPO) {
            mistype_digits(rng, u, upn_valid)
        } else {
            u.clone()
        }),
        _ => None,
    };
    let postcode = if rng.gen_bool(POSTCODE_MISSING) {
        None
    } else {
        let pc = &e.address(rec.addr).postcode;
        Some(if rng.gen_bool(POSTCODE_FORMAT) {
            if rng.gen_bool(0.5) {
                pc.replace(' ', "")
            } else {
                pc.to_lowercase()
            }
        } else {
            pc.clone()
        })
    };
    Shown {
        title,
        title_in_name,
        given,
        middle: p.middle,
        surname,
        dob,
        nhs,
        upn,
        postcode,
    }
}

/// Whether a record is an adult's (for titles and roles).
pub fn is_adult(rel: Rel) -> bool {
    !rel.is_child()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn mistyped_identifiers_fail_their_checks() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        for _ in 0..200 {
            let n = mistype_digits(&mut rng, "9434765919", nhs_valid);
            assert!(!nhs_valid(&n), "{n}");
            let u = mistype_digits(&mut rng, "B801200005001", upn_valid);
            assert!(!upn_valid(&u), "{u}");
        }
    }

    #[test]
    fn typo_is_one_edit() {
        let mut rng = ChaCha8Rng::seed_from_u64(2);
        for _ in 0..100 {
            let t = typo(&mut rng, "Jennifer");
            let d = strsim::damerau_levenshtein("Jennifer", &t);
            assert!(d <= 1, "{t}");
        }
    }
}
