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

use super::compare::{Compiled, Rows};
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
    /// The package's comparisons, and its scorer where it holds a model,
    /// built, and then the features' per-record columns and frequencies let
    /// go (`Features::keep_per_string_only`): what the comparisons read of
    /// each record is in their rows by then, and the frequencies in the
    /// scorer's adjustments.
    pub fn new_from(mut package: Package) -> Loaded {
        let rows = Rows::new(&package.features, &package.settings);
        let tf_adjust = package
            .model
            .as_ref()
            .map(|model| Scorer::tf_adjustments(&package.features, &package.settings, model));
        package.features.keep_per_string_only();
        Loaded::new(package, |p| {
            let compiled = Compiled::with_rows(&p.features, &p.settings, rows);
            match (&p.model, tf_adjust) {
                (Some(model), Some(tf_adjust)) => Built::Scorer(Scorer::with_compiled(
                    compiled,
                    &p.settings,
                    model,
                    tf_adjust,
                )),
                _ => Built::Comparisons(compiled),
            }
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
            let process = crate::memory::held();
            tracing::info!(
                package_mib = mib(self.bytes),
                pool_held_mib = mib(pool.reserved().saturating_sub(self.bytes)),
                pool_peak_mib = pool_peak(pool.as_ref()).map(mib),
                resident_mib = mib(process.resident),
                threads = process.threads,
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
            let process = crate::memory::held();
            tracing::info!(
                package_mib = mib(bytes),
                pool_held_mib = mib(pool.reserved()),
                pool_peak_mib = pool_peak(pool.as_ref()).map(mib),
                resident_mib = mib(process.resident),
                threads = process.threads,
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
pub(crate) mod tests;
