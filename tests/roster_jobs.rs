//! Every roster command gives the same bytes whatever `--jobs` is: the roster
//! pipeline's chunks depend only on the input, and the writer takes them in
//! input order.

mod common;

use common::{example, Workdir};

/// Runs `args` with `--jobs 1` and `--jobs 4` and returns both outputs; the
/// second run reads the roster in chunks of about 7 rows, so the example's
/// enterprises are spread over many chunks and threads.
fn at_one_and_four(args: &[&str], status: i32) -> (String, String) {
    let wd = Workdir::new();
    let run = |jobs: &str, chunk_rows: &str| {
        let out = common::nengji()
            .current_dir(wd.path(""))
            .args(args)
            .args(["--jobs", jobs])
            .env("NENGJI_CHUNK_ROWS", chunk_rows)
            .output()
            .expect("nengji runs");
        assert_eq!(out.status.code(), Some(status), "{args:?} --jobs {jobs}");
        String::from_utf8(out.stdout).expect("UTF-8 output")
    };
    (run("1", "4096"), run("4", "7"))
}

#[test]
fn check_is_the_same_whatever_the_jobs() {
    let (schedule, roster, standards) = (
        example("pump/schedule.toml"),
        example("pump/roster.csv"),
        example("standards/examples.toml"),
    );
    for format in ["text", "json", "csv"] {
        let args = [
            "check",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--standards",
            "zhejiang",
            "--standards",
            &standards,
            "--format",
            format,
        ];
        let (one, four) = at_one_and_four(&args, 1);
        assert!(one.contains("skill-minimum"), "{one}");
        assert_eq!(one, four, "check --format {format}");
    }
}

#[test]
fn compare_is_the_same_whatever_the_jobs() {
    let (base, a, b, roster) = (
        example("workload/schedule.toml"),
        example("workload/offer-a.toml"),
        example("workload/offer-b.toml"),
        example("workload/roster.csv"),
    );
    for format in ["text", "json", "csv", "html"] {
        let args = [
            "compare", &base, &a, &b, "--roster", &roster, "--format", format,
        ];
        let (one, four) = at_one_and_four(&args, 0);
        assert!(one.len() > 1000, "{one}");
        assert_eq!(one, four, "compare --format {format}");
    }
}

#[test]
fn compute_is_the_same_whatever_the_jobs() {
    let (schedule, roster) = (
        example("workload/schedule.toml"),
        example("workload/roster.csv"),
    );
    for format in ["table", "json", "csv"] {
        let args = [
            "compute",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--format",
            format,
        ];
        let (one, four) = at_one_and_four(&args, 0);
        assert!(one.len() > 1000, "{one}");
        assert_eq!(one, four, "compute --format {format}");
    }
}

#[test]
fn propose_is_the_same_whatever_the_jobs() {
    let (schedule, roster) = (example("pump/schedule.toml"), example("pump/roster.csv"));
    for mode in ["uniform", "lift-low"] {
        let args = [
            "propose",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--target-growth",
            "6%",
            "--mode",
            mode,
            "--output",
            "-",
        ];
        let (one, four) = at_one_and_four(&args, 0);
        assert!(one.contains("[[grade]]"), "{one}");
        assert_eq!(one, four, "propose --mode {mode}");
    }
}
