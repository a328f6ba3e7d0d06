//! What the page downloads and links to: an offer's schedule file, its
//! documents (as `nengji render` writes them), compare's HTML page and JSON,
//! check's JSON report and a worker's explanation.

use std::sync::Arc;

use axum::extract::{Path, Query, State as Shared};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use serde::Deserialize;

use super::{render, with_table, Problem, Reply};
use crate::render::{Document, Format};
use crate::serve::adapter;
use crate::serve::State;
use crate::t;

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

pub(super) async fn download_schedule(
    Shared(state): Shared<Arc<State>>,
    Path(index): Path<usize>,
) -> Reply {
    let lang = state.lang;
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
    .await?
    .map_err(|e| Problem::refused(lang, &e))?;
    Ok(attachment(
        text.into_bytes(),
        "application/toml; charset=utf-8",
        &name,
    ))
}

pub(super) async fn download_document(
    Shared(state): Shared<Arc<State>>,
    Path((index, doc, format)): Path<(usize, String, String)>,
) -> Reply {
    let lang = state.lang;
    let document = Document::ALL
        .into_iter()
        .find(|d| d.id() == doc)
        .ok_or_else(|| {
            Problem::new(
                lang,
                StatusCode::NOT_FOUND,
                t!(in lang; "serve-no-document", document = &doc),
            )
        })?;
    let (format, mime) = match format.as_str() {
        "md" => (Format::Md, "text/markdown; charset=utf-8"),
        "html" => (Format::Html, "text/html; charset=utf-8"),
        "docx" => (
            Format::Docx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        other => {
            return Err(Problem::new(
                lang,
                StatusCode::NOT_FOUND,
                t!(in lang; "serve-no-format", format = other),
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
    .await?
    .map_err(|e| Problem::refused(lang, &e))?;
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

pub(super) async fn compare_html(Shared(state): Shared<Arc<State>>) -> Reply {
    let lang = state.lang;
    let bytes = with_table(&state, |t, _| {
        adapter::compare_html(&t.workspace.comparison)
    })
    .await?
    .map_err(|e| Problem::refused(lang, &e))?;
    Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], bytes).into_response())
}

pub(super) async fn compare_json(Shared(state): Shared<Arc<State>>) -> Reply {
    let lang = state.lang;
    let v = with_table(&state, |t, _| {
        t.workspace
            .full_comparison()
            .and_then(|c| Ok(serde_json::to_value(&c)?))
    })
    .await?
    .map_err(|e| Problem::internal(lang, e.to_string()))?;
    Ok(Json(v).into_response())
}

pub(super) async fn check_json(
    Shared(state): Shared<Arc<State>>,
    Path(index): Path<usize>,
) -> Reply {
    let lang = state.lang;
    let bytes = with_table(&state, move |t, _| -> Result<_, Problem> {
        let o = t
            .workspace
            .offer(index)
            .map_err(|e| Problem::refused(lang, &e))?;
        let report = o.report.as_ref().ok_or_else(|| {
            Problem::new(
                lang,
                StatusCode::NOT_FOUND,
                t!(in lang; "serve-no-standards"),
            )
        })?;
        adapter::check_json(report).map_err(|e| Problem::internal(lang, e.to_string()))
    })
    .await??;
    Ok(([(header::CONTENT_TYPE, "application/json")], bytes).into_response())
}

#[derive(Debug, Deserialize)]
pub(super) struct ExplainQuery {
    #[serde(default)]
    offer: usize,
    employee: String,
    #[serde(default)]
    enterprise: String,
}

pub(super) async fn explain(
    Shared(state): Shared<Arc<State>>,
    Query(q): Query<ExplainQuery>,
) -> Reply {
    let lang = state.lang;
    let html = with_table(&state, move |t, _| -> Result<String, Problem> {
        let ws = &t.workspace;
        let refused = |e: anyhow::Error| Problem::refused(lang, &e).fetched(false);
        let o = ws.offer(q.offer).map_err(refused)?;
        let enterprise = Some(q.enterprise.trim()).filter(|e| !e.is_empty());
        let explanation = adapter::explain(
            &o.schedule,
            &o.workers,
            q.employee.trim(),
            enterprise,
            &ws.roster_name,
        )
        .map_err(refused)?;
        let mut c = tera::Context::new();
        c.insert("label", &o.label);
        c.insert("employee", q.employee.trim());
        c.insert("text", &explanation.to_string());
        render(lang, "explain.html", &c)
    })
    .await??;
    Ok(Html(html).into_response())
}
