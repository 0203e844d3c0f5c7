//! The bundled legacy estate generator (`onefamily sample`): a synthetic but
//! realistic Early Help estate of eight legacy systems, each in its native
//! format and with its own conventions, generated from one seed. `population`
//! decides who exists and which systems hold them; `mess` spoils each record
//! the way real data entry does; the writers (`dbs`, `sheets`, `csvs`) render
//! each system; `truth.csv` records the true person and family of every
//! person record so linkage can be scored; `mapping_files` gives the mapping
//! files that read the estate. Same seed and size, same bytes: every random
//! choice comes from ChaCha8 streams seeded from the seed, ages are measured
//! from a fixed reference date, and nothing iterates a hash map.

mod casework;
mod csvs;
mod dbs;
mod episode;
mod mess;
#[cfg(test)]
mod metaphone_check;
mod names;
mod pgdump;
mod population;
mod readme;
mod sheets;
mod sql;

use crate::{Error, Result};
use episode::Written;
use population::Sys;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use std::io::Write;
use std::path::Path;

/// The mapping templates; `{DATA}` is the path from the mappings folder to
/// the estate.
const TEMPLATES: &[(&str, &str)] = &[
    ("project.toml", include_str!("mappings/project.toml")),
    (
        "childrens_centres.toml",
        include_str!("mappings/childrens_centres.toml"),
    ),
    (
        "youth_offending.toml",
        include_str!("mappings/youth_offending.toml"),
    ),
    (
        "family_support.toml",
        include_str!("mappings/family_support.toml"),
    ),
    (
        "supporting_families.toml",
        include_str!("mappings/supporting_families.toml"),
    ),
    ("parenting.toml", include_str!("mappings/parenting.toml")),
    ("front_door.toml", include_str!("mappings/front_door.toml")),
    (
        "targeted_youth.toml",
        include_str!("mappings/targeted_youth.toml"),
    ),
    (
        "education_welfare.toml",
        include_str!("mappings/education_welfare.toml"),
    ),
];

/// The project file and one mapping file per source, as (file name, text).
/// `data_dir` is the estate's path relative to the mappings folder: ".."
/// when the mappings sit inside the estate, "../sample-data" for the
/// repository's committed `mappings/`.
pub fn mapping_files(data_dir: &str) -> Vec<(String, String)> {
    TEMPLATES
        .iter()
        .map(|(name, text)| (name.to_string(), text.replace("{DATA}", data_dir)))
        // The built-in link settings, so a council can start from them.
        .chain(std::iter::once((
            "link.toml".to_string(),
            crate::link::settings::DEFAULT.to_string(),
        )))
        // No decisions yet: the header, for `review import` to add to.
        .chain(std::iter::once((
            "decisions.csv".to_string(),
            crate::review::HEADER.join(",") + "\n",
        )))
        .collect()
}

/// Write a synthetic estate of eight legacy Early Help systems into `out`:
/// the source files, `truth.csv`, `README.md` and `mappings/`.
///
/// Synchronous, and safe to call from inside a tokio runtime: the SQLite
/// writers (sqlx is async) run on a thread of their own with a private
/// runtime, while the spreadsheet and CSV writers run on the caller's thread.
pub fn write_estate(out: &Path, families: usize, seed: u64) -> Result<()> {
    std::fs::create_dir_all(out.join("mappings")).map_err(|e| Error::io(out, e))?;
    let estate = population::build(families, ChaCha8Rng::seed_from_u64(seed));
    let estate = &estate;
    let (dbs, files) = std::thread::scope(|s| {
        let dbs = s.spawn(move || -> Result<Vec<Written>> {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| Error::Other(format!("sample: cannot start a runtime: {e}")))?;
            rt.block_on(async {
                let (cc, yot, fs, ew) = tokio::join!(
                    dbs::childrens_centres(out, estate, seed),
                    dbs::youth_offending(out, estate, seed),
                    dbs::family_support(out, estate, seed),
                    dbs::education_welfare(out, estate, seed),
                );
                Ok(vec![cc?, yot?, fs?, ew?])
            })
        });
        let files = (|| -> Result<Vec<Written>> {
            Ok(vec![
                sheets::supporting_families(out, estate, seed)?,
                sheets::parenting(out, estate, seed)?,
                csvs::front_door(out, estate, seed)?,
                csvs::targeted_youth(out, estate, seed)?,
            ])
        })();
        let dbs = dbs
            .join()
            .unwrap_or_else(|_| Err(Error::Other("sample: a database writer panicked".into())));
        (dbs, files)
    });
    let mut dbs = dbs?.into_iter();
    let mut files = files?.into_iter();
    // Back into Sys order: the four databases and the four files interleave.
    let mut written: Vec<(Sys, Written)> = Vec::with_capacity(8);
    for sys in Sys::ALL {
        let w = match sys {
            Sys::ChildrensCentres
            | Sys::YouthOffending
            | Sys::FamilySupport
            | Sys::EducationWelfare => dbs.next(),
            _ => files.next(),
        };
        written.push((
            sys,
            w.ok_or_else(|| Error::Other("sample: a writer is missing".into()))?,
        ));
    }
    write_truth(out, &written)?;
    readme::write(out, families, seed, estate, &written)?;
    for (name, text) in mapping_files("..") {
        let path = out.join("mappings").join(name);
        std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
    }
    Ok(())
}

/// `truth.csv`: one row per source person record, sorted by source and key.
fn write_truth(out: &Path, written: &[(Sys, Written)]) -> Result<()> {
    let mut rows: Vec<(&str, &str, u32, u32)> = written
        .iter()
        .flat_map(|(sys, w)| {
            w.truth
                .iter()
                .map(move |t| (sys.source_name(), t.key.as_str(), t.person, t.family))
        })
        .collect();
    rows.sort_unstable();
    let path = out.join("truth.csv");
    let f = std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
    let mut f = std::io::BufWriter::with_capacity(1 << 20, f);
    let io = |e| Error::io(&path, e);
    f.write_all(b"source,source_key,person_id,family_id\n")
        .map_err(io)?;
    for (source, key, person, family) in rows {
        // Keys never hold commas or quotes, so no CSV quoting is needed.
        writeln!(f, "{source},{key},P{:07},F{:07}", person + 1, family + 1).map_err(io)?;
    }
    f.flush().map_err(io)
}

#[cfg(test)]
mod tests;
