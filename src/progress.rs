//! One progress display for the whole run, on stderr, driven by the same
//! tracing spans that time the stages (`crate::timing`). `Layer` keeps one
//! indicatif bar while a command's root span is open: each stage or
//! sub-stage span that opens takes the line over (`link › scoring`,
//! `load › write person`), and when it closes the stage it ran in comes
//! back. The line is cleared when the root span closes, so a finished run
//! leaves only its log lines in the scrollback.
//!
//! Counting is the stages' part, and it is cheap: a stage says how many
//! items it has (`length`) and reports them done in batches (`add`, or
//! `step` inside a loop), never per item, so the hot loops pay an
//! occasional atomic add. Without a length the line shows the stage and
//! its elapsed time.
//!
//! Hidden when stderr is not a terminal or with `--quiet`: then nothing is
//! drawn and the counters cost a lock-free read. Log lines written through
//! `LogWriter` suspend the bar while they print, so they never tear it.

use indicatif::{HumanCount, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, RwLock};
use std::time::{Duration, Instant};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id};
use tracing::{Level, Subscriber};
use tracing_subscriber::layer::Context;
use tracing_subscriber::registry::LookupSpan;

/// Loops report their progress every this many items (`step`).
pub const BATCH: u64 = 4096;

static HIDDEN: AtomicBool = AtomicBool::new(false);
/// Set while a bar is drawn: lets `add` and `LogWriter` skip every lock
/// when there is nothing on screen.
static SHOWN: AtomicBool = AtomicBool::new(false);
/// The bar, while a root span is open and the display is visible.
static BAR: RwLock<Option<ProgressBar>> = RwLock::new(None);
/// The open stage spans, outermost first.
static FRAMES: Mutex<Vec<Frame>> = Mutex::new(Vec::new());

/// Hide the display from now on (`--quiet`).
pub fn set_hidden(hidden: bool) {
    HIDDEN.store(hidden, Ordering::Relaxed);
}

fn visible() -> bool {
    !HIDDEN.load(Ordering::Relaxed) && std::io::stderr().is_terminal()
}

fn with_bar(f: impl FnOnce(&ProgressBar)) {
    if !SHOWN.load(Ordering::Relaxed) {
        return;
    }
    if let Ok(bar) = BAR.read() {
        if let Some(bar) = bar.as_ref() {
            f(bar);
        }
    }
}

/// The current stage has `len` items of kind `unit` ("records", "blocks",
/// "rows"): the line shows a bar, the count, the rate and the time left.
pub fn length(len: u64, unit: &'static str) {
    if !SHOWN.load(Ordering::Relaxed) {
        return;
    }
    if let Ok(mut frames) = FRAMES.lock() {
        if let Some(top) = frames.last_mut() {
            top.len = Some((len, unit));
            top.pos = 0;
        }
        show(&frames, true);
    }
}

/// `n` more items of the current stage are done.
pub fn add(n: u64) {
    if !SHOWN.load(Ordering::Relaxed) {
        return;
    }
    if let Ok(mut frames) = FRAMES.lock() {
        if let Some(top) = frames.last_mut() {
            top.pos += n;
        }
        show(&frames, false);
    }
}

/// Inside a loop over items `0..len` (in any order, on any thread): counts
/// a batch when item `i` closes one, so the display hears of every `BATCH`
/// items once. Every index must be visited once for the count to come out
/// right; the last part batch is not counted.
#[inline]
pub fn step(i: usize) {
    if (i as u64 + 1).is_multiple_of(BATCH) {
        add(BATCH);
    }
}

/// A stage span on the display.
struct Frame {
    id: Id,
    label: String,
    len: Option<(u64, &'static str)>,
    pos: u64,
    started: Instant,
}

/// One style for every stage: the line's text is all in the message, so
/// that a stage change is one update and one draw, never a moment where one
/// stage's name sits beside another's count.
fn style() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {elapsed:>4}  {msg}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner())
}

/// The text after the stage's name: its bar, count, rate and time left.
fn counting(pos: u64, len: u64, unit: &str, secs: f64) -> String {
    const WIDTH: u64 = 24;
    let pos = pos.min(len);
    let done = (pos * WIDTH).checked_div(len).unwrap_or(WIDTH);
    let mut bar = "=".repeat(done as usize);
    if done < WIDTH {
        bar.push('>');
        bar.push_str(&" ".repeat((WIDTH - done - 1) as usize));
    }
    let rate = pos as f64 / secs.max(1e-3);
    let left = if pos == 0 || rate <= 0.0 {
        String::new()
    } else {
        let eta = ((len - pos) as f64 / rate).min(360_000.0);
        format!(", about {} left", crate::timing::Took(eta))
    };
    format!(
        "  [{bar}] {}/{} {unit}  {}/s{left}",
        HumanCount(pos),
        HumanCount(len),
        HumanCount(rate as u64)
    )
}

/// The span fields that name what a span works on: the root stands for
/// its command, an extracted source for itself, a table follows its phase
/// (`write person`).
#[derive(Default)]
struct Label {
    command: Option<String>,
    source: Option<String>,
    table: Option<String>,
}

impl Label {
    fn set(&mut self, field: &Field, value: String) {
        match field.name() {
            "command" => self.command = Some(value),
            "source" => self.source = Some(value),
            "table" => self.table = Some(value),
            _ => {}
        }
    }
}

impl Visit for Label {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.set(field, value.to_string());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.set(field, format!("{value:?}").trim_matches('"').to_string());
    }
}

/// The tracing layer that drives the display. Install it beside the log
/// formatter with a filter that lets through onefamily's spans (see
/// `main.rs`); spans below `debug` are not stages and are ignored.
#[derive(Clone, Copy, Debug, Default)]
pub struct Layer;

impl<S> tracing_subscriber::Layer<S> for Layer
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, _ctx: Context<'_, S>) {
        if *attrs.metadata().level() > Level::DEBUG {
            return;
        }
        let Ok(mut frames) = FRAMES.lock() else {
            return;
        };
        if frames.is_empty() && visible() {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
                .with_style(style());
            bar.enable_steady_tick(Duration::from_millis(120));
            if let Ok(mut slot) = BAR.write() {
                *slot = Some(bar);
                SHOWN.store(true, Ordering::Relaxed);
            }
        }
        let mut what = Label::default();
        attrs.record(&mut what);
        let name = attrs.metadata().name();
        let label = match (what.command, what.source, what.table) {
            (Some(command), _, _) => command,
            (None, Some(source), _) => source,
            (None, None, Some(table)) => format!("{name} {table}"),
            (None, None, None) => name.to_string(),
        };
        frames.push(Frame {
            id: id.clone(),
            label,
            len: None,
            pos: 0,
            started: Instant::now(),
        });
        show(&frames, true);
    }

    fn on_close(&self, id: Id, _ctx: Context<'_, S>) {
        let Ok(mut frames) = FRAMES.lock() else {
            return;
        };
        let Some(at) = frames.iter().position(|f| f.id == id) else {
            return;
        };
        frames.remove(at);
        if !frames.is_empty() {
            show(&frames, true);
            return;
        }
        drop(frames);
        let bar = BAR.write().ok().and_then(|mut slot| slot.take());
        SHOWN.store(false, Ordering::Relaxed);
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
    }
}

/// Put the innermost open stage on the line: its path (the root left
/// out), its own elapsed time, and its count if it has one. The stage a
/// sub-stage returns to keeps its count and its clock.
fn show(frames: &[Frame], changed: bool) {
    let Some(top) = frames.last() else {
        return;
    };
    let path: Vec<&str> = frames.iter().skip(1).map(|f| f.label.as_str()).collect();
    let mut text = if path.is_empty() {
        top.label.clone()
    } else {
        path.join(" › ")
    };
    if let Some((len, unit)) = top.len {
        text.push_str(&counting(
            top.pos,
            len,
            unit,
            top.started.elapsed().as_secs_f64(),
        ));
    }
    with_bar(|bar| {
        // The elapsed time is the stage's own (setting it draws nothing).
        bar.set_elapsed(top.started.elapsed());
        bar.set_message(text);
        // A new stage can be over before the next tick: drawn now, so each
        // is seen (a few dozen draws a run). Counts wait for the tick.
        if changed {
            bar.force_draw();
        }
    });
}

/// stderr for log lines: while the bar is drawn, each line is written with
/// the bar taken off the screen and put back after, so log lines and the
/// display never share a line. The fmt layers write one whole event per
/// `write` call.
#[derive(Clone, Copy, Debug, Default)]
pub struct LogWriter;

impl std::io::Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut result = None;
        with_bar(|bar| result = Some(bar.suspend(|| std::io::stderr().write_all(buf))));
        match result {
            Some(r) => r?,
            None => std::io::stderr().write_all(buf)?,
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

/// `MakeWriter` for `LogWriter`.
pub fn log_writer() -> LogWriter {
    LogWriter
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_reads_with_its_bar_rate_and_time_left() {
        assert_eq!(
            counting(12_288, 49_152, "blocks", 2.0),
            "  [======>                 ] 12,288/49,152 blocks  6,144/s, about 6.0 s left"
        );
        assert_eq!(
            counting(0, 10, "rows", 0.0),
            "  [>                       ] 0/10 rows  0/s"
        );
        // Done, or nothing to do: a full bar, never a division by zero.
        assert!(counting(5, 5, "rows", 1.0).starts_with("  [========================] 5/5"));
        assert!(counting(0, 0, "rows", 1.0).starts_with("  [========================] 0/0"));
    }
}
