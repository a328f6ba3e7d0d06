//! `nengji compute`: the pay sheet of a roster under a schedule.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context as _, Result};

use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::io::{format, CsvEncodingArg, SheetChoice};
use crate::pay::{PayEngine, PaySummary};
use crate::pipeline::{Input, Pipeline, PriceError};
use crate::report::{PaySheetFormat, PaySheetWriter};
use crate::roster::Encoding;
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
    /// Worker threads for the roster (default: one per core); the sheet is
    /// the same whatever the number.
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
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
    // The roster streams through the pipeline: memory stays flat however many
    // workers it has, and the sheet is the same whatever --jobs is.
    let input = io::open(&args.roster)
        .with_context(|| t!("cmd-cannot-read-roster", roster = &args.roster))?;
    let output = Output::create(path)?;
    let output = args.csv.wrap(output, path, format == PaySheetFormat::Csv);
    let mut writer = PaySheetWriter::new(&schedule, period, format, output)?;
    let mut summary = PaySummary::new(schedule.component_ids().count(), schedule.grades.len());
    let schedules = std::slice::from_ref(&schedule);
    let sheet = args.sheet.clone().unwrap_or_default();
    let pipeline = Pipeline {
        sheet: &sheet,
        ..Pipeline::new(schedules, args.encoding, io::jobs(args.jobs))
    };
    let inputs = vec![Input {
        name: args.roster.clone(),
        reader: input,
    }];
    let priced = pipeline.price(inputs, engine, &mut |worker, sheet| {
        writer.row(worker, sheet)?;
        summary.add(worker, sheet);
        Ok(())
    });
    match priced {
        Ok(()) => {}
        Err(PriceError::Roster(errors)) => return Err(io::roster_errors(errors)),
        Err(e) => return Err(e.into()),
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
