//! `PaySummary`: totals of a set of pay sheets, overall and per grade.

use crate::pay::PaySheet;
use crate::roster::Worker;
use crate::{Money, Rounding};

/// Headcount and pay of one grade.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GradeTotals {
    /// Workers in the grade.
    pub headcount: u64,
    /// Their gross pay together, in yuan.
    pub gross: Money,
    /// The lowest gross pay in the grade, in yuan; `None` with no workers.
    pub minimum: Option<Money>,
    /// The highest gross pay in the grade, in yuan; `None` with no workers.
    pub maximum: Option<Money>,
}

/// Running totals, fed one sheet at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PaySummary {
    /// Workers counted.
    pub headcount: u64,
    /// Of them, women.
    pub women: u64,
    /// Per component, in pay-sheet order.
    pub components: Vec<Money>,
    /// The wage bill (应发工资总额), in yuan.
    pub gross: Money,
    /// The sum of the pay compared with the minimum wage (excluded components left out), in yuan.
    pub minimum_wage_base: Money,
    /// Per grade, in ladder order.
    pub grades: Vec<GradeTotals>,
}

impl PaySummary {
    /// Empty totals for a schedule of `components` components and `grades` grades.
    pub fn new(components: usize, grades: usize) -> Self {
        PaySummary {
            components: vec![Money::ZERO; components],
            grades: vec![GradeTotals::default(); grades],
            ..PaySummary::default()
        }
    }

    /// Adds one worker's pay sheet.
    pub fn add(&mut self, worker: &Worker, sheet: &PaySheet) {
        self.headcount += 1;
        self.women += u64::from(worker.is_woman());
        for (total, c) in self.components.iter_mut().zip(&sheet.components) {
            *total += *c;
        }
        self.gross += sheet.gross;
        self.minimum_wage_base += sheet.minimum_wage_base;
        if let Some(g) = self.grades.get_mut(worker.grade) {
            g.headcount += 1;
            g.gross += sheet.gross;
            g.minimum = Some(g.minimum.map_or(sheet.gross, |m| m.min(sheet.gross)));
            g.maximum = Some(g.maximum.map_or(sheet.gross, |m| m.max(sheet.gross)));
        }
    }

    /// Average gross pay, rounded; `None` for no workers.
    pub fn average(&self, rounding: Rounding) -> Option<Money> {
        average(self.gross, self.headcount, rounding)
    }

    /// A grade's average gross pay, rounded.
    pub fn grade_average(&self, grade: usize, rounding: Rounding) -> Option<Money> {
        self.grades
            .get(grade)
            .and_then(|g| average(g.gross, g.headcount, rounding))
    }
}

/// `total / count`, rounded; `None` for a count of zero.
pub fn average(total: Money, count: u64, rounding: Rounding) -> Option<Money> {
    (count > 0).then(|| rounding.apply(total.amount() / rust_decimal::Decimal::from(count)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn averages_round_half_up() {
        let r = Rounding::default();
        assert_eq!(average(Money::from(10), 3, r), Some(Money::new(dec!(3.33))));
        assert_eq!(
            average(Money::new(dec!(0.05)), 2, r),
            Some(Money::new(dec!(0.03)))
        );
        assert_eq!(average(Money::from(10), 0, r), None);
    }
}
