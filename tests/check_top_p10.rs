//! The 52号 rule for 特级技师 and 首席技师 (at least the regional P10 of senior
//! professional or management pay) through the real binary, with the market
//! levels in a standards file: at the P10 passes, one fen below fails, in the
//! JSON report and in the Chinese and English text.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use common::Workdir;

const SCHEDULE: &str = r#"[schedule]
title = "顶级技能等级测试"
scope = "enterprise"
employer = "温岭市测试泵业有限公司"
union = "温岭市测试泵业有限公司工会"
region = "331081"
effective = 2026-01-01
expires = 2026-12-31

[[grade]]
name = "高级技师"
pay = ["6000"]

[[grade]]
name = "特级技师"
pay = ["7000"]

[[grade]]
name = "首席技师"
pay = ["8000"]
"#;

const ROSTER: &str = "工号,姓名,企业,地区,能级,档次\n\
W1,甲,E1,331081,高级技师,1\n\
W2,乙,E1,331081,特级技师,1\n\
W3,丙,E1,331081,首席技师,1\n";

/// A local standards file: the tier, a skill minimum naming the two reference
/// occupations, and their market levels with the given P10s.
fn standards(p10_senior: &str, p10_manager: &str) -> String {
    let mut text = String::from(
        "[[region_tier]]\ncode = \"331081\"\ntier = 1\nsince = 2024-01-01\nsource = \"test\"\n\n\
         [[skill_minimum]]\nregion = \"3310\"\neffective = 2025-12-01\nsource = \"test\"\n\
         basis = \"人社厅发〔2025〕52号\"\ntop_reference = [\"高级专业技术人员\", \"中高层管理人员\"]\n\
         [[skill_minimum.category]]\nname = \"基础类\"\nrate = \"105%\"\n\n",
    );
    for (occupation, p10) in [
        ("高级专业技术人员", p10_senior),
        ("中高层管理人员", p10_manager),
    ] {
        text.push_str(&format!(
            "[[market_level]]\noccupation = \"{occupation}\"\nyear = 2026\nregion = \"3310\"\n\
             source = \"test\"\np10 = \"{p10}\"\np25 = \"200000\"\np50 = \"250000\"\n\
             p75 = \"300000\"\np90 = \"400000\"\n\n"
        ));
    }
    text
}

fn check(wd: &Workdir, lang: &str, p10s: (&str, &str), format: &str) -> common::Run {
    let schedule = wd.write("schedule.toml", SCHEDULE);
    let roster = wd.write("roster.csv", ROSTER);
    let local = wd.write("local.toml", standards(p10s.0, p10s.1));
    wd.run_lang(
        lang,
        &[
            "check",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--standards",
            "zhejiang",
            "--standards",
            &local,
            "--period",
            "2026-03",
            "--format",
            format,
        ],
    )
}

fn top_findings(run: &common::Run) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(&run.stdout()).expect("valid JSON");
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "skill-minimum-top-p10")
        .cloned()
        .collect()
}

#[test]
fn at_the_lowest_reference_p10_the_top_grades_pass() {
    // 特级技师 7,000 x 12 = 84,000, exactly the lower P10; 首席技师 96,000.
    let wd = Workdir::new();
    let run = check(&wd, "en", ("90000", "84000"), "json");
    assert!(run.code() <= 1, "{}", run.stderr());
    assert_eq!(top_findings(&run), Vec::<serde_json::Value>::new());
    let text = check(&wd, "zh", ("90000", "84000"), "text");
    assert!(
        !text.stdout().contains("P10"),
        "no P10 finding expected:\n{}",
        text.stdout()
    );
}

#[test]
fn one_fen_below_the_p10_fails_the_top_grade_only() {
    let wd = Workdir::new();
    let run = check(&wd, "en", ("90000", "84000.01"), "json");
    let found = top_findings(&run);
    assert_eq!(found.len(), 1, "{}", run.stdout());
    let f = &found[0];
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["basis"], "人社厅发〔2025〕52号");
    assert_eq!(f["subject"]["employee_id"], "W2", "{f}");
    assert_eq!(f["shortfall"], "0.01", "{f}");

    let en = check(&wd, "en", ("90000", "84000.01"), "text").stdout();
    assert!(
        en.contains("84,000.01") && en.contains("中高层管理人员"),
        "{en}"
    );
    let zh = check(&wd, "zh", ("90000", "84000.01"), "text").stdout();
    assert!(
        zh.contains("中高层管理人员（2026年）工资价位P10的84,000.01元"),
        "{zh}"
    );
}
