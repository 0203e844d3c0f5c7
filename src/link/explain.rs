//! Why two records did or did not link: each comparison's level, its m and u
//! probabilities, its weight and any term-frequency adjustment, summed with
//! the prior into the match weight and probability — the waterfall a
//! reviewer reads. It shows levels and weights, never the compared values.

use super::features::Features;
use super::score::{probability, Scorer};
use super::settings::Settings;
use super::train::Model;
use serde::Serialize;
use std::fmt;

#[derive(Clone, Debug, Serialize)]
pub struct Step {
    pub comparison: String,
    pub level: String,
    pub m: Option<f64>,
    pub u: Option<f64>,
    pub weight: f64,
    pub tf_adjustment: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Explanation {
    pub a: String,
    pub b: String,
    pub prior_weight: f64,
    pub steps: Vec<Step>,
    pub match_weight: f64,
    pub match_probability: f64,
    pub decision: &'static str,
    /// The guard that refuses the pair, and why (see `link::pair_refusal`):
    /// a pair above the link threshold that a guard refuses goes to review.
    pub refused_by: Option<&'static str>,
}

/// Explain records `i` and `j` as the run decides them: the waterfall, and
/// the guard that refuses the pair on its own evidence, if any.
pub fn explain_pair(
    f: &Features,
    settings: &Settings,
    model: &Model,
    options: &super::LinkOptions,
    i: usize,
    j: usize,
    names: (String, String),
) -> Explanation {
    let mut e = explain(f, settings, model, i, j, names);
    // The pair's own contrary evidence is a step of the waterfall, as
    // scoring weighs it (`link::contrary_penalty`).
    let identifiers = super::identifier_columns(f);
    if let Some((kind, penalty)) = super::contrary_penalty(
        f,
        &identifiers,
        settings,
        e.match_weight as f32,
        i as u32,
        j as u32,
    ) {
        e.steps.push(Step {
            comparison: "contrary".into(),
            level: kind.label().into(),
            m: None,
            u: None,
            weight: -(penalty as f64),
            tf_adjustment: 0.0,
        });
        e.match_weight -= penalty as f64;
        e.match_probability = probability(e.match_weight);
        e.decision = if e.match_probability >= settings.link_threshold {
            "link"
        } else {
            "no link: contrary evidence"
        };
    }
    let refusal = super::pair_refusal(
        f,
        settings,
        options,
        e.match_weight as f32,
        i as u32,
        j as u32,
    );
    let refusal = refusal.or_else(|| {
        let scorer = Scorer::new(f, settings, model);
        super::names_only(f, &scorer, i as u32, j as u32)
            .then_some(super::cluster::Refusal::NamesOnly)
    });
    e.refused_by = refusal.map(|r| r.reason());
    if refusal.is_some() && e.match_probability >= settings.link_threshold {
        e.decision = "refused by a guard: clerical review";
    }
    e
}

/// Explain records `i` and `j` (indexes into the linked records).
pub fn explain(
    f: &Features,
    settings: &Settings,
    model: &Model,
    i: usize,
    j: usize,
    names: (String, String),
) -> Explanation {
    explain_with(
        &Scorer::new(f, settings, model),
        settings,
        model,
        i,
        j,
        names,
    )
}

/// Explain records `i` and `j` of `records` from scratch, as `onefamily
/// explain` asks: build the comparison columns as a run does, and train a
/// model when the options hold none (the same training, so the run's weights).
pub fn explain_records(
    records: &[crate::model::Person],
    settings: &Settings,
    options: &super::LinkOptions,
    (i, j): (usize, usize),
    names: (String, String),
) -> Explanation {
    let f = super::features(records, settings, options);
    let trained;
    let model = match &options.model {
        Some(m) => m,
        None => {
            let blocking = super::block::Blocking::build(&f, settings);
            trained = super::train::train(&f, &blocking, settings);
            &trained
        }
    };
    explain_pair(&f, settings, model, options, i, j, names)
}

/// Explain records `i` and `j` with a scorer already built (for many pairs).
pub fn explain_with(
    scorer: &Scorer<'_>,
    settings: &Settings,
    model: &Model,
    i: usize,
    j: usize,
    names: (String, String),
) -> Explanation {
    let mut levels = Vec::new();
    let total = scorer.weight(i, j, Some(&mut levels)) as f64;
    let steps = settings
        .comparisons
        .iter()
        .zip(&model.comparisons)
        .zip(&levels)
        .map(|((c, params), &(level, tf))| {
            let p = (level > 0).then(|| &params.levels[level as usize - 1]);
            Step {
                comparison: c.name.clone(),
                level: c.level_label(level),
                m: p.map(|p| p.m),
                u: p.map(|p| p.u),
                weight: p.map_or(0.0, |p| p.weight),
                tf_adjustment: tf as f64,
            }
        })
        .collect();
    let match_probability = probability(total);
    Explanation {
        a: names.0,
        b: names.1,
        prior_weight: model.prior_weight(),
        steps,
        match_weight: total,
        match_probability,
        decision: if match_probability >= settings.link_threshold {
            "link"
        } else if match_probability >= settings.review_threshold {
            "clerical review"
        } else {
            "no link"
        },
        refused_by: None,
    }
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}  vs  {}", self.a, self.b)?;
        writeln!(
            f,
            "{:<16} {:<34} {:>10} {:>10} {:>8} {:>8}",
            "comparison", "level", "m", "u", "weight", "tf adj"
        )?;
        writeln!(
            f,
            "{:<16} {:<34} {:>10} {:>10} {:>8.2} {:>8}",
            "prior", "λ", "", "", self.prior_weight, ""
        )?;
        let num = |x: Option<f64>| x.map_or(String::from("-"), |v| format!("{v:.6}"));
        for s in &self.steps {
            writeln!(
                f,
                "{:<16} {:<34} {:>10} {:>10} {:>8.2} {:>8.2}",
                s.comparison,
                s.level,
                num(s.m),
                num(s.u),
                s.weight,
                s.tf_adjustment
            )?;
        }
        writeln!(
            f,
            "match weight {:.2}, match probability {:.6}: {}",
            self.match_weight, self.match_probability, self.decision
        )?;
        if let Some(why) = self.refused_by {
            writeln!(f, "refused by the {why}")?;
        }
        Ok(())
    }
}
