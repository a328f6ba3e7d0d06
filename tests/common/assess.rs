//! Helpers of the `nengji assess` tests (tests/assess*.rs, tests/i18n.rs): the
//! usual arguments, and the workload's rules and random rosters with their
//! scores for the tests that compare the streamed paths with the whole one.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

use super::{example, root};

/// `nengji assess` on rules.toml, roster.csv and scores.csv of the working
/// directory, then `extra`.
pub fn assess_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "assess",
        "--rules",
        "rules.toml",
        "--roster",
        "roster.csv",
        "--scores",
        "scores.csv",
    ];
    args.extend_from_slice(extra);
    args
}

/// The workload's rules (bench/workload-assessment.toml) with its quotas
/// replaced by `quotas`, for a file in a test's working directory.
pub fn workload_rules(quotas: &[&str]) -> String {
    let text = std::fs::read_to_string(root().join("bench/workload-assessment.toml"))
        .expect("the workload's rules");
    let mut rules = text
        .split("[[quota]]")
        .next()
        .expect("rules before the quota")
        .replace("#:schema ../schemas/", "#:schema ../../schemas/");
    for q in quotas {
        rules.push_str("\n[[quota]]\n");
        rules.push_str(q);
        rules.push('\n');
    }
    rules
}

/// The scores' header without the enterprise column.
pub const SCORES_HEADER: &str = "employee_id,品德,能力,业绩,贡献";

/// A random roster of `sizes` enterprises from the workload's rows (ids out
/// of the roster's order, enterprise ids out of theirs, hire dates from a few
/// so that they tie), and its scores on a coarse grid (equal totals), some
/// workers unscored: the roster, the scores with the enterprise column and
/// the same scores without it.
pub fn workload_case(sizes: &[usize], picks: &[u32]) -> (String, String, String) {
    let source = std::fs::read_to_string(example("workload/roster.csv")).unwrap();
    let mut lines = source.lines();
    let header = lines.next().unwrap();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let col = |name: &str| header.split(',').position(|h| h == name).unwrap();
    let (ent, emp, hire) = (col("enterprise_id"), col("employee_id"), col("hire_date"));
    let mut roster = vec![header.to_string()];
    let mut with = vec!["employee_id,enterprise_id,品德,能力,业绩,贡献".to_string()];
    let mut without = vec![SCORES_HEADER.to_string()];
    let mut n = 0usize;
    for (e, &size) in sizes.iter().enumerate() {
        let enterprise = format!("E{:02}", (e * 7) % 23);
        for _ in 0..size {
            let pick = picks[n % picks.len()] as usize;
            let mut cells = rows[(n * 37 + pick) % rows.len()].clone();
            let id = format!("W{:05}-{n}", (n * 7919 + pick) % 100_000);
            let date = format!("20{:02}-03-01", 10 + pick % 4);
            cells[ent] = &enterprise;
            cells[emp] = &id;
            cells[hire] = &date;
            roster.push(cells.join(","));
            if pick % 11 != 3 {
                let score = |k: usize| 55 + ((pick / (k + 1) + k * 3) % 10) * 5;
                let s: Vec<String> = (0..4).map(|k| score(k).to_string()).collect();
                with.push(format!("{id},{enterprise},{}", s.join(",")));
                without.push(format!("{id},{}", s.join(",")));
            }
            n += 1;
        }
    }
    let join = |v: Vec<String>| v.join("\n") + "\n";
    (join(roster), join(with), join(without))
}

/// The rows of `scores` (a header line first) in the order a multiplicative
/// shuffle by `shuffle` gives.
pub fn shuffled(scores: &str, shuffle: u64) -> String {
    let mut lines = scores.lines();
    let header = lines.next().unwrap_or_default();
    let rows: Vec<&str> = lines.collect();
    let len = rows.len().max(1) as u64;
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&i| (i as u64 * (2 * shuffle + 1) + shuffle) % len);
    let mut out = vec![header];
    out.extend(order.into_iter().map(|i| rows[i]));
    out.join("\n") + "\n"
}
