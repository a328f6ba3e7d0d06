//! Scores without an enterprise column, joined to the roster by id on disk
//! (src/assess/scores_by_id.rs): on random rosters, with the scores in any
//! order, the report in each format, the new roster and the record are the
//! same bytes as the roster assessed whole (`NENGJI_SCORES_BY_ID=whole`, the
//! path before) and as the same scores with the enterprise column. Every
//! problem of the scores is told as the whole path tells it, in English and
//! Chinese.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use common::assess::{assess_args, shuffled, workload_case, workload_rules};
use common::{example, Workdir};
use proptest::prelude::*;

const QUOTAS: [&str; 3] = [
    "at_or_above = \"L6\"\nmax_percent = \"30%\"\nper = \"enterprise\"",
    "at_or_above = \"L5\"\nmax_count = 20",
    "at_or_above = \"L7\"\nmax_percent = \"10%\"",
];

/// A random roster of `sizes` enterprises ([`workload_case`]); its scores
/// with the enterprise column in roster order, and without it in the order
/// `shuffle` gives.
fn case(sizes: &[usize], picks: &[u32], shuffle: u64) -> (String, String, String) {
    let (roster, with, without) = workload_case(sizes, picks);
    (roster, with, shuffled(&without, shuffle))
}

/// One run in a directory of `roster`, `scores` and `rules`: exit code, the
/// report (or stderr), the new roster and the record.
fn assess(files: [&str; 3], format: &str, lang: &str, mode: &str) -> [String; 4] {
    let wd = Workdir::new();
    wd.write("roster.csv", files[0]);
    wd.write("scores.csv", files[1]);
    wd.write("rules.toml", files[2]);
    let schedule = example("workload/schedule.toml");
    let out = common::nengji()
        .current_dir(wd.path(""))
        .env("NENGJI_LANG", lang)
        .env("NENGJI_CHUNK_ROWS", "7")
        .env("NENGJI_SCORES_BY_ID", mode)
        .args(assess_args(&["--schedule", &schedule]))
        .args(["--format", format, "-o", "new.csv", "--record", "record.md"])
        .output()
        .expect("nengji runs");
    let code = format!("{:?}", out.status.code());
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    let read = |name: &str| std::fs::read_to_string(wd.path(name)).unwrap_or_default();
    [code, said, read("new.csv"), read("record.md")]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn scores_joined_by_id_give_the_bytes_of_the_whole_roster(
        sizes in proptest::collection::vec(1usize..30, 2..7),
        picks in proptest::collection::vec(0u32..1000, 1..40),
        quotas in proptest::sample::subsequence((0..QUOTAS.len()).collect::<Vec<_>>(), 0..=2),
        shuffle in 0u64..1000,
    ) {
        let chosen: Vec<&str> = quotas.iter().map(|&q| QUOTAS[q]).collect();
        let rules = workload_rules(&chosen);
        let (roster, with, without) = case(&sizes, &picks, shuffle);
        for format in ["text", "json", "csv"] {
            let by_id = assess([&roster, &without, &rules], format, "en", "strict");
            prop_assert_eq!(&by_id[0], "Some(0)", "{}", &by_id[1]);
            let whole = assess([&roster, &without, &rules], format, "en", "whole");
            let grouped = assess([&roster, &with, &rules], format, "en", "strict");
            prop_assert_eq!(&by_id, &whole);
            // The enterprise column is a column of the report's scores head only.
            if format != "text" {
                prop_assert_eq!(&by_id[2..], &grouped[2..]);
            }
        }
    }
}

/// A problem of the scores: the same exit, message and place as the whole
/// path, in both languages; nothing written.
fn told_as_before(roster: &str, scores: &str, said: &str) {
    let rules = workload_rules(&[]);
    for lang in ["en", "zh"] {
        let now = assess([roster, scores, &rules], "json", lang, "");
        let before = assess([roster, scores, &rules], "json", lang, "whole");
        assert_eq!(now, before, "{lang}");
        assert_eq!(now[0], "Some(2)", "{lang}: {}", now[1]);
        assert!(now[1].contains("scores.csv:"), "{lang}: {}", now[1]);
        assert!(now[2].is_empty() && now[3].is_empty(), "{lang}: written");
    }
    let now = assess([roster, scores, &rules], "json", "en", "");
    assert!(now[1].contains(said), "{}", now[1]);
}

fn small() -> (String, String) {
    let (roster, _, scores) = case(&[5, 4, 6], &[1, 2, 4, 5, 6, 7, 8, 9], 3);
    (roster, scores)
}

#[test]
fn an_unknown_worker_is_told_with_its_nearest_id() {
    let (roster, scores) = small();
    let scores = scores.replacen("W", "X", 2);
    told_as_before(&roster, &scores, "scores.csv:");
}

#[test]
fn a_worker_scored_twice_is_told_as_before() {
    let (roster, scores) = small();
    let second = scores.lines().nth(2).unwrap().to_string();
    let scores = format!("{scores}{second}\n");
    told_as_before(&roster, &scores, "scores.csv:");
}

#[test]
fn an_id_in_two_enterprises_is_told_as_before() {
    let (roster, scores) = small();
    // The first worker's id given to a worker of the last enterprise too.
    let first = roster.lines().nth(1).unwrap();
    let id_col = roster
        .lines()
        .next()
        .unwrap()
        .split(',')
        .position(|h| h == "employee_id");
    let id = first.split(',').nth(id_col.unwrap()).unwrap().to_string();
    let last = roster.lines().last().unwrap();
    let other = last.split(',').nth(id_col.unwrap()).unwrap().to_string();
    let roster = roster.replace(&format!(",{other},"), &format!(",{id},"));
    let scores = if scores.contains(&format!("{id},")) {
        scores
    } else {
        format!("{scores}{id},80,80,80,80\n")
    };
    told_as_before(&roster, &scores, "scores.csv:");
}

#[test]
fn a_bad_cell_is_told_at_its_line_in_the_scores_file() {
    let (roster, scores) = small();
    let mut lines: Vec<String> = scores.lines().map(str::to_string).collect();
    let bad = lines[3].rsplit_once(',').unwrap().0.to_string() + ",eighty";
    lines[3] = bad;
    let scores = lines.join("\n") + "\n";
    told_as_before(&roster, &scores, "scores.csv:4:");
}
