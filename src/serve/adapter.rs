//! The workbench's one door to the library: reading the roster, pay, check,
//! compare, propose, explain and render are called here and nowhere else in
//! `serve/`, each as the command of the same name calls it, so the page shows
//! the numbers the commands print. When a library API moves, this file moves.

use std::path::Path;

use anyhow::{anyhow, Result};
use chrono::NaiveDate;

use crate::check::{self, Report};
use crate::cmd;
use crate::compare::{
    worker_change, CompareOptions, Comparison, Scenario, TallyScenario, Threshold, WorkerChange,
};
use crate::io::TableOptions;
use crate::pay::{PayEngine, PaySheet};
use crate::propose::{self, RaiseMode};
use crate::render::{Document, Format, Renderer};
use crate::report::Explanation;
use crate::roster::{Roster, Worker};
use crate::standards::Standards;
use crate::{t, Money, Period, Rate, Schedule};

/// How many of the largest losses compare lists by name (its default).
pub const LARGEST_LOSSES: usize = 10;

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

/// One schedule's pay over the roster, for [`compare`].
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    pub label: &'a str,
    pub schedule: &'a Schedule,
    pub workers: &'a [Worker],
    /// For the base's pay period.
    pub sheets: &'a [PaySheet],
}

/// What `nengji compare BASE OFFER... --roster R [--standards T]` reports
/// besides the pay, at the base's pay period: the threshold and guideline
/// from the standards. Their notes (no guideline, no threshold) are printed
/// here, once for the session.
pub fn compare_options(base: &Schedule, standards: Option<&Standards>) -> CompareOptions {
    let period = base.pay_period(None);
    let (guideline, guideline_source) = match standards {
        Some(standards) => cmd::compare::guideline_of(standards, base, period),
        None => (None, None),
    };
    let threshold: Option<Threshold> =
        standards.and_then(|s| cmd::compare::threshold_of(s, base, period));
    CompareOptions {
        threshold,
        on_cost: None,
        guideline,
        guideline_source,
        largest_losses: LARGEST_LOSSES,
    }
}

/// `nengji compare BASE OFFER... --roster R [--standards T]` with labels, at
/// the base's pay period, with `options` from [`compare_options`]. Without
/// `workers`, each offer's list of every worker's change is left empty (the
/// figures are the same).
pub fn compare(
    base: Side,
    offers: &[Side],
    options: &CompareOptions,
    workers: bool,
) -> Result<Comparison> {
    let period = base.schedule.pay_period(None);
    let offers: Vec<Scenario> = offers.iter().map(scenario).collect();
    let build = if workers {
        Comparison::build
    } else {
        Comparison::summary
    };
    Ok(build(period, &scenario(&base), &offers, options)?)
}

/// The comparison of the base with every offer, from comparisons of the base
/// with one offer each (`parts`, in offer order; with none, `alone`, the base
/// by itself): what compare reports of an offer reads only the base and that
/// offer, so an edit compares one offer again, not all of them.
pub fn join(alone: &Comparison, parts: &[Comparison]) -> Comparison {
    let mut c = alone.clone();
    c.scenarios.truncate(1);
    c.offers.clear();
    c.distributions.truncate(1);
    c.term_costs.clear();
    for g in &mut c.grades {
        g.average.truncate(1);
        g.growth.clear();
    }
    for cell in &mut c.cells {
        cell.pay.truncate(1);
        cell.change.clear();
        cell.growth.clear();
    }
    for part in parts {
        c.scenarios.extend(part.scenarios.iter().skip(1).cloned());
        c.offers.extend(part.offers.iter().cloned());
        c.distributions
            .extend(part.distributions.iter().skip(1).cloned());
        for (g, p) in c.grades.iter_mut().zip(&part.grades) {
            g.average.extend(p.average.iter().skip(1).copied());
            g.growth.extend(p.growth.iter().copied());
        }
        for (cell, p) in c.cells.iter_mut().zip(&part.cells) {
            cell.pay.extend(p.pay.iter().skip(1).copied());
            cell.change.extend(p.change.iter().copied());
            cell.growth.extend(p.growth.iter().copied());
        }
    }
    c
}

/// The `n` largest gains of an offer over the base, largest first and, among
/// equal gains, in roster order (what sorting compare's list of workers by
/// falling change gives), without building that list.
pub fn largest_gains(base: Side, offer: Side, n: usize) -> Vec<WorkerChange> {
    let mut best: Vec<(Money, usize)> = Vec::with_capacity(n + 1);
    for (i, (b, a)) in base.sheets.iter().zip(offer.sheets).enumerate() {
        let change = a.gross - b.gross;
        if change <= Money::ZERO || (best.len() == n && best.last().is_some_and(|l| l.0 >= change))
        {
            continue;
        }
        let at = best.partition_point(|(c, _)| *c >= change);
        best.insert(at, (change, i));
        best.truncate(n);
    }
    let (b, o) = (
        TallyScenario {
            label: base.label,
            schedule: base.schedule,
        },
        TallyScenario {
            label: offer.label,
            schedule: offer.schedule,
        },
    );
    best.into_iter()
        .map(|(_, i)| worker_change(b, o, &base.workers[i], &base.sheets[i], &offer.sheets[i]))
        .collect()
}

fn scenario<'a>(s: &Side<'a>) -> Scenario<'a> {
    Scenario {
        label: s.label,
        schedule: s.schedule,
        workers: s.workers,
        sheets: s.sheets,
    }
}

/// The compare page (charts and tables), as `nengji compare --format html`.
pub fn compare_html(comparison: &Comparison) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    crate::compare::write_html(comparison, &mut out)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::Encoding;

    /// After an edit of grade pay, the sheets priced again only where a
    /// grade's pay changed equal the roster priced whole, in every example
    /// (tables, base and increment, adjustments over the term, pools).
    #[test]
    fn repricing_the_edited_grades_is_pricing_the_roster() {
        use crate::serve::edit::{apply, Field};
        let cases = [
            (
                include_str!("../../examples/pump/schedule.toml"),
                include_str!("../../examples/pump/roster.csv"),
            ),
            (
                include_str!("../../examples/workload/schedule.toml"),
                include_str!("../../examples/workload/roster.csv"),
            ),
            (
                include_str!("../../examples/courier/schedule.toml"),
                include_str!("../../examples/courier/roster.csv"),
            ),
            (
                include_str!("../../examples/midyear/schedule.toml"),
                include_str!("../../examples/midyear/roster.csv"),
            ),
        ];
        for (text, csv) in cases {
            let old = Schedule::parse("s.toml", text).unwrap();
            let period = old.pay_period(None);
            let workers = read_workers("r.csv", csv.as_bytes(), Encoding::Utf8, &old).unwrap();
            let sheets = pay(&old, period, &workers).unwrap();
            let mut tried = 0;
            for (g, grade) in old.grades.iter().enumerate() {
                let fields = match grade.form {
                    crate::schedule::StepForm::Table => vec![Field::Pay { grade: g, step: 1 }],
                    crate::schedule::StepForm::BasePlusIncrement { .. } => {
                        vec![Field::Base { grade: g }, Field::Increment { grade: g }]
                    }
                };
                for field in fields {
                    let edited = apply(text, field, "3333.33").unwrap();
                    let new = Schedule::parse("s.toml", &edited).unwrap();
                    let whole = pay(&new, period, &workers).unwrap();
                    let again = repay(&old, &new, period, &workers, &sheets).unwrap();
                    assert_eq!(again, whole, "{field:?}");
                    tried += 1;
                }
            }
            assert!(tried > 0);
        }
    }

    /// The comparison of the base with several offers is the one joined from
    /// the base compared with each offer alone.
    #[test]
    fn one_offer_at_a_time_joins_to_all_offers_at_once() {
        let parse = |t: &str| Schedule::parse("s.toml", t).unwrap();
        let csv = include_str!("../../examples/pump/roster.csv");
        let base = include_str!("../../examples/pump/schedule.toml");
        let raised = crate::serve::edit::apply(
            base,
            crate::serve::edit::Field::Pay { grade: 0, step: 1 },
            "2900",
        )
        .unwrap();
        let schedules = [
            parse(base),
            parse(include_str!("../../examples/pump/offer-employer.toml")),
            parse(&raised),
        ];
        let period = schedules[0].pay_period(None);
        let workers: Vec<Vec<Worker>> = schedules
            .iter()
            .map(|s| read_workers("r.csv", csv.as_bytes(), Encoding::Utf8, s).unwrap())
            .collect();
        let sheets: Vec<Vec<PaySheet>> = schedules
            .iter()
            .zip(&workers)
            .map(|(s, w)| pay(s, period, w).unwrap())
            .collect();
        let labels = ["base", "employer", "union"];
        let sides: Vec<Side> = (0..3)
            .map(|i| Side {
                label: labels[i],
                schedule: &schedules[i],
                workers: &workers[i],
                sheets: &sheets[i],
            })
            .collect();
        let standards =
            load_standards(&["zhejiang".into(), "examples/standards/examples.toml".into()])
                .unwrap();
        let options = compare_options(&schedules[0], Some(&standards));
        let all = compare(sides[0], &sides[1..], &options, false).unwrap();
        let alone = compare(sides[0], &[], &options, false).unwrap();
        let parts: Vec<Comparison> = sides[1..]
            .iter()
            .map(|o| compare(sides[0], &[*o], &options, false).unwrap())
            .collect();
        let joined = join(&alone, &parts);
        assert_eq!(
            serde_json::to_value(&joined).unwrap(),
            serde_json::to_value(&all).unwrap()
        );
        assert_eq!(joined.distributions, all.distributions);
        assert_eq!(
            serde_json::to_value(join(&alone, &[])).unwrap(),
            serde_json::to_value(&alone).unwrap()
        );
    }

    /// The largest gains are those of compare's list of workers sorted by
    /// falling change (a stable sort: equal gains stay in roster order).
    #[test]
    fn largest_gains_are_the_sorted_lists_first() {
        let parse = |t: &str| Schedule::parse("s.toml", t).unwrap();
        let csv = include_str!("../../examples/pump/roster.csv");
        let base = parse(include_str!("../../examples/pump/schedule.toml"));
        let offer = parse(include_str!("../../examples/pump/offer-employer.toml"));
        let period = base.pay_period(None);
        let (bw, ow) = (
            read_workers("r.csv", csv.as_bytes(), Encoding::Utf8, &base).unwrap(),
            read_workers("r.csv", csv.as_bytes(), Encoding::Utf8, &offer).unwrap(),
        );
        let (bs, os) = (
            pay(&base, period, &bw).unwrap(),
            pay(&offer, period, &ow).unwrap(),
        );
        let sides = [
            Side {
                label: "base",
                schedule: &base,
                workers: &bw,
                sheets: &bs,
            },
            Side {
                label: "offer",
                schedule: &offer,
                workers: &ow,
                sheets: &os,
            },
        ];
        let options = CompareOptions {
            largest_losses: LARGEST_LOSSES,
            ..CompareOptions::default()
        };
        let full = compare(sides[0], &sides[1..], &options, true).unwrap();
        let mut sorted: Vec<&WorkerChange> = full.offers[0]
            .workers
            .iter()
            .filter(|w| w.change > Money::ZERO)
            .collect();
        sorted.sort_by_key(|w| std::cmp::Reverse(w.change));
        for n in [1, 5, 40, 1000] {
            let expected: Vec<WorkerChange> = sorted.iter().take(n).map(|w| (*w).clone()).collect();
            assert!(!expected.is_empty());
            assert_eq!(largest_gains(sides[0], sides[1], n), expected, "{n}");
        }
        let summary = compare(sides[0], &sides[1..], &options, false).unwrap();
        assert!(summary.offers[0].workers.is_empty());
        assert_eq!(
            serde_json::to_value(summary.offers[0].bottom_40_growth).unwrap(),
            serde_json::to_value(full.offers[0].bottom_40_growth).unwrap()
        );
    }
}
