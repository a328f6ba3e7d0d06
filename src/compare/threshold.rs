//! `Threshold`: the low-pay line compare counts workers below, and where it came
//! from: an amount given with `--threshold`, or 1.2 x the monthly minimum wage in
//! force (最低工资规定 Art 12) for the base schedule's region and tier.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::{Money, Rounding};

/// The usual low-pay line as a multiple of the monthly minimum wage: 1.2.
pub const MINIMUM_WAGE_MULTIPLE: Decimal = Decimal::from_parts(12, 0, 0, false, 1);

/// The low-pay threshold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Threshold {
    /// The threshold, in yuan a month.
    pub amount: Money,
    /// Where it came from.
    pub basis: ThresholdBasis,
}

/// Where a threshold came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "from", rename_all = "kebab-case")]
pub enum ThresholdBasis {
    /// Given as an amount (`--threshold`).
    Given,
    /// `multiple` x the monthly minimum wage in force in the period.
    MinimumWage {
        /// The monthly minimum wage it multiplies, in yuan.
        minimum_wage: Money,
        /// The multiple: 1.2 by default.
        multiple: Decimal,
        /// The standard, as messages name it: `浙江省 2024-01-01`.
        standard: String,
        /// The region's minimum-wage tier.
        tier: u32,
        /// The region code the minimum wage was taken for.
        region: String,
        /// The standard's source (the notice).
        source: String,
    },
}

impl Threshold {
    /// A threshold given as an amount.
    pub fn given(amount: Money) -> Threshold {
        Threshold {
            amount,
            basis: ThresholdBasis::Given,
        }
    }

    /// 1.2 x a monthly minimum wage, exactly, then rounded by `rounding` (the
    /// base schedule's). `None` beyond the range of exact decimals.
    pub fn of_minimum_wage(
        minimum_wage: Money,
        rounding: Rounding,
        standard: String,
        tier: u32,
        region: String,
        source: String,
    ) -> Option<Threshold> {
        let exact = minimum_wage.checked_mul(MINIMUM_WAGE_MULTIPLE)?;
        Some(Threshold {
            amount: rounding.apply(exact),
            basis: ThresholdBasis::MinimumWage {
                minimum_wage,
                multiple: MINIMUM_WAGE_MULTIPLE,
                standard,
                tier,
                region,
                source,
            },
        })
    }

    /// The threshold and its origin in one line: `阈值 2,988.00 = 1.2 × 最低工资
    /// 2,490.00（浙江省 2024-01-01 第 1 档，地区 331081）`.
    pub fn describe(&self) -> String {
        match &self.basis {
            // The reader of a report is not the one who typed the flag.
            ThresholdBasis::Given => {
                crate::t!("compare-threshold-given", amount = self.amount.grouped())
            }
            ThresholdBasis::MinimumWage {
                minimum_wage,
                multiple,
                standard,
                tier,
                region,
                ..
            } => crate::t!(
                "compare-threshold-minimum",
                amount = self.amount.grouped(),
                multiple = multiple.normalize().to_string(),
                minimum = minimum_wage.grouped(),
                standard = standard.to_string(),
                tier = tier.to_string(),
                region = region.to_string()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RoundingMode;

    fn of(minimum: &str, rounding: Rounding) -> Money {
        Threshold::of_minimum_wage(
            minimum.parse().unwrap(),
            rounding,
            "浙江省 2024-01-01".into(),
            1,
            "331081".into(),
            "notice".into(),
        )
        .unwrap()
        .amount
    }

    #[test]
    fn one_point_two_times_the_minimum_rounded_by_the_schedule() {
        // Zhejiang 2024 tiers: 2,490 / 2,260 / 2,010 -> 2,988 / 2,712 / 2,412.
        assert_eq!(of("2490", Rounding::default()), Money::from(2988));
        assert_eq!(of("2260", Rounding::default()), Money::from(2712));
        assert_eq!(of("2010", Rounding::default()), Money::from(2412));
        // 2,490.05 x 1.2 = 2,988.06 exactly: nothing to round at the fen.
        assert_eq!(
            of("2490.05", Rounding::default()),
            "2988.06".parse().unwrap()
        );
        // 2,490.01 x 1.2 = 2,988.012: half up to the fen 2,988.01, down to the yuan
        // 2,988, up to the yuan 2,989.
        assert_eq!(
            of("2490.01", Rounding::default()),
            "2988.01".parse().unwrap()
        );
        let yuan = |mode| Rounding { mode, scale: 0 };
        assert_eq!(of("2490.01", yuan(RoundingMode::Down)), Money::from(2988));
        assert_eq!(of("2490.01", yuan(RoundingMode::Up)), Money::from(2989));
    }

    #[test]
    fn describes_where_it_came_from() {
        let t = Threshold::of_minimum_wage(
            Money::from(2490),
            Rounding::default(),
            "浙江省 2024-01-01".into(),
            1,
            "331081".into(),
            "notice".into(),
        )
        .unwrap();
        assert_eq!(
            t.describe(),
            // The library speaks English until told otherwise; the CLI's
            // goldens hold the Chinese.
            "Threshold 2,988.00 = 1.2 × minimum wage 2,490.00 (浙江省 2024-01-01 tier 1, region 331081)"
        );
        assert_eq!(
            Threshold::given(Money::from(3000)).describe(),
            "Threshold 3,000.00 (an amount given)"
        );
        let json = serde_json::to_value(&t.basis).unwrap();
        assert_eq!(json["from"], "minimum-wage");
        assert_eq!(json["minimum_wage"], "2490.00");
        assert_eq!(json["multiple"], "1.2");
        let given = serde_json::to_value(ThresholdBasis::Given).unwrap();
        assert_eq!(given, serde_json::json!({"from": "given"}));
    }
}
