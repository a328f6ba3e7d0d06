//! `nengji compare`: a base schedule and one or more offers over the same roster,
//! side by side: cost, who gains and loses, the distribution, 扩中提低.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use chrono::Datelike;

use crate::check::minimum_in_force;
use crate::cmd::check::load_standards;
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::compare::{
    self, CompareFormat, CompareOptions, Comparison, GuidelineLines, Scenario, Threshold,
};
use crate::io::{format, CsvEncodingArg};
use crate::pay::PayEngine;
use crate::roster::{Encoding, Roster};
use crate::standards::Standards;
use crate::{Money, Period, Rate, Schedule};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The base schedule (what is paid now), then each offer in negotiation order.
    #[arg(value_name = "SCHEDULE.toml", num_args = 2.., required = true)]
    schedules: Vec<PathBuf>,
    /// The roster (CSV) all schedules are compared over; `-` for stdin.
    #[arg(long)]
    roster: String,
    /// A name for each schedule, in order (base first); default: their titles.
    #[arg(long = "label", value_name = "LABEL")]
    labels: Vec<String>,
    /// The pay month all schedules are computed for, YYYY-MM; default: the month
    /// the base takes effect.
    #[arg(long)]
    period: Option<Period>,
    /// The format; default: what -o's extension says (.txt, .csv, .json, .html), else text.
    #[arg(long, value_enum)]
    format: Option<CompareFormat>,
    /// Where to write; `-` or nothing for stdout.
    #[arg(long, short)]
    output: Option<String>,
    /// Count workers whose gross pay is below this amount. Default with
    /// --standards: 1.2 x the monthly minimum wage of the base's region and tier
    /// in force in the period (2988 for Zhejiang tier 1 since 2024).
    #[arg(long, value_name = "AMOUNT")]
    threshold: Option<Money>,
    /// A standards file, or a built-in set by name (zhejiang), as `nengji check`
    /// takes them; repeat to combine. Gives the wage guideline's lines and the
    /// default threshold.
    #[arg(long)]
    standards: Vec<String>,
    /// The employer's on-cost on the wage bill (social insurance, housing fund), e.g. 30%.
    #[arg(long, value_name = "RATE", value_parser = io::parse_rate)]
    on_cost: Option<Rate>,
    /// How many of the largest losses to list by name.
    #[arg(long, value_name = "N", default_value_t = 10)]
    losses: usize,
    /// The roster's text encoding.
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    #[command(flatten)]
    csv: CsvEncodingArg,
}

pub fn run(args: Args) -> Result<Outcome> {
    let mut inputs: Vec<&Path> = args.schedules.iter().map(PathBuf::as_path).collect();
    inputs.push(Path::new(&args.roster));
    inputs.extend(args.standards.iter().map(Path::new));
    io::refuse_overlaps(&inputs, &[args.output.as_deref()])?;
    if !args.labels.is_empty() && args.labels.len() != args.schedules.len() {
        bail!(
            "{} --label given for {} schedules; give one per schedule, base first, or none",
            args.labels.len(),
            args.schedules.len()
        );
    }
    let path = args.output.as_deref();
    let format = format::choose(args.format, path, CompareFormat::Text)?;
    let schedules: Vec<Schedule> = args
        .schedules
        .iter()
        .map(|p| io::load_schedule(p))
        .collect::<Result<_>>()?;
    let labels = if args.labels.is_empty() {
        default_labels(&schedules, &args.schedules)
    } else {
        args.labels.clone()
    };
    let period = schedules[0].pay_period(args.period);
    let standards = if args.standards.is_empty() {
        None
    } else {
        Some(load_standards(&args.standards)?)
    };

    // Read the roster once (it may be stdin) and bind it to each schedule.
    let mut bytes = Vec::new();
    io::open(&args.roster)
        .and_then(|mut r| r.read_to_end(&mut bytes))
        .with_context(|| format!("cannot read the roster '{}'", args.roster))?;
    let mut rosters: Vec<Roster> = Vec::with_capacity(schedules.len());
    let mut sheets = Vec::with_capacity(schedules.len());
    for (schedule, path) in schedules.iter().zip(&args.schedules) {
        let roster = Roster::read(&args.roster, bytes.as_slice(), args.encoding, schedule)
            .map_err(io::roster_errors)
            .with_context(|| format!("reading the roster for '{}'", path.display()))?;
        sheets.push(PayEngine::new(schedule, period).compute_all(&roster.workers)?);
        rosters.push(roster);
    }
    let scenarios: Vec<Scenario> = (0..schedules.len())
        .map(|i| Scenario {
            label: &labels[i],
            schedule: &schedules[i],
            workers: &rosters[i].workers,
            sheets: &sheets[i],
        })
        .collect();
    let (guideline, guideline_source) = match &standards {
        Some(standards) => guideline_of(standards, &schedules[0], period),
        None => (None, None),
    };
    let threshold = match (args.threshold, &standards) {
        (Some(amount), _) => Some(Threshold::given(amount)),
        (None, Some(standards)) => threshold_of(standards, &schedules[0], period),
        (None, None) => None,
    };
    let options = CompareOptions {
        threshold,
        on_cost: args.on_cost,
        guideline,
        guideline_source,
        largest_losses: args.losses,
    };
    let comparison = Comparison::build(period, &scenarios[0], &scenarios[1..], &options)?;

    let output = Output::create(path)?;
    let mut output = args.csv.wrap(output, path, format == CompareFormat::Csv);
    match format {
        CompareFormat::Text => compare::write_text(&comparison, &mut output)?,
        CompareFormat::Csv => compare::write_csv(&comparison, &mut output)?,
        CompareFormat::Json => {
            serde_json::to_writer_pretty(&mut output, &comparison)?;
            std::io::Write::write_all(&mut output, b"\n")?;
        }
        CompareFormat::Html => compare::write_html(&comparison, &mut output)?,
        CompareFormat::Xlsx => compare::write_xlsx(&comparison, &mut output)?,
    }
    output.finish()?.commit()?;
    Ok(Outcome::Clean)
}

/// The wage guideline (工资指导线) of the base's region for the period's year, and
/// where it comes from; without one, a line on stderr says so.
pub(crate) fn guideline_of(
    standards: &Standards,
    base: &Schedule,
    period: Period,
) -> (Option<GuidelineLines>, Option<String>) {
    let region = &base.meta.region;
    let year = period.first_day().year();
    match standards.guideline(region, year) {
        Some(g) => (
            Some(GuidelineLines::from(&g.item)),
            Some(format!("{year} 年，地区 {}：{}", g.region, g.source)),
        ),
        None => {
            eprintln!(
                "nengji compare: the standards give no wage guideline for region {region} in {year}; growth is shown without guideline lines"
            );
            (None, None)
        }
    }
}

/// The default low-pay threshold: 1.2 x the monthly minimum wage of the base's
/// region and tier in force on the last day of the period (最低工资规定 Art 12;
/// the standard applied as `nengji check` applies it), rounded by the base's
/// rounding. Without a minimum wage, a line on stderr says so and no workers are
/// counted below a threshold.
pub(crate) fn threshold_of(
    standards: &Standards,
    base: &Schedule,
    period: Period,
) -> Option<Threshold> {
    let region = &base.meta.region;
    let on = period.last_day();
    match minimum_in_force(standards, region, on) {
        Ok(min) => Threshold::of_minimum_wage(
            min.monthly,
            base.rounding,
            min.standard.label(),
            min.tier,
            region.clone(),
            min.standard.source.clone(),
        ),
        Err(missing) => {
            eprintln!(
                "nengji compare: {}; no low-pay threshold without --threshold",
                missing.describe(region, on)
            );
            None
        }
    }
}

/// Each schedule's title; where two titles are equal, their file names instead.
fn default_labels(schedules: &[Schedule], paths: &[PathBuf]) -> Vec<String> {
    schedules
        .iter()
        .zip(paths)
        .map(|(s, p)| {
            let title = &s.meta.title;
            let shared = schedules.iter().filter(|o| &o.meta.title == title).count() > 1;
            if shared {
                p.file_stem().map_or_else(
                    || p.display().to_string(),
                    |f| f.to_string_lossy().into_owned(),
                )
            } else {
                title.clone()
            }
        })
        .collect()
}
