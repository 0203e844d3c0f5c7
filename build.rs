//! One build-time fact: a hash of the code that decides what a source
//! stages (`src/extract`, `src/mapping`, `src/model`), which the staging
//! store's mapping hash includes (`store::mapping_hash`), so that a build
//! whose extraction may differ re-reads every source instead of reusing
//! extracts staged by another build. Any edit there counts (a comment
//! too): re-reading is the safe side. FNV-1a over each file's path and
//! bytes in path order: no dependency, stable for the same tree.

use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs" || x == "toml") {
            out.push(p);
        }
    }
}

fn main() {
    let mut all = Vec::new();
    for dir in ["src/extract", "src/mapping", "src/model"] {
        println!("cargo:rerun-if-changed={dir}");
        files(Path::new(dir), &mut all);
    }
    all.sort();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for f in &all {
        feed(f.to_string_lossy().as_bytes());
        feed(&std::fs::read(f).unwrap_or_default());
    }
    println!("cargo:rustc-env=ONEFAMILY_EXTRACT_CODE={h:016x}");
}
