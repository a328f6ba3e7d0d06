//! Number cells of a roster: a decimal read fast when it is plain, and grouping
//! commas accepted only in groups of three.

use rust_decimal::Decimal;

use crate::grouping::{ungroup, Misgrouped};

/// Why a cell is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// Not a number at all.
    NotANumber,
    /// Grouping commas out of place.
    Misgrouped(Misgrouped),
    /// Digits beyond any decimal's range.
    TooLong,
}

/// A number cell: [`parse_decimal`], with grouping commas in groups of three
/// (`1,200`) read and others refused. The comma check runs only on a cell
/// that has a comma, so the common cell costs what it did.
pub fn number(text: &str) -> Result<Decimal, NumberError> {
    if let Some(d) = parse_decimal(text) {
        return Ok(d);
    }
    let plain = ungroup(text).map_err(NumberError::Misgrouped)?;
    if let Some(d) = parse_decimal(&plain) {
        return Ok(d);
    }
    let digits = plain.strip_prefix(['-', '+']).unwrap_or(&plain);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err(NumberError::TooLong);
    }
    Err(NumberError::NotANumber)
}

/// A decimal such as `7.5` or `12`, read directly when it is short and plain;
/// anything else goes to `Decimal::from_str`.
pub fn parse_decimal(text: &str) -> Option<Decimal> {
    let b = text.as_bytes();
    if !b.is_empty() && b.len() <= 18 {
        let mut mantissa: i64 = 0;
        let mut scale = None;
        let mut plain = true;
        for (i, &c) in b.iter().enumerate() {
            match c {
                b'0'..=b'9' => mantissa = mantissa * 10 + i64::from(c - b'0'),
                b'.' if scale.is_none() && i > 0 && i + 1 < b.len() => {
                    scale = Some((b.len() - i - 1) as u32)
                }
                _ => {
                    plain = false;
                    break;
                }
            }
        }
        if plain {
            return Some(Decimal::new(mantissa, scale.unwrap_or(0)));
        }
    }
    text.parse::<Decimal>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn decimals_fast_and_slow() {
        assert_eq!(parse_decimal("7.5"), Some(dec!(7.5)));
        assert_eq!(parse_decimal("12"), Some(dec!(12)));
        assert_eq!(parse_decimal("0.0"), Some(dec!(0.0)));
        assert_eq!(parse_decimal("-4"), Some(dec!(-4)));
        assert_eq!(parse_decimal("1,5"), None);
        assert_eq!(parse_decimal("."), None);
        assert_eq!(parse_decimal("5."), Some(dec!(5)));
        assert_eq!(
            parse_decimal("12345678901234567890.5"),
            Some(dec!(12345678901234567890.5))
        );
        assert_eq!(parse_decimal("八"), None);
    }

    #[test]
    fn number_cells_take_grouping_commas_in_threes_only() {
        assert_eq!(number("1,200"), Ok(dec!(1200)));
        assert_eq!(number("1,234,567.5"), Ok(dec!(1234567.5)));
        assert_eq!(number("7.5"), Ok(dec!(7.5)));
        assert_eq!(
            number("1,2,0,0"),
            Err(NumberError::Misgrouped(Misgrouped::Groups))
        );
        assert_eq!(
            number("7,5"),
            Err(NumberError::Misgrouped(Misgrouped::DecimalComma))
        );
        assert_eq!(number("八"), Err(NumberError::NotANumber));
        assert_eq!(
            number("123456789012345678901234567890123"),
            Err(NumberError::TooLong)
        );
    }
}
