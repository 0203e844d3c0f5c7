//! `onefamily review export` / `review import`: the clerical review sheet out,
//! reviewers' decisions in.

use super::Outcome;
use crate::cli::ReviewCommand;
use crate::error::Result;
use crate::pipeline;

pub async fn review(cmd: &ReviewCommand) -> Result<Outcome> {
    match cmd {
        ReviewCommand::Export(args) => {
            let opts = pipeline::ExplainOptions {
                model: args.model.clone(),
                out: args.out.clone(),
                refresh: args.refresh,
            };
            let done = pipeline::review_export(&args.project, &opts).await?;
            println!(
                "{} pairs to review ({} in the review band, {} already decided): {}",
                done.pairs,
                done.band,
                done.band - done.pairs,
                done.xlsx.display()
            );
        }
        ReviewCommand::Import(args) => {
            let (done, file) =
                pipeline::review_import(&args.project, &args.file, args.reviewer.as_deref())?;
            let c = &done.counts;
            println!(
                "{} decisions read ({} rows undecided): {} added, {} replaced, {} unchanged. Decisions file: {}",
                done.decisions,
                done.undecided,
                c.added,
                c.replaced,
                c.unchanged,
                file.display()
            );
        }
    }
    Ok(Outcome::Clean)
}
