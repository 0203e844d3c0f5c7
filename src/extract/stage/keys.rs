//! The person keys a source has staged so far, each with a hash of the
//! cells its person was read from, for the duplicate-key rule.
//!
//! One buffer of key text and a table of indexes into it, rather than a
//! map of `String`s: at a million rows the map's look-ups and inserts were
//! a quarter of the staging thread's time, its 32-byte slots and a heap
//! string per key each a cache miss. The same pattern as the
//! link stage's string interner (`crate::link::features`).

use crate::fixed_hash as hash_of;
use hashbrown::raw::RawTable;

#[derive(Default)]
pub(super) struct SeenKeys {
    /// Indexes into `ends` and `content`, by the key's hash.
    table: RawTable<usize>,
    /// Every key, one after another.
    text: String,
    /// Where each key ends in `text` (it starts where the one before ends).
    ends: Vec<usize>,
    /// The content hash of each key's first row.
    content: Vec<u64>,
}

impl SeenKeys {
    /// Room for `n` keys, so the table is not rebuilt as it grows (at a
    /// million rows a dozen times, each faulted in afresh).
    pub fn reserve(&mut self, n: usize) {
        // The keys of a source's earlier parts (files, sheets) are placed
        // again by their own hashes when the table grows.
        let (text, ends) = (&self.text, &self.ends);
        self.table.reserve(n, |&j| hash_of(nth(text, ends, j)));
        self.ends.reserve(n);
        self.content.reserve(n);
    }

    /// The content hash noted with `key` when it was first seen; or, for a
    /// key not seen before, `None`, and the key noted with `content`.
    pub fn first_or_note(&mut self, key: &str, content: u64) -> Option<u64> {
        let hash = hash_of(key);
        let (text, ends) = (&self.text, &self.ends);
        if let Some(&i) = self.table.get(hash, |&i| nth(text, ends, i) == key) {
            return Some(self.content[i]);
        }
        let i = self.ends.len();
        self.text.push_str(key);
        self.ends.push(self.text.len());
        self.content.push(content);
        let (text, ends) = (&self.text, &self.ends);
        self.table.insert(hash, i, |&j| hash_of(nth(text, ends, j)));
        None
    }
}

/// The `i`th key: it starts where the one before it ends.
fn nth<'t>(text: &'t str, ends: &[usize], i: usize) -> &'t str {
    let start = if i == 0 { 0 } else { ends[i - 1] };
    &text[start..ends[i]]
}

#[cfg(test)]
mod tests {
    use super::SeenKeys;

    #[test]
    fn a_key_is_found_with_its_first_content_whatever_came_between() {
        let mut seen = SeenKeys::default();
        seen.reserve(2);
        // More keys than reserved: the table grows and still finds them.
        for k in 0..5000u64 {
            assert_eq!(seen.first_or_note(&format!("K{k}"), k), None);
        }
        for k in (0..5000u64).rev() {
            assert_eq!(seen.first_or_note(&format!("K{k}"), 0), Some(k));
        }
        // Room for a next part's keys: the ones seen are still found.
        seen.reserve(100_000);
        for k in 0..5000u64 {
            assert_eq!(seen.first_or_note(&format!("K{k}"), 0), Some(k));
        }
        // A key that is a prefix of others, and the empty key, are keys.
        assert_eq!(seen.first_or_note("K", 7), None);
        assert_eq!(seen.first_or_note("", 8), None);
        assert_eq!(seen.first_or_note("K", 9), Some(7));
        assert_eq!(seen.first_or_note("", 9), Some(8));
    }
}
