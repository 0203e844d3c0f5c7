//! Column names and templates as mapping files write them: `"forename"`,
//! `"Member {n} Forename"` (a repeated-column name), `"{surname}-{id}"` and
//! `"{Family Ref}#{n}"` (templates). Parsed once at load time; `extract`
//! binds the column names to positions once the header is known.

use std::borrow::Cow;

/// A column name, possibly holding `{n}` (the repeated-column slot).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColName {
    pub raw: String,
    pub slotted: bool,
}

impl ColName {
    pub fn new(raw: &str) -> ColName {
        ColName {
            raw: raw.trim().to_string(),
            slotted: raw.contains("{n}"),
        }
    }

    /// The name for one slot (`None` outside repeated mappings).
    pub fn for_slot(&self, slot: Option<u16>) -> Cow<'_, str> {
        match (self.slotted, slot) {
            (true, Some(n)) => Cow::Owned(self.raw.replace("{n}", &n.to_string())),
            _ => Cow::Borrowed(&self.raw),
        }
    }
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
    fn slots() {
        let c = ColName::new("Member {n} Forename");
        assert!(c.slotted);
        assert_eq!(c.for_slot(Some(3)), "Member 3 Forename");
        assert!(Template::parse("{Family Ref}#{n}").unwrap().uses_slot());
        assert!(!Template::parse("{Family Ref}").unwrap().uses_slot());
    }
}
