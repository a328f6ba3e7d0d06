//! `Proposal`: a schedule whose average pay growth over a roster hits a target,
//! found by bisection on the raise factor, exactly in `Decimal`.
//!
//! Grade pay feeds allowances (percentages of it) and the overtime base, so the
//! growth of gross pay is not the raise itself: each candidate is priced with
//! the pay engine, on the roster's [`PayGroups`] (one worker per group of
//! workers who gain alike), so a trial does not reprice every worker. Rounding to the unit, the floors and the
//! rising structure make growth a non-decreasing step function of the factor;
//! the search keeps a factor below the target and one at or above it, halves the
//! interval a bounded number of times, and takes whichever is nearer the target.

use rust_decimal::Decimal;

use crate::compare::Percentage;
use crate::pay::{PayEngine, PayError};
use crate::propose::{Ladder, Lift, PayGroups, Raise, RaiseMode};
use crate::{Money, Period, Rate, Schedule};

/// How near the target the achieved growth must be: 0.05 percentage point.
pub const TOLERANCE: Decimal = Decimal::from_parts(5, 0, 0, false, 4);
/// The factors searched: a cut of at most 90% and a raise of at most 1000%.
const LOWEST_FACTOR: Decimal = Decimal::from_parts(9, 0, 0, true, 1);
const HIGHEST_FACTOR: Decimal = Decimal::TEN;
/// Halvings of the factor interval; 2^-100 of 10.9 is far below any rounding step.
const ITERATIONS: u32 = 100;

/// What to propose.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The base schedule whose grade pay is raised.
    pub schedule: &'a Schedule,
    /// The roster, priced under `schedule` for `period`.
    pub groups: &'a PayGroups,
    /// The pay month the roster is priced for.
    pub period: Period,
    /// Average growth of gross pay over the roster.
    pub target: Rate,
    /// How the raise is spread over the grades.
    pub mode: RaiseMode,
    /// Grade pay is rounded to a whole number of this (10 yuan).
    pub unit: Money,
    /// Per grade, the lowest grade pay allowed: `--floor`, and the floors the
    /// standards set (industry floors, above the minimum wage).
    pub floors: Vec<Option<Money>>,
    /// What sets the floors (`--floor 3,000.00`, `浙江省集体合同条例 Art 27: the
    /// industry floor of ...`), named in the message when they put the target out
    /// of reach; empty for a plain `--floor`, whose message names its amount.
    pub floor_sources: Vec<String>,
    /// Threads a trial's groups are priced on.
    pub jobs: usize,
}

/// Why no proposal meets the target.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProposeError {
    /// The roster's wage bill under the base is zero: growth has no meaning.
    #[error("{}", crate::t!("propose-error-no-pay"))]
    NoPay,
    #[error("{}", crate::t!("propose-error-unit", unit = unit.amount().normalize().to_string(), rounding = rounding.amount().normalize().to_string()))]
    /// `--round-to` is not a positive whole number of the rounding unit.
    Unit {
        /// The unit asked for, in yuan.
        unit: Money,
        /// The schedule's rounding unit, in yuan.
        rounding: Money,
    },
    /// `--floor` gives another number of floors than the schedule has grades.
    #[error("{}", crate::t!("propose-error-floors", count = *count, grades = *grades))]
    Floors {
        /// The floors given.
        count: usize,
        /// The grades of the schedule.
        grades: usize,
    },
    #[error("{}", crate::t!("propose-error-cut-with-lift-low", target = target.signed()))]
    /// A cut asked for with `--mode lift-low`, which only raises.
    CutWithLiftLow {
        /// The target growth, negative.
        target: Percentage,
    },
    #[error("{}", crate::t!("propose-error-below-reach", target = target.signed(), reason = reason.as_str(), lowest = lowest.signed()))]
    /// The target is below what the floors already give.
    BelowReach {
        /// The target growth.
        target: Percentage,
        /// The lowest growth reachable.
        lowest: Percentage,
        /// What holds the growth up (the floors and their sources).
        reason: String,
    },
    #[error("{}", crate::t!("propose-error-above-reach", target = target.signed(), highest = highest.signed()))]
    /// The target is above anything a raise of up to 1000% gives.
    AboveReach {
        /// The target growth.
        target: Percentage,
        /// The highest growth reachable.
        highest: Percentage,
    },
    #[error("{}", crate::t!("propose-error-too-coarse", target = target.signed(), unit = unit.amount().normalize().to_string(), below = below.signed(), above = above.signed(), tolerance = tolerance.normalize().to_string()))]
    /// Rounded to `unit`, no proposal comes within the tolerance of the target.
    TooCoarse {
        /// The target growth.
        target: Percentage,
        /// The rounding unit, in yuan.
        unit: Money,
        /// The growth of the nearest proposal below the target.
        below: Percentage,
        /// The growth of the nearest proposal above it.
        above: Percentage,
        /// The tolerance, in percentage points.
        tolerance: Decimal,
    },
    /// A worker's pay could not be computed.
    #[error(transparent)]
    Pay(#[from] PayError),
}

/// A proposal that meets the target.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// The schedule with the new grade pay.
    pub schedule: Schedule,
    /// The base schedule's grade pay.
    pub old: Ladder,
    /// The proposed grade pay, rounded to the unit and lifted to the floors.
    pub new: Ladder,
    /// Per grade and step, why a cell is above its plain raise.
    pub lifts: Vec<Vec<Lift>>,
    /// The raise that gives it.
    pub raise: Raise,
    /// The average growth of gross pay asked for.
    pub target: Percentage,
    /// The average growth the proposal gives.
    pub achieved: Percentage,
    /// Monthly wage bill before and after.
    pub before: Money,
    /// Monthly wage bill after the raise, in yuan.
    pub after: Money,
}

/// One candidate: the raise, the ladder it gives, and the roster's bill under it.
struct Candidate {
    raise: Raise,
    ladder: Ladder,
    lifts: Vec<Vec<Lift>>,
    total: Money,
}

/// Searches for the proposal.
pub fn propose(req: &Request) -> Result<Proposal, ProposeError> {
    let schedule = req.schedule;
    let rounding_unit = Money::new(Decimal::new(1, schedule.rounding.scale));
    let unit_ok = req.unit > Money::ZERO
        && (req.unit.amount() / rounding_unit.amount())
            .fract()
            .is_zero();
    if !unit_ok {
        return Err(ProposeError::Unit {
            unit: req.unit,
            rounding: rounding_unit,
        });
    }
    if req.floors.len() != schedule.grades.len() {
        return Err(ProposeError::Floors {
            count: req.floors.len(),
            grades: schedule.grades.len(),
        });
    }
    let target = Percentage::from(req.target);
    if req.mode == RaiseMode::LiftLow
        && target.fraction().is_sign_negative()
        && !target.fraction().is_zero()
    {
        return Err(ProposeError::CutWithLiftLow { target });
    }

    let before = req.groups.before;
    if before <= Money::ZERO {
        return Err(ProposeError::NoPay);
    }
    // The bill that meets the target exactly; comparing bills avoids a division.
    // Beyond the decimal range the goal is out of reach either way.
    let goal = Decimal::ONE
        .checked_add(target.fraction())
        .and_then(|f| before.amount().checked_mul(f))
        .unwrap_or(if target.fraction().is_sign_negative() {
            Decimal::MIN
        } else {
            Decimal::MAX
        });
    let n = Decimal::from(req.groups.headcount.max(1));
    let average_grade_pay = req.groups.grade_pay.amount() / n;

    let old = Ladder::of(schedule);
    let mut trial = schedule.clone();
    // Bills already priced, by ladder: late in the search, many factors
    // round to a ladder already seen.
    let mut priced: Vec<(Ladder, Money)> = Vec::new();
    let mut evaluate = |factor: Decimal, floors: &[Option<Money>]| -> Result<Candidate, PayError> {
        let raise = Raise::new(req.mode, factor, average_grade_pay);
        let (ladder, lifts) = old.raised(&raise, req.unit, floors);
        let total = match priced.iter().find(|(l, _)| *l == ladder) {
            Some((_, total)) => *total,
            None => {
                ladder.install(&mut trial);
                let total = req
                    .groups
                    .bill(&PayEngine::new(&trial, req.period), req.jobs)?;
                priced.push((ladder.clone(), total));
                total
            }
        };
        Ok(Candidate {
            raise,
            ladder,
            lifts,
            total,
        })
    };
    let growth = |c: &Candidate| Percentage::change(before, c.total).unwrap_or_default();

    let lowest_factor = match req.mode {
        RaiseMode::Uniform => LOWEST_FACTOR,
        RaiseMode::LiftLow => Decimal::ZERO,
    };
    let mut lo = evaluate(lowest_factor, &req.floors)?;
    if lo.total.amount() > goal {
        let unfloored = evaluate(lowest_factor, &vec![None; req.floors.len()])?;
        let reason = if unfloored.total.amount() <= goal {
            floor_reason(&req.floors, &req.floor_sources)
        } else if req.mode == RaiseMode::Uniform {
            "cutting every grade pay by 90% (the deepest cut searched)".to_string()
        } else {
            "keeping grade pay rising with grade and step".to_string()
        };
        return Err(ProposeError::BelowReach {
            target,
            lowest: growth(&lo),
            reason,
        });
    }
    let mut hi = evaluate(HIGHEST_FACTOR, &req.floors)?;
    if hi.total.amount() < goal {
        return Err(ProposeError::AboveReach {
            target,
            highest: growth(&hi),
        });
    }
    // Invariant: lo's bill <= goal <= hi's bill.
    for _ in 0..ITERATIONS {
        if lo.total.amount() == goal {
            hi = evaluate(lo.raise.factor, &req.floors)?;
            break;
        }
        let mid = (lo.raise.factor + hi.raise.factor) / Decimal::TWO;
        if mid == lo.raise.factor || mid == hi.raise.factor {
            break;
        }
        let c = evaluate(mid, &req.floors)?;
        if c.total.amount() < goal {
            lo = c;
        } else {
            hi = c;
        }
    }
    let miss = |c: &Candidate| (c.total.amount() - goal).abs();
    let (below, above) = (growth(&lo), growth(&hi));
    let lo_is_best = miss(&lo) < miss(&hi);
    let best = if lo_is_best { lo } else { hi };
    let achieved = growth(&best);
    if (achieved.fraction() - target.fraction()).abs() > TOLERANCE {
        return Err(ProposeError::TooCoarse {
            target,
            unit: req.unit,
            below,
            above,
            tolerance: TOLERANCE * Decimal::ONE_HUNDRED,
        });
    }
    let raise = centre(
        &old,
        &best,
        lo_is_best,
        lowest_factor,
        average_grade_pay,
        req,
    );
    let mut new_schedule = schedule.clone();
    best.ladder.install(&mut new_schedule);
    Ok(Proposal {
        schedule: new_schedule,
        old,
        new: best.ladder,
        lifts: best.lifts,
        raise,
        target,
        achieved,
        before,
        after: best.total,
    })
}

fn floor_reason(floors: &[Option<Money>], sources: &[String]) -> String {
    let set: Vec<Money> = floors.iter().flatten().copied().collect();
    match set.first() {
        Some(first) if sources.is_empty() && set.iter().all(|f| f == first) => {
            crate::t!("propose-floor-reason-one", floor = first.grouped())
        }
        _ if sources.is_empty() => crate::t!("propose-floor-reason-each"),
        _ => crate::t!(
            "propose-floor-reason-sources",
            sources = crate::i18n::join(sources)
        ),
    }
}

/// The raise in the middle of the factors that give the best ladder. The search
/// ends at a factor where some cell is about to round the other way; the middle
/// of the run of factors giving the same ladder is what the report prints, so a
/// person who redoes a cell by hand from the printed raise gets the same figure.
fn centre(
    old: &Ladder,
    best: &Candidate,
    at_top: bool,
    lowest: Decimal,
    average: Decimal,
    req: &Request,
) -> Raise {
    let same = |f: Decimal| {
        old.raised(&Raise::new(req.mode, f, average), req.unit, &req.floors)
            .0
            == best.ladder
    };
    // The ladder is non-decreasing in the factor, so the factors giving it form
    // an interval; bisect for its other end.
    let (mut inside, mut outside) = if at_top {
        (best.raise.factor, lowest)
    } else {
        (best.raise.factor, HIGHEST_FACTOR)
    };
    if same(outside) {
        inside = outside;
    } else {
        for _ in 0..ITERATIONS {
            let mid = (inside + outside) / Decimal::TWO;
            if mid == inside || mid == outside {
                break;
            }
            if same(mid) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
    }
    let middle = Raise::new(
        req.mode,
        (best.raise.factor + inside) / Decimal::TWO,
        average,
    );
    if same(middle.factor) {
        middle
    } else {
        best.raise
    }
}
