//! What every system records about its work: episodes (start, end or open,
//! worker, team), workers drawn from a per-service pool, and the district a
//! town belongs to (teams are organised by district). Shared by the writers so
//! each only decides how its own system spells these things.

use super::names;
use super::population::{reference, Sys};
use chrono::{Duration, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// An RNG for one system, independent of the others so that changing one
/// writer does not reshuffle every other file.
pub fn rng_for(seed: u64, sys: Sys) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(
        seed ^ (0x9E37_79B9_7F4A_7C15u64.wrapping_mul(sys.index() as u64 + 1)),
    )
}

/// A service's practitioners: a pool that grows with the caseload.
pub fn workers(seed: u64, sys: Sys, families: usize) -> Vec<String> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed.wrapping_add(1000 + sys.index() as u64));
    pool(&mut rng, (8 + families / 400).min(400))
}

/// `n` practitioners' names drawn from `rng`.
pub fn pool(rng: &mut ChaCha8Rng, n: usize) -> Vec<String> {
    (0..n)
        .map(|_| {
            let female = rng.gen_bool(0.75);
            let h = names::pick_heritage(rng);
            let given = names::pick(rng, h.forenames(female, false));
            let surname = names::pick_zipf(rng, h.surnames());
            format!("{given} {surname}")
        })
        .collect()
}

/// The council district a town is in.
pub fn district(town: &str) -> &'static str {
    match town {
        "Lincoln" => "Lincoln",
        "North Hykeham" | "Sleaford" => "North Kesteven",
        "Grantham" | "Stamford" => "South Kesteven",
        "Boston" => "Boston",
        "Skegness" | "Louth" | "Mablethorpe" => "East Lindsey",
        "Gainsborough" | "Market Rasen" => "West Lindsey",
        _ => "South Holland",
    }
}

pub struct Episode {
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub worker: usize,
}

/// An episode that started within `max_years` before the reference date;
/// `closed` is the share already closed.
pub fn episode(rng: &mut ChaCha8Rng, workers: usize, max_years: i64, closed: f64) -> Episode {
    let r = reference();
    let start = r - Duration::days(rng.gen_range(14..max_years * 365));
    let end = if rng.gen_bool(closed) {
        let e = start + Duration::days(rng.gen_range(21..540));
        Some(e.min(r - Duration::days(1)))
    } else {
        None
    };
    Episode {
        start,
        end,
        worker: rng.gen_range(0..workers),
    }
}

pub fn uk(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

pub fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Excel's serial day number (1900 system): days since 1899-12-30 for any
/// date after February 1900.
pub fn excel_serial(d: NaiveDate) -> f64 {
    let base = NaiveDate::from_ymd_opt(1899, 12, 30).expect("valid date");
    (d - base).num_days() as f64
}

/// One person record's line in truth.csv: the key the mapping renders, the
/// true person and the true family of the record's grouping.
pub struct Truth {
    pub key: String,
    pub person: u32,
    pub family: u32,
}

/// What a writer reports back for the README.
#[derive(Default)]
pub struct Written {
    pub truth: Vec<Truth>,
    /// (table or file, rows) in the order written.
    pub counts: Vec<(String, usize)>,
    /// Planted bad rows, described for the README.
    pub planted: Vec<String>,
}

/// Whether system `sys` recorded grouping `group` without its family key
/// (a contact saved without a Family ID, a youth-work household never
/// set up): `share` of groupings, drawn from a stream of their own so the
/// rest of the file is what it would have been.
pub fn ungrouped(seed: u64, sys: Sys, group: u32, share: f64) -> bool {
    let mut rng = ChaCha8Rng::seed_from_u64(
        seed ^ 0x5EED_0F0F_A11E_0000u64
            ^ (u64::from(group) << 8)
            ^ (sys.index() as u64).wrapping_mul(0x1000_0000_01B3),
    );
    rng.gen_bool(share)
}

/// The share of each system's groupings recorded without a family key:
/// front-door contacts, targeted youth and education welfare records often
/// carry none.
pub fn ungrouped_share(sys: Sys) -> f64 {
    match sys {
        Sys::FrontDoor => 0.25,
        Sys::TargetedYouth | Sys::EducationWelfare => 0.15,
        _ => 0.0,
    }
}
