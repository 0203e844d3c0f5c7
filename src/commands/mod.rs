//! The subcommands, one module each: the only code that knows the command
//! line's types (`crate::cli`) and prints to stdout. Each turns its
//! arguments into the pipeline's plain options, calls the pipeline (or a
//! module below it), prints the result and says how it finished. Errors go
//! back to `main`, which prints them redacted and exits 2.

mod check;
mod cluster;
mod evaluate;
mod explain;
mod explain_family;
mod export;
mod extract;
mod init;
mod link;
mod load;
mod measures;
mod review;
mod run;
mod sample;

use crate::cli::Command;
use crate::error::{Error, Result};

/// How a command finished, when it finished at all (fatal errors are `Err`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing to report: exit 0.
    Clean,
    /// Finished, with rejects, problems or a failed gate: exit 1.
    Problems,
}

impl Outcome {
    fn problems_if(problems: bool) -> Outcome {
        if problems {
            Outcome::Problems
        } else {
            Outcome::Clean
        }
    }
}

/// Run one subcommand.
pub async fn dispatch(command: Command) -> Result<Outcome> {
    match command {
        Command::Run(args) => run::run(&args).await,
        Command::Check(args) => check::check(&args).await,
        Command::Extract(args) => extract::extract(&args).await,
        Command::Link(args) => link::link(&args).await,
        Command::Load(args) => load::load(&args).await,
        Command::Evaluate(args) => evaluate::evaluate(&args),
        Command::Explain(args) => explain::explain(&args).await,
        Command::ExplainFamily(args) => explain_family::explain_family(&args).await,
        Command::Sample(args) => sample::sample(&args),
        Command::Init(args) => init::init(&args).await,
        Command::Review(cmd) => review::review(&cmd).await,
        Command::Measures(args) => measures::run(&args).await,
        Command::Export(args) => export::export(&args).await,
        Command::Cluster(cmd) => cluster::cluster(cmd),
    }
}

/// Print `value` as text, or as JSON with `--json`.
fn print<T: serde::Serialize + std::fmt::Display>(value: &T, json: bool) -> Result<()> {
    if json {
        let text = serde_json::to_string_pretty(value).map_err(|e| Error::Other(e.to_string()))?;
        println!("{text}");
    } else {
        print!("{value}");
    }
    Ok(())
}
