//! `nengji serve` at the HTTP level: every route, in process through the router
//! (tower's `oneshot`), with the figures held equal to what `nengji compare`,
//! `check`, `explain`, `propose` and `render` print for the same files; and the
//! real binary started, asked and stopped with Ctrl-C.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{example, Workdir};
use http_body_util::BodyExt;
use nengji::i18n::Lang;
use nengji::serve::{router, Inputs, State};
use serde_json::Value;
use tower::ServiceExt;

const HOST: &str = "127.0.0.1:8080";

/// The pump example with a [negotiation] record of 5 + 5 representatives.
fn negotiated_schedule(dir: &Workdir) -> String {
    let text = std::fs::read_to_string(example("pump/schedule.toml")).expect("pump schedule");
    dir.write(
        "base.toml",
        format!(
            "{text}\n[negotiation]\nworker_representatives = 5\nemployer_representatives = 5\n"
        ),
    )
}

fn standards() -> Vec<String> {
    vec!["zhejiang".into(), example("standards/examples.toml")]
}

/// A server over the pump example in a fresh workspace.
struct Server {
    dir: Workdir,
    app: axum::Router,
    csrf: String,
    state: Arc<State>,
}

#[derive(Debug)]
struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    #[track_caller]
    fn ok(self) -> Reply {
        assert_eq!(self.status, StatusCode::OK, "{}", self.text());
        self
    }
}

impl Server {
    fn start(lan: bool) -> Server {
        Server::in_lang(lan, Lang::Zh)
    }

    fn in_lang(lan: bool, lang: Lang) -> Server {
        let dir = Workdir::new();
        let schedule = negotiated_schedule(&dir);
        Server::over(dir, &schedule, lan, lang)
    }

    fn over(dir: Workdir, schedule: &str, lan: bool, lang: Lang) -> Server {
        let inputs = Inputs {
            schedule: schedule.into(),
            roster: example("pump/roster.csv").into(),
            standards: standards(),
            dir: dir.path(""),
            encoding: Default::default(),
            sheet: Default::default(),
            base_label: "现行".into(),
            lang,
        };
        let addr: SocketAddr = HOST.parse().expect("address");
        let state = Arc::new(State::new(&inputs, addr, lan).expect("the workspace loads"));
        let app = router(state.clone());
        let mut server = Server {
            dir,
            app,
            csrf: String::new(),
            state,
        };
        if !lan {
            let page = server.get("/").ok().text();
            server.csrf = csrf_of(&page);
        }
        server
    }

    async fn send(&self, request: Request<Body>) -> Reply {
        let response = self
            .app
            .clone()
            .oneshot(request)
            .await
            .expect("the router answers");
        let status = response.status();
        let headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes()
            .to_vec();
        Reply {
            status,
            headers,
            body,
        }
    }

    fn block<T>(&self, f: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(f)
    }

    fn get(&self, path: &str) -> Reply {
        let request = Request::get(path)
            .header(header::HOST, HOST)
            .body(Body::empty())
            .expect("request");
        self.block(self.send(request))
    }

    /// A POST as the page's script makes it: Origin, CSRF header, form body.
    fn post(&self, path: &str, form: &[(&str, &str)]) -> Reply {
        let body = serde_urlencoded::to_string(form).expect("form");
        let request = Request::post(path)
            .header(header::HOST, HOST)
            .header(header::ORIGIN, format!("http://{HOST}"))
            .header("x-csrf-token", &self.csrf)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request");
        self.block(self.send(request))
    }

    /// Makes a copy of the base called `label` and returns its index.
    fn new_offer(&self, label: &str) -> usize {
        let r = self
            .post("/offers", &[("from", "0"), ("label", label)])
            .ok();
        r.json()["offer"].as_u64().expect("offer index") as usize
    }

    fn edit(&self, offer: usize, field: &str, value: &str) -> Reply {
        self.post(
            &format!("/offers/{offer}/edit"),
            &[("field", field), ("value", value)],
        )
    }

    fn compare(&self) -> Value {
        self.get("/api/compare").ok().json()
    }
}

fn csrf_of(page: &str) -> String {
    let at = page.find("name=\"csrf\" content=\"").expect("csrf meta") + 21;
    page[at..at + 32].to_string()
}

fn monthly_bill(c: &Value, scenario: usize) -> String {
    c["scenarios"][scenario]["bill"]["monthly"]
        .as_str()
        .expect("a money string")
        .to_string()
}

#[test]
fn the_page_shows_the_base_and_its_findings() {
    let s = Server::start(false);
    let page = s.get("/").ok().text();
    assert!(page.contains("云协商"), "{page}");
    assert!(
        page.contains("1,195,557.96"),
        "the base's monthly wage bill"
    );
    // The planted violation of the pump example: 学徒工 step 1 equals the minimum wage.
    assert!(page.contains("agreed-above-minimum"), "{page}");
    let js = s.get("/assets/app.js").ok();
    assert!(js.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    assert!(js.text().contains("X-CSRF-Token"));
    assert!(s.get("/assets/app.css").ok().text().contains(".card"));
    assert_eq!(s.get("/nothing").status, StatusCode::NOT_FOUND);
}

#[test]
fn an_edit_recomputes_and_equals_compare_and_check() {
    let s = Server::start(false);
    let i = s.new_offer("工会方案");
    assert_eq!(i, 1);
    let before = s.compare();
    assert_eq!(monthly_bill(&before, 1), monthly_bill(&before, 0));
    // 学徒工 step 1: 2490 -> 2600, which also clears the Art 5 finding.
    let r = s.edit(1, "grade.0.pay.1", "2600").ok().json();
    let figures = r["parts"]["figures"].as_str().expect("figures part");
    assert!(r["parts"]["offer-1"].as_str().is_some());
    let after = s.compare();
    assert_ne!(monthly_bill(&after, 1), monthly_bill(&before, 1));
    assert!(
        figures.contains(&grouped(&monthly_bill(&after, 1))),
        "{figures}"
    );
    // A base-plus-increment grade and an allowance cap too.
    s.edit(1, "grade.2.increment", "120").ok();
    s.edit(1, "allowance.5.cap", "900").ok();
    s.edit(1, "grade.3.steps", "6").ok();

    s.post("/offers/1/save", &[("name", "工会方案")]).ok();
    let saved = s.dir.read("工会方案.toml");
    assert!(saved.contains("# NOTE for reviewers"), "comments are kept");
    assert!(saved.contains(r#"pay = ["2600", "2620", "2700", "2780", "2860"]"#));
    assert!(saved.contains("cap = \"900\""));

    // The same files through the commands give the same JSON.
    let base = s.state.lock().workspace.base().file.clone();
    let roster = example("pump/roster.csv");
    let examples = example("standards/examples.toml");
    let cli = s
        .dir
        .run(&[
            "compare",
            "--roster",
            &roster,
            &base,
            "工会方案.toml",
            "--label",
            "现行",
            "--label",
            "工会方案",
            "--standards",
            "zhejiang",
            "--standards",
            &examples,
            "--format",
            "json",
        ])
        .success();
    let cli: Value = serde_json::from_str(&cli.stdout()).expect("compare JSON");
    assert_eq!(s.compare(), cli, "the page's comparison is compare's");

    for (index, file) in [(0, base.as_str()), (1, "工会方案.toml")] {
        let run = s.dir.run_over(
            "check",
            file,
            &roster,
            &[
                "--standards",
                "zhejiang",
                "--standards",
                &examples,
                "--format",
                "json",
            ],
        );
        let cli: Value = serde_json::from_str(&run.stdout()).expect("check JSON");
        let page = s.get(&format!("/api/offers/{index}/check")).ok().json();
        assert_eq!(page, cli, "check of {file}");
    }
    let findings = s.get("/api/offers/1/check").ok().json();
    let rules: Vec<&str> = findings["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(!rules.contains(&"agreed-above-minimum"), "{rules:?}");

    // compare's own HTML page is the charts' page.
    let html = s
        .dir
        .run(&[
            "compare",
            "--roster",
            &roster,
            &base,
            "工会方案.toml",
            "--label",
            "现行",
            "--label",
            "工会方案",
            "--standards",
            "zhejiang",
            "--standards",
            &examples,
            "--format",
            "html",
        ])
        .success();
    assert_eq!(s.get("/compare.html").ok().text(), html.stdout());
}

fn grouped(plain: &str) -> String {
    let (int, frac) = plain.split_once('.').unwrap_or((plain, "00"));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{out}.{frac}")
}

#[test]
fn bad_input_is_refused_with_a_clear_error_and_changes_nothing() {
    let s = Server::start(false);
    s.new_offer("甲");
    let before = s.compare();
    for (field, value, says) in [
        ("grade.0.pay.1", "abc", "不是金额"),
        ("grade.0.pay.1", "-1", "不能为负数"),
        ("grade.0.pay.9", "2600", "没有第 9 档"),
        ("grade.0.base", "2600", "没有 `base`"),
        ("grade.0.steps", "0", "不是档数"),
        ("../../etc/passwd", "1", "不认识的字段"),
        ("allowance.99.amount", "1", "没有第 100 个"),
    ] {
        let r = s.edit(1, field, value);
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let e = r.json()["error"].as_str().unwrap().to_string();
        assert!(e.contains(says), "{field}={value}: {e}");
    }
    // A value the schedule loader refuses, with the file, line and column.
    let r = s.edit(1, "grade.1.base", "99999999999999999999999999999");
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The base is not edited.
    let r = s.edit(0, "grade.0.pay.1", "2600");
    assert!(r.json()["error"].as_str().unwrap().contains("不能修改"));
    assert_eq!(s.compare(), before, "nothing changed");

    for name in ["../x", "/tmp/x", "a/b", ".x", "x.csv", "", "a b"] {
        let r = s.post("/offers/1/save", &[("name", name)]);
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
    }
    // Never over an input, nor over a file this session did not write.
    s.dir.write("theirs.toml", "x = 1\n");
    let r = s.post("/offers/1/save", &[("name", "base")]);
    assert!(
        r.json()["error"].as_str().unwrap().contains("输入文件"),
        "{}",
        r.text()
    );
    let r = s.post("/offers/1/save", &[("name", "theirs")]);
    assert!(r.json()["error"]
        .as_str()
        .unwrap()
        .contains("不是本次会话写的"));
    assert_eq!(s.dir.read("theirs.toml"), "x = 1\n");
    assert_eq!(s.dir.files(), ["base.toml", "theirs.toml"]);
}

#[test]
fn changes_need_this_servers_origin_and_the_csrf_token() {
    let s = Server::start(false);
    let form = "from=0&label=x";
    let send = |origin: Option<&str>, token: Option<&str>, host: &str| {
        let mut r = Request::post("/offers")
            .header(header::HOST, host)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(o) = origin {
            r = r.header(header::ORIGIN, o);
        }
        if let Some(t) = token {
            r = r.header("x-csrf-token", t);
        }
        s.block(s.send(r.body(Body::from(form)).unwrap())).status
    };
    let origin = format!("http://{HOST}");
    assert_eq!(
        send(Some("http://evil.example"), Some(&s.csrf), HOST),
        StatusCode::FORBIDDEN
    );
    assert_eq!(send(Some(&origin), None, HOST), StatusCode::FORBIDDEN);
    assert_eq!(
        send(Some(&origin), Some("0".repeat(32).as_str()), HOST),
        StatusCode::FORBIDDEN
    );
    // DNS rebinding: a page of another name that resolves here.
    assert_eq!(
        send(Some(&origin), Some(&s.csrf), "evil.example:8080"),
        StatusCode::MISDIRECTED_REQUEST
    );
    assert_eq!(
        s.block(
            s.send(
                Request::get("/")
                    .header(header::HOST, "evil.example")
                    .body(Body::empty())
                    .unwrap()
            )
        )
        .status,
        StatusCode::MISDIRECTED_REQUEST
    );
    // A plain form carries the token as a field, and is answered with a redirect.
    let body = format!("from=0&label=y&csrf={}", s.csrf);
    let r = Request::post("/offers")
        .header(header::HOST, HOST)
        .header(header::ORIGIN, &origin)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    let r = s.block(s.send(r));
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(send(Some(&origin), Some(&s.csrf), HOST), StatusCode::OK);
    assert_eq!(s.state.lock().workspace.offers.len(), 3);
}

#[test]
fn propose_from_the_page_is_propose() {
    let s = Server::start(false);
    let r = s
        .post(
            "/offers/propose",
            &[
                ("target", "8%"),
                ("mode", "lift-low"),
                ("round_to", "10"),
                ("label", "工会拟定"),
            ],
        )
        .ok();
    let index = r.json()["offer"].as_u64().unwrap() as usize;
    s.post(&format!("/offers/{index}/save"), &[("name", "page")])
        .ok();
    let base = s.state.lock().workspace.base().file.clone();
    let roster = example("pump/roster.csv");
    let examples = example("standards/examples.toml");
    s.dir
        .run(&[
            "propose",
            "--schedule",
            &base,
            "--roster",
            &roster,
            "--target-growth",
            "8%",
            "--mode",
            "lift-low",
            "--standards",
            "zhejiang",
            "--standards",
            &examples,
            "--output",
            "cli.toml",
        ])
        .success();
    // Everything below the two header lines is the same file.
    let body = |t: String| t.lines().skip(2).collect::<Vec<_>>().join("\n");
    assert_eq!(body(s.dir.read("page.toml")), body(s.dir.read("cli.toml")));
    let c = s.compare();
    assert_eq!(c["offers"][0]["label"], "工会拟定");
    assert_eq!(
        c["offers"][0]["average_growth"]
            .as_str()
            .map(|g| g.starts_with("8.0")),
        Some(true),
        "{}",
        c["offers"][0]["average_growth"]
    );

    let r = s.post("/offers/propose", &[("target", "lots")]);
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.json()["error"].as_str().unwrap().contains("目标增长"));
}

#[test]
fn explain_documents_and_downloads_are_the_commands_output() {
    let s = Server::start(false);
    s.new_offer("甲");
    s.edit(1, "grade.1.base", "3000").ok();
    s.post("/offers/1/save", &[("name", "jia")]).ok();
    let roster = example("pump/roster.csv");
    let examples = example("standards/examples.toml");

    let page = s.get("/explain?offer=1&employee=DH001").ok().text();
    let cli = s
        .dir
        .run(&[
            "explain",
            "--schedule",
            "jia.toml",
            "--roster",
            &roster,
            "--employee",
            "DH001",
        ])
        .success()
        .stdout();
    let escaped = cli
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2F;");
    assert!(page.contains(&escaped), "{page}\n---\n{cli}");
    let r = s.get("/explain?offer=1&employee=DH00");
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("DH00"), "{}", r.text());

    let toml = s.get("/offers/1/schedule.toml").ok();
    assert_eq!(toml.text(), s.dir.read("jia.toml"));
    assert!(toml.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .contains("jia.toml"));

    for format in ["md", "html", "docx"] {
        let got = s
            .get(&format!("/offers/1/documents/industry-agreement/{format}"))
            .ok();
        let out = format!("agreement.{format}");
        s.dir.run_over(
            "render",
            "jia.toml",
            &roster,
            &[
                "--standards",
                "zhejiang",
                "--standards",
                &examples,
                "--document",
                "industry-agreement",
                "--format",
                format,
                "--output",
                &out,
            ],
        );
        let want = std::fs::read(s.dir.path(&out)).expect("render wrote it");
        assert!(got.body == want, "{format} differs from nengji render");
    }
    assert_eq!(
        s.get("/offers/1/documents/contract/md").status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        s.get("/offers/1/documents/nope/md").status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.get("/offers/1/documents/notice/pdf").status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.get("/offers/7/schedule.toml").status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[test]
fn offers_open_from_the_workspace_and_relabel() {
    let dir = Workdir::new();
    let base = negotiated_schedule(&dir);
    let employer = std::fs::read_to_string(example("pump/offer-employer.toml")).unwrap();
    dir.write("employer.toml", employer);
    let s = Server::over(dir, &base, false, Lang::Zh);
    let page = s.get("/").ok().text();
    assert!(
        page.contains("<option>employer.toml</option>"),
        "the workspace's files are listed"
    );
    assert!(
        !page.contains("<option>base.toml</option>"),
        "not the input"
    );
    let r = s.post("/offers/open", &[("name", "employer.toml")]).ok();
    assert_eq!(r.json()["offer"], 1);
    assert_eq!(
        s.post("/offers/open", &[("name", "../x.toml")]).status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        s.post("/offers/open", &[("name", "base.toml")]).status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    s.post("/offers/1/label", &[("label", "企业报价")]).ok();
    assert_eq!(s.compare()["offers"][0]["label"], "企业报价");
    // An opened file may be saved over: it is this session's to edit.
    s.edit(1, "grade.0.pay.2", "2700").ok();
    s.post("/offers/1/save", &[("name", "employer")]).ok();
    assert!(s.dir.read("employer.toml").contains("企业方第一轮报价"));
}

/// The token of each representative's link on the ballot panel.
fn representative_tokens(panel: &str) -> Vec<String> {
    let panel = panel.replace("&#x2F;", "/");
    panel
        .match_indices("/r/")
        .map(|(at, _)| panel[at + 3..at + 35].to_string())
        .fold(Vec::new(), |mut v, t| {
            if !v.contains(&t) {
                v.push(t);
            }
            v
        })
}

#[test]
fn representatives_vote_once_and_the_vote_is_recorded_and_checked() {
    let s = Server::start(false);
    s.new_offer("工会方案");
    let r = s.post("/ballot", &[("offer", "1")]);
    assert!(r.json()["error"].as_str().unwrap().contains("先把方案保存"));
    s.post("/offers/1/save", &[("name", "union")]).ok();
    s.post("/ballot", &[("offer", "1")]).ok();
    let panel = s.get("/ballot").ok().text();
    let tokens = representative_tokens(&panel);
    assert_eq!(tokens.len(), 5, "{panel}");
    assert!(panel.contains("<svg"), "QR codes");

    let rep = |t: &str, path: &str, form: &[(&str, &str)]| {
        let body = serde_urlencoded::to_string(form).unwrap();
        let r = Request::post(format!("/r/{t}{path}"))
            .header(header::HOST, HOST)
            .header(header::ORIGIN, format!("http://{HOST}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        s.block(s.send(r))
    };
    let page = s.get(&format!("/r/{}", tokens[0])).ok().text();
    assert!(page.contains("职工代表 1"));
    rep(&tokens[0], "/present", &[]).ok();
    for t in &tokens[..3] {
        let r = rep(t, "/vote", &[("choice", "for")]).ok();
        assert!(r.text().contains("已投赞成票"));
    }
    let again = rep(&tokens[0], "/vote", &[("choice", "against")]);
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.text().contains("只能投一次"));
    // Cross-site, or a made-up token: refused.
    let forged = Request::post(format!("/r/{}/vote", tokens[3]))
        .header(header::HOST, HOST)
        .header(header::ORIGIN, "http://evil.example")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("choice=for"))
        .unwrap();
    assert_eq!(s.block(s.send(forged)).status, StatusCode::FORBIDDEN);
    assert_eq!(
        rep(&"0".repeat(32), "/vote", &[("choice", "for")]).status,
        StatusCode::FORBIDDEN
    );

    // 3 of 5 present: short of 2/3, so the procedure check finds it.
    let saved = s.dir.read("union.toml");
    assert!(
        saved.contains("[negotiation.vote]\ntotal = 5\npresent = 3\nin_favour = 3\n"),
        "{saved}"
    );
    let check = s.get("/api/offers/1/check").ok().json();
    let rules: Vec<&str> = check["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"vote-quorum"), "{rules:?}");
    rep(&tokens[3], "/vote", &[("choice", "against")]).ok();
    let check = s.get("/api/offers/1/check").ok().json();
    let rules: Vec<&str> = check["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(
        !rules.iter().any(|r| r.starts_with("vote-")),
        "4 of 5 present, 3 of 5 for: {rules:?}"
    );
    let panel = s.get("/ballot").ok().text();
    assert!(panel.contains(r#"data-tally="present">4<"#), "{panel}");
    // The check reads the same record from the file.
    let roster = example("pump/roster.csv");
    let examples = example("standards/examples.toml");
    let run = s.dir.run_over(
        "check",
        "union.toml",
        &roster,
        &[
            "--standards",
            "zhejiang",
            "--standards",
            &examples,
            "--format",
            "json",
        ],
    );
    let cli: Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(s.get("/api/offers/1/check").ok().json(), cli);
}

#[test]
fn lan_mode_needs_a_token_on_every_request() {
    let s = Server::start(true);
    assert_eq!(s.get("/").status, StatusCode::UNAUTHORIZED);
    assert_eq!(s.get("/assets/app.js").status, StatusCode::UNAUTHORIZED);
    assert_eq!(s.get("/r/0123").status, StatusCode::UNAUTHORIZED);
    let url = s.state.url().to_string();
    let query = url.split_once('?').map(|(_, q)| q.to_string()).unwrap();
    assert_eq!(
        s.get(&format!("/?t={}", "f".repeat(32))).status,
        StatusCode::UNAUTHORIZED
    );
    let r = s.get(&format!("/?{query}"));
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let cookie = r.headers[header::SET_COOKIE].to_str().unwrap().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    let pair = cookie.split(';').next().unwrap().to_string();
    let with_cookie = Request::get("/")
        .header(header::HOST, HOST)
        .header(header::COOKIE, &pair)
        .body(Body::empty())
        .unwrap();
    let page = s.block(s.send(with_cookie)).ok().text();
    assert!(page.contains("会议室模式"));
}

/// The real binary: the URL is the first line, the page answers, Ctrl-C stops it.
#[test]
fn the_binary_prints_its_url_first_and_stops_on_ctrl_c() {
    let dir = Workdir::new();
    let mut child = Command::new(env!("CARGO_BIN_EXE_nengji"))
        .args([
            "serve",
            "--schedule",
            &example("pump/schedule.toml"),
            "--roster",
            &example("pump/roster.csv"),
            "--port",
            "0",
            "--no-open",
            "--dir",
        ])
        .arg(dir.path(""))
        // Chinese unless --lang or NENGJI_LANG asks otherwise.
        .env_remove("NENGJI_LANG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start nengji serve");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let url = first.trim_end();
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with('/'),
        "{first:?}"
    );
    let addr = url.trim_start_matches("http://").trim_end_matches('/');
    let mut tcp = std::net::TcpStream::connect(addr).unwrap();
    write!(
        tcp,
        "GET / HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    tcp.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("云协商"));
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(exit.success(), "{exit:?} {err}");
    assert!(err.contains("按 Ctrl-C 停止"), "{err}");
    assert!(err.contains("已停止"), "{err}");
    assert_eq!(dir.files(), Vec::<String>::new(), "nothing written");
}

/// With `--lang en` (or NENGJI_LANG=en) every word of the pages and every
/// answer is English; the figures, ids and JSON are the same as in Chinese.
#[test]
fn the_pages_and_answers_speak_english_when_asked() {
    let zh = Server::in_lang(false, Lang::Zh);
    let en = Server::in_lang(false, Lang::En);
    let page = en.get("/").ok().text();
    for words in [
        "<html lang=\"en\">",
        "Skill-grade wage negotiation",
        "monthly wage bill",
        "Offers",
        "Propose for average growth",
        "data-row=\"monthly-bill\"",
    ] {
        assert!(page.contains(words), "{words}: {page}");
    }
    let chinese = zh.get("/").ok().text();
    assert!(chinese.contains("<html lang=\"zh-CN\">") && chinese.contains("月工资总额"));
    // No Chinese sentence of the page is left in the English page (names from
    // the files, such as grade names and document titles inside them, may be).
    for sentence in [
        "测算", "新建", "保存", "表决", "错误", "档数", "尚未", "签到",
    ] {
        assert!(!page.contains(sentence), "{sentence} in the English page");
    }
    for s in [&zh, &en] {
        s.new_offer("a");
        s.edit(1, "grade.0.pay.1", "2600").ok();
    }
    assert_eq!(en.compare(), zh.compare(), "the figures do not change");
    let e = en.edit(1, "grade.0.pay.1", "abc").json()["error"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(e.contains("is not an amount"), "{e}");
    let e = en.post("/offers/1/save", &[("name", "a/b")]).json()["error"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(e.contains("is not allowed"), "{e}");
    let e = en.edit(0, "grade.0.pay.1", "1").json()["error"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(e.contains("cannot be changed"), "{e}");
    // The guard's refusals too.
    let request = Request::post("/offers")
        .header(header::HOST, HOST)
        .header(header::ORIGIN, "http://evil.example")
        .body(Body::empty())
        .unwrap();
    let r = en.block(en.send(request));
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(
        r.text().contains("cross-site request refused"),
        "{}",
        r.text()
    );
    assert!(en
        .get("/")
        .ok()
        .text()
        .contains("Put to the vote (5 representatives)"));
    // A representative's page.
    en.post("/offers/1/save", &[("name", "a")]).ok();
    en.post("/ballot", &[("offer", "1")]).ok();
    let token = representative_tokens(&en.get("/ballot").ok().text())[0].clone();
    let rep = en.get(&format!("/r/{token}")).ok().text();
    assert!(rep.contains("Workers&#x27; representative 1"), "{rep}");
    assert!(rep.contains("Check in (present)"), "{rep}");
}
