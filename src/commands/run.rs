//! `onefamily run`: every stage, then a Markdown summary for CI logs. Exit 1
//! when the reconciliation does not balance or a gate fails.

use super::Outcome;
use crate::cli::RunArgs;
use crate::error::Result;
use crate::pipeline::{self, RunOptions};

pub async fn run(args: &RunArgs) -> Result<Outcome> {
    let opts = RunOptions {
        out: args.out.clone(),
        target: args.target.clone(),
        dry_run: args.dry_run,
        model: args.model.clone(),
        ignore_decisions: args.ignore_decisions,
        gates: args.gates.gates(),
        stage: crate::store::StageOptions {
            refresh: args.refresh,
            only: None,
            snapshot: args.snapshot.clone(),
        },
        engine: args.engine.engine(&args.out)?,
    };
    let result = pipeline::run(&args.project, &opts).await?;
    print!("{}", crate::report::summary(&result.report));
    println!("Reports written to {}", args.out.display());
    let passed = result.report.passed();
    // Everything is written: the process ends next, and the system takes
    // back its memory at once (see `link`).
    std::mem::forget(result);
    Ok(Outcome::problems_if(!passed))
}
