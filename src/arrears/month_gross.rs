//! `MonthGross`: each worker's gross pay in each month of a run under one
//! schedule. A month is priced over the workers employed in it (any pool is
//! split among them), or, where no pool is shared, each worker is priced only
//! in the months whose pay can differ ([`MonthReadings`]) and the others
//! reuse an earlier month's figure: the same figures, fewer pay sheets.

use crate::pay::{employed_in, MonthReadings, PayEngine, PayError, PaySheet, PoolShare};
use crate::roster::Worker;
use crate::Money;

/// Per worker and month, the gross pay (`None`: not employed, or not priced).
#[derive(Debug, Default)]
pub struct MonthGross {
    months: usize,
    gross: Vec<Option<Money>>,
    keep: Vec<usize>,
    readings: MonthReadings,
    sheet: PaySheet,
}

impl MonthGross {
    /// Room for `workers` workers in `months` months, nothing priced.
    pub fn start(&mut self, months: usize, workers: usize) {
        if self.gross.len() > 2 * crate::pipeline::CHUNK_ROWS {
            // One very large enterprise's room is not kept for the rest.
            self.gross = Vec::new();
        }
        self.months = months;
        self.gross.clear();
        self.gross.resize(months * workers, None);
    }

    /// Worker `w`'s gross pay in month `m`, when employed and priced.
    pub fn get(&self, w: usize, m: usize) -> Option<Money> {
        self.gross.get(w * self.months + m).copied().flatten()
    }

    /// Prices month `m` (`engine`'s) over the workers employed in it, as
    /// `nengji compute` does: any pool is split among them.
    pub fn price_month(
        &mut self,
        engine: &PayEngine<'_>,
        workers: &[Worker],
        m: usize,
    ) -> Result<(), PayError> {
        let period = engine.period();
        self.keep.clear();
        self.keep
            .extend((0..workers.len()).filter(|&i| employed_in(&workers[i], period)));
        let sheets = if self.keep.len() == workers.len() {
            engine.compute_all(workers)?
        } else {
            let kept: Vec<Worker> = self.keep.iter().map(|&i| workers[i].clone()).collect();
            engine.compute_all(&kept)?
        };
        for (&i, sheet) in self.keep.iter().zip(&sheets) {
            if let Some(slot) = self.gross.get_mut(i * self.months + m) {
                *slot = Some(sheet.gross);
            }
        }
        Ok(())
    }

    /// Prices every month `m` with `wanted[m]` (`engines[m]` its engine,
    /// `tables` their [`MonthReadings::tables`]), each worker only in the
    /// months that read differently of it than an earlier one. False, with
    /// nothing to be trusted, where that cannot be done: a pool is shared, or
    /// a sheet fails (pricing month by month then tells the error in order).
    pub fn price_alike(
        &mut self,
        engines: &[&PayEngine<'_>],
        tables: &[u32],
        wanted: &[bool],
        workers: &[Worker],
    ) -> bool {
        if engines.iter().any(|e| MonthReadings::pooled(e)) {
            return false;
        }
        let months = self.months;
        for (k, w) in workers.iter().enumerate() {
            self.readings.fill(engines, tables, w);
            for (m, engine) in engines.iter().enumerate() {
                if !wanted[m] || !employed_in(w, engine.period()) {
                    continue;
                }
                let like = (0..m).find(|&j| {
                    wanted[j] && employed_in(w, engines[j].period()) && self.readings.same(j, m)
                });
                let gross = match like {
                    Some(j) => self.gross[k * months + j],
                    None => {
                        if engine
                            .compute(w, PoolShare::default(), &mut self.sheet)
                            .is_err()
                        {
                            return false;
                        }
                        Some(self.sheet.gross)
                    }
                };
                self.gross[k * months + m] = gross;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::{Encoding, Roster};
    use crate::{Period, Schedule};
    use chrono::{Days, NaiveDate};
    use proptest::prelude::*;

    /// Every way a month can read differently: an adjustment mid-year, a
    /// per-year rule, a monthly and a one-off award, probation, hire and leave.
    const SCHEDULE: &str = r#"
[schedule]
title = "t"
scope = "enterprise"
employer = "e"
union = "u"
region = "330100"
effective = 2026-01-01
expires = 2027-06-30

[attendance]
probation_rate = "80%"

[[grade]]
name = "一级"
pay = ["2490.10", "2600", "2710"]

[[grade]]
name = "二级"
pay = ["4000", "4100", "4230.55"]

[[adjustment]]
from = 2026-05-01
percent = "2.5%"

[[allowance]]
id = "years"
name = "工龄津贴"
category = "other"
kind = "per-year"
column = "hire_date"
amount = "25"
cap = "100"

[[allowance]]
id = "award"
name = "竞赛津贴"
category = "contest"
kind = "monthly-award"
column = "award"
date_column = "won"
months = 3
table = { "一等奖" = 300 }

[[allowance]]
id = "prize"
name = "竞赛奖金"
category = "contest"
kind = "one-off"
date_column = "won"
amount = 800
"#;

    /// Step, days from 2024-01-01 to the hire date, then to leave, to the
    /// end of probation, to the award; sick days.
    type Row = (u8, u64, Option<u64>, Option<u64>, Option<u64>, u8);

    fn row() -> impl Strategy<Value = Row> {
        (
            1u8..4,
            0u64..1200,
            proptest::option::of(0u64..500),
            proptest::option::of(0u64..300),
            proptest::option::of(0u64..1200),
            0u8..3,
        )
    }

    fn workers(schedule: &Schedule, rows: &[Row]) -> Vec<Worker> {
        let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
        let at = |d: u64| {
            start
                .checked_add_days(Days::new(d))
                .map(|d| d.to_string())
                .unwrap_or_default()
        };
        let mut csv = String::from(
            "employee_id,grade,step,hire_date,leave_date,probation_end,award,won,sick_leave_days\n",
        );
        for (i, (step, hire, leave, probation, won, sick)) in rows.iter().enumerate() {
            let grade = if i % 2 == 0 { "一级" } else { "二级" };
            let leave = leave.map(|d| at(hire + d)).unwrap_or_default();
            let probation = probation.map(|d| at(hire + d)).unwrap_or_default();
            let award = if won.is_some() { "一等奖" } else { "" };
            let won = won.map(at).unwrap_or_default();
            let hire = at(*hire);
            csv.push_str(&format!(
                "{i},{grade},{step},{hire},{leave},{probation},{award},{won},{sick}\n"
            ));
        }
        match Roster::read("r.csv", csv.as_bytes(), Encoding::Auto, schedule) {
            Ok(r) => r.workers,
            Err(e) => panic!("{e}\n{csv}"),
        }
    }

    /// Every wanted month priced on its own, as pricing every month does.
    fn every(engines: &[PayEngine<'_>], wanted: &[bool], workers: &[Worker]) -> MonthGross {
        let mut priced = MonthGross::default();
        priced.start(engines.len(), workers.len());
        for (m, engine) in engines.iter().enumerate() {
            if wanted[m] {
                priced.price_month(engine, workers, m).unwrap();
            }
        }
        priced
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Pricing each worker only in the months that read differently gives
        /// every month exactly the figure pricing every month gives, whatever
        /// the dates and whichever months are wanted.
        #[test]
        fn pricing_alike_months_once_is_pricing_every_month(
            rows in proptest::collection::vec(row(), 1..25),
            first in 0u32..12,
            wanted in proptest::collection::vec(any::<bool>(), 1..10),
        ) {
            let schedule = Schedule::parse("s.toml", SCHEDULE).unwrap();
            let workers = workers(&schedule, &rows);
            prop_assert_eq!(workers.len(), rows.len());
            let mut period: Period = format!("2026-{:02}", first + 1).parse().unwrap();
            let mut engines = Vec::new();
            for _ in &wanted {
                engines.push(PayEngine::new(&schedule, period));
                period = period.next().unwrap();
            }
            let refs: Vec<&PayEngine> = engines.iter().collect();
            let tables = MonthReadings::tables(&refs);
            let mut alike = MonthGross::default();
            alike.start(engines.len(), workers.len());
            prop_assert!(alike.price_alike(&refs, &tables, &wanted, &workers));
            let every = every(&engines, &wanted, &workers);
            for w in 0..workers.len() {
                for m in 0..engines.len() {
                    prop_assert_eq!(alike.get(w, m), every.get(w, m), "worker {} month {}", w, m);
                }
            }
        }
    }

    #[test]
    fn a_pool_is_priced_month_by_month() {
        let pooled = SCHEDULE.replace(
            "[[allowance]]\nid = \"years\"",
            "[[allowance]]\nid = \"pool\"\nname = \"效益\"\ncategory = \"other\"\nkind = \"pool\"\namount = \"1000\"\nweights = { \"一级\" = \"1.0\", \"二级\" = \"1.5\" }\n\n[[allowance]]\nid = \"years\"",
        );
        let schedule = Schedule::parse("s.toml", &pooled).unwrap();
        let workers = workers(&schedule, &[(1, 10, None, None, None, 0)]);
        let period: Period = "2026-02".parse().unwrap();
        let engines = [PayEngine::new(&schedule, period)];
        let refs: Vec<&PayEngine> = engines.iter().collect();
        let mut priced = MonthGross::default();
        priced.start(1, workers.len());
        assert!(!priced.price_alike(&refs, &MonthReadings::tables(&refs), &[true], &workers));
    }

    #[test]
    fn months_alike_are_priced_once_and_a_new_table_again() {
        let schedule = Schedule::parse("s.toml", SCHEDULE).unwrap();
        let workers = workers(&schedule, &[(2, 10, None, None, None, 0)]);
        let months = ["2026-02", "2026-03", "2026-05"];
        let engines: Vec<PayEngine> = (months.iter())
            .map(|p| PayEngine::new(&schedule, p.parse().unwrap()))
            .collect();
        let refs: Vec<&PayEngine> = engines.iter().collect();
        // February and March share the table in force; May's is adjusted.
        assert_eq!(MonthReadings::tables(&refs), [0, 0, 2]);
        let mut priced = MonthGross::default();
        priced.start(3, 1);
        assert!(priced.price_alike(&refs, &MonthReadings::tables(&refs), &[true; 3], &workers));
        assert_eq!(priced.get(0, 0), priced.get(0, 1));
        assert_ne!(priced.get(0, 1), priced.get(0, 2));
    }
}
