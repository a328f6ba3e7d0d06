//! `RosterFigures`: what a document states about the workers a schedule covers:
//! headcount (and women) per grade, wage bill, average pay and its change since
//! last year. Fed one worker and pay sheet at a time, like [`PaySummary`], so a
//! streamed roster needs no second pass.

use std::collections::BTreeMap;

use crate::pay::{PaySheet, PaySummary};
use crate::roster::Worker;
use crate::{Money, Period, Schedule};

/// Running figures of a roster under a schedule, for one pay period.
#[derive(Debug, Clone)]
pub struct RosterFigures {
    /// The pay period the figures are for.
    pub period: Period,
    /// Headcount, women, wage bill and per-grade totals from the pay engine.
    pub summary: PaySummary,
    /// Women per grade, in ladder order.
    pub women_by_grade: Vec<u64>,
    /// Distinct enterprises, id to name (an industry agreement counts them,
    /// and documents print names, not ids).
    pub enterprises: BTreeMap<String, String>,
    /// Workers whose roster row gives last year's monthly average pay (上年月均工资).
    pub last_year_headcount: u64,
    /// Sum of their last-year monthly averages.
    pub last_year_total: Money,
    /// Sum of the same workers' gross pay this period, so the change compares
    /// like with like.
    pub this_year_total_of_those: Money,
}

impl RosterFigures {
    /// Empty figures for a roster under `schedule` in `period`.
    pub fn new(schedule: &Schedule, period: Period) -> Self {
        RosterFigures {
            period,
            summary: PaySummary::new(schedule.component_ids().count(), schedule.grades.len()),
            women_by_grade: vec![0; schedule.grades.len()],
            enterprises: BTreeMap::new(),
            last_year_headcount: 0,
            last_year_total: Money::ZERO,
            this_year_total_of_those: Money::ZERO,
        }
    }

    /// Counts one worker and their pay sheet.
    pub fn add(&mut self, worker: &Worker, sheet: &PaySheet) {
        self.summary.add(worker, sheet);
        if worker.is_woman() {
            if let Some(w) = self.women_by_grade.get_mut(worker.grade) {
                *w += 1;
            }
        }
        if !self.enterprises.contains_key(&worker.enterprise_id) {
            self.enterprises
                .insert(worker.enterprise_id.clone(), worker.enterprise_name.clone());
        }
        if let Some(last) = worker.last_year_pay {
            self.last_year_headcount += 1;
            self.last_year_total += last;
            self.this_year_total_of_those += sheet.gross;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_women_enterprises_and_last_year() {
        let schedule = crate::Schedule::parse(
            "s.toml",
            "[schedule]\ntitle='t'\nscope='enterprise'\nemployer='e'\nunion='u'\nregion='331081'\n\
             effective=2026-01-01\nexpires=2026-12-31\n[[grade]]\nname='初'\npay=['3000']\n\
             [[grade]]\nname='高'\npay=['4000']\n",
        )
        .unwrap();
        let period = Period::new(2026, 1).unwrap();
        let mut f = RosterFigures::new(&schedule, period);
        let sheet = |gross: i64| PaySheet {
            components: vec![Money::from(gross), Money::ZERO],
            gross: Money::from(gross),
            minimum_wage_base: Money::from(gross),
            part: None,
            pool_share: Money::ZERO,
        };
        let mut a = Worker {
            grade: 1,
            gender: "女".into(),
            enterprise_id: "E1".into(),
            last_year_pay: Some(Money::from(3800)),
            ..Worker::default()
        };
        f.add(&a, &sheet(4000));
        a.gender = "男".into();
        a.grade = 0;
        a.last_year_pay = None;
        f.add(&a, &sheet(3000));
        a.enterprise_id = "E2".into();
        f.add(&a, &sheet(3000));
        assert_eq!(f.summary.headcount, 3);
        assert_eq!(f.summary.women, 1);
        assert_eq!(f.women_by_grade, vec![0, 1]);
        assert_eq!(f.enterprises.len(), 2);
        assert_eq!(f.last_year_headcount, 1);
        assert_eq!(f.last_year_total, Money::from(3800));
        assert_eq!(f.this_year_total_of_those, Money::from(4000));
    }
}
