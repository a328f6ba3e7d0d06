//! The workbench's one door to the library: reading the roster, pay, check,
//! compare, propose, explain and render are called here and nowhere else in
//! `serve/`, each as the command of the same name calls it, so the page shows
//! the numbers the commands print. When a library API moves, this file moves.

mod compare;
#[cfg(test)]
mod tests;

use std::path::Path;

use anyhow::{anyhow, Result};
use chrono::NaiveDate;

use crate::check::{self, Report};
use crate::cmd;
use crate::io::TableOptions;
use crate::pay::{PayEngine, PaySheet};
use crate::propose::{self, RaiseMode};
use crate::render::{Document, Format, Renderer};
use crate::report::Explanation;
use crate::roster::{Roster, Worker};
use crate::standards::Standards;
use crate::{t, Money, Period, Rate, Schedule};

pub use compare::{compare, compare_html, compare_options, join, largest_gains, Side};

/// Reads and combines standards as `--standards` does.
pub fn load_standards(names: &[String]) -> Result<Standards> {
    cmd::check::load_standards(names)
}

/// Reads a schedule file's text, as the commands do.
pub fn read_schedule_text(path: &Path) -> Result<String> {
    cmd::io::read_text(&path.display().to_string(), &t!("serve-what-schedule"))
}

/// Loads a schedule from its text; errors name the file, line and column.
pub fn parse_schedule(file: &str, text: &str) -> Result<Schedule> {
    Schedule::parse(file, text)
        .map_err(|e| anyhow!(t!("serve-invalid-schedule", error = e.to_string())))
}

/// The roster's rows read against one schedule (its grades and columns).
pub fn read_workers(
    file: &str,
    bytes: &[u8],
    table: impl Into<TableOptions>,
    schedule: &Schedule,
) -> Result<Vec<Worker>> {
    let roster = Roster::read(file, bytes, table, schedule).map_err(cmd::io::roster_errors)?;
    if roster.workers.is_empty() {
        return Err(anyhow!(t!("serve-roster-empty", file = file)));
    }
    Ok(roster.workers)
}

/// Every worker's pay sheet for the period.
pub fn pay(schedule: &Schedule, period: Period, workers: &[Worker]) -> Result<Vec<PaySheet>> {
    Ok(PayEngine::new(schedule, period).compute_all(workers)?)
}

/// The pay sheets of `new` for `period`, from those of `old` (`old_sheets`,
/// for the same workers and period) when `new` differs from `old` in grade pay
/// only: a worker's pay reads only their own grade's row of the table in force
/// (and no pool reads grade pay), so only the workers of a grade whose row
/// changed are priced again. Anything else (a grade added or gone, another
/// table in force) prices the whole roster.
pub fn repay(
    old: &Schedule,
    new: &Schedule,
    period: Period,
    workers: &[Worker],
    old_sheets: &[PaySheet],
) -> Result<Vec<PaySheet>> {
    let (Ok(before), Ok(after)) = (old.table_for(period), new.table_for(period)) else {
        return pay(new, period, workers);
    };
    if before.len() != after.len()
        || new.grades.is_empty()
        || old_sheets.len() != workers.len()
        || old
            .grades
            .iter()
            .zip(&new.grades)
            .any(|(a, b)| a.name != b.name)
    {
        return pay(new, period, workers);
    }
    let changed: Vec<bool> = before
        .iter()
        .zip(after.iter())
        .map(|(a, b)| a != b)
        .collect();
    let last = new.grades.len() - 1;
    let engine = PayEngine::new(new, period);
    let mut shares = None;
    let mut sheets = old_sheets.to_vec();
    for (i, w) in workers.iter().enumerate() {
        if changed[w.grade.min(last)] {
            let shares = match &mut shares {
                Some(s) => s,
                None => shares.insert(engine.pool_shares(workers)?),
            };
            engine.compute(w, shares[i], &mut sheets[i])?;
        }
    }
    Ok(sheets)
}

/// `nengji check --schedule S --roster R --standards T` without `--period`:
/// the workers at the month the schedule takes effect (`sheets` are for it),
/// the contract over its term.
pub fn check(
    schedule: &Schedule,
    standards: &Standards,
    workers: &[Worker],
    sheets: &[PaySheet],
) -> Report {
    let period = schedule.pay_period(None);
    let ctx = check::Context::new(schedule, standards, period)
        .at_periods(check::Context::term_periods(schedule, standards))
        .with_roster(workers, sheets);
    check::check(&ctx)
}

/// A check report as `nengji check --format json` writes it.
pub fn check_json(report: &Report) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    check::write_report(report, check::ReportFormat::Json, &mut out)?;
    Ok(out)
}

/// What the page asks `propose` for.
#[derive(Debug, Clone, Copy)]
pub struct ProposeAsk {
    pub target: Rate,
    pub mode: RaiseMode,
    pub round_to: Money,
}

/// `nengji propose --schedule S --roster R --target-growth G --mode M
/// --round-to U [--standards T] --output NEW`: the new schedule's text, with
/// only its grade pay changed, and the growth reached.
pub fn propose(
    file: &str,
    text: &str,
    schedule: &Schedule,
    workers: &[Worker],
    standards: Option<&Standards>,
    ask: ProposeAsk,
    lang: crate::i18n::Lang,
) -> Result<(String, String)> {
    let period = schedule.pay_period(None);
    let floors = cmd::propose::floors(schedule, None, standards, period);
    let groups = propose::PayGroups::of(&PayEngine::new(schedule, period), workers)?;
    let request = propose::Request {
        schedule,
        groups: &groups,
        period,
        target: ask.target,
        mode: ask.mode,
        unit: ask.round_to,
        floors: floors
            .floors
            .iter()
            .map(|f| f.as_ref().map(|f| f.amount))
            .collect(),
        floor_sources: floors.sources,
        jobs: cmd::io::jobs(None),
    };
    let proposal = propose::propose(&request)?;
    let achieved = proposal.achieved.signed();
    let header = format!(
        "# nengji serve: propose --target-growth {} --mode {} --round-to {}\n# {}\n",
        ask.target,
        ask.mode.name(),
        ask.round_to.amount().normalize(),
        t!(in lang;
            "serve-propose-header",
            file = file,
            count = workers.len(),
            period = period.to_string(),
            achieved = &achieved
        ),
    );
    let new_text = propose::rewrite(file, text, &proposal.new, &header)?;
    Ok((new_text, achieved))
}

/// The explanation of one worker's pay, as `nengji explain` prints it.
pub fn explain(
    schedule: &Schedule,
    workers: &[Worker],
    employee: &str,
    enterprise: Option<&str>,
    roster: &str,
) -> Result<Explanation> {
    let index = cmd::explain::find_worker(workers, employee, enterprise, roster)?;
    cmd::explain::explanation(schedule, schedule.pay_period(None), workers, index)
}

/// A document of a schedule with the roster's figures and the standards'
/// checks, as `nengji render --schedule S --roster R [--standards T]` writes
/// it; an offer letter is dated today, as render dates it.
pub fn render(
    document: Document,
    format: Format,
    schedule: &Schedule,
    workers: &[Worker],
    standards: Option<&Standards>,
    today: NaiveDate,
) -> Result<Vec<u8>> {
    if let Some(why) = document.scope_mismatch(schedule.meta.scope) {
        return Err(anyhow!("{why}"));
    }
    let renderer = Renderer::new()?;
    let rendered = cmd::render::document(&cmd::render::Request {
        renderer: &renderer,
        template: document.template(),
        document,
        format,
        style: crate::render::Style::Standard,
        schedule,
        workers: Some(workers),
        period: schedule.pay_period(None),
        asked_period: None,
        standards,
        date: (document == Document::Offer).then_some(today),
        final_: false,
        calendar: crate::calendar::Calendar::builtin(),
    })?;
    Ok(rendered.bytes)
}
