//! The charts of the comparison's HTML page, as inline SVG: pay by grade in each
//! scenario, the distribution, the cost change and the growth against the
//! guideline's lines.

use rust_decimal::Decimal;

use crate::compare::svg::{self, Bar, Group, Rule};
use crate::compare::text::{pct, signed_money};
use crate::compare::{Comparison, Percentage};
use crate::i18n::t;
use crate::{t, Money};

pub(super) fn grade_chart(c: &Comparison) -> String {
    let groups: Vec<Group> = c
        .grades
        .iter()
        .filter(|g| g.headcount > 0)
        .map(|g| Group {
            label: t!(
                "compare-html-group",
                grade = &g.grade,
                headcount = g.headcount
            ),
            bars: g
                .average
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let a = a.unwrap_or_default();
                    let growth = i
                        .checked_sub(1)
                        .map(|k| format!(" {}", pct(g.growth[k])))
                        .unwrap_or_default();
                    Bar {
                        series: i,
                        value: a.amount(),
                        text: format!("{}{growth}", a.grouped()),
                    }
                })
                .collect(),
        })
        .collect();
    svg::hbars(&t!("compare-chart-grades"), &groups, &[], &money_tick)
}

pub(super) fn distribution_chart(c: &Comparison) -> String {
    // The counts themselves, not a copy: a region has a distinct value a fen.
    let series: Vec<&crate::distribution::Distribution> = c.distributions.iter().collect();
    let marker = c.threshold.map(|m| {
        (
            t!("compare-html-threshold", amount = m.grouped()),
            m.amount(),
        )
    });
    svg::histogram(
        &t!("compare-html-distribution"),
        &series,
        marker,
        [
            &t!("compare-html-axis-pay"),
            &t!("compare-html-axis-workers"),
        ],
        &money_tick,
    )
}

pub(super) fn cost_chart(c: &Comparison) -> String {
    let base = &c.scenarios[0].bill;
    let groups: Vec<Group> = c
        .offers
        .iter()
        .enumerate()
        .map(|(k, o)| {
            let mut bars = vec![Bar {
                series: k + 1,
                value: o.annual_change.amount(),
                text: t!(
                    "compare-html-bar-bill",
                    change = signed_money(o.annual_change),
                    percent = pct(Percentage::change(
                        base.annual,
                        base.annual + o.annual_change
                    ))
                ),
            }];
            if let (Some(change), Some(before)) = (o.employer_annual_change, base.employer_annual) {
                bars.push(Bar {
                    series: k + 1,
                    value: change.amount(),
                    text: t!(
                        "compare-html-bar-employer",
                        change = signed_money(change),
                        percent = pct(Percentage::change(before, before + change))
                    ),
                });
            }
            Group {
                label: o.label.clone(),
                bars,
            }
        })
        .collect();
    svg::hbars(&t!("compare-html-chart-cost"), &groups, &[], &money_tick)
}

pub(super) fn growth_chart(c: &Comparison) -> String {
    let groups: Vec<Group> = c
        .offers
        .iter()
        .enumerate()
        .map(|(k, o)| {
            let row = |id: &str, g: Option<Percentage>| Bar {
                series: k + 1,
                value: g.map_or(Decimal::ZERO, |g| g.percent(2)),
                text: format!("{} {}", t(id), pct(g)),
            };
            Group {
                label: o.label.clone(),
                bars: vec![
                    row("compare-html-bar-average", o.average_growth),
                    row("compare-html-bar-bottom-40", o.bottom_40_growth),
                    row("compare-html-bar-top-20", o.top_20_growth),
                ],
            }
        })
        .collect();
    let rules: Vec<Rule> = c
        .guideline
        .iter()
        .flat_map(|g| g.lines())
        .map(|(name, p)| Rule {
            label: format!("{name} {p}"),
            value: p.percent(2),
        })
        .collect();
    svg::hbars(&t!("compare-html-chart-growth"), &groups, &rules, &|d| {
        format!("{}%", d.normalize())
    })
}

/// Axis labels for money: whole yuan with thousands separators.
fn money_tick(d: Decimal) -> String {
    let grouped = Money::new(d).grouped();
    grouped
        .strip_suffix(".00")
        .map_or(grouped.clone(), str::to_string)
}
