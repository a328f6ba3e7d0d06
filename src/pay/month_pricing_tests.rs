//! The unit tests of `month_pricing.rs`, and the schedule and workers that
//! its callers' tests (arrears' `MonthGross`, assessment's `PayEffect`) price
//! the same way.

use super::*;
use crate::roster::{Encoding, Roster};
use crate::{Period, Schedule};
use chrono::{Days, NaiveDate};
use proptest::prelude::*;

/// Every way a month can read differently: an adjustment mid-year, a
/// per-year rule, a monthly and a one-off award, probation, hire and leave.
pub(crate) const SCHEDULE: &str = r#"
[schedule]
title = "t"
scope = "enterprise"
employer = "e"
union = "u"
region = "330100"
effective = 2026-01-01
expires = 2027-12-31

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
pub(crate) type Row = (u8, u64, Option<u64>, Option<u64>, Option<u64>, u8);

pub(crate) fn row() -> impl Strategy<Value = Row> {
    (
        1u8..4,
        0u64..1200,
        proptest::option::of(0u64..500),
        proptest::option::of(0u64..300),
        proptest::option::of(0u64..1200),
        0u8..3,
    )
}

/// The workers of `rows`, worker `i` in the higher grade when `higher(i)`.
pub(crate) fn workers(
    schedule: &Schedule,
    rows: &[Row],
    higher: impl Fn(usize) -> bool,
) -> Vec<Worker> {
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
        let grade = if higher(i) { "二级" } else { "一级" };
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

/// The schedule of [`SCHEDULE`], parsed once.
pub(crate) fn schedule() -> &'static Schedule {
    static SCHEDULE_PARSED: std::sync::OnceLock<Schedule> = std::sync::OnceLock::new();
    SCHEDULE_PARSED.get_or_init(|| Schedule::parse("s.toml", SCHEDULE).unwrap())
}

/// The engines of `months` months from `first` (0 is January 2026).
pub(crate) fn engines(schedule: &Schedule, first: u32, months: usize) -> Vec<PayEngine<'_>> {
    let mut period: Period = format!("2026-{:02}", first + 1).parse().unwrap();
    let mut engines = Vec::new();
    for _ in 0..months {
        engines.push(PayEngine::new(schedule, period));
        period = period.next().unwrap();
    }
    engines
}

/// Workers priced over a run of months, some of them wanted, as the
/// proptests draw them.
#[derive(Debug, Clone)]
pub(crate) struct Run {
    pub rows: Vec<Row>,
    /// The first month (0 is January 2026).
    pub first: u32,
    /// Which months are priced; as many as the run has months.
    pub wanted: Vec<bool>,
}

/// Runs of up to 24 workers and `most` months.
pub(crate) fn run(most: usize) -> impl Strategy<Value = Run> {
    (
        proptest::collection::vec(row(), 1..25),
        0u32..12,
        proptest::collection::vec(any::<bool>(), 1..most),
    )
        .prop_map(|(rows, first, wanted)| Run {
            rows,
            first,
            wanted,
        })
}

impl Run {
    /// The run's workers under [`schedule`], every second one in the higher grade.
    pub(crate) fn workers(&self) -> Vec<Worker> {
        workers(schedule(), &self.rows, |i| i % 2 == 1)
    }

    /// The engines of the run's months.
    pub(crate) fn engines(&self) -> Vec<PayEngine<'static>> {
        engines(schedule(), self.first, self.wanted.len())
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Each priced month's sheet is the sheet pricing that month gives, and
    /// a month not asked for has none, whatever the dates.
    #[test]
    fn a_shared_sheet_is_the_months_own(run in run(14)) {
        let (workers, engines) = (run.workers(), run.engines());
        prop_assert_eq!(workers.len(), run.rows.len());
        let refs: Vec<&PayEngine> = engines.iter().collect();
        let mut pricing = MonthPricing::default();
        for w in &workers {
            pricing.price(&refs, &MonthReadings::tables(&refs), w, |m| run.wanted[m]).unwrap();
            for (m, engine) in engines.iter().enumerate() {
                let own = run.wanted[m].then(|| engine.compute_all(std::slice::from_ref(w)).unwrap());
                prop_assert_eq!(pricing.sheet(m), own.as_ref().map(|s| &s[0]), "month {}", m);
            }
        }
    }
}

#[test]
fn months_alike_share_one_sheet_and_a_new_table_is_priced_again() {
    let workers = workers(schedule(), &[(2, 10, None, None, None, 0)], |_| false);
    let months = ["2026-02", "2026-03", "2026-05"];
    let engines: Vec<PayEngine> = (months.iter())
        .map(|p| PayEngine::new(schedule(), p.parse().unwrap()))
        .collect();
    let refs: Vec<&PayEngine> = engines.iter().collect();
    // February and March share the table in force; May's is adjusted.
    let tables = MonthReadings::tables(&refs);
    assert_eq!(tables, [0, 0, 2]);
    let mut pricing = MonthPricing::default();
    pricing
        .price(&refs, &tables, &workers[0], |_| true)
        .unwrap();
    let sheet = |m| pricing.sheet(m).map(std::ptr::from_ref);
    assert_eq!(sheet(0), sheet(1));
    assert_ne!(sheet(1), sheet(2));
    assert_ne!(
        pricing.sheet(1).map(|s| s.gross),
        pricing.sheet(2).map(|s| s.gross)
    );
}

#[test]
fn a_sheet_that_cannot_be_priced_is_an_error() {
    // A raise from May that follows a wage guideline no standards gave.
    let unresolved = SCHEDULE.replace("percent = \"2.5%\"", "guideline = \"base\"");
    let schedule = Schedule::parse("s.toml", &unresolved).unwrap();
    let workers = workers(&schedule, &[(2, 10, None, None, None, 0)], |_| false);
    let engines = engines(&schedule, 2, 3);
    let refs: Vec<&PayEngine> = engines.iter().collect();
    let tables = MonthReadings::tables(&refs);
    let mut pricing = MonthPricing::default();
    assert!(pricing
        .price(&refs, &tables, &workers[0], |m| m == 0)
        .is_ok());
    assert!(pricing
        .price(&refs, &tables, &workers[0], |_| true)
        .is_err());
}
