//! `nengji explain`: how one worker's pay was reached, rule by rule.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::io::{format, FileFormat, SheetChoice, TableOptions};
use crate::pay::PayEngine;
use crate::report::Explanation;
use crate::roster::{Encoding, Worker};
use crate::{suggest, t, Period, Schedule};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    #[default]
    Text,
    Json,
}

impl FileFormat for Format {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Text => &["txt"],
            Format::Json => &["json"],
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long)]
    schedule: PathBuf,
    #[arg(long)]
    roster: String,
    #[arg(long)]
    employee: String,
    #[arg(long)]
    enterprise: Option<String>,
    #[arg(long)]
    period: Option<Period>,
    /// The format; default: what -o's extension says (.txt, .json), else text.
    #[arg(long, value_enum)]
    format: Option<Format>,
    #[arg(long, short)]
    output: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    #[arg(long)]
    sheet: Option<SheetChoice>,
    /// Standards that carry the wage guideline a guideline raise follows.
    #[arg(long)]
    standards: Vec<String>,
}

pub fn run(args: Args) -> Result<Outcome> {
    let mut inputs = vec![args.schedule.as_path(), Path::new(&args.roster)];
    inputs.extend(args.standards.iter().map(Path::new));
    io::refuse_overlaps(&inputs, &[args.output.as_deref()])?;
    let format = format::choose(args.format, args.output.as_deref(), Format::Text)?;
    let mut schedule = io::load_schedule(&args.schedule)?;
    let period = schedule.pay_period(args.period);
    super::compute::resolve_adjustments(&mut schedule, &args.standards, period)?;
    let roster = io::load_roster_for(
        &args.roster,
        &TableOptions::new(args.encoding, args.sheet.clone()),
        &schedule,
        Some(period),
    )?;
    let index = find_worker(
        &roster.workers,
        &args.employee,
        args.enterprise.as_deref(),
        &args.roster,
    )?;
    // The JSON is for machines: its texts are English whatever the language
    // (issue 15: machine-readable output does not change with the language).
    let explanation = match format {
        Format::Text => explanation(&schedule, period, &roster.workers, index)?,
        Format::Json => in_english(|| explanation(&schedule, period, &roster.workers, index))?,
    };
    let mut out = Output::create(args.output.as_deref())?;
    match format {
        Format::Text => write!(out, "{explanation}")?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &explanation)?;
            writeln!(out)?;
        }
    }
    out.commit()?;
    Ok(Outcome::Clean)
}

/// `f` with English as the language in use, then the language restored.
fn in_english<T>(f: impl FnOnce() -> T) -> T {
    let lang = crate::i18n::lang();
    crate::i18n::set_lang(crate::i18n::Lang::En);
    let value = f();
    crate::i18n::set_lang(lang);
    value
}

/// How the pay of `workers[index]` was reached. The roster keeps each
/// enterprise's rows together, and a pool is split among them, so the worker's
/// share is worked out over its enterprise's rows.
pub(crate) fn explanation(
    schedule: &Schedule,
    period: Period,
    workers: &[Worker],
    index: usize,
) -> Result<Explanation> {
    let engine = PayEngine::new(schedule, period);
    let worker = &workers[index];
    let same = |w: &Worker| w.enterprise_id == worker.enterprise_id;
    let first = workers[..index]
        .iter()
        .rposition(|w| !same(w))
        .map_or(0, |i| i + 1);
    let last = workers[index..]
        .iter()
        .position(|w| !same(w))
        .map_or(workers.len(), |i| index + i);
    let share = engine.pool_shares(&workers[first..last])?[index - first];
    let (sheet, steps) = engine.explain(worker, share)?;
    Ok(Explanation::new(schedule, period, worker, &sheet, steps))
}

/// The index of the worker `employee` (of `enterprise`, when given) in a roster
/// read from `roster`, or an error naming the nearest id.
pub(crate) fn find_worker(
    workers: &[Worker],
    employee: &str,
    enterprise: Option<&str>,
    roster: &str,
) -> Result<usize> {
    let matches: Vec<usize> = workers
        .iter()
        .enumerate()
        .filter(|(_, w)| w.employee_id == employee)
        .filter(|(_, w)| enterprise.is_none_or(|e| e == w.enterprise_id))
        .map(|(i, _)| i)
        .collect();
    match matches.as_slice() {
        [i] => Ok(*i),
        [] => {
            let ids = workers.iter().map(|w| w.employee_id.as_str());
            bail!(t!(
                "explain-no-worker",
                employee = employee,
                roster = roster,
                hint = suggest::hint(employee, ids)
            ));
        }
        _ => bail!(t!(
            "explain-ambiguous-worker",
            employee = employee,
            count = matches.len()
        )),
    }
}
