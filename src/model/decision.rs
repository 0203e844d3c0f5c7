//! Reviewers' decisions as the canonical vocabulary holds them: a verdict on
//! a pair of person records, a family merge or split, a lead-worker pin.
//! Reading and writing the decisions file, and replaying decisions, belong
//! to `review`; this is only what a decision is, so that every layer (the
//! unified result, the loader, the mapping's review section) can name one
//! without depending on review.

/// A reviewer's verdict on a pair of person records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// One person: must link.
    Same,
    /// Two people: cannot link.
    Different,
    /// Recorded, not enforced.
    Unsure,
}

impl Verdict {
    /// The sheet's spelling, any case, surrounding space ignored.
    pub fn parse(s: &str) -> Option<Verdict> {
        match s.trim().to_ascii_lowercase().as_str() {
            "same" => Some(Verdict::Same),
            "different" => Some(Verdict::Different),
            "unsure" => Some(Verdict::Unsure),
            _ => None,
        }
    }

    /// The decisions file's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Same => "same",
            Verdict::Different => "different",
            Verdict::Unsure => "unsure",
        }
    }

    /// The sheet's spelling (the drop-down's values).
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Same => "Same",
            Verdict::Different => "Different",
            Verdict::Unsure => "Unsure",
        }
    }
}

/// What a decision says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// `person`: two person records are, or are not, one person.
    Person(Verdict),
    /// `family_merge`: the families of the two records must be one.
    FamilyMerge,
    /// `family_split`: the families of the two records must be apart; the
    /// right record's source grouping leaves the family.
    FamilySplit,
    /// `lead_worker`: pin this worker as the lead of the left record's family.
    LeadWorker(String),
}

impl Action {
    pub fn kind(&self) -> &'static str {
        match self {
            Action::Person(_) => "person",
            Action::FamilyMerge => "family_merge",
            Action::FamilySplit => "family_split",
            Action::LeadWorker(_) => "lead_worker",
        }
    }

    /// Decisions on the same records and of the same class replace each
    /// other: a family split replaces a family merge of the same pair.
    pub(crate) fn class(&self) -> u8 {
        match self {
            Action::Person(_) => 0,
            Action::FamilyMerge | Action::FamilySplit => 1,
            Action::LeadWorker(_) => 2,
        }
    }
}

/// One recorded decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub action: Action,
    /// `source:key`.
    pub left: String,
    /// `source:key`; empty for `lead_worker`.
    pub right: String,
    pub reviewer: String,
    /// RFC 3339, UTC.
    pub decided_at: String,
    pub comment: String,
}

impl Decision {
    /// A person decision, its pair in canonical order.
    pub fn person(a: &str, b: &str, verdict: Verdict) -> Decision {
        let (left, right) = if a <= b { (a, b) } else { (b, a) };
        Decision {
            action: Action::Person(verdict),
            left: left.to_string(),
            right: right.to_string(),
            reviewer: String::new(),
            decided_at: String::new(),
            comment: String::new(),
        }
    }

    /// What identifies the decision: a later one with the same key replaces it.
    pub fn key(&self) -> (u8, &str, &str) {
        let (a, b) = (self.left.as_str(), self.right.as_str());
        let (a, b) = if a <= b || b.is_empty() {
            (a, b)
        } else {
            (b, a)
        };
        (self.action.class(), a, b)
    }

    /// The same decision, whoever recorded it and when.
    pub(crate) fn same_content(&self, other: &Decision) -> bool {
        self.action == other.action
            && self.left == other.left
            && self.right == other.right
            && self.comment == other.comment
    }

    /// The `decision` and `worker` columns.
    pub(crate) fn decision_and_worker(&self) -> (&str, &str) {
        match &self.action {
            Action::Person(v) => (v.as_str(), ""),
            Action::FamilyMerge | Action::FamilySplit => ("", ""),
            Action::LeadWorker(w) => ("", w.as_str()),
        }
    }
}

/// Split `source:key` at the first colon (source names hold none).
pub fn split_record(spec: &str) -> Option<(&str, &str)> {
    spec.split_once(':')
        .filter(|(s, k)| !s.trim().is_empty() && !k.is_empty())
}
