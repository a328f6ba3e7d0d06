//! Property tests for every loader (issue 11, Deliver 7): arbitrary bytes and
//! near-valid files (the shipped examples with bytes flipped, the file cut
//! short, lines duplicated or deleted, a field deleted, hostile bytes put in)
//! are fed to the schedule, roster, standards, registry (TOML and CSV),
//! assessment rules, scores, payroll, holiday calendar and template loaders
//! through the library. None may panic, and each must answer (accept or refuse)
//! within [`BOUND`].
//!
//! The case count is kept small so the file runs in seconds in a debug build;
//! for a deeper run: `PROPTEST_CASES=2000 cargo test --release --test fuzz_loaders`.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use proptest::prelude::*;

use nengji::assess::{AssessmentRules, RosterTable, ScoreSheet};
use nengji::audit::Payroll;
use nengji::batch::Registry;
use nengji::calendar::Calendar;
use nengji::render::{Document, DocumentContext, Renderer};
use nengji::roster::{Encoding, Roster, RosterErrors};
use nengji::standards::Standards;
use nengji::Schedule;

/// Generous for a debug build on a shared machine; a loader that hangs or is
/// quadratic in a hostile input takes far longer.
const BOUND: Duration = Duration::from_secs(2);

const SCHEDULES: [&str; 4] = [
    include_str!("../examples/starter/schedule.toml"),
    include_str!("../examples/pump/schedule.toml"),
    include_str!("../examples/courier/schedule.toml"),
    include_str!("../examples/workload/schedule.toml"),
];
const ROSTERS: [&str; 3] = [
    include_str!("../examples/starter/roster.csv"),
    include_str!("../examples/pump/roster.csv"),
    include_str!("../examples/courier/roster.csv"),
];
const STANDARDS: [&str; 3] = [
    include_str!("../examples/standards/zhejiang.toml"),
    include_str!("../examples/standards/examples.toml"),
    include_str!("../examples/workload/standards.toml"),
];
const RULES: &str = include_str!("../examples/pump/assessment.toml");
const ASSESS_ROSTER: &str = include_str!("../examples/pump/roster.csv");
const SCORES: &str = include_str!("../examples/pump/scores.csv");
const PAYROLL: &str = include_str!("fixtures/check/payroll.csv");
const PAYROLL_SCHEDULE: &str = include_str!("fixtures/check/schedule.toml");
const CALENDAR: &str = include_str!("../data/calendar/cn-holidays.toml");
const REGISTRY_TOML: &str = "[[enterprise]]\nid = \"WL-PUMP-001\"\nname = \"一号泵业\"\n\
schedule = \"pump.toml\"\nregion = \"331081\"\nindustry = \"泵与电机\"\n\n[[enterprise]]\n\
id = \"WL-PUMP-002\"\nschedule = \"pump.toml\"\n";
const REGISTRY_CSV: &str =
    "企业,能级工资标准,地区,行业\nA,pump.toml,331081,泵\nB,,,\n\"C,1\",x.toml,330100,\n";
const TEMPLATES: [&str; 3] = [
    include_str!("../templates/contract.md"),
    include_str!("../templates/notice.md"),
    "{% extends \"builtin/contract.md\" %}\n{% block principles %}**{{ clause(key=\"principles\") }}** \
双方坚持技酬挂钩。{% for g in grades %}{{ g.name }}{% endfor %}{% endblock principles %}\n",
];

/// Bytes a hostile or broken file often holds at the wrong place.
const HOSTILE: [&[u8]; 18] = [
    b"\"",
    b",",
    b"\r",
    b"\n",
    b"\r\n",
    b"\0",
    b"=",
    b"[",
    b"]]",
    b"{{",
    b"{%",
    b"%}",
    b"-",
    b"99999999999999999999999999999",
    b"1e400",
    "\u{feff}".as_bytes(),
    b"\xff\xfe",
    b"{% for a in grades %}{% for b in grades %}",
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Truncate(usize),
    DuplicateLine(usize),
    DeleteLine(usize),
    /// Deletes one comma- or `=`-separated field of a line.
    DeleteField(usize, usize),
    Insert(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        any::<usize>().prop_map(Mutation::Truncate),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        any::<usize>().prop_map(Mutation::DeleteLine),
        (any::<usize>(), any::<usize>()).prop_map(|(l, f)| Mutation::DeleteField(l, f)),
        (any::<usize>(), any::<usize>()).prop_map(|(i, h)| Mutation::Insert(i, h)),
    ]
}

/// The place `raw` picks among `len` (`len` > 0).
fn pick(raw: usize, len: usize) -> usize {
    raw % len
}

fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|b| *b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn apply(seed: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = seed.as_bytes().to_vec();
    for m in mutations {
        if bytes.is_empty() {
            break;
        }
        match m {
            Mutation::Flip(i, b) => {
                let at = pick(*i, bytes.len());
                bytes[at] ^= b | 1;
            }
            Mutation::Truncate(i) => bytes.truncate(pick(*i, bytes.len())),
            Mutation::DuplicateLine(i) => {
                let mut ls = lines(&bytes);
                let at = pick(*i, ls.len());
                ls.insert(at, ls[at].clone());
                bytes = ls.concat();
            }
            Mutation::DeleteLine(i) => {
                let mut ls = lines(&bytes);
                ls.remove(pick(*i, ls.len()));
                bytes = ls.concat();
            }
            Mutation::DeleteField(l, f) => {
                let mut ls = lines(&bytes);
                let at = pick(*l, ls.len());
                let sep = if ls[at].contains(&b',') { b',' } else { b'=' };
                let mut fields: Vec<&[u8]> = ls[at].split(|b| *b == sep).collect();
                if fields.len() > 1 {
                    fields.remove(pick(*f, fields.len()));
                    ls[at] = fields.join(&sep);
                }
                bytes = ls.concat();
            }
            Mutation::Insert(i, h) => {
                let at = pick(*i, bytes.len() + 1);
                let what = HOSTILE[pick(*h, HOSTILE.len())];
                bytes.splice(at..at, what.iter().copied());
            }
        }
    }
    bytes
}

/// A near-valid file: one of `seeds`, mutated one to four times.
fn near(seeds: &'static [&'static str]) -> impl Strategy<Value = Vec<u8>> {
    (
        prop::sample::select(seeds),
        prop::collection::vec(mutation(), 1..5),
    )
        .prop_map(|(seed, ms)| apply(seed, &ms))
}

/// Arbitrary bytes, or a near-valid file.
fn input(seeds: &'static [&'static str]) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..512),
        4 => near(seeds),
    ]
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `load` and fails the case when it takes longer than the bound.
fn timed<T>(what: &str, load: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    let started = Instant::now();
    let out = load();
    let took = started.elapsed();
    prop_assert!(took < BOUND, "{what} took {took:?}");
    Ok(out)
}

/// A refusal says where: its message names the file it was given.
fn names_file<E: std::fmt::Display>(
    file: &str,
    answer: Result<Result<(), E>, TestCaseError>,
) -> Result<(), TestCaseError> {
    if let Err(e) = answer? {
        let message = e.to_string();
        prop_assert!(message.contains(file), "{file}: {message}");
    }
    Ok(())
}

fn schedule() -> Schedule {
    Schedule::parse("schedule.toml", SCHEDULES[0]).unwrap()
}

fn config() -> ProptestConfig {
    // PROPTEST_CASES overrides the default of each block.
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(48),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn schedules(bytes in input(&SCHEDULES)) {
        names_file("s.toml", timed("Schedule::parse", || Schedule::parse("s.toml", &text(&bytes)).map(|_| ())))?;
    }

    #[test]
    fn rosters(bytes in input(&ROSTERS), which in 0..SCHEDULES.len()) {
        let schedule = Schedule::parse("s.toml", SCHEDULES[which]).unwrap();
        names_file("r.csv", timed("Roster::read", || {
            Roster::read("r.csv", bytes.as_slice(), Encoding::Auto, &schedule).map(|_| ())
        }))?;
    }

    #[test]
    fn standards(bytes in input(&STANDARDS)) {
        names_file("st.toml", timed("Standards::parse", || Standards::parse("st.toml", &text(&bytes)).map(|_| ())))?;
    }

    #[test]
    fn registries(toml in input(&[REGISTRY_TOML]), csv in input(&[REGISTRY_CSV])) {
        names_file("r.toml", timed("Registry::from_toml", || Registry::from_toml("r.toml", &text(&toml)).map(|_| ())))?;
        names_file("r.csv", timed("Registry::from_csv", || Registry::from_csv("r.csv", &text(&csv)).map(|_| ())))?;
    }

    #[test]
    fn assessment_rules(bytes in input(&[RULES])) {
        names_file("a.toml", timed("AssessmentRules::parse", || {
            AssessmentRules::parse("a.toml", &text(&bytes)).map(|_| ())
        }))?;
    }

    #[test]
    fn assessment_rosters_and_scores(roster in input(&[ASSESS_ROSTER]), scores in input(&[SCORES])) {
        let rules = AssessmentRules::parse("a.toml", RULES).unwrap();
        let columns = BTreeMap::new();
        let mut errors = RosterErrors::default();
        let table = timed("RosterTable::read", || {
            RosterTable::read("r.csv", roster.as_slice(), Encoding::Auto, &rules, &columns, &mut errors)
        })?;
        // Scores are read against the shipped roster when the mutated one is refused.
        let table = match table {
            Ok(t) => t,
            Err(_) => RosterTable::read(
                "r.csv", ASSESS_ROSTER.as_bytes(), Encoding::Auto, &rules, &columns, &mut errors,
            ).unwrap(),
        };
        timed("ScoreSheet::read", || {
            ScoreSheet::read("s.csv", scores.as_slice(), Encoding::Auto, &rules, &table, &mut errors)
        })?;
    }

    #[test]
    fn payrolls(bytes in input(&[PAYROLL])) {
        let schedule = Schedule::parse("s.toml", PAYROLL_SCHEDULE).unwrap();
        names_file("p.csv", timed("Payroll::read", || {
            Payroll::read("p.csv", bytes.as_slice(), Encoding::Auto, &schedule).map(|_| ())
        }))?;
    }

    #[test]
    fn calendars(bytes in input(&[CALENDAR])) {
        names_file("c.toml", timed("Calendar::parse", || Calendar::parse("c.toml", &text(&bytes)).map(|_| ())))?;
    }

    #[test]
    fn templates(bytes in input(&TEMPLATES)) {
        let schedule = schedule();
        let context = DocumentContext::build(
            Document::Contract,
            &schedule,
            None,
            chrono::NaiveDate::from_ymd_opt(2025, 11, 3),
            Vec::new(),
            Calendar::builtin(),
        );
        let mut renderer = Renderer::new().unwrap();
        names_file("t.md", timed("Renderer::add_template and render", || {
            renderer
                .add_template("t.md", &text(&bytes))
                .and_then(|()| renderer.render("t.md", &context).map(|_| ()))
        }))?;
    }
}

#[test]
fn the_mutations_change_the_seed_as_they_say() {
    let seed = "a,b,c\nd=e\n";
    let i = |n: usize| n;
    assert_eq!(apply(seed, &[Mutation::Truncate(i(0))]), b"");
    assert_eq!(
        apply(seed, &[Mutation::DuplicateLine(i(0))]),
        b"a,b,c\na,b,c\nd=e\n"
    );
    assert_eq!(apply(seed, &[Mutation::DeleteLine(i(0))]), b"d=e\n");
    let deleted = apply(seed, &[Mutation::DeleteField(i(0), i(0))]);
    assert_eq!(deleted.iter().filter(|b| **b == b',').count(), 1);
    assert_ne!(apply(seed, &[Mutation::Flip(i(0), 0)]), seed.as_bytes());
    assert!(apply(seed, &[Mutation::Insert(i(0), i(5))]).starts_with(b"\0"));
}
