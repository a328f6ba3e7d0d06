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
    dir.run_lang("zh", &args)
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
    // The same report in English (`--lang en`): the same figures.
    let schedule = example("starter/schedule.toml");
    let roster = example("starter/roster.csv");
    let en = dir
        .run(&[
            "propose",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--target-growth",
            "8%",
            "--mode",
            "lift-low",
            "--output",
            "new-en.toml",
        ])
        .success()
        .stdout()
        .replace(&example(""), "examples/");
    golden("propose_starter.en.txt", &en);
    assert!(en.starts_with("Proposal — "), "{en}");
    assert!(!stdout.contains("Proposal"), "{stdout}");
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
        &[
            "--target-growth",
            "-5%",
            "--floor",
            "3000",
            "-o",
            "new.toml",
        ],
    )
    .status(2)
    .stderr_has(&["目标 -5.00% 达不到：每个能级工资不低于下限 3,000.00，已使增长达到 -4.55%"]);
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
    .stderr_has(&["能级工资取整到 1000 元时", "请用更小的 --round-to"]);
    assert!(dir.files().is_empty());
}

#[test]
fn lift_low_does_not_cut() {
    let dir = Workdir::new();
    propose(&dir, &["--target-growth", "-2%", "--mode", "lift-low"])
        .status(2)
        .stderr_has(&["是降薪", "降薪请用 --mode uniform"]);
    // The same error in English under --lang en.
    let (schedule, roster) = (
        example("starter/schedule.toml"),
        example("starter/roster.csv"),
    );
    dir.run(&[
        "propose",
        "--schedule",
        &schedule,
        "--roster",
        &roster,
        "--target-growth",
        "-2%",
        "--mode",
        "lift-low",
    ])
    .status(2)
    .stderr_has(&["use --mode uniform for a cut"]);
}

#[test]
fn a_rate_needs_its_percent_sign() {
    let dir = Workdir::new();
    propose(&dir, &["--target-growth", "8"])
        .status(2)
        .stderr_has(&["“8”不是百分数", "如 8%"]);
}

/// A small enterprise in the Wenling pump industry whose 初级工 step 1 (2,800) is
/// below the examples' industry floor for 初级工 (2,900) and whose 学徒工 step 1
/// (2,490) equals Zhejiang's tier-1 minimum wage.
const PUMP_ENTERPRISE: &str = r#"
[schedule]
title = "示例泵业有限公司能级工资专项集体合同"
scope = "enterprise"
employer = "示例泵业有限公司"
union = "示例泵业有限公司工会"
region = "331081"
industry = "泵与电机制造"
effective = 2026-01-01
expires = 2026-12-31

[[grade]]
name = "学徒工"
pay = ["2490", "2560"]

[[grade]]
name = "初级工"
pay = ["2800", "2880", "2960"]

[[grade]]
name = "中级工"
base = "3400"
increment = "100"
steps = 3
"#;

const PUMP_ROSTER: &str =
    "工号,姓名,能级,档次\nP1,甲,学徒工,1\nP2,乙,学徒工,2\nP3,丙,初级工,1\nP4,丁,初级工,2\nP5,戊,初级工,3\nP6,己,中级工,1\nP7,庚,中级工,3\n";

/// The rules of `nengji check --format json` findings on `schedule`.
fn check_rules(dir: &Workdir, schedule: &str, code: i32) -> Vec<String> {
    let run = dir
        .run(&[
            "check",
            "--schedule",
            schedule,
            "--standards",
            "zhejiang",
            "--standards",
            &example("standards/examples.toml"),
            "--format",
            "json",
        ])
        .status(code);
    let report: Value = serde_json::from_str(&run.stdout()).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

/// `propose` on the pump enterprise in Chinese (the report's language under a
/// Chinese locale).
fn propose_pump(dir: &Workdir, extra: &[&str]) -> common::Run {
    propose_pump_in("zh", dir, extra)
}

fn propose_pump_in(lang: &str, dir: &Workdir, extra: &[&str]) -> common::Run {
    let schedule = dir.write("schedule.toml", PUMP_ENTERPRISE);
    let roster = dir.write("roster.csv", PUMP_ROSTER);
    let mut args = vec![
        "propose",
        "--schedule",
        &schedule,
        "--roster",
        &roster,
        "--mode",
        "uniform",
    ];
    args.extend_from_slice(extra);
    dir.run_lang(lang, &args)
}

#[test]
fn standards_lift_a_grade_to_its_industry_floor_and_the_result_passes_check() {
    let dir = Workdir::new();
    let examples = example("standards/examples.toml");

    // Without standards, 3% leaves 初级工 step 1 at about 2,800 x 1.03 = 2,884
    // -> 2,880, below the floor of 2,900; and 学徒工 step 1 is raised anyway.
    propose_pump(&dir, &["--target-growth", "3%", "-o", "plain.toml"]).success();
    let plain = dir.read("plain.toml");
    assert!(plain.contains("pay = [\"2880\", "), "{plain}");
    let rules = check_rules(&dir, &dir.path("plain.toml").display().to_string(), 1);
    assert!(rules.contains(&"industry-floor".to_string()), "{rules:?}");

    // With them, 初级工 step 1 is lifted to the floor (升至下限) and the report
    // lists each grade's floor and the rule that sets it.
    let run = propose_pump(
        &dir,
        &[
            "--target-growth",
            "3%",
            "--standards",
            "zhejiang",
            "--standards",
            &examples,
            "-o",
            "new.toml",
        ],
    )
    .success()
    .stdout_has(&[
        "升至下限",
        "能级工资下限（--standards）：",
        "  学徒工 ≥ 2,490.01：浙江省集体合同条例 Art 5: strictly above the minimum wage 2,490.00",
        "  初级工 ≥ 2,900.00：浙江省集体合同条例 Art 27: the industry floor of 温岭市泵与电机行业",
        "  中级工 ≥ 3,300.00：浙江省集体合同条例 Art 27",
        "已写入 new.toml",
    ]);
    // The floor names grades the enterprise does not have: said on stderr.
    assert!(
        run.stderr().contains(
            "行业最低标准：“温岭市泵与电机行业”为能级“高级工”规定了 3,900.00 元，本合同没有该能级"
        ),
        "{}",
        run.stderr()
    );
    let new = dir.read("new.toml");
    assert!(new.contains("pay = [\"2900\", "), "{new}");
    assert!(new.starts_with(&format!(
        "# nengji propose --target-growth 3% --mode uniform --round-to 10 --standards zhejiang --standards {examples}\n"
    )));
    // The written schedule passes check: no floor or minimum-wage errors, none
    // at all (only the warnings for the floor's grades it lacks and structure).
    let rules = check_rules(&dir, &dir.path("new.toml").display().to_string(), 0);
    for rule in [
        "industry-floor",
        "agreed-above-minimum",
        "structure-monotone",
    ] {
        assert!(!rules.contains(&rule.to_string()), "{rule}: {rules:?}");
    }
    // Still within 0.05 point of the target.
    let c: Value = serde_json::from_str(
        &dir.run(&[
            "compare",
            "--roster",
            &dir.path("roster.csv").display().to_string(),
            &dir.path("schedule.toml").display().to_string(),
            &dir.path("new.toml").display().to_string(),
            "--format",
            "json",
        ])
        .success()
        .stdout(),
    )
    .unwrap();
    let growth = c["offers"][0]["average_growth"].as_str().unwrap();
    let growth = Decimal::from_str(growth.trim_end_matches('%')).unwrap();
    assert!((growth - Decimal::from(3)).abs() <= Decimal::from_str("0.05").unwrap());
}

#[test]
fn a_cut_the_standards_forbid_names_the_floors() {
    let dir = Workdir::new();
    // Without standards a 5% cut is possible.
    propose_pump(&dir, &["--target-growth", "-5%"]).success();
    // With them every grade stays at its floor or above: the deepest cut is
    // 2500 + 2510 + 2900 + 2910 + 2920 + 3300 + 3320 = 20,360 against 20,690,
    // -1.59%.
    propose_pump_in(
        "en",
        &dir,
        &[
            "--target-growth",
            "-5%",
            "--standards",
            "zhejiang",
            "--standards",
            &example("standards/examples.toml"),
            "-o",
            "new.toml",
        ],
    )
    .status(2)
    .stderr_has(&[
        "error: the target -5.00% cannot be met: keeping every grade pay at or above its grade's floor (浙江省集体合同条例 Art 5: strictly above the minimum wage 2,490.00 (浙江省 2024-01-01 tier 1, region 331081); 浙江省集体合同条例 Art 27: the industry floor of 温岭市泵与电机行业 from 2026-01-01) already gives -1.59%",
    ]);
    assert!(!dir.files().contains(&"new.toml".to_string()));
}
