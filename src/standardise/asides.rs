//! Asides that council systems write into name columns: a previous surname
//! (`Smith (née Jones)`, `Smith nee Jones`, `formerly Jones`) and a
//! preferred forename (`Robert (Bob)`, `Robert "Bob"`, `Robert known as
//! Bob`, `aka Bob`). They are taken out of the name before it is split, so
//! that `Jones` does not become a middle name or the surname, and kept: the
//! previous surname and the preferred forename are evidence linking reads.

use super::name::normalise;

/// What kind of name an aside holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsideKind {
    PreviousSurname,
    KnownAs,
}

/// A name with its asides taken out.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Asides {
    /// The name as written, without its asides.
    pub base: String,
    /// Normalised previous surname, if one was written.
    pub previous: Option<String>,
    /// Normalised preferred forename, if one was written.
    pub known_as: Option<String>,
}

/// The words that introduce a previous surname, normalised (`née` → `nee`).
const PREVIOUS: &[&str] = &["nee", "formerly", "previously", "prev", "maiden"];

/// The words that introduce a preferred forename, normalised with spaces
/// removed (`a.k.a.` → `aka`).
const KNOWN_AS: &[&str] = &["aka", "known", "prefers", "preferred"];

fn marker(word: &str) -> Option<AsideKind> {
    let w: String = normalise(word).chars().filter(|c| *c != ' ').collect();
    if PREVIOUS.contains(&w.as_str()) {
        Some(AsideKind::PreviousSurname)
    } else if KNOWN_AS.contains(&w.as_str()) {
        Some(AsideKind::KnownAs)
    } else {
        None
    }
}

/// The words after a marker, with filler words dropped (`maiden name
/// Jones`, `known as Bob`).
fn strip_filler<'a, 'b>(words: &'b [&'a str]) -> &'b [&'a str] {
    let mut w = words;
    while let Some((first, rest)) = w.split_first() {
        let n = normalise(first);
        if matches!(n.as_str(), "name" | "as" | "surname") {
            w = rest;
        } else {
            break;
        }
    }
    w
}

fn set(slot: &mut Option<String>, text: &str) {
    let n = normalise(text);
    if slot.is_none() && !n.is_empty() {
        *slot = Some(n);
    }
}

/// Take the asides out of one name column. `unmarked` says what a bracketed
/// or quoted name with no marker word is in this column: a previous surname
/// in a surname column (`Smith (Jones)`), a preferred forename in a forename
/// column (`Robert (Bob)`); `None` leaves it in the name.
pub fn take_asides(raw: &str, unmarked: Option<AsideKind>) -> Asides {
    let mut out = Asides::default();
    // Bracketed and quoted parts first: their extent is written down.
    let mut base = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(open) = rest.find(['(', '[', '"', '\u{201c}']) {
        let opener = rest[open..].chars().next().unwrap_or('(');
        let closer = match opener {
            '(' => ')',
            '[' => ']',
            '\u{201c}' => '\u{201d}',
            _ => '"',
        };
        let inner_start = open + opener.len_utf8();
        let Some(len) = rest[inner_start..].find(closer) else {
            break;
        };
        let inner = &rest[inner_start..inner_start + len];
        base.push_str(&rest[..open]);
        base.push(' ');
        rest = &rest[inner_start + len + closer.len_utf8()..];
        let words: Vec<&str> = inner.split_whitespace().collect();
        match words.first().and_then(|w| marker(w)) {
            Some(kind) => {
                let name = strip_filler(&words[1..]).join(" ");
                match kind {
                    AsideKind::PreviousSurname => set(&mut out.previous, &name),
                    AsideKind::KnownAs => set(&mut out.known_as, &name),
                }
            }
            None => match unmarked {
                Some(AsideKind::PreviousSurname) => set(&mut out.previous, inner),
                Some(AsideKind::KnownAs) => set(&mut out.known_as, inner),
                None => base.push_str(inner),
            },
        }
    }
    base.push_str(rest);
    // Then markers written inline: `Smith nee Jones`, `Robert aka Bob Smith`.
    let words: Vec<&str> = base.split_whitespace().collect();
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        // A marker needs a name before it: `Nee` alone could be a surname.
        let kind = (!kept.is_empty()).then(|| marker(words[i])).flatten();
        match kind {
            Some(AsideKind::PreviousSurname) => {
                // The previous surname runs to the end, or to a comma
                // (`Smith nee Jones, Mary`).
                let tail = strip_filler(&words[i + 1..]);
                let mut name = Vec::new();
                let mut j = 0;
                while j < tail.len() {
                    let w = tail[j];
                    if let Some(stem) = w.strip_suffix(',') {
                        name.push(stem);
                        j += 1;
                        kept.push(",");
                        break;
                    }
                    name.push(w);
                    j += 1;
                }
                set(&mut out.previous, &name.join(" "));
                kept.extend_from_slice(&tail[j..]);
                break;
            }
            Some(AsideKind::KnownAs) => {
                // One word: what follows it is the rest of the name.
                let tail = strip_filler(&words[i + 1..]);
                if let Some((first, after)) = tail.split_first() {
                    set(&mut out.known_as, first.trim_end_matches(','));
                    i = words.len() - after.len();
                } else {
                    i = words.len();
                }
            }
            None => {
                kept.push(words[i]);
                i += 1;
            }
        }
    }
    out.base = kept.join(" ").replace(" ,", ",");
    out
}

/// A previous surname in an "other names" column, where it is written with
/// its marker (`née Brown`, `formerly Brown`); other names (aliases, former
/// forenames) are not taken as one.
pub fn previous_in_other(raw: &str) -> Option<String> {
    let words: Vec<&str> = raw.split_whitespace().collect();
    let (first, rest) = words.split_first()?;
    if marker(first) != Some(AsideKind::PreviousSurname) {
        return None;
    }
    let n = normalise(&strip_filler(rest).join(" "));
    (!n.is_empty()).then_some(n)
}

/// Whether `raw` holds any character that opens an aside or a marker word
/// at all: most names do not, and the common path then skips the work.
pub fn may_have_asides(raw: &str) -> bool {
    raw.contains(['(', '[', '"', '\u{201c}'])
        || raw.split_whitespace().skip(1).any(|w| marker(w).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A case: the name as written, how an unmarked aside is read, the
    /// name left, and the previous name and known-as name taken out.
    type Case<'a> = (
        &'a str,
        Option<AsideKind>,
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
    );

    #[test]
    fn asides_are_taken_out_and_kept() {
        use AsideKind::*;
        let cases: &[Case] = &[
            (
                "Smith (nee Jones)",
                Some(PreviousSurname),
                "Smith",
                Some("jones"),
                None,
            ),
            ("Smith (née Jones)", None, "Smith", Some("jones"), None),
            ("Smith née Jones", None, "Smith", Some("jones"), None),
            ("Smith formerly Jones", None, "Smith", Some("jones"), None),
            (
                "Smith (maiden name Jones)",
                None,
                "Smith",
                Some("jones"),
                None,
            ),
            (
                "Smith (Jones)",
                Some(PreviousSurname),
                "Smith",
                Some("jones"),
                None,
            ),
            ("Robert (Bob)", Some(KnownAs), "Robert", None, Some("bob")),
            ("Robert \"Bob\"", Some(KnownAs), "Robert", None, Some("bob")),
            ("Robert “Bob”", Some(KnownAs), "Robert", None, Some("bob")),
            ("Robert known as Bob", None, "Robert", None, Some("bob")),
            (
                "Robert a.k.a. Bob Smith",
                None,
                "Robert Smith",
                None,
                Some("bob"),
            ),
            (
                "Mary Smith (nee Jones)",
                Some(KnownAs),
                "Mary Smith",
                Some("jones"),
                None,
            ),
            (
                "SMITH nee JONES, Mary",
                None,
                "SMITH, Mary",
                Some("jones"),
                None,
            ),
            // No marker, nothing to take: the name is left as written.
            ("Smith-Jones", None, "Smith-Jones", None, None),
            ("Mary Anne", Some(KnownAs), "Mary Anne", None, None),
            // A marker word needs a name before it.
            ("Nee", None, "Nee", None, None),
            // An unclosed bracket: the marker word is still read.
            ("Smith (nee Jones", None, "Smith", Some("jones"), None),
            ("(Bob)", None, "Bob", None, None),
        ];
        for &(raw, unmarked, base, previous, known_as) in cases {
            let a = take_asides(raw, unmarked);
            assert_eq!(
                (
                    a.base.as_str(),
                    a.previous.as_deref(),
                    a.known_as.as_deref()
                ),
                (base, previous, known_as),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn plain_names_skip_the_work() {
        assert!(!may_have_asides("Mary Anne Smith"));
        assert!(!may_have_asides("Nee"));
        assert!(may_have_asides("Smith nee Jones"));
        assert!(may_have_asides("Robert (Bob)"));
    }

    fn staged(
        title: &str,
        given: &str,
        family: &str,
        full: &str,
        order: crate::model::NameOrder,
    ) -> crate::model::StagedPerson {
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
        crate::model::StagedPerson {
            given_names: opt(given).map(Into::into),
            family_name: opt(family).map(Into::into),
            extra: Some(Box::new(crate::model::StagedExtra {
                title: opt(title).map(Into::into),
                full_name: opt(full).map(Into::into),
                name_order: order,
                ..Default::default()
            })),
            ..Default::default()
        }
    }

    #[test]
    fn names_as_councils_write_them() {
        // Issue 14: a previous surname in the surname column.
        let n = crate::standardise::name::standardise_name(&staged(
            "",
            "Mary",
            "Smith (née Jones)",
            "",
            crate::model::NameOrder::default(),
        ));
        assert_eq!(
            (n.family.as_deref(), n.previous_family.as_deref()),
            (Some("smith"), Some("jones"))
        );
        // A preferred forename in brackets in the forename column.
        let n = crate::standardise::name::standardise_name(&staged(
            "",
            "Robert (Bob) James",
            "Smith",
            "",
            crate::model::NameOrder::default(),
        ));
        assert_eq!(
            (
                n.given.as_deref(),
                n.middle.as_deref(),
                n.known_as.as_deref()
            ),
            (Some("robert"), Some("james"), Some("bob"))
        );
        // Both in one full name.
        let n = crate::standardise::name::standardise_name(&staged(
            "",
            "",
            "",
            "Mary \"Molly\" Smith nee Jones",
            crate::model::NameOrder::ForenamesSurname,
        ));
        assert_eq!(
            (
                n.given.as_deref(),
                n.family.as_deref(),
                n.known_as.as_deref(),
                n.previous_family.as_deref()
            ),
            (Some("mary"), Some("smith"), Some("molly"), Some("jones"))
        );
        // A "known as" column.
        let n = crate::standardise::name::standardise_name(&crate::model::StagedPerson {
            given_names: Some("Robert".into()),
            extra: Some(Box::new(crate::model::StagedExtra {
                known_as: Some("Bobby".into()),
                ..Default::default()
            })),
            ..Default::default()
        });
        assert_eq!(n.known_as.as_deref(), Some("bobby"));
        // The same name twice is no alias.
        let n = crate::standardise::name::standardise_name(&crate::model::StagedPerson {
            given_names: Some("Robert".into()),
            extra: Some(Box::new(crate::model::StagedExtra {
                known_as: Some("robert".into()),
                ..Default::default()
            })),
            ..Default::default()
        });
        assert_eq!(n.known_as, None);
        // A one-word full name is what the mapping declares it to be.
        let mut one = staged(
            "",
            "",
            "",
            "Aarav",
            crate::model::NameOrder::ForenamesSurname,
        );
        assert_eq!(
            crate::standardise::name::standardise_name(&one)
                .family
                .as_deref(),
            Some("aarav")
        );
        one.extra_mut().single_name = crate::model::SingleName::Given;
        let n = crate::standardise::name::standardise_name(&one);
        assert_eq!((n.given.as_deref(), n.family), (Some("aarav"), None));
        one.extra_mut().name_order = crate::model::NameOrder::SurnameForenames;
        assert_eq!(
            crate::standardise::name::standardise_name(&one)
                .given
                .as_deref(),
            Some("aarav")
        );
        // Two words are split by the order, whatever `single_name` says.
        let mut two = staged(
            "",
            "",
            "",
            "Aarav Shah",
            crate::model::NameOrder::ForenamesSurname,
        );
        two.extra_mut().single_name = crate::model::SingleName::Given;
        let n = crate::standardise::name::standardise_name(&two);
        assert_eq!(
            (n.given.as_deref(), n.family.as_deref()),
            (Some("aarav"), Some("shah"))
        );
        // A lost letter keeps a surname one word.
        let n = crate::standardise::name::standardise_name(&staged(
            "",
            "Anna",
            "Ka?mierczak",
            "",
            crate::model::NameOrder::default(),
        ));
        assert_eq!(n.family.as_deref(), Some("ka?mierczak"));
    }
}
