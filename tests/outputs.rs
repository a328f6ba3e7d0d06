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
    let run = wd.run_over(
        "check",
        &schedule,
        &roster,
        &["--standards", "zhejiang", "--format", "csv"],
    );
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

// ---------------------------------------------------------------------------
// Outputs: one layer, nothing lost (README: "What nengji guarantees").

/// The starter schedule and roster copied into the work directory.
fn starter_inputs(wd: &Workdir) -> (String, String) {
    let schedule = std::fs::read(example("starter/schedule.toml")).unwrap();
    let roster = std::fs::read(example("starter/roster.csv")).unwrap();
    (
        wd.write("schedule.toml", schedule),
        wd.write("roster.csv", roster),
    )
}

/// Every file under `dir` (recursively) with its bytes, and its mode on Unix.
fn snapshot(dir: &std::path::Path) -> Vec<(String, Vec<u8>, u32)> {
    use std::os::unix::fs::PermissionsExt;
    let mut all = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let meta = std::fs::symlink_metadata(&p).unwrap();
            let name = p.strip_prefix(dir).unwrap().display().to_string();
            let mode = meta.permissions().mode();
            if meta.is_dir() {
                stack.push(p.clone());
                all.push((name, Vec::new(), mode));
            } else if meta.file_type().is_symlink() {
                let target = std::fs::read_link(&p).unwrap();
                all.push((name, target.display().to_string().into_bytes(), mode));
            } else {
                all.push((name, std::fs::read(&p).unwrap(), mode));
            }
        }
    }
    all.sort();
    all
}

#[test]
fn an_output_that_is_an_input_is_refused_and_the_input_survives() {
    let wd = Workdir::new();
    let (schedule, roster) = starter_inputs(&wd);
    std::fs::create_dir(wd.path("sub")).unwrap();
    std::os::unix::fs::symlink(wd.path("roster.csv"), wd.path("link.csv")).unwrap();
    let before = snapshot(&wd.path(""));
    // The roster and the schedule, spelled directly, through `..`, and through a symlink.
    for output in [
        "roster.csv",
        "sub/../roster.csv",
        "link.csv",
        "schedule.toml",
    ] {
        wd.run_over("compute", &schedule, &roster, &["--output", output])
            .status(2)
            .stderr_has(&["is the input", "would destroy the input"]);
        assert_eq!(snapshot(&wd.path("")), before, "after --output {output}");
    }
    // propose over its own schedule, check and explain over the roster.
    wd.run_over(
        "propose",
        &schedule,
        &roster,
        &["--target-growth", "5%", "--output", "schedule.toml"],
    )
    .status(2)
    .stderr_has(&["'schedule.toml' is the input"]);
    wd.run_over(
        "check",
        &schedule,
        &roster,
        &["--standards", "zhejiang", "--output", "roster.csv"],
    )
    .status(2)
    .stderr_has(&["is the input"]);
    assert_eq!(snapshot(&wd.path("")), before);
}

#[test]
fn assess_refuses_to_write_over_its_roster_or_one_output_twice() {
    let wd = Workdir::new();
    for name in ["assessment.toml", "roster.csv", "scores.csv"] {
        wd.write(
            name,
            std::fs::read(example(&format!("pump/{name}"))).unwrap(),
        );
    }
    let before = snapshot(&wd.path(""));
    let assess = |extra: &[&str]| {
        let mut args = vec![
            "assess",
            "--rules",
            "assessment.toml",
            "--roster",
            "roster.csv",
            "--scores",
            "scores.csv",
        ];
        args.extend(extra);
        wd.run(&args)
    };
    assess(&["--output", "roster.csv"])
        .status(2)
        .stderr_has(&["'roster.csv' is the input 'roster.csv'"]);
    assess(&["--output", "same.md", "--record", "./same.md"])
        .status(2)
        .stderr_has(&["are the same file"]);
    assert_eq!(snapshot(&wd.path("")), before);
}

#[test]
fn devices_are_written_through_and_a_full_disk_is_an_error() {
    let wd = Workdir::new();
    let (schedule, roster) = starter_inputs(&wd);
    let before = snapshot(&wd.path(""));
    let compute = |output: &str| wd.run_over("compute", &schedule, &roster, &["--output", output]);
    compute("/dev/null").success();
    let null = std::fs::metadata("/dev/null").unwrap();
    assert!(std::os::unix::fs::FileTypeExt::is_char_device(
        &null.file_type()
    ));
    let out = compute("/dev/stdout").success().stdout();
    assert!(out.contains("工资表"), "{out}");
    compute("/dev/full")
        .status(2)
        .stderr_has(&["cannot write '/dev/full'", "No space left on device"]);
    // No temporary file anywhere the run could have put one.
    assert_eq!(snapshot(&wd.path("")), before);
}

#[test]
fn a_fifo_is_written_through_not_replaced() {
    let wd = Workdir::new();
    let (schedule, roster) = starter_inputs(&wd);
    let fifo = wd.path("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    wd.run_over(
        "compute",
        &schedule,
        &roster,
        &["--format", "csv", "--output", "pipe"],
    )
    .success();
    let text = reader.join().unwrap();
    // A file gets UTF-8 with a BOM (the encoding Excel reads).
    assert!(
        text.trim_start_matches('\u{feff}')
            .starts_with("employee_id,"),
        "{text}"
    );
    let meta = std::fs::symlink_metadata(&fifo).unwrap();
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(&meta.file_type()));
}

#[test]
fn a_symlinked_output_replaces_its_target_and_stays_a_link() {
    let wd = Workdir::new();
    let (schedule, roster) = starter_inputs(&wd);
    std::fs::create_dir(wd.path("real")).unwrap();
    wd.write("real/pay.csv", "old\n");
    std::os::unix::fs::symlink("real/pay.csv", wd.path("pay.csv")).unwrap();
    wd.run_over(
        "compute",
        &schedule,
        &roster,
        &["--format", "csv", "--output", "pay.csv"],
    )
    .success();
    let meta = std::fs::symlink_metadata(wd.path("pay.csv")).unwrap();
    assert!(meta.file_type().is_symlink(), "the link is kept");
    let pay = wd.read("real/pay.csv");
    assert!(
        pay.trim_start_matches('\u{feff}')
            .starts_with("employee_id,"),
        "{pay}"
    );
    assert_eq!(
        std::fs::read_dir(wd.path("real")).unwrap().count(),
        1,
        "no temporary file beside the target"
    );
}

/// Runs nengji under `umask` through the shell.
fn under_umask(wd: &Workdir, umask: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_nengji"))
        .args(args)
        .current_dir(wd.path(""))
        .output()
        .unwrap()
}

#[test]
fn a_new_file_follows_the_umask_and_an_existing_one_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let wd = Workdir::new();
    let (schedule, roster) = starter_inputs(&wd);
    let mode = |name: &str| {
        std::fs::metadata(wd.path(name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    let compute = |umask: &str, output: &str| {
        let out = under_umask(
            &wd,
            umask,
            &[
                "compute",
                "--schedule",
                &schedule,
                "--roster",
                &roster,
                "-o",
                output,
            ],
        );
        assert!(out.status.success(), "{out:?}");
    };
    compute("077", "private.txt");
    assert_eq!(mode("private.txt"), 0o600);
    compute("022", "shared.txt");
    assert_eq!(mode("shared.txt"), 0o644);
    wd.write("kept.txt", "old");
    std::fs::set_permissions(wd.path("kept.txt"), std::fs::Permissions::from_mode(0o600)).unwrap();
    compute("022", "kept.txt");
    assert_eq!(mode("kept.txt"), 0o600, "an existing 0600 file stays 0600");
    assert!(wd.read("kept.txt").contains("工资表"));
}

/// Every command that writes a file refuses, for each of its inputs, an output
/// that is that input (spelled through a symlink too), and the inputs survive.
#[test]
fn every_command_refuses_an_output_that_is_any_of_its_inputs() {
    let wd = Workdir::new();
    let (schedule, roster) = starter_inputs(&wd);
    wd.write("previous.toml", std::fs::read(&schedule).unwrap());
    wd.write("offer.toml", std::fs::read(&schedule).unwrap());
    wd.write("paid.csv", "工号,应发工资\nS001,100.00\n");
    wd.write("t.md", "{{ schedule.meta.title }}\n");
    std::os::unix::fs::symlink(wd.path("paid.csv"), wd.path("paid-link.csv")).unwrap();
    let before = snapshot(&wd.path(""));
    let s = schedule.as_str();
    let r = roster.as_str();
    let arrears = [
        "arrears",
        "--schedule",
        s,
        "--previous",
        "previous.toml",
        "--from",
        "2026-01",
        "--to",
        "2026-01",
        "--payroll",
        "2026-01=paid.csv",
    ];
    let cases: Vec<(Vec<&str>, &[&str])> = vec![
        (
            [&arrears[..], &["--roster", r]].concat(),
            &[
                "roster.csv",
                "schedule.toml",
                "previous.toml",
                "paid.csv",
                "paid-link.csv",
            ],
        ),
        (
            [&arrears[..], &["--roster", "2026-01=roster.csv"]].concat(),
            &["roster.csv"],
        ),
        (
            vec![
                "explain",
                "--schedule",
                s,
                "--roster",
                r,
                "--employee",
                "S001",
            ],
            &["roster.csv", "schedule.toml"],
        ),
        (
            vec![
                "audit",
                "--schedule",
                s,
                "--roster",
                r,
                "--payroll",
                "paid.csv",
            ],
            &["paid-link.csv", "roster.csv"],
        ),
        (
            vec!["compare", "--roster", r, s, "offer.toml"],
            &["offer.toml", "roster.csv"],
        ),
        (
            vec![
                "render",
                "--schedule",
                s,
                "--document",
                "contract",
                "--template",
                "t.md",
            ],
            &["t.md", "schedule.toml"],
        ),
        (
            vec![
                "render",
                "--schedule",
                s,
                "--roster",
                r,
                "--document",
                "notice",
            ],
            &["roster.csv"],
        ),
    ];
    for (args, outputs) in cases {
        for output in outputs.iter() {
            let mut all = args.clone();
            all.extend(["--output", output]);
            wd.run(&all)
                .status(2)
                .stderr_has(&["is the input", "would destroy the input"]);
            assert_eq!(snapshot(&wd.path("")), before, "{all:?}");
        }
    }
}
