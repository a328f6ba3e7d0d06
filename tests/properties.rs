//! Property tests of the arithmetic invariants: components add up to the gross,
//! pool parts add up to the pool, rounding stays within half a unit, and no input
//! within the decimal range makes the engine panic.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};

use nengji::pay::{pool, PayEngine};
use nengji::roster::{Encoding, Roster};
use nengji::{Money, Rounding, RoundingMode, Schedule};

fn money(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

/// A schedule with every rule kind, its amounts drawn by the test.
fn schedule_text(a: &[Decimal; 6], rate: Decimal) -> String {
    format!(
        r#"
[schedule]
title = "p"
scope = "enterprise"
employer = "e"
union = "u"
region = "330100"
effective = 2026-01-01
expires = 2026-12-31

[[grade]]
name = "A"
base = "{g0}"
increment = "{g1}"
steps = 3

[[allowance]]
id = "cert"
name = "c"
category = "skill"
kind = "lookup"
column = "cert"
table = {{ x = "{l}", y = 0 }}

[[allowance]]
id = "years"
name = "s"
category = "other"
kind = "per-year"
column = "hire_date"
amount = "{y}"
cap = "{cap}"

[[allowance]]
id = "pct"
name = "p"
category = "other"
kind = "percent"
of = ["grade_pay", "cert"]
rate = "{rate}%"

[[allowance]]
id = "heat"
name = "h"
category = "other"
kind = "fixed"
amount = "{f}"
counts_toward_minimum = false

[[allowance]]
id = "pool"
name = "pool"
category = "profit-sharing"
kind = "pool"
amount = "{pool}"
step_weight = "10%"

[overtime]
base = ["grade_pay", "pct"]
"#,
        g0 = a[0],
        g1 = a[1],
        l = a[2],
        y = a[3],
        cap = a[4],
        f = a[5],
        pool = a[0],
    )
}

fn amount() -> impl Strategy<Value = Decimal> {
    (0i64..10_000_000).prop_map(money)
}

fn worker() -> impl Strategy<Value = (u32, bool, u32, u32, u32)> {
    // step, cert, hire year, weekday overtime tenths, holiday hours. Hired by
    // mid-2025, so every worker is employed in the pay month and shares the
    // pool (a pool nobody employed can share is an error, tested in the engine).
    (1u32..=3, any::<bool>(), 1980u32..2026, 0u32..800, 0u32..40)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn components_add_up_to_the_gross(
        amounts in proptest::array::uniform6(amount()),
        rate in 0i64..5000,
        workers in proptest::collection::vec(worker(), 1..12),
    ) {
        let text = schedule_text(&amounts, Decimal::new(rate, 2));
        let schedule = Schedule::parse("p.toml", &text).unwrap();
        let mut csv = String::from("employee_id,grade,step,cert,hire_date,ot_weekday_h,ot_holiday_h\n");
        for (i, (step, cert, year, wd, hd)) in workers.iter().enumerate() {
            let c = if *cert { "x" } else { "y" };
            csv.push_str(&format!("w{i},A,{step},{c},{year}-06-30,{}.{},{hd}\n", wd / 10, wd % 10));
        }
        let roster = Roster::read("p.csv", csv.as_bytes(), Encoding::Utf8, &schedule).unwrap();
        let engine = PayEngine::new(&schedule, "2026-01".parse().unwrap());
        let sheets = engine.compute_all(&roster.workers).unwrap();
        let mut pool_total = Money::ZERO;
        for sheet in &sheets {
            let sum: Money = sheet.components.iter().copied().sum();
            prop_assert_eq!(sum, sheet.gross);
            prop_assert!(sheet.minimum_wage_base <= sheet.gross);
            prop_assert!(sheet.components.iter().all(|c| c.amount().scale() <= 2 || c.amount().normalize().scale() <= 2));
            pool_total += sheet.components[5];
        }
        prop_assert_eq!(pool_total, Money::new(amounts[0]));
    }

    #[test]
    fn pool_parts_add_up_to_the_pool(
        cents in 0i64..10_000_000_000,
        weights in proptest::collection::vec(0u32..1000, 1..60),
        scale in 0u32..3,
    ) {
        let rounding = Rounding { scale, ..Rounding::default() };
        let pool_amount = rounding.apply(money(cents));
        let w: Vec<Decimal> = weights.iter().map(|x| Decimal::from(*x)).collect();
        let parts = pool::split(pool_amount, &w, rounding);
        let total: Decimal = w.iter().sum();
        let sum: Money = parts.iter().copied().sum();
        if total.is_zero() {
            prop_assert_eq!(sum, Money::ZERO);
        } else {
            prop_assert_eq!(sum, pool_amount);
            let unit = Decimal::new(1, scale);
            for (part, weight) in parts.iter().zip(&w) {
                let exact = pool_amount.amount() * weight / total;
                prop_assert!((part.amount() - exact).abs() < unit, "{} vs {}", part, exact);
            }
        }
    }

    #[test]
    fn money_orders_as_the_decimal_whatever_the_scales(
        a in -10_000_000_000_000_000i64..10_000_000_000_000_000,
        b in -10_000_000_000_000_000i64..10_000_000_000_000_000,
        scale_a in 0u32..6,
        same_scale in any::<bool>(),
        scale_b in 0u32..6,
    ) {
        // Same-scale amounts take the mantissa fast path; the rest the general one.
        let scale_b = if same_scale { scale_a } else { scale_b };
        let (x, y) = (Decimal::new(a, scale_a), Decimal::new(b, scale_b));
        prop_assert_eq!(Money::new(x).cmp(&Money::new(y)), x.cmp(&y));
        prop_assert_eq!(Money::new(x).min(Money::new(y)).amount(), x.min(y));
    }

    #[test]
    fn money_prints_as_the_decimal_with_at_least_two_places(
        mantissa in -10_000_000_000_000_000i64..10_000_000_000_000_000,
        scale in 0u32..8,
    ) {
        // The reference: rust_decimal's own printing, trailing zeros dropped to
        // two places and no fewer.
        let exact = Decimal::new(mantissa, scale);
        let mut expected = exact.normalize();
        expected.rescale(expected.scale().max(2));
        let printed = Money::new(exact).to_string();
        prop_assert_eq!(&printed, &expected.to_string());
        prop_assert_eq!(printed.parse::<Decimal>().unwrap(), exact);
    }

    #[test]
    fn rounding_agrees_with_rust_decimal_in_every_mode(
        mantissa in any::<i64>(),
        wide in any::<bool>(),
        scale in 0u32..28,
        places in 0u32..4,
        mode in 0usize..4,
    ) {
        let modes = [
            (RoundingMode::HalfUp, RoundingStrategy::MidpointAwayFromZero),
            (RoundingMode::HalfEven, RoundingStrategy::MidpointNearestEven),
            (RoundingMode::Down, RoundingStrategy::ToZero),
            (RoundingMode::Up, RoundingStrategy::AwayFromZero),
        ];
        let (mode, strategy) = modes[mode];
        // Up to 96 bits of mantissa, the most a Decimal holds.
        let m = if wide { i128::from(mantissa) << 32 } else { i128::from(mantissa) };
        let exact = Decimal::from_i128_with_scale(m, scale);
        let rounding = Rounding { mode, scale: places };
        let expected = exact.round_dp_with_strategy(places, strategy);
        prop_assert_eq!(rounding.apply(exact).amount(), expected);
        prop_assert_eq!(rounding.apply(exact).amount().scale(), expected.scale());
    }

    #[test]
    fn a_quotient_is_the_exact_one_rounded_once(
        numerator in -10_000_000_000_000i64..10_000_000_000_000,
        n_scale in 0u32..4,
        denominator in 1i64..100_000,
        d_scale in 0u32..3,
        negative in any::<bool>(),
    ) {
        let n = Decimal::new(numerator, n_scale);
        let d = Decimal::new(if negative { -denominator } else { denominator }, d_scale);
        let rounding = Rounding::default();
        let q = rounding.quotient(n, d).unwrap().amount();
        // Exact: within half a fen of n / d, and the nearer fen on a tie away from zero.
        let error = q * d - n; // q*d - n = (q - n/d) * d
        let half = Decimal::new(5, 3) * d.abs();
        prop_assert!(error.abs() <= half, "{n} / {d} -> {q}");
        if error.abs() == half {
            prop_assert!(q.abs() * d.abs() > n.abs(), "a tie goes away from zero: {n} / {d} -> {q}");
        }
        prop_assert_eq!(rounding.quotient(n, Decimal::ZERO), None);
    }

    #[test]
    fn a_sum_in_fen_is_the_decimal_sum(
        amounts in proptest::collection::vec((-1_000_000_000_000i64..1_000_000_000_000, 0u32..4), 0..20),
    ) {
        let amounts: Vec<Money> = amounts
            .iter()
            .map(|(m, s)| Money::new(Decimal::new(*m, *s)))
            .collect();
        let expected = amounts.iter().fold(Decimal::ZERO, |sum, a| sum + a.amount());
        prop_assert_eq!(Money::checked_sum(&amounts).unwrap().amount(), expected);
    }

    #[test]
    fn half_up_is_within_half_a_fen(mantissa in any::<i64>(), scale in 0u32..10) {
        let exact = Decimal::new(mantissa, scale);
        let rounded = Rounding::default().apply(exact).amount();
        prop_assert!((rounded - exact).abs() <= Decimal::new(5, 3));
    }

    #[test]
    fn inputs_at_the_limits_compute_without_overflow(
        big in 0i64..=1_000_000_000_000,
        hours in 0u64..=744,
    ) {
        let amounts = [Decimal::from(big); 6];
        let text = schedule_text(&amounts, Decimal::from(big % 100_000));
        let schedule = Schedule::parse("p.toml", &text).unwrap();
        let csv = format!("employee_id,grade,step,cert,hire_date,ot_weekday_h\nw,A,3,x,1900-01-01,{hours}\n");
        let roster = Roster::read("p.csv", csv.as_bytes(), Encoding::Utf8, &schedule).unwrap();
        let engine = PayEngine::new(&schedule, "2026-01".parse().unwrap());
        // Inputs are bounded (money 1e12, hours 744), so nothing overflows.
        let sheets = engine.compute_all(&roster.workers).unwrap();
        prop_assert_eq!(sheets[0].components.iter().copied().sum::<Money>(), sheets[0].gross);
    }
}
