//! `ScoresById`: scores without an enterprise column joined to the roster in
//! bounded memory. The roster's (employee id, enterprise ordinal) and the
//! scores' (employee id, file order, line, cells) are sorted by id on disk
//! ([`ExternalSort`]), merge-joined so each row of scores gets its worker's
//! enterprise, sorted again by (enterprise ordinal, file order) and written to
//! a temporary CSV whose first two columns are the enterprise and the row's
//! line in the original file. The streamed path ([`ScoresCursor`]) reads that
//! file as scores grouped by enterprise; [`restore`] gives each row back its
//! original cells and line, so every location still names the scores file.
//!
//! Only a join that is certain is made here: an id the roster lacks, an id
//! on the roster twice, an id scored twice, a row that cannot be read, an
//! enterprise whose rows are apart or a roster of one enterprise give `None`,
//! and the caller assesses the roster whole as before, which tells the same
//! problem in the same words at the same place (its nearest-id hint looks at
//! every roster id, which a bounded pass cannot do cheaply).
//!
//! [`ScoresCursor`]: crate::assess::ScoresCursor

use std::cmp::Ordering;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom};

use csv::StringRecord;

use crate::assess::RosterTable;
use crate::io::external_sort::{ExternalSort, Record};
use crate::io::{line_of, TableOptions, TableReader};
use crate::pipeline::{Input, Job, Pipeline, Rows};
use crate::roster::{Encoding, RosterError};

/// The temporary scores, grouped by enterprise in the roster's order.
#[derive(Debug)]
pub struct ScoresById {
    file: File,
}

impl ScoresById {
    /// The column of the enterprise in the temporary file.
    pub const COLUMN: usize = 0;

    /// Joins the scores (`scores`, its id in column `id_column`) to the roster
    /// read through `pipeline`; `None` when the join is not certain (see the
    /// module doc).
    pub fn prepare(
        pipeline: &Pipeline<'_>,
        roster: Vec<Input<'_>>,
        columns: &std::collections::BTreeMap<String, String>,
        scores_name: &str,
        scores: Box<dyn Read + '_>,
        options: &TableOptions,
        id_column: usize,
    ) -> io::Result<Option<ScoresById>> {
        let Some((ids, enterprises)) = roster_ids(pipeline, roster, columns)? else {
            return Ok(None);
        };
        let Ok(mut table) = TableReader::open(scores_name, scores, options) else {
            return Ok(None);
        };
        let mut lines = ExternalSort::new(|a: &ScoreLine, b: &ScoreLine| a.id.cmp(&b.id));
        let mut record = StringRecord::new();
        let mut seq = 0u64;
        loop {
            match table.read_record(&mut record) {
                Ok(true) => {}
                Ok(false) => break,
                Err(_) => return Ok(None),
            }
            lines.push(ScoreLine {
                id: record.get(id_column).unwrap_or("").trim().to_string(),
                ord: 0,
                seq,
                line: line_of(record.as_byte_record()),
                cells: record.iter().map(str::to_string).collect(),
            })?;
            seq += 1;
        }
        let mut joined =
            ExternalSort::new(|a: &ScoreLine, b: &ScoreLine| (a.ord, a.seq).cmp(&(b.ord, b.seq)));
        let mut lines = lines.finish()?;
        let mut next = lines.next().transpose()?;
        let mut previous: Option<String> = None;
        for worker in ids {
            let worker = worker?;
            if previous.as_deref() == Some(worker.id.as_str()) {
                return Ok(None);
            }
            let mut scored = false;
            loop {
                match next.as_ref().map(|s| s.id.cmp(&worker.id)) {
                    Some(Ordering::Less) => return Ok(None),
                    Some(Ordering::Equal) if scored => return Ok(None),
                    Some(Ordering::Equal) => {}
                    Some(Ordering::Greater) | None => break,
                }
                let Some(mut line) = next.take() else { break };
                line.ord = worker.ord;
                joined.push(line)?;
                scored = true;
                next = lines.next().transpose()?;
            }
            previous = Some(worker.id);
        }
        if next.is_some() {
            return Ok(None);
        }
        let mut out = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(BufWriter::new(tempfile::tempfile()?));
        out.write_record(
            ["enterprise", "line"]
                .into_iter()
                .chain(table.headers().iter()),
        )?;
        for line in joined.finish()? {
            let line = line?;
            let enterprise = enterprises
                .get(line.ord as usize)
                .map_or("", String::as_str);
            let at = line.line.to_string();
            out.write_record(
                [enterprise, at.as_str()]
                    .into_iter()
                    .chain(line.cells.iter().map(String::as_str)),
            )?;
        }
        let mut file = out
            .into_inner()
            .map_err(|e| io::Error::other(e.to_string()))?
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?;
        file.seek(SeekFrom::Start(0))?;
        Ok(Some(ScoresById { file }))
    }

    /// The temporary scores from their start.
    pub fn open(&self) -> io::Result<Box<dyn Read>> {
        let mut file = self.file.try_clone()?;
        file.seek(SeekFrom::Start(0))?;
        Ok(Box::new(BufReader::with_capacity(1 << 16, file)))
    }

    /// How the temporary scores are read (UTF-8 CSV).
    pub fn options() -> TableOptions {
        TableOptions::new(Encoding::Utf8, None)
    }
}

/// A row of the temporary scores back as the scores file had it: its cells
/// without the enterprise and line, placed at its line in the scores file.
pub fn restore(record: &mut StringRecord) {
    let line = record.get(1).and_then(|l| l.parse().ok()).unwrap_or(0);
    let mut position = record
        .position()
        .cloned()
        .unwrap_or_else(csv::Position::new);
    position.set_line(line);
    let mut cells = StringRecord::with_capacity(record.as_slice().len(), record.len());
    for cell in record.iter().skip(2) {
        cells.push_field(cell);
    }
    cells.set_position(Some(position));
    *record = cells;
}

/// Every roster row's id with its enterprise's ordinal, sorted by id, and the
/// enterprises' ids in roster order; `None` when the roster has a problem, its
/// rows of one enterprise apart, or one enterprise only.
#[allow(clippy::type_complexity)]
fn roster_ids(
    pipeline: &Pipeline<'_>,
    roster: Vec<Input<'_>>,
    columns: &std::collections::BTreeMap<String, String>,
) -> io::Result<Option<(Sorted<RosterId>, Vec<String>)>> {
    let mut ids = ExternalSort::new(by_id as fn(&RosterId, &RosterId) -> Ordering);
    let mut enterprises: Vec<String> = Vec::new();
    let mut seen: HashMap<String, u32> = HashMap::new();
    let mut id_column: Option<usize> = None;
    let mut certain = true;
    let mut failed: Option<io::Error> = None;
    let ran = pipeline.run(roster, &NoWork, &mut |rows: &mut Rows, _: &mut ()| {
        if !certain || !rows.skipped.is_empty() {
            certain = false;
            return Ok(());
        }
        let Some(file) = rows.file() else {
            return Ok(());
        };
        let col = match id_column {
            Some(col) => col,
            None => match RosterTable::bind(file.origin.clone(), 1, &file.headers, columns) {
                Ok(table) => *id_column.insert(table.keys.id),
                Err(_) => {
                    certain = false;
                    return Ok(());
                }
            },
        };
        for i in 0..rows.len() {
            let enterprise = String::from_utf8_lossy(rows.enterprise(i));
            if enterprises.last().map(String::as_str) != Some(enterprise.as_ref()) {
                if seen.contains_key(enterprise.as_ref()) {
                    certain = false;
                    return Ok(());
                }
                seen.insert(enterprise.to_string(), enterprises.len() as u32);
                enterprises.push(enterprise.to_string());
            }
            let Ok(id) = std::str::from_utf8(rows.field(i, col)) else {
                certain = false;
                return Ok(());
            };
            let worker = RosterId {
                id: id.trim().to_string(),
                ord: enterprises.len() as u32 - 1,
            };
            if let Err(e) = ids.push(worker) {
                failed = Some(e);
                certain = false;
            }
        }
        Ok(())
    });
    if let Some(e) = failed {
        return Err(e);
    }
    if ran.is_err() || !certain || enterprises.len() < 2 {
        return Ok(None);
    }
    Ok(Some((ids.finish()?, enterprises)))
}

type Sorted<T> = crate::io::external_sort::Sorted<T, fn(&T, &T) -> Ordering>;

fn by_id(a: &RosterId, b: &RosterId) -> Ordering {
    a.id.cmp(&b.id)
}

/// The pre-pass reads the roster only: its rows are taken in order by the
/// writer's hand.
struct NoWork;

impl Job for NoWork {
    type Out = ();
    type Scratch = ();
    type Error = RosterError;

    fn output(&self) {}

    fn reset(&self, _: &mut ()) {}

    fn process(&self, _: &Rows, _: &mut (), _: &mut ()) -> Result<(), RosterError> {
        Ok(())
    }
}

/// A roster row's employee id and its enterprise's ordinal.
#[derive(Debug, Clone, PartialEq, Eq)]
struct RosterId {
    id: String,
    ord: u32,
}

impl Record for RosterId {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.ord.to_le_bytes());
        put(out, &self.id);
    }

    fn decode(bytes: &mut &[u8]) -> io::Result<Self> {
        let ord = u32::from_le_bytes(take::<4>(bytes)?);
        let id = get(bytes)?;
        Ok(RosterId { id, ord })
    }

    fn size(&self) -> usize {
        self.id.len() + 40
    }
}

/// A row of scores: its worker's id, its enterprise's ordinal once joined,
/// its place in the file, its line and its cells.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ScoreLine {
    id: String,
    ord: u32,
    seq: u64,
    line: u64,
    cells: Vec<String>,
}

impl Record for ScoreLine {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.ord.to_le_bytes());
        out.extend_from_slice(&self.seq.to_le_bytes());
        out.extend_from_slice(&self.line.to_le_bytes());
        put(out, &self.id);
        out.extend_from_slice(&(self.cells.len() as u32).to_le_bytes());
        for cell in &self.cells {
            put(out, cell);
        }
    }

    fn decode(bytes: &mut &[u8]) -> io::Result<Self> {
        let ord = u32::from_le_bytes(take::<4>(bytes)?);
        let seq = u64::from_le_bytes(take::<8>(bytes)?);
        let line = u64::from_le_bytes(take::<8>(bytes)?);
        let id = get(bytes)?;
        let n = u32::from_le_bytes(take::<4>(bytes)?) as usize;
        let mut cells = Vec::with_capacity(n.min(1024));
        for _ in 0..n {
            cells.push(get(bytes)?);
        }
        Ok(ScoreLine {
            id,
            ord,
            seq,
            line,
            cells,
        })
    }

    fn size(&self) -> usize {
        64 + self.id.len() + self.cells.iter().map(|c| c.len() + 24).sum::<usize>()
    }
}

fn put(out: &mut Vec<u8>, text: &str) {
    out.extend_from_slice(&(text.len() as u32).to_le_bytes());
    out.extend_from_slice(text.as_bytes());
}

fn take<const N: usize>(bytes: &mut &[u8]) -> io::Result<[u8; N]> {
    let Some((head, rest)) = bytes.split_first_chunk::<N>() else {
        return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "short record"));
    };
    *bytes = rest;
    Ok(*head)
}

fn get(bytes: &mut &[u8]) -> io::Result<String> {
    let len = u32::from_le_bytes(take::<4>(bytes)?) as usize;
    if bytes.len() < len {
        return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "short record"));
    }
    let (text, rest) = bytes.split_at(len);
    *bytes = rest;
    String::from_utf8(text.to_vec()).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_score_line_comes_back_as_encoded() {
        let line = ScoreLine {
            id: "E7".into(),
            ord: 3,
            seq: 9,
            line: 12,
            cells: vec!["E7".into(), String::new(), "八十".into()],
        };
        let mut bytes = Vec::new();
        line.encode(&mut bytes);
        let mut slice = bytes.as_slice();
        assert_eq!(ScoreLine::decode(&mut slice).ok(), Some(line));
        assert!(slice.is_empty());
        let mut short = &bytes[..bytes.len() - 1];
        assert!(ScoreLine::decode(&mut short).is_err());
    }

    #[test]
    fn a_restored_row_has_its_cells_and_line() {
        let mut record = StringRecord::from(vec!["ENT", "42", "E1", "", "90"]);
        restore(&mut record);
        assert_eq!(record.iter().collect::<Vec<_>>(), vec!["E1", "", "90"]);
        assert_eq!(line_of(record.as_byte_record()), 42);
    }
}
