//! `Allowance`: one allowance or award rule (津补贴 / 奖励) of a schedule, and the
//! kinds of rule a skill-linked pay scheme (技酬挂钩) uses.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::exact::Table;
use crate::{Money, Rate};

pub use super::category::Category;
pub use super::kind_name::KindName;
pub use super::rule_kind::RuleKind;

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
