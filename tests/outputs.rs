//! Outputs through the real binary: what nengji writes is safe to open and never
//! costs an input. Each test names the guarantee it holds (README, "What nengji
//! guarantees").

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use common::{example, Workdir};

/// The starter roster with hostile names and ids: a formula, a sign, an `@`
/// call, a leading tab and a leading carriage return.
fn hostile_roster(wd: &Workdir) -> String {
    let roster = std::fs::read_to_string(example("starter/roster.csv")).unwrap();
    let mut lines: Vec<String> = roster.lines().map(String::from).collect();
    let names = [
        "=HYPERLINK(\"http://x\",\"a\")",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\tTAB",
        "\rCR",
    ];
    for (line, name) in lines.iter_mut().skip(1).zip(names) {
        let mut cells: Vec<String> = line.split(',').map(String::from).collect();
        cells[1] = format!("\"{}\"", name.replace('"', "\"\""));
        *line = cells.join(",");
    }
    // One id that looks like a formula too.
    lines[1] = lines[1].replacen("S001", "=S001", 1);
    wd.write("roster.csv", lines.join("\n") + "\n")
}

/// Every cell of every row of a CSV.
fn cells(csv: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

/// No cell may begin with a character a spreadsheet evaluates, except numbers.
#[track_caller]
fn assert_safe(csv: &str) {
    for row in cells(csv) {
        for cell in row {
            let formula = matches!(
                cell.as_bytes().first(),
                Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
            );
            assert!(
                !formula || cell.parse::<rust_decimal::Decimal>().is_ok(),
                "a cell a spreadsheet would evaluate: {cell:?}\n{csv}"
            );
        }
    }
}

#[test]
fn compute_csv_neutralises_formula_text_and_keeps_amounts() {
    let wd = Workdir::new();
    let roster = hostile_roster(&wd);
    let schedule = example("starter/schedule.toml");
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
    assert_safe(&out);
    let rows = cells(&out);
    assert_eq!(rows[1][0], "'=S001");
    assert_eq!(rows[1][1], "'=HYPERLINK(\"http://x\",\"a\")");
    assert_eq!(rows[2][1], "'+1+1");
    assert_eq!(rows[3][1], "'-2+3");
    assert_eq!(rows[4][1], "'@SUM(A1)");
    // The roster reader trims a name's blanks, so a leading tab or carriage
    // return never reaches the sheet (unit tests in src/io/cell.rs cover them).
    assert_eq!(rows[5][1], "TAB");
    assert_eq!(rows[6][1], "CR");
    // Amounts are numbers, not text: untouched.
    let gross = rows[0].iter().position(|h| h == "gross").unwrap();
    assert!(rows[1][gross].parse::<rust_decimal::Decimal>().is_ok());
}

#[test]
fn check_and_batch_csv_outputs_are_safe_to_open() {
    let wd = Workdir::new();
    let roster = hostile_roster(&wd);
    let schedule = example("starter/schedule.toml");
    let run = wd.run(&[
        "check",
        "--schedule",
        &schedule,
        "--roster",
        &roster,
        "--standards",
        "zhejiang",
        "--format",
        "csv",
    ]);
    assert_safe(&run.stdout());
    // batch needs an enterprise column: add one.
    let text = std::fs::read_to_string(&roster).unwrap();
    let with_enterprise: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                format!("enterprise_id,{l}")
            } else {
                format!("=E1,{l}")
            }
        })
        .collect();
    let roster = wd.write("batch.csv", with_enterprise.join("\n") + "\n");
    wd.run(&[
        "batch",
        "--roster",
        &roster,
        "--schedule",
        &schedule,
        "--standards",
        "zhejiang",
        "--out",
        "out",
    ]);
    for name in ["pay.csv", "enterprises.csv", "findings.csv"] {
        let csv = wd.read(&format!("out/{name}"));
        if name != "findings.csv" {
            assert!(csv.contains("'=E1"), "{name} names the enterprise\n{csv}");
        }
        assert_safe(&csv);
    }
}

#[test]
fn compare_csv_is_safe_to_open() {
    let wd = Workdir::new();
    let roster = hostile_roster(&wd);
    let schedule = example("starter/schedule.toml");
    let run = wd
        .run(&[
            "compare",
            "--roster",
            &roster,
            &schedule,
            &schedule,
            &schedule,
            "--label=base",
            "--label=\t=a",
            "--label=-b",
            "--format",
            "csv",
        ])
        .success();
    let out = run.stdout();
    assert_safe(&out);
    assert!(out.contains("'\t=a,") && out.contains("'-b,"), "{out}");
}
