//! `Schedule`: one negotiated skill-grade pay schedule (能级工资标准), for one
//! enterprise or a whole industry, read from TOML and validated.

mod adjustment;
mod allowance;
mod attendance;
mod category;
mod grade;
mod in_force;
mod kind_name;
mod meta;
mod negotiation;
mod overtime;
mod piece_rate;
mod rule_kind;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

pub use adjustment::{
    in_force, raise_chain, table_in_force, AdjustError, Adjustment, GuidelineLine, GuidelineRate,
    Raise, Raised, UnfilledGuideline,
};
#[cfg(test)]
pub(crate) use allowance::KindName;
pub use allowance::{Allowance, Category, RuleKind};
pub use attendance::{Attendance, Counting};
pub use grade::{Grade, StepForm};
pub use meta::{PayPeriod, ScheduleMeta, Scope};
pub use negotiation::{Negotiation, Vote};
pub use overtime::{Overtime, OvertimeRounding};
pub use piece_rate::PieceRate;

use crate::toml_input::{self, TomlError};
use crate::{suggest, t, Location, Period, Rounding};

/// The id of the grade-pay component (能级工资), first on every pay sheet.
pub const GRADE_PAY: &str = "grade_pay";
/// The ids of the piece-rate components (计件工资, 计件加班工资), after the
/// allowances of a schedule that has a piece-rate table.
pub const PIECE_PAY: &str = "piece_pay";
/// The id of the piece-rate overtime component (计件加班工资, 工资支付暂行规定 Art 13).
pub const PIECE_OVERTIME: &str = "piece_overtime";
/// The id of the overtime component, last on every pay sheet.
pub const OVERTIME: &str = "overtime";

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct ScheduleSpec {
    schedule: ScheduleMeta,
    #[serde(default)]
    rounding: Rounding,
    /// Roster header -> canonical field (`level = "grade"`).
    #[serde(default)]
    columns: BTreeMap<String, String>,
    #[serde(rename = "grade")]
    grades: Vec<grade::GradeSpec>,
    #[serde(default, rename = "allowance")]
    allowances: Vec<allowance::AllowanceSpec>,
    #[serde(default)]
    overtime: Overtime,
    #[schemars(with = "Option<Attendance>")]
    attendance: Option<Spanned<Attendance>>,
    #[serde(default, rename = "piece_rate")]
    piece_rates: Vec<piece_rate::PieceRateSpec>,
    #[serde(default, rename = "adjustment")]
    #[schemars(with = "Vec<adjustment::AdjustmentSpec>")]
    adjustments: Vec<Spanned<adjustment::AdjustmentSpec>>,
    #[schemars(with = "Option<Negotiation>")]
    negotiation: Option<Spanned<Negotiation>>,
}

/// A validated schedule.
#[derive(Debug, Clone)]
pub struct Schedule {
    /// The file it was read from, for messages.
    pub file: Arc<str>,
    /// The `[schedule]` table: title, parties, region, term.
    pub meta: ScheduleMeta,
    /// How amounts are rounded: one strategy for every computed amount.
    pub rounding: Rounding,
    /// Roster header -> canonical field.
    pub columns: BTreeMap<String, String>,
    /// The ladder, lowest grade first.
    pub grades: Vec<Grade>,
    /// The allowances and awards, in the file's order (their pay-sheet order).
    pub allowances: Vec<Allowance>,
    /// The line each allowance's `id` is written on, for messages.
    pub allowance_lines: Vec<u64>,
    /// The overtime multipliers (劳动法 Art 44).
    pub overtime: Overtime,
    /// How a month not worked in full is paid (`[attendance]`).
    pub attendance: Attendance,
    /// The piece-rate table (工价表), in the file's order.
    pub piece_rates: Vec<PieceRate>,
    /// How grade pay is adjusted during the term (`[[adjustment]]`, 工资调整办法),
    /// in date order.
    pub adjustments: Vec<Adjustment>,
    /// How the contract was made, when recorded (`[negotiation]`).
    pub negotiation: Option<Negotiation>,
}

impl Schedule {
    /// The pay month: the one asked for, or else the month the schedule takes effect.
    pub fn pay_period(&self, asked: Option<Period>) -> Period {
        asked.unwrap_or_else(|| Period::of(self.meta.effective))
    }

    /// The JSON Schema of a schedule file, from the types it is read with
    /// (`schemas/schedule.schema.json`).
    pub fn json_schema() -> schemars::Schema {
        schemars::schema_for!(ScheduleSpec)
    }

    /// Whether a pay month lies inside the schedule's term (any of its days).
    pub fn in_term(&self, period: Period) -> bool {
        period.last_day() >= self.meta.effective && period.first_day() <= self.meta.expires
    }

    /// Reads and validates a schedule from its text.
    pub fn parse(file: &str, text: &str) -> Result<Schedule, TomlError> {
        let file: Arc<str> = Arc::from(file);
        let spec: ScheduleSpec = toml_input::parse(&file, text)?;
        let at = |span: Option<std::ops::Range<usize>>| {
            Location::of_offset(&file, text, span.map_or(0, |s| s.start))
        };
        let fail = |span, message: String| Err(TomlError::new(at(span), message));
        // Where a key is written, for the checks serde cannot place: the first
        // `needle` after `section`.
        let near = |section: &str, needle: &str| {
            let start = text.find(section).unwrap_or(0);
            text.get(start..)
                .and_then(|rest| rest.find(needle))
                .map(|o| start + o..start + o)
        };

        let meta = spec.schedule;
        if meta.currency != "CNY" {
            return fail(
                near("[schedule]", "currency"),
                t!("schedule-currency", currency = &meta.currency),
            );
        }
        if meta.expires < meta.effective {
            return fail(
                near("[schedule]", "expires"),
                t!(
                    "schedule-expires-before-effective",
                    expires = meta.expires.to_string(),
                    effective = meta.effective.to_string()
                ),
            );
        }
        if spec.rounding.scale > 4 {
            return fail(
                near("[rounding]", "scale"),
                t!("schedule-rounding-scale", scale = spec.rounding.scale),
            );
        }
        if spec.grades.is_empty() {
            return fail(None, t!("schedule-no-grades"));
        }

        let mut grades: Vec<Grade> = Vec::with_capacity(spec.grades.len());
        for g in spec.grades {
            let span = Some(g.name.span());
            let grade = match Grade::from_spec(g) {
                Ok(grade) => grade,
                Err(message) => return fail(span, message),
            };
            let names = std::iter::once(&grade.name).chain(&grade.aliases);
            for name in names {
                if grades.iter().any(|other| other.is_called(name)) {
                    return fail(span, t!("schedule-grade-twice", name = name));
                }
            }
            grades.push(grade);
        }

        for (header, field) in &spec.columns {
            if !crate::roster::Field::ALL.iter().any(|f| f.name() == field) {
                let names = crate::roster::Field::ALL.iter().map(|f| f.name());
                return fail(
                    near("[columns]", header),
                    t!("schedule-unknown-field", header = header, field = field)
                        + &suggest::hint(field, names),
                );
            }
        }

        let grade_names: Vec<&str> = grades.iter().map(|g| g.name.as_str()).collect();
        let grade_index = |name: &str| grades.iter().position(|g| g.is_called(name));
        let mut allowances: Vec<Allowance> = Vec::with_capacity(spec.allowances.len());
        let mut allowance_lines: Vec<u64> = Vec::with_capacity(spec.allowances.len());
        let mut ids: Vec<String> = vec![GRADE_PAY.to_string()];
        for a in spec.allowances {
            let span = Some(a.id.span());
            let id = a.id.get_ref().clone();
            if id.is_empty()
                || id.contains([',', '"', ' ', '\n'])
                || [OVERTIME, PIECE_PAY, PIECE_OVERTIME].contains(&id.as_str())
            {
                return fail(
                    span,
                    t!("schedule-allowance-bad-id", id = &id, overtime = OVERTIME),
                );
            }
            if ids.contains(&id) {
                return fail(span, t!("schedule-allowance-twice", id = &id));
            }
            let earlier: Vec<&str> = ids.iter().map(String::as_str).collect();
            match Allowance::from_spec(a, grade_index, &grade_names, &earlier) {
                Ok(rule) => {
                    allowance_lines.push(at(span.clone()).line);
                    allowances.push(rule);
                }
                Err(message) => return fail(span, message),
            }
            ids.push(id);
        }
        let pools = allowances
            .iter()
            .filter(|a| matches!(a.kind, RuleKind::Pool { .. }))
            .count();
        if pools > 1 {
            return fail(None, t!("schedule-one-pool"));
        }
        for rule in &allowances {
            if let RuleKind::Pool {
                amount,
                by_enterprise,
                ..
            } = &rule.kind
            {
                let amounts =
                    std::iter::once(amount.amount()).chain(by_enterprise.0.iter().map(|(_, v)| *v));
                if amounts
                    .into_iter()
                    .any(|a| a.normalize().scale() > spec.rounding.scale)
                {
                    return fail(
                        None,
                        t!(
                            "schedule-pool-unit",
                            id = &rule.id,
                            unit = spec.rounding.to_string()
                        ),
                    );
                }
            }
        }

        for component in &spec.overtime.base {
            if !ids.contains(component) {
                let hint = suggest::hint(component, ids.iter().map(String::as_str));
                return fail(
                    near("[overtime]", component),
                    t!("schedule-overtime-unknown-component", component = component) + &hint,
                );
            }
        }
        let ot = &spec.overtime;
        if ot.standard_hours <= rust_decimal::Decimal::ZERO {
            return fail(
                near("[overtime]", "standard_hours"),
                t!("schedule-overtime-hours"),
            );
        }
        if ot.multipliers().iter().any(|m| m.is_sign_negative()) {
            return fail(near("[overtime]", "-"), t!("schedule-overtime-negative"));
        }

        let attendance = match spec.attendance {
            Some(a) => {
                let span = Some(a.span());
                let a = a.into_inner();
                if let Err(message) = a.validate() {
                    return fail(span, message);
                }
                a
            }
            None => Attendance::default(),
        };

        let mut piece_rates: Vec<PieceRate> = Vec::with_capacity(spec.piece_rates.len());
        for p in spec.piece_rates {
            let span = Some(p.id.span());
            let rate = match PieceRate::from_spec(p, grade_index, &grade_names) {
                Ok(rate) => rate,
                Err(message) => return fail(span, message),
            };
            if piece_rates.iter().any(|other| other.id == rate.id) {
                return fail(span, crate::t!("pay-piece-twice", id = &rate.id));
            }
            piece_rates.push(rate);
        }

        let mut adjustments: Vec<Adjustment> = Vec::with_capacity(spec.adjustments.len());
        for a in spec.adjustments {
            let span = Some(a.span());
            let adjustment = match Adjustment::from_spec(
                a.into_inner(),
                meta.effective,
                meta.expires,
                spec.rounding,
            ) {
                Ok(adjustment) => adjustment,
                Err(message) => return fail(span, message),
            };
            if let Some(before) = adjustments.last().filter(|b| b.from >= adjustment.from) {
                return fail(
                    span,
                    t!(
                        "pay-adjust-order",
                        from = adjustment.from.to_string(),
                        before = before.from.to_string()
                    ),
                );
            }
            adjustments.push(adjustment);
        }

        let negotiation = match spec.negotiation {
            Some(n) => {
                let span = Some(n.span());
                let n = n.into_inner();
                if let Err(message) = n.validate() {
                    return fail(span, message);
                }
                Some(n)
            }
            None => None,
        };

        Ok(Schedule {
            file,
            negotiation,
            meta,
            rounding: spec.rounding,
            columns: spec.columns,
            grades,
            allowances,
            allowance_lines,
            overtime: spec.overtime,
            attendance,
            piece_rates,
            adjustments,
        })
    }

    /// The grade a roster value names (its name or an alias).
    pub fn grade_index(&self, value: &str) -> Option<usize> {
        self.grades.iter().position(|g| g.is_called(value))
    }

    /// Every component id in pay-sheet order: grade pay, allowances, overtime.
    pub fn component_ids(&self) -> impl Iterator<Item = &str> {
        std::iter::once(GRADE_PAY)
            .chain(self.allowances.iter().map(|a| a.id.as_str()))
            .chain(self.piece_components().map(|(id, _)| id))
            .chain(std::iter::once(OVERTIME))
    }

    /// The piece-rate components, when the schedule has a piece-rate table.
    fn piece_components(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        let pieces = [(PIECE_PAY, "计件工资"), (PIECE_OVERTIME, "计件加班工资")];
        pieces
            .into_iter()
            .take(if self.piece_rates.is_empty() { 0 } else { 2 })
    }

    /// The position of the piece-pay component, when there is one.
    pub fn piece_index(&self) -> Option<usize> {
        (!self.piece_rates.is_empty()).then_some(self.allowances.len() + 1)
    }

    /// Every component's Chinese name in pay-sheet order.
    pub fn component_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once("能级工资")
            .chain(self.allowances.iter().map(|a| a.name.as_str()))
            .chain(self.piece_components().map(|(_, name)| name))
            .chain(std::iter::once("加班工资"))
    }

    /// The position of a component id on the pay sheet.
    pub fn component_index(&self, id: &str) -> Option<usize> {
        self.component_ids().position(|c| c == id)
    }

    /// Whether any rule needs the whole enterprise to compute one worker (a pool).
    pub fn has_pool(&self) -> bool {
        self.allowances
            .iter()
            .any(|a| matches!(a.kind, RuleKind::Pool { .. }))
    }
}

#[cfg(test)]
mod tests;
