//! National Insurance numbers: two prefix letters, six digits and a suffix
//! letter A–D (often left blank). There is no check digit, so validation is
//! the HMRC format rules (National Insurance Manual NIM39110): the first
//! letter is not D, F, I, Q, U or V; the second not D, F, I, O, Q, U or V; and
//! the prefixes BG, GB, KN, NK, NT, TN and ZZ are never allocated.
//!
//! Two of those unallocated prefixes are not typing errors but stand-ins:
//! `TN` is the temporary number employers and benefit systems used (TN, the
//! date of birth, M or F), and `ZZ` is the filler systems write when no
//! number is held. Both are `Placeholder`: well formed, not a person's number.
//! Numbers are compared on their first eight characters because the suffix
//! is optional and often dropped or mistyped.

use crate::model::{IdStatus, Ident};

const BAD_FIRST: &[u8] = b"DFIQUV";
const BAD_SECOND: &[u8] = b"DFIOQUV";
const NEVER_ALLOCATED: [&str; 5] = ["BG", "GB", "KN", "NK", "NT"];

/// Normalise (strip whitespace, dashes and dots, upper-case) and validate.
pub fn parse(raw: &str) -> Ident {
    let value: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '/'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let status = status_of(&value);
    Ident {
        raw: raw.to_string(),
        value,
        status,
    }
}

fn status_of(v: &str) -> IdStatus {
    let b = v.as_bytes();
    if !(b.len() == 8 || b.len() == 9)
        || !b[..2].iter().all(u8::is_ascii_uppercase)
        || !b[2..8].iter().all(u8::is_ascii_digit)
    {
        return IdStatus::Invalid;
    }
    let suffix = b.get(8).copied();
    let prefix = &v[..2];
    // TN temporary numbers end in the sex (M/F) rather than A–D.
    if prefix == "TN" && matches!(suffix, None | Some(b'A'..=b'D' | b'M' | b'F')) {
        return IdStatus::Placeholder;
    }
    if !matches!(suffix, None | Some(b'A'..=b'D')) {
        return IdStatus::Invalid;
    }
    // The example number on HMRC's own forms, copied into legacy systems
    // when the real one was not to hand.
    if prefix == "ZZ" || v.starts_with("QQ123456") {
        return IdStatus::Placeholder;
    }
    if BAD_FIRST.contains(&b[0]) || BAD_SECOND.contains(&b[1]) || NEVER_ALLOCATED.contains(&prefix)
    {
        return IdStatus::Invalid;
    }
    IdStatus::Valid
}

/// The part two NI numbers are compared on: the first eight characters
/// (prefix and digits), since the suffix is optional.
pub fn compare_key(value: &str) -> &str {
    match value.char_indices().nth(8) {
        Some((i, _)) => &value[..i],
        None => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdStatus::*;

    #[test]
    fn vectors() {
        let cases = [
            ("AB123456C", Valid, "AB123456C"),
            ("ab 12 34 56 c", Valid, "AB123456C"),
            ("AB-123456-C", Valid, "AB123456C"),
            ("AB123456", Valid, "AB123456"),
            ("JG103759A", Valid, "JG103759A"),
            ("AB123456E", Invalid, "AB123456E"),
            ("DA123456A", Invalid, "DA123456A"),
            ("FA123456A", Invalid, "FA123456A"),
            ("IA123456A", Invalid, "IA123456A"),
            ("UA123456A", Invalid, "UA123456A"),
            ("VA123456A", Invalid, "VA123456A"),
            ("AO123456A", Invalid, "AO123456A"),
            ("AD123456A", Invalid, "AD123456A"),
            ("BG123456A", Invalid, "BG123456A"),
            ("GB123456A", Invalid, "GB123456A"),
            ("NK123456A", Invalid, "NK123456A"),
            ("KN123456A", Invalid, "KN123456A"),
            ("NT123456A", Invalid, "NT123456A"),
            ("TN010180M", Placeholder, "TN010180M"),
            ("TN 01 01 80 F", Placeholder, "TN010180F"),
            ("TN010180", Placeholder, "TN010180"),
            ("ZZ999999Z", Invalid, "ZZ999999Z"),
            ("ZZ999999", Placeholder, "ZZ999999"),
            ("QQ123456C", Placeholder, "QQ123456C"),
            ("QQ654321C", Invalid, "QQ654321C"),
            ("A1234567C", Invalid, "A1234567C"),
            ("AB12345C", Invalid, "AB12345C"),
            ("AB1234567", Invalid, "AB1234567"),
            ("", Invalid, ""),
            ("ÄB123456C", Invalid, "ÄB123456C"),
        ];
        for (raw, status, value) in cases {
            let id = parse(raw);
            assert_eq!((id.status, id.value.as_str()), (status, value), "{raw:?}");
        }
    }

    #[test]
    fn compare_keys() {
        assert_eq!(compare_key("AB123456C"), "AB123456");
        assert_eq!(compare_key("AB123456"), "AB123456");
        assert_eq!(compare_key("AB12"), "AB12");
        assert_eq!(compare_key("ÄÖÜ123456X"), "ÄÖÜ12345");
    }
}
