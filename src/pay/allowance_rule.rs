//! The allowance rules' arithmetic (by grade, fixed, lookup, per year,
//! percentage, per unit, one-off, pool ...): one rule's amount for a worker,
//! with its derivation, the weighted overtime hours and overtime's formula.

use rust_decimal::Decimal;

use super::{PayEngine, PoolShare};
use crate::i18n::t;
use crate::pay::Derivation;
use crate::roster::{Slot, Worker};
use crate::schedule::{Allowance, OvertimeRounding, RuleKind, Schedule};
use crate::{t, Money, Period};

impl PayEngine<'_> {
    /// The hours of overtime weighted by their multipliers; `None` on overflow.
    pub(super) fn overtime_factor(&self, w: &Worker) -> Option<Decimal> {
        let mut factor = Decimal::ZERO;
        // Most workers have no overtime of most kinds: a zero adds nothing.
        for (h, m) in w
            .overtime_hours
            .iter()
            .zip(self.schedule.overtime.multipliers())
        {
            if !h.is_zero() {
                factor = factor.checked_add(h.checked_mul(m)?)?;
            }
        }
        Some(factor)
    }

    /// Overtime (劳动法 Art 44) on a monthly `base` at `factor` weighted
    /// hours: the hourly rate, rounded, and the exact amount before rounding
    /// (of the rounded rate, or of the base when the schedule rounds only the
    /// amount); `None` on overflow. The one formula the pay sheet and
    /// propose's aggregates (see [`super::GradePayKey`]) both use.
    pub(crate) fn overtime_on(&self, base: Money, factor: Decimal) -> Option<(Money, Decimal)> {
        let ot = &self.schedule.overtime;
        let rounding = self.schedule.rounding;
        let hourly = rounding.quotient(base.amount(), ot.standard_hours)?;
        let exact = if factor.is_zero() {
            Decimal::ZERO
        } else {
            match ot.rounding {
                OvertimeRounding::HourlyRate => hourly.checked_mul(factor)?,
                OvertimeRounding::Amount => base
                    .amount()
                    .checked_mul(factor)?
                    .checked_div(ot.standard_hours)?,
            }
        };
        Some((hourly, exact))
    }

    /// One allowance's amount; `None` on overflow. Inlined into each copy of
    /// `run`: without a trace the derivations fold away (see `run`).
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub(super) fn evaluate(
        &self,
        rule: &Allowance,
        index: usize,
        slot: Slot,
        w: &Worker,
        pool_share: PoolShare,
        components: &[Money],
        mut d: Option<&mut Derivation>,
    ) -> Option<Money> {
        let rounding = self.schedule.rounding;
        let capped = |value: Money, cap: Option<Money>| cap.map_or(value, |c| value.min(c));
        let cap_text = |cap: Option<Money>| {
            cap.map(|c| t!("explain-capped", cap = c))
                .unwrap_or_default()
        };
        let amount;
        match &rule.kind {
            RuleKind::ByGrade { table } => {
                let grade = self
                    .schedule
                    .grades
                    .get(w.grade)
                    .map_or("", |g| g.name.as_str());
                amount = table.get(grade).map_or(Money::ZERO, Money::new);
                if let Some(d) = d.as_deref_mut() {
                    d.input("grade", grade);
                    d.formula = t!("explain-by-grade", grade = grade, amount = amount);
                }
            }
            RuleKind::Fixed { amount: a } => {
                amount = *a;
                if let Some(d) = d.as_deref_mut() {
                    d.formula = t!("explain-fixed", amount = a);
                }
            }
            RuleKind::Lookup { column, table } => {
                let (key, value) = match slot {
                    Slot::Key(k) => table
                        .0
                        .get(k as usize)
                        .map_or(("", Decimal::ZERO), |(k, v)| (k.as_str(), *v)),
                    _ => ("", Decimal::ZERO),
                };
                amount = Money::new(value);
                if let Some(d) = d.as_deref_mut() {
                    d.input(column, key);
                    d.formula = if key.is_empty() {
                        t!("explain-lookup-empty")
                    } else {
                        t!("explain-lookup", key = key, amount = amount)
                    };
                }
            }
            RuleKind::PerYear {
                column,
                amount: per,
                cap,
            } => {
                let years = match slot {
                    Slot::Date(date) => {
                        if let Some(d) = d.as_deref_mut() {
                            d.input(column, date);
                        }
                        Period::full_years_to(date, self.days.1)
                    }
                    _ => 0,
                };
                let raw = Money::new(per.amount().checked_mul(Decimal::from(years))?);
                amount = capped(raw, *cap);
                if let Some(d) = d.as_deref_mut() {
                    d.formula = t!(
                        "explain-per-year",
                        per = per,
                        years = years.to_string(),
                        on = self.period.last_day().to_string(),
                        raw = raw,
                        cap = cap_text(*cap),
                        amount = amount
                    );
                }
            }
            RuleKind::ListSum {
                column,
                table,
                cap,
                separator,
            } => {
                let mut sum = Money::ZERO;
                let mut parts = Vec::new();
                for &k in w.keys_of(slot) {
                    if let Some((name, v)) = table.0.get(k as usize) {
                        sum = sum.checked_add(Money::new(*v))?;
                        if d.is_some() {
                            parts.push(format!("{name} {}", Money::new(*v)));
                        }
                    }
                }
                amount = capped(sum, *cap);
                if let Some(d) = d.as_deref_mut() {
                    let items: Vec<&str> = parts
                        .iter()
                        .map(|p| p.split(' ').next().unwrap_or(""))
                        .collect();
                    d.input(column, items.join(&separator.to_string()));
                    let list = if parts.is_empty() {
                        t!("explain-list-none")
                    } else {
                        parts.join(" + ")
                    };
                    d.formula = t!(
                        "explain-list-sum",
                        list = list,
                        sum = sum,
                        cap = cap_text(*cap),
                        amount = amount
                    );
                }
            }
            RuleKind::PerUnit { units, cap } => {
                let mut sum = Money::ZERO;
                let mut parts = Vec::new();
                for ((column, per), n) in units.0.iter().zip(w.numbers_of(slot)) {
                    if !n.is_zero() {
                        sum = sum.checked_add(Money::new(per.checked_mul(*n)?))?;
                    }
                    if let Some(d) = d.as_deref_mut() {
                        d.input(column, n);
                        parts.push(format!("{} x {n}", Money::new(*per)));
                    }
                }
                amount = capped(sum, *cap);
                if let Some(d) = d.as_deref_mut() {
                    d.formula = t!(
                        "explain-per-unit",
                        parts = parts.join(" + "),
                        sum = sum,
                        cap = cap_text(*cap),
                        amount = amount
                    );
                }
            }
            RuleKind::Percent { of, rate } => {
                let mut base = Money::ZERO;
                for &c in &self.percent_of[index] {
                    base = base.checked_add(components.get(c).copied().unwrap_or(Money::ZERO))?;
                }
                let value = base.checked_mul(rate.fraction())?;
                amount = rounding.apply(value);
                if let Some(d) = d.as_deref_mut().filter(|_| rounding.changes(value)) {
                    d.exact = Some(value);
                    d.rounding = Some(rounding.words());
                }
                if let Some(d) = d.as_deref_mut() {
                    d.formula = t!(
                        "explain-percent",
                        rate = *rate,
                        of = of.join(" + "),
                        base = base,
                        exact = value.normalize(),
                        amount = amount
                    );
                }
            }
            RuleKind::MonthlyAward {
                column,
                date_column,
                table,
                months,
            } => {
                amount = match slot {
                    Slot::KeyDate(k, date) => {
                        let (key, value) = table
                            .0
                            .get(k as usize)
                            .map_or(("", Decimal::ZERO), |(k, v)| (k.as_str(), *v));
                        let since = self.period.months_since(date);
                        let paid = since >= 1 && since <= i64::from(*months);
                        if let Some(d) = d.as_deref_mut() {
                            d.input(column, key);
                            d.input(date_column, date);
                            d.formula = if paid {
                                t!(
                                    "explain-monthly-award",
                                    key = key,
                                    value = Money::new(value),
                                    period = self.period.to_string(),
                                    since = since.to_string(),
                                    months = months.to_string(),
                                    date = date.to_string()
                                )
                            } else {
                                t!(
                                    "explain-monthly-award-outside",
                                    key = key,
                                    date = date.to_string(),
                                    period = self.period.to_string(),
                                    months = months.to_string()
                                )
                            };
                        }
                        if paid {
                            Money::new(value)
                        } else {
                            Money::ZERO
                        }
                    }
                    _ => Money::ZERO,
                };
                if let Some(d) = d.as_deref_mut().filter(|d| d.formula.is_empty()) {
                    d.formula = t!("explain-no-award");
                }
            }
            RuleKind::OneOff {
                date_column,
                column,
                table,
                amount: fixed,
            } => {
                amount = match slot {
                    Slot::KeyDate(k, date) => {
                        let (key, value) = match (table, fixed) {
                            (Some(t), _) => t
                                .0
                                .get(k as usize)
                                .map_or(("", Money::ZERO), |(k, v)| (k.as_str(), Money::new(*v))),
                            (None, Some(a)) => ("", *a),
                            (None, None) => ("", Money::ZERO),
                        };
                        let paid = Period::of(date) == self.period;
                        if let Some(d) = d.as_deref_mut() {
                            if let Some(c) = column {
                                d.input(c, key);
                            }
                            d.input(date_column, date);
                            d.formula = if paid {
                                t!("explain-one-off", date = date.to_string(), amount = value)
                            } else {
                                t!(
                                    "explain-one-off-other",
                                    paid = Period::of(date).to_string(),
                                    period = self.period.to_string()
                                )
                            };
                        }
                        if paid {
                            value
                        } else {
                            Money::ZERO
                        }
                    }
                    _ => Money::ZERO,
                };
                if let Some(d) = d.as_deref_mut().filter(|d| d.formula.is_empty()) {
                    d.formula = t!("explain-no-award");
                }
            }
            RuleKind::Pool {
                amount: pool_amount,
                by_enterprise,
                weights,
                step_weight,
                weight_column,
            } => {
                amount = pool_share.amount;
                if let Some(d) = d {
                    let pool =
                        Allowance::pool_amount(*pool_amount, by_enterprise, &w.enterprise_id);
                    if let (Slot::Number(n), Some(column)) = (slot, weight_column) {
                        d.input(column, n);
                    }
                    let grade = self
                        .schedule
                        .grades
                        .get(w.grade)
                        .map_or("", |g| g.name.as_str());
                    let grade_weight = weights.get(grade).unwrap_or(Decimal::ONE);
                    let step = step_weight.map_or_else(
                        || "1".to_string(),
                        |r| format!("(1 + {r} x {})", w.step.saturating_sub(1)),
                    );
                    let share = pool_share.pool.amount() * pool_share.weight;
                    let exact_share = share
                        .checked_div(pool_share.total_weight)
                        .unwrap_or_default();
                    d.formula = t!(
                        "explain-pool",
                        grade_weight = grade_weight,
                        step = step,
                        weight = pool_share.weight.normalize(),
                        pool = pool,
                        enterprise = &w.enterprise_id,
                        total = pool_share.total_weight.normalize(),
                        exact = exact_share.round_dp(6).normalize(),
                        amount = amount
                    );
                }
            }
        }
        Some(amount)
    }
}

/// Whether a rule's conditions admit the worker.
#[inline]
pub(super) fn applies(rule: &Allowance, w: &Worker) -> bool {
    (rule.grades.is_empty() || rule.grades.contains(&w.grade))
        && (rule.post_categories.is_empty() || rule.post_categories.contains(&w.post_category))
}

pub(super) fn condition_text(rule: &Allowance, schedule: &Schedule) -> String {
    let mut parts = Vec::new();
    if !rule.grades.is_empty() {
        let names: Vec<&str> = rule
            .grades
            .iter()
            .filter_map(|&g| schedule.grades.get(g))
            .map(|g| g.name.as_str())
            .collect();
        parts.push(t!(
            "explain-only-grades",
            grades = names.join(&t("explain-list-separator"))
        ));
    }
    if !rule.post_categories.is_empty() {
        parts.push(t!(
            "explain-only-posts",
            posts = rule.post_categories.join(&t("explain-list-separator"))
        ));
    }
    parts.join(&t("explain-condition-separator"))
}
