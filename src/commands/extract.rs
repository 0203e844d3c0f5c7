//! `onefamily extract`: stage one source or all into the staging store
//! (`<out>/stage`), reusing what is unchanged, and with `--snapshot` pack
//! the store into one encrypted file. Prints one line per source.

use super::Outcome;
use crate::cli::ExtractArgs;
use crate::error::Result;
use crate::store::StageOptions;

pub async fn extract(args: &ExtractArgs) -> Result<Outcome> {
    let stage = StageOptions {
        refresh: args.refresh,
        only: args.source.clone(),
        snapshot: None,
    };
    let done = crate::pipeline::extract(&args.project, &args.out, &stage, args.snapshot.as_deref())
        .await?;
    for p in &done.staging.sources {
        println!("{}", p.note);
    }
    println!(
        "{} sources read, {} reused. Staging store: {}",
        done.staging.sources_read,
        done.staging.sources.len() as u64 - done.staging.sources_read,
        done.store.display()
    );
    if let Some((file, n)) = &done.snapshot {
        println!("Snapshot of {n} sources written to {}", file.display());
    }
    Ok(Outcome::Clean)
}
