//! UK postcodes: one written form (`LN1 2AB`), the parts used for blocking
//! (outward code, sector, area), and the kind. Only the Royal Mail letter
//! rules are checked — whether a postcode exists needs the Postcode Address
//! File, which a migration does not hold. NHS pseudo-postcodes (`ZZ99 3VZ` no
//! fixed abode, `ZZ99 3WZ` not known, `ZZ99 nXZ` countries) and BFPO numbers
//! say something true about a person, so they get their own kinds and are
//! never counted as invalid.

use crate::model::{Postcode, PostcodeKind};

/// Letters allowed in the first position: all but Q, V, X.
const FIRST: &[u8] = b"ABCDEFGHIJKLMNOPRSTUWYZ";
/// Second position (when a letter): all but I, J, Z.
const SECOND: &[u8] = b"ABCDEFGHKLMNOPQRSTUVWXY";
/// Third position of an `A9A` outward code.
const THIRD: &[u8] = b"ABCDEFGHJKPSTUW";
/// Fourth position of an `AA9A` outward code.
const FOURTH: &[u8] = b"ABEHMNPRVWXY";
/// The two letters of the inward code: all but C, I, K, M, O, V.
const INWARD: &[u8] = b"ABDEFGHJLNPQRSTUWXYZ";

/// Upper-case and keep only A–Z and 0–9: the form compared and stored.
fn clean(raw: &str) -> String {
    if raw.is_ascii() {
        return raw
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| b.to_ascii_uppercase() as char)
            .collect();
    }
    raw.chars()
        .flat_map(char::to_uppercase)
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Whether an outward code follows one of the six Royal Mail shapes (A9, A99,
/// AA9, AA99, A9A, AA9A) with their letter rules.
fn outward_ok(o: &[u8]) -> bool {
    let l = |c: u8| c.is_ascii_uppercase();
    let d = |c: u8| c.is_ascii_digit();
    let first = |c: u8| FIRST.contains(&c);
    match *o {
        [a, n] => first(a) && d(n),
        [a, b, c] if first(a) && d(b) && d(c) => true,
        [a, b, c] if first(a) && SECOND.contains(&b) && d(c) => true,
        [a, b, c] => first(a) && d(b) && l(c) && THIRD.contains(&c),
        [a, b, c, e] if first(a) && SECOND.contains(&b) && d(c) && d(e) => true,
        [a, b, c, e] => first(a) && SECOND.contains(&b) && d(c) && FOURTH.contains(&e),
        _ => false,
    }
}

fn inward_ok(i: &[u8]) -> bool {
    matches!(*i, [n, a, b] if n.is_ascii_digit() && INWARD.contains(&a) && INWARD.contains(&b))
}

/// Parse a postcode as written anywhere ("ln12ab", "LN1  2AB", "ln1-2ab").
pub fn parse(raw: &str) -> Postcode {
    let c = clean(raw);
    let (kind, value) = classify(&c);
    Postcode {
        raw: raw.to_string(),
        value,
        kind,
    }
}

fn classify(c: &str) -> (PostcodeKind, String) {
    let b = c.as_bytes();
    // British Forces Post Office numbers are written "BFPO 123" (1–4 digits).
    if let Some(num) = c.strip_prefix("BFPO") {
        if (1..=4).contains(&num.len()) && num.bytes().all(|d| d.is_ascii_digit()) {
            return (PostcodeKind::Bfpo, format!("BFPO {num}"));
        }
    }
    if !(5..=7).contains(&b.len()) {
        return (PostcodeKind::Invalid, c.to_string());
    }
    let spaced = || format!("{} {}", &c[..c.len() - 3], &c[c.len() - 3..]);
    if let [b'Z', b'Z', b'9', b'9', n, x, b'Z'] = *b {
        let kind = match (n, x) {
            (b'3', b'V') => Some(PostcodeKind::NoFixedAbode),
            (b'3', b'W') => Some(PostcodeKind::NotKnown),
            (n, x) if n.is_ascii_digit() && x.is_ascii_uppercase() => Some(PostcodeKind::Country),
            _ => None,
        };
        if let Some(kind) = kind {
            return (kind, spaced());
        }
    }
    // The Girobank postcode predates the rules and is still in use.
    if c == "GIR0AA" {
        return (PostcodeKind::Standard, spaced());
    }
    let (outward, inward) = b.split_at(b.len() - 3);
    if outward_ok(outward) && inward_ok(inward) {
        (PostcodeKind::Standard, spaced())
    } else {
        (PostcodeKind::Invalid, c.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PostcodeKind::*;

    #[test]
    fn vectors() {
        let cases = [
            ("LN1 2AB", Standard, "LN1 2AB", "LN1", "LN1 2", "LN"),
            ("ln12ab", Standard, "LN1 2AB", "LN1", "LN1 2", "LN"),
            (" ln1  2ab ", Standard, "LN1 2AB", "LN1", "LN1 2", "LN"),
            ("ln1-2ab", Standard, "LN1 2AB", "LN1", "LN1 2", "LN"),
            ("M1 1AE", Standard, "M1 1AE", "M1", "M1 1", "M"),
            ("B33 8TH", Standard, "B33 8TH", "B33", "B33 8", "B"),
            ("CR2 6XH", Standard, "CR2 6XH", "CR2", "CR2 6", "CR"),
            ("DN55 1PT", Standard, "DN55 1PT", "DN55", "DN55 1", "DN"),
            ("W1A 1HQ", Standard, "W1A 1HQ", "W1A", "W1A 1", "W"),
            ("EC1A 1BB", Standard, "EC1A 1BB", "EC1A", "EC1A 1", "EC"),
            ("GIR 0AA", Standard, "GIR 0AA", "GIR", "GIR 0", "GIR"),
            ("ZZ99 3VZ", NoFixedAbode, "ZZ99 3VZ", "", "", ""),
            ("zz993wz", NotKnown, "ZZ99 3WZ", "", "", ""),
            ("ZZ99 3CZ", Country, "ZZ99 3CZ", "", "", ""),
            ("ZZ99 1WZ", Country, "ZZ99 1WZ", "", "", ""),
            ("BFPO 123", Bfpo, "BFPO 123", "", "", ""),
            ("bfpo123", Bfpo, "BFPO 123", "", "", ""),
            // Letter rules.
            ("QA1 1AA", Invalid, "QA11AA", "", "", ""),
            ("VA1 1AA", Invalid, "VA11AA", "", "", ""),
            ("XA1 1AA", Invalid, "XA11AA", "", "", ""),
            ("AI1 1AA", Invalid, "AI11AA", "", "", ""),
            ("AZ1 1AA", Invalid, "AZ11AA", "", "", ""),
            ("W1I 1AA", Invalid, "W1I1AA", "", "", ""),
            ("EC1C 1AA", Invalid, "EC1C1AA", "", "", ""),
            ("LN1 2CB", Invalid, "LN12CB", "", "", ""),
            ("LN1 2AV", Invalid, "LN12AV", "", "", ""),
            ("LN1 AAB", Invalid, "LN1AAB", "", "", ""),
            // Length.
            ("LN1", Invalid, "LN1", "", "", ""),
            ("LN12 34AB", Invalid, "LN1234AB", "", "", ""),
            ("", Invalid, "", "", "", ""),
            ("n/k", Invalid, "NK", "", "", ""),
            // A letter O typed for a zero is not silently repaired.
            ("LN1 OAB", Invalid, "LN1OAB", "", "", ""),
        ];
        for (raw, kind, value, outward, sector, area) in cases {
            let p = parse(raw);
            assert_eq!(
                (p.kind, p.value.as_str(), p.outward(), p.sector(), p.area()),
                (kind, value, outward, sector, area),
                "{raw:?}"
            );
            assert_eq!(p.raw, raw);
        }
    }
}
