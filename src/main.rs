//! The `onefamily` binary: parse the command line, start tracing, run the
//! subcommand (`onefamily::commands`), and map the outcome to an exit code:
//! 0 clean, 1 finished with rejects or failed gates, 2 fatal.

use onefamily::cli::Cli;
use onefamily::commands::Outcome;
use std::io::IsTerminal;
use std::process::ExitCode;
use tracing_subscriber::filter::{filter_fn, EnvFilter};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::Layer;

/// mimalloc instead of glibc's allocator: a run allocates and frees tens
/// of millions of small strings (staged values, features, load rows), and
/// glibc's free alone took 1.8 s of a 25,000-family load.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    no_huge_pages();
    let cli = Cli::parse_env();
    init_tracing(cli.verbose, cli.quiet);
    onefamily::progress::set_hidden(cli.quiet);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(onefamily::commands::dispatch(cli.command)) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Err(e) => {
            eprintln!("error: {}", onefamily::error::redact(&e.to_string()));
            ExitCode::from(2)
        }
    }
}

/// Transparent huge pages off for this process. mimalloc asks the kernel
/// for huge pages on its arenas, and the kernel then zeroes 2 MiB at each
/// first touch, and again after every purge: at a million records that
/// zeroing was a fifth of the link's CPU samples. Measured on the peers' 1M
/// file (2-core VM, nothing else running, two runs each, alternated):
/// system time 4.5 → 1.75 s, user time 1.3 s more (more TLB misses), wall
/// 14.3–14.6 → 13.6–13.7 s, the same peak. Only a hint to the kernel: a
/// refusal changes nothing but the speed.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes integers only and touches no memory
    // of ours.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// Logs go to stderr, with colour only when stderr is a terminal and
/// NO_COLOR is not set; log lines print above the progress display.
/// `RUST_LOG` overrides the level chosen by -v / --quiet. Beside the log,
/// `onefamily::timing::SpanTimes` times every onefamily span whatever the
/// log level, for timings.json.
fn init_tracing(verbose: u8, quiet: bool) {
    let level = match (quiet, verbose) {
        // Errors only: not even a dependency's warning (sqlx's slow-statement
        // warning quotes a whole SQL statement).
        (true, _) => "error",
        (false, 0) => "warn,sqlx=error,onefamily=info",
        (false, 1) => "info,sqlx=warn,onefamily=debug",
        (false, 2) => "debug",
        (false, _) => "trace",
    };
    let filter = || EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(level));
    // NO_COLOR (no-color.org): present and not empty turns colour off.
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let ansi = std::io::stderr().is_terminal() && !no_color;
    let ours = |m: &tracing::Metadata<'_>| m.target().starts_with("onefamily");
    let log = tracing_subscriber::fmt::layer()
        .with_writer(onefamily::progress::log_writer)
        .with_ansi(ansi)
        .with_target(false)
        .with_filter(filter())
        .with_filter(filter_fn(ours));
    // Other crates' events may quote a value or a statement: redacted.
    let theirs = tracing_subscriber::fmt::layer()
        .with_writer(|| onefamily::redact::RedactingWriter(onefamily::progress::log_writer()))
        .with_ansi(ansi)
        .with_target(true)
        .with_filter(filter())
        .with_filter(filter_fn(move |m| !ours(m)));
    let timing = onefamily::timing::SpanTimes.with_filter(filter_fn(|m| {
        m.is_span() && m.target().starts_with("onefamily")
    }));
    // One progress display for the run, from the same spans.
    let progress = onefamily::progress::Layer.with_filter(filter_fn(|m| {
        m.is_span() && m.target().starts_with("onefamily")
    }));
    tracing_subscriber::registry()
        .with(log)
        .with(theirs)
        .with(timing)
        .with(progress)
        .init();
}
