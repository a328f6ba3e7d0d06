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
    let mut output = Output::create(None)?;
    output.write_all(&out)?;
    output.commit()?;
    Ok(Outcome::Clean)
}
