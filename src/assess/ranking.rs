//! `TieBreak` and `Ranking`: how workers competing for quota places are ordered.
//! By weighted total, highest first; equal totals go to the first tie-break that
//! tells them apart, as the rules state it; employee id (then enterprise id)
//! always comes last, so the order is total and never depends on the file order.

use std::cmp::Ordering;

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// One tie-break, in the rules' order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TieBreak {
    /// The higher score in a dimension (index) first.
    Dimension(usize),
    /// A roster column: the earlier date first (longer in grade, longer service)
    /// or the larger number first.
    Column(String),
    /// The smaller employee id first.
    EmployeeId,
}

/// A value a tie-break compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// A number (a score, a count).
    Number(Decimal),
    /// A date (the earlier ranks first or last as the tie-break says).
    Date(NaiveDate),
    /// An empty cell: after every value.
    Empty,
}

impl SortKey {
    /// Compares so that the better (earlier-ranked) key is `Less`.
    pub fn rank(self, other: SortKey) -> Ordering {
        match (self, other) {
            (SortKey::Number(a), SortKey::Number(b)) => b.cmp(&a),
            (SortKey::Date(a), SortKey::Date(b)) => a.cmp(&b),
            (SortKey::Empty, SortKey::Empty) => Ordering::Equal,
            (SortKey::Empty, _) => Ordering::Greater,
            (_, SortKey::Empty) => Ordering::Less,
            // Mixed kinds cannot occur: a column's cells are checked to be one kind.
            _ => Ordering::Equal,
        }
    }
}

impl std::fmt::Display for SortKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SortKey::Number(n) => write!(f, "{}", n.normalize()),
            SortKey::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            SortKey::Empty => f.write_str("(empty)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn better_keys_come_first() {
        let d = |s: &str| SortKey::Date(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
        assert_eq!(d("2018-01-01").rank(d("2019-01-01")), Ordering::Less);
        assert_eq!(
            SortKey::Number(dec!(90)).rank(SortKey::Number(dec!(85))),
            Ordering::Less
        );
        assert_eq!(SortKey::Empty.rank(d("2019-01-01")), Ordering::Greater);
        assert_eq!(
            SortKey::Number(dec!(1)).rank(SortKey::Empty),
            Ordering::Less
        );
    }
}
