//! `onefamily check`: every problem in a project's mappings against its live
//! sources, with a profile of each mapped column; exit 1 when there are any.

use super::Outcome;
use crate::cli::CheckArgs;
use crate::error::Result;

pub async fn check(args: &CheckArgs) -> Result<Outcome> {
    let report = crate::extract::check(&args.project).await;
    print!("{report}");
    Ok(Outcome::problems_if(report.problems() > 0))
}
