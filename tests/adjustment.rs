//! Pay adjustments (工资调整办法) and the pump example's piece-rate workshop
//! through the binary: the table in force per month, its derivation in
//! explain, the wage-guideline raise read from --standards, the cost over the
//! term in compare and propose, and the contract's adjustment clause.

mod common;

use std::collections::HashMap;

use common::{example, golden, Workdir};

fn workshop() -> (String, String) {
    (
        example("pump/workshop.toml"),
        example("pump/workshop-roster.csv"),
    )
}

/// employee_id -> (grade_pay, gross) from compute's CSV for a month.
fn grade_pay(wd: &Workdir, period: &str) -> HashMap<String, (String, String)> {
    let (s, r) = workshop();
    let out = wd
        .run(&[
            "compute",
            "--schedule",
            &s,
            "--roster",
            &r,
            "--period",
            period,
            "--format",
            "csv",
            "--standards",
            &example("standards/examples.toml"),
        ])
        .success()
        .stdout();
    let mut lines = out.lines();
    let header: Vec<&str> = lines.next().expect("a header").split(',').collect();
    let at = |name: &str| header.iter().position(|h| *h == name).expect(name);
    let (grade, gross) = (at("grade_pay"), at("gross"));
    lines
        .map(|l| l.split(',').collect::<Vec<_>>())
        .filter(|c| c.len() == header.len() && c[0].starts_with("DH"))
        .map(|c| {
            (
                c[0].to_string(),
                (c[grade].to_string(), c[gross].to_string()),
            )
        })
        .collect()
}

#[test]
fn each_month_is_paid_by_the_table_in_force_on_its_last_day() {
    let wd = Workdir::new();
    let june = grade_pay(&wd, "2026-06");
    let july = grade_pay(&wd, "2026-07");
    let october = grade_pay(&wd, "2026-10");
    // June: the written table. July: +4%, at least 120.00 a step.
    assert_eq!(june["DH212"].0, "2950.00");
    // 2950.00 x 4% = 118.00, below the minimum: +120.00.
    assert_eq!(july["DH212"].0, "3070.00");
    // 4130.00 x 4% = 165.20, above it.
    assert_eq!(july["DH213"].0, "4295.20");
    // October: then the 2026 guideline's base line, 7% of the July table:
    // 3070.00 x 7% = 214.90; 4295.20 x 7% = 300.664 -> 300.66 (half-up).
    assert_eq!(october["DH212"].0, "3284.90");
    assert_eq!(october["DH213"].0, "4595.86");
    // Only grade pay and what is reckoned from it (overtime's base) moved.
    let rise = |a: &str, b: &str| {
        let cents = |s: &str| s.replace('.', "").parse::<i64>().unwrap();
        cents(b) - cents(a)
    };
    assert_eq!(rise(&june["DH212"].1, &july["DH212"].1), 12_000);
}

#[test]
fn explain_shows_the_adjustments_in_force_with_piece_pay() {
    let wd = Workdir::new();
    let (s, r) = workshop();
    let august = wd
        .run(&[
            "explain",
            "--schedule",
            &s,
            "--roster",
            &r,
            "--employee",
            "DH211",
            "--period",
            "2026-08",
        ])
        .success()
        .stdout();
    golden("workshop-explain-DH211-2026-08.txt", &august);
    let november = wd
        .run(&[
            "explain",
            "--schedule",
            &s,
            "--roster",
            &r,
            "--employee",
            "DH213",
            "--period",
            "2026-11",
            "--standards",
            &example("standards/examples.toml"),
        ])
        .success()
        .stdout();
    golden("workshop-explain-DH213-2026-11.txt", &november);
    let json = wd
        .run(&[
            "explain",
            "--schedule",
            &s,
            "--roster",
            &r,
            "--employee",
            "DH213",
            "--period",
            "2026-11",
            "--standards",
            &example("standards/examples.toml"),
            "--format",
            "json",
        ])
        .success()
        .stdout();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["adjustments_in_force"].as_array().map(Vec::len), Some(2));
    assert_eq!(v["components"][0]["amount"], "4595.86");
    let zh = wd
        .run_lang(
            "zh",
            &[
                "explain",
                "--schedule",
                &s,
                "--roster",
                &r,
                "--employee",
                "DH211",
                "--period",
                "2026-08",
            ],
        )
        .success()
        .stdout();
    assert!(zh.contains("2026-08 适用的工资调整"), "{zh}");
    assert!(zh.contains("自 2026-07-01 起 +4%，每档至少 120.00"), "{zh}");
}

#[test]
fn a_guideline_raise_without_its_guideline_is_refused_before_any_pay() {
    let wd = Workdir::new();
    let (s, r) = workshop();
    wd.run_over("compute", &s, &r, &["--period", "2026-10"])
        .status(2)
        .stderr_has(&[
            "the adjustment from 2026-10-01 follows the 2026 wage guideline's base line",
            "region 331081",
            "--standards",
        ]);
    // Standards without a 2026 guideline do not fill it either.
    wd.run_over(
        "explain",
        &s,
        &r,
        &[
            "--employee",
            "DH211",
            "--period",
            "2026-12",
            "--standards",
            "zhejiang",
        ],
    )
    .status(2)
    .stderr_has(&["2026 wage guideline"]);
    // A month before the raise needs no guideline.
    wd.run_over("compute", &s, &r, &["--period", "2026-09"])
        .success();
}

#[test]
fn compare_and_propose_show_the_cost_over_the_term() {
    let wd = Workdir::new();
    let (s, r) = workshop();
    let text = std::fs::read_to_string(&s).unwrap();
    let cut = text.find("[[adjustment]]").unwrap();
    let flat = wd.write(
        "flat.toml",
        format!(
            "{}[overtime]\nbase = [\"grade_pay\", \"skill\"]\n",
            &text[..cut]
        ),
    );
    let out = wd
        .run(&[
            "compare",
            &flat,
            &s,
            "--roster",
            &r,
            "--label",
            "不调整",
            "--label",
            "调整办法",
            "--standards",
            &example("standards/examples.toml"),
        ])
        .success()
        .stdout();
    let section: String = out
        .lines()
        .skip_while(|l| !l.starts_with("Cost over the contract's term"))
        .take_while(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    golden("workshop-compare-term.txt", &section);
    // The HTML page has the same runs and totals.
    let html = wd
        .run(&[
            "compare",
            &flat,
            &s,
            "--roster",
            &r,
            "--label",
            "不调整",
            "--label",
            "调整办法",
            "--standards",
            &example("standards/examples.toml"),
            "--format",
            "html",
        ])
        .success()
        .stdout();
    let start = html.find("<h2 id=\"term\">").expect("the term section");
    let end = start + html[start..].find("</p>").expect("its note") + "</p>".len();
    let term = format!("{}\n", &html[start..end]);
    golden("workshop-compare-term.html", &term);
    for figure in ["863,550.39", "846,715.32", "216,088.83", "74,701.30"] {
        assert!(
            section.contains(figure) && term.contains(figure),
            "{figure}"
        );
    }
    // The runs add up: 6 x January + 3 x July + 3 x October.
    assert!(
        section.contains("调整办法: 2026-01 to 2026-12, 12 months"),
        "{section}"
    );
    let json = wd
        .run(&[
            "compare",
            &flat,
            &s,
            "--roster",
            &r,
            "--format",
            "json",
            "--standards",
            &example("standards/examples.toml"),
        ])
        .success()
        .stdout();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let costs = v["term_costs"].as_array().expect("term costs");
    assert_eq!(costs.len(), 2);
    let cents =
        |v: &serde_json::Value| v.as_str().unwrap().replace('.', "").parse::<i64>().unwrap();
    let runs = costs[1]["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 3);
    let sum: i64 = runs.iter().map(|r| cents(&r["cost"])).sum();
    assert_eq!(sum, cents(&costs[1]["total"]));
    for run in runs {
        let months = run["months"].as_i64().unwrap();
        assert_eq!(cents(&run["cost"]), cents(&run["monthly"]) * months);
    }
    // The flat schedule costs twelve of its months.
    assert_eq!(
        cents(&costs[0]["total"]),
        cents(&costs[0]["runs"][0]["monthly"]) * 12
    );
    // Without adjustments in any term, no section.
    wd.run(&["compare", &flat, &flat, "--roster", &r])
        .success()
        .stdout_has(&["Comparison — "]);
    assert!(!wd
        .run(&["compare", &flat, &flat, "--roster", &r])
        .success()
        .stdout()
        .contains("Cost over the contract's term"));

    let proposed = wd
        .run(&[
            "propose",
            "--schedule",
            &s,
            "--roster",
            &r,
            "--target-growth",
            "5%",
            "--standards",
            &example("standards/examples.toml"),
        ])
        .success()
        .stdout();
    let section: String = proposed
        .lines()
        .skip_while(|l| !l.starts_with("Cost over the contract's term"))
        .take_while(|l| !l.is_empty() && !l.starts_with("Grade pay floors"))
        .map(|l| format!("{l}\n"))
        .collect();
    golden("workshop-propose-term.txt", &section);
}

#[test]
fn the_contract_states_the_adjustment_clause() {
    let wd = Workdir::new();
    let (s, _) = workshop();
    let md = wd
        .run(&[
            "render",
            "--schedule",
            &s,
            "--document",
            "contract",
            "--standards",
            &example("standards/examples.toml"),
        ])
        .stdout();
    assert!(
        md.contains("本合同期限内能级工资按下列办法调整：自2026年7月1日起，各能级各档能级工资上调4%，每档每月上调额不低于120元；自2026年10月1日起，各能级各档能级工资按2026年工资指导线基准线（7%）上调。"),
        "{md}"
    );
}

/// The pump agreement with a guideline raise from March: grade pay follows
/// the 2026 guideline's base line (7%) from then.
fn pump_with_guideline_raise(wd: &Workdir) -> String {
    let text = std::fs::read_to_string(example("pump/schedule.toml")).expect("the pump schedule");
    wd.write(
        "raised.toml",
        format!("{text}\n[[adjustment]]\nfrom = 2026-03-01\nguideline = \"base\"\n"),
    )
}

/// employee_id -> gross from a pay-sheet CSV (compute's or batch's).
fn gross_by_worker(csv: &str) -> HashMap<String, String> {
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().expect("a header").split(',').collect();
    let at = |name: &str| header.iter().position(|h| *h == name).expect(name);
    let (id, gross) = (at("employee_id"), at("gross"));
    lines
        .map(|l| l.split(',').collect::<Vec<_>>())
        .filter(|c| c.len() == header.len())
        .map(|c| (c[id].to_string(), c[gross].to_string()))
        .collect()
}

#[test]
fn every_command_that_prices_a_month_fills_guideline_raises_alike() {
    let wd = Workdir::new();
    let s = pump_with_guideline_raise(&wd);
    let r = example("pump/roster.csv");
    let standards = example("standards/examples.toml");
    let compute = |schedule: &str| {
        wd.run_over(
            "compute",
            schedule,
            &r,
            &[
                "--period",
                "2026-04",
                "--format",
                "csv",
                "--standards",
                &standards,
            ],
        )
        .success()
        .stdout()
    };
    let raised = compute(&s);
    let written = compute(&example("pump/schedule.toml"));
    let expected = gross_by_worker(&raised);
    assert_ne!(expected, gross_by_worker(&written), "the raise is in force");

    // batch pays every worker what compute pays.
    let batch = wd.run_over(
        "batch",
        &s,
        &r,
        &[
            "--standards",
            &standards,
            "--period",
            "2026-04",
            "-o",
            "out",
        ],
    );
    assert_ne!(batch.code(), 2, "{}", batch.stderr());
    assert_eq!(gross_by_worker(&wd.read("out/pay.csv")), expected);

    // check prices the month (exit 1: the pump roster has findings, not an error).
    let check = wd.run_over(
        "check",
        &s,
        &r,
        &["--standards", &standards, "--period", "2026-04"],
    );
    assert_ne!(check.code(), 2, "{}", check.stderr());

    // audit: paid what compute gives under the raise, nobody is owed; paid
    // the written table, the raise is owed.
    let paid_raised = wd.write("paid-raised.csv", &raised);
    let paid_written = wd.write("paid-written.csv", &written);
    let audit = |payroll: &str, extra: &[&str]| {
        let mut args = vec![
            "audit",
            "--schedule",
            &s,
            "--roster",
            &r,
            "--payroll",
            payroll,
            "--period",
            "2026-04",
        ];
        args.extend_from_slice(extra);
        wd.run(&args)
    };
    audit(&paid_raised, &["--standards", &standards]).success();
    audit(&paid_written, &["--standards", &standards])
        .status(1)
        .stdout_has(&["DH001"]);
    audit(&paid_raised, &[])
        .status(2)
        .stderr_has(&["the adjustment from 2026-03-01 follows the 2026 wage guideline"]);

    // assess prices twelve months from the assessment date.
    let mut assess = common::pump_assess_args(&[]);
    assess[8] = s.clone();
    let assess_args: Vec<&str> = assess.iter().map(String::as_str).collect();
    wd.run(&assess_args)
        .status(2)
        .stderr_has(&["the adjustment from 2026-03-01 follows the 2026 wage guideline"]);
    let mut with_standards = assess_args.clone();
    with_standards.extend(["--standards", &standards]);
    wd.run(&with_standards).success();
}

#[test]
fn check_holds_each_period_s_table_in_force_against_the_minimum() {
    let wd = Workdir::new();
    let (s, _) = workshop();
    let text = std::fs::read_to_string(&s).expect("the workshop");
    // 初级工 step 1 at 2,400.00 is below the 2,490.00 minimum as written.
    let low = text.replace("base = \"2950\"", "base = \"2400\"");
    assert_ne!(low, text);
    let check = |name: &str, schedule: String| {
        let path = wd.write(name, schedule);
        wd.run(&[
            "check",
            "--schedule",
            &path,
            "--standards",
            "zhejiang",
            "--standards",
            &example("standards/examples.toml"),
        ])
    };
    // From July +4%, at least 120.00: 2,520.00, above it. The January table
    // is flagged, the July one is not, and the report says what July reads.
    let out = check("low.toml", low.clone()).status(1).stdout();
    assert!(
        out.contains("contract checked at 2026-01, 2026-07, 2026-10"),
        "{out}"
    );
    assert!(out.contains("初级工 step 1 [2026-01]"), "{out}");
    assert!(out.contains("agreed pay 2,400.00 is below"), "{out}");
    assert!(
        !out.contains("[2026-07] · 浙江省集体合同条例 Art 5"),
        "{out}"
    );
    assert!(
        out.contains("pay table at 2026-07: the written table raised by the adjustments in force (工资调整办法): from 2026-07-01 +4%, at least 120.00 a step\n"),
        "{out}"
    );
    // A raise too small still leaves July below: the raised pay is what is named.
    let small = low.replace(
        "percent = \"4%\"\nminimum = \"120.00\"",
        "amount = \"60.00\"",
    );
    assert_ne!(small, low);
    let out = check("small.toml", small).status(1).stdout();
    assert!(out.contains("初级工 step 1 [2026-07]"), "{out}");
    assert!(out.contains("agreed pay 2,460.00 is below"), "{out}");
    // JSON names the periods and the adjustments each raised table reflects.
    let path = wd.write("low-again.toml", low);
    let json = wd
        .run(&[
            "check",
            "--schedule",
            &path,
            "--standards",
            "zhejiang",
            "--standards",
            &example("standards/examples.toml"),
            "--format",
            "json",
        ])
        .status(1)
        .stdout();
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let tables = v["tables_in_force"].as_array().expect("tables in force");
    assert_eq!(tables.len(), 2);
    assert_eq!(tables[1]["periods"][0], "2026-10");
    assert_eq!(tables[1]["adjustments"][1], "2026-10-01");
}

/// The workbench prices its month as compute does: a guideline raise in force
/// takes its base line from the standards, and without them the workspace
/// refuses to open with the same error as every command.
#[test]
fn the_workbench_fills_guideline_raises_as_compute_does() {
    use nengji::serve::{Inputs, Workspace};
    let wd = Workdir::new();
    let text = std::fs::read_to_string(example("pump/schedule.toml")).expect("the pump schedule");
    let s = wd.write(
        "raised-now.toml",
        format!("{text}\n[[adjustment]]\nfrom = 2026-01-15\nguideline = \"base\"\n"),
    );
    let r = example("pump/roster.csv");
    let standards = example("standards/examples.toml");
    let inputs = |standards: Vec<String>| Inputs {
        schedule: s.clone().into(),
        roster: r.clone().into(),
        standards,
        dir: wd.path(""),
        encoding: Default::default(),
        sheet: Default::default(),
        base_label: "现行".into(),
        lang: nengji::i18n::Lang::En,
    };
    let refused = Workspace::open(&inputs(Vec::new())).expect_err("no standards fill the raise");
    assert!(
        refused.to_string().contains("2026-01-15"),
        "names the raise: {refused}"
    );

    let ws = Workspace::open(&inputs(vec![standards.clone()])).expect("the workspace opens");
    let pay = wd
        .run(&[
            "compute",
            "--schedule",
            &s,
            "--roster",
            &r,
            "--format",
            "csv",
            "--standards",
            &standards,
        ])
        .success()
        .stdout();
    let written = wd
        .run(&[
            "compute",
            "--schedule",
            &example("pump/schedule.toml"),
            "--roster",
            &r,
            "--format",
            "csv",
        ])
        .success()
        .stdout();
    let grosses = |csv: &str| -> Vec<String> {
        let mut lines = csv.trim_start_matches('\u{feff}').lines();
        let header: Vec<&str> = lines.next().expect("a header").split(',').collect();
        let at = header.iter().position(|h| *h == "gross").expect("gross");
        lines
            .map(|l| l.split(',').nth(at).expect("a gross cell").to_string())
            .collect()
    };
    let served: Vec<String> = ws
        .base()
        .sheets
        .iter()
        .map(|p| p.gross.to_string())
        .collect();
    assert_eq!(
        served,
        grosses(&pay),
        "the workbench pays what compute pays"
    );
    assert_ne!(served, grosses(&written), "the raise is in force");
}
