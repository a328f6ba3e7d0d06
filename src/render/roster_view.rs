//! `RosterView`: a roster's figures as the documents print them (headcount, wage
//! bill, averages by grade, each component's total), from the roster's sums.

use chrono::Datelike;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::roster_figures::RosterFigures;
use super::views::MoneyView;
use crate::pay::average;
use crate::{Money, Schedule};

/// A roster's figures for the documents: headcount, wage bill, averages by grade.
#[derive(Debug, Clone, Serialize)]
pub struct RosterView {
    /// The pay month the figures are for: 2026年1月.
    pub period: String,
    /// How many workers the roster lists.
    pub headcount: u64,
    /// How many of them are women (the notice and the contract report it).
    pub women: u64,
    /// How many enterprises the roster covers (more than one for an industry agreement).
    pub enterprises: usize,
    /// The month's wage bill (应发工资总额).
    pub wage_bill: MoneyView,
    /// Twelve times the month's wage bill.
    pub annual_wage_bill: MoneyView,
    /// The average gross pay a worker this month, in yuan; `None` for an empty roster.
    pub average: Option<MoneyView>,
    /// Workers whose row gives last year's monthly average pay.
    pub last_year_headcount: u64,
    /// Their average last year, and this period, and the change in percent.
    pub last_year_average: Option<MoneyView>,
    /// The same workers' average gross pay this period, in yuan a month.
    pub this_year_average: Option<MoneyView>,
    /// 8.12% (rounded half-up to 0.01 of a percent), or null.
    pub average_change: Option<String>,
    /// The figures of each grade, lowest first.
    pub grades: Vec<GradeFigures>,
    /// The wage bill by component (grade pay, each allowance, overtime).
    pub components: Vec<ComponentFigures>,
}

pub(super) fn roster_view(schedule: &Schedule, r: &RosterFigures) -> RosterView {
    let s = &r.summary;
    let rounding = schedule.rounding;
    let last = average(r.last_year_total, r.last_year_headcount, rounding);
    let this = average(r.this_year_total_of_those, r.last_year_headcount, rounding);
    let change = match (last, this) {
        (Some(l), Some(t)) if !l.amount().is_zero() => {
            // A percentage for people to read, not money: 0.01 of a percent.
            let pct = (t.amount() - l.amount()) / l.amount() * Decimal::ONE_HUNDRED;
            Some(format!(
                "{:.2}%",
                pct.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
            ))
        }
        _ => None,
    };
    let period = r.period.first_day();
    RosterView {
        period: format!("{}年{}月", period.year(), period.month()),
        headcount: s.headcount,
        women: s.women,
        enterprises: r.enterprises.len(),
        wage_bill: s.gross.into(),
        annual_wage_bill: Money::new(s.gross.amount() * Decimal::from(12)).into(),
        average: s.average(rounding).map(MoneyView::from),
        last_year_headcount: r.last_year_headcount,
        last_year_average: last.map(MoneyView::from),
        this_year_average: this.map(MoneyView::from),
        average_change: change,
        grades: schedule
            .grades
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let t = s.grades.get(i).cloned().unwrap_or_default();
                GradeFigures {
                    name: g.name.clone(),
                    headcount: t.headcount,
                    women: r.women_by_grade.get(i).copied().unwrap_or(0),
                    gross: t.gross.into(),
                    average: s.grade_average(i, rounding).map(MoneyView::from),
                    annual_average: t
                        .gross
                        .amount()
                        .checked_mul(Decimal::from(12))
                        .and_then(|year| average(Money::new(year), t.headcount, rounding))
                        .map(MoneyView::from),
                    minimum: t.minimum.map(MoneyView::from),
                    maximum: t.maximum.map(MoneyView::from),
                }
            })
            .collect(),
        components: schedule
            .component_ids()
            .zip(schedule.component_names())
            .zip(&s.components)
            .map(|((id, name), total)| ComponentFigures {
                id: id.to_string(),
                name: name.to_string(),
                total: (*total).into(),
            })
            .collect(),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct GradeFigures {
    pub name: String,
    pub headcount: u64,
    pub women: u64,
    pub gross: MoneyView,
    pub average: Option<MoneyView>,
    /// Twelve months' pay at this period's, per worker: the grade's annual
    /// average pay (集体合同条例 Art 19's 各岗位年度平均工资水平).
    pub annual_average: Option<MoneyView>,
    pub minimum: Option<MoneyView>,
    pub maximum: Option<MoneyView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ComponentFigures {
    pub id: String,
    pub name: String,
    pub total: MoneyView,
}
