//! Scoring and training on a Ballista cluster's executors (the `ballista`
//! feature): the scalar function `onefamily_weight(package, key, a, b,
//! min_weight)`, which gives a candidate pair's match weight with the same
//! code as scoring here (`Scorer`, its early exit included), or NULL where
//! the pair could no longer reach `min_weight` before a costly comparison;
//! and `onefamily_pattern(package, key, a, b)`, a pair's comparison pattern
//! (each comparison's level, four bits each) as training here counts it.
//!
//! What they read is a package the node writes beside the blocking keys:
//! the features, the settings and, for scoring, the model (`PackageRef`;
//! training's package has none), read once per executor and kept while
//! jobs use it. The features hold the compared
//! values (standardised names, dates, postcodes), so the package is
//! encrypted (XChaCha20-Poly1305, RustCrypto's) under a random key made for
//! it alone, which reaches the executors only inside the job's plan: a
//! package left behind by a killed run cannot be read. The function reads
//! only files named as the node names them (`onefamily-score-….bin`), and a
//! package written by another onefamily version is refused, not misread.
//!
//! `onefamily cluster scheduler` and `executor` register the functions
//! (`scheduler_session` and `executor_functions`); Apache's own Ballista
//! binaries do not have them.

use super::compare::Compiled;
use super::features::Features;
use super::score::Scorer;
use super::settings::Settings;
use super::train::Model;
use crate::error::{Error, Result};
use chacha20poly1305::aead::rand_core::RngCore;
use chacha20poly1305::aead::{AeadCore, AeadInPlace, KeyInit, OsRng};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use datafusion::arrow::array::{Array, ArrayRef, Float32Array, Int64Array, UInt32Array};
use datafusion::arrow::datatypes::DataType;
use datafusion::common::{exec_datafusion_err, exec_err, ScalarValue};
use datafusion::execution::memory_pool::{
    MemoryConsumer, MemoryLimit, MemoryPool, MemoryReservation, PeakRecordingPool,
};
use datafusion::logical_expr::{
    ColumnarValue, ScalarFunctionArgs, ScalarUDF, ScalarUDFImpl, Signature, Volatility,
};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// The scoring function's name in the plans.
pub const FUNCTION: &str = "onefamily_weight";

/// The training function's name in the plans.
pub const PATTERN: &str = "onefamily_pattern";

/// The start of every package's name, and its end.
const PREFIX: &str = "onefamily-score-";
const SUFFIX: &str = ".bin";

/// What a package begins with: its format and the writing onefamily's
/// version (the encoding follows the types of that version exactly).
fn header() -> String {
    format!("onefamily score package 4 {}\n", env!("CARGO_PKG_VERSION"))
}

/// The nonce's length, after the header.
const NONCE: usize = 24;

/// What the node sends: borrowed, encoded as `Package` is decoded. The
/// model is for scoring; training's package, written before there is one,
/// has none.
#[derive(serde::Serialize)]
pub struct PackageRef<'a> {
    pub features: &'a Features,
    pub settings: &'a Settings,
    pub model: Option<&'a Model>,
    /// The records `features` holds, as ranges (`start..end`) of the
    /// records the keys number, in order: a shard pair's (`ballista::link`).
    /// Empty: every record, numbered as in the keys.
    pub ranges: &'a [(u32, u32)],
}

/// What an executor reads back.
#[derive(serde::Deserialize)]
pub struct Package {
    pub features: Features,
    pub settings: Settings,
    pub model: Option<Model>,
    pub ranges: Vec<(u32, u32)>,
}

/// What an executor builds over a package: the scorer, or for training's
/// package (no model) the comparisons alone.
pub enum Built<'a> {
    Scorer(Scorer<'a>),
    Comparisons(Compiled<'a>),
}

self_cell::self_cell!(
    /// A package with the scorer built over it (once per package: building
    /// it reads every interned string).
    pub struct Loaded {
        owner: Package,
        #[covariant]
        dependent: Built,
    }
);

impl Loaded {
    pub fn new_from(package: Package) -> Loaded {
        Loaded::new(package, |p| match &p.model {
            Some(model) => Built::Scorer(Scorer::new(&p.features, &p.settings, model)),
            None => Built::Comparisons(Compiled::new(&p.features, &p.settings)),
        })
    }

    /// The scorer, or an error for a package without a model.
    pub fn scorer(&self) -> Result<&Scorer<'_>> {
        match self.borrow_dependent() {
            Built::Scorer(s) => Ok(s),
            Built::Comparisons(_) => Err(Error::Other(format!(
                "{FUNCTION}: the package holds no model (a training package)"
            ))),
        }
    }

    /// The comparisons, whichever the package.
    pub fn comparisons(&self) -> &Compiled<'_> {
        match self.borrow_dependent() {
            Built::Scorer(s) => s.compiled(),
            Built::Comparisons(c) => c,
        }
    }

    pub fn records(&self) -> usize {
        self.borrow_owner().features.n
    }

    /// About the bytes it holds on the heap: the features, and what the
    /// scorer or the comparisons built over them (the settings and the
    /// model are a few kilobytes).
    pub fn heap_bytes(&self) -> usize {
        self.borrow_owner().features.heap_bytes()
            + match self.borrow_dependent() {
                Built::Scorer(s) => s.heap_bytes(),
                Built::Comparisons(c) => c.heap_bytes(),
            }
    }

    /// Where record `rec` (as the keys number it) is in the package's
    /// features, if the package holds it.
    pub fn local(&self, rec: u32) -> Option<usize> {
        let p = self.borrow_owner();
        if p.ranges.is_empty() {
            return Some(rec as usize).filter(|&r| r < p.features.n);
        }
        let mut base = 0usize;
        for &(start, end) in &p.ranges {
            if (start..end).contains(&rec) {
                return Some(base + (rec - start) as usize).filter(|&r| r < p.features.n);
            }
            base += end.saturating_sub(start) as usize;
        }
        None
    }
}

/// The package file, removed when dropped (after the job, or on an error),
/// and the key it is encrypted under (hex), for the job's plan only.
pub struct PackageFile {
    pub path: PathBuf,
    pub key: String,
}

impl Drop for PackageFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

impl PackageFile {
    /// Write `package` into `stage` under a name no other run uses,
    /// encrypted under a new key.
    pub fn write(stage: &Path, package: &PackageRef) -> Result<PackageFile> {
        PackageFile::write_keyed(stage, package, new_key())
    }

    /// Write `package` into `stage` under a name no other package uses,
    /// encrypted under `key` (one run's packages share theirs).
    pub fn write_keyed(stage: &Path, package: &PackageRef, key: [u8; 32]) -> Result<PackageFile> {
        static WRITTEN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let nanos = format!(
            "{nanos}-{}",
            WRITTEN.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        );
        let file = PackageFile {
            path: stage.join(format!("{PREFIX}{}-{nanos}{SUFFIX}", std::process::id())),
            key: hex::encode(key),
        };
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let header = header();
        let mut bytes = Vec::with_capacity(1 << 24);
        bytes.extend_from_slice(header.as_bytes());
        bytes.extend_from_slice(&nonce);
        let at = bytes.len();
        let mut body = postcard::to_extend(package, bytes).map_err(|e| {
            Error::Other(format!(
                "{}: writing the scoring package: {e}",
                file.path.display()
            ))
        })?;
        let mut sealed = body.split_off(at);
        XChaCha20Poly1305::new(&key.into())
            .encrypt_in_place(&nonce, header.as_bytes(), &mut sealed)
            .map_err(|_| Error::Other("scoring package encryption failed".into()))?;
        let mut out = std::fs::File::create(&file.path).map_err(|e| Error::io(&file.path, e))?;
        out.write_all(&body)
            .and_then(|()| out.write_all(&sealed))
            .map_err(|e| Error::io(&file.path, e))?;
        Ok(file)
    }
}

/// A new random key for packages.
pub fn new_key() -> [u8; 32] {
    let mut key = [0u8; 32];
    OsRng.fill_bytes(&mut key);
    key
}

/// Read a package, checking its name and its header, and open it with
/// `key` (hex).
pub fn read(path: &Path, key: &str) -> Result<Package> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if !(name.starts_with(PREFIX) && name.ends_with(SUFFIX) && path.is_absolute()) {
        return Err(Error::Other(format!(
            "{}: not a scoring package's name ({PREFIX}….bin, an absolute path)",
            path.display()
        )));
    }
    let mut bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let want = header();
    if !bytes.starts_with(want.as_bytes()) {
        let theirs = bytes
            .split(|&b| b == b'\n')
            .next()
            .filter(|l| l.starts_with(b"onefamily score package") && l.len() < 80)
            .map(|l| String::from_utf8_lossy(l).into_owned())
            .unwrap_or_else(|| "not a scoring package".into());
        return Err(Error::Other(format!(
            "{}: {theirs}, where this executor reads `{}` (run the same onefamily version on the node and the executors)",
            path.display(),
            want.trim_end()
        )));
    }
    let cannot_open = || {
        Error::Other(format!(
            "{}: cannot open the scoring package: a wrong key, or the file is damaged",
            path.display()
        ))
    };
    let key: [u8; 32] = hex::decode(key)
        .ok()
        .and_then(|k| k.try_into().ok())
        .ok_or_else(cannot_open)?;
    let at = want.len() + NONCE;
    if bytes.len() < at {
        return Err(cannot_open());
    }
    let mut body = bytes.split_off(at);
    let nonce = XNonce::from_slice(&bytes[want.len()..]);
    XChaCha20Poly1305::new(&key.into())
        .decrypt_in_place(nonce, want.as_bytes(), &mut body)
        .map_err(|_| cannot_open())?;
    drop(bytes);
    postcard::from_bytes(&body).map_err(|e| {
        Error::Other(format!(
            "{}: reading the scoring package: {e}",
            path.display()
        ))
    })
}

/// The memory pool of the executor this process is (`onefamily cluster
/// executor`, `process::executor`), which all its tasks' joins, sorts and
/// groupings share: a package read here is reserved in it too, so that the
/// pool bounds what the executor's jobs hold, the packages included. Unset
/// elsewhere (the node, the tests' local plans): nothing is reserved.
static POOL: OnceLock<Arc<dyn MemoryPool>> = OnceLock::new();

/// Reserve every package this process reads in `pool` (once, at an
/// executor's start).
pub fn hold_packages_in(pool: Arc<dyn MemoryPool>) {
    let _ = POOL.set(pool);
}

/// A package read and built, with what it holds reserved in the
/// executor's pool while it is held (released when the last task using it
/// and the cache have let go).
pub struct Held {
    loaded: Loaded,
    bytes: usize,
    /// The reservation, and the pool it is in.
    reservation: Option<(MemoryReservation, Arc<dyn MemoryPool>)>,
}

impl std::ops::Deref for Held {
    type Target = Loaded;
    fn deref(&self) -> &Loaded {
        &self.loaded
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        if let Some((_, pool)) = &self.reservation {
            tracing::info!(
                package_mib = mib(self.bytes),
                pool_held_mib = mib(pool.reserved().saturating_sub(self.bytes)),
                pool_peak_mib = pool_peak(pool.as_ref()).map(mib),
                "let go of a scoring package"
            );
        }
    }
}

fn mib(bytes: usize) -> usize {
    bytes.div_ceil(1 << 20)
}

/// The pool's highest reservation so far, where it records one.
fn pool_peak(pool: &dyn MemoryPool) -> Option<usize> {
    PeakRecordingPool::from_pool(pool).map(|p| p.max_reserved())
}

impl Held {
    /// `loaded`, with its bytes reserved (`reserve`) where there is a pool.
    fn new(
        loaded: Loaded,
        bytes: usize,
        reservation: Option<(MemoryReservation, Arc<dyn MemoryPool>)>,
    ) -> Held {
        if let Some((_, pool)) = &reservation {
            tracing::info!(
                package_mib = mib(bytes),
                pool_held_mib = mib(pool.reserved()),
                pool_peak_mib = pool_peak(pool.as_ref()).map(mib),
                "holding a scoring package in the memory pool"
            );
        }
        Held {
            loaded,
            bytes,
            reservation,
        }
    }
}

/// A package's `bytes` reserved in `pool`, or an error that says what to
/// change where the pool cannot hold them beside what its jobs hold (a
/// package cannot spill: a task reads any of its records at any time).
fn reserve(pool: &Arc<dyn MemoryPool>, bytes: usize) -> Result<MemoryReservation> {
    let reservation = MemoryConsumer::new("onefamily scoring package").register(pool);
    if reservation.try_grow(bytes).is_err() {
        let limit = match pool.memory_limit() {
            MemoryLimit::Finite(n) => format!("{} MiB", mib(n)),
            _ => "no limit".into(),
        };
        return Err(Error::Other(format!(
            "a scoring package of {} MiB does not fit in this executor's memory pool \
             ({limit}, of which its jobs hold {} MiB): give the executors a larger \
             --memory-pool-mib, or the link smaller shards (--engine-shard-records)",
            mib(bytes),
            mib(pool.reserved()),
        )));
    }
    Ok(reservation)
}

/// The packages an executor holds: the last two read (two nodes' jobs at
/// once), each by path, size and modification time, and none whose file
/// its node has removed (a finished run's, training's once scoring starts).
/// A package is found again only with its key.
type CacheKey = (PathBuf, u64, Option<std::time::SystemTime>, String);
static CACHE: Mutex<Vec<(CacheKey, Arc<Held>)>> = Mutex::new(Vec::new());
const CACHED: usize = 2;

fn loaded(path: &Path, secret: &str) -> Result<Arc<Held>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    let key: CacheKey = (
        path.to_path_buf(),
        meta.len(),
        meta.modified().ok(),
        secret.to_string(),
    );
    // Held while a package is read: the executor's other tasks of the same
    // job need it too, and wait for it rather than read it again.
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(pos) = cache.iter().position(|(k, _)| *k == key) {
        let entry = cache.remove(pos);
        let found = entry.1.clone();
        cache.push(entry);
        return Ok(found);
    }
    // Packages of runs that have ended (their node removed the file) let
    // go before another is read, so that the two are not held at once.
    cache.retain(|(k, _)| k.0.exists());
    let built = Loaded::new_from(read(path, secret)?);
    let bytes = built.heap_bytes();
    let reservation = match POOL.get() {
        None => None,
        Some(pool) => Some(match reserve(pool, bytes) {
            Ok(r) => (r, pool.clone()),
            // The packages no task is reading (an earlier job's, whose
            // file is still there) go first where the pool cannot hold it.
            Err(_) if cache.iter().any(|(_, p)| Arc::strong_count(p) == 1) => {
                cache.retain(|(_, p)| Arc::strong_count(p) > 1);
                (reserve(pool, bytes)?, pool.clone())
            }
            Err(e) => return Err(e),
        }),
    };
    let package = Arc::new(Held::new(built, bytes, reservation));
    if cache.len() >= CACHED {
        cache.remove(0);
    }
    cache.push((key, package.clone()));
    Ok(package)
}

/// Which of the two functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Kind {
    /// `onefamily_weight(package Utf8, key Utf8, a UInt32, b UInt32,
    /// min_weight Float32) -> Float32`: the pair's weight, NULL below the
    /// bound.
    Weight,
    /// `onefamily_pattern(package Utf8, key Utf8, a UInt32, b UInt32) ->
    /// Int64`: the pair's comparison pattern (`train::pattern_of`'s bits).
    Pattern,
}

/// A function of a pair of records over a package.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct PairFunction {
    kind: Kind,
    signature: Signature,
}

impl PairFunction {
    fn new(kind: Kind) -> PairFunction {
        let mut args = vec![
            DataType::Utf8,
            DataType::Utf8,
            DataType::UInt32,
            DataType::UInt32,
        ];
        if kind == Kind::Weight {
            args.push(DataType::Float32);
        }
        PairFunction {
            kind,
            signature: Signature::exact(args, Volatility::Immutable),
        }
    }
}

/// The scoring function, to register where plans are made or run.
pub fn function() -> ScalarUDF {
    ScalarUDF::from(PairFunction::new(Kind::Weight))
}

/// The training function, to register where plans are made or run.
pub fn pattern_function() -> ScalarUDF {
    ScalarUDF::from(PairFunction::new(Kind::Pattern))
}

impl ScalarUDFImpl for PairFunction {
    fn name(&self) -> &str {
        match self.kind {
            Kind::Weight => FUNCTION,
            Kind::Pattern => PATTERN,
        }
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _args: &[DataType]) -> datafusion::common::Result<DataType> {
        Ok(match self.kind {
            Kind::Weight => DataType::Float32,
            Kind::Pattern => DataType::Int64,
        })
    }

    fn invoke_with_args(
        &self,
        args: ScalarFunctionArgs,
    ) -> datafusion::common::Result<ColumnarValue> {
        let name = self.name();
        let (path, secret, a, b, min) = match (self.kind, args.args.as_slice()) {
            (Kind::Weight, [path, secret, a, b, min]) => (path, secret, a, b, Some(min)),
            (Kind::Pattern, [path, secret, a, b]) => (path, secret, a, b, None),
            _ => return exec_err!("{name}: not the arguments it takes"),
        };
        let (
            ColumnarValue::Scalar(ScalarValue::Utf8(Some(path))),
            ColumnarValue::Scalar(ScalarValue::Utf8(Some(secret))),
        ) = (path, secret)
        else {
            return exec_err!("{name}: the package and its key must be text literals");
        };
        let loaded = loaded(Path::new(path), secret).map_err(|e| exec_datafusion_err!("{e}"))?;
        let arrays = ColumnarValue::values_to_arrays(&[a.clone(), b.clone()])?;
        let records = |i: usize| {
            arrays[i]
                .as_any()
                .downcast_ref::<UInt32Array>()
                .ok_or_else(|| exec_datafusion_err!("{name}: records must be UInt32"))
        };
        let (a, b) = (records(0)?, records(1)?);
        let out: ArrayRef = match min {
            None => Arc::new(patterns(&loaded, a, b).map_err(|e| exec_datafusion_err!("{e}"))?),
            Some(ColumnarValue::Scalar(ScalarValue::Float32(Some(min)))) => {
                Arc::new(weigh(&loaded, a, b, *min).map_err(|e| exec_datafusion_err!("{e}"))?)
            }
            Some(_) => return exec_err!("{name}: the least weight must be a literal"),
        };
        Ok(ColumnarValue::Array(out))
    }
}

/// `value(x, y)` of each pair, NULL where a record is missing; a record
/// outside the package is an error, not a panic. Each next pair's records
/// are asked for from memory one pair ahead.
fn each_pair<T>(
    loaded: &Loaded,
    name: &str,
    a: &UInt32Array,
    b: &UInt32Array,
    mut value: impl FnMut(usize, usize) -> Option<T>,
) -> Result<Vec<Option<T>>> {
    let n = loaded.records();
    let compiled = loaded.comparisons();
    let mut out = Vec::with_capacity(a.len());
    let local = |i: usize| Some((loaded.local(a.value(i))?, loaded.local(b.value(i))?));
    for i in 0..a.len() {
        if a.is_null(i) || b.is_null(i) {
            out.push(None);
            continue;
        }
        let Some((x, y)) = local(i) else {
            return Err(Error::Other(format!(
                "{name}: a pair outside the package's {n} records"
            )));
        };
        if i + 1 < a.len() && !a.is_null(i + 1) && !b.is_null(i + 1) {
            if let Some((p, q)) = local(i + 1) {
                compiled.prefetch(p);
                compiled.prefetch(q);
            }
        }
        out.push(value(x, y));
    }
    Ok(out)
}

/// Each pair's weight, or NULL below the bound (or where a record is
/// missing).
pub fn weigh(loaded: &Loaded, a: &UInt32Array, b: &UInt32Array, min: f32) -> Result<Float32Array> {
    let scorer = loaded.scorer()?;
    each_pair(loaded, FUNCTION, a, b, |x, y| {
        scorer.weight_at_least(x, y, min)
    })
    .map(Float32Array::from)
}

/// Each pair's comparison pattern (its bits as a signed integer), NULL
/// where a record is missing.
pub fn patterns(loaded: &Loaded, a: &UInt32Array, b: &UInt32Array) -> Result<Int64Array> {
    let compiled = loaded.comparisons();
    each_pair(loaded, PATTERN, a, b, |x, y| {
        Some(super::train::pattern_of(compiled, x, y) as i64)
    })
    .map(Int64Array::from)
}

/// The scheduler's sessions: Ballista's own, with the functions (the
/// scheduler plans what the node sends, and must know its functions).
pub fn scheduler_session(
    config: datafusion::prelude::SessionConfig,
) -> datafusion::common::Result<datafusion::execution::SessionState> {
    use datafusion::execution::FunctionRegistry;
    let mut state = ballista_core::utils::default_session_builder(config)?;
    state.register_udf(Arc::new(function()))?;
    state.register_udf(Arc::new(pattern_function()))?;
    Ok(state)
}

/// The executor's functions: Ballista's own, with the functions.
pub fn executor_functions() -> ballista_core::registry::BallistaFunctionRegistry {
    let mut registry = ballista_core::registry::BallistaFunctionRegistry::default();
    registry
        .scalar_functions
        .insert(FUNCTION.to_string(), Arc::new(function()));
    registry
        .scalar_functions
        .insert(PATTERN.to_string(), Arc::new(pattern_function()));
    registry
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::link::block::Blocking;
    use crate::model::{PartialDate, StagedPerson};
    use datafusion::arrow::array::RecordBatch;
    use datafusion::arrow::datatypes::{Field, Schema};
    use datafusion::prelude::SessionContext;

    /// A small estate's people: names that agree, differ by a letter or
    /// two, are swapped or are other people's; dates of birth that agree,
    /// transpose or are missing; postcodes that share a sector or not.
    pub(crate) fn records() -> Vec<crate::model::Person> {
        let names = [
            ("ann", "smith"),
            ("anne", "smith"),
            ("annie", "smyth"),
            ("smith", "ann"),
            ("bob", "smith"),
            ("robert", "smith"),
            ("ann", "jones"),
        ];
        (0..84)
            .map(|i| {
                let (g, s) = names[i % names.len()];
                let staged = StagedPerson {
                    key: i.to_string(),
                    given_names: Some(g.into()),
                    family_name: Some(s.into()),
                    postcode: Some(["LN1 1AA", "LN1 1AB", "LN2 4ZZ", ""][i % 4].into()),
                    ..Default::default()
                };
                let mut p = crate::standardise::person(
                    staged,
                    chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                );
                p.dob = [
                    None,
                    Some(PartialDate::full(2015, 4, 3)),
                    Some(PartialDate::full(2015, 3, 4)),
                ][i % 3];
                p
            })
            .collect()
    }

    /// Held by every test that reads packages through the executor's
    /// cache, so that one test's packages do not push another's out.
    static CACHE_USERS: Mutex<()> = Mutex::new(());

    pub(crate) fn cache_users() -> std::sync::MutexGuard<'static, ()> {
        CACHE_USERS.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Those people's features, blocking and model, and their scoring
    /// package, written to a temporary folder (removed after the package).
    pub(crate) struct Fixture {
        pub settings: Settings,
        pub f: Features,
        pub blocking: Blocking,
        pub model: Model,
        pub file: PackageFile,
        pub dir: tempfile::TempDir,
    }

    pub(crate) fn fixture() -> Fixture {
        let settings = Settings::default_settings();
        let f = Features::build(&records(), &settings);
        let blocking = Blocking::build(&f, &settings);
        let model = crate::link::train::train(&f, &blocking, &settings);
        let dir = tempfile::tempdir().unwrap();
        let file = PackageFile::write(
            dir.path(),
            &PackageRef {
                features: &f,
                settings: &settings,
                model: Some(&model),
                ranges: &[],
            },
        )
        .unwrap();
        Fixture {
            settings,
            f,
            blocking,
            model,
            file,
            dir,
        }
    }

    /// A shard pair's package (two ranges of the records, their features
    /// alone) weighs the pairs of its records, numbered as the keys number
    /// them, as scoring here weighs them, and refuses a pair with a record
    /// it does not hold.
    #[test]
    fn a_shard_pair_package_weighs_as_the_node_does() {
        let _cache = cache_users();
        let fx = fixture();
        let scorer = Scorer::new(&fx.f, &fx.settings, &fx.model);
        let ranges = [(10u32, 30u32), (50, 84)];
        let records: Vec<u32> = ranges.iter().flat_map(|&(s, e)| s..e).collect();
        let sub = fx.f.subset(&records);
        let file = PackageFile::write_keyed(
            fx.dir.path(),
            &PackageRef {
                features: &sub,
                settings: &fx.settings,
                model: Some(&fx.model),
                ranges: &ranges,
            },
            new_key(),
        )
        .unwrap();
        let package = loaded(&file.path, &file.key).unwrap();
        assert_eq!(package.records(), records.len());
        assert_eq!(package.local(10), Some(0));
        assert_eq!(package.local(50), Some(20));
        assert_eq!(package.local(83), Some(53));
        for outside in [0, 9, 30, 49, 84] {
            assert_eq!(package.local(outside), None, "{outside}");
        }
        let (a, b): (Vec<u32>, Vec<u32>) = records
            .iter()
            .flat_map(|&i| {
                records
                    .iter()
                    .filter(move |&&j| j > i)
                    .map(move |&j| (i, j))
            })
            .unzip();
        for min in [f32::MIN, 0.0, 4.0] {
            let got = weigh(
                &package,
                &UInt32Array::from(a.clone()),
                &UInt32Array::from(b.clone()),
                min,
            )
            .unwrap();
            for i in 0..a.len() {
                let want = scorer.weight_at_least(a[i] as usize, b[i] as usize, min);
                let got = (!got.is_null(i)).then(|| got.value(i));
                assert_eq!(got.map(f32::to_bits), want.map(f32::to_bits), "{i} {min}");
            }
        }
        let e = weigh(
            &package,
            &UInt32Array::from(vec![12, 40]),
            &UInt32Array::from(vec![60, 60]),
            0.0,
        )
        .err()
        .unwrap()
        .to_string();
        assert!(e.contains("outside the package"), "{e}");
    }

    /// The function, run by DataFusion over a package read back from its
    /// file, gives every pair the weight scoring here gives it, to the bit,
    /// and NULL exactly where scoring here stops early.
    #[test]
    fn the_function_scores_as_the_node_does() {
        let _cache = cache_users();
        let Fixture {
            settings,
            f,
            model,
            file,
            dir: _dir,
            ..
        } = fixture();
        let scorer = Scorer::new(&f, &settings, &model);
        let n = f.n as u32;
        let (a, b): (Vec<u32>, Vec<u32>) =
            (0..n).flat_map(|i| (i + 1..n).map(move |j| (i, j))).unzip();
        let schema = Arc::new(Schema::new(vec![
            Field::new("a", DataType::UInt32, false),
            Field::new("b", DataType::UInt32, false),
        ]));
        let batch = RecordBatch::try_new(
            schema,
            vec![
                Arc::new(UInt32Array::from(a.clone())),
                Arc::new(UInt32Array::from(b.clone())),
            ],
        )
        .unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let all: Vec<f32> = (0..a.len())
            .map(|i| scorer.weight(a[i] as usize, b[i] as usize, None))
            .collect();
        let mid = (all.iter().copied().fold(f32::MIN, f32::max)
            + all.iter().copied().fold(f32::MAX, f32::min))
            / 2.0;
        let mut stopped = 0;
        for min in [f32::MIN, mid] {
            let got: Vec<Option<f32>> = runtime.block_on(async {
                let ctx = SessionContext::new();
                ctx.register_udf(function());
                ctx.register_batch("pairs", batch.clone()).unwrap();
                let sql = format!(
                    "SELECT {FUNCTION}('{}', '{}', a, b, CAST({:?} AS FLOAT)) AS w FROM pairs ORDER BY a, b",
                    file.path.display(),
                    file.key,
                    min as f64
                );
                let batches = ctx.sql(&sql).await.unwrap().collect().await.unwrap();
                batches
                    .iter()
                    .flat_map(|batch| {
                        let w = batch
                            .column(0)
                            .as_any()
                            .downcast_ref::<Float32Array>()
                            .unwrap();
                        (0..w.len())
                            .map(|i| (!w.is_null(i)).then(|| w.value(i)))
                            .collect::<Vec<_>>()
                    })
                    .collect()
            });
            assert_eq!(got.len(), a.len());
            for (i, w) in got.iter().enumerate() {
                let want = scorer.weight_at_least(a[i] as usize, b[i] as usize, min);
                assert_eq!(w.map(f32::to_bits), want.map(f32::to_bits), "pair {i}");
                if let Some(w) = w {
                    assert_eq!(w.to_bits(), all[i].to_bits());
                } else {
                    stopped += 1;
                }
            }
        }
        assert!(stopped > 0, "the bound stops some pairs early at {mid}");
    }

    /// An executor lets go of a package whose file its node has removed
    /// when it reads the next one (training's package once scoring's is
    /// read), and keeps one whose file is still there.
    #[test]
    fn a_removed_package_is_let_go() {
        let _cache = cache_users();
        let fx = fixture();
        let held = |path: &Path| {
            CACHE
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .iter()
                .any(|(k, _)| k.0 == path)
        };
        let training = PackageFile::write(
            fx.dir.path(),
            &PackageRef {
                features: &fx.f,
                settings: &fx.settings,
                model: None,
                ranges: &[],
            },
        )
        .unwrap();
        let first = loaded(&training.path, &training.key).unwrap();
        assert!(first.scorer().is_err(), "no model, no scorer");
        assert!(held(&training.path));
        let gone = training.path.clone();
        drop(training);
        loaded(&fx.file.path, &fx.file.key).unwrap();
        assert!(!held(&gone), "the removed package is let go");
        assert!(held(&fx.file.path), "the one read is kept");
    }

    /// What this test binary's threads have allocated, less what they
    /// freed, each its own count: `heap_bytes` is checked against it.
    mod counted {
        use std::alloc::{GlobalAlloc, Layout, System};
        use std::cell::Cell;

        thread_local! {
            static NET: Cell<isize> = const { Cell::new(0) };
        }

        fn add(n: isize) {
            let _ = NET.try_with(|c| c.set(c.get() + n));
        }

        pub struct Counting;

        unsafe impl GlobalAlloc for Counting {
            unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
                add(layout.size() as isize);
                unsafe { System.alloc(layout) }
            }
            unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
                add(-(layout.size() as isize));
                unsafe { System.dealloc(ptr, layout) }
            }
            unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new: usize) -> *mut u8 {
                add(new as isize - layout.size() as isize);
                unsafe { System.realloc(ptr, layout, new) }
            }
        }

        #[global_allocator]
        static COUNTING: Counting = Counting;

        /// Net bytes this thread has allocated so far.
        pub fn net() -> isize {
            NET.with(|c| c.get())
        }
    }

    /// A package read on an executor is reserved in its pool for as long
    /// as it is held, by what it holds on the heap as its allocations
    /// count it (to within an eighth: the settings and the model, a
    /// table's spare room, the allocator's rounding); one the pool cannot
    /// hold beside what is reserved is refused, saying what to change.
    #[test]
    fn a_package_is_held_in_the_executors_pool() {
        let fx = fixture();
        // Larger than the fixture's: 3,000 people of 600 names.
        let people: Vec<_> = (0..3000)
            .map(|i| {
                let mut p = records()[i % 84].clone();
                p.name.given = p.name.given.map(|g| format!("{g}{}", i % 600).into());
                p.staged.key = i.to_string();
                p
            })
            .collect();
        let f = Features::build(&people, &fx.settings);
        let file = PackageFile::write(
            fx.dir.path(),
            &PackageRef {
                features: &f,
                settings: &fx.settings,
                model: Some(&fx.model),
                ranges: &[],
            },
        )
        .unwrap();
        // Read and built on one thread of its own, where nothing else
        // allocates, and counted there.
        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let (loaded, counted) = one.install(|| {
            let before = counted::net();
            let loaded = Loaded::new_from(read(&file.path, &file.key).unwrap());
            (loaded, (counted::net() - before) as usize)
        });
        let bytes = loaded.heap_bytes();
        assert!(
            bytes <= counted && counted - bytes <= counted / 8,
            "heap_bytes {bytes}, allocations {counted}"
        );
        let pool: Arc<dyn MemoryPool> = Arc::new(
            datafusion::execution::memory_pool::FairSpillPool::new(bytes * 2),
        );
        let held = Held::new(
            loaded,
            bytes,
            Some((reserve(&pool, bytes).unwrap(), pool.clone())),
        );
        assert_eq!(pool.reserved(), bytes);
        let e = reserve(&pool, bytes + 1).err().unwrap().to_string();
        for what in [
            "does not fit",
            "--memory-pool-mib",
            "--engine-shard-records",
        ] {
            assert!(e.contains(what), "{e}");
        }
        assert_eq!(pool.reserved(), bytes, "a refused package reserves nothing");
        drop(held);
        assert_eq!(pool.reserved(), 0, "let go with the package");
        reserve(&pool, bytes + 1).unwrap();
    }

    /// A package under another name, from another version, opened with
    /// another key or damaged is refused with the reason; nothing of its
    /// content is in the message, and nothing of it is readable in the file.
    #[test]
    fn foreign_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let key = hex::encode([7u8; 32]);
        let other = dir.path().join("passwords.txt");
        std::fs::write(&other, "secret").unwrap();
        let e = read(&other, &key).err().unwrap().to_string();
        assert!(e.contains("not a scoring package's name"), "{e}");
        let old = dir.path().join("onefamily-score-1-2.bin");
        std::fs::write(&old, "onefamily score package 1 0.0.1\nsecret").unwrap();
        let e = read(&old, &key).err().unwrap().to_string();
        assert!(
            e.contains("0.0.1") && e.contains("same onefamily version"),
            "{e}"
        );
        assert!(!e.contains("secret"), "{e}");

        let fx = fixture();
        let (f, model, file) = (&fx.f, &fx.model, &fx.file);
        let package = PackageRef {
            features: f,
            settings: &fx.settings,
            model: Some(model),
            ranges: &[],
        };
        let bytes = std::fs::read(&file.path).unwrap();
        let plain = postcard::to_stdvec(&package).unwrap();
        assert!(plain.windows(5).any(|w| w == b"smyth"));
        assert!(!bytes.windows(5).any(|w| w == b"smyth"), "encrypted");
        let read_back = read(&file.path, &file.key).unwrap();
        assert_eq!(read_back.features.n, f.n);
        assert_eq!(read_back.model.as_ref(), Some(model));
        for wrong in [key.as_str(), "short", ""] {
            let e = read(&file.path, wrong).err().unwrap().to_string();
            assert!(e.contains("wrong key"), "{e}");
        }
        let mut damaged = bytes.clone();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        std::fs::write(&file.path, &damaged).unwrap();
        let e = read(&file.path, &file.key).err().unwrap().to_string();
        assert!(e.contains("damaged"), "{e}");
        let path = file.path.clone();
        drop(fx.file);
        assert!(!path.exists(), "removed when dropped");
        assert!(fx.dir.path().exists());
    }
}
