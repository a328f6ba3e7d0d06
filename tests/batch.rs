//! `nengji batch` through the real binary: determinism across thread counts,
//! atomic outputs under a kill, bad rows reported while good ones go on, totals
//! that agree with `pay.csv` and with `nengji compute`.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use rust_decimal::Decimal;

use common::{example, root, Workdir};

const OUTPUTS: [&str; 6] = [
    "pay.csv",
    "enterprises.csv",
    "rejected.csv",
    "grades.csv",
    "regions.csv",
    "manifest.json",
];

fn fixture() -> String {
    root()
        .join("examples/workload/roster.csv")
        .display()
        .to_string()
}

fn workload() -> String {
    example("workload/schedule.toml")
}

/// Runs batch on `roster` into `out` with extra flags.
fn batch(wd: &Workdir, roster: &str, out: &str, extra: &[&str]) -> common::Run {
    let schedule = workload();
    let mut args = vec![
        "batch",
        "--roster",
        roster,
        "--schedule",
        &schedule,
        "--out",
        out,
    ];
    args.extend(extra);
    wd.run(&args)
}

/// The fixture split into one roster file per enterprise: id -> path.
fn per_enterprise(wd: &Workdir) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(fixture()).unwrap();
    let (header, rows) = text.split_once('\n').unwrap();
    let mut per: BTreeMap<&str, String> = BTreeMap::new();
    for row in rows.lines() {
        let e = row.split(',').next().unwrap();
        per.entry(e)
            .or_insert_with(|| format!("{header}\n"))
            .push_str(&format!("{row}\n"));
    }
    per.into_iter()
        .map(|(e, roster)| (e.to_string(), wd.write(&format!("{e}.csv"), roster)))
        .collect()
}

fn read_all(wd: &Workdir, dir: &str) -> Vec<String> {
    OUTPUTS
        .iter()
        .map(|f| wd.read(&format!("{dir}/{f}")))
        .collect()
}

#[test]
fn output_is_identical_whatever_the_jobs_and_on_a_rerun() {
    let wd = Workdir::new();
    let roster = fixture();
    for (dir, jobs) in [("one", "1"), ("four", "4"), ("again", "4")] {
        // Small chunks so that several threads really share the work.
        batch(&wd, &roster, dir, &["--jobs", jobs, "--chunk-rows", "7"])
            .success()
            .stdout_has(&["300 rows", "4 enterprises"]);
    }
    // The manifest names the output directory nowhere, so all three agree byte for byte.
    let one = read_all(&wd, "one");
    assert_eq!(one, read_all(&wd, "four"));
    assert_eq!(one, read_all(&wd, "again"));
}

fn money(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Headcount and the sum of `gross` in `pay.csv`, by the value of one column.
fn sums_by(pay: &str, column: usize) -> BTreeMap<String, (u64, Decimal)> {
    let mut reader = csv::Reader::from_reader(pay.as_bytes());
    let gross = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "gross")
        .unwrap();
    let mut sums: BTreeMap<String, (u64, Decimal)> = BTreeMap::new();
    for row in reader.records() {
        let row = row.unwrap();
        let e = sums.entry(row[column].to_string()).or_default();
        e.0 += 1;
        e.1 += money(&row[gross]);
    }
    sums
}

#[test]
fn enterprise_totals_equal_the_sums_of_pay_csv() {
    let wd = Workdir::new();
    batch(&wd, &fixture(), "out", &[]).success();
    let sums = sums_by(&wd.read("out/pay.csv"), 0);
    let enterprises = wd.read("out/enterprises.csv");
    let mut reader = csv::Reader::from_reader(enterprises.as_bytes());
    let mut seen = 0;
    for row in reader.records() {
        let row = row.unwrap();
        let (count, total) = sums[&row[0]];
        assert_eq!(row[5].parse::<u64>().unwrap(), count, "{}", &row[0]);
        assert_eq!(money(&row[6]), total, "{}", &row[0]);
        seen += 1;
    }
    assert_eq!(seen, sums.len());
}

#[test]
fn grade_and_region_figures_equal_the_sums_of_pay_csv() {
    let wd = Workdir::new();
    // Every third worker of the first enterprise moved to another county, so
    // one enterprise spans two regions.
    let text = std::fs::read_to_string(fixture()).unwrap();
    let moved: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i % 3 == 1 && l.starts_with("E00000,") {
                l.replacen(",330650,", ",330651,", 1)
            } else {
                l.to_string()
            }
        })
        .collect();
    let roster = wd.write("moved.csv", moved.join("\n") + "\n");
    batch(&wd, &roster, "out", &["--chunk-rows", "20"]).success();
    let pay = wd.read("out/pay.csv");
    // pay.csv: enterprise_id,employee_id,name,region,grade,...
    let (regions, grades) = (sums_by(&pay, 3), sums_by(&pay, 4));
    assert!(regions.contains_key("330651") && regions.contains_key("330650"));
    for (file, key, sums) in [("regions", 0, &regions), ("grades", 1, &grades)] {
        let text = wd.read(&format!("out/{file}.csv"));
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let mut seen = 0;
        for row in reader.records() {
            let row = row.unwrap();
            let (count, total) = sums[&row[key]];
            assert_eq!(
                row[key + 1].parse::<u64>().unwrap(),
                count,
                "{file} {}",
                &row[key]
            );
            assert_eq!(money(&row[key + 2]), total, "{file} {}", &row[key]);
            seen += 1;
        }
        assert_eq!(seen, sums.len(), "{file}");
    }
}

#[test]
fn pay_agrees_with_compute_on_each_enterprise_alone() {
    let wd = Workdir::new();
    batch(&wd, &fixture(), "out", &[]).success();
    let pay = wd.read("out/pay.csv");
    // Split the roster per enterprise and compute each alone.
    let per = per_enterprise(&wd);
    let mut expected = Vec::new();
    for path in per.values() {
        let run = wd
            .run(&[
                "compute",
                "--schedule",
                &workload(),
                "--roster",
                path,
                "--format",
                "csv",
            ])
            .success();
        // compute: employee_id,name,enterprise_id,grade,step,components...
        for line in run.stdout().lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            expected.push(format!("{},{},{}", f[0], f[3], f[5..].join(",")));
        }
    }
    // batch: enterprise_id,employee_id,name,region,grade,step,components...
    let got: Vec<String> = pay
        .lines()
        .skip(1)
        .map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            // The last column is below_minimum, empty without --standards.
            format!("{},{},{}", f[1], f[4], f[6..f.len() - 1].join(","))
        })
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn bad_rows_are_reported_with_file_and_line_and_the_rest_go_on() {
    let wd = Workdir::new();
    let text = std::fs::read_to_string(fixture()).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    lines[5] = lines[5].replacen(",L", ",X", 1); // unknown grade on line 6
    lines[9] = lines[9].replace("-", "/"); // dates with slashes are fine
    lines[20] = lines[20].replacen(",none,", ",nine,", 1); // unknown certificate on line 21
    let mut bytes = (lines.join("\n") + "\n").into_bytes();
    // A name saved as GBK on line 31: 0xC0EE is 李 in GBK, not UTF-8.
    let at = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(29)
        .unwrap()
        .0;
    let name = at + 1 + "E00000,E00000-00029,".len();
    bytes.splice(name..name, [0xC0, 0xEE]);
    let path = wd.write("roster.csv", bytes);
    // Said outright: in a file this small, auto-detection would take it for GB18030.
    let run = batch(&wd, &path, "out", &["--encoding", "utf-8"]).status(2);
    run.stderr_has(&[
        "roster.csv:6:5 (level)",
        "unknown grade",
        "roster.csv:21",
        "roster.csv:31",
        "not valid UTF-8",
        "3 rows could not be read",
    ]);
    let rejected = wd.read("out/rejected.csv");
    assert_eq!(rejected.lines().count(), 4, "{rejected}");
    assert!(
        rejected.contains(",6,5,level,unknown grade 'X"),
        "{rejected}"
    );
    let pay = wd.read("out/pay.csv");
    assert_eq!(pay.lines().count(), 1 + 297, "the 297 good rows are paid");
}

#[test]
fn fail_fast_stops_and_writes_nothing() {
    let wd = Workdir::new();
    let text = std::fs::read_to_string(fixture()).unwrap();
    let bad = text.replacen(",L1,", ",X1,", 1);
    let path = wd.write("roster.csv", bad);
    batch(&wd, &path, "out", &["--fail-fast"])
        .status(2)
        .stderr_has(&["--fail-fast", "unknown grade 'X1'"]);
    // The run made `out`, so a failed run leaves no `out` at all.
    assert!(!wd.path("out").exists(), "{:?}", wd.files());
}

#[test]
fn a_kill_mid_run_leaves_no_final_named_file() {
    let wd = Workdir::new();
    // A roster large enough to be killed mid-run.
    let text = std::fs::read_to_string(fixture()).unwrap();
    let (header, rows) = text.split_once('\n').unwrap();
    let mut big = format!("{header}\n");
    for copy in 0..600 {
        for row in rows.lines() {
            big.push_str(&format!("C{copy}-{row}\n"));
        }
    }
    let path = wd.write("big.csv", big);
    let schedule = workload();
    let mut child = common::nengji()
        .args(["batch", "--roster", &path, "--schedule", &schedule, "--out"])
        .arg(wd.path("out"))
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(150));
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(
        !status.success(),
        "the run finished before the kill; make the roster larger"
    );
    if let Ok(entries) = std::fs::read_dir(wd.path("out")) {
        for e in entries {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            assert!(
                !OUTPUTS.contains(&name.as_str()),
                "a final-named file {name} after a kill"
            );
        }
    }
}

#[test]
fn registry_assigns_schedules_regions_and_industries() {
    let wd = Workdir::new();
    let registry = wd.write(
        "registry.toml",
        format!(
            "[[enterprise]]\nid = \"WL-PUMP-001\"\nname = \"一号泵业\"\nschedule = \"{}\"\nregion = \"331081\"\nindustry = \"泵与电机\"\n",
            example("pump/schedule.toml")
        ),
    );
    // No default schedule: enterprises the registry does not name are rejected.
    let run = wd
        .run(&[
            "batch",
            "--roster",
            &example("pump/roster.csv"),
            "--registry",
            &registry,
            "--out",
            "out",
        ])
        .status(2);
    run.stderr_has(&["'WL-PUMP-002' is not in the registry and there is no default schedule"]);
    let enterprises = wd.read("out/enterprises.csv");
    assert!(
        enterprises.contains(
            "WL-PUMP-001,一号泵业,331081,泵与电机,温岭市泵与电机行业能级工资集体协议,56,"
        ),
        "{enterprises}"
    );
}

#[test]
fn findings_agree_with_check_on_each_enterprise_alone() {
    let wd = Workdir::new();
    // The benchmark minimums raised so that some of the fixture's workers fall below.
    let text = std::fs::read_to_string(example("workload/standards.toml")).unwrap();
    let raised = text.replace(
        "monthly = [\"2660\", \"2500\", \"2300\"]",
        "monthly = [\"3100\", \"3000\", \"2900\"]",
    );
    assert_ne!(raised, text);
    let standards = wd.write("standards.toml", raised);
    // Exit 1: workers below the minimum are violations.
    batch(&wd, &fixture(), "out", &["--standards", &standards])
        .status(1)
        .stdout_has(&["compliant"]);
    // The manifest names the standards applied, a file by its hash.
    let manifest: serde_json::Value = serde_json::from_str(&wd.read("out/manifest.json")).unwrap();
    let hash = blake3::hash(std::fs::read(&standards).unwrap().as_slice());
    assert_eq!(manifest["standards"][0]["file"], standards.as_str());
    assert_eq!(manifest["standards"][0]["blake3"], hash.to_hex().as_str());
    let pay = wd.read("out/pay.csv");
    let mut reader = csv::Reader::from_reader(pay.as_bytes());
    let below_col = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "below_minimum")
        .unwrap();
    let mut batch_below: Vec<String> = Vec::new();
    for row in reader.records() {
        let row = row.unwrap();
        if &row[below_col] == "true" {
            batch_below.push(row[1].to_string());
        }
    }
    assert!(
        !batch_below.is_empty(),
        "the fixture plants no one below the minimum"
    );

    let per = per_enterprise(&wd);
    let mut check_below = Vec::new();
    // Every finding of check, not only the minimum-wage ones: the generated
    // roster also has a worker past the 36-hour overtime cap (劳动法 Art 41).
    let mut check_findings = 0;
    let enterprises = wd.read("out/enterprises.csv");
    for (e, path) in &per {
        let run = wd.run(&[
            "check",
            "--schedule",
            &workload(),
            "--roster",
            path,
            "--standards",
            &standards,
            "--period",
            "2026-01",
            "--format",
            "csv",
        ]);
        let out = run.stdout();
        let mut errors = 0;
        for f in csv::Reader::from_reader(out.as_bytes()).records() {
            let f = f.unwrap();
            check_findings += 1;
            if &f[0] == "error" {
                errors += 1;
            }
            if &f[1] == "minimum-wage" {
                check_below.push(f[5].to_string());
            }
        }
        let line = enterprises
            .lines()
            .find(|l| l.starts_with(&format!("{e},")))
            .unwrap();
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(fields[11], errors.to_string(), "errors of {e}");
        let status = if errors == 0 {
            "compliant"
        } else {
            "violations"
        };
        assert_eq!(fields[13], status, "{e}");
    }
    batch_below.sort();
    check_below.sort();
    assert_eq!(batch_below, check_below);
    let findings = wd.read("out/findings.csv");
    assert_eq!(findings.lines().count(), 1 + check_findings, "{findings}");
}

#[test]
fn documents_agree_with_render_on_each_enterprise_alone() {
    let wd = Workdir::new();
    batch(&wd, &fixture(), "out", &["--documents", "notice,contract"]).success();
    let per = per_enterprise(&wd);
    assert_eq!(per.len(), 4);
    for (e, roster) in &per {
        // The workload's schedule is an industry's: its contract is the industry agreement.
        for document in ["notice", "industry-agreement"] {
            let alone = wd
                .run(&[
                    "render",
                    "--schedule",
                    &workload(),
                    "--roster",
                    roster,
                    "--document",
                    document,
                ])
                .success();
            let batched = wd.read(&format!("out/documents/{e}/{document}.md"));
            assert!(batched.contains("能级"), "{e}/{document} is not a document");
            assert_eq!(batched, alone.stdout(), "{e}/{document}");
        }
    }
    // Another format, and nothing asked for means no documents directory.
    batch(
        &wd,
        &fixture(),
        "html",
        &["--documents", "notice", "--document-format", "html"],
    )
    .success();
    let page = wd.read("html/documents/E00000/notice.html");
    assert!(page.starts_with("<!DOCTYPE html>"), "{}", &page[..60]);
    batch(&wd, &fixture(), "plain", &[]).success();
    assert!(!wd.path("plain/documents").exists());
}

/// Every file under `dir`, relative to it.
fn tree(dir: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap();
                found.push(rel.display().to_string());
            }
        }
    }
    found.sort();
    found
}

#[test]
fn hostile_enterprise_ids_cannot_escape_the_output_directory() {
    let wd = Workdir::new();
    let text = std::fs::read_to_string(fixture()).unwrap();
    let mut lines = text.lines();
    let mut roster = format!("{}\n", lines.next().unwrap());
    // Two workers under each hostile id; each id's rows stay together.
    let hostile = ["../../x", "/tmp/nengji-abs", "a/b\\c", "..", ".", ""];
    let rows: Vec<&str> = lines.take(2 * hostile.len()).collect();
    for (i, row) in rows.iter().enumerate() {
        let (_, rest) = row.split_once(',').unwrap();
        let id = hostile[i / 2];
        roster.push_str(&format!("\"{id}\",{rest}\n"));
    }
    let roster = wd.write("sub/dir/hostile.csv", roster);
    let before = tree(wd.path("").as_path());
    let run = batch(&wd, &roster, "sub/dir/out", &["--documents", "notice"]);
    let after = tree(wd.path("").as_path());
    // Nothing new outside the output directory.
    let outside: Vec<&String> = after
        .iter()
        .filter(|f| !before.contains(f) && !f.starts_with("sub/dir/out/"))
        .collect();
    assert!(outside.is_empty(), "written outside DIR: {outside:?}");
    assert!(!std::path::Path::new("/tmp/nengji-abs").exists());
    // An empty enterprise id is a bad row; the other five enterprises go on.
    run.status(2).stderr_has(&["hostile.csv:12"]);
    let docs = tree(&wd.path("sub/dir/out/documents"));
    assert_eq!(docs.len(), 5, "{docs:?}");
    for doc in &docs {
        let (dir, file) = doc.split_once('/').unwrap();
        assert_eq!(file, "notice.md");
        assert!(
            dir.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_'),
            "unsafe directory name {dir}"
        );
    }
    // The ids themselves are reported unchanged.
    let enterprises = wd.read("sub/dir/out/enterprises.csv");
    for id in &hostile[..5] {
        assert!(enterprises.contains(&format!("{id},")), "{id} missing");
    }
}

#[test]
fn an_enterprise_id_that_is_not_utf8_is_one_enterprise_of_rejected_rows() {
    let wd = Workdir::new();
    let text = std::fs::read_to_string(fixture()).unwrap();
    let mut bytes = Vec::new();
    for (i, line) in text.lines().take(4).enumerate() {
        if i == 0 {
            bytes.extend_from_slice(line.as_bytes());
        } else {
            // E00000 saved with a GBK character in its id: 0xC0EE is 李.
            let (_, rest) = line.split_once(',').unwrap();
            bytes.extend_from_slice(&[b'E', 0xC0, 0xEE, b',']);
            bytes.extend_from_slice(rest.as_bytes());
        }
        bytes.push(b'\n');
    }
    let roster = wd.write("gbk-id.csv", bytes);
    batch(&wd, &roster, "out", &["--encoding", "utf-8"])
        .status(2)
        .stdout_has(&["3 rows, 1 enterprises", "3 rows rejected"])
        .stderr_has(&["gbk-id.csv:2", "gbk-id.csv:4", "not valid UTF-8"]);
}
