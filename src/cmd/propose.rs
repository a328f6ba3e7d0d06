//! `nengji propose`: a new schedule whose average pay growth over a roster hits a
//! target, written as a copy of the schedule file with only the grade pay changed.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{anyhow, Result};

use crate::cmd::io::{self, Output};
use crate::cmd::Outcome;
use crate::propose::{self, RaiseMode, Request};
use crate::roster::Encoding;
use crate::{Money, Period, Rate, Schedule};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The schedule to start from (TOML).
    #[arg(long)]
    schedule: PathBuf,
    /// The roster (CSV) the growth is measured over; `-` for stdin.
    #[arg(long)]
    roster: String,
    /// The average growth of gross pay to reach, e.g. 8%.
    #[arg(long, value_name = "RATE", value_parser = parse_rate, allow_hyphen_values = true)]
    target_growth: Rate,
    /// How the raise is spread: the same % everywhere, or weighted toward the lower grades.
    #[arg(long, value_enum, default_value_t)]
    mode: RaiseMode,
    /// Round each grade pay to a whole number of this many yuan.
    #[arg(long, value_name = "AMOUNT", default_value = "10")]
    round_to: Money,
    /// No grade pay below this amount (rounded up to the unit).
    #[arg(long, value_name = "AMOUNT")]
    floor: Option<Money>,
    /// The pay month, YYYY-MM; default: the month the schedule takes effect.
    #[arg(long)]
    period: Option<Period>,
    /// Where to write the new schedule; `-` for stdout (the report then goes to
    /// stderr). Without it nothing is written.
    #[arg(long, short)]
    output: Option<String>,
    /// The roster's text encoding.
    #[arg(long, value_enum, default_value_t)]
    encoding: Encoding,
}

fn parse_rate(s: &str) -> Result<Rate, String> {
    Rate::parse(s)
        .ok_or_else(|| format!("'{s}' is not a percentage; write it with its sign, such as 8%"))
}

pub fn run(args: Args) -> Result<Outcome> {
    let file = args.schedule.display().to_string();
    let text = io::read_text(&file, "schedule")?;
    let schedule = Schedule::parse(&file, &text).map_err(|e| anyhow!("invalid schedule: {e}"))?;
    let period = args
        .period
        .unwrap_or_else(|| Period::of(schedule.meta.effective));
    let roster = io::load_roster(&args.roster, args.encoding, &schedule)?;
    if roster.workers.is_empty() {
        return Err(anyhow!("the roster '{}' has no workers", args.roster));
    }
    let request = Request {
        schedule: &schedule,
        workers: &roster.workers,
        period,
        target: args.target_growth,
        mode: args.mode,
        unit: args.round_to,
        floors: vec![args.floor; schedule.grades.len()],
    };
    let proposal = propose::propose(&request)?;
    let floor = args
        .floor
        .map(|f| format!(" --floor {f}"))
        .unwrap_or_default();
    let header = format!(
        "# nengji propose --target-growth {} --mode {} --round-to {}{floor}\n\
         # 由 {} 拟定：名册 {}（{} 人，{} 期），平均增长 {}；仅能级工资有改动。\n",
        args.target_growth,
        args.mode.name(),
        args.round_to.amount().normalize(),
        file,
        args.roster,
        roster.workers.len(),
        period,
        proposal.achieved.signed(),
    );
    let new_text = propose::rewrite(&file, &text, &proposal.new, &header)?;

    let to_stdout = args.output.as_deref() == Some("-");
    let mut report = Vec::new();
    propose::write_report(
        &proposal,
        &schedule,
        &roster.workers,
        period,
        args.round_to,
        &mut report,
    )?;
    match &args.output {
        Some(path) => {
            let mut output = Output::create(Some(path))?;
            output.write_all(new_text.as_bytes())?;
            output.commit()?;
            if !to_stdout {
                writeln!(report, "已写入 {path}")?;
            }
        }
        None => writeln!(report, "未写入文件：用 --output NEW.toml 写出拟定方案")?,
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
