//! The desired rows of a table, their content hashes, and the diff against
//! what the target holds: which rows to insert, update, leave or retire. Pure
//! code, so the counts a dry run reports are the counts a real run writes.

use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// One desired row: natural id, data values in the table's column order (all
/// as text; the database converts to the column type) and their hash.
///
/// Packed: the id and every present value back to back in one string, and
/// where each ends in a second allocation. A load builds one row per target
/// row (1.2M on `make bench`, 15 values in a lineage row); held as a
/// `String` per value in a `Vec` per row, freeing them after their write
/// cost about 1.9 s of CPU (perf: mimalloc freeing on another thread than
/// the one that allocated), on the core the row builder needed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Row {
    text: Box<str>,
    /// `ends[0]`: where the id ends in `text`; `ends[1 + i]`: where value
    /// `i` ends, or `NULL` for a null value (which takes no text).
    ends: Box<[u32]>,
    /// The content hash as 32 hex digits.
    hash: [u8; 32],
}

/// A null value's end in `Row::ends`.
const NULL: u32 = u32::MAX;

impl Row {
    /// Pack a row, with its hash still to be worked out (`seal`). NUL is
    /// dropped from every value: PostgreSQL text cannot hold it, so both
    /// targets store (and hash) the value without. `None` when the row's
    /// text would not fit the packed offsets (4 GiB), which no database
    /// target takes in one row either.
    pub fn pack(id: &str, values: &[Option<String>]) -> Option<Row> {
        let len = id.len() + values.iter().flatten().map(String::len).sum::<usize>();
        if len >= NULL as usize {
            return None;
        }
        let mut text = String::with_capacity(len);
        let mut ends = Vec::with_capacity(1 + values.len());
        text.push_str(id);
        ends.push(text.len() as u32);
        for v in values {
            match v {
                None => ends.push(NULL),
                Some(v) => {
                    if v.contains('\0') {
                        text.extend(v.chars().filter(|&c| c != '\0'));
                    } else {
                        text.push_str(v);
                    }
                    ends.push(text.len() as u32);
                }
            }
        }
        Some(Row {
            text: text.into_boxed_str(),
            ends: ends.into_boxed_slice(),
            hash: [b'0'; 32],
        })
    }

    /// Work out the row's content hash from its values.
    pub fn seal(&mut self) {
        self.hash = content_hash(self.values());
    }

    /// A sealed row.
    #[cfg(test)]
    pub fn new(id: String, values: Vec<Option<String>>) -> Row {
        let mut row = Row::pack(&id, &values).expect("a small test row");
        row.seal();
        row
    }

    pub fn id(&self) -> &str {
        &self.text[..self.ends[0] as usize]
    }

    /// Ask the processor to start loading the row's text and ends, for a
    /// writer that reads them shortly (`crate::memory::prefetch`). A
    /// table's rows are sorted by key after they are built, so a writer
    /// meets their two allocations in an order unlike the one they were
    /// made in, each a likely cache miss.
    #[inline]
    pub fn prefetch(&self) {
        let text = self.text.as_bytes();
        crate::memory::prefetch(text, 0);
        crate::memory::prefetch(text, text.len().saturating_sub(1));
        crate::memory::prefetch(&self.ends, 0);
    }

    /// The content hash, 32 hex digits.
    pub fn hash(&self) -> &str {
        // Hex digits only: always UTF-8.
        std::str::from_utf8(&self.hash).unwrap_or_default()
    }

    /// The data values in column order, as bytes, handed to `f` one by
    /// one: what a writer binds. A loop over the packed text, where the
    /// iterator `values` is for readers that want `&str`.
    pub fn each_value(&self, mut f: impl FnMut(Option<&[u8]>)) {
        let text = self.text.as_bytes();
        let mut start = self.ends[0] as usize;
        for &end in &self.ends[1..] {
            if end == NULL {
                f(None);
            } else {
                let end = end as usize;
                f(Some(&text[start..end]));
                start = end;
            }
        }
    }

    /// The data values in column order.
    pub fn values(&self) -> impl Iterator<Item = Option<&str>> + '_ {
        let mut start = self.ends[0] as usize;
        self.ends[1..].iter().map(move |&end| {
            if end == NULL {
                return None;
            }
            let v = &self.text[start..end as usize];
            start = end as usize;
            Some(v)
        })
    }
}

/// Hash of a row's data values, as 32 hex digits. Each value is tagged and
/// length-prefixed so that `("ab", None)` and `(None, "ab")` or `("a",
/// "b")` and `("ab", "")` differ. 128 bits: collisions between two
/// versions of one row are not a practical concern, and the column stays
/// short. The bytes hashed are what earlier versions hashed, so a target
/// they loaded is found unchanged.
pub(crate) fn content_hash<'a>(values: impl IntoIterator<Item = Option<&'a str>>) -> [u8; 32] {
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
    let mut hex = [0u8; 32];
    // 16 bytes always fit 32 hex digits.
    let _ = hex::encode_to_slice(&h.finalize()[..16], &mut hex);
    hex
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
///
/// Against an empty table (every first load) every row is an insert and
/// nothing is looked up: hashing each id, to find it missing and again to
/// list what was produced, was 0.4 s of the writer's path on `make bench`'s
/// 1.2M rows, while the target waited. The ids of rows no longer produced
/// are only looked for when some active row of the target was not matched.
pub(crate) fn diff<'a>(
    desired: &'a [Row],
    existing: &HashMap<String, Existing>,
    append_only: bool,
) -> TableDiff<'a> {
    let mut d = TableDiff::default();
    if existing.is_empty() {
        d.inserts = desired.iter().collect();
        return d;
    }
    // Active rows of the target that a desired row matched.
    let mut matched = 0usize;
    for row in desired {
        match existing.get(row.id()) {
            None => d.inserts.push(row),
            Some(e) => {
                matched += usize::from(!e.retired);
                if e.hash == row.hash() && !e.retired {
                    d.unchanged += 1
                } else {
                    d.updates.push(row)
                }
            }
        }
    }
    if !append_only && matched < existing.values().filter(|e| !e.retired).count() {
        let produced: std::collections::HashSet<&str> = desired.iter().map(Row::id).collect();
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
                    r.id().to_string(),
                    Existing {
                        hash: r.hash().to_string(),
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
            assert_ne!(
                content_hash(a.iter().copied()),
                content_hash(b.iter().copied()),
                "{a:?} vs {b:?}"
            );
        }
        let nul = Row::new("a".into(), vec![Some("x\0y".into())]);
        assert_eq!(nul.values().collect::<Vec<_>>(), [Some("xy")]);
    }

    /// The hash of a row is the one earlier versions stored (its bytes
    /// worked out apart from this code): a target they loaded is found
    /// unchanged, not rewritten.
    #[test]
    fn hash_is_what_earlier_versions_stored() {
        let row = Row::new(
            "x".into(),
            vec![
                Some("ab".into()),
                None,
                Some(String::new()),
                Some("é".into()),
            ],
        );
        assert_eq!(row.hash(), "69a794059abadc8a8ce52c9c72ac404c");
    }

    /// A packed row gives back its id and values, nulls and empty values
    /// apart, in order.
    #[test]
    fn packed_rows_give_back_their_values() {
        let values: Vec<Option<String>> = vec![
            None,
            Some(String::new()),
            Some("Åsa O'Neill".into()),
            None,
            Some("a\0b".into()),
            Some(String::new()),
        ];
        let row = Row::new("F1".into(), values);
        assert_eq!(row.id(), "F1");
        assert_eq!(
            row.values().collect::<Vec<_>>(),
            [
                None,
                Some(""),
                Some("Åsa O'Neill"),
                None,
                Some("ab"),
                Some("")
            ]
        );
        let empty = Row::new(String::new(), vec![]);
        assert_eq!((empty.id(), empty.values().count()), ("", 0));
        assert_ne!(row.hash(), empty.hash());
        assert_eq!(row.hash().len(), 32);
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
        let ids = |rows: &[&Row]| rows.iter().map(|r| r.id().to_string()).collect::<Vec<_>>();
        assert_eq!(ids(&d.inserts), ["b"]);
        // Changed, and retired but produced again (revived).
        assert_eq!(ids(&d.updates), ["a", "c"]);
        assert_eq!(d.unchanged, 0);
        // Only the active row no longer produced is retired, not the one
        // retired before.
        assert_eq!(d.retire, ["z"]);
    }

    /// Every active row of the target produced again (the usual re-run):
    /// nothing is retired, and a row retired before, not produced, stays
    /// as it is rather than counted again.
    #[test]
    fn rerun_with_every_active_row_retires_nothing() {
        let a = row("a", "1");
        let b = row("b", "2");
        let old = row("y", "8");
        let ex = existing(&[(&a, false), (&b, false), (&old, true)]);
        let desired = vec![a.clone(), row("b", "changed"), row("n", "new")];
        let d = diff(&desired, &ex, false);
        assert_eq!((d.inserts.len(), d.updates.len(), d.unchanged), (1, 1, 1));
        assert!(d.retire.is_empty());
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
