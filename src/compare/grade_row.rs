//! `GradeRow` and `CellRow`: the pay of each grade, and of each grade and step,
//! in every scenario.

use serde::Serialize;

use crate::compare::Percentage;
use crate::Money;

/// Average gross pay of the workers of one grade (by the base) in each scenario.
#[derive(Debug, Clone, Serialize)]
pub struct GradeRow {
    /// The grade's name (the base schedule's).
    pub grade: String,
    /// Workers in the grade under the base.
    pub headcount: usize,
    /// Per scenario, base first; `None` for a grade nobody holds.
    pub average: Vec<Option<Money>>,
    /// Per offer: growth of the grade's pay.
    pub growth: Vec<Option<Percentage>>,
}

/// One cell of the grade x step table of grade pay.
#[derive(Debug, Clone, Serialize)]
pub struct CellRow {
    /// The grade's name.
    pub grade: String,
    /// The step (档), from 1.
    pub step: u32,
    /// Workers in the cell.
    pub headcount: usize,
    /// Per scenario, base first; `None` where an offer lacks the grade or step.
    pub pay: Vec<Option<Money>>,
    /// Per offer.
    pub change: Vec<Option<Money>>,
    /// Per offer: the growth of the cell's pay.
    pub growth: Vec<Option<Percentage>>,
}
