//! The progress line of a long command on stderr: a bar over the input's
//! bytes, the rows done, rows per second and the time left, in the user's
//! language. Hidden when stderr is not a terminal (indicatif's rule) or `-q`.

use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::t;

/// A progress line over `total` bytes of input.
#[derive(Debug)]
pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    total: u64,
}

impl Progress {
    /// A bar for reading `total` bytes (0 when unknown, such as stdin).
    pub fn new(total: u64) -> Progress {
        let target = if super::quiet() {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        let bar = ProgressBar::with_draw_target(Some(total.max(1)), target);
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {percent:>3}% {msg}") {
            bar.set_style(style);
        }
        Progress {
            bar,
            started: Instant::now(),
            total,
        }
    }

    /// `bytes` of the input read so far, `rows` of it done.
    pub fn update(&self, bytes: u64, rows: u64) {
        if self.bar.is_hidden() {
            return;
        }
        self.bar.set_position(bytes);
        self.bar
            .set_message(line(self.started.elapsed(), bytes, self.total, rows));
    }

    /// Removes the line, leaving the terminal as it was.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// `12,345 rows, 4,100 rows/s, 3 s left`: integer arithmetic only.
fn line(elapsed: Duration, bytes: u64, total: u64, rows: u64) -> String {
    let millis = elapsed.as_millis().max(1);
    let rate = u128::from(rows) * 1000 / millis;
    let left = if bytes == 0 || total <= bytes {
        None
    } else {
        let remaining = millis * u128::from(total - bytes) / u128::from(bytes);
        Some(u64::try_from(remaining.div_ceil(1000)).unwrap_or(u64::MAX))
    };
    let rate = u64::try_from(rate).unwrap_or(u64::MAX);
    match left {
        Some(seconds) => t!("progress-line", rows = rows, rate = rate, seconds = seconds),
        None => t!("progress-line-done", rows = rows, rate = rate),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_line_counts_rows_rate_and_time_left() {
        let s = line(Duration::from_secs(2), 250, 1000, 5000);
        assert_eq!(s, "5000 rows, 2500 rows/s, 6 s left");
        let s = line(Duration::from_secs(2), 1000, 1000, 5000);
        assert_eq!(s, "5000 rows, 2500 rows/s");
        let zh =
            crate::t!(in Lang::Zh; "progress-line", rows = 5000u64, rate = 2500u64, seconds = 6u64);
        assert_eq!(zh, "5000 行，每秒 2500 行，剩余 6 秒");
    }
}
