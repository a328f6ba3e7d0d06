//! Cell text as HR exports write it: the spaces around a cell (full-width ones
//! too) and dates in their four forms (2019-03-01, 2019/3/1, 2019年3月1日, 2019.03.01).

use chrono::NaiveDate;

/// Dates as HR exports write them: 2019-03-01, 2019/3/1, 2019年3月1日.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    iso_date(text).or_else(|| {
        ["%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日", "%Y.%m.%d"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
    })
}

/// `YYYY-MM-DD` read directly: the common case, without parsing a format string.
fn iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(
        i32::try_from(number(0..4)?).ok()?,
        number(5..7)?,
        number(8..10)?,
    )
}

/// A cell without the spaces around it (full-width ones too). Most cells have
/// none: an ASCII letter or digit, or a CJK ideograph, at both ends settles it
/// without the Unicode scan.
pub(super) fn trim(cell: &str) -> &str {
    // The lead bytes E4 to E9 start U+4000 to U+9FFF, the ideographs; Unicode's
    // spaces lie elsewhere (U+3000 starts with E3, U+2000 to U+205F with E2).
    let ideograph = |lead: Option<&u8>| lead.is_some_and(|b| (0xE4..=0xE9).contains(b));
    let plain = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    let b = cell.as_bytes();
    // In valid UTF-8 a three-byte lead three from the end begins the last character.
    let starts_plain = plain(b.first()) || ideograph(b.first());
    let ends_plain = plain(b.last()) || ideograph(b.len().checked_sub(3).and_then(|i| b.get(i)));
    if starts_plain && ends_plain {
        cell
    } else {
        cell.trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_forms_exports_use() {
        let d = NaiveDate::from_ymd_opt(2019, 3, 1);
        for text in ["2019-03-01", "2019/3/1", "2019年3月1日", "2019.03.01"] {
            assert_eq!(parse_date(text), d, "{text}");
        }
        for bad in ["2019-02-30", "2019-13-01", "2019-3-1x", ""] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn cells_lose_their_spaces_full_width_too() {
        for (cell, want) in [
            ("L4", "L4"),
            (" L4 ", "L4"),
            ("\tL4", "L4"),
            ("\u{3000}高级工\u{3000}", "高级工"),
            ("王 伟", "王 伟"),
            ("中专", "中专"),
            (" 中专", "中专"),
            ("高级工\u{3000}", "高级工"),
            ("\u{3000}高级工", "高级工"),
            ("王伟\u{a0}", "王伟"),
            ("E1\u{2003}", "E1"),
            ("", ""),
            ("   ", ""),
        ] {
            assert_eq!(trim(cell), want, "{cell:?}");
        }
    }
}
