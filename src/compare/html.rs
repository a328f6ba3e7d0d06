//! The comparison as one self-contained HTML page: inline CSS and SVG, no
//! network, no JavaScript. Pay by grade before and after each offer, the
//! distribution, the cost change and the growth against the guideline lines,
//! with the figures in tables beside the charts.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::compare::html_charts::{cost_chart, distribution_chart, grade_chart, growth_chart};
use crate::compare::svg::{colour, escape};
use crate::compare::text::{pct, signed_money, summary_rows, yes_no};
use crate::compare::Comparison;
use crate::{t, Money};

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
    let title = t!("compare-html-title", title = &c.base().title);
    let _ = write!(
        p,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        t!("compare-html-lang"),
        escape(&title)
    );
    let _ = writeln!(p, "<h1>{}</h1>", escape(&title));
    let _ = writeln!(
        p,
        "<p class=\"meta\">{}</p>",
        escape(&t!(
            "compare-html-meta",
            period = c.period.to_string(),
            headcount = c.headcount
        ))
    );
    for line in [c.threshold_line(), c.guideline_line()]
        .into_iter()
        .flatten()
    {
        let _ = writeln!(p, "<p class=\"meta\">{}</p>", escape(&line));
    }
    legend(c, &mut p);
    cards(c, &mut p);

    let _ = writeln!(p, "<h2 id=\"summary\">{}</h2>", t!("compare-html-summary"));
    summary_table(c, &mut p);

    let _ = writeln!(p, "<h2 id=\"grades\">{}</h2>", t!("compare-chart-grades"));
    p.push_str(&grade_chart(c));
    grade_table(c, &mut p);

    let _ = writeln!(
        p,
        "<h2 id=\"distribution\">{}</h2>",
        t!("compare-html-distribution")
    );
    p.push_str(&distribution_chart(c));
    let _ = writeln!(
        p,
        "<p class=\"note\">{}{}</p>",
        t!("compare-html-distribution-note"),
        c.threshold
            .map(|m| t!("compare-html-distribution-threshold", amount = m.grouped()))
            .unwrap_or_default()
    );

    let _ = writeln!(p, "<h2 id=\"cost\">{}</h2>", t!("compare-html-cost"));
    p.push_str(&cost_chart(c));
    let _ = writeln!(
        p,
        "<p class=\"note\">{}</p>",
        match (c.on_cost, c.base().bill.employer_annual) {
            (Some(rate), Some(cost)) => t!(
                "compare-html-cost-note-employer",
                bill = c.base().bill.annual.grouped(),
                cost = cost.grouped(),
                rate = rate.percent(4).normalize().to_string()
            ),
            _ => t!(
                "compare-html-cost-note",
                bill = c.base().bill.annual.grouped()
            ),
        }
    );

    crate::compare::term_html::term_cost_section(c, &mut p);

    let _ = writeln!(p, "<h2 id=\"growth\">{}</h2>", t!("compare-html-growth"));
    p.push_str(&growth_chart(c));
    if c.guideline.is_none() {
        let _ = writeln!(
            p,
            "<p class=\"note\">{}</p>",
            t!("compare-html-no-guideline")
        );
    }

    let _ = writeln!(p, "<h2 id=\"cells\">{}</h2>", t!("compare-html-cells"));
    cell_table(c, &mut p);
    losses(c, &mut p);
    let _ = writeln!(
        p,
        "<p class=\"note\">{}</p>",
        escape(&t!("compare-html-notes", period = c.period.to_string()))
    );
    p.push_str("</body>\n</html>\n");
    out.write_all(p.as_bytes())
}

fn legend(c: &Comparison, p: &mut String) {
    p.push_str("<p class=\"legend\">");
    for (i, s) in c.scenarios.iter().enumerate() {
        let role = t!(if i == 0 {
            "compare-role-base"
        } else {
            "compare-role-offer"
        });
        let _ = write!(
            p,
            "<span><span class=\"swatch\" style=\"background:{}\"></span>{}</span>",
            colour(i),
            escape(&t!("compare-html-legend", role = role, label = &s.label))
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
            "<div class=\"card\" style=\"border-left:6px solid {}\"><div>{}</div><div class=\"big\">{}</div><div>{}</div><div class=\"{class}\">{}</div></div>",
            colour(k + 1),
            escape(&o.label),
            t!("compare-html-card-growth", growth = pct(o.average_growth)),
            t!(
                if o.employer_annual_change.is_some() {
                    "compare-html-card-employer"
                } else {
                    "compare-html-card-bill"
                },
                change = signed_money(cost)
            ),
            t!(
                "compare-html-card-lifts",
                lifts = yes_no(o.lifts_low),
                bottom = pct(o.bottom_40_growth),
                top = pct(o.top_20_growth)
            ),
        );
    }
    p.push_str("</div>\n");
}

fn header(p: &mut String, first: &[String], c: &Comparison) {
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
    header(p, &[String::new()], c);
    for (label, cells) in summary_rows(c) {
        let _ = write!(p, "<tr><td>{}</td>", escape(label.trim_start()));
        for cell in cells {
            let _ = write!(p, "<td class=\"n\">{}</td>", escape(&cell));
        }
        p.push_str("</tr>\n");
    }
    p.push_str("</table>\n");
}

fn grade_table(c: &Comparison, p: &mut String) {
    header(
        p,
        &[t!("compare-col-grade"), t!("compare-col-headcount")],
        c,
    );
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

fn cell_table(c: &Comparison, p: &mut String) {
    let _ = write!(
        p,
        "<table>\n<tr><th>{}</th><th>{}</th><th class=\"n\">{}</th>",
        t!("compare-col-grade"),
        t!("compare-col-step"),
        t!("compare-col-headcount")
    );
    let _ = write!(p, "<th class=\"n\">{}</th>", escape(&c.scenarios[0].label));
    for s in &c.scenarios[1..] {
        let _ = write!(
            p,
            "<th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">%</th>",
            escape(&s.label),
            t!("compare-col-change")
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
            "<h2 class=\"losses\">{}</h2>",
            escape(&t!(
                "compare-html-losses",
                label = &o.label,
                losers = o.losers
            ))
        );
        let _ = writeln!(
            p,
            "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">%</th><th>{}</th></tr>",
            t!("compare-col-employee-id"),
            t!("compare-col-name"),
            t!("compare-col-grade"),
            t!("compare-col-step"),
            t!("compare-col-before"),
            t!("compare-col-after"),
            t!("compare-col-change"),
            t!("compare-col-changed")
        );
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
