//! `nengji serve`: starts the negotiation workbench (src/serve) on this machine.

use std::net::IpAddr;
use std::path::PathBuf;

use anyhow::Result;

use crate::cmd::Outcome;
use crate::io::SheetChoice;
use crate::roster::Encoding;
use crate::serve::{self, Config, Inputs};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The base schedule (what is paid now); default: schedule.toml in the workspace.
    #[arg(long)]
    schedule: Option<PathBuf>,
    /// The roster (CSV, or a workbook's sheet) every offer is computed over;
    /// default: roster.csv in the workspace.
    #[arg(long)]
    roster: Option<PathBuf>,
    /// A standards file, or a built-in set by name (zhejiang), as `nengji check`
    /// takes them; repeat to combine. Without it, no check findings are shown.
    #[arg(long)]
    standards: Vec<String>,
    /// The workspace directory: offers are saved here and nowhere else.
    #[arg(long, default_value = ".")]
    dir: PathBuf,
    /// The port to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Do not open a browser.
    #[arg(long)]
    no_open: bool,
    /// Meeting-room mode: listen on the LAN address (not only this machine),
    /// require the session token on every request, and let representatives
    /// vote from their phones.
    #[arg(long)]
    lan: bool,
    /// The LAN address to listen on in --lan mode; default: the address of the
    /// machine's network route.
    #[arg(long, requires = "lan", value_name = "IP")]
    lan_address: Option<IpAddr>,
    /// How the base is labelled; default: 现行 (current).
    #[arg(long)]
    label: Option<String>,
    /// The roster's text encoding.
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    /// The sheet of a workbook roster.
    #[arg(long)]
    sheet: Option<SheetChoice>,
}

pub fn run(args: Args) -> Result<Outcome> {
    let lang = serve::page_lang();
    let lan = match (args.lan, args.lan_address) {
        (false, _) => None,
        (true, Some(ip)) => Some(ip),
        (true, None) => Some(serve::lan_address()?),
    };
    let config = Config {
        inputs: Inputs {
            schedule: args
                .schedule
                .unwrap_or_else(|| args.dir.join("schedule.toml")),
            roster: args.roster.unwrap_or_else(|| args.dir.join("roster.csv")),
            standards: args.standards,
            dir: args.dir,
            encoding: args.encoding,
            base_label: args
                .label
                .unwrap_or_else(|| crate::t!(in lang; "serve-base-label")),
            lang,
            sheet: args.sheet.unwrap_or_default(),
        },
        port: args.port,
        lan,
    };
    serve::run(config, !args.no_open)?;
    Ok(Outcome::Clean)
}
