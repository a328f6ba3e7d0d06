//! `Percentage`: an exact fraction (growth, share) that prints as a percentage.

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};

use crate::{Money, Rate};

/// An exact fraction, 0.08 for 8%. Held exactly; printed rounded half-up to
/// 0.01% (text, CSV, HTML) or 0.0001% (JSON).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Percentage(Decimal);

impl Percentage {
    /// 0%.
    pub const ZERO: Percentage = Percentage(Decimal::ZERO);

    /// The percentage of `fraction`: 0.08 is 8%.
    pub const fn new(fraction: Decimal) -> Percentage {
        Percentage(fraction)
    }

    /// `part / whole`; `None` for a zero whole.
    pub fn of(part: Decimal, whole: Decimal) -> Option<Percentage> {
        part.checked_div(whole).map(Percentage)
    }

    /// The growth from `before` to `after`: (after - before) / before.
    pub fn change(before: Money, after: Money) -> Option<Percentage> {
        Percentage::of((after - before).amount(), before.amount())
    }

    /// The exact fraction: 0.08 for 8%.
    pub fn fraction(self) -> Decimal {
        self.0
    }

    /// The percentage rounded half-up to `places` decimals: 8.00 for 0.08.
    pub fn percent(self, places: u32) -> Decimal {
        (self.0 * Decimal::ONE_HUNDRED)
            .round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
    }

    /// With an explicit sign: `+8.00%`, `-1.25%`, `0.00%`.
    pub fn signed(self) -> String {
        let p = self.percent(2);
        if p.is_sign_positive() && !p.is_zero() {
            format!("+{p:.2}%")
        } else if p.is_zero() {
            "0.00%".to_string()
        } else {
            format!("{p:.2}%")
        }
    }
}

impl From<Rate> for Percentage {
    fn from(rate: Rate) -> Percentage {
        Percentage(rate.fraction())
    }
}

impl fmt::Display for Percentage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = self.percent(2);
        // Avoid "-0.00%" for a tiny negative fraction.
        let p = if p.is_zero() { Decimal::ZERO } else { p };
        write!(f, "{p:.2}%")
    }
}

impl Serialize for Percentage {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.percent(4);
        let p = if p.is_zero() { Decimal::ZERO } else { p };
        s.collect_str(&format_args!("{p:.4}%"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn growth_is_exact_and_prints_half_up() {
        let g = Percentage::change(Money::from(2600), Money::from(2808)).unwrap();
        assert_eq!(g.fraction(), dec!(0.08));
        assert_eq!(g.to_string(), "8.00%");
        assert_eq!(g.signed(), "+8.00%");
        // 1/3 of a percent step: 0.0033333.. -> 0.33%.
        let third = Percentage::of(dec!(1), dec!(300)).unwrap();
        assert_eq!(third.to_string(), "0.33%");
        // Ties go up: 0.000125 -> 0.0125% -> 0.01%; 0.00125 -> 0.125% -> 0.13%.
        assert_eq!(Percentage::new(dec!(0.00125)).to_string(), "0.13%");
        assert_eq!(Percentage::new(dec!(-0.01)).signed(), "-1.00%");
        assert_eq!(Percentage::new(dec!(-0.00001)).to_string(), "0.00%");
        assert_eq!(Percentage::change(Money::ZERO, Money::from(1)), None);
    }

    #[test]
    fn json_keeps_four_places() {
        let g = Percentage::of(dec!(1), dec!(3)).unwrap();
        assert_eq!(serde_json::to_string(&g).unwrap(), "\"33.3333%\"");
    }
}
