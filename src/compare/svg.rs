//! Inline SVG charts for the HTML comparison, every coordinate computed in
//! `Decimal` (no floats): horizontal grouped bars and a grouped histogram.

use std::fmt::Write as _;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::compare::scale::{nice_step, Scale};
use crate::distribution::Distribution;

/// Text in HTML and SVG is escaped as in XML, by the one escaper documents use.
pub use crate::render::escape::xml as escape;

/// Chart width in SVG user units (pixels at 100%).
pub const WIDTH: i64 = 760;
/// The colour of each series: the base in grey, then the offers.
pub const COLOURS: [&str; 6] = [
    "#a0aec0", "#2b6cb0", "#dd6b20", "#2f855a", "#805ad5", "#c53030",
];

/// The colour of series `i`.
pub fn colour(i: usize) -> &'static str {
    COLOURS[i % COLOURS.len()]
}

/// A coordinate, to 0.01 unit.
pub fn n(d: Decimal) -> String {
    let r = d
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    if r.is_zero() {
        "0".to_string()
    } else {
        r.to_string()
    }
}

/// One bar of a horizontal chart.
#[derive(Debug, Clone)]
pub struct Bar {
    pub series: usize,
    pub value: Decimal,
    /// The figure printed at the end of the bar.
    pub text: String,
}

/// A group of bars under one label (a grade, an offer).
#[derive(Debug, Clone)]
pub struct Group {
    pub label: String,
    pub bars: Vec<Bar>,
}

/// A vertical reference line across a horizontal chart (a guideline line).
#[derive(Debug, Clone)]
pub struct Rule {
    pub label: String,
    pub value: Decimal,
}

/// The width of a text at 12px, estimated: CJK characters are square (12px),
/// others about 7px. Enough to keep labels inside the picture.
pub fn text_width(text: &str) -> i64 {
    text.chars()
        .map(|c| if (c as u32) >= 0x2E80 { 12 } else { 7 })
        .sum()
}

const BAR: i64 = 16;
const GAP: i64 = 4;
const GROUP_GAP: i64 = 14;
const TOP: i64 = 28;
const AXIS: i64 = 26;

/// Horizontal grouped bars; `tick` formats the axis labels.
pub fn hbars(
    title: &str,
    groups: &[Group],
    rules: &[Rule],
    tick: &dyn Fn(Decimal) -> String,
) -> String {
    let mut values: Vec<Decimal> = groups
        .iter()
        .flat_map(|g| g.bars.iter().map(|b| b.value))
        .collect();
    values.extend(rules.iter().map(|r| r.value));
    // Room for the group labels on the left and the figures at the bar ends.
    let left = groups
        .iter()
        .map(|g| text_width(&g.label))
        .max()
        .unwrap_or(0)
        .clamp(60, 240)
        + 16;
    let right = groups
        .iter()
        .flat_map(|g| g.bars.iter().map(|b| text_width(&b.text)))
        .max()
        .unwrap_or(0)
        .clamp(40, 320)
        + 12;
    let x = Scale::covering(
        &values,
        Decimal::from(left),
        Decimal::from(WIDTH - right),
        6,
    );
    let bars: i64 = groups.iter().map(|g| g.bars.len() as i64).sum();
    let plot_height = bars * (BAR + GAP) + (groups.len() as i64).saturating_sub(1) * GROUP_GAP;
    let height = TOP + plot_height + AXIS + if rules.is_empty() { 0 } else { 16 };
    let mut s = open(title, height);
    let bottom = Decimal::from(TOP + plot_height);
    for t in x.ticks() {
        let px = x.at(t);
        let _ = write!(
            s,
            r##"<line class="grid" x1="{px}" y1="{TOP}" x2="{px}" y2="{b}"/><text class="tick" x="{px}" y="{ty}" text-anchor="middle">{label}</text>"##,
            px = n(px),
            b = n(bottom),
            ty = n(bottom + Decimal::from(16)),
            label = escape(&tick(t)),
        );
    }
    // The guideline lines go under the bars and their figures, so that a line
    // never runs through a bar's label (the labels also have a white halo).
    for r in rules {
        let _ = write!(
            s,
            r##"<line class="rule" x1="{px}" y1="{top}" x2="{px}" y2="{b}"/>"##,
            px = n(x.at(r.value)),
            top = TOP - 6,
            b = n(bottom),
        );
    }
    let zero = x.at(Decimal::ZERO);
    let mut y = TOP;
    for (gi, g) in groups.iter().enumerate() {
        if gi > 0 {
            y += GROUP_GAP;
        }
        let group_top = y;
        for b in &g.bars {
            let end = x.at(b.value);
            let (left, width) = if end >= zero {
                (zero, end - zero)
            } else {
                (end, zero - end)
            };
            let mid = Decimal::from(y) + Decimal::from(BAR) / Decimal::TWO;
            let (tx, anchor) = if b.value >= Decimal::ZERO {
                (end + Decimal::from(4), "start")
            } else {
                (end - Decimal::from(4), "end")
            };
            let _ = write!(
                s,
                r##"<rect x="{x}" y="{y}" width="{w}" height="{BAR}" fill="{c}"/><text class="value" x="{tx}" y="{ty}" text-anchor="{anchor}">{text}</text>"##,
                x = n(left),
                w = n(width),
                c = colour(b.series),
                tx = n(tx),
                ty = n(mid + Decimal::from(4)),
                text = escape(&b.text),
            );
            y += BAR + GAP;
        }
        let mid = Decimal::from(group_top + y - GAP) / Decimal::TWO;
        let _ = write!(
            s,
            r##"<text class="label" x="{lx}" y="{ly}" text-anchor="end">{label}</text>"##,
            lx = left - 8,
            ly = n(mid + Decimal::from(4)),
            label = escape(&g.label),
        );
    }
    let _ = write!(
        s,
        r##"<line class="axis" x1="{z}" y1="{TOP}" x2="{z}" y2="{b}"/>"##,
        z = n(zero),
        b = n(bottom),
    );
    for r in rules {
        let _ = write!(
            s,
            r##"<text class="rule-label" x="{px}" y="{ly}" text-anchor="middle">{label}</text>"##,
            px = n(x.at(r.value)),
            ly = n(bottom + Decimal::from(32)),
            label = escape(&r.label),
        );
    }
    s.push_str("</svg>");
    s
}

/// A histogram: the count of each series' values in shared bins, bars side by
/// side per bin; `marker` draws a dashed line at a value (the threshold);
/// `axes` are the titles of the x and y axes (月应发工资（元）, 人数).
pub fn histogram(
    title: &str,
    series: &[&Distribution],
    marker: Option<(String, Decimal)>,
    axes: [&str; 2],
    tick: &dyn Fn(Decimal) -> String,
) -> String {
    // Each series as counts by value, ascending.
    let min = series
        .iter()
        .filter_map(|s| s.min())
        .min()
        .unwrap_or_default();
    let max = series
        .iter()
        .filter_map(|s| s.max())
        .max()
        .unwrap_or_default();
    let width = nice_step(max - min, 20);
    let lo = (min / width).floor() * width;
    let bins = ((max - lo) / width).floor().to_usize().unwrap_or(0) + 1;
    let counts: Vec<Vec<usize>> = series
        .iter()
        .map(|values| {
            let mut c = vec![0; bins];
            for (v, n) in values.counts() {
                let b = ((v - lo) / width)
                    .floor()
                    .to_usize()
                    .unwrap_or(0)
                    .min(bins - 1);
                c[b] += n as usize;
            }
            c
        })
        .collect();
    let top_count = counts.iter().flatten().copied().max().unwrap_or(0);
    let (left, right, top, plot) = (64i64, 20i64, 28i64, 220i64);
    let height = top + plot + 48;
    let bottom = Decimal::from(top + plot);
    let y = Scale::covering(&[Decimal::from(top_count)], bottom, Decimal::from(top), 5);
    let y = Scale {
        step: y.step.max(Decimal::ONE).ceil(),
        ..y
    };
    let x = Scale {
        lo,
        hi: lo + width * Decimal::from(bins),
        step: width,
        from: Decimal::from(left),
        to: Decimal::from(WIDTH - right),
    };
    let mut s = open(title, height);
    for t in y.ticks() {
        let py = y.at(t);
        let _ = write!(
            s,
            r##"<line class="grid" x1="{left}" y1="{py}" x2="{r}" y2="{py}"/><text class="tick" x="{tx}" y="{ty}" text-anchor="end">{t}</text>"##,
            py = n(py),
            r = WIDTH - right,
            tx = left - 6,
            ty = n(py + Decimal::from(4)),
        );
    }
    let bin_px = x.at(lo + width) - x.at(lo);
    let pad = bin_px / Decimal::from(10);
    let bar_px = (bin_px - pad * Decimal::TWO) / Decimal::from(series.len().max(1));
    for b in 0..bins {
        let x0 = x.at(lo + width * Decimal::from(b)) + pad;
        for (k, c) in counts.iter().enumerate() {
            let count = Decimal::from(c[b]);
            let py = y.at(count);
            let _ = write!(
                s,
                r##"<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{c}"><title>{n}</title></rect>"##,
                x = n(x0 + bar_px * Decimal::from(k)),
                y = n(py),
                w = n(bar_px),
                h = n(bottom - py),
                c = colour(k),
                n = c[b],
            );
        }
    }
    for b in (0..=bins).step_by(if bins > 8 { 2 } else { 1 }) {
        let v = lo + width * Decimal::from(b);
        let _ = write!(
            s,
            r##"<text class="tick" x="{x}" y="{ty}" text-anchor="middle">{label}</text>"##,
            x = n(x.at(v)),
            ty = n(bottom + Decimal::from(16)),
            label = escape(&tick(v)),
        );
    }
    let _ = write!(
        s,
        r##"<line class="axis" x1="{left}" y1="{b}" x2="{r}" y2="{b}"/>"##,
        b = n(bottom),
        r = WIDTH - right,
    );
    let [x_title, y_title] = axes;
    let mid = Decimal::from(top) + Decimal::from(plot) / Decimal::TWO;
    let _ = write!(
        s,
        r##"<text class="axis-title" x="{x}" y="{xy}" text-anchor="middle">{x_title}</text><text class="axis-title" x="14" y="{my}" text-anchor="middle" transform="rotate(-90 14 {my})">{y_title}</text>"##,
        x = n(Decimal::from(left + WIDTH - right) / Decimal::TWO),
        xy = n(bottom + Decimal::from(36)),
        my = n(mid),
        x_title = escape(x_title),
        y_title = escape(y_title),
    );
    if let Some((label, value)) = marker {
        if value >= x.lo && value <= x.hi {
            // The marker's label above the plot, clear of the axis title.
            let px = x.at(value);
            let _ = write!(
                s,
                r##"<line class="rule" x1="{px}" y1="{top}" x2="{px}" y2="{b}"/><text class="rule-label" x="{px}" y="{ly}" text-anchor="middle">{label}</text>"##,
                px = n(px),
                b = n(bottom),
                ly = top - 8,
                label = escape(&label),
            );
        }
    }
    s.push_str("</svg>");
    s
}

fn open(title: &str, height: i64) -> String {
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" aria-label="{t}"><title>{t}</title>"##,
        t = escape(title)
    )
}

#[cfg(test)]
#[path = "svg_tests.rs"]
mod tests;
