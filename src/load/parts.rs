//! The parts `rows::build` produces rows in: per table, the rows in the
//! order a single pass would push them, built over ranges of the input on
//! all cores and joined in order.

use super::schema::TABLES;

/// Rows per table as produced; `finish` deduplicates them by id (the first
/// row produced for an id wins, and production order is the `Unified`'s
/// order, so this is deterministic). Pushed to a vector and sorted once, in
/// parallel, rather than kept in a map: at 1.2M rows the map's inserts were
/// most of the 5 s this stage took.
pub(super) struct Tables(Vec<Vec<(String, Vec<Option<String>>)>>);

impl Tables {
    pub(super) fn new() -> Tables {
        Tables(vec![Vec::new(); TABLES.len()])
    }

    pub(super) fn add(&mut self, table: usize, id: String, values: Vec<Option<String>>) {
        debug_assert_eq!(
            values.len(),
            TABLES[table].columns.len(),
            "{}",
            TABLES[table].name
        );
        self.0[table].push((id, values));
    }

    /// Parts joined in order: each table's rows as one pass producing the
    /// parts one after another would have pushed them.
    pub(super) fn concat(parts: Vec<Tables>) -> Tables {
        let mut out: Vec<Vec<_>> = (0..TABLES.len())
            .map(|i| Vec::with_capacity(parts.iter().map(|p| p.0[i].len()).sum()))
            .collect();
        for part in parts {
            for (all, rows) in out.iter_mut().zip(part.0) {
                all.extend(rows);
            }
        }
        Tables(out)
    }

    /// Each table by id, one row per id: a stable sort keeps the first
    /// row produced for an id ahead of later ones, and `dedup_by` keeps
    /// the first of each run.
    pub(super) fn finish(self) -> Vec<Vec<(String, Vec<Option<String>>)>> {
        use rayon::prelude::*;
        self.0
            .into_par_iter()
            .map(|mut rows| {
                rows.par_sort_by(|a, b| a.0.cmp(&b.0));
                rows.dedup_by(|later, first| later.0 == first.0);
                rows
            })
            .collect()
    }
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
