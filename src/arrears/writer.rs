//! Writing a reckoning as text (for a person), CSV (one row per worker and
//! month), an .xlsx workbook (the rows and the per-worker and per-enterprise
//! totals, see [`workbook`](crate::arrears::workbook)), or JSON (rows and every total).

use std::io::{self, Write};

use crate::arrears::{Arrears, MonthRow, Total};
use crate::io::cell::csv_text;
use crate::{t, Period};

/// The formats of `nengji arrears`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ArrearsFormat {
    /// A table for people, with totals per worker and enterprise.
    #[default]
    Text,
    /// One row a worker and month; the column ids do not change with the language.
    Csv,
    /// One JSON document: the months, the rows and the totals.
    Json,
    /// An Excel workbook: the rows, the per-worker and the per-enterprise
    /// totals, with Chinese headers, numeric amounts and 合计 rows.
    Xlsx,
}

impl crate::io::FileFormat for ArrearsFormat {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            ArrearsFormat::Text => &["txt"],
            ArrearsFormat::Csv => &["csv"],
            ArrearsFormat::Json => &["json"],
            ArrearsFormat::Xlsx => &["xlsx"],
        }
    }

    fn is_binary(self) -> bool {
        self == ArrearsFormat::Xlsx
    }
}

/// The CSV header; the column ids do not change with the language.
pub const CSV_HEADER: &str = "employee_id,name,enterprise_id,period,entitled,paid,owed,source";

/// What a reckoning's writer is told before the rows: the months, the run's
/// total (its `months` counts workers) and how many rows and enterprises
/// follow. A streamed reckoning knows these before it writes.
#[derive(Debug, Clone)]
pub struct Head {
    /// The first month reckoned.
    pub from: Period,
    /// The last month reckoned.
    pub to: Period,
    /// The sums over every worker and month; `months` is the workers' count.
    pub total: Total,
    /// How many rows (worker-months) follow.
    pub rows: u64,
    /// How many enterprises' totals follow.
    pub enterprises: u64,
}

impl Head {
    /// The head of a whole reckoning.
    pub fn of(arrears: &Arrears) -> Head {
        Head {
            from: arrears.from,
            to: arrears.to,
            total: arrears.total.clone(),
            rows: arrears.rows.len() as u64,
            enterprises: arrears.enterprises.len() as u64,
        }
    }
}

/// A reckoning's writer: told the head, then each row (month by month), each
/// worker's total and each enterprise's, in that order, and the end. It
/// holds nothing of what it has written: the workbook's cells wait in
/// rust_xlsxwriter's temporary files and are zipped into `out` at the end (see
/// [`workbook`](crate::arrears::workbook)). `out` is `Send` because the
/// workbook's zip writer asks for it.
pub trait Sink {
    /// Before the rows.
    fn begin(&mut self, head: &Head, out: &mut (dyn Write + Send)) -> io::Result<()>;
    /// One worker's month.
    fn row(&mut self, row: &MonthRow, out: &mut (dyn Write + Send)) -> io::Result<()>;
    /// Before the workers' totals.
    fn workers(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()>;
    /// One worker's total.
    fn worker(&mut self, total: &Total, out: &mut (dyn Write + Send)) -> io::Result<()>;
    /// Before the enterprises' totals.
    fn enterprises(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()>;
    /// One enterprise's total.
    fn enterprise(&mut self, total: &Total, out: &mut (dyn Write + Send)) -> io::Result<()>;
    /// After everything.
    fn end(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()>;
    /// A line for a person about what was written (a workbook's continuation sheets).
    fn note(&self) -> Option<String> {
        None
    }
}

/// The writer of a table format.
pub fn sink(format: ArrearsFormat) -> Box<dyn Sink> {
    match format {
        ArrearsFormat::Text => Box::new(TextSink::default()),
        ArrearsFormat::Csv => Box::new(CsvSink),
        ArrearsFormat::Json => Box::new(JsonSink::default()),
        ArrearsFormat::Xlsx => Box::new(crate::arrears::workbook::XlsxSink::default()),
    }
}

/// Gives a whole reckoning to `sink`.
pub fn feed(
    arrears: &Arrears,
    sink: &mut dyn Sink,
    out: &mut (dyn Write + Send),
) -> io::Result<()> {
    sink.begin(&Head::of(arrears), out)?;
    for r in &arrears.rows {
        sink.row(r, out)?;
    }
    sink.workers(out)?;
    for w in &arrears.workers {
        sink.worker(w, out)?;
    }
    sink.enterprises(out)?;
    for e in &arrears.enterprises {
        sink.enterprise(e, out)?;
    }
    sink.end(out)
}

/// Writes the reckoning in `format` to `out`.
pub fn write(
    arrears: &Arrears,
    format: ArrearsFormat,
    out: &mut (dyn Write + Send),
) -> io::Result<()> {
    feed(arrears, sink(format).as_mut(), out)
}

/// CSV: one row per worker and month.
#[derive(Debug)]
struct CsvSink;

impl Sink for CsvSink {
    fn begin(&mut self, _: &Head, out: &mut (dyn Write + Send)) -> io::Result<()> {
        writeln!(out, "{CSV_HEADER}")
    }

    fn row(&mut self, r: &MonthRow, out: &mut (dyn Write + Send)) -> io::Result<()> {
        let mut line = String::with_capacity(96);
        csv_text(&mut line, &r.employee_id);
        line.push(',');
        csv_text(&mut line, &r.name);
        line.push(',');
        csv_text(&mut line, &r.enterprise_id);
        // Writing to a String cannot fail.
        let _ = std::fmt::Write::write_fmt(
            &mut line,
            format_args!(
                ",{},{},{},{},{}\n",
                r.period,
                r.entitled,
                r.paid,
                r.owed,
                r.source.name()
            ),
        );
        out.write_all(line.as_bytes())
    }

    fn workers(&mut self, _: &mut (dyn Write + Send)) -> io::Result<()> {
        Ok(())
    }

    fn worker(&mut self, _: &Total, _: &mut (dyn Write + Send)) -> io::Result<()> {
        Ok(())
    }

    fn enterprises(&mut self, _: &mut (dyn Write + Send)) -> io::Result<()> {
        Ok(())
    }

    fn enterprise(&mut self, _: &Total, _: &mut (dyn Write + Send)) -> io::Result<()> {
        Ok(())
    }

    fn end(&mut self, _: &mut (dyn Write + Send)) -> io::Result<()> {
        Ok(())
    }
}

/// JSON: the document `serde_json::to_writer_pretty` makes of a whole
/// [`Arrears`], element by element.
#[derive(Debug, Default)]
struct JsonSink {
    /// Elements written in the current array.
    written: u64,
    total: Total,
}

impl JsonSink {
    /// An array's element, pretty, indented to its place.
    fn element<T: serde::Serialize>(&mut self, value: &T, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
        self.written += 1;
        indented(value, "    ", true, out)
    }

    /// Closes an array and opens the next, `key`.
    fn next_array(&mut self, key: &str, out: &mut dyn Write) -> io::Result<()> {
        self.close(out)?;
        write!(out, ",\n  {}: [", json(key)?)
    }

    fn close(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.written > 0 {
            out.write_all(b"\n  ")?;
        }
        self.written = 0;
        out.write_all(b"]")
    }
}

/// `value` as a JSON string.
fn json<T: serde::Serialize + ?Sized>(value: &T) -> io::Result<String> {
    serde_json::to_string(value).map_err(io::Error::other)
}

/// `value` pretty-printed with every line but the first (or every line)
/// indented by `indent`: a JSON string holds no raw line break, so lines are
/// the document's own.
fn indented<T: serde::Serialize>(
    value: &T,
    indent: &str,
    first: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        if i > 0 || first {
            out.write_all(indent.as_bytes())?;
        }
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

impl Sink for JsonSink {
    fn begin(&mut self, head: &Head, out: &mut (dyn Write + Send)) -> io::Result<()> {
        self.total = head.total.clone();
        write!(
            out,
            "{{\n  \"from\": {},\n  \"to\": {},\n  \"rows\": [",
            json(&head.from.to_string())?,
            json(&head.to.to_string())?
        )
    }

    fn row(&mut self, row: &MonthRow, out: &mut (dyn Write + Send)) -> io::Result<()> {
        self.element(row, out)
    }

    fn workers(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()> {
        self.next_array("workers", out)
    }

    fn worker(&mut self, total: &Total, out: &mut (dyn Write + Send)) -> io::Result<()> {
        self.element(total, out)
    }

    fn enterprises(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()> {
        self.next_array("enterprises", out)
    }

    fn enterprise(&mut self, total: &Total, out: &mut (dyn Write + Send)) -> io::Result<()> {
        self.element(total, out)
    }

    fn end(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()> {
        self.close(out)?;
        out.write_all(b",\n  \"total\": ")?;
        let total = std::mem::take(&mut self.total);
        indented(&total, "  ", false, out)?;
        out.write_all(b"\n}\n")
    }
}

/// Text, for a person.
#[derive(Debug, Default)]
struct TextSink {
    head: Option<Head>,
}

impl Sink for TextSink {
    fn begin(&mut self, head: &Head, out: &mut (dyn Write + Send)) -> io::Result<()> {
        self.head = Some(head.clone());
        writeln!(
            out,
            "{}",
            t!(
                "pay-arrears-title",
                from = head.from.to_string(),
                to = head.to.to_string()
            )
        )?;
        writeln!(out)?;
        writeln!(out, "{}", t!("pay-arrears-columns"))
    }

    fn row(&mut self, r: &MonthRow, out: &mut (dyn Write + Send)) -> io::Result<()> {
        writeln!(
            out,
            "{:<10} {:<8} {:<12} {}  {:>12} {:>12} {:>12}  {}",
            r.employee_id,
            r.name,
            r.enterprise_id,
            r.period,
            r.entitled.grouped(),
            r.paid.grouped(),
            r.owed.grouped(),
            r.source.name()
        )
    }

    fn workers(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()> {
        writeln!(out)?;
        writeln!(out, "{}", t!("pay-arrears-per-worker"))
    }

    fn worker(&mut self, w: &Total, out: &mut (dyn Write + Send)) -> io::Result<()> {
        writeln!(
            out,
            "{:<10} {:<8} {:<12} {:>2}  {:>12} {:>12} {:>12}",
            w.employee_id,
            w.name,
            w.enterprise_id,
            w.months,
            w.entitled.grouped(),
            w.paid.grouped(),
            w.owed.grouped()
        )
    }

    fn enterprises(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()> {
        writeln!(out)?;
        writeln!(out, "{}", t!("pay-arrears-per-enterprise"))
    }

    fn enterprise(&mut self, e: &Total, out: &mut (dyn Write + Send)) -> io::Result<()> {
        writeln!(
            out,
            "{:<12} {:<24} {:>12} {:>12} {:>12}",
            e.enterprise_id,
            e.enterprise_name,
            e.entitled.grouped(),
            e.paid.grouped(),
            e.owed.grouped()
        )
    }

    fn end(&mut self, out: &mut (dyn Write + Send)) -> io::Result<()> {
        let Some(head) = self.head.take() else {
            return Ok(());
        };
        writeln!(out)?;
        let t = &head.total;
        writeln!(
            out,
            "{}",
            t!(
                "pay-arrears-total",
                workers = u64::from(t.months),
                rows = head.rows,
                entitled = t.entitled.grouped(),
                paid = t.paid.grouped(),
                owed = t.owed.grouped()
            )
        )
    }
}
