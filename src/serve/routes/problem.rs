//! `Problem`: an error a person reads, answered as JSON to the page's script
//! or as a page of its own; and the rendering of the templates, in the
//! server's language.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use serde_json::json;

use crate::i18n::Lang;
use crate::serve::pages;
use crate::t;

/// An error a person reads: the message, and the status to send.
#[derive(Debug)]
pub struct Problem {
    status: StatusCode,
    message: String,
    /// Whether the page's script asked (JSON), or a plain request (HTML).
    fetch: bool,
    lang: Lang,
}

pub(super) type Reply = Result<Response, Problem>;

impl Problem {
    pub(super) fn new(lang: Lang, status: StatusCode, message: impl Into<String>) -> Problem {
        Problem {
            status,
            message: message.into(),
            fetch: true,
            lang,
        }
    }

    /// An error that is not the input's (a template, a task that failed).
    pub(super) fn internal(lang: Lang, message: impl Into<String>) -> Problem {
        Problem::new(lang, StatusCode::INTERNAL_SERVER_ERROR, message)
    }

    /// An input that cannot be used, with the error's causes.
    pub(super) fn refused(lang: Lang, e: &anyhow::Error) -> Problem {
        Problem::new(lang, StatusCode::UNPROCESSABLE_ENTITY, crate::cmd::told(e))
    }

    /// The same problem, answered as JSON (`true`) or as a page.
    pub(super) fn fetched(self, fetch: bool) -> Problem {
        Problem { fetch, ..self }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        if self.fetch {
            (self.status, Json(json!({ "error": self.message }))).into_response()
        } else {
            let page = render_message(self.lang, &self.message);
            (self.status, Html(page)).into_response()
        }
    }
}

/// Renders a template in `lang`.
pub(super) fn render(lang: Lang, name: &str, context: &tera::Context) -> Result<String, Problem> {
    thread_local! {
        static TERA: Vec<Result<tera::Tera, String>> =
            Lang::ALL.iter().map(|&l| pages::templates(l).map_err(|e| chain(&e))).collect();
    }
    TERA.with(|all| match all.get(lang as usize) {
        Some(Ok(tera)) => tera
            .render(name, context)
            .map_err(|e| Problem::internal(lang, chain(&e))),
        Some(Err(e)) => Err(Problem::internal(lang, e.clone())),
        None => Err(Problem::internal(lang, lang.to_string())),
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

fn render_message(lang: Lang, message: &str) -> String {
    let mut c = tera::Context::new();
    c.insert("title", &t!(in lang; "serve-page-error-title"));
    c.insert("message", message);
    render(lang, "message.html", &c).unwrap_or_else(|p| p.message)
}
