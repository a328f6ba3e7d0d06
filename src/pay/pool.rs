//! Splitting a profit-sharing pool (收益共享) by weights so that the parts add up to
//! the pool exactly.
//!
//! Each part is first the exact share `pool x weight / total weight` cut down to the
//! rounding unit. The unit left over (at most one per worker) goes one each to the
//! workers whose cut-off remainders are largest; equal remainders go in roster
//! order. This is the largest-remainder (Hamilton) method: deterministic, and no
//! part differs from its exact share by a whole unit or more.

use rust_decimal::Decimal;

use crate::{Money, Rounding, RoundingMode};

/// Splits `pool` over `weights`. All-zero weights give all-zero parts.
pub fn split(pool: Money, weights: &[Decimal], rounding: Rounding) -> Vec<Money> {
    let mut parts = vec![Money::ZERO; weights.len()];
    let total: Decimal = weights.iter().copied().sum();
    if total.is_zero() || pool.is_negative() {
        return parts;
    }
    let down = Rounding {
        mode: RoundingMode::Down,
        scale: rounding.scale,
    };
    let unit = Decimal::new(1, rounding.scale);
    let mut remainders: Vec<(Decimal, usize)> = Vec::with_capacity(weights.len());
    let mut given = Money::ZERO;
    for (i, w) in weights.iter().enumerate() {
        let exact = pool
            .amount()
            .checked_mul(*w)
            .map_or(Decimal::ZERO, |p| p / total);
        let part = down.apply(exact);
        parts[i] = part;
        given += part;
        remainders.push((exact - part.amount(), i));
    }
    // Largest remainder first; equal remainders keep roster order.
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut left = pool.amount() - given.amount();
    for (_, i) in remainders {
        if left < unit {
            break;
        }
        parts[i] += Money::new(unit);
        left -= unit;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn thirds_of_a_hundred() {
        let parts = split(
            Money::from(100),
            &[dec!(1), dec!(1), dec!(1)],
            Rounding::default(),
        );
        assert_eq!(
            parts,
            vec![
                Money::new(dec!(33.34)),
                Money::new(dec!(33.33)),
                Money::new(dec!(33.33))
            ]
        );
    }

    #[test]
    fn largest_remainder_gets_the_fen() {
        // exact: 14.2857..., 28.5714..., 57.1428...: cuts 14.28, 28.57, 57.14 = 99.99
        let parts = split(
            Money::from(100),
            &[dec!(1), dec!(2), dec!(4)],
            Rounding::default(),
        );
        assert_eq!(parts.iter().copied().sum::<Money>(), Money::from(100));
        assert_eq!(parts[0], Money::new(dec!(14.29)));
    }

    #[test]
    fn zero_weights_pay_nothing() {
        let parts = split(Money::from(100), &[dec!(0), dec!(0)], Rounding::default());
        assert_eq!(parts, vec![Money::ZERO, Money::ZERO]);
    }
}
