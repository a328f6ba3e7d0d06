//! `PayStats`: headcount and pay of a group of workers (a grade, a region, an
//! enterprise), merged exactly across chunks in any order.

use crate::pay::average;
use crate::{Money, Rounding};

/// Running figures of a group of workers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PayStats {
    /// Workers counted.
    pub headcount: u64,
    /// Their gross pay together, in yuan.
    pub gross: Money,
    /// The lowest gross pay, in yuan; `None` with no workers.
    pub minimum: Option<Money>,
    /// The highest gross pay, in yuan; `None` with no workers.
    pub maximum: Option<Money>,
    /// Workers paid below the minimum wage (when checked).
    pub below_minimum: u64,
}

impl PayStats {
    /// Counts one worker's gross pay, and whether it fell below the minimum wage.
    pub fn add(&mut self, gross: Money, below_minimum: bool) {
        self.headcount += 1;
        self.below_minimum += u64::from(below_minimum);
        self.gross += gross;
        self.minimum = Some(self.minimum.map_or(gross, |m| m.min(gross)));
        self.maximum = Some(self.maximum.map_or(gross, |m| m.max(gross)));
    }

    /// Adds another group's figures (another chunk of the roster).
    pub fn merge(&mut self, other: &PayStats) {
        self.headcount += other.headcount;
        self.below_minimum += other.below_minimum;
        self.gross += other.gross;
        self.minimum = match (self.minimum, other.minimum) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.maximum = match (self.maximum, other.maximum) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }

    /// The average gross pay, rounded by `rounding`; `None` with no workers.
    pub fn average(&self, rounding: Rounding) -> Option<Money> {
        average(self.gross, self.headcount, rounding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merging_equals_adding_all() {
        let (mut a, mut b, mut all) = (
            PayStats::default(),
            PayStats::default(),
            PayStats::default(),
        );
        for (i, g) in [3000, 2500, 4100, 2800].into_iter().enumerate() {
            let g = Money::from(g);
            let below = i == 1;
            all.add(g, below);
            if i % 2 == 0 {
                a.add(g, below)
            } else {
                b.add(g, below)
            }
        }
        a.merge(&b);
        assert_eq!(a, all);
        assert_eq!(all.minimum, Some(Money::from(2500)));
        assert_eq!(all.below_minimum, 1);
        assert_eq!(all.average(Rounding::default()), Some(Money::from(3100)));
    }
}
