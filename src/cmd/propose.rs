//! `nengji propose`: a new schedule whose average pay growth over a roster hits a
//! target, written as a copy of the schedule file with only the grade pay changed.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context as _, Result};

use crate::check::{self, Context, GradeFloor};
use crate::cmd::check::load_standards;
use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::compare::{CompareFormat, CompareOptions, RosterCompare, RosterCompareError};
use crate::i18n::Arg;
use crate::io::SheetChoice;
use crate::pay::PayEngine;
use crate::pipeline::{Input, Pipeline, PriceError};
use crate::propose::{self, PayGroups, RaiseMode, Request};
use crate::roster::Encoding;
use crate::standards::Standards;
use crate::t;
use crate::{Money, Period, Rate, Schedule};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long)]
    schedule: PathBuf,
    #[arg(long)]
    roster: String,
    #[arg(long, value_name = "RATE", value_parser = io::parse_rate, allow_hyphen_values = true)]
    target_growth: Rate,
    #[arg(long, value_enum, default_value_t)]
    mode: RaiseMode,
    #[arg(long, value_name = "AMOUNT", default_value = "10")]
    round_to: Money,
    #[arg(long, value_name = "AMOUNT")]
    floor: Option<Money>,
    #[arg(long)]
    standards: Vec<String>,
    #[arg(long)]
    period: Option<Period>,
    #[arg(long, short)]
    output: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
    #[arg(long)]
    sheet: Option<SheetChoice>,
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
}

pub fn run(args: Args) -> Result<Outcome> {
    let mut inputs = vec![args.schedule.as_path(), Path::new(&args.roster)];
    inputs.extend(args.standards.iter().map(Path::new));
    io::refuse_overlaps(&inputs, &[args.output.as_deref()])?;
    let file = args.schedule.display().to_string();
    let text = io::read_text(&file, &t!("propose-what-schedule"))?;
    let mut schedule = Schedule::parse(&file, &text)
        .map_err(|e| anyhow!(t!("propose-invalid-schedule", error = Arg::display(e))))?;
    let period = schedule.pay_period(args.period);
    // The cost over the term reaches its last month.
    let last = Period::of(schedule.meta.expires).max(period);
    super::compute::resolve_adjustments(&mut schedule, &args.standards, last)?;
    let jobs = io::jobs(args.jobs);
    // The roster streams through the pipeline twice: once into the groups the
    // search prices (memory stays flat however many workers it has), once for
    // the comparison with the proposal. Standard input is kept to be read again.
    let stdin = if args.roster == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().lock().read_to_end(&mut bytes)?;
        Some(bytes)
    } else {
        None
    };
    // Each pass has its progress line, cleared when the pass's inputs go.
    let input = || -> Result<(Vec<Input<'_>>, super::progress::Tracked)> {
        let reader: Box<dyn Read + '_> = match &stdin {
            Some(bytes) => Box::new(&bytes[..]),
            None => io::open(&args.roster)
                .with_context(|| t!("cmd-cannot-read-roster", roster = &args.roster))?,
        };
        let (reader, progress) = super::progress::track(&args.roster, reader);
        Ok((
            vec![Input {
                name: args.roster.clone(),
                reader,
            }],
            progress,
        ))
    };
    let engine = PayEngine::new(&schedule, period);
    let mut groups = PayGroups::default();
    let sheet = args.sheet.clone().unwrap_or_default();
    let pipeline = Pipeline {
        sheet: &sheet,
        ..Pipeline::new(std::slice::from_ref(&schedule), args.encoding, jobs)
    };
    let (inputs, progress) = input()?;
    let priced = pipeline.price(inputs, engine.clone(), &mut |w, sheet| {
        Ok(groups.add(&engine, w, sheet)?)
    });
    match priced {
        Ok(()) => {}
        Err(PriceError::Roster(errors)) => return Err(io::roster_errors(errors)),
        Err(e) => return Err(e.into()),
    }
    if groups.headcount == 0 {
        return Err(anyhow!(t!("cmd-roster-empty", roster = &args.roster)));
    }
    let standards = if args.standards.is_empty() {
        None
    } else {
        Some(load_standards(&args.standards)?)
    };
    let Floors {
        floors,
        sources: floor_sources,
        from_standards,
    } = floors(&schedule, args.floor, standards.as_ref(), period);
    let request = Request {
        schedule: &schedule,
        groups: &groups,
        period,
        target: args.target_growth,
        mode: args.mode,
        unit: args.round_to,
        floors: floors
            .iter()
            .map(|f| f.as_ref().map(|f| f.amount))
            .collect(),
        floor_sources,
        jobs,
    };
    let proposal = propose::propose(&request)?;
    // The search is done: only the headcount by cell is kept for the report,
    // so the groups' memory is free for the comparison's pass.
    let headcount = groups.headcount;
    let cells = std::mem::take(&mut groups.cells);
    drop(groups);
    let floor = args
        .floor
        .map(|f| format!(" --floor {f}"))
        .unwrap_or_default();
    let standards: String = args
        .standards
        .iter()
        .map(|s| format!(" --standards {s}"))
        .collect();
    let header = format!(
        "# nengji propose --target-growth {} --mode {} --round-to {}{floor}{standards}\n# {}\n",
        args.target_growth,
        args.mode.name(),
        args.round_to.amount().normalize(),
        t!(
            "propose-header",
            schedule = &file,
            roster = &args.roster,
            count = headcount,
            period = Arg::display(period),
            growth = proposal.achieved.signed()
        ),
    );
    let new_text = propose::rewrite(&file, &text, &proposal.new, &header)?;

    let to_stdout = args.output.as_deref() == Some("-");
    let schedules = [schedule.clone(), proposal.schedule.clone()];
    let labels = propose::labels();
    let compare = RosterCompare {
        schedules: &schedules,
        labels: &labels,
        period,
        options: &CompareOptions::default(),
        format: CompareFormat::Text,
    };
    let pipeline = Pipeline {
        sheet: &sheet,
        ..Pipeline::new(&schedules, args.encoding, jobs)
    };
    drop(progress);
    let (inputs, _progress) = input()?;
    let comparison = match compare.run(inputs, &pipeline) {
        Ok(c) => c.comparison,
        Err(RosterCompareError::Roster { errors, .. }) => return Err(io::roster_errors(errors)),
        Err(e) => return Err(e.into()),
    };
    let mut report = Vec::new();
    propose::write_report(
        &proposal,
        &schedule,
        &cells,
        &comparison,
        period,
        args.round_to,
        &mut report,
    )?;
    if from_standards {
        write_floors(&schedule, &floors, &mut report)?;
    }
    match &args.output {
        Some(path) => {
            let mut output = Output::create(Some(path))?;
            output.write_all(new_text.as_bytes())?;
            output.commit()?;
            if !to_stdout {
                writeln!(report, "{}", t!("propose-wrote", path = path))?;
            }
        }
        None => writeln!(report, "{}", t!("propose-not-written"))?,
    }
    if to_stdout {
        std::io::stderr().write_all(&report)?;
    } else {
        let mut out = Output::create(None)?;
        out.write_all(&report)?;
        out.commit()?;
    }
    Ok(Outcome::Clean)
}

/// The floors of a request: per grade, the higher of `--floor` and the
/// standards' floor, and what sets them.
#[derive(Debug, Clone)]
pub(crate) struct Floors {
    pub floors: Vec<Option<Floor>>,
    /// Named when the floors put the target out of reach; `--floor` alone keeps
    /// its plain message.
    pub sources: Vec<String>,
    /// Whether standards were given.
    pub from_standards: bool,
}

/// The floors `nengji propose` holds each grade to.
pub(crate) fn floors(
    schedule: &Schedule,
    given: Option<Money>,
    standards: Option<&Standards>,
    period: Period,
) -> Floors {
    let standard_floors = standards.map(|s| standard_floors(schedule, s, period));
    let floors = combined_floors(given, standard_floors.as_deref(), schedule.grades.len());
    let mut sources: Vec<String> = Vec::new();
    if standard_floors.is_some() {
        for f in floors.iter().flatten() {
            if !sources.contains(&f.source) {
                sources.push(f.source.clone());
            }
        }
    }
    Floors {
        floors,
        sources,
        from_standards: standards.is_some(),
    }
}

/// One grade's floor in the request, and what sets it.
#[derive(Debug, Clone)]
pub(crate) struct Floor {
    pub amount: Money,
    /// `--floor 3000.00`, or the standards' rule and figure.
    pub source: String,
}

/// The floors the standards set for each grade over the contract's term (and the
/// pay month, if outside it), as `nengji check` holds the contract to them:
/// the industry floor (浙江省集体合同条例 Art 27) and strictly above the minimum
/// wage where the standard says so (浙江省集体合同条例 Art 5). What could not be
/// resolved goes to stderr, a line each.
fn standard_floors(
    schedule: &Schedule,
    standards: &Standards,
    period: Period,
) -> Vec<Option<GradeFloor>> {
    let mut periods = Context::term_periods(schedule, standards);
    if !periods.contains(&period) {
        periods.push(period);
    }
    let ctx = Context::new(schedule, standards, period).at_periods(periods);
    let floors = check::pay_floors(&ctx);
    for note in &floors.notes {
        super::note("propose", &note.to_string());
    }
    floors.grades
}

/// Per grade, the higher of `--floor` and the standards' floor.
fn combined_floors(
    given: Option<Money>,
    standards: Option<&[Option<GradeFloor>]>,
    grades: usize,
) -> Vec<Option<Floor>> {
    (0..grades)
        .map(|g| {
            let given = given.map(|amount| Floor {
                amount,
                source: format!("--floor {}", amount.grouped()),
            });
            let standard = standards
                .and_then(|s| s.get(g))
                .cloned()
                .flatten()
                .map(|f| Floor {
                    amount: f.amount,
                    source: format!("{}: {}", f.basis, f.what),
                });
            match (given, standard) {
                (Some(a), Some(b)) => Some(if b.amount > a.amount { b } else { a }),
                (a, b) => a.or(b),
            }
        })
        .collect()
}

/// The floors each grade was held to, under the report's table.
fn write_floors(schedule: &Schedule, floors: &[Option<Floor>], out: &mut Vec<u8>) -> Result<()> {
    writeln!(out, "{}", t!("propose-floors-heading"))?;
    for (grade, floor) in schedule.grades.iter().zip(floors) {
        match floor {
            Some(f) => writeln!(
                out,
                "  {}",
                t!(
                    "propose-floor-line",
                    grade = &grade.name,
                    amount = f.amount.grouped(),
                    source = &f.source
                )
            )?,
            None => writeln!(out, "  {}", t!("propose-floor-none", grade = &grade.name))?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standard(amount: i64) -> Option<GradeFloor> {
        Some(GradeFloor {
            amount: Money::from(amount),
            basis: "浙江省集体合同条例 Art 27".into(),
            what: "the industry floor".into(),
        })
    }

    #[test]
    fn each_grade_takes_the_higher_of_floor_and_standards() {
        let standards = [standard(2900), None, standard(3300)];
        let floors = combined_floors(Some(Money::from(3000)), Some(&standards), 3);
        let amounts: Vec<Option<Money>> = floors
            .iter()
            .map(|f| f.as_ref().map(|f| f.amount))
            .collect();
        assert_eq!(
            amounts,
            vec![
                Some(Money::from(3000)),
                Some(Money::from(3000)),
                Some(Money::from(3300))
            ]
        );
        let sources: Vec<&str> = floors.iter().flatten().map(|f| f.source.as_str()).collect();
        assert_eq!(
            sources,
            [
                "--floor 3,000.00",
                "--floor 3,000.00",
                "浙江省集体合同条例 Art 27: the industry floor"
            ]
        );
        // Without --floor, only the standards; without either, nothing.
        let only = combined_floors(None, Some(&standards), 3);
        assert!(only[1].is_none());
        assert_eq!(only[0].as_ref().map(|f| f.amount), Some(Money::from(2900)));
        assert!(combined_floors(None, None, 2).iter().all(Option::is_none));
    }
}
