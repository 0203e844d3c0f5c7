//! One shape for every record kind that hangs off a person or a family:
//! involvements, referrals, assessments, consents (and the staged person
//! itself). Each says where it came from (source, key, position, row hash)
//! and whose it is (a person key and a family key in the same source), and
//! where it sits in a source's extract and in the unified result. The
//! stages that treat every kind alike — taking them out of the extracts,
//! attaching them to unified persons and families, counting them for
//! reconciliation — are written once over this trait, so a new kind is a
//! new type, its `impl` here and its mapping section.

use super::{
    Assessment, Consent, Involvement, Position, Referral, SourceExtract, SourceIdx, StagedPerson,
    Unified,
};

/// A staged record of one kind.
pub trait Record: Sized {
    /// The kind's name, as the target's table and the report call it.
    const KIND: &'static str;
    fn source(&self) -> SourceIdx;
    /// Its stable key in the source.
    fn key(&self) -> &str;
    fn position(&self) -> &Position;
    /// The person key (same source) the record is about, if any.
    fn person_key(&self) -> Option<&str>;
    /// The source's family grouping it belongs to, if any.
    fn family_key(&self) -> Option<&str>;
    /// sha256 of its source row (or slot), for lineage and deltas.
    fn row_hash(&self) -> &str;
    /// Where records of this kind sit in one source's extract.
    fn in_extract(x: &mut SourceExtract) -> &mut Vec<Self>;
}

/// A record kind that unify attaches to a unified person and family: the
/// unified result holds the records with, for each, its person and family.
pub trait Attached: Record {
    fn in_unified(u: &Unified) -> AttachedRef<'_, Self>;
    fn put(u: &mut Unified, records: Attachment<Self>);
}

/// Records of one kind with the unified person and family of each.
#[derive(Debug)]
pub struct Attachment<R> {
    pub records: Vec<R>,
    pub person: Vec<Option<u32>>,
    pub family: Vec<Option<u32>>,
}

/// A view of one kind's records in the unified result.
#[derive(Clone, Copy, Debug)]
pub struct AttachedRef<'u, R> {
    pub records: &'u [R],
    pub person: &'u [Option<u32>],
    pub family: &'u [Option<u32>],
}

impl<R: Record> AttachedRef<'_, R> {
    /// Records of this kind per source, for a run of `sources` sources.
    pub fn per_source(&self, sources: usize) -> Vec<u64> {
        let mut out = vec![0u64; sources];
        for r in self.records {
            if let Some(n) = out.get_mut(r.source() as usize) {
                *n += 1;
            }
        }
        out
    }

    /// Distinct (source, key) pairs: what the target holds one row for.
    pub fn distinct_keys(&self) -> u64 {
        let keys: std::collections::HashSet<(SourceIdx, &str)> =
            self.records.iter().map(|r| (r.source(), r.key())).collect();
        keys.len() as u64
    }

    /// Records attached to no unified family.
    pub fn without_family(&self) -> u64 {
        self.family.iter().filter(|f| f.is_none()).count() as u64
    }
}

/// Records with the fields every kind carries, under the same names.
macro_rules! record_kind {
    ($ty:ty, $kind:literal, $extract:ident, $records:ident, $person:ident, $family:ident) => {
        impl Record for $ty {
            const KIND: &'static str = $kind;
            fn source(&self) -> SourceIdx {
                self.source
            }
            fn key(&self) -> &str {
                &self.key
            }
            fn position(&self) -> &Position {
                &self.position
            }
            fn person_key(&self) -> Option<&str> {
                self.person_key.as_deref()
            }
            fn family_key(&self) -> Option<&str> {
                self.family_key.as_deref()
            }
            fn row_hash(&self) -> &str {
                &self.row_hash
            }
            fn in_extract(x: &mut SourceExtract) -> &mut Vec<Self> {
                &mut x.$extract
            }
        }

        impl Attached for $ty {
            fn in_unified(u: &Unified) -> AttachedRef<'_, Self> {
                AttachedRef {
                    records: &u.$records,
                    person: &u.$person,
                    family: &u.$family,
                }
            }
            fn put(u: &mut Unified, a: Attachment<Self>) {
                u.$records = a.records;
                u.$person = a.person;
                u.$family = a.family;
            }
        }
    };
}

record_kind!(
    Involvement,
    "involvement",
    involvements,
    involvements,
    involvement_person,
    involvement_family
);
record_kind!(
    Referral,
    "referral",
    referrals,
    referrals,
    referral_person,
    referral_family
);
record_kind!(
    Assessment,
    "assessment",
    assessments,
    assessments,
    assessment_person,
    assessment_family
);
record_kind!(
    Consent,
    "consent",
    consents,
    consents,
    consent_person,
    consent_family
);

/// A staged person is a record too: its own key is its person key.
impl Record for StagedPerson {
    const KIND: &'static str = "person";
    fn source(&self) -> SourceIdx {
        self.source
    }
    fn key(&self) -> &str {
        &self.key
    }
    fn position(&self) -> &Position {
        &self.position
    }
    fn person_key(&self) -> Option<&str> {
        Some(&self.key)
    }
    fn family_key(&self) -> Option<&str> {
        self.family_key.as_deref()
    }
    fn row_hash(&self) -> &str {
        &self.row_hash
    }
    fn in_extract(x: &mut SourceExtract) -> &mut Vec<Self> {
        &mut x.persons
    }
}

/// Run `$body` once for every attached kind, with `$R` naming the type:
/// what reconciliation and counting loop over, so a new kind is counted
/// once it is listed here.
#[macro_export]
macro_rules! for_each_attached_kind {
    ($R:ident => $body:block) => {{
        {
            type $R = $crate::model::Involvement;
            $body
        }
        {
            type $R = $crate::model::Referral;
            $body
        }
        {
            type $R = $crate::model::Assessment;
            $body
        }
        {
            type $R = $crate::model::Consent;
            $body
        }
    }};
}
