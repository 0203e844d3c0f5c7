//! The page's charts as geometry for inline SVG: horizontal bar charts
//! (counts by category) and the match-weight histogram on a log scale with
//! the link and review thresholds drawn, so a bucket of 14,000 pairs does
//! not hide the buckets of 3 beside it. Everything is placed in a fixed
//! view box; the SVG scales to its column, so phones get the same chart.

use super::format::{num, signed};
use serde::Serialize;
use std::collections::BTreeMap;

/// One bar of a horizontal bar chart, placed.
#[derive(Clone, Debug, Serialize)]
pub struct Bar {
    pub label: String,
    pub value: String,
    pub y: usize,
    pub text_y: usize,
    pub width: u64,
    pub value_x: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct BarChart {
    pub title: String,
    pub height: usize,
    pub bars: Vec<Bar>,
}

/// A horizontal bar chart of `label → count`, scaled to the largest; a
/// non-zero count gets at least a sliver so it is seen, and every bar says
/// its count.
pub fn bars(title: &str, data: &[(String, u64)]) -> BarChart {
    let max = data.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let row_h = 22;
    let bars = data
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let y = 6 + i * row_h;
            let mut width = (*value as f64 / max as f64 * 380.0).round() as u64;
            if *value > 0 {
                width = width.max(2);
            }
            Bar {
                label: label.clone(),
                value: num(*value),
                y,
                text_y: y + 13,
                width,
                value_x: 186 + width,
            }
        })
        .collect();
    BarChart {
        title: title.to_string(),
        height: 12 + data.len() * row_h,
        bars,
    }
}

/// `n → count` as bars labelled "n unit" (with the unit's plural).
pub fn counts(title: &str, data: &BTreeMap<u64, u64>, one: &str, many: &str) -> BarChart {
    let rows: Vec<(String, u64)> = data
        .iter()
        .map(|(k, v)| (format!("{k} {}", if *k == 1 { one } else { many }), *v))
        .collect();
    bars(title, &rows)
}

/// One bucket of the histogram, placed.
#[derive(Clone, Debug, Serialize)]
pub struct Column {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// `below`, `review` or `link`: which side of the thresholds.
    pub band: &'static str,
    /// The tooltip: "weight 12 to 13: 287 pairs".
    pub title: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Tick {
    pub pos: f64,
    pub label: String,
}

/// A threshold line: where it is and what it says.
#[derive(Clone, Debug, Serialize)]
pub struct Threshold {
    pub x: f64,
    pub label: String,
    pub anchor: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct Histogram {
    pub columns: Vec<Column>,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    pub thresholds: Vec<Threshold>,
    /// Pairs not fully scored (best possible weight below the review
    /// threshold): in no bucket, told beside the chart.
    pub unscored: String,
    pub pairs: String,
}

/// Plot area of the histogram inside its 720 × 300 view box.
const LEFT: f64 = 56.0;
const RIGHT: f64 = 710.0;
const TOP: f64 = 28.0;
const BOTTOM: f64 = 250.0;

/// The match weight of a match probability (log2 of the odds).
pub fn weight_of(probability: f64) -> f64 {
    let p = probability.clamp(1e-12, 1.0 - 1e-12);
    (p / (1.0 - p)).log2()
}

/// The match-weight histogram (weight floor → pairs) on a log scale, with
/// the review and link thresholds (probabilities) drawn as lines.
pub fn histogram(
    data: &BTreeMap<i32, u64>,
    unscored: u64,
    link_p: f64,
    review_p: f64,
) -> Histogram {
    let (link_w, review_w) = (weight_of(link_p), weight_of(review_p));
    let lo = data
        .keys()
        .next()
        .copied()
        .unwrap_or(0)
        .min(review_w.floor() as i32);
    let hi = data
        .keys()
        .next_back()
        .copied()
        .unwrap_or(0)
        .max(link_w.floor() as i32);
    let buckets = (hi - lo + 1) as f64;
    let step = (RIGHT - LEFT) / buckets;
    let x_of = |w: f64| LEFT + (w - lo as f64) * step;
    let max = data.values().copied().max().unwrap_or(1).max(1);
    // Powers of ten up to the largest bucket.
    let decades = ((max as f64).log10().ceil()).max(1.0);
    let y_of = |n: f64| BOTTOM - (n + 1.0).log10() / decades * (BOTTOM - TOP);
    let columns = data
        .iter()
        .map(|(&w, &n)| {
            let top = y_of(n as f64);
            let mid = w as f64 + 0.5;
            Column {
                x: x_of(w as f64) + 0.5,
                y: top,
                width: (step - 1.0).max(1.0),
                height: BOTTOM - top,
                band: if mid >= link_w {
                    "link"
                } else if mid >= review_w {
                    "review"
                } else {
                    "below"
                },
                title: format!(
                    "weight {} to {}: {} {}",
                    signed(w as i64),
                    signed(w as i64 + 1),
                    num(n),
                    if n == 1 { "pair" } else { "pairs" }
                ),
            }
        })
        .collect();
    let every = if buckets > 40.0 { 10 } else { 5 };
    let x_ticks = (lo..=hi + 1)
        .filter(|w| w.rem_euclid(every) == 0)
        .map(|w| Tick {
            pos: x_of(w as f64),
            label: signed(w as i64),
        })
        .collect();
    let y_ticks = (0..=decades as u32)
        .map(|d| {
            let n = 10u64.pow(d);
            Tick {
                pos: y_of(n as f64 - 1.0),
                label: if d == 0 { "0".into() } else { num(n) },
            }
        })
        .collect();
    let thresholds = vec![
        Threshold {
            x: x_of(review_w),
            label: format!("review ≥ {review_p}"),
            anchor: "end",
        },
        Threshold {
            x: x_of(link_w),
            label: format!("link ≥ {link_p}"),
            anchor: "start",
        },
    ];
    Histogram {
        columns,
        x_ticks,
        y_ticks,
        thresholds,
        unscored: num(unscored),
        pairs: num(data.values().sum::<u64>() + unscored),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_small_ones_stay_visible() {
        let c = bars("t", &[("a".into(), 1), ("b".into(), 100_000)]);
        assert_eq!(c.bars[1].width, 380);
        assert_eq!(c.bars[0].width, 2);
        assert_eq!(c.bars[1].value, "100,000");
    }

    #[test]
    fn histogram_is_log_scaled_and_draws_both_thresholds() {
        let data = BTreeMap::from([(-11, 14_135), (0, 3), (20, 10)]);
        let h = histogram(&data, 262_335, 0.99, 0.2);
        let tall = h.columns[0].height;
        let small = h.columns[1].height;
        // On a linear scale 3 pairs would be 0.02% of the tallest bar.
        assert!(small > tall / 10.0, "{small} vs {tall}");
        assert_eq!(h.columns[0].band, "below");
        assert_eq!(h.columns[2].band, "link");
        let (review, link) = (h.thresholds[0].x, h.thresholds[1].x);
        assert!(LEFT < review && review < link && link < RIGHT);
        assert_eq!(h.unscored, "262,335");
        assert!((weight_of(0.5)).abs() < 1e-9);
    }
}
