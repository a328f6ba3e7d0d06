//! `OfferChange`: one offer against the base: cost, who gains and loses, the
//! groups' growth (扩中提低).

use serde::Serialize;

use crate::compare::{GuidelinePosition, Percentage, WorkerChange};
use crate::Money;

/// One offer against the base.
#[derive(Debug, Clone, Serialize)]
pub struct OfferChange {
    /// The offer's label.
    pub label: String,
    /// The change of the monthly wage bill against the base, in yuan.
    pub monthly_change: Money,
    /// The same over a year (twelve months), in yuan.
    pub annual_change: Money,
    /// The change of the employer's annual cost including on-cost, when given.
    pub employer_annual_change: Option<Money>,
    /// Growth of the average gross pay (= growth of the wage bill: same headcount).
    pub average_growth: Option<Percentage>,
    /// Where the average growth falls among the guideline's lines.
    pub guideline: Option<GuidelinePosition>,
    /// Workers paid more under the offer.
    pub gainers: usize,
    /// Workers paid less under the offer.
    pub losers: usize,
    /// Workers paid the same.
    pub unchanged: usize,
    /// Growth of the pay of the lowest-paid 40% (ranked by base pay).
    pub bottom_40_growth: Option<Percentage>,
    /// Growth of the pay of the highest-paid 20% (ranked by base pay).
    pub top_20_growth: Option<Percentage>,
    /// 扩中提低: whether the bottom 40% grow faster than the top 20%.
    pub lifts_low: Option<bool>,
    /// Growth of each fifth of the roster ranked by base pay, lowest first.
    pub quintiles: Vec<Option<Percentage>>,
    /// The largest losses, largest first.
    pub largest_losses: Vec<WorkerChange>,
    /// Every worker, in roster order.
    pub workers: Vec<WorkerChange>,
}
