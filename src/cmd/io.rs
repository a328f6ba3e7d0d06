//! Files for the commands: loading inputs with located errors, and the glue to
//! the output layer (`crate::io`): a command names its inputs and outputs first,
//! so an output that would overwrite an input is refused before anything is read.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use anyhow::{anyhow, Context, Result};

pub use crate::io::{write_atomically, Output};

use crate::io::TableOptions;
use crate::roster::{Roster, RosterErrors};
use crate::{Period, Rate, Schedule};

/// Reads a whole text file, `-` for stdin.
pub fn read_text(path: &str, what: &str) -> Result<String> {
    let mut text = String::new();
    open(path)
        .and_then(|mut r| r.read_to_string(&mut text))
        .with_context(|| crate::t!("assess-cannot-read", what = what, path = path))?;
    Ok(text)
}

/// Opens a file for reading, `-` for stdin.
pub fn open(path: &str) -> io::Result<Box<dyn Read>> {
    if path == "-" {
        Ok(Box::new(io::stdin().lock()))
    } else {
        let file = File::open(path)?;
        crate::io::same_file::note_input(Path::new(path));
        Ok(Box::new(file))
    }
}

/// Reads and validates a schedule.
pub fn load_schedule(path: &Path) -> Result<Schedule> {
    let name = path.display().to_string();
    let text = read_text(&name, &crate::t!("propose-what-schedule"))?;
    Schedule::parse(&name, &text)
        .map_err(|e| anyhow!(crate::t!("table-invalid-schedule", error = e.to_string())))
}

/// The worker threads a roster command runs: `--jobs`, or one per core.
pub fn jobs(asked: Option<usize>) -> usize {
    asked
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1)
}

/// Reads a whole roster (CSV, or a workbook's sheet) into memory.
pub fn load_roster(path: &str, options: &TableOptions, schedule: &Schedule) -> Result<Roster> {
    load_roster_for(path, options, schedule, None)
}

/// Reads a whole roster for one pay month: dates long after it are refused.
pub fn load_roster_for(
    path: &str,
    options: &TableOptions,
    schedule: &Schedule,
    period: Option<Period>,
) -> Result<Roster> {
    let input = open(path).with_context(|| {
        crate::t!(
            "assess-cannot-read",
            what = crate::t!("assess-what-roster"),
            path = path
        )
    })?;
    let (input, _progress) = super::progress::track(path, input);
    Roster::read_for(path, input, options, schedule, period).map_err(roster_errors)
}

/// All of a roster's problems as one error.
pub fn roster_errors(errors: RosterErrors) -> anyhow::Error {
    anyhow!(crate::t!(
        "table-invalid-roster",
        count = errors.total,
        errors = errors.to_string()
    ))
}

/// Whether an error is a closed pipe (`nengji compute | head`), which is success.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// A percentage flag's value (`--target-growth 8%`, `--on-cost 30%`).
pub fn parse_rate(s: &str) -> Result<Rate, String> {
    Rate::parse(s).ok_or_else(|| crate::t!("cli-not-a-percentage", text = s))
}

/// Refuses, before anything is read or written, an output that is one of the
/// inputs or another output (`None` outputs are stdout).
pub fn refuse_overlaps(inputs: &[&Path], outputs: &[Option<&str>]) -> Result<()> {
    crate::io::refuse_overlaps(inputs, outputs.iter().map(|o| o.unwrap_or("-")))?;
    Ok(())
}
