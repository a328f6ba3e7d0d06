//! The pipeline's reader: every input's CSV records, split into fields only,
//! into chunks of whole enterprises. Chunk boundaries depend only on the input,
//! never on the threads, so what is computed from them does not either.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crossbeam_channel::{Receiver, Sender};
use csv::StringRecord;

use crate::io::{CsvOptions, TableOptions, TableReader};
use crate::pipeline::{Attach, Input, Job, Pipeline, RosterFile, Rows};
use crate::roster::{Field, RosterError};

impl Pipeline<'_> {
    /// Reads every input into chunks of whole enterprises, each handed to
    /// `attach` before the workers. Returns early, without an error, when the
    /// run is stopped.
    pub(crate) fn read<J: Job>(
        &self,
        inputs: Vec<Input<'_>>,
        attach: &mut Attach<'_, J>,
        pool: &Receiver<(Rows, J::Out)>,
        work: &Sender<(Rows, J::Out)>,
        stop: &AtomicBool,
    ) -> Result<(), J::Error> {
        let mut seq = 0;
        let mut finished: HashSet<Vec<u8>> = HashSet::new();
        let mut current: Vec<u8> = Vec::new();
        for input in inputs {
            // A large buffer: fewer reads through the hashing reader per row.
            let options = CsvOptions {
                encoding: self.encoding,
                buffer: 1 << 20,
                ..CsvOptions::default()
            };
            let table_options = TableOptions::new(self.encoding, Some(self.sheet.clone()));
            let mut table =
                TableReader::open_with(&input.name, input.reader, &table_options, options)
                    .map_err(RosterError::from)?;
            let origin = table.origin().clone();
            let at = |line: u64, col: Option<u64>| origin.at(line, col);
            let fail = |line, col, message: String, hint: &str| RosterError {
                location: at(line, col),
                message,
                hint: hint.to_string(),
            };
            let headers = table.headers().clone();
            let enterprise_col = self.enterprise_column(&headers);
            if self.require_enterprise && enterprise_col.is_none() {
                return Err(fail(
                    1,
                    None,
                    crate::t!("roster-no-enterprise-column"),
                    &crate::i18n::hint(crate::t!("roster-no-enterprise-column-hint")),
                )
                .into());
            }
            let context = Arc::new(RosterFile::new(
                table.origin().clone(),
                headers,
                self.schedules.len(),
                self.period,
            ));
            let Ok(mut chunk) = pool.recv() else {
                return Ok(());
            };
            chunk.0.file = Some(Arc::clone(&context));
            chunk.0.enterprise_col = enterprise_col;
            current.clear();
            let mut started = false;
            loop {
                if stop.load(Ordering::Relaxed) {
                    return Ok(());
                }
                let rows = &mut chunk.0;
                match table.read_into(&mut rows.records) {
                    Ok(false) => break,
                    Ok(true) => {}
                    // A row not read whole is refused; the rest are read.
                    Err(e) if !e.is_fatal() => {
                        rows.skipped.push(e.into());
                        continue;
                    }
                    Err(e) => return Err(RosterError::from(e).into()),
                }
                let last = rows.len() - 1;
                let enterprise = rows.enterprise(last);
                if self.require_enterprise && enterprise.is_empty() {
                    // A worker of no enterprise cannot be counted or checked anywhere.
                    let line = rows.line(last);
                    rows.records.pop();
                    rows.skipped.push(RosterError {
                        location: at(line, enterprise_col.map(|c| c as u64 + 1)),
                        message: crate::t!("roster-empty-enterprise"),
                        hint: crate::i18n::hint(crate::t!("roster-empty-enterprise-hint")),
                    });
                    continue;
                }
                if !started || enterprise != current {
                    if finished.contains(enterprise) {
                        let line = rows.line(last);
                        return Err(fail(
                            line,
                            enterprise_col.map(|c| c as u64 + 1),
                            crate::t!(
                                "roster-enterprise-apart",
                                enterprise = String::from_utf8_lossy(enterprise).into_owned()
                            ),
                            &crate::i18n::hint(crate::t!("roster-enterprise-apart-hint")),
                        )
                        .into());
                    }
                    if started {
                        finished.insert(std::mem::take(&mut current));
                    }
                    started = true;
                    current.extend_from_slice(enterprise);
                    if last >= self.chunk_rows {
                        // The new enterprise starts the next chunk.
                        let Ok(mut next) = pool.recv() else {
                            return Ok(());
                        };
                        next.0.file = Some(Arc::clone(&context));
                        next.0.enterprise_col = enterprise_col;
                        rows.records.move_last_to(&mut next.0.records);
                        rows.seq = seq;
                        seq += 1;
                        attach(&chunk.0, &mut chunk.1)?;
                        if work.send(std::mem::replace(&mut chunk, next)).is_err() {
                            return Ok(());
                        }
                    }
                }
            }
            if started {
                finished.insert(std::mem::take(&mut current));
            }
            chunk.0.seq = seq;
            seq += 1;
            attach(&chunk.0, &mut chunk.1)?;
            if work.send(chunk).is_err() {
                return Ok(());
            }
        }
        Ok(())
    }

    /// The enterprise column, by a schedule's mapping or by name.
    pub(crate) fn enterprise_column(&self, headers: &StringRecord) -> Option<usize> {
        headers.iter().position(|h| {
            let h = h.trim();
            let mapped = self
                .schedules
                .iter()
                .find_map(|s| s.columns.get(h))
                .and_then(|f| Field::from_name(f));
            mapped.or_else(|| Field::from_header(h)) == Some(Field::EnterpriseId)
        })
    }
}
