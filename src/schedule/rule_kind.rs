//! `RuleKind`: what a validated allowance rule computes, with everything it needs.

use crate::exact::Table;
use crate::{Money, Rate};

/// What a rule computes, with everything it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleKind {
    /// A fixed monthly amount (team leader, shift).
    Fixed {
        /// The amount, in yuan a month.
        amount: Money,
    },
    /// An amount looked up by a roster column (certificate -> amount).
    Lookup {
        /// The roster column whose value is looked up (a certificate column).
        column: String,
        /// Value -> yuan a month; values it does not name pay 0.
        table: Table,
    },
    /// An amount by the worker's grade (Jinhua couriers: up to 1,100 a month);
    /// grades the table does not name get 0.
    ByGrade {
        /// Grade name (or alias) -> yuan a month.
        table: Table,
    },
    /// So much per full year since a date column at period end, capped (工龄).
    PerYear {
        /// The roster column with the start date (入职日期).
        column: String,
        /// The yuan a month per full year.
        amount: Money,
        /// The most it pays a month, in yuan; `None` for no cap.
        cap: Option<Money>,
    },
    /// The sum over a list column's items, capped (honours).
    ListSum {
        /// The roster column listing the items (荣誉).
        column: String,
        /// Item -> yuan a month.
        table: Table,
        /// What separates the items in the cell (`;` unless the schedule says otherwise).
        separator: char,
        /// The most it pays a month, in yuan; `None` for no cap.
        cap: Option<Money>,
    },
    /// So much per unit of count columns, capped (patents).
    PerUnit {
        /// Count column -> yuan per unit (patents, improvements).
        units: Table,
        /// The most it pays a month, in yuan; `None` for no cap.
        cap: Option<Money>,
    },
    /// A percentage of other components, rounded.
    Percent {
        /// The ids of the components it is a percentage of.
        of: Vec<String>,
        /// The percentage.
        rate: Rate,
    },
    /// An award paid monthly for `months` periods after the month of its date
    /// (Jinhua contest awards: 36 months).
    MonthlyAward {
        /// The roster column naming the award (the contest tier and rank).
        column: String,
        /// The roster column with the award's date.
        date_column: String,
        /// Award -> yuan a month.
        table: Table,
        /// How many months it is paid for.
        months: u32,
    },
    /// A one-off award paid in the period of its date.
    OneOff {
        /// The roster column with the award's date: it is paid in that month.
        date_column: String,
        /// The roster column naming the award, with `table`.
        column: Option<String>,
        /// Award -> yuan, with `column`.
        table: Option<Table>,
        /// The same amount in yuan for every award, instead of `column` and `table`.
        amount: Option<Money>,
    },
    /// A profit-sharing pool per enterprise, split by weights so the parts add up to
    /// the pool exactly.
    Pool {
        /// The pool in yuan, for every enterprise that `by_enterprise` does not name.
        amount: Money,
        /// Enterprise id -> its own pool in yuan.
        by_enterprise: Table,
        /// Grade name (or alias) -> weight; grades it does not name weigh 1.
        weights: Table,
        /// How much more each step above step 1 weighs: `"10%"`.
        step_weight: Option<Rate>,
        /// A roster column of each worker's contribution, multiplying the weight.
        weight_column: Option<String>,
    },
}
