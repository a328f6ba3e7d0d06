//! `Demotion`: the rules' `[demotion]`: the total below which a worker goes one
//! grade down, and the step they start at.

use crate::assess::Score;

/// `[demotion]`: a total strictly below `below` moves the worker one grade down,
/// to step `step`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Demotion {
    /// The total a worker must reach not to go down a grade.
    pub below: Score,
    /// The step a demoted worker starts at in the lower grade.
    pub step: u32,
}
