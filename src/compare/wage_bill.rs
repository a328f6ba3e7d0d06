//! `WageBill`: what a schedule costs over a roster per month and per year, with
//! the employer's on-cost (social insurance and housing fund) when a rate is given.

use serde::Serialize;

use crate::{Money, Rate, Rounding};

/// Months in a year's wage bill: annual = monthly x 12.
pub const MONTHS: i64 = 12;

/// The wage bill (工资总额) of one scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WageBill {
    /// The sum of every worker's gross pay for the period.
    pub monthly: Money,
    /// monthly x 12.
    pub annual: Money,
    /// monthly x (1 + on-cost rate), rounded by the schedule's rounding.
    pub employer_monthly: Option<Money>,
    /// employer_monthly x 12.
    pub employer_annual: Option<Money>,
}

impl WageBill {
    /// The bill of a monthly total; `None` if a product leaves the decimal range.
    pub fn new(monthly: Money, on_cost: Option<Rate>, rounding: Rounding) -> Option<WageBill> {
        let twelve = rust_decimal::Decimal::from(MONTHS);
        let annual = Money::new(monthly.checked_mul(twelve)?);
        let employer_monthly = match on_cost {
            Some(rate) => {
                let factor = rust_decimal::Decimal::ONE.checked_add(rate.fraction())?;
                Some(rounding.apply(monthly.checked_mul(factor)?))
            }
            None => None,
        };
        let employer_annual = match employer_monthly {
            Some(m) => Some(Money::new(m.checked_mul(twelve)?)),
            None => None,
        };
        Some(WageBill {
            monthly,
            annual,
            employer_monthly,
            employer_annual,
        })
    }

    /// The employer's cost: with on-cost when a rate was given, else the bill.
    pub fn employer_annual_or_bill(&self) -> Money {
        self.employer_annual.unwrap_or(self.annual)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn annual_and_on_cost() {
        let r = Rounding::default();
        let bill = WageBill::new(Money::new(dec!(31742.89)), Rate::parse("30%"), r).unwrap();
        assert_eq!(bill.annual, Money::new(dec!(380914.68)));
        // 31742.89 x 1.3 = 41265.757 -> 41265.76 (half up to the fen).
        assert_eq!(bill.employer_monthly, Some(Money::new(dec!(41265.76))));
        assert_eq!(bill.employer_annual, Some(Money::new(dec!(495189.12))));
        let plain = WageBill::new(Money::from(1000), None, r).unwrap();
        assert_eq!(plain.employer_monthly, None);
        assert_eq!(plain.employer_annual_or_bill(), Money::from(12000));
    }
}
