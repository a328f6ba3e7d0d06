//! Every command printed in README.md and the guides under docs/ runs here, and its
//! output is compared with what the page shows (trycmd reads the pages' `console`
//! blocks), so an example cannot go stale. `TRYCMD=overwrite cargo test --test
//! readme_commands` rewrites the printed outputs after an intended change: review
//! the diff.
//!
//! Each page runs in a working directory of its own, a fresh copy of `examples/` and
//! of the test fixtures the pages use, so the commands write inside it (never into
//! the repository, never to /tmp) and run in the order printed. English pages run
//! with `NENGJI_LANG=en`, the Chinese guide (`docs/zh/`) with `NENGJI_LANG=zh`.
//!
//! The other tests here keep the pages honest around trycmd: a command shown outside
//! a `console` block would not run, so none may be; every relative link must lead to
//! a file of the repository, and nothing may point outside it.

use std::path::{Path, PathBuf};

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// README.md and every Markdown page under docs/, sorted.
fn pages() -> Vec<PathBuf> {
    let mut pages = vec![root().join("README.md")];
    let mut dirs = vec![root().join("docs")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("docs/ is readable") {
            let path = entry.expect("a docs/ entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                pages.push(path);
            }
        }
    }
    pages.sort();
    pages
}

fn relative(page: &Path) -> String {
    page.strip_prefix(root())
        .unwrap_or(page)
        .display()
        .to_string()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("make the working directory");
    for entry in std::fs::read_dir(from).expect("read a directory to copy") {
        let entry = entry.expect("a directory entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}

/// A fresh working directory for one page: the examples and the fixtures it uses.
fn workdir(page: &Path) -> PathBuf {
    let name = relative(page).replace(['/', '\\', '.'], "_");
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("readme_commands")
        .join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("clear the page's old working directory");
    }
    copy_dir(&root().join("examples"), &dir.join("examples"));
    copy_dir(&root().join("tests/fixtures"), &dir.join("tests/fixtures"));
    dir
}

#[test]
fn every_printed_command_gives_the_printed_output() {
    let mut failed = Vec::new();
    for page in pages() {
        let text = std::fs::read_to_string(&page).expect("read a page");
        if !text.contains("```console") {
            continue;
        }
        let dir = workdir(&page);
        // trycmd runs a page's commands in the current directory; this test is alone in
        // its binary, so moving it is safe.
        std::env::set_current_dir(&dir).expect("enter the page's working directory");
        let zh = page.starts_with(root().join("docs/zh"));
        let run = std::panic::catch_unwind(|| {
            trycmd::TestCases::new()
                .register_bin("nengji", Path::new(env!("CARGO_BIN_EXE_nengji")))
                .env("NENGJI_LANG", if zh { "zh" } else { "en" })
                .env("NO_COLOR", "1")
                .case(&page)
                .run();
        });
        if run.is_err() {
            failed.push(relative(&page));
        }
    }
    std::env::set_current_dir(root()).expect("back to the repository");
    assert!(
        failed.is_empty(),
        "the commands of these pages do not print what the page shows: {failed:?}"
    );
}

/// The languages a fenced block may have. `console` blocks run; the others never hold
/// a nengji command (a synopsis is `text` and has no `$ ` prompt).
const FENCES: &[&str] = &["console", "text", "toml", "csv", "json", "sh", "jinja"];

#[test]
fn no_command_is_shown_where_it_would_not_run() {
    let mut problems = Vec::new();
    for page in pages() {
        let text = std::fs::read_to_string(&page).expect("read a page");
        let mut block: Option<String> = None;
        for event in Parser::new(&text) {
            match event {
                Event::Start(Tag::CodeBlock(kind)) => {
                    let lang = match kind {
                        CodeBlockKind::Indented => {
                            problems.push(format!(
                                "{}: an indented code block (write a fenced one)",
                                relative(&page)
                            ));
                            String::new()
                        }
                        CodeBlockKind::Fenced(info) => {
                            let lang = info.split(',').next().unwrap_or("").trim().to_owned();
                            if !FENCES.contains(&lang.as_str()) {
                                problems.push(format!(
                                    "{}: a code block of language {lang:?}; use one of {FENCES:?}",
                                    relative(&page)
                                ));
                            }
                            lang
                        }
                    };
                    block = Some(lang);
                }
                Event::End(TagEnd::CodeBlock) => block = None,
                Event::Text(body) => {
                    let Some(lang) = block.as_deref() else {
                        continue;
                    };
                    if lang == "console" {
                        continue;
                    }
                    for line in body.lines() {
                        let line = line.trim_start();
                        // `nengji serve` runs until Ctrl-C: tests/serve*.rs test it.
                        let runs_nengji = line.starts_with("$ ")
                            || (line.starts_with("nengji ") && !line.starts_with("nengji serve "))
                            || (lang == "sh" && line.contains(" nengji "));
                        if runs_nengji {
                            problems.push(format!(
                                "{}: `{line}` in a {lang:?} block would not run in the tests; \
                                 put it in a console block",
                                relative(&page)
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// `cargo run --release -- ARGS` in the README is the main job: the same ARGS must run
/// as a printed `nengji ARGS` on the page, and the tests' command must be CI's.
#[test]
fn the_two_commands_are_the_ones_that_run() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("read README.md");
    let main_job = readme
        .lines()
        .find_map(|l| l.strip_prefix("cargo run --release -- "))
        .expect("the README shows the main job as `cargo run --release -- ...`");
    assert!(
        readme.contains(&format!("$ nengji {main_job}\n")),
        "the main job `{main_job}` is not also printed as a tested `$ nengji` command"
    );
    assert!(readme.contains("\nbash .ci/run\n"));
    let ci = std::fs::read_to_string(root().join(".ci/run")).expect("read .ci/run");
    assert!(ci.contains("cargo test --locked"), ".ci/run runs the tests");
}

#[test]
fn every_link_leads_to_a_file_of_the_repository() {
    let mut problems = Vec::new();
    for page in pages() {
        let text = std::fs::read_to_string(&page).expect("read a page");
        for event in Parser::new(&text) {
            let (Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. })) = event
            else {
                continue;
            };
            let url = dest_url.to_string();
            if url.starts_with('#') {
                continue;
            }
            if url.contains("://") || url.starts_with('/') || url.starts_with("file:") {
                problems.push(format!("{}: {url} points outside", relative(&page)));
                continue;
            }
            let path = url.split('#').next().unwrap_or("");
            let target = page.parent().expect("a page has a folder").join(path);
            let inside = target
                .canonicalize()
                .map(|t| t.starts_with(root()))
                .unwrap_or(false);
            if !inside {
                problems.push(format!(
                    "{}: {url} is not a file of the repository",
                    relative(&page)
                ));
            }
        }
        for outside in ["/tmp", "/work/", "shared/"] {
            if text.contains(outside) {
                problems.push(format!("{}: mentions {outside}", relative(&page)));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
