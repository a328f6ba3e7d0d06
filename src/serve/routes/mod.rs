//! The routes: which path goes to which handler, behind the guard. A change
//! answers the page's script with JSON (the HTML parts to replace, or an
//! error to show) and a plain form with a redirect; the guard has checked its
//! origin and token. The handlers are in one file per concern: the page and
//! the offers' changes, the downloads and reports, and the vote.

mod downloads;
mod offers;
mod problem;
mod vote;

use std::sync::Arc;

use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};

use crate::serve::guard::{self, CSRF_HEADER};
use crate::serve::{State, Table};

pub use problem::Problem;
use problem::{render, Reply};

const APP_JS: &str = include_str!("../assets/app.js");
const APP_CSS: &str = include_str!("../assets/app.css");

pub fn router(state: Arc<State>) -> Router {
    Router::new()
        .route("/", get(offers::workspace))
        .route(
            "/assets/app.js",
            get(|| async { asset(APP_JS, "text/javascript") }),
        )
        .route(
            "/assets/app.css",
            get(|| async { asset(APP_CSS, "text/css") }),
        )
        .route("/compare.html", get(downloads::compare_html))
        .route("/api/compare", get(downloads::compare_json))
        .route("/api/offers/{i}/check", get(downloads::check_json))
        .route("/explain", get(downloads::explain))
        .route("/offers", post(offers::new_offer))
        .route("/offers/propose", post(offers::propose))
        .route("/offers/open", post(offers::open_file))
        .route("/offers/{i}/edit", post(offers::edit))
        .route("/offers/{i}/save", post(offers::save))
        .route("/offers/{i}/label", post(offers::relabel))
        .route(
            "/offers/{i}/schedule.toml",
            get(downloads::download_schedule),
        )
        .route(
            "/offers/{i}/documents/{doc}/{format}",
            get(downloads::download_document),
        )
        .route("/ballot", get(vote::ballot_panel).post(vote::open_ballot))
        .route("/r/{token}", get(vote::representative))
        .route("/r/{token}/present", post(vote::check_in))
        .route("/r/{token}/vote", post(vote::vote))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::guard,
        ))
        .with_state(state)
}

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

/// Whether the page's script asked (it sends the CSRF header), not a plain form.
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
    let lang = state.lang;
    tokio::task::spawn_blocking(move || {
        let mut table = state.lock();
        f(&mut table, &state)
    })
    .await
    .map_err(|e| Problem::internal(lang, e.to_string()))
}

/// A change's answer: JSON to the page's script, a redirect to the page
/// for a plain form.
fn done(headers: &HeaderMap, body: serde_json::Value) -> Response {
    if is_fetch(headers) {
        Json(body).into_response()
    } else {
        Redirect::to("/").into_response()
    }
}

/// The problem answered as the request asked: JSON or a page.
fn plain(headers: &HeaderMap, p: Problem) -> Problem {
    p.fetched(is_fetch(headers))
}
