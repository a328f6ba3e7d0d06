//! `Ladder`: a schedule's grade pay in the form it was written (a step table or a
//! base plus an increment per step), and the same ladder raised, rounded to a unit,
//! lifted to the floors, and kept rising with grade and step.

use rust_decimal::Decimal;

use crate::propose::Raise;
use crate::schedule::StepForm;
use crate::{Money, Rounding, RoundingMode, Schedule};

/// One grade's pay, in its written form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GradePay {
    /// `pay = ["2600", "2680", ...]`.
    Table(Vec<Money>),
    /// `base`, `increment`, `steps`: step s pays base + increment x (s - 1).
    Linear {
        /// Pay at step 1, in yuan a month.
        base: Money,
        /// What each step adds, in yuan a month.
        increment: Money,
        /// The number of steps (档).
        steps: u32,
    },
}

impl GradePay {
    /// Pay by step, step 1 first.
    pub fn cells(&self) -> Vec<Money> {
        match self {
            GradePay::Table(cells) => cells.clone(),
            GradePay::Linear {
                base,
                increment,
                steps,
            } => (0..*steps)
                .map(|s| *base + Money::new(increment.amount() * Decimal::from(s)))
                .collect(),
        }
    }
}

/// Why a cell is above its plain rounded raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lift {
    /// The raise alone.
    None,
    /// Lifted to the floor.
    Floor,
    /// Lifted to stay above the step below or the grade below.
    Rising,
}

/// The grade pay of a whole schedule, lowest grade first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ladder {
    /// Each grade's pay, lowest grade first.
    pub grades: Vec<GradePay>,
}

/// Rounds to a whole number of `unit` with `mode`.
fn to_unit(x: Decimal, unit: Decimal, mode: RoundingMode) -> Money {
    let units = Rounding { mode, scale: 0 }.apply(x / unit);
    Money::new(units.amount() * unit)
}

impl Ladder {
    /// The grade pay of `schedule`, each grade in the form it was written.
    pub fn of(schedule: &Schedule) -> Ladder {
        let grades = schedule
            .grades
            .iter()
            .map(|g| match g.form {
                StepForm::Table => GradePay::Table(g.pay.clone()),
                StepForm::BasePlusIncrement { base, increment } => GradePay::Linear {
                    base,
                    increment,
                    steps: g.steps(),
                },
            })
            .collect();
        Ladder { grades }
    }

    /// Pay by grade and step.
    pub fn cells(&self) -> Vec<Vec<Money>> {
        self.grades.iter().map(GradePay::cells).collect()
    }

    /// Puts this ladder's pay into a schedule with the same grades.
    pub fn install(&self, schedule: &mut Schedule) {
        for (grade, pay) in schedule.grades.iter_mut().zip(&self.grades) {
            grade.pay = pay.cells();
            grade.form = match pay {
                GradePay::Table(_) => StepForm::Table,
                GradePay::Linear {
                    base, increment, ..
                } => StepForm::BasePlusIncrement {
                    base: *base,
                    increment: *increment,
                },
            };
        }
    }

    /// Whether pay strictly rises with the step in each grade, and with the grade
    /// at each step both grades have.
    pub fn is_rising(&self) -> bool {
        let cells = self.cells();
        let in_steps = cells.iter().all(|g| g.windows(2).all(|w| w[0] < w[1]));
        let in_grades = cells
            .windows(2)
            .all(|w| w[0].iter().zip(&w[1]).all(|(low, high)| low < high));
        in_steps && in_grades
    }

    /// The lowest pay of each grade.
    pub fn lowest(&self) -> Vec<Money> {
        self.cells()
            .iter()
            .map(|g| g.iter().copied().min().unwrap_or(Money::ZERO))
            .collect()
    }

    /// This ladder raised: each cell (or a linear grade's base and increment)
    /// mapped by `raise` and rounded half-up to `unit`; then lifted to the grade's
    /// floor (rounded up to the unit) and, where needed, to one unit above the step
    /// below and the same step of the grade below, so pay strictly rises with
    /// grade and step. Every step is non-decreasing in the raise, which is what
    /// lets the search bisect on it.
    pub fn raised(
        &self,
        raise: &Raise,
        unit: Money,
        floors: &[Option<Money>],
    ) -> (Ladder, Vec<Vec<Lift>>) {
        let u = unit.amount();
        let mut grades = Vec::with_capacity(self.grades.len());
        let mut lifts = Vec::with_capacity(self.grades.len());
        let mut below: Vec<Money> = Vec::new();
        for (g, pay) in self.grades.iter().enumerate() {
            let floor = floors
                .get(g)
                .copied()
                .flatten()
                .map(|f| to_unit(f.amount(), u, RoundingMode::Up));
            let (new, lift) = match pay {
                GradePay::Table(cells) => {
                    let mut new: Vec<Money> = Vec::with_capacity(cells.len());
                    let mut lift = Vec::with_capacity(cells.len());
                    for (s, cell) in cells.iter().enumerate() {
                        let mut x = to_unit(raise.apply(*cell), u, RoundingMode::HalfUp);
                        let mut why = Lift::None;
                        if let Some(f) = floor.filter(|f| x < *f) {
                            x = f;
                            why = Lift::Floor;
                        }
                        let previous = s.checked_sub(1).and_then(|p| new.get(p));
                        for bound in [previous, below.get(s)].into_iter().flatten() {
                            if x <= *bound {
                                x = *bound + unit;
                                why = Lift::Rising;
                            }
                        }
                        new.push(x);
                        lift.push(why);
                    }
                    (GradePay::Table(new), lift)
                }
                GradePay::Linear {
                    base,
                    increment,
                    steps,
                } => {
                    let mut lift = vec![Lift::None; *steps as usize];
                    let mut inc =
                        to_unit(increment.amount() * raise.scale, u, RoundingMode::HalfUp);
                    if *steps > 1 && inc < unit {
                        inc = unit;
                        lift.iter_mut().skip(1).for_each(|l| *l = Lift::Rising);
                    }
                    let mut b = to_unit(raise.apply(*base), u, RoundingMode::HalfUp);
                    if let Some(f) = floor.filter(|f| b < *f) {
                        b = f;
                        lift[0] = Lift::Floor;
                    }
                    for (s, bound) in below.iter().enumerate().take(*steps as usize) {
                        // base + inc x s must be above the grade below at step s.
                        let need = *bound + unit - Money::new(inc.amount() * Decimal::from(s));
                        if b < need {
                            b = need;
                            lift[0] = Lift::Rising;
                        }
                    }
                    let new = GradePay::Linear {
                        base: b,
                        increment: inc,
                        steps: *steps,
                    };
                    (new, lift)
                }
            };
            below = new.cells();
            grades.push(new);
            lifts.push(lift);
        }
        (Ladder { grades }, lifts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::propose::RaiseMode;
    use rust_decimal_macros::dec;

    fn m(v: i64) -> Money {
        Money::from(v)
    }

    fn uniform(f: Decimal) -> Raise {
        Raise::new(RaiseMode::Uniform, f, Decimal::ZERO)
    }

    #[test]
    fn rounds_each_cell_half_up_to_the_unit() {
        let l = Ladder {
            grades: vec![GradePay::Table(vec![m(2600), m(2680), m(2760)])],
        };
        // x 1.08: 2808 -> 2810, 2894.4 -> 2890, 2980.8 -> 2980.
        let (new, lifts) = l.raised(&uniform(dec!(0.08)), m(10), &[]);
        assert_eq!(new.cells(), vec![vec![m(2810), m(2890), m(2980)]]);
        assert_eq!(lifts[0], vec![Lift::None; 3]);
        // 2500 x 1.122 = 2805 is a tie at 10: half up -> 2810.
        let tie = Ladder {
            grades: vec![GradePay::Table(vec![m(2500)])],
        };
        let (new, _) = tie.raised(&uniform(dec!(0.122)), m(10), &[]);
        assert_eq!(new.cells()[0][0], m(2810));
    }

    #[test]
    fn floors_round_up_and_rising_is_kept() {
        let l = Ladder {
            grades: vec![
                GradePay::Table(vec![m(2400), m(2405)]),
                GradePay::Linear {
                    base: m(2410),
                    increment: m(2),
                    steps: 2,
                },
            ],
        };
        // Floor 2491 rounds up to 2500; 2405 -> 2410 is lifted to the floor, then
        // above step 1: 2510. The linear grade's increment 2 rounds to 0 and is
        // lifted to one unit (10); its base is lifted to the floor (2500), then
        // above the grade below at step 1 (2510); step 2 = 2520 > 2510.
        let (new, lifts) = l.raised(&uniform(dec!(0)), m(10), &[Some(m(2491)), Some(m(2491))]);
        assert_eq!(
            new.cells(),
            vec![vec![m(2500), m(2510)], vec![m(2510), m(2520)]]
        );
        assert_eq!(lifts[0], vec![Lift::Floor, Lift::Rising]);
        assert_eq!(lifts[1], vec![Lift::Rising, Lift::Rising]);
        assert!(new.is_rising());
        let flat = Ladder {
            grades: vec![GradePay::Table(vec![m(2400), m(2400)])],
        };
        assert!(!flat.is_rising());
        let crossing = Ladder {
            grades: vec![
                GradePay::Table(vec![m(2400), m(2500)]),
                GradePay::Table(vec![m(2450), m(2500)]),
            ],
        };
        assert!(!crossing.is_rising());
    }

    #[test]
    fn linear_grades_keep_their_form() {
        let l = Ladder {
            grades: vec![GradePay::Linear {
                base: m(2400),
                increment: m(50),
                steps: 5,
            }],
        };
        let r = Raise::new(RaiseMode::LiftLow, dec!(0.1), dec!(3000));
        // base 2400 x 1.05 + 150 = 2670; increment 50 x 1.05 = 52.5 -> 50 at unit 10.
        let (new, _) = l.raised(&r, m(10), &[]);
        assert_eq!(
            new.grades[0],
            GradePay::Linear {
                base: m(2670),
                increment: m(50),
                steps: 5
            }
        );
        // At unit 1: 52.5 -> 53 (half up).
        let (new, _) = l.raised(&r, m(1), &[]);
        assert_eq!(
            new.grades[0],
            GradePay::Linear {
                base: m(2670),
                increment: m(53),
                steps: 5
            }
        );
    }
}
