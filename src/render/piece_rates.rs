//! The piece rates (计件单价) and work quotas (劳动定额) of 浙江省集体合同条例
//! Art 19's first item, as the contract's quota clause tables them. A unit rate
//! is printed exactly (1.245元 stays 1.245元): it is multiplied by the pieces
//! made, and rounding it to the fen would change every worker's pay.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::schedule::PieceRate;
use crate::{Money, Schedule};

/// One `[[piece_rate]]` in a document's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PieceRateView {
    /// The product or operation the rate pays for.
    pub name: String,
    /// 件, 台, 票.
    pub unit: String,
    /// The rate per unit, exact, with at least two decimals: 1.245, 1.30.
    pub rate: String,
    /// The grades paid another rate: 高级工1.50元/件；技师1.80元/件. Empty if none.
    pub by_grade: String,
    /// Units a month in legal hours, or null where none is agreed.
    pub quota: Option<String>,
    /// The post the quota binds, or null for every post.
    pub post: Option<String>,
}

/// The schedule's piece rates, in its order.
pub fn piece_rates(schedule: &Schedule) -> Vec<PieceRateView> {
    schedule.piece_rates.iter().map(view).collect()
}

fn view(p: &PieceRate) -> PieceRateView {
    let by_grade: Vec<String> = p
        .by_grade
        .0
        .iter()
        .map(|(grade, rate)| format!("{grade}{}元/{}", unit_rate(Money::new(*rate)), p.unit))
        .collect();
    PieceRateView {
        name: p.name.clone(),
        unit: p.unit.clone(),
        rate: unit_rate(p.rate),
        by_grade: by_grade.join("；"),
        quota: p.quota.map(number),
        post: p.post.clone(),
    }
}

/// An exact rate with at least two decimals.
pub fn unit_rate(m: Money) -> String {
    let d = m.amount().normalize();
    if d.scale() < 2 {
        format!("{d:.2}")
    } else {
        d.to_string()
    }
}

fn number(d: Decimal) -> String {
    d.normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_rates_are_exact() {
        let m = |s: &str| s.parse::<Money>().unwrap();
        assert_eq!(unit_rate(m("1.245")), "1.245");
        assert_eq!(unit_rate(m("1.3")), "1.30");
        assert_eq!(unit_rate(m("2")), "2.00");
        assert_eq!(unit_rate(m("0.0125")), "0.0125");
    }
}
