//! Dates: each date column declares its formats in the mapping, tried in
//! order; a typed date cell is always accepted, an Excel serial is read in the
//! 1900 date system, and partial patterns (`%Y`, `%m/%Y`) give a date known
//! only to the year or month. Day/month order comes only from the declared
//! formats: onefamily never guesses it, because a wrong guess silently links
//! the wrong people.
//!
//! Patterns use chrono's strftime letters, but are matched by a small
//! interpreter here rather than `NaiveDate::parse_from_str`, for three
//! reasons: chrono cannot return a date missing its day or month; it cannot
//! tell "31/02/2015" (the right shape, an impossible day: flag `Impossible`)
//! from "hello" (flag `Unparsed`); and its `%y` pivot is fixed at 1970, where
//! a date of birth needs one relative to the run's reference year.

use crate::model::{DateCell, DateFlag, DateValue, PartialDate};
use chrono::{Datelike, NaiveDate};

/// One declared format of a date column (from a mapping's `formats`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateFormat {
    /// A chrono strftime pattern, e.g. `%d/%m/%Y`.
    Pattern(String),
    /// An Excel serial day number (1900 date system).
    Excel,
}

/// The strftime letters a pattern may use. Time fields are accepted so that a
/// pattern copied from a datetime column still works; their values are
/// ignored because only the day matters here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DatePart {
    Day,
    Month,
    MonthName,
    Year4,
    Year2,
    /// `%H`, `%M`, `%S`, `%I`: one or two digits, ignored.
    TimePart,
    /// `%p`: AM/PM, ignored.
    AmPm,
    /// `%f` / `%.f`: fractional seconds, ignored.
    Fraction,
}

enum Token {
    DatePart(DatePart),
    /// Whitespace in a pattern matches any run of whitespace (or none), since
    /// legacy exports pad and double-space freely.
    Space,
    Lit(char),
}

/// Walk a pattern's tokens; Err names the first unsupported specifier.
fn tokens(spec: &str, mut f: impl FnMut(Token) -> bool) -> Result<(), String> {
    let mut it = spec.chars().peekable();
    while let Some(c) = it.next() {
        let tok = if c == '%' {
            let Some(n) = it.next() else {
                return Err("pattern ends with a lone '%'".into());
            };
            match n {
                'd' | 'e' => Token::DatePart(DatePart::Day),
                'm' => Token::DatePart(DatePart::Month),
                'b' | 'B' | 'h' => Token::DatePart(DatePart::MonthName),
                'Y' => Token::DatePart(DatePart::Year4),
                'y' => Token::DatePart(DatePart::Year2),
                'H' | 'M' | 'S' | 'I' => Token::DatePart(DatePart::TimePart),
                'p' | 'P' => Token::DatePart(DatePart::AmPm),
                'f' => Token::DatePart(DatePart::Fraction),
                '.' if it.peek() == Some(&'f') => {
                    it.next();
                    Token::DatePart(DatePart::Fraction)
                }
                'T' => {
                    // %T is %H:%M:%S.
                    for t in [
                        Token::DatePart(DatePart::TimePart),
                        Token::Lit(':'),
                        Token::DatePart(DatePart::TimePart),
                        Token::Lit(':'),
                    ] {
                        if !f(t) {
                            return Ok(());
                        }
                    }
                    Token::DatePart(DatePart::TimePart)
                }
                'F' => {
                    // %F is %Y-%m-%d.
                    for t in [
                        Token::DatePart(DatePart::Year4),
                        Token::Lit('-'),
                        Token::DatePart(DatePart::Month),
                        Token::Lit('-'),
                    ] {
                        if !f(t) {
                            return Ok(());
                        }
                    }
                    Token::DatePart(DatePart::Day)
                }
                '%' => Token::Lit('%'),
                other => return Err(format!("unsupported specifier '%{other}'")),
            }
        } else if c.is_whitespace() {
            while it.peek().is_some_and(|c| c.is_whitespace()) {
                it.next();
            }
            Token::Space
        } else {
            Token::Lit(c)
        };
        if !f(tok) {
            return Ok(());
        }
    }
    Ok(())
}

impl DateFormat {
    /// Parse a mapping's format string; Err names what is wrong.
    ///
    /// `excel` (any case) declares Excel serials; anything else must be a
    /// pattern with a year, and a day only together with a month.
    pub fn parse(spec: &str) -> Result<DateFormat, String> {
        let spec = spec.trim();
        if spec.is_empty() {
            return Err("empty date format".into());
        }
        if spec.eq_ignore_ascii_case("excel") {
            return Ok(DateFormat::Excel);
        }
        let (mut day, mut month, mut year) = (0, 0, 0);
        tokens(spec, |t| {
            if let Token::DatePart(f) = t {
                match f {
                    DatePart::Day => day += 1,
                    DatePart::Month | DatePart::MonthName => month += 1,
                    DatePart::Year4 | DatePart::Year2 => year += 1,
                    _ => {}
                }
            }
            true
        })
        .map_err(|e| format!("date format {spec:?}: {e}"))?;
        if year != 1 {
            return Err(format!(
                "date format {spec:?}: needs exactly one year (%Y or %y)"
            ));
        }
        if day > 1 || month > 1 {
            return Err(format!("date format {spec:?}: a field appears twice"));
        }
        if day == 1 && month == 0 {
            return Err(format!("date format {spec:?}: a day needs a month"));
        }
        Ok(DateFormat::Pattern(spec.to_string()))
    }
}

/// The year whose last two digits set the `%y` pivot when the caller gives no
/// reference date: the current year.
fn this_year() -> i32 {
    chrono::Local::now().date_naive().year()
}

/// Parse a cell with the declared formats, tried in order. Two-digit years
/// pivot on the current year; use [`parse_at`] to pin them to a run's
/// reference date so that a rehearsal is reproducible.
pub fn parse(cell: &DateCell, formats: &[DateFormat]) -> DateValue {
    parse_with_pivot(cell, formats, this_year())
}

/// [`parse`], with two-digit years pivoting on `reference`'s year: a `%y`
/// value greater than `reference.year() % 100` is in the 1900s, otherwise in
/// the 2000s (reference 2026: "26" → 2026, "27" → 1927). Early Help records
/// hold no future dates of birth, so the pivot sits at the reference year.
pub fn parse_at(cell: &DateCell, formats: &[DateFormat], reference: NaiveDate) -> DateValue {
    parse_with_pivot(cell, formats, reference.year())
}

fn parse_with_pivot(cell: &DateCell, formats: &[DateFormat], ref_year: i32) -> DateValue {
    match cell {
        DateCell::Date(d) => DateValue {
            raw: d.format("%Y-%m-%d").to_string(),
            date: Some(PartialDate::full(d.year(), d.month() as u8, d.day() as u8)),
            flag: None,
        },
        // A spreadsheet typed the cell as a number in a date column: only a
        // serial reading makes sense for it.
        DateCell::Serial(s) => {
            let (date, flag) = match from_serial(*s) {
                Ok(d) => (Some(d), None),
                Err(f) => (None, Some(f)),
            };
            DateValue {
                raw: serial_text(*s),
                date,
                flag,
            }
        }
        DateCell::Text(t) => parse_text(t, formats, ref_year),
    }
}

fn serial_text(s: f64) -> String {
    if s.fract() == 0.0 && s.abs() < 1e15 {
        format!("{}", s as i64)
    } else {
        format!("{s}")
    }
}

/// Largest serial Excel shows as a date: 9999-12-31.
const EXCEL_MAX_SERIAL: f64 = 2_958_465.0;

/// Excel's 1900 date system. Excel (copying Lotus 1-2-3) believes 1900 was a
/// leap year: serial 60 is the non-existent 1900-02-29, and serials 1–59 are
/// one day later than a plain day count from 1899-12-31 would make them.
/// The fractional part is the time of day and is ignored.
pub fn from_serial(serial: f64) -> Result<PartialDate, DateFlag> {
    if !(0.0..EXCEL_MAX_SERIAL + 1.0).contains(&serial) {
        return Err(DateFlag::Unparsed);
    }
    let days = serial.trunc() as i64;
    // Serial 0 is Excel's "1900-01-00" and 60 its "1900-02-29": neither exists.
    if days == 0 || days == 60 {
        return Err(DateFlag::Impossible);
    }
    let base = if days < 60 {
        NaiveDate::from_ymd_opt(1899, 12, 31)
    } else {
        NaiveDate::from_ymd_opt(1899, 12, 30)
    };
    let d = base
        .and_then(|b| b.checked_add_days(chrono::Days::new(days as u64)))
        .ok_or(DateFlag::Unparsed)?;
    Ok(PartialDate::full(d.year(), d.month() as u8, d.day() as u8))
}

/// The text of a serial ("42097", "42097.5"), as a CSV export of a
/// spreadsheet writes it.
fn text_serial(t: &str) -> Option<f64> {
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let ok = !int.is_empty()
        && int.len() <= 7
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit());
    if ok {
        t.parse().ok()
    } else {
        None
    }
}

fn parse_text(text: &str, formats: &[DateFormat], ref_year: i32) -> DateValue {
    let t = text.trim();
    let mut value = DateValue {
        raw: text.to_string(),
        date: None,
        flag: None,
    };
    if t.is_empty() {
        return value;
    }
    let mut impossible = false;
    for f in formats {
        let outcome = match f {
            DateFormat::Excel => text_serial(t).map(from_serial),
            DateFormat::Pattern(p) => match_pattern(t, p, ref_year),
        };
        match outcome {
            Some(Ok(d)) => {
                value.date = Some(d);
                return value;
            }
            Some(Err(DateFlag::Impossible)) => impossible = true,
            _ => {}
        }
    }
    value.flag = Some(if impossible {
        DateFlag::Impossible
    } else {
        DateFlag::Unparsed
    });
    value
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Read a month name at the start of `s`: the full name, its first three
/// letters, or "sept". Returns (month, bytes used).
fn month_name(s: &str) -> Option<(u8, usize)> {
    let letters = s
        .char_indices()
        .find(|(_, c)| !c.is_ascii_alphabetic())
        .map_or(s.len(), |(i, _)| i);
    let word = &s[..letters];
    if word.len() < 3 {
        return None;
    }
    for (i, m) in MONTHS.iter().enumerate() {
        let hit = word.eq_ignore_ascii_case(m)
            || word.eq_ignore_ascii_case(&m[..3])
            || (i == 8 && word.eq_ignore_ascii_case("sept"));
        if hit {
            return Some((i as u8 + 1, letters));
        }
    }
    None
}

/// Read `min..=max` ASCII digits at the start of `s`.
fn digits(s: &str, min: usize, max: usize) -> Option<(u32, usize)> {
    let n = s
        .bytes()
        .take(max)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if n < min {
        return None;
    }
    // At most 4 digits: cannot overflow.
    let v = s.as_bytes()[..n]
        .iter()
        .fold(0u32, |a, b| a * 10 + (b - b'0') as u32);
    Some((v, n))
}

/// What follows a full date in a datetime text: " 00:00:00", "T10:30",
/// " 00:00:00.000", "T00:00:00Z", "+01:00", " 12:00 AM". Databases and
/// spreadsheets export date columns this way.
fn is_time_suffix(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix([' ', 'T', 't']) else {
        return false;
    };
    let rest = rest.trim_start();
    rest.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && rest.contains(':')
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || ":.+-Zz AaPpMm".contains(c))
}

/// Match `text` against one pattern. None: the shape does not match.
/// Some(Err(Impossible)): the shape matches but the day does not exist.
fn match_pattern(
    text: &str,
    pattern: &str,
    ref_year: i32,
) -> Option<Result<PartialDate, DateFlag>> {
    let mut rest = text;
    let (mut day, mut month, mut year) = (None::<u32>, None::<u32>, None::<i32>);
    let mut ok = true;
    let walked = tokens(pattern, |t| {
        let step = match t {
            Token::Space => {
                let trimmed = rest.trim_start();
                Some(rest.len() - trimmed.len())
            }
            Token::Lit(c) => {
                let mut chars = rest.chars();
                match chars.next() {
                    Some(r) if r == c || r.eq_ignore_ascii_case(&c) => Some(c.len_utf8()),
                    _ => None,
                }
            }
            Token::DatePart(f) => match f {
                DatePart::Day => {
                    // %e pads with a space.
                    let lead = rest.len() - rest.trim_start_matches(' ').len();
                    digits(&rest[lead..], 1, 2).map(|(v, n)| {
                        day = Some(v);
                        lead + n
                    })
                }
                DatePart::Month => digits(rest, 1, 2).map(|(v, n)| {
                    month = Some(v);
                    n
                }),
                DatePart::MonthName => month_name(rest).map(|(m, n)| {
                    month = Some(m as u32);
                    n
                }),
                DatePart::Year4 => digits(rest, 4, 4).map(|(v, n)| {
                    year = Some(v as i32);
                    n
                }),
                DatePart::Year2 => digits(rest, 2, 2).map(|(v, n)| {
                    let v = v as i32;
                    let pivot = ref_year.rem_euclid(100);
                    let century = ref_year - pivot;
                    year = Some(if v > pivot {
                        century - 100 + v
                    } else {
                        century + v
                    });
                    n
                }),
                DatePart::TimePart => digits(rest, 1, 2).map(|(_, n)| n),
                DatePart::Fraction => {
                    let r = rest.strip_prefix('.').unwrap_or(rest);
                    let n = r.bytes().take_while(u8::is_ascii_digit).count();
                    (n > 0).then_some(rest.len() - r.len() + n)
                }
                DatePart::AmPm => {
                    let b = rest.as_bytes();
                    let hit = b.len() >= 2
                        && matches!(b[0].to_ascii_uppercase(), b'A' | b'P')
                        && b[1].eq_ignore_ascii_case(&b'M');
                    hit.then_some(2)
                }
            },
        };
        match step {
            Some(n) => {
                rest = &rest[n..];
                true
            }
            None => {
                ok = false;
                false
            }
        }
    });
    if walked.is_err() || !ok {
        return None;
    }
    let full = day.is_some() && month.is_some();
    if !(rest.is_empty() || (full && is_time_suffix(rest))) {
        return None;
    }
    let year = year?;
    let result = match (month, day) {
        (Some(m), Some(d)) => match NaiveDate::from_ymd_opt(year, m, d) {
            Some(_) => Ok(PartialDate::full(year, m as u8, d as u8)),
            None => Err(DateFlag::Impossible),
        },
        (Some(m), None) if (1..=12).contains(&m) => Ok(PartialDate {
            year,
            month: Some(m as u8),
            day: None,
        }),
        (Some(_), None) => Err(DateFlag::Impossible),
        (None, _) => Ok(PartialDate {
            year,
            month: None,
            day: None,
        }),
    };
    Some(result)
}

/// Flag a date of birth after `reference` (Future) or before 1900 (TooOld).
/// A partial date is in the future only when its earliest possible day is.
/// The date is kept beside the flag so reports can show it; linking uses a
/// date of birth only when it carries no flag.
pub fn check_dob(v: &mut DateValue, reference: NaiveDate) {
    let Some(d) = v.date else { return };
    if v.flag.is_some() {
        return;
    }
    let r = (
        reference.year(),
        reference.month() as u8,
        reference.day() as u8,
    );
    let earliest = (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1));
    if earliest > r {
        v.flag = Some(DateFlag::Future);
    } else if d.year < 1900 {
        v.flag = Some(DateFlag::TooOld);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmts(specs: &[&str]) -> Vec<DateFormat> {
        specs
            .iter()
            .map(|s| DateFormat::parse(s).unwrap())
            .collect()
    }

    fn text(t: &str, specs: &[&str]) -> DateValue {
        let reference = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        parse_at(&DateCell::Text(t.into()), &fmts(specs), reference)
    }

    fn ymd(y: i32, m: u8, d: u8) -> Option<PartialDate> {
        Some(PartialDate::full(y, m, d))
    }

    #[test]
    fn format_specs() {
        let cases: [(&str, bool); 14] = [
            ("%d/%m/%Y", true),
            ("%Y-%m-%d", true),
            ("%d-%b-%Y", true),
            ("%d.%m.%y", true),
            ("%Y", true),
            ("%m/%Y", true),
            ("%Y-%m", true),
            ("excel", true),
            ("EXCEL", true),
            ("%d/%Y", false),
            ("%d/%m", false),
            ("%d/%m/%Y/%Y", false),
            ("%Q", false),
            ("", false),
        ];
        for (spec, ok) in cases {
            assert_eq!(DateFormat::parse(spec).is_ok(), ok, "{spec}");
        }
        assert_eq!(DateFormat::parse(" excel "), Ok(DateFormat::Excel));
    }

    #[test]
    fn text_cases() {
        let partial_m = Some(PartialDate {
            year: 2015,
            month: Some(4),
            day: None,
        });
        let partial_y = Some(PartialDate {
            year: 2015,
            month: None,
            day: None,
        });
        type Case<'a> = (
            &'a str,
            &'a [&'a str],
            Option<PartialDate>,
            Option<DateFlag>,
        );
        let cases: &[Case] = &[
            ("03/04/2015", &["%d/%m/%Y"], ymd(2015, 4, 3), None),
            ("3/4/2015", &["%d/%m/%Y"], ymd(2015, 4, 3), None),
            ("  03/04/2015 ", &["%d/%m/%Y"], ymd(2015, 4, 3), None),
            ("2015-04-03", &["%Y-%m-%d"], ymd(2015, 4, 3), None),
            // SQL Server and Excel exports carry a midnight time.
            ("2015-04-03 00:00:00", &["%Y-%m-%d"], ymd(2015, 4, 3), None),
            ("2015-04-03T00:00:00", &["%Y-%m-%d"], ymd(2015, 4, 3), None),
            (
                "2015-04-03 00:00:00.000",
                &["%Y-%m-%d"],
                ymd(2015, 4, 3),
                None,
            ),
            (
                "2015-04-03 junk",
                &["%Y-%m-%d"],
                None,
                Some(DateFlag::Unparsed),
            ),
            ("03-Apr-2015", &["%d-%b-%Y"], ymd(2015, 4, 3), None),
            ("03-APR-2015", &["%d-%b-%Y"], ymd(2015, 4, 3), None),
            ("03-April-2015", &["%d-%b-%Y"], ymd(2015, 4, 3), None),
            ("03-Sept-2015", &["%d-%b-%Y"], ymd(2015, 9, 3), None),
            ("03-Foo-2015", &["%d-%b-%Y"], None, Some(DateFlag::Unparsed)),
            // Two-digit years pivot on the reference year (2026).
            ("03.04.15", &["%d.%m.%y"], ymd(2015, 4, 3), None),
            ("03.04.26", &["%d.%m.%y"], ymd(2026, 4, 3), None),
            ("03.04.27", &["%d.%m.%y"], ymd(1927, 4, 3), None),
            ("03.04.99", &["%d.%m.%y"], ymd(1999, 4, 3), None),
            (
                "31/02/2015",
                &["%d/%m/%Y"],
                None,
                Some(DateFlag::Impossible),
            ),
            (
                "00/01/2015",
                &["%d/%m/%Y"],
                None,
                Some(DateFlag::Impossible),
            ),
            (
                "01/13/2015",
                &["%d/%m/%Y"],
                None,
                Some(DateFlag::Impossible),
            ),
            ("29/02/2016", &["%d/%m/%Y"], ymd(2016, 2, 29), None),
            (
                "29/02/2015",
                &["%d/%m/%Y"],
                None,
                Some(DateFlag::Impossible),
            ),
            ("unknown", &["%d/%m/%Y"], None, Some(DateFlag::Unparsed)),
            ("2015-04-03", &["%d/%m/%Y"], None, Some(DateFlag::Unparsed)),
            // Formats are tried in order; the first that fits wins.
            (
                "2015-04-03",
                &["%d/%m/%Y", "%Y-%m-%d"],
                ymd(2015, 4, 3),
                None,
            ),
            // Impossible under the first, valid under the second.
            (
                "13/12/2015",
                &["%m/%d/%Y", "%d/%m/%Y"],
                ymd(2015, 12, 13),
                None,
            ),
            // Never guess the order: US-looking text under a UK format fails.
            (
                "12/31/2015",
                &["%d/%m/%Y"],
                None,
                Some(DateFlag::Impossible),
            ),
            ("2015", &["%Y"], partial_y, None),
            ("04/2015", &["%m/%Y"], partial_m, None),
            ("2015-04", &["%Y-%m"], partial_m, None),
            ("13/2015", &["%m/%Y"], None, Some(DateFlag::Impossible)),
            // A full date is not a partial one: the partial pattern leaves text over.
            ("03/04/2015", &["%m/%Y"], None, Some(DateFlag::Unparsed)),
            ("42097", &["excel"], ymd(2015, 4, 3), None),
            ("42097.75", &["excel"], ymd(2015, 4, 3), None),
            ("42097", &["%d/%m/%Y"], None, Some(DateFlag::Unparsed)),
            ("", &["%d/%m/%Y"], None, None),
            ("   ", &["%d/%m/%Y"], None, None),
            ("03/04/2015", &[], None, Some(DateFlag::Unparsed)),
            ("٠٣/٠٤/٢٠١٥", &["%d/%m/%Y"], None, Some(DateFlag::Unparsed)),
        ];
        for (t, specs, date, flag) in cases {
            let v = text(t, specs);
            assert_eq!((v.date, v.flag), (*date, *flag), "{t:?} with {specs:?}");
            assert_eq!(v.raw, *t);
        }
    }

    #[test]
    fn serials() {
        let cases = [
            (1.0, Ok(PartialDate::full(1900, 1, 1))),
            (59.0, Ok(PartialDate::full(1900, 2, 28))),
            // Lotus 1-2-3's 29 February 1900, kept by Excel.
            (60.0, Err(DateFlag::Impossible)),
            (61.0, Ok(PartialDate::full(1900, 3, 1))),
            (42097.0, Ok(PartialDate::full(2015, 4, 3))),
            (42097.999, Ok(PartialDate::full(2015, 4, 3))),
            (2_958_465.0, Ok(PartialDate::full(9999, 12, 31))),
            (0.0, Err(DateFlag::Impossible)),
            (-1.0, Err(DateFlag::Unparsed)),
            (f64::NAN, Err(DateFlag::Unparsed)),
            (f64::INFINITY, Err(DateFlag::Unparsed)),
            (20_150_403.0, Err(DateFlag::Unparsed)),
        ];
        for (s, want) in cases {
            assert_eq!(from_serial(s), want, "{s}");
        }
        let v = parse(&DateCell::Serial(42097.0), &[]);
        assert_eq!((v.raw.as_str(), v.date), ("42097", ymd(2015, 4, 3)));
    }

    #[test]
    fn typed_dates_always_accepted() {
        let d = NaiveDate::from_ymd_opt(2015, 4, 3).unwrap();
        let v = parse(&DateCell::Date(d), &[]);
        assert_eq!(
            (v.raw.as_str(), v.date, v.flag),
            ("2015-04-03", ymd(2015, 4, 3), None)
        );
    }

    #[test]
    fn dob_checks() {
        let reference = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let partial = |y, m| {
            Some(PartialDate {
                year: y,
                month: m,
                day: None,
            })
        };
        let cases = [
            (ymd(2015, 4, 3), None),
            (ymd(2026, 1, 1), None),
            (ymd(2026, 1, 2), Some(DateFlag::Future)),
            (ymd(1899, 12, 31), Some(DateFlag::TooOld)),
            (ymd(1900, 1, 1), None),
            (partial(2026, None), None),
            (partial(2026, Some(2)), Some(DateFlag::Future)),
            (partial(2027, None), Some(DateFlag::Future)),
            (partial(1899, None), Some(DateFlag::TooOld)),
            (None, None),
        ];
        for (date, want) in cases {
            let mut v = DateValue {
                raw: String::new(),
                date,
                flag: None,
            };
            check_dob(&mut v, reference);
            assert_eq!(v.flag, want, "{date:?}");
        }
        // An earlier flag is not overwritten.
        let mut v = DateValue {
            raw: String::new(),
            date: None,
            flag: Some(DateFlag::Impossible),
        };
        check_dob(&mut v, reference);
        assert_eq!(v.flag, Some(DateFlag::Impossible));
    }
}
