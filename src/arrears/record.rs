//! Rows and totals as bytes and back, exactly: what a streamed reckoning
//! keeps of them between the chunk that made them and their place in the
//! output (the rows of every month come before any worker's total). Each is
//! one frame: its length, then its fields; amounts are the decimal's own 16
//! bytes, so nothing is rounded on the way.

use std::io::{self, Write};

use rust_decimal::Decimal;

use crate::arrears::{MonthRow, Source, Total};
use crate::Money;

fn put_str(buf: &mut Vec<u8>, s: &str) {
    put_len(buf, s.len());
    buf.extend_from_slice(s.as_bytes());
}

fn put_len(buf: &mut Vec<u8>, n: usize) {
    buf.extend_from_slice(&u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes());
}

fn put_money(buf: &mut Vec<u8>, m: Money) {
    buf.extend_from_slice(&m.amount().serialize());
}

/// Starts a frame; [`end`] writes its length.
fn begin(buf: &mut Vec<u8>) -> usize {
    let at = buf.len();
    buf.extend_from_slice(&[0; 4]);
    at
}

fn end(buf: &mut [u8], at: usize) {
    let len = u32::try_from(buf.len() - at - 4).unwrap_or(u32::MAX);
    buf[at..at + 4].copy_from_slice(&len.to_le_bytes());
}

/// Appends a row's frame to `buf`.
pub fn put_row(buf: &mut Vec<u8>, r: &MonthRow) {
    let at = begin(buf);
    put_str(buf, &r.employee_id);
    put_str(buf, &r.name);
    put_str(buf, &r.enterprise_id);
    put_str(buf, &r.enterprise_name);
    put_str(buf, &r.period.to_string());
    put_money(buf, r.entitled);
    put_money(buf, r.paid);
    put_money(buf, r.owed);
    buf.push(match r.source {
        Source::Payroll => 0,
        Source::Previous => 1,
        Source::Unpaid => 2,
    });
    end(buf, at);
}

/// Appends a total's frame to `buf`.
pub fn put_total(buf: &mut Vec<u8>, t: &Total) {
    let at = begin(buf);
    put_str(buf, &t.employee_id);
    put_str(buf, &t.name);
    put_str(buf, &t.enterprise_id);
    put_str(buf, &t.enterprise_name);
    buf.extend_from_slice(&t.months.to_le_bytes());
    put_money(buf, t.entitled);
    put_money(buf, t.paid);
    put_money(buf, t.owed);
    end(buf, at);
}

fn bad() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, "a kept row is not whole")
}

/// Reads fields off a frame.
struct Fields<'b>(&'b [u8]);

impl<'b> Fields<'b> {
    fn take(&mut self, n: usize) -> io::Result<&'b [u8]> {
        if self.0.len() < n {
            return Err(bad());
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u32(&mut self) -> io::Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn string(&mut self) -> io::Result<String> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| bad())
    }

    fn money(&mut self) -> io::Result<Money> {
        let b = self.take(16)?;
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(b);
        Ok(Money::new(Decimal::deserialize(bytes)))
    }
}

/// A row from its frame's payload.
pub fn row(payload: &[u8]) -> io::Result<MonthRow> {
    let mut f = Fields(payload);
    Ok(MonthRow {
        employee_id: f.string()?,
        name: f.string()?,
        enterprise_id: f.string()?,
        enterprise_name: f.string()?,
        period: f.string()?.parse().map_err(|_| bad())?,
        entitled: f.money()?,
        paid: f.money()?,
        owed: f.money()?,
        source: match f.take(1)?[0] {
            0 => Source::Payroll,
            1 => Source::Previous,
            _ => Source::Unpaid,
        },
    })
}

/// A total from its frame's payload.
pub fn total(payload: &[u8]) -> io::Result<Total> {
    let mut f = Fields(payload);
    Ok(Total {
        employee_id: f.string()?,
        name: f.string()?,
        enterprise_id: f.string()?,
        enterprise_name: f.string()?,
        months: f.u32()?,
        entitled: f.money()?,
        paid: f.money()?,
        owed: f.money()?,
    })
}

/// Bytes written to it are cut into frames, each payload given to `each`:
/// kept frames are read back by copying them into one of these.
pub struct Frames<F> {
    pending: Vec<u8>,
    each: F,
}

impl<F> std::fmt::Debug for Frames<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Frames")
            .field("pending", &self.pending.len())
            .finish_non_exhaustive()
    }
}

impl<F: FnMut(&[u8]) -> io::Result<()>> Frames<F> {
    /// Frames to `each`.
    pub fn new(each: F) -> Frames<F> {
        Frames {
            pending: Vec::new(),
            each,
        }
    }

    /// Checks that no frame was left half-written.
    pub fn finish(self) -> io::Result<()> {
        if self.pending.is_empty() {
            Ok(())
        } else {
            Err(bad())
        }
    }
}

impl<F: FnMut(&[u8]) -> io::Result<()>> Write for Frames<F> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        let mut at = 0;
        while self.pending.len() - at >= 4 {
            let b = &self.pending[at..at + 4];
            let len = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
            if self.pending.len() - at - 4 < len {
                break;
            }
            (self.each)(&self.pending[at + 4..at + 4 + len])?;
            at += 4 + len;
        }
        self.pending.drain(..at);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_and_totals_come_back_exactly_in_pieces() {
        let row = MonthRow {
            employee_id: "A,1".into(),
            name: "陈\"建国".into(),
            enterprise_id: "E1".into(),
            enterprise_name: "东海泵业".into(),
            period: "2026-02".parse().unwrap(),
            entitled: "3000.105".parse().unwrap(),
            paid: "0".parse().unwrap(),
            owed: "-12.50".parse().unwrap(),
            source: Source::Previous,
        };
        let total = Total {
            employee_id: String::new(),
            months: 7,
            entitled: "99999999.99".parse().unwrap(),
            ..Total::default()
        };
        let mut buf = Vec::new();
        put_row(&mut buf, &row);
        put_total(&mut buf, &total);
        put_row(&mut buf, &row);
        let mut seen = Vec::new();
        let mut frames = Frames::new(|payload: &[u8]| {
            seen.push(payload.to_vec());
            Ok(())
        });
        // Written a few bytes at a time, as a copy from disk may come.
        for piece in buf.chunks(5) {
            frames.write_all(piece).unwrap();
        }
        frames.finish().unwrap();
        assert_eq!(seen.len(), 3);
        assert_eq!(super::row(&seen[0]).unwrap(), row);
        assert_eq!(super::total(&seen[1]).unwrap(), total);
        assert_eq!(
            super::row(&seen[2]).unwrap().entitled.to_string(),
            "3000.105"
        );
        assert!(super::row(&seen[1][..5]).is_err());
    }
}
