//! The unit tests of `money.rs`, moved beside it to keep that file about one concept.

use super::*;
use crate::grouping::Misgrouped;
use rust_decimal_macros::dec;

#[test]
fn parses_plain_and_grouped_amounts() {
    assert_eq!("2490".parse::<Money>(), Ok(Money(dec!(2490))));
    assert_eq!("2,490.50".parse::<Money>(), Ok(Money(dec!(2490.50))));
    assert!("".parse::<Money>().is_err());
    assert!("两千".parse::<Money>().is_err());
}

#[test]
fn amounts_beyond_the_limit_are_refused() {
    assert_eq!(LIMIT, dec!(1_000_000_000_000));
    assert!("1000000000000".parse::<Money>().is_ok());
    assert_eq!(
        "1000000000000.01".parse::<Money>(),
        Err(MoneyParseError::TooLarge("1000000000000.01".into()))
    );
    let err = toml::from_str::<Holder>("m = 9000000000000000").unwrap_err();
    assert!(err.message().contains("1,000,000,000,000"), "{err}");
    // Too long for any decimal: still the range, not "not an amount".
    let long = "12345678901234567890123456789012";
    assert_eq!(
        long.parse::<Money>(),
        Err(MoneyParseError::TooLarge(long.into()))
    );
    let shown = MoneyParseError::TooLarge(long.into()).to_string();
    assert!(
        shown.contains("from -1,000,000,000,000 to 1,000,000,000,000"),
        "{shown}"
    );
}

#[test]
fn grouping_commas_only_in_groups_of_three() {
    assert_eq!("2,600.00".parse::<Money>(), Ok(Money(dec!(2600.00))));
    assert_eq!("12,345".parse::<Money>(), Ok(Money(dec!(12345))));
    let err = "2,6,0,0".parse::<Money>().unwrap_err();
    assert_eq!(
        err,
        MoneyParseError::Misgrouped("2,6,0,0".into(), Misgrouped::Groups)
    );
    assert!(err.to_string().contains("groups of three digits"), "{err}");
    let err = "2600,50".parse::<Money>().unwrap_err();
    assert!(err.to_string().contains("decimal comma"), "{err}");
    let zh = crate::t!(in crate::i18n::Lang::Zh; "input-misgrouped", text = "2,6,0,0");
    assert!(zh.contains("千分位逗号位置不对"), "{zh}");
}

#[test]
fn money_in_a_file_has_at_most_two_places() {
    let err = toml::from_str::<Holder>("m = \"2600.005\"").unwrap_err();
    assert!(
        err.message().contains("'2600.005' has 3 decimal places")
            && err.message().contains("write 2600.01"),
        "{err}"
    );
    // Trailing zeros are not places of money.
    let ok: Holder = toml::from_str("m = \"2600.000\"").unwrap();
    assert_eq!(ok.m, Money(dec!(2600)));
    // A rate per piece may be finer.
    #[derive(Debug, Deserialize)]
    struct Piece {
        #[serde(deserialize_with = "fine")]
        rate: Money,
    }
    let p: Piece = toml::from_str("rate = \"0.125\"").unwrap();
    assert_eq!(p.rate, Money(dec!(0.125)));
}

#[test]
fn groups_thousands() {
    assert_eq!(Money(dec!(2490)).grouped(), "2,490.00");
    assert_eq!(Money(dec!(1234567.8)).grouped(), "1,234,567.80");
    assert_eq!(Money(dec!(-1000)).grouped(), "-1,000.00");
    assert_eq!(Money(dec!(999.99)).grouped(), "999.99");
}

#[test]
fn displays_two_places_or_more() {
    assert_eq!(Money(dec!(5)).to_string(), "5.00");
    assert_eq!(Money(dec!(5.1)).to_string(), "5.10");
    assert_eq!(Money(dec!(0.05)).to_string(), "0.05");
    assert_eq!(Money(dec!(-0.5)).to_string(), "-0.50");
    assert_eq!(Money(dec!(-1234.5)).to_string(), "-1234.50");
    assert_eq!(Money(dec!(0)).to_string(), "0.00");
    assert_eq!(Money(dec!(450.060)).to_string(), "450.06");
    assert_eq!(Money(dec!(0.125)).to_string(), "0.125");
    assert_eq!(Money(dec!(1000000000000)).to_string(), "1000000000000.00");
}

proptest::proptest! {
    /// The fen fast path writes what the decimal's own two places write.
    #[test]
    fn plain_amounts_read_as_two_places(mantissa in -10_000_000_000i64..10_000_000_000, scale in 0u32..=2) {
        let d = Decimal::new(mantissa, scale);
        proptest::prop_assert_eq!(Money(d).to_string(), format!("{d:.2}"));
    }
}

#[derive(Debug, Deserialize)]
struct Holder {
    m: Money,
}

#[test]
fn a_value_of_another_kind_is_told_what_money_looks_like() {
    let err = toml::from_str::<Holder>("m = true").unwrap_err();
    assert!(
        err.message()
            .contains("money as a string such as \"2490.00\" or an integer"),
        "{err}"
    );
}

#[test]
fn unsigned_and_signed_integers_are_read_exactly_within_the_limit() {
    // JSON hands a positive integer to visit_u64, a negative one to visit_i64.
    assert_eq!(
        serde_json::from_str::<Money>("2490").unwrap(),
        Money(dec!(2490))
    );
    assert_eq!(
        serde_json::from_str::<Money>("-15").unwrap(),
        Money(dec!(-15))
    );
    let err = serde_json::from_str::<Money>(&u64::MAX.to_string()).unwrap_err();
    assert!(err.to_string().contains("beyond the range"), "{err}");
    assert!(err.to_string().contains(&u64::MAX.to_string()), "{err}");
}

#[test]
fn toml_float_is_refused_with_the_reason() {
    let err = toml::from_str::<Holder>("m = 2490.0").unwrap_err();
    assert!(err.message().contains("binary floating point"), "{err}");
    let ok: Holder = toml::from_str("m = \"2490.10\"").unwrap();
    assert_eq!(ok.m, Money(dec!(2490.10)));
    let int: Holder = toml::from_str("m = 2490").unwrap();
    assert_eq!(int.m, Money(dec!(2490)));
}

#[test]
fn a_sum_in_i64_fen_is_the_i128_sum() {
    let mut negative_zero = Decimal::new(0, 1);
    negative_zero.set_sign_negative(true);
    let m = |v: i64, scale: u32| Money(Decimal::new(v, scale));
    let sheets: [&[Money]; 8] = [
        &[],
        &[Money::ZERO, Money(negative_zero)],
        &[m(4230, 0), m(7001, 2), m(-35, 1), m(0, 2)],
        &[m(i64::MAX, 2), m(1, 2)],
        &[m(i64::MIN, 2), m(-1, 2)],
        &[m(i64::MAX / 100, 0), m(i64::MAX / 100, 0)],
        &[m(i64::MAX, 0)],
        &[m(1, 2), m(125, 3), m(-1, 0)],
    ];
    for sheet in sheets {
        let got = Money::checked_sum(sheet).map(|s| s.0.serialize());
        assert_eq!(
            got,
            Money::wide_sum(sheet).map(|s| s.0.serialize()),
            "{sheet:?}"
        );
    }
    let big = [Money(Decimal::MAX), Money(Decimal::MAX)];
    assert_eq!(Money::checked_sum(&big), None);
}

#[test]
fn adding_nothing_is_rust_decimals_addition() {
    let mut negative_zero = Decimal::new(0, 3);
    negative_zero.set_sign_negative(true);
    let values = [
        Decimal::ZERO,
        Decimal::new(0, 2),
        negative_zero,
        dec!(-0.50),
        dec!(2490),
        Decimal::new(i64::MAX, 4),
        Decimal::from_i128_with_scale(1 << 95, 1),
        Decimal::MAX,
        Decimal::MIN,
    ];
    for a in values {
        for b in values {
            let got = Money(a).checked_add(Money(b)).map(|m| m.0.serialize());
            assert_eq!(
                got,
                a.checked_add(b).map(|d| d.serialize()),
                "{a:?} + {b:?}"
            );
        }
    }
}

#[test]
fn the_fen_path_writes_what_the_general_path_writes() {
    let mut negative_zero = Decimal::new(0, 2);
    negative_zero.set_sign_negative(true);
    let fen_limit = i128::from(u64::MAX / 100);
    let values = [
        Decimal::ZERO,
        negative_zero,
        Decimal::new(0, 5),
        dec!(0.01),
        dec!(-0.01),
        dec!(5),
        dec!(-1234.5),
        dec!(0.125),
        dec!(-0.120),
        Decimal::new(i64::MAX, 0),
        Decimal::new(i64::MIN, 0),
        Decimal::new(i64::MAX, 2),
        Decimal::new(i64::MIN, 1),
        Decimal::from(u64::MAX),
        Decimal::from_i128_with_scale(fen_limit, 0),
        Decimal::from_i128_with_scale(fen_limit + 1, 0),
        Decimal::from_i128_with_scale(-fen_limit - 1, 1),
        Decimal::MAX,
        Decimal::MIN,
        Decimal::new(1, 28),
    ];
    for d in values {
        let (mut fast, mut general) = (String::new(), String::new());
        Money(d).write_plain(&mut fast).unwrap();
        Money(d).write_finer(&mut general).unwrap();
        assert_eq!(fast, general, "{d:?}");
    }
    // Past 18 places the fraction is rust_decimal's own text, kept whole.
    let fine = Money(Decimal::new(-1, 28)).to_string();
    assert_eq!(fine, "-0.0000000000000000000000000001");
}
