//! `nengji audit`: 履约监督. What an enterprise actually paid, held against what
//! the contract entitles each worker to: every underpaid worker by component,
//! with the amount owed per worker and per enterprise.

use anyhow::{anyhow, Result};

use std::path::{Path, PathBuf};

use crate::audit::{audit, Payroll};
use crate::check::{write_report, Context, ReportFormat};
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::io::{format, CsvEncodingArg};
use crate::pay::PayEngine;
use crate::roster::Encoding;
use crate::standards::Standards;
use crate::Period;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The schedule (TOML).
    #[arg(long)]
    schedule: PathBuf,
    /// The roster (CSV) the contract's entitlements are computed from.
    #[arg(long)]
    roster: String,
    /// What was paid (CSV): employee_id and gross (应发工资) and/or component
    /// columns by id or Chinese name.
    #[arg(long)]
    payroll: String,
    /// The pay month, YYYY-MM; default: the month the schedule takes effect.
    #[arg(long)]
    period: Option<Period>,
    /// The format; default: what -o's extension says (.txt, .csv, .json), else text.
    #[arg(long, value_enum)]
    format: Option<ReportFormat>,
    /// Where to write; `-` or nothing for stdout.
    #[arg(long, short)]
    output: Option<String>,
    /// The text encoding of the roster and the payroll.
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    #[command(flatten)]
    csv: CsvEncodingArg,
}

pub fn run(args: Args) -> Result<Outcome> {
    io::refuse_overlaps(
        &[
            args.schedule.as_path(),
            Path::new(&args.roster),
            Path::new(&args.payroll),
        ],
        &[args.output.as_deref()],
    )?;
    let path = args.output.as_deref();
    let format = format::choose(args.format, path, ReportFormat::Text)?;
    let schedule = io::load_schedule(&args.schedule)?;
    let period = schedule.pay_period(args.period);
    let roster = io::load_roster(&args.roster, args.encoding, &schedule)?;
    let input = io::open(&args.payroll)
        .map_err(|e| anyhow!("cannot read the payroll '{}': {e}", args.payroll))?;
    let payroll = Payroll::read(&args.payroll, input, args.encoding, &schedule)
        .map_err(|e| anyhow!("invalid payroll ({} problem(s)):\n{e}", e.total))?;
    let sheets = PayEngine::new(&schedule, period).compute_all(&roster.workers)?;
    let standards = Standards::default();
    let ctx = Context::new(&schedule, &standards, period).with_roster(&roster.workers, &sheets);
    let report = audit(&ctx, &payroll)
        .map_err(|e| anyhow!("invalid payroll ({} problem(s)):\n{e}", e.total))?;
    let output = Output::create(path)?;
    let mut output = args.csv.wrap(output, path, format == ReportFormat::Csv);
    write_report(&report, format, &mut output)?;
    output.finish()?.commit()?;
    Ok(if report.has_errors() {
        Outcome::Violations
    } else {
        Outcome::Clean
    })
}
