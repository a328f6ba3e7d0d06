//! `nengji man [COMMAND]`: a manual page (roff) for nengji or one of its
//! subcommands, generated from the clap definitions, in the user's language.

use std::io::Write as _;

use anyhow::{bail, Result};

use crate::cmd::io::Output;
use crate::cmd::Outcome;
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    command: Option<String>,
}

pub fn run(args: Args) -> Result<Outcome> {
    let mut cmd = super::help::with_value_help(super::command());
    cmd.build();
    let page = match &args.command {
        None => cmd,
        Some(name) => match cmd.find_subcommand(name) {
            Some(sub) => sub.clone().name(format!("nengji-{name}")),
            None => bail!(t!("cli-unknown-command", name = name)),
        },
    };
    let mut bytes = Vec::new();
    clap_mangen::Man::new(page).render(&mut bytes)?;
    let mut out = Output::create(None)?;
    out.write_all(&bytes)?;
    out.commit()?;
    Ok(Outcome::Clean)
}
