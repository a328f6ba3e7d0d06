//! Money read from text: an amount as people type it (`2,490.00`), bounded by
//! [`LIMIT`] and, in a schedule or standards file, to the fen; and why a text is not one.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use super::Money;
use crate::grouping::{ungroup, Misgrouped};

/// Why a text is not an amount of money.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyParseError {
    /// Not a number at all (`abc`); holds the text.
    NotANumber(String),
    /// Grouping commas out of place (`2,6,0,0`), or a decimal comma.
    Misgrouped(String, Misgrouped),
    /// Beyond [`LIMIT`] either way, or too long for any decimal.
    TooLarge(String),
    /// More decimal places than money has (fen): `2600.005`.
    TooManyPlaces {
        /// The text as written.
        text: String,
        /// How many decimal places it has (more than the 2 of the fen).
        places: u32,
    },
}

impl fmt::Display for MoneyParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            MoneyParseError::NotANumber(text) => crate::t!("input-not-amount", text = text),
            MoneyParseError::Misgrouped(text, how) => misgrouped(text, *how),
            MoneyParseError::TooLarge(text) => crate::t!("input-too-large", text = text),
            MoneyParseError::TooManyPlaces { text, places } => crate::t!(
                "input-money-places",
                text = text,
                places = *places,
                fix = fix_places(text)
            ),
        })
    }
}

/// The message for grouping commas out of place (amounts and other numbers).
pub fn misgrouped(text: &str, how: Misgrouped) -> String {
    match how {
        Misgrouped::DecimalComma => crate::t!("input-decimal-comma", text = text),
        Misgrouped::Groups => crate::t!("input-misgrouped", text = text),
    }
}

/// The amount rounded half-up to the fen, as the fix for one written finer.
fn fix_places(text: &str) -> String {
    Decimal::from_str(text.trim()).map_or_else(
        |_| "0.00".to_string(),
        |d| {
            let mut r =
                d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
            r.rescale(2);
            r.to_string()
        },
    )
}

/// The largest amount an input may state. Bounding inputs bounds every sum the
/// engine forms (components x hours x workers) far inside the decimal range, so
/// no arithmetic on valid input can overflow.
pub const LIMIT: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);

/// The decimal places an amount of money in a schedule or standards file may
/// have: fen, the smallest unit of the yuan.
pub const PLACES: u32 = 2;

pub(super) fn within_limit(d: Decimal, text: &str) -> Result<Decimal, MoneyParseError> {
    if d.abs() > LIMIT {
        Err(MoneyParseError::TooLarge(text.to_string()))
    } else {
        Ok(d)
    }
}

/// Whether a text is a plain decimal number (digits, one point, a sign): one the
/// decimal parser refuses only for its length.
fn is_plain_number(t: &str) -> bool {
    let body = t.strip_prefix(['-', '+']).unwrap_or(t);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

impl FromStr for Money {
    type Err = MoneyParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        // The thousands separators people type in spreadsheets ("2,490.00"),
        // in groups of three only.
        let t = ungroup(t).map_err(|how| MoneyParseError::Misgrouped(s.to_string(), how))?;
        match Decimal::from_str(&t) {
            Ok(d) if !t.is_empty() => within_limit(d, s).map(Money),
            Err(_) if is_plain_number(&t) => Err(MoneyParseError::TooLarge(s.to_string())),
            _ => Err(MoneyParseError::NotANumber(s.to_string())),
        }
    }
}

impl Money {
    /// Refuses an amount with more decimal places than [`PLACES`] (trailing
    /// zeros aside): a schedule amount of `2600.005` would print on a pay sheet.
    pub fn at_most_fen(self, text: &str) -> Result<Money, MoneyParseError> {
        let places = self.0.normalize().scale();
        if places > PLACES {
            Err(MoneyParseError::TooManyPlaces {
                text: text.to_string(),
                places,
            })
        } else {
            Ok(self)
        }
    }
}
