//! Tests of the row builders (`rows.rs`).

use super::*;
use std::collections::BTreeMap;

#[test]
fn nid_is_stable_and_unambiguous() {
    assert_eq!(nid("X", &["a", "b"]), nid("X", &["a", "b"]));
    assert_ne!(nid("X", &["ab", ""]), nid("X", &["a", "b"]));
    assert_eq!(nid("LI", &["a"]).len(), 22);
}

#[test]
fn worker_identity_ignores_case_and_spacing() {
    assert_eq!(
        worker_id("Ann  Lee", "Youth"),
        worker_id("ann lee", " youth")
    );
    assert_ne!(
        worker_id("Ann Lee", "Youth"),
        worker_id("Ann Lee", "Family Support")
    );
}

#[test]
fn relationships_from_roles() {
    let mut t = Tables::new();
    let names = ["p0", "p1", "p2", "p3", "p4"];
    let members = [
        (0, Role::Parent),
        (1, Role::Carer),
        (2, Role::Child),
        (3, Role::Child),
        (4, Role::OtherAdult),
    ];
    relationships(&mut t, "F1", &members, &|i| names[i as usize]);
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    for (_, v) in &t.finish()[RELATIONSHIP] {
        *kinds.entry(v[3].clone().unwrap()).or_default() += 1;
    }
    let want: BTreeMap<String, usize> = [
        ("parent", 2),
        ("carer", 2),
        ("child", 4),
        ("sibling", 2),
        ("partner", 2),
    ]
    .into_iter()
    .map(|(k, n)| (k.to_string(), n))
    .collect();
    assert_eq!(kinds, want);
}
