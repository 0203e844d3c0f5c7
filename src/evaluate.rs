//! How good is a crosswalk against a truth file? The metrics behind
//! `onefamily evaluate` (`crate::commands::evaluate` reads the arguments and
//! prints); pure functions over two CSV files, below the pipeline.
//!
//! Both files are `source,source_key,person_id,family_id`. For persons and for
//! families it reports pairwise precision, recall and F1 (a pair is two
//! records given the same ID) and B-cubed precision, recall and F1 (per
//! record, the overlap of its predicted and true clusters). Every figure comes
//! from the contingency table of (true ID, predicted ID) counts, so no pair is
//! ever materialised. Records of the truth that are missing from the
//! crosswalk count as unlinked singletons (they hurt recall) and are reported.
//!
//! With `--labels`, the truth is the reviewers' decisions file instead: pair
//! precision and recall over the pairs they decided (`evaluate_labels`).

use crate::error::{Error, Result};
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;

/// Precision, recall and F1.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(precision: f64, recall: f64) -> Prf {
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

/// Scores for one level (persons or families).
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct LevelScores {
    pub pairwise: Prf,
    pub bcubed: Prf,
    pub true_pairs: u64,
    pub predicted_pairs: u64,
    pub correct_pairs: u64,
    pub true_clusters: usize,
    pub predicted_clusters: usize,
}

#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Evaluation {
    pub records: usize,
    /// Truth records with no crosswalk row.
    pub missing_from_crosswalk: usize,
    /// Crosswalk rows with no truth row (not scored).
    pub not_in_truth: usize,
    pub persons: LevelScores,
    pub families: LevelScores,
}

/// foldhash rather than SipHash: a million rows a file, and SipHash was a
/// fifth of `evaluate`'s time.
type Map<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// A record's person and family label, as numbers.
type Labels = (u32, u32);

/// A crosswalk or truth file: each record's person and family label,
/// labels numbered in the order the file first gives them.
struct Labelled {
    /// (source, source_key) joined by U+001F → (person label, family label).
    rows: Map<Box<str>, (u32, u32)>,
    persons: u32,
    families: u32,
}

impl Labelled {
    fn get(&self, source: &str, key: &str) -> Option<(u32, u32)> {
        self.rows.get(record_key(source, key).as_str()).copied()
    }
}

fn record_key(source: &str, key: &str) -> String {
    let mut k = String::with_capacity(source.len() + key.len() + 1);
    k.push_str(source);
    k.push('\u{1f}');
    k.push_str(key);
    k
}

/// Read a `source,source_key,person_id,family_id` file (columns found by
/// name, in any order, others ignored). Each row is read into one reused
/// record and only its key is kept as a string: labels become numbers.
/// (Four owned strings a row, hashed and compared as pairs, were most of
/// `evaluate`'s time at a million rows.)
fn read(path: &Path) -> Result<Labelled> {
    let mut reader =
        csv::Reader::from_path(path).map_err(|e| Error::config(path, None, e.to_string()))?;
    let headers = reader
        .headers()
        .map_err(|e| Error::config(path, Some(1), e.to_string()))?
        .clone();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let not_row = |line: usize, why: &str| {
        Error::config(
            path,
            Some(line),
            format!("not a source,source_key,person_id,family_id row: {why}"),
        )
    };
    let (Some(source), Some(key), Some(person), Some(family)) = (
        col("source"),
        col("source_key"),
        col("person_id"),
        col("family_id"),
    ) else {
        return Err(not_row(1, "the header lacks one of those columns"));
    };
    let mut out = Labelled {
        rows: Map::default(),
        persons: 0,
        families: 0,
    };
    let mut persons: Map<Box<str>, u32> = Map::default();
    let mut families: Map<Box<str>, u32> = Map::default();
    let label = |labels: &mut Map<Box<str>, u32>, next: &mut u32, s: &str| -> u32 {
        if let Some(&id) = labels.get(s) {
            return id;
        }
        let id = *next;
        *next += 1;
        labels.insert(s.into(), id);
        id
    };
    let mut row = csv::StringRecord::new();
    // Line numbers: the header is line 1.
    let mut i = 0usize;
    loop {
        let more = reader
            .read_record(&mut row)
            .map_err(|e| not_row(i + 2, &e.to_string()))?;
        if !more {
            break;
        }
        let line = i + 2;
        i += 1;
        let field = |c: usize| {
            row.get(c)
                .ok_or_else(|| not_row(line, "a column is missing"))
        };
        let k = record_key(field(source)?, field(key)?);
        let p = label(&mut persons, &mut out.persons, field(person)?);
        let f = label(&mut families, &mut out.families, field(family)?);
        // One hash a row: the entry both finds a repeat and takes the row.
        match out.rows.entry(k.into_boxed_str()) {
            std::collections::hash_map::Entry::Occupied(o) => {
                let k = o.key();
                let (s, rest) = k.split_once('\u{1f}').unwrap_or((k, ""));
                return Err(Error::config(
                    path,
                    Some(line),
                    format!("duplicate row for {s}:{rest}"),
                ));
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert((p, f));
            }
        }
    }
    Ok(out)
}

fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

/// Score predicted against true labels, one (true, predicted) label per record.
pub fn score<'a>(labels: impl Iterator<Item = (&'a str, &'a str)>) -> LevelScores {
    let mut ids: [Map<&str, u32>; 2] = Default::default();
    let mut number = |side: usize, s: &'a str| {
        let next = ids[side].len() as u32;
        *ids[side].entry(s).or_insert(next)
    };
    let numbered: Vec<(u32, u32)> = labels.map(|(t, p)| (number(0, t), number(1, p))).collect();
    score_ids(&numbered)
}

/// `score` over labels as numbers. Every figure comes from counts; the
/// B-cubed sums add their terms smallest first, so they are the same to the
/// last bit whatever the labels' numbers and the records' order.
fn score_ids(labels: &[(u32, u32)]) -> LevelScores {
    use rayon::prelude::*;
    let n = labels.len() as u64;
    let size = |side: fn(&(u32, u32)) -> u32| {
        let mut counts = vec![
            0u64;
            labels
                .iter()
                .map(|l| side(l) as usize + 1)
                .max()
                .unwrap_or(0)
        ];
        for l in labels {
            counts[side(l) as usize] += 1;
        }
        counts
    };
    let (true_size, pred_size) = (size(|l| l.0), size(|l| l.1));
    // The contingency table's cells: (true, predicted) sorted, counted by runs.
    let mut cells: Vec<u64> = labels
        .par_iter()
        .map(|&(t, p)| (t as u64) << 32 | p as u64)
        .collect();
    cells.par_sort_unstable();
    let runs: Vec<(u32, u32, u64)> = cells
        .chunk_by(|a, b| a == b)
        .map(|run| ((run[0] >> 32) as u32, run[0] as u32, run.len() as u64))
        .collect();
    drop(cells);
    let correct: u64 = runs.iter().map(|&(_, _, c)| pairs(c)).sum();
    let true_pairs: u64 = true_size.iter().map(|&c| pairs(c)).sum();
    let predicted_pairs: u64 = pred_size.iter().map(|&c| pairs(c)).sum();
    let ratio = |a: u64, b: u64| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let pairwise = Prf::new(ratio(correct, predicted_pairs), ratio(correct, true_pairs));
    let ordered_sum = |mut terms: Vec<f64>| -> f64 {
        terms.par_sort_unstable_by(f64::total_cmp);
        terms.iter().sum()
    };
    let term = |c: u64, of: u64| (c * c) as f64 / of as f64;
    let bp = ordered_sum(
        runs.iter()
            .map(|&(_, p, c)| term(c, pred_size[p as usize]))
            .collect(),
    );
    let br = ordered_sum(
        runs.iter()
            .map(|&(t, _, c)| term(c, true_size[t as usize]))
            .collect(),
    );
    let bcubed = if n == 0 {
        Prf::new(1.0, 1.0)
    } else {
        Prf::new(bp / n as f64, br / n as f64)
    };
    LevelScores {
        pairwise,
        bcubed,
        true_pairs,
        predicted_pairs,
        correct_pairs: correct,
        true_clusters: true_size.iter().filter(|&&c| c > 0).count(),
        predicted_clusters: pred_size.iter().filter(|&&c| c > 0).count(),
    }
}

/// Evaluate a crosswalk file against a truth file.
pub fn evaluate(truth: &Path, crosswalk: &Path) -> Result<Evaluation> {
    use rayon::prelude::*;
    // The two files side by side.
    let (truth_rows, predicted) = rayon::join(|| read(truth), || read(crosswalk));
    let (truth_rows, predicted) = (truth_rows?, predicted?);
    // Each truth record's labels beside its predicted ones. A record missing
    // from the crosswalk is its own cluster: a label nothing else has.
    // The look-ups on every thread (a million of them, each a miss of the
    // cache, were a tenth of a second on one), the missing numbered after.
    let found: Vec<(Labels, Option<Labels>)> = truth_rows
        .rows
        .par_iter()
        .map(|(k, &t)| (t, predicted.rows.get(k).copied()))
        .collect();
    let mut missing = 0u32;
    let labelled: Vec<(Labels, Labels)> = found
        .into_iter()
        .map(|(t, pred)| {
            let pred = pred.unwrap_or_else(|| {
                missing += 1;
                (predicted.persons + missing, predicted.families + missing)
            });
            (t, pred)
        })
        .collect();
    // One level's labels: a person's or a family's, true and predicted.
    let level = |side: fn(&(u32, u32)) -> u32| {
        let pairs: Vec<(u32, u32)> = labelled
            .par_iter()
            .map(|(t, p)| (side(t), side(p)))
            .collect();
        score_ids(&pairs)
    };
    let (persons, families) = rayon::join(|| level(|l| l.0), || level(|l| l.1));
    let not_in_truth = predicted
        .rows
        .par_iter()
        .filter(|(k, _)| !truth_rows.rows.contains_key(*k))
        .count();
    Ok(Evaluation {
        records: truth_rows.rows.len(),
        missing_from_crosswalk: missing as usize,
        not_in_truth,
        persons,
        families,
    })
}

impl std::fmt::Display for Evaluation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "records in truth: {}   missing from crosswalk: {}   not in truth: {}",
            self.records, self.missing_from_crosswalk, self.not_in_truth
        )?;
        writeln!(
            f,
            "{:<9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
            "", "pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1", "true", "found"
        )?;
        for (name, s) in [("persons", &self.persons), ("families", &self.families)] {
            writeln!(
                f,
                "{:<9} {:>9.4} {:>9.4} {:>9.4} {:>9.4} {:>9.4} {:>9.4} {:>9} {:>9}",
                name,
                s.pairwise.precision,
                s.pairwise.recall,
                s.pairwise.f1,
                s.bcubed.precision,
                s.bcubed.recall,
                s.bcubed.f1,
                s.true_clusters,
                s.predicted_clusters
            )?;
        }
        Ok(())
    }
}

/// A crosswalk against reviewers' decisions: of the pairs decided `same`
/// (positives) and `different` (negatives), how many the crosswalk put in
/// one person. A run that applied the same decisions agrees with them by
/// construction; measure a run made with `--ignore-decisions`, or the
/// crosswalk of the run the sheet was exported from.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct LabelScores {
    /// Pairs decided same or different whose two records the crosswalk holds.
    pub labelled_pairs: u64,
    pub same: u64,
    pub different: u64,
    /// Pairs decided unsure: not scored.
    pub unsure: u64,
    /// Decided pairs with a record the crosswalk does not hold: not scored.
    pub not_in_crosswalk: u64,
    pub true_positives: u64,
    pub false_positives: u64,
    pub false_negatives: u64,
    pub true_negatives: u64,
    pub scores: Prf,
}

/// Score a crosswalk against a decisions file.
pub fn evaluate_labels(labels: &Path, crosswalk: &Path) -> Result<LabelScores> {
    if !labels.is_file() {
        return Err(Error::config(labels, None, "no such decisions file"));
    }
    let decisions = crate::review::read(labels)?;
    let predicted = read(crosswalk)?;
    let person = |spec: &str| {
        let (s, k) = crate::review::split_record(spec)?;
        predicted.get(s, k).map(|p| p.0)
    };
    let mut out = LabelScores::default();
    for ((left, right), verdict) in crate::review::labels(&decisions) {
        use crate::review::Verdict;
        if verdict == Verdict::Unsure {
            out.unsure += 1;
            continue;
        }
        let (Some(a), Some(b)) = (person(&left), person(&right)) else {
            out.not_in_crosswalk += 1;
            continue;
        };
        out.labelled_pairs += 1;
        match (verdict == Verdict::Same, a == b) {
            (true, true) => out.true_positives += 1,
            (true, false) => out.false_negatives += 1,
            (false, true) => out.false_positives += 1,
            (false, false) => out.true_negatives += 1,
        }
    }
    out.same = out.true_positives + out.false_negatives;
    out.different = out.false_positives + out.true_negatives;
    let ratio = |a: u64, b: u64| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    out.scores = Prf::new(
        ratio(out.true_positives, out.true_positives + out.false_positives),
        ratio(out.true_positives, out.true_positives + out.false_negatives),
    );
    Ok(out)
}

impl std::fmt::Display for LabelScores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "labelled pairs: {} (same {}, different {})   unsure: {}   not in crosswalk: {}",
            self.labelled_pairs, self.same, self.different, self.unsure, self.not_in_crosswalk
        )?;
        writeln!(
            f,
            "linked: {} of same, {} of different",
            self.true_positives, self.false_positives
        )?;
        writeln!(
            f,
            "persons   precision {:.4}   recall {:.4}   F1 {:.4}",
            self.scores.precision, self.scores.recall, self.scores.f1
        )
    }
}

/// The clerical review band against the truth: how many of the sheet's
/// pairs are one person, beside how many the model expects (the sum of
/// the sheet's match probabilities).
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct ReviewBand {
    pub pairs: u64,
    /// Pairs whose two records the truth holds as one person.
    pub same_person: u64,
    /// Pairs with a record the truth does not hold: not scored.
    pub not_in_truth: u64,
    /// The model's expectation: the sum of the pairs' probabilities.
    pub expected_same: f64,
}

/// Read a review sheet's CSV (`review.csv`: `left`, `right`, `Probability`
/// columns) and count its pairs that are one person in `truth`.
pub fn review_band(truth: &Path, review: &Path) -> Result<ReviewBand> {
    let truth_rows = read(truth)?;
    let mut reader =
        csv::Reader::from_path(review).map_err(|e| Error::config(review, None, e.to_string()))?;
    let headers = reader
        .headers()
        .map_err(|e| Error::config(review, Some(1), e.to_string()))?
        .clone();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(left), Some(right)) = (col("left"), col("right")) else {
        return Err(Error::config(
            review,
            Some(1),
            "not a review sheet: no left and right columns",
        ));
    };
    let probability = col("Probability");
    let mut out = ReviewBand::default();
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|e| Error::config(review, Some(i + 2), e.to_string()))?;
        let person = |c: usize| {
            let (s, k) = crate::review::split_record(row.get(c)?)?;
            truth_rows.get(s, k).map(|p| p.0)
        };
        out.pairs += 1;
        if let Some(p) = probability.and_then(|c| row.get(c)?.trim().parse::<f64>().ok()) {
            out.expected_same += p;
        }
        match (person(left), person(right)) {
            (Some(a), Some(b)) => out.same_person += u64::from(a == b),
            _ => out.not_in_truth += 1,
        }
    }
    Ok(out)
}

impl std::fmt::Display for ReviewBand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let share = if self.pairs == 0 {
            0.0
        } else {
            self.same_person as f64 / self.pairs as f64
        };
        writeln!(
            f,
            "review band: {} pairs, {} one person by the truth ({:.1}%), {:.0} expected by the model; {} not in the truth",
            self.pairs,
            self.same_person,
            100.0 * share,
            self.expected_same,
            self.not_in_truth
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A review sheet of three pairs, one of them one person by the truth
    /// and one with a record the truth lacks.
    #[test]
    fn the_review_band_is_counted_against_the_truth() {
        let dir = tempfile::tempdir().unwrap();
        let truth = dir.path().join("truth.csv");
        std::fs::write(
            &truth,
            "source,source_key,person_id,family_id\ns,1,P1,F1\ns,2,P1,F1\nt,9:3,P2,F1\n",
        )
        .unwrap();
        let review = dir.path().join("review.csv");
        std::fs::write(
            &review,
            "#,left,right,Probability\n1,s:1,s:2,0.9000\n2,s:1,t:9:3,0.5000\n3,s:2,u:7,0.2500\n",
        )
        .unwrap();
        let band = review_band(&truth, &review).unwrap();
        assert_eq!(band.pairs, 3);
        assert_eq!(band.same_person, 1);
        assert_eq!(band.not_in_truth, 1);
        assert!((band.expected_same - 1.65).abs() < 1e-9);
        std::fs::write(&review, "a,b\n1,2\n").unwrap();
        let err = review_band(&truth, &review).unwrap_err().to_string();
        assert!(
            err.contains("review.csv") && err.contains("left and right"),
            "{err}"
        );
    }

    /// The figures are the same to the last bit whatever the order of
    /// either file's rows and of its columns; a record missing from the
    /// crosswalk is a singleton; a repeated record is an error naming it.
    #[test]
    fn figures_do_not_depend_on_row_order_and_bad_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let (truth, crosswalk) = (dir.path().join("t.csv"), dir.path().join("c.csv"));
        let rows: Vec<(String, &str, &str)> = (0..40)
            .map(|i| {
                (
                    i.to_string(),
                    ["P1", "P2", "P3", "P4"][i % 4],
                    ["X", "Y", "Z"][i % 3],
                )
            })
            .collect();
        let write = |path: &std::path::Path, reverse: bool, label: fn(&str, &str) -> String| {
            let mut lines: Vec<String> = rows
                .iter()
                .filter(|(k, _, _)| k != "7" || path != crosswalk.as_path())
                .map(|(k, p, f)| format!("{},s,{k},{}", label(p, f), label(f, p)))
                .collect();
            if reverse {
                lines.reverse();
            }
            let body = format!(
                "family_id,source,source_key,person_id\n{}\n",
                lines.join("\n")
            );
            // Columns by name: family_id first here, person_id last.
            let body = body
                .lines()
                .map(|l| {
                    let c: Vec<&str> = l.split(',').collect();
                    if c[0] == "family_id" {
                        l.to_string()
                    } else {
                        format!("{},{},{},{}", c[3], c[1], c[2], c[0])
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            std::fs::write(path, body).unwrap();
        };
        write(&truth, false, |p, _| p.to_string());
        write(&crosswalk, false, |p, f| format!("{p}{f}"));
        let a = evaluate(&truth, &crosswalk).unwrap();
        write(&truth, true, |p, _| p.to_string());
        write(&crosswalk, true, |p, f| format!("{p}{f}"));
        let b = evaluate(&truth, &crosswalk).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.records, 40);
        assert_eq!(a.missing_from_crosswalk, 1);
        assert_eq!(a.persons.true_clusters, 4);
        assert!(a.persons.pairwise.precision == 1.0 && a.persons.pairwise.recall < 1.0);

        std::fs::write(
            &crosswalk,
            "source,source_key,person_id,family_id\ns,1,P,F\ns,1,P,F\n",
        )
        .unwrap();
        let err = evaluate(&truth, &crosswalk).unwrap_err().to_string();
        assert!(
            err.contains("duplicate row for s:1") && err.contains("c.csv"),
            "{err}"
        );
        std::fs::write(&crosswalk, "source,source_key,person_id\ns,1,P\n").unwrap();
        let err = evaluate(&truth, &crosswalk).unwrap_err().to_string();
        assert!(
            err.contains("not a source,source_key,person_id,family_id row"),
            "{err}"
        );
    }

    #[test]
    fn perfect_and_broken_clusterings() {
        let truth = ["a", "a", "a", "b", "b", "c"];
        let perfect = score(truth.iter().zip(truth.iter()).map(|(t, p)| (*t, *p)));
        assert_eq!(perfect.pairwise.f1, 1.0);
        assert_eq!(perfect.bcubed.f1, 1.0);
        assert_eq!(perfect.true_pairs, 4);

        // Everything split: no predicted pairs, precision vacuously 1, recall 0.
        let split = ["1", "2", "3", "4", "5", "6"];
        let s = score(truth.iter().zip(split.iter()).map(|(t, p)| (*t, *p)));
        assert_eq!(s.pairwise.recall, 0.0);
        assert_eq!(s.predicted_pairs, 0);

        // Everything merged: recall 1, precision 4/15.
        let merged = ["x"; 6];
        let m = score(truth.iter().zip(merged.iter()).map(|(t, p)| (*t, *p)));
        assert_eq!(m.pairwise.recall, 1.0);
        assert!((m.pairwise.precision - 4.0 / 15.0).abs() < 1e-12);
        // B-cubed precision: (3*3/6 + 2*2/6 + 1*1/6)/6 = 14/36.
        assert!((m.bcubed.precision - 14.0 / 36.0).abs() < 1e-12);
    }
}
