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
use crate::{Period, Schedule};

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
    /// Standards that carry the wage guideline a guideline raise follows.
    #[arg(long)]
    standards: Vec<String>,
}

pub fn run(args: Args) -> Result<Outcome> {
    let mut inputs = vec![args.schedule.as_path(), Path::new(&args.roster)];
    inputs.extend(args.standards.iter().map(Path::new));
    io::refuse_overlaps(&inputs, &[args.output.as_deref()])?;
    let path = args.output.as_deref();
    let format = format::choose(args.format, path, PaySheetFormat::Table)?;
    let mut schedule = io::load_schedule(&args.schedule)?;
    let period = schedule.pay_period(args.period);
    resolve_adjustments(&mut schedule, &args.standards, period)?;
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

/// Fills a schedule's wage-guideline raises (工资调整办法) from `--standards`,
/// and refuses a run whose `last` month has a guideline raise in force that
/// none of them carry, before any pay is computed.
pub(crate) fn resolve_adjustments(
    schedule: &mut Schedule,
    standards: &[String],
    last: Period,
) -> Result<()> {
    let wanted = schedule
        .adjustments
        .iter()
        .any(|a| matches!(a.raise, crate::schedule::Raise::Guideline(None)));
    if wanted && !standards.is_empty() {
        let standards = crate::cmd::check::load_standards(standards)?;
        schedule.resolve_guidelines(&standards);
    }
    match schedule.open_guideline(last) {
        Some(a) => Err(anyhow!(t!(
            "pay-adjust-unresolved",
            from = a.from.to_string(),
            year = chrono::Datelike::year(&a.from),
            region = &schedule.meta.region
        ))),
        None => Ok(()),
    }
}
