//! `onefamily explain-family FAMILY`: the groupings, joins and near misses
//! behind one family, named by its ID or one of its records as `source:key`.

use super::Outcome;
use crate::cli::ExplainFamilyArgs;
use crate::error::Result;

pub async fn explain_family(args: &ExplainFamilyArgs) -> Result<Outcome> {
    let opts = crate::pipeline::ExplainOptions {
        model: args.model.clone(),
        out: args.out.clone(),
        refresh: args.refresh,
    };
    let e = crate::pipeline::explain_family(&args.project, &opts, &args.family).await?;
    super::print(&e.explanation, args.json)?;
    Ok(Outcome::Clean)
}
