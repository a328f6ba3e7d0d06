//! The CLI through the real binary: golden outputs on the examples, init, stdin
//! and stdout, encodings, and atomic outputs.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use common::{example, golden, Workdir};

fn starter() -> [String; 4] {
    [
        "--schedule".into(),
        example("starter/schedule.toml"),
        "--roster".into(),
        example("starter/roster.csv"),
    ]
}

fn run_starter(wd: &Workdir, extra: &[&str]) -> common::Run {
    let base = starter();
    let mut args: Vec<&str> = vec!["compute"];
    args.extend(base.iter().map(String::as_str));
    args.extend(extra);
    wd.run(&args)
}

#[test]
fn compute_table_golden() {
    let run = run_starter(&Workdir::new(), &[]).success();
    golden("starter-compute.txt", &run.stdout());
}

#[test]
fn compute_csv_golden() {
    let run = run_starter(&Workdir::new(), &["--format", "csv"]).success();
    golden("starter-compute.csv", &run.stdout());
}

#[test]
fn compute_json_is_valid_and_golden() {
    let run = run_starter(&Workdir::new(), &["--format", "json"]).success();
    let v: serde_json::Value = serde_json::from_str(&run.stdout()).expect("valid JSON");
    assert_eq!(v["workers"].as_array().map(Vec::len), Some(8));
    assert_eq!(v["totals"]["headcount"], 8);
    golden("starter-compute.json", &run.stdout());
}

#[test]
fn totals_equal_the_sum_of_rows() {
    let run = run_starter(&Workdir::new(), &["--format", "json"]).success();
    let v: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let dec = |x: &serde_json::Value| {
        x.as_str()
            .unwrap()
            .parse::<rust_decimal::Decimal>()
            .unwrap()
    };
    let sum: rust_decimal::Decimal = v["workers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| dec(&w["gross"]))
        .sum();
    assert_eq!(sum, dec(&v["totals"]["gross"]));
}

#[test]
fn explain_text_and_json_golden() {
    let wd = Workdir::new();
    let base = starter();
    let mut args: Vec<&str> = vec!["explain"];
    args.extend(base.iter().map(String::as_str));
    args.extend(["--employee", "S003"]);
    let text = wd.run(&args).success();
    golden("starter-explain-S003.txt", &text.stdout());
    args.extend(["--format", "json"]);
    let json = wd.run(&args).success();
    let v: serde_json::Value = serde_json::from_str(&json.stdout()).unwrap();
    assert_eq!(v["employee_id"], "S003");
    assert_eq!(v["components"][0]["component"], "grade_pay");
    golden("starter-explain-S003.json", &json.stdout());
}

#[test]
fn explain_unknown_worker_suggests() {
    let wd = Workdir::new();
    let base = starter();
    let mut args: Vec<&str> = vec!["explain"];
    args.extend(base.iter().map(String::as_str));
    args.extend(["--employee", "S03"]);
    wd.run(&args)
        .status(2)
        .stderr_has(&["no worker 'S03'", "did you mean"]);
}

#[test]
fn init_writes_a_workspace_that_computes_and_never_overwrites() {
    let wd = Workdir::new();
    wd.run(&["init", "ws"])
        .success()
        .stdout_has(&["ws/schedule.toml", "ws/roster.csv"]);
    wd.run_over("compute", "ws/schedule.toml", "ws/roster.csv", &[])
        .success()
        .stdout_has(&["合计"]);
    wd.run(&["init", "ws"])
        .status(2)
        .stderr_has(&["already exists"]);
}

#[test]
fn roster_from_stdin_and_output_to_a_file() {
    let wd = Workdir::new();
    let roster = std::fs::read(example("starter/roster.csv")).unwrap();
    let sched = example("starter/schedule.toml");
    let out = common::nengji()
        .args([
            "compute",
            "--schedule",
            &sched,
            "--roster",
            "-",
            "--format",
            "csv",
            "--output",
        ])
        .arg(wd.path("pay.csv"))
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(&roster)?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let direct = run_starter(&wd, &["--format", "csv"]).success();
    // The file has a BOM (for Excel); standard output has none (for pipes).
    assert_eq!(wd.read("pay.csv"), format!("\u{feff}{}", direct.stdout()));
    assert_eq!(wd.files(), ["pay.csv"], "no temporary file is left behind");
}

#[test]
fn gb18030_and_bom_rosters_give_the_same_pay() {
    let wd = Workdir::new();
    let text = std::fs::read_to_string(example("starter/roster.csv")).unwrap();
    let (gb, _, _) = encoding_rs::GB18030.encode(&text);
    let gb_path = wd.write("gb.csv", &gb);
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    let bom_path = wd.write("bom.csv", &bom);
    let sched = example("starter/schedule.toml");
    let direct = run_starter(&wd, &["--format", "csv"]).success().stdout();
    for path in [&gb_path, &bom_path] {
        let run = wd
            .run(&[
                "compute",
                "--schedule",
                &sched,
                "--roster",
                path,
                "--format",
                "csv",
            ])
            .success();
        assert_eq!(run.stdout(), direct, "{path}");
    }
    let forced = wd
        .run(&[
            "compute",
            "--schedule",
            &sched,
            "--roster",
            &gb_path,
            "--format",
            "csv",
            "--encoding",
            "gb18030",
        ])
        .success();
    assert_eq!(forced.stdout(), direct);
}

#[test]
fn closed_pipe_is_not_an_error() {
    // Enough rows that the output overflows the pipe's buffer once it is closed.
    let wd = Workdir::new();
    let fixture =
        std::fs::read_to_string(common::root().join("examples/workload/roster.csv")).unwrap();
    let (header, rows) = fixture.split_once('\n').unwrap();
    let mut big = format!("{header}\n");
    for copy in 0..40 {
        for row in rows.lines() {
            // A new enterprise id per copy keeps the worker ids unique within it.
            big.push_str(&format!("C{copy}-{row}\n"));
        }
    }
    let roster = wd.write("big.csv", big);
    let sched = example("workload/schedule.toml");
    let mut child = common::nengji()
        .args([
            "compute",
            "--schedule",
            &sched,
            "--format",
            "csv",
            "--roster",
        ])
        .arg(&roster)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then close the pipe like `| head -1`.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn version_and_help() {
    let wd = Workdir::new();
    wd.run(&["--version"]).success().stdout_has(&["nengji"]);
    wd.run(&["compute", "--help"])
        .success()
        .stdout_has(&["--schedule", "--period", "--encoding"]);
    wd.run(&["frobnicate"]).status(2);
}

/// `compute --format csv` and `explain` on the shipped examples, as golden files.
#[track_caller]
fn example_goldens(name: &str, workers: &[&str]) {
    let wd = Workdir::new();
    let sched = example(&format!("{name}/schedule.toml"));
    let roster = example(&format!("{name}/roster.csv"));
    let csv = wd
        .run(&[
            "compute",
            "--schedule",
            &sched,
            "--roster",
            &roster,
            "--format",
            "csv",
        ])
        .success();
    golden(&format!("{name}-compute.csv"), &csv.stdout());
    let table = wd
        .run(&["compute", "--schedule", &sched, "--roster", &roster])
        .success();
    golden(&format!("{name}-compute.txt"), &table.stdout());
    for id in workers {
        let run = wd
            .run(&[
                "explain",
                "--schedule",
                &sched,
                "--roster",
                &roster,
                "--employee",
                id,
            ])
            .success();
        golden(&format!("{name}-explain-{id}.txt"), &run.stdout());
    }
}

#[test]
fn pump_example_goldens() {
    // DH044: pool share and every cap; JX004: conditions exclude the pool and the
    // key-post percentage; HD003: a one-off award in its month; DH003: an award past 36 months.
    example_goldens("pump", &["DH044", "JX004", "HD003", "DH003"]);
}

#[test]
fn courier_example_goldens() {
    // KD001: month 36 of an award, paid; KD041: month 37, not paid; KD050: month 1.
    example_goldens("courier", &["KD001", "KD041", "KD050"]);
}

#[test]
fn explain_agrees_with_compute_for_every_pump_worker() {
    let wd = Workdir::new();
    let sched = example("pump/schedule.toml");
    let roster = example("pump/roster.csv");
    let csv = wd
        .run(&[
            "compute",
            "--schedule",
            &sched,
            "--roster",
            &roster,
            "--format",
            "csv",
        ])
        .success();
    let out = csv.stdout();
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let gross_col = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "gross")
        .unwrap();
    for (i, row) in reader.records().enumerate() {
        if i % 10 != 0 {
            continue; // every tenth worker keeps the test fast
        }
        let row = row.unwrap();
        let run = wd
            .run(&[
                "explain",
                "--schedule",
                &sched,
                "--roster",
                &roster,
                "--employee",
                &row[0],
                "--format",
                "json",
            ])
            .success();
        let v: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
        assert_eq!(
            v["gross"].as_str(),
            Some(&row[gross_col]),
            "worker {}",
            &row[0]
        );
    }
}

/// Issue 15: the progress line is drawn only on a terminal. With stderr a
/// pipe (as here) every long command leaves stderr empty on a clean run, in
/// both languages, so logs and scripts never see a bar.
#[test]
fn no_progress_line_when_stderr_is_not_a_terminal() {
    let dir = Workdir::new();
    let schedule = example("starter/schedule.toml");
    let roster = example("starter/roster.csv");
    let commands: [&[&str]; 4] = [
        &["compute", "--schedule", &schedule, "--roster", &roster],
        &["check", "--schedule", &schedule, "--roster", &roster],
        &["compare", "--roster", &roster, &schedule, &schedule],
        &[
            "propose",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--target-growth",
            "5%",
        ],
    ];
    for lang in ["en", "zh"] {
        for args in commands {
            let run = dir.run_lang(lang, args);
            let stderr = run.stderr();
            for word in ["rows/s", "每秒", "░", "█"] {
                assert!(!stderr.contains(word), "{args:?} drew a bar: {stderr}");
            }
            assert!(!stderr.contains('\r'), "{args:?}: {stderr:?}");
        }
    }
}
