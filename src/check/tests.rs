//! Each check on a case that passes and one that fails, at the boundary.

use super::*;
use crate::pay::PayEngine;
use crate::roster::{Encoding, Roster};
use crate::standards::Standards;
use crate::{Money, Period, Schedule};
use rust_decimal_macros::dec;

const TIER: &str =
    "[[region_tier]]\ncode = \"331081\"\ntier = 1\nsince = 2021-08-01\nsource = \"test\"\n";

const HEADER: &str = "工号,姓名,企业,地区,能级,档次,岗位类别,职业,用工形式,工作小时,上年月均工资\n";

fn schedule_between(effective: &str, expires: &str, body: &str) -> Schedule {
    let text = format!(
        "[schedule]\ntitle = \"测试合同\"\nscope = \"enterprise\"\nemployer = \"甲\"\nunion = \"乙\"\nregion = \"331081\"\nindustry = \"泵与电机制造\"\neffective = {effective}\nexpires = {expires}\n\n{body}"
    );
    Schedule::parse("test.toml", &text).unwrap()
}

fn schedule(body: &str) -> Schedule {
    schedule_between("2026-01-01", "2026-12-31", body)
}

fn standards(extra: &str) -> Standards {
    let mut s = Standards::builtin("zhejiang").unwrap().unwrap();
    s.combine(Standards::parse("local.toml", &format!("{TIER}\n{extra}")).unwrap())
        .unwrap();
    s
}

/// Runs every check; `rows` are roster lines after the header.
fn run(schedule: &Schedule, standards: &Standards, period: &str, rows: &str) -> Report {
    let period: Period = period.parse().unwrap();
    let roster = if rows.is_empty() {
        None
    } else {
        let text = format!("{HEADER}{rows}");
        Some(Roster::read("r.csv", text.as_bytes(), Encoding::Auto, schedule).unwrap())
    };
    let workers = roster.as_ref().map_or(&[][..], |r| r.workers.as_slice());
    let sheets = PayEngine::new(schedule, period)
        .compute_all(workers)
        .unwrap();
    let ctx = Context::new(schedule, standards, period)
        .at_periods(Context::term_periods(schedule, standards))
        .with_roster(workers, &sheets);
    let ctx = if period != Period::of(schedule.meta.effective) {
        ctx.at_periods(vec![period])
    } else {
        ctx
    };
    check(&ctx)
}

fn found<'r>(report: &'r Report, rule: &str) -> Vec<&'r Finding> {
    report.findings.iter().filter(|f| f.rule == rule).collect()
}

fn money(s: &str) -> Money {
    s.parse().unwrap()
}

const ONE_GRADE: &str = "[[grade]]\nname = \"学徒工\"\npay = [\"2490.00\", \"2490.01\"]\n";

#[test]
fn pay_equal_to_the_minimum_fails_zhejiang_art_5() {
    let r = run(&schedule(ONE_GRADE), &standards(""), "2026-01", "");
    let art5 = found(&r, "agreed-above-minimum");
    assert_eq!(art5.len(), 1, "{:#?}", r.findings);
    let f = art5[0];
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(f.basis, "浙江省集体合同条例 Art 5");
    assert_eq!(
        f.subject,
        Subject::Step {
            grade: "学徒工".into(),
            step: 1
        }
    );
    assert_eq!(f.shortfall, Some(money("0.01")));
    assert_eq!(f.remedy, "raise 学徒工 step 1 by 0.01 to 2,490.01");
    assert!(r.has_errors());
}

#[test]
fn pay_equal_to_the_minimum_passes_the_minimum_wage_rule() {
    let r = run(
        &schedule(ONE_GRADE),
        &standards(""),
        "2026-01",
        "W1,甲,E1,331081,学徒工,1,,,全日制,,\nW2,乙,E1,331081,学徒工,2,,,全日制,,\n",
    );
    assert!(found(&r, "minimum-wage").is_empty(), "{:#?}", r.findings);
}

#[test]
fn pay_a_fen_below_the_minimum_fails_the_minimum_wage_rule() {
    let body = "[[grade]]\nname = \"学徒工\"\npay = [\"2489.99\"]\n";
    let r = run(
        &schedule(body),
        &standards(""),
        "2026-01",
        "W1,甲,E1,331081,学徒工,1,,,全日制,,\n",
    );
    let min = found(&r, "minimum-wage");
    assert_eq!(min.len(), 1);
    assert_eq!(min[0].basis, "最低工资规定 Art 12");
    assert_eq!(min[0].shortfall, Some(money("0.01")));
    assert_eq!(
        min[0].remedy,
        "pay W1 at least 0.01 more for 2026-01, to 2,490.00"
    );
}

#[test]
fn a_term_straddling_2024_01_01_is_checked_under_each_standard() {
    // 2,400 is above the 2021 minimum (2,280) and below the 2024 one (2,490).
    let body = "[[grade]]\nname = \"学徒工\"\npay = [\"2400\"]\n";
    let s = schedule_between("2023-07-01", "2024-06-30", body);
    let r = run(&s, &standards(""), "2023-07", "");
    assert_eq!(r.contract_periods, ["2023-07", "2024-01"]);
    let art5 = found(&r, "agreed-above-minimum");
    assert_eq!(art5.len(), 1, "{:#?}", r.findings);
    assert_eq!(art5[0].period, Some("2024-01".parse().unwrap()));
    assert_eq!(art5[0].shortfall, Some(money("90.01")));
    assert!(art5[0].message.contains("2024-01-01"));

    // Workers: the same pay passes in 2023-12 and fails in 2024-01.
    let row = "W1,甲,E1,331081,学徒工,1,,,全日制,,\n";
    let dec_2023 = run(&s, &standards(""), "2023-12", row);
    assert!(found(&dec_2023, "minimum-wage").is_empty());
    assert!(found(&dec_2023, "agreed-above-minimum").is_empty());
    let jan_2024 = run(&s, &standards(""), "2024-01", row);
    let min = found(&jan_2024, "minimum-wage");
    assert_eq!(min.len(), 1);
    assert_eq!(min[0].shortfall, Some(money("90.00")));
}

#[test]
fn part_time_pay_is_held_against_the_hourly_minimum() {
    let body = "[[grade]]\nname = \"学徒工\"\npay = [\"1920\", \"1919.99\"]\n";
    let s = schedule(body);
    // 80 hours x 24 = 1,920.00: equal passes, a fen less fails.
    let r = run(
        &s,
        &standards(""),
        "2026-01",
        "P1,甲,E1,331081,学徒工,1,,,非全日制,80,\nP2,乙,E1,331081,学徒工,2,,,非全日制,80,\nP3,丙,E1,331081,学徒工,1,,,非全日制,,\n",
    );
    let hourly = found(&r, "minimum-wage-hourly");
    assert_eq!(hourly.len(), 1, "{:#?}", r.findings);
    assert!(hourly[0].subject.to_string().starts_with("P2"));
    assert_eq!(hourly[0].shortfall, Some(money("0.01")));
    assert_eq!(found(&r, "minimum-wage-hours").len(), 1);
    assert!(found(&r, "minimum-wage").is_empty());
}

#[test]
fn a_part_timer_with_zero_hours_gets_the_hours_warning_not_a_pass() {
    // Zero hours make the hourly minimum zero, which any pay meets: the check
    // cannot be made, so it says so (最低工资规定 Art 5) instead of passing.
    let body = "[[grade]]\nname = \"学徒工\"\npay = [\"1920\"]\n";
    let r = run(
        &schedule(body),
        &standards(""),
        "2026-01",
        "P1,甲,E1,331081,学徒工,1,,,非全日制,0,\n",
    );
    let hours = found(&r, "minimum-wage-hours");
    assert_eq!(hours.len(), 1, "{:#?}", r.findings);
    assert!(hours[0].subject.to_string().starts_with("P1"));
    assert!(found(&r, "minimum-wage-hourly").is_empty());
}

#[test]
fn an_excluded_allowance_is_left_out_of_the_comparison() {
    let body = "[[grade]]\nname = \"学徒工\"\npay = [\"2400\"]\n\n[[allowance]]\nid = \"heat\"\nname = \"高温津贴\"\ncategory = \"other\"\nkind = \"fixed\"\namount = \"300\"\n";
    let r = run(
        &schedule(body),
        &standards(""),
        "2026-01",
        "W1,甲,E1,331081,学徒工,1,,,全日制,,\n",
    );
    let excluded = found(&r, "minimum-wage-excluded");
    assert_eq!(excluded.len(), 1);
    assert_eq!(
        excluded[0].remedy,
        "set counts_toward_minimum = false on allowance 'heat'"
    );
    // 2,400 + 300 would pass; without the heat allowance it is 90 short.
    let min = found(&r, "minimum-wage");
    assert_eq!(min.len(), 1, "{:#?}", r.findings);
    assert_eq!(min[0].shortfall, Some(money("90.00")));
}

#[test]
fn a_region_without_a_tier_or_standard_is_reported_not_filled() {
    let s = schedule(ONE_GRADE);
    let zj = Standards::builtin("zhejiang").unwrap().unwrap();
    let r = run(
        &s,
        &zj,
        "2026-01",
        "W1,甲,E1,331081,学徒工,2,,,全日制,,\nW2,乙,E1,331081,学徒工,2,,,全日制,,\n",
    );
    let tier = found(&r, "minimum-wage-tier");
    assert_eq!(tier.len(), 1, "{:#?}", r.findings);
    assert_eq!(tier[0].severity, Severity::Error);
    assert_eq!(tier[0].subject.to_string(), "region 331081 (2 workers)");
    assert!(found(&r, "agreed-above-minimum").is_empty());

    let r = run(
        &s,
        &standards(""),
        "2021-07",
        "W1,甲,E1,331081,学徒工,2,,,全日制,,\n",
    );
    let none = found(&r, "minimum-wage-standard");
    assert_eq!(none.len(), 1, "{:#?}", r.findings);
    assert!(none[0].message.contains("2021-07-31"));
}

const SKILL_GRADES: &str = "[[grade]]\nname = \"初级工\"\npay = [\"2614.50\", \"2614.49\"]\n\n[[grade]]\nname = \"中级工\"\npay = [\"2800\"]\n";

#[test]
fn skill_minimum_by_post_category_at_the_boundary() {
    // 基础类: 105% of 2,490 = 2,614.50.
    let r = run(
        &schedule(SKILL_GRADES),
        &standards(""),
        "2026-01",
        "W1,甲,E1,331081,初级工,1,基础类,,全日制,,\nW2,乙,E1,331081,初级工,2,基础类,,全日制,,\nW3,丙,E1,331081,中级工,1,重要类,,全日制,,\n",
    );
    let skill = found(&r, "skill-minimum");
    // W2 a fen short; W3 on 重要类 needs 120% = 2,988.00.
    assert_eq!(skill.len(), 2, "{:#?}", r.findings);
    assert!(skill[0].subject.to_string().starts_with("W2"));
    assert_eq!(skill[0].shortfall, Some(money("0.01")));
    assert_eq!(skill[0].severity, Severity::Warning, "a reference guide");
    assert_eq!(skill[0].basis, "人社厅发〔2025〕52号");
    assert_eq!(skill[1].shortfall, Some(money("188.00")));
}

#[test]
fn skill_minimum_rises_by_grade_and_binds_where_adopted() {
    let extra = "[[skill_minimum]]\nregion = \"331081\"\neffective = 2026-01-01\nsource = \"local\"\nbasis = \"温岭市技能人才最低工资\"\nbinding = true\n[[skill_minimum.category]]\nname = \"基础类\"\nrate = \"105%\"\nrise_per_grade = \"200\"\n";
    let r = run(
        &schedule(SKILL_GRADES),
        &standards(extra),
        "2026-01",
        "W3,丙,E1,331081,中级工,1,基础类,,全日制,,\n",
    );
    let skill = found(&r, "skill-minimum");
    assert_eq!(skill.len(), 1, "{:#?}", r.findings);
    assert_eq!(skill[0].severity, Severity::Error);
    // 2,614.50 + 200 for one grade up = 2,814.50; pay 2,800.
    assert_eq!(skill[0].shortfall, Some(money("14.50")));
}

const PUMP_FLOOR: &str = "[[industry_floor]]\nindustry = \"温岭市泵与电机行业\"\naliases = [\"泵与电机制造\"]\neffective = 2026-01-01\nsource = \"test\"\nbasis = \"浙江省集体合同条例 Art 27\"\nfloors = { \"学徒工\" = \"2600\", \"初级工\" = \"3000\", \"技师\" = \"5000\" }\n";

#[test]
fn industry_floors_per_grade() {
    let body = "[[grade]]\nname = \"学徒工\"\npay = [\"2600\", \"2700\"]\n\n[[grade]]\nname = \"初级工\"\npay = [\"2999.99\", \"3100\"]\n";
    let r = run(&schedule(body), &standards(PUMP_FLOOR), "2026-01", "");
    let floor = found(&r, "industry-floor");
    assert_eq!(floor.len(), 1, "{:#?}", r.findings);
    assert_eq!(floor[0].remedy, "raise 初级工 step 1 by 0.01 to 3,000.00");
    assert_eq!(floor[0].basis, "浙江省集体合同条例 Art 27");
    let grade = found(&r, "industry-floor-grade");
    assert_eq!(grade.len(), 1);
    assert_eq!(
        grade[0].subject,
        Subject::Grade {
            grade: "技师".into()
        }
    );
    // Before the floor takes effect, nothing is checked against it.
    let r = run(&schedule(body), &standards(PUMP_FLOOR), "2025-12", "");
    assert!(found(&r, "industry-floor").is_empty());
}

const GUIDELINE: &str = "[[wage_guideline]]\nyear = 2026\nregion = \"33\"\nsource = \"test\"\nbase = \"7%\"\nupper = \"11%\"\nlower = \"3%\"\nmanager_posts = [\"管理类\"]\n";

#[test]
fn growth_against_the_guideline_lines() {
    let body = "[[grade]]\nname = \"学徒工\"\npay = [\"3090\", \"3089.99\", \"3330.01\"]\n";
    let s = schedule(body);
    // 3,000 -> 3,090 is exactly 3%: passes.
    let r = run(
        &s,
        &standards(GUIDELINE),
        "2026-01",
        "W1,甲,E1,331081,学徒工,1,,,全日制,,3000\n",
    );
    assert!(found(&r, "guideline-lower").is_empty(), "{:#?}", r.findings);
    let r = run(
        &s,
        &standards(GUIDELINE),
        "2026-01",
        "W1,甲,E2,331081,学徒工,2,,,全日制,,3000\n",
    );
    let lower = found(&r, "guideline-lower");
    assert_eq!(lower.len(), 1);
    assert_eq!(lower[0].shortfall, Some(money("0.01")));
    let r = run(
        &s,
        &standards(GUIDELINE),
        "2026-01",
        "W1,甲,E3,331081,学徒工,3,,,全日制,,3000\n",
    );
    assert_eq!(found(&r, "guideline-upper").len(), 1);
}

#[test]
fn front_line_raise_not_below_managers() {
    let body = "[[grade]]\nname = \"学徒工\"\npay = [\"3150\", \"3300\"]\n";
    let r = run(
        &schedule(body),
        &standards(GUIDELINE),
        "2026-01",
        "W1,甲,E1,331081,学徒工,1,基础类,,全日制,,3000\nM1,乙,E1,331081,学徒工,2,管理类,,全日制,,3000\n",
    );
    let front = found(&r, "guideline-front-line");
    assert_eq!(front.len(), 1, "{:#?}", r.findings);
    assert!(front[0].message.contains("5%") && front[0].message.contains("10%"));
}

#[test]
fn annualised_pay_against_market_p25() {
    let extra = "[[market_level]]\noccupation = \"车工\"\nyear = 2024\nregion = \"33\"\nsource = \"test\"\np10 = \"57799\"\np25 = \"70594\"\np50 = \"87789\"\np75 = \"125472\"\np90 = \"149044\"\n";
    // 70,594 / 12 = 5,882.8333...: 5,882.84 x 12 is at P25, 5,882.83 x 12 below.
    let body = "[[grade]]\nname = \"学徒工\"\npay = [\"5882.84\"]\n\n[[grade]]\nname = \"初级工\"\npay = [\"5882.83\"]\n\n[[grade]]\nname = \"中级工\"\npay = [\"4000\"]\n";
    let r = run(
        &schedule(body),
        &standards(extra),
        "2026-01",
        "W1,甲,E1,331081,学徒工,1,,车工,全日制,,\nW2,乙,E1,331081,初级工,1,,车工,全日制,,\nW3,丙,E1,331081,中级工,1,,车工,全日制,,\n",
    );
    let market = found(&r, "market-below-p25");
    assert_eq!(market.len(), 2, "{:#?}", r.findings);
    assert_eq!(market[0].subject.to_string(), "车工 初级工");
    assert_eq!(market[0].shortfall, Some(money("0.01")));
    assert!(market[1].message.contains("P10"));
}

#[test]
fn overtime_multipliers_not_below_the_law() {
    let ok = run(&schedule(ONE_GRADE), &standards(""), "2026-01", "");
    assert!(found(&ok, "overtime-multiplier").is_empty());
    let body = format!(
        "{ONE_GRADE}\n[overtime]\nweekday = \"1.4\"\nholiday = \"3\"\nstandard_hours = \"176\"\n"
    );
    let r = run(&schedule(&body), &standards(""), "2026-01", "");
    let ot = found(&r, "overtime-multiplier");
    assert_eq!(ot.len(), 1);
    assert_eq!(ot[0].basis, "劳动法 Art 44");
    assert_eq!(ot[0].remedy, "set [overtime] weekday = \"1.5\" or more");
    assert_eq!(found(&r, "overtime-standard-hours").len(), 1);
}

const STRUCTURE: &str = "[structure]\nsource = \"test rules\"\nmin_grade_gap = \"10%\"\nmax_top_bottom_ratio = \"2\"\nmin_skill_share = \"10%\"\n";

#[test]
fn structure_rules() {
    // Steps fall in 初级工; 中级工 is exactly 10% above 初级工; 高级工 step 1 is
    // below 中级工 step 1; the top (6,000) is exactly twice the bottom (3,000).
    let body = "[[grade]]\nname = \"初级工\"\npay = [\"3000\", \"2900\"]\n\n[[grade]]\nname = \"中级工\"\npay = [\"3300\"]\n\n[[grade]]\nname = \"高级工\"\npay = [\"3200\", \"6000\"]\n";
    let r = run(&schedule(body), &standards(STRUCTURE), "2026-01", "");
    let mono = found(&r, "structure-monotone");
    assert_eq!(mono.len(), 2, "{:#?}", r.findings);
    assert_eq!(mono[0].remedy, "raise 初级工 step 2 by 100.00 to 3,000.00");
    assert_eq!(mono[1].remedy, "raise 高级工 step 1 by 100.00 to 3,300.00");
    let gap = found(&r, "structure-grade-gap");
    assert_eq!(
        gap.len(),
        1,
        "only 高级工 is under 10% above the grade below"
    );
    assert_eq!(gap[0].shortfall, Some(money("430.00")));
    assert!(found(&r, "structure-top-bottom").is_empty());
}

#[test]
fn top_to_bottom_ratio_at_the_boundary() {
    let at = "[[grade]]\nname = \"初级工\"\npay = [\"3000\"]\n\n[[grade]]\nname = \"高级工\"\npay = [\"6000\"]\n";
    let r = run(&schedule(at), &standards(STRUCTURE), "2026-01", "");
    assert!(
        found(&r, "structure-top-bottom").is_empty(),
        "exactly 2 times passes"
    );
    let over = "[[grade]]\nname = \"初级工\"\npay = [\"3000\"]\n\n[[grade]]\nname = \"高级工\"\npay = [\"6000.01\"]\n";
    let r = run(&schedule(over), &standards(STRUCTURE), "2026-01", "");
    let ratio = found(&r, "structure-top-bottom");
    assert_eq!(ratio.len(), 1);
    assert_eq!(ratio[0].shortfall, Some(money("0.01")));
}

#[test]
fn skill_linked_share_of_pay() {
    let body = "[[grade]]\nname = \"初级工\"\npay = [\"2700\"]\n\n[[allowance]]\nid = \"skill\"\nname = \"技能津贴\"\ncategory = \"skill\"\nkind = \"fixed\"\namount = \"300\"\n";
    // 300 of 3,000 is exactly 10%: passes.
    let r = run(
        &schedule(body),
        &standards(STRUCTURE),
        "2026-01",
        "W1,甲,E1,331081,初级工,1,,,全日制,,\n",
    );
    assert!(
        found(&r, "structure-skill-share").is_empty(),
        "{:#?}",
        r.findings
    );
    let body = body.replace("\"300\"", "\"299.99\"");
    let r = run(
        &schedule(&body),
        &standards(STRUCTURE),
        "2026-01",
        "W1,甲,E1,331081,初级工,1,,,全日制,,\n",
    );
    let share = found(&r, "structure-skill-share");
    assert_eq!(share.len(), 1);
    // (0.1 x 2,999.99 - 299.99) / 0.9 = 0.01: then 300.00 of 3,000.00 is 10%.
    assert_eq!(share[0].shortfall, Some(money("0.01")));
}

fn negotiation(text: &str) -> Report {
    let body = format!("{ONE_GRADE}\n[negotiation]\n{text}");
    run(&schedule(&body), &standards(""), "2026-01", "")
}

/// The same record under a schedule outside Zhejiang (北京市朝阳区), where the
/// national rules apply.
fn negotiation_national(text: &str) -> Report {
    let body = format!("{ONE_GRADE}\n[negotiation]\n{text}");
    let mut schedule = schedule(&body);
    schedule.meta.region = "110105".into();
    run(&schedule, &standards(""), "2026-01", "")
}

#[test]
fn representatives_per_side() {
    let r = negotiation("worker_representatives = 3\nemployer_representatives = 3\n");
    assert!(found(&r, "representatives-count").is_empty());
    assert!(found(&r, "representatives-equal").is_empty());
    let r = negotiation("worker_representatives = 3\nemployer_representatives = 2\n");
    assert_eq!(found(&r, "representatives-count").len(), 1);
    let r = negotiation(
        "above_scale = true\nworker_representatives = 4\nemployer_representatives = 4\n",
    );
    let count = found(&r, "representatives-count");
    assert_eq!(count.len(), 2);
    assert_eq!(count[0].basis, "浙江省集体合同条例 Art 10");
    let r = negotiation("worker_representatives = 6\nemployer_representatives = 6\nworker_experts = 2\nemployer_experts = 3\n");
    let experts = found(&r, "representatives-experts");
    assert_eq!(experts.len(), 1, "2 of 6 is 1/3 and passes; 3 of 6 fails");
    assert!(experts[0].message.contains("employer"));
}

#[test]
fn in_zhejiang_the_employer_side_may_be_smaller_but_not_larger() {
    // 浙江省集体合同条例 Art 10: 7 worker and 5 employer representatives are lawful.
    let r = negotiation("worker_representatives = 7\nemployer_representatives = 5\n");
    assert!(found(&r, "representatives-equal").is_empty(), "{r:?}");
    let r = negotiation("worker_representatives = 5\nemployer_representatives = 7\n");
    let larger = found(&r, "representatives-equal");
    assert_eq!(larger.len(), 1);
    assert_eq!(larger[0].basis, "浙江省集体合同条例 Art 10");
    assert!(larger[0]
        .message_zh
        .text()
        .contains("企业方代表人数不得多于职工方"));
    // Elsewhere 集体合同规定 Art 19 wants equal numbers: 7 and 5 fail.
    let r = negotiation_national("worker_representatives = 7\nemployer_representatives = 5\n");
    let unequal = found(&r, "representatives-equal");
    assert_eq!(unequal.len(), 1);
    assert_eq!(unequal[0].basis, "集体合同规定 Art 19");
    let r = negotiation_national("worker_representatives = 5\nemployer_representatives = 5\n");
    assert!(found(&r, "representatives-equal").is_empty());
}

#[test]
fn vote_quorum_and_majority_of_all_representatives() {
    let base = "worker_representatives = 5\nemployer_representatives = 5\n[negotiation.vote]\ntotal = 60\n";
    let r = negotiation(&format!("{base}present = 40\nin_favour = 31\n"));
    assert!(
        found(&r, "vote-quorum").is_empty(),
        "40 of 60 is exactly 2/3"
    );
    assert!(
        found(&r, "vote-passed").is_empty(),
        "31 of 60 is more than half"
    );
    let r = negotiation(&format!("{base}present = 39\nin_favour = 30\n"));
    assert_eq!(found(&r, "vote-quorum").len(), 1);
    let passed = found(&r, "vote-passed");
    assert_eq!(passed.len(), 1, "30 of 60 is half, not more than half");
    assert!(passed[0].message.contains("31 are needed"));
    assert_eq!(passed[0].basis, "浙江省集体合同条例 Art 24");
    assert!(
        passed[0].message_zh.text().contains("过半数"),
        "{}",
        passed[0].message_zh
    );
}

#[test]
fn the_national_rule_passes_at_half_the_zhejiang_rule_needs_more() {
    // 集体合同规定 Art 36: 半数以上 includes half (民法典 Art 1259).
    let national = "[procedure]\nsource = \"x\"\npassed_at_least = \"1/2\"\n";
    let mut s = Standards::builtin("zhejiang").unwrap().unwrap();
    s.combine(Standards::parse("n.toml", &format!("{TIER}\n{national}")).unwrap())
        .unwrap();
    let vote = |yes: u32| {
        let body = format!("{ONE_GRADE}\n[negotiation]\nworker_representatives = 5\nemployer_representatives = 5\n[negotiation.vote]\ntotal = 60\npresent = 60\nin_favour = {yes}\n");
        let r = run(&schedule(&body), &s, "2026-01", "");
        found(&r, "vote-passed")
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
    };
    assert!(vote(30).is_empty(), "30 of 60 is half: at least half");
    let failed = vote(29);
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].basis, "集体合同规定 Art 36; 民法典 Art 1259");
    assert!(
        failed[0].message.contains("30 are needed"),
        "{}",
        failed[0].message
    );
}

#[test]
fn filing_within_ten_days_and_term_within_one_to_three_years() {
    let reps = "worker_representatives = 3\nemployer_representatives = 3\nsigned = 2025-12-20\n";
    let r = negotiation(&format!("{reps}filed = 2025-12-30\n"));
    assert!(found(&r, "filing-late").is_empty());
    let r = negotiation(&format!("{reps}filed = 2025-12-31\n"));
    assert_eq!(found(&r, "filing-late").len(), 1);

    let one_year = run(&schedule(ONE_GRADE), &standards(""), "2026-01", "");
    assert!(found(&one_year, "contract-term").is_empty());
    let short = schedule_between("2026-01-01", "2026-12-30", ONE_GRADE);
    let r = run(&short, &standards(""), "2026-01", "");
    assert_eq!(found(&r, "contract-term").len(), 1);
    let three = schedule_between("2026-01-01", "2028-12-31", ONE_GRADE);
    assert!(found(&run(&three, &standards(""), "2026-01", ""), "contract-term").is_empty());
    let long = schedule_between("2026-01-01", "2029-01-01", ONE_GRADE);
    let term = run(&long, &standards(""), "2026-01", "");
    let term = found(&term, "contract-term");
    assert_eq!(term.len(), 1);
    assert_eq!(term[0].remedy, "set expires to at most 2028-12-31");
}

#[test]
fn findings_are_grouped_errors_first() {
    let body = format!("{ONE_GRADE}\n[negotiation]\nworker_representatives = 3\nemployer_representatives = 3\nsigned = 2025-12-01\nfiled = 2025-12-30\n");
    let r = run(&schedule(&body), &standards(""), "2026-01", "");
    let severities: Vec<Severity> = r.findings.iter().map(|f| f.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
    assert_eq!(r.findings[0].rule, "agreed-above-minimum");
    assert_eq!(dec!(0.01), r.findings[0].shortfall.unwrap().amount());
}

#[test]
fn minimum_in_force_resolves_the_standard_and_tier_or_says_why() {
    let s = standards("");
    let on = "2026-01-31".parse().unwrap();
    let min = minimum_in_force(&s, "331081", on).unwrap();
    assert_eq!((min.monthly, min.tier), (money("2490"), 1));
    // 浙江省集体合同条例 Art 5: one fen above is the lowest agreed pay that passes.
    assert_eq!(min.lowest_agreed_pay(money("0.01")), Some(money("2490.01")));
    assert_eq!(min.lowest_agreed_pay(money("1")), Some(money("2491")));
    // Before 2024 the 2021 standard applies.
    let old = minimum_in_force(&s, "331081", "2023-12-31".parse().unwrap()).unwrap();
    assert_eq!(old.monthly, money("2280"));
    // 331082 has no tier: never filled in.
    let missing = minimum_in_force(&s, "331082", on).unwrap_err();
    assert_eq!(missing, Missing::Tier);
    assert!(missing
        .describe("331082", on)
        .contains("no minimum-wage tier is known for region 331082 on 2026-01-31"));
    assert_eq!(
        minimum_in_force(&s, "110101", on).unwrap_err(),
        Missing::Standard
    );
    let four = standards(
        "[[region_tier]]\ncode = \"331082\"\ntier = 4\nsince = 2024-01-01\nsource = \"t\"\n",
    );
    assert_eq!(
        minimum_in_force(&four, "331082", on).unwrap_err(),
        Missing::TierOutOfRange(4, 3)
    );
    // A standard without the rule on agreed pay sets no agreed-pay floor.
    let mut plain = standards("");
    for m in &mut plain.minimum_wages {
        m.item.agreed_pay_above = None;
    }
    let min = minimum_in_force(&plain, "331081", on).unwrap();
    assert_eq!(min.lowest_agreed_pay(money("0.01")), None);
}

#[test]
fn industry_floors_match_grades_by_name_and_alias() {
    let s = standards(PUMP_FLOOR);
    let schedule = schedule(
        "[[grade]]\nname = \"学徒工\"\npay = [\"2600\"]\n[[grade]]\nname = \"初级\"\naliases = [\"初级工\"]\npay = [\"3000\"]\n",
    );
    let floor = s
        .industry_floor("泵与电机制造", "2026-01-31".parse().unwrap())
        .unwrap();
    let matched = matched_floors(&schedule, floor);
    assert_eq!(
        matched,
        vec![
            MatchedFloor {
                name: "学徒工",
                grade: Some(0),
                minimum: money("2600")
            },
            MatchedFloor {
                name: "初级工",
                grade: Some(1),
                minimum: money("3000")
            },
            MatchedFloor {
                name: "技师",
                grade: None,
                minimum: money("5000")
            },
        ]
    );
}
