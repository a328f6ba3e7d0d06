//! The report `nengji propose` prints: how the raise was spread, the growth it
//! achieves, and every grade-pay cell before and after.

use std::io::{self, Write};

use comfy_table::{presets, CellAlignment, Table};

use crate::compare::{CompareError, CompareOptions, Comparison, Percentage, Scenario};
use crate::pay::{PayEngine, PayError};
use crate::propose::{Lift, PayGroups, Proposal};
use crate::roster::Worker;
use crate::{Money, Period};

/// The labels of the base and the proposal in the comparison.
pub const LABELS: [&str; 2] = ["现行", "拟定"];

/// Writes the report of a proposal over the roster it was made for:
/// `groups` is the roster under the base, `comparison` the base against the
/// proposal over it (see [`comparison`]).
pub fn write_report<W: Write>(
    proposal: &Proposal,
    base: &crate::Schedule,
    groups: &PayGroups,
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
        "拟定方案 — {}（{} 人，{} 期）",
        base.meta.title, groups.headcount, period
    )?;
    writeln!(
        out,
        "方式 {}：{}，取整到 {} 元",
        proposal.raise.mode.name(),
        proposal.raise,
        unit.amount().normalize()
    )?;
    writeln!(
        out,
        "目标平均增长 {}，实际 {}（月工资总额 {} → {}，{}）",
        proposal.target.signed(),
        proposal.achieved.signed(),
        proposal.before.grouped(),
        proposal.after.grouped(),
        signed(proposal.after - proposal.before)
    )?;
    let pct = |p: Option<Percentage>| p.map_or_else(|| "-".to_string(), Percentage::signed);
    writeln!(
        out,
        "低收入 40% 增长 {}，高收入 20% 增长 {}，扩中提低：{}",
        pct(change.bottom_40_growth),
        pct(change.top_20_growth),
        match change.lifts_low {
            Some(true) => "是",
            Some(false) => "否",
            None => "-",
        }
    )?;

    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED);
    t.set_header(vec![
        "能级",
        "档次",
        "人数",
        "原能级工资",
        "新能级工资",
        "变化",
        "%",
        "说明",
    ]);
    let old = proposal.old.cells();
    let new = proposal.new.cells();
    for (g, grade) in base.grades.iter().enumerate() {
        for (s, (before, after)) in old[g].iter().zip(&new[g]).enumerate() {
            let step = u32::try_from(s + 1).unwrap_or(u32::MAX);
            let headcount = groups.cells.get(&(g, step)).copied().unwrap_or(0);
            let note = match proposal.lifts[g].get(s) {
                Some(Lift::Floor) => "升至下限",
                Some(Lift::Rising) => "保持逐级递增",
                _ => "",
            };
            t.add_row(vec![
                grade.name.clone(),
                step.to_string(),
                headcount.to_string(),
                before.grouped(),
                after.grouped(),
                signed(*after - *before),
                pct(Percentage::change(*before, *after)),
                note.to_string(),
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
    writeln!(out, "{}", crate::t!("pay-term-heading"))?;
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
    let before = Scenario {
        label: LABELS[0],
        schedule: base,
        workers,
        sheets: &sheets_before,
    };
    let after = Scenario {
        label: LABELS[1],
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
