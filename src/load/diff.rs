//! The desired rows of a table, their content hashes, and the diff against
//! what the target holds: which rows to insert, update, leave or retire. Pure
//! code, so the counts a dry run reports are the counts a real run writes.

use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// One desired row: natural id, data values in the table's column order (all
/// as text; the database converts to the column type) and their hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Row {
    pub id: String,
    pub values: Vec<Option<String>>,
    pub hash: String,
}

impl Row {
    pub fn new(id: String, mut values: Vec<Option<String>>) -> Row {
        // PostgreSQL text cannot hold NUL; drop it everywhere so that both
        // targets store (and hash) the same value.
        for v in values.iter_mut().flatten() {
            if v.contains('\0') {
                v.retain(|c| c != '\0');
            }
        }
        let hash = content_hash(&values);
        Row { id, values, hash }
    }
}

/// Hash of a row's data values. Each value is tagged and length-prefixed so
/// that `("ab", None)` and `(None, "ab")` or `("a", "b")` and `("ab", "")`
/// differ. 128 bits: collisions between two versions of one row are not a
/// practical concern, and the column stays short.
pub(crate) fn content_hash(values: &[Option<String>]) -> String {
    let mut h = Sha256::new();
    for v in values {
        match v {
            None => h.update([0u8]),
            Some(s) => {
                h.update([1u8]);
                h.update((s.len() as u64).to_le_bytes());
                h.update(s.as_bytes());
            }
        }
    }
    hex::encode(&h.finalize()[..16])
}

/// What the target holds for one row: its hash and whether it is retired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Existing {
    pub hash: String,
    pub retired: bool,
}

/// The changes one table needs. A retired row produced again counts as
/// updated: it is revived.
#[derive(Debug, Default)]
pub(crate) struct TableDiff<'a> {
    /// Rows the target does not hold at all.
    pub inserts: Vec<&'a Row>,
    /// Rows the target holds with another hash, or retired.
    pub updates: Vec<&'a Row>,
    pub unchanged: u64,
    /// Ids of active rows no longer produced.
    pub retire: Vec<String>,
}

/// Diff desired rows against the target's. Desired ids must be unique (the
/// row builders guarantee it). For an append-only table nothing is retired.
pub(crate) fn diff<'a>(
    desired: &'a [Row],
    existing: &HashMap<String, Existing>,
    append_only: bool,
) -> TableDiff<'a> {
    let mut d = TableDiff::default();
    for row in desired {
        match existing.get(&row.id) {
            None => d.inserts.push(row),
            Some(e) if e.hash == row.hash && !e.retired => d.unchanged += 1,
            Some(_) => d.updates.push(row),
        }
    }
    if !append_only {
        let produced: std::collections::HashSet<&str> =
            desired.iter().map(|r| r.id.as_str()).collect();
        d.retire = existing
            .iter()
            .filter(|(id, e)| !e.retired && !produced.contains(id.as_str()))
            .map(|(id, _)| id.clone())
            .collect();
        // Sorted so that the statements a run issues do not depend on hash
        // map order.
        d.retire.sort_unstable();
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, v: &str) -> Row {
        Row::new(id.into(), vec![Some(v.into()), None])
    }

    fn existing(rows: &[(&Row, bool)]) -> HashMap<String, Existing> {
        rows.iter()
            .map(|(r, retired)| {
                (
                    r.id.clone(),
                    Existing {
                        hash: r.hash.clone(),
                        retired: *retired,
                    },
                )
            })
            .collect()
    }

    #[test]
    fn hash_separates_values() {
        type Values<'a> = &'a [Option<&'a str>];
        let cases: [(Values, Values); 4] = [
            (&[Some("ab"), None], &[None, Some("ab")]),
            (&[Some("a"), Some("b")], &[Some("ab"), Some("")]),
            (&[Some("")], &[None]),
            (&[Some("x")], &[Some("x"), None]),
        ];
        for (a, b) in cases {
            let a: Vec<_> = a.iter().map(|v| v.map(String::from)).collect();
            let b: Vec<_> = b.iter().map(|v| v.map(String::from)).collect();
            assert_ne!(content_hash(&a), content_hash(&b), "{a:?} vs {b:?}");
        }
        assert_eq!(content_hash(&[Some("x".into())]).len(), 32);
        let nul = Row::new("a".into(), vec![Some("x\0y".into())]);
        assert_eq!(nul.values[0].as_deref(), Some("xy"));
    }

    #[test]
    fn empty_target_inserts_everything() {
        let desired = vec![row("a", "1"), row("b", "2")];
        let d = diff(&desired, &HashMap::new(), false);
        assert_eq!((d.inserts.len(), d.updates.len(), d.unchanged), (2, 0, 0));
        assert!(d.retire.is_empty());
    }

    #[test]
    fn same_rows_change_nothing() {
        let desired = vec![row("a", "1"), row("b", "2")];
        let ex = existing(&[(&desired[0], false), (&desired[1], false)]);
        let d = diff(&desired, &ex, false);
        assert_eq!(d.unchanged, 2);
        assert!(d.inserts.is_empty() && d.updates.is_empty() && d.retire.is_empty());
    }

    #[test]
    fn changed_new_removed_and_revived() {
        let old_a = row("a", "1");
        let c = row("c", "3");
        let gone = row("z", "9");
        let already_retired = row("y", "8");
        let ex = existing(&[
            (&old_a, false),
            (&c, true),
            (&gone, false),
            (&already_retired, true),
        ]);
        let desired = vec![row("a", "changed"), row("b", "2"), c.clone()];
        let d = diff(&desired, &ex, false);
        let ids = |rows: &[&Row]| rows.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&d.inserts), ["b"]);
        // Changed, and retired but produced again (revived).
        assert_eq!(ids(&d.updates), ["a", "c"]);
        assert_eq!(d.unchanged, 0);
        // Only the active row no longer produced is retired, not the one
        // retired before.
        assert_eq!(d.retire, ["z"]);
    }

    #[test]
    fn append_only_never_retires() {
        let old = row("h1", "x");
        let ex = existing(&[(&old, false)]);
        let desired = [row("h2", "y")];
        let d = diff(&desired, &ex, true);
        assert_eq!(d.inserts.len(), 1);
        assert!(d.retire.is_empty());
    }
}
