//! Industry floors: an enterprise contract in an industry may not pay a grade
//! below the minimum the industry agreement sets for it (浙江省集体合同条例 Art 27).
//! Equal to the floor is allowed.

use crate::check::{Context, Figures, Finding, Report, Severity, Subject};

pub fn check(ctx: &Context, report: &mut Report) {
    let Some(industry) = ctx.schedule.meta.industry.as_deref() else {
        report.note("industry floors: the schedule names no industry ([schedule] industry)");
        return;
    };
    if !ctx
        .standards
        .industry_floors
        .iter()
        .any(|f| f.covers(industry))
    {
        report.note(format!(
            "industry floors: the standards have none for industry '{industry}'"
        ));
        return;
    }
    for &period in &ctx.contract_periods {
        let on = period.last_day();
        let Some(floor) = ctx.standards.industry_floor(industry, on) else {
            report.note(format!(
                "industry floors: none in force for '{industry}' on {on}"
            ));
            continue;
        };
        if !floor
            .floors
            .keys()
            .any(|name| ctx.schedule.grade_index(name).is_some())
        {
            report.note(format!(
                "industry floors: the floor of '{}' names none of the schedule's grades",
                floor.industry
            ));
            continue;
        }
        for (name, _) in &floor.floors.0 {
            let Some(minimum) = floor.floor(name) else {
                continue;
            };
            let Some(index) = ctx.schedule.grade_index(name) else {
                report.push(
                    Finding::new(
                        "industry-floor-grade",
                        Severity::Warning,
                        floor.basis.clone(),
                        Subject::Grade { grade: name.clone() },
                        format!(
                            "the industry floor ({}) sets {} for grade '{name}', which the schedule does not have",
                            floor.industry,
                            minimum.grouped()
                        ),
                        format!("add grade '{name}', or name it as an alias of the schedule's grade that matches it"),
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
                        format!(
                            "agreed pay {} is below the industry floor {} for {name} ({}, from {})",
                            pay.grouped(),
                            minimum.grouped(),
                            floor.industry,
                            floor.effective
                        ),
                        format!(
                            "raise {} step {step} by {} to {}",
                            grade.name,
                            raise.grouped(),
                            minimum.grouped()
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
