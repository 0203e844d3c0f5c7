//! `onefamily evaluate`: score a crosswalk against a truth file or against
//! reviewers' decisions (`crate::evaluate` computes the figures). Exit 1
//! when truth records or decided pairs are missing from the crosswalk.

use super::Outcome;
use crate::cli::EvaluateArgs;
use crate::error::{Error, Result};

pub fn evaluate(args: &EvaluateArgs) -> Result<Outcome> {
    match (&args.truth, &args.labels) {
        (Some(truth), _) => {
            let eval = crate::evaluate::evaluate(truth, &args.crosswalk)?;
            super::print(&eval, args.json)?;
            if let Some(review) = &args.review {
                super::print(&crate::evaluate::review_band(truth, review)?, args.json)?;
            }
            Ok(Outcome::problems_if(eval.missing_from_crosswalk > 0))
        }
        (None, Some(labels)) => {
            let scores = crate::evaluate::evaluate_labels(labels, &args.crosswalk)?;
            super::print(&scores, args.json)?;
            Ok(Outcome::problems_if(scores.not_in_crosswalk > 0))
        }
        // clap requires one of them; say so rather than panic if it did not.
        (None, None) => Err(Error::Other(
            "evaluate needs --truth FILE or --labels FILE".to_string(),
        )),
    }
}
