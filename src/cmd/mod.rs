//! The command layer: one file per subcommand. Only this layer touches files,
//! flags and `anyhow`; the library below it is pure.
//!
//! Exit codes: 0 ok, 1 a check found violations, 2 error (as ripgrep and just).

mod arrears;
mod assess;
mod audit;
mod batch;
pub(crate) mod check;
pub(crate) mod compare;
mod compute;
pub(crate) mod explain;
mod init;
pub mod io;
pub(crate) mod propose;
pub(crate) mod render;
mod serve;
mod templates;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::i18n;

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
    /// The language of messages: zh or en (else NENGJI_LANG, else the system's locale).
    #[arg(long, global = true, value_name = "LANG", value_parser = ["zh", "en"])]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// A base schedule and offers side by side: cost, who gains, distribution, 扩中提低.
    Compare(compare::Args),
    /// The pay sheet: every worker's pay, component by component.
    Compute(compute::Args),
    /// Grade assessment (能级认定): the committee's scores and rules decide each grade.
    Assess(assess::Args),
    /// How one worker's pay was reached, rule by rule.
    Explain(explain::Args),
    /// Regional rosters at scale: pay, per-enterprise totals, distributions, manifest.
    Batch(batch::Args),
    /// Write a small starter workspace (schedule and roster) to a directory.
    Init(init::Args),
    /// Hold a schedule (and a roster's pay) against the law, floors and market.
    Check(check::Args),
    /// 补发 / 欠薪: month by month, entitled under a new schedule, paid, and owed.
    Arrears(arrears::Args),
    /// 履约监督: find workers paid less than the contract entitles them to.
    Audit(audit::Args),
    /// Write the contract, industry agreement, offer or notice of a schedule.
    Render(render::Args),
    /// List or print the built-in document templates.
    Templates(templates::Args),
    /// A new schedule whose average growth over a roster hits a target.
    Propose(propose::Args),
    /// The negotiation table in the browser (云协商): offers side by side, live figures.
    Serve(serve::Args),
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let flag = i18n::Lang::flag_in_args(std::env::args_os());
    i18n::set_lang(i18n::Lang::detect(flag.as_deref()));
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Batch(args) => batch::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Compute(args) => compute::run(args),
        Command::Assess(args) => assess::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Init(args) => init::run(args),
        Command::Check(args) => check::run(args),
        Command::Audit(args) => audit::run(args),
        Command::Arrears(args) => arrears::run(args),
        Command::Render(args) => render::run(args),
        Command::Templates(args) => templates::run(args),
        Command::Propose(args) => propose::run(args),
        Command::Serve(args) => serve::run(args),
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Violations) => ExitCode::from(1),
        Err(e) if io::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", crate::t!("error-line", message = format!("{e:#}")));
            ExitCode::from(2)
        }
    }
}
