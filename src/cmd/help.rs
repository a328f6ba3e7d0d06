//! The command line's help in the user's language: clap's definitions give the
//! shape (names, flags, types, defaults), the catalogue (`locales/*/help.ftl`)
//! gives every sentence, so help is translated in one place.
//!
//! Ids, looked up per command path (`check`, `templates-show`):
//! `help-<path>-about`, `help-<path>-examples`, `help-<path>-<arg id>`, then
//! for flags many commands share, `help-arg-<arg id>`.

use clap::{Arg, ArgAction, Command};

use crate::i18n;
use crate::t;

/// The subcommands in the order of the work; one not listed comes after them.
const ORDER: &[&str] = &[
    "init",
    "compute",
    "explain",
    "check",
    "audit",
    "arrears",
    "propose",
    "compare",
    "render",
    "templates",
    "assess",
    "batch",
    "serve",
    "completions",
    "man",
    "help",
];

/// `cmd` with its help, and every subcommand's, from the catalogue.
pub fn localize(cmd: Command) -> Command {
    let cmd = cmd
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .display_order(LAST + 3)
                .help(t!("help-arg-version")),
        )
        .disable_help_subcommand(true)
        .subcommand(
            Command::new("help")
                .about(t!("help-help-about"))
                .arg(Arg::new("command").num_args(0..).value_name("COMMAND")),
        );
    let cmd = cmd
        .mut_arg("lang", |a| a.display_order(LAST))
        .mut_arg("quiet", |a| a.display_order(LAST + 1));
    localize_command(cmd, "")
}

/// The display order of the flags every command has, after its own.
const LAST: usize = 1000;

fn localize_command(mut cmd: Command, parent: &str) -> Command {
    let path = if parent.is_empty() {
        if cmd.get_name() == "nengji" {
            String::new()
        } else {
            cmd.get_name().to_string()
        }
    } else {
        format!("{parent}-{}", cmd.get_name())
    };
    let key = |what: &str| {
        if path.is_empty() {
            format!("help-{what}")
        } else {
            format!("help-{path}-{what}")
        }
    };
    if let Some(about) = lookup(&key("about")) {
        cmd = cmd
            .about(about)
            .long_about(clap::builder::Resettable::Reset);
    }
    let examples = lookup(&key("examples"));
    cmd = cmd
        .help_template(template(examples.as_deref()))
        .subcommand_help_heading(t!("help-heading-commands"))
        .subcommand_value_name(t!("help-value-command"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .display_order(LAST + 2)
                .help(t!("help-arg-help")),
        );
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let name = arg_key(&id);
        let help = lookup(&key(&name)).or_else(|| lookup(&format!("help-arg-{name}")));
        cmd = cmd.mut_arg(&id, |arg| localize_arg(arg, help));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let order = ORDER.iter().position(|n| *n == name).unwrap_or(ORDER.len());
        cmd = cmd.mut_subcommand(&name, |sub| {
            localize_command(sub.display_order(order), &path)
        });
    }
    cmd
}

/// An argument's help line, with its default and choices written in the
/// user's language (clap would write them in English).
fn localize_arg(arg: Arg, help: Option<String>) -> Arg {
    let positional = arg.is_positional();
    let mut text = match help {
        Some(h) => h,
        None => arg.get_help().map(|h| h.to_string()).unwrap_or_default(),
    };
    let choices: Vec<String> = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        arg.get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect()
    };
    let takes_value = arg.get_action().takes_values();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !choices.is_empty() && takes_value {
        text = t!("help-choices", help = text, choices = choices.join(", "));
    }
    if !defaults.is_empty() && takes_value && !arg.is_hide_default_value_set() {
        text = t!("help-default", help = text, default = defaults.join(","));
    }
    let heading = if positional {
        t!("help-heading-arguments")
    } else {
        t!("help-heading-options")
    };
    let arg = arg
        .help(text)
        .long_help(clap::builder::Resettable::Reset)
        .help_heading(heading);
    if takes_value {
        arg.hide_possible_values(true).hide_default_value(true)
    } else {
        arg
    }
}

/// The help page's layout, its headings in the user's language, the examples
/// last (in the template, so clap does not wrap a command line).
fn template(examples: Option<&str>) -> String {
    let mut page = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        t!("help-heading-usage")
    );
    if let Some(examples) = examples {
        // `{` would start a template placeable.
        let examples = examples.replace('{', "{{").replace('}', "}}");
        page.push_str(&format!("\n\n{}:\n{examples}", t!("help-heading-examples")));
    }
    page
}

/// `cmd` with every choice's description (a value enum's doc comment, which
/// fish, zsh and PowerShell completions show beside it) from the catalogue.
/// For completions and the man page only: the choices become plain strings,
/// which the derived argument types could not be read back from.
pub fn with_value_help(cmd: Command) -> Command {
    with_value_help_in(cmd, "")
}

fn with_value_help_in(mut cmd: Command, parent: &str) -> Command {
    let path = command_path(&cmd, parent);
    // Every argument in place (`mut_arg` would move it to the end).
    cmd = cmd.mut_args(|arg| {
        if arg.get_possible_values().is_empty() {
            return arg;
        }
        let arg_name = arg_key(arg.get_id().as_str());
        {
            let values: Vec<clap::builder::PossibleValue> = arg
                .get_possible_values()
                .into_iter()
                .map(|v| {
                    let help = value_help_id(&path, &arg_name, v.get_name()).map(|id| t!(&id));
                    let mut names = v.get_name_and_aliases();
                    let mut value = clap::builder::PossibleValue::new(
                        names.next().unwrap_or_default().to_string(),
                    )
                    .hide(v.is_hide_set());
                    for alias in names {
                        value = value.alias(alias.to_string());
                    }
                    match help.or_else(|| v.get_help().map(|h| h.to_string())) {
                        Some(h) => value.help(h),
                        None => value,
                    }
                })
                .collect();
            arg.value_parser(clap::builder::PossibleValuesParser::new(values))
        }
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| with_value_help_in(sub, &path));
    }
    cmd
}

/// The catalogue's id for a choice's description: the command's own
/// (`help-compute-format-value-text`), else the one every command with that
/// flag shares (`help-value-encoding-auto`); `None` when there is neither.
fn value_help_id(path: &str, arg: &str, value: &str) -> Option<String> {
    let own = if path.is_empty() {
        format!("help-{arg}-value-{value}")
    } else {
        format!("help-{path}-{arg}-value-{value}")
    };
    [own, format!("help-value-{arg}-{value}")]
        .into_iter()
        .find(|id| i18n::has(i18n::lang(), id))
}

/// A command's part of a message id: `""` for nengji itself, `check`,
/// `templates-show`.
fn command_path(cmd: &Command, parent: &str) -> String {
    match (parent, cmd.get_name()) {
        ("", "nengji") => String::new(),
        ("", name) => name.to_string(),
        (p, name) => format!("{p}-{name}"),
    }
}

/// An argument's part of a message id: `fail_fast` -> `fail-fast`, `final_` -> `final`.
fn arg_key(id: &str) -> String {
    id.trim_end_matches('_').replace('_', "-")
}

fn lookup(id: &str) -> Option<String> {
    i18n::has(i18n::lang(), id).then(|| t!(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Every help id a command asks for: its about and examples, and each
    /// argument's line (its own, or the shared `help-arg-<id>`).
    fn missing(lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        walk(&crate::cmd::raw_command(), "", lang, &mut out);
        out
    }

    fn walk(cmd: &Command, parent: &str, lang: Lang, out: &mut Vec<String>) {
        let path = match (parent, cmd.get_name()) {
            ("", "nengji") => String::new(),
            ("", name) => name.to_string(),
            (p, name) => format!("{p}-{name}"),
        };
        let key = |what: &str| {
            if path.is_empty() {
                format!("help-{what}")
            } else {
                format!("help-{path}-{what}")
            }
        };
        let has = |id: &str| crate::i18n::has(lang, id);
        if !has(&key("about")) {
            out.push(key("about"));
        }
        if !path.contains('-') && !has(&key("examples")) {
            out.push(key("examples"));
        }
        for arg in cmd.get_arguments() {
            let id = arg_key(arg.get_id().as_str());
            if arg.is_hide_set() {
                continue;
            }
            if !has(&key(&id)) && !has(&format!("help-arg-{id}")) {
                out.push(key(&id));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &path, lang, out);
        }
    }

    #[test]
    fn every_command_and_flag_has_help_and_every_command_examples() {
        for lang in Lang::ALL {
            let missing = missing(lang);
            assert!(
                missing.is_empty(),
                "{lang}: the catalogue lacks\n{}",
                missing.join("\n")
            );
        }
    }

    /// Every choice that has a description (its doc comment) has one in the
    /// catalogue, and the English one is the doc comment itself, so English
    /// completions read as clap wrote them.
    #[test]
    fn every_choice_s_description_is_in_the_catalogue_and_english_is_its_doc() {
        fn walk(cmd: &Command, parent: &str, out: &mut Vec<String>) {
            let path = command_path(cmd, parent);
            for arg in cmd.get_arguments() {
                let name = arg_key(arg.get_id().as_str());
                for v in arg.get_possible_values() {
                    let Some(doc) = v.get_help().map(|h| h.to_string()) else {
                        continue;
                    };
                    for lang in Lang::ALL {
                        let id = [
                            if path.is_empty() {
                                format!("help-{name}-value-{}", v.get_name())
                            } else {
                                format!("help-{path}-{name}-value-{}", v.get_name())
                            },
                            format!("help-value-{name}-{}", v.get_name()),
                        ]
                        .into_iter()
                        .find(|id| crate::i18n::has(lang, id));
                        match id {
                            None => out.push(format!(
                                "{lang}: help-{path}-{name}-value-{} = {doc}",
                                v.get_name()
                            )),
                            Some(id) if lang == Lang::En => {
                                let en = crate::t!(in Lang::En; &id);
                                if en != doc {
                                    out.push(format!("{id}: {en:?} is not the doc {doc:?}"));
                                }
                            }
                            Some(_) => {}
                        }
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &path, out);
            }
        }
        let mut out = Vec::new();
        walk(&crate::cmd::raw_command(), "", &mut out);
        assert!(out.is_empty(), "{}", out.join("\n"));
    }

    #[test]
    fn the_localised_command_line_passes_clap_s_checks() {
        // Both catalogues have the same ids (the catalogue tests), so the
        // shape checked in one language is the shape in the other.
        crate::cmd::command().debug_assert();
    }

    #[test]
    fn the_commands_are_listed_in_the_order_of_the_work() {
        let cmd = localize(crate::cmd::raw_command());
        let mut subs: Vec<(usize, &str)> = cmd
            .get_subcommands()
            .map(|s| (s.get_display_order(), s.get_name()))
            .collect();
        subs.sort();
        let names: Vec<&str> = subs.iter().map(|(_, n)| *n).collect();
        let work: Vec<&str> = ORDER
            .iter()
            .copied()
            .filter(|n| names.contains(n))
            .collect();
        assert_eq!(names, work);
        assert_eq!(&names[..4], ["init", "compute", "explain", "check"]);
    }
}
