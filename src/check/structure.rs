//! The pay structure: overtime multipliers not below the law (劳动法 Art 44) and
//! the standard hours behind the hourly rate (劳社部发〔2008〕3号); and, when the
//! standards give structure rules, pay rising with grade and step, the gap
//! between grades, the top-to-bottom ratio and the skill-linked share of pay.

use rust_decimal::Decimal;

use crate::check::{Context, Figures, Finding, Report, Severity, Subject};
use crate::fen_sum::FenSum;
use crate::i18n::Arg;
use crate::said;
use crate::schedule::{Category, Overtime};
use crate::Money;

/// 劳动法 Art 44: at least 150% / 200% / 300%.
pub fn check_overtime(ctx: &Context, report: &mut Report) {
    let ot = &ctx.schedule.overtime;
    let names = ["weekday", "restday", "holiday"];
    let days = ["weekday", "restday", "holiday"];
    for (((name, day), agreed), legal) in names
        .iter()
        .zip(days)
        .zip(ot.multipliers())
        .zip(Overtime::legal_minimum())
    {
        if agreed >= legal {
            continue;
        }
        report.push(
            Finding::new(
                "overtime-multiplier",
                Severity::Error,
                "劳动法 Art 44",
                Subject::Contract,
                said!(
                    "check-overtime-multiplier",
                    day = day,
                    agreed = Arg::display(agreed.normalize()),
                    legal = Arg::display(legal.normalize())
                ),
                said!(
                    "check-overtime-multiplier-remedy",
                    name = *name,
                    legal = Arg::display(legal.normalize())
                ),
            )
            .figures(
                Figures::default()
                    .with("multiplier", agreed.normalize())
                    .with("legal_minimum", legal.normalize()),
            ),
        );
    }
    let legal_hours = Decimal::new(174, 0);
    if ot.standard_hours > legal_hours {
        report.push(
            Finding::new(
                "overtime-standard-hours",
                Severity::Warning,
                "劳社部发〔2008〕3号",
                Subject::Contract,
                said!(
                    "check-overtime-standard-hours",
                    hours = Arg::display(ot.standard_hours.normalize())
                ),
                said!("check-overtime-standard-hours-remedy"),
            )
            .figures(
                Figures::default()
                    .with("standard_hours", ot.standard_hours.normalize())
                    .with("national", 174),
            ),
        );
    }
}

/// Structure rules on the pay table itself.
pub fn check_pay_table(ctx: &Context, report: &mut Report) {
    let Some(rules) = &ctx.standards.structure else {
        report.note(crate::t!("check-note-structure-none"));
        return;
    };
    let grades = &ctx.schedule.grades;
    let basis = rules.source.as_str();
    if rules.monotone {
        for grade in grades {
            for (i, pair) in grade.pay.windows(2).enumerate() {
                if pair[1] >= pair[0] {
                    continue;
                }
                let step = i as u32 + 2;
                let raise = pair[0] - pair[1];
                report.push(
                    Finding::new(
                        "structure-monotone",
                        Severity::Error,
                        basis,
                        Subject::Step {
                            grade: grade.name.clone(),
                            step,
                        },
                        said!(
                            "check-structure-step-falls",
                            from = pair[0].grouped(),
                            before = step - 1,
                            to = pair[1].grouped(),
                            step = step
                        ),
                        said!(
                            "check-raise-step",
                            grade = grade.name.as_str(),
                            step = step,
                            by = raise.grouped(),
                            to = pair[0].grouped()
                        ),
                    )
                    .figures(
                        Figures::default()
                            .with("pay", pair[1])
                            .with("previous_step", pair[0]),
                    )
                    .shortfall(raise),
                );
            }
        }
        for pair in grades.windows(2) {
            let (below, above) = (pair[0].pay[0], pair[1].pay[0]);
            if above >= below {
                continue;
            }
            let raise = below - above;
            report.push(
                Finding::new(
                    "structure-monotone",
                    Severity::Error,
                    basis,
                    Subject::Step {
                        grade: pair[1].name.clone(),
                        step: 1,
                    },
                    said!(
                        "check-structure-grade-falls",
                        grade = pair[1].name.as_str(),
                        pay = above.grouped(),
                        below = pair[0].name.as_str(),
                        below_pay = below.grouped()
                    ),
                    said!(
                        "check-raise-step",
                        grade = pair[1].name.as_str(),
                        step = 1u32,
                        by = raise.grouped(),
                        to = below.grouped()
                    ),
                )
                .figures(
                    Figures::default()
                        .with("pay", above)
                        .with("grade_below", below),
                )
                .shortfall(raise),
            );
        }
    }
    if let Some(gap) = rules.min_grade_gap {
        for pair in grades.windows(2) {
            let (below, above) = (pair[0].pay[0], pair[1].pay[0]);
            let required = below.amount() * (Decimal::ONE + gap.fraction());
            if above.amount() >= required {
                continue;
            }
            let required = ctx.at_least(required);
            let raise = required - above;
            report.push(
                Finding::new(
                    "structure-grade-gap",
                    Severity::Warning,
                    basis,
                    Subject::Step {
                        grade: pair[1].name.clone(),
                        step: 1,
                    },
                    said!(
                        "check-structure-grade-gap",
                        grade = pair[1].name.as_str(),
                        pay = above.grouped(),
                        gap = Arg::display(gap),
                        below = pair[0].name.as_str(),
                        below_pay = below.grouped()
                    ),
                    said!(
                        "check-raise-step",
                        grade = pair[1].name.as_str(),
                        step = 1u32,
                        by = raise.grouped(),
                        to = required.grouped()
                    ),
                )
                .figures(
                    Figures::default()
                        .with("pay", above)
                        .with("grade_below", below)
                        .with("min_gap", gap),
                )
                .shortfall(raise),
            );
        }
    }
    if let (Some(ratio), Some(bottom_grade), Some(top_grade)) =
        (rules.max_top_bottom_ratio, grades.first(), grades.last())
    {
        let bottom = bottom_grade.pay[0];
        let top = top_grade.pay.iter().copied().max().unwrap_or(Money::ZERO);
        let ceiling = bottom.amount() * ratio;
        if top.amount() > ceiling {
            let needed = ctx.at_least(top.amount() / ratio);
            report.push(
                Finding::new(
                    "structure-top-bottom",
                    Severity::Warning,
                    basis,
                    Subject::Contract,
                    said!(
                        "check-structure-top-bottom",
                        top_grade = top_grade.name.as_str(),
                        top = top.grouped(),
                        ratio = Arg::display(ratio.normalize()),
                        bottom_grade = bottom_grade.name.as_str(),
                        bottom = bottom.grouped()
                    ),
                    said!(
                        "check-structure-top-bottom-remedy",
                        grade = bottom_grade.name.as_str(),
                        by = (needed - bottom).grouped(),
                        to = needed.grouped()
                    ),
                )
                .figures(
                    Figures::default()
                        .with("top", top)
                        .with("bottom", bottom)
                        .with("max_ratio", ratio.normalize()),
                )
                .shortfall(needed - bottom),
            );
        }
    }
}

/// The share of gross pay that is skill-linked (the six categories of
/// allowances of domain.md section 2, not 其他), over the roster.
pub fn check_skill_share(ctx: &Context, report: &mut Report) {
    let mut tally = SkillShare::default();
    tally.add(ctx);
    tally.finish(ctx, report);
}

/// Skill-linked and gross pay over a roster that may come in parts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SkillShare {
    skill: Money,
    gross: Money,
}

impl SkillShare {
    /// Adds the context's pay sheets.
    pub fn add(&mut self, ctx: &Context) {
        let linked: Vec<usize> = ctx
            .schedule
            .allowances
            .iter()
            .enumerate()
            .filter(|(_, a)| a.category != Category::Other)
            .map(|(i, _)| i + 1)
            .collect();
        // In fen, ending as adding each amount to the running sum would.
        let (mut skill, mut gross) = (FenSum::default(), FenSum::default());
        for sheet in ctx.sheets {
            gross.add(sheet.gross);
            for &i in &linked {
                skill.add(sheet.components.get(i).copied().unwrap_or(Money::ZERO));
            }
        }
        self.gross += gross.total();
        self.skill += skill.total();
    }

    /// Adds the pay of another part of the roster.
    pub fn merge(&mut self, other: &SkillShare) {
        self.skill += other.skill;
        self.gross += other.gross;
    }

    /// The share against the standards' minimum.
    pub fn finish(&self, ctx: &Context, report: &mut Report) {
        skill_share(ctx, self.skill, self.gross, report);
    }
}

fn skill_share(ctx: &Context, skill: Money, gross: Money, report: &mut Report) {
    let Some(share) = ctx
        .standards
        .structure
        .as_ref()
        .and_then(|r| r.min_skill_share)
    else {
        return;
    };
    let basis = ctx
        .standards
        .structure
        .as_ref()
        .map_or("", |r| r.source.as_str());
    if gross.amount() <= Decimal::ZERO {
        return;
    }
    let s = share.fraction();
    if skill.amount() >= gross.amount() * s {
        return;
    }
    // (skill + x) / (gross + x) >= s  <=>  x >= (s * gross - skill) / (1 - s)
    let more = if s < Decimal::ONE {
        ctx.at_least((s * gross.amount() - skill.amount()) / (Decimal::ONE - s))
    } else {
        Money::ZERO
    };
    let actual = skill.amount() / gross.amount();
    report.push(
        Finding::new(
            "structure-skill-share",
            Severity::Warning,
            basis,
            Subject::Contract,
            said!(
                "check-structure-skill-share",
                skill = skill.grouped(),
                gross = gross.grouped(),
                actual = ctx.percent(actual),
                share = Arg::display(share)
            ),
            said!(
                "check-structure-skill-share-remedy",
                more = more.grouped(),
                share = Arg::display(share)
            ),
        )
        .period(ctx.period)
        .figures(
            Figures::default()
                .with("skill_linked", skill)
                .with("gross", gross)
                .with("share", ctx.percent(actual))
                .with("min_share", share),
        )
        .shortfall(more),
    );
}
