//! `Explanation`: the full derivation of one worker's pay, as text for a person at
//! the negotiation table and as JSON of a stable, documented shape.

use std::fmt;

use serde::Serialize;

use crate::i18n::t;
use crate::pay::{Derivation, PaySheet};
use crate::roster::Worker;
use crate::{t, Money, Period, Schedule};

/// The part of the month paid, for `explain`.
#[derive(Debug, Clone, Serialize)]
pub struct PaidDays {
    /// Paid days after leave, of `of` (21.75).
    pub days: String,
    pub of: String,
    pub probation: bool,
    /// The counting, in words.
    pub how: String,
}

/// One worker's pay, component by component, with the arithmetic.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    /// The worker's 工号.
    pub employee_id: String,
    /// The worker's name, as the roster writes it.
    pub name: String,
    /// The enterprise the worker belongs to.
    pub enterprise_id: String,
    /// The worker's skill grade (能级), by the schedule's name.
    pub grade: String,
    /// The step (档) within the grade, from 1.
    pub step: u32,
    /// The pay period, `YYYY-MM`.
    pub period: String,
    /// The schedule's name (`[schedule] name`).
    pub schedule: String,
    /// The schedule's rounding as text: `half-up to 0.01`.
    pub rounding: String,
    /// How the paid days of a month not paid in full were counted (absent for a
    /// whole month at full pay).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid_days: Option<PaidDays>,
    /// The pay adjustments (工资调整办法) in force on the period's last day, in
    /// date order: "2027-01-01: +5%, at least 100.00 a step" (absent when none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub adjustments_in_force: Vec<String>,
    /// Each pay component with its arithmetic, in pay-sheet order.
    pub components: Vec<Derivation>,
    /// 应发工资: the sum of the components.
    pub gross: Money,
    /// Components left out of the minimum-wage comparison (最低工资规定 Art 12).
    pub minimum_wage_excluded: Vec<String>,
    /// The pay compared with the minimum wage: the gross less the excluded components, in yuan.
    pub minimum_wage_base: Money,
}

impl Explanation {
    /// The explanation of `sheet`, the pay of `worker` in `period` under `schedule`, from the engine's derivations.
    pub fn new(
        schedule: &Schedule,
        period: Period,
        worker: &Worker,
        sheet: &PaySheet,
        components: Vec<Derivation>,
    ) -> Self {
        let minimum_wage_excluded = components
            .iter()
            .filter(|d| !d.counts_toward_minimum)
            .map(|d| d.component.clone())
            .collect();
        Explanation {
            employee_id: worker.employee_id.clone(),
            name: worker.name.clone(),
            enterprise_id: worker.enterprise_id.clone(),
            grade: schedule
                .grades
                .get(worker.grade)
                .map_or(String::new(), |g| g.name.clone()),
            step: worker.step,
            period: period.to_string(),
            schedule: schedule.meta.title.clone(),
            rounding: schedule.rounding.words(),
            paid_days: sheet.part.map(|p| PaidDays {
                days: p.days().to_string(),
                of: p.paid_days.normalize().to_string(),
                probation: p.probation,
                how: p.describe(worker, &schedule.attendance),
            }),
            adjustments_in_force: crate::schedule::in_force(
                &schedule.adjustments,
                period.last_day(),
            )
            .iter()
            .map(|a| format!("{}: {}", a.from, a.describe()))
            .collect(),
            components,
            gross: sheet.gross,
            minimum_wage_excluded,
            minimum_wage_base: sheet.minimum_wage_base,
        }
    }
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let enterprise = if self.enterprise_id.is_empty() {
            String::new()
        } else {
            t!("explain-head-enterprise", enterprise = &self.enterprise_id)
        };
        writeln!(
            f,
            "{}",
            t!(
                "explain-head",
                name = &self.name,
                id = &self.employee_id,
                enterprise = enterprise,
                grade = &self.grade,
                step = self.step.to_string(),
                period = &self.period
            )
        )?;
        writeln!(
            f,
            "{}",
            t!(
                "explain-schedule-line",
                schedule = &self.schedule,
                rounding = &self.rounding
            )
        )?;
        if !self.adjustments_in_force.is_empty() {
            writeln!(
                f,
                "{}",
                t!(
                    "pay-adjust-line",
                    period = &self.period,
                    list = self
                        .adjustments_in_force
                        .join(&t("explain-condition-separator"))
                )
            )?;
        }
        if let Some(p) = &self.paid_days {
            writeln!(f, "{}", t!("pay-days-line", of = &p.of, how = &p.how))?;
            if p.probation {
                writeln!(f, "{}", t!("pay-days-probation-line"))?;
            }
        }
        writeln!(f)?;
        for d in &self.components {
            let clause = d
                .clause
                .as_deref()
                .map(|c| t!("explain-clause", clause = c))
                .unwrap_or_default();
            writeln!(
                f,
                "{}",
                t!(
                    "explain-component",
                    name = &d.name,
                    component = &d.component,
                    kind = words_or("explain-kind-", &d.kind),
                    clause = clause,
                    amount = d.amount.grouped()
                )
            )?;
            for input in &d.inputs {
                let value = if input.value.is_empty() {
                    t("explain-empty")
                } else {
                    input.value.clone()
                };
                writeln!(
                    f,
                    "    {}",
                    t!(
                        "explain-reads",
                        column = words_or("explain-input-", &input.column),
                        value = value
                    )
                )?;
            }
            writeln!(f, "    {}", d.formula)?;
            if let (Some(exact), Some(rounding)) = (d.exact, &d.rounding) {
                writeln!(
                    f,
                    "    {}",
                    t!(
                        "explain-rounded",
                        rounding = rounding,
                        exact = exact.normalize(),
                        amount = d.amount
                    )
                )?;
            }
        }
        writeln!(f)?;
        let parts: Vec<String> = self
            .components
            .iter()
            .map(|d| d.amount.to_string())
            .collect();
        writeln!(
            f,
            "{}",
            t!(
                "explain-gross",
                parts = parts.join(" + "),
                gross = self.gross.grouped()
            )
        )?;
        let excluded: Vec<String> = self
            .components
            .iter()
            .filter(|d| !d.counts_toward_minimum)
            .map(|d| format!("{} {}", d.name, d.amount))
            .collect();
        writeln!(
            f,
            "{}",
            t!(
                "explain-minimum-base",
                excluded = excluded.join(" + "),
                base = self.minimum_wage_base.grouped()
            )
        )
    }
}

/// An id the engine writes (a rule kind such as `lookup`, a value it reads
/// such as `step`) in the reader's words: the message `prefix` + `id`, or the
/// id itself when the catalogue has none (a roster column is its own name).
fn words_or(prefix: &str, id: &str) -> String {
    let key = format!("{prefix}{id}");
    if crate::i18n::has(crate::i18n::lang(), &key) {
        t(&key)
    } else {
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    /// Every rule kind and every value the engine reads by an id has words in
    /// both languages, so no id is left in English under zh.
    #[test]
    fn every_kind_and_engine_input_has_words() {
        let kinds = crate::schedule::KindName::ALL.map(|k| k.name());
        let engine = ["grade-table", "overtime", "piece-rate", "piece-overtime"];
        let inputs = [
            "grade",
            "step",
            "probation_end",
            "ot_weekday_h",
            "ot_restday_h",
            "ot_holiday_h",
        ];
        for lang in Lang::ALL {
            for kind in kinds.iter().chain(&engine) {
                assert!(
                    crate::i18n::has(lang, &format!("explain-kind-{kind}")),
                    "{kind}"
                );
            }
            for input in inputs {
                assert!(
                    crate::i18n::has(lang, &format!("explain-input-{input}")),
                    "{input}"
                );
            }
        }
    }
}
