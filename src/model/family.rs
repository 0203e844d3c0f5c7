//! How families were formed, as the unified result records it: the source
//! groupings, the joins between them with the rule that made each, the
//! groupings left for a person to place, and the parents named in free text.
//! `link::family` computes these; report and review read them.

use super::SourceIdx;
use serde::Serialize;
use std::collections::BTreeMap;

/// Why each family is what it is: the source groupings, the joins between
/// them with the rule that made each, and what was left for a person.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Formation {
    /// Every source grouping, by source name and key.
    pub groupings: Vec<GroupingInfo>,
    /// The joins that merged groupings (a spanning forest of each family).
    pub joins: Vec<Join>,
    /// People no source groups, placed in a family by a rule
    /// (`link::family_place`).
    pub placements: Vec<Placement>,
    /// Groupings the rules could not place with certainty.
    pub conflicts: Vec<FamilyConflict>,
    /// Per rule, the families that hold at least one join it made.
    pub families_by_rule: BTreeMap<&'static str, u64>,
    /// Parents named in free text, matched against the families' adults.
    pub free_text_parents: FreeTextParents,
    /// Families no real family could be (`link::family_checks`): flagged
    /// for a person to split, never split by the program.
    pub implausible: Vec<ImplausibleFamily>,
}

/// A family whose make-up no real family has, with what is wrong with it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ImplausibleFamily {
    /// Index into `Unified::families`.
    pub family: u32,
    pub adults: u32,
    pub children: u32,
    /// Every check it fails, in the order of `Implausible`.
    pub reasons: Vec<Implausible>,
}

/// Why a family is implausible, each with the bound it broke (from
/// `[family]` in the link settings), so that people read the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Implausible {
    /// More adults than this.
    TooManyAdults(u32),
    /// More children than this.
    TooManyChildren(u32),
    /// Children born more than this many years apart.
    ChildrenYearsApart(u32),
    /// A parent fewer than this many years older than a child.
    ParentTooYoung(u32),
    SameNameAndRole,
}

impl Implausible {
    pub fn as_str(self) -> &'static str {
        match self {
            Implausible::TooManyAdults(_) => "too_many_adults",
            Implausible::TooManyChildren(_) => "too_many_children",
            Implausible::ChildrenYearsApart(_) => "children_years_apart",
            Implausible::ParentTooYoung(_) => "parent_too_young",
            Implausible::SameNameAndRole => "same_name_and_role",
        }
    }

    /// For people: what is wrong, with the bound (the setting's name in
    /// brackets, for the one who would change it).
    pub fn describe(self) -> String {
        match self {
            Implausible::TooManyAdults(n) => format!("more than {n} adults (max_adults)"),
            Implausible::TooManyChildren(n) => format!("more than {n} children (max_children)"),
            Implausible::ChildrenYearsApart(n) => {
                format!("children born more than {n} years apart (max_children_age_span)")
            }
            Implausible::ParentTooYoung(n) => {
                format!("a parent fewer than {n} years older than a child (min_parent_age)")
            }
            Implausible::SameNameAndRole => "two people with the same name and role".to_string(),
        }
    }
}

/// One source grouping and the family it ended in.
#[derive(Clone, Debug, Serialize)]
pub struct GroupingInfo {
    pub source: SourceIdx,
    pub key: String,
    pub family: u32,
    pub children: u32,
    pub adults: u32,
}

/// Which family rule joined two groupings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FamilyRule {
    SharedChild,
    SameAdults,
    AdultOnlyGroupingJoins,
    SharedAdultAndAddress,
    NamedParents,
    SharedAddress,
    SiblingsTogether,
}

impl FamilyRule {
    pub fn as_str(self) -> &'static str {
        match self {
            FamilyRule::SharedChild => "shared_child",
            FamilyRule::SameAdults => "same_adults",
            FamilyRule::AdultOnlyGroupingJoins => "adult_only_groupings_join",
            FamilyRule::SharedAdultAndAddress => "shared_adult_and_address",
            FamilyRule::NamedParents => "named_parents",
            FamilyRule::SharedAddress => "shared_address",
            FamilyRule::SiblingsTogether => "siblings_together",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            FamilyRule::SharedChild => "they hold the same child",
            FamilyRule::SameAdults => "they have the same adults",
            FamilyRule::AdultOnlyGroupingJoins => {
                "a grouping of adults only joins the family its adults parent"
            }
            FamilyRule::SharedAdultAndAddress => "they share an adult and an address",
            FamilyRule::NamedParents => {
                "a child's record names this adult as a parent (name and postcode agree)"
            }
            FamilyRule::SharedAddress => {
                "no source groups this person; a member has their surname at their address over overlapping dates"
            }
            FamilyRule::SiblingsTogether => {
                "no source groups these children; one source records them on one date at one address (referred together)"
            }
        }
    }
}

/// Two groupings joined by a rule, through a person (the shared child or adult).
#[derive(Clone, Debug, Serialize)]
pub struct Join {
    pub a: u32,
    pub b: u32,
    pub rule: FamilyRule,
    pub via_person: u32,
}

/// A person whom no source groups, placed in a family by a rule.
#[derive(Clone, Debug, Serialize)]
pub struct Placement {
    pub person: u32,
    pub family: u32,
    pub rule: FamilyRule,
    /// The member whose record matched (`shared_address`) or the sibling
    /// already in the family (`siblings_together`); none for a new family
    /// of siblings.
    pub via_person: Option<u32>,
}

/// A grouping the rules placed by a tie-break: listed for a person to decide.
#[derive(Clone, Debug, Serialize)]
pub struct FamilyConflict {
    pub grouping: u32,
    /// The families it could belong to; it was placed in the first.
    pub candidates: Vec<u32>,
    pub reason: &'static str,
}

/// Parents named only in free text on a child's record ("Mother: Sarah
/// SMITH; Father: David SMITH"), matched against the adults of the child's
/// family. A match is evidence of a parent–child relationship; a name that
/// matches nobody is counted and listed by record, never made into a person.
#[derive(Clone, Debug, Default, Serialize)]
pub struct FreeTextParents {
    /// Records with a free-text parent field.
    pub records: u64,
    /// Names found in those fields.
    pub named: u64,
    /// Names matched to one adult of the record's family.
    pub matched: u64,
    /// Names that matched no adult there (not created as persons).
    pub unmatched: u64,
    /// (parent person, child person, record) for each match.
    #[serde(skip)]
    pub relationships: Vec<(u32, u32, u32)>,
}
