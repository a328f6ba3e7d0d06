//! `Rounding`: the one named strategy by which nengji turns an exact quotient or
//! percentage into an amount of money.
//!
//! There is no statutory rounding rule; practice is half-up to the fen (0.01 yuan),
//! which is the default. It is applied only where a division or a percentage
//! produces more places than the scale, and nowhere else.

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::Money;

/// How a value with more places than the scale is brought to the scale.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoundingMode {
    /// 四舍五入: a tie (x.xx5) goes away from zero. The default.
    #[default]
    HalfUp,
    /// Banker's rounding: a tie goes to the even fen.
    HalfEven,
    /// Truncate toward zero (抹零).
    Down,
    /// Away from zero whenever anything is left over.
    Up,
}

impl RoundingMode {
    fn strategy(self) -> RoundingStrategy {
        match self {
            RoundingMode::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundingMode::HalfEven => RoundingStrategy::MidpointNearestEven,
            RoundingMode::Down => RoundingStrategy::ToZero,
            RoundingMode::Up => RoundingStrategy::AwayFromZero,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            RoundingMode::HalfUp => "half-up",
            RoundingMode::HalfEven => "half-even",
            RoundingMode::Down => "down",
            RoundingMode::Up => "up",
        }
    }
}

/// The schedule's rounding: a mode and a number of decimal places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rounding {
    #[serde(default)]
    pub mode: RoundingMode,
    /// Decimal places kept: 2 is the fen, 1 the jiao, 0 the yuan.
    #[serde(default = "default_scale")]
    pub scale: u32,
}

fn default_scale() -> u32 {
    2
}

impl Default for Rounding {
    fn default() -> Self {
        Rounding {
            mode: RoundingMode::HalfUp,
            scale: 2,
        }
    }
}

impl Rounding {
    /// Rounds an exact value to money. The single place where rounding happens.
    pub fn apply(self, exact: Decimal) -> Money {
        Money::new(exact.round_dp_with_strategy(self.scale, self.mode.strategy()))
    }

    /// Whether `exact` needs rounding at this scale (used to explain a derivation).
    pub fn changes(self, exact: Decimal) -> bool {
        exact.normalize().scale() > self.scale
    }
}

impl fmt::Display for Rounding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = Decimal::new(1, self.scale);
        write!(f, "{} to {}", self.mode.name(), unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn case(mode: RoundingMode, scale: u32, exact: Decimal, want: Decimal) {
        let got = Rounding { mode, scale }.apply(exact);
        assert_eq!(got.amount(), want, "{mode:?} {scale} {exact}");
    }

    #[test]
    fn half_up_sends_exact_half_fen_up() {
        case(RoundingMode::HalfUp, 2, dec!(14.305), dec!(14.31));
        case(RoundingMode::HalfUp, 2, dec!(14.3049999), dec!(14.30));
        case(RoundingMode::HalfUp, 2, dec!(-14.305), dec!(-14.31));
        case(RoundingMode::HalfUp, 2, dec!(0.005), dec!(0.01));
    }

    #[test]
    fn other_modes() {
        case(RoundingMode::HalfEven, 2, dec!(14.305), dec!(14.30));
        case(RoundingMode::HalfEven, 2, dec!(14.315), dec!(14.32));
        case(RoundingMode::Down, 2, dec!(14.309), dec!(14.30));
        case(RoundingMode::Up, 2, dec!(14.301), dec!(14.31));
        case(RoundingMode::HalfUp, 0, dec!(2489.5), dec!(2490));
    }

    #[test]
    fn knows_when_it_rounds() {
        let r = Rounding::default();
        assert!(r.changes(dec!(1.234)));
        assert!(!r.changes(dec!(1.230)));
        assert_eq!(r.to_string(), "half-up to 0.01");
    }
}
