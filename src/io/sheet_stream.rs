//! The rows of an .xlsx sheet streamed from a thread of their own, so a sheet
//! of a million rows is never held whole: calamine's cell reader borrows its
//! workbook, so the thread owns both and sends rows in batches over a bounded
//! channel. What stays in memory is the file's bytes (a zip is read whole, its
//! directory is at the end) and the shared strings calamine loads on opening;
//! .xls and .ods sheets are laid out whole by calamine and are not streamed.

use std::io::Cursor;
use std::sync::mpsc::{sync_channel, Receiver};

use calamine::{Reader, Xlsx};

use super::sheet_cell::cell_ref_text;
use super::sheet_error::{SheetChoice, SheetError, SheetProblem};
use super::sheet_guard::{TooLarge, MAX_CELLS};
use super::sheet_reader::{chosen, letters, record_of, Row};

/// Rows per message, and messages in flight.
const BATCH: usize = 512;
const IN_FLIGHT: usize = 8;

/// What the reading thread says.
enum Message {
    Opened(String),
    Rows(Vec<Row>),
    Failed(SheetError),
    Done,
}

/// The rows of one .xlsx sheet, as the thread reads them.
#[derive(Debug)]
pub(super) struct RowStream {
    messages: Receiver<Message>,
    batch: std::vec::IntoIter<Row>,
    done: bool,
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Message")
    }
}

impl RowStream {
    /// Starts reading the chosen sheet of an .xlsx's bytes; its name once the
    /// workbook is open.
    pub(super) fn open(
        bytes: Vec<u8>,
        choice: &SheetChoice,
    ) -> Result<(String, RowStream), SheetError> {
        let (tx, messages) = sync_channel(IN_FLIGHT);
        let choice = choice.clone();
        let unreadable = |e: String| SheetError {
            sheet: None,
            row: 1,
            column: None,
            problem: SheetProblem::Unreadable(e),
        };
        std::thread::Builder::new()
            .name("xlsx".into())
            .spawn(move || {
                let run = || -> Result<(), SheetError> {
                    let mut book =
                        Xlsx::new(Cursor::new(bytes)).map_err(|e| unreadable(e.to_string()))?;
                    let name = chosen(book.sheet_names(), &choice)?;
                    if tx.send(Message::Opened(name.clone())).is_err() {
                        return Ok(());
                    }
                    let mut batch = Vec::with_capacity(BATCH);
                    let mut emit = |row: Row| {
                        batch.push(row);
                        batch.len() < BATCH
                            || tx.send(Message::Rows(std::mem::take(&mut batch))).is_ok()
                    };
                    xlsx_rows(&mut book, &name, &mut emit)?;
                    if !batch.is_empty() {
                        let _ = tx.send(Message::Rows(batch));
                    }
                    Ok(())
                };
                let _ = tx.send(match run() {
                    Ok(()) => Message::Done,
                    Err(e) => Message::Failed(e),
                });
            })
            .map_err(|e| unreadable(e.to_string()))?;
        let mut stream = RowStream {
            messages,
            batch: Vec::new().into_iter(),
            done: false,
        };
        match stream.receive()? {
            Some(Message::Opened(name)) => Ok((name, stream)),
            _ => Err(unreadable(crate::t!("excel-reader-stopped"))),
        }
    }

    /// The next message; an error for a failure, or for a thread that ended
    /// without saying it was done (it panicked): never a silent short sheet.
    fn receive(&mut self) -> Result<Option<Message>, SheetError> {
        if self.done {
            return Ok(None);
        }
        match self.messages.recv() {
            Ok(Message::Failed(e)) => {
                self.done = true;
                Err(e)
            }
            Ok(Message::Done) => {
                self.done = true;
                Ok(None)
            }
            Ok(message) => Ok(Some(message)),
            Err(_) => {
                self.done = true;
                Err(SheetError {
                    sheet: None,
                    row: 1,
                    column: None,
                    problem: SheetProblem::Unreadable(crate::t!("excel-reader-stopped")),
                })
            }
        }
    }

    /// The next row, `None` at the end.
    pub(super) fn next_row(&mut self) -> Result<Option<Row>, SheetError> {
        loop {
            if let Some(row) = self.batch.next() {
                return Ok(Some(row));
            }
            match self.receive()? {
                Some(Message::Rows(rows)) => self.batch = rows.into_iter(),
                Some(_) => {}
                None => return Ok(None),
            }
        }
    }
}

/// A row being gathered: its index, its values by column, its first bad cell.
type Gathering = (u32, Vec<(u32, String)>, Option<SheetError>);

/// The rows of an .xlsx sheet, read cell by cell.
fn xlsx_rows(
    book: &mut Xlsx<Cursor<Vec<u8>>>,
    name: &str,
    emit: &mut dyn FnMut(Row) -> bool,
) -> Result<(), SheetError> {
    let at = |row: u64, column: Option<u64>, problem| SheetError {
        sheet: Some(name.to_string()),
        row,
        column,
        problem,
    };
    let mut cells = book
        .worksheet_cells_reader(name)
        .map_err(|e| at(1, None, SheetProblem::Unreadable(e.to_string())))?;
    let d = cells.dimensions();
    let declared = u64::from(d.end.0.saturating_sub(d.start.0)) + 1;
    let declared = declared.saturating_mul(u64::from(d.end.1.saturating_sub(d.start.1)) + 1);
    if declared > MAX_CELLS {
        let what = format!(
            "{}{}:{}{}",
            letters(d.start.1),
            d.start.0 + 1,
            letters(d.end.1),
            d.end.0 + 1
        );
        return Err(at(
            1,
            None,
            SheetProblem::TooLarge(TooLarge::Cells {
                what,
                cells: declared,
            }),
        ));
    }
    let mut count: u64 = 0;
    let mut current: Option<Gathering> = None;
    let flush = |current: Gathering| {
        let (r, values, error) = current;
        Row {
            line: u64::from(r) + 1,
            fields: match error {
                Some(e) => Err(e),
                None => Ok(record_of(&values)),
            },
        }
    };
    while let Some(cell) = cells
        .next_cell()
        .map_err(|e| at(1, None, SheetProblem::Unreadable(e.to_string())))?
    {
        let (r, c) = cell.get_position();
        count += 1;
        if count > MAX_CELLS {
            let what = name.to_string();
            return Err(at(
                u64::from(r) + 1,
                None,
                SheetProblem::TooLarge(TooLarge::Cells { what, cells: count }),
            ));
        }
        if current.as_ref().is_some_and(|(row, _, _)| *row != r) {
            if let Some(done) = current.take() {
                if !emit(flush(done)) {
                    // The reader is gone: nothing more is wanted.
                    return Ok(());
                }
            }
        }
        let entry = current.get_or_insert_with(|| (r, Vec::new(), None));
        match cell_ref_text(cell.get_value()) {
            Ok(text) if text.is_empty() => {}
            Ok(text) => entry.1.push((c, text)),
            Err(problem) => {
                if entry.2.is_none() {
                    entry.2 = Some(at(
                        u64::from(r) + 1,
                        Some(u64::from(c) + 1),
                        SheetProblem::Cell(problem),
                    ));
                }
            }
        }
    }
    if let Some(done) = current.take() {
        emit(flush(done));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SheetKind, SheetReader};
    use csv::ByteRecord;

    fn long_sheet(rows: u32) -> Vec<u8> {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "工号").unwrap();
        sheet.write_string(0, 1, "应发").unwrap();
        for r in 1..=rows {
            sheet.write_string(r, 0, format!("E{r}")).unwrap();
            sheet.write_number(r, 1, f64::from(r)).unwrap();
        }
        book.save_to_buffer().unwrap()
    }

    #[test]
    fn a_long_sheet_streams_every_row_in_order_and_a_reader_may_stop_early() {
        let rows = u32::try_from(BATCH * IN_FLIGHT * 3 + 7).unwrap();
        let bytes = long_sheet(rows);
        let mut reader =
            SheetReader::open(bytes.clone(), SheetKind::Xlsx, &SheetChoice::First).unwrap();
        let mut record = ByteRecord::new();
        assert!(reader.read(&mut record).unwrap()); // the header
        let mut n = 0;
        while reader.read(&mut record).unwrap() {
            n += 1;
            assert_eq!(record.get(0), Some(format!("E{n}").as_bytes()));
            assert_eq!(record.get(1), Some(n.to_string().as_bytes()));
            assert_eq!(
                record.position().map(csv::Position::line),
                Some(u64::from(n) + 1)
            );
        }
        assert_eq!(n, rows);
        // Dropped after two rows: the thread's next send fails and it ends.
        let mut reader = SheetReader::open(bytes, SheetKind::Xlsx, &SheetChoice::First).unwrap();
        assert!(reader.read(&mut record).unwrap() && reader.read(&mut record).unwrap());
        drop(reader);
    }
}
