//! Two build-time facts: a hash of the code that decides what a source
//! stages (`src/extract`, `src/mapping`, `src/model`), which the staging
//! store's mapping hash includes (`store::mapping_hash`), so that a build
//! whose extraction may differ re-reads every source instead of reusing
//! extracts staged by another build; and a hash of the whole crate's code
//! (`src/` and `Cargo.lock`), which stamps what a link stores
//! (`store::linked`): a build whose linking, families or review sheet may
//! differ links again instead of answering from another build's link. Any
//! edit counts (a comment too): re-reading and relinking are the safe side.
//! FNV-1a over each file's path and bytes in path order: no dependency,
//! stable for the same tree.

use std::path::{Path, PathBuf};

/// The `.rs` and `.toml` files under `dir`, or with `every` all its files
/// (the crate's code includes templates and code lists by `include_str!`).
fn files(dir: &Path, every: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, every, out);
        } else if every || p.extension().is_some_and(|x| x == "rs" || x == "toml") {
            out.push(p);
        }
    }
}

/// FNV-1a over each file's path and bytes, in path order.
fn hash(mut all: Vec<PathBuf>) -> u64 {
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
    h
}

fn main() {
    let mut extract = Vec::new();
    for dir in ["src/extract", "src/mapping", "src/model"] {
        files(Path::new(dir), false, &mut extract);
    }
    let h = hash(extract);
    println!("cargo:rustc-env=ONEFAMILY_EXTRACT_CODE={h:016x}");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.lock");
    let mut all = vec![PathBuf::from("Cargo.lock")];
    files(Path::new("src"), true, &mut all);
    let h = hash(all);
    println!("cargo:rustc-env=ONEFAMILY_CODE={h:016x}");
}
