//! `nengji completions SHELL`: shell completions, generated from the same
//! clap definitions as the help.

use std::io::Write as _;

use anyhow::Result;
use clap_complete::Shell;

use crate::cmd::io::Output;
use crate::cmd::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_enum)]
    shell: Shell,
}

pub fn run(args: Args) -> Result<Outcome> {
    let mut cmd = super::help::with_value_help(super::command());
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "nengji", &mut out);
    if args.shell == Shell::Zsh {
        out = zsh_groups(&String::from_utf8_lossy(&out)).into_bytes();
    }
    let mut output = Output::create(None)?;
    output.write_all(&out)?;
    output.commit()?;
    Ok(Outcome::Clean)
}

/// zsh's group titles, which clap_complete writes in English
/// (`_describe -t commands 'nengji check commands'`), in the user's language.
fn zsh_groups(script: &str) -> String {
    const HEAD: &str = "_describe -t commands '";
    let mut out = String::with_capacity(script.len());
    for line in script.split_inclusive('\n') {
        let group = line.split_once(HEAD).and_then(|(indent, rest)| {
            let (title, tail) = rest.split_once("' ")?;
            let name = title.strip_suffix(" commands")?;
            Some((indent, name, tail))
        });
        match group {
            Some((indent, name, tail)) => {
                out.push_str(indent);
                out.push_str(HEAD);
                out.push_str(&crate::t!("completions-group", command = name));
                out.push_str("' ");
                out.push_str(tail);
            }
            None => out.push_str(line),
        }
    }
    out
}
