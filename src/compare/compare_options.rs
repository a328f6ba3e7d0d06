//! `CompareOptions`: what a comparison reports beyond the pay itself (threshold,
//! on-cost, guideline, largest losses).

use crate::compare::{GuidelineLines, Threshold};
use crate::Rate;

/// What a comparison reports beyond the pay itself.
#[derive(Debug, Clone, Default)]
pub struct CompareOptions {
    /// The low-pay threshold: given, or 1.2 x the minimum wage from the standards.
    pub threshold: Option<Threshold>,
    /// The employer's on-cost rate (social insurance, housing fund) on the bill.
    pub on_cost: Option<Rate>,
    /// The wage guideline's lines, from the standards when they give them.
    pub guideline: Option<GuidelineLines>,
    /// Where the guideline's lines come from (year, region, source), for reports.
    pub guideline_source: Option<String>,
    /// How many of the largest losses to list by name.
    pub largest_losses: usize,
}
