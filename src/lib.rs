//! onefamily migrates a council's Early Help records from many legacy systems
//! into one unified case schema. The pipeline is five stages, each a module:
//! **extract** reads every source through its mapping file into staged
//! records (rows that cannot be read become rejects with a reason);
//! **standardise** puts names, dates, postcodes and identifiers into one form;
//! **link** finds the records that are the same person, then groups persons
//! into families; **load** writes the unified schema with lineage back to
//! every source row; **report** proves the run reconciles and shows what
//! linking did. **review** exports the pairs no model can decide to a sheet
//! and replays reviewers' decisions on every run. `pipeline` runs the stages
//! in order from plain options, keeping each source's extract in a staging
//! store (`store`) so later runs and commands reuse it; `commands` (one module per subcommand) is
//! the only layer that knows the command line and prints; `timing` turns the
//! stages' tracing spans into `timings.json`; `evaluate` scores a crosswalk
//! against a truth file; `measures` counts the monthly performance measures
//! from the loaded store; `sample` writes a synthetic estate to practise on.

/// A statement made with `format!` from onefamily's own table and column
/// names, or from names quoted as identifiers, never from a value (values
/// are bound): what sqlx 0.9 asks its callers to vouch for
/// (`AssertSqlSafe`) before it runs a string that is not a literal.
macro_rules! own_sql {
    ($($arg:tt)*) => {
        ::sqlx::AssertSqlSafe(format!($($arg)*))
    };
}

pub mod cli;
pub mod commands;
pub mod error;
pub mod evaluate;
pub mod export;
pub mod extract;
pub mod init;
pub mod link;
pub mod load;
pub mod mapping;
pub mod measures;
pub mod memory;
pub mod model;
pub mod pipeline;
pub mod progress;
pub mod redact;
pub mod report;
pub mod review;
pub mod sample;
pub mod standardise;
pub mod store;
pub mod timing;
pub mod unify;

pub use error::{Error, Result};

/// A hash map for the hot per-record look-ups (the interner's parts, the key
/// indexes): `hashbrown` with aHash, several times faster than the standard
/// library's SipHash on short string keys, which a profile of 1M records put
/// at 3–4% of the run. Only for maps that are looked up, never iterated into
/// output: aHash is seeded per process, so iteration order is not stable.
pub(crate) type FastMap<K, V> = hashbrown::HashMap<K, V>;

/// A string's hash for the tables onefamily builds by hand over its own
/// storage (the link stage's interner, a source's person keys): fixed, so
/// the same in every thread and every run; those tables are never
/// iterated, so nothing depends on their order.
pub(crate) fn fixed_hash(s: &str) -> u64 {
    use std::hash::BuildHasher;
    foldhash::fast::FixedState::with_seed(0).hash_one(s)
}
