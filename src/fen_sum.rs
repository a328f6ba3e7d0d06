//! `FenSum`: an exact running sum of amounts kept in whole fen, for the
//! checks that add up every worker's pay sheet.

use rust_decimal::Decimal;

use crate::money::FEN_PER_UNIT;
use crate::Money;

/// A running sum of amounts that ends exactly as adding them one by one with
/// `+` does (the same value, the same number of places), kept in integer fen
/// while the amounts have at most two places: the checks add up every
/// worker's pay sheet, where a decimal addition each costs ten times more.
#[derive(Debug, Clone, Copy, Default)]
pub struct FenSum {
    /// The amounts of at most two places, in fen.
    fen: i128,
    /// The most places any of those had (what `+` would keep).
    places: u32,
    /// The amounts of more places, added as decimals.
    finer: Decimal,
}

impl FenSum {
    /// Adds an amount.
    pub fn add(&mut self, amount: Money) {
        let d = amount.amount();
        let scale = d.scale();
        if scale <= 2 {
            // A zero adds no fen (its places still count: `+` keeps them).
            if !d.is_zero() {
                // A mantissa has at most 96 bits: times 100, far inside i128.
                self.fen += d.mantissa() * i128::from(FEN_PER_UNIT[scale as usize]);
            }
            self.places = self.places.max(scale);
        } else {
            self.finer += d;
        }
    }

    /// The sum, with as many places as the amounts added had. (Beyond the
    /// decimal range, some 7.9e26 yuan, it stays at the largest decimal, where
    /// adding one by one would have failed long before.)
    pub fn total(&self) -> Money {
        let mut sum = Decimal::try_from_i128_with_scale(self.fen, 2).unwrap_or(if self.fen < 0 {
            Decimal::MIN
        } else {
            Decimal::MAX
        });
        // Exact: every amount had at most `places` places, so the fen sum is
        // a whole number of units of that place.
        if self.places < 2 && sum.scale() == 2 {
            sum.rescale(self.places);
        }
        Money::new(sum.checked_add(self.finer).unwrap_or(sum))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A sum in fen ends as adding one by one does: the same value, the same
        /// places, the same text.
        #[test]
        fn a_tally_is_the_sum_one_by_one(
            amounts in proptest::collection::vec((-100_000_000i64..100_000_000, 0u32..=4), 0..40)
        ) {
            let mut tally = FenSum::default();
            let mut sum = Money::ZERO;
            for (mantissa, scale) in amounts {
                let m = Money::new(Decimal::new(mantissa, scale));
                tally.add(m);
                sum += m;
            }
            let total = tally.total();
            proptest::prop_assert_eq!(total, sum);
            proptest::prop_assert_eq!(total.amount().scale(), sum.amount().scale());
            proptest::prop_assert_eq!(total.to_string(), sum.to_string());
        }
    }
}
