//! The casework the monthly performance measures count, on top of what each
//! system already records: why cases closed (outcomes met, disengagement,
//! step-up to social care, step-down to universal services, aged out …),
//! the referral that opened a Family Support case (with its route: step-downs
//! from children's social care among them), and the Early Help case a front
//! door contact opens with a locality team — allocated to a keyworker, or
//! never allocated and waiting. These are extra columns at the end of rows
//! the writers already produce, each system's drawn from a random stream of
//! its own (`stream`), so every value the other streams give — every
//! person, family and existing cell — stays as it was.

use super::episode::{self, uk};
use super::names::pick_weighted;
use super::population::{reference, Sys};
use chrono::{Duration, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The stream a system's casework columns are drawn from: independent of
/// `episode::rng_for`, the worker pools and the front door's assessments.
pub fn stream(seed: u64, sys: Sys) -> ChaCha8Rng {
    let id = 0x5EED_CA5E_0000_0000_u64.wrapping_add(0x1_0000_0001 * (sys.index() as u64 + 1));
    ChaCha8Rng::seed_from_u64(seed ^ id)
}

// ---- Children's Centres ------------------------------------------------------

/// Why a registration closed, in the centres' words.
const CC_END_REASONS: &[(&str, u32)] = &[
    ("Child started school", 40),
    ("No longer attending", 30),
    ("Moved away", 20),
    ("Family request", 10),
];

/// A closed registration's end reason (`None` while it is open).
pub fn cc_end_reason(rng: &mut ChaCha8Rng, closed: bool) -> Option<&'static str> {
    closed.then(|| pick_weighted(rng, CC_END_REASONS))
}

// ---- Family Support ------------------------------------------------------------

/// Who referred a family to Family Support. A fifth are step-downs: a
/// children's social care case closing to Early Help.
const FS_REFERRAL_ROUTES: &[(&str, u32)] = &[
    ("CSC Step Down", 20),
    ("School", 20),
    ("Early Help Hub", 18),
    ("Self Referral", 10),
    ("Police", 8),
    ("Health Visitor", 6),
    ("Housing Provider", 5),
    ("Voluntary Agency", 5),
    ("GP", 4),
    ("Family Member", 4),
];

/// The referral that opened a case on `opened`: its date (days to weeks
/// before) and route.
pub fn fs_referral(rng: &mut ChaCha8Rng, opened: NaiveDate) -> (NaiveDate, &'static str) {
    let date = opened - Duration::days(rng.gen_range(3..=42));
    (date, pick_weighted(rng, FS_REFERRAL_ROUTES))
}

// ---- Supporting Families -------------------------------------------------------

/// A claim is made for significant and sustained progress or for continuous
/// employment.
const SF_CLAIMS: &[(&str, u32)] = &[
    ("Significant and sustained progress", 85),
    ("Continuous employment", 15),
];

/// Families closed without a claim: some with their outcomes met but not
/// yet sustained, others for every other reason a family leaves.
const SF_CLOSURES: &[(&str, u32)] = &[
    ("Significant and sustained progress", 30),
    ("Stepped down to universal services", 22),
    ("Disengaged", 18),
    ("Stepped up to CSC", 10),
    ("Moved out of area", 10),
    ("Consent withdrawn", 6),
    ("Other", 4),
];

/// The tracker's closure reason for a family of status `status`.
pub fn sf_closure_reason(rng: &mut ChaCha8Rng, status: &str) -> Option<&'static str> {
    match status {
        "Claimed" => Some(pick_weighted(rng, SF_CLAIMS)),
        "Closed" => Some(pick_weighted(rng, SF_CLOSURES)),
        _ => None,
    }
}

// ---- Targeted Youth Support ----------------------------------------------------

const TYS_END_REASONS: &[(&str, u32)] = &[
    ("Goals achieved", 35),
    ("Disengaged", 20),
    ("Stepped down to universal youth offer", 15),
    ("Aged out", 8),
    ("Moved away", 8),
    ("Declined further support", 8),
    ("Referred to social care", 6),
];

/// A closed episode's end reason (`None` while it is open).
pub fn tys_end_reason(rng: &mut ChaCha8Rng, closed: bool) -> Option<&'static str> {
    closed.then(|| pick_weighted(rng, TYS_END_REASONS))
}

// ---- Early Help front door -----------------------------------------------------

/// The front door's casework columns, after its assessment and consent.
pub const FRONT_DOOR_COLUMNS: [&str; 7] = [
    "Contact Completed",
    "EHA Completed By",
    "EH Case Start",
    "EH Team",
    "EH Keyworker",
    "EH Case Closed",
    "EH Closure Reason",
];

/// Who leads an assessment besides the council's own locality team.
const EHA_PARTNERS: &[(&str, u32)] = &[
    ("School", 18),
    ("Health Visiting", 8),
    ("Children's Centre", 6),
    ("Voluntary Sector", 5),
    ("School Nursing", 3),
];

/// How an allocated Early Help case closes.
const EH_CLOSURES: &[(&str, u32)] = &[
    ("Outcomes met", 40),
    ("Stepped down to universal services", 18),
    ("Disengaged", 12),
    ("Stepped up to Children's Social Care", 8),
    ("Consent withdrawn", 7),
    ("Moved out of area", 5),
    ("Transferred to another service", 5),
    ("Other", 5),
];

/// How a case never allocated to a keyworker closes.
const UNALLOCATED_CLOSURES: &[(&str, u32)] = &[
    ("Disengaged", 35),
    ("Consent withdrawn", 25),
    ("Stepped down to universal services", 25),
    ("Stepped up to Children's Social Care", 10),
    ("Moved out of area", 5),
];

/// The share of contacts with an assessment that open an Early Help case,
/// and the share of those never allocated a keyworker.
const EH_CASE: f64 = 0.92;
const UNALLOCATED: f64 = 0.15;

/// One contact's casework columns (`FRONT_DOOR_COLUMNS`, dd/mm/yyyy dates):
/// every contact is completed a few days after it came in; one that led to
/// an assessment (`eha`) names who led it and usually opens an Early Help
/// case with the locality team of `district`.
pub fn front_door(
    rng: &mut ChaCha8Rng,
    contact: NaiveDate,
    eha: bool,
    district: &str,
    keyworkers: &[String],
) -> [String; 7] {
    let mut out: [String; 7] = Default::default();
    // Never the contact's own day: a closure that day would read as a
    // closure before a re-referral.
    let completed = contact + Duration::days(rng.gen_range(1..=4));
    out[0] = uk(completed);
    if !eha {
        return out;
    }
    let team = format!("Early Help Locality - {district}");
    out[1] = if rng.gen_bool(0.6) {
        team.clone()
    } else {
        pick_weighted(rng, EHA_PARTNERS).to_string()
    };
    if !rng.gen_bool(EH_CASE) {
        return out;
    }
    let last = reference() - Duration::days(1);
    let start = (completed + Duration::days(rng.gen_range(0..=7))).min(last);
    let allocated = !rng.gen_bool(UNALLOCATED) && !keyworkers.is_empty();
    let (end, reasons) = if allocated {
        let worker = &keyworkers[rng.gen_range(0..keyworkers.len())];
        out[4] = worker.clone();
        (start + Duration::days(rng.gen_range(45..=480)), EH_CLOSURES)
    } else {
        // Waiting for a keyworker until the family leaves, or still waiting.
        (
            start + Duration::days(rng.gen_range(14..=150)),
            UNALLOCATED_CLOSURES,
        )
    };
    out[2] = uk(start);
    out[3] = team;
    if end <= last {
        out[5] = uk(end);
        out[6] = pick_weighted(rng, reasons).to_string();
    }
    out
}

/// The locality teams' keyworkers, drawn from the front door's stream.
pub fn keyworkers(rng: &mut ChaCha8Rng, families: usize) -> Vec<String> {
    episode::pool(rng, (8 + families / 400).min(400))
}
