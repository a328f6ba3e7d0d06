//! nengji's spreadsheets in a real office suite: LibreOffice (headless) opens the
//! .xlsx pay sheet nengji writes and saves it as CSV, and every figure is the one
//! nengji's own CSV carries. Needs `soffice` (CI installs libreoffice-calc).

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::process::Command;

use common::{example, Workdir};
use rust_decimal::Decimal;

/// Converts `file` in `wd` to `to` (a LibreOffice filter spec) with a profile of
/// its own, so tests running at once do not share one.
fn soffice(wd: &Workdir, file: &str, to: &str) {
    let profile = format!("file://{}", wd.path("lo-profile").display());
    let out = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--convert-to", to, "--outdir"])
        .arg(wd.path(""))
        .arg(wd.path(file))
        .output()
        .expect("this test needs LibreOffice's soffice (apt install libreoffice-calc)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An amount as LibreOffice shows it (`4,100.00`) or nengji writes it (`4100.00`).
fn amount(text: &str) -> Decimal {
    text.trim_matches('"').replace(',', "").parse().unwrap()
}

#[test]
fn libreoffice_reads_the_xlsx_pay_sheet_as_nengji_computed_it() {
    let wd = Workdir::new();
    let schedule = example("pump/schedule.toml");
    let roster = example("pump/roster.csv");
    let base = ["compute", "--schedule", &schedule, "--roster", &roster];
    let csv = wd
        .run(&[&base[..], &["--format", "csv"]].concat())
        .success()
        .stdout();
    wd.run(&[&base[..], &["-o", "pay.xlsx"]].concat()).success();
    // UTF-8, comma-separated, the first sheet, values as shown.
    soffice(
        &wd,
        "pay.xlsx",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
    );
    let back = wd.read("pay.csv");
    let mut reader = csv::Reader::from_reader(back.as_bytes());
    let mut ours = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "工号");
    assert_eq!(&header[header.len() - 2], "应发工资");
    let mut rows = 0;
    let mut total = Decimal::ZERO;
    let mut records = reader.records();
    for want in ours.records() {
        let want = want.unwrap();
        let got = records.next().unwrap().unwrap();
        assert_eq!(&got[0], &want[0]);
        assert_eq!(&got[1], &want[1]);
        for i in 5..want.len() {
            assert_eq!(amount(&got[i]), amount(&want[i]), "row {rows} column {i}");
        }
        total += amount(&want[want.len() - 2]);
        rows += 1;
    }
    // Then the totals row, as LibreOffice shows it.
    let totals = records.next().unwrap().unwrap();
    assert_eq!(&totals[0], "合计");
    assert_eq!(amount(&totals[header.len() - 2]), total);
    assert!(rows > 100, "{rows}");
}

#[test]
fn the_shipped_xlsx_roster_is_libreoffice_s_copy_of_the_csv() {
    let wd = Workdir::new();
    std::fs::copy(example("pump/roster.xlsx"), wd.path("roster.xlsx")).unwrap();
    soffice(
        &wd,
        "roster.xlsx",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
    );
    let back = wd.read("roster.csv");
    let shipped = std::fs::read_to_string(example("pump/roster.csv")).unwrap();
    let mut a = csv::Reader::from_reader(back.as_bytes());
    let mut b = csv::Reader::from_reader(shipped.as_bytes());
    assert_eq!(a.headers().unwrap(), b.headers().unwrap());
    assert_eq!(a.records().count(), b.records().count());
}
