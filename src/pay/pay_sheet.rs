//! `PaySheet`: one worker's pay for a period, component by component (工资条).

use crate::pay::Part;
use crate::Money;

/// Components in the schedule's order: grade pay, each allowance, overtime.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PaySheet {
    /// One amount a component, in yuan: grade pay first, then each allowance, overtime last.
    pub components: Vec<Money>,
    /// 应发工资: the sum of all components.
    pub gross: Money,
    /// The pay compared with the minimum wage: gross less overtime and the
    /// allowances excluded by 最低工资规定 Art 12.
    pub minimum_wage_base: Money,
    /// The part of the month paid, when it is not the whole month at full pay.
    pub part: Option<Part>,
    /// The worker's share of their enterprise's pool the sheet was computed
    /// with, before any proration: repricing the worker under another table
    /// (propose's search) needs the share, not the prorated component.
    pub pool_share: Money,
}

impl PaySheet {
    /// Empties the sheet for the next worker, keeping its buffer.
    pub fn clear(&mut self) {
        self.components.clear();
        self.gross = Money::ZERO;
        self.minimum_wage_base = Money::ZERO;
        self.part = None;
        self.pool_share = Money::ZERO;
    }

    /// The grade pay (能级工资), the first component.
    pub fn grade_pay(&self) -> Money {
        self.components.first().copied().unwrap_or(Money::ZERO)
    }

    /// The overtime pay (劳动法 Art 44), the last component.
    pub fn overtime(&self) -> Money {
        self.components.last().copied().unwrap_or(Money::ZERO)
    }
}
