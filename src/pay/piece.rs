//! Piece pay (计件工资): the sum of quantity x rate over the piece-rate table,
//! exact, rounded once; pieces made in overtime at the overtime multipliers of
//! the worker's own rate (工资支付暂行规定 Art 13: at least 150 / 200 / 300%).

use rust_decimal::Decimal;

use crate::pay::Derivation;
use crate::roster::Worker;
use crate::schedule::{Schedule, PIECE_OVERTIME, PIECE_PAY};
use crate::{t, Money};

/// Piece pay in legal hours and in overtime; `None` on overflow. With a trace,
/// pushes the two derivations.
pub(crate) fn pay(
    schedule: &Schedule,
    w: &Worker,
    trace: Option<&mut Vec<Derivation>>,
) -> Option<[Money; 2]> {
    let grade = schedule.grades.get(w.grade).map_or("", |g| g.name.as_str());
    let multipliers = schedule.overtime.multipliers();
    let (mut legal, mut overtime) = (Decimal::ZERO, Decimal::ZERO);
    for (i, rate) in schedule.piece_rates.iter().enumerate() {
        let q = w.pieces_of(i);
        let r = rate.rate_for(grade).amount();
        if !q[0].is_zero() {
            legal = legal.checked_add(q[0].checked_mul(r)?)?;
        }
        for (n, m) in q[1..].iter().zip(multipliers) {
            if !n.is_zero() {
                overtime = overtime.checked_add(n.checked_mul(m)?.checked_mul(r)?)?;
            }
        }
    }
    let rounding = schedule.rounding;
    let amounts = [rounding.apply(legal), rounding.apply(overtime)];
    if let Some(t) = trace {
        t.extend(explain(schedule, w, grade, [legal, overtime], amounts));
    }
    Some(amounts)
}

fn explain(
    schedule: &Schedule,
    w: &Worker,
    grade: &str,
    exact: [Decimal; 2],
    amounts: [Money; 2],
) -> [Derivation; 2] {
    let [m1, m2, m3] = schedule.overtime.multipliers();
    let mut legal = derivation(PIECE_PAY, "计件工资", "piece-rate", true, amounts[0]);
    let mut overtime = derivation(
        PIECE_OVERTIME,
        "计件加班工资",
        "piece-overtime",
        false,
        amounts[1],
    );
    let (mut lines, mut ot_lines) = (Vec::new(), Vec::new());
    for (i, rate) in schedule.piece_rates.iter().enumerate() {
        let q = w.pieces_of(i);
        let r = rate.rate_for(grade);
        let by_grade = if rate.by_grade.get(grade).is_some() {
            format!(" ({grade})")
        } else {
            String::new()
        };
        legal.input(&rate.column, q[0].normalize());
        if legal.clause.is_none() {
            legal.clause.clone_from(&rate.clause);
        }
        if !q[0].is_zero() {
            lines.push(t!(
                "pay-piece-line",
                name = &rate.name,
                quantity = q[0].normalize(),
                unit = &rate.unit,
                rate = r,
                grade = by_grade.as_str()
            ));
        }
        for (column, n) in rate.overtime_columns.iter().zip(&q[1..]) {
            overtime.input(column, n.normalize());
        }
        if q[1..].iter().any(|n| !n.is_zero()) {
            ot_lines.push(t!(
                "pay-piece-overtime-line",
                name = &rate.name,
                weekday = q[1].normalize(),
                m1 = m1,
                restday = q[2].normalize(),
                m2 = m2,
                holiday = q[3].normalize(),
                m3 = m3,
                unit = &rate.unit,
                rate = r
            ));
        }
    }
    let rounding = schedule.rounding;
    for (d, lines, exact) in [
        (&mut legal, lines, exact[0]),
        (&mut overtime, ot_lines, exact[1]),
    ] {
        d.formula = if lines.is_empty() {
            t!("pay-piece-none")
        } else {
            t!(
                "pay-piece-sum",
                lines = lines.join(" + "),
                exact = exact.normalize(),
                amount = d.amount
            )
        };
        if rounding.changes(exact) {
            d.exact = Some(exact.normalize());
            d.rounding = Some(rounding.words());
        }
    }
    if !overtime.amount.amount().is_zero() {
        overtime.formula.push_str(&t!("pay-piece-overtime-basis"));
    }
    [legal, overtime]
}

fn derivation(id: &str, name: &str, kind: &str, counts: bool, amount: Money) -> Derivation {
    Derivation {
        component: id.to_string(),
        name: name.to_string(),
        kind: kind.to_string(),
        clause: None,
        inputs: Vec::new(),
        formula: String::new(),
        exact: None,
        rounding: None,
        amount,
        counts_toward_minimum: counts,
    }
}
