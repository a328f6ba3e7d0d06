//! Synthetic regional roster generator for the reference workload.
//!
//! A Rust port of `bench/gen_roster.py` (see `bench/WORKLOAD.md`): the same
//! columns, header names, value formats, probability tables and enterprise size
//! model, so nengji's benchmark needs no Python. The output is deterministic for
//! a given `--rows`, `--enterprises` and `--seed`, with the same distributions as
//! the Python script (it is not bit-identical with numpy's generator).
//!
//! Rows are generated and written one at a time (constant memory apart from the
//! per-enterprise size and region arrays), sorted by enterprise.
//!
//! ```text
//! cargo run --release --example gen_roster -- --rows 4810000 --enterprises 40000 --out roster.csv
//! cargo run --release --example gen_roster -- --rows 1000 --out -      # to stdout
//! ```
//!
//! Defaults: `--enterprises` = max(1, rows / 120), `--seed` = 20260101.

// Hours of overtime and random sampling are not money: f64 arithmetic and
// float-to-integer casts of sampled values are fine here.
#![allow(clippy::float_arithmetic, clippy::cast_possible_truncation)]

use std::error::Error;
use std::fs::File;
use std::io::{self, BufWriter, Write};

use chrono::{Datelike, Days, NaiveDate};
use clap::Parser;
use rand::distributions::{Distribution, WeightedIndex};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rand_distr::{Gamma, LogNormal, Poisson};

const LEVELS: [&str; 8] = ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8"];
const LEVEL_P: [f64; 8] = [0.10, 0.25, 0.28, 0.20, 0.09, 0.05, 0.02, 0.01];
const CERTS: [&str; 6] = ["none", "5", "4", "3", "2", "1"];
const CERT_P: [f64; 6] = [0.30, 0.20, 0.22, 0.17, 0.08, 0.03];
const TITLES: [&str; 4] = ["none", "junior", "intermediate", "senior"];
const TITLE_P: [f64; 4] = [0.70, 0.18, 0.10, 0.02];
const EDUS: [&str; 7] = ["初中", "高中", "中专", "大专", "本科", "硕士", "博士"];
const EDU_P: [f64; 7] = [0.18, 0.22, 0.20, 0.22, 0.15, 0.025, 0.005];
const HONORS: [&str; 9] = [
    "",
    "county_model",
    "city_model",
    "city_craftsman",
    "provincial_model",
    "provincial_craftsman",
    "national_model",
    "city_model;city_craftsman",
    "provincial_model;provincial_craftsman;city_model",
];
const HONOR_P: [f64; 9] = [0.90, 0.03, 0.025, 0.02, 0.01, 0.008, 0.002, 0.004, 0.001];
const COMPS: [&str; 8] = [
    "none", "city_3", "city_2", "city_1", "prov_3", "prov_2", "prov_1", "national",
];
const COMP_P: [f64; 8] = [0.93, 0.02, 0.015, 0.01, 0.01, 0.008, 0.005, 0.002];
const FAMILY: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
const GIVEN: &str =
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌海波宁浩宇晨欣怡佳琪";

/// Number of regions: county codes 330100, 330110, ..., 330990.
const N_REGIONS: u32 = 90;
/// Hire dates are 1990-01-01 plus 0 .. HIRE_SPAN_DAYS - 1 days.
const HIRE_SPAN_DAYS: usize = 36 * 365;

const HEADER: &str = "enterprise_id,employee_id,name,region,level,step,cert,title,education,\
hire_date,honors,competition,patents_invention,patents_utility,ot_weekday_h,ot_restday_h,\
ot_holiday_h\n";

#[derive(Debug, Parser)]
#[command(about = "Synthetic regional roster (Rust port of bench/gen_roster.py)")]
struct Args {
    /// Number of employee rows.
    #[arg(long, default_value_t = 100_000)]
    rows: u64,
    /// Number of enterprises (0 = max(1, rows / 120)).
    #[arg(long, default_value_t = 0)]
    enterprises: u64,
    /// Random seed.
    #[arg(long, default_value_t = 20_260_101)]
    seed: u64,
    /// Output CSV file, or `-` for stdout.
    #[arg(long)]
    out: String,
}

/// One overtime column: a gamma-distributed number of hours, non-zero with
/// probability `p_nonzero`.
#[derive(Debug)]
struct Overtime {
    gamma: Gamma<f64>,
    p_nonzero: f64,
}

impl Overtime {
    fn new(shape: f64, scale: f64, p_nonzero: f64) -> Result<Self, Box<dyn Error>> {
        Ok(Self {
            gamma: Gamma::new(shape, scale)?,
            p_nonzero,
        })
    }

    /// Hours in tenths (the sample rounded to one decimal).
    fn sample_tenths(&self, rng: &mut StdRng) -> u32 {
        if rng.gen::<f64>() < self.p_nonzero {
            (self.gamma.sample(rng) * 10.0).round() as u32
        } else {
            0
        }
    }
}

/// Enterprise sizes: lognormal weights normalised to `rows`, floored, at least
/// one each, the remainder added to the largest enterprise.
fn enterprise_sizes(
    rng: &mut StdRng,
    rows: u64,
    enterprises: usize,
) -> Result<Vec<u64>, Box<dyn Error>> {
    let lognormal = LogNormal::new(0.0, 1.0)?;
    let weights: Vec<f64> = (0..enterprises).map(|_| lognormal.sample(rng)).collect();
    let total: f64 = weights.iter().sum();
    let mut sizes: Vec<u64> = weights
        .iter()
        .map(|w| ((w / total * rows as f64).floor() as u64).max(1))
        .collect();
    let mut sum: u64 = sizes.iter().sum();
    // Adjust the largest enterprise (first on ties, like numpy's argmax); when
    // the minimum of one row overshoots, take from the largest until it fits.
    while sum != rows {
        let (largest, _) =
            sizes.iter().enumerate().fold(
                (0, 0),
                |best, (i, &s)| if s > best.1 { (i, s) } else { best },
            );
        if sum < rows {
            sizes[largest] += rows - sum;
            sum = rows;
        } else {
            let take = (sum - rows).min(sizes[largest] - 1);
            if take == 0 {
                return Err("cannot give every enterprise at least one row".into());
            }
            sizes[largest] -= take;
            sum -= take;
        }
    }
    Ok(sizes)
}

/// `YYYY-MM-DD` for every possible hire day, as fixed 10-byte strings.
fn hire_date_table() -> Result<Vec<[u8; 10]>, Box<dyn Error>> {
    let start = NaiveDate::from_ymd_opt(1990, 1, 1).ok_or("bad start date")?;
    let mut table = Vec::with_capacity(HIRE_SPAN_DAYS);
    for day in 0..HIRE_SPAN_DAYS as u64 {
        let date = start
            .checked_add_days(Days::new(day))
            .ok_or("hire date out of range")?;
        let mut text = [0u8; 10];
        let mut cursor = io::Cursor::new(&mut text[..]);
        write!(
            cursor,
            "{:04}-{:02}-{:02}",
            date.year(),
            date.month(),
            date.day()
        )?;
        table.push(text);
    }
    Ok(table)
}

/// Appends `n` in decimal, zero-padded to at least `width` digits.
fn push_padded(buf: &mut Vec<u8>, mut n: u64, width: usize) {
    let mut digits = [b'0'; 20];
    let mut len = 0;
    while n > 0 || len == 0 {
        digits[len] = b'0' + (n % 10) as u8;
        n /= 10;
        len += 1;
    }
    for _ in len..width {
        buf.push(b'0');
    }
    buf.extend(digits[..len].iter().rev());
}

/// Appends tenths of an hour as `H.T` (always one decimal, like polars' `7.3`, `0.0`).
fn push_tenths(buf: &mut Vec<u8>, tenths: u32) {
    push_padded(buf, u64::from(tenths / 10), 1);
    buf.push(b'.');
    buf.push(b'0' + (tenths % 10) as u8);
}

/// Appends one character (no separator).
fn push_char(buf: &mut Vec<u8>, c: char, scratch: &mut [u8; 4]) {
    buf.extend_from_slice(c.encode_utf8(scratch).as_bytes());
}

/// Appends a text field and its trailing comma.
fn push_field(buf: &mut Vec<u8>, text: &str) {
    buf.extend_from_slice(text.as_bytes());
    buf.push(b',');
}

fn main() -> Result<(), Box<dyn Error>> {
    match run(&Args::parse()) {
        // `--out - | head` closes the pipe early: not an error.
        Err(e)
            if e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe) =>
        {
            Ok(())
        }
        other => other,
    }
}

fn run(args: &Args) -> Result<(), Box<dyn Error>> {
    let rows = args.rows;
    let enterprises = if args.enterprises == 0 {
        (rows / 120).max(1)
    } else {
        args.enterprises
    };
    if rows > 0 && enterprises > rows {
        return Err(format!("--enterprises {enterprises} exceeds --rows {rows}").into());
    }
    let enterprises = usize::try_from(enterprises)?;

    let mut rng = StdRng::seed_from_u64(args.seed);
    let sizes = if rows == 0 {
        Vec::new()
    } else {
        enterprise_sizes(&mut rng, rows, enterprises)?
    };
    let regions: Vec<u32> = (0..sizes.len())
        .map(|_| 330_100 + 10 * rng.gen_range(0..N_REGIONS))
        .collect();

    let level = WeightedIndex::new(LEVEL_P)?;
    let cert = WeightedIndex::new(CERT_P)?;
    let title = WeightedIndex::new(TITLE_P)?;
    let edu = WeightedIndex::new(EDU_P)?;
    let honor = WeightedIndex::new(HONOR_P)?;
    let comp = WeightedIndex::new(COMP_P)?;
    let ot_weekday = Overtime::new(1.5, 6.0, 0.6)?;
    let ot_restday = Overtime::new(1.2, 5.0, 0.3)?;
    let ot_holiday = Overtime::new(1.0, 4.0, 0.05)?;
    let patents_invention = Poisson::new(0.03)?;
    let patents_utility = Poisson::new(0.08)?;
    let family: Vec<char> = FAMILY.chars().collect();
    let given: Vec<char> = GIVEN.chars().collect();
    let hire_dates = hire_date_table()?;

    let sink: Box<dyn Write> = if args.out == "-" {
        Box::new(io::stdout().lock())
    } else {
        Box::new(File::create(&args.out).map_err(|e| format!("creating {}: {e}", args.out))?)
    };
    let mut out = BufWriter::with_capacity(1 << 20, sink);
    out.write_all(HEADER.as_bytes())?;

    let mut line: Vec<u8> = Vec::with_capacity(256);
    let mut utf8 = [0u8; 4];
    for (ent, (&size, &region)) in sizes.iter().zip(&regions).enumerate() {
        for within in 0..size {
            line.clear();
            // enterprise_id, employee_id
            line.push(b'E');
            push_padded(&mut line, ent as u64, 5);
            line.extend_from_slice(b",E");
            push_padded(&mut line, ent as u64, 5);
            line.push(b'-');
            push_padded(&mut line, within, 5);
            line.push(b',');
            // name: family + one given character, a second one with p = 0.6
            push_char(&mut line, family[rng.gen_range(0..family.len())], &mut utf8);
            push_char(&mut line, given[rng.gen_range(0..given.len())], &mut utf8);
            if rng.gen::<f64>() < 0.6 {
                push_char(&mut line, given[rng.gen_range(0..given.len())], &mut utf8);
            }
            line.push(b',');
            // region, level, step
            push_padded(&mut line, u64::from(region), 6);
            line.push(b',');
            push_field(&mut line, LEVELS[level.sample(&mut rng)]);
            push_padded(&mut line, rng.gen_range(1..=5u64), 1);
            line.push(b',');
            // cert, title, education
            push_field(&mut line, CERTS[cert.sample(&mut rng)]);
            push_field(&mut line, TITLES[title.sample(&mut rng)]);
            push_field(&mut line, EDUS[edu.sample(&mut rng)]);
            // hire_date
            line.extend_from_slice(&hire_dates[rng.gen_range(0..HIRE_SPAN_DAYS)]);
            line.push(b',');
            // honors (empty field for none), competition
            push_field(&mut line, HONORS[honor.sample(&mut rng)]);
            push_field(&mut line, COMPS[comp.sample(&mut rng)]);
            // patents
            push_padded(&mut line, patents_invention.sample(&mut rng) as u64, 1);
            line.push(b',');
            push_padded(&mut line, patents_utility.sample(&mut rng) as u64, 1);
            line.push(b',');
            // overtime hours, one decimal
            push_tenths(&mut line, ot_weekday.sample_tenths(&mut rng));
            line.push(b',');
            push_tenths(&mut line, ot_restday.sample_tenths(&mut rng));
            line.push(b',');
            push_tenths(&mut line, ot_holiday.sample_tenths(&mut rng));
            line.push(b'\n');
            out.write_all(&line)?;
        }
    }
    out.flush()?;
    Ok(())
}
