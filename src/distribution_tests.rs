//! The unit tests of `distribution.rs`, moved beside it to keep that file about one concept.

use super::*;
use rust_decimal_macros::dec;

fn dist(values: &[Decimal]) -> Distribution {
    Distribution::new(values.to_vec())
}

#[test]
fn percentiles_interpolate_like_excel_percentile_inc() {
    // Hand-computed: h = 3p for four values.
    let d = dist(&[dec!(4), dec!(1), dec!(3), dec!(2)]);
    assert_eq!(d.percentile(dec!(0.1)), Some(dec!(1.3))); // h = 0.3
    assert_eq!(d.percentile(dec!(0.5)), Some(dec!(2.5))); // h = 1.5
    assert_eq!(d.percentile(dec!(0.9)), Some(dec!(3.7))); // h = 2.7
    assert_eq!(d.percentile(dec!(0)), Some(dec!(1)));
    assert_eq!(d.percentile(dec!(1)), Some(dec!(4)));
    assert_eq!(d.percentile(dec!(1.1)), None);
    assert_eq!(dist(&[]).percentile(dec!(0.5)), None);
}

#[test]
fn percentiles_of_money_keep_every_place() {
    // Eleven values 2600, 2700, ..., 3600: h = 10p lands on ranks exactly.
    let d = Distribution::new(
        (0..11)
            .map(|i| dec!(2600) + Decimal::from(i * 100))
            .collect(),
    );
    assert_eq!(d.percentile(dec!(0.1)), Some(dec!(2700)));
    assert_eq!(d.percentile(dec!(0.9)), Some(dec!(3500)));
    // Five values: h = 4 x 0.1 = 0.4 -> 2490.10 + 0.4 x (2600.35 - 2490.10) = 2534.20.
    let d = dist(&[
        dec!(2490.10),
        dec!(2600.35),
        dec!(3000),
        dec!(3100),
        dec!(9000),
    ]);
    assert_eq!(d.percentile(dec!(0.1)), Some(dec!(2534.200)));
    // h = 3.6 -> 3100 + 0.6 x 5900 = 6640.
    assert_eq!(d.percentile(dec!(0.9)), Some(dec!(6640.0)));
    assert_eq!(dist(&[dec!(5)]).percentile(dec!(0.9)), Some(dec!(5)));
}

#[test]
fn gini_by_hand() {
    // Pairwise differences of 1,2,3,4 sum to 10; G = 2 x 10 / (2 x 16 x 2.5) = 0.25.
    assert_eq!(
        dist(&[dec!(1), dec!(2), dec!(3), dec!(4)]).gini(),
        Some(dec!(0.25))
    );
    assert_eq!(dist(&[dec!(3000); 5]).gini(), Some(dec!(0)));
    // All pay with one worker: (n - 1) / n.
    assert_eq!(
        dist(&[dec!(0), dec!(0), dec!(0), dec!(100)]).gini(),
        Some(dec!(0.75))
    );
    // 2000, 4000, 6000: sum (2i-4) x = -4000 + 0 + 12000 = 8000; 8000 / (3 x 12000) = 2/9.
    // Check: pairwise differences 2000 + 4000 + 2000 = 8000; 2 x 8000 / (2 x 9 x 4000) = 2/9.
    let g = dist(&[dec!(6000), dec!(2000), dec!(4000)]).gini().unwrap();
    assert_eq!(g.round_dp(10), dec!(0.2222222222));
    assert_eq!(dist(&[]).gini(), None);
    assert_eq!(dist(&[dec!(0), dec!(0)]).gini(), None);
    assert_eq!(dist(&[dec!(-1), dec!(2)]).gini(), None);
}

#[test]
fn counts_strictly_below() {
    let d = dist(&[dec!(2988), dec!(2987.99), dec!(3500), dec!(2988.01)]);
    assert_eq!(d.count_below(dec!(2988)), 1);
    assert_eq!(d.count_below(dec!(2988.01)), 2);
    assert_eq!(d.count_below(dec!(0)), 0);
    assert_eq!(d.count_below(dec!(9999)), 4);
}

#[test]
fn rank_groups() {
    // n = 8: quintile ends at 1.6, 3.2, 4.8, 6.4 -> 2, 3, 5, 6.
    let ends: Vec<usize> = (0..=5).map(|k| group_end(8, k, 5)).collect();
    assert_eq!(ends, vec![0, 2, 3, 5, 6, 8]);
    assert_eq!(group_end(200, 2, 5), 80);
    assert_eq!(group_end(200, 4, 5), 160);
    assert_eq!(group_end(1, 2, 5), 0); // 0.4 rounds down: one worker is the top group
    assert_eq!(group_end(3, 1, 2), 2); // 1.5 rounds up
}

/// The statistics straight from every value, sorted: the definitions the
/// counts must agree with.
fn exact_percentile(sorted: &[Decimal], p: Decimal) -> Decimal {
    let h = Decimal::from(sorted.len() - 1) * p;
    let j = h.floor().to_usize().unwrap();
    match sorted.get(j + 1) {
        Some(high) if h > h.floor() => sorted[j] + (h - h.floor()) * (*high - sorted[j]),
        _ => sorted[j],
    }
}

fn exact_gini(sorted: &[Decimal]) -> Option<Decimal> {
    let n = Decimal::from(sorted.len());
    let total: Decimal = sorted.iter().sum();
    if total.is_zero() {
        return None;
    }
    let mut numerator = Decimal::ZERO;
    for (i, x) in sorted.iter().enumerate() {
        numerator += (Decimal::from(2 * (i + 1)) - n - Decimal::ONE) * *x;
    }
    numerator.checked_div(n * total)
}

proptest::proptest! {
    /// Counts by fen value, gathered in parts merged in any split, give
    /// exactly the statistics of all the values: percentiles, Gini, the
    /// sum and the count below a threshold. Few distinct values, so runs of
    /// ties cross the percentile ranks.
    #[test]
    fn counts_by_value_are_exact(
        fen in proptest::collection::vec(0i64..40, 1..300),
        spread in 1i64..100_000,
        cuts in proptest::collection::vec(0usize..300, 0..6),
        threshold in 0i64..40,
        odd in proptest::collection::vec(0usize..300, 0..20),
        settled in proptest::collection::vec(proptest::bool::ANY, 7),
    ) {
        // Most values are whole fen; those at `odd` have a third place
        // (counted apart, exactly) and every tenth of those is huge.
        let values: Vec<Decimal> = fen
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let v = 250_000 + f * spread;
                match (odd.contains(&i), i % 10) {
                    (false, _) => Decimal::new(v, 2),
                    (true, 0) => Decimal::new(v, 0) * Decimal::from(10i64.pow(15)),
                    (true, _) => Decimal::new(v * 10 + 5, 3),
                }
            })
            .collect();
        let mut parts = vec![ValueCounts::default()];
        for (i, v) in values.iter().enumerate() {
            if cuts.contains(&i) {
                parts.push(ValueCounts::default());
            }
            parts.last_mut().unwrap().add(*v);
        }
        let mut all = ValueCounts::default();
        for (i, p) in parts.iter_mut().enumerate() {
            // Parts settled or not, merged into counts settled or not.
            if settled[i % 7] {
                p.settle();
            }
            all.merge(p);
            if settled[(i + 3) % 7] {
                all.settle();
            }
        }
        let d = all.distribution();
        let mut sorted = values.clone();
        sorted.sort();
        proptest::prop_assert_eq!(d.len(), sorted.len());
        for p in [dec!(0), dec!(0.1), dec!(0.25), dec!(0.5), dec!(0.9), dec!(1)] {
            proptest::prop_assert_eq!(d.percentile(p), Some(exact_percentile(&sorted, p)));
        }
        proptest::prop_assert_eq!(d.gini(), exact_gini(&sorted));
        proptest::prop_assert_eq!(d.sum(), Some(sorted.iter().sum()));
        let t = Decimal::new(250_000 + threshold * spread, 2);
        proptest::prop_assert_eq!(d.count_below(t), sorted.iter().filter(|x| **x < t).count());
        proptest::prop_assert_eq!(Distribution::new(values), d);
    }
}
