//! The pages: what the templates in `assets/` show, built from the workspace's
//! comparison and check reports (every figure as compare and check computed it;
//! here only put into words and columns). Tera escapes everything it prints.

use serde::Serialize;
use tera::Tera;

use crate::compare::{Percentage, WorkerChange};
use crate::render::{Document, FindingView};
use crate::schedule::StepForm;
use crate::serve::ballot::{Ballot, Tally};
use crate::serve::edit::{allowance_fields, AllowanceFields};
use crate::serve::workspace::{Offer, Workspace};
use crate::Money;

/// The templates, compiled into the binary.
const TEMPLATES: [(&str, &str); 6] = [
    ("layout.html", include_str!("assets/layout.html")),
    ("workspace.html", include_str!("assets/workspace.html")),
    ("figures.html", include_str!("assets/figures.html")),
    ("offer.html", include_str!("assets/offer.html")),
    ("ballot.html", include_str!("assets/ballot.html")),
    (
        "representative.html",
        include_str!("assets/representative.html"),
    ),
];
/// Further templates: the explanation and error pages.
const MORE: [(&str, &str); 2] = [
    ("explain.html", include_str!("assets/explain.html")),
    ("message.html", include_str!("assets/message.html")),
];

/// Compiles the built-in templates.
pub fn templates() -> Result<Tera, tera::Error> {
    let mut tera = Tera::default();
    tera.add_raw_templates(TEMPLATES.into_iter().chain(MORE))?;
    Ok(tera)
}

/// One row of the summary: a name and a cell per scenario.
#[derive(Debug, Serialize)]
struct Row {
    name: &'static str,
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

fn worker_row(offer: usize, w: &WorkerChange) -> WorkerRow {
    WorkerRow {
        explain: format!(
            "/explain?offer={offer}&employee={}&enterprise={}",
            query(&w.employee_id),
            query(&w.enterprise_id)
        ),
        employee_id: w.employee_id.clone(),
        enterprise_id: w.enterprise_id.clone(),
        name: w.name.clone(),
        grade: format!("{} {} 档", w.grade, w.step),
        before: money(w.before),
        after: money(w.after),
        change: w.change.grouped(),
        growth: pct(w.growth),
    }
}

impl Figures {
    pub fn of(ws: &Workspace) -> Figures {
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
                name: "月工资总额",
                cells: per_scenario(&|s| money(s.bill.monthly)),
            },
            Row {
                name: "年工资总额",
                cells: per_scenario(&|s| money(s.bill.annual)),
            },
            Row {
                name: "月增加",
                cells: per_offer(&|o| o.monthly_change.grouped()),
            },
            Row {
                name: "年增加",
                cells: per_offer(&|o| o.annual_change.grouped()),
            },
            Row {
                name: "平均工资",
                cells: per_scenario(&|s| money(s.average)),
            },
            Row {
                name: "平均增长",
                cells: per_offer(&|o| pct(o.average_growth)),
            },
        ];
        if c.guideline.is_some() {
            rows.push(Row {
                name: "工资指导线",
                cells: per_offer(&|o| {
                    o.guideline
                        .map_or_else(|| "—".into(), |g| g.describe().to_string())
                }),
            });
        }
        rows.extend([
            Row {
                name: "增资人数",
                cells: per_offer(&|o| o.gainers.to_string()),
            },
            Row {
                name: "减资人数",
                cells: per_offer(&|o| o.losers.to_string()),
            },
            Row {
                name: "低收入 40% 增长",
                cells: per_offer(&|o| pct(o.bottom_40_growth)),
            },
            Row {
                name: "高收入 20% 增长",
                cells: per_offer(&|o| pct(o.top_20_growth)),
            },
            Row {
                name: "扩中提低",
                cells: per_offer(&|o| match o.lifts_low {
                    Some(true) => "是：低收入增长更快".into(),
                    Some(false) => "否".into(),
                    None => "—".into(),
                }),
            },
            Row {
                name: "中位数 P50",
                cells: per_scenario(&|s| money(s.spread.p50)),
            },
            Row {
                name: "P90/P10",
                cells: per_scenario(&|s| {
                    s.spread
                        .p90_p10
                        .map_or_else(|| "—".into(), |r| r.normalize().to_string())
                }),
            },
        ]);
        if c.threshold.is_some() {
            rows.push(Row {
                name: "低于低收入线人数",
                cells: per_scenario(&|s| {
                    s.spread
                        .below
                        .map_or_else(|| "—".into(), |b| format!("{}（{}）", b.count, b.share))
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
                            Some(growth) => format!("{avg}（{}）", pct(*growth)),
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
                    .map(|w| worker_row(i + 1, w))
                    .collect(),
                largest_gains: ws
                    .gains
                    .get(i)
                    .into_iter()
                    .flatten()
                    .map(|w| worker_row(i + 1, w))
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

#[derive(Debug, Serialize)]
struct Cell {
    step: usize,
    value: String,
}

#[derive(Debug, Serialize)]
struct GradeEdit {
    index: usize,
    name: String,
    /// An explicit table (else base and increment).
    table: bool,
    cells: Vec<Cell>,
    base: String,
    increment: String,
    steps: usize,
}

/// One offer's card: its pay table and allowances to edit, and its files.
#[derive(Debug, Serialize)]
pub struct OfferCard {
    index: usize,
    label: String,
    file: String,
    saved: Option<String>,
    dirty: bool,
    editable: bool,
    grades: Vec<GradeEdit>,
    allowances: Vec<AllowanceFields>,
    errors: usize,
    /// The worker representatives a vote is taken among.
    representatives: Option<u32>,
    /// The documents of the schedule's scope, and the formats they come in.
    documents: Vec<DocumentLink>,
    formats: [&'static str; 3],
}

#[derive(Debug, Serialize)]
struct DocumentLink {
    id: &'static str,
    name: &'static str,
}

impl OfferCard {
    pub fn of(index: usize, o: &Offer) -> OfferCard {
        let grades = o
            .schedule
            .grades
            .iter()
            .enumerate()
            .map(|(g, grade)| {
                let (table, base, increment) = match grade.form {
                    StepForm::Table => (true, String::new(), String::new()),
                    StepForm::BasePlusIncrement { base, increment } => {
                        (false, plain(base), plain(increment))
                    }
                };
                GradeEdit {
                    index: g,
                    name: grade.name.clone(),
                    table,
                    cells: grade
                        .pay
                        .iter()
                        .enumerate()
                        .map(|(i, p)| Cell {
                            step: i + 1,
                            value: plain(*p),
                        })
                        .collect(),
                    base,
                    increment,
                    steps: grade.pay.len(),
                }
            })
            .collect();
        OfferCard {
            index,
            label: o.label.clone(),
            file: o.file.clone(),
            saved: o.saved.as_ref().map(|n| n.to_string()),
            dirty: o.dirty,
            editable: index > 0,
            grades,
            allowances: allowance_fields(&o.text)
                .into_iter()
                .filter(|a| a.amount.is_some() || a.cap.is_some())
                .collect(),
            errors: o
                .report
                .as_ref()
                .map_or(0, |r| r.count(crate::check::Severity::Error)),
            representatives: o
                .schedule
                .negotiation
                .as_ref()
                .map(|n| n.worker_representatives),
            documents: Document::ALL
                .into_iter()
                .filter(|d| d.scope_mismatch(o.schedule.meta.scope).is_none())
                .map(|d| DocumentLink {
                    id: d.id(),
                    name: d.chinese(),
                })
                .collect(),
            formats: ["md", "html", "docx"],
        }
    }
}

/// A query value, percent-encoded.
fn query(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn plain(m: Money) -> String {
    m.amount().normalize().to_string()
}

/// A representative's link on the big screen.
#[derive(Debug, Serialize)]
struct Link {
    number: u32,
    url: String,
    /// The QR code, an SVG document.
    qr: String,
    present: bool,
    voted: bool,
}

/// The ballot panel: the vote's counts, the procedure findings and the links.
#[derive(Debug, Serialize)]
pub struct BallotView {
    open: bool,
    offer: Option<usize>,
    label: String,
    tally: Tally,
    links: Vec<Link>,
    /// The procedure check's findings on the vote.
    findings: Vec<FindingView>,
    recorded: Option<String>,
}

impl BallotView {
    pub fn of(ws: &Workspace, ballot: &Ballot, base_url: &str) -> BallotView {
        let offer = ballot.offer.and_then(|i| ws.offers.get(i));
        let links = ballot
            .representatives
            .iter()
            .map(|r| {
                let url = format!("{base_url}r/{}", r.token);
                Link {
                    number: r.number,
                    qr: qr_svg(&url),
                    url,
                    present: r.present,
                    voted: r.vote.is_some(),
                }
            })
            .collect();
        let findings = offer
            .and_then(|o| o.report.as_ref())
            .map(|r| {
                r.findings
                    .iter()
                    .filter(|f| f.rule.starts_with("vote-"))
                    .map(FindingView::from)
                    .collect()
            })
            .unwrap_or_default();
        BallotView {
            open: offer.is_some(),
            offer: ballot.offer,
            label: offer.map(|o| o.label.clone()).unwrap_or_default(),
            tally: ballot.tally(),
            links,
            findings,
            recorded: offer.and_then(|o| o.saved.as_ref().map(|n| n.to_string())),
        }
    }
}

/// A QR code of `text` as an SVG element, to put inline in a page.
pub fn qr_svg(text: &str) -> String {
    match qrcode::QrCode::new(text.as_bytes()) {
        Ok(code) => {
            let svg = code
                .render::<qrcode::render::svg::Color>()
                .min_dimensions(160, 160)
                .quiet_zone(true)
                .build();
            // Inline in HTML, without the XML declaration.
            match svg.find("<svg") {
                Some(at) => svg[at..].to_string(),
                None => svg,
            }
        }
        Err(_) => String::new(),
    }
}
