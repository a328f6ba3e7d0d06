//! The cost over the contract's term (工资调整办法) on compare's HTML page: for
//! each scenario, its runs of months paid by one grade table, each run's
//! monthly bill times its months, and the total, as the text report gives them.

use std::fmt::Write as _;

use crate::compare::svg::escape;
use crate::compare::Comparison;
use crate::t;

/// The section, when some scenario's term has an adjustment.
pub(super) fn term_cost_section(c: &Comparison, p: &mut String) {
    if c.term_costs.is_empty() {
        return;
    }
    let _ = writeln!(
        p,
        "<h2 id=\"term\">{}</h2>",
        escape(&t!("pay-term-heading"))
    );
    p.push_str("<table>\n<tr>");
    for (key, numeric) in [
        ("pay-term-col-scenario", false),
        ("pay-term-col-months-from-to", false),
        ("pay-term-col-months", true),
        ("pay-term-col-monthly", true),
        ("pay-term-col-cost", true),
        ("pay-term-col-adjustments", true),
    ] {
        let class = if numeric { " class=\"n\"" } else { "" };
        let _ = write!(p, "<th{class}>{}</th>", escape(&t!(key)));
    }
    p.push_str("</tr>\n");
    for cost in &c.term_costs {
        for run in &cost.runs {
            let _ = writeln!(
                p,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                escape(&cost.label),
                escape(&t!("pay-term-col-span", from = &run.from, to = &run.to)),
                run.months,
                run.monthly.grouped(),
                run.cost.grouped(),
                run.adjustments
            );
        }
        let _ = writeln!(
            p,
            "<tr><th>{}</th><th>{}</th><th class=\"n\">{}</th><th></th><th class=\"n\">{}</th><th></th></tr>",
            escape(&t!("pay-term-col-total", label = &cost.label)),
            escape(&t!("pay-term-col-span", from = &cost.from, to = &cost.to)),
            cost.months,
            cost.total.grouped()
        );
    }
    p.push_str("</table>\n");
    let _ = writeln!(p, "<p class=\"note\">{}</p>", escape(&t!("pay-term-note")));
}
