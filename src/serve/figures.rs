//! `Figures`: everything on the page that changes with an edit, from the
//! workspace's comparison and check reports (every figure as compare and check
//! computed it; here only put into words and columns, in the page's language).

use serde::Serialize;

use crate::compare::{Percentage, WorkerChange};
use crate::i18n::Lang;
use crate::render::FindingView;
use crate::serve::pages::query;
use crate::serve::workspace::Workspace;
use crate::{t, Money};

/// One row of the summary: its id (for the page's script and tests, the
/// same in every language), its name and a cell per scenario.
#[derive(Debug, Serialize)]
struct Row {
    id: &'static str,
    name: String,
    cells: Vec<String>,
}

#[derive(Debug, Serialize)]
struct WorkerRow {
    /// The page of `nengji explain` for this worker under the offer.
    explain: String,
    employee_id: String,
    enterprise_id: String,
    name: String,
    grade: String,
    before: String,
    after: String,
    change: String,
    growth: String,
}

/// Gainers and losers of one offer.
#[derive(Debug, Serialize)]
struct Movers {
    index: usize,
    label: String,
    gainers: usize,
    losers: usize,
    unchanged: usize,
    largest_losses: Vec<WorkerRow>,
    largest_gains: Vec<WorkerRow>,
}

/// The findings of one scenario.
#[derive(Debug, Serialize)]
struct Checked {
    index: usize,
    label: String,
    errors: usize,
    warnings: usize,
    /// The first [`SHOWN_PER_RULE`] findings of each rule, in report order.
    findings: Vec<FindingView>,
    /// Per rule with more findings than are shown: the rule and how many more.
    more: Vec<(String, usize)>,
    notes: Vec<String>,
}

/// How many findings of one rule the page lists; the rest are counted (a
/// roster of 100,000 can have thousands, which `check`'s report lists in full).
pub const SHOWN_PER_RULE: usize = 10;

/// The findings to list, and the count left out per rule.
fn shown(findings: &[crate::check::Finding]) -> (Vec<FindingView>, Vec<(String, usize)>) {
    let mut seen: Vec<(&str, usize)> = Vec::new();
    let mut views = Vec::new();
    for f in findings {
        let at = match seen.iter().position(|(r, _)| *r == f.rule) {
            Some(at) => at,
            None => {
                seen.push((f.rule, 0));
                seen.len() - 1
            }
        };
        seen[at].1 += 1;
        if seen[at].1 <= SHOWN_PER_RULE {
            views.push(FindingView::from(f));
        }
    }
    let more = seen
        .into_iter()
        .filter(|(_, n)| *n > SHOWN_PER_RULE)
        .map(|(r, n)| (r.to_string(), n - SHOWN_PER_RULE))
        .collect();
    (views, more)
}

#[derive(Debug, Serialize)]
struct GradeRow {
    grade: String,
    headcount: usize,
    cells: Vec<String>,
}

/// Everything that changes with an edit.
#[derive(Debug, Serialize)]
pub struct Figures {
    labels: Vec<String>,
    headcount: usize,
    period: String,
    rows: Vec<Row>,
    grades: Vec<GradeRow>,
    guideline_source: Option<String>,
    threshold: Option<String>,
    movers: Vec<Movers>,
    checked: Vec<Checked>,
    /// Whether standards were given (else there are no findings to show).
    standards: bool,
}

fn pct(p: Option<Percentage>) -> String {
    p.map_or_else(|| "—".into(), Percentage::signed)
}

fn money(m: Money) -> String {
    m.grouped()
}

fn worker_row(offer: usize, w: &WorkerChange, lang: Lang) -> WorkerRow {
    WorkerRow {
        explain: format!(
            "/explain?offer={offer}&employee={}&enterprise={}",
            query(&w.employee_id),
            query(&w.enterprise_id)
        ),
        employee_id: w.employee_id.clone(),
        enterprise_id: w.enterprise_id.clone(),
        name: w.name.clone(),
        grade: t!(in lang; "serve-grade-step", grade = &w.grade, step = w.step),
        before: money(w.before),
        after: money(w.after),
        change: w.change.grouped(),
        growth: pct(w.growth),
    }
}

impl Figures {
    pub fn of(ws: &Workspace) -> Figures {
        let lang = ws.lang;
        let c = &ws.comparison;
        let per_offer = |f: &dyn Fn(&crate::compare::OfferChange) -> String| {
            std::iter::once("—".to_string())
                .chain(c.offers.iter().map(f))
                .collect::<Vec<_>>()
        };
        let per_scenario = |f: &dyn Fn(&crate::compare::ScenarioSummary) -> String| {
            c.scenarios.iter().map(f).collect::<Vec<_>>()
        };
        let mut rows = vec![
            Row {
                id: "monthly-bill",
                name: t!(in lang; "serve-row-monthly-bill"),
                cells: per_scenario(&|s| money(s.bill.monthly)),
            },
            Row {
                id: "annual-bill",
                name: t!(in lang; "serve-row-annual-bill"),
                cells: per_scenario(&|s| money(s.bill.annual)),
            },
            Row {
                id: "monthly-change",
                name: t!(in lang; "serve-row-monthly-change"),
                cells: per_offer(&|o| o.monthly_change.grouped()),
            },
            Row {
                id: "annual-change",
                name: t!(in lang; "serve-row-annual-change"),
                cells: per_offer(&|o| o.annual_change.grouped()),
            },
            Row {
                id: "average",
                name: t!(in lang; "serve-row-average"),
                cells: per_scenario(&|s| money(s.average)),
            },
            Row {
                id: "growth",
                name: t!(in lang; "serve-row-growth"),
                cells: per_offer(&|o| pct(o.average_growth)),
            },
        ];
        if c.guideline.is_some() {
            rows.push(Row {
                id: "guideline",
                name: t!(in lang; "serve-row-guideline"),
                cells: per_offer(&|o| {
                    o.guideline
                        .map_or_else(|| "—".into(), |g| g.describe().to_string())
                }),
            });
        }
        rows.extend([
            Row {
                id: "gainers",
                name: t!(in lang; "serve-row-gainers"),
                cells: per_offer(&|o| o.gainers.to_string()),
            },
            Row {
                id: "losers",
                name: t!(in lang; "serve-row-losers"),
                cells: per_offer(&|o| o.losers.to_string()),
            },
            Row {
                id: "bottom-40",
                name: t!(in lang; "serve-row-bottom-40"),
                cells: per_offer(&|o| pct(o.bottom_40_growth)),
            },
            Row {
                id: "top-20",
                name: t!(in lang; "serve-row-top-20"),
                cells: per_offer(&|o| pct(o.top_20_growth)),
            },
            Row {
                id: "lifts-low",
                name: t!(in lang; "serve-row-lifts-low"),
                cells: per_offer(&|o| match o.lifts_low {
                    Some(true) => t!(in lang; "serve-lifts-low", lifts = "yes"),
                    Some(false) => t!(in lang; "serve-lifts-low", lifts = "no"),
                    None => "—".into(),
                }),
            },
            Row {
                id: "p50",
                name: t!(in lang; "serve-row-p50"),
                cells: per_scenario(&|s| money(s.spread.p50)),
            },
            Row {
                id: "p90-p10",
                name: t!(in lang; "serve-row-p90-p10"),
                cells: per_scenario(&|s| {
                    s.spread
                        .p90_p10
                        .map_or_else(|| "—".into(), |r| r.normalize().to_string())
                }),
            },
        ]);
        if c.threshold.is_some() {
            rows.push(Row {
                id: "below",
                name: t!(in lang; "serve-row-below"),
                cells: per_scenario(&|s| {
                    s.spread
                        .below
                        .map_or_else(|| "—".into(), |b| {
                            t!(in lang; "serve-with-share", value = b.count, share = b.share.to_string())
                        })
                }),
            });
        }
        let grades = c
            .grades
            .iter()
            .map(|g| GradeRow {
                grade: g.grade.clone(),
                headcount: g.headcount,
                cells: g
                    .average
                    .iter()
                    .enumerate()
                    .map(|(i, a)| {
                        let avg = a.map_or_else(|| "—".into(), money);
                        match i.checked_sub(1).and_then(|o| g.growth.get(o)) {
                            Some(growth) => {
                                t!(in lang; "serve-with-share", value = &avg, share = pct(*growth))
                            }
                            None => avg,
                        }
                    })
                    .collect(),
            })
            .collect();
        let movers = c
            .offers
            .iter()
            .enumerate()
            .map(|(i, o)| Movers {
                index: i + 1,
                label: o.label.clone(),
                gainers: o.gainers,
                losers: o.losers,
                unchanged: o.unchanged,
                largest_losses: o
                    .largest_losses
                    .iter()
                    .map(|w| worker_row(i + 1, w, lang))
                    .collect(),
                largest_gains: ws
                    .gains
                    .get(i)
                    .into_iter()
                    .flatten()
                    .map(|w| worker_row(i + 1, w, lang))
                    .collect(),
            })
            .collect();
        let checked = ws
            .offers
            .iter()
            .enumerate()
            .filter_map(|(index, o)| {
                let r = o.report.as_ref()?;
                let (findings, more) = shown(&r.findings);
                Some(Checked {
                    index,
                    label: o.label.clone(),
                    errors: r.count(crate::check::Severity::Error),
                    warnings: r.count(crate::check::Severity::Warning),
                    findings,
                    more,
                    notes: r.notes.clone(),
                })
            })
            .collect();
        Figures {
            labels: c.scenarios.iter().map(|s| s.label.clone()).collect(),
            headcount: c.headcount,
            period: c.period.clone(),
            rows,
            grades,
            guideline_source: c.guideline_source.clone(),
            threshold: c.threshold.map(money),
            movers,
            checked,
            standards: ws.standards.is_some(),
        }
    }
}
