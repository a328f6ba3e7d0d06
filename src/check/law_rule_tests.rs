//! The monthly overtime cap (劳动法 Art 41), the 52号 P10 rule for 特级技师 and
//! 首席技师, and the assumed-tier warning, each passing and failing at its
//! boundary; the minimum wage of workers whose regions alternate.

use super::*;
use crate::pay::PayEngine;
use crate::roster::{Encoding, Roster};
use crate::standards::Standards;
use crate::{Money, Period, Schedule};

const TIER: &str =
    "[[region_tier]]\ncode = \"331081\"\ntier = 1\nsince = 2021-08-01\nsource = \"test\"\n";

fn schedule(body: &str) -> Schedule {
    let text = format!(
        "[schedule]\ntitle = \"t\"\nscope = \"enterprise\"\nemployer = \"甲\"\nunion = \"乙\"\nregion = \"331081\"\neffective = 2026-01-01\nexpires = 2026-12-31\n\n{body}"
    );
    Schedule::parse("test.toml", &text).unwrap()
}

fn run(schedule: &Schedule, extra: &str, csv: &str) -> Report {
    let mut standards = Standards::builtin("zhejiang").unwrap().unwrap();
    standards
        .combine(Standards::parse("local.toml", &format!("{TIER}{extra}")).unwrap())
        .unwrap();
    let period: Period = "2026-03".parse().unwrap();
    let roster = (!csv.is_empty())
        .then(|| Roster::read("r.csv", csv.as_bytes(), Encoding::Auto, schedule).unwrap());
    let workers = roster.as_ref().map_or(&[][..], |r| r.workers.as_slice());
    let sheets = PayEngine::new(schedule, period)
        .compute_all(workers)
        .unwrap();
    let ctx = Context::new(schedule, &standards, period)
        .at_periods(vec![period])
        .with_roster(workers, &sheets);
    check(&ctx)
}

fn found<'r>(report: &'r Report, rule: &str) -> Vec<&'r Finding> {
    report.findings.iter().filter(|f| f.rule == rule).collect()
}

const GRADE: &str = "[[grade]]\nname = \"初级工\"\npay = [\"3000\"]\n";
const OVERTIME: &str =
    "工号,姓名,企业,地区,能级,档次,工作日加班小时,休息日加班小时,法定节假日加班小时\n";

#[test]
fn thirty_six_hours_of_overtime_pass_and_more_fail_art_41() {
    let s = schedule(GRADE);
    let at_cap = run(
        &s,
        "",
        &format!("{OVERTIME}W1,甲,E1,331081,初级工,1,20,8,8\n"),
    );
    assert!(found(&at_cap, "overtime-monthly-cap").is_empty());
    let over = run(
        &s,
        "",
        &format!("{OVERTIME}W1,甲,E1,331081,初级工,1,20,8,8.5\n"),
    );
    let cap = found(&over, "overtime-monthly-cap");
    assert_eq!(cap.len(), 1, "{:#?}", over.findings);
    assert_eq!(cap[0].severity, Severity::Error);
    assert_eq!(cap[0].basis, "劳动法 Art 41");
    assert_eq!(
        cap[0].message,
        "36.5 hours of overtime in the month (20 on working days, 8 on rest days, 8.5 on statutory holidays), 0.5 more than the 36 hours a month 劳动法 Art 41 allows"
    );
    assert_eq!(
        cap[0].message_zh.text(),
        "本月加班36.5小时（工作日20小时、休息日8小时、法定节假日8.5小时），超过《劳动法》第四十一条每月36小时的上限0.5小时"
    );
    // Rest-day and holiday hours count as well as working-day hours.
    let rest = run(
        &s,
        "",
        &format!("{OVERTIME}W1,甲,E1,331081,初级工,1,0,37,0\n"),
    );
    assert_eq!(found(&rest, "overtime-monthly-cap").len(), 1);
}

const TOP: &str = "[[grade]]\nname = \"高级技师\"\npay = [\"6000\"]\n[[grade]]\nname = \"特级技师\"\npay = [\"7000\"]\n[[grade]]\nname = \"首席技师\"\npay = [\"8000\"]\n";
const WORKERS: &str = "工号,姓名,企业,地区,能级,档次\nW1,甲,E1,331081,高级技师,1\nW2,乙,E1,331081,特级技师,1\nW3,丙,E1,331081,首席技师,1\n";

fn reference(p10_senior: &str, p10_manager: &str) -> String {
    let mut text = String::new();
    for (occupation, p10) in [
        ("高级专业技术人员", p10_senior),
        ("中高层管理人员", p10_manager),
    ] {
        text.push_str(&format!(
            "[[market_level]]\noccupation = \"{occupation}\"\nyear = 2025\nregion = \"3310\"\nsource = \"test\"\np10 = \"{p10}\"\np25 = \"200000\"\np50 = \"250000\"\np75 = \"300000\"\np90 = \"400000\"\n"
        ));
    }
    text
}

fn with_reference(extra: &str) -> String {
    // The built-in [[skill_minimum]] names no reference; a local one does.
    format!(
        "{extra}[[skill_minimum]]\nregion = \"3310\"\neffective = 2025-12-01\nsource = \"test\"\nbasis = \"人社厅发〔2025〕52号\"\ntop_reference = [\"高级专业技术人员\", \"中高层管理人员\"]\n[[skill_minimum.category]]\nname = \"基础类\"\nrate = \"105%\"\n"
    )
}

#[test]
fn top_grades_reach_the_lowest_reference_p10() {
    let s = schedule(TOP);
    // 特级技师 7,000 x 12 = 84,000: at the lower P10 it passes; 首席技师 96,000 too.
    let r = run(&s, &with_reference(&reference("90000", "84000")), WORKERS);
    assert!(
        found(&r, "skill-minimum-top-p10").is_empty(),
        "{:#?}",
        r.findings
    );
    // A P10 one fen a year higher fails 特级技师 only; 高级技师 is not a top grade.
    let r = run(
        &s,
        &with_reference(&reference("90000", "84000.01")),
        WORKERS,
    );
    let top = found(&r, "skill-minimum-top-p10");
    assert_eq!(top.len(), 1, "{:#?}", r.findings);
    assert_eq!(top[0].severity, Severity::Warning);
    assert_eq!(top[0].basis, "人社厅发〔2025〕52号");
    assert!(matches!(&top[0].subject, Subject::Worker { employee_id, .. } if employee_id == "W2"));
    assert_eq!(
        top[0].shortfall,
        Some(Money::new(rust_decimal_macros::dec!(0.01)))
    );
    assert!(
        top[0]
            .message_zh
            .text()
            .contains("中高层管理人员（2025年）工资价位P10的84,000.01元"),
        "{}",
        top[0].message_zh
    );
}

#[test]
fn top_grades_without_a_reference_are_noted_not_passed() {
    let s = schedule(TOP);
    let r = run(&s, "", WORKERS);
    assert!(found(&r, "skill-minimum-top-p10").is_empty());
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("2 特级技师/首席技师 worker(s) not held to the market P10")),
        "{:#?}",
        r.notes
    );
    let r = run(&s, &with_reference(""), WORKERS);
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("no [[market_level]] for the top_reference")),
        "{:#?}",
        r.notes
    );
}

#[test]
fn an_assumed_tier_is_warned_of_once() {
    let assumed = "[[region_tier]]\ncode = \"331081\"\ntier = 1\nsince = 2024-01-01\nsource = \"ASSUMPTION\"\nassumed = true\n";
    let r = run(&schedule(GRADE), assumed, "");
    let w = found(&r, "region-tier-assumed");
    assert_eq!(w.len(), 1, "{:#?}", r.findings);
    assert_eq!(w[0].severity, Severity::Warning);
    assert_eq!(w[0].basis, "最低工资规定 Art 7");
    assert!(
        w[0].message_zh.text().contains("温岭市"),
        "{}",
        w[0].message_zh
    );
    let r = run(&schedule(GRADE), "", "");
    assert!(found(&r, "region-tier-assumed").is_empty());
}

#[test]
fn each_worker_is_held_to_their_region_when_regions_alternate() {
    // 2,400 a month is 90 short of 331081's tier-1 minimum; 330102 has no tier
    // here, and both of its workers are counted though another region parts them.
    let s = schedule("[[grade]]\nname = \"初级工\"\npay = [\"2400\"]\n");
    let rows = "W1,甲,E1,330102,初级工,1,0,0,0\nW2,乙,E1,331081,初级工,1,0,0,0\nW3,丙,E1,331081,初级工,1,0,0,0\nW4,丁,E1,330102,初级工,1,0,0,0\n";
    let r = run(&s, "", &format!("{OVERTIME}{rows}"));
    let short: Vec<String> = found(&r, "minimum-wage")
        .iter()
        .map(|f| f.subject.to_string())
        .collect();
    assert_eq!(short.len(), 2, "{:#?}", r.findings);
    assert!(
        short[0].starts_with("W2") && short[1].starts_with("W3"),
        "{short:?}"
    );
    let missing: Vec<String> = r
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("minimum-wage-") && f.rule != "minimum-wage-excluded")
        .map(|f| f.subject.to_string())
        .collect();
    assert!(
        missing.contains(&"region 330102 (2 workers)".to_string()),
        "{missing:?}"
    );
}
