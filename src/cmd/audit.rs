//! `nengji audit`: 履约监督. What an enterprise actually paid, held against what
//! the contract entitles each worker to: every underpaid worker by component,
//! with the amount owed per worker and per enterprise.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context as _, Result};

use crate::audit::{
    AuditError, AuditRun, Payroll, PayrollCursor, PayrollIndex, PayrollInput, Scanned,
};
use crate::check::{write_grouped, ReportFormat};
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::i18n::Arg;
use crate::io::{format, CsvEncodingArg, SheetChoice, TableOptions};
use crate::pay::PayEngine;
use crate::pipeline::{Input, Pipeline, PriceError};
use crate::roster::{Encoding, RosterErrors};
use crate::standards::Standards;
use crate::{t, Period};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long)]
    schedule: PathBuf,
    #[arg(long)]
    roster: String,
    #[arg(long)]
    payroll: String,
    #[arg(long)]
    period: Option<Period>,
    #[arg(long, value_enum)]
    format: Option<ReportFormat>,
    #[arg(long, short)]
    output: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    #[arg(long)]
    sheet: Option<SheetChoice>,
    #[arg(long)]
    payroll_sheet: Option<SheetChoice>,
    #[command(flatten)]
    csv: CsvEncodingArg,
    /// Standards that carry the wage guideline a guideline raise follows.
    #[arg(long)]
    standards: Vec<String>,
    /// Worker threads for the roster (default: one per core); the report is
    /// the same whatever the number.
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
}

pub fn run(args: Args) -> Result<Outcome> {
    let mut inputs = vec![
        args.schedule.as_path(),
        Path::new(&args.roster),
        Path::new(&args.payroll),
    ];
    inputs.extend(args.standards.iter().map(Path::new));
    io::refuse_overlaps(&inputs, &[args.output.as_deref()])?;
    let path = args.output.as_deref();
    let format = format::choose(args.format, path, ReportFormat::Text)?;
    let mut schedule = io::load_schedule(&args.schedule)?;
    let period = schedule.pay_period(args.period);
    super::compute::resolve_adjustments(&mut schedule, &args.standards, period)?;
    // The roster's sheet is --sheet (the pipeline's); the payroll's its own.
    let table = TableOptions::new(args.encoding, args.sheet.clone())
        .other("--payroll-sheet", args.payroll_sheet.clone());
    let schedules = std::slice::from_ref(&schedule);
    let sheet = args.sheet.clone().unwrap_or_default();
    // The roster streams through the pipeline, and the payroll is read twice
    // beside it (src/audit/index.rs): memory follows the largest enterprise.
    let pipeline = Pipeline {
        sheet: &sheet,
        period: Some(period),
        ..Pipeline::new(schedules, args.encoding, io::jobs(args.jobs))
    };
    // The roster with its progress line, cleared when the pass ends.
    let roster = || -> Result<(Vec<Input<'static>>, super::progress::Tracked)> {
        let reader = io::open(&args.roster)
            .with_context(|| t!("cmd-cannot-read-roster", roster = &args.roster))?;
        let (reader, progress) = super::progress::track(&args.roster, reader);
        Ok((
            vec![Input {
                name: args.roster.clone(),
                reader,
            }],
            progress,
        ))
    };
    // Standard input is read once, so the payroll can be read twice.
    let stdin = match args.payroll.as_str() {
        "-" => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| cannot_read(&args.payroll, e))?;
            Some(bytes)
        }
        _ => None,
    };
    let payroll = || -> Result<Box<dyn Read + '_>> {
        match &stdin {
            Some(bytes) => Ok(Box::new(bytes.as_slice())),
            None => io::open(&args.payroll).map_err(|e| cannot_read(&args.payroll, e)),
        }
    };
    let invalid = |e: RosterErrors| {
        anyhow!(t!(
            "audit-invalid-payroll",
            count = e.total,
            errors = Arg::display(&e)
        ))
    };
    let input = match PayrollIndex::scan(&args.payroll, payroll()?, &table, &schedule) {
        Ok(Scanned::Grouped(index)) => PayrollInput::Grouped(
            PayrollCursor::open(index, &args.payroll, payroll()?, &table).map_err(invalid)?,
        ),
        Ok(Scanned::Ungrouped) => PayrollInput::Held(
            Payroll::read(&args.payroll, payroll()?, &table, &schedule).map_err(invalid)?,
        ),
        Err(e) => {
            // The roster's problems are told first, as when both are read whole.
            let engine = PayEngine::new(&schedule, period);
            let (inputs, _progress) = roster()?;
            if let Err(PriceError::Roster(bad)) = pipeline.price(inputs, engine, &mut |_, _| Ok(()))
            {
                return Err(io::roster_errors(bad));
            }
            return Err(invalid(e));
        }
    };
    let standards = Standards::default();
    let run = AuditRun {
        schedule: &schedule,
        standards: &standards,
        period,
    };
    let (inputs, _progress) = roster()?;
    let mut audited = match run.run(inputs, &pipeline, input, format) {
        Ok(audited) => audited,
        Err(AuditError::Roster(errors)) => return Err(io::roster_errors(errors)),
        Err(AuditError::Payroll(errors)) => return Err(invalid(errors)),
        Err(e) => return Err(e.into()),
    };
    let outcome = if audited.findings.has_errors() {
        Outcome::Violations
    } else {
        Outcome::Clean
    };
    let written = Output::create(path)
        .map_err(anyhow::Error::from)
        .and_then(|output| {
            let mut output = args.csv.wrap(output, path, format == ReportFormat::Csv);
            write_grouped(&audited.report, &mut audited.findings, &mut output)?;
            output.finish()?.commit()?;
            Ok(())
        });
    super::finish(written, outcome)
}

fn cannot_read(payroll: &str, e: std::io::Error) -> anyhow::Error {
    anyhow!(t!(
        "audit-cannot-read",
        payroll = payroll,
        error = Arg::display(e)
    ))
}
