//! `onefamily explain A B`: why two records did or did not link, each
//! comparison's level and weight (the link module computes it).

use super::Outcome;
use crate::cli::ExplainArgs;
use crate::error::Result;

pub async fn explain(args: &ExplainArgs) -> Result<Outcome> {
    let opts = crate::pipeline::ExplainOptions {
        model: args.model.clone(),
        out: args.out.clone(),
        refresh: args.refresh,
    };
    let e = crate::pipeline::explain(&args.project, &opts, &args.a, &args.b).await?;
    super::print(&e.explanation, args.json)?;
    Ok(Outcome::Clean)
}
