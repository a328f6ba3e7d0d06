//! Grouping commas in numbers as people type them in spreadsheets (`2,600.00`,
//! `12,345`): accepted only where they separate whole groups of three digits, so
//! `"2,6,0,0"` or a decimal comma (`2600,50`) is refused instead of read as
//! another number.

use std::borrow::Cow;

/// How a number's grouping commas are out of place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Misgrouped {
    /// A comma among the decimals, or a single comma with one or two digits
    /// after it: a decimal comma (`2600,50`), which nengji does not read.
    DecimalComma,
    /// Commas that do not stand between groups of three digits (`2,6,0,0`).
    Groups,
}

/// The text without its grouping commas when they stand in groups of three
/// (borrowed, with no allocation, when it has none). A text that is not a plain
/// number is returned as it is, for the number parser to refuse.
pub fn ungroup(text: &str) -> Result<Cow<'_, str>, Misgrouped> {
    let Some(first) = text.find(',') else {
        return Ok(Cow::Borrowed(text));
    };
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if frac.contains(',') {
        return Err(Misgrouped::DecimalComma);
    }
    let groups: Vec<&str> = int.split(',').collect();
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    if !groups.iter().all(|g| digits(g)) || !digits(frac) {
        // Letters or other signs: not a number whatever its commas.
        return Ok(Cow::Borrowed(text));
    }
    let lead = groups.first().map_or(0, |g| g.len());
    let rest_ok = groups.iter().skip(1).all(|g| g.len() == 3);
    if (1..=3).contains(&lead) && rest_ok {
        return Ok(Cow::Owned(text.replace(',', "")));
    }
    let last = groups.last().map_or(0, |g| g.len());
    if groups.len() == 2 && frac.is_empty() && (1..=2).contains(&last) && first > 0 {
        return Err(Misgrouped::DecimalComma);
    }
    Err(Misgrouped::Groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_of_three_are_read() {
        for (text, want) in [
            ("2,600.00", "2600.00"),
            ("12,345", "12345"),
            ("1,234,567.5", "1234567.5"),
            ("-2,490.00", "-2490.00"),
            ("2600", "2600"),
            ("", ""),
        ] {
            assert_eq!(ungroup(text).as_deref(), Ok(want), "{text}");
        }
        assert!(matches!(ungroup("2490.00"), Ok(Cow::Borrowed(_))));
    }

    #[test]
    fn commas_out_of_place_are_refused() {
        for text in ["2,6,0,0", "26,00.00", ",600", "2600,", "1,2345", "1234,567"] {
            assert_eq!(ungroup(text), Err(Misgrouped::Groups), "{text}");
        }
        for text in ["2600,5", "2600,50", "2.600,5"] {
            assert_eq!(ungroup(text), Err(Misgrouped::DecimalComma), "{text}");
        }
    }

    #[test]
    fn other_text_is_left_to_the_number_parser() {
        assert_eq!(ungroup("两千,六").as_deref(), Ok("两千,六"));
        assert_eq!(ungroup("a,bc").as_deref(), Ok("a,bc"));
    }
}
