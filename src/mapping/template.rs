//! Column names and templates as mapping files write them: `"forename"`,
//! `"Member {n} Forename"` (a repeated-column name), `"{surname}-{id}"` and
//! `"{Family Ref}#{n}"` (templates). Parsed once at load time; `extract`
//! binds the column names to positions once the header is known.

use std::borrow::Cow;

/// A column reference, possibly holding `{n}` (the repeated-column slot):
/// a heading (`"DOB"`), a path of headings over several header rows
/// (`"Member 3 / DOB"`), a position (`"$C"` by letter, `"$3"` by 1-based
/// index, as Excel writes an absolute column), a name the reader supplies
/// (`_sheet`, `_file`), or a column of a `[[lookup]]` table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColName {
    pub raw: String,
    pub slotted: bool,
    /// 0-based position when written `$C` or `$3`.
    pub pos: Option<u32>,
    /// The `[[lookup]]` whose table holds the column.
    pub lookup: Option<String>,
}

/// Names the reader supplies beside the source's own columns: the sheet and
/// the file a row came from (several sheets or files read as one source).
pub const SHEET_COLUMN: &str = "_sheet";
pub const FILE_COLUMN: &str = "_file";

impl ColName {
    pub fn new(raw: &str) -> ColName {
        let raw = raw.trim();
        ColName {
            raw: raw.to_string(),
            slotted: raw.contains("{n}"),
            pos: raw.strip_prefix('$').and_then(position),
            lookup: None,
        }
    }

    /// A column of the named lookup's table.
    pub fn in_lookup(raw: &str, lookup: &str) -> ColName {
        ColName {
            lookup: Some(lookup.trim().to_string()),
            ..ColName::new(raw)
        }
    }

    /// `_sheet` or `_file`: supplied by the reader, not a heading.
    pub fn is_supplied(&self) -> bool {
        self.lookup.is_none()
            && (self.raw.eq_ignore_ascii_case(SHEET_COLUMN)
                || self.raw.eq_ignore_ascii_case(FILE_COLUMN))
    }

    /// A heading of the source's own header (not a position, a supplied
    /// name or a lookup's column): what header detection looks for.
    pub fn is_heading(&self) -> bool {
        self.pos.is_none() && self.lookup.is_none() && !self.is_supplied()
    }

    /// The name for one slot (`None` outside repeated mappings).
    pub fn for_slot(&self, slot: Option<u16>) -> Cow<'_, str> {
        match (self.slotted, slot) {
            (true, Some(n)) => Cow::Owned(self.raw.replace("{n}", &n.to_string())),
            _ => Cow::Borrowed(&self.raw),
        }
    }
}

/// `C` → 2, `AB` → 27 (letters, as Excel names columns), or `3` → 2
/// (1-based index). `None` for anything else.
pub fn position(s: &str) -> Option<u32> {
    let s = s.trim();
    if !s.is_empty() && s.len() <= 7 && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse::<u32>().ok().and_then(|n| n.checked_sub(1));
    }
    if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut n: u32 = 0;
    for b in s.bytes() {
        n = n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1);
    }
    Some(n - 1)
}

/// The letters Excel gives a 0-based column position (2 → `C`).
pub fn letters(mut pos: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (pos % 26) as u8);
        if pos < 26 {
            break;
        }
        pos = pos / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A heading path as compared: parts split on `/`, trimmed, lower-cased,
/// spaces squeezed, joined by `/`. `"Member 3 / DOB"` and `"member 3/dob"`
/// are the same path.
pub fn fold_path(s: &str) -> String {
    s.split('/')
        .map(|p| {
            p.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Glob match, `*` any run and `?` one character, trimmed and
/// case-insensitive: sheet and file patterns.
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.trim().to_lowercase().chars().collect();
    let n: Vec<char> = name.trim().to_lowercase().chars().collect();
    let (mut pi, mut ni) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == n[ni]) {
            pi += 1;
            ni += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ni));
            pi += 1;
        } else if let Some((sp, sn)) = star {
            pi = sp + 1;
            ni = sn + 1;
            star = Some((sp, sn + 1));
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

/// Whether a name holds a glob wildcard.
pub fn is_pattern(s: &str) -> bool {
    s.contains('*') || s.contains('?')
}

/// One piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Lit(String),
    Col(ColName),
    /// `{n}`: the slot number.
    Slot,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub parts: Vec<Part>,
}

impl Template {
    /// Parse `{column}` references; braces nest so that `{Member {n} ID}`
    /// names the column `Member 3 ID` in slot 3.
    pub fn parse(text: &str) -> Result<Template, String> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '{' => {
                    let mut depth = 1;
                    let start = i + 1;
                    let mut end = None;
                    for (j, d) in chars.by_ref() {
                        match d {
                            '{' => depth += 1,
                            '}' => {
                                depth -= 1;
                                if depth == 0 {
                                    end = Some(j);
                                    break;
                                }
                            }
                            _ => {}
                        }
                    }
                    let end = end
                        .ok_or_else(|| format!("template {text:?} has a `{{` without its `}}`"))?;
                    let inner = text[start..end].trim();
                    if inner.is_empty() {
                        return Err(format!("template {text:?} has an empty `{{}}`"));
                    }
                    if !lit.is_empty() {
                        parts.push(Part::Lit(std::mem::take(&mut lit)));
                    }
                    if inner == "n" {
                        parts.push(Part::Slot);
                    } else {
                        parts.push(Part::Col(ColName::new(inner)));
                    }
                }
                '}' => return Err(format!("template {text:?} has a `}}` without its `{{`")),
                _ => lit.push(c),
            }
        }
        if !lit.is_empty() {
            parts.push(Part::Lit(lit));
        }
        Ok(Template { parts })
    }

    pub fn uses_slot(&self) -> bool {
        self.parts.iter().any(|p| match p {
            Part::Slot => true,
            Part::Col(c) => c.slotted,
            Part::Lit(_) => false,
        })
    }

    pub fn columns(&self) -> impl Iterator<Item = &ColName> {
        self.parts.iter().filter_map(|p| match p {
            Part::Col(c) => Some(c),
            _ => None,
        })
    }

    pub fn has_columns(&self) -> bool {
        self.columns().next().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_templates() {
        let col = |s: &str| Part::Col(ColName::new(s));
        let lit = |s: &str| Part::Lit(s.to_string());
        let cases: Vec<(&str, Vec<Part>)> = vec![
            ("{reg_id}", vec![col("reg_id")]),
            ("{reg_id}-cc", vec![col("reg_id"), lit("-cc")]),
            (
                "{Family Ref}#{n}",
                vec![col("Family Ref"), lit("#"), Part::Slot],
            ),
            ("{Member {n} ID}", vec![col("Member {n} ID")]),
            ("plain", vec![lit("plain")]),
        ];
        for (text, want) in cases {
            assert_eq!(Template::parse(text).unwrap().parts, want, "{text}");
        }
        for bad in ["{open", "close}", "{}", "a{ }b"] {
            assert!(Template::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn positions_paths_and_globs() {
        for (s, want) in [
            ("A", Some(0)),
            ("c", Some(2)),
            ("AB", Some(27)),
            ("3", Some(2)),
            ("0", None),
            ("A1", None),
            ("", None),
        ] {
            assert_eq!(position(s), want, "{s}");
        }
        for p in [0, 2, 25, 26, 27, 701, 702] {
            assert_eq!(position(&letters(p)), Some(p), "{p}");
        }
        assert_eq!(ColName::new("$C").pos, Some(2));
        assert_eq!(ColName::new("C").pos, None);
        assert_eq!(fold_path(" Member 3 /  DOB "), "member 3/dob");
        assert!(glob_match("20*", "2023"));
        assert!(glob_match("contacts_*.csv", "Contacts_2024-01.csv"));
        assert!(glob_match("20?4", "2024"));
        assert!(!glob_match("20*", "Summary"));
        assert!(!glob_match("a*b", "ab c"));
    }

    #[test]
    fn slots() {
        let c = ColName::new("Member {n} Forename");
        assert!(c.slotted);
        assert_eq!(c.for_slot(Some(3)), "Member 3 Forename");
        assert!(Template::parse("{Family Ref}#{n}").unwrap().uses_slot());
        assert!(!Template::parse("{Family Ref}").unwrap().uses_slot());
    }
}
