//! Every roster command gives the same bytes whatever `--jobs` is: the roster
//! pipeline's chunks depend only on the input, and the writer takes them in
//! input order.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use common::{example, Workdir};
use rust_decimal::Decimal;

/// Runs `args` with `--jobs 1` and `--jobs 4` and returns both outputs; the
/// second run reads the roster in chunks of about 7 rows, so the example's
/// enterprises are spread over many chunks and threads.
fn at_one_and_four(args: &[&str], status: i32) -> (String, String) {
    at_one_and_four_in(&Workdir::new(), args, status)
}

fn at_one_and_four_in(wd: &Workdir, args: &[&str], status: i32) -> (String, String) {
    let run = |jobs: &str, chunk_rows: &str| {
        let out = common::nengji()
            .current_dir(wd.path(""))
            .args(args)
            .args(["--jobs", jobs])
            .env("NENGJI_CHUNK_ROWS", chunk_rows)
            .output()
            .expect("nengji runs");
        assert_eq!(out.status.code(), Some(status), "{args:?} --jobs {jobs}");
        String::from_utf8(out.stdout).expect("UTF-8 output")
    };
    (run("1", "4096"), run("4", "7"))
}

#[test]
fn check_is_the_same_whatever_the_jobs() {
    let (schedule, roster, standards) = (
        example("pump/schedule.toml"),
        example("pump/roster.csv"),
        example("standards/examples.toml"),
    );
    for format in ["text", "json", "csv"] {
        let args = [
            "check",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--standards",
            "zhejiang",
            "--standards",
            &standards,
            "--format",
            format,
        ];
        let (one, four) = at_one_and_four(&args, 1);
        assert!(one.contains("skill-minimum"), "{one}");
        assert_eq!(one, four, "check --format {format}");
    }
}

#[test]
fn compare_is_the_same_whatever_the_jobs() {
    let (base, a, b, roster) = (
        example("workload/schedule.toml"),
        example("workload/offer-a.toml"),
        example("workload/offer-b.toml"),
        example("workload/roster.csv"),
    );
    for format in ["text", "json", "csv", "html"] {
        let args = [
            "compare", &base, &a, &b, "--roster", &roster, "--format", format,
        ];
        let (one, four) = at_one_and_four(&args, 0);
        assert!(one.len() > 1000, "{one}");
        assert_eq!(one, four, "compare --format {format}");
    }
}

#[test]
fn compute_is_the_same_whatever_the_jobs() {
    let (schedule, roster) = (
        example("workload/schedule.toml"),
        example("workload/roster.csv"),
    );
    for format in ["table", "json", "csv"] {
        let args = [
            "compute",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--format",
            format,
        ];
        let (one, four) = at_one_and_four(&args, 0);
        assert!(one.len() > 1000, "{one}");
        assert_eq!(one, four, "compute --format {format}");
    }
}

#[test]
fn propose_is_the_same_whatever_the_jobs() {
    let (schedule, roster) = (example("pump/schedule.toml"), example("pump/roster.csv"));
    for mode in ["uniform", "lift-low"] {
        let args = [
            "propose",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--target-growth",
            "6%",
            "--mode",
            mode,
            "--output",
            "-",
        ];
        let (one, four) = at_one_and_four(&args, 0);
        assert!(one.contains("[[grade]]"), "{one}");
        assert_eq!(one, four, "propose --mode {mode}");
    }
}

/// A payroll of the workload example: what compute says, with every 5th
/// worker's grade pay 1.00 short (gross unchanged, so it no longer adds up),
/// every 11th worker left out, a worker the roster lacks in one enterprise,
/// and two enterprises the roster lacks (one between two of its enterprises,
/// one after the last). With `enterprise: false` the enterprise column is
/// dropped (the workload's ids are unique across enterprises).
fn workload_payroll(wd: &Workdir, enterprise: bool) -> String {
    let pay = common::compute_csv(wd, "workload");
    let mut lines = pay.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (grade_pay, ent, emp) = (col("grade_pay"), col("enterprise_id"), col("employee_id"));
    let keep = |cells: &[String]| -> String {
        cells
            .iter()
            .enumerate()
            .filter(|(i, _)| enterprise || *i != ent)
            .map(|(_, c)| c.as_str())
            .collect::<Vec<_>>()
            .join(",")
    };
    let head: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let mut out = vec![keep(&head)];
    let mut last = String::new();
    for (i, line) in lines.enumerate() {
        assert!(!line.contains('"'), "{line}");
        let mut cells: Vec<String> = line.split(',').map(str::to_string).collect();
        if cells[ent] != last && last == "E00001" {
            let mut stranger = cells.clone();
            stranger[ent] = "E00001-closed".into();
            stranger[emp] = "X-1".into();
            out.push(keep(&stranger));
        }
        if cells[ent] == "E00002" && last != "E00002" {
            let mut stranger = cells.clone();
            stranger[emp] = "E00002-99999".into();
            out.push(keep(&stranger));
        }
        last = cells[ent].clone();
        if i % 11 == 3 {
            continue;
        }
        if i % 5 == 0 {
            let paid: Decimal = cells[grade_pay].parse().unwrap();
            cells[grade_pay] = (paid - Decimal::ONE).to_string();
        }
        out.push(keep(&cells));
    }
    let mut tail: Vec<String> = head.iter().map(|_| "0".to_string()).collect();
    tail[ent] = "E99999".into();
    tail[emp] = "X-2".into();
    out.push(keep(&tail));
    wd.write(
        if enterprise {
            "paid.csv"
        } else {
            "paid-one.csv"
        },
        out.join("\n") + "\n",
    )
}

#[test]
fn audit_is_the_same_whatever_the_jobs() {
    let wd = Workdir::new();
    let (schedule, roster) = (
        example("workload/schedule.toml"),
        example("workload/roster.csv"),
    );
    for enterprise in [true, false] {
        let payroll = workload_payroll(&wd, enterprise);
        for format in ["text", "json", "csv"] {
            let args = [
                "audit",
                "--schedule",
                &schedule,
                "--roster",
                &roster,
                "--payroll",
                &payroll,
                "--format",
                format,
            ];
            let (one, four) = at_one_and_four_in(&wd, &args, 1);
            for rule in ["underpaid", "audit-not-in-payroll", "audit-gross-mismatch"] {
                assert!(one.contains(rule), "{rule} in {format}:\n{one}");
            }
            // The stranger in E00002, and the two enterprises the roster lacks.
            for id in ["E00002-99999", "X-1", "X-2"] {
                assert!(one.contains(id), "{id} in {format}:\n{one}");
            }
            assert_eq!(
                one, four,
                "audit --format {format} (enterprise column: {enterprise})"
            );
        }
    }
}

/// Scores for the workload roster (`tests/roster_jobs.rs` only): every worker
/// but every ninth, spread so some are promoted, some kept and some demoted,
/// with or without the enterprise column. Ties on the total are common (the
/// scores repeat), so the quotas' tie-breaks are exercised.
fn workload_scores(wd: &Workdir, enterprise: bool) -> String {
    let roster = std::fs::read_to_string(example("workload/roster.csv")).unwrap();
    let mut lines = roster.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (ent, emp) = (col("enterprise_id"), col("employee_id"));
    let mut out = vec![if enterprise {
        "employee_id,enterprise_id,品德,能力,业绩,贡献".to_string()
    } else {
        "employee_id,品德,能力,业绩,贡献".to_string()
    }];
    for (i, line) in lines.enumerate() {
        if i % 9 == 4 {
            continue;
        }
        let cells: Vec<&str> = line.split(',').collect();
        let score = |k: usize| {
            let tenths = 500 + (i * 7919 / (k * 6 + 1)) % 495;
            format!("{}.{}", tenths / 10, tenths % 10)
        };
        let scores: Vec<String> = (0..4).map(score).collect();
        let who = if enterprise {
            format!("{},{}", cells[emp], cells[ent])
        } else {
            cells[emp].to_string()
        };
        out.push(format!("{who},{}", scores.join(",")));
    }
    let name = if enterprise {
        "scores.csv"
    } else {
        "scores-no-enterprise.csv"
    };
    wd.write(name, out.join("\n") + "\n")
}

/// Runs an assessment with `--jobs 1` (chunks of 4096 rows) and `--jobs 4`
/// (chunks of about 7 rows) and returns each run's report, new roster and
/// record.
fn assess_at_one_and_four(wd: &Workdir, args: &[&str]) -> [(String, String, String); 2] {
    [("1", "4096"), ("4", "7")].map(|(jobs, chunk_rows)| {
        let out = common::nengji()
            .current_dir(wd.path(""))
            .args(args)
            .args(["-o", "new.csv", "--record", "record.md", "--jobs", jobs])
            .env("NENGJI_CHUNK_ROWS", chunk_rows)
            .output()
            .expect("nengji runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?} --jobs {jobs}: {stderr}"
        );
        let report = String::from_utf8(out.stdout).expect("UTF-8 output");
        (report, wd.read("new.csv"), wd.read("record.md"))
    })
}

#[test]
fn assess_is_the_same_whatever_the_jobs() {
    let wd = Workdir::new();
    let schedule = example("workload/schedule.toml");
    let roster = example("workload/roster.csv");
    let rules = common::root()
        .join("bench/workload-assessment.toml")
        .display()
        .to_string();
    let text = std::fs::read_to_string(&rules).unwrap();
    // A quota over the whole roster ranks across enterprises, and one per
    // enterprise within each: both, with a tie-break on a roster column.
    let both = text.replace("#:schema ../schemas/", "#:schema ../../schemas/")
        + "\n[ranking]\ntie_break = [\"hire_date\", \"employee_id\"]\n\n\
           [[quota]]\nname = \"L6 and above\"\nat_or_above = \"L6\"\nmax_percent = \"30%\"\n";
    let both = wd.write("both-quotas.toml", both);
    for (rules, enterprise) in [(&rules, true), (&both, true), (&rules, false)] {
        let scores = workload_scores(&wd, enterprise);
        for format in ["text", "json", "csv"] {
            let args = [
                "assess",
                "--rules",
                rules,
                "--roster",
                &roster,
                "--scores",
                &scores,
                "--schedule",
                &schedule,
                "--format",
                format,
            ];
            let [one, four] = assess_at_one_and_four(&wd, &args);
            let what = format!("{rules} --format {format} (enterprise column: {enterprise})");
            for change in ["promoted", "demoted", "kept", "not-scored"] {
                assert!(one.0.contains(change), "{change} in {what}:\n{}", one.0);
            }
            assert!(one.0.contains("E00003"), "the last enterprise in {what}");
            assert_eq!(one.0, four.0, "the report of {what}");
            assert_eq!(one.1, four.1, "the new roster of {what}");
            assert_eq!(one.2, four.2, "the record of {what}");
        }
    }
}

#[test]
fn the_scores_follow_the_rosters_enterprise_order() {
    let wd = Workdir::new();
    let roster = example("workload/roster.csv");
    let rules = common::root()
        .join("bench/workload-assessment.toml")
        .display()
        .to_string();
    let scores = std::fs::read_to_string(workload_scores(&wd, true)).unwrap();
    let mut lines = scores.lines();
    let header = lines.next().unwrap();
    let rows: Vec<&str> = lines.collect();
    let of = |e: &str| -> Vec<&str> {
        rows.iter()
            .copied()
            .filter(|r| r.split(',').nth(1) == Some(e))
            .collect()
    };
    let schedule = example("workload/schedule.toml");
    let assess = |scores: &str| {
        wd.run(&[
            "assess",
            "--rules",
            &rules,
            "--roster",
            &roster,
            "--scores",
            scores,
            "--schedule",
            &schedule,
            "-o",
            "new.csv",
        ])
    };
    let join = |parts: &[Vec<&str>]| {
        let mut all = vec![header];
        for p in parts {
            all.extend(p);
        }
        all.join("\n") + "\n"
    };
    // Workers in any order within an enterprise, and an enterprise the
    // roster lacks, are fine.
    let mut shuffled = of("E00001");
    shuffled.reverse();
    let stranger = vec!["X-1,X,80,80,80,80"];
    let fine = wd.write(
        "fine.csv",
        join(&[of("E00000"), shuffled, stranger, of("E00002"), of("E00003")]),
    );
    assess(&fine)
        .status(2)
        .stderr_has(&["fine.csv:", "unknown worker 'X-1' of enterprise 'X'"]);
    let fine = wd.write(
        "fine.csv",
        join(&[of("E00000"), of("E00001"), of("E00002"), of("E00003")]),
    );
    assess(&fine).success();
    // Enterprises out of the roster's order: placed at the scores' line and
    // the roster's, nothing written.
    std::fs::remove_file(wd.path("new.csv")).unwrap();
    // The roster's E00000 takes the scores up to its own (E00001's first),
    // so E00001 is the one found out of place.
    let swapped = join(&[of("E00001"), of("E00000"), of("E00002"), of("E00003")]);
    let swapped = wd.write("swapped.csv", swapped);
    let roster_line = 2 + 41;
    assess(&swapped).status(2).stderr_has(&[
        "swapped.csv:2:2",
        "enterprise 'E00001' comes after 'E00000' on the roster",
        &format!("roster.csv:{roster_line}"),
    ]);
    assert!(!wd.path("new.csv").exists(), "nothing written");
    // An enterprise's rows apart.
    let e0 = of("E00000");
    let apart = join(&[e0[..3].to_vec(), of("E00001"), e0[3..].to_vec()]);
    let apart = wd.write("apart.csv", apart);
    assess(&apart).status(2).stderr_has(&[
        &format!("apart.csv:{}:2", 5 + of("E00001").len()),
        "the scores of enterprise 'E00000' are not together",
    ]);
    // In Chinese too.
    wd.run_lang(
        "zh",
        &[
            "assess",
            "--rules",
            &rules,
            "--roster",
            &roster,
            "--scores",
            &swapped,
            "--schedule",
            &schedule,
        ],
    )
    .status(2)
    .stderr_has(&["评分表中却排在它之前"]);
}

#[test]
fn arrears_is_the_same_whatever_the_jobs() {
    let wd = Workdir::new();
    let (previous, offer, roster) = (
        example("workload/schedule.toml"),
        example("workload/offer-a.toml"),
        example("workload/roster.csv"),
    );
    let [january, february, march, paid_february, paid_march] = common::workload_month_rosters(&wd);
    let (feb, mar) = (format!("2026-02={february}"), format!("2026-03={march}"));
    let (paid_feb, paid_mar) = (
        format!("2026-02={paid_february}"),
        format!("2026-03={paid_march}"),
    );
    let jan = format!("2026-01={january}");
    let base = [
        "arrears",
        "--schedule",
        &offer,
        "--previous",
        &previous,
        "--from",
        "2026-01",
        "--to",
        "2026-03",
    ];
    // One roster for the three months; then a roster per month, with a
    // payroll by enterprise in February and one without in March.
    let shared: Vec<&str> = vec!["--roster", &roster];
    let monthly: Vec<&str> = vec![
        "--roster",
        &jan,
        "--roster",
        &feb,
        "--roster",
        &mar,
        "--payroll",
        &paid_feb,
        "--payroll",
        &paid_mar,
    ];
    for inputs in [shared, monthly] {
        for format in ["text", "json", "csv"] {
            let args = [&base[..], &inputs, &["--format", format]].concat();
            let (one, four) = at_one_and_four_in(&wd, &args, 0);
            assert!(one.contains("E00003"), "{one}");
            assert_eq!(one, four, "arrears {inputs:?} --format {format}");
        }
    }
}
