//! Command-line mistakes and `nengji help`, in the user's language: clap
//! finds the mistake, the catalogue says it.

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{self, Lang};
use crate::t;

/// Reports a clap error (or prints the help or version it carries) and
/// returns the exit code: 0 for help and version, 2 for a mistake.
pub fn report(e: clap::Error) -> ExitCode {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    if i18n::lang() == Lang::En || e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let _ = e.print();
        return ExitCode::from(2);
    }
    eprintln!("{}", t!("error-line", message = message(&e)));
    if let Some(ContextValue::String(s)) = e.get(ContextKind::SuggestedArg) {
        eprintln!("\n  {}", t!("cli-tip-similar", name = s));
    }
    if let Some(ContextValue::Strings(s)) = e.get(ContextKind::SuggestedSubcommand) {
        eprintln!("\n  {}", t!("cli-tip-similar", name = s.join(", ")));
    }
    eprintln!("\n{}", t!("cli-more-help"));
    ExitCode::from(2)
}

fn message(e: &clap::Error) -> String {
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(s)) => s.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    match e.kind() {
        ErrorKind::InvalidValue => t!(
            "cli-invalid-value",
            arg = arg,
            value = value,
            choices = text(ContextKind::ValidValue)
        ),
        ErrorKind::ValueValidation => {
            // The standard library's number errors are English only.
            let why = std::error::Error::source(e)
                .map(|s| {
                    if s.is::<std::num::ParseIntError>() {
                        t!("cli-not-a-whole-number")
                    } else {
                        s.to_string()
                    }
                })
                .unwrap_or_default();
            t!("cli-value-validation", arg = arg, value = value, why = why)
        }
        ErrorKind::UnknownArgument => t!("cli-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            t!(
                "cli-unknown-command",
                name = text(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::MissingRequiredArgument => t!("cli-missing-argument", arg = arg),
        ErrorKind::MissingSubcommand => t!("cli-missing-command"),
        ErrorKind::ArgumentConflict => {
            t!(
                "cli-conflict",
                arg = arg,
                other = text(ContextKind::PriorArg)
            )
        }
        ErrorKind::TooManyValues => {
            t!("cli-too-many", arg = arg, value = value)
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            t!("cli-too-few", arg = arg)
        }
        ErrorKind::NoEquals => t!("cli-no-equals", arg = arg),
        ErrorKind::InvalidUtf8 => t!("cli-invalid-utf8"),
        _ => t!("cli-bad-command-line"),
    }
}

/// `nengji help [COMMAND]...`: the help of the command named, or of nengji,
/// exactly as `nengji COMMAND --help` prints it.
pub fn help(matches: &clap::ArgMatches) -> ExitCode {
    let mut argv = vec!["nengji".to_string()];
    argv.extend(
        matches
            .get_many::<String>("command")
            .into_iter()
            .flatten()
            .cloned(),
    );
    argv.push("--help".to_string());
    match super::command().try_get_matches_from(argv) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => report(e),
    }
}
