//! `nengji check`: a schedule (and a roster's pay) held against standards: the
//! minimum wage, Zhejiang's stricter rule, skill-worker minimums, industry
//! floors, the wage guideline, market levels, structure and procedure.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};

use crate::calendar::Calendar;
use crate::check::{
    self, write_grouped, write_report, Context, ReportFormat, RosterCheck, RosterCheckError,
};
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::i18n::Arg;
use crate::io::{format, CsvEncodingArg, SheetChoice};
use crate::pipeline::{Input, Pipeline};
use crate::roster::Encoding;
use crate::standards::Standards;
use crate::{t, Period};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long)]
    schedule: PathBuf,
    #[arg(long)]
    roster: Option<String>,
    #[arg(long, required = true)]
    standards: Vec<String>,
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
    /// Worker threads for the roster (default: one per core); the report is
    /// the same whatever the number.
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
}

pub fn run(args: Args) -> Result<Outcome> {
    let mut inputs = vec![args.schedule.as_path()];
    inputs.extend(args.roster.as_deref().map(Path::new));
    inputs.extend(args.standards.iter().map(Path::new));
    io::refuse_overlaps(&inputs, &[args.output.as_deref()])?;
    let path = args.output.as_deref();
    let format = format::choose(args.format, path, ReportFormat::Text)?;
    let mut schedule = io::load_schedule(&args.schedule)?;
    let standards = load_standards(&args.standards)?;
    let period = schedule.pay_period(args.period);
    schedule.fill_guidelines(Some(&standards), period)?;
    let periods = match args.period {
        Some(p) => vec![p],
        None => Context::term_periods(&schedule, &standards),
    };
    let Some(roster) = &args.roster else {
        let ctx = Context::new(&schedule, &standards, period).at_periods(periods);
        let report = check::check(&ctx);
        let written = Output::create(path)
            .map_err(anyhow::Error::from)
            .and_then(|output| {
                let mut output = args.csv.wrap(output, path, format == ReportFormat::Csv);
                write_report(&report, format, &mut output)?;
                output.finish()?.commit()?;
                Ok(())
            });
        return super::finish(written, outcome(report.has_errors()));
    };
    // The roster streams through the pipeline: memory stays flat however
    // many workers it has, and the report is the same whatever --jobs is.
    let input = io::open(roster).with_context(|| t!("cmd-cannot-read-roster", roster = roster))?;
    let schedules = std::slice::from_ref(&schedule);
    let sheet = args.sheet.clone().unwrap_or_default();
    let pipeline = Pipeline {
        sheet: &sheet,
        // A month asked for: the rows are read for it (dates long after it refused).
        period: args.period,
        ..Pipeline::new(schedules, args.encoding, io::jobs(args.jobs))
    };
    let run = RosterCheck {
        schedule: &schedule,
        standards: &standards,
        period,
        contract_periods: periods,
    };
    let (input, _progress) = super::progress::track(roster, input);
    let inputs = vec![Input {
        name: roster.clone(),
        reader: input,
    }];
    let mut checked = match run.run(inputs, &pipeline, format) {
        Ok(checked) => checked,
        Err(RosterCheckError::Roster(errors)) => return Err(io::roster_errors(errors)),
        Err(e) => return Err(e.into()),
    };
    if checked.workers == 0 {
        bail!(t!("cmd-roster-empty", roster = roster));
    }
    let errors = checked.findings.has_errors();
    let written = Output::create(path)
        .map_err(anyhow::Error::from)
        .and_then(|output| {
            let mut output = args.csv.wrap(output, path, format == ReportFormat::Csv);
            write_grouped(&checked.report, &mut checked.findings, &mut output)?;
            output.finish()?.commit()?;
            Ok(())
        });
    super::finish(written, outcome(errors))
}

fn outcome(errors: bool) -> Outcome {
    if errors {
        Outcome::Violations
    } else {
        Outcome::Clean
    }
}

/// Whether `--standards NAME` names a file (it has a `.` or a path separator)
/// rather than a built-in set.
pub fn names_a_file(name: &str) -> bool {
    name.contains(['.', '/', '\\'])
}

/// The built-in holiday calendar with the years of the given files added (a
/// year in a file replaces the built-in one).
pub fn load_calendar(files: &[PathBuf]) -> Result<Calendar> {
    let mut calendar = Calendar::builtin().clone();
    for file in files {
        let name = file.display().to_string();
        let text = io::read_text(&name, &t!("check-what-calendar"))?;
        let more = Calendar::parse(&name, &text)
            .map_err(|e| anyhow!(t!("check-invalid-calendar", error = e.to_string())))?;
        calendar.extend(more);
    }
    Ok(calendar)
}

/// Reads and combines standards: a name without `.` or `/` is a built-in set,
/// anything else a file.
pub fn load_standards(names: &[String]) -> Result<Standards> {
    let mut all = Standards::default();
    for name in names {
        let one = if names_a_file(name) {
            let text = io::read_text(name, &t!("check-what-standards"))?;
            Standards::parse(name, &text)
        } else {
            match Standards::builtin(name) {
                Some(parsed) => parsed,
                None => {
                    let known: Vec<&str> = Standards::builtin_names().collect();
                    return Err(anyhow!(t!(
                        "check-no-builtin-standards",
                        name = name,
                        known = known.join(", "),
                        hint = crate::suggest::hint(name, known.iter().copied())
                    )));
                }
            }
        };
        let invalid = |e| anyhow!(t!("check-invalid-standards", error = Arg::display(e)));
        let one = one.map_err(invalid)?;
        all.combine(one)
            .map_err(invalid)
            .with_context(|| t!("check-combining", name = name))?;
    }
    Ok(all)
}
