//! The interface's language: `--lang`, then `NENGJI_LANG`, then the system's
//! locale, then English; machine-readable output the same in every language.

mod common;

use common::{nengji, Workdir};

fn error_line(cmd: &mut std::process::Command) -> String {
    let out = cmd
        .args([
            "compute",
            "--schedule",
            "missing.toml",
            "--roster",
            "missing.csv",
        ])
        .output()
        .expect("run nengji");
    assert_eq!(out.status.code(), Some(2));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn the_flag_wins_over_the_environment() {
    let err = error_line(nengji().env("NENGJI_LANG", "en").args(["--lang", "zh"]));
    assert!(err.starts_with("错误："), "{err}");
    let err = error_line(nengji().env("NENGJI_LANG", "zh").args(["--lang=en"]));
    assert!(err.starts_with("error: "), "{err}");
}

#[test]
fn the_environment_variable_wins_over_the_locale() {
    let err = error_line(
        nengji()
            .env("NENGJI_LANG", "zh")
            .env("LC_ALL", "en_US.UTF-8"),
    );
    assert!(err.starts_with("错误："), "{err}");
}

#[test]
fn the_system_locale_decides_when_nothing_else_does() {
    let clear = |cmd: &mut std::process::Command| {
        for v in ["NENGJI_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            cmd.env_remove(v);
        }
    };
    let mut zh = nengji();
    clear(&mut zh);
    let err = error_line(zh.env("LANG", "zh_CN.UTF-8"));
    assert!(err.starts_with("错误："), "{err}");
    let mut c = nengji();
    clear(&mut c);
    let err = error_line(c.env("LANG", "C"));
    assert!(err.starts_with("error: "), "{err}");
    let mut unknown = nengji();
    clear(&mut unknown);
    let err = error_line(unknown.env("NENGJI_LANG", "fr"));
    assert!(err.starts_with("error: "), "{err}");
}

#[test]
fn an_unknown_language_flag_is_refused_with_the_choices() {
    Workdir::new()
        .run(&["--lang", "fr", "init", "x"])
        .status(2)
        .stderr_has(&["fr", "zh", "en"]);
}

#[test]
fn workdir_runs_in_english_unless_asked() {
    let wd = Workdir::new();
    let args = ["compute", "--schedule", "a.toml", "--roster", "b.csv"];
    wd.run(&args).status(2).stderr_has(&["error: "]);
    wd.run_lang("zh", &args).status(2).stderr_has(&["错误："]);
}
