//! The scoring package and functions against scoring here (`super`).

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
    // What the comparisons read of each record is in their rows, and the
    // frequencies in the scorer's adjustments: the features' own per-record
    // columns and frequencies are let go, and it weighs as the node does
    // (below).
    let held = &package.borrow_owner().features;
    assert!(!sub.dob.is_empty() && !sub.tf.is_empty() && !sub.text.is_empty());
    assert!(held.dob.is_empty() && held.sex.is_empty() && held.postcode_sector.is_empty());
    assert!(held.tf.is_empty() && held.text.values().all(Vec::is_empty));
    assert!(!sub.rank.is_empty() && held.rank.is_empty() && held.order.is_empty());
    assert_eq!(held.strings.len(), sub.strings.len());
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
    let (a, b): (Vec<u32>, Vec<u32>) = (0..n).flat_map(|i| (i + 1..n).map(move |j| (i, j))).unzip();
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
    let base = records();
    let people: Vec<_> = (0..3000)
        .map(|i| {
            let mut p = base[i % base.len()].clone();
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
