//! The parts `rows::build_each` produces rows in: per table, the rows in the
//! order a single pass would push them, built over ranges of the input on
//! all cores and joined in order.

use super::diff::Row;
use super::schema::TABLES;

/// Rows per table as produced; `finish` deduplicates them by id (the first
/// row produced for an id wins, and production order is the `Unified`'s
/// order, so this is deterministic). Pushed to a vector and sorted once, in
/// parallel, rather than kept in a map: at 1.2M rows the map's inserts were
/// most of the 5 s this stage took.
///
/// Rows are packed as they are added (`diff::Row`), so each row's values
/// are freed on the thread that built them, not after the write.
pub(super) struct Tables {
    rows: Vec<Vec<Row>>,
    /// A table whose row was too large to pack (4 GiB), if any.
    oversized: Option<usize>,
}

impl Tables {
    pub(super) fn new() -> Tables {
        Tables {
            rows: vec![Vec::new(); TABLES.len()],
            oversized: None,
        }
    }

    pub(super) fn add(&mut self, table: usize, id: String, values: Vec<Option<String>>) {
        debug_assert_eq!(
            values.len(),
            TABLES[table].columns.len(),
            "{}",
            TABLES[table].name
        );
        match Row::pack(&id, &values) {
            Some(row) => self.rows[table].push(row),
            None => self.oversized = Some(table),
        }
    }

    /// One table's rows so far, to take them out.
    pub(super) fn table_mut(&mut self, table: usize) -> &mut Vec<Row> {
        &mut self.rows[table]
    }

    /// A table whose row could not be packed, if any.
    pub(super) fn oversized(&self) -> Option<usize> {
        self.oversized
    }

    /// No rows left in any table.
    pub(super) fn is_empty(&self) -> bool {
        self.rows.iter().all(Vec::is_empty)
    }

    /// Each table by id, one row per id: the first row produced for an id
    /// wins, so the result is what a stable sort and `dedup_by` would give.
    #[cfg(test)]
    pub(super) fn finish(self) -> Vec<Vec<(String, Vec<Option<String>>)>> {
        use rayon::prelude::*;
        self.rows
            .into_par_iter()
            .map(|rows| {
                by_id(rows)
                    .iter()
                    .map(|r| {
                        (
                            r.id().to_string(),
                            r.values().map(|v| v.map(String::from)).collect(),
                        )
                    })
                    .collect()
            })
            .collect()
    }
}

/// One table's rows sorted by id, the first produced kept of each id.
/// Sorts small keys, not the rows: each key holds the id's first 16 bytes
/// (zero-padded, so keys order as the ids do up to a tie) and the row's
/// place, which breaks ties between equal ids by production order. A
/// merge sort of the rows themselves (48 bytes each, the id compared
/// through its pointer) was the largest single cost of building rows:
/// 6.8% of a `make bench` load's CPU samples.
pub(super) fn by_id(rows: Vec<Row>) -> Vec<Row> {
    use rayon::prelude::*;
    let Ok(n) = u32::try_from(rows.len()) else {
        // Beyond 4G rows in one table: the rows themselves, stably.
        let mut rows = rows;
        rows.par_sort_by(|a, b| a.id().cmp(b.id()));
        rows.dedup_by(|later, first| later.id() == first.id());
        return rows;
    };
    let mut keys: Vec<(u128, u32)> = (0..n)
        .into_par_iter()
        .map(|i| (prefix(rows[i as usize].id()), i))
        .collect();
    keys.par_sort_unstable_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| rows[a.1 as usize].id().cmp(rows[b.1 as usize].id()))
            .then(a.1.cmp(&b.1))
    });
    let mut slots: Vec<Option<Row>> = rows.into_iter().map(Some).collect();
    let mut out: Vec<Row> = Vec::with_capacity(keys.len());
    for (_, i) in keys {
        if let Some(row) = slots[i as usize].take() {
            if out.last().is_some_and(|last| last.id() == row.id()) {
                continue;
            }
            out.push(row);
        }
    }
    out
}

/// The first 16 bytes of `id`, big-endian, zero-padded: `a < b` as
/// strings implies `prefix(a) <= prefix(b)`.
fn prefix(id: &str) -> u128 {
    let mut b = [0u8; 16];
    let n = id.len().min(16);
    b[..n].copy_from_slice(&id.as_bytes()[..n]);
    u128::from_be_bytes(b)
}

/// Inputs per part when rows are built in parallel: large enough that a
/// part's own vectors cost little, small enough to spread over the cores.
const PART: usize = 8_192;

/// `build` over `0..n` in parts of `PART`, on all cores; the parts in order.
pub(super) fn in_chunks(
    n: usize,
    build: impl Fn(&mut Tables, std::ops::Range<usize>) + Sync + Send,
) -> Vec<Tables> {
    use rayon::prelude::*;
    (0..n.div_ceil(PART))
        .into_par_iter()
        .map(|c| {
            let mut t = Tables::new();
            build(&mut t, c * PART..((c + 1) * PART).min(n));
            t
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key sort gives what a stable sort and dedup give: ids sharing
    /// their first 16 bytes, one id a prefix of another, duplicates in
    /// several places (the first produced kept).
    #[test]
    fn by_id_matches_stable_sort_and_dedup() {
        let ids = [
            "LI0123456789abcdef1",
            "LI0123456789abcdef0",
            "B",
            "LI0123456789abcdef",
            "A",
            "LI0123456789abcdef0",
            "",
            "B",
            "LI0123456789abcdeg",
            "A",
        ];
        let rows: Vec<Row> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| Row::new(id.to_string(), vec![Some(i.to_string())]))
            .collect();
        let mut want = rows.clone();
        want.sort_by(|a, b| a.id().cmp(b.id()));
        want.dedup_by(|later, first| later.id() == first.id());
        assert_eq!(by_id(rows), want);
        assert!(prefix("ab") < prefix("ab\u{1}"));
    }
}
