//! Phone numbers and email addresses, put into one form so that two records
//! holding the same number or address compare equal. UK numbers become
//! E.164 (`+447700900123`); a number that cannot be a real one standardises to
//! None (the raw text stays on the staged record). An extension is dropped:
//! linking compares the line, and an extension is a desk, not a person.

/// Standardise a phone number; None when it cannot be a dialable number.
pub fn phone(raw: &str) -> Option<String> {
    let main = strip_extension(raw.trim());
    let mut digits = String::with_capacity(16);
    let mut plus = false;
    for c in main.chars() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if digits.is_empty() && !plus => plus = true,
            ' ' | '\t' | '-' | '.' | '/' | '\u{a0}' => {}
            '(' | ')' => {}
            _ => return None,
        }
    }
    // "+44 (0)1522 …": the bracketed trunk zero is not dialled from abroad.
    let digits = if main.contains("(0)") && (plus || digits.starts_with("44")) {
        match digits.strip_prefix("440") {
            Some(rest) => format!("44{rest}"),
            None => digits,
        }
    } else {
        digits
    };
    let international = if plus {
        Some(digits.as_str())
    } else {
        digits.strip_prefix("00")
    };
    match international {
        Some(intl) => match intl.strip_prefix("44") {
            Some(nsn) => uk(nsn),
            // Other countries: E.164 allows up to 15 digits; no country code
            // is shorter than a 7-digit number plus its code.
            None if (8..=15).contains(&intl.len()) && !intl.starts_with('0') => {
                Some(format!("+{intl}"))
            }
            None => None,
        },
        None => {
            if let Some(nsn) = digits.strip_prefix('0') {
                uk(nsn)
            } else if digits.len() == 12 && digits.starts_with("44") {
                uk(&digits[2..])
            } else if digits.len() == 10
                && matches!(digits.as_bytes()[0], b'1' | b'2' | b'3' | b'7')
            {
                // Spreadsheets store phone numbers as numbers and drop the
                // leading zero ("7700900123").
                uk(&digits)
            } else {
                None
            }
        }
    }
}

/// A UK national significant number (after 0 or +44): 10 digits whose first
/// is a geographic, non-geographic or mobile range, or 9 digits in the few
/// geographic and freephone ranges that have them (016977 …, 0800 …). A
/// number of one repeated digit is a filler, not a phone.
fn uk(nsn: &str) -> Option<String> {
    let first = nsn.as_bytes().first().copied();
    let ok = (nsn.len() == 10 || (nsn.len() == 9 && matches!(first, Some(b'1' | b'8'))))
        && matches!(
            nsn.as_bytes()[0],
            b'1' | b'2' | b'3' | b'5' | b'7' | b'8' | b'9'
        )
        && !nsn.bytes().all(|b| b == nsn.as_bytes()[0]);
    ok.then(|| format!("+44{nsn}"))
}

/// Cut "ext 123", "x123", "extn. 4" from the end.
fn strip_extension(s: &str) -> &str {
    if !s.bytes().any(|b| b.is_ascii_alphabetic() || b == b'#') {
        return s;
    }
    let lower = s.to_ascii_lowercase();
    for marker in ["extension", "extn", "ext", "x", "#"] {
        if let Some(i) = lower.rfind(marker) {
            let after = &lower[i + marker.len()..];
            let after = after.trim_start_matches(['.', ':', ' ']);
            let before_ok = i > 0 && lower[..i].bytes().any(|b| b.is_ascii_digit());
            if before_ok && !after.is_empty() && after.bytes().all(|b| b.is_ascii_digit()) {
                return s[..i].trim_end();
            }
        }
    }
    s
}

/// Standardise an email address: trimmed and lower-cased (the local part is
/// case-sensitive in theory, never in practice); None unless it looks like
/// `local@domain.tld`.
pub fn email(raw: &str) -> Option<String> {
    let t = raw.trim();
    let t = t
        .strip_prefix("mailto:")
        .or_else(|| t.strip_prefix("MAILTO:"))
        .unwrap_or(t);
    let t = t
        .strip_prefix('<')
        .and_then(|x| x.strip_suffix('>'))
        .unwrap_or(t);
    let e = t.trim().to_lowercase();
    is_valid_email(&e).then_some(e)
}

/// A deliberately simple check: one `@`, a non-empty local part of at most
/// 64 bytes, a dotted domain with non-empty labels, no spaces or controls.
pub fn is_valid_email(e: &str) -> bool {
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    let bad = |c: char| c.is_whitespace() || c.is_control() || "@,;:<>()[]\\\"".contains(c);
    !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.chars().any(bad)
        && domain.len() <= 255
        && domain.contains('.')
        && !domain.chars().any(bad)
        && domain
            .split('.')
            .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        let cases = [
            ("07700 900123", Some("+447700900123")),
            ("07700-900-123", Some("+447700900123")),
            ("(01522) 123456", Some("+441522123456")),
            ("01522 123456", Some("+441522123456")),
            ("+44 7700 900123", Some("+447700900123")),
            ("+44 (0)7700 900123", Some("+447700900123")),
            ("0044 7700 900123", Some("+447700900123")),
            ("447700900123", Some("+447700900123")),
            ("+447700900123", Some("+447700900123")),
            ("020 7946 0000", Some("+442079460000")),
            ("016977 3456", Some("+44169773456")),
            ("0800 123 4567", Some("+448001234567")),
            ("01522 123456 ext 204", Some("+441522123456")),
            ("01522 123456 x204", Some("+441522123456")),
            // Excel dropped the leading zero of a number stored as a number.
            ("7700900123", Some("+447700900123")),
            ("+33 1 42 68 53 00", Some("+33142685300")),
            ("0033 1 42 68 53 00", Some("+33142685300")),
            ("123456", None),
            ("07700 90012", None),
            ("077009001234", None),
            ("00000000000", None),
            ("07777777777", None),
            ("n/a", None),
            ("ring mum", None),
            ("", None),
            ("+", None),
            ("++447700900123", None),
        ];
        for (raw, want) in cases {
            assert_eq!(phone(raw).as_deref(), want, "{raw:?}");
        }
    }

    #[test]
    fn emails() {
        let cases = [
            ("Jane.Doe@Example.org", Some("jane.doe@example.org")),
            ("  jane@example.org ", Some("jane@example.org")),
            ("mailto:jane@example.org", Some("jane@example.org")),
            ("<jane@example.org>", Some("jane@example.org")),
            ("jane@example", None),
            ("jane@@example.org", None),
            ("jane example@example.org", None),
            ("@example.org", None),
            ("jane@.org", None),
            ("jane@example..org", None),
            ("none", None),
            ("", None),
        ];
        for (raw, want) in cases {
            assert_eq!(email(raw).as_deref(), want, "{raw:?}");
        }
    }
}
