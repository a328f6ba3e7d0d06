//! `RankKey`: what a quota ranks a competitor by, taken out of the chunk the
//! worker was read in: the weighted total, each tie-break's value, the ids and
//! the worker's place on the roster. The quota's ranking and its tie notes
//! read only this, so a quota over the whole roster can rank workers of
//! chunks long gone, from keys kept on disk (see
//! [`roster_quota`](crate::assess::roster_quota)), exactly as it ranks the
//! workers of one chunk.

use std::cmp::Ordering;
use std::io;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::assess::{AssessmentRules, Decision, Inputs, Score, SortKey, TieBreak, TieNote};
use crate::io::external_sort::Record;

/// A competitor's ranking keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankKey {
    /// The weighted total (a competitor always has one).
    pub total: Score,
    /// Per tie-break in the rules' order: a dimension's score or a column's
    /// value (`Empty` for the employee id, which is `employee_id`).
    pub keys: Vec<SortKey>,
    /// The worker's 工号.
    pub employee_id: String,
    /// The worker's enterprise (empty when the roster has none).
    pub enterprise_id: String,
    /// The worker's place among the roster's rows (0-based): the last key,
    /// as a stable sort of the roster's workers keeps the roster's order.
    pub row: u64,
}

impl RankKey {
    /// The keys of the worker `d` decides, whose row is `row`.
    pub fn of(inputs: Inputs<'_>, d: &Decision, row: u64) -> RankKey {
        let c = &inputs.roster.candidates[d.candidate];
        let keys = inputs
            .rules
            .tie_break
            .iter()
            .enumerate()
            .map(|(t, tie)| match tie {
                TieBreak::Dimension(dim) => inputs
                    .scores
                    .row_of(d.candidate)
                    .and_then(|r| r.scores.get(*dim))
                    .map_or(SortKey::Empty, |s| SortKey::Number(s.value())),
                TieBreak::Column(_) => inputs.evidence.tie_keys[d.candidate][t],
                TieBreak::EmployeeId => SortKey::Empty,
            })
            .collect();
        RankKey {
            total: d.total.unwrap_or_default(),
            keys,
            employee_id: c.employee_id.clone(),
            enterprise_id: c.enterprise_id.clone(),
            row,
        }
    }

    /// The quota's order without the roster's: the higher total first, then the
    /// tie-breaks in the rules' order, then the enterprise id.
    pub fn order(rules: &AssessmentRules, a: &RankKey, b: &RankKey) -> Ordering {
        b.total
            .cmp(&a.total)
            .then_with(|| {
                rules
                    .tie_break
                    .iter()
                    .enumerate()
                    .map(|(t, tie)| key_order(t, tie, a, b))
                    .find(|o| o.is_ne())
                    .unwrap_or(Ordering::Equal)
            })
            .then_with(|| a.enterprise_id.cmp(&b.enterprise_id))
    }

    /// [`RankKey::order`], then the roster's order: the order a stable sort of
    /// the roster's competitors gives, total.
    pub fn order_on_roster(rules: &AssessmentRules, a: &RankKey, b: &RankKey) -> Ordering {
        RankKey::order(rules, a, b).then_with(|| a.row.cmp(&b.row))
    }

    /// Which tie-break told two equal totals apart, and with what values.
    pub fn tie_note(rules: &AssessmentRules, ours: &RankKey, theirs: &RankKey) -> TieNote {
        for (t, tie) in rules.tie_break.iter().enumerate() {
            if key_order(t, tie, ours, theirs).is_eq() {
                continue;
            }
            let (key, a, b) = match tie {
                TieBreak::Dimension(dim) => (
                    rules.dimensions[*dim].name.clone(),
                    ours.keys[t].to_string(),
                    theirs.keys[t].to_string(),
                ),
                TieBreak::Column(name) => (
                    name.clone(),
                    ours.keys[t].to_string(),
                    theirs.keys[t].to_string(),
                ),
                TieBreak::EmployeeId => (
                    "employee_id".to_string(),
                    ours.employee_id.clone(),
                    theirs.employee_id.clone(),
                ),
            };
            return TieNote {
                other: theirs.employee_id.clone(),
                key,
                ours: a,
                theirs: b,
            };
        }
        TieNote {
            other: theirs.employee_id.clone(),
            key: "enterprise_id".to_string(),
            ours: ours.enterprise_id.clone(),
            theirs: theirs.enterprise_id.clone(),
        }
    }
}

fn key_order(t: usize, tie: &TieBreak, a: &RankKey, b: &RankKey) -> Ordering {
    match tie {
        TieBreak::EmployeeId => a.employee_id.cmp(&b.employee_id),
        TieBreak::Dimension(_) | TieBreak::Column(_) => a.keys[t].rank(b.keys[t]),
    }
}

/// Kept on disk by an external sort: the total and numbers as their 16 bytes,
/// a date as its day number, the ids with their lengths.
impl Record for RankKey {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.total.value().serialize());
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        for key in &self.keys {
            match key {
                SortKey::Empty => out.push(0),
                SortKey::Number(n) => {
                    out.push(1);
                    out.extend_from_slice(&n.serialize());
                }
                SortKey::Date(d) => {
                    out.push(2);
                    out.extend_from_slice(&d.num_days_from_ce().to_le_bytes());
                }
            }
        }
        for text in [&self.employee_id, &self.enterprise_id] {
            out.extend_from_slice(&(text.len() as u32).to_le_bytes());
            out.extend_from_slice(text.as_bytes());
        }
        out.extend_from_slice(&self.row.to_le_bytes());
    }

    fn decode(bytes: &mut &[u8]) -> io::Result<RankKey> {
        let total = Score(Decimal::deserialize(take(bytes)?));
        let n = u32::from_le_bytes(take(bytes)?) as usize;
        let mut keys = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            let [tag] = take(bytes)?;
            keys.push(match tag {
                0 => SortKey::Empty,
                1 => SortKey::Number(Decimal::deserialize(take(bytes)?)),
                2 => NaiveDate::from_num_days_from_ce_opt(i32::from_le_bytes(take(bytes)?))
                    .map(SortKey::Date)
                    .ok_or_else(damaged)?,
                _ => return Err(damaged()),
            });
        }
        let mut text = || -> io::Result<String> {
            let len = u32::from_le_bytes(take(bytes)?) as usize;
            let (head, rest) = bytes.split_at_checked(len).ok_or_else(damaged)?;
            *bytes = rest;
            String::from_utf8(head.to_vec()).map_err(|_| damaged())
        };
        let employee_id = text()?;
        let enterprise_id = text()?;
        let row = u64::from_le_bytes(take(bytes)?);
        Ok(RankKey {
            total,
            keys,
            employee_id,
            enterprise_id,
            row,
        })
    }

    fn size(&self) -> usize {
        std::mem::size_of::<RankKey>()
            + self.keys.len() * std::mem::size_of::<SortKey>()
            + self.employee_id.len()
            + self.enterprise_id.len()
    }
}

/// The next `N` bytes.
pub(crate) fn take<const N: usize>(bytes: &mut &[u8]) -> io::Result<[u8; N]> {
    let (head, rest) = bytes.split_first_chunk::<N>().ok_or_else(damaged)?;
    *bytes = rest;
    Ok(*head)
}

/// A temporary file that does not read back as written.
pub(crate) fn damaged() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        crate::t!("assess-wide-temp-damaged"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn keys_read_back_as_written() {
        let key = RankKey {
            total: Score(dec!(87.125)),
            keys: vec![
                SortKey::Number(dec!(-3.5)),
                SortKey::Empty,
                SortKey::Date(NaiveDate::from_ymd_opt(2019, 3, 1).unwrap()),
            ],
            employee_id: "工号007".into(),
            enterprise_id: "E1".into(),
            row: 4_810_000,
        };
        let mut bytes = Vec::new();
        key.encode(&mut bytes);
        let mut read = bytes.as_slice();
        assert_eq!(RankKey::decode(&mut read).unwrap(), key);
        assert!(read.is_empty());
        let mut short = &bytes[..bytes.len() - 1];
        assert!(RankKey::decode(&mut short).is_err());
    }

    fn rules() -> AssessmentRules {
        let text = include_str!("../../tests/fixtures/assess/rules.toml");
        AssessmentRules::parse("rules.toml", text).unwrap()
    }

    proptest::proptest! {
        /// Keys sorted on disk in many runs come out in the order a stable
        /// sort of the roster's competitors gives, ties on every key in the
        /// roster's order.
        #[test]
        fn keys_sorted_on_disk_rank_as_in_memory(
            keys in proptest::collection::vec((0i64..6, 0i64..3, 0u32..3, 0u8..3, 0u8..2), 0..200),
            budget in 1usize..4000,
        ) {
            let rules = rules();
            let n = rules.tie_break.len();
            let all: Vec<RankKey> = keys
                .iter()
                .enumerate()
                .map(|(row, &(total, dim, date, id, ent))| RankKey {
                    total: Score(Decimal::new(total * 25, 1)),
                    keys: (0..n)
                        .map(|t| match (t, dim) {
                            (_, 0) | (2.., _) => SortKey::Empty,
                            (0, d) => SortKey::Number(Decimal::from(d)),
                            (1, _) => SortKey::Date(NaiveDate::from_ymd_opt(2019, 1, 1 + date).unwrap()),
                        })
                        .collect(),
                    employee_id: format!("W{id}"),
                    enterprise_id: format!("E{ent}"),
                    row: row as u64,
                })
                .collect();
            let mut sort = crate::io::external_sort::ExternalSort::with_budget(
                |a: &RankKey, b: &RankKey| RankKey::order_on_roster(&rules, a, b),
                budget,
            );
            for k in &all {
                sort.push(k.clone()).unwrap();
            }
            let got: Vec<RankKey> = sort.finish().unwrap().collect::<io::Result<_>>().unwrap();
            let mut want = all;
            want.sort_by(|a, b| RankKey::order(&rules, a, b));
            proptest::prop_assert_eq!(got, want);
        }
    }
}
