//! Clusters from links: a union–find whose roots are always the smallest
//! record index, so the clusters do not depend on the order links arrive in
//! (and so not on the thread count that produced them).

/// Disjoint sets over `0..n`.
#[derive(Clone, Debug)]
pub struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    pub fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n as u32).collect(),
        }
    }

    pub fn find(&mut self, mut x: u32) -> u32 {
        // Path halving: keeps trees flat without recursion.
        while self.parent[x as usize] != x {
            let grand = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grand;
            x = grand;
        }
        x
    }

    /// Join the sets of `a` and `b`; the smaller root survives. Returns
    /// whether they were apart.
    pub fn union(&mut self, a: u32, b: u32) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[hi as usize] = lo;
        true
    }

    /// Dense cluster numbers, in order of each cluster's smallest member.
    pub fn labels(&mut self) -> (Vec<u32>, usize) {
        let n = self.parent.len();
        let mut label = vec![u32::MAX; n];
        let mut out = vec![0u32; n];
        let mut next = 0u32;
        for i in 0..n as u32 {
            let r = self.find(i) as usize;
            if label[r] == u32::MAX {
                label[r] = next;
                next += 1;
            }
            out[i as usize] = label[r];
        }
        (out, next as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_of_unions_does_not_matter() {
        let links = [(0, 3), (3, 5), (1, 2), (6, 5)];
        let mut a = UnionFind::new(7);
        for &(x, y) in &links {
            a.union(x, y);
        }
        let mut b = UnionFind::new(7);
        for &(x, y) in links.iter().rev() {
            b.union(y, x);
        }
        assert_eq!(a.labels(), b.labels());
        assert_eq!(a.labels(), (vec![0, 1, 1, 0, 2, 0, 0], 3));
    }
}

/// Why a link was not followed when clusters were formed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GuardCounts {
    /// Links followed.
    pub merged: u64,
    /// Links inside an already-formed cluster.
    pub redundant: u64,
    /// Refused: the two clusters hold different valid NHS numbers or UPNs.
    pub conflicting_identifier: u64,
    /// Refused: both clusters hold a record of one duplicate-free source.
    pub duplicate_free_source: u64,
    /// Refused: a record in each with strong contrary evidence (twins:
    /// same date of birth, different forenames; or different dates of birth
    /// and different forenames).
    pub contrary_evidence: u64,
    /// Refused: a reviewer said two of their records are different people.
    pub cannot_link: u64,
    /// Refused: the joined cluster would hold more records than one person
    /// plausibly has (the brake on chaining into a giant cluster).
    pub too_large: u64,
}

/// Which guard refused a link, and why: shown by `explain`, carried by the
/// review band's pairs so a reviewer sees what stopped the join.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    /// The two clusters hold different valid NHS numbers or UPNs.
    ConflictingIdentifier,
    /// Both clusters hold a record of one duplicate-free source.
    DuplicateFreeSource,
    /// A reviewer said two of their records are different people.
    CannotLink,
    /// The joined cluster would hold more records than one person has.
    TooLarge,
    /// A record in each with strong contrary evidence.
    Contrary(Contrary),
    /// One record holds a name and nothing else (no date of birth, no
    /// postcode), and nothing but the name agrees: the model alone does
    /// not link it; family context may.
    NamesOnly,
}

/// The kinds of strong contrary evidence between two records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contrary {
    /// Full dates of birth more than a typo apart.
    DatesOfBirthApart,
    /// The same surname with clearly different forenames (siblings, twins).
    SiblingForenames,
    /// One source lists them as a child and a parent or carer of one
    /// grouping (household, case): a father and his son of one name, a
    /// mother and her daughter.
    /// No match weight overrides it; only an agreeing identifier does.
    SameGrouping,
    /// One is recorded as a child, the other as a parent or carer, and no
    /// date of birth says they are one age (a missing date, or dates apart).
    ParentAndChild,
    /// Both are recorded as children, and their own sources give them
    /// mothers with clearly different forenames (household members or
    /// named in free text): two children of one name and birthday.
    DifferentMothers,
}

impl Contrary {
    /// A short label, for `explain`'s waterfall.
    pub fn label(self) -> &'static str {
        match self {
            Contrary::DatesOfBirthApart => "dates of birth apart",
            Contrary::SiblingForenames => "sibling forenames",
            Contrary::SameGrouping => "one grouping's child and parent",
            Contrary::ParentAndChild => "a child and a parent",
            Contrary::DifferentMothers => "different mothers",
        }
    }

    /// Whether a pair's own overwhelming weight may override this evidence.
    pub fn overridable(self) -> bool {
        self != Contrary::SameGrouping
    }
}

impl Refusal {
    /// The guard's name and its reason, in a reviewer's words.
    pub fn reason(self) -> &'static str {
        match self {
            Refusal::ConflictingIdentifier => {
                "identifier guard: the two sides hold different valid NHS numbers or UPNs"
            }
            Refusal::DuplicateFreeSource => {
                "duplicate-free guard: both sides hold a record of one duplicate-free source"
            }
            Refusal::CannotLink => "reviewer guard: a reviewer decided these are different people",
            Refusal::TooLarge => {
                "cluster-size guard: the joined person would hold more records than max_cluster_size"
            }
            Refusal::Contrary(Contrary::DatesOfBirthApart) => {
                "contrary-evidence guard: full dates of birth more than a typo apart"
            }
            Refusal::Contrary(Contrary::SiblingForenames) => {
                "contrary-evidence guard: same surname, clearly different forenames (siblings or twins)"
            }
            Refusal::Contrary(Contrary::SameGrouping) => {
                "household guard: one source lists them as a child and a parent or carer of one grouping"
            }
            Refusal::NamesOnly => {
                "name-only guard: one record holds only a name, and nothing but the name agrees; only family context links it"
            }
            Refusal::Contrary(Contrary::DifferentMothers) => {
                "household guard: two children whose own records give them clearly different mothers"
            }
            Refusal::Contrary(Contrary::ParentAndChild) => {
                "household guard: recorded as a child and as a parent or carer, with no date of birth making them one age"
            }
        }
    }
}

/// What guarded clustering gives: a dense cluster number per record, the
/// number of clusters, the guard counts, and each refused link as (its
/// position among the links, the refusal).
pub struct Guarded {
    pub labels: Vec<u32>,
    pub count: usize,
    pub counts: GuardCounts,
    pub refused: Vec<(usize, Refusal)>,
}

/// Per-cluster facts the guards check, kept at the cluster's root.
#[derive(Clone, Debug, Default)]
struct Facts {
    members: Vec<u32>,
    /// Valid identifiers (interned ids), a handful at most.
    nhs: Vec<u32>,
    upn: Vec<u32>,
    duplicate_free: Vec<u16>,
}

fn disjoint_nonempty(a: &[u32], b: &[u32]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x))
}

/// Inputs to the guarded clustering.
pub struct GuardInput<'a> {
    pub nhs: &'a [u32],
    pub upn: &'a [u32],
    pub source: &'a [u16],
    /// Per source: declared duplicate-free.
    pub duplicate_free: &'a [bool],
    /// Pairs a reviewer decided are the same person: joined first.
    pub must_link: &'a [(u32, u32)],
    /// Pairs a reviewer decided are different people: never joined.
    pub cannot_link: &'a [(u32, u32)],
    /// The most records one cluster may hold.
    pub max_cluster_size: usize,
}

/// How many members of each side are checked one by one for contrary
/// evidence (the first ones: the cluster's strongest core).
const MEMBER_CHECK_LIMIT: usize = 64;

/// Clusters from links, strongest link first, refusing any link that would
/// join two clusters with contrary evidence. This is a maximum spanning
/// forest under cannot-link constraints: a chain of weak links cannot pull
/// two different people together, because the join that would do it is the
/// one refused, and the cluster keeps its strongest links (it is the
/// weakest that are cut). `edges` must be sorted strongest first.
pub fn guarded(
    n: usize,
    edges: impl Iterator<Item = (u32, u32)>,
    input: &GuardInput<'_>,
    contrary: impl Fn(u32, u32) -> Option<Contrary>,
) -> Guarded {
    guarded_known(n, edges, input, contrary, &[])
}

/// As `guarded`, with `known[pos]` the pair's own contrary evidence
/// (`contrary(a, b)`) for the first `known.len()` edges, worked out
/// beforehand: on every thread, where the loop below is on one. The
/// result is the same as `guarded`'s.
pub fn guarded_known(
    n: usize,
    edges: impl Iterator<Item = (u32, u32)>,
    input: &GuardInput<'_>,
    contrary: impl Fn(u32, u32) -> Option<Contrary>,
    known: &[Option<Contrary>],
) -> Guarded {
    let mut uf = UnionFind::new(n);
    // A root without facts is a record on its own: its facts are read from
    // the input when needed (a box for each of a million records, most of
    // which never join, cost more to make and to free than the joins).
    let mut facts: Vec<Option<Box<Facts>>> = Vec::new();
    facts.resize_with(n, || None);
    let single = |r: u32| -> Facts {
        let i = r as usize;
        let dup = input
            .duplicate_free
            .get(input.source[i] as usize)
            .copied()
            .unwrap_or(false);
        Facts {
            members: vec![r],
            nhs: Some(input.nhs[i]).filter(|&x| x != 0).into_iter().collect(),
            upn: Some(input.upn[i]).filter(|&x| x != 0).into_iter().collect(),
            duplicate_free: if dup {
                vec![input.source[i]]
            } else {
                Vec::new()
            },
        }
    };
    let mut cannot: std::collections::HashMap<u32, Vec<u32>> = std::collections::HashMap::new();
    for &(a, b) in input.cannot_link {
        cannot.entry(a).or_default().push(b);
        cannot.entry(b).or_default().push(a);
    }
    let mut counts = GuardCounts::default();
    let mut refused = Vec::new();
    let join = |uf: &mut UnionFind, facts: &mut Vec<Option<Box<Facts>>>, ra: u32, rb: u32| {
        let fa = facts[ra as usize]
            .take()
            .unwrap_or_else(|| Box::new(single(ra)));
        let fb = facts[rb as usize]
            .take()
            .unwrap_or_else(|| Box::new(single(rb)));
        uf.union(ra, rb);
        let root = uf.find(ra);
        let (mut big, small) = if fa.members.len() >= fb.members.len() {
            (fa, fb)
        } else {
            (fb, fa)
        };
        big.members.extend_from_slice(&small.members);
        for x in small.nhs {
            if !big.nhs.contains(&x) {
                big.nhs.push(x);
            }
        }
        for x in small.upn {
            if !big.upn.contains(&x) {
                big.upn.push(x);
            }
        }
        for s in small.duplicate_free {
            if !big.duplicate_free.contains(&s) {
                big.duplicate_free.push(s);
            }
        }
        facts[root as usize] = Some(big);
    };
    // Reviewers' must-links first, whatever the guards would say.
    for &(a, b) in input.must_link {
        let (ra, rb) = (uf.find(a), uf.find(b));
        if ra != rb {
            join(&mut uf, &mut facts, ra, rb);
        }
    }
    for (pos, (a, b)) in edges.enumerate() {
        let (ra, rb) = (uf.find(a), uf.find(b));
        if ra == rb {
            counts.redundant += 1;
            continue;
        }
        let (alone_a, alone_b);
        let fa: &Facts = match facts[ra as usize].as_deref() {
            Some(f) => f,
            None => {
                alone_a = single(ra);
                &alone_a
            }
        };
        let fb: &Facts = match facts[rb as usize].as_deref() {
            Some(f) => f,
            None => {
                alone_b = single(rb);
                &alone_b
            }
        };
        if disjoint_nonempty(&fa.nhs, &fb.nhs) || disjoint_nonempty(&fa.upn, &fb.upn) {
            counts.conflicting_identifier += 1;
            refused.push((pos, Refusal::ConflictingIdentifier));
            continue;
        }
        if fa
            .duplicate_free
            .iter()
            .any(|s| fb.duplicate_free.contains(s))
        {
            counts.duplicate_free_source += 1;
            refused.push((pos, Refusal::DuplicateFreeSource));
            continue;
        }
        let (small, other_root) = if fa.members.len() <= fb.members.len() {
            (fa, rb)
        } else {
            (fb, ra)
        };
        if small.members.iter().any(|m| {
            cannot
                .get(m)
                .is_some_and(|ps| ps.iter().any(|&p| uf.find(p) == other_root))
        }) {
            counts.cannot_link += 1;
            refused.push((pos, Refusal::CannotLink));
            continue;
        }
        if fa.members.len() + fb.members.len() > input.max_cluster_size {
            counts.too_large += 1;
            refused.push((pos, Refusal::TooLarge));
            continue;
        }
        // The pair itself first: its own evidence is the reason to show.
        // Then every other pair of members (the pair is not checked twice).
        let own = match known.get(pos) {
            Some(&c) => c,
            None => contrary(a, b),
        };
        let found = own.or_else(|| {
            fa.members.iter().take(MEMBER_CHECK_LIMIT).find_map(|&x| {
                fb.members
                    .iter()
                    .take(MEMBER_CHECK_LIMIT)
                    .filter(|&&y| (x, y) != (a, b))
                    .find_map(|&y| contrary(x, y))
            })
        });
        if let Some(kind) = found {
            counts.contrary_evidence += 1;
            refused.push((pos, Refusal::Contrary(kind)));
            continue;
        }
        counts.merged += 1;
        join(&mut uf, &mut facts, ra, rb);
    }
    let (labels, count) = uf.labels();
    Guarded {
        labels,
        count,
        counts,
        refused,
    }
}

#[cfg(test)]
mod guard_tests {
    use super::*;

    /// Guard input with no reviewer decisions and no duplicate-free source.
    fn input_of<'a>(
        nhs: &'a [u32],
        upn: &'a [u32],
        source: &'a [u16],
        max_cluster_size: usize,
    ) -> GuardInput<'a> {
        GuardInput {
            nhs,
            upn,
            source,
            duplicate_free: &[false],
            must_link: &[],
            cannot_link: &[],
            max_cluster_size,
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]
        /// Evidence worked out beforehand changes nothing: the same
        /// clusters, counts and refusals as `guarded` working it out
        /// itself, whatever share of the edges it covers.
        #[test]
        fn known_evidence_gives_the_same_clusters(
            edges in proptest::collection::vec((0u32..12, 0u32..12), 0..40),
            nhs in proptest::collection::vec(0u32..3, 12),
            refuse in proptest::collection::vec(proptest::bool::weighted(0.2), 144),
            cover in 0usize..41,
        ) {
            let edges: Vec<(u32, u32)> = edges.into_iter().filter(|(a, b)| a != b).collect();
            let (upn, source) = (vec![0u32; 12], vec![0u16; 12]);
            let input = input_of(&nhs, &upn, &source, 6);
            let contrary =
                |a: u32, b: u32| refuse[(a * 12 + b) as usize].then_some(Contrary::SiblingForenames);
            let plain = guarded(12, edges.iter().copied(), &input, contrary);
            let known: Vec<Option<Contrary>> = edges[..cover.min(edges.len())]
                .iter()
                .map(|&(a, b)| contrary(a, b))
                .collect();
            let with = guarded_known(12, edges.iter().copied(), &input, contrary, &known);
            proptest::prop_assert_eq!(plain.labels, with.labels);
            proptest::prop_assert_eq!(plain.count, with.count);
            proptest::prop_assert_eq!(plain.counts, with.counts);
            proptest::prop_assert_eq!(plain.refused, with.refused);
        }
    }

    #[test]
    fn a_chain_cannot_join_two_nhs_numbers() {
        // 0 and 2 hold different NHS numbers; 1 links strongly to both.
        let nhs = [5, 0, 6];
        let upn = [0, 0, 0];
        let source = [0, 0, 0];
        let input = input_of(&nhs, &upn, &source, 100);
        let Guarded {
            labels,
            count,
            counts: g,
            refused,
        } = guarded(3, [(0, 1), (1, 2)].into_iter(), &input, |_, _| None);
        assert_eq!(refused, vec![(1, Refusal::ConflictingIdentifier)]);
        assert_eq!(count, 2);
        assert_eq!(
            labels,
            vec![0, 0, 1],
            "the stronger link (first) is kept, the weaker cut"
        );
        assert_eq!(g.conflicting_identifier, 1);
    }

    #[test]
    fn reviewer_decisions_win() {
        let zeros = [0u32; 4];
        let source = [0u16; 4];
        let input = GuardInput {
            must_link: &[(2, 3)],
            cannot_link: &[(0, 1)],
            ..input_of(&zeros, &zeros, &source, 100)
        };
        let Guarded {
            labels, counts: g, ..
        } = guarded(4, [(0, 1)].into_iter(), &input, |_, _| None);
        assert_ne!(labels[0], labels[1]);
        assert_eq!(labels[2], labels[3]);
        assert_eq!(g.cannot_link, 1);
    }

    #[test]
    fn contrary_evidence_stops_a_join() {
        let zeros = [0u32; 3];
        let source = [0u16; 3];
        let input = input_of(&zeros, &zeros, &source, 100);
        // 0 and 2 are twins; 1 is a record of 0.
        let Guarded {
            labels,
            counts: g,
            refused,
            ..
        } = guarded(3, [(0, 1), (1, 2)].into_iter(), &input, |a, b| {
            ((a.min(b), a.max(b)) == (0, 2)).then_some(Contrary::SiblingForenames)
        });
        assert_eq!(
            refused,
            vec![(1, Refusal::Contrary(Contrary::SiblingForenames))],
            "the refusal names the link and the guard"
        );
        assert_eq!(labels, vec![0, 0, 1]);
        assert_eq!(g.contrary_evidence, 1);
    }

    #[test]
    fn a_chain_stops_at_the_cluster_size_cap() {
        let zeros = [0u32; 6];
        let source = [0u16; 6];
        let input = input_of(&zeros, &zeros, &source, 3);
        let chain = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)];
        let Guarded {
            labels,
            count,
            counts: g,
            ..
        } = guarded(6, chain.into_iter(), &input, |_, _| None);
        assert_eq!(labels, vec![0, 0, 0, 1, 1, 1]);
        assert_eq!(count, 2);
        assert_eq!(g.too_large, 1);
    }
}
