use super::*;
use rust_decimal_macros::dec;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn p(s: &str) -> Period {
    s.parse().unwrap()
}

fn worker(hire: Option<&str>, leave: Option<&str>) -> Worker {
    Worker {
        hire_date: hire.map(d),
        leave_date: leave.map(d),
        ..Worker::default()
    }
}

fn calendar() -> Attendance {
    Attendance {
        counting: Counting::Calendar,
        ..Attendance::default()
    }
}

#[test]
fn a_whole_month_at_full_pay_is_no_part() {
    let att = Attendance::default();
    assert_eq!(Part::of(&att, p("2026-03"), &worker(None, None)), None);
    assert_eq!(
        Part::of(&att, p("2026-03"), &worker(Some("2019-03-01"), None)),
        None
    );
    // Hired on the first day and leaving on the last: the whole month.
    assert_eq!(
        Part::of(
            &att,
            p("2026-03"),
            &worker(Some("2026-03-01"), Some("2026-03-31"))
        ),
        None
    );
}

#[test]
fn a_joiner_on_the_second_day_counts_weekdays_from_it() {
    // March 2026: the 1st is a Sunday, so the 2nd to the 31st has all 22 weekdays;
    // 22 is more than 21.75, so the part is the whole month.
    let att = Attendance::default();
    let part = Part::of(&att, p("2026-03"), &worker(Some("2026-03-02"), None)).unwrap();
    assert_eq!(part.counted, dec!(22));
    assert!(part.is_whole());
    // From Tuesday the 3rd: 21 weekdays.
    let part = Part::of(&att, p("2026-03"), &worker(Some("2026-03-03"), None)).unwrap();
    assert_eq!(part.counted, dec!(21));
    assert!(!part.is_whole());
    let pay = part.apply(Money::from(4350), Decimal::ONE, Rounding::default());
    assert_eq!(pay, Some(Money::new(dec!(4200.00))));
}

#[test]
fn a_joiner_on_the_last_day() {
    let att = Attendance::default();
    // 2026-03-31 is a Tuesday: one paid day.
    let part = Part::of(&att, p("2026-03"), &worker(Some("2026-03-31"), None)).unwrap();
    assert_eq!(part.counted, dec!(1));
    assert_eq!(
        part.apply(Money::from(4350), Decimal::ONE, Rounding::default()),
        Some(Money::new(dec!(200.00)))
    );
    // 2026-02-28 is a Saturday: no paid day.
    let part = Part::of(&att, p("2026-02"), &worker(Some("2026-02-28"), None)).unwrap();
    assert_eq!(part.counted, dec!(0));
    assert_eq!(
        part.apply(Money::from(4350), Decimal::ONE, Rounding::default()),
        Some(Money::new(dec!(0.00)))
    );
}

#[test]
fn a_leaver_and_one_not_employed_in_the_month() {
    let att = Attendance::default();
    // Leaving Friday 2026-03-06: Monday 2nd to Friday 6th, 5 weekdays.
    let part = Part::of(&att, p("2026-03"), &worker(None, Some("2026-03-06"))).unwrap();
    assert_eq!(part.counted, dec!(5));
    let part = Part::of(&att, p("2026-03"), &worker(Some("2026-04-01"), None)).unwrap();
    assert_eq!(part.employed, None);
    assert_eq!(part.numerator, Decimal::ZERO);
    let part = Part::of(&att, p("2026-03"), &worker(None, Some("2026-02-27"))).unwrap();
    assert_eq!(part.employed, None);
}

#[test]
fn calendar_counting_and_half_fen_ties() {
    // April 2026 has 30 days; from the 16th, 15 of them: half the month.
    let w = worker(Some("2026-04-16"), None);
    let part = Part::of(&calendar(), p("2026-04"), &w).unwrap();
    assert_eq!(part.how, How::Calendar { days: 15, of: 30 });
    assert_eq!(part.days(), dec!(10.875));
    let amount = Money::new(dec!(2490.01));
    let half_up = Rounding::default();
    let half_even = Rounding {
        mode: crate::rounding::RoundingMode::HalfEven,
        scale: 2,
    };
    // 2490.01 / 2 = 1245.005 exactly: the tie goes up, or to the even fen.
    assert_eq!(part.share(amount), Some(dec!(1245.005)));
    assert_eq!(
        part.apply(amount, Decimal::ONE, half_up),
        Some(Money::new(dec!(1245.01)))
    );
    assert_eq!(
        part.apply(amount, Decimal::ONE, half_even),
        Some(Money::new(dec!(1245.00)))
    );
}

#[test]
fn leave_by_kind_and_the_roster_days() {
    let att = Attendance {
        sick_rate: crate::Rate::from_percent(dec!(80)),
        maternity_rate: crate::Rate::from_percent(dec!(0)),
        ..Attendance::default()
    };
    let mut w = worker(None, None);
    // 事假 2, 病假 5 at 80%, 旷工 1, 产假 0: 21.75 - 2 - 1 - 5 x 0.2 = 17.75.
    w.leave_days = [dec!(2), dec!(5), dec!(1), dec!(0)];
    let part = Part::of(&att, p("2026-03"), &w).unwrap();
    assert_eq!(part.days(), dec!(17.75));
    w.leave_days = [dec!(0), dec!(0), dec!(0), dec!(30)];
    let part = Part::of(&att, p("2026-03"), &w).unwrap();
    assert_eq!(part.days(), dec!(0), "never below zero");
    // A joiner whose enterprise counts the days itself.
    let mut w = worker(Some("2026-03-16"), None);
    w.days_worked = Some(dec!(13));
    let part = Part::of(&att, p("2026-03"), &w).unwrap();
    assert_eq!((part.how, part.counted), (How::Roster, dec!(13)));
}

#[test]
fn probation_covers_only_a_month_wholly_inside_it() {
    let att = Attendance::default();
    let mut w = worker(Some("2026-01-05"), None);
    w.probation_end = Some(d("2026-03-04"));
    assert!(Part::of(&att, p("2026-02"), &w).unwrap().probation);
    // The month probation ends in is paid in full (the choice in the worker's favour).
    assert_eq!(Part::of(&att, p("2026-03"), &w), None);
    w.probation_end = Some(d("2026-03-31"));
    assert!(Part::of(&att, p("2026-03"), &w).unwrap().probation);
}

#[test]
fn weekdays_are_counted_both_ends() {
    assert_eq!(weekdays(d("2026-03-02"), d("2026-03-08")), dec!(5));
    assert_eq!(weekdays(d("2026-03-07"), d("2026-03-08")), dec!(0));
    assert_eq!(weekdays(d("2026-03-06"), d("2026-03-09")), dec!(2));
    assert_eq!(weekdays(d("2026-02-01"), d("2026-02-28")), dec!(20));
}

proptest::proptest! {
    /// A part of the month never pays more than the whole month.
    #[test]
    fn a_part_never_exceeds_the_month(
        fen in 0i64..100_000_000,
        hire in 0u32..40,
        leave in 0u32..40,
        sick in 0u32..25,
        personal in 0u32..25,
        worked in proptest::option::of(0u32..=31),
        cal in proptest::bool::ANY,
    ) {
        let period = p("2026-03");
        let day = |n: u32| d("2026-02-20") + chrono::Days::new(u64::from(n));
        let mut w = worker(None, None);
        w.hire_date = Some(day(hire));
        w.leave_date = Some(day(hire.max(leave)));
        w.leave_days = [Decimal::from(personal), Decimal::from(sick), Decimal::ZERO, Decimal::ZERO];
        w.days_worked = worked.map(Decimal::from);
        let att = if cal { calendar() } else { Attendance::default() };
        let amount = Money::new(Decimal::new(fen, 2));
        if let Some(part) = Part::of(&att, period, &w) {
            let paid = part.apply(amount, Decimal::ONE, Rounding::default()).unwrap();
            proptest::prop_assert!(paid <= amount, "{paid} > {amount}");
            proptest::prop_assert!(!paid.is_negative());
        }
    }
}
