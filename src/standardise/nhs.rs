//! NHS numbers: ten digits, the last a modulus-11 check digit.
//!
//! Weights 10..2 over the first nine digits; check = 11 − (sum mod 11), where
//! 11 becomes 0 and 10 means the number cannot be valid.

use crate::model::{IdStatus, Ident};

/// The check digit for the first nine digits, or None when no valid number
/// can start with them (the remainder gives 10).
pub fn check_digit(first9: &[u8; 9]) -> Option<u8> {
    let sum: u32 = first9
        .iter()
        .zip((2..=10).rev())
        .map(|(&d, w)| d as u32 * w)
        .sum();
    match 11 - (sum % 11) {
        11 => Some(0),
        10 => None,
        c => Some(c as u8),
    }
}

/// Numbers 999 000 0000 to 999 999 9999 are reserved for test data.
pub fn is_test_range(value: &str) -> bool {
    value.len() == 10 && value.starts_with("999")
}

/// Normalise (strip spaces and dashes) and validate.
pub fn parse(raw: &str) -> Ident {
    let value: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let status = status_of(&value);
    Ident {
        raw: raw.to_string(),
        value,
        status,
    }
}

fn status_of(value: &str) -> IdStatus {
    let bytes = value.as_bytes();
    if bytes.len() != 10 || !bytes.iter().all(u8::is_ascii_digit) {
        return IdStatus::Invalid;
    }
    if bytes.iter().all(|&b| b == bytes[0]) {
        return IdStatus::Placeholder;
    }
    let mut first9 = [0u8; 9];
    for (d, b) in first9.iter_mut().zip(bytes) {
        *d = b - b'0';
    }
    match check_digit(&first9) {
        Some(c) if c == bytes[9] - b'0' => IdStatus::Valid,
        _ => IdStatus::Invalid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors() {
        let cases = [
            ("943 476 5919", IdStatus::Valid),
            ("943-476-5919", IdStatus::Valid),
            ("9434765919", IdStatus::Valid),
            ("987 654 4321", IdStatus::Invalid),
            ("1111111111", IdStatus::Placeholder),
            ("0000000000", IdStatus::Placeholder),
            ("943476591", IdStatus::Invalid),
            ("94347659190", IdStatus::Invalid),
            ("94347659X9", IdStatus::Invalid),
            ("", IdStatus::Invalid),
        ];
        for (raw, want) in cases {
            assert_eq!(parse(raw).status, want, "{raw}");
        }
    }

    #[test]
    fn test_range() {
        assert!(is_test_range("9990000026"));
        assert!(!is_test_range("9434765919"));
    }
}
