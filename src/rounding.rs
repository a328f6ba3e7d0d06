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
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema,
)]
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

    /// The mode's name as a schedule writes it (`half-up`, `half-even`, `down`, `up`).
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rounding {
    /// How a remainder below the kept places is rounded; half-up (四舍五入) unless the schedule says otherwise.
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
        if exact.scale() <= self.scale {
            return Money::new(exact);
        }
        // The mantissa over a power of ten, rounded in integers: the same value
        // as rust_decimal's `round_dp_with_strategy` (a property test holds
        // them equal), without its general 96-bit division.
        let places = exact.scale() - self.scale;
        match pow10(places).and_then(|p| self.round_ratio(exact.mantissa(), p)) {
            Some(q) => Money::new(Decimal::from_i128_with_scale(q, self.scale)),
            None => Money::new(exact.round_dp_with_strategy(self.scale, self.mode.strategy())),
        }
    }

    /// `numerator / denominator` rounded once, from the exact quotient (an
    /// hourly rate: pay / 174). `None` when the denominator is zero or the
    /// result overflows.
    pub fn quotient(self, numerator: Decimal, denominator: Decimal) -> Option<Money> {
        if denominator.is_zero() {
            return None;
        }
        // n / 10^a over d / 10^b at scale s is (n * 10^(b + s)) / (d * 10^a).
        let (n, a) = (numerator.mantissa(), numerator.scale());
        let (d, b) = (denominator.mantissa(), denominator.scale());
        // Pay over hours fits 64 bits: the same two exact products by machine
        // multiplication, without i128's overflow-checked multiply (an hourly
        // rate a worker).
        if let Some(q) = self
            .small_ratio(n, pow10(b + self.scale), d, pow10(a))
            .and_then(|q| Decimal::try_from_i128_with_scale(q, self.scale).ok())
        {
            return Some(Money::new(q));
        }
        let exact = pow10(b + self.scale)
            .and_then(|p| n.checked_mul(p))
            .zip(pow10(a).and_then(|p| d.checked_mul(p)))
            .and_then(|(num, den)| {
                let (num, den) = if den < 0 { (-num, -den) } else { (num, den) };
                self.round_ratio(num, den)
            })
            .and_then(|q| Decimal::try_from_i128_with_scale(q, self.scale).ok());
        match exact {
            Some(q) => Some(Money::new(q)),
            // Beyond 128 bits: rust_decimal's 28-digit quotient, then rounded.
            None => numerator.checked_div(denominator).map(|q| self.apply(q)),
        }
    }

    /// `(n * p) / (d * q)` rounded by the mode when all four and both products
    /// fit an i64 (`None` otherwise): exactly the ratio
    /// [`Rounding::quotient`]'s 128-bit products give, as they are equal.
    fn small_ratio(self, n: i128, p: Option<i128>, d: i128, q: Option<i128>) -> Option<i128> {
        let wide = |x: i128| i64::try_from(x).ok();
        let num = wide(n)?.checked_mul(wide(p?)?)?;
        let den = wide(d)?.checked_mul(wide(q?)?)?;
        let (num, den) = if den < 0 {
            (num.checked_neg()?, den.checked_neg()?)
        } else {
            (num, den)
        };
        self.round_ratio(i128::from(num), i128::from(den))
    }

    /// `num / den` (den > 0) rounded to an integer by the mode.
    fn round_ratio(self, num: i128, den: i128) -> Option<i128> {
        // Amounts of pay fit 64 bits: one machine division rather than two
        // 128-bit library calls.
        let small = i64::try_from(num).ok().zip(i64::try_from(den).ok());
        let (q, r) = match small.and_then(|(n, d)| n.checked_div(d).zip(n.checked_rem(d))) {
            Some((q, r)) => (i128::from(q), i128::from(r)),
            None => (num.checked_div(den)?, num.checked_rem(den)?),
        };
        if r == 0 {
            return Some(q);
        }
        let away = match self.mode {
            RoundingMode::Down => false,
            RoundingMode::Up => true,
            RoundingMode::HalfUp => r.unsigned_abs() * 2 >= den.unsigned_abs(),
            RoundingMode::HalfEven => {
                let twice = r.unsigned_abs() * 2;
                twice > den.unsigned_abs() || (twice == den.unsigned_abs() && q % 2 != 0)
            }
        };
        Some(if away { q + num.signum() } else { q })
    }

    /// Whether `exact` needs rounding at this scale (used to explain a derivation).
    pub fn changes(self, exact: Decimal) -> bool {
        exact.normalize().scale() > self.scale
    }
}

/// The powers of ten an i128 holds, 10^0 to 10^38, computed at compile time.
const POWERS_OF_TEN: [i128; 39] = {
    let mut table = [1i128; 39];
    let mut i = 1;
    while i < 39 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// 10^n, when it fits an i128: a table lookup rather than a loop of 128-bit
/// multiplications, since every rounding and every hours cell asks for one.
pub fn pow10(n: u32) -> Option<i128> {
    POWERS_OF_TEN.get(n as usize).copied()
}

impl Rounding {
    /// The rounding in the reader's words (`half-up to 0.01`, `四舍五入至 0.01`);
    /// [`Display`](fmt::Display) is the schedule's own spelling, for machines.
    pub fn words(&self) -> String {
        crate::t!(
            "explain-rounding",
            mode = self.mode.name(),
            unit = Decimal::new(1, self.scale)
        )
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
    fn a_rounding_table_without_scale_keeps_the_fen() {
        let r: Rounding = toml::from_str("mode = \"half-even\"").unwrap();
        assert_eq!(r.scale, 2);
        assert_eq!(r.mode, RoundingMode::HalfEven);
        let empty: Rounding = toml::from_str("").unwrap();
        assert_eq!(empty, Rounding::default());
        assert_eq!(empty.apply(dec!(14.305)).amount(), dec!(14.31));
    }

    #[test]
    fn powers_of_ten_up_to_what_an_i128_holds() {
        assert_eq!(pow10(0), Some(1));
        assert_eq!(pow10(2), Some(100));
        assert_eq!(pow10(38), Some(10i128.pow(38)));
        assert_eq!(pow10(39), None);
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
    fn a_quotient_is_rounded_once_from_the_exact_value() {
        let q = |mode, n: Decimal, d: Decimal| {
            Rounding { mode, scale: 2 }
                .quotient(n, d)
                .map(Money::amount)
        };
        // WORKLOAD's hourly rate: (base + cert) / 174.
        assert_eq!(
            q(RoundingMode::HalfUp, dec!(4060), dec!(174)),
            Some(dec!(23.33))
        );
        assert_eq!(
            q(RoundingMode::HalfUp, dec!(2600.50), dec!(174)),
            Some(dec!(14.95))
        );
        // Ties: 0.005 and -0.005 away from zero; half-even to the even fen.
        assert_eq!(
            q(RoundingMode::HalfUp, dec!(0.01), dec!(2)),
            Some(dec!(0.01))
        );
        assert_eq!(
            q(RoundingMode::HalfUp, dec!(-0.01), dec!(2)),
            Some(dec!(-0.01))
        );
        assert_eq!(
            q(RoundingMode::HalfUp, dec!(0.01), dec!(-2)),
            Some(dec!(-0.01))
        );
        assert_eq!(
            q(RoundingMode::HalfEven, dec!(0.01), dec!(2)),
            Some(dec!(0.00))
        );
        assert_eq!(
            q(RoundingMode::HalfEven, dec!(0.03), dec!(2)),
            Some(dec!(0.02))
        );
        assert_eq!(
            q(RoundingMode::Down, dec!(0.0199), dec!(1)),
            Some(dec!(0.01))
        );
        assert_eq!(q(RoundingMode::Up, dec!(0.0101), dec!(1)), Some(dec!(0.02)));
        // A decimal divisor: 21.75 days x 8 hours written as 174.00.
        assert_eq!(
            q(RoundingMode::HalfUp, dec!(4060), dec!(174.00)),
            Some(dec!(23.33))
        );
        assert_eq!(q(RoundingMode::HalfUp, dec!(1), Decimal::ZERO), None);
        // Exact where rust_decimal's 28-digit quotient would round twice:
        // 79228162514264337593543950.335 / 3 = ...983.445 exactly, a tie.
        let big = Decimal::MAX / dec!(1000);
        assert_eq!(
            q(RoundingMode::HalfUp, big, dec!(3)),
            Some(dec!(26409387504754779197847983.45))
        );
        // Beyond 128 bits: the 28-digit quotient, rounded.
        assert_eq!(
            q(RoundingMode::HalfUp, Decimal::MAX, dec!(3.0000000000)),
            Some(
                (Decimal::MAX / dec!(3))
                    .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
            )
        );
    }

    #[test]
    fn the_64_bit_ratio_is_the_128_bit_one() {
        let numerators = [
            0,
            1,
            -1,
            5,
            -5,
            406_000,
            -260_050,
            i64::MAX,
            i64::MIN,
            i64::MAX / 100,
        ];
        let denominators = [
            174,
            -174,
            1,
            2,
            -2,
            3,
            17_400,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ];
        let modes = [
            RoundingMode::HalfUp,
            RoundingMode::HalfEven,
            RoundingMode::Down,
            RoundingMode::Up,
        ];
        for mode in modes {
            let r = Rounding { mode, scale: 2 };
            for n in numerators.map(i128::from) {
                for d in denominators.map(i128::from) {
                    for (p, q) in [(0, 0), (2, 0), (4, 2), (0, 3), (18, 0), (0, 19)] {
                        let (p, q) = (pow10(p).unwrap(), pow10(q).unwrap());
                        let (num, den) = (n * p, d * q);
                        let (num, den) = if den < 0 { (-num, -den) } else { (num, den) };
                        let wide = r.round_ratio(num, den);
                        let small = r.small_ratio(n, Some(p), d, Some(q));
                        assert!(small.is_none() || small == wide, "{mode:?} {n} {p} {d} {q}");
                    }
                }
            }
            // The hourly rate of WORKLOAD takes the 64-bit path.
            assert!(r.small_ratio(406_000, pow10(2), 174, pow10(0)).is_some());
            assert_eq!(r.small_ratio(1, pow10(2), 1, None), None);
        }
    }

    #[test]
    fn knows_when_it_rounds() {
        let r = Rounding::default();
        assert!(r.changes(dec!(1.234)));
        assert!(!r.changes(dec!(1.230)));
        assert_eq!(r.to_string(), "half-up to 0.01");
    }
}
