//! `nengji check`: a schedule (and a roster's pay) held against standards: the
//! minimum wage, Zhejiang's stricter rule, skill-worker minimums, industry
//! floors, the wage guideline, market levels, structure and procedure.

use std::path::PathBuf;

use anyhow::{anyhow, bail, Context as _, Result};

use crate::calendar::Calendar;
use crate::check::{self, write_report, Context, ReportFormat};
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
    /// The roster (CSV), to check every worker's pay; `-` for stdin.
    #[arg(long)]
    roster: Option<String>,
    /// A standards file, or a built-in set by name (zhejiang); repeat to combine.
    #[arg(long, required = true)]
    standards: Vec<String>,
    /// The pay month, YYYY-MM. Default: the month the schedule takes effect, and
    /// the contract is also checked at each change of a standard within its term.
    #[arg(long)]
    period: Option<Period>,
    /// The format; default: what -o's extension says (.txt, .csv, .json), else text.
    #[arg(long, value_enum)]
    format: Option<ReportFormat>,
    /// Where to write; `-` or nothing for stdout.
    #[arg(long, short)]
    output: Option<String>,
    /// The roster's text encoding.
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
                bail!("the roster '{path}' has no workers");
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
        let text = io::read_text(&name, "calendar file")?;
        let more = Calendar::parse(&name, &text).map_err(|e| anyhow!("invalid calendar: {e}"))?;
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
            let text = io::read_text(name, "standards file")?;
            Standards::parse(name, &text)
        } else {
            match Standards::builtin(name) {
                Some(parsed) => parsed,
                None => {
                    let known: Vec<&str> = Standards::builtin_names().collect();
                    return Err(anyhow!(
                        "no built-in standards named '{name}' (built-in: {}){}; a file name needs its extension, such as {name}.toml",
                        known.join(", "),
                        crate::suggest::hint(name, known.iter().copied())
                    ));
                }
            }
        };
        let one = one.map_err(|e| anyhow!("invalid standards: {e}"))?;
        all.combine(one)
            .map_err(|e| anyhow!("invalid standards: {e}"))
            .with_context(|| format!("combining '{name}'"))?;
    }
    Ok(all)
}
