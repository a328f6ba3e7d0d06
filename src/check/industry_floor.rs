//! Industry floors: an enterprise contract in an industry may not pay a grade
//! below the minimum the industry agreement sets for it (浙江省集体合同条例 Art 27).
//! Equal to the floor is allowed.

use crate::check::{Context, Figures, Finding, Report, Severity, Subject};
use crate::i18n::Arg;
use crate::said;
use crate::standards::IndustryFloor;
use crate::{Money, Schedule};

/// One grade of an industry floor, matched to the schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchedFloor<'f> {
    /// The grade as the floor names it.
    pub name: &'f str,
    /// The schedule's grade it names (by name or alias), if the schedule has it.
    pub grade: Option<usize>,
    /// The minimum monthly grade pay (浙江省集体合同条例 Art 27).
    pub minimum: Money,
}

/// The grades an industry floor sets, in its order, each matched to the
/// schedule's grade by name or alias.
pub fn matched_floors<'f>(schedule: &Schedule, floor: &'f IndustryFloor) -> Vec<MatchedFloor<'f>> {
    floor
        .floors
        .0
        .iter()
        .filter_map(|(name, _)| {
            floor.floor(name).map(|minimum| MatchedFloor {
                name,
                grade: schedule.grade_index(name),
                minimum,
            })
        })
        .collect()
}

pub fn check(ctx: &Context, report: &mut Report) {
    let Some(industry) = ctx.schedule.meta.industry.as_deref() else {
        report.note(crate::t!("check-note-industry-none"));
        return;
    };
    if !ctx
        .standards
        .industry_floors
        .iter()
        .any(|f| f.covers(industry))
    {
        report.note(crate::t!(
            "check-note-industry-unknown",
            industry = industry
        ));
        return;
    }
    for &period in &ctx.contract_periods {
        let on = period.last_day();
        let Some(floor) = ctx.standards.industry_floor(industry, on) else {
            report.note(crate::t!(
                "check-note-industry-not-in-force",
                industry = industry,
                on = on.to_string()
            ));
            continue;
        };
        let matched = matched_floors(ctx.schedule, floor);
        if matched.iter().all(|m| m.grade.is_none()) {
            report.note(crate::t!(
                "check-note-industry-no-grades",
                industry = &floor.industry
            ));
            continue;
        }
        for MatchedFloor {
            name,
            grade,
            minimum,
        } in matched
        {
            let Some(index) = grade else {
                report.push(
                    Finding::new(
                        "industry-floor-grade",
                        Severity::Warning,
                        floor.basis.clone(),
                        Subject::Grade {
                            grade: name.to_string(),
                        },
                        said!(
                            "check-industry-floor-grade",
                            industry = floor.industry.as_str(),
                            minimum = minimum.grouped(),
                            name = name
                        ),
                        said!("check-industry-floor-grade-remedy", name = name),
                    )
                    .period(period),
                );
                continue;
            };
            let grade = &ctx.schedule.grades[index];
            for (i, &pay) in grade.pay.iter().enumerate() {
                if pay >= minimum {
                    continue;
                }
                let step = i as u32 + 1;
                let raise = minimum - pay;
                report.push(
                    Finding::new(
                        "industry-floor",
                        Severity::Error,
                        floor.basis.clone(),
                        Subject::Step {
                            grade: grade.name.clone(),
                            step,
                        },
                        said!(
                            "check-industry-floor",
                            pay = pay.grouped(),
                            minimum = minimum.grouped(),
                            name = name,
                            industry = floor.industry.as_str(),
                            from = Arg::display(floor.effective)
                        ),
                        said!(
                            "check-raise-step",
                            grade = grade.name.as_str(),
                            step = step,
                            by = raise.grouped(),
                            to = minimum.grouped()
                        ),
                    )
                    .period(period)
                    .figures(
                        Figures::default()
                            .with("agreed_pay", pay)
                            .with("industry_floor", minimum)
                            .with("industry", &floor.industry),
                    )
                    .shortfall(raise),
                );
            }
        }
    }
}
