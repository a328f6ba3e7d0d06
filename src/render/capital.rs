//! `capital`: an amount in Chinese capital numerals (人民币大写), as contracts and
//! pay documents state sums: 2490 -> 贰仟肆佰玖拾元整.
//!
//! The rules are those of 中国人民银行《正确填写票据和结算凭证的基本规定》:
//! - "元" is followed by "整" when there are no 角 or 分; after 角 "整" may be left
//!   out (we leave it out: 0.5 -> 伍角), and never follows 分;
//! - a zero between digits is written 零, several zeros in a row as one 零
//!   (6007.14 -> 陆仟零柒元壹角肆分), also across 万 and 亿 (10005 -> 壹万零伍);
//! - a zero 角 before a non-zero 分 is written 零 (325.04 -> 叁佰贰拾伍元零肆分);
//! - a leading 拾 is written 壹拾 (100000 -> 壹拾万元整);
//! - no yuan means no "元": 0.5 -> 伍角, 0.05 -> 伍分; nothing at all is 零元整.

use rust_decimal::Decimal;

use crate::render::numerals::section as section_of_four;
use crate::Money;

const DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
/// Units within a four-digit section: thousands, hundreds, tens.
const UNITS: [&str; 3] = ["仟", "佰", "拾"];
/// Units of the four-digit sections, from the lowest.
const SECTIONS: [&str; 4] = ["", "万", "亿", "万"];

/// The largest amount written: just under 10,000 亿 x 10,000 (10^16 yuan).
const LIMIT: u64 = 10_000_000_000_000_000;

/// Why an amount has no capital form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CapitalError {
    /// A negative amount.
    #[error("{}", crate::t!("template-capital-negative", amount = .0))]
    Negative(Money),
    /// An amount with parts of a fen (more than 2 decimal places).
    #[error("{}", crate::t!("template-capital-fen", amount = .0))]
    BelowFen(Money),
    /// An amount beyond 16 digits of yuan, the most the numerals are written for.
    #[error("{}", crate::t!("template-capital-large", amount = .0))]
    TooLarge(Money),
}

/// Writes `amount` in capital numerals, without the 人民币 prefix.
pub fn capital(amount: Money) -> Result<String, CapitalError> {
    let value = amount.amount();
    if amount.is_negative() {
        return Err(CapitalError::Negative(amount));
    }
    let fen_total = value * Decimal::ONE_HUNDRED;
    if !fen_total.fract().is_zero() {
        return Err(CapitalError::BelowFen(amount));
    }
    let yuan = u64::try_from(value.trunc())
        .ok()
        .filter(|y| *y < LIMIT)
        .ok_or(CapitalError::TooLarge(amount))?;
    // ok: fen_total is a whole number of fen; its last two digits fit in u64.
    let cents = u64::try_from(fen_total % Decimal::ONE_HUNDRED).unwrap_or(0);
    let (jiao, fen) = (cents / 10, cents % 10);

    let mut out = String::new();
    if yuan > 0 {
        out.push_str(&integer(yuan));
        out.push('元');
    }
    match (jiao, fen) {
        (0, 0) if yuan == 0 => out.push_str("零元整"),
        (0, 0) => out.push('整'),
        (j, 0) => {
            out.push(digit(j));
            out.push('角');
        }
        (0, f) => {
            if yuan > 0 {
                out.push('零');
            }
            out.push(digit(f));
            out.push('分');
        }
        (j, f) => {
            out.push(digit(j));
            out.push('角');
            out.push(digit(f));
            out.push('分');
        }
    }
    Ok(out)
}

fn digit(d: u64) -> char {
    // ok: callers pass a single decimal digit.
    DIGITS[usize::try_from(d % 10).unwrap_or(0)]
}

/// The integer part, 1 <= n < 10^16, in sections of four digits.
fn integer(n: u64) -> String {
    let mut sections = Vec::with_capacity(4);
    let mut rest = n;
    while rest > 0 {
        sections.push(rest % 10_000);
        rest /= 10_000;
    }
    let mut out = String::new();
    // A zero is owed when zeros were skipped since the last digit written.
    let mut zero_pending = false;
    for (i, &section) in sections.iter().enumerate().rev() {
        if section == 0 {
            zero_pending = !out.is_empty();
            continue;
        }
        if !out.is_empty() && section < 1000 {
            zero_pending = true;
        }
        if zero_pending {
            out.push('零');
            zero_pending = false;
        }
        out.push_str(&section_of_four(section, &DIGITS, UNITS, false));
        out.push_str(SECTIONS[i]);
        if i == 3 && sections[2] == 0 {
            // 万亿: the fourth section counts ten-thousands of 亿; its 亿 is written
            // once, after the third section when that one has digits.
            out.push('亿');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    /// Money straight from a decimal: sums may exceed what an input may state.
    fn money(amount: &str) -> Money {
        Money::new(Decimal::from_str(amount).unwrap())
    }

    fn case(amount: &str, want: &str) {
        let money = money(amount);
        assert_eq!(capital(money).unwrap(), want, "{amount}");
    }

    #[test]
    fn whole_yuan_end_with_zheng() {
        case("2490", "贰仟肆佰玖拾元整");
        case("2490.00", "贰仟肆佰玖拾元整");
        case("1", "壹元整");
        case("10", "壹拾元整");
        case("15", "壹拾伍元整");
        case("100", "壹佰元整");
        case("300", "叁佰元整");
        case("1100", "壹仟壹佰元整");
        case("3000", "叁仟元整");
    }

    #[test]
    fn jiao_and_fen() {
        case("0.5", "伍角");
        case("0.05", "伍分");
        case("0.25", "贰角伍分");
        case("1409.50", "壹仟肆佰零玖元伍角");
        case("1005.05", "壹仟零伍元零伍分");
        case("325.04", "叁佰贰拾伍元零肆分");
        case("16409.02", "壹万陆仟肆佰零玖元零贰分");
        case("6007.14", "陆仟零柒元壹角肆分");
        case("1680.32", "壹仟陆佰捌拾元叁角贰分");
        case("0", "零元整");
        case("0.00", "零元整");
    }

    #[test]
    fn zeros_across_sections() {
        case("100000", "壹拾万元整");
        case("10005", "壹万零伍元整");
        case("10500", "壹万零伍佰元整");
        case("15000", "壹万伍仟元整");
        case("107000.53", "壹拾万柒仟元伍角叁分");
        case("1000001", "壹佰万零壹元整");
        case("1001000", "壹佰万壹仟元整");
        case("100000000", "壹亿元整");
        case("100000005", "壹亿零伍元整");
        case("100010000", "壹亿零壹万元整");
        // A zero section after the 亿 owes a 零 before the next digits.
        case("100001000", "壹亿零壹仟元整");
        case("120000000", "壹亿贰仟万元整");
        case("300000", "叁拾万元整");
        case("3280040", "叁佰贰拾捌万零肆拾元整");
        case(
            "1234567890123",
            "壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元整",
        );
        case("1000000000000", "壹万亿元整");
        case("123450000000", "壹仟贰佰叁拾肆亿伍仟万元整");
        case("1234500000000", "壹万贰仟叁佰肆拾伍亿元整");
        case("1000500000000", "壹万零伍亿元整");
    }

    #[test]
    fn refuses_what_it_cannot_write() {
        let m = money;
        assert_eq!(capital(m("-1")), Err(CapitalError::Negative(m("-1"))));
        assert_eq!(capital(m("1.005")), Err(CapitalError::BelowFen(m("1.005"))));
        assert!(matches!(
            capital(m("10000000000000000")),
            Err(CapitalError::TooLarge(_))
        ));
        // Trailing zeros beyond the fen are not parts of a fen.
        assert_eq!(capital(m("1.5000")).unwrap(), "壹元伍角");
    }

    /// Reads capital numerals back, independently of how they were written.
    fn read_back(text: &str) -> u64 {
        let mut total = 0u64; // in fen
        let mut section = 0u64;
        let mut yi_part = 0u64;
        let mut d = 0u64;
        for ch in text.chars() {
            if let Some(v) = DIGITS.iter().position(|c| *c == ch) {
                d = v as u64;
                continue;
            }
            match ch {
                '拾' => section += d * 10,
                '佰' => section += d * 100,
                '仟' => section += d * 1000,
                '万' => {
                    section = (section + d) * 10_000;
                    yi_part += section;
                    section = 0;
                }
                '亿' => {
                    yi_part = (yi_part + section + d) * 100_000_000;
                    section = 0;
                }
                '元' => {
                    total += (yi_part + section + d) * 100;
                    section = 0;
                    yi_part = 0;
                }
                '角' => total += d * 10,
                '分' => total += d,
                '整' => {}
                other => panic!("unexpected {other} in {text}"),
            }
            d = 0;
        }
        total
    }

    proptest::proptest! {
        #[test]
        fn reads_back_to_the_same_amount(fen in 0u64..1_000_000_000_000_000_000u64) {
            let money = Money::new(Decimal::new(i64::try_from(fen).unwrap(), 2));
            let text = capital(money).unwrap();
            proptest::prop_assert_eq!(read_back(&text), fen, "{}", text);
            proptest::prop_assert!(!text.contains("零零"), "{}", text);
            proptest::prop_assert!(!text.starts_with('零') || fen == 0, "{}", text);
        }
    }
}
