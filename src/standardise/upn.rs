//! Unique Pupil Numbers: 13 characters, a check letter first.
//!
//! The check letter comes from characters 2–13, each multiplied by its
//! position number (2..=13), summed mod 23, indexing the 23-letter alphabet
//! below (no I, O or S). A temporary UPN ends in a letter instead of a digit.

use crate::model::{IdStatus, Ident};

pub const ALPHABET: &[u8; 23] = b"ABCDEFGHJKLMNPQRTUVWXYZ";

/// Value of one character in positions 2–13: digits are themselves, the last
/// character of a temporary UPN is its index in `ALPHABET`.
fn char_value(c: u8) -> Option<u32> {
    if c.is_ascii_digit() {
        Some((c - b'0') as u32)
    } else {
        ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
    }
}

/// The check letter for characters 2–13 (twelve characters, upper case).
pub fn check_letter(rest: &str) -> Option<char> {
    let bytes = rest.as_bytes();
    if bytes.len() != 12 {
        return None;
    }
    let mut sum = 0u32;
    for (i, &c) in bytes.iter().enumerate() {
        // Only the last character may be a letter (temporary UPNs).
        if i < 11 && !c.is_ascii_digit() {
            return None;
        }
        sum += char_value(c)? * (i as u32 + 2);
    }
    Some(ALPHABET[(sum % 23) as usize] as char)
}

/// Normalise (strip spaces, upper-case) and validate.
pub fn parse(raw: &str) -> Ident {
    let value: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect();
    let status = match value.len() {
        13 if value.is_ascii() => match check_letter(&value[1..]) {
            Some(c) if value.starts_with(c) => IdStatus::Valid,
            _ => IdStatus::Invalid,
        },
        _ => IdStatus::Invalid,
    };
    Ident {
        raw: raw.to_string(),
        value,
        status,
    }
}

/// A temporary UPN ends in a letter.
pub fn is_temporary(value: &str) -> bool {
    value.len() == 13 && value.as_bytes()[12].is_ascii_alphabetic()
}

/// The local authority code (characters 2–4).
pub fn la_code(value: &str) -> Option<&str> {
    value.get(1..4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors() {
        let cases = [
            ("B801200005001", IdStatus::Valid),
            ("b801 2000 05001", IdStatus::Valid),
            // A widely copied vendor example says Q; the arithmetic says P.
            ("B207000016049", IdStatus::Invalid),
            ("P207000016049", IdStatus::Valid),
            ("Q207000016049", IdStatus::Invalid),
            ("B80120000500", IdStatus::Invalid),
            ("", IdStatus::Invalid),
        ];
        for (raw, want) in cases {
            assert_eq!(parse(raw).status, want, "{raw}");
        }
        assert_eq!(check_letter("207000016049"), Some('P'));
    }
}
