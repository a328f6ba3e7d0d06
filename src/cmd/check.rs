//! `nengji check`: a schedule (and a roster's pay) held against standards: the
//! minimum wage, Zhejiang's stricter rule, skill-worker minimums, industry
//! floors, the wage guideline, market levels, structure and procedure.

use std::path::PathBuf;

use anyhow::{anyhow, bail, Context as _, Result};

use crate::check::{self, write_report, Context, ReportFormat};
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::i18n::Arg;
use crate::io::{format, CsvEncodingArg};
use crate::pay::PayEngine;
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
    #[command(flatten)]
    csv: CsvEncodingArg,
}

pub fn run(args: Args) -> Result<Outcome> {
    let path = args.output.as_deref();
    let format = format::choose(args.format, path, ReportFormat::Text)?;
    let schedule = io::load_schedule(&args.schedule)?;
    let standards = load_standards(&args.standards)?;
    let period = schedule.pay_period(args.period);
    let periods = match args.period {
        Some(p) => vec![p],
        None => Context::term_periods(&schedule, &standards),
    };
    let roster = match &args.roster {
        Some(path) => {
            let roster = io::load_roster(path, args.encoding, &schedule)?;
            if roster.workers.is_empty() {
                bail!(t!("cmd-roster-empty", roster = path));
            }
            Some(roster)
        }
        None => None,
    };
    let workers = roster.as_ref().map_or(&[][..], |r| r.workers.as_slice());
    let sheets = PayEngine::new(&schedule, period).compute_all(workers)?;
    let ctx = Context::new(&schedule, &standards, period)
        .at_periods(periods)
        .with_roster(workers, &sheets);
    let report = check::check(&ctx);
    let outcome = if report.has_errors() {
        Outcome::Violations
    } else {
        Outcome::Clean
    };
    let written = Output::create(path).and_then(|output| {
        let mut output = args.csv.wrap(output, path, format == ReportFormat::Csv);
        write_report(&report, format, &mut output)?;
        output.finish()?.commit()
    });
    super::finish(written, outcome)
}

/// Whether `--standards NAME` names a file (it has a `.` or a path separator)
/// rather than a built-in set.
pub fn names_a_file(name: &str) -> bool {
    name.contains(['.', '/', '\\'])
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
