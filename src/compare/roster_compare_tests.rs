//! Unit tests of the streamed comparison: byte for byte the whole roster's, whatever the chunks.

use super::*;
use crate::compare::{write_csv, write_html, write_text, Scenario};
use crate::pay::{PayEngine, PaySheet};
use crate::roster::{Encoding, Roster};

/// The in-memory comparison, written.
fn whole(schedules: &[Schedule], labels: &[String], roster: &str, f: CompareFormat) -> Vec<u8> {
    let period = schedules[0].pay_period(None);
    let rosters: Vec<Roster> = schedules
        .iter()
        .map(|s| Roster::read("r.csv", roster.as_bytes(), Encoding::Utf8, s).unwrap())
        .collect();
    let sheets: Vec<Vec<PaySheet>> = schedules
        .iter()
        .zip(&rosters)
        .map(|(s, r)| PayEngine::new(s, period).compute_all(&r.workers).unwrap())
        .collect();
    let scenarios: Vec<Scenario> = (0..schedules.len())
        .map(|i| Scenario {
            label: &labels[i],
            schedule: &schedules[i],
            workers: &rosters[i].workers,
            sheets: &sheets[i],
        })
        .collect();
    let options = CompareOptions {
        largest_losses: 3,
        ..CompareOptions::default()
    };
    let c = Comparison::build(period, &scenarios[0], &scenarios[1..], &options).unwrap();
    let mut out = Vec::new();
    match f {
        CompareFormat::Text => write_text(&c, &mut out).unwrap(),
        CompareFormat::Html => write_html(&c, &mut out).unwrap(),
        CompareFormat::Csv => write_csv(&c, &mut out).unwrap(),
        CompareFormat::Xlsx => crate::compare::write_xlsx(&c, &mut out).unwrap(),
        CompareFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &c).unwrap();
            out.push(b'\n');
        }
    }
    out
}

fn streamed(
    schedules: &[Schedule],
    labels: &[String],
    roster: &str,
    f: CompareFormat,
    jobs: usize,
    chunk_rows: usize,
) -> Vec<u8> {
    let options = CompareOptions {
        largest_losses: 3,
        ..CompareOptions::default()
    };
    let run = RosterCompare {
        schedules,
        labels,
        period: schedules[0].pay_period(None),
        options: &options,
        format: f,
    };
    let pipeline = Pipeline {
        chunk_rows,
        ..Pipeline::new(schedules, Encoding::Utf8, jobs)
    };
    let input = Input {
        name: "r.csv".into(),
        reader: Box::new(roster.as_bytes()),
    };
    let mut c = run.run(vec![input], &pipeline).unwrap();
    let mut out = Vec::new();
    c.write(&mut out).unwrap();
    out
}

#[test]
fn the_streamed_comparison_is_the_whole_rosters_byte_for_byte() {
    let parse = |t: &str| Schedule::parse("s.toml", t).unwrap();
    let cases = [
        (
            vec![
                parse(include_str!("../../examples/workload/schedule.toml")),
                parse(include_str!("../../examples/workload/offer-a.toml")),
                parse(include_str!("../../examples/workload/offer-b.toml")),
            ],
            include_str!("../../examples/workload/roster.csv"),
        ),
        (
            vec![
                parse(include_str!("../../examples/pump/schedule.toml")),
                parse(include_str!("../../examples/pump/offer-employer.toml")),
            ],
            include_str!("../../examples/pump/roster.csv"),
        ),
    ];
    for (schedules, roster) in cases {
        let labels: Vec<String> = (0..schedules.len()).map(|i| format!("s{i}")).collect();
        for f in [
            CompareFormat::Text,
            CompareFormat::Csv,
            CompareFormat::Json,
            CompareFormat::Html,
        ] {
            let expected = whole(&schedules, &labels, roster, f);
            for (jobs, chunk_rows) in [(1, 4096), (1, 1), (3, 1), (2, 7), (4, 50)] {
                let got = streamed(&schedules, &labels, roster, f, jobs, chunk_rows);
                assert!(
                    got == expected,
                    "{f:?} jobs {jobs} chunks {chunk_rows}:\n{}",
                    String::from_utf8_lossy(&got)
                );
            }
        }
    }
}

/// The comparison read worker by worker or whole: its output, or its error.
fn read_as(
    schedules: &[Schedule],
    roster: &str,
    f: CompareFormat,
    (jobs, chunk_rows): (usize, usize),
    by_worker: bool,
) -> Result<Vec<u8>, String> {
    let labels: Vec<String> = (0..schedules.len()).map(|i| format!("s{i}")).collect();
    let options = CompareOptions {
        largest_losses: 3,
        ..CompareOptions::default()
    };
    let run = RosterCompare {
        schedules,
        labels: &labels,
        period: schedules[0].pay_period(None),
        options: &options,
        format: f,
    };
    let pipeline = Pipeline {
        chunk_rows,
        ..Pipeline::new(schedules, Encoding::Utf8, jobs)
    };
    let input = Input {
        name: "r.csv".into(),
        reader: Box::new(roster.as_bytes()),
    };
    let mut c = run
        .run_as(vec![input], &pipeline, by_worker)
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    c.write(&mut out).unwrap();
    Ok(out)
}

#[test]
fn worker_by_worker_reports_and_compares_as_the_whole_enterprise_does() {
    let parse = |t: &str| Schedule::parse("s.toml", t).unwrap();
    let schedules = [
        parse(include_str!("../../examples/workload/schedule.toml")),
        parse(include_str!("../../examples/workload/offer-a.toml")),
        parse(include_str!("../../examples/workload/offer-b.toml")),
    ];
    assert!(crate::compare::by_worker::priced_alone(&schedules));
    let good = include_str!("../../examples/workload/roster.csv");
    let lines: Vec<&str> = good.lines().collect();
    let with = |line: usize, edit: &dyn Fn(&str) -> String| -> String {
        let mut all: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        all[line] = edit(lines[line]);
        all.join("\n") + "\n"
    };
    let field = |row: &str, i: usize, value: &str| -> String {
        let mut cells: Vec<&str> = row.split(',').collect();
        cells[i] = value;
        cells.join(",")
    };
    let bad_step = with(40, &|r| field(r, 5, "x"));
    let repeated = with(41, &|_| {
        field(lines[41], 1, lines[40].split(',').nth(1).unwrap())
    });
    let bad_date = with(200, &|r| field(r, 9, "2021-13-40"));
    let short = with(120, &|r| r.rsplit_once(',').unwrap().0.to_string());
    // Two problems in two enterprises, the second in an offer's column only
    // read by that offer's rule.
    let mut both: Vec<String> = bad_step.lines().map(str::to_string).collect();
    both[250] = field(&both[250], 12, "many");
    let both = both.join("\n") + "\n";
    for roster in [good, &bad_step, &repeated, &bad_date, &short, &both] {
        for f in [CompareFormat::Text, CompareFormat::Csv, CompareFormat::Json] {
            for setup in [(1, 4096), (1, 1), (3, 7), (2, 50)] {
                let whole = read_as(&schedules, roster, f, setup, false);
                let each = read_as(&schedules, roster, f, setup, true);
                assert_eq!(each, whole, "{f:?} {setup:?}");
                if roster == good {
                    assert!(each.is_ok());
                } else {
                    assert!(each.is_err(), "{f:?} {setup:?}: a problem is reported");
                }
            }
        }
    }
}
