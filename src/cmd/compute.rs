//! `nengji compute`: the pay sheet of a roster under a schedule.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, Result};

use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::io::{format, CsvEncodingArg, SheetChoice, TableOptions};
use crate::pay::{PayEngine, PaySheet, PaySummary};
use crate::report::{PaySheetFormat, PaySheetWriter};
use crate::roster::{Encoding, EnterpriseGroups, RosterErrors};
use crate::t;
use crate::Period;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long)]
    schedule: PathBuf,
    #[arg(long)]
    roster: String,
    #[arg(long)]
    period: Option<Period>,
    #[arg(long, value_enum)]
    format: Option<PaySheetFormat>,
    #[arg(long, short)]
    output: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    #[arg(long)]
    sheet: Option<SheetChoice>,
    #[command(flatten)]
    csv: CsvEncodingArg,
}

pub fn run(args: Args) -> Result<Outcome> {
    io::refuse_overlaps(
        &[args.schedule.as_path(), Path::new(&args.roster)],
        &[args.output.as_deref()],
    )?;
    let path = args.output.as_deref();
    let format = format::choose(args.format, path, PaySheetFormat::Table)?;
    let schedule = io::load_schedule(&args.schedule)?;
    let period = schedule.pay_period(args.period);
    let engine = PayEngine::new(&schedule, period);
    let mut reader = io::roster_reader(
        &args.roster,
        &TableOptions::new(args.encoding, args.sheet.clone()),
        &schedule,
    )?;
    let output = Output::create(path)?;
    let output = args.csv.wrap(output, path, format == PaySheetFormat::Csv);
    let mut writer = PaySheetWriter::new(&schedule, period, format, output)?;
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
        return Err(anyhow!(t!("cmd-roster-empty", roster = &args.roster)));
    }
    let (output, note) = writer.finish(&summary)?;
    output.finish()?.commit()?;
    if let Some(note) = note {
        eprintln!("nengji compute: {note}");
    }
    Ok(Outcome::Clean)
}
