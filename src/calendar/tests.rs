use chrono::NaiveDate;

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn the_shipped_years_parse() {
    let parsed = Calendar::parse(BUILTIN_FILE, BUILTIN).unwrap();
    assert_eq!(parsed.years().collect::<Vec<_>>(), vec![2025, 2026]);
    assert_eq!(Calendar::builtin(), &parsed);
}

#[test]
fn holidays_and_make_up_days() {
    let c = Calendar::builtin();
    // 国庆节 2026: 10-1..10-7 off, Saturday 10-10 worked.
    assert_eq!(c.day(d(2026, 10, 1)), (DayKind::Rest, true));
    assert_eq!(c.day(d(2026, 10, 7)), (DayKind::Rest, true));
    assert_eq!(c.day(d(2026, 10, 8)), (DayKind::Working, true));
    assert_eq!(c.day(d(2026, 10, 10)), (DayKind::Working, true));
    assert_eq!(c.day(d(2026, 10, 11)), (DayKind::Rest, true));
    // 2025's 春节 and its two make-up days.
    assert_eq!(c.day(d(2025, 1, 26)), (DayKind::Working, true));
    assert_eq!(c.day(d(2025, 2, 3)), (DayKind::Rest, true));
    // Outside the calendar: weekends only, and flagged.
    assert_eq!(c.day(d(2027, 10, 1)), (DayKind::Working, false));
    assert_eq!(c.day(d(2027, 10, 2)), (DayKind::Rest, false));
}

#[test]
fn ten_working_days_across_national_day() {
    // Monday 2026-09-28: 9-29, 9-30, (10-1..10-7 off), 10-8, 10-9, Saturday
    // 10-10 (worked), 10-12 .. 10-16.
    let c = Calendar::builtin();
    let counted = c.add_working_days(d(2026, 9, 28), 10).unwrap();
    assert_eq!(counted.date, d(2026, 10, 16));
    assert!(counted.is_certain());
    // Only weekends skipped would give 10-12: the calendar moved it four days.
    assert_eq!(
        Calendar::default()
            .add_working_days(d(2026, 9, 28), 10)
            .unwrap()
            .date,
        d(2026, 10, 12)
    );
    assert_eq!(
        c.add_working_days(d(2026, 9, 28), 0).unwrap().date,
        d(2026, 9, 28)
    );
}

#[test]
fn a_period_ending_on_a_rest_day_ends_on_the_next_working_day() {
    let c = Calendar::builtin();
    // 20 days from 2026-01-05 end on Sunday 2026-01-25: moved to Monday.
    let counted = c.add_days(d(2026, 1, 5), 20).unwrap();
    assert_eq!(counted.unmoved, d(2026, 1, 25));
    assert_eq!(counted.date, d(2026, 1, 26));
    assert!(counted.moved());
    // Ending inside 国庆节 2025 (10-1..10-8): the next working day is 10-9.
    let counted = c.add_days(d(2025, 9, 11), 20).unwrap();
    assert_eq!(counted.date, d(2025, 10, 9));
    // Ending on a make-up Saturday: that is a working day, not moved.
    let counted = c.add_days(d(2026, 9, 20), 20).unwrap();
    assert_eq!(counted.date, d(2026, 10, 10));
    assert!(!counted.moved());
    // Ending on a weekday: unchanged.
    assert_eq!(
        c.add_days(d(2025, 11, 3), 20).unwrap().date,
        d(2025, 11, 24)
    );
}

#[test]
fn a_year_missing_is_reported() {
    let c = Calendar::builtin();
    let counted = c.add_working_days(d(2026, 12, 24), 10).unwrap();
    assert_eq!(counted.unknown_years, vec![2027]);
    assert!(!counted.is_certain());
    let mut extended = c.clone();
    extended.extend(
        Calendar::parse(
            "my.toml",
            "[[year]]\nyear = 2027\nsource = \"x\"\n[[year.holiday]]\nname = \"元旦\"\nfrom = 2027-01-01\nto = 2027-01-03\n",
        )
        .unwrap(),
    );
    let counted = extended.add_working_days(d(2026, 12, 24), 10).unwrap();
    assert!(counted.is_certain());
    // 12-25, 28, 29, 30, 31, (1-1..1-3 off), 1-4 .. 1-8.
    assert_eq!(counted.date, d(2027, 1, 8));
}

#[test]
fn bad_files_are_placed_and_explained() {
    let err = Calendar::parse(
        "my.toml",
        "[[year]]\nyear = 2027\nsource = \"x\"\nworkdays = [2027-01-06]\n",
    )
    .unwrap_err();
    assert_eq!(err.location.to_string(), "my.toml:1:1");
    assert!(
        err.message.contains("only a Saturday or Sunday"),
        "{}",
        err.message
    );
    let err = Calendar::parse(
        "my.toml",
        "[[year]]\nyear = 2027\nsource = \"x\"\n[[year.holiday]]\nname = \"春节\"\nfrom = 2026-02-15\nto = 2026-02-23\n",
    )
    .unwrap_err();
    assert!(err.message.contains("not in 2027"), "{}", err.message);
    let err = Calendar::parse("my.toml", "[[year]]\nyear = 2027\nsourse = \"x\"\n").unwrap_err();
    assert!(err.hint.contains("did you mean 'source'"), "{}", err);
    let twice = "[[year]]\nyear = 2027\nsource = \"x\"\n[[year]]\nyear = 2027\nsource = \"y\"\n";
    let err = Calendar::parse("my.toml", twice).unwrap_err();
    assert_eq!(err.location.line, 4);
}
