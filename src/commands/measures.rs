//! `onefamily measures`: the monthly performance measures from a loaded
//! target (`crate::measures` computes and writes them), or with `--check`
//! the definitions checked against the unified schema, problems printed.

use super::Outcome;
use crate::cli::MeasuresArgs;
use crate::error::redact;
use crate::measures::store::Store;
use crate::measures::Options;
use crate::{Error, Result};
use std::path::PathBuf;

pub async fn run(args: &MeasuresArgs) -> Result<Outcome> {
    measures(&args.options()).await
}

/// The `measures` subcommand. `--check` validates the definitions against
/// the unified schema (and the target, when given) and writes nothing.
pub async fn measures(opts: &Options) -> Result<Outcome> {
    let file = opts
        .definitions
        .clone()
        .unwrap_or_else(|| PathBuf::from("<default measures>"));
    let measures = crate::measures::definitions::load(opts.definitions.as_deref())?;
    if opts.check {
        let mut problems =
            crate::measures::check(&measures, &file, &mut Store::schema_only().await?).await;
        if let Some(url) = &opts.target {
            problems.extend(
                crate::measures::check(&measures, &file, &mut Store::open(url).await?).await,
            );
        }
        let computable = measures.iter().filter(|m| m.rule.is_some()).count();
        if problems.is_empty() {
            println!(
                "{} measures ({computable} computable) check against the unified schema{}.",
                measures.len(),
                if opts.target.is_some() {
                    " and the target"
                } else {
                    ""
                }
            );
            return Ok(Outcome::Clean);
        }
        for p in &problems {
            println!("  - {p}");
        }
        return Ok(Outcome::Problems);
    }
    let url = opts.target.as_deref().ok_or_else(|| {
        Error::Other("measures needs --target URL (or ONEFAMILY_TARGET), or --check".into())
    })?;
    let mut store = Store::open(url).await?;
    let results =
        crate::measures::compute_all(&mut store, measures, &file, opts.from, opts.to, redact(url))
            .await?;
    crate::measures::write_all(&results, &opts.out)?;
    tracing::info!(
        measures = results.measures.len(),
        months = results.months.len(),
        out = %opts.out.display(),
        "Measures written."
    );
    Ok(Outcome::Clean)
}
