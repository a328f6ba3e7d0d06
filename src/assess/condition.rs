//! `Condition`: a prerequisite that any roster column can express, written
//! `{ column = "贡献系数", op = ">=", value = "1.00" }`.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize};

use crate::roster::parse_date;

/// How a cell is compared with the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
pub enum Op {
    /// `>=`: at least the value (numbers, dates, or certificate levels).
    #[serde(rename = ">=")]
    AtLeast,
    /// `<=`: at most the value.
    #[serde(rename = "<=")]
    AtMost,
    /// `>`: strictly above the value.
    #[serde(rename = ">")]
    Above,
    /// `<`: strictly below the value.
    #[serde(rename = "<")]
    Below,
    /// `=`: equal to the value.
    #[serde(rename = "=", alias = "==")]
    Equal,
    /// `!=`: not equal to the value.
    #[serde(rename = "!=")]
    NotEqual,
    /// `in`: one of the values.
    #[serde(rename = "in")]
    In,
    /// `not in`: none of the values.
    #[serde(rename = "not in")]
    NotIn,
}

impl Op {
    /// The operator as the rules file writes it: `>=`, `not in`.
    pub(crate) fn symbol(self) -> &'static str {
        match self {
            Op::AtLeast => ">=",
            Op::AtMost => "<=",
            Op::Above => ">",
            Op::Below => "<",
            Op::Equal => "=",
            Op::NotEqual => "!=",
            Op::In => "in",
            Op::NotIn => "not in",
        }
    }

    /// The operator as a Chinese document writes it.
    pub fn chinese(self) -> &'static str {
        match self {
            Op::AtLeast => "≥",
            Op::AtMost => "≤",
            Op::Above => ">",
            Op::Below => "<",
            Op::Equal => "为",
            Op::NotEqual => "不为",
            Op::In => "属于",
            Op::NotIn => "不属于",
        }
    }

    fn is_ordered(self) -> bool {
        matches!(self, Op::AtLeast | Op::AtMost | Op::Above | Op::Below)
    }
}

/// The value of a condition as written: one text, or a list for `in`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Operand {
    values: Vec<String>,
    list: bool,
}

impl<'de> Deserialize<'de> for Operand {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Operand, D::Error> {
        fn one<E: serde::de::Error>(v: toml::Value) -> Result<String, E> {
            match v {
                toml::Value::String(s) => Ok(s),
                toml::Value::Integer(i) => Ok(i.to_string()),
                toml::Value::Datetime(dt) if dt.time.is_none() => Ok(dt.to_string()),
                toml::Value::Float(f) => Err(E::custom(crate::t!(
                    "rules-float-operand",
                    value = crate::i18n::Arg::display(f)
                ))),
                other => Err(E::custom(crate::t!(
                    "rules-operand-kind",
                    found = other.type_str()
                ))),
            }
        }
        match toml::Value::deserialize(d)? {
            toml::Value::Array(items) => Ok(Operand {
                values: items.into_iter().map(one).collect::<Result<_, _>>()?,
                list: true,
            }),
            v => Ok(Operand {
                values: vec![one(v)?],
                list: false,
            }),
        }
    }
}

/// A condition as the rules file writes it.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConditionSpec {
    pub column: String,
    pub op: Op,
    #[schemars(with = "crate::schema::Operand")]
    pub value: Operand,
}

/// What an ordered comparison compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ordered {
    Number(Decimal),
    Date(NaiveDate),
}

impl Ordered {
    fn parse(text: &str) -> Option<Ordered> {
        let text = text.trim();
        text.parse::<Decimal>()
            .ok()
            .map(Ordered::Number)
            .or_else(|| parse_date(text).map(Ordered::Date))
    }

    fn parse_like(self, text: &str) -> Option<Ordered> {
        let text = text.trim();
        match self {
            Ordered::Number(_) => text.parse::<Decimal>().ok().map(Ordered::Number),
            Ordered::Date(_) => parse_date(text).map(Ordered::Date),
        }
    }

    fn what(self) -> String {
        match self {
            Ordered::Number(_) => crate::t!("assess-roster-kind-number"),
            Ordered::Date(_) => crate::t!("assess-roster-kind-date"),
        }
    }
}

/// A validated condition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    /// The roster column tested.
    pub column: String,
    /// How the cell is compared.
    pub op: Op,
    /// The value (or, for `in` and `not in`, the values) compared with.
    pub values: Vec<String>,
    ordered: Option<Ordered>,
}

impl Condition {
    pub(crate) fn from_spec(spec: ConditionSpec) -> Result<Condition, String> {
        let ConditionSpec { column, op, value } = spec;
        if column.trim().is_empty() {
            return Err(crate::t!("rules-condition-column"));
        }
        let mut ordered = None;
        match op {
            Op::In | Op::NotIn if value.values.is_empty() => {
                return Err(crate::t!(
                    "rules-condition-no-value",
                    column = &column,
                    op = op.symbol()
                ));
            }
            Op::In | Op::NotIn => {}
            _ if value.list => {
                return Err(crate::t!(
                    "rules-condition-one-value",
                    column = &column,
                    op = op.symbol()
                ))
            }
            _ if op.is_ordered() => {
                let text = value.values.first().map_or("", String::as_str);
                match Ordered::parse(text) {
                    Some(o) => ordered = Some(o),
                    None => {
                        return Err(crate::t!(
                            "rules-condition-unordered",
                            column = &column,
                            op = op.symbol(),
                            text = text
                        ))
                    }
                }
            }
            _ => {}
        }
        Ok(Condition {
            column,
            op,
            values: value.values,
            ordered,
        })
    }

    /// The one value of a comparison (`in` has a list).
    pub fn value(&self) -> &str {
        self.values.first().map_or("", String::as_str)
    }

    /// Why a cell cannot be compared, or `Ok` (an empty cell is allowed: it fails
    /// an ordered comparison).
    pub fn check_cell(&self, cell: &str) -> Result<(), String> {
        let cell = cell.trim();
        match self.ordered {
            Some(o) if !cell.is_empty() && o.parse_like(cell).is_none() => Err(crate::t!(
                "assess-roster-cell-not-comparable",
                text = cell,
                kind = o.what(),
                condition = self.words(crate::assess::Lang::current())
            )),
            _ => Ok(()),
        }
    }

    /// Whether a cell meets the condition.
    pub fn holds(&self, cell: &str) -> bool {
        let cell = cell.trim();
        match self.op {
            Op::Equal => same(cell, self.value()),
            Op::NotEqual => !same(cell, self.value()),
            Op::In => self.values.iter().any(|v| same(cell, v)),
            Op::NotIn => !self.values.iter().any(|v| same(cell, v)),
            Op::AtLeast | Op::AtMost | Op::Above | Op::Below => {
                let (Some(want), Some(have)) =
                    (self.ordered, self.ordered.and_then(|o| o.parse_like(cell)))
                else {
                    return false;
                };
                let ord = match (have, want) {
                    (Ordered::Number(a), Ordered::Number(b)) => a.cmp(&b),
                    (Ordered::Date(a), Ordered::Date(b)) => a.cmp(&b),
                    _ => return false,
                };
                match self.op {
                    Op::AtLeast => ord.is_ge(),
                    Op::AtMost => ord.is_le(),
                    Op::Above => ord.is_gt(),
                    _ => ord.is_lt(),
                }
            }
        }
    }

    /// The condition in `lang`: `岗位类别 in {关键类, 核心类}` (its form in the
    /// rules file) or `岗位类别 属于 关键类、核心类`.
    pub fn words(&self, lang: crate::assess::Lang) -> String {
        match lang {
            crate::assess::Lang::English => self.to_string(),
            crate::assess::Lang::Chinese => self.chinese(),
        }
    }

    /// The condition as a Chinese document writes it: `岗位类别 属于 关键类、核心类`.
    pub fn chinese(&self) -> String {
        format!(
            "{} {} {}",
            self.column,
            self.op.chinese(),
            self.values.join("、")
        )
    }
}

/// Equal as text, or as numbers (`1.0` = `1.00`), or as dates (`2026/1/1` = `2026-01-01`).
fn same(cell: &str, value: &str) -> bool {
    if cell == value {
        return true;
    }
    if let (Ok(a), Ok(b)) = (cell.parse::<Decimal>(), value.parse::<Decimal>()) {
        return a == b;
    }
    matches!((parse_date(cell), parse_date(value)), (Some(a), Some(b)) if a == b)
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.op {
            Op::In | Op::NotIn => write!(
                f,
                "{} {} {{{}}}",
                self.column,
                self.op.symbol(),
                self.values.join(", ")
            ),
            _ => write!(f, "{} {} {}", self.column, self.op.symbol(), self.value()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn condition(text: &str) -> Result<Condition, String> {
        let spec: ConditionSpec = toml::from_str(text).map_err(|e| e.to_string())?;
        Condition::from_spec(spec)
    }

    #[test]
    fn ordered_numbers_at_the_boundary() {
        let c = condition("column = '贡献系数'\nop = '>='\nvalue = '1.00'").unwrap();
        assert!(c.holds("1.00"));
        assert!(c.holds("1"));
        assert!(!c.holds("0.99"));
        assert!(!c.holds(""));
        assert!(c.check_cell("abc").is_err());
        assert!(c.check_cell("").is_ok());
        let c = condition("column = 'x'\nop = '>'\nvalue = 1").unwrap();
        assert!(!c.holds("1.00"));
        assert!(c.holds("1.01"));
        let c = condition("column = 'x'\nop = '<='\nvalue = 3").unwrap();
        assert!(c.holds("3"));
        assert!(!c.holds("3.01"));
        let c = condition("column = 'x'\nop = '<'\nvalue = 3").unwrap();
        assert!(!c.holds("3"));
        assert!(c.holds("2.99"));
    }

    #[test]
    fn ordered_dates() {
        let c = condition("column = '入职日期'\nop = '<='\nvalue = 2020-12-31").unwrap();
        assert!(c.holds("2020-12-31"));
        assert!(c.holds("2020/1/1"));
        assert!(!c.holds("2021-01-01"));
        assert!(c.check_cell("12").is_err());
    }

    #[test]
    fn equality_and_membership() {
        let c = condition("column = '岗位类别'\nop = 'in'\nvalue = ['关键类', '核心类']").unwrap();
        assert!(c.holds("核心类"));
        assert!(!c.holds("基础类"));
        assert_eq!(c.to_string(), "岗位类别 in {关键类, 核心类}");
        assert_eq!(c.chinese(), "岗位类别 属于 关键类、核心类");
        let c = condition("column = '岗位类别'\nop = 'not in'\nvalue = ['基础类']").unwrap();
        assert!(c.holds("关键类"));
        assert!(!c.holds("基础类"));
        let c = condition("column = '竞赛奖项'\nop = '='\nvalue = '国家级'").unwrap();
        assert!(c.holds("国家级"));
        assert!(!c.holds("省级一等奖"));
        let c = condition("column = '系数'\nop = '=='\nvalue = 1").unwrap();
        assert!(c.holds("1.00"));
        let c = condition("column = 'x'\nop = '!='\nvalue = '无'").unwrap();
        assert!(c.holds(""));
        assert!(!c.holds("无"));
    }

    #[test]
    fn bad_conditions_say_why() {
        let e = condition("column = 'x'\nop = '>='\nvalue = '三级'").unwrap_err();
        assert!(e.contains("min_certificate"), "{e}");
        let e = condition("column = 'x'\nop = '='\nvalue = ['a', 'b']").unwrap_err();
        assert!(e.contains("use 'in'"), "{e}");
        let e = condition("column = 'x'\nop = '>='\nvalue = 1.5").unwrap_err();
        assert!(e.contains("binary floating point"), "{e}");
        let e = condition("column = 'x'\nop = '=>'\nvalue = 1").unwrap_err();
        assert!(e.contains("unknown variant"), "{e}");
    }
}
