//! Quotas over the whole roster (`per = "roster"`) in bounded memory: on random
//! rosters the streamed assessment (scores naming each row's enterprise,
//! chunks of a few rows, one ranking pass a roster-wide quota) writes the same
//! bytes as the assessment of the whole roster at once (the same scores
//! without the enterprise column, which assess reads as one chunk): the
//! report in each format, the new roster and the record. Several quotas,
//! roster-wide and per enterprise, on grades above one another (the rules
//! apply the highest first) and on one grade (in the file's order, either
//! way), and totals tied at the cut.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use common::assess::{assess_args, workload_case, workload_rules};
use common::{example, Workdir};
use proptest::prelude::*;

/// The workload's rules with promotions of up to two grades (so quotas on
/// grades above one another both bite), the quotas and the tie-breaks given.
fn rules(quotas: &[&str], tie_break: &str) -> String {
    let mut rules = workload_rules(quotas).replace("max_grades = 1", "max_grades = 2");
    if !tie_break.is_empty() {
        rules.push_str(&format!("\n[ranking]\ntie_break = [{tie_break}]\n"));
    }
    rules
}

/// The quotas a case picks from.
const QUOTAS: [&str; 6] = [
    "at_or_above = \"L7\"\nmax_percent = \"10%\"",
    "at_or_above = \"L5\"\nmax_count = 40",
    "at_or_above = \"L6\"\nmax_percent = \"30%\"\nper = \"enterprise\"",
    "at_or_above = \"L4\"\nmax_percent = \"55%\"\nper = \"roster\"",
    "at_or_above = \"L8\"\nmax_count = 3",
    // On the grade of a quota per enterprise: which comes first is the file's order.
    "at_or_above = \"L6\"\nmax_count = 12",
];

const TIE_BREAKS: [&str; 4] = [
    "",
    "\"hire_date\"",
    "\"performance\", \"hire_date\"",
    "\"hire_date\", \"employee_id\"",
];

/// The report, the new roster and the record of one run in `wd` (its
/// rules.toml, roster.csv and scores.csv).
fn assess(wd: &Workdir, format: &str, chunk: &str) -> [String; 3] {
    let schedule = example("workload/schedule.toml");
    let out = common::nengji()
        .current_dir(wd.path(""))
        .env("NENGJI_LANG", "en")
        .env("NENGJI_CHUNK_ROWS", chunk)
        .args(assess_args(&["--schedule", &schedule, "--format", format]))
        .args(["-o", "new.csv", "--record", "record.md", "--jobs", "3"])
        .output()
        .expect("nengji runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{format}, chunks of {chunk}: {stderr}"
    );
    let report = String::from_utf8(out.stdout).expect("UTF-8 output");
    [report, wd.read("new.csv"), wd.read("record.md")]
}

/// The case in two directories alike but for the scores' enterprise column:
/// the roster assessed whole in one, streamed in chunks of `chunk` rows in
/// the other; the same bytes in every format. Returns the JSON report.
fn same_as_whole(case: &(String, String, String), rules: &str, chunk: &str) -> String {
    let (roster, with, without) = case;
    let [whole, streamed] = [without, with].map(|scores| {
        let wd = Workdir::new();
        wd.write("roster.csv", roster);
        wd.write("scores.csv", scores);
        wd.write("rules.toml", rules);
        wd
    });
    let mut json = String::new();
    for format in ["text", "json", "csv"] {
        let a = assess(&whole, format, "1000000");
        let b = assess(&streamed, format, chunk);
        for (what, (a, b)) in ["report", "new roster", "record"]
            .iter()
            .zip(a.iter().zip(&b))
        {
            let first = a.lines().zip(b.lines()).position(|(x, y)| x != y);
            assert!(
                a == b,
                "the {what} ({format}, chunks of {chunk}) differs at line {first:?}:\n{:?}\n{:?}\nunder\n{rules}",
                first.and_then(|n| a.lines().nth(n)),
                first.and_then(|n| b.lines().nth(n)),
            );
        }
        if format == "json" {
            json = a[0].clone();
        }
    }
    json
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 12,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn roster_wide_quotas_stream_as_the_whole_roster_decides(
        sizes in proptest::collection::vec(1usize..40, 1..9),
        picks in proptest::collection::vec(0u32..1000, 1..50),
        quotas in proptest::sample::subsequence((0..QUOTAS.len()).collect::<Vec<_>>(), 1..=4),
        reversed in any::<bool>(),
        tie in 0..TIE_BREAKS.len(),
        chunk in 1usize..30,
    ) {
        let mut chosen: Vec<&str> = quotas.iter().map(|&q| QUOTAS[q]).collect();
        if reversed {
            chosen.reverse();
        }
        let rules = rules(&chosen, TIE_BREAKS[tie]);
        same_as_whole(&workload_case(&sizes, &picks), &rules, &chunk.to_string());
    }
}

/// Totals tied across the cut of a roster-wide quota, told apart by a
/// tie-break, in enterprises apart: the note names the other side as the
/// whole roster does.
#[test]
fn a_tie_at_the_cut_is_told_apart_as_over_the_whole_roster() {
    // Every worker scored alike: all competitors tie on the total.
    let sizes = [12, 9, 15, 7, 11];
    let rules = rules(&[QUOTAS[1], QUOTAS[2], QUOTAS[0]], TIE_BREAKS[1]);
    let json = same_as_whole(&workload_case(&sizes, &[909]), &rules, "5");
    assert!(json.contains("\"tie\": {"), "a tie note:\n{json}");
    assert!(json.contains("\"key\": \"hire_date\"") || json.contains("\"key\": \"employee_id\""));
    assert!(
        json.contains("\"admitted\": false"),
        "someone held back:\n{json}"
    );
}

/// A roster on standard input is read more than once under a roster-wide
/// quota (it is kept in a temporary file): the same report as from its file.
#[test]
fn a_roster_on_standard_input_is_ranked_as_from_its_file() {
    use std::io::Write;
    let (roster, with, _) = workload_case(&[20, 14, 9], &[909, 17, 345, 88]);
    let wd = Workdir::new();
    wd.write("roster.csv", &roster);
    wd.write("scores.csv", with);
    wd.write("rules.toml", rules(&[QUOTAS[0], QUOTAS[1]], TIE_BREAKS[2]));
    let [from_file, ..] = assess(&wd, "json", "4");
    let mut child = common::nengji()
        .current_dir(wd.path(""))
        .env("NENGJI_LANG", "en")
        .env("NENGJI_CHUNK_ROWS", "4")
        .args(["assess", "--rules", "rules.toml", "--roster", "-"])
        .args(["--scores", "scores.csv", "--format", "json"])
        .args(["--schedule", &example("workload/schedule.toml")])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("nengji runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(roster.as_bytes())
        .expect("the roster written");
    let out = child.wait_with_output().expect("nengji ends");
    assert_eq!(out.status.code(), Some(0));
    let from_stdin = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        from_file.contains("\"admitted\""),
        "a quota ranked:\n{from_file}"
    );
    // The head names the roster as given.
    assert_eq!(from_stdin.replace("\"-\"", "\"roster.csv\""), from_file);
}

/// A tie-break column of dates in one enterprise and numbers in another is
/// refused, as reading the roster whole refuses the cells of the other kind;
/// told in English and in Chinese, nothing written.
#[test]
fn a_tie_break_column_of_two_kinds_across_enterprises_is_refused() {
    let (roster, with, _) = workload_case(&[6, 6, 6], &[909]);
    let mut lines: Vec<String> = roster.lines().map(str::to_string).collect();
    let hire = lines[0].split(',').position(|h| h == "hire_date").unwrap();
    // The last enterprise's hire dates as numbers.
    for line in lines.iter_mut().skip(13) {
        let mut cells: Vec<&str> = line.split(',').collect();
        cells[hire] = "5";
        *line = cells.join(",");
    }
    let wd = Workdir::new();
    wd.write("roster.csv", lines.join("\n") + "\n");
    wd.write("scores.csv", with);
    wd.write("rules.toml", rules(&[QUOTAS[0]], TIE_BREAKS[1]));
    let schedule = example("workload/schedule.toml");
    let args = assess_args(&["--schedule", &schedule, "-o", "new.csv"]);
    for (lang, said) in [
        ("en", "the tie-break column 'hire_date' holds dates for some enterprises and numbers for others at roster.csv:1"),
        ("zh", "并列排序列“hire_date”在一些企业里是日期，在另一些企业里是数字"),
    ] {
        let out = common::nengji()
            .current_dir(wd.path(""))
            .env("NENGJI_LANG", lang)
            .env("NENGJI_CHUNK_ROWS", "6")
            .args(&args)
            .output()
            .expect("nengji runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(said), "{lang}: {stderr}");
    }
    assert!(!wd.path("new.csv").exists(), "nothing written");
}
