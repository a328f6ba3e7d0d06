//! `nengji serve`: the negotiation table in the browser (云协商). A local web
//! workbench over compare, check, propose, explain and render, where both sides
//! see the same figures change as an offer changes. The pages are rendered on
//! the server, with a few lines of plain script; every asset is in the binary.
//!
//! It holds no pay logic of its own: every figure comes through its `adapter` module,
//! which calls the library as the commands do.

mod adapter;
mod ballot;
mod ballot_view;
mod card;
mod edit;
mod figures;
mod guard;
mod names;
mod pages;
mod routes;
mod token;
mod workspace;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};

use anyhow::{anyhow, Context as _, Result};

use crate::i18n::Lang;
use crate::t;

pub use edit::{EditError, Field};
pub use names::{FileName, NameError};
pub use workspace::{Inputs, Workspace};

use ballot::Ballot;

/// How the server is started.
#[derive(Debug, Clone)]
pub struct Config {
    /// The files the workbench opens: schedule, roster, standards, the directory offers are saved in.
    pub inputs: Inputs,
    /// 0 picks a free port.
    pub port: u16,
    /// Meeting-room mode: bound to this LAN address, every request needs a token.
    pub lan: Option<IpAddr>,
}

/// What every request shares.
#[derive(Debug)]
pub struct State {
    table: Mutex<Table>,
    /// Put in every page and required on every change (with the Origin check).
    pub(crate) csrf: String,
    /// In `--lan` mode, the token every request of the big screen carries.
    pub(crate) session: Option<String>,
    /// `host:port` values the Host header may take.
    pub(crate) hosts: Vec<String>,
    /// The URL printed on start, the big screen's address.
    pub(crate) url: String,
    /// `http://host:port/`, the start of every link the server hands out.
    pub(crate) origin: String,
    /// The language of the pages and of every answer.
    pub(crate) lang: Lang,
}

/// The workspace and the ballot, changed together under one lock.
#[derive(Debug)]
pub struct Table {
    /// Everything the server holds: the base, the offers and the inputs they are computed over.
    pub workspace: Workspace,
    /// The vote in progress on an offer, if any.
    pub ballot: Ballot,
}

impl State {
    /// Loads the workspace for a server that will listen on `addr`.
    pub fn new(inputs: &Inputs, addr: SocketAddr, lan: bool) -> Result<State> {
        let workspace = Workspace::open(inputs)?;
        let host = match addr.ip() {
            IpAddr::V6(ip) => format!("[{ip}]:{}", addr.port()),
            IpAddr::V4(ip) => format!("{ip}:{}", addr.port()),
        };
        let mut hosts = vec![host.clone()];
        if addr.ip().is_loopback() {
            hosts.push(format!("localhost:{}", addr.port()));
        }
        let session = if lan { Some(token::random()?) } else { None };
        let origin = format!("http://{host}/");
        let url = match &session {
            Some(t) => format!("{origin}?t={t}"),
            None => origin.clone(),
        };
        Ok(State {
            table: Mutex::new(Table {
                workspace,
                ballot: Ballot::default(),
            }),
            csrf: token::random()?,
            session,
            hosts,
            url,
            origin,
            lang: inputs.lang,
        })
    }

    /// The table, even after a handler panicked holding it (its state is
    /// replaced whole on each change, never left half-done).
    pub fn lock(&self) -> MutexGuard<'_, Table> {
        self.table
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The URL printed on start, for the big screen.
    pub fn url(&self) -> &str {
        &self.url
    }
}

/// The pages' language: the one `--lang` or `NENGJI_LANG` asks for, else
/// Chinese (the table is Chinese whatever the machine's locale).
pub fn page_lang() -> Lang {
    Lang::flag_in_args(std::env::args_os())
        .as_deref()
        .and_then(Lang::parse)
        .or_else(|| {
            std::env::var(crate::i18n::ENV_VAR)
                .ok()
                .as_deref()
                .and_then(Lang::parse)
        })
        .unwrap_or(Lang::Zh)
}

/// The routes, for a server or a test.
pub fn router(state: Arc<State>) -> axum::Router {
    routes::router(state)
}

/// Binds, prints the URL as the first line on stdout, opens the browser when
/// asked, and serves until Ctrl-C. Requests in flight finish first, and every
/// file is written whole (a temporary file renamed), so none is left half-written.
pub fn run(config: Config, open_browser: bool) -> Result<()> {
    // The messages of the library (a schedule's errors on the page) in the
    // pages' language too.
    crate::i18n::set_lang(config.inputs.lang);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .with_context(|| t!("serve-runtime"))?;
    runtime.block_on(async move {
        let ip = config.lan.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
        let listener = tokio::net::TcpListener::bind((ip, config.port))
            .await
            .with_context(|| {
                t!(
                    "serve-listen",
                    ip = ip.to_string(),
                    port = u32::from(config.port)
                )
            })?;
        let addr = listener.local_addr()?;
        let inputs = config.inputs.clone();
        let state =
            tokio::task::spawn_blocking(move || State::new(&inputs, addr, config.lan.is_some()))
                .await
                .map_err(|e| anyhow!(t!("serve-load-failed", error = e.to_string())))??;
        let state = Arc::new(state);
        {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            writeln!(out, "{}", state.url())?;
            out.flush()?;
            // The hints are for the person, on stderr: a program that reads
            // the URL line and closes the pipe must not stop the server.
            if config.lan.is_some() {
                eprintln!("{}", t!("serve-hint-lan"));
            }
            eprintln!("{}", t!("serve-hint-stop"));
        }
        if open_browser {
            if let Err(e) = open::that_detached(state.url()) {
                eprintln!(
                    "{}",
                    t!("serve-no-browser", error = e.to_string(), url = state.url())
                );
            }
        }
        axum::serve(listener, router(state))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .with_context(|| t!("serve-stopped-error"))?;
        eprintln!("{}", t!("serve-stopped"));
        Ok(())
    })
}

/// The machine's address on the local network: the one a packet to the
/// outside would leave from (no packet is sent).
pub fn lan_address() -> Result<IpAddr> {
    let socket = std::net::UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))?;
    socket
        .connect((Ipv4Addr::new(192, 0, 2, 1), 9))
        .with_context(|| t!("serve-no-route"))?;
    let ip = socket.local_addr()?.ip();
    if ip.is_loopback() || ip.is_unspecified() {
        return Err(anyhow!(t!("serve-no-lan", ip = ip.to_string())));
    }
    Ok(ip)
}
