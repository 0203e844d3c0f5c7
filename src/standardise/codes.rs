//! The canonical code lists a mapping translates source values into (sex,
//! ethnicity, referral source, closure reason, primary need, Supporting
//! Families outcomes, Early Help end reasons, assessment factors). They are
//! versioned data files under `mappings/reference/`, embedded at build time,
//! because the lists change between census years (5D arrived in 2022, RC9 in
//! 2023, Sex replaced Gender in 2024-25) and a rehearsal must say which
//! version it checked against. `check` uses [`is_known`] to report canonical
//! codes a mapping names that the list does not hold.

use crate::model::Sex;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One of the embedded code lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CodeList {
    /// F, M, U (CIN census from 2024-25).
    Sex,
    /// 0, 1, 2, 9 (CIN census Gender up to 2023-24).
    GenderLegacy,
    /// DfE ethnicity main codes (WBRI … NOBT).
    Ethnicity,
    /// CIN referral source (1A … 10).
    ReferralSource,
    /// CIN reason for closure (RC1 … RC9).
    ClosureReason,
    /// CIN primary need (N0 … N9).
    PrimaryNeed,
    /// Supporting Families headline outcomes (`education` … `financial_stability`).
    SupportingFamiliesOutcome,
    /// Early Help end reasons (onefamily's canonical set).
    EarlyHelpEndReason,
    /// CIN factors identified at the end of assessment (1A … 24A).
    AssessmentFactor,
}

impl CodeList {
    pub const ALL: [CodeList; 9] = [
        CodeList::Sex,
        CodeList::GenderLegacy,
        CodeList::Ethnicity,
        CodeList::ReferralSource,
        CodeList::ClosureReason,
        CodeList::PrimaryNeed,
        CodeList::SupportingFamiliesOutcome,
        CodeList::EarlyHelpEndReason,
        CodeList::AssessmentFactor,
    ];

    /// The list's name as used in messages and reports.
    pub fn name(self) -> &'static str {
        match self {
            CodeList::Sex => "sex",
            CodeList::GenderLegacy => "gender_legacy",
            CodeList::Ethnicity => "ethnicity",
            CodeList::ReferralSource => "referral_source",
            CodeList::ClosureReason => "closure_reason",
            CodeList::PrimaryNeed => "primary_need",
            CodeList::SupportingFamiliesOutcome => "sf_outcome",
            CodeList::EarlyHelpEndReason => "eh_end_reason",
            CodeList::AssessmentFactor => "assessment_factor",
        }
    }

    fn source(self) -> &'static str {
        match self {
            CodeList::Sex => include_str!("../../mappings/reference/sex.csv"),
            CodeList::GenderLegacy => include_str!("../../mappings/reference/gender_legacy.csv"),
            CodeList::Ethnicity => include_str!("../../mappings/reference/ethnicity.csv"),
            CodeList::ReferralSource => {
                include_str!("../../mappings/reference/referral_source.csv")
            }
            CodeList::ClosureReason => include_str!("../../mappings/reference/closure_reason.csv"),
            CodeList::PrimaryNeed => include_str!("../../mappings/reference/primary_need.csv"),
            CodeList::SupportingFamiliesOutcome => {
                include_str!("../../mappings/reference/sf_outcomes.csv")
            }
            CodeList::EarlyHelpEndReason => {
                include_str!("../../mappings/reference/eh_end_reasons.csv")
            }
            CodeList::AssessmentFactor => {
                include_str!("../../mappings/reference/assessment_factors.csv")
            }
        }
    }
}

/// A parsed list: its version line and its codes in file order.
struct List {
    version: &'static str,
    codes: Vec<(&'static str, &'static str)>,
    index: HashMap<&'static str, &'static str>,
}

/// The file format: `#` comment lines (one of them `# version: …`), a
/// `code,description` header, then one code per line; the description is
/// everything after the first comma, so it may hold commas itself.
fn load(text: &'static str) -> List {
    let mut version = "";
    let mut codes = Vec::new();
    for line in text.lines().map(str::trim) {
        if let Some(comment) = line.strip_prefix('#') {
            if let Some(v) = comment.trim().strip_prefix("version:") {
                version = v.trim();
            }
            continue;
        }
        if line.is_empty() || line == "code,description" {
            continue;
        }
        let (code, desc) = line.split_once(',').unwrap_or((line, ""));
        codes.push((code.trim(), desc.trim()));
    }
    let index = codes.iter().copied().collect();
    List {
        version,
        codes,
        index,
    }
}

fn list(which: CodeList) -> &'static List {
    static LISTS: OnceLock<Vec<List>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| CodeList::ALL.iter().map(|l| load(l.source())).collect());
    // ALL holds every variant once, in declaration order.
    &lists[which as usize]
}

/// Whether `code` (exactly, after trimming) is in the list.
pub fn is_known(which: CodeList, code: &str) -> bool {
    list(which).index.contains_key(code.trim())
}

/// The list's description of `code`.
pub fn description(which: CodeList, code: &str) -> Option<&'static str> {
    list(which).index.get(code.trim()).copied()
}

/// Every (code, description) of a list, in file order.
pub fn codes(which: CodeList) -> &'static [(&'static str, &'static str)] {
    &list(which).codes
}

/// The version line of a list's file (`cin-2024-25`), for reports.
pub fn version(which: CodeList) -> &'static str {
    list(which).version
}

/// A canonical sex code (F, M, U) as the model's type. Case and surrounding
/// space are forgiven; legacy Gender numbers are not translated here, since
/// only a mapping knows whether its source used the census numbering.
pub fn sex(code: &str) -> Option<Sex> {
    match code.trim() {
        "F" | "f" => Some(Sex::F),
        "M" | "m" => Some(Sex::M),
        "U" | "u" => Some(Sex::U),
        _ => None,
    }
}

/// The census translation of a legacy Gender code to Sex.
pub fn sex_from_legacy_gender(code: &str) -> Option<Sex> {
    match code.trim() {
        "1" => Some(Sex::M),
        "2" => Some(Sex::F),
        "0" | "9" => Some(Sex::U),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes() {
        let cases = [
            (CodeList::Sex, "F", true),
            (CodeList::Sex, "U", true),
            (CodeList::Sex, "X", false),
            (CodeList::GenderLegacy, "9", true),
            (CodeList::GenderLegacy, "3", false),
            (CodeList::Ethnicity, "WBRI", true),
            (CodeList::Ethnicity, "NOBT", true),
            (CodeList::Ethnicity, "wbri", false),
            (CodeList::Ethnicity, "WBR", false),
            (CodeList::ReferralSource, "1A", true),
            (CodeList::ReferralSource, "5D", true),
            (CodeList::ReferralSource, "10", true),
            (CodeList::ReferralSource, "5E", false),
            (CodeList::ClosureReason, "RC9", true),
            (CodeList::ClosureReason, "RC10", false),
            (CodeList::PrimaryNeed, "N0", true),
            (CodeList::PrimaryNeed, "N9", true),
            (
                CodeList::SupportingFamiliesOutcome,
                "financial_stability",
                true,
            ),
            (CodeList::SupportingFamiliesOutcome, "early_years", true),
            (CodeList::SupportingFamiliesOutcome, "employment", false),
            (CodeList::EarlyHelpEndReason, "stepped_down", true),
            (CodeList::AssessmentFactor, "24A", true),
            (CodeList::AssessmentFactor, "code", false),
        ];
        for (l, code, want) in cases {
            assert_eq!(is_known(l, code), want, "{} {code}", l.name());
        }
    }

    #[test]
    fn lists_are_whole() {
        let sizes = [
            (CodeList::Sex, 3),
            (CodeList::GenderLegacy, 4),
            (CodeList::Ethnicity, 20),
            (CodeList::ReferralSource, 22),
            (CodeList::ClosureReason, 9),
            (CodeList::PrimaryNeed, 10),
            (CodeList::SupportingFamiliesOutcome, 10),
            (CodeList::EarlyHelpEndReason, 10),
            (CodeList::AssessmentFactor, 42),
        ];
        for (l, n) in sizes {
            assert_eq!(codes(l).len(), n, "{}", l.name());
            assert!(!version(l).is_empty(), "{} has no version", l.name());
            assert!(codes(l).iter().all(|(c, d)| !c.is_empty() && !d.is_empty()));
        }
        assert_eq!(version(CodeList::Sex), "cin-2024-25");
    }

    #[test]
    fn descriptions() {
        assert_eq!(description(CodeList::Ethnicity, "WROM"), Some("Gypsy/Roma"));
        assert_eq!(
            description(CodeList::ClosureReason, "RC8"),
            Some("Case closed after assessment, no further action")
        );
        assert_eq!(description(CodeList::Ethnicity, "XXXX"), None);
    }

    #[test]
    fn sexes() {
        assert_eq!(sex("F"), Some(Sex::F));
        assert_eq!(sex(" m "), Some(Sex::M));
        assert_eq!(sex("female"), None);
        assert_eq!(sex_from_legacy_gender("2"), Some(Sex::F));
        assert_eq!(sex_from_legacy_gender("0"), Some(Sex::U));
        assert_eq!(sex_from_legacy_gender("5"), None);
    }
}
