//! Unit tests of the pay adjustments (工资调整办法) and the table in force.

use super::*;
use crate::rounding::RoundingMode;
use crate::{Period, Schedule};
use rust_decimal_macros::dec;

const HEAD: &str = r#"
[schedule]
title = "调整测试"
scope = "enterprise"
employer = "甲公司"
union = "甲公司工会"
region = "331081"
effective = 2026-01-01
expires = 2027-12-31

[[grade]]
name = "初"
pay = ["2000.00", "3000.10"]

[[grade]]
name = "高"
pay = ["5000.00"]
"#;

fn schedule(extra: &str) -> Schedule {
    Schedule::parse("s.toml", &format!("{HEAD}{extra}")).unwrap()
}

fn error(extra: &str) -> String {
    Schedule::parse("s.toml", &format!("{HEAD}{extra}"))
        .unwrap_err()
        .to_string()
}

fn pay(s: &Schedule, period: &str, grade: usize, step: u32) -> Money {
    let period: Period = period.parse().unwrap();
    s.table_for(period).unwrap()[grade].pay_at(step).unwrap()
}

fn money(x: rust_decimal::Decimal) -> Money {
    Money::new(x)
}

#[test]
fn a_raise_from_the_first_or_the_last_day_of_a_month_pays_that_month() {
    // The table in force on the month's last day pays the month.
    let first = schedule("[[adjustment]]\nfrom = 2027-01-01\namount = \"100.00\"\n");
    assert_eq!(pay(&first, "2026-12", 0, 1), money(dec!(2000.00)));
    assert_eq!(pay(&first, "2027-01", 0, 1), money(dec!(2100.00)));
    let last = schedule("[[adjustment]]\nfrom = 2027-01-31\namount = \"100.00\"\n");
    assert_eq!(pay(&last, "2027-01", 0, 1), money(dec!(2100.00)));
    // From the first of the next month: not yet in January.
    let next = schedule("[[adjustment]]\nfrom = 2027-02-01\namount = \"100.00\"\n");
    assert_eq!(pay(&next, "2027-01", 0, 1), money(dec!(2000.00)));
    assert_eq!(pay(&next, "2027-02", 0, 1), money(dec!(2100.00)));
    // Without an adjustment in force the written table is borrowed, not copied.
    let p: Period = "2026-06".parse().unwrap();
    assert!(matches!(next.table_for(p).unwrap(), Cow::Borrowed(_)));
}

#[test]
fn a_percentage_raise_has_its_minimum_amount() {
    let s = schedule("[[adjustment]]\nfrom = 2027-01-01\npercent = \"3%\"\nminimum = \"100.00\"\n");
    // 2000.00 x 3% = 60.00, below the minimum: 100.00.
    assert_eq!(pay(&s, "2027-01", 0, 1), money(dec!(2100.00)));
    // 3000.10 x 3% = 90.003 -> 90.00, below: 100.00.
    assert_eq!(pay(&s, "2027-01", 0, 2), money(dec!(3100.10)));
    // 5000.00 x 3% = 150.00, above it: 150.00.
    assert_eq!(pay(&s, "2027-01", 1, 1), money(dec!(5150.00)));
    // At exactly the minimum: 100.00 either way.
    let edge =
        schedule("[[adjustment]]\nfrom = 2027-01-01\npercent = \"5%\"\nminimum = \"100.00\"\n");
    assert_eq!(pay(&edge, "2027-01", 0, 1), money(dec!(2100.00)));
}

#[test]
fn a_half_fen_raise_is_rounded_by_the_schedule_s_one_strategy() {
    // 3000.10 x 5% = 150.005 exactly, a tie.
    let up = schedule("[[adjustment]]\nfrom = 2027-01-01\npercent = \"5%\"\n");
    assert_eq!(pay(&up, "2027-01", 0, 2), money(dec!(3150.11)));
    let even = schedule(
        "[rounding]\nmode = \"half-even\"\n[[adjustment]]\nfrom = 2027-01-01\npercent = \"5%\"\n",
    );
    assert_eq!(even.rounding.mode, RoundingMode::HalfEven);
    assert_eq!(pay(&even, "2027-01", 0, 2), money(dec!(3150.10)));
}

#[test]
fn raises_compound_in_date_order() {
    let s = schedule(
        "[[adjustment]]\nfrom = 2026-07-01\npercent = \"10%\"\n\
         [[adjustment]]\nfrom = 2027-01-01\namount = \"50.00\"\n",
    );
    assert_eq!(pay(&s, "2026-06", 1, 1), money(dec!(5000.00)));
    assert_eq!(pay(&s, "2026-07", 1, 1), money(dec!(5500.00)));
    assert_eq!(pay(&s, "2027-01", 1, 1), money(dec!(5550.00)));
    let chain = raise_chain(
        Money::from(5000),
        in_force(&s.adjustments, "2027-03-31".parse().unwrap()),
        s.rounding,
    )
    .unwrap();
    let steps: Vec<_> = chain.iter().map(|r| (r.before, r.raise, r.after)).collect();
    assert_eq!(
        steps,
        [
            (Money::from(5000), Money::from(500), Money::from(5500)),
            (Money::from(5500), money(dec!(50.00)), money(dec!(5550.00))),
        ]
    );
}

#[test]
fn a_guideline_raise_takes_the_base_line_of_its_year_from_the_standards() {
    let mut s =
        schedule("[[adjustment]]\nfrom = 2027-01-01\nguideline = \"base\"\nminimum = \"150.00\"\n");
    let january: Period = "2027-01".parse().unwrap();
    // Before the standards are read the raise is open, and a month it is in
    // force for cannot be paid; a month before it can.
    assert_eq!(s.open_guideline(january), Some(&s.adjustments[0]));
    assert_eq!(
        s.table_for(january).unwrap_err(),
        AdjustError::Unresolved {
            from: "2027-01-01".parse().unwrap(),
            year: 2027
        }
    );
    assert_eq!(pay(&s, "2026-12", 0, 1), money(dec!(2000.00)));
    let standards = crate::standards::Standards::parse(
        "g.toml",
        "[[wage_guideline]]\nyear = 2026\nregion = \"33\"\nsource = \"t\"\nbase = \"9%\"\nupper = \"12%\"\nlower = \"3%\"\n\
         [[wage_guideline]]\nyear = 2027\nregion = \"33\"\nsource = \"t\"\nbase = \"6%\"\nupper = \"10%\"\nlower = \"2%\"\n",
    )
    .unwrap();
    s.resolve_guidelines(&standards);
    assert_eq!(s.open_guideline(january), None);
    // 2000 x 6% = 120, below 150: 150. 5000 x 6% = 300.
    assert_eq!(pay(&s, "2027-01", 0, 1), money(dec!(2150.00)));
    assert_eq!(pay(&s, "2027-01", 1, 1), money(dec!(5300.00)));
    assert!(s.adjustments[0].describe().contains("6%"));
}

#[test]
fn bad_adjustments_are_refused_at_their_table() {
    let e = error("[[adjustment]]\nfrom = 2026-01-01\npercent = \"5%\"\n");
    assert!(e.contains("after the schedule takes effect"), "{e}");
    assert!(e.contains("at s.toml:18:"), "{e}");
    let e = error("[[adjustment]]\nfrom = 2028-01-01\npercent = \"5%\"\n");
    assert!(e.contains("no later than it expires"), "{e}");
    let e = error("[[adjustment]]\nfrom = 2027-01-01\npercent = \"5%\"\namount = \"1.00\"\n");
    assert!(e.contains("exactly one of"), "{e}");
    let e = error("[[adjustment]]\nfrom = 2027-01-01\n");
    assert!(e.contains("exactly one of"), "{e}");
    let e = error("[[adjustment]]\nfrom = 2027-01-01\namount = \"1.00\"\nminimum = \"1.00\"\n");
    assert!(e.contains("minimum goes with percent"), "{e}");
    let e = error("[[adjustment]]\nfrom = 2027-01-01\npercent = \"0%\"\n");
    assert!(e.contains("above zero"), "{e}");
    let e = error("[[adjustment]]\nfrom = 2027-01-01\namount = \"1.005\"\n");
    // Caught first by the schedule's money rule: at most two places.
    assert!(e.contains("3 decimal places"), "{e}");
    let e = error(
        "[[adjustment]]\nfrom = 2027-01-01\npercent = \"5%\"\n\
         [[adjustment]]\nfrom = 2027-01-01\npercent = \"5%\"\n",
    );
    assert!(e.contains("date order"), "{e}");
    let e = error("[[adjustment]]\nfrom = 2027-01-01\npercent = 5\n");
    assert!(e.contains("5%"), "{e}");
}

proptest::proptest! {
    /// For positive raises the table in force never falls as the date moves on:
    /// every step of every grade is at least what it was on any earlier date.
    #[test]
    fn the_table_in_force_is_monotone_with_the_date(
        raises in proptest::collection::vec((1u32..700, 0u32..3, 1i64..50_000, proptest::option::of(1i64..50_000)), 0..5),
        pays in proptest::collection::vec(0i64..2_000_000, 1..6),
        a in 0u32..730,
        b in 0u32..730,
        half_even in proptest::bool::ANY,
    ) {
        let start: NaiveDate = "2026-01-01".parse().unwrap();
        let mut days: Vec<u32> = raises.iter().map(|r| r.0).collect();
        days.sort_unstable();
        days.dedup();
        let adjustments: Vec<Adjustment> = days
            .iter()
            .zip(&raises)
            .map(|(&day, &(_, kind, n, minimum))| Adjustment {
                from: start + chrono::Days::new(u64::from(day)),
                raise: match kind {
                    0 => Raise::Percent(Rate::from_percent(rust_decimal::Decimal::new(n, 3))),
                    1 => Raise::Amount(Money::new(rust_decimal::Decimal::new(n, 2))),
                    _ => Raise::Guideline(Some(GuidelineRate {
                        year: 2027,
                        rate: Rate::from_percent(rust_decimal::Decimal::new(n, 4)),
                        source: String::new(),
                    })),
                },
                minimum: if kind == 1 { None } else { minimum.map(|m| Money::new(rust_decimal::Decimal::new(m, 2))) },
            })
            .collect();
        let grades = vec![Grade {
            name: "g".into(),
            aliases: Vec::new(),
            pay: pays.iter().map(|&p| Money::new(rust_decimal::Decimal::new(p, 2))).collect(),
            form: crate::schedule::StepForm::Table,
        }];
        let rounding = Rounding {
            mode: if half_even { RoundingMode::HalfEven } else { RoundingMode::HalfUp },
            scale: 2,
        };
        let (early, late) = (start + chrono::Days::new(u64::from(a.min(b))), start + chrono::Days::new(u64::from(a.max(b))));
        let before = table_in_force(&grades, &adjustments, early, rounding).unwrap();
        let after = table_in_force(&grades, &adjustments, late, rounding).unwrap();
        for (x, y) in before[0].pay.iter().zip(&after[0].pay) {
            proptest::prop_assert!(x <= y, "{x} on {early} > {y} on {late}");
        }
        for (x, y) in grades[0].pay.iter().zip(&before[0].pay) {
            proptest::prop_assert!(x <= y, "the written {x} > {y} in force");
        }
    }
}
