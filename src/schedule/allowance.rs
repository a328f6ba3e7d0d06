//! `Allowance`: one allowance or award rule (津补贴 / 奖励) of a schedule, and the
//! kinds of rule a skill-linked pay scheme (技酬挂钩) uses.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::exact::Table;
use crate::{Money, Rate};

/// The six categories Taizhou negotiates (domain.md section 2), or other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// 技术技能津补贴
    #[serde(alias = "技术技能津补贴")]
    Skill,
    /// 技能竞赛专项奖励
    #[serde(alias = "技能竞赛专项奖励")]
    Contest,
    /// 荣誉专项奖励
    #[serde(alias = "荣誉专项奖励")]
    Honour,
    /// 学历提升津补贴
    #[serde(alias = "学历提升津补贴")]
    Education,
    /// 创新创造成果奖励
    #[serde(alias = "创新创造成果奖励")]
    Innovation,
    /// 收益共享激励
    #[serde(alias = "收益共享激励")]
    ProfitSharing,
    /// 其他: seniority, shift, team leader, ...
    #[serde(alias = "其他")]
    Other,
}

impl Category {
    /// The category's name in Taizhou's six categories: 技术技能津补贴, 技能竞赛专项奖励...
    pub fn chinese(self) -> &'static str {
        match self {
            Category::Skill => "技术技能津补贴",
            Category::Contest => "技能竞赛专项奖励",
            Category::Honour => "荣誉专项奖励",
            Category::Education => "学历提升津补贴",
            Category::Innovation => "创新创造成果奖励",
            Category::ProfitSharing => "收益共享激励",
            Category::Other => "其他",
        }
    }
}

/// The kind of rule, as named in the file (`kind = "lookup"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum KindName {
    Fixed,
    Lookup,
    ByGrade,
    PerYear,
    ListSum,
    PerUnit,
    Percent,
    MonthlyAward,
    OneOff,
    Pool,
}

impl KindName {
    /// Every kind, so a test can ask each for its words.
    #[cfg(test)]
    pub(crate) const ALL: [KindName; 10] = [
        KindName::Fixed,
        KindName::Lookup,
        KindName::ByGrade,
        KindName::PerYear,
        KindName::ListSum,
        KindName::PerUnit,
        KindName::Percent,
        KindName::MonthlyAward,
        KindName::OneOff,
        KindName::Pool,
    ];

    pub fn name(self) -> &'static str {
        match self {
            KindName::Fixed => "fixed",
            KindName::Lookup => "lookup",
            KindName::ByGrade => "by-grade",
            KindName::PerYear => "per-year",
            KindName::ListSum => "list-sum",
            KindName::PerUnit => "per-unit",
            KindName::Percent => "percent",
            KindName::MonthlyAward => "monthly-award",
            KindName::OneOff => "one-off",
            KindName::Pool => "pool",
        }
    }

    /// The keys this kind takes: (required, optional).
    fn keys(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            KindName::Fixed => (&["amount"], &[]),
            KindName::Lookup => (&["column", "table"], &[]),
            KindName::ByGrade => (&["table"], &[]),
            KindName::PerYear => (&["column", "amount"], &["cap"]),
            KindName::ListSum => (&["column", "table"], &["cap", "separator"]),
            KindName::PerUnit => (&["units"], &["cap"]),
            KindName::Percent => (&["of", "rate"], &[]),
            KindName::MonthlyAward => (&["column", "date_column", "table", "months"], &[]),
            KindName::OneOff => (&["date_column"], &["column", "table", "amount"]),
            KindName::Pool => (
                &["amount"],
                &["weights", "step_weight", "weight_column", "by_enterprise"],
            ),
        }
    }
}

/// An allowance as written in the file: common keys plus the keys of its kind.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct AllowanceSpec {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub name: String,
    pub category: Category,
    #[serde(default)]
    pub clause: Option<String>,
    #[serde(default = "yes")]
    pub counts_toward_minimum: bool,
    /// Whether a month not worked in full pays a part of it; default by kind.
    #[serde(default)]
    pub prorated: Option<bool>,
    #[serde(default)]
    pub grades: Vec<String>,
    #[serde(default)]
    pub post_categories: Vec<String>,
    pub kind: KindName,
    pub column: Option<String>,
    pub date_column: Option<String>,
    pub table: Option<Table>,
    pub amount: Option<Money>,
    pub cap: Option<Money>,
    pub separator: Option<String>,
    pub units: Option<Table>,
    pub of: Option<Vec<String>>,
    pub rate: Option<Rate>,
    pub months: Option<u32>,
    pub weights: Option<Table>,
    pub step_weight: Option<Rate>,
    pub weight_column: Option<String>,
    pub by_enterprise: Option<Table>,
}

fn yes() -> bool {
    true
}

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

/// A validated allowance or award rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allowance {
    /// The allowance's id: its pay-sheet column id and JSON key (`skill`).
    pub id: String,
    /// The allowance's name, as the contract prints it (技术技能津补贴).
    pub name: String,
    /// Which of the six negotiated categories it belongs to.
    pub category: Category,
    /// The contract clause the rule implements (条款), printed in documents.
    pub clause: Option<String>,
    /// Whether it counts toward the minimum-wage comparison. 最低工资规定 Art 12
    /// excludes overtime and the 中班/夜班/高温/低温/井下/有毒有害 allowances.
    pub counts_toward_minimum: bool,
    /// Whether a month not worked in full pays the part worked of it (paid
    /// days / 21.75). Default: yes for monthly amounts (a percentage is of the
    /// monthly amounts); no for one-off awards, counts of units and the pool.
    pub prorated: bool,
    /// Only workers of these grades (indices into the ladder); empty for all.
    pub grades: Vec<usize>,
    /// Only workers of these post categories; empty for all.
    pub post_categories: Vec<String>,
    /// What it computes, with the rule's own keys.
    pub kind: RuleKind,
}

impl Allowance {
    /// The rule's kind as the file names it (`lookup`, `per-year`...).
    pub fn kind_name(&self) -> &'static str {
        match &self.kind {
            RuleKind::Fixed { .. } => KindName::Fixed,
            RuleKind::Lookup { .. } => KindName::Lookup,
            RuleKind::ByGrade { .. } => KindName::ByGrade,
            RuleKind::PerYear { .. } => KindName::PerYear,
            RuleKind::ListSum { .. } => KindName::ListSum,
            RuleKind::PerUnit { .. } => KindName::PerUnit,
            RuleKind::Percent { .. } => KindName::Percent,
            RuleKind::MonthlyAward { .. } => KindName::MonthlyAward,
            RuleKind::OneOff { .. } => KindName::OneOff,
            RuleKind::Pool { .. } => KindName::Pool,
        }
        .name()
    }

    /// The roster columns the rule reads.
    pub fn columns(&self) -> Vec<&str> {
        match &self.kind {
            RuleKind::Fixed { .. } | RuleKind::Percent { .. } | RuleKind::ByGrade { .. } => vec![],
            RuleKind::Lookup { column, .. }
            | RuleKind::PerYear { column, .. }
            | RuleKind::ListSum { column, .. } => vec![column],
            RuleKind::PerUnit { units, .. } => units.keys().collect(),
            RuleKind::MonthlyAward {
                column,
                date_column,
                ..
            } => vec![column, date_column],
            RuleKind::OneOff {
                date_column,
                column,
                ..
            } => std::iter::once(date_column.as_str())
                .chain(column.as_deref())
                .collect(),
            RuleKind::Pool { weight_column, .. } => {
                weight_column.iter().map(|s| s.as_str()).collect()
            }
        }
    }

    /// Validates a spec. `grade_index` resolves grade names; `earlier` lists the
    /// component ids a percentage may refer to.
    pub(crate) fn from_spec(
        spec: AllowanceSpec,
        grade_index: impl Fn(&str) -> Option<usize>,
        grade_names: &[&str],
        earlier: &[&str],
    ) -> Result<Allowance, String> {
        let id = spec.id.get_ref().clone();
        check_keys(&id, &spec)?;
        let mut grades = Vec::with_capacity(spec.grades.len());
        for g in &spec.grades {
            let i = grade_index(g).ok_or_else(|| {
                crate::t!("schedule-allowance-unknown-grade", id = &id, grade = g)
                    + &crate::suggest::hint(g, grade_names.iter().copied())
            })?;
            grades.push(i);
        }
        let kind_name = spec.kind.name();
        let negative = [spec.amount, spec.cap]
            .into_iter()
            .flatten()
            .any(Money::is_negative)
            || [&spec.table, &spec.units].into_iter().flatten().any(|t| {
                t.0.iter()
                    .any(|(_, v)| v.is_sign_negative() && !v.is_zero())
            });
        if negative {
            return Err(crate::t!("schedule-allowance-negative", id = &id));
        }
        // Amounts of money in a table have at most two places (fen), as every
        // other amount of the file (`Money`'s own reader checks those).
        let tables = [&spec.table, &spec.units, &spec.by_enterprise];
        for (key, value) in tables.into_iter().flatten().flat_map(|t| &t.0) {
            let places = value.normalize().scale();
            if places > crate::money::PLACES {
                let fix = value.round_dp_with_strategy(
                    crate::money::PLACES,
                    rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                );
                return Err(crate::t!(
                    "input-table-places",
                    rule = &id,
                    key = key.as_str(),
                    value = *value,
                    places = places,
                    fix = fix
                ));
            }
        }
        let prorated = spec.prorated.unwrap_or(!matches!(
            spec.kind,
            KindName::OneOff | KindName::PerUnit | KindName::Pool
        ));
        let kind = match spec.kind {
            KindName::Fixed => RuleKind::Fixed {
                amount: need(spec.amount, &id, kind_name, "amount")?,
            },
            KindName::Lookup => RuleKind::Lookup {
                column: need(spec.column, &id, kind_name, "column")?,
                table: need(spec.table, &id, kind_name, "table")?,
            },
            KindName::PerYear => RuleKind::PerYear {
                column: need(spec.column, &id, kind_name, "column")?,
                amount: need(spec.amount, &id, kind_name, "amount")?,
                cap: spec.cap,
            },
            KindName::ListSum => {
                let sep = spec.separator.unwrap_or_else(|| ";".to_string());
                let mut chars = sep.chars();
                let separator = match (chars.next(), chars.next()) {
                    (Some(c), None) => c,
                    _ => {
                        return Err(crate::t!(
                            "schedule-allowance-separator",
                            id = &id,
                            separator = &sep
                        ))
                    }
                };
                RuleKind::ListSum {
                    column: need(spec.column, &id, kind_name, "column")?,
                    table: need(spec.table, &id, kind_name, "table")?,
                    separator,
                    cap: spec.cap,
                }
            }
            KindName::PerUnit => RuleKind::PerUnit {
                units: need(spec.units, &id, kind_name, "units")?,
                cap: spec.cap,
            },
            KindName::Percent => {
                let of = need(spec.of, &id, kind_name, "of")?;
                if of.is_empty() {
                    return Err(crate::t!("schedule-allowance-of-empty", id = &id));
                }
                for component in &of {
                    if *component == id {
                        return Err(crate::t!("input-percent-of-itself", id = &id));
                    }
                    if !earlier.contains(&component.as_str()) {
                        return Err(crate::t!(
                            "schedule-allowance-percent-of",
                            id = &id,
                            component = component,
                            earlier = earlier.join(", ")
                        ) + &crate::suggest::hint(component, earlier.iter().copied()));
                    }
                }
                RuleKind::Percent {
                    of,
                    rate: need(spec.rate, &id, kind_name, "rate")?,
                }
            }
            KindName::MonthlyAward => RuleKind::MonthlyAward {
                column: need(spec.column, &id, kind_name, "column")?,
                date_column: need(spec.date_column, &id, kind_name, "date_column")?,
                table: need(spec.table, &id, kind_name, "table")?,
                months: need(spec.months, &id, kind_name, "months")?,
            },
            KindName::OneOff => {
                if spec.amount.is_none() == (spec.column.is_none() || spec.table.is_none()) {
                    return Err(crate::t!("schedule-allowance-one-off", id = &id));
                }
                RuleKind::OneOff {
                    date_column: need(spec.date_column, &id, kind_name, "date_column")?,
                    column: spec.column,
                    table: spec.table,
                    amount: spec.amount,
                }
            }
            KindName::ByGrade => RuleKind::ByGrade {
                table: by_grade(
                    need(spec.table, &id, kind_name, "table")?,
                    &id,
                    &grade_index,
                    grade_names,
                )?,
            },
            KindName::Pool => {
                let weights = by_grade(
                    spec.weights.unwrap_or_default(),
                    &id,
                    &grade_index,
                    grade_names,
                )?;
                RuleKind::Pool {
                    amount: need(spec.amount, &id, kind_name, "amount")?,
                    by_enterprise: spec.by_enterprise.unwrap_or_default(),
                    weights,
                    step_weight: spec.step_weight,
                    weight_column: spec.weight_column,
                }
            }
        };
        Ok(Allowance {
            id,
            name: spec.name,
            category: spec.category,
            clause: spec.clause,
            counts_toward_minimum: spec.counts_toward_minimum,
            prorated,
            grades,
            post_categories: spec.post_categories,
            kind,
        })
    }

    /// The pool amount for an enterprise: its own figure if the rule names it.
    pub fn pool_amount(amount: Money, by_enterprise: &Table, enterprise: &str) -> Money {
        by_enterprise.get(enterprise).map_or(amount, Money::new)
    }
}

/// A table keyed by grade, with aliases replaced by the grade's name so that it
/// is looked up by name; an unknown grade is an error with a did-you-mean.
fn by_grade(
    table: Table,
    id: &str,
    grade_index: &impl Fn(&str) -> Option<usize>,
    grade_names: &[&str],
) -> Result<Table, String> {
    let mut resolved = Vec::with_capacity(table.0.len());
    for (grade, value) in table.0 {
        let Some(i) = grade_index(&grade) else {
            return Err(
                crate::t!("schedule-allowance-unknown-grade", id = id, grade = &grade)
                    + &crate::suggest::hint(&grade, grade_names.iter().copied()),
            );
        };
        let name = grade_names.get(i).copied().unwrap_or_default().to_string();
        if resolved.iter().any(|(n, _)| *n == name) {
            return Err(crate::t!(
                "schedule-allowance-grade-twice",
                id = id,
                grade = &name
            ));
        }
        resolved.push((name, value));
    }
    Ok(Table(resolved))
}

/// A key the rule's kind requires, or the message that it is missing.
fn need<T>(value: Option<T>, id: &str, kind: &str, key: &str) -> Result<T, String> {
    value.ok_or_else(|| crate::t!("schedule-allowance-needs", id = id, kind = kind, key = key))
}

/// Refuses keys that do not belong to the rule's kind, naming the ones that do.
fn check_keys(id: &str, spec: &AllowanceSpec) -> Result<(), String> {
    let given: BTreeMap<&str, bool> = [
        ("column", spec.column.is_some()),
        ("date_column", spec.date_column.is_some()),
        ("table", spec.table.is_some()),
        ("amount", spec.amount.is_some()),
        ("cap", spec.cap.is_some()),
        ("separator", spec.separator.is_some()),
        ("units", spec.units.is_some()),
        ("of", spec.of.is_some()),
        ("rate", spec.rate.is_some()),
        ("months", spec.months.is_some()),
        ("weights", spec.weights.is_some()),
        ("step_weight", spec.step_weight.is_some()),
        ("weight_column", spec.weight_column.is_some()),
        ("by_enterprise", spec.by_enterprise.is_some()),
    ]
    .into_iter()
    .collect();
    let (required, optional) = spec.kind.keys();
    for (key, present) in &given {
        if *present && !required.contains(key) && !optional.contains(key) {
            let takes: Vec<&str> = required.iter().chain(optional).copied().collect();
            return Err(crate::t!(
                "schedule-allowance-key",
                id = id,
                key = *key,
                kind = spec.kind.name(),
                takes = takes.join(", ")
            ));
        }
    }
    Ok(())
}
