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

/// The starter's `#:schema` line names the schema by its place in nengji's
/// repository, which the new directory does not have, so it is left out.
fn starter_schedule() -> String {
    SCHEDULE
        .lines()
        .filter(|line| !line.starts_with("#:schema"))
        .map(|line| format!("{line}\n"))
        .collect()
}

pub fn run(args: Args) -> Result<Outcome> {
    let schedule = starter_schedule();
    let files = [("schedule.toml", schedule.as_str()), ("roster.csv", ROSTER)];
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_is_written_without_its_schema_line_and_otherwise_whole() {
        let written = starter_schedule();
        assert!(SCHEDULE.starts_with("#:schema "));
        assert!(!written.contains("#:schema"));
        let first_line = SCHEDULE.find('\n').map_or(0, |i| i + 1);
        assert_eq!(written, SCHEDULE[first_line..]);
    }
}
