//! `Edit`: one change made in the page (a grade's pay at a step, its base,
//! increment or number of steps, an allowance's amount or cap), applied to the
//! offer's schedule file with `toml_edit` so that its comments, layout and the
//! form of every other amount stay as they were. The edited text is then loaded
//! like any schedule file, so a page's input meets the same validation.

mod allowance_fields;
mod error;
mod field;

use std::str::FromStr;

use toml_edit::{DocumentMut, Item, Table, Value};

use crate::propose::{amount_like, plain};
use crate::Money;

pub use allowance_fields::{allowance_fields, AllowanceFields};
pub use error::EditError;
pub use field::Field;

/// An amount typed in the page, as the schedule loader reads amounts.
fn amount(value: &str) -> Result<Money, EditError> {
    let m = Money::from_str(value).map_err(|_| EditError::Amount {
        value: value.chars().take(40).collect(),
    })?;
    if m.is_negative() {
        return Err(EditError::Negative {
            value: value.trim().to_string(),
        });
    }
    Ok(m)
}

/// `text` with `field` set to `value`. An empty cap removes the cap.
pub fn apply(text: &str, field: Field, value: &str) -> Result<String, EditError> {
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| EditError::Parse(e.to_string()))?;
    match field {
        Field::Pay { grade, step } => {
            let money = amount(value)?;
            let table = nth(&mut doc, "grade", grade)?;
            let array =
                table
                    .get_mut("pay")
                    .and_then(Item::as_array_mut)
                    .ok_or(EditError::NoKey {
                        table: "grade",
                        index: grade + 1,
                        key: "pay",
                    })?;
            let old = array.get(step - 1).ok_or(EditError::NoStep {
                grade: grade + 1,
                step,
            })?;
            let new = amount_like(old, money);
            array.replace(step - 1, new);
        }
        Field::Base { grade } => {
            let money = amount(value)?;
            set(
                nth(&mut doc, "grade", grade)?,
                "grade",
                grade,
                "base",
                money,
                false,
            )?;
        }
        Field::Increment { grade } => {
            let money = amount(value)?;
            let table = nth(&mut doc, "grade", grade)?;
            if !table.contains_key("base") {
                return Err(EditError::NoKey {
                    table: "grade",
                    index: grade + 1,
                    key: "base",
                });
            }
            set(table, "grade", grade, "increment", money, true)?;
        }
        Field::Steps { grade } => {
            let steps = value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|s| (1..=100).contains(s))
                .ok_or_else(|| EditError::Steps {
                    value: value.chars().take(40).collect(),
                })?;
            resize(nth(&mut doc, "grade", grade)?, grade, steps)?;
        }
        Field::Amount { allowance } => {
            let money = amount(value)?;
            set(
                nth(&mut doc, "allowance", allowance)?,
                "allowance",
                allowance,
                "amount",
                money,
                false,
            )?;
        }
        Field::Cap { allowance } => {
            let table = nth(&mut doc, "allowance", allowance)?;
            if value.trim().is_empty() {
                table.remove("cap");
            } else {
                set(table, "allowance", allowance, "cap", amount(value)?, true)?;
            }
        }
    }
    Ok(doc.to_string())
}

/// The `index`th table of the array of tables `key`.
fn nth<'d>(
    doc: &'d mut DocumentMut,
    key: &'static str,
    index: usize,
) -> Result<&'d mut Table, EditError> {
    let missing = EditError::Missing {
        table: key,
        index: index + 1,
    };
    match doc.get_mut(key) {
        Some(Item::ArrayOfTables(aot)) => aot.get_mut(index).ok_or(missing),
        Some(_) => Err(EditError::Form),
        None => Err(missing),
    }
}

/// Replaces the amount under `key`, keeping how it was written; adds it when
/// absent and `insert` allows.
fn set(
    table: &mut Table,
    name: &'static str,
    index: usize,
    key: &'static str,
    money: Money,
    insert: bool,
) -> Result<(), EditError> {
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(value) => {
            let decor = value.decor().clone();
            *value = amount_like(value, money);
            *value.decor_mut() = decor;
            Ok(())
        }
        None if insert => {
            table.insert(key, Item::Value(Value::from(plain(money))));
            Ok(())
        }
        None => Err(EditError::NoKey {
            table: name,
            index: index + 1,
            key,
        }),
    }
}

/// Sets a grade's number of steps: `steps` for a base and increment; for a
/// table, cells are cut from the end or added at the last step's increment.
fn resize(table: &mut Table, grade: usize, steps: u32) -> Result<(), EditError> {
    if table.contains_key("base") {
        match table.get_mut("steps").and_then(Item::as_value_mut) {
            Some(value) => {
                let decor = value.decor().clone();
                *value = Value::from(i64::from(steps));
                *value.decor_mut() = decor;
            }
            None => {
                table.insert("steps", Item::Value(Value::from(i64::from(steps))));
            }
        }
        return Ok(());
    }
    let no_pay = EditError::NoKey {
        table: "grade",
        index: grade + 1,
        key: "pay",
    };
    let array = table
        .get_mut("pay")
        .and_then(Item::as_array_mut)
        .ok_or(no_pay.clone())?;
    let want = steps as usize;
    while array.len() > want {
        array.remove(array.len() - 1);
    }
    while array.len() < want {
        let cells: Vec<Money> = array
            .iter()
            .map(|v| cell(v).ok_or(no_pay.clone()))
            .collect::<Result<_, _>>()?;
        let (Some(last), Some(form)) = (cells.last().copied(), array.get(array.len() - 1)) else {
            return Err(no_pay);
        };
        let step = match cells.len() {
            0 | 1 => Money::ZERO,
            n => last - cells[n - 2],
        };
        let next = amount_like(form, last + step);
        array.push_formatted(next);
    }
    Ok(())
}

/// An amount cell of a `pay` array, written as a string or an integer.
fn cell(v: &Value) -> Option<Money> {
    match v {
        Value::String(s) => Money::from_str(s.value()).ok(),
        Value::Integer(i) => Some(Money::from(*i.value())),
        _ => None,
    }
}

/// `text` with `[negotiation.vote]` set to a vote's counts; the schedule must
/// have a `[negotiation]` table (the representatives come from it).
pub fn record_vote(
    text: &str,
    total: u32,
    present: u32,
    in_favour: u32,
) -> Result<String, EditError> {
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| EditError::Parse(e.to_string()))?;
    let negotiation = doc
        .get_mut("negotiation")
        .and_then(Item::as_table_mut)
        .ok_or(EditError::Missing {
            table: "negotiation",
            index: 1,
        })?;
    let vote = negotiation
        .entry("vote")
        .or_insert(Item::Table(Table::new()));
    let Some(vote) = vote.as_table_like_mut() else {
        return Err(EditError::Form);
    };
    vote.insert("total", Item::Value(Value::from(i64::from(total))));
    vote.insert("present", Item::Value(Value::from(i64::from(present))));
    vote.insert("in_favour", Item::Value(Value::from(i64::from(in_favour))));
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"# 标准 (a comment that must survive)
[schedule]
title = "T"

[[grade]]
name = "初"
pay = ["2600.00", 2680,   "2760"]  # 三档

[[grade]]
name = "中"
base = "3100"   # 起点
increment = 100
steps = 2

[[allowance]]
id = "skill"
kind = "fixed"
amount = "100"   # 不变
"#;

    fn edit(field: &str, value: &str) -> Result<String, EditError> {
        apply(TEXT, field.parse()?, value)
    }

    #[test]
    fn a_cell_keeps_its_form_and_the_comments_stay() {
        let out = edit("grade.0.pay.2", "2700").unwrap();
        assert_eq!(out, TEXT.replace("2680,", "2700,"));
        let out = edit("grade.0.pay.1", "2650.5").unwrap();
        assert_eq!(out, TEXT.replace("\"2600.00\"", "\"2650.50\""));
        let out = edit("grade.1.base", "3,200").unwrap();
        assert_eq!(out, TEXT.replace("\"3100\"   # 起点", "\"3200\"   # 起点"));
    }

    #[test]
    fn steps_grow_at_the_last_increment_and_shrink_from_the_end() {
        let out = edit("grade.0.steps", "4").unwrap();
        assert!(
            out.contains(r#"pay = ["2600.00", 2680,   "2760", "2840"]"#),
            "{out}"
        );
        let out = edit("grade.0.steps", "1").unwrap();
        assert!(out.contains(r#"pay = ["2600.00"]"#), "{out}");
        let out = edit("grade.1.steps", "5").unwrap();
        assert!(out.contains("steps = 5"), "{out}");
        assert_eq!(
            edit("grade.1.steps", "0").unwrap_err(),
            EditError::Steps { value: "0".into() }
        );
    }

    #[test]
    fn caps_are_added_and_removed() {
        let out = edit("allowance.0.cap", "500").unwrap();
        assert!(out.contains("cap = \"500\""), "{out}");
        let back = apply(&out, "allowance.0.cap".parse().unwrap(), "").unwrap();
        assert!(!back.contains("cap"), "{back}");
        assert!(edit("allowance.0.amount", "120")
            .unwrap()
            .contains("amount = \"120\"   # 不变"));
    }

    #[test]
    fn bad_input_is_named() {
        assert!(matches!(
            edit("grade.0.pay.1", "abc"),
            Err(EditError::Amount { .. })
        ));
        assert!(matches!(
            edit("grade.0.pay.1", "-5"),
            Err(EditError::Negative { .. })
        ));
        assert_eq!(
            edit("grade.0.pay.9", "1").unwrap_err(),
            EditError::NoStep { grade: 1, step: 9 }
        );
        assert!(matches!(
            edit("grade.0.pay.0", "1"),
            Err(EditError::Field(_))
        ));
        assert!(matches!(edit("../etc", "1"), Err(EditError::Field(_))));
        assert!(matches!(
            edit("grade.7.base", "1"),
            Err(EditError::Missing { .. })
        ));
        assert!(matches!(
            edit("grade.0.base", "1"),
            Err(EditError::NoKey { key: "base", .. })
        ));
    }

    #[test]
    fn allowance_fields_read_from_the_file() {
        let f = allowance_fields(TEXT);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].amount.as_deref(), Some("100"));
        assert_eq!(f[0].cap, None);
    }

    #[test]
    fn a_vote_is_written_under_negotiation() {
        let text = format!(
            "{TEXT}\n[negotiation]\nworker_representatives = 5\nemployer_representatives = 5\n"
        );
        let out = record_vote(&text, 5, 4, 3).unwrap();
        assert!(
            out.contains("[negotiation.vote]\ntotal = 5\npresent = 4\nin_favour = 3\n"),
            "{out}"
        );
        assert!(record_vote(TEXT, 1, 1, 1).is_err());
    }
}
