//! `nengji audit` (履约监督) through the real binary: every planted underpayment
//! is found, no one else is, and the amounts owed are exact.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{example, golden, root, Workdir};
use rust_decimal::Decimal;

fn fixture(name: &str) -> String {
    root()
        .join("tests/fixtures/check")
        .join(name)
        .display()
        .to_string()
}

fn relative(text: &str) -> String {
    text.replace(&format!("{}/", root().display()), "")
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn audit_fixture(extra: &[&str]) -> common::Run {
    let (schedule, roster, payroll) = (
        fixture("schedule.toml"),
        fixture("roster.csv"),
        fixture("payroll.csv"),
    );
    let mut args = vec![
        "audit",
        "--schedule",
        &schedule,
        "--roster",
        &roster,
        "--payroll",
        &payroll,
    ];
    args.extend(extra);
    Workdir::new().run(&args)
}

#[test]
fn fixture_text_golden() {
    let run = audit_fixture(&[]).status(1);
    let out = relative(&run.stdout());
    assert!(
        out.ends_with("audit: 4 errors, 1 warning; owed 272.81\n"),
        "{out}"
    );
    golden("audit-fixture.txt", &out);
}

/// The same report in Chinese: every line of audit's own text (headings, findings,
/// remedies, the owed table, the summary) is the catalogue's, and only names from
/// the inputs and legal citations stay as written.
#[test]
fn fixture_text_golden_in_chinese() {
    let (schedule, roster, payroll) = (
        fixture("schedule.toml"),
        fixture("roster.csv"),
        fixture("payroll.csv"),
    );
    let run = Workdir::new()
        .run_lang(
            "zh",
            &[
                "audit",
                "--schedule",
                &schedule,
                "--roster",
                &roster,
                "--payroll",
                &payroll,
            ],
        )
        .status(1);
    let out = relative(&run.stdout());
    assert!(
        out.ends_with("audit：4 个错误，1 个警告；欠发 272.81\n"),
        "{out}"
    );
    for english in [
        "paid ", "remedy", "OWED", "workers", "ERROR", "WARNING", "period",
    ] {
        assert!(
            !out.contains(english),
            "{english:?} in the Chinese report:\n{out}"
        );
    }
    golden("audit-fixture.zh.txt", &out);
}

#[test]
fn fixture_json_owes_exactly_what_was_planted() {
    let run = audit_fixture(&["--format", "json"]).status(1);
    let v: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    // Planted in tests/fixtures/check/payroll.csv, against entitlements worked out
    // by hand: T002 overtime 10 h x 1.5 x round(2,700 / 174) = 232.80, paid
    // 200.00; T003's 高温津贴 150.00 unpaid; T004 grade pay a fen short; T005
    // grade pay 2,400.00 of 2,490.00. T006's overpaid skill allowance is not owed.
    let owed: Vec<(String, String, String)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "underpaid")
        .map(|f| {
            (
                f["subject"]["employee_id"].as_str().unwrap().to_string(),
                f["figures"]["component"].as_str().unwrap().to_string(),
                f["shortfall"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("T002", "overtime", "32.80"),
        ("T003", "heat", "150.00"),
        ("T004", "grade_pay", "0.01"),
        ("T005", "grade_pay", "90.00"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(owed, want);
    assert_eq!(v["owed"][0]["enterprise_id"], "CS-01");
    assert_eq!(v["owed"][0]["workers"], 3);
    assert_eq!(v["owed"][0]["amount"], "182.81");
    assert_eq!(v["owed"][1]["amount"], "90.00");
    assert_eq!(v["total_owed"], "272.81");
    golden("audit-fixture.json", &relative(&run.stdout()));
}

/// The pump example's pay sheet, as (enterprise, employee, component -> amount).
fn pump_pay_sheet(wd: &Workdir) -> (Vec<String>, Vec<Vec<String>>) {
    let (schedule, roster) = (example("pump/schedule.toml"), example("pump/roster.csv"));
    let run = wd
        .run(&[
            "compute",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--format",
            "csv",
        ])
        .success();
    let out = run.stdout();
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let headers: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    let rows = rdr
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (headers, rows)
}

fn audit_pump(wd: &Workdir, payroll: &str) -> (i32, serde_json::Value) {
    let (schedule, roster) = (example("pump/schedule.toml"), example("pump/roster.csv"));
    let run = wd.run(&[
        "audit",
        "--schedule",
        &schedule,
        "--roster",
        &roster,
        "--payroll",
        payroll,
        "--format",
        "json",
    ]);
    let code = run.code();
    (code, serde_json::from_str(&run.stdout()).unwrap())
}

type Plant = (usize, &'static str, Decimal);

/// Writes a payroll of the pay sheet's components and gross, less the plants
/// (a negative plant is an overpayment).
fn write_payroll(
    wd: &Workdir,
    headers: &[String],
    rows: &[Vec<String>],
    plants: &[Plant],
) -> String {
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let first = col("grade_pay");
    let gross = col("gross");
    let mut out = String::from("工号,企业");
    for h in &headers[first..gross] {
        out.push(',');
        out.push_str(h);
    }
    out.push_str(",应发工资\n");
    for (i, row) in rows.iter().enumerate() {
        let mut total = Decimal::ZERO;
        out.push_str(&format!(
            "{},{}",
            row[col("employee_id")],
            row[col("enterprise_id")]
        ));
        for (c, h) in headers[first..gross].iter().enumerate() {
            let mut amount = d(&row[first + c]);
            for (p, component, delta) in plants {
                if *p == i && component == h {
                    amount -= delta;
                }
            }
            total += amount;
            out.push_str(&format!(",{amount}"));
        }
        out.push_str(&format!(",{total}\n"));
    }
    wd.write("payroll.csv", out)
}

#[test]
fn pump_audit_finds_every_planted_underpayment_and_no_one_else() {
    let wd = Workdir::new();
    let (headers, rows) = pump_pay_sheet(&wd);
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let with_overtime = rows
        .iter()
        .position(|r| d(&r[col("overtime")]) > d("20"))
        .unwrap();
    let with_skill = rows
        .iter()
        .rposition(|r| d(&r[col("skill")]) >= d("300"))
        .unwrap();
    let with_seniority = (100..rows.len())
        .find(|&i| d(&rows[i][col("seniority")]) >= d("30"))
        .unwrap();
    let with_night = rows
        .iter()
        .rposition(|r| d(&r[col("night_shift")]) >= d("0.50"))
        .unwrap();
    let plants: Vec<Plant> = vec![
        (2, "grade_pay", d("0.01")),
        (57, "grade_pay", d("100.00")),
        (with_overtime, "overtime", d("12.34")),
        (with_skill, "skill", d("300.00")),
        (with_seniority, "seniority", d("30.00")),
        (with_night, "night_shift", d("0.50")),
        // Overpaid: never owed.
        (10, "grade_pay", d("-50.00")),
    ];
    let payroll = write_payroll(&wd, &headers, &rows, &plants);
    let (code, v) = audit_pump(&wd, &payroll);
    assert_eq!(code, 1);

    let mut want: BTreeSet<(String, String, Decimal)> = BTreeSet::new();
    let mut by_enterprise: BTreeMap<String, Decimal> = BTreeMap::new();
    for (i, component, delta) in &plants {
        if *delta > Decimal::ZERO {
            let row = &rows[*i];
            want.insert((
                row[col("employee_id")].clone(),
                component.to_string(),
                *delta,
            ));
            *by_enterprise
                .entry(row[col("enterprise_id")].clone())
                .or_default() += delta;
        }
    }
    let got: BTreeSet<(String, String, Decimal)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| {
            assert_eq!(f["rule"], "underpaid");
            (
                f["subject"]["employee_id"].as_str().unwrap().to_string(),
                f["figures"]["component"].as_str().unwrap().to_string(),
                d(f["shortfall"].as_str().unwrap()),
            )
        })
        .collect();
    assert_eq!(got, want);
    let owed: BTreeMap<String, Decimal> = v["owed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["enterprise_id"].as_str().unwrap().to_string(),
                d(o["amount"].as_str().unwrap()),
            )
        })
        .collect();
    assert_eq!(owed, by_enterprise);
    let total: Decimal = by_enterprise.values().sum();
    assert_eq!(d(v["total_owed"].as_str().unwrap()), total);
    assert_eq!(total, d("442.85"));
    assert_eq!(v["warnings"], 0, "the gross column adds up: {v}");
}

#[test]
fn pump_paid_exactly_is_clean() {
    let wd = Workdir::new();
    let (headers, rows) = pump_pay_sheet(&wd);
    let payroll = write_payroll(&wd, &headers, &rows, &[]);
    let (code, v) = audit_pump(&wd, &payroll);
    assert_eq!(code, 0);
    assert_eq!(v["findings"].as_array().unwrap().len(), 0);
    assert_eq!(v["total_owed"], "0.00");
}

#[test]
fn a_gross_only_payroll_is_audited_on_gross() {
    let wd = Workdir::new();
    let (headers, rows) = pump_pay_sheet(&wd);
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let mut text = String::from("工号,应发工资\n");
    for (i, row) in rows.iter().enumerate() {
        let mut gross = d(&row[col("gross")]);
        if i == 5 {
            gross -= d("0.07");
        }
        text.push_str(&format!("{},{gross}\n", row[col("employee_id")]));
    }
    let payroll = wd.write("gross.csv", text);
    let (code, v) = audit_pump(&wd, &payroll);
    assert_eq!(code, 1);
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert_eq!(
        findings[0]["subject"]["employee_id"],
        rows[5][col("employee_id")].as_str()
    );
    assert_eq!(findings[0]["figures"]["component"], "gross");
    assert_eq!(v["total_owed"], "0.07");
}

#[test]
fn missing_and_unknown_workers_are_warnings() {
    let wd = Workdir::new();
    let payroll = wd.write(
        "p.csv",
        "工号,企业,应发工资\nT001,CS-01,2490\nT002,CS-01,2932.80\nT003,CS-01,3885.55\nT004,CS-01,5356.19\nT005,CS-02,2490\nX999,CS-02,100\n",
    );
    let (schedule, roster) = (fixture("schedule.toml"), fixture("roster.csv"));
    wd.run(&[
        "audit",
        "--schedule",
        &schedule,
        "--roster",
        &roster,
        "--payroll",
        &payroll,
    ])
    .success()
    .stdout_has(&[
        "WARNING audit-not-on-roster (1)\n  X999 (CS-02)",
        "WARNING audit-not-in-payroll (1)\n  T006 吴六 (CS-02)",
        "audit: 0 errors, 2 warnings; owed 0.00",
    ]);
}

#[test]
fn bad_payroll_names_file_line_and_column() {
    let wd = Workdir::new();
    let (schedule, roster) = (fixture("schedule.toml"), fixture("roster.csv"));
    let payroll = wd.write("p.csv", "工号,能级工资\nT001,2490\nT002,两千六\nT001,1\n");
    wd.run(&[
        "audit",
        "--schedule",
        &schedule,
        "--roster",
        &roster,
        "--payroll",
        &payroll,
        "-o",
        "out.txt",
    ])
    .status(2)
    .stderr_has(&[
        "p.csv:3:2 (能级工资)",
        "'两千六' is not an amount paid",
        "duplicate employee_id 'T001' at",
        "p.csv:4:1 (工号); first seen on line 2",
    ]);
    assert!(!wd.files().contains(&"out.txt".to_string()));
    let no_amount = wd.write("q.csv", "工号,姓名\nT001,赵一\n");
    wd.run(&[
        "audit",
        "--schedule",
        &schedule,
        "--roster",
        &roster,
        "--payroll",
        &no_amount,
    ])
    .status(2)
    .stderr_has(&["q.csv:1", "no amount column"]);
}

/// The fixture's payroll with its rows reordered, audited against the
/// fixture's roster (enterprises CS-01 then CS-02).
fn audit_reordered(order: &[usize]) -> common::Run {
    let wd = Workdir::new();
    let text = std::fs::read_to_string(fixture("payroll.csv")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = vec![lines[0]];
    out.extend(order.iter().map(|&i| lines[i]));
    let payroll = wd.write("paid.csv", out.join("\n") + "\n");
    let (schedule, roster) = (fixture("schedule.toml"), fixture("roster.csv"));
    wd.run(&[
        "audit",
        "--schedule",
        &schedule,
        "--roster",
        &roster,
        "--payroll",
        &payroll,
    ])
}

/// The payroll is joined to the roster in step (so neither is held whole):
/// each enterprise's rows together, in the roster's order of enterprises.
/// Workers may be in any order within an enterprise.
#[test]
fn the_payroll_follows_the_rosters_enterprise_order() {
    let same = audit_reordered(&[3, 1, 4, 2, 6, 5]).status(1);
    assert!(
        same.stdout()
            .ends_with("audit: 4 errors, 1 warning; owed 272.81\n"),
        "{}",
        same.stdout()
    );
    // CS-02 first: the roster has it after CS-01.
    audit_reordered(&[5, 6, 1, 2, 3, 4]).status(2).stderr_has(&[
        "enterprise 'CS-02' comes after 'CS-01' on the roster (",
        "roster.csv:6), but before it in the payroll at ",
        "paid.csv:2:2; ",
        "sort both files by enterprise_id",
    ]);
    // CS-01's rows apart: named at the row that comes back.
    audit_reordered(&[1, 2, 5, 3, 4, 6]).status(2).stderr_has(&[
        "the payroll rows of enterprise 'CS-01' are not together: it started on line 2",
        "from line 4) came in between at ",
        "paid.csv:5:2 (企业)",
        "sort the payroll by enterprise_id",
    ]);
}
