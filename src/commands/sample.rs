//! `onefamily sample`: write a synthetic legacy estate, byte-identical for a seed.

use super::Outcome;
use crate::cli::SampleArgs;
use crate::error::Result;

pub fn sample(args: &SampleArgs) -> Result<Outcome> {
    crate::sample::write_estate(&args.out, args.families, args.seed)?;
    tracing::info!(
        families = args.families,
        seed = args.seed,
        "Sample estate written."
    );
    Ok(Outcome::Clean)
}
