//! `nengji templates`: list the built-in document templates, or print one to copy
//! and edit.

use std::io::Write;

use anyhow::{anyhow, Result};

use crate::cmd::io::Output;
use crate::cmd::Outcome;
use crate::render::{builtin, BUILTINS};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Action,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    List,
    Show {
        name: String,
        #[arg(long, short)]
        output: Option<String>,
    },
}

pub fn run(args: Args) -> Result<Outcome> {
    match args.command {
        Action::List => {
            let mut out = Output::create(None)?;
            let width = BUILTINS.iter().map(|b| b.name.len()).max().unwrap_or(0);
            for b in &BUILTINS {
                writeln!(out, "{:width$}  {}", b.name, crate::i18n::t(b.about))?;
            }
            out.commit()?;
        }
        Action::Show { name, output } => {
            let template = builtin(&name).ok_or_else(|| {
                let names = BUILTINS.iter().map(|b| {
                    let short = b.name.strip_prefix("builtin/").unwrap_or(b.name);
                    short.strip_suffix(".md").unwrap_or(short)
                });
                anyhow!(t!(
                    "templates-no-such",
                    name = &name,
                    hint = crate::suggest::hint(&name, names)
                ))
            })?;
            let mut out = Output::create(output.as_deref())?;
            out.write_all(template.source.as_bytes())?;
            out.commit()?;
        }
    }
    Ok(Outcome::Clean)
}
