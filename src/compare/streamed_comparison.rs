//! `StreamedComparison`: a finished streamed comparison and each offer's
//! per-worker rows (CSV or JSON) kept in a [`Spill`], written out in any of
//! compare's formats without the rows ever held in memory.

use std::io::{self, Read, Write};

use crate::compare::{
    csv_as_xlsx, write_html, write_text, CompareError, CompareFormat, Comparison, OfferTotal,
    CSV_HEADER,
};
use crate::io::spill::Spill;
use crate::Money;

/// A finished comparison and, for CSV and JSON, each offer's worker rows.
#[derive(Debug)]
pub struct StreamedComparison {
    /// The comparison's figures.
    pub comparison: Comparison,
    pub(super) rows: Vec<Spill>,
    pub(super) format: CompareFormat,
}

impl StreamedComparison {
    /// The CSV: the header, then each offer's rows from its spill.
    fn write_csv(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let mut w = csv::Writer::from_writer(&mut *out);
        w.write_record(CSV_HEADER)?;
        w.flush()?;
        drop(w);
        for spill in &mut self.rows {
            spill.copy_to(0, out)?;
        }
        Ok(())
    }

    /// The workbook: the CSV read back from the spills row by row, zipped
    /// into `out` as it is made (never the whole table in memory).
    fn write_xlsx(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()> {
        let c = &self.comparison;
        // Every offer has a row a worker: its totals are the scenarios' sums.
        let sum = |k: usize| {
            c.distributions
                .get(k)
                .and_then(crate::distribution::Distribution::sum)
                .map(Money::new)
                .ok_or_else(|| io::Error::other(CompareError::Empty))
        };
        let before = sum(0)?;
        let mut totals = Vec::with_capacity(c.offers.len());
        for (k, (o, spill)) in c.offers.iter().zip(&self.rows).enumerate() {
            if spill.is_empty() {
                continue;
            }
            let after = sum(k + 1)?;
            totals.push(OfferTotal {
                label: o.label.clone(),
                workers: i64::try_from(c.headcount).unwrap_or(i64::MAX),
                before,
                after,
                change: after - before,
            });
        }
        let mut header = Vec::new();
        {
            let mut w = csv::Writer::from_writer(&mut header);
            w.write_record(CSV_HEADER)?;
            w.flush()?;
        }
        let mut csv: Box<dyn io::Read + Send + '_> = Box::new(&header[..]);
        for spill in &mut self.rows {
            csv = Box::new(csv.chain(spill.reader()?));
        }
        csv_as_xlsx(csv, &totals, out)
    }

    /// Writes the comparison in its format, the workers' rows from their spills.
    pub fn write(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()> {
        let c = &self.comparison;
        let mut sink: &mut dyn Write = &mut *out;
        match self.format {
            CompareFormat::Text => write_text(c, &mut sink),
            CompareFormat::Html => write_html(c, &mut sink),
            CompareFormat::Csv => self.write_csv(out),
            CompareFormat::Xlsx => self.write_xlsx(out),
            CompareFormat::Json => {
                let text = serde_json::to_vec_pretty(c)?;
                // Each offer's empty list, at its depth (a string value's
                // newline is escaped, so only the key matches).
                const EMPTY: &[u8] = b"\n      \"workers\": []";
                let mut rest = &text[..];
                for spill in &mut self.rows {
                    let Some(at) = rest.windows(EMPTY.len()).position(|w| w == EMPTY) else {
                        break;
                    };
                    out.write_all(&rest[..at])?;
                    if spill.is_empty() {
                        out.write_all(EMPTY)?;
                    } else {
                        out.write_all(b"\n      \"workers\": [\n")?;
                        spill.copy_to(2, out)?;
                        out.write_all(b"\n      ]")?;
                    }
                    rest = &rest[at + EMPTY.len()..];
                }
                out.write_all(rest)?;
                out.write_all(b"\n")
            }
        }
    }
}
