//! The command layer: one file per subcommand. Only this layer touches files,
//! flags and `anyhow`; the library below it is pure.
//!
//! Exit codes: 0 ok, 1 a check found violations, 2 error (as ripgrep and just).

mod args;
mod arrears;
mod assess;
mod audit;
mod batch;
pub(crate) mod check;
pub(crate) mod compare;
mod completions;
mod compute;
pub(crate) mod explain;
mod help;
mod init;
pub mod io;
mod man;
mod progress;
pub(crate) mod propose;
pub(crate) mod render;
mod serve;
mod templates;

use std::process::ExitCode;

use std::sync::atomic::{AtomicBool, Ordering};

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::i18n;
use crate::t;

/// What a command found, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Clean,
    Violations,
}

#[derive(Debug, Parser)]
#[command(name = "nengji", version)]
struct Cli {
    #[arg(long, global = true, value_name = "LANG", value_parser = ["zh", "en"])]
    lang: Option<String>,
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

/// The subcommands; their help, and the order `--help` lists them in, come
/// from `help.rs` and the catalogue.
#[derive(Debug, Subcommand)]
enum Command {
    Init(init::Args),
    Compute(compute::Args),
    Explain(explain::Args),
    Check(check::Args),
    Arrears(arrears::Args),
    Audit(audit::Args),
    Propose(propose::Args),
    Compare(compare::Args),
    Render(render::Args),
    Templates(templates::Args),
    Assess(assess::Args),
    Batch(batch::Args),
    Serve(serve::Args),
    Completions(completions::Args),
    Man(man::Args),
}

/// Whether `-q/--quiet` asked for nothing but errors on stderr.
static QUIET: AtomicBool = AtomicBool::new(false);

/// Whether the user asked for silence (`-q`): no notes, summaries or progress.
pub(crate) fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// A command's outcome once its output is written: a reader that stopped
/// early (`nengji check ... | head`) does not hide that violations were found.
pub(crate) fn finish(written: anyhow::Result<()>, outcome: Outcome) -> anyhow::Result<Outcome> {
    match written {
        Err(e) if io::is_broken_pipe(&e) => Ok(outcome),
        other => other.map(|()| outcome),
    }
}

/// A line for the person at the terminal, on stderr, unless `-q` asked for
/// silence: `nengji <command>: <line>`.
pub(crate) fn note(command: &str, line: &str) {
    if !quiet() {
        eprintln!("nengji {command}: {line}");
    }
}

/// The whole command line, its help in the language in use.
pub(crate) fn command() -> clap::Command {
    help::localize(raw_command())
}

/// The command line as the derive defines it, before the catalogue's help.
pub(crate) fn raw_command() -> clap::Command {
    Cli::command()
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let flag = i18n::Lang::flag_in_args(std::env::args_os());
    i18n::set_lang(i18n::Lang::detect(flag.as_deref()));
    let matches = match command().try_get_matches() {
        Ok(m) => m,
        Err(e) => return args::report(e),
    };
    if let Some(("help", sub)) = matches.subcommand() {
        return args::help(sub);
    }
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return args::report(e),
    };
    QUIET.store(cli.quiet, Ordering::Relaxed);
    let result = match cli.command {
        Command::Init(args) => init::run(args),
        Command::Compute(args) => compute::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Check(args) => check::run(args),
        Command::Audit(args) => audit::run(args),
        Command::Arrears(args) => arrears::run(args),
        Command::Propose(args) => propose::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Render(args) => render::run(args),
        Command::Templates(args) => templates::run(args),
        Command::Assess(args) => assess::run(args),
        Command::Batch(args) => batch::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Violations) => ExitCode::from(1),
        Err(e) if io::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", t!("error-line", message = told(&e)));
            ExitCode::from(2)
        }
    }
}

/// An error and its causes, outermost first, as anyhow's `{:#}` gives them
/// in English; in another language the causes are joined by that language's
/// separator and the system's own English for an I/O error ("No such file or
/// directory (os error 2)") is told by its kind.
pub(crate) fn told(e: &anyhow::Error) -> String {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return format!("{e:#}");
    }
    let parts: Vec<String> = e
        .chain()
        .map(|cause| match cause.downcast_ref::<std::io::Error>() {
            Some(io) if io.get_ref().is_none() => io_kind(io),
            _ => cause.to_string(),
        })
        .collect();
    parts.join(&crate::i18n::t("error-cause-separator"))
}

/// What the system said, by its kind, in the user's language.
fn io_kind(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let id = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::AlreadyExists => "io-already-exists",
        K::NotADirectory => "io-not-a-directory",
        K::IsADirectory => "io-is-a-directory",
        K::StorageFull => "io-storage-full",
        K::ReadOnlyFilesystem => "io-read-only",
        K::Interrupted => "io-interrupted",
        K::InvalidData => "io-invalid-data",
        K::UnexpectedEof => "io-unexpected-eof",
        _ => return t!("io-other", error = e.to_string()),
    };
    crate::i18n::t(id)
}
