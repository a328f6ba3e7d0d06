//! Chinese numerals for document text: clause and chapter numbers (第十二条),
//! counts (十个工作日) and dates (2026年1月1日).

use chrono::{Datelike, NaiveDate};

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// A number in everyday Chinese numerals, as clause numbers are written:
/// 1 一, 10 十, 12 十二, 20 二十, 101 一百零一, 110 一百一十. Up to 9999.
pub fn chinese_number(n: u32) -> String {
    if n == 0 {
        return "零".to_string();
    }
    if n >= 10_000 {
        return n.to_string();
    }
    section(u64::from(n), &DIGITS, ["千", "百", "十"], true)
}

/// One section of four digits, 1..=9999, with its inner zeros and no leading
/// or trailing 零, in the given digits (零一..九 or 零壹..玖) and units (千百十 or
/// 仟佰拾). With `short_ten`, 10..19 drop their leading one as text writes them
/// (十二); amounts keep it (壹拾贰).
pub(crate) fn section(n: u64, digits: &[char; 10], units: [&str; 3], short_ten: bool) -> String {
    let places = [n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10];
    let mut out = String::new();
    let mut zero_pending = false;
    for (pos, &d) in places.iter().enumerate() {
        if d == 0 {
            zero_pending = !out.is_empty();
            continue;
        }
        if zero_pending {
            out.push(digits[0]);
            zero_pending = false;
        }
        if !(short_ten && d == 1 && pos == 2 && out.is_empty()) {
            // ok: d is a single decimal digit.
            out.push(digits[usize::try_from(d).unwrap_or(0)]);
        }
        out.push_str(units.get(pos).copied().unwrap_or(""));
    }
    out
}

/// A clause number as a schedule may write it: 第十二条, 十二, 第12条 or 12.
pub fn parse_clause_number(text: &str) -> Option<u32> {
    let t = text.trim();
    let t = t.strip_prefix('第').unwrap_or(t);
    let t = t.strip_suffix('条').unwrap_or(t).trim();
    if t.is_empty() {
        return None;
    }
    if let Ok(n) = t.parse::<u32>() {
        return Some(n);
    }
    parse_chinese(t)
}

/// Reads everyday Chinese numerals below 10,000 (十二, 一百零一, 两百).
fn parse_chinese(text: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut digit: Option<u32> = None;
    for ch in text.chars() {
        let unit = match ch {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '两' => {
                digit = Some(2);
                continue;
            }
            '〇' => {
                digit = Some(0);
                continue;
            }
            _ => {
                let d = DIGITS.iter().position(|c| *c == ch)?;
                digit = Some(u32::try_from(d).ok()?);
                continue;
            }
        };
        // 十 alone at the start means 一十.
        total += digit.take().unwrap_or(1) * unit;
    }
    Some(total + digit.unwrap_or(0))
}

/// A date as Chinese documents write it: 2026年1月1日.
pub fn chinese_date(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_numbers() {
        let cases = [
            (1, "一"),
            (9, "九"),
            (10, "十"),
            (11, "十一"),
            (19, "十九"),
            (20, "二十"),
            (21, "二十一"),
            (99, "九十九"),
            (100, "一百"),
            (101, "一百零一"),
            (110, "一百一十"),
            (111, "一百一十一"),
            (1001, "一千零一"),
            (1010, "一千零一十"),
            (2300, "二千三百"),
        ];
        for (n, want) in cases {
            assert_eq!(chinese_number(n), want, "{n}");
            assert_eq!(parse_clause_number(want), Some(n), "{want}");
            assert_eq!(parse_clause_number(&format!("第{want}条")), Some(n));
        }
    }

    #[test]
    fn parses_what_schedules_write() {
        assert_eq!(parse_clause_number("第10条"), Some(10));
        assert_eq!(parse_clause_number(" 12 "), Some(12));
        assert_eq!(parse_clause_number("两百"), Some(200));
        assert_eq!(parse_clause_number("第条"), None);
        assert_eq!(parse_clause_number("附件一"), None);
    }

    #[test]
    fn round_trips_every_clause_number() {
        for n in 1..=2000 {
            assert_eq!(parse_clause_number(&chinese_number(n)), Some(n), "{n}");
        }
    }

    #[test]
    fn dates_without_leading_zeros() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        assert_eq!(chinese_date(d), "2026年1月1日");
        let d = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        assert_eq!(chinese_date(d), "2025年12月31日");
    }
}
