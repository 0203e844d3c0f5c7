//! Numbers and counts for people: thousands separators ("22,990") and
//! plurals ("1 record", "2 records"), used by the view and, as template
//! filters, by the page.

/// `22990` → `"22,990"`.
pub fn num(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A signed number with separators (match weights can be negative).
pub fn signed(n: i64) -> String {
    if n < 0 {
        format!("−{}", num(n.unsigned_abs()))
    } else {
        num(n as u64)
    }
}

/// `count(1, "record", "records")` → `"1 record"`; `count(22990, …)` →
/// `"22,990 records"`.
pub fn count(n: u64, one: &str, many: &str) -> String {
    format!("{} {}", num(n), if n == 1 { one } else { many })
}

/// The plural of an English noun, for the template's `count` filter when
/// no plural is given: family → families, box → boxes, record → records.
pub fn plural(one: &str) -> String {
    let consonant_y = one.ends_with('y')
        && !one
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| "aeiou".contains(c));
    if consonant_y {
        format!("{}ies", &one[..one.len() - 1])
    } else if ["s", "x", "ch", "sh"].iter().any(|e| one.ends_with(e)) {
        format!("{one}es")
    } else {
        format!("{one}s")
    }
}

/// `part` of `whole` as a percentage with one decimal ("0.4%"); "0%" of nothing.
pub fn percent(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "0%".into();
    }
    let p = part as f64 / whole as f64 * 100.0;
    if part > 0 && p < 0.1 {
        "<0.1%".into()
    } else {
        format!("{p:.1}%")
    }
}

/// Thousands separators for the whole numbers inside a sentence written
/// elsewhere ("3210 = 3209 + 0 + 1", "8 of 19455 rows"): a run of digits
/// that is not part of a decimal, a word or a code ("5.00%", "F0b6…",
/// "2026-01-01") is grouped; everything else is left as it is.
pub fn group_digits(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let run: String = chars[start..i].iter().collect();
        let joined = |c: Option<&char>| {
            c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':' | '/' | ','))
        };
        let before = start.checked_sub(1).and_then(|b| chars.get(b));
        let plain = !joined(before) && !joined(chars.get(i));
        match run.parse::<u64>() {
            Ok(n) if plain && run.len() > 3 && !run.starts_with('0') => out.push_str(&num(n)),
            _ => out.push_str(&run),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators() {
        for (n, s) in [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1000, "1,000"),
            (22990, "22,990"),
            (262335, "262,335"),
            (1234567, "1,234,567"),
        ] {
            assert_eq!(num(n), s);
        }
        assert_eq!(signed(-22), "−22");
        assert_eq!(signed(1205), "1,205");
    }

    #[test]
    fn numbers_in_sentences() {
        assert_eq!(group_digits("3210 = 3209 + 0 + 1"), "3,210 = 3,209 + 0 + 1");
        assert_eq!(
            group_digits("0.04% (8 of 19455 rows)"),
            "0.04% (8 of 19,455 rows)"
        );
        assert_eq!(group_digits("≥ 1000000"), "≥ 1,000,000");
        for kept in [
            "5.00%",
            "F0b6bffdd3d28e9df",
            "2026-01-01",
            "row_12345",
            "1,234",
        ] {
            assert_eq!(group_digits(kept), kept);
        }
    }

    #[test]
    fn plurals() {
        assert_eq!(count(1, "record", "records"), "1 record");
        assert_eq!(count(0, "record", "records"), "0 records");
        assert_eq!(count(1205, "family", "families"), "1,205 families");
        assert_eq!(plural("family"), "families");
        assert_eq!(plural("day"), "days");
        assert_eq!(plural("match"), "matches");
        assert_eq!(plural("person record"), "person records");
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(0, 0), "0%");
        assert_eq!(percent(1, 3210), "<0.1%");
        assert_eq!(percent(800, 800), "100.0%");
        assert_eq!(percent(8, 1000), "0.8%");
    }
}
