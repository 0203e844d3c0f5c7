//! Which column is which: each field is guessed from the column's name
//! (synonyms, compared without case, spaces or punctuation) and from its
//! profile, and each guess says what it is based on. The profile can
//! overrule the name: a column named "Ref" that holds valid NHS numbers is
//! an NHS number, and a column named "DOB" where no date parses is left
//! unmapped.

use super::profile::{sex_code, Column};

/// One guessed field: the mapping key, the column, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Guess {
    pub field: &'static str,
    pub column: usize,
    pub why: String,
    pub extra: Extra,
}

/// What a field needs besides its column.
#[derive(Clone, Debug, PartialEq)]
pub enum Extra {
    None,
    /// Date formats, in order.
    Dates(Vec<&'static str>),
    /// Source value → canonical code.
    Codes(Vec<(String, &'static str)>),
    /// `name`: `forenames_surname` or `surname_forenames`.
    Order(&'static str),
}

/// Every guess for one table or sheet.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    /// The person key column, and why.
    pub key: Option<(usize, String)>,
    pub family: Option<(usize, String)>,
    /// `[person]` fields, in mapping order (`address` may repeat).
    pub person: Vec<Guess>,
    /// `[[involvement]]` fields (start, end, worker, team); empty: none.
    pub involvement: Vec<Guess>,
    /// `[[referral]]` date; `None`: no referral.
    pub referral: Option<Guess>,
}

impl Draft {
    /// Columns some guess maps.
    pub fn used(&self) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .key
            .iter()
            .chain(self.family.iter())
            .map(|(c, _)| *c)
            .chain(self.person.iter().map(|g| g.column))
            .chain(self.involvement.iter().map(|g| g.column))
            .chain(self.referral.iter().map(|g| g.column))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// A column name for matching: lower case, letters and digits only.
pub fn norm(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The person field a column's name suggests.
fn by_name(n: &str) -> Option<&'static str> {
    let has = |w: &str| n.contains(w);
    let person_word = [
        "child",
        "client",
        "person",
        "young",
        "yp",
        "participant",
        "attendee",
        "pupil",
        "member",
        "serviceuser",
        "learner",
        "customer",
    ];
    Some(if has("email") {
        "email"
    } else if has("nhs") {
        "nhs_number"
    } else if n == "upn" || has("upn") && n.len() <= 8 || has("uniquepupil") {
        "upn"
    } else if has("dob") || has("dateofbirth") || has("birthdate") || n == "born" {
        "dob"
    } else if has("postcode") || has("postalcode") || n == "zip" {
        "postcode"
    } else if has("knownas") || has("preferredname") || has("preferredforename") || n == "alias" {
        "known_as"
    } else if has("previoussurname") || has("maidenname") || has("previousname") || has("othername")
    {
        "other_names"
    } else if has("forename")
        || has("firstname")
        || n.starts_with("given") && !has("by")
        || has("givenname")
        || has("christianname")
    {
        "given_names"
    } else if has("surname") || has("lastname") || has("familyname") {
        "family_name"
    } else if n == "name"
        || n.ends_with("fullname")
        || n.ends_with("name") && person_word.iter().any(|w| n.starts_with(w))
    {
        "name"
    } else if n == "sex" || has("gender") || n.ends_with("sex") {
        "sex"
    } else if has("address") || has("addr") || has("street") {
        "address"
    } else if n == "town" || n == "city" || has("towncity") {
        "town"
    } else if has("phone") || has("tel") || has("mobile") {
        "phone"
    } else {
        return None;
    })
}

fn pct(share: f64) -> String {
    format!("{:.0}%", (share * 100.0).floor())
}

/// The column that says when a row last changed, for a server table's
/// fingerprint (`modified`): its name says so (modified, updated, last
/// changed, amended, edited; not who did it) and nine in ten of its filled
/// values, at least one, read as dates or times. The first such column,
/// with why.
pub fn modified_column(cols: &[Column]) -> Option<(usize, String)> {
    let named = |n: &str| {
        let says = [
            "modif", "updat", "amended", "edited", "lastedit", "lastmod", "lastupd",
        ]
        .iter()
        .any(|w| n.contains(w))
            || [
                "changed",
                "lastchanged",
                "changedat",
                "changedon",
                "datechanged",
                "changeddate",
            ]
            .contains(&n);
        let who = n.ends_with("by")
            || ["user", "who", "reason", "count", "flag"]
                .iter()
                .any(|w| n.contains(w));
        says && !who
    };
    cols.iter().enumerate().find_map(|(i, c)| {
        let share = c.share(c.dates());
        (named(&norm(&c.name)) && c.filled() > 0 && share >= 0.9).then(|| {
            (
                i,
                format!(
                    "{:?} is when a row last changed (by its name; {} of its values are dates or times)",
                    c.name,
                    pct(share)
                ),
            )
        })
    })
}

/// Guess every field of one table.
pub fn guess(cols: &[Column]) -> Draft {
    guess_with_key(cols, None)
}

/// Guess every field, the person key already decided (files read as one
/// whose key is counted within each file: `init::group`).
pub fn guess_with_key(cols: &[Column], key: Option<(usize, String)>) -> Draft {
    let mut d = Draft::default();
    let mut taken = vec![false; cols.len()];
    if let Some((k, _)) = &key {
        if let Some(t) = taken.get_mut(*k) {
            *t = true;
        }
    }
    d.key = key;
    // Names that cannot go into a template or a TOML key safely.
    for (i, c) in cols.iter().enumerate() {
        if c.name.trim().is_empty() || c.name.contains(['{', '}']) || c.filled() == 0 {
            taken[i] = true;
        }
    }
    identifiers(cols, &mut taken, &mut d);
    person_fields(cols, &mut taken, &mut d);
    keys(cols, &mut taken, &mut d);
    records(cols, &mut taken, &mut d);
    d
}

/// NHS numbers, UPNs and postcodes by profile first: valid values decide,
/// whatever the column is called.
fn identifiers(cols: &[Column], taken: &mut [bool], d: &mut Draft) {
    for (field, count) in [
        ("nhs_number", (|c: &Column| c.nhs) as fn(&Column) -> usize),
        ("upn", |c: &Column| c.upn),
        ("postcode", |c: &Column| c.postcodes),
    ] {
        let best = cols
            .iter()
            .enumerate()
            .filter(|(i, c)| !taken[*i] && c.share(count(c)) >= 0.9)
            .max_by_key(|(i, c)| {
                (
                    by_name(&norm(&c.name)) == Some(field),
                    count(c),
                    usize::MAX - i,
                )
            });
        if let Some((i, c)) = best {
            let named = by_name(&norm(&c.name)) == Some(field);
            let what = match field {
                "nhs_number" => "valid NHS numbers (mod-11 check digit)",
                "upn" => "valid UPNs (check letter)",
                _ => "UK postcodes",
            };
            let basis = if named {
                format!("name {:?}, ", c.name)
            } else {
                format!("not the name {:?} but ", c.name)
            };
            d.person.push(Guess {
                field,
                column: i,
                why: format!(
                    "{basis}{} of filled cells are {what}",
                    pct(c.share(count(c)))
                ),
                extra: Extra::None,
            });
            taken[i] = true;
        }
    }
}

fn person_fields(cols: &[Column], taken: &mut [bool], d: &mut Draft) {
    for (i, c) in cols.iter().enumerate() {
        if taken[i] {
            continue;
        }
        let Some(field) = by_name(&norm(&c.name)) else {
            continue;
        };
        let repeats = field == "address";
        if !repeats && d.person.iter().any(|g| g.field == field) {
            continue;
        }
        let named = format!("name {:?}", c.name);
        let g = match field {
            "dob" => date_guess(field, i, c, &named),
            "sex" => sex_guess(i, c, &named),
            "nhs_number" | "upn" | "postcode" => None,
            "name" => {
                let surname_first = c.share(c.commas) >= 0.5;
                Some(Guess {
                    field,
                    column: i,
                    why: if surname_first {
                        format!(
                            "{named}, {} hold a comma: SURNAME, Forename",
                            pct(c.share(c.commas))
                        )
                    } else {
                        format!("{named}, no comma: Forename Surname")
                    },
                    extra: Extra::Order(if surname_first {
                        "surname_forenames"
                    } else {
                        "forenames_surname"
                    }),
                })
            }
            _ => Some(Guess {
                field,
                column: i,
                why: named,
                extra: Extra::None,
            }),
        };
        if let Some(g) = g {
            taken[i] = true;
            d.person.push(g);
        }
    }
    // A column of sex codes whatever its name.
    if !d.person.iter().any(|g| g.field == "sex") {
        let found = cols.iter().enumerate().find(|(i, c)| {
            !taken[*i]
                && c.share(c.sex) >= 0.95
                && c.codes
                    .as_ref()
                    .is_some_and(|v| v.iter().any(|x| x.chars().any(char::is_alphabetic)))
        });
        if let Some((i, c)) = found {
            if let Some(g) = sex_guess(i, c, &format!("not the name {:?}", c.name)) {
                taken[i] = true;
                d.person.push(g);
            }
        }
    }
}

/// A date field, when at least half the filled cells parse.
fn date_guess(field: &'static str, column: usize, c: &Column, basis: &str) -> Option<Guess> {
    // Whole numbers are serial dates only where the name says date.
    let n = norm(&c.name);
    let serials = if ["date", "dob", "birth"].iter().any(|w| n.contains(w)) {
        c.serials
    } else {
        0
    };
    let share = c.share(c.dates().max(serials));
    if share < 0.5 {
        return None;
    }
    let mut formats: Vec<&'static str> = c.formats.iter().map(|(f, _)| *f).collect();
    let mut why = format!("{basis}, {} parse", pct(c.share(c.dates())));
    if c.typed_dates > 0 {
        why.push_str(&format!(
            " ({} typed as dates)",
            pct(c.share(c.typed_dates))
        ));
    }
    if let Some((f, _)) = c.formats.first() {
        why.push_str(&format!(" as {f}"));
    }
    if serials > 0 && c.share(serials) >= 0.5 {
        formats.push("excel");
        why = format!(
            "{basis}, {} are whole numbers read as Excel serial dates",
            pct(c.share(serials))
        );
    }
    if formats.is_empty() {
        // Typed date cells only: a pattern is still needed, and never used.
        formats.push("%Y-%m-%d");
    }
    Some(Guess {
        field,
        column,
        why,
        extra: Extra::Dates(formats),
    })
}

/// Sex codes: each distinct value read as M, F or U. Written only when the
/// values look like a code list (`redact::codes_may_show`).
fn sex_guess(column: usize, c: &Column, basis: &str) -> Option<Guess> {
    let values = c.codes.as_ref()?;
    // Every value a known sex code ("Male", "Female") is a code list even
    // where the words look like names to the general test.
    let all_known = values.iter().all(|v| sex_code(v).is_some());
    if !(all_known || crate::redact::codes_may_show(values.iter())) || c.share(c.sex) < 0.8 {
        return None;
    }
    let mut codes = Vec::new();
    let mut unread = 0;
    for v in values {
        let code = sex_code(v).unwrap_or_else(|| {
            unread += 1;
            "U"
        });
        codes.push((v.clone(), code));
    }
    let mut why = format!(
        "{basis}, {} of filled cells read as sex codes",
        pct(c.share(c.sex))
    );
    if unread > 0 {
        why.push_str(&format!(
            "; {unread} other value(s) set to U (not known): say what they mean"
        ));
    }
    Some(Guess {
        field: "sex",
        column,
        why,
        extra: Extra::Codes(codes),
    })
}

/// The person key (a column unique in every row read, preferring an
/// identifier's name) and the family key (a family, household or case
/// column).
fn keys(cols: &[Column], taken: &mut [bool], d: &mut Draft) {
    if d.key.is_none() {
        person_key(cols, taken, d);
    }
    family_key(cols, taken, d);
}

/// The person key: a column unique in every row read, preferring an
/// identifier's name; else the identifier-named column with most values.
fn person_key(cols: &[Column], taken: &mut [bool], d: &mut Draft) {
    let key = cols
        .iter()
        .enumerate()
        .filter(|(i, c)| !taken[*i] && c.unique() && c.dates() == 0)
        .max_by_key(|(i, c)| {
            let n = norm(&c.name);
            (id_like(&n), !family_like(&n), usize::MAX - i)
        });
    if let Some((i, c)) = key {
        let n = norm(&c.name);
        let why = if id_like(&n) {
            format!(
                "name {:?} and unique in each of {} rows read",
                c.name, c.rows
            )
        } else {
            format!("the first column unique in each of {} rows read", c.rows)
        };
        d.key = Some((i, why));
        taken[i] = true;
    } else if let Some((i, c)) = cols
        .iter()
        .enumerate()
        .filter(|(i, c)| !taken[*i] && id_like(&norm(&c.name)))
        .max_by_key(|(i, c)| (c.distinct, usize::MAX - i))
    {
        d.key = Some((
            i,
            format!(
                "name {:?}; NOT unique: {} distinct in {} rows read",
                c.name, c.distinct, c.rows
            ),
        ));
        taken[i] = true;
    }
}

/// A folded name that says identifier.
fn id_like(n: &str) -> bool {
    ["id", "ref", "no", "number", "key", "code", "num"]
        .iter()
        .any(|w| n.ends_with(w) || n.starts_with(w))
}

/// A folded name that says family, household or case.
fn family_like(n: &str) -> bool {
    ["famil", "household", "hh", "case"]
        .iter()
        .any(|w| n.contains(w))
}

/// The family key: a family, household or case column.
fn family_key(cols: &[Column], taken: &mut [bool], d: &mut Draft) {
    let family = cols
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            !taken[*i] && family_like(&norm(&c.name)) && !c.name.to_lowercase().contains("worker")
        })
        .max_by_key(|(i, c)| {
            let n = norm(&c.name);
            (n.contains("famil"), id_like(&n), usize::MAX - i)
        });
    if let Some((i, c)) = family {
        let shared = c.filled().saturating_sub(c.distinct);
        d.family = Some((
            i,
            format!(
                "name {:?}, {} distinct in {} filled rows ({shared} rows share one)",
                c.name,
                c.distinct,
                c.filled()
            ),
        ));
        taken[i] = true;
    }
}

/// Involvement (start, end, worker, team) and referral dates by name.
fn records(cols: &[Column], taken: &mut [bool], d: &mut Draft) {
    let mut pick = |d: &mut Draft, words: &[&str], field: &'static str, referral: bool| {
        let found = cols.iter().enumerate().find_map(|(i, c)| {
            let n = norm(&c.name);
            if taken[i] || !words.iter().any(|w| n.contains(w)) {
                return None;
            }
            let basis = format!("name {:?}", c.name);
            if matches!(field, "worker" | "team") {
                Some(Guess {
                    field,
                    column: i,
                    why: basis,
                    extra: Extra::None,
                })
            } else {
                date_guess(field, i, c, &basis)
            }
        });
        if let Some(g) = found {
            let i = g.column;
            taken[i] = true;
            if referral {
                d.referral = Some(g);
            } else {
                d.involvement.push(g);
            }
        }
    };
    pick(
        d,
        &["referraldate", "datereferred", "referred", "referral"],
        "date",
        true,
    );
    pick(
        d,
        &[
            "start",
            "open",
            "registered",
            "registration",
            "allocat",
            "contactdate",
            "began",
            "joined",
            "entry",
        ],
        "start",
        false,
    );
    pick(
        d,
        &["end", "clos", "finish", "discharg", "exit", "left"],
        "end",
        false,
    );
    if !d.involvement.is_empty() {
        pick(
            d,
            &[
                "keyworker",
                "worker",
                "practitioner",
                "facilitator",
                "officer",
            ],
            "worker",
            false,
        );
        pick(d, &["team", "service", "venue", "locality"], "team", false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::profile::profile;
    use super::*;
    use crate::extract::Cell;

    #[test]
    fn names_and_profiles_decide() {
        let names: Vec<String> = [
            "Client ID",
            "Ref",
            "Child Surname",
            "D.O.B",
            "Gender",
            "Household",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let t = |s: &str| Cell::Text(s.to_string());
        let rows = vec![
            vec![
                t("C1"),
                t("9434765919"),
                t("A"),
                t("03/04/2015"),
                t("M"),
                t("H1"),
            ],
            vec![
                t("C2"),
                t("9434765870"),
                t("B"),
                t("21/12/2010"),
                t("F"),
                t("H1"),
            ],
        ];
        let d = guess(&profile(&names, &rows));
        assert_eq!(d.key.as_ref().map(|k| k.0), Some(0));
        assert_eq!(d.family.as_ref().map(|k| k.0), Some(5));
        let field = |f: &str| d.person.iter().find(|g| g.field == f).map(|g| g.column);
        assert_eq!(field("nhs_number"), Some(1));
        assert_eq!(field("family_name"), Some(2));
        assert_eq!(field("dob"), Some(3));
        assert_eq!(field("sex"), Some(4));
        let dob = d.person.iter().find(|g| g.field == "dob").unwrap();
        assert_eq!(dob.extra, Extra::Dates(vec!["%d/%m/%Y"]));
    }

    #[test]
    fn a_last_modified_column_is_found_by_name_and_dates() {
        let names: Vec<String> = [
            "id",
            "Updated By",
            "status_changed",
            "Last Updated",
            "modified_at",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let t = |s: &str| Cell::Text(s.to_string());
        let row = |id: &str| {
            vec![
                t(id),
                t("2024-01-02"),
                t("2024-01-02"),
                t("2024-01-02 10:00:00"),
                t("2024-01-03"),
            ]
        };
        let rows = vec![row("1"), row("2")];
        let (c, why) = modified_column(&profile(&names, &rows)).unwrap();
        assert_eq!(c, 3, "not who updated it, not a status's date: {why}");
        assert!(
            why.contains("Last Updated") && why.contains("100%"),
            "{why}"
        );
        // Named so, but not dates: not a fingerprint.
        let rows = vec![
            vec![t("1"), t("x"), t("x"), t("yes"), t("no")],
            vec![t("2"), t("x"), t("x"), t("no"), t("no")],
        ];
        assert_eq!(modified_column(&profile(&names, &rows)), None);
    }
}
