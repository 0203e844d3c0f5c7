//! `onefamily load`: the target and the reconciliation pack from the
//! staging store and the stored link of an earlier `extract` and `link`,
//! then the same Markdown summary as `run`. Exit 1 when the reconciliation
//! does not balance or a gate fails.

use super::Outcome;
use crate::cli::LoadArgs;
use crate::error::Result;
use crate::pipeline::{self, RunOptions};

pub async fn load(args: &LoadArgs) -> Result<Outcome> {
    let opts = RunOptions {
        out: args.out.clone(),
        target: args.target.clone(),
        dry_run: args.dry_run,
        model: None,
        ignore_decisions: args.ignore_decisions,
        gates: args.gates.gates(),
        stage: crate::store::StageOptions {
            refresh: args.refresh,
            only: None,
            snapshot: args.snapshot.clone(),
        },
        engine: Default::default(),
    };
    let result = pipeline::load(&args.project, &opts).await?;
    print!("{}", crate::report::summary(&result.report));
    println!("Reports written to {}", args.out.display());
    Ok(Outcome::problems_if(!result.report.passed()))
}
