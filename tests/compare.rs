//! `nengji compare` through the real binary: the starter example against two
//! offers, in every format, and the errors.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::str::FromStr;

use common::{example, golden, Workdir};
use rust_decimal::Decimal;
use serde_json::Value;

const UNION: [(&str, &str); 3] = [
    (
        "title = \"示例机械有限公司能级工资专项集体合同\"",
        "title = \"工会方案\"",
    ),
    (
        "pay = [\"2600\", \"2680\", \"2760\"]",
        "pay = [\"2800\", \"2880\", \"2960\"]",
    ),
    (
        "pay = [\"3100\", \"3200\", \"3300\"]",
        "pay = [\"3300\", \"3400\", \"3500\"]",
    ),
];
const EMPLOYER: [(&str, &str); 3] = [
    (
        "title = \"示例机械有限公司能级工资专项集体合同\"",
        "title = \"企业方案\"",
    ),
    // Step 3 of 初级 goes down: 黄明 (S007) loses.
    (
        "pay = [\"2600\", \"2680\", \"2760\"]",
        "pay = [\"2650\", \"2700\", \"2700\"]",
    ),
    (
        "pay = [\"3800\", \"3950\", \"4100\"]",
        "pay = [\"3900\", \"4000\", \"4150\"]",
    ),
];

/// The starter schedule with some lines replaced, written to the workdir.
fn offer(dir: &Workdir, name: &str, edits: &[(&str, &str)]) -> String {
    let mut text = std::fs::read_to_string(example("starter/schedule.toml")).unwrap();
    for (from, to) in edits {
        assert!(text.contains(from), "{from}");
        text = text.replace(from, to);
    }
    dir.write(name, text)
}

struct Setup {
    dir: Workdir,
    base: String,
    union: String,
    employer: String,
    roster: String,
}

fn setup() -> Setup {
    let dir = Workdir::new();
    let union = offer(&dir, "union.toml", &UNION);
    let employer = offer(&dir, "employer.toml", &EMPLOYER);
    Setup {
        dir,
        base: example("starter/schedule.toml"),
        union,
        employer,
        roster: example("starter/roster.csv"),
    }
}

impl Setup {
    fn compare(&self, extra: &[&str]) -> common::Run {
        self.compare_in("en", extra)
    }

    fn compare_in(&self, lang: &str, extra: &[&str]) -> common::Run {
        let mut args = vec![
            "compare",
            "--roster",
            &self.roster,
            &self.base,
            &self.union,
            &self.employer,
            "--label",
            "现行",
            "--label",
            "第一轮 工会",
            "--label",
            "第一轮 企业",
        ];
        args.extend_from_slice(extra);
        self.dir.run_lang(lang, &args)
    }
}

fn dec(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))).unwrap()
}

fn pct(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().unwrap().trim_end_matches('%')).unwrap()
}

#[test]
fn text_report_of_the_starter() {
    let s = setup();
    let run = s
        .compare(&["--threshold", "2988", "--on-cost", "30%"])
        .success();
    // Checked by hand: the base bill is the 31,742.89 of `nengji compute`; its
    // gross pay sorted is 2860.00 3015.16 3227.48 3932.18 4200.00 4308.07 4642.72
    // 5557.28, so P10 (h = 0.7) = 2860 + 0.7 x 155.16 = 2968.612 -> 2,968.61,
    // P50 (h = 3.5) = 4,066.09, P90 (h = 6.3) = 4642.72 + 0.3 x 914.56 = 4,917.09;
    // one worker (2,860.00) is below 2,988.
    golden("compare_starter.txt", &run.stdout());
    run.stdout_has(&[
        "31,742.89",
        "2,968.61",
        "4,066.09",
        "4,917.09",
        "1 (12.50%)",
        "黄明",
        "Comparison — period 2026-01, 8 workers",
        "Largest losses",
    ]);
}

/// The same report in Chinese: the same figures, every label Chinese, and no
/// English word left but the percentile names.
#[test]
fn text_report_of_the_starter_in_chinese() {
    let s = setup();
    let run = s
        .compare_in("zh", &["--threshold", "2988", "--on-cost", "30%"])
        .success();
    golden("compare_starter.zh.txt", &run.stdout());
    let run = run.stdout_has(&[
        "方案对比 — 2026-01 期, 8 人",
        "31,742.89",
        "1 (12.50%)",
        "说明",
    ]);
    assert_no_english(&run.stdout(), ALLOWED);
}

/// The HTML page in both languages, each against its golden.
#[test]
fn html_report_of_the_starter_in_both_languages() {
    let s = setup();
    for (lang, name) in [
        ("en", "compare_starter.html"),
        ("zh", "compare_starter.zh.html"),
    ] {
        let out = format!("c-{lang}.html");
        s.compare_in(
            lang,
            &[
                "--format",
                "html",
                "--output",
                &out,
                "--threshold",
                "2988",
                "--on-cost",
                "30%",
            ],
        )
        .success();
        let html = s.dir.read(&out);
        golden(name, &html);
        let want = if lang == "zh" {
            "<html lang=\"zh-CN\">"
        } else {
            "<html lang=\"en\">"
        };
        assert!(html.contains(want), "{lang}");
    }
    let zh = s.dir.read("c-zh.html");
    // Text between tags, less the CSS, names the inputs and the figures only.
    let body = zh.split("</style>").nth(1).unwrap_or_default();
    let text: String = body
        .split('<')
        .filter_map(|part| part.split_once('>').map(|(_, t)| t))
        .collect::<Vec<_>>()
        .join(" ");
    assert_no_english(&text, ALLOWED);
}

/// Latin words a Chinese report may hold: percentile names, the name of a
/// method, and the schedule's component ids (names from the inputs).
const ALLOWED: &[&str] = &[
    "P10",
    "P50",
    "P90",
    "R-7",
    "Excel",
    "PERCENTILE",
    "INC",
    "grade_pay",
    "overtime",
];

/// Fails when `text` has a word of two or more Latin letters other than
/// `allowed` (machine names like P10 stay as they are).
fn assert_no_english(text: &str, allowed: &[&str]) {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_')
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .filter(|w| !allowed.contains(w))
        .collect();
    assert!(
        words.is_empty(),
        "English words in a Chinese report: {words:?}"
    );
}

#[test]
fn json_figures_add_up() {
    let s = setup();
    let run = s
        .compare(&["--format", "json", "--on-cost", "30%"])
        .success();
    let c: Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(c["headcount"], 8);
    let scenarios = c["scenarios"].as_array().unwrap();
    let offers = c["offers"].as_array().unwrap();
    assert_eq!((scenarios.len(), offers.len()), (3, 2));
    let base_bill = dec(&scenarios[0]["bill"]["monthly"]);
    assert_eq!(base_bill, Decimal::from_str("31742.89").unwrap());
    for (k, o) in offers.iter().enumerate() {
        let bill = dec(&scenarios[k + 1]["bill"]["monthly"]);
        // The bill's change is the sum of the workers' changes, exactly.
        let workers = o["workers"].as_array().unwrap();
        let sum: Decimal = workers.iter().map(|w| dec(&w["change"])).sum();
        assert_eq!(sum, bill - base_bill);
        assert_eq!(dec(&o["monthly_change"]), sum);
        assert_eq!(dec(&o["annual_change"]), sum * Decimal::from(12));
        for w in workers {
            assert_eq!(dec(&w["before"]) + dec(&w["change"]), dec(&w["after"]));
        }
        // Growth to 4 places of a percent, half up.
        let growth = (sum / base_bill * Decimal::ONE_HUNDRED)
            .round_dp_with_strategy(4, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        assert_eq!(pct(&o["average_growth"]), growth);
        let counts = [&o["gainers"], &o["losers"], &o["unchanged"]]
            .map(|v| v.as_u64().unwrap())
            .iter()
            .sum::<u64>();
        assert_eq!(counts, 8);
    }
    // The employer's offer lowers 初级 step 3: 黄明 loses, and is listed.
    let losses = offers[1]["largest_losses"].as_array().unwrap();
    assert_eq!(losses.len(), 1);
    assert_eq!(losses[0]["name"], "黄明");
    assert_eq!(
        losses[0]["changed"],
        serde_json::json!(["grade_pay", "overtime"])
    );
    // Employer cost: 31742.89 x 1.3 = 41265.757 -> 41265.76 a month.
    assert_eq!(
        dec(&scenarios[0]["bill"]["employer_monthly"]),
        Decimal::from_str("41265.76").unwrap()
    );
}

#[test]
fn the_bill_matches_compute() {
    let s = setup();
    let c: Value =
        serde_json::from_str(&s.compare(&["--format", "json"]).success().stdout()).unwrap();
    for (i, schedule) in [&s.base, &s.union, &s.employer].iter().enumerate() {
        let run = s
            .dir
            .run(&[
                "compute",
                "--schedule",
                schedule,
                "--roster",
                &s.roster,
                "--format",
                "json",
            ])
            .success();
        let sheet: Value = serde_json::from_str(&run.stdout()).unwrap();
        assert_eq!(
            dec(&sheet["totals"]["gross"]),
            dec(&c["scenarios"][i]["bill"]["monthly"])
        );
    }
}

#[test]
fn csv_has_a_row_per_worker_per_offer() {
    let s = setup();
    let out = s.compare(&["--format", "csv"]).success().stdout();
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("offer,employee_id,name,enterprise_id,grade,step,before,after,change,change_percent,changed_components")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 16);
    // 陈建国 (S001, 高级 step 3): the union leaves 高级 alone; the employer adds 50
    // to grade pay, and overtime (base grade pay + skill) follows.
    assert!(rows.contains(&"第一轮 工会,S001,陈建国,,高级,3,5557.28,5557.28,0.00,0.00%,"));
    let employer = rows
        .iter()
        .find(|r| r.starts_with("第一轮 企业,S001,"))
        .unwrap();
    assert!(employer.ends_with(",grade_pay;overtime"), "{employer}");
}

#[test]
fn html_is_one_self_contained_page() {
    let s = setup();
    s.compare(&[
        "--format",
        "html",
        "--output",
        "c.html",
        "--threshold",
        "2988",
    ])
    .success();
    let html = s.dir.read("c.html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script"), "no JavaScript");
    assert!(!html.contains("src="), "no external resources");
    assert!(!html.contains("href="), "no links");
    // The only URL is the SVG namespace, which is a name, not a fetch.
    let urls = html.matches("http").count();
    assert_eq!(urls, html.matches("http://www.w3.org/2000/svg").count());
    assert_eq!(html.matches("<svg").count(), 4);
    for figure in ["31,742.89", "+4.13%", "Threshold 2,988.00", "黄明"] {
        assert!(html.contains(figure), "{figure}");
    }
    // Coordinates are decimals written with at most two places, never NaN.
    assert!(!html.contains("NaN"));
}

#[test]
fn stdin_roster_and_default_labels() {
    let s = setup();
    let roster = std::fs::read(&s.roster).unwrap();
    let output = common::nengji()
        .args(["compare", "--roster", "-", &s.base, &s.union])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(&roster)?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(output.status.success());
    let out = String::from_utf8(output.stdout).unwrap();
    // Labels default to the titles.
    assert!(out.contains("示例机械有限公司能级工资专项集体合同"));
    assert!(out.contains("工会方案"));
}

/// Issue 12: a reader of the page does not know the file names, so equal
/// titles are told apart by place (方案一, 方案二), not by file stems.
#[test]
fn same_titles_fall_back_to_their_places() {
    let s = setup();
    let copy = s.dir.write(
        "copy.toml",
        std::fs::read_to_string(example("starter/schedule.toml")).unwrap(),
    );
    let run = s
        .dir
        .run(&["compare", "--roster", &s.roster, &s.base, &copy])
        .success();
    assert!(!run.stdout().contains("copy"), "{}", run.stdout());
    run.stdout_has(&["base offer 1: ", "offer offer 2: ", "0 / 0 / 8"]);
    let zh = s
        .dir
        .run_lang("zh", &["compare", "--roster", &s.roster, &s.base, &copy])
        .success();
    zh.stdout_has(&["基准 方案一: ", "方案 方案二: "]);
}

#[test]
fn wrong_label_count_is_an_error() {
    let s = setup();
    s.dir
        .run(&[
            "compare", "--roster", &s.roster, &s.base, &s.union, "--label", "a", "-o", "x.txt",
        ])
        .status(2)
        .stderr_has(&["1 --label given for 2 schedules"]);
    assert!(!s.dir.files().contains(&"x.txt".to_string()));
}

#[test]
fn an_offer_the_roster_does_not_fit_names_file_line_and_column() {
    let s = setup();
    // The offer drops 初级's third step, which 黄明 (line 8) holds.
    let bad = offer(
        &s.dir,
        "bad.toml",
        &[(
            "pay = [\"2600\", \"2680\", \"2760\"]",
            "pay = [\"2600\", \"2680\"]",
        )],
    );
    s.dir
        .run(&[
            "compare", "--roster", &s.roster, &s.base, &bad, "-o", "out.txt",
        ])
        .status(2)
        .stderr_has(&["reading the roster for", "bad.toml", "roster.csv:8:"]);
    assert!(!s.dir.files().contains(&"out.txt".to_string()));
}

#[test]
fn one_schedule_is_not_a_comparison() {
    let s = setup();
    s.dir
        .run(&["compare", "--roster", &s.roster, &s.base])
        .status(2)
        .stderr_has(&["SCHEDULE.toml"]);
}

/// `compare` on the pump example (base and the employer's counter-offer) with
/// `extra` arguments, in Chinese (the report's language under a Chinese locale).
fn pump_compare(dir: &Workdir, extra: &[&str]) -> common::Run {
    pump_compare_in("zh", dir, extra)
}

/// `compare` on the pump example in language `lang`.
fn pump_compare_in(lang: &str, dir: &Workdir, extra: &[&str]) -> common::Run {
    let roster = example("pump/roster.csv");
    let base = example("pump/schedule.toml");
    let offer = example("pump/offer-employer.toml");
    let mut args = vec!["compare", "--roster", &roster, &base, &offer];
    args.extend_from_slice(extra);
    dir.run_lang(lang, &args)
}

#[test]
fn standards_give_the_pump_its_guideline_lines_and_threshold() {
    let dir = Workdir::new();
    let examples = example("standards/examples.toml");
    let standards = ["--standards", "zhejiang", "--standards", &examples];
    // Zhejiang's monthly minimum from 2024-01-01, tier 1 (331081 is tier 1 in the
    // examples' standards): 2,490.00; 1.2 x 2,490.00 = 2,988.00 exactly. The
    // examples' 2026 guideline: lower 3%, base 7%, upper 11%.
    let run = pump_compare(&dir, &standards).success();
    assert_eq!(run.stderr(), "", "nothing is missing");
    let _ = run.stdout_has(&[
        "  阈值 2,988.00 = 1.2 × 最低工资 2,490.00（浙江省 2024-01-01 第 1 档，地区 331081）\n",
        "  工资指导线 下线 +3.00%，基准线 +7.00%，预警线 +11.00%（2026 年，地区 33：",
        "低于 2,988.00 (人)",
        // The same count as with --threshold 2988 (tests/golden/pump_compare.txt).
        "9 (4.50%)",
        // The counter-offer's +2.92% is below the 3% lower line.
        "低于下线",
    ]);

    let mut json_args = standards.to_vec();
    json_args.extend_from_slice(&["--format", "json"]);
    let c: Value =
        serde_json::from_str(&pump_compare(&dir, &json_args).success().stdout()).unwrap();
    assert_eq!(c["threshold"], "2988.00");
    assert_eq!(
        c["threshold_basis"],
        serde_json::json!({
            "from": "minimum-wage",
            "minimum_wage": "2490.00",
            "multiple": "1.2",
            "standard": "浙江省 2024-01-01",
            "tier": 1,
            "region": "331081",
            "source": "浙江省人民政府《关于调整全省最低工资标准的通知》（浙政发〔2024〕3号，2024-01-12），2024年1月1日起执行",
        })
    );
    assert_eq!(
        c["guideline"],
        serde_json::json!({"lower": "3.0000%", "base": "7.0000%", "upper": "11.0000%"})
    );
    assert!(c["guideline_source"]
        .as_str()
        .unwrap()
        .contains("示例工资指导线"));
    assert_eq!(c["offers"][0]["guideline"], "below-lower");
    assert_eq!(c["scenarios"][0]["spread"]["below"]["count"], 9);

    let mut html_args = standards.to_vec();
    html_args.extend_from_slice(&["--format", "html", "-o", "c.html"]);
    pump_compare(&dir, &html_args).success();
    let html = dir.read("c.html");
    for figure in [
        "阈值 2,988.00 = 1.2 × 最低工资 2,490.00",
        "阈值 2,988.00",
        "下线 3.00%",
        "基准线 7.00%",
        "预警线 11.00%",
    ] {
        assert!(html.contains(figure), "{figure}");
    }
    assert!(!html.contains("未提供工资指导线"));
}

#[test]
fn the_threshold_follows_the_region_tier() {
    // The courier example is in 330702, tier 2 in the examples' standards:
    // 1.2 x 2,260.00 = 2,712.00. The schedule compared with a copy of itself.
    let dir = Workdir::new();
    let copy = dir.write(
        "copy.toml",
        std::fs::read_to_string(example("courier/schedule.toml")).unwrap(),
    );
    dir.run_lang(
        "zh",
        &[
            "compare",
            "--roster",
            &example("courier/roster.csv"),
            &example("courier/schedule.toml"),
            &copy,
            "--standards",
            "zhejiang",
            "--standards",
            &example("standards/examples.toml"),
        ],
    )
    .success()
    .stdout_has(&[
        "  阈值 2,712.00 = 1.2 × 最低工资 2,260.00（浙江省 2024-01-01 第 2 档，地区 330702）\n",
        "低于 2,712.00 (人)",
    ]);
}

#[test]
fn standards_without_a_tier_or_guideline_say_so_and_go_on() {
    // The built-in set documents no tier for 331081 (a county-level city) and
    // has no guideline: one line on stderr for each, and no threshold.
    let dir = Workdir::new();
    let run = pump_compare_in("en", &dir, &["--standards", "zhejiang"])
        .success()
        .stderr_has(&[
            "nengji compare: the standards give no wage guideline for region 331081 in 2026",
            "nengji compare: no minimum-wage tier is known for region 331081 on 2026-01-31",
        ]);
    assert_eq!(run.stderr().lines().count(), 2, "{}", run.stderr());
    assert!(!run.stdout().contains("阈值"));
    assert!(!run.stdout().contains("工资指导线"));
    assert!(!run.stdout().contains("低于 "));
}

#[test]
fn a_given_threshold_wins_over_the_standards() {
    let dir = Workdir::new();
    let examples = example("standards/examples.toml");
    let run = pump_compare(
        &dir,
        &[
            "--standards",
            "zhejiang",
            "--standards",
            &examples,
            "--threshold",
            "3000",
            "--format",
            "json",
        ],
    )
    .success();
    let c: Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(c["threshold"], "3000.00");
    assert_eq!(c["threshold_basis"], serde_json::json!({"from": "given"}));
    // The guideline still comes from the standards.
    assert_eq!(c["offers"][0]["guideline"], "below-lower");
}

#[test]
fn without_standards_or_threshold_nothing_is_counted() {
    let dir = Workdir::new();
    let run = pump_compare(&dir, &["--format", "json"]).success();
    let c: Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(c["threshold"], Value::Null);
    assert_eq!(c["threshold_basis"], Value::Null);
    assert_eq!(c["guideline"], Value::Null);
    assert_eq!(run.stderr(), "");
}

#[test]
fn unknown_standards_are_an_error() {
    let dir = Workdir::new();
    pump_compare_in("en", &dir, &["--standards", "zhejang"])
        .status(2)
        .stderr_has(&[
            "no built-in standards named 'zhejang'",
            "did you mean 'zhejiang'?",
        ]);
    pump_compare(&dir, &["--standards", "zhejang"])
        .status(2)
        .stderr_has(&["错误：没有名为“zhejang”的内置标准", "是否想写“zhejiang”？"]);
}

/// The printed comparison: A4 pages (not Letter), tables and charts kept
/// whole, the histogram's axes titled, the guideline lines under the bars'
/// figures, and no command-line flag shown to the reader.
#[test]
fn the_html_comparison_prints_on_a4_with_titled_axes() {
    let s = setup();
    let examples = example("standards/examples.toml");
    s.compare_in(
        "zh",
        &[
            "--threshold",
            "3000",
            "--standards",
            "zhejiang",
            "--standards",
            &examples,
            "--format",
            "html",
            "-o",
            "c.html",
        ],
    )
    .success();
    let html = s.dir.read("c.html");
    assert!(html.contains("@page { size: A4;"), "no @page rule");
    assert!(html.contains("break-inside: avoid"));
    assert!(html.contains(">月应发工资（元）</text>"), "no x-axis title");
    assert!(html.contains("\">人数</text>"), "no y-axis title");
    assert!(!html.contains("--threshold"), "a flag on the page");
    assert!(html.contains("阈值 3,000.00（给定金额）"));
    // In the guideline chart the dashed lines come before the bars' figures.
    let chart = &html[html.find("平均增长与工资指导线").unwrap()..];
    let first_rule = chart.find("class=\"rule\"").unwrap();
    let first_value = chart.find("class=\"value\"").unwrap();
    assert!(
        first_rule < first_value,
        "a guideline line over the figures"
    );
    assert!(html.contains("svg .value, svg .label, svg .rule-label { paint-order: stroke;"));
}
