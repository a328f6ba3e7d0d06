//! The command layer: one file per subcommand. Only this layer touches files,
//! flags and `anyhow`; the library below it is pure.
//!
//! Exit codes: 0 ok, 1 a check found violations, 2 error (as ripgrep and just).

mod compare;
mod compute;
mod explain;
mod init;
pub mod io;
mod propose;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// What a command found, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Clean,
    Violations,
}

#[derive(Debug, Parser)]
#[command(
    name = "nengji",
    version,
    about = "Skill-grade wage negotiation (能级工资集体协商): schedules, rosters, exact pay",
    long_about = None
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// A base schedule and offers side by side: cost, who gains, distribution, 扩中提低.
    Compare(compare::Args),
    /// The pay sheet: every worker's pay, component by component.
    Compute(compute::Args),
    /// How one worker's pay was reached, rule by rule.
    Explain(explain::Args),
    /// Write a small starter workspace (schedule and roster) to a directory.
    Init(init::Args),
    /// A new schedule whose average growth over a roster hits a target.
    Propose(propose::Args),
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Compare(args) => compare::run(args),
        Command::Compute(args) => compute::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Init(args) => init::run(args),
        Command::Propose(args) => propose::run(args),
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Violations) => ExitCode::from(1),
        Err(e) if io::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
