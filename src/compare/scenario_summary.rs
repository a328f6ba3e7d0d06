//! `ScenarioSummary`: one scenario on its own: its wage bill, average and spread.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::compare::tally::TallyScenario;
use crate::compare::{CompareError, CompareOptions};
use crate::compare::{Spread, WageBill};
use crate::distribution::Distribution;
use crate::Money;

/// One scenario on its own.
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioSummary {
    /// The scenario's label: its schedule title or `--label`.
    pub label: String,
    /// Its schedule's title.
    pub title: String,
    /// Its monthly and annual wage bill, in yuan.
    pub bill: WageBill,
    /// Average gross pay, rounded by the base's rounding.
    pub average: Money,
    /// The distribution of its gross pay: percentiles, P90/P10, Gini.
    pub spread: Spread,
}

/// The summary of scenario `s`, its gross pay counted in `pay`.
pub(super) fn summarize(
    s: &TallyScenario,
    pay: &Distribution,
    options: &CompareOptions,
) -> Result<ScenarioSummary, CompareError> {
    let overflow = || CompareError::Overflow {
        label: s.label.to_string(),
    };
    let rounding = s.schedule.rounding;
    let monthly = Money::new(pay.sum().ok_or_else(overflow)?);
    let bill = WageBill::new(monthly, options.on_cost, rounding).ok_or_else(overflow)?;
    let average = rounding.apply(monthly.amount() / Decimal::from(pay.len()));
    let threshold = options.threshold.as_ref().map(|t| t.amount);
    let spread = Spread::of(pay, threshold, rounding).ok_or_else(overflow)?;
    Ok(ScenarioSummary {
        label: s.label.to_string(),
        title: s.schedule.meta.title.clone(),
        bill,
        average,
        spread,
    })
}
