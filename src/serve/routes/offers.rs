//! The page and the changes to the offers: new, propose, open, edit, save and
//! relabel. An edit answers with the parts of the page it changes.

use std::sync::Arc;

use axum::extract::{Path, State as Shared};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse};
use axum::Form;
use serde::Deserialize;
use serde_json::json;

use super::{done, plain, render, with_table, Problem, Reply};
use crate::i18n::Lang;
use crate::propose::RaiseMode;
use crate::serve::adapter::ProposeAsk;
use crate::serve::names::FileName;
use crate::serve::pages::{BallotView, Figures, OfferCard};
use crate::serve::{Field, State, Table};
use crate::{t, Money};

fn page_context(table: &Table, state: &State) -> tera::Context {
    let ws = &table.workspace;
    let mut c = tera::Context::new();
    c.insert("csrf", &state.csrf);
    c.insert("lan", &state.session.is_some());
    c.insert("roster", &shown_name(&ws.roster_name));
    let standards: Vec<String> = ws.standards_names.iter().map(|s| shown_name(s)).collect();
    c.insert(
        "standards",
        &standards.join(&t!(in ws.lang; "serve-list-separator")),
    );
    c.insert("base_file", &shown_name(&ws.base().file));
    c.insert("dir", &ws.dir.display().to_string());
    c.insert("figures", &Figures::of(ws));
    let cards: Vec<OfferCard> = ws
        .offers
        .iter()
        .enumerate()
        .map(|(i, o)| OfferCard::of(i, o, ws.lang))
        .collect();
    c.insert("offers", &cards);
    let files: Vec<String> = ws.files().iter().map(|f| f.to_string()).collect();
    c.insert("files", &files);
    c.insert("ballot", &BallotView::of(ws, &table.ballot, &state.origin));
    c
}

/// A file as the page names it: its name without the directories (the
/// workspace line names the directory; a built-in set of standards has no path).
pub(crate) fn shown_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

pub(super) async fn workspace(Shared(state): Shared<Arc<State>>) -> Reply {
    let lang = state.lang;
    let html = with_table(&state, move |t, s| {
        render(lang, "workspace.html", &page_context(t, s))
    })
    .await??;
    Ok(Html(html).into_response())
}

/// The parts of the page an edit of offer `index` changes: the figures and
/// the offer's card (nothing else is rendered, to answer quickly).
fn edited_parts(table: &Table, state: &State, index: usize) -> Result<serde_json::Value, Problem> {
    let lang = state.lang;
    let mut c = tera::Context::new();
    c.insert("csrf", &state.csrf);
    c.insert("figures", &Figures::of(&table.workspace));
    let figures = render(lang, "figures.html", &c)?;
    c.insert(
        "offer",
        &OfferCard::of(index, &table.workspace.offers[index], lang),
    );
    let offer = render(lang, "offer.html", &c)?;
    Ok(json!({ "parts": { "figures": figures, format!("offer-{index}"): offer } }))
}

#[derive(Debug, Deserialize)]
pub(super) struct EditForm {
    field: String,
    #[serde(default)]
    value: String,
}

pub(super) async fn edit(
    Shared(state): Shared<Arc<State>>,
    Path(index): Path<usize>,
    headers: HeaderMap,
    Form(form): Form<EditForm>,
) -> Reply {
    let lang = state.lang;
    let field: Field = form.field.parse().map_err(|e: crate::serve::EditError| {
        plain(
            &headers,
            Problem::new(lang, StatusCode::UNPROCESSABLE_ENTITY, e.message(lang)),
        )
    })?;
    let body = with_table(&state, move |t, s| -> Result<_, Problem> {
        t.workspace
            .edit(index, field, &form.value)
            .map_err(|e| Problem::refused(lang, &e))?;
        edited_parts(t, s, index)
    })
    .await?
    .map_err(|p| plain(&headers, p))?;
    Ok(done(&headers, body))
}

#[derive(Debug, Deserialize)]
pub(super) struct NewForm {
    #[serde(default)]
    from: usize,
    #[serde(default)]
    label: String,
}

pub(super) async fn new_offer(
    Shared(state): Shared<Arc<State>>,
    headers: HeaderMap,
    Form(form): Form<NewForm>,
) -> Reply {
    let lang = state.lang;
    let index = with_table(&state, move |t, _| t.workspace.copy(form.from, &form.label))
        .await?
        .map_err(|e| plain(&headers, Problem::refused(lang, &e)))?;
    Ok(done(&headers, json!({ "reload": true, "offer": index })))
}

#[derive(Debug, Deserialize)]
pub(super) struct ProposeForm {
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

fn parse_ask(form: &ProposeForm, lang: Lang) -> Result<ProposeAsk, String> {
    let target = crate::cmd::io::parse_rate(form.target.trim()).map_err(
        |e| t!(in lang; "serve-propose-target", value = form.target.trim(), error = e.to_string()),
    )?;
    let mode = match form.mode.as_str() {
        "" | "uniform" => RaiseMode::Uniform,
        "lift-low" => RaiseMode::LiftLow,
        other => return Err(t!(in lang; "serve-propose-mode", mode = other)),
    };
    let round_to = if form.round_to.trim().is_empty() {
        Money::from(10)
    } else {
        form.round_to.trim().parse::<Money>().map_err(|e| {
            t!(in lang; "serve-propose-round", value = form.round_to.trim(), error = e.to_string())
        })?
    };
    Ok(ProposeAsk {
        target,
        mode,
        round_to,
    })
}

pub(super) async fn propose(
    Shared(state): Shared<Arc<State>>,
    headers: HeaderMap,
    Form(form): Form<ProposeForm>,
) -> Reply {
    let lang = state.lang;
    let ask = parse_ask(&form, lang).map_err(|e| {
        plain(
            &headers,
            Problem::new(lang, StatusCode::UNPROCESSABLE_ENTITY, e),
        )
    })?;
    let index = with_table(&state, move |t, _| {
        t.workspace.propose(form.from, ask, &form.label)
    })
    .await?
    .map_err(|e| plain(&headers, Problem::refused(lang, &e)))?;
    Ok(done(&headers, json!({ "reload": true, "offer": index })))
}

#[derive(Debug, Deserialize)]
pub(super) struct NameForm {
    #[serde(default)]
    name: String,
}

fn file_name(headers: &HeaderMap, lang: Lang, name: &str) -> Result<FileName, Problem> {
    FileName::parse(name, "toml").map_err(|e| {
        plain(
            headers,
            Problem::new(lang, StatusCode::UNPROCESSABLE_ENTITY, e.message(lang)),
        )
    })
}

pub(super) async fn open_file(
    Shared(state): Shared<Arc<State>>,
    headers: HeaderMap,
    Form(form): Form<NameForm>,
) -> Reply {
    let lang = state.lang;
    let name = file_name(&headers, lang, &form.name)?;
    let index = with_table(&state, move |t, _| t.workspace.open_file(&name))
        .await?
        .map_err(|e| plain(&headers, Problem::refused(lang, &e)))?;
    Ok(done(&headers, json!({ "reload": true, "offer": index })))
}

pub(super) async fn save(
    Shared(state): Shared<Arc<State>>,
    Path(index): Path<usize>,
    headers: HeaderMap,
    Form(form): Form<NameForm>,
) -> Reply {
    let lang = state.lang;
    let name = file_name(&headers, lang, &form.name)?;
    let saved = name.to_string();
    with_table(&state, move |t, _| t.workspace.save(index, &name))
        .await?
        .map_err(|e| plain(&headers, Problem::refused(lang, &e)))?;
    Ok(done(&headers, json!({ "reload": true, "saved": saved })))
}

#[derive(Debug, Deserialize)]
pub(super) struct LabelForm {
    #[serde(default)]
    label: String,
}

pub(super) async fn relabel(
    Shared(state): Shared<Arc<State>>,
    Path(index): Path<usize>,
    headers: HeaderMap,
    Form(form): Form<LabelForm>,
) -> Reply {
    let lang = state.lang;
    with_table(&state, move |t, _| t.workspace.relabel(index, &form.label))
        .await?
        .map_err(|e| plain(&headers, Problem::refused(lang, &e)))?;
    Ok(done(&headers, json!({ "reload": true })))
}
