//! The guard in front of every route: the Host header must name this server
//! (a page of another site that rebinds its DNS name to 127.0.0.1 is refused);
//! a change (any method but GET and HEAD) must come from this server's own
//! pages: its Origin, and the page's CSRF token in a header or form field; in
//! `--lan` mode every request carries the session token (a cookie set from the
//! big screen's `?t=` link) or, on a representative's own page, their token.

use std::sync::Arc;

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State as Shared};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use crate::serve::{token, State};
use crate::t;

/// The cookie that carries the session token in `--lan` mode.
pub const SESSION_COOKIE: &str = "nengji_session";
/// The header the page's script sends the CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";
/// The largest form a page posts.
const FORM_LIMIT: usize = 64 * 1024;

fn refuse(status: StatusCode, why: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        why.to_string(),
    )
        .into_response()
}

pub async fn guard(Shared(state): Shared<Arc<State>>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if !state.hosts.iter().any(|h| h.eq_ignore_ascii_case(host)) {
        return refuse(
            StatusCode::MISDIRECTED_REQUEST,
            &t!(in state.lang; "serve-guard-host"),
        );
    }
    let path = request.uri().path().to_string();
    let representative =
        representative_token(&path).filter(|t| state.lock().ballot.representative(t).is_some());
    if let Some(session) = &state.session {
        if representative.is_none() {
            if let Some(given) = query_token(request.uri().query()) {
                if token::same(session, &given) {
                    // Set the cookie and drop the token from the address bar.
                    let mut response = Redirect::to(&path).into_response();
                    let cookie =
                        format!("{SESSION_COOKIE}={session}; Path=/; HttpOnly; SameSite=Strict");
                    if let Ok(v) = HeaderValue::from_str(&cookie) {
                        response.headers_mut().insert(header::SET_COOKIE, v);
                    }
                    return response;
                }
            }
            if !cookie_token(headers).is_some_and(|c| token::same(session, &c)) {
                return refuse(
                    StatusCode::UNAUTHORIZED,
                    &t!(in state.lang; "serve-guard-token"),
                );
            }
        }
    }
    if request.method() == Method::GET || request.method() == Method::HEAD {
        return next.run(request).await;
    }
    if !same_origin(headers, &state.hosts) {
        return refuse(
            StatusCode::FORBIDDEN,
            &t!(in state.lang; "serve-guard-origin"),
        );
    }
    // A representative's own page posts to its own path: the path's token,
    // which no other site can know, stands for the CSRF token.
    if representative.is_some() {
        return next.run(request).await;
    }
    if headers
        .get(CSRF_HEADER)
        .and_then(|h| h.to_str().ok())
        .is_some_and(|t| token::same(&state.csrf, t))
    {
        return next.run(request).await;
    }
    // A plain form: the token is a field of its body.
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, FORM_LIMIT).await else {
        return refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            &t!(in state.lang; "serve-guard-too-large"),
        );
    };
    let given = form_field(&bytes, "csrf");
    if !given.is_some_and(|t| token::same(&state.csrf, &t)) {
        return refuse(
            StatusCode::FORBIDDEN,
            &t!(in state.lang; "serve-guard-csrf"),
        );
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// The token of `/r/{token}` and `/r/{token}/...`.
fn representative_token(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("/r/")?;
    Some(rest.split('/').next().unwrap_or(rest)).filter(|t| !t.is_empty())
}

fn query_token(query: Option<&str>) -> Option<String> {
    form_field(query?.as_bytes(), "t")
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            (k == SESSION_COOKIE).then(|| v.to_string())
        })
}

/// Whether the request's Origin (or, without one, its Referer) is this server.
/// A browser sends one of them with every cross-site POST.
fn same_origin(headers: &HeaderMap, hosts: &[String]) -> bool {
    let text = |name| {
        headers
            .get(name)
            .and_then(|h: &HeaderValue| h.to_str().ok())
    };
    let matches = |url: &str| {
        url.strip_prefix("http://").is_some_and(|rest| {
            let host = rest.split('/').next().unwrap_or("");
            hosts.iter().any(|h| h.eq_ignore_ascii_case(host))
        })
    };
    match (text(header::ORIGIN), text(header::REFERER)) {
        (Some(origin), _) => matches(origin),
        (None, Some(referer)) => matches(referer),
        // Neither: not a browser's cross-site request (a script on this machine,
        // which the CSRF token still has to pass).
        (None, None) => true,
    }
}

/// One field of an `application/x-www-form-urlencoded` body or query.
pub fn form_field(bytes: &[u8], name: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(bytes)
        .ok()?
        .into_iter()
        .find_map(|(k, v)| (k == name).then_some(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_fields_are_decoded() {
        let body = b"field=grade.0.pay.1&value=2%2C700&csrf=ab+c&label=%E5%B7%A5%E4%BC%9A";
        assert_eq!(form_field(body, "value").as_deref(), Some("2,700"));
        assert_eq!(form_field(body, "csrf").as_deref(), Some("ab c"));
        assert_eq!(form_field(body, "label").as_deref(), Some("工会"));
        assert_eq!(form_field(body, "nope"), None);
    }

    #[test]
    fn origins_are_held_to_this_server() {
        let hosts = vec!["127.0.0.1:8080".to_string()];
        let mut h = HeaderMap::new();
        assert!(same_origin(&h, &hosts));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:8080"),
        );
        assert!(same_origin(&h, &hosts));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://evil.example"),
        );
        assert!(!same_origin(&h, &hosts));
        h.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert!(!same_origin(&h, &hosts));
        let mut r = HeaderMap::new();
        r.insert(
            header::REFERER,
            HeaderValue::from_static("http://127.0.0.1:8080.evil.example/x"),
        );
        assert!(!same_origin(&r, &hosts));
    }

    #[test]
    fn representative_paths() {
        assert_eq!(representative_token("/r/abc"), Some("abc"));
        assert_eq!(representative_token("/r/abc/vote"), Some("abc"));
        assert_eq!(representative_token("/r/"), None);
        assert_eq!(representative_token("/offers/1"), None);
    }
}
