//! The probation, sick-pay and partial-month minimum-wage checks, each on a case
//! that passes and one that fails at its boundary.

use super::*;
use crate::pay::PayEngine;
use crate::roster::{Encoding, Roster};
use crate::standards::Standards;
use crate::{Period, Schedule};

fn schedule(body: &str) -> Schedule {
    let text = format!(
        "[schedule]\ntitle = \"t\"\nscope = \"enterprise\"\nemployer = \"甲\"\nunion = \"乙\"\nregion = \"331081\"\neffective = 2026-01-01\nexpires = 2026-12-31\n\n{body}"
    );
    Schedule::parse("test.toml", &text).unwrap()
}

fn rules(schedule: &Schedule, csv: &str, period: &str) -> Vec<&'static str> {
    let mut standards = Standards::builtin("zhejiang").unwrap().unwrap();
    let tier =
        "[[region_tier]]\ncode = \"331081\"\ntier = 1\nsince = 2021-08-01\nsource = \"test\"\n";
    standards
        .combine(Standards::parse("local.toml", tier).unwrap())
        .unwrap();
    let period: Period = period.parse().unwrap();
    let roster = (!csv.is_empty())
        .then(|| Roster::read("r.csv", csv.as_bytes(), Encoding::Auto, schedule).unwrap());
    let workers = roster.as_ref().map_or(&[][..], |r| r.workers.as_slice());
    let sheets = PayEngine::new(schedule, period)
        .compute_all(workers)
        .unwrap();
    let ctx = Context::new(schedule, &standards, period)
        .at_periods(vec![period])
        .with_roster(workers, &sheets);
    check(&ctx).findings.iter().map(|f| f.rule).collect()
}

fn grade(pay: &str) -> String {
    format!("[[grade]]\nname = \"初级工\"\npay = [\"{pay}\"]\n")
}

#[test]
fn probation_at_80_percent_and_the_minimum_wage() {
    // 3112.50 x 80% = 2490.00: the minimum exactly, which passes.
    let s = schedule(&format!(
        "[attendance]\nprobation_rate = \"80%\"\n{}",
        grade("3112.50")
    ));
    assert!(!rules(&s, "", "2026-03").contains(&"probation-minimum"));
    // 3112.49 x 80% = 2489.99.
    let s = schedule(&format!(
        "[attendance]\nprobation_rate = \"80%\"\n{}",
        grade("3112.49")
    ));
    assert!(rules(&s, "", "2026-03").contains(&"probation-minimum"));
    let s = schedule(&format!(
        "[attendance]\nprobation_rate = \"79.9%\"\n{}",
        grade("5000")
    ));
    let found = rules(&s, "", "2026-03");
    assert!(found.contains(&"probation-rate"), "{found:?}");
    let s = schedule(&format!(
        "[attendance]\nprobation_rate = \"80%\"\n{}",
        grade("5000")
    ));
    assert!(!rules(&s, "", "2026-03").contains(&"probation-rate"));
}

#[test]
fn a_month_of_sick_leave_at_least_80_percent_of_the_minimum() {
    // 80% of 2490 = 1992.00: 2500 x 80% = 2000.00 passes, x 79.6% = 1990.00 does not.
    let s = schedule(&format!(
        "[attendance]\nsick_rate = \"80%\"\n{}",
        grade("2500")
    ));
    assert!(!rules(&s, "", "2026-03").contains(&"sick-pay-floor"));
    let s = schedule(&format!(
        "[attendance]\nsick_rate = \"79.6%\"\n{}",
        grade("2500")
    ));
    assert!(rules(&s, "", "2026-03").contains(&"sick-pay-floor"));
}

#[test]
fn a_partial_month_is_held_to_the_minimum_for_its_paid_days() {
    // Joining Monday 2026-03-16: 12 weekdays. The minimum for them is
    // 2490 x 12 / 21.75 = 1373.79, prorated and rounded as pay is: a worker paid
    // the minimum rate gets exactly that, and passes.
    let s = schedule(&grade("2490"));
    let csv = "employee_id,grade,hire_date\n1,初级工,2026-03-16\n";
    assert!(!rules(&s, csv, "2026-03").contains(&"minimum-wage"));
    // 2480 x 12 / 21.75 = 1368.28, below it.
    let s = schedule(&grade("2480"));
    assert!(rules(&s, csv, "2026-03").contains(&"minimum-wage"));
    // A whole month at 2490 passes, and a month in probation at 2490 x 80% fails.
    let s = schedule(&format!(
        "[attendance]\nprobation_rate = \"80%\"\n{}",
        grade("3000")
    ));
    let csv = "employee_id,grade,probation_end\n1,初级工,2026-03-31\n";
    let found = rules(&s, csv, "2026-03");
    assert!(found.contains(&"minimum-wage"), "{found:?}");
}

fn piece(quota: &str, rate: &str) -> String {
    format!(
        "[[piece_rate]]\nid = \"turn\"\nname = \"叶轮精车\"\nrate = \"{rate}\"\ncolumn = \"件数\"\npost = \"车工\"\nquota = {quota}\n"
    )
}

#[test]
fn piece_pay_at_the_quota_at_least_the_minimum_wage() {
    // 2000 x 1.245 = 2490.00: equal, which passes; 1.2449 gives 2489.80.
    let s = schedule(&format!("{}{}", grade("3000"), piece("2000", "1.245")));
    assert!(!rules(&s, "", "2026-03").contains(&"piece-quota-minimum"));
    let s = schedule(&format!("{}{}", grade("3000"), piece("2000", "1.2449")));
    assert!(rules(&s, "", "2026-03").contains(&"piece-quota-minimum"));
}

#[test]
fn a_quota_met_by_exactly_90_percent_passes() {
    let s = schedule(&format!("{}{}", grade("3000"), piece("2000", "1.3")));
    let rows = |met: usize, of: usize| {
        let mut csv = String::from("employee_id,grade,occupation,件数\n");
        for i in 0..of {
            let q = if i < met { 2000 } else { 1999 };
            csv.push_str(&format!("{i},初级工,车工,{q}\n"));
        }
        // Another post is not counted.
        csv.push_str("x,初级工,装配工,0\n");
        csv
    };
    assert!(!rules(&s, &rows(9, 10), "2026-03").contains(&"quota-achievable"));
    assert!(rules(&s, &rows(8, 10), "2026-03").contains(&"quota-achievable"));
    assert!(!rules(&s, &rows(18, 20), "2026-03").contains(&"quota-achievable"));
    assert!(rules(&s, &rows(17, 19), "2026-03").contains(&"quota-achievable"));
}
