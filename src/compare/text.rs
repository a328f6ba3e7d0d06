//! The comparison as text for people at the table: the figures side by side, then
//! compact bar charts (wage bill, pay by grade, growth by fifth of the roster).

use std::io::{self, Write};

use comfy_table::{presets, CellAlignment, Table};
use rust_decimal::Decimal;

use crate::compare::bars::bar;
use crate::compare::{Comparison, OfferChange, Percentage};
use crate::i18n::t;
use crate::{t, Money};

/// Width of the longest bar, in character cells.
const BAR_WIDTH: u32 = 32;

/// Writes the whole comparison.
pub fn write_text<W: Write>(c: &Comparison, out: &mut W) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        t!(
            "compare-title",
            period = c.period.to_string(),
            headcount = c.headcount
        )
    )?;
    for (i, s) in c.scenarios.iter().enumerate() {
        let role = t!(if i == 0 {
            "compare-role-base"
        } else {
            "compare-role-offer"
        });
        if s.label == s.title {
            writeln!(out, "  {role} {}", s.label)?;
        } else {
            writeln!(out, "  {role} {}: {}", s.label, s.title)?;
        }
    }
    for line in [c.threshold_line(), c.guideline_line()]
        .into_iter()
        .flatten()
    {
        writeln!(out, "  {line}")?;
    }
    writeln!(out)?;
    writeln!(out, "{}", summary_table(c))?;
    writeln!(out)?;
    if !c.term_costs.is_empty() {
        writeln!(out, "{}", t!("pay-term-heading"))?;
        for cost in &c.term_costs {
            for (i, line) in cost.lines().iter().enumerate() {
                writeln!(out, "{}{line}", if i == 0 { "  " } else { "    " })?;
            }
        }
        writeln!(out)?;
    }
    writeln!(out, "{}", t!("compare-cells-heading"))?;
    writeln!(out, "{}", cell_table(c))?;
    charts(c, out)?;
    losses(c, out)?;
    notes(c, out)
}

fn table(header: Vec<String>, right_from: usize) -> Table {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED);
    let columns = header.len();
    t.set_header(header);
    for i in right_from..columns {
        if let Some(col) = t.column_mut(i) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

pub(crate) fn pct(p: Option<Percentage>) -> String {
    p.map_or_else(|| "-".to_string(), Percentage::signed)
}

pub(crate) fn signed_money(m: Money) -> String {
    if m > Money::ZERO {
        format!("+{}", m.grouped())
    } else {
        m.grouped()
    }
}

pub(crate) fn ratio(d: Option<Decimal>) -> String {
    d.map_or_else(|| "-".to_string(), |d| format!("{d:.4}"))
}

fn summary_table(c: &Comparison) -> Table {
    let mut header = vec![String::new()];
    header.extend(c.scenarios.iter().map(|s| s.label.clone()));
    let mut t = table(header, 1);
    for (label, cells) in summary_rows(c) {
        let mut r = vec![label];
        r.extend(cells);
        t.add_row(r);
    }
    t
}

/// The summary as rows: a label, then one cell per scenario (base first).
pub(crate) fn summary_rows(c: &Comparison) -> Vec<(String, Vec<String>)> {
    let s = &c.scenarios;
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    // A row with a value for every scenario.
    let mut all = |label: String, f: &dyn Fn(usize) -> String| {
        rows.push((label, (0..s.len()).map(f).collect()));
    };
    let change = || format!("  {}", t!("compare-row-change"));
    all(t!("compare-row-monthly"), &|i| s[i].bill.monthly.grouped());
    all(change(), &|i| {
        offer_cell(c, i, |o| signed_money(o.monthly_change))
    });
    all(t!("compare-row-annual"), &|i| s[i].bill.annual.grouped());
    all(change(), &|i| {
        offer_cell(c, i, |o| signed_money(o.annual_change))
    });
    if let Some(rate) = c.on_cost {
        all(
            t!(
                "compare-row-employer",
                rate = rate.percent(4).normalize().to_string()
            ),
            &|i| {
                s[i].bill
                    .employer_annual
                    .map_or_else(String::new, Money::grouped)
            },
        );
        all(change(), &|i| {
            offer_cell(c, i, |o| {
                o.employer_annual_change
                    .map_or_else(String::new, signed_money)
            })
        });
    }
    all(t!("compare-row-average"), &|i| s[i].average.grouped());
    all(t!("compare-row-average-growth"), &|i| {
        offer_cell(c, i, |o| pct(o.average_growth))
    });
    if c.guideline.is_some() {
        all(t!("compare-row-guideline"), &|i| {
            offer_cell(c, i, |o| {
                o.guideline
                    .map_or_else(|| "-".to_string(), |g| g.describe())
            })
        });
    }
    all(t!("compare-row-movers"), &|i| {
        offer_cell(c, i, |o| {
            format!("{} / {} / {}", o.gainers, o.losers, o.unchanged)
        })
    });
    all("P10".to_string(), &|i| s[i].spread.p10.grouped());
    all(t!("compare-row-p50"), &|i| s[i].spread.p50.grouped());
    all("P90".to_string(), &|i| s[i].spread.p90.grouped());
    all("P90/P10".to_string(), &|i| ratio(s[i].spread.p90_p10));
    all(t!("compare-row-gini"), &|i| ratio(s[i].spread.gini));
    if let Some(t) = c.threshold {
        all(t!("compare-row-below", amount = t.grouped()), &|i| {
            s[i].spread
                .below
                .map_or_else(String::new, |b| format!("{} ({})", b.count, b.share))
        });
    }
    all(t!("compare-row-bottom-40"), &|i| {
        offer_cell(c, i, |o| pct(o.bottom_40_growth))
    });
    all(t!("compare-row-top-20"), &|i| {
        offer_cell(c, i, |o| pct(o.top_20_growth))
    });
    all(t!("compare-row-lifts-low"), &|i| {
        offer_cell(c, i, |o| yes_no(o.lifts_low))
    });
    rows
}

/// An offer's figure in scenario column `i`; empty for the base (column 0).
fn offer_cell(c: &Comparison, i: usize, f: impl Fn(&OfferChange) -> String) -> String {
    i.checked_sub(1)
        .and_then(|k| c.offers.get(k))
        .map(f)
        .unwrap_or_default()
}

pub(crate) fn yes_no(b: Option<bool>) -> String {
    match b {
        Some(true) => t!("compare-yes"),
        Some(false) => t!("compare-no"),
        None => "-".to_string(),
    }
}

fn cell_table(c: &Comparison) -> Table {
    let mut header: Vec<String> = [
        "compare-col-grade",
        "compare-col-step",
        "compare-col-headcount",
    ]
    .map(t)
    .to_vec();
    header.push(c.scenarios[0].label.clone());
    for s in &c.scenarios[1..] {
        header.push(s.label.clone());
        header.push(t("compare-col-change"));
        header.push("%".to_string());
    }
    let mut t = table(header, 1);
    let cell = |m: Option<Money>| m.map_or_else(|| "-".to_string(), Money::grouped);
    for row in &c.cells {
        let mut r = vec![
            row.grade.clone(),
            row.step.to_string(),
            row.headcount.to_string(),
        ];
        r.push(cell(row.pay[0]));
        for o in 0..c.offers.len() {
            r.push(cell(row.pay[o + 1]));
            r.push(row.change[o].map_or_else(|| "-".to_string(), signed_money));
            r.push(pct(row.growth[o]));
        }
        t.add_row(r);
    }
    t
}

/// A chart as a borderless table: group, series, bar, value, note.
fn chart(rows: Vec<Vec<String>>) -> Table {
    let mut t = Table::new();
    t.load_preset(presets::NOTHING);
    for r in rows {
        t.add_row(r);
    }
    if let Some(col) = t.column_mut(3) {
        col.set_cell_alignment(CellAlignment::Right);
    }
    t
}

fn charts<W: Write>(c: &Comparison, out: &mut W) -> io::Result<()> {
    let s = &c.scenarios;
    let growth_of = |i: usize| offer_cell(c, i, |o| pct(o.average_growth));

    writeln!(out)?;
    writeln!(out, "{}", t!("compare-row-monthly"))?;
    let max = s
        .iter()
        .map(|x| x.bill.monthly.amount())
        .max()
        .unwrap_or_default();
    let rows = s
        .iter()
        .enumerate()
        .map(|(i, x)| {
            vec![
                x.label.clone(),
                String::new(),
                bar(x.bill.monthly.amount(), max, BAR_WIDTH),
                x.bill.monthly.grouped(),
                growth_of(i),
            ]
        })
        .collect();
    writeln!(out, "{}", chart(rows))?;

    writeln!(out)?;
    writeln!(out, "{}", t!("compare-chart-grades"))?;
    let max = c
        .grades
        .iter()
        .flat_map(|g| g.average.iter().flatten())
        .map(|m| m.amount())
        .max()
        .unwrap_or_default();
    let mut rows = Vec::new();
    for g in c.grades.iter().filter(|g| g.headcount > 0) {
        for (i, x) in s.iter().enumerate() {
            let amount = g.average[i].unwrap_or_default();
            let name = if i == 0 {
                t!(
                    "compare-chart-group",
                    grade = &g.grade,
                    headcount = g.headcount
                )
            } else {
                String::new()
            };
            let growth = if i == 0 {
                String::new()
            } else {
                pct(g.growth[i - 1])
            };
            rows.push(vec![
                name,
                x.label.clone(),
                bar(amount.amount(), max, BAR_WIDTH),
                amount.grouped(),
                growth,
            ]);
        }
    }
    writeln!(out, "{}", chart(rows))?;

    if !c.offers.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", t!("compare-chart-quintiles"))?;
        let max = c
            .offers
            .iter()
            .flat_map(|o| o.quintiles.iter().flatten())
            .map(|p| p.fraction().abs())
            .max()
            .unwrap_or_default();
        let mut rows = Vec::new();
        for q in 0..5 {
            for (k, o) in c.offers.iter().enumerate() {
                let g = o.quintiles[q].unwrap_or_default();
                let name = if k == 0 {
                    let id = match q {
                        0 => "compare-quintile-lowest",
                        4 => "compare-quintile-highest",
                        _ => "compare-quintile",
                    };
                    t!(id, number = q + 1)
                } else {
                    String::new()
                };
                let mut drawn = bar(g.fraction(), max, BAR_WIDTH);
                if g.fraction().is_sign_negative() && !g.fraction().is_zero() {
                    drawn = format!("-{drawn}");
                }
                rows.push(vec![
                    name,
                    o.label.clone(),
                    drawn,
                    g.signed(),
                    String::new(),
                ]);
            }
        }
        writeln!(out, "{}", chart(rows))?;
    }
    Ok(())
}

fn losses<W: Write>(c: &Comparison, out: &mut W) -> io::Result<()> {
    for o in c.offers.iter().filter(|o| !o.largest_losses.is_empty()) {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            t!(
                "compare-losses-heading",
                label = &o.label,
                losers = o.losers
            )
        )?;
        let mut t = table(
            [
                "compare-col-employee-id",
                "compare-col-name",
                "compare-col-grade",
                "compare-col-step",
                "compare-col-before",
                "compare-col-after",
                "compare-col-change",
                "%",
                "compare-col-changed",
            ]
            .map(|id| if id == "%" { id.to_string() } else { t(id) })
            .to_vec(),
            4,
        );
        for w in &o.largest_losses {
            t.add_row(vec![
                w.employee_id.clone(),
                w.name.clone(),
                w.grade.clone(),
                w.step.to_string(),
                w.before.grouped(),
                w.after.grouped(),
                signed_money(w.change),
                pct(w.growth),
                w.changed.join(" "),
            ]);
        }
        if let Some(col) = t.column_mut(8) {
            col.set_cell_alignment(CellAlignment::Left);
        }
        writeln!(out, "{t}")?;
    }
    Ok(())
}

fn notes<W: Write>(c: &Comparison, out: &mut W) -> io::Result<()> {
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        t!("compare-notes", period = c.period.to_string())
    )
}
