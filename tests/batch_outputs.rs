//! `nengji batch`'s output set through the real binary: staged and committed
//! whole, so a failed, interrupted or `--fail-fast` run leaves `--out` exactly as
//! it was; one run at a time per `--out`; documents directories that never
//! collide; a manifest that verifies every output.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use common::{example, Workdir};

fn workload() -> String {
    example("workload/schedule.toml")
}

fn fixture() -> String {
    example("workload/roster.csv")
}

fn batch(wd: &Workdir, roster: &str, out: &str, extra: &[&str]) -> common::Run {
    let schedule = workload();
    let mut args = vec![
        "batch",
        "--roster",
        roster,
        "--schedule",
        &schedule,
        "--out",
        out,
    ];
    args.extend(extra);
    wd.run(&args)
}

/// Every entry under `dir` with its bytes (directories empty), sorted.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let name = p.strip_prefix(dir).unwrap().display().to_string();
            if p.is_dir() {
                stack.push(p.clone());
                all.push((name, Vec::new()));
            } else {
                all.push((name, std::fs::read(&p).unwrap()));
            }
        }
    }
    all.sort();
    all
}

/// The fixture repeated until a run takes a few seconds, each copy its own enterprises.
fn big_roster(wd: &Workdir) -> String {
    let text = std::fs::read_to_string(fixture()).unwrap();
    let (header, rows) = text.split_once('\n').unwrap();
    let mut big = format!("{header}\n");
    for copy in 0..600 {
        for row in rows.lines() {
            big.push_str(&format!("C{copy}-{row}\n"));
        }
    }
    wd.write("big.csv", big)
}

fn spawn_batch(wd: &Workdir, roster: &str, out: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_nengji"))
        .args(["batch", "--roster", roster, "--schedule", &workload()])
        .args(["--documents", "notice", "--out", out, "--jobs", "1"])
        .current_dir(wd.path(""))
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

/// Waits until the running batch holds its lock (it has begun writing).
fn wait_for_lock(wd: &Workdir, out: &str) {
    let started = Instant::now();
    while !wd.path(&format!("{out}/.nengji.lock")).exists() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no lock appeared"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Sends a signal with kill(1).
fn signal(child: &Child, name: &str) {
    let sent = Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
}

#[test]
fn an_interrupted_run_leaves_out_exactly_as_it_was() {
    for (name, code) in [("INT", 130), ("TERM", 143)] {
        let wd = Workdir::new();
        batch(&wd, &fixture(), "out", &["--documents", "notice"]).success();
        let before = snapshot(&wd.path("out"));
        let roster = big_roster(&wd);
        let mut child = spawn_batch(&wd, &roster, "out");
        wait_for_lock(&wd, "out");
        std::thread::sleep(Duration::from_millis(300));
        signal(&child, name);
        let status = child.wait().unwrap();
        assert_eq!(
            status.code(),
            Some(code),
            "SIG{name}: exits 128 + the signal"
        );
        assert_eq!(
            snapshot(&wd.path("out")),
            before,
            "SIG{name}: out unchanged"
        );
    }
}

#[test]
fn a_second_run_into_the_same_out_is_refused_while_one_runs() {
    let wd = Workdir::new();
    let roster = big_roster(&wd);
    let mut first = spawn_batch(&wd, &roster, "out");
    wait_for_lock(&wd, "out");
    batch(&wd, &fixture(), "out", &[]).status(2).stderr_has(&[
        "another nengji run",
        &format!("(pid {})", first.id()),
        "is writing into 'out'",
        ".nengji.lock",
    ]);
    signal(&first, "TERM");
    first.wait().unwrap();
    assert!(
        !wd.path("out").exists(),
        "the interrupted first run made out, and took it away"
    );
}

#[test]
fn a_failed_or_fail_fast_run_leaves_out_exactly_as_it_was() {
    let wd = Workdir::new();
    batch(&wd, &fixture(), "out", &["--documents", "notice"]).success();
    let before = snapshot(&wd.path("out"));
    let text = std::fs::read_to_string(fixture()).unwrap();
    let bad = wd.write("bad.csv", text.replacen(",L1,", ",X1,", 1));
    batch(&wd, &bad, "out", &["--fail-fast", "--documents", "notice"])
        .status(2)
        .stderr_has(&["unknown grade 'X1'"]);
    assert_eq!(snapshot(&wd.path("out")), before);
    // A missing schedule file named by a registry stops the run before it writes.
    let registry = wd.write(
        "registry.csv",
        "enterprise_id,schedule\nE00000,missing.toml\n",
    );
    batch(&wd, &fixture(), "out", &["--registry", &registry])
        .status(2)
        .stderr_has(&["missing.toml"]);
    assert_eq!(snapshot(&wd.path("out")), before);
}

#[test]
fn out_may_not_be_a_roster_directory_or_hold_an_input() {
    let wd = Workdir::new();
    std::fs::create_dir(wd.path("rosters")).unwrap();
    wd.write("rosters/a.csv", std::fs::read(fixture()).unwrap());
    let before = snapshot(&wd.path(""));
    batch(&wd, "rosters", "rosters", &[])
        .status(2)
        .stderr_has(&["-o 'rosters' is a roster directory"]);
    batch(&wd, "rosters", "./rosters/../rosters", &[])
        .status(2)
        .stderr_has(&["is a roster directory"]);
    assert_eq!(snapshot(&wd.path("")), before);
    // A roster named like an output, inside --out.
    wd.write("out/pay.csv", std::fs::read(fixture()).unwrap());
    let before_out = snapshot(&wd.path(""));
    batch(&wd, "out/pay.csv", "out", &[])
        .status(2)
        .stderr_has(&["is the input"]);
    assert_eq!(snapshot(&wd.path("")), before_out);
}

#[test]
fn the_manifest_names_inputs_as_given_and_hashes_every_output() {
    let wd = Workdir::new();
    wd.write("in/roster.csv", std::fs::read(fixture()).unwrap());
    batch(&wd, "in/roster.csv", "out", &["--documents", "notice"]).success();
    let manifest: serde_json::Value = serde_json::from_str(&wd.read("out/manifest.json")).unwrap();
    assert_eq!(manifest["inputs"][0]["file"], "in/roster.csv");
    assert_eq!(
        manifest["inputs"][0]["blake3"],
        blake3::hash(&std::fs::read(wd.path("in/roster.csv")).unwrap())
            .to_hex()
            .to_string()
    );
    let outputs = manifest["outputs"].as_array().unwrap();
    let mut listed: Vec<String> = Vec::new();
    for o in outputs {
        let file = o["file"].as_str().unwrap();
        let bytes = std::fs::read(wd.path(&format!("out/{file}"))).unwrap();
        assert_eq!(
            o["blake3"].as_str().unwrap(),
            blake3::hash(&bytes).to_hex().as_str(),
            "{file}"
        );
        listed.push(file.to_string());
    }
    // Every file in out but the manifest itself is listed.
    let mut present: Vec<String> = snapshot(&wd.path("out"))
        .into_iter()
        .filter(|(name, _)| wd.path(&format!("out/{name}")).is_file())
        .map(|(name, _)| name)
        .filter(|name| name != "manifest.json")
        .collect();
    present.sort();
    listed.sort();
    assert_eq!(listed, present);
    assert!(listed.iter().any(|f| f.starts_with("documents/E00000/")));
}

#[test]
fn documents_of_different_ids_never_share_a_directory() {
    let wd = Workdir::new();
    let text = std::fs::read_to_string(fixture()).unwrap();
    let mut lines = text.lines();
    let mut roster = format!("{}\n", lines.next().unwrap());
    // "a/b" is kept apart by a hash; the second id is spelled as that hashed name.
    let lookalike = nengji::batch::file_stem("a/b");
    let ids = ["a/b", lookalike.as_str(), "a_b", "a.b"];
    for (row, id) in lines.zip(ids) {
        let (_, rest) = row.split_once(',').unwrap();
        roster.push_str(&format!("\"{id}\",{rest}\n"));
    }
    let roster = wd.write("ids.csv", roster);
    batch(&wd, &roster, "out", &["--documents", "notice"]).success();
    let dirs = std::fs::read_dir(wd.path("out/documents")).unwrap().count();
    assert_eq!(dirs, ids.len(), "one documents directory per id");
}

/// `-o` naming a file or a device is refused before anything is read or
/// written, saying a directory is wanted: the file is untouched, the device
/// stays a device.
#[test]
fn an_output_that_is_not_a_directory_is_refused_saying_so() {
    let wd = Workdir::new();
    let file = wd.write("pay.csv", "kept\n");
    batch(&wd, &fixture(), &file, &[])
        .status(2)
        .stderr_has(&["is not a directory", "give -o a directory"]);
    assert_eq!(wd.read("pay.csv"), "kept\n", "the file is untouched");

    let null = batch(&wd, &fixture(), "/dev/null", &[]).status(2);
    assert!(
        null.stderr().contains("'/dev/null' is not a directory"),
        "{}",
        null.stderr()
    );
    use std::os::unix::fs::FileTypeExt;
    let kind = std::fs::metadata("/dev/null").unwrap().file_type();
    assert!(kind.is_char_device(), "/dev/null is still a device");

    wd.run_lang(
        "zh",
        &[
            "batch",
            "--roster",
            &fixture(),
            "--schedule",
            &workload(),
            "-o",
            &file,
        ],
    )
    .status(2)
    .stderr_has(&["不是目录", "-o 须给出目录"]);
}
