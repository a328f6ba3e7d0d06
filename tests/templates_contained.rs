//! User templates are contained (issue 11, Deliver 4), through the real
//! binary: no environment, no files beyond nengji's own templates, and a
//! template that loops, recurses, grows or nests without end stops with an
//! error naming it (exit 2), never a hang or a stack overflow. Each run here is
//! killed after a deadline, so a regression fails instead of hanging the suite.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{example, nengji, Workdir};

/// Far above what the bounds allow in a debug build on a busy machine.
const DEADLINE: Duration = Duration::from_secs(120);

struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    document: Option<String>,
}

/// `nengji render --template <source>` for the contract of the starter
/// example, killed at the deadline.
fn render(wd: &Workdir, lang: &str, name: &str, source: &str) -> Outcome {
    let template = wd.write(name, source);
    let schedule = example("starter/schedule.toml");
    let out = wd.path("out.md");
    let mut child = nengji()
        .env("NENGJI_LANG", lang)
        .env("NENGJI_FUZZ_SECRET", "s3cr3t-value")
        .args([
            "render",
            "--schedule",
            &schedule,
            "--document",
            "contract",
            "--template",
            &template,
            "-o",
        ])
        .arg(&out)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > DEADLINE {
            child.kill().unwrap();
            panic!("{name}: nengji still running after {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().unwrap();
    Outcome {
        document: std::fs::read_to_string(&out).ok(),
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Exit 2 (an error, not a signal or an abort) naming the template and saying
/// `fragments`.
fn refused(wd: &Workdir, name: &str, source: &str, fragments: &[&str]) -> Outcome {
    let got = render(wd, "en", name, source);
    assert_eq!(got.code, Some(2), "{name}: {}", got.stderr);
    assert!(got.stderr.contains(name), "{name}: {}", got.stderr);
    for f in fragments {
        assert!(got.stderr.contains(f), "{name}: no {f:?} in {}", got.stderr);
    }
    assert!(!got.stderr.contains("panicked"), "{}", got.stderr);
    assert!(!got.stderr.contains("overflow"), "{}", got.stderr);
    assert!(got.document.is_none(), "{name}: no document is written");
    got
}

#[test]
fn an_unbounded_loop_stops_after_the_step_bound() {
    let wd = Workdir::new();
    // range() is charged before it is made.
    refused(
        &wd,
        "ranges.md",
        "{% for a in range(end=100000) %}{% for b in range(end=1999999) %}{% endfor %}{% endfor %}",
        &["2000000 steps"],
    );
    refused(
        &wd,
        "huge-range.md",
        "{{ range(end=99999999999999) | length }}",
        &["steps"],
    );
    // Loops over a literal array, with no call inside: 10^8 iterations. In a
    // debug build the time bound may come before the step bound; both stop it.
    let xs = "{% set xs = [0,1,2,3,4,5,6,7,8,9] %}";
    let nested = format!(
        "{xs}{}{}",
        "{% for a in xs %}".repeat(8),
        "{% endfor %}".repeat(8)
    );
    refused(&wd, "nested.md", &nested, &["stopped"]);
    refused(
        &wd,
        "step0.md",
        "{% for i in range(end=5, step_by=0) %}x{% endfor %}",
        &["step_by=0"],
    );
}

#[test]
fn a_recursive_macro_or_include_stops_at_the_depth_bound() {
    let wd = Workdir::new();
    refused(
        &wd,
        "recursive.md",
        "{% macro down(n) %}{{ self::down(n=n+1) }}{% endmacro down %}{{ self::down(n=0) }}",
        &["more than 64 deep"],
    );
    // A template that includes itself, by the name nengji gave it (its path).
    let path = wd.path("self.md").display().to_string();
    refused(
        &wd,
        "self.md",
        &format!("{{% include \"{path}\" %}}"),
        &["64 deep"],
    );
}

#[test]
fn the_environment_is_not_readable() {
    let wd = Workdir::new();
    let got = refused(
        &wd,
        "env.md",
        "{{ get_env(name=\"NENGJI_FUZZ_SECRET\") }}",
        &["no access to the environment"],
    );
    assert!(!got.stdout.contains("s3cr3t") && !got.stderr.contains("s3cr3t"));
    let got = refused(
        &wd,
        "env-default.md",
        "{{ get_env(name=\"NENGJI_FUZZ_SECRET\", default=\"d\") }}",
        &["get_env"],
    );
    assert!(!got.stderr.contains("s3cr3t"));
}

#[test]
fn huge_output_stops_at_the_text_bound() {
    let wd = Workdir::new();
    let line = "x".repeat(1000);
    refused(
        &wd,
        "big.md",
        &format!("{{% for i in range(end=1000000) %}}{line}{{% endfor %}}"),
        &["128 MiB"],
    );
    // A variable that doubles: 2^64 bytes if it were not stopped.
    refused(
        &wd,
        "doubling.md",
        "{% set_global s = \"xxxxxxxx\" %}{% for i in range(end=64) %}{% set_global s = s ~ s %}{% endfor %}{{ s | length }}",
        &["128 MiB"],
    );
    // A filter that squares its input is charged before it builds the result.
    refused(
        &wd,
        "squared.md",
        "{% set_global s = \"xxxxxxxxxxxxxxxx\" %}{% for i in range(end=8) %}{% set_global s = s | replace(from=\"\", to=s) %}{% endfor %}{{ s | length }}",
        &["128 MiB"],
    );
    // Buffered inside a macro rather than written: still counted.
    refused(
        &wd,
        "macro-buffer.md",
        &format!(
            "{{% macro m() %}}{{% for i in range(end=1000000) %}}{line}{{% endfor %}}{{% endmacro m %}}{{{{ self::m() | length }}}}"
        ),
        &["128 MiB"],
    );
}

#[test]
fn files_outside_nengjis_templates_are_not_reachable() {
    let wd = Workdir::new();
    for (name, source) in [
        ("inc.md", "{% include \"/etc/passwd\" %}"),
        ("ext.md", "{% extends \"/etc/passwd\" %}"),
        ("imp.md", "{% import \"/etc/passwd\" as p %}{{ p::x() }}"),
        ("rel.md", "{% include \"../../../../etc/passwd\" %}"),
    ] {
        let got = render(&wd, "en", name, source);
        assert_eq!(got.code, Some(2), "{name}: {}", got.stderr);
        assert!(got.stderr.contains("/etc/passwd"), "{name}: {}", got.stderr);
        assert!(!got.stderr.contains("root:"), "{name}: {}", got.stderr);
        assert!(!got.stdout.contains("root:"), "{name}: {}", got.stdout);
    }
}

#[test]
fn sources_that_nest_too_deep_or_are_too_large_are_refused_before_parsing() {
    let wd = Workdir::new();
    let parens = format!("{{{{ {}1{} }}}}", "(".repeat(2000), ")".repeat(2000));
    refused(&wd, "parens.md", &parens, &["nest more than 64"]);
    let ifs = format!(
        "{}{}",
        "{% if true %}".repeat(2000),
        "{% endif %}".repeat(2000)
    );
    refused(&wd, "ifs.md", &ifs, &["nest more than 64"]);
    let chain = format!("{{{{ {} }}}}", vec!["1"; 20000].join(" + "));
    refused(&wd, "chain.md", &chain, &["nest more than 64"]);
    refused(&wd, "large.md", &"x".repeat(300 << 10), &["KiB"]);
    refused(&wd, "reserved.md", "{{ __nengji_leave() }}", &["__nengji"]);
}

#[test]
fn a_bound_is_told_in_chinese_too() {
    let wd = Workdir::new();
    let got = render(&wd, "zh", "env.md", "{{ get_env(name=\"HOME\") }}");
    assert_eq!(got.code, Some(2), "{}", got.stderr);
    assert!(
        got.stderr.contains("模板不能读取环境变量"),
        "{}",
        got.stderr
    );
}

#[test]
fn a_user_template_within_the_bounds_still_renders() {
    let wd = Workdir::new();
    let got = render(
        &wd,
        "en",
        "fine.md",
        "{% macro m(n) %}{% if n > 0 %}{{ n }} {{ self::m(n=n-1) }}{% endif %}{% endmacro m %}\
         {{ self::m(n=10) }}{% for g in grades %}{{ g.name }}{% endfor %}{{ missing | default(value=\"-\") }}",
    );
    // Exit 1: a document that is not the contract lacks the clauses its rules
    // cite, so it is written as a draft.
    assert!(matches!(got.code, Some(0 | 1)), "{}", got.stderr);
    let document = got.document.unwrap();
    assert!(document.contains("10 9 8 7 6 5 4 3 2 1"), "{document}");
    assert!(document.contains("初级中级高级"), "{document}");
}
