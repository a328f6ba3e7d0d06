//! The routes: pages, the figures after an edit, downloads, and the changes
//! (new offer, propose, open, edit, save, ballot, vote). A change answers the
//! page's script with JSON (the HTML parts to replace, or an error to show) and
//! a plain form with a redirect; the guard has checked its origin and token.

use std::sync::Arc;

use axum::extract::{Path, Query, State as Shared};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use serde::Deserialize;
use serde_json::json;

use crate::propose::RaiseMode;
use crate::render::{Document, Format};
use crate::serve::adapter::{self, ProposeAsk};
use crate::serve::ballot::BallotError;
use crate::serve::guard::{self, CSRF_HEADER};
use crate::serve::names::FileName;
use crate::serve::pages::{self, BallotView, Figures, OfferCard};
use crate::serve::{Field, State, Table};
use crate::{Money, Rate};

const APP_JS: &str = include_str!("assets/app.js");
const APP_CSS: &str = include_str!("assets/app.css");

pub fn router(state: Arc<State>) -> Router {
    Router::new()
        .route("/", get(workspace))
        .route(
            "/assets/app.js",
            get(|| async { asset(APP_JS, "text/javascript") }),
        )
        .route(
            "/assets/app.css",
            get(|| async { asset(APP_CSS, "text/css") }),
        )
        .route("/compare.html", get(compare_html))
        .route("/api/compare", get(compare_json))
        .route("/api/offers/{i}/check", get(check_json))
        .route("/explain", get(explain))
        .route("/offers", post(new_offer))
        .route("/offers/propose", post(propose))
        .route("/offers/open", post(open_file))
        .route("/offers/{i}/edit", post(edit))
        .route("/offers/{i}/save", post(save))
        .route("/offers/{i}/label", post(relabel))
        .route("/offers/{i}/schedule.toml", get(download_schedule))
        .route(
            "/offers/{i}/documents/{doc}/{format}",
            get(download_document),
        )
        .route("/ballot", get(ballot_panel).post(open_ballot))
        .route("/r/{token}", get(representative))
        .route("/r/{token}/present", post(check_in))
        .route("/r/{token}/vote", post(vote))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::guard,
        ))
        .with_state(state)
}

/// An error a person reads: the message, and the status to send.
#[derive(Debug)]
pub struct Problem {
    status: StatusCode,
    message: String,
    /// Whether the page's script asked (JSON), or a plain request (HTML).
    fetch: bool,
}

impl Problem {
    fn new(status: StatusCode, message: impl Into<String>) -> Problem {
        Problem {
            status,
            message: message.into(),
            fetch: true,
        }
    }

    fn from_anyhow(e: &anyhow::Error) -> Problem {
        Problem::new(StatusCode::UNPROCESSABLE_ENTITY, format!("{e:#}"))
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        if self.fetch {
            (self.status, Json(json!({ "error": self.message }))).into_response()
        } else {
            let page = render_message("出错了", &self.message);
            (self.status, Html(page)).into_response()
        }
    }
}

impl From<anyhow::Error> for Problem {
    fn from(e: anyhow::Error) -> Problem {
        Problem::from_anyhow(&e)
    }
}

type Reply = Result<Response, Problem>;

fn asset(text: &'static str, mime: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, format!("{mime}; charset=utf-8")),
            (header::CACHE_CONTROL, "no-cache".to_string()),
        ],
        text,
    )
        .into_response()
}

fn is_fetch(headers: &HeaderMap) -> bool {
    headers.contains_key(CSRF_HEADER)
}

/// Runs `f` on the table off the async threads (a recompute over a large
/// roster takes a while).
async fn with_table<T: Send + 'static>(
    state: &Arc<State>,
    f: impl FnOnce(&mut Table, &State) -> T + Send + 'static,
) -> Result<T, Problem> {
    let state = state.clone();
    tokio::task::spawn_blocking(move || {
        let mut table = state.lock();
        f(&mut table, &state)
    })
    .await
    .map_err(|e| Problem::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

fn render(name: &str, context: &tera::Context) -> Result<String, Problem> {
    thread_local! {
        static TERA: Result<tera::Tera, String> = pages::templates().map_err(|e| chain(&e));
    }
    TERA.with(|t| match t {
        Ok(tera) => tera
            .render(name, context)
            .map_err(|e| Problem::new(StatusCode::INTERNAL_SERVER_ERROR, chain(&e))),
        Err(e) => Err(Problem::new(StatusCode::INTERNAL_SERVER_ERROR, e.clone())),
    })
}

/// An error with its causes, as one line.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

fn render_message(title: &str, message: &str) -> String {
    let mut c = tera::Context::new();
    c.insert("title", title);
    c.insert("message", message);
    render("message.html", &c).unwrap_or_else(|p| p.message)
}

fn page_context(table: &Table, state: &State) -> tera::Context {
    let ws = &table.workspace;
    let mut c = tera::Context::new();
    c.insert("csrf", &state.csrf);
    c.insert("lan", &state.session.is_some());
    c.insert("roster", &ws.roster_name);
    c.insert("standards", &ws.standards_names.join("、"));
    c.insert("base_file", &ws.base().file);
    c.insert("dir", &ws.dir.display().to_string());
    c.insert("figures", &Figures::of(ws));
    let cards: Vec<OfferCard> = ws
        .offers
        .iter()
        .enumerate()
        .map(|(i, o)| OfferCard::of(i, o))
        .collect();
    c.insert("offers", &cards);
    let files: Vec<String> = ws.files().iter().map(|f| f.to_string()).collect();
    c.insert("files", &files);
    c.insert("ballot", &BallotView::of(ws, &table.ballot, &state.origin));
    c
}

async fn workspace(Shared(state): Shared<Arc<State>>) -> Reply {
    let html = with_table(&state, |t, s| render("workspace.html", &page_context(t, s))).await??;
    Ok(Html(html).into_response())
}

/// The parts of the page an edit of offer `index` changes: the figures and
/// the offer's card (nothing else is rendered, to answer quickly).
fn edited_parts(table: &Table, state: &State, index: usize) -> Result<serde_json::Value, Problem> {
    let mut c = tera::Context::new();
    c.insert("csrf", &state.csrf);
    c.insert("figures", &Figures::of(&table.workspace));
    let figures = render("figures.html", &c)?;
    c.insert(
        "offer",
        &OfferCard::of(index, &table.workspace.offers[index]),
    );
    let offer = render("offer.html", &c)?;
    Ok(json!({ "parts": { "figures": figures, format!("offer-{index}"): offer } }))
}

fn done(headers: &HeaderMap, body: serde_json::Value) -> Response {
    if is_fetch(headers) {
        Json(body).into_response()
    } else {
        Redirect::to("/").into_response()
    }
}

fn plain(headers: &HeaderMap, p: Problem) -> Problem {
    Problem {
        fetch: is_fetch(headers),
        ..p
    }
}

#[derive(Debug, Deserialize)]
struct EditForm {
    field: String,
    #[serde(default)]
    value: String,
}

async fn edit(
    Shared(state): Shared<Arc<State>>,
    Path(index): Path<usize>,
    headers: HeaderMap,
    Form(form): Form<EditForm>,
) -> Reply {
    let field: Field = form.field.parse().map_err(|e: crate::serve::EditError| {
        plain(
            &headers,
            Problem::new(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()),
        )
    })?;
    let body = with_table(&state, move |t, s| -> Result<_, Problem> {
        t.workspace.edit(index, field, &form.value)?;
        edited_parts(t, s, index)
    })
    .await?
    .map_err(|p| plain(&headers, p))?;
    Ok(done(&headers, body))
}

#[derive(Debug, Deserialize)]
struct NewForm {
    #[serde(default)]
    from: usize,
    #[serde(default)]
    label: String,
}

async fn new_offer(
    Shared(state): Shared<Arc<State>>,
    headers: HeaderMap,
    Form(form): Form<NewForm>,
) -> Reply {
    let index = with_table(&state, move |t, _| t.workspace.copy(form.from, &form.label))
        .await?
        .map_err(|e| plain(&headers, e.into()))?;
    Ok(done(&headers, json!({ "reload": true, "offer": index })))
}

#[derive(Debug, Deserialize)]
struct ProposeForm {
    #[serde(default)]
    from: usize,
    target: String,
    #[serde(default)]
    mode: String,
    #[serde(default)]
    round_to: String,
    #[serde(default)]
    label: String,
}

fn parse_ask(form: &ProposeForm) -> Result<ProposeAsk, String> {
    let target = crate::cmd::io::parse_rate(form.target.trim())
        .map_err(|e| format!("目标增长 '{}'：{e}", form.target.trim()))?;
    let mode = match form.mode.as_str() {
        "" | "uniform" => RaiseMode::Uniform,
        "lift-low" => RaiseMode::LiftLow,
        other => return Err(format!("不认识的方式 '{other}'：uniform 或 lift-low")),
    };
    let round_to = if form.round_to.trim().is_empty() {
        Money::from(10)
    } else {
        form.round_to
            .trim()
            .parse::<Money>()
            .map_err(|e| format!("取整单位 '{}'：{e}", form.round_to.trim()))?
    };
    let _: Rate = target;
    Ok(ProposeAsk {
        target,
        mode,
        round_to,
    })
}

async fn propose(
    Shared(state): Shared<Arc<State>>,
    headers: HeaderMap,
    Form(form): Form<ProposeForm>,
) -> Reply {
    let ask = parse_ask(&form)
        .map_err(|e| plain(&headers, Problem::new(StatusCode::UNPROCESSABLE_ENTITY, e)))?;
    let index = with_table(&state, move |t, _| {
        t.workspace.propose(form.from, ask, &form.label)
    })
    .await?
    .map_err(|e| plain(&headers, e.into()))?;
    Ok(done(&headers, json!({ "reload": true, "offer": index })))
}

#[derive(Debug, Deserialize)]
struct NameForm {
    #[serde(default)]
    name: String,
}

fn file_name(headers: &HeaderMap, name: &str) -> Result<FileName, Problem> {
    FileName::parse(name, "toml").map_err(|e| {
        plain(
            headers,
            Problem::new(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()),
        )
    })
}

async fn open_file(
    Shared(state): Shared<Arc<State>>,
    headers: HeaderMap,
    Form(form): Form<NameForm>,
) -> Reply {
    let name = file_name(&headers, &form.name)?;
    let index = with_table(&state, move |t, _| t.workspace.open_file(&name))
        .await?
        .map_err(|e| plain(&headers, e.into()))?;
    Ok(done(&headers, json!({ "reload": true, "offer": index })))
}

async fn save(
    Shared(state): Shared<Arc<State>>,
    Path(index): Path<usize>,
    headers: HeaderMap,
    Form(form): Form<NameForm>,
) -> Reply {
    let name = file_name(&headers, &form.name)?;
    let saved = name.to_string();
    with_table(&state, move |t, _| t.workspace.save(index, &name))
        .await?
        .map_err(|e| plain(&headers, e.into()))?;
    Ok(done(&headers, json!({ "reload": true, "saved": saved })))
}

#[derive(Debug, Deserialize)]
struct LabelForm {
    #[serde(default)]
    label: String,
}

async fn relabel(
    Shared(state): Shared<Arc<State>>,
    Path(index): Path<usize>,
    headers: HeaderMap,
    Form(form): Form<LabelForm>,
) -> Reply {
    with_table(&state, move |t, _| t.workspace.relabel(index, &form.label))
        .await?
        .map_err(|e| plain(&headers, e.into()))?;
    Ok(done(&headers, json!({ "reload": true })))
}

fn attachment(bytes: Vec<u8>, mime: &str, name: &str) -> Response {
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    (
        [
            (header::CONTENT_TYPE, mime.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"download\"; filename*=UTF-8''{encoded}"),
            ),
        ],
        bytes,
    )
        .into_response()
}

async fn download_schedule(Shared(state): Shared<Arc<State>>, Path(index): Path<usize>) -> Reply {
    let (text, name) = with_table(&state, move |t, _| {
        t.workspace.offer(index).map(|o| {
            let name = o
                .saved
                .as_ref()
                .map_or_else(|| o.file.clone(), |n| n.to_string());
            let name = std::path::Path::new(&name)
                .file_name()
                .map_or(name.clone(), |n| n.to_string_lossy().into_owned());
            (o.text.clone(), name)
        })
    })
    .await??;
    Ok(attachment(
        text.into_bytes(),
        "application/toml; charset=utf-8",
        &name,
    ))
}

async fn download_document(
    Shared(state): Shared<Arc<State>>,
    Path((index, doc, format)): Path<(usize, String, String)>,
) -> Reply {
    let document = Document::ALL
        .into_iter()
        .find(|d| d.id() == doc)
        .ok_or_else(|| Problem::new(StatusCode::NOT_FOUND, format!("没有文书 '{doc}'")))?;
    let (format, mime) = match format.as_str() {
        "md" => (Format::Md, "text/markdown; charset=utf-8"),
        "html" => (Format::Html, "text/html; charset=utf-8"),
        "docx" => (
            Format::Docx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        other => {
            return Err(Problem::new(
                StatusCode::NOT_FOUND,
                format!("没有格式 '{other}'：md、html 或 docx"),
            ))
        }
    };
    let ext = format_ext(format);
    let (bytes, stem) = with_table(&state, move |t, _| -> anyhow::Result<_> {
        let ws = &t.workspace;
        let o = ws.offer(index)?;
        let bytes = adapter::render(
            document,
            format,
            &o.schedule,
            &o.workers,
            ws.standards.as_ref(),
            chrono::Local::now().date_naive(),
        )?;
        let stem = o
            .saved
            .as_ref()
            .map_or("base".to_string(), |n| n.stem().to_string());
        Ok((bytes, stem))
    })
    .await??;
    Ok(attachment(
        bytes,
        mime,
        &format!("{stem}-{}.{ext}", document.id()),
    ))
}

fn format_ext(format: Format) -> &'static str {
    match format {
        Format::Md => "md",
        Format::Html => "html",
        Format::Docx => "docx",
    }
}

async fn compare_html(Shared(state): Shared<Arc<State>>) -> Reply {
    let bytes = with_table(&state, |t, _| {
        adapter::compare_html(&t.workspace.comparison)
    })
    .await??;
    Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], bytes).into_response())
}

async fn compare_json(Shared(state): Shared<Arc<State>>) -> Reply {
    let v = with_table(&state, |t, _| {
        t.workspace
            .full_comparison()
            .and_then(|c| Ok(serde_json::to_value(&c)?))
    })
    .await?
    .map_err(|e| Problem::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    Ok(Json(v).into_response())
}

async fn check_json(Shared(state): Shared<Arc<State>>, Path(index): Path<usize>) -> Reply {
    let bytes = with_table(&state, move |t, _| -> Result<_, Problem> {
        let o = t.workspace.offer(index)?;
        let report = o
            .report
            .as_ref()
            .ok_or_else(|| Problem::new(StatusCode::NOT_FOUND, "没有给出 --standards，无法检查"))?;
        Ok(adapter::check_json(report)?)
    })
    .await??;
    Ok(([(header::CONTENT_TYPE, "application/json")], bytes).into_response())
}

#[derive(Debug, Deserialize)]
struct ExplainQuery {
    #[serde(default)]
    offer: usize,
    employee: String,
    #[serde(default)]
    enterprise: String,
}

async fn explain(Shared(state): Shared<Arc<State>>, Query(q): Query<ExplainQuery>) -> Reply {
    let html = with_table(&state, move |t, _| -> Result<String, Problem> {
        let ws = &t.workspace;
        let o = ws.offer(q.offer).map_err(|e| Problem {
            fetch: false,
            ..Problem::from_anyhow(&e)
        })?;
        let enterprise = Some(q.enterprise.trim()).filter(|e| !e.is_empty());
        let explanation = adapter::explain(
            &o.schedule,
            &o.workers,
            q.employee.trim(),
            enterprise,
            &ws.roster_name,
        )
        .map_err(|e| Problem {
            fetch: false,
            ..Problem::from_anyhow(&e)
        })?;
        let mut c = tera::Context::new();
        c.insert("label", &o.label);
        c.insert("employee", q.employee.trim());
        c.insert("text", &explanation.to_string());
        render("explain.html", &c)
    })
    .await??;
    Ok(Html(html).into_response())
}

#[derive(Debug, Deserialize)]
struct BallotForm {
    offer: usize,
}

async fn open_ballot(
    Shared(state): Shared<Arc<State>>,
    headers: HeaderMap,
    Form(form): Form<BallotForm>,
) -> Reply {
    with_table(&state, move |t, _| -> anyhow::Result<()> {
        let o = t.workspace.offer(form.offer)?;
        if form.offer == 0 {
            anyhow::bail!("现行标准不付表决：请选择一个方案");
        }
        if o.saved.is_none() {
            anyhow::bail!("请先把方案保存到工作区，表决结果记在它的文件里");
        }
        let n = o
            .schedule
            .negotiation
            .as_ref()
            .map(|n| n.worker_representatives)
            .filter(|n| *n > 0)
            .ok_or_else(|| {
                anyhow::anyhow!(
                    "方案没有 [negotiation] 记录（worker_representatives），无法为代表生成表决链接"
                )
            })?;
        t.ballot.open(form.offer, n)?;
        let tally = t.ballot.tally();
        t.workspace
            .record_vote(form.offer, tally.total, tally.present, tally.in_favour)
    })
    .await?
    .map_err(|e| plain(&headers, e.into()))?;
    Ok(done(&headers, json!({ "reload": true })))
}

async fn ballot_panel(Shared(state): Shared<Arc<State>>) -> Reply {
    let html = with_table(&state, |t, s| {
        let mut c = tera::Context::new();
        c.insert(
            "ballot",
            &BallotView::of(&t.workspace, &t.ballot, &s.origin),
        );
        c.insert("csrf", &s.csrf);
        c.insert("offers", &Vec::<OfferCard>::new());
        render("ballot.html", &c)
    })
    .await??;
    Ok(Html(html).into_response())
}

fn representative_page(t: &Table, token: &str, notice: &str) -> Result<String, Problem> {
    let r = t
        .ballot
        .representative(token)
        .ok_or_else(|| Problem::new(StatusCode::NOT_FOUND, BallotError::Unknown.to_string()))?;
    let offer = t.ballot.offer.and_then(|i| t.workspace.offers.get(i));
    let change = t
        .ballot
        .offer
        .and_then(|i| t.workspace.comparison.offers.get(i.wrapping_sub(1)));
    let mut c = tera::Context::new();
    c.insert("number", &r.number);
    c.insert("token", &r.token);
    c.insert("present", &r.present);
    c.insert("vote", &r.vote.map(|v| if v { "赞成" } else { "反对" }));
    c.insert("label", &offer.map(|o| o.label.clone()).unwrap_or_default());
    c.insert(
        "growth",
        &change
            .and_then(|o| o.average_growth)
            .map(|g| g.signed())
            .unwrap_or_default(),
    );
    c.insert(
        "monthly_change",
        &change
            .map(|o| o.monthly_change.grouped())
            .unwrap_or_default(),
    );
    c.insert("tally", &t.ballot.tally());
    c.insert("notice", notice);
    render("representative.html", &c)
}

async fn representative(Shared(state): Shared<Arc<State>>, Path(token): Path<String>) -> Reply {
    let html = with_table(&state, move |t, _| representative_page(t, &token, "")).await??;
    Ok(Html(html).into_response())
}

#[derive(Debug, Deserialize)]
struct VoteForm {
    choice: String,
}

async fn check_in(Shared(state): Shared<Arc<State>>, Path(token): Path<String>) -> Reply {
    cast(state, token, None).await
}

async fn vote(
    Shared(state): Shared<Arc<State>>,
    Path(token): Path<String>,
    Form(form): Form<VoteForm>,
) -> Reply {
    let choice = match form.choice.as_str() {
        "for" => true,
        "against" => false,
        _ => {
            return Err(Problem {
                fetch: false,
                ..Problem::new(StatusCode::UNPROCESSABLE_ENTITY, "请选择赞成或反对")
            })
        }
    };
    cast(state, token, Some(choice)).await
}

/// A check-in or a vote, recorded at once in the offer's file.
async fn cast(state: Arc<State>, token: String, choice: Option<bool>) -> Reply {
    let html = with_table(&state, move |t, _| -> Result<String, Problem> {
        let html_problem = |status, message: String| Problem {
            fetch: false,
            ..Problem::new(status, message)
        };
        let result = match choice {
            None => t.ballot.check_in(&token),
            Some(c) => t.ballot.vote(&token, c),
        };
        if let Err(e) = result {
            let status = match e {
                BallotError::Voted => StatusCode::CONFLICT,
                BallotError::Unknown => StatusCode::NOT_FOUND,
                BallotError::Closed => StatusCode::CONFLICT,
            };
            return Err(html_problem(status, e.to_string()));
        }
        let tally = t.ballot.tally();
        let offer = t.ballot.offer.unwrap_or(0);
        t.workspace
            .record_vote(offer, tally.total, tally.present, tally.in_favour)
            .map_err(|e| html_problem(StatusCode::UNPROCESSABLE_ENTITY, format!("{e:#}")))?;
        let notice = match choice {
            None => "已签到",
            Some(true) => "已投赞成票",
            Some(false) => "已投反对票",
        };
        representative_page(t, &token, notice)
    })
    .await??;
    Ok(Html(html).into_response())
}
