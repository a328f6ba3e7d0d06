//! Rewriting a schedule file with new grade pay, and nothing else: comments,
//! allowances, layout and the form of each amount (string or integer, places)
//! are kept, because the file is a negotiating document people have annotated.
//! Uses `toml_edit`, the format-preserving editor by the authors of `toml`.

use rust_decimal::Decimal;
use toml_edit::{DocumentMut, Item, TableLike, Value};

use crate::propose::{GradePay, Ladder};
use crate::{Money, Schedule};

/// Why the file could not be rewritten.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RewriteError {
    /// The schedule file is not TOML that can be edited; holds the reason.
    #[error("{}", crate::t!("propose-rewrite-parse", error = .0.as_str()))]
    Parse(String),
    /// The file has no `[[grade]]` tables.
    #[error("{}", crate::t!("propose-rewrite-no-grades"))]
    NoGrades,
    /// The file has another number of grades than the schedule read from it.
    #[error("{}", crate::t!("propose-rewrite-count", found = *found, expected = *expected))]
    Count {
        /// The grades in the file.
        found: usize,
        /// The grades in the schedule.
        expected: usize,
    },
    /// A grade's pay is not written in the form the proposal keeps.
    #[error("{}", crate::t!("propose-rewrite-form", index = *index, what = *what))]
    Form {
        /// The grade's place in the file, from 1.
        index: usize,
        /// What was expected: a `pay` array, or as many entries as steps.
        what: &'static str,
    },
    /// The rewritten file does not load as a schedule; holds the reason.
    #[error("{}", crate::t!("propose-rewrite-reload", error = .0.as_str()))]
    Reload(String),
    /// The rewritten file pays other amounts than the proposal.
    #[error("{}", crate::t!("propose-rewrite-mismatch", found = format!("{found:?}"), expected = format!("{expected:?}")))]
    Mismatch {
        /// The grade pay the rewritten file gives, grade by grade.
        found: Vec<Vec<Money>>,
        /// The grade pay the proposal has.
        expected: Vec<Vec<Money>>,
    },
}

/// `text` (a schedule file) with each grade's pay replaced by `ladder`, and
/// `header` (comment lines) put on top. The result is checked by loading it.
pub fn rewrite(
    file: &str,
    text: &str,
    ladder: &Ladder,
    header: &str,
) -> Result<String, RewriteError> {
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| RewriteError::Parse(e.to_string()))?;
    let mut tables: Vec<&mut dyn TableLike> = match doc.get_mut("grade") {
        Some(Item::ArrayOfTables(aot)) => aot.iter_mut().map(|t| t as &mut dyn TableLike).collect(),
        Some(Item::Value(Value::Array(array))) => array
            .iter_mut()
            .filter_map(|v| v.as_inline_table_mut().map(|t| t as &mut dyn TableLike))
            .collect(),
        _ => return Err(RewriteError::NoGrades),
    };
    if tables.len() != ladder.grades.len() {
        return Err(RewriteError::Count {
            found: tables.len(),
            expected: ladder.grades.len(),
        });
    }
    for (index, (table, pay)) in tables.iter_mut().zip(&ladder.grades).enumerate() {
        let form = |what| RewriteError::Form {
            index: index + 1,
            what,
        };
        match pay {
            GradePay::Table(cells) => {
                let array = table
                    .get_mut("pay")
                    .and_then(Item::as_array_mut)
                    .ok_or_else(|| form("a `pay` array"))?;
                if array.len() != cells.len() {
                    return Err(form("as many `pay` entries as steps"));
                }
                for (i, cell) in cells.iter().enumerate() {
                    let new = array.get(i).map(|old| amount_like(old, *cell));
                    if let Some(new) = new {
                        // `replace` keeps the element's whitespace and comments.
                        array.replace(i, new);
                    }
                }
            }
            GradePay::Linear {
                base, increment, ..
            } => {
                set_amount(*table, "base", *base).ok_or_else(|| form("a `base` amount"))?;
                if set_amount(*table, "increment", *increment).is_none()
                    && !increment.amount().is_zero()
                {
                    table.insert("increment", Item::Value(Value::from(plain(*increment))));
                }
            }
        }
    }
    let out = format!("{header}{doc}");
    let reloaded = Schedule::parse(file, &out).map_err(|e| RewriteError::Reload(e.to_string()))?;
    let found = Ladder::of(&reloaded);
    if found.cells() != ladder.cells() {
        return Err(RewriteError::Mismatch {
            found: found.cells(),
            expected: ladder.cells(),
        });
    }
    Ok(out)
}

/// Replaces the amount under `key`, keeping its decoration; `None` if absent.
fn set_amount(table: &mut dyn TableLike, key: &str, amount: Money) -> Option<()> {
    let value = table.get_mut(key)?.as_value_mut()?;
    let decor = value.decor().clone();
    *value = amount_like(value, amount);
    *value.decor_mut() = decor;
    Some(())
}

/// `amount` written the way `old` was: an integer stays an integer when it can,
/// a string keeps at least its number of decimal places ("3100.00").
pub(crate) fn amount_like(old: &Value, amount: Money) -> Value {
    let d = amount.amount().normalize();
    match old {
        Value::Integer(_) if d.fract().is_zero() => match i64::try_from(d) {
            Ok(i) => Value::from(i),
            Err(_) => Value::from(plain(amount)),
        },
        Value::String(s) => {
            let places = s
                .value()
                .trim()
                .split_once('.')
                .map_or(0, |(_, frac)| frac.len());
            let places = places.max(d.scale() as usize);
            Value::from(format!("{d:.places$}"))
        }
        _ => Value::from(plain(amount)),
    }
}

/// An amount as the shortest exact string: "2810", "2810.5".
pub(crate) fn plain(amount: Money) -> String {
    let d: Decimal = amount.amount().normalize();
    d.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"# 工资标准 (a comment that must survive)
[schedule]
title = "T"
scope = "enterprise"
employer = "E"
union = "U"
region = "331081"
effective = 2026-01-01
expires = 2026-12-31

[[grade]]
name = "初"
pay = ["2600.00", 2680,   "2760"]  # 第一档至第三档

[[grade]]
name = "中"
base = "3100"   # 起点
increment = 100
steps = 2

[[allowance]]
id = "skill"
name = "技能津贴"
category = "skill"
kind = "fixed"
amount = "100"   # 不变
"#;

    fn m(v: i64) -> Money {
        Money::from(v)
    }

    #[test]
    fn only_grade_pay_changes() {
        let ladder = Ladder {
            grades: vec![
                GradePay::Table(vec![m(2810), m(2890), m(2980)]),
                GradePay::Linear {
                    base: m(3350),
                    increment: m(110),
                    steps: 2,
                },
            ],
        };
        let out = rewrite("s.toml", TEXT, &ladder, "# proposed\n").unwrap();
        let expected = TEXT
            .replace(
                r#"pay = ["2600.00", 2680,   "2760"]"#,
                r#"pay = ["2810.00", 2890,   "2980"]"#,
            )
            .replace(r#"base = "3100"   # 起点"#, r#"base = "3350"   # 起点"#)
            .replace("increment = 100", "increment = 110");
        assert_eq!(out, format!("# proposed\n{expected}"));
    }

    #[test]
    fn a_missing_increment_is_added_only_when_needed() {
        let text = TEXT.replace("increment = 100\n", "");
        let mut ladder = Ladder {
            grades: vec![
                GradePay::Table(vec![m(2810), m(2890), m(2980)]),
                GradePay::Linear {
                    base: m(3350),
                    increment: m(10),
                    steps: 2,
                },
            ],
        };
        let out = rewrite("s.toml", &text, &ladder, "").unwrap();
        assert!(out.contains("increment = \"10\""), "{out}");
        let text = text.replace("steps = 2", "steps = 1");
        ladder.grades[1] = GradePay::Linear {
            base: m(3350),
            increment: m(0),
            steps: 1,
        };
        let out = rewrite("s.toml", &text, &ladder, "").unwrap();
        assert!(!out.contains("increment"), "{out}");
    }

    #[test]
    fn wrong_shapes_are_refused() {
        let short = Ladder {
            grades: vec![GradePay::Table(vec![m(1), m(2), m(3)])],
        };
        assert_eq!(
            rewrite("s.toml", TEXT, &short, "").unwrap_err(),
            RewriteError::Count {
                found: 2,
                expected: 1
            }
        );
        let swapped = Ladder {
            grades: vec![
                GradePay::Linear {
                    base: m(2810),
                    increment: m(10),
                    steps: 3,
                },
                GradePay::Linear {
                    base: m(3350),
                    increment: m(110),
                    steps: 2,
                },
            ],
        };
        assert!(matches!(
            rewrite("s.toml", TEXT, &swapped, "").unwrap_err(),
            RewriteError::Form { index: 1, .. }
        ));
    }
}
