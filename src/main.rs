//! The `onefamily` binary: parse the command line, start tracing, run the
//! subcommand, and map the outcome to an exit code: 0 clean, 1 finished with
//! rejects or failed gates, 2 fatal.

use clap::Parser;
use onefamily::cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing(cli.verbose, cli.quiet);
    onefamily::progress::set_hidden(cli.quiet);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    let outcome = runtime.block_on(async {
        match cli.command {
            Command::Run(args) => onefamily::pipeline::run(&args).await,
            Command::Check(args) => onefamily::pipeline::check(&args).await,
            Command::Link(args) => onefamily::pipeline::link(&args).await,
            Command::Evaluate(args) => onefamily::evaluate::run(&args),
            Command::Explain(args) => onefamily::pipeline::explain(&args).await,
            Command::ExplainFamily(args) => onefamily::pipeline::explain_family(&args).await,
            Command::Sample(args) => onefamily::pipeline::sample(&args).await,
            Command::Review(cmd) => onefamily::pipeline::review(&cmd).await,
            Command::Measures(args) => onefamily::measures::command(&args.options()).await,
        }
    });
    match outcome {
        Ok(onefamily::pipeline::Outcome::Clean) => ExitCode::SUCCESS,
        Ok(onefamily::pipeline::Outcome::Problems) => ExitCode::from(1),
        Err(e) => {
            eprintln!("error: {}", onefamily::error::redact(&e.to_string()));
            ExitCode::from(2)
        }
    }
}

/// Logs go to stderr. `RUST_LOG` overrides the level chosen by -v / --quiet.
fn init_tracing(verbose: u8, quiet: bool) {
    let level = match (quiet, verbose) {
        (true, _) => "warn",
        (false, 0) => "warn,sqlx=error,onefamily=info",
        (false, 1) => "info",
        (false, 2) => "debug",
        (false, _) => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
}
