//! The words of the engine's derivations: a component's blank derivation, and
//! the lines explain adds for the adjustments in force (工资调整办法) and for
//! the part of the month paid (劳社部发〔2008〕3号: monthly x paid days / 21.75).

use rust_decimal::Decimal;

use crate::pay::{Derivation, Part};
use crate::{Money, Period, Schedule};

/// Appends the adjustments in force to the grade-pay derivation (工资调整办法):
/// each raise from the written table's pay, as the table in force was built.
pub(super) fn adjusted_text(
    d: &mut Derivation,
    schedule: &Schedule,
    period: Period,
    written: Money,
) {
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
                    rounding = schedule.rounding.words()
                ));
            }
            step
        })
        .collect();
    d.formula
        .push_str(&steps.join(&crate::i18n::t("explain-condition-separator")));
}

/// Appends the part of the month to a derivation: the monthly amount x paid
/// days / 21.75, and the rounding when it changed the figure.
pub(super) fn prorated_text(
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
        d.rounding = Some(rounding.words());
    }
}

pub(super) fn derivation(
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
