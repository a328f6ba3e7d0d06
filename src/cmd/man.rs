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
    let bytes = headings(&String::from_utf8_lossy(&bytes)).into_bytes();
    let mut out = Output::create(None)?;
    out.write_all(&bytes)?;
    out.commit()?;
    Ok(Outcome::Clean)
}

/// The page with clap_mangen's fixed English section headings (NAME,
/// SYNOPSIS, DESCRIPTION, VERSION...) in the user's language; the others
/// are clap's help headings, already localised.
fn headings(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for line in page.split_inclusive('\n') {
        let id = match line.trim_end() {
            ".SH NAME" => Some("man-name"),
            ".SH SYNOPSIS" => Some("man-synopsis"),
            ".SH DESCRIPTION" => Some("man-description"),
            ".SH VERSION" => Some("man-version"),
            ".SH AUTHORS" => Some("man-authors"),
            ".SH EXTRA" => Some("man-extra"),
            _ => None,
        };
        match id {
            Some(id) => {
                out.push_str(".SH ");
                out.push_str(&crate::i18n::t(id));
                out.push('\n');
            }
            None => out.push_str(line),
        }
    }
    out
}
