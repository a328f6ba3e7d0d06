//! The adapter's unit tests: repricing after an edit, joining comparisons,
//! the largest gains, each against the commands' own computation.

use super::compare::LARGEST_LOSSES;
use super::*;
use crate::compare::{CompareOptions, Comparison, WorkerChange};
use crate::roster::Encoding;

/// After an edit of grade pay, the sheets priced again only where a
/// grade's pay changed equal the roster priced whole, in every example
/// (tables, base and increment, adjustments over the term, pools).
#[test]
fn repricing_the_edited_grades_is_pricing_the_roster() {
    use crate::serve::edit::{apply, Field};
    let cases = [
        (
            include_str!("../../../examples/pump/schedule.toml"),
            include_str!("../../../examples/pump/roster.csv"),
        ),
        (
            include_str!("../../../examples/workload/schedule.toml"),
            include_str!("../../../examples/workload/roster.csv"),
        ),
        (
            include_str!("../../../examples/courier/schedule.toml"),
            include_str!("../../../examples/courier/roster.csv"),
        ),
        (
            include_str!("../../../examples/midyear/schedule.toml"),
            include_str!("../../../examples/midyear/roster.csv"),
        ),
    ];
    for (text, csv) in cases {
        let old = Schedule::parse("s.toml", text).unwrap();
        let period = old.pay_period(None);
        let workers = read_workers("r.csv", csv.as_bytes(), Encoding::Utf8, &old).unwrap();
        let sheets = pay(&old, period, &workers).unwrap();
        let mut tried = 0;
        for (g, grade) in old.grades.iter().enumerate() {
            let fields = match grade.form {
                crate::schedule::StepForm::Table => vec![Field::Pay { grade: g, step: 1 }],
                crate::schedule::StepForm::BasePlusIncrement { .. } => {
                    vec![Field::Base { grade: g }, Field::Increment { grade: g }]
                }
            };
            for field in fields {
                let edited = apply(text, field, "3333.33").unwrap();
                let new = Schedule::parse("s.toml", &edited).unwrap();
                let whole = pay(&new, period, &workers).unwrap();
                let again = repay(&old, &new, period, &workers, &sheets).unwrap();
                assert_eq!(again, whole, "{field:?}");
                tried += 1;
            }
        }
        assert!(tried > 0);
    }
}

/// The comparison of the base with several offers is the one joined from
/// the base compared with each offer alone.
#[test]
fn one_offer_at_a_time_joins_to_all_offers_at_once() {
    let parse = |t: &str| Schedule::parse("s.toml", t).unwrap();
    let csv = include_str!("../../../examples/pump/roster.csv");
    let base = include_str!("../../../examples/pump/schedule.toml");
    let raised = crate::serve::edit::apply(
        base,
        crate::serve::edit::Field::Pay { grade: 0, step: 1 },
        "2900",
    )
    .unwrap();
    let schedules = [
        parse(base),
        parse(include_str!("../../../examples/pump/offer-employer.toml")),
        parse(&raised),
    ];
    let period = schedules[0].pay_period(None);
    let workers: Vec<Vec<Worker>> = schedules
        .iter()
        .map(|s| read_workers("r.csv", csv.as_bytes(), Encoding::Utf8, s).unwrap())
        .collect();
    let sheets: Vec<Vec<PaySheet>> = schedules
        .iter()
        .zip(&workers)
        .map(|(s, w)| pay(s, period, w).unwrap())
        .collect();
    let labels = ["base", "employer", "union"];
    let sides: Vec<Side> = (0..3)
        .map(|i| Side {
            label: labels[i],
            schedule: &schedules[i],
            workers: &workers[i],
            sheets: &sheets[i],
        })
        .collect();
    let standards =
        load_standards(&["zhejiang".into(), "examples/standards/examples.toml".into()]).unwrap();
    let options = compare_options(&schedules[0], Some(&standards));
    let all = compare(sides[0], &sides[1..], &options, false).unwrap();
    let alone = compare(sides[0], &[], &options, false).unwrap();
    let parts: Vec<Comparison> = sides[1..]
        .iter()
        .map(|o| compare(sides[0], &[*o], &options, false).unwrap())
        .collect();
    let joined = join(&alone, &parts);
    assert_eq!(
        serde_json::to_value(&joined).unwrap(),
        serde_json::to_value(&all).unwrap()
    );
    assert_eq!(joined.distributions, all.distributions);
    assert_eq!(
        serde_json::to_value(join(&alone, &[])).unwrap(),
        serde_json::to_value(&alone).unwrap()
    );
}

/// The largest gains are those of compare's list of workers sorted by
/// falling change (a stable sort: equal gains stay in roster order).
#[test]
fn largest_gains_are_the_sorted_lists_first() {
    let parse = |t: &str| Schedule::parse("s.toml", t).unwrap();
    let csv = include_str!("../../../examples/pump/roster.csv");
    let base = parse(include_str!("../../../examples/pump/schedule.toml"));
    let offer = parse(include_str!("../../../examples/pump/offer-employer.toml"));
    let period = base.pay_period(None);
    let (bw, ow) = (
        read_workers("r.csv", csv.as_bytes(), Encoding::Utf8, &base).unwrap(),
        read_workers("r.csv", csv.as_bytes(), Encoding::Utf8, &offer).unwrap(),
    );
    let (bs, os) = (
        pay(&base, period, &bw).unwrap(),
        pay(&offer, period, &ow).unwrap(),
    );
    let sides = [
        Side {
            label: "base",
            schedule: &base,
            workers: &bw,
            sheets: &bs,
        },
        Side {
            label: "offer",
            schedule: &offer,
            workers: &ow,
            sheets: &os,
        },
    ];
    let options = CompareOptions {
        largest_losses: LARGEST_LOSSES,
        ..CompareOptions::default()
    };
    let full = compare(sides[0], &sides[1..], &options, true).unwrap();
    let mut sorted: Vec<&WorkerChange> = full.offers[0]
        .workers
        .iter()
        .filter(|w| w.change > Money::ZERO)
        .collect();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.change));
    for n in [1, 5, 40, 1000] {
        let expected: Vec<WorkerChange> = sorted.iter().take(n).map(|w| (*w).clone()).collect();
        assert!(!expected.is_empty());
        assert_eq!(largest_gains(sides[0], sides[1], n), expected, "{n}");
    }
    let summary = compare(sides[0], &sides[1..], &options, false).unwrap();
    assert!(summary.offers[0].workers.is_empty());
    assert_eq!(
        serde_json::to_value(summary.offers[0].bottom_40_growth).unwrap(),
        serde_json::to_value(full.offers[0].bottom_40_growth).unwrap()
    );
}
