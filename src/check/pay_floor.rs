//! `PayFloors`: the lowest grade pay the contract checks accept, grade by grade:
//! at least the industry floor (浙江省集体合同条例 Art 27) and, where the
//! minimum-wage standard says so, strictly above the minimum wage (浙江省集体合同条例
//! Art 5). Built from the same pieces as those checks, so a schedule whose grade
//! pay is at or above these floors passes them; `nengji propose` lifts its
//! proposal to them.

use crate::check::industry_floor::matched_floors;
use crate::check::minimums::minimum_in_force;
use crate::check::Context;
use crate::Money;

/// One grade's floor and the rule that sets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeFloor {
    /// The lowest grade pay allowed at every step.
    pub amount: Money,
    /// The rule, for reports: `浙江省集体合同条例 Art 27`.
    pub basis: String,
    /// What the figure is, in words: `the industry floor of 温岭市泵与电机行业
    /// from 2026-01-01`.
    pub what: String,
}

/// The floors of a schedule's grades under a set of standards.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PayFloors {
    /// Per grade of the schedule, lowest first: the highest floor over the
    /// context's contract periods, or `None` when nothing sets one.
    pub grades: Vec<Option<GradeFloor>>,
    /// What could not be resolved (no tier, no floor in force ...), one line each.
    pub notes: Vec<String>,
}

impl PayFloors {
    fn raise(&mut self, grade: usize, floor: GradeFloor) {
        if let Some(slot) = self.grades.get_mut(grade) {
            if slot.as_ref().is_none_or(|old| floor.amount > old.amount) {
                *slot = Some(floor);
            }
        }
    }

    fn note(&mut self, note: String) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }
}

/// The floors of the context's schedule at each of its contract periods (the
/// standard in force on the last day of each period, as the checks read it).
pub fn pay_floors(ctx: &Context) -> PayFloors {
    let schedule = ctx.schedule;
    let region = schedule.meta.region.as_str();
    let mut floors = PayFloors {
        grades: vec![None; schedule.grades.len()],
        notes: Vec::new(),
    };
    for &period in &ctx.contract_periods {
        let on = period.last_day();

        // 浙江省集体合同条例 Art 5: every agreed pay standard strictly above the
        // minimum wage, where the standard in force carries the rule.
        match ctx.standards.minimum_wage(region, on) {
            None => floors.note(crate::t!(
                "check-note-minimum-no-standard",
                region = region,
                on = on.to_string()
            )),
            Some(standard) if standard.agreed_pay_above.is_none() => floors.note(crate::t!(
                "check-note-minimum-no-agreed-rule",
                standard = standard.label().to_string()
            )),
            Some(_) => match minimum_in_force(ctx.standards, region, on) {
                Err(missing) => floors.note(crate::t!(
                    "check-note-minimum-missing",
                    missing = missing.describe(region, on)
                )),
                Ok(min) => {
                    if let (Some(rule), Some(lowest)) = (
                        min.standard.agreed_pay_above.as_deref(),
                        min.lowest_agreed_pay(ctx.unit()),
                    ) {
                        for g in 0..schedule.grades.len() {
                            floors.raise(
                                g,
                                GradeFloor {
                                    amount: lowest,
                                    basis: rule.to_string(),
                                    what: format!(
                                        "strictly above the minimum wage {} ({}, region {region})",
                                        min.monthly.grouped(),
                                        min.label()
                                    ),
                                },
                            );
                        }
                    }
                }
            },
        }

        // 浙江省集体合同条例 Art 27: no grade below the industry agreement's floor
        // for it (equal passes).
        let Some(industry) = schedule.meta.industry.as_deref() else {
            floors.note(crate::t!("check-note-industry-none"));
            continue;
        };
        let Some(floor) = ctx.standards.industry_floor(industry, on) else {
            let covered = ctx
                .standards
                .industry_floors
                .iter()
                .any(|f| f.covers(industry));
            floors.note(if covered {
                crate::t!(
                    "check-note-industry-not-in-force",
                    industry = industry,
                    on = on.to_string()
                )
            } else {
                crate::t!("check-note-industry-unknown", industry = industry)
            });
            continue;
        };
        let matched = matched_floors(schedule, floor);
        if matched.iter().all(|m| m.grade.is_none()) {
            floors.note(crate::t!(
                "check-note-industry-no-grades",
                industry = &floor.industry
            ));
            continue;
        }
        for m in matched {
            match m.grade {
                Some(g) => floors.raise(
                    g,
                    GradeFloor {
                        amount: m.minimum,
                        basis: floor.basis.clone(),
                        what: format!(
                            "the industry floor of {} from {}",
                            floor.industry, floor.effective
                        ),
                    },
                ),
                None => floors.note(crate::t!(
                    "check-note-industry-grade-missing",
                    industry = &floor.industry,
                    minimum = m.minimum.grouped(),
                    grade = m.name
                )),
            }
        }
    }
    floors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::standards::Standards;
    use crate::{Period, Schedule};

    const TIER: &str =
        "[[region_tier]]\ncode = \"331081\"\ntier = 1\nsince = 2021-08-01\nsource = \"test\"\n";
    const FLOOR: &str = "[[industry_floor]]\nindustry = \"温岭市泵与电机行业\"\naliases = [\"泵与电机制造\"]\neffective = 2024-01-01\nsource = \"test\"\nbasis = \"浙江省集体合同条例 Art 27\"\nfloors = { \"学徒工\" = \"2400\", \"初级\" = \"2900\", \"技师\" = \"5000\" }\n";

    fn schedule(industry: &str, effective: &str, expires: &str) -> Schedule {
        let text = format!(
            "[schedule]\ntitle = \"t\"\nscope = \"enterprise\"\nemployer = \"甲\"\nunion = \"乙\"\nregion = \"331081\"\n{industry}\neffective = {effective}\nexpires = {expires}\n\n\
             [[grade]]\nname = \"学徒工\"\npay = [\"2300\", \"2400\"]\n\
             [[grade]]\nname = \"初级工\"\naliases = [\"初级\"]\npay = [\"2800\"]\n\
             [[grade]]\nname = \"高级工\"\npay = [\"3500\"]\n"
        );
        Schedule::parse("s.toml", &text).unwrap()
    }

    fn standards(extra: &str) -> Standards {
        let mut s = Standards::builtin("zhejiang").unwrap().unwrap();
        s.combine(Standards::parse("local.toml", extra).unwrap())
            .unwrap();
        s
    }

    fn floors(schedule: &Schedule, standards: &Standards) -> PayFloors {
        let periods = Context::term_periods(schedule, standards);
        let ctx = Context::new(schedule, standards, Period::of(schedule.meta.effective))
            .at_periods(periods);
        pay_floors(&ctx)
    }

    fn amounts(f: &PayFloors) -> Vec<Option<Money>> {
        f.grades
            .iter()
            .map(|g| g.as_ref().map(|g| g.amount))
            .collect()
    }

    fn money(s: &str) -> Money {
        s.parse().unwrap()
    }

    #[test]
    fn the_higher_of_the_industry_floor_and_one_fen_above_the_minimum() {
        let s = schedule("industry = \"泵与电机制造\"", "2026-01-01", "2026-12-31");
        let f = floors(&s, &standards(&format!("{TIER}\n{FLOOR}")));
        // Tier 1 in 2026: 2,490.00, so Art 5 asks for 2,490.01 at least, above the
        // 学徒工 floor of 2,400; 初级工 is matched by its alias; 技师 is not in the
        // schedule.
        assert_eq!(
            amounts(&f),
            vec![
                Some(money("2490.01")),
                Some(money("2900")),
                Some(money("2490.01"))
            ]
        );
        let apprentice = f.grades[0].as_ref().unwrap();
        assert_eq!(apprentice.basis, "浙江省集体合同条例 Art 5");
        assert!(apprentice.what.contains("2,490.00"), "{}", apprentice.what);
        assert_eq!(
            f.grades[1].as_ref().unwrap().basis,
            "浙江省集体合同条例 Art 27"
        );
        assert_eq!(f.notes.len(), 1, "{:?}", f.notes);
        assert!(f.notes[0].contains("'技师'"), "{:?}", f.notes);
    }

    #[test]
    fn a_term_across_a_change_takes_the_later_minimum() {
        // 2023-07 to 2024-06: checked under the 2021 (2,280) and 2024 (2,490)
        // standards; the floor is the higher.
        let s = schedule("", "2023-07-01", "2024-06-30");
        let f = floors(&s, &standards(TIER));
        assert_eq!(amounts(&f), vec![Some(money("2490.01")); 3]);
        assert!(f.notes.iter().any(|n| n.contains("names no industry")));
    }

    #[test]
    fn nothing_is_filled_in_without_a_tier() {
        let s = schedule("industry = \"泵与电机制造\"", "2026-01-01", "2026-12-31");
        let f = floors(&s, &standards(FLOOR));
        assert_eq!(
            amounts(&f),
            vec![Some(money("2400")), Some(money("2900")), None]
        );
        assert!(
            f.notes
                .iter()
                .any(|n| n.contains("no minimum-wage tier is known for region 331081")),
            "{:?}",
            f.notes
        );
    }
}
