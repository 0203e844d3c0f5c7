//! Conditional records: `when = { column = "consent_to_share", equals = "Y" }`
//! on an `[[involvement]]`, `[[referral]]`, `[[assessment]]` or `[[consent]]`
//! creates the record only on rows whose column passes the test. A row that
//! fails it holds no such record: neither staged nor rejected, but counted
//! (`SourceExtract::when_false`), so the reconciliation can say why.

use super::template::ColName;

/// A resolved `when`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct When {
    pub column: ColName,
    pub test: WhenTest,
    pub line: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WhenTest {
    /// The cell equals this (trimmed, case-insensitive).
    Equals(String),
    /// The cell is one of these (trimmed, case-insensitive).
    In(Vec<String>),
    /// The cell is not blank.
    NotBlank,
}

impl WhenTest {
    /// Whether a cell's text passes. Codes in legacy systems differ in case
    /// and padding more often than in meaning (`Y`, `y `), so compare as
    /// code lists do.
    pub fn holds(&self, text: &str) -> bool {
        let t = text.trim();
        match self {
            WhenTest::Equals(v) => {
                t.eq_ignore_ascii_case(v.trim()) || t.to_lowercase() == v.trim().to_lowercase()
            }
            WhenTest::In(vs) => vs.iter().any(|v| WhenTest::Equals(v.clone()).holds(t)),
            WhenTest::NotBlank => !t.is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tests_hold_as_code_lists_compare() {
        let eq = WhenTest::Equals("Y".into());
        assert!(eq.holds(" y ") && eq.holds("Y") && !eq.holds("N") && !eq.holds(""));
        let any = WhenTest::In(vec!["Yes".into(), "Y".into()]);
        assert!(any.holds("YES") && any.holds("y") && !any.holds("No"));
        assert!(WhenTest::NotBlank.holds("x") && !WhenTest::NotBlank.holds("  "));
        assert!(WhenTest::Equals("Zoë".into()).holds("ZOË"));
    }
}
