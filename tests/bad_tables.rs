//! Tables read whole or refused, through the real binary: every table input
//! (roster, payroll, scores, registry) refuses a row of the wrong length at its
//! line, skips blank rows, names an unterminated quote where it opened, counts
//! lines right whatever the line ending, and names a file that is not CSV.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{example, Workdir};

const HEADER: &str = "工号,姓名,能级,档次,岗位类别,证书等级,入职日期,工作日加班小时\n";
const ROW: &str = "S1,甲,高级,1,基础类,无,2020-01-01,0\n";

/// Runs compute on roster bytes: the run, and the output is never written.
fn compute(roster: impl AsRef<[u8]>) -> common::Run {
    let wd = Workdir::new();
    let path = wd.write("roster.csv", roster);
    let run = wd.run_over(
        "compute",
        &example("starter/schedule.toml"),
        &path,
        &["--format", "csv", "--output", "pay.csv"],
    );
    if run.code() != 0 {
        assert_eq!(wd.files(), ["roster.csv"], "an output was written");
    }
    run
}

/// The number of problems an `invalid roster (N problems)` line announces.
fn problems(run: &common::Run) -> String {
    run.stderr().lines().next().unwrap_or("").to_string()
}

#[test]
fn a_short_row_is_refused_not_paid() {
    let run = compute(format!("{HEADER}{ROW}S2,乙,中级,1,基础类\n")).status(2);
    let run = run.stderr_has(&[
        "the row has 5 fields but the header has 8 at ",
        "roster.csv:3;",
        "cut short",
    ]);
    assert!(problems(&run).contains("1 problem"), "{}", run.stderr());
}

#[test]
fn an_unquoted_comma_in_an_amount_is_refused() {
    let header = "工号,姓名,能级,档次,岗位类别,证书等级,入职日期,工作日加班小时,上年工资\n";
    compute(format!(
        "{header}S1,甲,高级,1,基础类,无,2020-01-01,0,2,490.00\n"
    ))
    .status(2)
    .stderr_has(&[
        "the row has 10 fields but the header has 9 at ",
        "roster.csv:2;",
        "must be quoted (\"2,490.00\")",
    ]);
}

#[test]
fn rows_of_only_separators_are_skipped() {
    compute(format!("{HEADER}{ROW},,,,,,,\n , ,,,,,,\n\n")).success();
}

#[test]
fn line_numbers_are_right_for_crlf_and_cr_files() {
    for nl in ["\r\n", "\r", "\n"] {
        let text =
            format!("{HEADER}{ROW}\nS2,乙,高级工x,1,基础类,无,2020-01-01,0\n").replace('\n', nl);
        compute(text)
            .status(2)
            .stderr_has(&["unknown grade '高级工x' at ", "roster.csv:4:3 (能级)"]);
    }
}

#[test]
fn an_unterminated_quote_is_named_where_it_opened() {
    let run = compute(format!(
        "{HEADER}{ROW}S2,\"乙,中级,1,基础类,无,2020-01-01,0\nS3,丙,高级,1,基础类,无,2020-01-01,0\n"
    ))
    .status(2)
    .stderr_has(&["never closed", "roster.csv:3:2;", "close the quote"]);
    assert!(!run.stderr().contains("unknown grade"), "{}", run.stderr());
}

#[test]
fn control_characters_in_ids_and_names_are_refused() {
    compute(format!("{HEADER}S1\0,甲,高级,1,基础类,无,2020-01-01,0\n"))
        .status(2)
        .stderr_has(&[
            "employee_id \"S1\\0\" holds a control character",
            "roster.csv:2:1 (工号)",
        ]);
    compute(format!(
        "{HEADER}S1,\"甲\n乙\",高级,1,基础类,无,2020-01-01,0\n"
    ))
    .status(2)
    .stderr_has(&[
        "name \"甲\\n乙\" holds a control character",
        "roster.csv:2:2 (姓名)",
    ]);
}

#[test]
fn a_file_that_is_not_csv_is_named_once_with_the_fix() {
    // A workbook is read as one (the excel issue); a broken one is named once.
    let utf16: Vec<u8> = format!("{HEADER}{ROW}")
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let cases: [(&[u8], &str, &str); 6] = [
        (
            b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml xl/workbook.xml",
            "the workbook cannot be read",
            "as CSV",
        ),
        (
            &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
            "the workbook cannot be read",
            "as CSV",
        ),
        (
            b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
            "the workbook cannot be read",
            "as CSV",
        ),
        (
            b"%PDF-1.4\n%\xe2\xe3",
            "a PDF document",
            "the CSV file itself",
        ),
        (
            &utf16,
            "UTF-16 (little-endian) text without a byte-order mark",
            "CSV UTF-8",
        ),
        (b"", "an empty file", "export the table again"),
    ];
    for (bytes, what, fix) in cases {
        let run = compute(bytes)
            .status(2)
            .stderr_has(&[what, fix, "roster.csv:1"]);
        assert!(problems(&run).contains("(1 problem)"), "{}", run.stderr());
    }
}

#[test]
fn payroll_rows_are_read_whole() {
    let wd = Workdir::new();
    let fixture = |f: &str| {
        common::root()
            .join("tests/fixtures/check")
            .join(f)
            .display()
            .to_string()
    };
    let payroll = wd.write("paid.csv", "工号,应发工资\nS001,2,490.00\nS002\n");
    wd.run_over(
        "audit",
        &fixture("schedule.toml"),
        &fixture("roster.csv"),
        &["--payroll", &payroll],
    )
    .status(2)
    .stderr_has(&[
        "the row has 3 fields but the header has 2 at ",
        "paid.csv:2;",
        "the row has 1 field but the header has 2 at ",
        "paid.csv:3;",
    ]);
}

#[test]
fn score_rows_are_read_whole() {
    let wd = Workdir::new();
    let scores = std::fs::read_to_string(example("pump/scores.csv")).unwrap();
    let mut lines: Vec<String> = scores.lines().map(str::to_string).collect();
    let short = lines[2].rsplit_once(',').unwrap().0.to_string();
    lines[2] = short;
    let path = wd.write("scores.csv", lines.join("\r\n") + "\r\n");
    let mut args = common::pump_assess_args(&[]);
    let at = args.iter().position(|a| a == "--scores").unwrap();
    args[at + 1] = path;
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    wd.run(&args)
        .status(2)
        .stderr_has(&["but the header has", "scores.csv:3;"]);
}

/// Runs batch on the workload roster with a registry text.
fn batch_with_registry(registry: &str) -> common::Run {
    let wd = Workdir::new();
    let path = wd.write("registry.csv", registry);
    wd.run(&[
        "batch",
        "--roster",
        &example("workload/roster.csv"),
        "--schedule",
        &example("workload/schedule.toml"),
        "--registry",
        &path,
        "--out",
        "out",
    ])
}

#[test]
fn registry_rows_are_read_whole_and_columns_checked() {
    batch_with_registry("enterprise_id,region\nE1,330102,x\n")
        .status(2)
        .stderr_has(&[
            "the row has 3 fields but the header has 2",
            "registry.csv:2",
        ]);
    batch_with_registry("enterprise_id,regoin\nE1,330102\n")
        .status(2)
        .stderr_has(&[
            "unknown registry column 'regoin'",
            "did you mean 'region'?",
            "registry.csv:1:2",
        ]);
}

#[test]
fn batch_reads_a_roster_from_stdin() {
    let wd = Workdir::new();
    let roster = std::fs::read(example("workload/roster.csv")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_nengji"))
        .args([
            "batch",
            "--roster",
            "-",
            "--schedule",
            &example("workload/schedule.toml"),
            "--out",
            "out",
        ])
        .current_dir(wd.path(""))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&roster).unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let pay = std::fs::read_to_string(wd.path("out/pay.csv")).unwrap();
    assert_eq!(
        pay.lines().count(),
        roster
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .count(),
        "{stderr}"
    );
}

#[test]
fn a_registry_naming_a_missing_schedule_names_its_line() {
    batch_with_registry("enterprise_id,schedule\nE1,\nE2,pump.toml\n")
        .status(2)
        .stderr_has(&[
            "the schedule 'pump.toml' that the registry names at ",
            "registry.csv:3:2 (enterprise 'E2'",
            "cannot read the schedule",
        ]);
    // The TOML registry: the enterprise's table.
    let wd = Workdir::new();
    let path = wd.write(
        "registry.toml",
        "[[enterprise]]\nid = \"E1\"\n\n[[enterprise]]\nid = \"E2\"\nschedule = \"missing.toml\"\n",
    );
    wd.run(&[
        "batch",
        "--roster",
        &example("workload/roster.csv"),
        "--registry",
        &path,
        "--out",
        "out",
    ])
    .status(2)
    .stderr_has(&[
        "'missing.toml' that the registry names at ",
        "registry.toml:4:1 (enterprise 'E2'",
    ]);
}

/// Every command that reads a roster refuses a short row, a long row and an id
/// holding a NUL, with the place: no command pays (or compares) the rest silently.
#[test]
fn every_command_that_reads_a_roster_refuses_rows_not_read_whole() {
    let wd = Workdir::new();
    let schedule = example("starter/schedule.toml");
    let header = "工号,姓名,企业,能级,档次,岗位类别,证书等级,入职日期\n";
    let row = "S1,甲,E1,高级,1,基础类,无,2020-01-01\n";
    let bad = [
        (
            "short",
            "S2,乙,E1,中级,1\n",
            "the row has 5 fields but the header has 8",
        ),
        (
            "long",
            "S2,乙,E1,中级,1,基础类,无,2020-01-01,x\n",
            "the row has 9 fields but the header has 8",
        ),
        (
            "nul",
            "S\u{0}2,乙,E1,中级,1,基础类,无,2020-01-01\n",
            "holds a control character",
        ),
    ];
    for (name, line, message) in bad {
        let roster = wd.write(&format!("{name}.csv"), format!("{header}{row}{line}"));
        let r = roster.as_str();
        let s = schedule.as_str();
        let commands: [Vec<&str>; 9] = [
            vec!["compute", "--schedule", s, "--roster", r],
            vec![
                "explain",
                "--schedule",
                s,
                "--roster",
                r,
                "--employee",
                "S1",
            ],
            vec![
                "check",
                "--schedule",
                s,
                "--roster",
                r,
                "--standards",
                "zhejiang",
            ],
            vec!["audit", "--schedule", s, "--roster", r, "--payroll", r],
            vec![
                "arrears",
                "--schedule",
                s,
                "--roster",
                r,
                "--from",
                "2026-01",
                "--to",
                "2026-01",
            ],
            vec![
                "propose",
                "--schedule",
                s,
                "--roster",
                r,
                "--target-growth",
                "5%",
            ],
            vec!["compare", "--roster", r, s, s],
            vec![
                "render",
                "--schedule",
                s,
                "--roster",
                r,
                "--document",
                "notice",
            ],
            vec!["batch", "--schedule", s, "--roster", r, "--output", "out"],
        ];
        for args in commands {
            wd.run(&args)
                .status(2)
                .stderr_has(&[message, &format!("{name}.csv:3")]);
        }
    }
}

/// An id holding a NUL is refused in the assess roster, the scores and a payroll
/// too, at its cell.
#[test]
fn control_characters_in_ids_are_refused_in_every_table() {
    let wd = Workdir::new();
    let roster = std::fs::read_to_string(example("pump/roster.csv")).unwrap();
    let scores = std::fs::read_to_string(example("pump/scores.csv")).unwrap();
    let first_id = |text: &str| {
        text.lines()
            .nth(1)
            .unwrap()
            .split(',')
            .next()
            .unwrap()
            .to_string()
    };
    let nul = |text: &str| {
        let id = first_id(text);
        text.replacen(&id, &format!("{id}\0"), 1)
    };
    wd.write("roster.csv", &roster);
    wd.write("scores.csv", &scores);
    wd.write("bad-roster.csv", nul(&roster));
    wd.write("bad-scores.csv", nul(&scores));
    let assess = |roster: &str, scores: &str| {
        wd.run(&[
            "assess",
            "--rules",
            &example("pump/assessment.toml"),
            "--roster",
            roster,
            "--scores",
            scores,
            "--schedule",
            &example("pump/schedule.toml"),
        ])
    };
    assess("bad-roster.csv", "scores.csv")
        .status(2)
        .stderr_has(&["holds a control character", "bad-roster.csv:2:1"]);
    assess("roster.csv", "bad-scores.csv")
        .status(2)
        .stderr_has(&["holds a control character", "bad-scores.csv:2:1"]);
    // Every worker of the roster, so one NUL is a stray byte, not a binary file.
    let starter = std::fs::read_to_string(example("starter/roster.csv")).unwrap();
    let mut paid = String::from("工号,应发工资\n");
    for id in starter
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
    {
        let nul = if id == "S001" { "\0" } else { "" };
        paid.push_str(&format!("{id}{nul},100.00\n"));
    }
    wd.write("paid.csv", paid);
    wd.run_over(
        "audit",
        &example("starter/schedule.toml"),
        &example("starter/roster.csv"),
        &["--payroll", "paid.csv"],
    )
    .status(2)
    .stderr_has(&[
        "employee_id \"S001\\0\" holds a control character",
        "paid.csv:2:1",
    ]);
}

/// The table layer speaks Chinese too: a short row and a file that is not CSV.
#[test]
fn table_errors_are_told_in_chinese() {
    let wd = Workdir::new();
    let short = wd.write("short.csv", format!("{HEADER}{ROW}S2,乙\n"));
    let empty = wd.write("empty.csv", "");
    let s = example("starter/schedule.toml");
    wd.run_lang("zh", &["compute", "--schedule", &s, "--roster", &short])
        .status(2)
        .stderr_has(&[
            "该行有 2 个字段，而表头有 8 个",
            "short.csv:3",
            "该行似乎被截断",
        ]);
    wd.run_lang("zh", &["compute", "--schedule", &s, "--roster", &empty])
        .status(2)
        .stderr_has(&["该文件是空文件", "empty.csv:1", "请重新导出该表格"]);
}
