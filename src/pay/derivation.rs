//! `Derivation`: how one component of a worker's pay was reached, for `explain`.
//!
//! The JSON shape of these types is documented in the README and kept stable.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::Money;

/// One input a rule read: the column and the value in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Input {
    /// The roster column read (`证书等级`, `入职日期`).
    pub column: String,
    /// The value in it, as the roster wrote it.
    pub value: String,
}

/// One component's derivation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Derivation {
    /// Component id: `grade_pay`, an allowance id, or `overtime`.
    pub component: String,
    /// Its Chinese name.
    pub name: String,
    /// The rule kind (`grade-table`, `lookup`, `per-year`, ..., `overtime`).
    pub kind: String,
    /// The contract clause the rule implements.
    pub clause: Option<String>,
    /// The roster values the rule read, in the order read.
    pub inputs: Vec<Input>,
    /// The arithmetic, in words and figures.
    pub formula: String,
    /// The exact value before rounding, when rounding changed it.
    pub exact: Option<Decimal>,
    /// The rounding applied, when it changed the value.
    pub rounding: Option<String>,
    /// The component's amount, rounded, in yuan.
    pub amount: Money,
    /// Whether it counts toward the minimum-wage comparison (最低工资规定 Art 12).
    pub counts_toward_minimum: bool,
}

impl Derivation {
    /// Records that the rule read `value` from `column`.
    pub fn input(&mut self, column: &str, value: impl ToString) {
        self.inputs.push(Input {
            column: column.to_string(),
            value: value.to_string(),
        });
    }
}
