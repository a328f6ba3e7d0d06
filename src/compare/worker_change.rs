//! `WorkerChange`: what one offer changes for one worker: pay before and after,
//! and which pay components moved.

use serde::Serialize;

use crate::compare::Percentage;
use crate::pay::PaySheet;
use crate::{Money, Schedule};

/// One worker's gross pay under the base and under an offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkerChange {
    /// The worker's 工号.
    pub employee_id: String,
    /// The worker's name.
    pub name: String,
    /// The enterprise the worker belongs to (the roster's 企业编号).
    pub enterprise_id: String,
    /// The grade and step under the base schedule.
    pub grade: String,
    /// The step under the base schedule.
    pub step: u32,
    /// Gross pay under the base, in yuan a month.
    pub before: Money,
    /// Gross pay under the offer, in yuan a month.
    pub after: Money,
    /// After less before, in yuan a month.
    pub change: Money,
    /// The change as a growth of the base pay; `None` when the base pay is 0.
    pub growth: Option<Percentage>,
    /// Ids of the components whose amount differs (a component only one schedule
    /// has counts as zero in the other), in the base's pay-sheet order, then the
    /// offer's new ones.
    pub changed: Vec<String>,
}

/// The ids of the components that differ between two pay sheets of two schedules.
pub fn changed_components(
    base: &Schedule,
    before: &PaySheet,
    offer: &Schedule,
    after: &PaySheet,
) -> Vec<String> {
    let amount = |schedule: &Schedule, sheet: &PaySheet, id: &str| {
        schedule
            .component_index(id)
            .and_then(|i| sheet.components.get(i).copied())
            .unwrap_or(Money::ZERO)
    };
    let mut changed: Vec<String> = Vec::new();
    for id in base.component_ids() {
        if amount(base, before, id) != amount(offer, after, id) {
            changed.push(id.to_string());
        }
    }
    for id in offer.component_ids() {
        if base.component_index(id).is_none() && !amount(offer, after, id).amount().is_zero() {
            changed.push(id.to_string());
        }
    }
    changed
}
