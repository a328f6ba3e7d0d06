//! `nengji audit`: 履约监督. What an enterprise actually paid, held against what
//! the contract entitles each worker to: every underpaid worker by component,
//! with the amount owed per worker and per enterprise.

use crate::i18n::Arg;
use crate::t;
use anyhow::{anyhow, Result};

use std::path::{Path, PathBuf};

use crate::audit::{audit, Payroll};
use crate::check::{write_report, Context, ReportFormat};
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::io::{format, CsvEncodingArg, SheetChoice, TableOptions};
use crate::pay::PayEngine;
use crate::roster::Encoding;
use crate::standards::Standards;
use crate::Period;

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
    #[command(flatten)]
    csv: CsvEncodingArg,
    /// Standards that carry the wage guideline a guideline raise follows.
    #[arg(long)]
    standards: Vec<String>,
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
    let table = TableOptions::new(args.encoding, args.sheet.clone());
    let roster = io::load_roster_for(&args.roster, &table, &schedule, Some(period))?;
    let input = io::open(&args.payroll).map_err(|e| {
        anyhow!(t!(
            "audit-cannot-read",
            payroll = &args.payroll,
            error = Arg::display(e)
        ))
    })?;
    let payroll = Payroll::read(&args.payroll, input, &table, &schedule).map_err(|e| {
        anyhow!(t!(
            "audit-invalid-payroll",
            count = e.total,
            errors = Arg::display(&e)
        ))
    })?;
    let sheets = PayEngine::new(&schedule, period).compute_all(&roster.workers)?;
    let standards = Standards::default();
    let ctx = Context::new(&schedule, &standards, period).with_roster(&roster.workers, &sheets);
    let report = audit(&ctx, &payroll).map_err(|e| {
        anyhow!(t!(
            "audit-invalid-payroll",
            count = e.total,
            errors = Arg::display(&e)
        ))
    })?;
    let outcome = if report.has_errors() {
        Outcome::Violations
    } else {
        Outcome::Clean
    };
    let written = Output::create(path)
        .map_err(anyhow::Error::from)
        .and_then(|output| {
            let mut output = args.csv.wrap(output, path, format == ReportFormat::Csv);
            write_report(&report, format, &mut output)?;
            output.finish()?.commit()?;
            Ok(())
        });
    super::finish(written, outcome)
}
