//! Stage timings from tracing spans. Every stage of a run is an `info` span
//! under the command's root span (`run` › `extract`, `standardise`, `link`,
//! `load` › `verify`, `report`) and every sub-stage a `debug` span inside one
//! (`source` per extracted source, `features`, `blocking`, `training`,
//! `scoring`, `clustering`, `families`, the load's phases). `SpanTimes`, a
//! tracing `Layer`, notes when each span opens and closes: it writes the log
//! line that says a stage finished, and keeps the closed spans so that the
//! pipeline can write `timings.json` (`Timings::collect`) from the same clock.
//! Stages carry counts and source names in their fields, never personal data.
//! Each stage and sub-stage also notes the process's resident memory when it
//! closes (`Memory`, from `/proc/self/status`): the current size and the peak
//! so far, so that `timings.json` shows which stage set the run's peak.

use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Level, Subscriber};
use tracing_subscriber::layer::Context;
use tracing_subscriber::registry::LookupSpan;

/// A span that has closed: its place in the tree, its fields and its wall time.
#[derive(Clone, Debug)]
pub struct ClosedSpan {
    /// Creation order, unique in the process (span IDs are reused, these are not).
    pub serial: u64,
    pub parent: Option<u64>,
    /// The serial of the outermost span it was opened under (itself when none).
    pub root: u64,
    pub name: &'static str,
    pub level: Level,
    /// Fields as recorded on the span (source and table names, counts).
    pub fields: Vec<(&'static str, String)>,
    /// From the span's creation to its close.
    pub secs: f64,
    /// Resident memory when it closed, where the system tells it.
    pub memory: Option<Memory>,
}

/// The process's resident set when a span closed, in MiB: `rss` then, and
/// `peak`, the most it had held since it started (Linux's VmRSS and VmHWM).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Memory {
    pub rss_mib: u64,
    pub peak_mib: u64,
}

impl Memory {
    /// Read from `/proc/self/status`: None where there is no such file (not
    /// Linux) or it lacks either line. A few microseconds: read once per span.
    pub fn now() -> Option<Memory> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        Memory::parse(&status)
    }

    fn parse(status: &str) -> Option<Memory> {
        Some(Memory {
            rss_mib: status_number(status, "VmRSS:")? / 1024,
            peak_mib: status_number(status, "VmHWM:")? / 1024,
        })
    }
}

/// The number on the line of a `/proc/PID/status` text that starts with
/// `name` (its kB figure for a size, a count for `Threads:`).
pub fn status_number(status: &str, name: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with(name))?;
    line[name.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

impl ClosedSpan {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Spans closed in this process, oldest first. A run takes its own tree out
/// of it (`Timings::collect`), so it stays small.
static CLOSED: Mutex<Vec<ClosedSpan>> = Mutex::new(Vec::new());
static SERIAL: AtomicU64 = AtomicU64::new(1);

/// The tracing layer that times spans. Install it beside the log formatter
/// (see `main.rs`); give it a filter that lets through the spans to time.
#[derive(Clone, Copy, Debug, Default)]
pub struct SpanTimes;

/// Kept in a span's extensions while it is open.
struct Open {
    serial: u64,
    parent: Option<u64>,
    root: u64,
    start: Instant,
    fields: Vec<(&'static str, String)>,
}

/// Collects a span's field values as text.
struct Fields<'a>(&'a mut Vec<(&'static str, String)>);

impl Visit for Fields<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.set(field.name(), value.to_string());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.set(field.name(), format!("{value:?}"));
    }
}

impl Fields<'_> {
    fn set(&mut self, name: &'static str, value: String) {
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.0.push((name, value)),
        }
    }
}

impl<S> tracing_subscriber::Layer<S> for SpanTimes
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else {
            return;
        };
        let serial = SERIAL.fetch_add(1, Ordering::Relaxed);
        let above = span
            .parent()
            .and_then(|p| p.extensions().get::<Open>().map(|o| (o.serial, o.root)));
        let mut fields = Vec::new();
        attrs.record(&mut Fields(&mut fields));
        span.extensions_mut().insert(Open {
            serial,
            parent: above.map(|a| a.0),
            root: above.map_or(serial, |a| a.1),
            start: Instant::now(),
            fields,
        });
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(id) {
            if let Some(open) = span.extensions_mut().get_mut::<Open>() {
                values.record(&mut Fields(&mut open.fields));
            }
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else {
            return;
        };
        let Some(open) = span.extensions_mut().remove::<Open>() else {
            return;
        };
        let closed = ClosedSpan {
            serial: open.serial,
            parent: open.parent,
            root: open.root,
            name: span.name(),
            level: *span.metadata().level(),
            fields: open.fields,
            secs: open.start.elapsed().as_secs_f64(),
            memory: Memory::now(),
        };
        log_finished(&closed);
        if let Ok(mut all) = CLOSED.lock() {
            all.push(closed);
        }
    }
}

/// The log line a finished stage writes: at the span's own level, so stages
/// show by default and sub-stages with `-v`.
fn log_finished(s: &ClosedSpan) {
    let fields: Vec<String> = s
        .fields
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(n, v)| format!("{n}={v}"))
        .collect();
    let message = if fields.is_empty() {
        "Finished.".to_string()
    } else {
        format!("Finished ({}).", fields.join(" "))
    };
    let took = Took(s.secs);
    match s.level {
        Level::ERROR | Level::WARN | Level::INFO => {
            tracing::info!(stage = %s.name, took = %took, "{message}")
        }
        Level::DEBUG => tracing::debug!(stage = %s.name, took = %took, "{message}"),
        Level::TRACE => tracing::trace!(stage = %s.name, took = %took, "{message}"),
    }
}

/// A duration for people: whole milliseconds below a second, tenths of a
/// second below ten seconds, whole seconds below a minute, then minutes
/// and seconds (`421 ms`, `2.4 s`, `38 s`, `1 min 12 s`, `2 h 5 min`).
#[derive(Clone, Copy, Debug)]
pub struct Took(pub f64);

impl std::fmt::Display for Took {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = self.0.max(0.0);
        if s < 0.9995 {
            return write!(f, "{:.0} ms", s * 1000.0);
        }
        if s < 9.95 {
            return write!(f, "{s:.1} s");
        }
        let whole = s.round() as u64;
        match (whole / 3600, whole / 60 % 60, whole % 60) {
            (0, 0, sec) => write!(f, "{sec} s"),
            (0, min, 0) => write!(f, "{min} min"),
            (0, min, sec) => write!(f, "{min} min {sec} s"),
            (h, 0, _) => write!(f, "{h} h"),
            (h, min, _) => write!(f, "{h} h {min} min"),
        }
    }
}

/// Wall time of each stage, sub-stage and source: written to `timings.json`,
/// apart from `report.json` so the report stays the same from run to run.
/// `stages` are the root's `info` spans in the order they opened, each
/// without the stages nested in it (the load's `verify` is its own stage);
/// `substages` are the `debug` spans, named with the stage they ran in.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Timings {
    pub stages: Vec<(String, f64)>,
    pub substages: Vec<SubStage>,
    pub sources: Vec<SourceTiming>,
    pub records: u64,
    pub total_secs: f64,
    /// Resident memory at the close of each stage and sub-stage (not of each
    /// source), in the order they closed, ending with the whole run's.
    pub memory: Vec<StageMemory>,
}

/// `Memory` when a stage or sub-stage closed.
#[derive(Clone, Debug, Serialize)]
pub struct StageMemory {
    /// The stage it ran in, for a sub-stage; empty for a stage.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub stage: String,
    pub name: String,
    #[serde(flatten)]
    pub memory: Memory,
}

#[derive(Clone, Debug, Serialize)]
pub struct SubStage {
    pub stage: String,
    pub name: String,
    /// The span's own fields (a table name, a count), when it has any.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, String>,
    pub secs: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct SourceTiming {
    pub source: String,
    pub kind: String,
    /// `extracted` (read from the source), `reused` (the staging store's
    /// extract) or `snapshot`; empty when the span did not say.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub origin: String,
    pub rows: u64,
    /// Records staged: persons, involvements, referrals, assessments and consents.
    pub records: u64,
    pub secs: f64,
    pub records_per_sec: f64,
}

/// The span that stands for one staged source (fields `source`, `kind`,
/// `origin`, `rows`, `records`).
pub const SOURCE_SPAN: &str = "source";

impl Timings {
    /// Take the spans of the last closed root span called `root` out of the
    /// layer's store and turn them into timings. Empty when the layer is
    /// not installed (a library caller that set up no tracing).
    pub fn collect(root: &str) -> Timings {
        let Ok(mut all) = CLOSED.lock() else {
            return Timings::default();
        };
        let Some(serial) = all
            .iter()
            .rev()
            .find(|s| s.parent.is_none() && s.name == root)
            .map(|s| s.serial)
        else {
            return Timings::default();
        };
        let (mine, rest): (Vec<_>, Vec<_>) = all.drain(..).partition(|s| s.root == serial);
        *all = rest;
        Timings::from_spans(mine, serial)
    }

    /// Timings from the closed spans of one tree whose root is `root`, in
    /// the order they closed.
    pub fn from_spans(mut spans: Vec<ClosedSpan>, root: u64) -> Timings {
        let closed: Vec<u64> = spans.iter().map(|s| s.serial).collect();
        spans.sort_by_key(|s| s.serial);
        let by_serial: BTreeMap<u64, &ClosedSpan> = spans.iter().map(|s| (s.serial, s)).collect();
        // The nearest enclosing stage: an info span, or the root.
        let stage_of = |s: &ClosedSpan| {
            let mut p = s.parent;
            while let Some(up) = p.and_then(|p| by_serial.get(&p)) {
                if up.serial == root || up.level <= Level::INFO {
                    return Some(*up);
                }
                p = up.parent;
            }
            None
        };
        let mut t = Timings::default();
        if let Some(r) = by_serial.get(&root) {
            t.total_secs = r.secs;
            t.records = r.field("records").and_then(|v| v.parse().ok()).unwrap_or(0);
        }
        let mut stages: Vec<(u64, String, f64)> = Vec::new();
        for s in spans.iter().filter(|s| s.serial != root) {
            if s.level <= Level::INFO {
                stages.push((s.serial, s.name.to_string(), s.secs));
            }
        }
        // A stage's own time leaves out the stages nested in it.
        for s in spans
            .iter()
            .filter(|s| s.serial != root && s.level <= Level::INFO)
        {
            if let Some(up) = stage_of(s).filter(|up| up.serial != root) {
                if let Some(e) = stages.iter_mut().find(|e| e.0 == up.serial) {
                    e.2 -= s.secs;
                }
            }
        }
        t.stages = stages
            .into_iter()
            .map(|(_, n, s)| (n, s.max(0.0)))
            .collect();
        t.memory = closed
            .iter()
            .filter_map(|serial| by_serial.get(serial))
            .filter(|s| s.name != SOURCE_SPAN)
            .filter_map(|s| {
                let stage = match s.level <= Level::INFO {
                    true => String::new(),
                    false => stage_of(s).map_or("", |up| up.name).to_string(),
                };
                Some(StageMemory {
                    stage,
                    name: s.name.to_string(),
                    memory: s.memory?,
                })
            })
            .collect();
        for s in spans.iter().filter(|s| s.level > Level::INFO) {
            if s.name == SOURCE_SPAN {
                let num = |n: &str| s.field(n).and_then(|v| v.parse().ok()).unwrap_or(0u64);
                t.sources.push(SourceTiming {
                    source: s.field("source").unwrap_or_default().to_string(),
                    kind: s.field("kind").unwrap_or_default().to_string(),
                    origin: s.field("origin").unwrap_or_default().to_string(),
                    rows: num("rows"),
                    records: num("records"),
                    secs: s.secs,
                    records_per_sec: num("records") as f64 / s.secs.max(1e-9),
                });
                continue;
            }
            t.substages.push(SubStage {
                stage: stage_of(s).map_or("", |up| up.name).to_string(),
                name: s.name.to_string(),
                fields: s
                    .fields
                    .iter()
                    .filter(|(_, v)| !v.is_empty())
                    .map(|(n, v)| (n.to_string(), v.clone()))
                    .collect(),
                secs: s.secs,
            });
        }
        t
    }

    /// Write `timings.json` into `out`.
    pub fn write(&self, out: &Path) -> crate::Result<()> {
        let path = out.join("timings.json");
        let text =
            serde_json::to_string_pretty(self).map_err(|e| crate::Error::Other(e.to_string()))?;
        std::fs::write(&path, text + "\n").map_err(|e| crate::Error::io(&path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracing_subscriber::layer::SubscriberExt;

    fn span(serial: u64, parent: Option<u64>, name: &'static str, level: Level) -> ClosedSpan {
        ClosedSpan {
            serial,
            parent,
            root: 1,
            name,
            level,
            fields: Vec::new(),
            secs: serial as f64,
            memory: Some(Memory {
                rss_mib: serial,
                peak_mib: 100 + serial,
            }),
        }
    }

    #[test]
    fn nested_stage_is_its_own_stage_and_sub_stages_name_their_stage() {
        let mut root = span(1, None, "run", Level::INFO);
        root.fields.push(("records", "42".into()));
        let mut source = span(3, Some(2), SOURCE_SPAN, Level::DEBUG);
        source.fields = vec![
            ("source", "a".into()),
            ("kind", "csv".into()),
            ("rows", "5".into()),
            ("records", "6".into()),
        ];
        let spans = vec![
            root,
            span(2, Some(1), "extract", Level::INFO),
            source,
            span(10, Some(1), "load", Level::INFO),
            span(4, Some(10), "write", Level::DEBUG),
            span(7, Some(10), "verify", Level::INFO),
        ];
        let t = Timings::from_spans(spans, 1);
        assert_eq!(t.records, 42);
        assert_eq!(t.total_secs, 1.0);
        // Creation order; load without its nested verify (10 - 7).
        assert_eq!(
            t.stages,
            vec![
                ("extract".to_string(), 2.0),
                ("verify".to_string(), 7.0),
                ("load".to_string(), 3.0)
            ]
        );
        assert_eq!(t.sources.len(), 1);
        assert_eq!((t.sources[0].rows, t.sources[0].records), (5, 6));
        assert_eq!(t.substages.len(), 1);
        assert_eq!(
            (t.substages[0].stage.as_str(), t.substages[0].secs),
            ("load", 4.0)
        );
        // Memory in the order the spans closed (as given), sources left out.
        let memory: Vec<_> = t
            .memory
            .iter()
            .map(|m| (m.stage.as_str(), m.name.as_str(), m.memory.rss_mib))
            .collect();
        assert_eq!(
            memory,
            [
                ("", "run", 1),
                ("", "extract", 2),
                ("", "load", 10),
                ("load", "write", 4),
                ("", "verify", 7)
            ]
        );
    }

    #[test]
    fn memory_reads_proc_status_lines() {
        let status = "Name:\tonefamily\nVmHWM:\t  2411724 kB\nVmRSS:\t   104448 kB\nThreads:\t3\n";
        assert_eq!(
            Memory::parse(status),
            Some(Memory {
                rss_mib: 102,
                peak_mib: 2355
            })
        );
        assert_eq!(Memory::parse("Name:\tx\nVmRSS:\t1 kB\n"), None);
        if cfg!(target_os = "linux") {
            let m = Memory::now().expect("Linux has /proc/self/status");
            assert!(m.peak_mib >= m.rss_mib);
        }
    }

    #[test]
    fn the_layer_records_the_tree_of_a_run() {
        let subscriber = tracing_subscriber::registry().with(SpanTimes);
        tracing::subscriber::with_default(subscriber, || {
            let root = tracing::info_span!("timing_test_root", records = tracing::field::Empty);
            root.in_scope(|| {
                tracing::info_span!("stage_a").in_scope(|| {
                    tracing::debug_span!("part", table = "t").in_scope(|| ());
                });
                tracing::info_span!("stage_b").in_scope(|| ());
            });
            root.record("records", 3u64);
        });
        let t = Timings::collect("timing_test_root");
        let names: Vec<_> = t.stages.iter().map(|s| s.0.as_str()).collect();
        assert_eq!(names, ["stage_a", "stage_b"]);
        assert_eq!(t.records, 3);
        assert_eq!(t.substages.len(), 1);
        assert_eq!(t.substages[0].stage, "stage_a");
        assert_eq!(t.substages[0].fields["table"], "t");
    }

    #[test]
    fn durations_read_rounded() {
        assert_eq!(Took(0.4213).to_string(), "421 ms");
        assert_eq!(Took(0.9999).to_string(), "1.0 s");
        assert_eq!(Took(2.449).to_string(), "2.4 s");
        assert_eq!(Took(9.96).to_string(), "10 s");
        assert_eq!(Took(38.4).to_string(), "38 s");
        assert_eq!(Took(59.6).to_string(), "1 min");
        assert_eq!(Took(72.2).to_string(), "1 min 12 s");
        assert_eq!(Took(157.4).to_string(), "2 min 37 s");
        assert_eq!(Took(7530.0).to_string(), "2 h 5 min");
        assert_eq!(Took(3600.0).to_string(), "1 h");
    }
}
