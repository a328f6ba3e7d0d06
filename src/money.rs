//! `Money`: an exact amount of yuan, a newtype over `rust_decimal::Decimal`.
//!
//! Money never passes through binary floating point: it is parsed from strings or
//! integers, added and subtracted exactly, and rounded only by [`crate::Rounding`].

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};

use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An amount of money in yuan (CNY), exact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Money(Decimal);

impl Ord for Money {
    /// The order of the amounts. Two amounts of the same scale (fen, nearly
    /// always) compare by their mantissas, without the general comparison's
    /// rescaling: caps, minimums and the minimum-wage check compare millions.
    fn cmp(&self, other: &Money) -> std::cmp::Ordering {
        if self.0.scale() == other.0.scale() {
            self.0.mantissa().cmp(&other.0.mantissa())
        } else {
            self.0.cmp(&other.0)
        }
    }
}

impl PartialOrd for Money {
    fn partial_cmp(&self, other: &Money) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Money {
    /// No money: 0 yuan.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// An amount in yuan (2 decimal places reach the fen), exactly as given: not rounded.
    pub const fn new(amount: Decimal) -> Self {
        Money(amount)
    }

    /// The amount in yuan as an exact decimal.
    pub const fn amount(self) -> Decimal {
        self.0
    }

    /// True below zero (a deduction, an underpayment); `-0` is not negative.
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// Adds without the risk of a panic on overflow. Adding to or of nothing
    /// (a sum's start, most allowances) gives the other amount as it is, which
    /// is what rust_decimal's addition returns (`0 + x` is `x`, then `x + 0`
    /// is `x`, sign and scale kept), without the call.
    #[inline]
    pub fn checked_add(self, other: Money) -> Option<Money> {
        if self.0.is_zero() {
            return Some(other);
        }
        if other.0.is_zero() {
            return Some(self);
        }
        self.0.checked_add(other.0).map(Money)
    }

    /// The exact sum, `None` on overflow. Amounts of at most two places (the
    /// rounded amounts a pay sheet adds up) are summed in integer fen: in an
    /// i64 while the fen fit one (every pay sheet), else in an i128.
    pub fn checked_sum(amounts: &[Money]) -> Option<Money> {
        let mut fen: i64 = 0;
        for a in amounts {
            let scale = a.0.scale();
            if scale > 2 {
                return Money::wide_sum(amounts);
            }
            if !a.0.is_zero() {
                let add = i64::try_from(a.0.mantissa())
                    .ok()
                    .and_then(|m| m.checked_mul(FEN_PER_UNIT[scale as usize]))
                    .and_then(|f| fen.checked_add(f));
                match add {
                    Some(sum) => fen = sum,
                    None => return Money::wide_sum(amounts),
                }
            }
        }
        Decimal::try_from_i128_with_scale(i128::from(fen), 2)
            .ok()
            .map(Money)
    }

    /// [`Money::checked_sum`] in an i128 of fen, or as decimals when an
    /// amount has more than two places.
    fn wide_sum(amounts: &[Money]) -> Option<Money> {
        let mut fen: i128 = 0;
        for a in amounts {
            let scale = a.0.scale();
            if scale > 2 {
                return amounts
                    .iter()
                    .try_fold(Money::ZERO, |sum, a| sum.checked_add(*a));
            }
            // Most components of most sheets are nothing: adding 0 fen is
            // skipped (the result is at two places whatever they are).
            if !a.0.is_zero() {
                // A mantissa has at most 96 bits: times 100, far inside i128.
                fen += a.0.mantissa() * i128::from(FEN_PER_UNIT[scale as usize]);
            }
        }
        Decimal::try_from_i128_with_scale(fen, 2).ok().map(Money)
    }

    /// Multiplies by an exact factor; the caller rounds the result.
    pub fn checked_mul(self, factor: Decimal) -> Option<Decimal> {
        self.0.checked_mul(factor)
    }

    /// The amount with exactly two decimals and thousands separators: `2,490.00`.
    pub fn grouped(self) -> String {
        let plain = format!("{:.2}", self.0);
        let (sign, digits) = match plain.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", plain.as_str()),
        };
        let (int, frac) = digits.split_once('.').unwrap_or((digits, "00"));
        let mut out = String::with_capacity(plain.len() + int.len() / 3);
        out.push_str(sign);
        for (i, ch) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        out.push('.');
        out.push_str(frac);
        out
    }
}

impl Money {
    /// Writes the amount with at least two decimals and no grouping (`2490.00`,
    /// `0.125` kept whole), without going through the formatting machinery: the
    /// batch path writes millions of these.
    pub fn write_plain<W: fmt::Write>(self, out: &mut W) -> fmt::Result {
        let d = self.0;
        // Most allowances of most workers are nothing: told by one test.
        if d.is_zero() {
            return out.write_str("0.00");
        }
        let scale = d.scale();
        // Fen, the rounded amounts: one integer conversion, then the yuan in
        // one piece and the point and two fen digits in one more. Finer
        // amounts, and those beyond 1.8e17 yuan, are written out of line.
        if scale <= 2 {
            let widen = FEN_PER_UNIT[scale as usize].unsigned_abs();
            if let Some(n) = u64::try_from(d.mantissa().unsigned_abs())
                .ok()
                .and_then(|m| m.checked_mul(widen))
            {
                // Not zero, so neither is n: a sign is a minus.
                if d.is_sign_negative() {
                    out.write_char('-')?;
                }
                out.write_str(itoa::Buffer::new().format(n / 100))?;
                let fen = (n % 100) as usize * 3;
                return out.write_str(FEN.get(fen..fen + 3).unwrap_or(".00"));
            }
        }
        self.write_finer(out)
    }

    /// [`Money::write_plain`] for any amount: the general path, kept out of
    /// the fen path's way.
    #[cold]
    #[inline(never)]
    fn write_finer<W: fmt::Write>(self, out: &mut W) -> fmt::Result {
        let mut d = self.0;
        if d.is_zero() {
            return out.write_str("0.00");
        }
        if d.scale() > 2 {
            d = d.normalize();
        }
        let scale = d.scale().max(2);
        let widen = 10u64.pow(scale - d.scale());
        // Fast path: the magnitude fits a u64 (every amount below 1.8e17 fen).
        let magnitude = u64::try_from(d.mantissa().unsigned_abs())
            .ok()
            .and_then(|m| m.checked_mul(widen))
            .ok_or(fmt::Error);
        // And 10^scale, plus the fraction, fits one: past 18 places (a 1 at
        // the 28th wrapped, or panicked in a debug build) rust_decimal writes it.
        let (Ok(n), true) = (magnitude, scale <= 18) else {
            d.rescale(scale);
            return write!(out, "{d}");
        };
        if d.is_sign_negative() && !d.is_zero() {
            out.write_char('-')?;
        }
        // Fen are the common case: a constant divisor compiles to a multiplication.
        let (whole, fraction, unit) = if scale == 2 {
            (n / 100, n % 100, 100)
        } else {
            let unit = 10u64.pow(scale);
            (n / unit, n % unit, unit)
        };
        let mut buffer = itoa::Buffer::new();
        out.write_str(buffer.format(whole))?;
        out.write_char('.')?;
        // The fraction with its leading zeros: unit + fraction, less the leading 1.
        let fraction = buffer.format(unit + fraction);
        out.write_str(fraction.get(1..).unwrap_or(""))
    }
}

/// Fen in a unit of each scale up to two: the yuan, the jiao, the fen. A
/// static, read where it is: an array literal indexed at run time is built
/// anew on the stack at each use, in the loops over every pay sheet.
pub(crate) static FEN_PER_UNIT: [i64; 3] = [100, 10, 1];

/// `.00.01.02 ... .99`: the point and two fen digits of every amount, sliced
/// by [`Money::write_plain`].
const FEN: &str = match std::str::from_utf8(&fen_table()) {
    Ok(text) => text,
    Err(_) => panic!("the fen table is ASCII"),
};

const fn fen_table() -> [u8; 300] {
    let mut table = [0u8; 300];
    let mut i = 0;
    while i < 100 {
        table[i * 3] = b'.';
        table[i * 3 + 1] = b'0' + (i / 10) as u8;
        table[i * 3 + 2] = b'0' + (i % 10) as u8;
        i += 1;
    }
    table
}

impl fmt::Display for Money {
    /// At least two decimals, no grouping: `2490.00`, the form CSV and JSON carry.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_plain(f)
    }
}

impl Add for Money {
    type Output = Money;
    /// Panics only beyond 7.9e28 yuan; inputs are bounded far below that by the
    /// loaders, and the pay engine uses `checked_add` on sums it cannot bound.
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 += rhs.0;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + b)
    }
}

impl From<i64> for Money {
    fn from(v: i64) -> Money {
        Money(Decimal::from(v))
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The message a TOML float for money gets, in the user's language.
pub fn float_money() -> String {
    crate::t!("input-float-money")
}

impl<'de> Deserialize<'de> for Money {
    /// An amount in a schedule or standards file: a string or an integer, at
    /// most [`PLACES`] decimal places (a finer rate per piece reads with [`fine`]).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
        d.deserialize_any(ExactDecimalVisitor::money()).map(Money)
    }
}

/// An amount that may be finer than a fen, such as a piece rate (0.125 yuan a
/// piece): only the sum a worker is paid is rounded.
pub fn fine<'de, D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
    d.deserialize_any(ExactDecimalVisitor::exact(true))
        .map(Money)
}

/// Reads an exact decimal from a string or an integer, and refuses floats.
pub(crate) struct ExactDecimalVisitor {
    /// An amount of money (else any exact number), for the words of `expecting`.
    pub money: bool,
    /// Refuse more decimal places than money has.
    pub fen: bool,
}

impl ExactDecimalVisitor {
    pub(crate) fn exact(money: bool) -> Self {
        ExactDecimalVisitor { money, fen: false }
    }

    fn money() -> Self {
        ExactDecimalVisitor {
            money: true,
            fen: true,
        }
    }
}

impl Visitor<'_> for ExactDecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&if self.money {
            crate::t!("input-expect-money")
        } else {
            crate::t!("input-expect-exact")
        })
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        let money = v.parse::<Money>().map_err(|e| E::custom(e.to_string()))?;
        if self.fen {
            money.at_most_fen(v).map_err(|e| E::custom(e.to_string()))?;
        }
        Ok(money.amount())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        within_limit(Decimal::from(v), &v.to_string()).map_err(|e| E::custom(e.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        within_limit(Decimal::from(v), &v.to_string()).map_err(|e| E::custom(e.to_string()))
    }

    // A TOML float is refused with an error, never converted: f64 only names what serde offers.
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Decimal, E> {
        Err(E::custom(float_money()))
    }
}

#[path = "money_parse.rs"]
mod parse;
use parse::within_limit;
pub use parse::{misgrouped, MoneyParseError, LIMIT, PLACES};

#[cfg(test)]
#[path = "money_tests.rs"]
mod tests;
