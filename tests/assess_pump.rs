//! `nengji assess` on the pump-industry example (examples/pump): the committee's
//! rules (assessment.toml) and scores (scores.csv) against the industry roster and
//! schedule. Each planted boundary case is checked against the outcome worked out
//! by hand from the rules and the worker's roster row; the quota is checked as an
//! invariant; the pay effect against two `nengji compute` runs.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::collections::BTreeMap;

use common::{example, golden, Workdir};
use rust_decimal::Decimal;
use serde_json::Value;

fn args(extra: &[&str]) -> Vec<String> {
    common::pump_assess_args(extra)
}

fn run(dir: &Workdir, extra: &[&str]) -> common::Run {
    let a = args(extra);
    let refs: Vec<&str> = a.iter().map(String::as_str).collect();
    dir.run(&refs)
}

fn json(dir: &Workdir) -> Value {
    serde_json::from_str(&run(dir, &["--format", "json"]).success().stdout()).unwrap()
}

fn worker<'a>(json: &'a Value, id: &str) -> &'a Value {
    json["workers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["employee_id"] == id)
        .unwrap_or_else(|| panic!("no worker {id}"))
}

/// Output with the absolute example paths made relative, for golden files.
fn relative(text: &str) -> String {
    text.replace(&example(""), "examples/")
}

#[test]
fn planted_boundary_cases() {
    let dir = Workdir::new();
    let json = json(&dir);
    // (id, current, assessed, a fragment of the reason): worked out from the rules
    // (min totals 70/75/80/85/90, certificates one level behind the grade, 2 or 3
    // years since 晋级日期 on 2026-01-07, demotion below 60) and the roster rows.
    let cases = [
        ("HD025", "初级工", "中级工", "total 75.00 >= 75.00"),
        (
            "HD038",
            "初级工",
            "初级工",
            "not 中级工: total 74.99 < 75.00",
        ),
        ("HD021", "中级工", "高级工", "total 80.00 >= 80.00"),
        (
            "RF007",
            "中级工",
            "中级工",
            "not 高级工: total 79.99 < 80.00",
        ),
        ("RF014", "高级工", "技师", "total 85.00 >= 85.00"),
        ("DH049", "技师", "高级技师", "total 90.00 >= 90.00"),
        // 晋级日期 2024-01-07: exactly two years on the assessment date.
        (
            "HD022",
            "高级工",
            "技师",
            "晋级日期 2024-01-07: 2 years by 2026-01-07 >= 2 years",
        ),
        (
            "XC041",
            "初级工",
            "初级工",
            "晋级日期 2024-01-24: 1 year 11 months by 2026-01-07 < 2 years",
        ),
        (
            "JX019",
            "中级工",
            "中级工",
            "not 高级工: 证书等级 五级 below 四级",
        ),
        (
            "DH033",
            "高级工",
            "高级工",
            "not 技师: 证书等级 四级 below 三级",
        ),
        (
            "DH013",
            "中级工",
            "中级工",
            "not 高级工: disciplinary record: 处分 警告",
        ),
        (
            "DH027",
            "技师",
            "技师",
            "岗位类别 重要类: fails 岗位类别 in {关键类, 核心类}",
        ),
        (
            "HD019",
            "学徒工",
            "学徒工",
            "入职日期 2025-07-14: fails 入职日期 <= 2025-01-07",
        ),
        // 省级一等奖: years and certificate waived; two grades up for XC039.
        (
            "XC039",
            "高级工",
            "高级技师",
            "证书等级 三级 below 二级 (waived)",
        ),
        ("HD009", "中级工", "高级工", "not 技师: 岗位类别 基础类"),
        (
            "RF002",
            "中级工",
            "高级工",
            "证书等级 五级 below 四级 (waived)",
        ),
        (
            "DH008",
            "高级工",
            "中级工",
            "total 59.99 < demotion line 60.00: down one grade",
        ),
        (
            "JX010",
            "中级工",
            "中级工",
            "not 高级工: total 60.00 < 80.00",
        ),
        ("JX004", "学徒工", "学徒工", "already at the lowest grade"),
        (
            "DH007",
            "高级技师",
            "高级技师",
            "promotion to 特级技师 is not decided by this assessment",
        ),
        ("DH044", "首席技师", "首席技师", "already at the top grade"),
        ("JX030", "技师", "技师", "not scored"),
        // Quota ties at the cut: 业绩 in WL-PUMP-001, then 晋级日期 in WL-PUMP-002.
        (
            "DH020",
            "高级工",
            "技师",
            "tie at 87.00 with DH039 broken by 业绩 (90 vs 88)",
        ),
        (
            "DH039",
            "高级工",
            "高级工",
            "held back by quota '技师及以上不超过25%' in WL-PUMP-001: rank 3 of 3 for 2 places",
        ),
        (
            "XC023",
            "高级工",
            "技师",
            "tie at 86.00 with XC037 broken by 晋级日期 (2019-01-30 vs 2022-05-11)",
        ),
        (
            "XC037",
            "高级工",
            "高级工",
            "held back by quota '技师及以上不超过25%' in WL-PUMP-002: rank 4 of 4 for 3 places",
        ),
    ];
    for (id, current, assessed, fragment) in cases {
        let w = worker(&json, id);
        assert_eq!(w["current_grade"], current, "{id}");
        assert_eq!(w["assessed_grade"], assessed, "{id}: {}", w["reason"]);
        let reason = w["reason"].as_str().unwrap();
        assert!(reason.contains(fragment), "{id}: {reason}");
    }
    assert_eq!(json["promotions"].as_array().unwrap().len(), 38);
    assert_eq!(json["demotions"], serde_json::json!(["DH008"]));
}

#[test]
fn the_quota_holds_in_every_enterprise() {
    let dir = Workdir::new();
    let json = json(&dir);
    let ladder = [
        "学徒工",
        "初级工",
        "中级工",
        "高级工",
        "技师",
        "高级技师",
        "特级技师",
        "首席技师",
    ];
    let rank = |g: &Value| {
        ladder
            .iter()
            .position(|l| *l == g.as_str().unwrap())
            .unwrap()
    };
    // Per enterprise: headcount, at or above 技师 before, and after.
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for w in json["workers"].as_array().unwrap() {
        let e = counts
            .entry(w["enterprise_id"].as_str().unwrap().to_string())
            .or_default();
        e.0 += 1;
        e.1 += usize::from(rank(&w["current_grade"]) >= 4);
        e.2 += usize::from(rank(&w["assessed_grade"]) >= 4);
    }
    for (enterprise, (headcount, before, after)) in counts {
        let limit = headcount / 4; // 25%, rounded down
        assert!(
            after <= limit.max(before),
            "{enterprise}: {after} > {limit}"
        );
    }
}

#[test]
fn text_and_record_goldens() {
    let dir = Workdir::new();
    let out = run(&dir, &["--record", "record.md"]).success().stdout();
    golden("assess-pump.txt", &relative(&out));
    golden("assess-pump-record.md", &dir.read("record.md"));
}

/// Every worker's row of the record's results table, as the JSON report states
/// it: id, name, enterprise, grade before and assessed grade.
fn result_rows(json: &Value) -> Vec<[String; 5]> {
    let text = |v: &Value| v.as_str().unwrap().to_string();
    json["workers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            [
                text(&w["employee_id"]),
                text(&w["name"]),
                text(&w["enterprise_id"]),
                text(&w["current_grade"]),
                text(&w["assessed_grade"]),
            ]
        })
        .collect()
}

#[test]
fn the_record_in_html_and_docx_carries_every_decision() {
    let dir = Workdir::new();
    let rows = result_rows(&json(&dir));
    assert_eq!(rows.len(), 200);
    for format in ["html", "docx"] {
        run(
            &dir,
            &[
                "--record",
                &format!("record.{format}"),
                "--record-format",
                format,
            ],
        )
        .success();
    }
    let title = "温岭市泵与电机行业能级认定委员会评审结果";

    let html = dir.read("record.html");
    assert!(html.contains(&format!("<title>{title}</title>")), "{html}");
    for row in &rows {
        let cells: String = row.iter().map(|c| format!("<td>{c}</td>")).collect();
        assert!(html.contains(&format!("<tr>{cells}")), "{cells}");
    }

    let xml = common::docx_part(&dir.path("record.docx"), "word/document.xml");
    let text = common::docx_text(&xml);
    assert_eq!(text.lines().next(), Some(title), "{text}");
    for row in &rows {
        let cells = format!("|{}|", row.join("|"));
        assert!(text.contains(&cells), "{cells}");
    }
    // The planted cases, in the results and the promotion list.
    for line in [
        "|HD025|何国晓|WL-PUMP-003|初级工|中级工|75.00|晋升|",
        "|XC039|李浩德|高级工|高级技师|91.50|\n",
        "|DH008|林宇勇|高级工|中级工|59.99|\n",
        "|工资总额|全部变化|192|19,828.74|19,000.00|256,944.88|\n",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
}

/// Total gross of a compute CSV.
fn gross_total(csv: &str) -> Decimal {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let gross = header.iter().position(|h| *h == "gross").unwrap();
    lines
        .map(|l| l.split(',').nth(gross).unwrap().parse::<Decimal>().unwrap())
        .sum()
}

#[test]
fn the_new_roster_computes_and_the_pay_effect_matches_compute() {
    let dir = Workdir::new();
    let out = run(&dir, &["--format", "json", "--output", "new.csv"]).success();
    let json: Value = serde_json::from_str(&out.stdout()).unwrap();
    let compute = |roster: &str, period: &str| {
        let schedule = example("pump/schedule.toml");
        dir.run_over(
            "compute",
            &schedule,
            roster,
            &["--format", "csv", "--period", period],
        )
        .success()
        .stdout()
    };
    let old = example("pump/roster.csv");
    let money = |v: &Value| v.as_str().unwrap().parse::<Decimal>().unwrap();
    let total = &json["pay_effect"]["total"];
    // January carries the one-off promotion awards (第十三条, paid in the month of
    // the new 晋级日期); later months only the recurring change.
    let january =
        gross_total(&compute("new.csv", "2026-01")) - gross_total(&compute(&old, "2026-01"));
    assert_eq!(january, money(&total["monthly"]) + money(&total["one_off"]));
    let june = gross_total(&compute("new.csv", "2026-06")) - gross_total(&compute(&old, "2026-06"));
    assert_eq!(june, money(&total["monthly"]));
    // 38 promotions x 500 yuan.
    assert_eq!(
        money(&json["pay_effect"]["promotions"]["one_off"]),
        Decimal::from(19_000)
    );
}
