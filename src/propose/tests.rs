//! Tests of the whole proposal: the starter example, generated rosters, the
//! impossible targets, and a property test that whatever it writes is sound.

use proptest::prelude::*;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_decimal_macros::dec;

use crate::compare::Percentage;
use crate::pay::PayEngine;
use crate::propose::{
    propose, rewrite, Ladder, PayGroups, Proposal, ProposeError, RaiseMode, Request, TOLERANCE,
};
use crate::roster::{Encoding, Roster};
use crate::{Money, Period, Rate, Schedule};

const STARTER: &str = include_str!("../../examples/starter/schedule.toml");
const STARTER_ROSTER: &str = include_str!("../../examples/starter/roster.csv");
const HEADER: &str = "工号,姓名,性别,能级,档次,岗位类别,证书等级,入职日期,工作日加班小时,休息日加班小时,法定节假日加班小时\n";

fn starter() -> Schedule {
    Schedule::parse("schedule.toml", STARTER).unwrap()
}

/// A roster and its groups under the schedule, as propose searches them.
struct Priced {
    roster: Roster,
    groups: PayGroups,
}

fn roster(schedule: &Schedule, csv: &str) -> Priced {
    let roster = Roster::read("roster.csv", csv.as_bytes(), Encoding::default(), schedule).unwrap();
    let engine = PayEngine::new(schedule, Period::new(2026, 1).unwrap());
    let groups = PayGroups::of(&engine, &roster.workers).unwrap();
    Priced { roster, groups }
}

/// The roster's bill under a schedule, worker by worker.
fn bill(schedule: &Schedule, r: &Priced) -> Money {
    let engine = PayEngine::new(schedule, Period::new(2026, 1).unwrap());
    let sheets = engine.compute_all(&r.roster.workers).unwrap();
    sheets.iter().map(|x| x.gross).sum()
}

fn request<'a>(
    schedule: &'a Schedule,
    roster: &'a Priced,
    target: &str,
    mode: RaiseMode,
    unit: i64,
    floor: Option<Money>,
) -> Request<'a> {
    Request {
        schedule,
        groups: &roster.groups,
        period: Period::new(2026, 1).unwrap(),
        target: Rate::parse(target).unwrap(),
        mode,
        unit: Money::from(unit),
        floors: vec![floor; schedule.grades.len()],
        floor_sources: Vec::new(),
        jobs: 2,
    }
}

/// A roster of `n` workers drawn from a seeded generator.
fn generated(seed: u64, n: usize) -> String {
    let mut rng = StdRng::seed_from_u64(seed);
    let grades = ["初级", "中级", "高级"];
    let certs = ["无", "五级", "四级", "三级", "二级", "一级"];
    let posts = ["基础类", "重要类", "关键类"];
    let mut csv = HEADER.to_string();
    for i in 0..n {
        csv.push_str(&format!(
            "G{i:04},职工{i},{},{},{},{},{},{}-{:02}-01,{},{},{}\n",
            if rng.gen_bool(0.4) { "女" } else { "男" },
            grades[rng.gen_range(0..3)],
            rng.gen_range(1..=3),
            posts[rng.gen_range(0..3)],
            certs[rng.gen_range(0..6)],
            rng.gen_range(2000..2026),
            rng.gen_range(1..=12),
            rng.gen_range(0..=20),
            rng.gen_range(0..=8),
            rng.gen_range(0..=4) * 2,
        ));
    }
    csv
}

/// Everything a written proposal must satisfy.
fn assert_sound(p: &Proposal, schedule: &Schedule, floor: Option<Money>, text: &str) {
    assert!(p.new.is_rising(), "not rising: {:?}", p.new.cells());
    if let Some(f) = floor {
        assert!(
            p.new.lowest().iter().all(|low| *low >= f),
            "below the floor {f}: {:?}",
            p.new.cells()
        );
    }
    assert!(
        (p.achieved.fraction() - p.target.fraction()).abs() <= TOLERANCE,
        "achieved {} for {}",
        p.achieved,
        p.target
    );
    let out = rewrite("new.toml", text, &p.new, "# proposed\n").unwrap();
    let reloaded = Schedule::parse("new.toml", &out).unwrap();
    assert_eq!(Ladder::of(&reloaded), p.new);
    assert_eq!(reloaded.allowances, schedule.allowances);
}

#[test]
fn hits_the_target_on_the_starter_example() {
    let s = starter();
    let r = roster(&s, STARTER_ROSTER);
    for mode in [RaiseMode::Uniform, RaiseMode::LiftLow] {
        let p = propose(&request(&s, &r, "8%", mode, 10, None)).unwrap();
        assert_sound(&p, &s, None, STARTER);
        // The bill is recomputed worker by worker, independently of the search.
        assert_eq!(bill(&p.schedule, &r), p.after);
        assert_eq!(bill(&s, &r), p.before);
        assert_eq!(Percentage::change(p.before, p.after), Some(p.achieved));
    }
    // The starter's bill is 31,742.89 (see `nengji compute`); lift-low at 8% comes to
    // 34,281.90 = +7.9986..%, the nearest to 8% with every cell a multiple of 10.
    let p = propose(&request(&s, &r, "8%", RaiseMode::LiftLow, 10, None)).unwrap();
    assert_eq!(p.before, Money::new(dec!(31742.89)));
    assert_eq!(p.after, Money::new(dec!(34281.90)));
    assert!(p
        .new
        .cells()
        .iter()
        .flatten()
        .all(|c| (c.amount() / dec!(10)).fract().is_zero()));
}

#[test]
fn lift_low_raises_the_lowest_grade_by_the_largest_percentage() {
    let s = starter();
    let r = roster(&s, STARTER_ROSTER);
    let p = propose(&request(&s, &r, "8%", RaiseMode::LiftLow, 10, None)).unwrap();
    let growth = |g: usize| Percentage::change(p.old.cells()[g][0], p.new.cells()[g][0]).unwrap();
    assert!(growth(0) > growth(1) && growth(1) > growth(2));
    let c = crate::propose::comparison(&p, &s, &r.roster.workers, Period::new(2026, 1).unwrap())
        .unwrap();
    assert_eq!(c.offers[0].lifts_low, Some(true));
}

#[test]
fn hits_the_target_on_generated_rosters() {
    let s = starter();
    for seed in 0..6u64 {
        let text = generated(seed, 60 + 40 * seed as usize);
        let r = roster(&s, &text);
        for (target, mode) in [
            ("3%", RaiseMode::Uniform),
            ("8%", RaiseMode::LiftLow),
            ("12.5%", RaiseMode::LiftLow),
            ("-3%", RaiseMode::Uniform),
        ] {
            let p = propose(&request(&s, &r, target, mode, 10, None))
                .unwrap_or_else(|e| panic!("seed {seed} {target} {mode:?}: {e}"));
            assert_sound(&p, &s, None, STARTER);
            assert_eq!(bill(&p.schedule, &r), p.after, "seed {seed} {target}");
        }
        let floor = Some(Money::from(2800));
        let p = propose(&request(&s, &r, "6%", RaiseMode::Uniform, 10, floor)).unwrap();
        assert_sound(&p, &s, floor, STARTER);
    }
}

#[test]
fn a_cut_below_what_the_floor_allows_is_refused() {
    let s = starter();
    let r = roster(&s, STARTER_ROSTER);
    let err = propose(&request(
        &s,
        &r,
        "-5%",
        RaiseMode::Uniform,
        10,
        Some(Money::from(3000)),
    ))
    .unwrap_err();
    let ProposeError::BelowReach { lowest, reason, .. } = &err else {
        panic!("{err}")
    };
    assert!(reason.contains("floor 3,000.00"), "{err}");
    // Every cell at or above 3000: the lowest reachable growth is above -5%.
    assert!(lowest.fraction() > dec!(-0.05));
    assert_eq!(
        err.to_string(),
        format!("the target -5.00% cannot be met: keeping every grade pay at or above the floor 3,000.00 already gives {}", lowest.signed())
    );
}

#[test]
fn a_target_below_what_the_floor_forces_is_refused() {
    let s = starter();
    let r = roster(&s, STARTER_ROSTER);
    // A floor of 3500 lifts 初级 and 中级 a lot: 2% is not enough for it.
    let err = propose(&request(
        &s,
        &r,
        "2%",
        RaiseMode::LiftLow,
        10,
        Some(Money::from(3500)),
    ))
    .unwrap_err();
    assert!(
        matches!(&err, ProposeError::BelowReach { reason, .. } if reason.contains("floor")),
        "{err}"
    );
    // With a raise the floor can be met.
    let p = propose(&request(
        &s,
        &r,
        "20%",
        RaiseMode::LiftLow,
        10,
        Some(Money::from(3500)),
    ))
    .unwrap();
    assert_sound(&p, &s, Some(Money::from(3500)), STARTER);
}

#[test]
fn per_grade_floors_lift_each_grade_and_keep_it_rising() {
    let s = starter();
    let r = roster(&s, STARTER_ROSTER);
    // As the standards give them: 初 at least 2,700 (an industry floor), 中 at
    // least 3,300, 高 nothing beyond the rising structure.
    let floors = vec![Some(Money::from(2700)), Some(Money::from(3300)), None];
    let mut req = request(&s, &r, "4%", RaiseMode::Uniform, 10, None);
    req.floors = floors.clone();
    req.floor_sources = vec!["浙江省集体合同条例 Art 27: the industry floor".into()];
    let p = propose(&req).unwrap();
    assert_sound(&p, &s, None, STARTER);
    for (g, floor) in floors.iter().enumerate() {
        if let Some(f) = floor {
            assert!(
                p.new.cells()[g].iter().all(|c| c >= f),
                "{:?}",
                p.new.cells()
            );
        }
    }
    // 初 step 1: 2600 x 1.04 ~ 2704 is near the floor; 中 step 1 (3100 x 1.04 ~
    // 3224 -> 3220) is lifted to 3,300.
    assert_eq!(p.new.cells()[1][0], Money::from(3300));
    assert_eq!(p.lifts[1][0], crate::propose::Lift::Floor);

    // A cut the floors forbid names what sets them.
    req.target = Rate::parse("-8%").unwrap();
    let err = propose(&req).unwrap_err();
    assert!(
        err.to_string().contains(
            "keeping every grade pay at or above its grade's floor (浙江省集体合同条例 Art 27: the industry floor) already gives"
        ),
        "{err}"
    );
}

#[test]
fn other_impossible_targets() {
    let s = starter();
    let r = roster(&s, STARTER_ROSTER);
    let coarse = propose(&request(&s, &r, "8%", RaiseMode::Uniform, 1000, None)).unwrap_err();
    let ProposeError::TooCoarse { below, above, .. } = coarse else {
        panic!("{coarse}")
    };
    assert!(below.fraction() < dec!(0.08) && above.fraction() > dec!(0.08));
    assert!(matches!(
        propose(&request(&s, &r, "-2%", RaiseMode::LiftLow, 10, None)),
        Err(ProposeError::CutWithLiftLow { .. })
    ));
    assert!(matches!(
        propose(&request(&s, &r, "5000%", RaiseMode::Uniform, 10, None)),
        Err(ProposeError::AboveReach { .. })
    ));
    // Beyond the range of exact decimals: refused, not a panic.
    assert!(matches!(
        propose(&request(
            &s,
            &r,
            "79228162514264337593543950335%",
            RaiseMode::Uniform,
            10,
            None
        )),
        Err(ProposeError::AboveReach { .. })
    ));
    assert!(matches!(
        propose(&request(&s, &r, "-95%", RaiseMode::Uniform, 10, None)),
        Err(ProposeError::BelowReach { .. })
    ));
    assert!(matches!(
        propose(&request(&s, &r, "8%", RaiseMode::Uniform, 0, None)),
        Err(ProposeError::Unit { .. })
    ));
}

#[test]
fn zero_growth_in_lift_low_keeps_the_schedule() {
    let s = starter();
    let r = roster(&s, STARTER_ROSTER);
    let p = propose(&request(&s, &r, "0%", RaiseMode::LiftLow, 10, None)).unwrap();
    assert_eq!(p.new, p.old);
    assert_eq!(p.achieved, Percentage::ZERO);
}

fn amount() -> impl Strategy<Value = Money> {
    (2000i64..9000).prop_map(Money::from)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever propose writes is rising in grade and step, above the floor,
    /// near the target, and loads as a schedule with the same allowances.
    #[test]
    fn any_proposal_is_sound(
        seed in 0u64..1000,
        n in 1usize..60,
        pay in prop::collection::vec(amount(), 9),
        target in -15i64..25,
        lift_low in any::<bool>(),
        unit in prop::sample::select(vec![1i64, 5, 10, 50]),
        floor in prop::option::of(2000i64..4000),
    ) {
        // The starter with random (possibly not rising) grade pay.
        let mut cells = pay.chunks(3).map(|c| format!("pay = [\"{}\", \"{}\", \"{}\"]", c[0].amount(), c[1].amount(), c[2].amount()));
        let text = STARTER
            .replace("pay = [\"2600\", \"2680\", \"2760\"]", &cells.next().unwrap())
            .replace("pay = [\"3100\", \"3200\", \"3300\"]", &cells.next().unwrap())
            .replace("pay = [\"3800\", \"3950\", \"4100\"]", &cells.next().unwrap());
        let s = Schedule::parse("s.toml", &text).unwrap();
        let r = roster(&s, &generated(seed, n));
        let mode = if lift_low { RaiseMode::LiftLow } else { RaiseMode::Uniform };
        let floor = floor.map(Money::from);
        // lift-low does not cut (tested above); give it raises.
        let target = format!("{}%", if lift_low { target.abs() } else { target });
        match propose(&request(&s, &r, &target, mode, unit, floor)) {
            Ok(p) => {
                assert_sound(&p, &s, floor, &text);
                // The groups' bill is the roster's, priced worker by worker.
                prop_assert_eq!(bill(&p.schedule, &r), p.after);
                prop_assert_eq!(bill(&s, &r), p.before);
            }
            Err(ProposeError::Pay(e)) => panic!("{e}"),
            Err(ProposeError::Unit { .. } | ProposeError::Floors { .. } | ProposeError::NoPay) => panic!("bad request"),
            // Cannot be met: each says why; nothing is written.
            Err(_) => {}
        }
    }
}
