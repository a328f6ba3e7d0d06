//! Shared test helpers: a `Workdir` per test that runs the real `nengji` binary,
//! and golden files.
//!
//! Golden files live in `tests/golden/`. Set `UPDATE_GOLDEN=1` to rewrite them
//! after an intended change, then review the diff.

#![allow(dead_code)]

pub mod assess;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path under `examples/`.
pub fn example(path: &str) -> String {
    root().join("examples").join(path).display().to_string()
}

/// The `nengji` binary as a `Command`, in English (`NENGJI_LANG=en`) unless
/// the caller sets `NENGJI_LANG` again.
pub fn nengji() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nengji"));
    cmd.env("NENGJI_LANG", "en");
    cmd
}

/// A temporary directory in which a test writes inputs and runs nengji.
pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file and returns its path as a string.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> String {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create the input's directory");
        }
        std::fs::write(&path, contents).expect("write input");
        path.display().to_string()
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).expect("read output")
    }

    /// Runs nengji with `args` in this directory, in English (`NENGJI_LANG=en`)
    /// whatever the machine's locale, so messages are deterministic.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_lang("en", args)
    }

    /// Runs nengji with `args` in this directory in language `lang` (`zh`, `en`).
    pub fn run_lang(&self, lang: &str, args: &[&str]) -> Run {
        let output = nengji()
            .env("NENGJI_LANG", lang)
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .expect("run nengji");
        Run {
            args: args.iter().map(|s| s.to_string()).collect(),
            cwd: self.dir.path().to_path_buf(),
            output,
        }
    }

    /// The write-run-assert setup most tests repeat, in one call: `nengji CMD
    /// --schedule SCHEDULE --roster ROSTER REST...` in this directory, in
    /// English (paths as given: an example's through [`example`], an input
    /// written by [`Workdir::write`]). Assert on the [`Run`] it returns.
    pub fn run_over(&self, cmd: &str, schedule: &str, roster: &str, rest: &[&str]) -> Run {
        let args = over(cmd, schedule, roster, rest);
        self.run(&args.iter().map(String::as_str).collect::<Vec<_>>())
    }

    /// The names of the files in the directory.
    pub fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .expect("list dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

/// The arguments of `nengji CMD --schedule SCHEDULE --roster ROSTER REST...`
/// ([`Workdir::run_over`]; for a run in another language, or twice).
pub fn over(cmd: &str, schedule: &str, roster: &str, rest: &[&str]) -> Vec<String> {
    [cmd, "--schedule", schedule, "--roster", roster]
        .iter()
        .chain(rest)
        .map(|s| s.to_string())
        .collect()
}

/// A finished run, with assertions that print everything on failure.
pub struct Run {
    args: Vec<String>,
    cwd: PathBuf,
    pub output: Output,
}

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    pub fn code(&self) -> i32 {
        self.output.status.code().unwrap_or(-1)
    }

    fn describe(&self) -> String {
        format!(
            "nengji {}\ncwd: {}\nstatus: {}\n--- stdout\n{}\n--- stderr\n{}",
            self.args.join(" "),
            self.cwd.display(),
            self.code(),
            self.stdout(),
            self.stderr()
        )
    }

    /// Asserts the exit code and returns self.
    #[track_caller]
    pub fn status(self, code: i32) -> Run {
        assert_eq!(
            self.code(),
            code,
            "unexpected exit code\n{}",
            self.describe()
        );
        self
    }

    #[track_caller]
    pub fn success(self) -> Run {
        self.status(0)
    }

    /// Asserts that stderr contains every fragment.
    #[track_caller]
    pub fn stderr_has(self, fragments: &[&str]) -> Run {
        let err = self.stderr();
        for f in fragments {
            assert!(err.contains(f), "stderr lacks {f:?}\n{}", self.describe());
        }
        self
    }

    /// Asserts that stdout contains every fragment.
    #[track_caller]
    pub fn stdout_has(self, fragments: &[&str]) -> Run {
        let out = self.stdout();
        for f in fragments {
            assert!(out.contains(f), "stdout lacks {f:?}\n{}", self.describe());
        }
        self
    }
}

/// Compares `actual` with `tests/golden/NAME`; with UPDATE_GOLDEN=1 rewrites it.
#[track_caller]
pub fn golden(name: &str, actual: &str) {
    let path: PathBuf = root().join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap_or(Path::new("."))).expect("golden dir");
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing golden file {}; run with UPDATE_GOLDEN=1",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "output differs from {} at line {}\n--- expected\n{}\n--- actual\n{}\n(UPDATE_GOLDEN=1 rewrites it)",
            path.display(),
            first + 1,
            expected.lines().nth(first).unwrap_or("<end>"),
            actual.lines().nth(first).unwrap_or("<end>")
        );
    }
}

/// A part of a .docx (a zip), such as `word/document.xml`.
pub fn docx_part(path: &Path, name: &str) -> String {
    use std::io::Read;
    let file = std::fs::File::open(path).expect("open the docx");
    let mut zip = zip::ZipArchive::new(file).expect("a docx is a zip");
    let mut xml = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{} has no {name}: {e}", path.display()))
        .read_to_string(&mut xml)
        .expect("read the part");
    xml
}

/// The text a reader sees in `word/document.xml`: a paragraph a line, a table
/// row a line with its cells between `|` (`|A01|甲一|初级|中级|`), the XML
/// escapes undone.
pub fn docx_text(document_xml: &str) -> String {
    let mut out = String::new();
    let mut in_cell = false;
    let mut rest = document_xml;
    while let Some(open) = rest.find('<') {
        let close = open + rest[open..].find('>').expect("a closed tag");
        let tag = &rest[open + 1..close];
        rest = &rest[close + 1..];
        let name = tag
            .trim_end_matches('/')
            .split_whitespace()
            .next()
            .unwrap_or("");
        match name {
            "w:t" if !tag.ends_with('/') => {
                let end = rest.find("</w:t>").expect("a closed w:t");
                out.push_str(
                    &rest[..end]
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&apos;", "'")
                        .replace("&amp;", "&"),
                );
                rest = &rest[end + "</w:t>".len()..];
            }
            "w:tr" => out.push('|'),
            "w:tc" => in_cell = true,
            "/w:tc" => {
                in_cell = false;
                out.push('|');
            }
            "/w:tr" => out.push('\n'),
            "/w:p" if !in_cell => out.push('\n'),
            _ => {}
        }
    }
    out
}

/// `nengji assess` on the pump example's rules, roster, scores and schedule.
pub fn pump_assess_args(extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = vec![
        "assess".into(),
        "--rules".into(),
        example("pump/assessment.toml"),
        "--roster".into(),
        example("pump/roster.csv"),
        "--scores".into(),
        example("pump/scores.csv"),
        "--schedule".into(),
        example("pump/schedule.toml"),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

/// Debian's Chromium (or `$CHROMIUM`) headless, quiet, with its own profile.
pub fn headless_chromium(profile: &Path) -> Command {
    let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".to_string());
    let mut cmd = Command::new(binary);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    cmd
}

/// `nengji compute --format csv` on an example's schedule and roster.
pub fn compute_csv(wd: &Workdir, example_name: &str) -> String {
    wd.run(&[
        "compute",
        "--schedule",
        &example(&format!("{example_name}/schedule.toml")),
        "--roster",
        &example(&format!("{example_name}/roster.csv")),
        "--format",
        "csv",
    ])
    .success()
    .stdout()
}

pub fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Fails, naming what to install, when a tool or the CJK fonts are missing: a
/// proof that is skipped proves nothing, so there is no silent way out.
pub fn require_print_tools() {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".to_string());
    let mut missing: Vec<&str> = [
        (chromium.as_str(), "chromium"),
        ("libreoffice", "libreoffice-writer"),
        ("pdftotext", "poppler-utils"),
        ("pdftoppm", "poppler-utils"),
    ]
    .into_iter()
    .filter(|(tool, _)| !have(tool))
    .map(|(_, package)| package)
    .collect();
    let fonts = Command::new("fc-list")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("Noto Serif CJK"));
    if !fonts {
        missing.push("fonts-noto-cjk");
    }
    missing.dedup();
    assert!(
        missing.is_empty(),
        "the printed-document proof needs {missing:?}: apt-get install {} (.ci/run installs them)",
        missing.join(" ")
    );
}

/// The workload example's roster as three month rosters, written to `wd`:
/// January's is the roster; February's lacks E00001 and has an enterprise of
/// its own (E00002b) between E00002 and E00003; March's has one after the
/// last (E99999). Also February's payroll, by enterprise and in February's
/// order (every third worker paid 5000.00, an enterprise the rosters lack
/// between two of theirs), and March's, without the enterprise column (the
/// first ten workers). Returns the files: January, February, March, the
/// February payroll, the March payroll.
pub fn workload_month_rosters(wd: &Workdir) -> [String; 5] {
    let text = std::fs::read_to_string(example("workload/roster.csv")).expect("the example");
    let mut lines = text.lines();
    let header = lines.next().expect("a header").to_string();
    let rows: Vec<Vec<String>> = lines
        .map(|l| {
            assert!(!l.contains('"'), "{l}");
            l.split(',').map(str::to_string).collect()
        })
        .collect();
    let join = |rows: &[Vec<String>]| {
        let mut out = header.clone();
        for r in rows {
            out.push('\n');
            out.push_str(&r.join(","));
        }
        out.push('\n');
        out
    };
    let copy = |from: &str, to: &str, prefix: &str, n: usize| -> Vec<Vec<String>> {
        rows.iter()
            .filter(|r| r[0] == from)
            .take(n)
            .map(|r| {
                let mut r = r.clone();
                r[0] = to.to_string();
                r[1] = format!("{prefix}{}", r[1]);
                r
            })
            .collect()
    };
    let mut february: Vec<Vec<String>> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        if r[0] == "E00001" {
            continue;
        }
        february.push(r.clone());
        if r[0] == "E00002" && rows.get(i + 1).is_some_and(|n| n[0] != "E00002") {
            february.extend(copy("E00002", "E00002b", "B-", 5));
        }
    }
    let mut march = rows.clone();
    march.extend(copy("E00000", "E99999", "Z-", 3));
    let mut paid = String::from("enterprise_id,employee_id,gross\n");
    for (i, r) in february.iter().enumerate() {
        if r[0] == "E00003" && february[i - 1][0] != "E00003" {
            paid.push_str("E00002c,C-1,100.00\n");
        }
        if i % 3 == 0 {
            paid.push_str(&format!("{},{},5000.00\n", r[0], r[1]));
        }
    }
    let mut paid_march = String::from("employee_id,gross\n");
    for r in march.iter().take(10) {
        paid_march.push_str(&format!("{},4000.00\n", r[1]));
    }
    [
        wd.write("january.csv", join(&rows)),
        wd.write("february.csv", join(&february)),
        wd.write("march.csv", join(&march)),
        wd.write("paid-february.csv", paid),
        wd.write("paid-march.csv", paid_march),
    ]
}
