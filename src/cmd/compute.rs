//! `nengji compute`: the pay sheet of a roster under a schedule.

use std::path::PathBuf;

use anyhow::{anyhow, Result};

use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::pay::{PayEngine, PaySheet, PaySummary};
use crate::report::{PaySheetFormat, PaySheetWriter};
use crate::roster::{Encoding, EnterpriseGroups, RosterErrors};
use crate::Period;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The schedule (TOML).
    #[arg(long)]
    schedule: PathBuf,
    /// The roster (CSV); `-` for stdin.
    #[arg(long)]
    roster: String,
    /// The pay month, YYYY-MM; default: the month the schedule takes effect.
    #[arg(long)]
    period: Option<Period>,
    #[arg(long, value_enum, default_value_t)]
    format: PaySheetFormat,
    /// Where to write; `-` or nothing for stdout.
    #[arg(long, short)]
    output: Option<String>,
    /// The roster's text encoding.
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
}

pub fn run(args: Args) -> Result<Outcome> {
    let schedule = io::load_schedule(&args.schedule)?;
    let period = schedule.pay_period(args.period);
    let engine = PayEngine::new(&schedule, period);
    let mut reader = io::roster_reader(&args.roster, args.encoding, &schedule)?;
    let output = Output::create(args.output.as_deref())?;
    let mut writer = PaySheetWriter::new(&schedule, period, args.format, output)?;
    let mut summary = PaySummary::new(schedule.component_ids().count(), schedule.grades.len());
    let mut errors = RosterErrors::default();
    let mut groups = EnterpriseGroups::new(&mut reader);
    let mut sheet = PaySheet::default();
    loop {
        let group = match groups.next_group(&schedule, &mut errors) {
            Ok(Some(group)) => group,
            Ok(None) => break,
            Err(e) => {
                errors.push(e);
                break;
            }
        };
        if !errors.is_empty() {
            // Keep reading to report every problem, but write nothing more.
            continue;
        }
        let shares = engine.pool_shares(group);
        for (worker, share) in group.iter().zip(&shares) {
            engine.compute(worker, *share, &mut sheet)?;
            writer.row(worker, &sheet)?;
            summary.add(worker, &sheet);
        }
    }
    if !errors.is_empty() {
        return Err(io::roster_errors(errors));
    }
    if summary.headcount == 0 {
        return Err(anyhow!("the roster '{}' has no workers", args.roster));
    }
    writer.finish(&summary)?.commit()?;
    Ok(Outcome::Clean)
}
