//! The report `nengji propose` prints: how the raise was spread, the growth it
//! achieves, and every grade-pay cell before and after.

use std::collections::BTreeMap;
use std::io::{self, Write};

use comfy_table::{presets, CellAlignment, Table};

use crate::compare::{CompareError, CompareOptions, Comparison, Percentage, Scenario};
use crate::pay::{PayEngine, PayError};
use crate::propose::{Lift, Proposal};
use crate::roster::Worker;
use crate::{t, Money, Period};

/// The labels of the base and the proposal in the comparison, in the
/// language in use (现行, 拟定).
pub fn labels() -> [String; 2] {
    [t!("propose-label-base"), t!("propose-label-proposal")]
}

/// Writes the report of a proposal over the roster it was made for:
/// `cells` is the roster's headcount by grade and step (its groups'
/// [`PayGroups::cells`](crate::propose::PayGroups::cells)), `comparison` the base against the proposal over it
/// (see [`comparison`]).
pub fn write_report<W: Write>(
    proposal: &Proposal,
    base: &crate::Schedule,
    cells: &BTreeMap<(usize, u32), u64>,
    comparison: &Comparison,
    period: Period,
    unit: Money,
    out: &mut W,
) -> io::Result<()> {
    let change = comparison
        .offers
        .first()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "no offer compared"))?;
    writeln!(
        out,
        "{}",
        t!(
            "propose-report-title",
            title = &base.meta.title,
            headcount = cells.values().sum::<u64>(),
            period = period.to_string()
        )
    )?;
    writeln!(
        out,
        "{}",
        t!(
            "propose-report-mode",
            mode = proposal.raise.mode.name(),
            raise = proposal.raise.to_string(),
            unit = unit.amount().normalize()
        )
    )?;
    writeln!(
        out,
        "{}",
        t!(
            "propose-report-growth",
            target = proposal.target.signed(),
            achieved = proposal.achieved.signed(),
            before = proposal.before.grouped(),
            after = proposal.after.grouped(),
            change = signed(proposal.after - proposal.before)
        )
    )?;
    let pct = |p: Option<Percentage>| p.map_or_else(|| "-".to_string(), Percentage::signed);
    writeln!(
        out,
        "{}",
        t!(
            "propose-report-shares",
            bottom = pct(change.bottom_40_growth),
            top = pct(change.top_20_growth),
            lifts = crate::compare::yes_no(change.lifts_low)
        )
    )?;

    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED);
    t.set_header(vec![
        t!("compare-col-grade"),
        t!("compare-col-step"),
        t!("compare-col-headcount"),
        t!("propose-col-before"),
        t!("propose-col-after"),
        t!("compare-col-change"),
        "%".to_string(),
        t!("propose-col-note"),
    ]);
    let old = proposal.old.cells();
    let new = proposal.new.cells();
    for (g, grade) in base.grades.iter().enumerate() {
        for (s, (before, after)) in old[g].iter().zip(&new[g]).enumerate() {
            let step = u32::try_from(s + 1).unwrap_or(u32::MAX);
            let headcount = cells.get(&(g, step)).copied().unwrap_or(0);
            let note = match proposal.lifts[g].get(s) {
                Some(Lift::Floor) => t!("propose-note-floor"),
                Some(Lift::Rising) => t!("propose-note-rising"),
                _ => String::new(),
            };
            t.add_row(vec![
                grade.name.clone(),
                step.to_string(),
                headcount.to_string(),
                before.grouped(),
                after.grouped(),
                signed(*after - *before),
                pct(Percentage::change(*before, *after)),
                note,
            ]);
        }
    }
    for i in 1..7 {
        if let Some(col) = t.column_mut(i) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    writeln!(out, "{t}")?;
    write_term_costs(comparison, out)
}

/// The cost over the term of the schedule now and of the proposal, when a
/// term has pay adjustments (工资调整办法): the comparison's, as compare shows it.
fn write_term_costs<W: Write>(comparison: &Comparison, out: &mut W) -> io::Result<()> {
    if comparison.term_costs.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "{}", t!("pay-term-heading"))?;
    for cost in &comparison.term_costs {
        for (i, line) in cost.lines().iter().enumerate() {
            writeln!(out, "{}{line}", if i == 0 { "  " } else { "    " })?;
        }
    }
    Ok(())
}

/// Why the comparison of a proposal could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ProposalCompareError {
    /// The proposal could not be compared with the base.
    #[error(transparent)]
    Compare(#[from] CompareError),
    /// A worker's pay could not be computed.
    #[error(transparent)]
    Pay(#[from] PayError),
}

/// The base against the proposal over a roster in memory, as compare would
/// report it (`nengji propose` streams the same comparison).
pub fn comparison(
    proposal: &Proposal,
    base: &crate::Schedule,
    workers: &[Worker],
    period: Period,
) -> Result<Comparison, ProposalCompareError> {
    let sheets_before = PayEngine::new(base, period).compute_all(workers)?;
    let sheets_after = PayEngine::new(&proposal.schedule, period).compute_all(workers)?;
    let [base_label, proposal_label] = labels();
    let before = Scenario {
        label: &base_label,
        schedule: base,
        workers,
        sheets: &sheets_before,
    };
    let after = Scenario {
        label: &proposal_label,
        schedule: &proposal.schedule,
        workers,
        sheets: &sheets_after,
    };
    Ok(Comparison::build(
        period,
        &before,
        &[after],
        &CompareOptions::default(),
    )?)
}

fn signed(m: Money) -> String {
    if m > Money::ZERO {
        format!("+{}", m.grouped())
    } else {
        m.grouped()
    }
}
