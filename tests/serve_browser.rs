//! `nengji serve` in a real browser: headless Chromium driven through WebDriver
//! (Debian's chromium-driver, installed by .ci/run). One session at the table:
//! a new offer, an edit of a grade's pay that changes the wage bill and clears a
//! finding, the offer saved, two representatives voting from their own pages,
//! the agreement downloaded as `nengji render` writes it, and a screenshot of
//! the workspace (docs/serve.png is the baseline; `UPDATE_GOLDEN=1` rewrites it).
//!
//! Without chromedriver the test fails and says how to install it: never skipped.

mod common;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{example, root, Workdir};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// A child process ended when the test ends, pass or fail.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn chromedriver() -> PathBuf {
    let path = std::env::var_os("CHROMEDRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("chromedriver"));
    let found = Command::new(&path)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        found,
        "chromedriver not found ({}): the browser tests need it. Install Debian's \
         chromium-driver (`apt-get install chromium chromium-driver`; .ci/run does), \
         or set CHROMEDRIVER to its path",
        path.display()
    );
    path
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Starts chromedriver and waits until it listens.
fn start_driver() -> (Running, String) {
    let port = free_port();
    let child = Command::new(chromedriver())
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let running = Running(child);
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "chromedriver did not start listening"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (running, format!("http://127.0.0.1:{port}"))
}

/// Starts `nengji serve` and returns it with its URL (the first line it prints).
fn start_server(dir: &Workdir, schedule: &str) -> (Running, String) {
    // Started in the workspace with relative names, so the screenshot names
    // no directory of this machine.
    let mut child = Command::new(env!("CARGO_BIN_EXE_nengji"))
        .current_dir(dir.path(""))
        .args(["serve", "--schedule", schedule, "--roster"])
        .arg(example("pump/roster.csv"))
        .args(["--standards", "zhejiang", "--standards"])
        .arg(example("standards/examples.toml"))
        .args(["--port", "0", "--no-open", "--dir", "."])
        // The pages in Chinese, as by default.
        .env_remove("NENGJI_LANG")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start nengji serve");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("the URL line");
    let url = first.trim().to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{first:?}");
    (Running(child), url)
}

async fn connect(driver: &str, profile: &Path, downloads: &Path) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--window-size=1400,2400",
                format!("--user-data-dir={}", profile.display()),
            ],
            "prefs": {
                "download.default_directory": downloads.display().to_string(),
                "download.prompt_for_download": false,
            },
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(driver)
        .await
        .expect("a WebDriver session in headless Chromium")
}

async fn text(c: &Client, css: &str) -> String {
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no element {css}: {e}"))
        .text()
        .await
        .expect("text")
}

async fn click(c: &Client, css: &str) {
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no element {css}: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("cannot click {css}: {e}"));
}

async fn fill(c: &Client, css: &str, value: &str) {
    let e = c
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no element {css}: {e}"));
    e.clear().await.expect("clear");
    e.send_keys(value).await.expect("type");
}

/// Waits until `css`'s text passes `ok`, and returns it.
async fn until(c: &Client, css: &str, ok: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(e) = c.find(Locator::Css(css)).await {
            if let Ok(t) = e.text().await {
                if ok(&t) {
                    return t;
                }
            }
        }
        assert!(
            Instant::now() < deadline,
            "{css} never reached the expected text"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn wait_for_file(dir: &Path, suffix: &str) -> PathBuf {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let found = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.to_string_lossy().ends_with(suffix));
        if let Some(p) = found {
            return p;
        }
        assert!(
            Instant::now() < deadline,
            "no {suffix} was downloaded into {}",
            dir.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_at_the_table_in_headless_chromium() {
    let dir = Workdir::new();
    let text_of = std::fs::read_to_string(example("pump/schedule.toml")).expect("pump");
    dir.write(
        "base.toml",
        format!(
            "{text_of}\n[negotiation]\nworker_representatives = 3\nemployer_representatives = 3\n"
        ),
    );
    let browser = tempfile::tempdir().expect("profile dir");
    let downloads = tempfile::tempdir().expect("download dir");
    let (_server, url) = start_server(&dir, "base.toml");
    let (_driver, driver_url) = start_driver();
    let c = connect(&driver_url, browser.path(), downloads.path()).await;

    c.goto(&url).await.expect("open the workspace");
    assert!(text(&c, "h1").await.contains("云协商"));
    fill(&c, "input[name=label]", "工会方案").await;
    click(&c, "#new-offer").await;
    let bill = r#"td[data-row="monthly-bill"][data-col="1"]"#;
    let before = text(&c, bill).await;
    assert_eq!(
        before,
        text(&c, r#"td[data-row="monthly-bill"][data-col="0"]"#).await
    );
    assert_eq!(text(&c, "#findings-1 [data-errors]").await, "错误 1");

    // 学徒工 step 1 from 2,490 (equal to the minimum wage) to 2,600.
    fill(
        &c,
        r#"#offer-1 [data-field="grade.0.pay.1"]"#,
        "2600\u{e004}",
    )
    .await;
    let after = until(&c, bill, |t| t != before).await;
    assert_eq!(
        after, "1,195,777.96",
        "the wage bill as compare computes it"
    );
    until(&c, "#findings-1 [data-errors]", |t| t == "错误 0").await;
    until(&c, r#"td[data-row="monthly-change"][data-col="1"]"#, |t| {
        t == "220.00"
    })
    .await;

    fill(&c, "#offer-1 input[name=name]", "union").await;
    click(&c, "#offer-1 button.save").await;
    until(&c, "#offer-1 .meta", |t| t.contains("union.toml")).await;
    assert!(dir.read("union.toml").contains(r#"pay = ["2600", "2620""#));

    click(&c, "#offer-1 button.vote").await;
    until(&c, "#ballot .tally", |t| t.contains("全体代表 3")).await;
    let mut links = Vec::new();
    for e in c
        .find_all(Locator::Css("#ballot a.rep"))
        .await
        .expect("links")
    {
        links.push(e.attr("href").await.expect("href").expect("a link"));
    }
    assert_eq!(links.len(), 3, "one link per representative");

    // The workspace as the big screen shows it: the baseline screenshot.
    let png = c.screenshot().await.expect("screenshot");
    assert_eq!(&png[1..4], b"PNG");
    let shot = root().join("target").join("serve-screenshot.png");
    std::fs::create_dir_all(root().join("target")).expect("create target/");
    std::fs::write(&shot, &png).expect("write the screenshot");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(root().join("docs").join("serve.png"), &png).expect("write the baseline");
    }

    // Two representatives vote from their own pages.
    c.goto(&links[0]).await.expect("representative 1");
    click(&c, "#for").await;
    assert_eq!(text(&c, "#notice").await, "已投赞成票");
    c.goto(&links[1]).await.expect("representative 2");
    click(&c, "#against").await;
    assert_eq!(text(&c, "#notice").await, "已投反对票");
    c.goto(&links[0]).await.expect("representative 1 again");
    assert!(text(&c, "#voted").await.contains("只能投一次"));
    assert!(
        c.find(Locator::Css("#for")).await.is_err(),
        "no second vote"
    );

    c.goto(&url).await.expect("back to the table");
    assert_eq!(text(&c, r#"[data-tally="present"]"#).await, "2");
    assert_eq!(text(&c, r#"[data-tally="for"]"#).await, "1");
    assert_eq!(text(&c, r#"[data-tally="against"]"#).await, "1");
    // 2 of 3 present is 2/3; 1 of 3 for is not more than half of all.
    assert!(text(&c, "#ballot .procedure").await.contains("vote-passed"));
    let saved = dir.read("union.toml");
    assert!(
        saved.contains("[negotiation.vote]\ntotal = 3\npresent = 2\nin_favour = 1\n"),
        "{saved}"
    );

    // The agreement, as `nengji render` writes it.
    click(
        &c,
        r#"#offer-1 a[href="/offers/1/documents/industry-agreement/docx"]"#,
    )
    .await;
    let got = wait_for_file(downloads.path(), "-industry-agreement.docx");
    std::thread::sleep(Duration::from_millis(300));
    dir.run(&[
        "render",
        "--schedule",
        "union.toml",
        "--roster",
        &example("pump/roster.csv"),
        "--standards",
        "zhejiang",
        "--standards",
        &example("standards/examples.toml"),
        "--document",
        "industry-agreement",
        "--output",
        "agreement.docx",
    ]);
    assert_eq!(
        std::fs::read(&got).expect("the download"),
        std::fs::read(dir.path("agreement.docx")).expect("render's file"),
        "the download is render's document"
    );
    c.close().await.expect("end the session");
}
