//! `Grade`: one rung of the skill-grade ladder (能级) with its pay by step (档次).

use serde::Deserialize;
use toml::Spanned;

use crate::Money;

/// A grade as written in the schedule: an explicit step table, or a base plus an
/// increment per step.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct GradeSpec {
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// Other names the roster may use for this grade (`L1`, `五级`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Explicit pay per step: `pay = ["2600", "2650", "2700"]`.
    pub pay: Option<Vec<Money>>,
    /// Pay at step 1, with `increment` and `steps`.
    pub base: Option<Money>,
    pub increment: Option<Money>,
    pub steps: Option<u32>,
}

/// How a grade's step table was written, kept to explain the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepForm {
    /// The steps' pay written out one by one (`pay = [...]`).
    Table,
    /// Written as `base` plus `increment` a step for `steps` steps.
    BasePlusIncrement {
        /// Pay at step 1, in yuan a month.
        base: Money,
        /// How much each step adds, in yuan a month.
        increment: Money,
    },
}

/// A grade with its resolved pay table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grade {
    /// The grade's name as the contract prints it: 高级工.
    pub name: String,
    /// Other names the roster may use for it (三级, a certificate's level).
    pub aliases: Vec<String>,
    /// Monthly grade pay (能级工资) for steps 1, 2, ...
    pub pay: Vec<Money>,
    /// How the table was written, to explain a step's figure.
    pub form: StepForm,
}

impl Grade {
    /// Resolves a spec, or says what is wrong with it.
    pub(crate) fn from_spec(spec: GradeSpec) -> Result<Grade, String> {
        let name = spec.name.into_inner();
        let (pay, form) = match (spec.pay, spec.base, spec.increment, spec.steps) {
            (Some(pay), None, None, None) => (pay, StepForm::Table),
            (None, Some(base), increment, steps) => {
                let increment = increment.unwrap_or(Money::ZERO);
                let steps = steps.unwrap_or(1);
                if steps == 0 || steps > 100 {
                    return Err(crate::t!(
                        "schedule-grade-steps",
                        name = &name,
                        steps = steps
                    ));
                }
                let pay = (0..steps)
                    .map(|i| base + Money::new(increment.amount() * rust_decimal::Decimal::from(i)))
                    .collect();
                (pay, StepForm::BasePlusIncrement { base, increment })
            }
            (Some(_), _, _, _) => return Err(crate::t!("schedule-grade-two-forms", name = &name)),
            (None, None, _, _) => return Err(crate::t!("schedule-grade-no-pay", name = &name)),
        };
        if pay.is_empty() {
            return Err(crate::t!("schedule-grade-empty-pay", name = &name));
        }
        if let Some(bad) = pay.iter().find(|p| p.is_negative()) {
            return Err(crate::t!(
                "schedule-grade-negative",
                name = &name,
                pay = bad
            ));
        }
        Ok(Grade {
            name,
            aliases: spec.aliases,
            pay,
            form,
        })
    }

    /// Pay at a 1-based step.
    pub fn pay_at(&self, step: u32) -> Option<Money> {
        let index = usize::try_from(step).ok()?.checked_sub(1)?;
        self.pay.get(index).copied()
    }

    /// The number of steps (档) in the grade.
    pub fn steps(&self) -> u32 {
        u32::try_from(self.pay.len()).unwrap_or(u32::MAX)
    }

    /// Whether a roster value names this grade.
    pub fn is_called(&self, value: &str) -> bool {
        // The batch asks this of every row: see `same_name`.
        crate::exact::same_name(&self.name, value)
            || self
                .aliases
                .iter()
                .any(|a| crate::exact::same_name(a, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(toml_text: &str) -> GradeSpec {
        toml::from_str(toml_text).unwrap()
    }

    #[test]
    fn base_plus_increment_builds_the_steps() {
        let g = Grade::from_spec(spec("name='L2'\nbase='2900'\nincrement='80'\nsteps=5")).unwrap();
        assert_eq!(g.pay_at(1), Some(Money::from(2900)));
        assert_eq!(g.pay_at(5), Some(Money::from(3220)));
        assert_eq!(g.pay_at(6), None);
        assert_eq!(g.pay_at(0), None);
    }

    #[test]
    fn explicit_table_and_errors() {
        let g = Grade::from_spec(spec("name='初'\npay=['3000', 3100]")).unwrap();
        assert_eq!(g.steps(), 2);
        assert!(g.is_called("初"));
        let both = Grade::from_spec(spec("name='x'\npay=['1']\nbase='1'")).unwrap_err();
        assert!(both.contains("both"));
        let none = Grade::from_spec(spec("name='x'")).unwrap_err();
        assert!(none.contains("no pay"));
    }
}
