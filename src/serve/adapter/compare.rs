//! The workbench's comparison of the base with its offers, as `nengji compare`
//! builds it: one offer at a time, joined, and each offer's largest gains.

use anyhow::Result;

use crate::cmd;
use crate::compare::{
    worker_change, CompareOptions, Comparison, Scenario, TallyScenario, Threshold, WorkerChange,
};
use crate::pay::PaySheet;
use crate::roster::Worker;
use crate::standards::Standards;
use crate::{Money, Schedule};

/// How many of the largest losses compare lists by name (its default).
pub const LARGEST_LOSSES: usize = 10;

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
