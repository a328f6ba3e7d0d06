//! `nengji init`: a small starter workspace, a schedule and a roster that
//! `nengji compute` runs on, to copy and edit.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};

use std::io::Write;

use crate::cmd::io::Output;
use crate::cmd::Outcome;
use crate::t;

const SCHEDULE: &str = include_str!("../../examples/starter/schedule.toml");
const ROSTER: &str = include_str!("../../examples/starter/roster.csv");

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(default_value = ".")]
    dir: PathBuf,
}

pub fn run(args: Args) -> Result<Outcome> {
    let files = [("schedule.toml", SCHEDULE), ("roster.csv", ROSTER)];
    for (name, _) in files {
        let path = args.dir.join(name);
        // A dangling symlink counts: writing would create its target.
        if path.symlink_metadata().is_ok() {
            bail!(t!("init-exists", path = &path));
        }
    }
    std::fs::create_dir_all(&args.dir)
        .with_context(|| t!("cmd-cannot-create", path = &args.dir))?;
    for (name, text) in files {
        let path = args.dir.join(name);
        let mut out = Output::create(Some(&path.to_string_lossy()))?;
        out.write_all(text.as_bytes())?;
        out.commit()?;
        if !super::quiet() {
            println!("{}", t!("init-wrote", path = &path));
        }
    }
    let dir = args.dir.display();
    if !super::quiet() {
        println!("{}", t!("init-next", dir = dir.to_string()));
    }
    Ok(Outcome::Clean)
}
