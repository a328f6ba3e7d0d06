//! The comparison as one self-contained HTML page: inline CSS and SVG, no
//! network, no JavaScript. Pay by grade before and after each offer, the
//! distribution, the cost change and the growth against the guideline lines,
//! with the figures in tables beside the charts.

use std::fmt::Write as _;
use std::io::{self, Write};

use rust_decimal::Decimal;

use crate::compare::svg::{self, colour, escape, Bar, Group, Rule};
use crate::compare::text::{pct, signed_money, summary_rows, yes_no};
use crate::compare::{Comparison, Percentage};
use crate::Money;

const STYLE: &str = r#"
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; margin: 24px auto; max-width: 820px; color: #1a202c; }
h1 { font-size: 24px; margin-bottom: 4px; }
h2 { font-size: 18px; border-bottom: 1px solid #cbd5e0; padding-bottom: 4px; margin-top: 28px; }
.meta { color: #4a5568; margin: 2px 0; }
.legend span { display: inline-block; margin-right: 16px; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid #cbd5e0; border-radius: 6px; padding: 8px 12px; min-width: 220px; }
.card .big { font-size: 22px; font-weight: bold; }
.yes { color: #2f855a; } .no { color: #c53030; }
table { border-collapse: collapse; font-size: 13px; margin-top: 8px; }
th, td { border: 1px solid #e2e8f0; padding: 3px 8px; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
svg text { font-size: 12px; fill: #1a202c; }
svg .tick { fill: #4a5568; font-size: 11px; }
svg .grid { stroke: #edf2f7; }
svg .axis { stroke: #4a5568; }
svg .rule { stroke: #c53030; stroke-dasharray: 5 3; stroke-width: 1.5; }
svg .rule-label { fill: #c53030; font-size: 11px; }
.note { color: #4a5568; font-size: 12px; }
svg .value, svg .label, svg .rule-label { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg .axis-title { fill: #4a5568; font-size: 12px; }
@page { size: A4; margin: 15mm 15mm 18mm; }
@media print {
  body { margin: 0 auto; max-width: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  table, svg, .card, tr { break-inside: avoid; page-break-inside: avoid; }
  svg { max-width: 100%; height: auto; }
}
"#;

/// Writes the page.
pub fn write_html<W: Write>(c: &Comparison, out: &mut W) -> io::Result<()> {
    let mut p = String::with_capacity(64 * 1024);
    let title = format!("方案对比 — {}", c.base().title);
    let _ = write!(
        p,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&title)
    );
    let _ = writeln!(p, "<h1>{}</h1>", escape(&title));
    let _ = writeln!(
        p,
        "<p class=\"meta\">工资期 {} · {} 人 · 同一名册按各方案计算应发工资</p>",
        escape(&c.period),
        c.headcount
    );
    for line in [c.threshold_line(), c.guideline_line()]
        .into_iter()
        .flatten()
    {
        let _ = writeln!(p, "<p class=\"meta\">{}</p>", escape(&line));
    }
    legend(c, &mut p);
    cards(c, &mut p);

    let _ = writeln!(p, "<h2 id=\"summary\">汇总</h2>");
    summary_table(c, &mut p);

    let _ = writeln!(p, "<h2 id=\"grades\">平均应发工资（按能级）</h2>");
    p.push_str(&grade_chart(c));
    grade_table(c, &mut p);

    let _ = writeln!(p, "<h2 id=\"distribution\">工资分布</h2>");
    p.push_str(&distribution_chart(c));
    let _ = writeln!(
        p,
        "<p class=\"note\">每个方案各一种颜色；横轴为月应发工资，纵轴为人数。{}</p>",
        c.threshold
            .map(|t| format!("红色虚线为阈值 {}。", t.grouped()))
            .unwrap_or_default()
    );

    let _ = writeln!(p, "<h2 id=\"cost\">成本变化（每年，与基准相比）</h2>");
    p.push_str(&cost_chart(c));
    let _ = writeln!(
        p,
        "<p class=\"note\">基准年工资总额 {}{}。</p>",
        c.base().bill.annual.grouped(),
        match (c.on_cost, c.base().bill.employer_annual) {
            (Some(rate), Some(cost)) => format!(
                "，年用工成本 {}（工资总额 +{}% 社保公积金）",
                cost.grouped(),
                rate.percent(4).normalize()
            ),
            _ => String::new(),
        }
    );

    let _ = writeln!(p, "<h2 id=\"growth\">增长与工资指导线</h2>");
    p.push_str(&growth_chart(c));
    if c.guideline.is_none() {
        let _ = writeln!(
            p,
            "<p class=\"note\">未提供工资指导线（下线、基准线、预警线）。</p>"
        );
    }

    let _ = writeln!(p, "<h2 id=\"cells\">能级工资表（按能级、档次）</h2>");
    cell_table(c, &mut p);
    losses(c, &mut p);
    let _ = writeln!(
        p,
        "<p class=\"note\">说明：应发工资口径，同一名册、同一工资期 {}。百分位数按最近秩线性插值（R-7，即 Excel PERCENTILE.INC），全部以十进制精确计算。低收入 40% 与高收入 20% 按基准方案的工资排序。</p>",
        escape(&c.period)
    );
    p.push_str("</body>\n</html>\n");
    out.write_all(p.as_bytes())
}

fn legend(c: &Comparison, p: &mut String) {
    p.push_str("<p class=\"legend\">");
    for (i, s) in c.scenarios.iter().enumerate() {
        let role = if i == 0 { "基准" } else { "方案" };
        let _ = write!(
            p,
            "<span><span class=\"swatch\" style=\"background:{}\"></span>{role}：{}</span>",
            colour(i),
            escape(&s.label)
        );
    }
    p.push_str("</p>\n");
}

fn cards(c: &Comparison, p: &mut String) {
    p.push_str("<div class=\"cards\">\n");
    for (k, o) in c.offers.iter().enumerate() {
        let class = match o.lifts_low {
            Some(true) => "yes",
            _ => "no",
        };
        let cost = o.employer_annual_change.unwrap_or(o.annual_change);
        let _ = write!(
            p,
            "<div class=\"card\" style=\"border-left:6px solid {}\"><div>{}</div><div class=\"big\">平均增长 {}</div><div>年{}变化 {}</div><div class=\"{class}\">扩中提低：{}（低 40% {}，高 20% {}）</div></div>",
            colour(k + 1),
            escape(&o.label),
            pct(o.average_growth),
            if o.employer_annual_change.is_some() { "用工成本" } else { "工资总额" },
            signed_money(cost),
            yes_no(o.lifts_low),
            pct(o.bottom_40_growth),
            pct(o.top_20_growth),
        );
    }
    p.push_str("</div>\n");
}

fn header(p: &mut String, first: &[&str], c: &Comparison) {
    p.push_str("<table>\n<tr>");
    for h in first {
        let _ = write!(p, "<th>{h}</th>");
    }
    for s in &c.scenarios {
        let _ = write!(p, "<th class=\"n\">{}</th>", escape(&s.label));
    }
    p.push_str("</tr>\n");
}

fn summary_table(c: &Comparison, p: &mut String) {
    header(p, &[""], c);
    for (label, cells) in summary_rows(c) {
        let _ = write!(p, "<tr><td>{}</td>", escape(label.trim_start()));
        for cell in cells {
            let _ = write!(p, "<td class=\"n\">{}</td>", escape(&cell));
        }
        p.push_str("</tr>\n");
    }
    p.push_str("</table>\n");
}

fn grade_chart(c: &Comparison) -> String {
    let groups: Vec<Group> = c
        .grades
        .iter()
        .filter(|g| g.headcount > 0)
        .map(|g| Group {
            label: format!("{}（{}人）", g.grade, g.headcount),
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
    svg::hbars("平均应发工资（按能级）", &groups, &[], &money_tick)
}

fn grade_table(c: &Comparison, p: &mut String) {
    header(p, &["能级", "人数"], c);
    for g in &c.grades {
        let _ = write!(
            p,
            "<tr><td>{}</td><td class=\"n\">{}</td>",
            escape(&g.grade),
            g.headcount
        );
        for a in &g.average {
            let _ = write!(
                p,
                "<td class=\"n\">{}</td>",
                a.map_or("-".into(), Money::grouped)
            );
        }
        p.push_str("</tr>\n");
    }
    p.push_str("</table>\n");
}

fn distribution_chart(c: &Comparison) -> String {
    let series: Vec<Vec<(Decimal, u64)>> = c
        .distributions
        .iter()
        .map(|d| d.counts().to_vec())
        .collect();
    let marker = c
        .threshold
        .map(|t| (format!("阈值 {}", t.grouped()), t.amount()));
    svg::histogram(
        "工资分布",
        &series,
        marker,
        ["月应发工资（元）", "人数"],
        &money_tick,
    )
}

fn cost_chart(c: &Comparison) -> String {
    let base = &c.scenarios[0].bill;
    let groups: Vec<Group> = c
        .offers
        .iter()
        .enumerate()
        .map(|(k, o)| {
            let mut bars = vec![Bar {
                series: k + 1,
                value: o.annual_change.amount(),
                text: format!(
                    "年工资总额 {}（{}）",
                    signed_money(o.annual_change),
                    pct(Percentage::change(
                        base.annual,
                        base.annual + o.annual_change
                    ))
                ),
            }];
            if let (Some(change), Some(before)) = (o.employer_annual_change, base.employer_annual) {
                bars.push(Bar {
                    series: k + 1,
                    value: change.amount(),
                    text: format!(
                        "用工成本 {}（{}）",
                        signed_money(change),
                        pct(Percentage::change(before, before + change))
                    ),
                });
            }
            Group {
                label: o.label.clone(),
                bars,
            }
        })
        .collect();
    svg::hbars("每年增加的成本", &groups, &[], &money_tick)
}

fn growth_chart(c: &Comparison) -> String {
    let groups: Vec<Group> = c
        .offers
        .iter()
        .enumerate()
        .map(|(k, o)| {
            let row = |name: &str, g: Option<Percentage>| Bar {
                series: k + 1,
                value: g.map_or(Decimal::ZERO, |g| g.percent(2)),
                text: format!("{name} {}", pct(g)),
            };
            Group {
                label: o.label.clone(),
                bars: vec![
                    row("平均", o.average_growth),
                    row("低收入40%", o.bottom_40_growth),
                    row("高收入20%", o.top_20_growth),
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
    svg::hbars("平均增长与工资指导线", &groups, &rules, &|d| {
        format!("{}%", d.normalize())
    })
}

fn cell_table(c: &Comparison, p: &mut String) {
    p.push_str("<table>\n<tr><th>能级</th><th>档次</th><th class=\"n\">人数</th>");
    let _ = write!(p, "<th class=\"n\">{}</th>", escape(&c.scenarios[0].label));
    for s in &c.scenarios[1..] {
        let _ = write!(
            p,
            "<th class=\"n\">{}</th><th class=\"n\">变化</th><th class=\"n\">%</th>",
            escape(&s.label)
        );
    }
    p.push_str("</tr>\n");
    let cell = |m: Option<Money>| m.map_or("-".into(), Money::grouped);
    for r in &c.cells {
        let _ = write!(
            p,
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
            escape(&r.grade),
            r.step,
            r.headcount,
            cell(r.pay[0])
        );
        for k in 0..c.offers.len() {
            let _ = write!(
                p,
                "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
                cell(r.pay[k + 1]),
                r.change[k].map_or("-".into(), signed_money),
                pct(r.growth[k])
            );
        }
        p.push_str("</tr>\n");
    }
    p.push_str("</table>\n");
}

fn losses(c: &Comparison, p: &mut String) {
    for o in c.offers.iter().filter(|o| !o.largest_losses.is_empty()) {
        let _ = writeln!(
            p,
            "<h2 class=\"losses\">减少最多的职工 — {}（{} 人减少）</h2>",
            escape(&o.label),
            o.losers
        );
        p.push_str("<table>\n<tr><th>工号</th><th>姓名</th><th>能级</th><th>档次</th><th class=\"n\">原工资</th><th class=\"n\">新工资</th><th class=\"n\">变化</th><th class=\"n\">%</th><th>变动项目</th></tr>\n");
        for w in &o.largest_losses {
            let _ = writeln!(
                p,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                escape(&w.employee_id),
                escape(&w.name),
                escape(&w.grade),
                w.step,
                w.before.grouped(),
                w.after.grouped(),
                signed_money(w.change),
                pct(w.growth),
                escape(&w.changed.join(" "))
            );
        }
        p.push_str("</table>\n");
    }
}

/// Axis labels for money: whole yuan with thousands separators.
fn money_tick(d: Decimal) -> String {
    let grouped = Money::new(d).grouped();
    grouped
        .strip_suffix(".00")
        .map_or(grouped.clone(), str::to_string)
}
