//! Arrears: owed = entitled - paid month by month, totals are the sums, and who
//! is in which month follows the hire and leave dates.

use super::*;
use crate::roster::{Encoding, Roster};
use rust_decimal::Decimal;

fn schedule(pay: &str) -> Schedule {
    let text = format!(
        "[schedule]\ntitle = \"t\"\nscope = \"enterprise\"\nemployer = \"甲\"\nunion = \"乙\"\nregion = \"330100\"\neffective = 2026-01-01\nexpires = 2026-12-31\n[[grade]]\nname = \"初级\"\npay = [\"{pay}\"]\n"
    );
    Schedule::parse("s.toml", &text).unwrap()
}

fn p(s: &str) -> Period {
    s.parse().unwrap()
}

const ROSTER: &str = "employee_id,name,enterprise_id,grade,hire_date,leave_date\n\
    1,甲,E1,初级,2019-01-01,\n2,乙,E1,初级,2026-02-17,\n3,丙,E2,初级,2019-01-01,2026-02-06\n";

fn reckoning(previous: bool) -> Arrears {
    let new = schedule("4350");
    let old = schedule("3480");
    let rn = Roster::read("r.csv", ROSTER.as_bytes(), Encoding::Auto, &new).unwrap();
    let ro = Roster::read("r.csv", ROSTER.as_bytes(), Encoding::Auto, &old).unwrap();
    let months: Vec<Month> = months_between(p("2026-01"), p("2026-03"))
        .into_iter()
        .map(|period| Month {
            period,
            new: &rn.workers,
            old: previous.then_some(ro.workers.as_slice()),
            payroll: None,
        })
        .collect();
    reckon(
        &new,
        previous.then_some(&old),
        p("2026-01"),
        p("2026-03"),
        &months,
    )
    .unwrap()
}

#[test]
fn hire_and_leave_dates_decide_who_is_in_which_month() {
    let a = reckoning(true);
    let who: Vec<(String, String)> = a
        .rows
        .iter()
        .map(|r| (r.period.to_string(), r.employee_id.clone()))
        .collect();
    let want = [
        ("2026-01", "1"),
        ("2026-01", "3"),
        ("2026-02", "1"),
        ("2026-02", "2"),
        ("2026-02", "3"),
        ("2026-03", "1"),
        ("2026-03", "2"),
    ];
    assert_eq!(who, want.map(|(a, b)| (a.to_string(), b.to_string())));
    // A whole month: 4350 - 3480 = 870 owed.
    assert_eq!(a.rows[0].owed, Money::from(870));
    // 乙 joins Tuesday 2026-02-17: 9 weekdays; 4350 x 9 / 21.75 = 1800, 3480 x 9 / 21.75 = 1440.
    assert_eq!(
        (a.rows[3].entitled, a.rows[3].paid),
        (Money::from(1800), Money::from(1440))
    );
    assert_eq!(a.workers.len(), 3);
    assert_eq!(a.enterprises.len(), 2);
}

#[test]
fn unpaid_wages_are_owed_in_full() {
    let a = reckoning(false);
    assert!(a
        .rows
        .iter()
        .all(|r| r.paid == Money::ZERO && r.owed == r.entitled));
    assert!(a.rows.iter().all(|r| r.source == Source::Unpaid));
}

#[test]
fn owed_is_entitled_less_paid_and_totals_are_the_sums() {
    for a in [reckoning(true), reckoning(false)] {
        for r in &a.rows {
            assert_eq!(r.owed, r.entitled - r.paid);
        }
        let sum = |f: fn(&MonthRow) -> Money| a.rows.iter().map(f).sum::<Money>();
        assert_eq!(a.total.owed, sum(|r| r.owed));
        assert_eq!(a.total.entitled, sum(|r| r.entitled));
        assert_eq!(
            a.workers.iter().map(|w| w.owed).sum::<Money>(),
            a.total.owed
        );
        assert_eq!(
            a.enterprises.iter().map(|e| e.paid).sum::<Money>(),
            a.total.paid
        );
        assert_eq!(
            a.workers.iter().map(|w| w.months).sum::<u32>() as usize,
            a.rows.len()
        );
    }
}

#[test]
fn months_run_across_the_year() {
    let m = months_between(p("2025-11"), p("2026-02"));
    assert_eq!(
        m.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
        ["2025-11", "2025-12", "2026-01", "2026-02"]
    );
    assert!(months_between(p("2026-02"), p("2026-01")).is_empty());
}

proptest::proptest! {
    /// Owed = entitled - paid for any pair of pay levels, and the totals add up.
    #[test]
    fn owed_always_adds_up(new_fen in 0i64..100_000_000, old_fen in 0i64..100_000_000) {
        let new = schedule(&Decimal::new(new_fen, 2).to_string());
        let old = schedule(&Decimal::new(old_fen, 2).to_string());
        let rn = Roster::read("r.csv", ROSTER.as_bytes(), Encoding::Auto, &new).unwrap();
        let ro = Roster::read("r.csv", ROSTER.as_bytes(), Encoding::Auto, &old).unwrap();
        let months: Vec<Month> = months_between(p("2026-01"), p("2026-03"))
            .into_iter()
            .map(|period| Month { period, new: &rn.workers, old: Some(&ro.workers), payroll: None })
            .collect();
        let a = reckon(&new, Some(&old), p("2026-01"), p("2026-03"), &months).unwrap();
        let mut owed = Money::ZERO;
        for r in &a.rows {
            proptest::prop_assert_eq!(r.owed, r.entitled - r.paid);
            owed += r.owed;
        }
        proptest::prop_assert_eq!(a.total.owed, owed);
    }
}
