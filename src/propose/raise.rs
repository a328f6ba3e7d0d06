//! `RaiseMode` and `Raise`: how a proposal spreads a raise over the grade pay
//! table, as one exact affine map per cell: new = scale x pay + flat.

use std::fmt;

use rust_decimal::Decimal;

use crate::compare::Percentage;
use crate::Money;

/// How the raise is spread over the grades.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum RaiseMode {
    /// The same percentage on every grade pay: new = pay x (1 + f).
    #[default]
    Uniform,
    /// Weighted toward the lower grades (定额 + 比例): half of the raise in
    /// proportion to pay, half the same amount for everyone, that amount being
    /// the same percentage of the roster's average grade pay:
    /// new = pay + f/2 x pay + f/2 x average. A lower grade gets a larger
    /// percentage; the gaps between grades still grow in yuan.
    LiftLow,
}

impl RaiseMode {
    /// The mode's name on the command line: `uniform` or `lift-low`.
    pub fn name(self) -> &'static str {
        match self {
            RaiseMode::Uniform => "uniform",
            RaiseMode::LiftLow => "lift-low",
        }
    }
}

/// The map applied to each grade-pay cell before rounding: new = scale x pay + flat.
/// An increment per step is multiplied by `scale` only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raise {
    /// How the raise is spread.
    pub mode: RaiseMode,
    /// The factor searched for (f).
    pub factor: Decimal,
    /// The multiplier of each cell's pay.
    pub scale: Decimal,
    /// The amount added to each cell, in yuan (0 for a uniform raise).
    pub flat: Decimal,
}

impl Raise {
    /// The raise of factor `f`; `average` is the roster's average grade pay.
    pub fn new(mode: RaiseMode, f: Decimal, average: Decimal) -> Raise {
        match mode {
            RaiseMode::Uniform => Raise {
                mode,
                factor: f,
                scale: Decimal::ONE + f,
                flat: Decimal::ZERO,
            },
            RaiseMode::LiftLow => {
                let half = f / Decimal::TWO;
                Raise {
                    mode,
                    factor: f,
                    scale: Decimal::ONE + half,
                    flat: half * average,
                }
            }
        }
    }

    /// The exact new value of a cell, before rounding to the unit.
    pub fn apply(&self, pay: Money) -> Decimal {
        pay.amount() * self.scale + self.flat
    }
}

impl fmt::Display for Raise {
    /// For people: the percentage and the flat amount, rounded for display only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let proportional = Percentage::new(self.scale - Decimal::ONE);
        match self.mode {
            RaiseMode::Uniform => f.write_str(&crate::t!(
                "propose-raise-uniform",
                percent = proportional.signed()
            )),
            RaiseMode::LiftLow => f.write_str(&crate::t!(
                "propose-raise-lift-low",
                percent = proportional.signed(),
                flat = crate::Rounding::default().apply(self.flat).grouped()
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn lift_low_gives_lower_pay_a_larger_percentage() {
        let r = Raise::new(RaiseMode::LiftLow, dec!(0.08), dec!(4000));
        // 3000: 3000 x 1.04 + 160 = 3280 (+9.33%); 6000: 6240 + 160 = 6400 (+6.67%).
        assert_eq!(r.apply(Money::from(3000)), dec!(3280.00));
        assert_eq!(r.apply(Money::from(6000)), dec!(6400.00));
        // At the average the raise is exactly f.
        assert_eq!(r.apply(Money::from(4000)), dec!(4320.00));
        let u = Raise::new(RaiseMode::Uniform, dec!(0.08), dec!(4000));
        assert_eq!(u.apply(Money::from(3000)), dec!(3240.00));
        // The library speaks English until told otherwise.
        assert_eq!(u.to_string(), "every grade-pay cell +8.00%");
        assert_eq!(
            r.to_string(),
            "every grade-pay cell +4.00% plus a flat 160.00 yuan (half proportional, half flat)"
        );
    }
}
