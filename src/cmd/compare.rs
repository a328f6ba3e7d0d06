//! `nengji compare`: a base schedule and one or more offers over the same roster,
//! side by side: cost, who gains and loses, the distribution, 扩中提低.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use chrono::Datelike;

use crate::check::minimum_in_force;
use crate::cmd::check::load_standards;
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::compare::{
    CompareFormat, CompareOptions, GuidelineLines, RosterCompare, RosterCompareError, Threshold,
};
use crate::i18n::Arg;
use crate::io::{format, CsvEncodingArg, SheetChoice};
use crate::pipeline::{Input, Pipeline};
use crate::roster::Encoding;
use crate::standards::Standards;
use crate::t;
use crate::{Money, Period, Rate, Schedule};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "SCHEDULE.toml", num_args = 2.., required = true)]
    schedules: Vec<PathBuf>,
    #[arg(long)]
    roster: String,
    #[arg(long = "label", value_name = "LABEL")]
    labels: Vec<String>,
    #[arg(long)]
    period: Option<Period>,
    #[arg(long, value_enum)]
    format: Option<CompareFormat>,
    #[arg(long, short)]
    output: Option<String>,
    #[arg(long, value_name = "AMOUNT")]
    threshold: Option<Money>,
    #[arg(long)]
    standards: Vec<String>,
    #[arg(long, value_name = "RATE", value_parser = io::parse_rate)]
    on_cost: Option<Rate>,
    #[arg(long, value_name = "N", default_value_t = 10)]
    losses: usize,
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    #[arg(long)]
    sheet: Option<SheetChoice>,
    #[command(flatten)]
    csv: CsvEncodingArg,
    /// Worker threads for the roster (default: one per core); the output is
    /// the same whatever the number.
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
}

pub fn run(args: Args) -> Result<Outcome> {
    let mut inputs: Vec<&Path> = args.schedules.iter().map(PathBuf::as_path).collect();
    inputs.push(Path::new(&args.roster));
    inputs.extend(args.standards.iter().map(Path::new));
    io::refuse_overlaps(&inputs, &[args.output.as_deref()])?;
    if !args.labels.is_empty() && args.labels.len() != args.schedules.len() {
        bail!(t!(
            "compare-labels-count",
            labels = args.labels.len(),
            schedules = args.schedules.len()
        ));
    }
    let path = args.output.as_deref();
    let format = format::choose(args.format, path, CompareFormat::Text)?;
    let mut schedules: Vec<Schedule> = args
        .schedules
        .iter()
        .map(|p| io::load_schedule(p))
        .collect::<Result<_>>()?;
    let compared = schedules[0].pay_period(args.period);
    for s in &mut schedules {
        // The cost over the term reaches its last month.
        let last = Period::of(s.meta.expires).max(compared);
        super::compute::resolve_adjustments(s, &args.standards, last)?;
    }
    let labels = if args.labels.is_empty() {
        default_labels(&schedules)
    } else {
        args.labels.clone()
    };
    let period = schedules[0].pay_period(args.period);
    let standards = if args.standards.is_empty() {
        None
    } else {
        Some(load_standards(&args.standards)?)
    };

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
    // The roster is read once (it may be stdin), through the pipeline, against
    // every schedule: memory stays flat however many workers it has.
    let input = io::open(&args.roster)
        .with_context(|| t!("cmd-cannot-read-roster", roster = &args.roster))?;
    let sheet = args.sheet.clone().unwrap_or_default();
    let pipeline = Pipeline {
        sheet: &sheet,
        ..Pipeline::new(&schedules, args.encoding, io::jobs(args.jobs))
    };
    let run = RosterCompare {
        schedules: &schedules,
        labels: &labels,
        period,
        options: &options,
        format,
    };
    let (input, _progress) = super::progress::track(&args.roster, input);
    let inputs = vec![Input {
        name: args.roster.clone(),
        reader: input,
    }];
    let mut comparison = match run.run(inputs, &pipeline) {
        Ok(c) => c,
        Err(RosterCompareError::Roster { schedule, errors }) => {
            return Err(io::roster_errors(errors)).with_context(|| {
                t!(
                    "compare-reading-roster-for",
                    schedule = &args.schedules[schedule]
                )
            })
        }
        Err(e) => return Err(e.into()),
    };
    let output = Output::create(path)?;
    let mut output = args.csv.wrap(output, path, format == CompareFormat::Csv);
    comparison.write(&mut output)?;
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
            Some(t!(
                "compare-guideline-source",
                year = i64::from(year),
                region = Arg::display(&g.region),
                source = Arg::display(&g.source)
            )),
        ),
        None => {
            super::note(
                "compare",
                &t!(
                    "compare-no-guideline",
                    region = Arg::display(region),
                    year = i64::from(year)
                ),
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
            super::note(
                "compare",
                &t!("compare-no-threshold", why = missing.describe(region, on)),
            );
            None
        }
    }
}

/// Each schedule's title; where two titles are equal, 方案一, 方案二, ... (offer 1,
/// offer 2 in English) by
/// their place (a reader of the page does not know the file names).
fn default_labels(schedules: &[Schedule]) -> Vec<String> {
    schedules
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let title = &s.meta.title;
            let shared = schedules.iter().filter(|o| &o.meta.title == title).count() > 1;
            if shared {
                let place = u32::try_from(i + 1).unwrap_or(u32::MAX);
                // 方案一 in Chinese, "offer 1" in English.
                let number = match crate::i18n::lang() {
                    crate::i18n::Lang::Zh => crate::render::numerals::chinese_number(place),
                    _ => place.to_string(),
                };
                crate::t!("compare-default-label", number = number)
            } else {
                title.clone()
            }
        })
        .collect()
}
