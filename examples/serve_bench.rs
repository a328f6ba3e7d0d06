//! Load for `nengji serve`: repeated edits through the HTTP endpoint, as the
//! page's script sends them, timed end to end (request written to answer read),
//! with the median and 95th percentile printed. `bench/serve.sh` starts the
//! server and runs this against it.
//!
//! ```text
//! cargo run --release --example serve_bench -- http://127.0.0.1:PORT/ 100 [FIELD]
//! ```
//!
//! Each edit sets FIELD (default `grade.0.pay.1`, the lowest grade's step-1
//! pay; `grade.0.base` for a base-and-increment grade) of a new offer to
//! another amount, so every request recomputes the offer over the roster, its
//! check and the comparison, and answers with the figures to show.

use std::error::Error;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// One HTTP/1.1 exchange on a fresh connection; returns the status and body.
fn exchange(addr: &str, request: &str) -> Result<(u16, String), Box<dyn Error>> {
    let mut tcp = TcpStream::connect(addr)?;
    tcp.write_all(request.as_bytes())?;
    let mut answer = Vec::new();
    tcp.read_to_end(&mut answer)?;
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("no HTTP status in the answer")?;
    let body = text
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_string();
    Ok((status, body))
}

fn post(addr: &str, path: &str, csrf: &str, body: &str) -> Result<(u16, String), Box<dyn Error>> {
    exchange(
        addr,
        &format!(
            "POST {path} HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\nX-CSRF-Token: {csrf}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
}

/// The value at a quantile (per mille) of sorted durations, nearest rank.
fn at(sorted: &[Duration], per_mille: usize) -> Duration {
    let rank = (sorted.len() * per_mille).div_ceil(1000).max(1);
    sorted[rank - 1]
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let url = args.next().ok_or("usage: serve_bench URL [EDITS]")?;
    let edits: usize = args.next().map_or(Ok(100), |n| n.parse())?;
    let field = args.next().unwrap_or_else(|| "grade.0.pay.1".to_string());
    let addr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let (status, page) = exchange(
        &addr,
        &format!("GET / HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"),
    )?;
    if status != 200 {
        return Err(format!("GET / answered {status}").into());
    }
    let at_csrf = page
        .find("name=\"csrf\" content=\"")
        .ok_or("no CSRF token in the page")?
        + 21;
    let csrf = page[at_csrf..at_csrf + 32].to_string();
    let (status, body) = post(&addr, "/offers", &csrf, "from=0&label=bench")?;
    if status != 200 {
        return Err(format!("new offer: {status} {body}").into());
    }
    let offer = body
        .split("\"offer\":")
        .nth(1)
        .and_then(|r| r.trim_start().split(|c: char| !c.is_ascii_digit()).next())
        .ok_or("no offer index")?
        .to_string();
    let mut times = Vec::with_capacity(edits);
    for i in 0..edits {
        let value = 2500 + (i % 50) * 10;
        let started = Instant::now();
        let (status, body) = post(
            &addr,
            &format!("/offers/{offer}/edit"),
            &csrf,
            &format!("field={field}&value={value}"),
        )?;
        let took = started.elapsed();
        if status != 200 || !body.contains("\"figures\"") {
            return Err(format!("edit {i}: {status} {body}").into());
        }
        times.push(took);
    }
    times.sort();
    let ms = |d: Duration| {
        let us = d.as_micros();
        format!("{}.{} ms", us / 1000, us % 1000 / 100)
    };
    println!(
        "{edits} edits: p50 {}, p95 {}, min {}, max {}",
        ms(at(&times, 500)),
        ms(at(&times, 950)),
        ms(times[0]),
        ms(times[times.len() - 1])
    );
    Ok(())
}
