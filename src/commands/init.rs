//! `onefamily init DIR`: write a draft project from a folder of legacy files
//! and database URLs, and say what was drafted and what was passed over.

use super::Outcome;
use crate::cli::InitArgs;
use crate::error::Result;

pub async fn init(args: &InitArgs) -> Result<Outcome> {
    let summary = crate::init::init(&crate::init::Options {
        dir: args.dir.clone(),
        urls: args.urls.clone(),
        out: args.out.clone(),
        force: args.force,
        recursive: args.recursive,
        sample_rows: args.sample_rows.max(1),
    })
    .await?;
    for line in &summary.lines {
        println!("{line}");
    }
    println!(
        "wrote {} with {} draft mapping(s): confirm the guesses marked `# guess`, remove `draft = true`, then run `onefamily check --project {}`",
        summary.project.display(),
        summary.mappings.len(),
        summary.project.display()
    );
    Ok(Outcome::Clean)
}
