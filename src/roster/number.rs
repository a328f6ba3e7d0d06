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
    match plain(text) {
        Some((mantissa, scale)) => Some(Decimal::new(mantissa, scale)),
        None => text.parse::<Decimal>().ok(),
    }
}

/// A short plain number (digits, at most one point with digits on both
/// sides, at most 18 characters) as its mantissa and scale; `None` for
/// anything else. [`parse_decimal`] reads these as `Decimal::new(mantissa,
/// scale)`, so a caller that checks the mantissa itself (the hours of a
/// month) reads them alike.
pub fn plain(text: &str) -> Option<(i64, u32)> {
    let b = text.as_bytes();
    if b.is_empty() || b.len() > 18 {
        return None;
    }
    let mut mantissa: i64 = 0;
    let mut scale = None;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' => mantissa = mantissa * 10 + i64::from(c - b'0'),
            b'.' if scale.is_none() && i > 0 && i + 1 < b.len() => {
                scale = Some((b.len() - i - 1) as u32)
            }
            _ => return None,
        }
    }
    Some((mantissa, scale.unwrap_or(0)))
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
    fn plain_numbers_are_their_mantissa_and_scale() {
        assert_eq!(plain("7.5"), Some((75, 1)));
        assert_eq!(plain("012"), Some((12, 0)));
        assert_eq!(plain("0.00"), Some((0, 2)));
        for not_plain in [
            "",
            ".5",
            "5.",
            "1.2.3",
            "-4",
            "+4",
            "1,5",
            " 1",
            "1234567890123456789",
        ] {
            assert_eq!(plain(not_plain), None, "{not_plain:?}");
        }
    }

    proptest::proptest! {
        /// The fast path reads exactly what `Decimal::from_str` reads.
        #[test]
        fn plain_numbers_read_as_decimal_reads_them(text in "[0-9]{1,9}(\\.[0-9]{1,8})?") {
            let (mantissa, scale) = plain(&text).unwrap();
            let d = Decimal::new(mantissa, scale);
            proptest::prop_assert_eq!(d, text.parse::<Decimal>().unwrap());
            proptest::prop_assert_eq!(d.scale(), text.parse::<Decimal>().unwrap().scale());
        }
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
