//! `PayEngine`: computes a worker's pay sheet from a schedule, exactly, and can
//! explain every figure.

use rust_decimal::Decimal;

use crate::pay::{pool, Derivation, Part, PayError, PaySheet, PoolProblem, RuleAt};
use crate::roster::{Slot, Worker};
use std::borrow::Cow;
use std::sync::Arc;

use crate::schedule::{
    AdjustError, Allowance, Grade, OvertimeRounding, RuleKind, Schedule, StepForm, GRADE_PAY,
    OVERTIME,
};
use crate::{Money, Period};

/// A worker's part of the profit-sharing pool of their enterprise, with the
/// weights it was split by (to explain it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PoolShare {
    /// The worker's share, in yuan; the shares of an enterprise add up to its pool exactly.
    pub amount: Money,
    /// The enterprise's pool.
    pub pool: Money,
    /// The worker's weight: grade weight x step factor x contribution.
    pub weight: Decimal,
    /// The sum of the weights in the enterprise.
    pub total_weight: Decimal,
}

/// A schedule prepared for one pay period.
#[derive(Debug, Clone)]
pub struct PayEngine<'s> {
    schedule: &'s Schedule,
    period: Period,
    /// The grade table in force in the period (工资调整办法), or why there is none.
    grades: Result<Cow<'s, [Grade]>, AdjustError>,
    /// Per allowance: the components a percentage is taken of.
    percent_of: Vec<Vec<usize>>,
    overtime_base: Vec<usize>,
    /// Components left out of the minimum-wage base besides overtime: the
    /// allowances that do not count toward it (最低工资规定 Art 12).
    not_toward_minimum: Vec<usize>,
    /// Per component before overtime, whether its amount reads grade pay
    /// (grade pay itself, and percentages of such); see [`GradePayKey`].
    reads_grade_pay: Vec<bool>,
    /// Whether overtime's base reads grade pay.
    overtime_reads_grade_pay: bool,
}

impl<'s> PayEngine<'s> {
    /// The engine for `schedule` in `period`: the step table in force then (its adjustments applied) and each rule's lookups prepared.
    pub fn new(schedule: &'s Schedule, period: Period) -> Self {
        Self::with_table_of(schedule, period, period)
    }

    /// Computes `period` with the grade table in force in `table` (the cost of
    /// a later run of the term with every other input as in `period`).
    pub fn with_table_of(schedule: &'s Schedule, period: Period, table: Period) -> Self {
        let index = |id: &String| schedule.component_index(id).unwrap_or(0);
        let percent_of: Vec<Vec<usize>> = schedule
            .allowances
            .iter()
            .map(|a| match &a.kind {
                RuleKind::Percent { of, .. } => of.iter().map(index).collect(),
                _ => Vec::new(),
            })
            .collect();
        let overtime_base: Vec<usize> = schedule.overtime.base.iter().map(index).collect();
        let not_toward_minimum = (schedule.allowances.iter().enumerate())
            .filter(|(_, a)| !a.counts_toward_minimum)
            .map(|(i, _)| i + 1)
            // Piece pay in overtime, like overtime, is left out (最低工资规定 Art 12).
            .chain(schedule.piece_index().map(|i| i + 1))
            .collect();
        let (reads_grade_pay, overtime_reads_grade_pay) =
            sensitivity::reads_grade_pay(schedule, &percent_of, &overtime_base);
        PayEngine {
            schedule,
            period,
            grades: schedule.table_for(table),
            percent_of,
            overtime_base,
            not_toward_minimum,
            reads_grade_pay,
            overtime_reads_grade_pay,
        }
    }

    /// A component's rule and where the schedule writes it.
    fn rule_at(&self, component: &str) -> RuleAt {
        let schedule = self.schedule;
        let line = schedule
            .allowances
            .iter()
            .position(|a| a.id == component)
            .and_then(|i| schedule.allowance_lines.get(i))
            .map_or(0, |&l| l);
        RuleAt {
            rule: component.to_string(),
            file: std::sync::Arc::clone(&schedule.file),
            line,
        }
    }

    /// The schedule it computes.
    pub fn schedule(&self) -> &'s Schedule {
        self.schedule
    }

    /// The pay period it computes.
    pub fn period(&self) -> Period {
        self.period
    }

    /// Computes one worker's pay into a reused sheet. `pool_share` is the worker's
    /// part of the profit-sharing pool (see [`PayEngine::pool_shares`]).
    pub fn compute(
        &self,
        worker: &Worker,
        pool_share: PoolShare,
        sheet: &mut PaySheet,
    ) -> Result<(), PayError> {
        self.run(worker, pool_share, sheet, None)
    }

    /// Computes one worker's pay with the derivation of every component.
    pub fn explain(
        &self,
        worker: &Worker,
        pool_share: PoolShare,
    ) -> Result<(PaySheet, Vec<Derivation>), PayError> {
        let mut sheet = PaySheet::default();
        let mut steps = Vec::new();
        self.run(worker, pool_share, &mut sheet, Some(&mut steps))?;
        Ok((sheet, steps))
    }

    /// Computes a whole roster, splitting any pool per enterprise.
    pub fn compute_all(&self, workers: &[Worker]) -> Result<Vec<PaySheet>, PayError> {
        let shares = self.pool_shares(workers)?;
        workers
            .iter()
            .zip(shares)
            .map(|(w, share)| {
                let mut sheet = PaySheet::default();
                self.compute(w, share, &mut sheet).map(|()| sheet)
            })
            .collect()
    }

    /// Each worker's part of the pool of their enterprise; zero without a pool.
    /// Workers are grouped by enterprise id; within a group the split follows
    /// [`pool::split`]. An enterprise with a pool to share and no weight to
    /// share it by (nobody eligible, or every weight zero) is an error naming
    /// the pool: the amount would vanish from every pay sheet.
    pub fn pool_shares(&self, workers: &[Worker]) -> Result<Vec<PoolShare>, PayError> {
        let mut shares = vec![PoolShare::default(); workers.len()];
        let Some((index, rule)) = self
            .schedule
            .allowances
            .iter()
            .enumerate()
            .find(|(_, a)| matches!(a.kind, RuleKind::Pool { .. }))
        else {
            return Ok(shares);
        };
        let RuleKind::Pool {
            amount,
            by_enterprise,
            weights,
            step_weight,
            ..
        } = &rule.kind
        else {
            return Ok(shares);
        };
        let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
        let mut where_: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, w) in workers.iter().enumerate() {
            let g = *where_.entry(w.enterprise_id.as_str()).or_insert_with(|| {
                groups.push((w.enterprise_id.as_str(), Vec::new()));
                groups.len() - 1
            });
            groups[g].1.push(i);
        }
        for (enterprise, members) in groups {
            let weight_of = |w: &Worker| -> Decimal {
                // A worker not employed in the month (hired after it, gone
                // before it) has no share of its pool.
                if !applies(rule, w) || !super::employed_in(w, self.period) {
                    return Decimal::ZERO;
                }
                let grade = self
                    .schedule
                    .grades
                    .get(w.grade)
                    .map_or("", |g| g.name.as_str());
                let g = weights.get(grade).unwrap_or(Decimal::ONE);
                let s = step_weight.map_or(Decimal::ONE, |r| {
                    Decimal::ONE + r.fraction() * Decimal::from(w.step.saturating_sub(1))
                });
                let c = match w.slots.get(index) {
                    Some(Slot::Number(n)) => *n,
                    _ => Decimal::ONE,
                };
                g.checked_mul(s)
                    .and_then(|x| x.checked_mul(c))
                    .unwrap_or(Decimal::ZERO)
            };
            let group_weights: Vec<Decimal> =
                members.iter().map(|&i| weight_of(&workers[i])).collect();
            let pool_amount = Allowance::pool_amount(*amount, by_enterprise, enterprise);
            if pool_amount > Money::ZERO && group_weights.iter().all(Decimal::is_zero) {
                let eligible = members.iter().any(|&i| applies(rule, &workers[i]));
                return Err(PayError::Pool {
                    enterprise: enterprise.to_string(),
                    rule: self.rule_at(&rule.id),
                    problem: if eligible {
                        PoolProblem::ZeroWeights
                    } else {
                        PoolProblem::NoneEligible
                    },
                    line: members.first().map_or(0, |&i| workers[i].line),
                    roster: members
                        .first()
                        .map_or_else(Default::default, |&i| Arc::clone(&workers[i].roster)),
                });
            }
            let parts = pool::split(pool_amount, &group_weights, self.schedule.rounding);
            let total_weight: Decimal = group_weights.iter().sum();
            for ((&i, amount), weight) in members.iter().zip(parts).zip(group_weights) {
                shares[i] = PoolShare {
                    amount,
                    pool: pool_amount,
                    weight,
                    total_weight,
                };
            }
        }
        Ok(shares)
    }

    fn run(
        &self,
        w: &Worker,
        pool_share: PoolShare,
        sheet: &mut PaySheet,
        mut trace: Option<&mut Vec<Derivation>>,
    ) -> Result<(), PayError> {
        let schedule = self.schedule;
        let rounding = schedule.rounding;
        let overflow = |component: &str| PayError::Overflow {
            employee: w.employee_id.clone(),
            line: w.line,
            roster: Arc::clone(&w.roster),
            rule: self.rule_at(component),
        };
        sheet.clear();
        let grades = match &self.grades {
            Ok(grades) => grades,
            Err(AdjustError::Overflow) => return Err(overflow(GRADE_PAY)),
            Err(AdjustError::Unresolved { from, year }) => {
                return Err(PayError::Adjustment(
                    crate::schedule::UnfilledGuideline {
                        from: *from,
                        year: *year,
                        region: schedule.meta.region.clone(),
                    }
                    .to_string(),
                ))
            }
        };

        // A month not worked in full (joiner, leaver, leave, probation): each
        // rule's monthly amount, kept in `monthly`, is paid for the part.
        let part = Part::of(&schedule.attendance, self.period, w);
        sheet.part = part;
        let mut monthly: Vec<Money> = Vec::new();

        // 能级工资: the grade's pay at the worker's step.
        let index = w.grade.min(schedule.grades.len() - 1);
        let grade = &schedule.grades[index];
        let table_pay = grades[index].pay_at(w.step).unwrap_or(Money::ZERO);
        let mut grade_pay = table_pay;
        let mut grade_exact = None;
        if let Some(p) = &part {
            // 劳动合同法 Art 20: probation pays the schedule's rate of grade pay.
            let factor = if p.probation {
                schedule.attendance.probation_rate.fraction()
            } else {
                Decimal::ONE
            };
            let probation_pay = rounding.apply(
                table_pay
                    .checked_mul(factor)
                    .ok_or_else(|| overflow(GRADE_PAY))?,
            );
            monthly.push(probation_pay);
            if !(p.is_whole() && factor == Decimal::ONE) {
                grade_pay = p
                    .apply(table_pay, factor, rounding)
                    .ok_or_else(|| overflow(GRADE_PAY))?;
                grade_exact = p.share(table_pay).map(|x| x * factor);
            }
        }
        sheet.components.push(grade_pay);
        if let Some(t) = trace.as_deref_mut() {
            let mut d = derivation(GRADE_PAY, "能级工资", "grade-table", None, true, grade_pay);
            d.input("grade", &grade.name);
            d.input("step", w.step);
            let written = grade.pay_at(w.step).unwrap_or(Money::ZERO);
            d.formula = match grade.form {
                StepForm::Table => format!(
                    "{} step {} in the pay table = {}",
                    grade.name, w.step, written
                ),
                StepForm::BasePlusIncrement { base, increment } => format!(
                    "{} base {} + increment {} x (step {} - 1) = {}",
                    grade.name, base, increment, w.step, written
                ),
            };
            adjusted_text(&mut d, schedule, self.period, written);
            if let Some(p) = part.filter(|p| p.probation) {
                d.input(
                    "probation_end",
                    w.probation_end.map(|e| e.to_string()).unwrap_or_default(),
                );
                d.formula.push_str(&crate::t!(
                    "pay-formula-probation",
                    rate = schedule.attendance.probation_rate
                ));
                if p.is_whole() {
                    d.formula.push_str(&format!(" = {grade_pay}"));
                }
            }
            if let Some(p) = part.filter(|p| !p.is_whole()) {
                prorated_text(&mut d, p, grade_pay, grade_exact, rounding);
            }
            t.push(d);
        }

        for (i, rule) in schedule.allowances.iter().enumerate() {
            let slot = w.slots.get(i).copied().unwrap_or(Slot::Empty);
            // The derivation goes into the trace first and is filled in place:
            // without a trace, nothing is built or moved.
            let mut d = match trace.as_deref_mut() {
                Some(t) => {
                    t.push(derivation(
                        &rule.id,
                        &rule.name,
                        rule.kind_name(),
                        rule.clause.clone(),
                        rule.counts_toward_minimum,
                        Money::ZERO,
                    ));
                    t.last_mut()
                }
                None => None,
            };
            let mut amount = if applies(rule, w) {
                let components = if part.is_some() {
                    &monthly
                } else {
                    &sheet.components
                };
                self.evaluate(rule, i, slot, w, pool_share, components, d.as_deref_mut())
                    .ok_or_else(|| overflow(&rule.id))?
            } else {
                if let Some(d) = d.as_deref_mut() {
                    d.formula = format!("not paid: {}", condition_text(rule, schedule));
                }
                Money::ZERO
            };
            if let Some(p) = &part {
                monthly.push(amount);
                if rule.prorated && !p.is_whole() && !amount.amount().is_zero() {
                    let full = amount;
                    amount = p
                        .apply(full, Decimal::ONE, rounding)
                        .ok_or_else(|| overflow(&rule.id))?;
                    if let Some(d) = d.as_deref_mut() {
                        prorated_text(d, *p, amount, p.share(full), rounding);
                    }
                }
            }
            sheet.components.push(amount);
            if let Some(d) = d {
                d.amount = amount;
            }
        }

        // 计件工资: quantities x rates, after the allowances.
        if !schedule.piece_rates.is_empty() {
            let pieces = super::piece::pay(schedule, w, trace.as_deref_mut())
                .ok_or_else(|| overflow(crate::schedule::PIECE_PAY))?;
            sheet.components.extend(pieces);
            if part.is_some() {
                monthly.extend(pieces);
            }
        }

        // 加班工资 (劳动法 Art 44): hourly = base / standard hours, then hourly x
        // (weekday x m1 + rest day x m2 + holiday x m3). The schedule says where
        // it is rounded: the hourly rate first (default), or only the amount.
        let ot = &schedule.overtime;
        let mut base = Money::ZERO;
        // The hourly rate is of the monthly amounts, not of a part of them.
        let full = if part.is_some() {
            &monthly
        } else {
            &sheet.components
        };
        for &c in &self.overtime_base {
            base = base
                .checked_add(full[c])
                .ok_or_else(|| overflow(OVERTIME))?;
        }
        let hourly = rounding
            .quotient(base.amount(), ot.standard_hours)
            .ok_or_else(|| overflow(OVERTIME))?;
        let factor = self.overtime_factor(w).ok_or_else(|| overflow(OVERTIME))?;
        let overtime_exact = if factor.is_zero() {
            Decimal::ZERO
        } else {
            match ot.rounding {
                OvertimeRounding::HourlyRate => hourly.checked_mul(factor),
                OvertimeRounding::Amount => base
                    .amount()
                    .checked_mul(factor)
                    .and_then(|x| x.checked_div(ot.standard_hours)),
            }
            .ok_or_else(|| overflow(OVERTIME))?
        };
        let overtime = rounding.apply(overtime_exact);
        sheet.components.push(overtime);
        if let Some(t) = trace {
            let mut d = derivation(OVERTIME, "加班工资", "overtime", None, false, overtime);
            let [m1, m2, m3] = ot.multipliers();
            let [h1, h2, h3] = w.overtime_hours;
            d.input("ot_weekday_h", h1);
            d.input("ot_restday_h", h2);
            d.input("ot_holiday_h", h3);
            let exact_hourly = base
                .amount()
                .checked_div(ot.standard_hours)
                .unwrap_or_default()
                .round_dp(6)
                .normalize();
            d.formula = match ot.rounding {
                OvertimeRounding::HourlyRate => format!(
                    "hourly = ({}) {} / {} = {} -> {}; overtime = {} x ({} x {} + {} x {} + {} x {}) = {}",
                    ot.base.join(" + "),
                    base,
                    ot.standard_hours,
                    exact_hourly,
                    hourly,
                    hourly,
                    h1,
                    m1,
                    h2,
                    m2,
                    h3,
                    m3,
                    overtime
                ),
                OvertimeRounding::Amount => format!(
                    "overtime = ({}) {} x ({} x {} + {} x {} + {} x {}) / {} = {} (the hourly rate {} is not rounded first)",
                    ot.base.join(" + "),
                    base,
                    h1,
                    m1,
                    h2,
                    m2,
                    h3,
                    m3,
                    ot.standard_hours,
                    overtime,
                    exact_hourly
                ),
            };
            if rounding.changes(overtime_exact) {
                d.exact = Some(overtime_exact);
                d.rounding = Some(rounding.to_string());
            }
            t.push(d);
        }

        let gross = Money::checked_sum(&sheet.components).ok_or_else(|| overflow("gross"))?;
        let mut excluded = overtime;
        for &c in &self.not_toward_minimum {
            excluded += sheet.components[c];
        }
        sheet.gross = gross;
        sheet.minimum_wage_base = gross - excluded;
        Ok(())
    }

    /// The hours of overtime weighted by their multipliers; `None` on overflow.
    fn overtime_factor(&self, w: &Worker) -> Option<Decimal> {
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

    /// One allowance's amount; `None` on overflow.
    #[allow(clippy::too_many_arguments)]
    fn evaluate(
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
        let cap_text =
            |cap: Option<Money>| cap.map(|c| format!(", capped at {c}")).unwrap_or_default();
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
                    d.formula = format!("{grade} in the table = {amount}");
                }
            }
            RuleKind::Fixed { amount: a } => {
                amount = *a;
                if let Some(d) = d.as_deref_mut() {
                    d.formula = format!("fixed {a}");
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
                        "empty cell: 0.00".into()
                    } else {
                        format!("'{key}' in the table = {amount}")
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
                        self.period.full_years_since(date)
                    }
                    _ => 0,
                };
                let raw = Money::new(per.amount().checked_mul(Decimal::from(years))?);
                amount = capped(raw, *cap);
                if let Some(d) = d.as_deref_mut() {
                    d.formula = format!(
                        "{per} x {years} full years at {} = {raw}{} -> {amount}",
                        self.period.last_day(),
                        cap_text(*cap)
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
                        "none".to_string()
                    } else {
                        parts.join(" + ")
                    };
                    d.formula = format!("{list} = {sum}{} -> {amount}", cap_text(*cap));
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
                    d.formula = format!(
                        "{} = {sum}{} -> {amount}",
                        parts.join(" + "),
                        cap_text(*cap)
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
                    d.rounding = Some(rounding.to_string());
                }
                if let Some(d) = d.as_deref_mut() {
                    d.formula = format!(
                        "{rate} of ({}) {base} = {} -> {amount}",
                        of.join(" + "),
                        value.normalize()
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
                                format!("'{key}' pays {} a month; {} is month {since} of {months} after {date}", Money::new(value), self.period)
                            } else {
                                format!("'{key}' won {date}: {} is outside months 1 to {months} after it, so 0.00", self.period)
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
                    d.formula = "no award: 0.00".into();
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
                                format!("paid once in the period of {date}: {value}")
                            } else {
                                format!(
                                    "paid once in {}, not in {}: 0.00",
                                    Period::of(date),
                                    self.period
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
                    d.formula = "no award: 0.00".into();
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
                    d.formula = format!(
                        "weight = grade {grade_weight} x step {step} x contribution = {}; \
                         {pool} pool of enterprise '{}' x {} / total weight {} = {} -> {amount} \
                         (cut to the fen; the fen left over go to the largest remainders, so the parts add up to the pool)",
                        pool_share.weight.normalize(),
                        w.enterprise_id,
                        pool_share.weight.normalize(),
                        pool_share.total_weight.normalize(),
                        exact_share.round_dp(6).normalize(),
                    );
                }
            }
        }
        Some(amount)
    }
}

/// Whether a rule's conditions admit the worker.
#[inline]
fn applies(rule: &Allowance, w: &Worker) -> bool {
    (rule.grades.is_empty() || rule.grades.contains(&w.grade))
        && (rule.post_categories.is_empty() || rule.post_categories.contains(&w.post_category))
}

fn condition_text(rule: &Allowance, schedule: &Schedule) -> String {
    let mut parts = Vec::new();
    if !rule.grades.is_empty() {
        let names: Vec<&str> = rule
            .grades
            .iter()
            .filter_map(|&g| schedule.grades.get(g))
            .map(|g| g.name.as_str())
            .collect();
        parts.push(format!("only grades {}", names.join(", ")));
    }
    if !rule.post_categories.is_empty() {
        parts.push(format!(
            "only post categories {}",
            rule.post_categories.join(", ")
        ));
    }
    parts.join("; ")
}

/// Appends the adjustments in force to the grade-pay derivation (工资调整办法):
/// each raise from the written table's pay, as the table in force was built.
fn adjusted_text(d: &mut Derivation, schedule: &Schedule, period: Period, written: Money) {
    let active = crate::schedule::in_force(&schedule.adjustments, period.last_day());
    let Ok(chain) = crate::schedule::raise_chain(written, active, schedule.rounding) else {
        return;
    };
    if chain.is_empty() {
        return;
    }
    d.formula.push_str(&crate::t!(
        "pay-formula-adjusted-on",
        on = period.last_day().to_string()
    ));
    let steps: Vec<String> = chain
        .iter()
        .map(|r| {
            let mut step = crate::t!(
                "pay-formula-adjusted",
                from = r.adjustment.from.to_string(),
                how = r.adjustment.describe(),
                before = r.before,
                raise = r.raise,
                after = r.after
            );
            if let Some(exact) = r.exact.filter(|x| schedule.rounding.changes(*x)) {
                step.push_str(&crate::t!(
                    "pay-formula-adjusted-rounded",
                    exact = exact.normalize(),
                    rounding = schedule.rounding.to_string()
                ));
            }
            step
        })
        .collect();
    d.formula.push(' ');
    d.formula.push_str(&steps.join("; "));
}

/// Appends the part of the month to a derivation: the monthly amount x paid
/// days / 21.75, and the rounding when it changed the figure.
fn prorated_text(
    d: &mut Derivation,
    part: Part,
    amount: Money,
    exact: Option<Decimal>,
    rounding: crate::Rounding,
) {
    d.formula.push_str(&crate::t!(
        "pay-formula-prorated",
        days = part.days(),
        of = part.paid_days.normalize(),
        amount = amount
    ));
    if let Some(exact) = exact.filter(|x| rounding.changes(*x)) {
        d.exact = Some(exact.round_dp(10).normalize());
        d.rounding = Some(rounding.to_string());
    }
}

fn derivation(
    id: &str,
    name: &str,
    kind: &str,
    clause: Option<String>,
    counts: bool,
    amount: Money,
) -> Derivation {
    Derivation {
        component: id.to_string(),
        name: name.to_string(),
        kind: kind.to_string(),
        clause,
        inputs: Vec::new(),
        formula: String::new(),
        exact: None,
        rounding: None,
        amount,
        counts_toward_minimum: counts,
    }
}

#[path = "sensitivity.rs"]
mod sensitivity;
pub use sensitivity::GradePayKey;

#[cfg(test)]
#[path = "engine_tests.rs"]
mod tests;
