//! The unit tests of `roster_check.rs`: the streamed check against the whole roster's, byte for byte, and bad rows reported.

use super::*;
use crate::check::{check, write_grouped, write_report};
use crate::roster::{Encoding, Roster};

fn standards() -> Standards {
    let mut all = Standards::builtin("zhejiang").unwrap().unwrap();
    let examples = include_str!("../../examples/standards/examples.toml");
    all.combine(Standards::parse("examples.toml", examples).unwrap())
        .unwrap();
    all
}

/// The in-memory check of a whole roster, as bytes.
fn whole(schedule: &Schedule, roster: &str, standards: &Standards, f: ReportFormat) -> Vec<u8> {
    let period = schedule.pay_period(None);
    let r = Roster::read("r.csv", roster.as_bytes(), Encoding::Utf8, schedule).unwrap();
    let sheets = PayEngine::new(schedule, period)
        .compute_all(&r.workers)
        .unwrap();
    let ctx = Context::new(schedule, standards, period)
        .at_periods(Context::term_periods(schedule, standards))
        .with_roster(&r.workers, &sheets);
    let mut out = Vec::new();
    write_report(&check(&ctx), f, &mut out).unwrap();
    out
}

fn streamed(
    schedule: &Schedule,
    roster: &str,
    standards: &Standards,
    f: ReportFormat,
    jobs: usize,
    chunk_rows: usize,
) -> Vec<u8> {
    let run = RosterCheck {
        schedule,
        standards,
        period: schedule.pay_period(None),
        contract_periods: Context::term_periods(schedule, standards),
    };
    let schedules = std::slice::from_ref(schedule);
    let pipeline = Pipeline {
        chunk_rows,
        ..Pipeline::new(schedules, Encoding::Utf8, jobs)
    };
    let input = Input {
        name: "r.csv".into(),
        reader: Box::new(roster.as_bytes()),
    };
    let mut checked = run.run(vec![input], &pipeline, f).unwrap();
    let mut out = Vec::new();
    write_grouped(&checked.report, &mut checked.findings, &mut out).unwrap();
    out
}

#[test]
fn the_streamed_report_is_the_whole_rosters_byte_for_byte() {
    let standards = standards();
    let examples = [
        (
            include_str!("../../examples/pump/schedule.toml"),
            include_str!("../../examples/pump/roster.csv"),
        ),
        (
            include_str!("../../examples/courier/schedule.toml"),
            include_str!("../../examples/courier/roster.csv"),
        ),
        (
            include_str!("../../examples/workload/schedule.toml"),
            include_str!("../../examples/workload/roster.csv"),
        ),
    ];
    for (schedule, roster) in examples {
        let schedule = Schedule::parse("s.toml", schedule).unwrap();
        for f in [ReportFormat::Text, ReportFormat::Json, ReportFormat::Csv] {
            let expected = whole(&schedule, roster, &standards, f);
            assert!(expected.len() > 200);
            for (jobs, chunk_rows) in [(1, 4096), (1, 1), (3, 1), (2, 7), (4, 50)] {
                let got = streamed(&schedule, roster, &standards, f, jobs, chunk_rows);
                assert!(
                    got == expected,
                    "{} {f:?} jobs {jobs} chunks {chunk_rows}:\n{}\n----- expected\n{}",
                    schedule.meta.title,
                    String::from_utf8_lossy(&got),
                    String::from_utf8_lossy(&expected)
                );
            }
        }
    }
}

#[test]
fn bad_rows_are_all_reported() {
    let schedule = Schedule::parse(
        "s.toml",
        include_str!("../../examples/starter/schedule.toml"),
    )
    .unwrap();
    let roster = include_str!("../../examples/starter/roster.csv");
    let mut lines: Vec<&str> = roster.lines().collect();
    let bad = lines[1].replacen(',', ",,", 1);
    lines.push(&bad);
    let text = lines.join("\n");
    let standards = standards();
    let run = RosterCheck {
        schedule: &schedule,
        standards: &standards,
        period: schedule.pay_period(None),
        contract_periods: Vec::new(),
    };
    let schedules = std::slice::from_ref(&schedule);
    let pipeline = Pipeline::new(schedules, Encoding::Utf8, 2);
    let input = Input {
        name: "r.csv".into(),
        reader: Box::new(text.as_bytes()),
    };
    let err = run
        .run(vec![input], &pipeline, ReportFormat::Text)
        .unwrap_err();
    let whole = Roster::read("r.csv", text.as_bytes(), Encoding::Utf8, &schedule).unwrap_err();
    match err {
        RosterCheckError::Roster(errors) => assert_eq!(errors, whole),
        other => panic!("{other}"),
    }
}
