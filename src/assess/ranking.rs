//! `TieBreak` and `Ranking`: how workers competing for quota places are ordered.
//! By weighted total, highest first; equal totals go to the first tie-break that
//! tells them apart, as the rules state it; employee id (then enterprise id)
//! always comes last, so the order is total and never depends on the file order.

use std::cmp::Ordering;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use toml::Spanned;

use crate::assess::Dimension;

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

impl TieBreak {
    /// The rules' `[ranking] tie_break` as written (a dimension, `employee_id`
    /// or a roster column), then employee id; `Err` the offset in the rules
    /// and the message of the first bad one.
    pub(crate) fn of_rules(
        written: Vec<Spanned<String>>,
        dimensions: &[Dimension],
    ) -> Result<Vec<TieBreak>, (usize, String)> {
        let mut tie_break: Vec<TieBreak> = Vec::new();
        for t in written {
            let name = t.get_ref().trim();
            let key = if matches!(name, "employee_id" | "工号") {
                TieBreak::EmployeeId
            } else if let Some(i) = dimensions.iter().position(|d| d.is_called(name)) {
                TieBreak::Dimension(i)
            } else if name.is_empty() {
                return Err((t.span().start, crate::t!("rules-tie-break-empty")));
            } else {
                TieBreak::Column(name.to_string())
            };
            if tie_break.contains(&key) {
                return Err((
                    t.span().start,
                    crate::t!("rules-tie-break-twice", name = name),
                ));
            }
            tie_break.push(key);
        }
        if !tie_break.contains(&TieBreak::EmployeeId) {
            tie_break.push(TieBreak::EmployeeId);
        }
        Ok(tie_break)
    }
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
