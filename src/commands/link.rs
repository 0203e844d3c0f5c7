//! `onefamily link`: extract, standardise and link only; the crosswalk, model,
//! stored link (for `load`) and timings, no target.

use super::Outcome;
use crate::cli::LinkArgs;
use crate::error::Result;
use crate::pipeline::{self, LinkOptions};

pub async fn link(args: &LinkArgs) -> Result<Outcome> {
    let opts = LinkOptions {
        model: args.model.clone(),
        ignore_decisions: args.ignore_decisions,
        out: args.out.clone(),
        refresh: args.refresh,
        snapshot: args.snapshot.clone(),
        engine: args.engine.engine(&args.out)?,
    };
    let linked = pipeline::link_only(&args.project, &args.out, &opts).await?;
    let (u, stats) = (&linked.unified, &linked.clusters.stats);
    println!(
        "{} person records → {} people, {} families; {} candidate pairs, {} links, {} in review. Crosswalk: {}",
        u.records.len(),
        u.persons.len(),
        u.families.len(),
        stats.candidate_pairs,
        stats.links,
        stats.review_pairs,
        args.out.join("crosswalk.csv").display()
    );
    // Everything is written: the process ends next, and the system takes
    // back its memory at once, where dropping a million records' strings
    // one by one took a few tenths of a second.
    std::mem::forget(linked);
    Ok(Outcome::Clean)
}
