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
    if !schedule.in_term(period) {
        let meta = &schedule.meta;
        let warning = t!(
            "input-period-outside-term",
            period = period.to_string(),
            effective = meta.effective.to_string(),
            expires = meta.expires.to_string()
        );
        let fix = t!("input-period-outside-term-fix", period = period.to_string());
        eprintln!(
            "nengji compute: {}",
            t!("input-warning", message = format!("{warning}; {fix}"))
        );
    }
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
        period: Some(period),
        ..Pipeline::new(schedules, args.encoding, io::jobs(args.jobs))
    };
    // Workers hired after the month (accepted): how many, and the first.
    let mut later: (usize, (String, u64)) = (0, (String::new(), 0));
    let (input, _progress) = super::progress::track(&args.roster, input);
    let inputs = vec![Input {
        name: args.roster.clone(),
        reader: input,
    }];
    let priced = pipeline.price(inputs, engine, &mut |worker, sheet| {
        if worker.hire_date.is_some_and(|h| h > period.last_day()) {
            if later.0 == 0 {
                later.1 = (worker.employee_id.clone(), worker.line);
            }
            later.0 += 1;
        }
        writer.row(worker, sheet)?;
        summary.add(worker, sheet);
        Ok(())
    });
    match priced {
        Ok(()) => {}
        Err(PriceError::Roster(errors)) => return Err(io::roster_errors(errors)),
        // The engine's error names the worker's line; the roster is the file.
        Err(PriceError::Pay(e)) => return Err(anyhow!(e.in_roster(&args.roster))),
        Err(e) => return Err(e.into()),
    }
    if summary.headcount == 0 {
        return Err(anyhow!(t!("cmd-roster-empty", roster = &args.roster)));
    }
    if later.0 > 0 {
        let (id, line) = &later.1;
        let message = t!(
            "input-hired-later",
            count = later.0,
            period = period.to_string(),
            id = id.as_str(),
            place = format!("{}:{line}", args.roster)
        );
        eprintln!("nengji compute: {}", t!("input-warning", message = message));
    }
    let (output, note) = writer.finish(&summary)?;
    output.finish()?.commit()?;
    if let Some(note) = note {
        eprintln!("nengji compute: {note}");
    }
    Ok(Outcome::Clean)
}

/// Fills a schedule's wage-guideline raises (工资调整办法) from `--standards`,
/// read only when a raise wants them, and refuses a run whose `last` month has
/// a guideline raise in force that none of them carry
/// ([`Schedule::fill_guidelines`], which the commands that read standards
/// anyway call directly).
pub(crate) fn resolve_adjustments(
    schedule: &mut Schedule,
    standards: &[String],
    last: Period,
) -> Result<()> {
    let standards = if schedule.wants_guidelines() && !standards.is_empty() {
        Some(crate::cmd::check::load_standards(standards)?)
    } else {
        None
    };
    Ok(schedule.fill_guidelines(standards.as_ref(), last)?)
}
