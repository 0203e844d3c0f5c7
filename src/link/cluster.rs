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
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
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
    contrary: impl Fn(u32, u32) -> bool,
) -> (Vec<u32>, usize, GuardCounts) {
    let mut uf = UnionFind::new(n);
    let mut facts: Vec<Option<Box<Facts>>> = (0..n)
        .map(|i| {
            let dup = input
                .duplicate_free
                .get(input.source[i] as usize)
                .copied()
                .unwrap_or(false);
            let f = Facts {
                members: vec![i as u32],
                nhs: Some(input.nhs[i]).filter(|&x| x != 0).into_iter().collect(),
                upn: Some(input.upn[i]).filter(|&x| x != 0).into_iter().collect(),
                duplicate_free: if dup {
                    vec![input.source[i]]
                } else {
                    Vec::new()
                },
            };
            Some(Box::new(f))
        })
        .collect();
    let mut cannot: std::collections::HashMap<u32, Vec<u32>> = std::collections::HashMap::new();
    for &(a, b) in input.cannot_link {
        cannot.entry(a).or_default().push(b);
        cannot.entry(b).or_default().push(a);
    }
    let mut counts = GuardCounts::default();
    let join = |uf: &mut UnionFind, facts: &mut Vec<Option<Box<Facts>>>, ra: u32, rb: u32| {
        let fa = facts[ra as usize].take().expect("a root has facts");
        let fb = facts[rb as usize].take().expect("a root has facts");
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
    for (a, b) in edges {
        let (ra, rb) = (uf.find(a), uf.find(b));
        if ra == rb {
            counts.redundant += 1;
            continue;
        }
        let (fa, fb) = (
            facts[ra as usize].as_ref().expect("root"),
            facts[rb as usize].as_ref().expect("root"),
        );
        if disjoint_nonempty(&fa.nhs, &fb.nhs) || disjoint_nonempty(&fa.upn, &fb.upn) {
            counts.conflicting_identifier += 1;
            continue;
        }
        if fa
            .duplicate_free
            .iter()
            .any(|s| fb.duplicate_free.contains(s))
        {
            counts.duplicate_free_source += 1;
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
            continue;
        }
        if fa.members.len() + fb.members.len() > input.max_cluster_size {
            counts.too_large += 1;
            continue;
        }
        if fa.members.iter().take(MEMBER_CHECK_LIMIT).any(|&x| {
            fb.members
                .iter()
                .take(MEMBER_CHECK_LIMIT)
                .any(|&y| contrary(x, y))
        }) {
            counts.contrary_evidence += 1;
            continue;
        }
        counts.merged += 1;
        join(&mut uf, &mut facts, ra, rb);
    }
    let (labels, count) = uf.labels();
    (labels, count, counts)
}

#[cfg(test)]
mod guard_tests {
    use super::*;

    #[test]
    fn a_chain_cannot_join_two_nhs_numbers() {
        // 0 and 2 hold different NHS numbers; 1 links strongly to both.
        let nhs = [5, 0, 6];
        let upn = [0, 0, 0];
        let source = [0, 0, 0];
        let input = GuardInput {
            nhs: &nhs,
            upn: &upn,
            source: &source,
            duplicate_free: &[false],
            must_link: &[],
            cannot_link: &[],
            max_cluster_size: 100,
        };
        let (labels, count, g) = guarded(3, [(0, 1), (1, 2)].into_iter(), &input, |_, _| false);
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
            nhs: &zeros,
            upn: &zeros,
            source: &source,
            duplicate_free: &[false],
            must_link: &[(2, 3)],
            cannot_link: &[(0, 1)],
            max_cluster_size: 100,
        };
        let (labels, _, g) = guarded(4, [(0, 1)].into_iter(), &input, |_, _| false);
        assert_ne!(labels[0], labels[1]);
        assert_eq!(labels[2], labels[3]);
        assert_eq!(g.cannot_link, 1);
    }

    #[test]
    fn contrary_evidence_stops_a_join() {
        let zeros = [0u32; 3];
        let source = [0u16; 3];
        let input = GuardInput {
            nhs: &zeros,
            upn: &zeros,
            source: &source,
            duplicate_free: &[false],
            must_link: &[],
            cannot_link: &[],
            max_cluster_size: 100,
        };
        // 0 and 2 are twins; 1 is a record of 0.
        let (labels, _, g) = guarded(3, [(0, 1), (1, 2)].into_iter(), &input, |a, b| {
            (a.min(b), a.max(b)) == (0, 2)
        });
        assert_eq!(labels, vec![0, 0, 1]);
        assert_eq!(g.contrary_evidence, 1);
    }

    #[test]
    fn a_chain_stops_at_the_cluster_size_cap() {
        let zeros = [0u32; 6];
        let source = [0u16; 6];
        let input = GuardInput {
            nhs: &zeros,
            upn: &zeros,
            source: &source,
            duplicate_free: &[false],
            must_link: &[],
            cannot_link: &[],
            max_cluster_size: 3,
        };
        let chain = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)];
        let (labels, count, g) = guarded(6, chain.into_iter(), &input, |_, _| false);
        assert_eq!(labels, vec![0, 0, 0, 1, 1, 1]);
        assert_eq!(count, 2);
        assert_eq!(g.too_large, 1);
    }
}
