//! `onefamily export`: a loaded target written as a case system's import
//! files (`crate::export`), or with `--check` the template checked against
//! the unified schema, problems printed.

use super::Outcome;
use crate::cli::ExportArgs;
use crate::export::{self, Options};
use crate::Result;

pub async fn export(args: &ExportArgs) -> Result<Outcome> {
    let opts = Options {
        target: args.target.clone(),
        template: args.template.clone(),
        out: args.out.clone(),
        check_only: args.check,
        since: args.since.clone(),
    };
    if opts.check_only {
        let t = export::template::load(&opts.template)?;
        let problems = export::check(&t).await?;
        if problems.is_empty() {
            println!(
                "{} entities of template {} check against the unified schema.",
                t.entities.len(),
                t.name
            );
            return Ok(Outcome::Clean);
        }
        for p in &problems {
            println!("  - {p}");
        }
        return Ok(Outcome::Problems);
    }
    let m = export::export(&opts).await?;
    println!(
        "{:<24} {:<28} {:>9} {:>9} {:>9}  balanced",
        "entity", "file", "eligible", "exported", "rejected"
    );
    for e in &m.entities {
        println!(
            "{:<24} {:<28} {:>9} {:>9} {:>9}  {}",
            e.entity,
            e.file,
            e.eligible,
            e.exported,
            e.rejected,
            if e.balanced { "yes" } else { "NO" }
        );
    }
    let rejected: u64 = m.entities.iter().map(|e| e.rejected).sum();
    println!(
        "\nWritten to {}: {} files, {} ({} rejected rows), manifest.json.",
        opts.out.display(),
        m.entities.len(),
        m.rejects_file,
        rejected
    );
    if !m.balanced {
        println!("NOT BALANCED: exported + rejected differs from eligible for an entity above.");
    }
    Ok(Outcome::problems_if(!m.balanced || rejected > 0))
}
