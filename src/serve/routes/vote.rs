//! The vote: the big screen opens a ballot on a saved offer and follows it;
//! each representative's own page checks in and votes once. Every count is
//! written at once into the offer's `[negotiation.vote]`.

use std::sync::Arc;

use axum::extract::{Path, State as Shared};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse};
use axum::Form;
use serde::Deserialize;
use serde_json::json;

use super::{done, plain, render, with_table, Problem, Reply};
use crate::serve::ballot::BallotError;
use crate::serve::pages::{BallotView, OfferCard};
use crate::serve::{State, Table};
use crate::t;

#[derive(Debug, Deserialize)]
pub(super) struct BallotForm {
    offer: usize,
}

pub(super) async fn open_ballot(
    Shared(state): Shared<Arc<State>>,
    headers: HeaderMap,
    Form(form): Form<BallotForm>,
) -> Reply {
    let lang = state.lang;
    with_table(&state, move |t, _| -> anyhow::Result<()> {
        let o = t.workspace.offer(form.offer)?;
        if form.offer == 0 {
            anyhow::bail!(t!(in lang; "serve-ballot-base"));
        }
        if o.saved.is_none() {
            anyhow::bail!(t!(in lang; "serve-ballot-unsaved"));
        }
        let n = o
            .schedule
            .negotiation
            .as_ref()
            .map(|n| n.worker_representatives)
            .filter(|n| *n > 0)
            .ok_or_else(|| anyhow::anyhow!(t!(in lang; "serve-ballot-no-negotiation")))?;
        t.ballot.open(form.offer, n)?;
        let tally = t.ballot.tally();
        t.workspace
            .record_vote(form.offer, tally.total, tally.present, tally.in_favour)
    })
    .await?
    .map_err(|e| plain(&headers, Problem::refused(lang, &e)))?;
    Ok(done(&headers, json!({ "reload": true })))
}

pub(super) async fn ballot_panel(Shared(state): Shared<Arc<State>>) -> Reply {
    let lang = state.lang;
    let html = with_table(&state, move |t, s| {
        let mut c = tera::Context::new();
        c.insert(
            "ballot",
            &BallotView::of(&t.workspace, &t.ballot, &s.origin),
        );
        c.insert("csrf", &s.csrf);
        c.insert("offers", &Vec::<OfferCard>::new());
        render(lang, "ballot.html", &c)
    })
    .await??;
    Ok(Html(html).into_response())
}

fn representative_page(
    t: &Table,
    state: &State,
    token: &str,
    notice: &str,
) -> Result<String, Problem> {
    let lang = state.lang;
    let r = t.ballot.representative(token).ok_or_else(|| {
        Problem::new(
            lang,
            StatusCode::NOT_FOUND,
            BallotError::Unknown.message(lang),
        )
    })?;
    let offer = t.ballot.offer.and_then(|i| t.workspace.offers.get(i));
    let change = t
        .ballot
        .offer
        .and_then(|i| t.workspace.comparison.offers.get(i.wrapping_sub(1)));
    let mut c = tera::Context::new();
    c.insert("number", &r.number);
    c.insert("token", &r.token);
    c.insert("present", &r.present);
    c.insert(
        "vote",
        &r.vote
            .map(|v| t!(in lang; "serve-vote", choice = if v { "for" } else { "against" })),
    );
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
    render(lang, "representative.html", &c)
}

pub(super) async fn representative(
    Shared(state): Shared<Arc<State>>,
    Path(token): Path<String>,
) -> Reply {
    let html = with_table(&state, move |t, s| representative_page(t, s, &token, "")).await??;
    Ok(Html(html).into_response())
}

#[derive(Debug, Deserialize)]
pub(super) struct VoteForm {
    choice: String,
}

pub(super) async fn check_in(
    Shared(state): Shared<Arc<State>>,
    Path(token): Path<String>,
) -> Reply {
    cast(state, token, None).await
}

pub(super) async fn vote(
    Shared(state): Shared<Arc<State>>,
    Path(token): Path<String>,
    Form(form): Form<VoteForm>,
) -> Reply {
    let lang = state.lang;
    let choice = match form.choice.as_str() {
        "for" => true,
        "against" => false,
        _ => {
            return Err(Problem::new(
                lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                t!(in lang; "serve-vote-choose"),
            )
            .fetched(false))
        }
    };
    cast(state, token, Some(choice)).await
}

/// A check-in or a vote, recorded at once in the offer's file.
async fn cast(state: Arc<State>, token: String, choice: Option<bool>) -> Reply {
    let html = with_table(&state, move |t, s| -> Result<String, Problem> {
        let lang = s.lang;
        let html_problem =
            |status, message: String| Problem::new(lang, status, message).fetched(false);
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
            return Err(html_problem(status, e.message(lang)));
        }
        let tally = t.ballot.tally();
        let offer = t.ballot.offer.unwrap_or(0);
        t.workspace
            .record_vote(offer, tally.total, tally.present, tally.in_favour)
            .map_err(|e| html_problem(StatusCode::UNPROCESSABLE_ENTITY, crate::cmd::told(&e)))?;
        let done = match choice {
            None => "present",
            Some(true) => "for",
            Some(false) => "against",
        };
        let notice = t!(in lang; "serve-notice", done = done);
        representative_page(t, s, &token, &notice)
    })
    .await??;
    Ok(Html(html).into_response())
}
