//! Terminal bar charts: a value drawn as a run of Unicode block characters, its
//! length computed in `Decimal` to the eighth of a character cell.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

/// The partial blocks for 0..7 eighths of a cell.
const EIGHTHS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// A bar for `|value|` on a scale where `max` fills `width` cells; empty when
/// `max` is not positive. The length is |value| / max x width x 8 eighths,
/// rounded half-up.
pub fn bar(value: Decimal, max: Decimal, width: u32) -> String {
    if max <= Decimal::ZERO {
        return String::new();
    }
    let eighths = (value.abs() * Decimal::from(width) * Decimal::from(8))
        .checked_div(max)
        .map(|x| x.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero))
        .and_then(|x| x.to_usize())
        .unwrap_or(0)
        .min(width as usize * 8);
    let mut out = "█".repeat(eighths / 8);
    out.push_str(EIGHTHS[eighths % 8]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn bars_in_eighths() {
        assert_eq!(bar(dec!(100), dec!(100), 4), "████");
        // 50 / 100 x 4 x 8 = 16 eighths = 2 cells.
        assert_eq!(bar(dec!(50), dec!(100), 4), "██");
        // 30 / 100 x 32 = 9.6 -> 10 eighths = one cell and a quarter.
        assert_eq!(bar(dec!(30), dec!(100), 4), "█▎");
        assert_eq!(bar(dec!(-30), dec!(100), 4), "█▎");
        assert_eq!(bar(dec!(1), dec!(100), 4), ""); // 0.32 eighths rounds to nothing
        assert_eq!(bar(dec!(5), dec!(0), 4), "");
        assert_eq!(bar(dec!(500), dec!(100), 4), "████"); // clipped
    }
}
