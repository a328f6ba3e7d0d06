//! `nengji propose` through the real binary: the starter example, the file it
//! writes, and the targets it cannot meet.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::str::FromStr;

use common::{example, golden, Workdir};
use rust_decimal::Decimal;
use serde_json::Value;

fn propose(dir: &Workdir, extra: &[&str]) -> common::Run {
    let schedule = example("starter/schedule.toml");
    let roster = example("starter/roster.csv");
    let mut args = vec!["propose", "--schedule", &schedule, "--roster", &roster];
    args.extend_from_slice(extra);
    dir.run(&args)
}

/// The average growth compare reports for `new` against the starter, in percent.
fn compared_growth(dir: &Workdir, new: &str) -> (Decimal, Value) {
    let run = dir
        .run(&[
            "compare",
            "--roster",
            &example("starter/roster.csv"),
            &example("starter/schedule.toml"),
            new,
            "--format",
            "json",
        ])
        .success();
    let c: Value = serde_json::from_str(&run.stdout()).unwrap();
    let growth = c["offers"][0]["average_growth"].as_str().unwrap();
    (Decimal::from_str(growth.trim_end_matches('%')).unwrap(), c)
}

#[test]
fn lift_low_on_the_starter_hits_eight_percent() {
    let dir = Workdir::new();
    let run = propose(
        &dir,
        &[
            "--target-growth",
            "8%",
            "--mode",
            "lift-low",
            "--output",
            "new.toml",
        ],
    )
    .success();
    let stdout = run.stdout().replace(&example(""), "examples/");
    golden("propose_starter.txt", &stdout);
    let new = dir.path("new.toml").display().to_string();
    let (growth, c) = compared_growth(&dir, &new);
    // Within the rounding: 0.05 percentage point of the target.
    assert!(
        (growth - Decimal::from(8)).abs() <= Decimal::from_str("0.05").unwrap(),
        "{growth}"
    );
    assert_eq!(c["offers"][0]["lifts_low"], true);
    // The file is a normal schedule: compute accepts it.
    dir.run(&[
        "compute",
        "--schedule",
        &new,
        "--roster",
        &example("starter/roster.csv"),
    ])
    .success();
    // Only grade pay and the two header lines differ from the original.
    let before = std::fs::read_to_string(example("starter/schedule.toml")).unwrap();
    let after = dir.read("new.toml");
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines().skip(2))
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 3, "{changed:?}");
    assert!(changed.iter().all(|(a, _)| a.starts_with("pay = [")));
    assert!(
        after.starts_with("# nengji propose --target-growth 8% --mode lift-low --round-to 10\n")
    );
}

#[test]
fn uniform_with_a_floor() {
    let dir = Workdir::new();
    propose(
        &dir,
        &["--target-growth", "6%", "--floor", "2790", "-o", "new.toml"],
    )
    .success()
    .stdout_has(&["方式 uniform", "升至下限", "已写入 new.toml"]);
    let text = dir.read("new.toml");
    // 初级 step 1 would be 2600 x 1.0x ~ 2770; the floor lifts it to 2790 and the
    // steps above it keep rising.
    assert!(text.contains("pay = [\"2790\", "), "{text}");
}

#[test]
fn output_dash_writes_the_schedule_to_stdout() {
    let dir = Workdir::new();
    let run = propose(&dir, &["--target-growth", "5%", "-o", "-"]).success();
    assert!(run
        .stdout()
        .starts_with("# nengji propose --target-growth 5% --mode uniform"));
    assert!(run.stdout().contains("[[allowance]]"));
    assert!(run.stderr().contains("目标平均增长 +5.00%"));
}

#[test]
fn without_output_nothing_is_written() {
    let dir = Workdir::new();
    propose(&dir, &["--target-growth", "5%"])
        .success()
        .stdout_has(&["未写入文件"]);
    assert!(dir.files().is_empty());
}

#[test]
fn a_target_the_floor_forbids_exits_2_and_writes_nothing() {
    let dir = Workdir::new();
    propose(
        &dir,
        &["--target-growth", "-5%", "--floor", "3000", "-o", "new.toml"],
    )
    .status(2)
    .stderr_has(&[
        "the target -5.00% cannot be met: keeping every grade pay at or above the floor 3,000.00 already gives -4.55%",
    ]);
    assert!(dir.files().is_empty());
}

#[test]
fn too_coarse_a_rounding_exits_2() {
    let dir = Workdir::new();
    propose(
        &dir,
        &[
            "--target-growth",
            "8%",
            "--round-to",
            "1000",
            "-o",
            "new.toml",
        ],
    )
    .status(2)
    .stderr_has(&["rounded to 1000 yuan", "use a smaller --round-to"]);
    assert!(dir.files().is_empty());
}

#[test]
fn lift_low_does_not_cut() {
    let dir = Workdir::new();
    propose(&dir, &["--target-growth", "-2%", "--mode", "lift-low"])
        .status(2)
        .stderr_has(&["use --mode uniform for a cut"]);
}

#[test]
fn a_rate_needs_its_percent_sign() {
    let dir = Workdir::new();
    propose(&dir, &["--target-growth", "8"])
        .status(2)
        .stderr_has(&["'8' is not a percentage"]);
}
