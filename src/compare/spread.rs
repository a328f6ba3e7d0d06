//! `Spread`: how pay is distributed over a roster under one scenario: P10, P50,
//! P90, P90/P10, the Gini coefficient and the share below a threshold.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use crate::compare::Percentage;
use crate::distribution::Distribution;
use crate::{Money, Rounding};

/// Places kept for the ratios P90/P10 and Gini (they are not money).
pub const RATIO_PLACES: u32 = 4;

/// The distribution of gross monthly pay (应发工资) of one scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Spread {
    /// Percentiles by R-7 interpolation (see `crate::distribution`), then rounded
    /// to money by the schedule's rounding.
    pub p10: Money,
    /// The median gross pay, in yuan a month.
    pub p50: Money,
    /// The 90th percentile of gross pay, in yuan a month.
    pub p90: Money,
    /// P90 / P10 from the rounded percentiles, half-up to 4 places; `None` if P10 is 0.
    pub p90_p10: Option<Decimal>,
    /// Half-up to 4 places.
    pub gini: Option<Decimal>,
    /// Workers paid strictly below the threshold, when one is given.
    pub below: Option<Below>,
}

/// Workers below the low-pay threshold (by default 1.2 x the minimum wage).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Below {
    /// The threshold, in yuan a month.
    pub threshold: Money,
    /// Workers paid strictly below it.
    pub count: usize,
    /// Their share of the headcount.
    pub share: Percentage,
}

impl Spread {
    /// `None` for an empty distribution.
    pub fn of(pay: &Distribution, threshold: Option<Money>, rounding: Rounding) -> Option<Spread> {
        let at = |p: Decimal| pay.percentile(p).map(|x| rounding.apply(x));
        let p10 = at(Decimal::new(1, 1))?;
        let p50 = at(Decimal::new(5, 1))?;
        let p90 = at(Decimal::new(9, 1))?;
        let ratio = |x: Decimal| {
            x.round_dp_with_strategy(RATIO_PLACES, RoundingStrategy::MidpointAwayFromZero)
        };
        let below = threshold.map(|t| {
            let count = pay.count_below(t.amount());
            Below {
                threshold: t,
                count,
                share: Percentage::of(Decimal::from(count), Decimal::from(pay.len()))
                    .unwrap_or_default(),
            }
        });
        Some(Spread {
            p10,
            p50,
            p90,
            p90_p10: p90.amount().checked_div(p10.amount()).map(ratio),
            gini: pay.gini().map(ratio),
            below,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn spread_of_five_workers() {
        let pay = Distribution::new(vec![
            dec!(3000),
            dec!(2600),
            dec!(4200),
            dec!(3100),
            dec!(5000),
        ]);
        let s = Spread::of(&pay, Some(Money::from(2988)), Rounding::default()).unwrap();
        // Sorted 2600 3000 3100 4200 5000; h = 0.4 -> 2600 + 0.4 x 400 = 2760.
        assert_eq!(s.p10, Money::from(2760));
        assert_eq!(s.p50, Money::from(3100));
        // h = 3.6 -> 4200 + 0.6 x 800 = 4680.
        assert_eq!(s.p90, Money::from(4680));
        // 4680 / 2760 = 1.69565.. -> 1.6957.
        assert_eq!(s.p90_p10, Some(dec!(1.6957)));
        // sum (2i-6) x = -4(2600) - 2(3000) + 0 + 2(4200) + 4(5000) = 12000; / (5 x 17900) = 0.13407..
        assert_eq!(s.gini, Some(dec!(0.1341)));
        let below = s.below.unwrap();
        assert_eq!(
            (below.count, below.share.to_string()),
            (1, "20.00%".to_string())
        );
    }
}
